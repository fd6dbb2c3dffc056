/**
 * What went wrong, which decides the exit code: `usage` (bad arguments, 2), `output` (cannot write,
 * 1) or `interrupted` (SIGINT or SIGTERM during an export: 130 or 143, as a shell reports a signal).
 */
export type CsvErrorKind = "usage" | "output" | "interrupted";

const signalNumbers = { SIGINT: 2, SIGTERM: 15 } as const;

/** A user error: one line, no stack trace, mapped to an exit code by the CLI. */
export class CsvError extends Error {
  override readonly name = "CsvError";
  constructor(
    readonly kind: CsvErrorKind,
    message: string,
    /** The signal that stopped the run, for `interrupted`. */
    readonly signal?: keyof typeof signalNumbers,
  ) {
    super(message);
  }

  /** 2 for `usage`, 1 for `output`, 128 + the signal's number for `interrupted`. */
  get exitCode(): number {
    if (this.kind === "usage") return 2;
    if (this.kind === "interrupted") return 128 + signalNumbers[this.signal ?? "SIGINT"];
    return 1;
  }
}

export const usageError = (message: string): CsvError => new CsvError("usage", message);
export const outputError = (message: string): CsvError => new CsvError("output", message);
export const interruptedError = (signal: "SIGINT" | "SIGTERM", message: string): CsvError =>
  new CsvError("interrupted", message, signal);

const reasons: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOENT: "no such file or folder",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  EFBIG: "file too large",
  EBUSY: "file or folder in use",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "is a folder, not a file",
  ENAMETOOLONG: "name too long",
  ELOOP: "too many levels of symbolic links",
  ENOTEMPTY: "folder not empty",
  EEXIST: "already exists",
  EXDEV: "on another file system",
  EIO: "input/output error",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
  EPIPE: "the reader closed the pipe",
};

/** A short, one-line reason for a failed system call (`no space left on device (ENOSPC)`). */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === "string" && code in reasons) return `${reasons[code]} (${code})`;
  if (typeof code === "string") return code;
  return oneLine(error instanceof Error ? error.message : String(error));
}

/**
 * The text on one line: line breaks and other control characters (which a file name or an
 * argument may hold) are shown escaped, `\n`, `\u0007`, so every message stays one line.
 */
export function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => {
    const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
