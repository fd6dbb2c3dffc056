import data from "../../data/programmes.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Programme } from "../schema/records.js";

// pure: a bundler may drop the data of a collection nobody imports
/** Every record in `programmes`, deep-frozen. */
export const programmes: readonly Programme[] = /* @__PURE__ */ deepFreeze(
  data as unknown as Programme[],
);
export type { Programme };
