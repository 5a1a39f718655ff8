#!/usr/bin/env python3
"""Where a built site's bytes and files go, part by part (issue 22: an archive that fits on GitHub Pages).

    scripts/site_weight.py SITE [--articles N] [--json] [--page PATH]

Prints a Markdown table: bytes (as files' sizes add up; also gzip, as GitHub Pages serves text) and files per part,
and per article when N is given (default: read from SITE/../build-report.json). With --page, also the weight a
reader's browser downloads for that page on first load: its HTML with the CSS and JS it links, gzip-compressed.
Standard library only. The parts are the build's own (src/NewsArchive/Output/SiteParts.cs keeps the same rules).
"""
import argparse, gzip, json, os, re, sys

PARTS = [
    ("articles", "article pages"),
    ("pages", "printed page, issue, paper and calendar pages"),
    ("reporters", "reporter listings"),
    ("keywords", "keyword listings"),
    ("photographers", "photographer listings"),
    ("kinds", "kind listings"),
    ("search", "search export"),
    ("assets", "shared assets (CSS, JS, icons)"),
    ("page-images", "page images"),
    ("other", "home, dates, stats, feeds, sitemaps, other"),
]

ARTICLE = re.compile(r"^[^/]+/\d{4}/\d{2}/\d{2}/\d{2}/\d+\.html$")
DATED = re.compile(r"^[^/]+/\d{4}(/|$)")


def part_of(path):
    """The part a site file belongs to, by its path relative to the site."""
    first = path.split("/", 1)[0]
    if ARTICLE.match(path):
        return "articles"
    if first in ("reporters", "keywords", "photographers", "kinds", "search", "assets"):
        return first
    if re.search(r"\.(png|jpe?g|webp|avif|gif)$", path) and not path.startswith("assets/"):
        return "page-images"
    if DATED.match(path) or re.match(r"^[^/]+/index\.html$", path):
        return "pages"
    return "other"


def measure(site, gz, exclude=()):
    totals = {p: [0, 0, 0] for p, _ in PARTS}
    for dirpath, dirs, files in os.walk(site):
        if dirpath == site:
            dirs[:] = [d for d in dirs if d not in exclude]
        dirs.sort()
        for f in sorted(files):
            full = os.path.join(dirpath, f)
            rel = os.path.relpath(full, site).replace(os.sep, "/")
            t = totals[part_of(rel)]
            t[0] += 1
            t[1] += os.path.getsize(full)
            if gz:
                with open(full, "rb") as fh:
                    t[2] += len(gzip.compress(fh.read(), 6))
    return totals


def page_weight(site, page):
    """HTML + the CSS and JS it links, as transferred gzip-compressed on first load (print CSS left out)."""
    with open(os.path.join(site, page), "rb") as f:
        html = f.read()
    text = html.decode("utf-8")
    base = os.path.dirname(os.path.join(site, page))
    rows = [(page, len(html), len(gzip.compress(html, 6)))]
    # Attribute values are quoted or not (the build drops quotes a value does not need).
    value = r'(?:"([^"]+)"|([^\s">]+))'
    links = [a or b for a, b in re.findall(r'<link rel="?stylesheet"? href=' + value + r'(?![^>]*media="?print)', text)]
    links += [a or b for a, b in re.findall(r'<script src=' + value, text)]
    for href in links:
        path = os.path.normpath(os.path.join(base, href.split("?")[0]))
        with open(path, "rb") as f:
            data = f.read()
        rows.append((os.path.relpath(path, site), len(data), len(gzip.compress(data, 6))))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("--articles", type=int)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-gzip", action="store_true", help="skip compressing every file (faster)")
    ap.add_argument("--exclude", action="append", default=[], help="a top-level folder to leave out (e.g. pagefind)")
    ap.add_argument("--page", help="a page (path in the site) whose first-load weight to print")
    a = ap.parse_args()
    n = a.articles
    if n is None:
        try:
            with open(os.path.join(os.path.dirname(os.path.abspath(a.site)), "build-report.json"), encoding="utf-8") as f:
                n = json.load(f)["counters"].get("articles")
        except (OSError, KeyError, ValueError):
            n = None
    totals = measure(os.path.normpath(a.site), not a.no_gzip, a.exclude)
    if a.json:
        json.dump({"articles": n, "parts": {p: {"files": t[0], "bytes": t[1], "gzip": t[2]} for p, t in totals.items()}}, sys.stdout, indent=1)
        print()
        return
    print(f"| part | bytes | gzip | files |" + (" bytes/article | files/article |" if n else ""))
    print("|---|---:|---:|---:|" + ("---:|---:|" if n else ""))
    all_ = [0, 0, 0]
    for p, label in PARTS:
        t = totals[p]
        if t[0] == 0:
            continue
        all_ = [x + y for x, y in zip(all_, t)]
        per = f" {t[1] / n / 1000:.1f} KB | {t[0] / n:.2f} |" if n else ""
        z = f"{t[2] / 1e6:.1f} MB" if not a.no_gzip else "-"
        print(f"| {label} | {t[1] / 1e6:.1f} MB | {z} | {t[0]:,} |{per}")
    per = f" **{all_[1] / n / 1000:.1f} KB** | **{all_[0] / n:.2f}** |" if n else ""
    z = f"**{all_[2] / 1e6:.1f} MB**" if not a.no_gzip else "-"
    print(f"| **all** | **{all_[1] / 1e6:.1f} MB** | {z} | **{all_[0]:,}** |{per}")
    if n:
        print(f"\n{n:,} articles.")
    if a.page:
        rows = page_weight(a.site, a.page)
        print("\n| first load of " + a.page + " | bytes | gzip |\n|---|---:|---:|")
        for path, raw, z in rows:
            print(f"| {path} | {raw:,} | {z:,} |")
        print(f"| **all** | **{sum(r[1] for r in rows):,}** | **{sum(r[2] for r in rows):,}** |")


if __name__ == "__main__":
    main()
