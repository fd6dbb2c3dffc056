import data from "../../data/events.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Event } from "../schema/records.js";

// pure: a bundler may drop the data of a collection nobody imports
/** Every record in `events`, deep-frozen. */
export const events: readonly Event[] = /* @__PURE__ */ deepFreeze(data as unknown as Event[]);
export type { Event };
