// Closed vocabularies, kept free of zod so the root entry can use them without loading it.

/** What sort of event a timeline entry is. */
export const eventTypes = [
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
] as const;

/** One of {@link eventTypes}. */
export type EventType = (typeof eventTypes)[number];

/** How a claim of the source document stands against other sources. */
export const verdicts = [
  "confirmed",
  "imprecise",
  "outdated",
  "disputed",
  "unverified",
  "incorrect",
] as const;

/** One of {@link verdicts}. */
export type Verdict = (typeof verdicts)[number];
