import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ERROR_FORM, reportError } from "./report-error.ts";

const form = readFileSync(new URL(`../../../../${ERROR_FORM.file}`, import.meta.url), "utf8");
/** The ids of the form's fields, as GitHub reads them from query parameters. */
const fieldIds = [...form.matchAll(/^ {4}id: (\S+)$/gm)].map((m) => m[1]);
const github = { repository: "https://github.com/o/r", issues: "https://github.com/o/r/issues" };

describe("the issue form", () => {
  it("asks for the record id, the field, what is wrong, the source URL and its exact words", () => {
    expect(fieldIds).toEqual(["record", "field", "problem", "source", "quote"]);
    expect(form).toMatch(/^name: Report an error in the data$/m);
    expect(form).toContain(`title: "${ERROR_FORM.titlePrefix}"`);
    expect(form).toContain(`name: ${ERROR_FORM.name}`);
    expect(fieldIds).toContain(ERROR_FORM.recordField);
  });
});

describe("reporting an error", () => {
  it("on GitHub links the form prefilled with the record id and a title", () => {
    const { href, text } = reportError(github, { id: "2004-05-19-ipap-presented" });
    const url = new URL(href ?? "");
    expect(`${url.origin}${url.pathname}`).toBe("https://github.com/o/r/issues/new");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: "data-error.yml",
      record: "2004-05-19-ipap-presented",
      title: "Data error: 2004-05-19-ipap-presented",
    });
    expect(text).toContain("2004-05-19-ipap-presented");
    // the About page: the form, nothing prefilled
    expect(reportError(github).href).toBe(
      "https://github.com/o/r/issues/new?template=data-error.yml",
    );
  });

  it("escapes what it puts in the query", () => {
    const { href } = reportError(github, { id: "a&b=c" });
    expect(new URL(href ?? "").searchParams.get("record")).toBe("a&b=c");
  });

  it("elsewhere links the issue tracker as it is, without GitHub's parameters", () => {
    const issues = "https://gitlab.com/o/r/-/issues";
    expect(reportError({ issues }, { id: "x" }).href).toBe(issues);
  });

  it("with no home set links nothing, and names the form and what it asks for", () => {
    const { href, text } = reportError({}, { id: "2004-05-19-ipap-presented" });
    expect(href).toBeUndefined();
    expect(text).not.toMatch(/https?:/);
    expect(text).toContain(ERROR_FORM.file);
    expect(text).toContain("2004-05-19-ipap-presented");
    expect(text).toMatch(/exact words/);
    // a repository without an issue tracker is no address for the form either
    expect(reportError({ site: "https://example.org/" }).href).toBeUndefined();
  });
});
