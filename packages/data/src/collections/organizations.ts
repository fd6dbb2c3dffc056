import data from "../../data/organizations.json" with { type: "json" };
import { deepFreeze } from "../freeze.js";
import type { Organization } from "../schema/records.js";

// pure: a bundler may drop the data of a collection nobody imports
/** Every record in `organizations`, deep-frozen. */
export const organizations: readonly Organization[] = /* @__PURE__ */ deepFreeze(
  data as unknown as Organization[],
);
export type { Organization };
