import { describe, expect, it } from "vitest";
import { changelogEntries, historyIndex, perIdLines, quotedParts } from "./history.ts";

const changelog = `# @aznato/data

## 0.2.0

### Minor Changes

- 6d22272: **Breaking.** Migration:

  #### Retired ids

  - \`old-id\` (events) → \`new-id\`: the date was wrong.

  #### Corrected facts

  - \`kfor\` (operations) (start): KFOR's own page dates it from 12 June 1999.
  - \`kfor\` (operations): checked, start
  - \`claim-a\` (claims): checked, evidence

## 0.1.0

- Data: first release, 255 records.
- \`kfor\` (operations) (status): first status.
`;

describe("record history", () => {
  it("reads the per-id lines of each release, with fields and successors", () => {
    const entries = changelogEntries(changelog);
    expect(entries.map((e) => [e.id, e.entry.version])).toEqual([
      ["old-id", "0.2.0"],
      ["kfor", "0.2.0"],
      ["kfor", "0.2.0"],
      ["claim-a", "0.2.0"],
      ["kfor", "0.1.0"],
    ]);
    expect(entries[0]?.entry).toMatchObject({
      supersededBy: "new-id",
      text: "the date was wrong.",
    });
    expect(entries[1]?.entry).toMatchObject({ fields: "start", released: true });
  });

  it("puts pending changesets first and drops a bare field list that a reason already explains", () => {
    const pending = perIdLines(
      '---\n"@aznato/data": minor\n---\n\n- `kfor`: end dated (NATO, 2026).\n',
      "next",
      false,
    );
    expect(pending).toEqual([
      {
        id: "kfor",
        entry: {
          version: "next",
          released: false,
          fields: undefined,
          supersededBy: undefined,
          text: "end dated (NATO, 2026).",
        },
      },
    ]);
    const index = historyIndex(changelog, ["- `kfor`: end dated (NATO, 2026).\n"], "next");
    expect(index.get("kfor")?.map((e) => [e.version, e.text])).toEqual([
      ["next", "end dated (NATO, 2026)."],
      ["0.2.0", "KFOR's own page dates it from 12 June 1999."],
      ["0.1.0", "first status."],
    ]);
    // with nothing better for that release, the field list stays
    expect(index.get("claim-a")?.map((e) => e.text)).toEqual(["checked, evidence"]);
    expect(index.get("nothing")).toBeUndefined();
  });
});

describe("quoted Azerbaijani in a history line", () => {
  it("is cut out to be marked lang=az; English quotes stay plain", () => {
    expect(quotedParts('The quote "Azərbaycan Respublikası" is from "a proxy".')).toEqual([
      { text: "The quote ", az: false },
      { text: '"Azərbaycan Respublikası"', az: true },
      { text: ' is from "a proxy".', az: false },
    ]);
    expect(quotedParts("plain")).toEqual([{ text: "plain", az: false }]);
  });
});
