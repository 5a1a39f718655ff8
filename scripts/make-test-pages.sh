#!/usr/bin/env bash
# Makes the segmentation test pages the way real e-paper text is made: each
# tests/NewsArchive.Tests/Pages/<name>/page.html is printed to PDF by headless Chromium
# and extracted by plain pdftotext (no -layout, UTF-8) to page.txt beside it.
# The PDFs are build products (gitignored); page.html and page.txt are committed.
# Usage: scripts/make-test-pages.sh [name ...]   (no names: every page that has a page.html)
# PAGES_DIR=tests/corpus scripts/make-test-pages.sh family/page ...   prints pages of another folder (the corpus).
set -euo pipefail
cd "$(dirname "$0")/.."
pages_dir=${PAGES_DIR:-tests/NewsArchive.Tests/Pages}

command -v chromium >/dev/null || { echo "make-test-pages: chromium not found (run scripts/setup.sh)" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "make-test-pages: pdftotext not found (run scripts/setup.sh)" >&2; exit 1; }

if [ $# -gt 0 ]; then
  names=("$@")
else
  names=()
  for html in "$pages_dir"/*/page.html; do names+=("$(basename "$(dirname "$html")")"); done
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

for name in "${names[@]}"; do
  dir="$pages_dir/$name"
  [ -f "$dir/page.html" ] || { echo "make-test-pages: $dir/page.html not found" >&2; exit 1; }
  pdf="$dir/page.pdf"
  rm -f "$pdf"
  # Network off: no background fetches, updates or sync; the page itself loads nothing remote.
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --disable-background-networking --disable-component-update --disable-sync --no-first-run \
    --user-data-dir="$profile" \
    --print-to-pdf="$pdf" "file://$PWD/$dir/page.html" >/dev/null 2>&1
  [ -s "$pdf" ] || { echo "make-test-pages: chromium made no PDF for $name" >&2; exit 1; }
  pdftotext -enc UTF-8 "$pdf" "$dir/page.txt"
  # A page that spilled onto a second sheet is not one printed page: its layout needs fixing.
  sheets=$(pdfinfo "$pdf" | awk '/^Pages:/{print $2}')
  [ "$sheets" = 1 ] || echo "make-test-pages: $name printed on $sheets sheets" >&2
  echo "make-test-pages: $dir/page.txt ($(wc -l <"$dir/page.txt") lines; fonts: $(pdffonts "$pdf" | awk 'NR>2{print $2" "$3}' | sort -u | paste -sd, -))"
done
