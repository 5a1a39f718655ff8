#!/usr/bin/env bash
# Makes the segmentation corpus: tools/NewsArchive.PageMaker writes tests/corpus/<family>/<page>/page.html and
# expected.json (seeded: a rerun writes the same files), make-test-pages.sh prints each page with headless Chromium
# and extracts page.txt with pdftotext, and `PageMaker order` sorts each expected.json into the order the bodies
# begin in page.txt and checks every field is printed there. PDFs are gitignored.
# Usage: scripts/make-corpus.sh [PAGES-PER-FAMILY]   (default 9)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=tests/corpus
maker=(dotnet run -c Release --project tools/NewsArchive.PageMaker --)

"${maker[@]}" make "$corpus" "${1:-9}"
pages=()
for html in "$corpus"/*/*/page.html; do pages+=("${html#"$corpus"/}"); done
pages=("${pages[@]%/page.html}")
PAGES_DIR="$corpus" scripts/make-test-pages.sh "${pages[@]}"
"${maker[@]}" order "${pages[@]/#/$corpus/}"
