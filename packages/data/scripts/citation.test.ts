import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  citationFile,
  citationFiles,
  currentCitation,
  licenseIds,
  renderCitation,
  repositoryUrl,
} from "./citation.js";
import { packageDir } from "./dataset-files.js";

const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const meta = JSON.parse(readFileSync(join(packageDir, "data/meta.json"), "utf8"));

describe("CITATION.cff", () => {
  it("matches what scripts/citation.ts renders (run `pnpm citation` when this fails)", () => {
    expect(readFileSync(citationFile, "utf8")).toBe(currentCitation());
  });

  it("is also at the repository root, where code hosts look for it, with the same bytes", () => {
    expect(citationFiles).toHaveLength(2);
    for (const file of citationFiles)
      expect(readFileSync(file, "utf8"), file).toBe(currentCitation());
    expect(readFileSync(join(packageDir, "../../CITATION.cff"), "utf8")).toBe(
      readFileSync(citationFile, "utf8"),
    );
  });

  it("carries the package's version, the data's as-of date and the licences", () => {
    const text = currentCitation();
    expect(text).toContain("cff-version: 1.2.0\n");
    expect(text).toContain("type: dataset\n");
    expect(text).toContain(`title: ${JSON.stringify(pkg.name)}\n`);
    expect(text).toContain(`version: ${JSON.stringify(pkg.version)}\n`);
    expect(text).toContain(`date-released: ${JSON.stringify(meta.asOf)}\n`);
    for (const id of licenseIds(pkg.license)) expect(text).toContain(`  - ${JSON.stringify(id)}\n`);
    expect(text.includes("repository-code:")).toBe(pkg.repository !== undefined);
  });

  it("adds repository-code only when package.json has a repository", () => {
    const base = { name: "@x/y", version: "1.2.3", license: "MIT" };
    const m = { title: "x: y", asOf: "2025-01-02" };
    expect(renderCitation(base, m)).not.toContain("repository-code");
    expect(
      renderCitation(
        { ...base, repository: { type: "git", url: "git+https://github.com/o/r.git" } },
        m,
      ),
    ).toContain('repository-code: "https://github.com/o/r"\n');
    expect(renderCitation({ ...base, repository: "github:o/r" }, m)).toContain(
      'repository-code: "https://github.com/o/r"\n',
    );
    expect(renderCitation(base, m)).toContain('license: "MIT"\n');
    expect(renderCitation(base, m)).toContain('date-released: "2025-01-02"\n');
  });

  it("parses licence expressions and repository fields", () => {
    expect(licenseIds("(MIT AND CC-BY-4.0)")).toEqual(["MIT", "CC-BY-4.0"]);
    expect(repositoryUrl(undefined)).toBeUndefined();
    expect(repositoryUrl("https://gitlab.com/o/r")).toBe("https://gitlab.com/o/r");
  });
});
