import type { dataset } from "./generated/data.js";

export { dataset } from "./generated/data.js";

/** The nine collections of {@link dataset}, by name. */
export type Collections = Omit<typeof dataset, "meta">;
