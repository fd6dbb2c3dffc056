import data from "../../data/places.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Place } from "../schema/records.js";

// pure: a bundler may drop the data of a collection nobody imports
/** Every record in `places`, deep-frozen. */
export const places: readonly Place[] = /* @__PURE__ */ deepFreeze(data as unknown as Place[]);
export type { Place };
