#!/usr/bin/env bash
# Build-scale benchmark: synthetic archives of several sizes, full and incremental builds.
#   scripts/bench-build.sh [--sizes 1000,10000,100000] [--runs 3] [--big-runs 1] [--keep]
# Writes bench-data/<size>/ (gitignored) and prints a Markdown table for BENCHMARKS.md;
# the raw numbers go to bench-data/bench-build.json. See BENCHMARKS.md, section "Scale".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/newsarchive --version >/dev/null  # publishes the CLI as librarians run it (ReadyToRun)
dotnet build -c Release tools/NewsArchive.Synth -v q -nologo >/dev/null
exec python3 scripts/bench_build.py "$@"
