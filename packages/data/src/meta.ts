import meta from "../data/meta.json" with { type: "json" };
// a named import lets the bundler inline only the version, not the whole package.json
import { version } from "../package.json";
import { deepFreeze } from "./freeze.js";
import { home } from "./generated/home.js";
import type { Meta } from "./schema/records.js";

/** The dataset's description of itself: package version, as-of date, licences, retired ids. */
export type DatasetMeta = Meta & {
  readonly name: "@aznato/data";
  readonly version: string;
  readonly home: NonNullable<Meta["home"]>;
};

const withVersion = (data: Meta, packageVersion: string): DatasetMeta =>
  deepFreeze({ ...data, name: "@aznato/data" as const, version: packageVersion, home });

/** This release of the dataset: name, version, as-of date, licences and retired ids. */
export const datasetMeta: DatasetMeta = /* @__PURE__ */ withVersion(
  meta as unknown as Meta,
  version,
);
