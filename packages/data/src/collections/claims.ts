import data from "../../data/claims.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Claim } from "../schema/records.js";

// pure: a bundler may drop the data of a collection nobody imports
/** Every record in `claims`, deep-frozen. */
export const claims: readonly Claim[] = /* @__PURE__ */ deepFreeze(data as unknown as Claim[]);
export type { Claim };
