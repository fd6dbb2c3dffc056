import data from "../../data/programmes.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Programme } from "../schema/records.js";

/** Every record in `programmes`, deep-frozen. */
export const programmes: readonly Programme[] = deepFreeze(data as unknown as Programme[]);
export type { Programme };
