#!/usr/bin/env bash
# Search benchmark: NewsArchive's static index against Pagefind on the same _site of a synthetic archive.
#   scripts/bench-search.sh [--articles 10000] [--queries 60] [--rebuild] [--no-pagefind]
# Writes bench-data/search-<N>/ (gitignored), prints the numbers; see BENCHMARKS.md, section "Search".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
dotnet build -c Release src/NewsArchive.Cli -v q -nologo >/dev/null
dotnet build -c Release tools/NewsArchive.Synth -v q -nologo >/dev/null
dotnet build -c Release benchmarks/NewsArchive.SearchBench -v q -nologo >/dev/null
exec dotnet benchmarks/NewsArchive.SearchBench/bin/Release/net10.0/NewsArchive.SearchBench.dll "$@"
