import data from "../../data/events.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Event } from "../schema/records.js";

/** Every record in `events`, deep-frozen. */
export const events: readonly Event[] = deepFreeze(data as unknown as Event[]);
export type { Event };
