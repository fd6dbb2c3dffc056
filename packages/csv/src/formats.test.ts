// The formats registry is the one place a format is stated: the README's list of formats is made
// from it, and the README's and --help's options are the options the command line takes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { helpText, optionNames } from "./args.js";
import { exportFormats, formatFlags, formatOfPath } from "./formats.js";
import { source } from "./source.js";

const readmeUrl = new URL("../README.md", import.meta.url);

/** The README's table of formats, from the registry, aligned as the formatter aligns it. */
function formatsTable(): string {
  const rows = [
    ["Format", "Writes", "Extensions", "Media type", "Shortcut", "What it is"],
    ...exportFormats.map((f) => [
      `\`${f.name}\``,
      f.output === "folder"
        ? "a folder"
        : `one file${f.companions ? ` and ${f.companions.map((c) => `\`${c.path}\``).join(", ")}` : ""}`,
      f.extensions.map((e) => `\`.${e}\``).join(", "),
      `\`${f.mediatype}\``,
      f.flag ? `\`--${f.flag} ${f.output === "folder" ? "DIR" : "FILE"}\`` : "",
      f.description,
    ]),
  ];
  const widths = (rows[0] as string[]).map((_, i) =>
    Math.max(...rows.map((r) => (r[i] ?? "").length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const [header, ...body] = rows as [string[], ...string[][]];
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

describe("the formats registry", () => {
  it("makes the README's list of formats (run with -u when a format changes)", async () => {
    const readme = readFileSync(readmeUrl, "utf8");
    const next = readme.replace(
      /(<!-- formats:[^\n]*-->\n)[\s\S]*?(<!-- \/formats -->)/,
      `$1\n${formatsTable()}\n\n$2`,
    );
    await expect(next).toMatchFileSnapshot("../README.md");
  });

  it("lists in the README and in --help exactly the options the command line takes", () => {
    const readme = readFileSync(readmeUrl, "utf8");
    const section = readme.slice(readme.indexOf("### Options"), readme.indexOf("Unknown tables"));
    const documented = new Set(
      section
        .split("\n")
        .filter((line) => line.startsWith("| `"))
        .flatMap((line) => [...(line.split("|")[1] ?? "").matchAll(/--[a-z-]+/g)].map((m) => m[0])),
    );
    expect([...documented].sort()).toEqual([...optionNames].sort());
    for (const name of optionNames) expect(helpText, name).toMatch(new RegExp(`[ ,]${name}[ ,\n]`));
    for (const format of exportFormats) expect(helpText).toContain(format.description);
  });

  it("states each format once, with a writer that gives files of its extensions", async () => {
    const names = exportFormats.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    // a folder format's shortcut is its own output; only one-file formats join a folder
    for (const format of formatFlags()) expect(["file", "folder"]).toContain(format.output);
    for (const format of exportFormats) {
      const name = format.defaultName ?? `aznato.${format.extensions[0]}`;
      const files = await format.write({ source, options: {}, name, extra: [] });
      if (format.output === "file") {
        expect(files[0]?.path).toBe(name);
        expect(files.slice(1).map((f) => f.path)).toEqual(
          (format.companions ?? []).map((c) => c.path),
        );
        for (const file of files)
          expect(format.owns?.(file.path, file.bytes), file.path).toBe(true);
        expect(format.owns?.(name, new TextEncoder().encode("not ours"))).toBe(false);
      } else {
        const tables = files.filter((f) => f.rows !== undefined);
        for (const t of source.tables) {
          expect(
            tables.filter((f) => f.path.startsWith(`${t.name}.`)),
            t.name,
          ).toHaveLength(1);
        }
        for (const table of tables) expect(formatOfPath(table.path), table.path).toBe(format);
      }
    }
  });
});
