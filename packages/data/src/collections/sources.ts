import data from "../../data/sources.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Source } from "../schema/records.js";

/** Every record in `sources`, deep-frozen. */
export const sources: readonly Source[] = deepFreeze(data as unknown as Source[]);
export type { Source };
