// The tables of the export, derived from the package's own descriptions of its data: the data
// dictionary (field paths, kinds, titles, descriptions) and `relations` (every reference field).
// Nothing here repeats a rule of the data.
import type { Relation } from "@aznato/data";
import type { CollectionDescription, FieldDescription } from "@aznato/data/schema";
import { humanize, singular, singularLast, snakeCase } from "./naming.js";
import {
  article,
  childKeys,
  describeKeys,
  noun,
  type References,
  requiredPath,
  type Scope,
  selectorColumns,
  sentence,
  sortColumns,
  spoken,
  valueColumn,
} from "./table-columns.js";
import {
  type Column,
  type ForeignKey,
  LIST_SEPARATOR,
  SPLIT_FIELDS,
  type Table,
} from "./table-types.js";

export * from "./table-types.js";

function visit(
  fields: readonly FieldDescription[],
  scope: Scope,
  references: References,
  info: CollectionDescription,
  out: Table[],
): void {
  const byPath = new Map(fields.map((f) => [f.path, f]));
  const columns: Column[] = [...scope.keys];
  const foreignKeys: ForeignKey[] = [];
  const children: Scope[] = [];
  const extra: Table[] = [];
  const base = scope.steps.length === 0 ? singular(scope.collection) : singularLast(scope.name);
  const lastStep = scope.steps.at(-1);
  const record = noun(scope.collection);
  if (scope.parent) {
    foreignKeys.push({
      fields: scope.keys.slice(0, -1).map((k) => k.name),
      reference: { resource: scope.parent.name, fields: scope.parent.fields },
    });
  }
  // the citations of this table's rows ("" for the item itself, "statement" for a claim's): each
  // has a list of selectors
  const citations = new Set(
    fields
      .filter((f) => f.list && f.path.startsWith(scope.prefix))
      .map((f) => f.path.slice(scope.prefix.length))
      .filter((rest) => !rest.includes("[]") && /(?:^|\.)selector$/.test(rest))
      .map((rest) => rest.slice(0, -"selector".length)),
  );
  for (const field of fields) {
    if (!field.path.startsWith(scope.prefix)) continue;
    const rest = field.path.slice(scope.prefix.length);
    if (rest.includes("[]")) continue;
    const split = SPLIT_FIELDS.find((s) => s.collection === scope.collection && s.path === rest);
    if (scope.steps.length === 0 && split) {
      const key = childKeys(scope, "")[0] as Column;
      extra.push({
        name: split.table,
        kind: "text",
        collection: scope.collection,
        steps: [],
        only: rest,
        title: humanize(split.table),
        description: `${sentence(field.description)} One row per ${record} whose text ships with the data, keyed by ${key.name}.`,
        columns: [key, valueColumn(field, snakeCase(rest), rest, true, undefined)],
        primaryKey: [key.name],
        foreignKeys: [
          { fields: [key.name], reference: { resource: scope.collection, fields: ["id"] } },
        ],
      });
      continue;
    }
    // the selectors of a citation are computed from it (selectorsFor), not stored: see below
    if (/(?:^|\.)selector$/.test(rest) && field.list) continue;
    // an object's fields become columns of their own (status.value → status_value)
    if (field.type === "object" && !field.list) continue;
    const required = requiredPath(byPath, scope.prefix, rest);
    // a citation's offsets into its source's text are integers: quote_start and quote_end wherever
    // the citation is (statement_quote_start in claims), never named like the partial dates start,
    // end or participation_start
    const offset = rest.match(/^(.*?)(start|end)$/);
    const name =
      offset && citations.has(offset[1] as string)
        ? snakeCase(`${offset[1]}quote_${offset[2]}`)
        : snakeCase(rest);
    // `relations` writes a list of ids as `people[]`, the dictionary as a list field `people`
    const target =
      references.get(`${scope.collection} ${field.path}`) ??
      (field.list ? references.get(`${scope.collection} ${field.path}[]`) : undefined);
    if (field.list && field.type === "object") {
      const keys = childKeys(scope, lastStep ? snakeCase(lastStep) : "");
      children.push({
        collection: scope.collection,
        prefix: `${scope.prefix}${rest}[].`,
        steps: [...scope.steps, rest],
        name: `${base}_${name}`,
        keys,
        parent: {
          name: scope.name,
          fields: scope.steps.length === 0 ? ["id"] : scope.keys.map((k) => k.name),
        },
      });
    } else if (field.list && target) {
      const keys = childKeys(scope, lastStep ? snakeCase(lastStep) : "");
      let valueName = target === "any" ? "record_id" : `${singular(target)}_id`;
      if (keys.some((k) => k.name === valueName)) valueName = `${name}_id`;
      const value: Column = {
        ...valueColumn(field, valueName, "", true, target),
        source: { kind: "item" },
        title: humanize(valueName),
        description:
          target === "any"
            ? "The id of a record of any collection (ids are unique across the dataset)."
            : `The id of ${article(noun(target))}.`,
      };
      const parentFields = scope.steps.length === 0 ? ["id"] : scope.keys.map((k) => k.name);
      const linkKeys: ForeignKey[] = [
        {
          fields: keys.slice(0, -1).map((k) => k.name),
          reference: { resource: scope.name, fields: parentFields },
        },
      ];
      if (target !== "any") {
        linkKeys.push({ fields: [valueName], reference: { resource: target, fields: ["id"] } });
      }
      const linked = target === "any" ? "record" : noun(target);
      extra.push({
        name: `${base}_${name}`,
        kind: "link",
        collection: scope.collection,
        steps: [...scope.steps, rest],
        title: humanize(`${base}_${name}`),
        description: `${sentence(field.description)} One row per ${linked} that ${article(record)} lists in ${spoken(field.path)}, in the record's order; keyed by ${describeKeys(keys)}.`,
        columns: [...keys, value],
        primaryKey: keys.map((k) => k.name),
        foreignKeys: linkKeys,
      });
    } else {
      // every column that holds an id of another record ends in _id
      const column = valueColumn(field, target ? `${name}_id` : name, rest, required, target);
      if (target) column.title = humanize(column.name);
      if (field.list) {
        column.source = { kind: "value", path: rest, joined: true };
        column.separator = LIST_SEPARATOR;
        column.description =
          `${column.description} Several values are separated by semicolons (${LIST_SEPARATOR}).`.trim();
      }
      columns.push(column);
      // beside a partial date, a year and a day that sort and filter in any spreadsheet
      if (field.type === "partial-date" && !field.list) columns.push(...sortColumns(column, rest));
      if (target && target !== "any") {
        foreignKeys.push({
          fields: [column.name],
          reference:
            target === scope.name ? { fields: ["id"] } : { resource: target, fields: ["id"] },
        });
      }
    }
  }
  // citations (an item of a citations list, or a citation field such as a claim's statement)
  // carry their W3C selectors, computed from the citation and the source's text
  for (const field of fields) {
    if (!field.path.startsWith(scope.prefix)) continue;
    const rest = field.path.slice(scope.prefix.length);
    if (rest.includes("[]") || !/(?:^|\.)selector$/.test(rest) || !field.list) continue;
    const at = rest.slice(0, -"selector".length).replace(/\.$/, "");
    for (const [part, type, description] of selectorColumns) {
      const name = snakeCase(at ? `${at}.selector_${part}` : `selector_${part}`);
      columns.push({
        name,
        source: { kind: "selector", path: at, part },
        fieldType: type === "integer" ? "integer" : "string",
        type,
        required: false,
        title: humanize(name),
        description,
      });
    }
  }
  // a zod title shared by several columns (e.g. "Partial date") says nothing: use the column name
  const counts = new Map<string, number>();
  for (const c of columns) counts.set(c.title, (counts.get(c.title) ?? 0) + 1);
  for (const column of columns) {
    if (!column.title || (counts.get(column.title) ?? 0) > 1) column.title = humanize(column.name);
  }
  const listField = fields.find((f) => `${f.path}[].` === scope.prefix);
  out.push({
    name: scope.name,
    kind: scope.steps.length === 0 ? "collection" : "item",
    collection: scope.collection,
    steps: scope.steps,
    title: scope.steps.length === 0 ? info.title : humanize(scope.name),
    description:
      scope.steps.length === 0
        ? `${sentence(info.description)} One row per ${record}.`
        : `${sentence(listField?.description)} One row per item of ${spoken(scope.prefix.slice(0, -3))} of ${article(record)}, in the record's order; keyed by ${describeKeys(scope.keys)}.`.trim(),
    columns: columns.map((c) => ({ ...c, title: c.title || humanize(c.name) })),
    primaryKey: scope.steps.length === 0 ? ["id"] : scope.keys.map((k) => k.name),
    foreignKeys,
  });
  out.push(...extra);
  for (const child of children) visit(fields, child, references, info, out);
}

/**
 * Every table of the export, from the package's data dictionary and relations: the collections
 * first, then their link, item and text tables.
 */
export function buildTables(
  dictionary: readonly CollectionDescription[],
  relations: readonly Relation[],
): Table[] {
  const references: References = new Map(relations.map((r) => [`${r.from} ${r.path}`, r.to]));
  const main: Table[] = [];
  const rest: Table[] = [];
  for (const info of dictionary) {
    const tables: Table[] = [];
    visit(
      info.fields,
      { collection: info.name, prefix: "", steps: [], name: info.name, keys: [] },
      references,
      info,
      tables,
    );
    main.push(tables[0] as Table);
    rest.push(...tables.slice(1));
  }
  return [...main, ...rest];
}
