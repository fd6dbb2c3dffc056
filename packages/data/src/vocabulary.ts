// Closed vocabularies, kept free of zod so the root entry can use them without loading it.

/** What sort of event a timeline entry is. */
export const eventTypes = /* @__PURE__ */ Object.freeze([
  "accession",
  "agreement",
  "document",
  "decision",
  "visit",
  "summit",
  "meeting",
  "deployment",
  "withdrawal",
  "mandate",
  "institution",
  "public-diplomacy",
  "exercise",
  "statement",
] as const);

/** One of {@link eventTypes}. */
export type EventType = (typeof eventTypes)[number];

/** How a claim of the source document stands against other sources. */
export const verdicts = /* @__PURE__ */ Object.freeze([
  "confirmed",
  "imprecise",
  "outdated",
  "disputed",
  "unverified",
  "incorrect",
] as const);

/** One of {@link verdicts}. */
export type Verdict = (typeof verdicts)[number];

/** The status of a programme, operation or role. */
export const statusValues = /* @__PURE__ */ Object.freeze([
  "active",
  "ended",
  "superseded",
  "unknown",
] as const);

/** One of {@link statusValues}. */
export type StatusValue = (typeof statusValues)[number];

/** The answer a checklist gives for one item of its universe. */
export const checklistAnswers = /* @__PURE__ */ Object.freeze(["yes", "no", "not-found"] as const);

/** One of {@link checklistAnswers}. */
export type ChecklistAnswer = (typeof checklistAnswers)[number];
