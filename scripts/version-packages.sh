#!/usr/bin/env bash
# `pnpm version-packages`: turns the pending changesets into versions and changelogs.
set -euo pipefail
cd "$(dirname "$0")/.."

# 1. the data changelog: what changed since the last release, id by id, as one more changeset
turbo run build --filter=@aznato/data
pnpm --filter @aznato/data data-changelog
# 2. versions and CHANGELOG.md files from all changesets
changeset version
# 3. files generated from the new version, then the new baseline for the next data changelog
pnpm --filter @aznato/data generate
turbo run build --filter=@aznato/data
pnpm --filter @aznato/data data-changelog --snapshot
biome format --write .
