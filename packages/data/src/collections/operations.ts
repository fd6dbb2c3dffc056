import data from "../../data/operations.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Operation } from "../schema/records.js";

// pure: a bundler may drop the data of a collection nobody imports
/** Every record in `operations`, deep-frozen. */
export const operations: readonly Operation[] = /* @__PURE__ */ deepFreeze(
  data as unknown as Operation[],
);
export type { Operation };
