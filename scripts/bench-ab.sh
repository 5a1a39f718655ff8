#!/usr/bin/env bash
# Old code against new on the same machine in the same minutes: one kind of rebuild, the two taking turns.
#   scripts/bench-ab.sh BASE_COMMIT [--kind "add one issue"|"correct one article"|"no change"|"full build"|"issues in a row"] [--size 10000] [--rounds 6] [--issues 10]
# Publishes BASE_COMMIT's CLI (from a temporary worktree) into bench-data/.ab-base-cli, copies the synthetic archive to
# bench-data/<size>-base, and prints medians of wall, user, system and stage times with their ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/newsarchive --version >/dev/null
dotnet build -c Release tools/NewsArchive.Synth -v q -nologo >/dev/null
exec python3 scripts/bench_ab.py "$@"
