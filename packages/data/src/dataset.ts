import { areas } from "./collections/areas.js";
import { claims } from "./collections/claims.js";
import { events } from "./collections/events.js";
import { operations } from "./collections/operations.js";
import { organizations } from "./collections/organizations.js";
import { people } from "./collections/people.js";
import { places } from "./collections/places.js";
import { programmes } from "./collections/programmes.js";
import { sources } from "./collections/sources.js";
import { deepFreeze } from "./freeze.js";
import type { DatasetMeta } from "./meta.js";
import { datasetMeta } from "./meta.js";

/** The whole dataset in one frozen object: `meta` and the nine collections. */
export const dataset = /* @__PURE__ */ deepFreeze({
  meta: datasetMeta as DatasetMeta,
  sources,
  areas,
  places,
  organizations,
  people,
  programmes,
  operations,
  events,
  claims,
});

/** The nine collections of {@link dataset}, by name. */
export type Collections = Omit<typeof dataset, "meta">;
