// What identifies a workbook this tool wrote, without loading exceljs: --force replaces only those.
import { strFromU8, unzipSync } from "fflate";

/** The workbook's creator and last author (docProps/core.xml). */
export const WORKBOOK_CREATOR = "aznato-csv";
export const DEFAULT_WORKBOOK = "aznato.xlsx";
const CORE = "docProps/core.xml";

/** Whether `bytes` are an .xlsx workbook this tool wrote (its core properties name it the creator). */
export function isOwnWorkbook(bytes: Uint8Array): boolean {
  try {
    const core = unzipSync(bytes, { filter: (file) => file.name === CORE })[CORE];
    return (
      core !== undefined && strFromU8(core).includes(`<dc:creator>${WORKBOOK_CREATOR}</dc:creator>`)
    );
  } catch {
    return false;
  }
}
