#!/usr/bin/env bash
# The site's bytes per article with and without page images, on a small archive built from PDFs: each made test
# page (printed to PDF by scripts/make-test-pages.sh) as page 1 of an issue of its own.
# Usage: scripts/bench-page-images.sh [WORKDIR]   (run scripts/make-test-pages.sh first; wrap in dnlock)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=${1:-$(mktemp -d)}
rm -rf "$work/in" "$work/site-on" "$work/site-off"
i=1
for pdf in tests/NewsArchive.Tests/Pages/*/page.pdf; do
  day=$(printf "%s/in/bench/2025-01-%02d" "$work" "$i")
  mkdir -p "$day" && cp "$pdf" "$day/page-01.pdf"
  i=$((i + 1))
done
printf 'name_zh: 基准日报\nname_en: Bench Daily\n' > "$work/in/bench/paper.yml"
dotnet build -c Release src/NewsArchive.Cli -v q -nologo >/dev/null
cli=(dotnet "$repo/src/NewsArchive.Cli/bin/Release/net10.0/NewsArchive.Cli.dll")
cd "$work"
"${cli[@]}" build --input in --output site-on --offline --clean >/dev/null || true; cp build-report.json on.json
"${cli[@]}" build --input in --output site-off --offline --clean --page-images off >/dev/null || true; cp build-report.json off.json
"${cli[@]}" build --input in --output site-on --offline >/dev/null || true; cp build-report.json again.json
python3 - <<'PY'
import json, os
def size(d):
    total = images = files = 0
    for root, _, names in os.walk(d):
        for n in names:
            s = os.path.getsize(os.path.join(root, n)); total += s; files += 1
            images += s if n.endswith('.jpg') else 0
    return total, files, images
on = json.load(open('on.json')); articles = on['counters']['articles']; pages = on['counters']['pages']
for name in ['site-on', 'site-off']:
    total, files, images = size(name)
    print(f"{name}: {pages} pages, {articles} articles, {files} files, {total} bytes ({images} in page images): {total / articles / 1024:.1f} KB per article")
for name in ['on', 'again']:
    j = json.load(open(name + '.json')); c = j['counters']; st = {s['stage']: s['seconds'] for s in j['stages']}
    print(f"{name}: page images rendered {c.get('page images rendered', 0)}, from the cache {c.get('page images from the cache', 0)}, stage {st.get('page images')} s")
PY
