import { datasetMeta, releaseIri } from "@aznato/data";
import { describe, expect, it } from "vitest";
import { datasetHeader } from "./twins.ts";

const site = { base: "/", origin: "https://example.org/" };

describe("what every JSON twin says of its release", () => {
  it("names the release by its package URL, and the registry's page only once published", () => {
    const header = datasetHeader(site, { ...datasetMeta, home: {} });
    expect(header.release).toBe(releaseIri(datasetMeta));
    expect(header).not.toHaveProperty("registry");
    expect(JSON.stringify(header)).not.toContain("npmjs");
    const registry = `https://www.npmjs.com/package/@aznato/data/v/${datasetMeta.version}`;
    expect(datasetHeader(site, { ...datasetMeta, home: { registry } })).toMatchObject({
      release: releaseIri(datasetMeta),
      registry,
      citation: expect.stringContaining(registry),
    });
  });
});
