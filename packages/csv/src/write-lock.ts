// One writer per folder: a lock file holding the writer's pid, taken over when its writer is gone.
import * as nodeFs from "node:fs";
import { join } from "node:path";
import { outputError, reason } from "./errors.js";
import { codeOf, type FileSystem, LOCK } from "./write-fs.js";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user
    return codeOf(error) === "EPERM";
  }
}

/** Holds DIR for one writer: a lock file with the pid, taken over when its writer is gone. */
export interface Lock {
  /** Throws if the lock file is no longer this writer's (someone broke it). */
  check(): void;
  release(): void;
}

// the locks this process holds, so that a lock with this pid is known to be stale (a reused pid)
const held = new Set<string>();
const LINK_UNSUPPORTED = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);

/**
 * Takes DIR's lock: the lock file appears whole or not at all (written beside it, then hard-linked
 * into place, which fails if it exists; O_EXCL "wx" where hard links are not supported). A lock
 * whose pid no longer runs is stale: it is moved aside (checking it was that one that moved) and
 * taken. A live one, or one without a pid, is reported.
 */
export function acquireLock(
  dir: string,
  label: string,
  fs: FileSystem = nodeFs,
  running: (pid: number) => boolean = isRunning,
): Lock {
  const path = join(dir, LOCK);
  const mine = `${process.pid}\n${Math.random().toString(36).slice(2)}\n`;
  const failed = (error: unknown) => outputError(`Cannot write ${label}: ${reason(error)}`);
  const busy = (text: string) =>
    outputError(
      `${label} is being written by another aznato-csv (pid ${text.split("\n")[0] || "unknown"}): wait for it, or delete ${path} if it is not running`,
    );
  const create = (): boolean => {
    const candidate = `${path}.${process.pid}-${mine.split("\n")[1]}`;
    try {
      fs.writeFileSync(candidate, mine, { flag: "wx" });
      try {
        fs.linkSync(candidate, path);
        return true;
      } catch (error) {
        if (codeOf(error) === "EEXIST") return false;
        if (!LINK_UNSUPPORTED.has(codeOf(error) ?? "")) throw error;
      }
      const fd = fs.openSync(path, "wx");
      try {
        fs.writeSync(fd, mine);
      } catch (error) {
        fs.closeSync(fd);
        fs.unlinkSync(path);
        throw error;
      }
      fs.closeSync(fd);
      return true;
    } catch (error) {
      if (codeOf(error) === "EEXIST") return false;
      throw failed(error);
    } finally {
      try {
        fs.rmSync(candidate, { force: true });
      } catch {} // the next run's recover() deletes it
    }
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (create()) {
      held.add(mine);
      return {
        check() {
          let text = "";
          try {
            text = fs.readFileSync(path, "utf8");
          } catch {}
          if (text !== mine) throw busy(text);
        },
        release() {
          held.delete(mine);
          try {
            if (fs.readFileSync(path, "utf8") === mine) fs.unlinkSync(path);
          } catch {} // a lock left behind is stale: the next run takes it over
        },
      };
    }
    let text: string;
    try {
      text = fs.readFileSync(path, "utf8");
    } catch (error) {
      if (codeOf(error) === "ENOENT") continue; // released meanwhile
      throw failed(error);
    }
    const owner = text.split("\n")[0] ?? "";
    const pid = /^[1-9][0-9]*$/.test(owner) ? Number(owner) : undefined;
    const live = pid === undefined || held.has(text) || (pid !== process.pid && running(pid));
    if (live) throw busy(text);
    // stale: move it aside, and make sure it was the stale one that moved
    const aside = `${path}.stale-${process.pid}`;
    try {
      fs.renameSync(path, aside);
    } catch (error) {
      if (codeOf(error) === "ENOENT") continue;
      throw failed(error);
    }
    let moved = "";
    try {
      moved = fs.readFileSync(aside, "utf8");
    } catch {}
    if (moved !== text) {
      // a new writer took the lock in between: give it back
      try {
        fs.linkSync(aside, path);
      } catch {}
      fs.rmSync(aside, { force: true });
      throw busy(moved);
    }
    try {
      fs.rmSync(aside, { force: true });
    } catch {} // the next run's recover() deletes it
  }
  throw busy("");
}
