import data from "../../data/sources.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Source } from "../schema/records.js";

// pure: a bundler may drop the data of a collection nobody imports
/** Every record in `sources`, deep-frozen. */
export const sources: readonly Source[] = /* @__PURE__ */ deepFreeze(data as unknown as Source[]);
export type { Source };
