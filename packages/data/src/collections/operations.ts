import data from "../../data/operations.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Operation } from "../schema/records.js";

/** Every record in `operations`, deep-frozen. */
export const operations: readonly Operation[] = deepFreeze(data as unknown as Operation[]);
export type { Operation };
