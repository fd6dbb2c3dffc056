// Checklists against the records they answer with: each `yes` names records that fit the item,
// and every record in a checklist's scope is named by one of its items, so neither side can
// drift from the other. Tolerant of malformed input: the schema reports shapes.
import { datePrecision, earliestDay, latestDay } from "../../dates.js";
import type { ValidationIssue } from "../validate.js";

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === "object" && !Array.isArray(value);
const list = (value: unknown): Loose[] => (Array.isArray(value) ? value.filter(isObject) : []);
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

/** Issues of the `checklists` collection against `events` (see the file comment). */
export function checkChecklists(data: Loose): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const events = new Map<string, Loose>();
  for (const event of list(data.events)) {
    if (typeof event.id === "string") events.set(event.id, event);
  }

  list(data.checklists).forEach((checklist, index) => {
    const at = `checklists[${index}]`;
    const id = typeof checklist.id === "string" ? { id: checklist.id } : {};
    const keys = new Set<string>();
    const named = new Set<string>();

    list(checklist.items).forEach((item, i) => {
      const path = `${at}.items[${i}]`;
      const key = typeof item.key === "string" ? item.key : `#${i}`;
      if (keys.has(key))
        issues.push({ path: `${path}.key`, ...id, message: `duplicate key "${key}"` });
      keys.add(key);
      const when = span(item);
      (Array.isArray(item.records) ? item.records : []).forEach((ref, r) => {
        if (typeof ref !== "string") return;
        named.add(ref);
        const event = events.get(ref);
        const eventSpan = event && span(event);
        if (when && eventSpan && !overlaps(when, eventSpan)) {
          issues.push({
            path: `${path}.records[${r}]`,
            ...id,
            message: `item "${key}" (${when[0]}–${when[1]}) names event "${ref}" of ${eventSpan[0]}–${eventSpan[1]}`,
          });
        }
      });
    });

    const scope = isObject(checklist.scope) ? checklist.scope : undefined;
    if (scope?.collection !== "events") return;
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
        path: `${at}.items`,
        ...id,
        message: `event "${eventId}" is in the checklist's scope but no item names it`,
      });
    }
  });
  return issues;
}
