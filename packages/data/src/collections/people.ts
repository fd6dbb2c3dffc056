import data from "../../data/people.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Person } from "../schema/records.js";

// pure: a bundler may drop the data of a collection nobody imports
/** Every record in `people`, deep-frozen. */
export const people: readonly Person[] = /* @__PURE__ */ deepFreeze(data as unknown as Person[]);
export type { Person };
