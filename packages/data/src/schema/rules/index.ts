// The cross-record rules of the dataset, one module each (as mdn/browser-compat-data lays out its
// linters). validate() runs every one on a plain, bounded copy of the input.
import { alternatives } from "./alternatives.js";
import { certainty } from "./certainty.js";
import { checklists } from "./checklists.js";
import { claimEvidence } from "./claim-evidence.js";
import type { Rule } from "./context.js";
import { noCycles } from "./no-cycles.js";
import { notAfterAsOf } from "./not-after-as-of.js";
import { references } from "./references.js";
import { retiredIds } from "./retired-ids.js";
import { uniqueIds } from "./unique-ids.js";
import { verbatimQuotes } from "./verbatim-quotes.js";

/** Every dataset rule, in the order their issues are reported. */
export const datasetRules: readonly Rule[] = Object.freeze([
  uniqueIds,
  retiredIds,
  references,
  noCycles,
  verbatimQuotes,
  certainty,
  alternatives,
  notAfterAsOf,
  claimEvidence,
  checklists,
]);

export type { Rule, RuleIssue, Segments } from "./context.js";
