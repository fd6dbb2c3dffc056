// Checklists against the records they answer with: each `yes` names records that fit the item,
// and every record in a checklist's scope is named by one of its items, so neither side can
// drift from the other. Tolerant of malformed input: the schema reports shapes.
import { datePrecision, earliestDay, latestDay } from "../../dates.js";
import { isObject, type Loose, type Rule, type RuleIssue, withId } from "./context.js";

const list = (value: unknown): [number, Loose][] => {
  const out: [number, Loose][] = [];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) if (isObject(v)) out.push([i, v]);
  }
  return out;
};
const date = (value: unknown): string | undefined =>
  typeof value === "string" && datePrecision(value) ? value : undefined;

/** The days a dated thing spans, `[first, last]`, or undefined when it has no valid start. */
function span(thing: Loose): [string, string] | undefined {
  const start = date(thing.start);
  if (start === undefined) return undefined;
  return [earliestDay(start), latestDay(date(thing.end) ?? start)];
}

const overlaps = (a: [string, string], b: [string, string]): boolean =>
  a[0] <= b[1] && b[0] <= a[1];

export const checklists: Rule = {
  name: "checklists",
  description:
    "A checklist item's events fall within its dates, keys are unique, and every event in a checklist's scope is named by an item.",
  check: ({ entries }) => {
    const issues: RuleIssue[] = [];
    const events = new Map<string, Loose>();
    for (const [, event] of entries("events")) {
      if (typeof event.id === "string") events.set(event.id, event);
    }

    for (const [index, checklist] of entries("checklists")) {
      const at = ["checklists", index];
      const id = withId(checklist);
      const keys = new Set<string>();
      const named = new Set<string>();

      for (const [i, item] of list(checklist.items)) {
        const path = [...at, "items", i];
        const key = typeof item.key === "string" ? item.key : `#${i}`;
        if (keys.has(key))
          issues.push({ segments: [...path, "key"], ...id, message: `duplicate key "${key}"` });
        keys.add(key);
        const when = span(item);
        (Array.isArray(item.records) ? item.records : []).forEach((ref, r) => {
          if (typeof ref !== "string") return;
          named.add(ref);
          const event = events.get(ref);
          const eventSpan = event && span(event);
          if (when && eventSpan && !overlaps(when, eventSpan)) {
            issues.push({
              segments: [...path, "records", r],
              ...id,
              message: `item "${key}" (${when[0]}–${when[1]}) names event "${ref}" of ${eventSpan[0]}–${eventSpan[1]}`,
            });
          }
        });
      }

      const scope = isObject(checklist.scope) ? checklist.scope : undefined;
      if (scope?.collection !== "events") continue;
      const types = Array.isArray(scope.types) ? new Set(scope.types) : undefined;
      const from = date(scope.from);
      const to = date(scope.to);
      const window: [string, string] = [
        from ? earliestDay(from) : "0000-01-01",
        to ? latestDay(to) : "9999-12-31",
      ];
      for (const [eventId, event] of events) {
        const eventSpan = span(event);
        if (!eventSpan || named.has(eventId)) continue;
        if (types && !types.has(event.type)) continue;
        if (!overlaps(window, [eventSpan[0], eventSpan[0]])) continue;
        issues.push({
          segments: [...at, "items"],
          ...id,
          message: `event "${eventId}" is in the checklist's scope but no item names it`,
        });
      }
    }
    return issues;
  },
};
