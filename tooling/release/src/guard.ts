// What stops a maintainer's release before it starts: a dirty tree, or nothing to release.

export interface Repository {
  /** `git status --porcelain` */
  status: string;
  /** The pending changeset files (`.changeset/*.md` other than its README). */
  changesets: readonly string[];
}

/**
 * Why `mode` must not run now, in one line, or undefined when it may: `version` (turning
 * changesets into versions) needs a changeset and a clean tree; `release` (publishing) needs a
 * clean tree and no changeset left unversioned.
 */
export function refusal(mode: "version" | "release", repo: Repository): string | undefined {
  const dirty = repo.status.split("\n").filter(Boolean);
  if (dirty.length > 0) {
    return `${mode} refused: the working tree has ${dirty.length} uncommitted change(s) (git status); commit or stash them first`;
  }
  if (mode === "version" && repo.changesets.length === 0) {
    return "version refused: there is no changeset to release (add one with `pnpm changeset`)";
  }
  if (mode === "release" && repo.changesets.length > 0) {
    return `release refused: ${repo.changesets.length} changeset(s) are not versioned yet (run \`pnpm version-packages\` first)`;
  }
  return undefined;
}
