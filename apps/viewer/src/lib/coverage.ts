import { type Checklist, type ChecklistAnswer, checklistAnswers, formatRange } from "@aznato/data";

/** How a checklist's answers add up: items per answer, in the vocabulary's order. */
export function answerCounts(
  checklist: Pick<Checklist, "items">,
): { answer: ChecklistAnswer; count: number }[] {
  return checklistAnswers.map((answer) => ({
    answer,
    count: checklist.items.filter((i) => i.answer === answer).length,
  }));
}

/** An answer as a reader reads it on its badge. */
export const answerLabel = (answer: ChecklistAnswer): string =>
  answer === "yes" ? "Yes" : answer === "no" ? "No" : "Not found";

/** "12 items: 9 yes, 1 no, 2 not found" (answers with no item left out). */
export function summaryText(checklist: Pick<Checklist, "items">): string {
  const parts = answerCounts(checklist)
    .filter((c) => c.count > 0)
    .map((c) => `${c.count} ${answerLabel(c.answer).toLowerCase()}`);
  const n = checklist.items.length;
  return `${n} ${n === 1 ? "item" : "items"}: ${parts.join(", ")}`;
}

const singular: Record<NonNullable<Checklist["scope"]>["collection"], string> = { events: "event" };

/** What a checklist's scope covers, in words ("every event of type summit dated 1994 – 2026"). */
export function scopeText(scope: Checklist["scope"]): string | undefined {
  if (!scope) return undefined;
  const types = scope.types?.length ? ` of type ${scope.types.join(" or ")}` : "";
  const { from, to } = scope;
  const range =
    from && to
      ? ` dated ${formatRange(from, to)}`
      : from
        ? ` from ${from}`
        : to
          ? ` up to ${to}`
          : "";
  return `every ${singular[scope.collection]}${types}${range}`;
}
