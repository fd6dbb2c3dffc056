/** What went wrong, which decides the exit code: `usage` (bad arguments, 2) or `output` (cannot write, 1). */
export type CsvErrorKind = "usage" | "output";

/** A user error: one line, no stack trace, mapped to an exit code by the CLI. */
export class CsvError extends Error {
  override readonly name = "CsvError";
  constructor(
    readonly kind: CsvErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export const usageError = (message: string): CsvError => new CsvError("usage", message);
export const outputError = (message: string): CsvError => new CsvError("output", message);
