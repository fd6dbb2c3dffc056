import data from "../../data/places.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Place } from "../schema/records.js";

/** Every record in `places`, deep-frozen. */
export const places: readonly Place[] = deepFreeze(data as unknown as Place[]);
export type { Place };
