import data from "../../data/people.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Person } from "../schema/records.js";

/** Every record in `people`, deep-frozen. */
export const people: readonly Person[] = deepFreeze(data as unknown as Person[]);
export type { Person };
