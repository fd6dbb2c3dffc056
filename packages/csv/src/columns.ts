// The columns a table is written with: the language option's name columns, and a choice of columns.
import { usageError } from "./errors.js";
import type { ExportOptions, TableOptions } from "./options.js";
import type { Column, Table } from "./tables.js";

const NAME_COLUMN = /^name\.(en|az)$/;

/** The columns the language option gives: both names, or one `name` with its `name_lang`. */
export function languageColumns(table: Table, options: ExportOptions): Column[] {
  const lang = options.lang ?? "all";
  if (lang === "all" || table.kind !== "collection") return [...table.columns];
  const columns: Column[] = [];
  for (const column of table.columns) {
    const match = column.source.kind === "value" ? NAME_COLUMN.exec(column.source.path) : null;
    if (!match) {
      columns.push(column);
      continue;
    }
    if (columns.some((c) => c.name === "name")) continue;
    const other = lang === "en" ? "az" : "en";
    const language = { en: "English", az: "Azerbaijani (Latin script)" };
    columns.push(
      {
        name: "name",
        source: { kind: "name", lang },
        fieldType: "string",
        type: "string",
        required: true,
        title: "Name",
        description: `Name in ${language[lang]}; in ${language[other]} where no source gives a name in ${language[lang]} (name_lang says which).`,
      },
      {
        name: "name_lang",
        source: { kind: "name-lang", lang },
        fieldType: "language",
        type: "string",
        required: true,
        title: "Name language",
        description: `The language of name: ${lang}, or ${other} where the record has no name in ${lang}.`,
        values: [lang, other],
      },
    );
  }
  return columns;
}

export function pickColumns(table: Table, options: TableOptions): Column[] {
  const available = languageColumns(table, options);
  const names = available.map((c) => c.name);
  const check = (list: readonly string[], flag: string) => {
    for (const name of list) {
      if (!names.includes(name)) {
        throw usageError(
          `Unknown column "${name}" in ${flag} for ${table.name}: use one of ${names.join(", ")}`,
        );
      }
    }
  };
  let picked = available;
  if (options.columns) {
    check(options.columns, "--columns");
    const twice = options.columns.find((name, i) => options.columns?.indexOf(name) !== i);
    if (twice !== undefined) {
      throw usageError(`--columns names ${twice} twice: name each column once`);
    }
    picked = options.columns.map((name) => available.find((c) => c.name === name) as Column);
  }
  if (options.excludeColumns) {
    check(options.excludeColumns, "--exclude-columns");
    picked = picked.filter((c) => !options.excludeColumns?.includes(c.name));
  }
  if (picked.length === 0) throw usageError(`No columns left to write for ${table.name}`);
  return picked;
}
