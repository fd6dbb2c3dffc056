// The parser's refusals that Node words on several lines: one line here, with Node's advice kept.
import { describe, expect, it } from "vitest";
import { runCaptured } from "../test/captured.js";

describe("values that start with a dash", () => {
  it.each([
    [["--out-dir", "-x"], "--out-dir", "-x"],
    [["--sqlite", "-.db"], "--sqlite", "-.db"],
    [["--out-dir", "--force"], "--out-dir", "--force"],
    [["events", "--columns", "-id"], "--columns", "-id"],
  ])("%j says how to give the value, in one line with exit 2", async (argv, option, value) => {
    const ran = await runCaptured(argv);
    expect([ran.code, ran.stdout, ran.exports]).toEqual([2, "", []]);
    expect(ran.stderr).toBe(
      `aznato-csv: ${option} takes a value, and "${value}" looks like an option: give the value after ${option}, or write ${option}=${value} if it starts with "-"\n`,
    );
  });

  it("takes such a value written with =", async () => {
    const ran = await runCaptured(["--out-dir=-x", "--quiet"]);
    expect([ran.code, ran.stderr]).toEqual([0, ""]);
    expect(ran.exports.map((e) => e.dir)).toEqual(["-x"]);
  });
});

describe("one-file names that are not plain", () => {
  it.each([
    ["--sqlite", "my data.db"],
    ["--sqlite", "a\nb.db"],
    ["--sqlite", "çıxış.db"],
    ["--xlsx", "-x.xlsx"],
    ["--xlsx", ".hidden.xlsx"],
  ])("%s %j is refused for its characters, not its extension", async (flag, name) => {
    const ran = await runCaptured([`${flag}=${name}`]);
    expect([ran.code, ran.stdout, ran.exports]).toEqual([2, "", []]);
    expect(ran.stderr).toMatch(/^aznato-csv: [^\n]*\n$/);
    expect(ran.stderr).toContain(`${flag} needs a plain file name`);
    expect(ran.stderr).toContain(JSON.stringify(name));
    expect(ran.stderr).not.toContain("ending in");
  });

  it("may sit in a folder whose name is not plain", async () => {
    const ran = await runCaptured(["--sqlite", "my folder/çıxış/aznato.db", "--quiet"]);
    expect([ran.code, ran.stderr]).toEqual([0, ""]);
    expect(ran.exports.map((e) => [e.dir, e.files[0]])).toEqual([["my folder/çıxış", "aznato.db"]]);
  });
});
