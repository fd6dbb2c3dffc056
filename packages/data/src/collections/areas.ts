import data from "../../data/areas.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Area } from "../schema/records.js";

/** Every record in `areas`, deep-frozen. */
export const areas: readonly Area[] = deepFreeze(data as unknown as Area[]);
export type { Area };
