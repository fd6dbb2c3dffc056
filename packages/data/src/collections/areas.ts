import data from "../../data/areas.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Area } from "../schema/records.js";

// pure: a bundler may drop the data of a collection nobody imports
/** Every record in `areas`, deep-frozen. */
export const areas: readonly Area[] = /* @__PURE__ */ deepFreeze(data as unknown as Area[]);
export type { Area };
