import data from "../../data/claims.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Claim } from "../schema/records.js";

/** Every record in `claims`, deep-frozen. */
export const claims: readonly Claim[] = deepFreeze(data as unknown as Claim[]);
export type { Claim };
