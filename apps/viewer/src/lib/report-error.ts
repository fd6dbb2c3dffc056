// Where a reader reports an error in the data: the repository's issue form
// (.github/ISSUE_TEMPLATE/data-error.yml), prefilled with the record's id. With no home set there
// is no address to link, so the words say where the form is instead of linking a dead page.
import type { DatasetMeta } from "@aznato/data";

/** The issue form, as the repository has it: its file, its title prefix, the field of the record id. */
export const ERROR_FORM = {
  file: ".github/ISSUE_TEMPLATE/data-error.yml",
  name: "Report an error in the data",
  titlePrefix: "Data error: ",
  recordField: "record",
} as const;

/** How to report an error: the link to follow, if any, and what to say around it. */
export interface ErrorReport {
  href?: string;
  text: string;
}

const template = ERROR_FORM.file.split("/").at(-1) as string;

/**
 * The way to report an error in the data (or in one record). On GitHub, the issue form with the
 * record id and title filled in (issue forms take their fields' ids as query parameters); on
 * another host, its issue list; with no issue tracker set, words and no link.
 */
export function reportError(home: DatasetMeta["home"], record?: { id: string }): ErrorReport {
  const what = record ? `an error in this record (${record.id})` : "an error in the data";
  if (!home.issues) {
    return {
      text: `To report ${what}, use the issue form “${ERROR_FORM.name}” (${ERROR_FORM.file}) in the project's repository once it has a public address: it asks for the record id, the field, what is wrong, and a source URL with the exact words.`,
    };
  }
  if (!/^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/?$/.test(home.issues)) {
    return { href: home.issues, text: `Report ${what}` };
  }
  const params = new URLSearchParams({ template });
  if (record) {
    params.set(ERROR_FORM.recordField, record.id);
    params.set("title", `${ERROR_FORM.titlePrefix}${record.id}`);
  }
  return { href: `${home.issues.replace(/\/$/, "")}/new?${params}`, text: `Report ${what}` };
}
