import data from "../../data/organizations.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Organization } from "../schema/records.js";

/** Every record in `organizations`, deep-frozen. */
export const organizations: readonly Organization[] = deepFreeze(data as unknown as Organization[]);
export type { Organization };
