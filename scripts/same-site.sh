#!/usr/bin/env bash
# Proof that a change left the site as it was: builds the sample archive and a synthetic one with this tree's code and
# with REF's (published from a temporary worktree), a clean build and then each incremental case of the benchmark
# (no change, add one issue, correct one article, change one template, all undone), and diffs the two sites byte for
# byte after every build.
#   scripts/same-site.sh REF [--articles 1000] [--big] [--keep] [--only sample|synth]     (--big: 10,000 articles)
# Prints one line per build and a verdict; exit 0 when every site was the same, 1 when one differed.
# Heavy steps (publishing, builds) take a dnlock slot each, so do not wrap this script in dnlock.
set -euo pipefail
cd "$(dirname "$0")/.."
lock=""
command -v dnlock >/dev/null && lock=dnlock
$lock scripts/newsarchive --version >/dev/null
$lock dotnet build -c Release tools/NewsArchive.Synth -v q -nologo >/dev/null
exec python3 scripts/same_site.py "$@"
