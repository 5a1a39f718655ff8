"""Driver for scripts/bench-build.sh: synthesise, build, rebuild, measure. Standard library only."""
import argparse, json, os, queue, re, shutil, statistics, subprocess, sys, threading, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
CLI = os.path.join(ROOT, ".tools/newsarchive/NewsArchive.Cli.dll")  # as scripts/newsarchive publishes it
SYNTH = os.path.join(ROOT, "tools/NewsArchive.Synth/bin/Release/net10.0/NewsArchive.Synth.dll")
DATA = os.path.join(ROOT, "bench-data")


def run_build(work, theme):
    """One CLI build under /usr/bin/time -v; returns wall seconds, max RSS (MB) and the build report."""
    cmd = ["/usr/bin/time", "-v", "dotnet", CLI, "build", "--input", os.path.join(work, "input"),
           "--output", os.path.join(work, "_site"), "--theme", theme]
    start = time.monotonic()
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=work)
    wall = time.monotonic() - start
    if p.returncode not in (0, 1):
        sys.exit(f"build failed ({p.returncode}):\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1)) / 1024
    cpu = sum(float(re.search(rf"{k} time \(seconds\): ([\d.]+)", p.stderr).group(1)) for k in ("User", "System"))
    with open(os.path.join(work, "_site.build-report.json"), encoding="utf-8") as f:
        report = json.load(f)
    return {"wall": wall, "cpu": cpu, "rss_mb": rss, "report": report}


def clean(work):
    for d in ("_site", os.path.join("input", ".cache"), ".newsarchive-cache"):
        shutil.rmtree(os.path.join(work, d), ignore_errors=True)


def du(path):
    total = 0
    for dirpath, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(dirpath, f))
    return total


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def edit_one_article(work):
    """Correct one article: change a sentence in the body of a page in the middle of the archive. Returns an undo."""
    pages = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(os.path.join(work, "input")) for f in fs if f.endswith(".txt"))
    page = pages[len(pages) // 2]
    with open(page, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    # the longest line is body text; a typo fixed in it changes one article
    i = max(range(len(lines)), key=lambda k: len(lines[k]))
    lines[i] = lines[i][:-1] + "更" + lines[i][-1:]
    with open(page, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    def undo():
        with open(page, "w", encoding="utf-8") as f:
            f.write(text)
    return undo


def change_template(theme):
    path = os.path.join(theme, "layouts", "article.liquid")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text + "\n<!-- template changed -->\n")
    def undo():
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return undo


def add_issue(work, size):
    out = subprocess.run(["dotnet", SYNTH, "--articles", str(size), "--out", work, "--next-issue"],
                         capture_output=True, text=True, check=True).stdout.strip()
    return lambda: shutil.rmtree(out)


def add_next_issue(work, start):
    """The first synthetic issue after an archive of `start` articles that the input does not hold yet: called again
    and again, it adds the issues that follow one another. Returns the undo."""
    scratch = os.path.join(DATA, ".next-issue")
    at = start
    while True:
        shutil.rmtree(scratch, ignore_errors=True)
        out = subprocess.run(["dotnet", SYNTH, "--articles", str(at), "--out", scratch, "--next-issue"],
                             capture_output=True, text=True, check=True).stdout.strip()
        target = os.path.join(work, "input", os.path.relpath(out, os.path.join(scratch, "input")))
        if not os.path.exists(target):
            os.rename(out, target)
            shutil.rmtree(scratch)
            return lambda: shutil.rmtree(target)
        at += 10


def add_issue_moved_in(work, size):
    """The next issue written elsewhere and moved into the input in one rename, as a librarian drops a finished folder in:
    the watcher sees one change, not a folder half written."""
    scratch = os.path.join(DATA, ".next-issue")
    shutil.rmtree(scratch, ignore_errors=True)
    out = subprocess.run(["dotnet", SYNTH, "--articles", str(size), "--out", scratch, "--next-issue"],
                         capture_output=True, text=True, check=True).stdout.strip()
    target = os.path.join(work, "input", os.path.relpath(out, os.path.join(scratch, "input")))
    os.rename(out, target)
    shutil.rmtree(scratch)
    return lambda: shutil.rmtree(target)


def watch_rebuilds(work, theme, size, runs, kinds):
    """The same changes made under `newsarchive watch`: seconds from the change written to the "Rebuilt" line."""
    cmd = ["dotnet", CLI, "watch", "--input", os.path.join(work, "input"), "--output", os.path.join(work, "_site"), "--theme", theme]
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=work)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l) for l in p.stdout], daemon=True).start()

    def wait(text, timeout=600):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                line = lines.get(timeout=1)
            except queue.Empty:
                if p.poll() is not None:
                    sys.exit(f"watch exited ({p.returncode})")
                continue
            if text in line:
                return line
        sys.exit(f"watch: no '{text}' line in {timeout} s")

    times = {k: [] for k in kinds}
    try:
        wait("Watching")
        for _ in range(runs):
            for name, change in (("add one issue", lambda: add_issue_moved_in(work, size)), ("correct one article", lambda: edit_one_article(work))):
                if name not in times:
                    continue
                undo = change()
                start = time.monotonic()
                wait("Rebuilt")
                times[name].append(time.monotonic() - start)
                undo()
                wait("Rebuilt")
    finally:
        p.terminate()
        p.wait()
    return {k: {"wall": med(v), "walls": [round(x, 2) for x in v]} for k, v in times.items()}


def archive(size):
    """The synthetic archive of this size (made when missing) with a fresh copy of the theme; its folder and theme."""
    work = os.path.join(DATA, str(size))
    marker = os.path.join(work, "synth.txt")
    want = f"synth --articles {size} --seed 42 --papers 4\n"
    if not (os.path.exists(marker) and open(marker).read() == want):
        subprocess.run(["dotnet", SYNTH, "--articles", str(size), "--out", work], check=True, capture_output=True)
    theme = os.path.join(work, "theme")
    shutil.rmtree(theme, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "theme"), theme)
    return work, theme


def bench(size, runs, keep, skip=()):
    work, theme = archive(size)

    full = []
    for _ in range(runs):
        clean(work)
        full.append(run_build(work, theme))
    last = full[-1]["report"]
    articles = last["counters"].get("articles", 0)
    site_bytes = du(os.path.join(work, "_site"))

    kinds = [k for k in ("no change", "add one issue", "correct one article", "change one template") if k not in skip]
    incr = {k: [] for k in kinds}
    for run in range(runs):
        if "no change" in incr:
            incr["no change"].append(run_build(work, theme))
        undo = []
        for name, change in (("add one issue", lambda: add_issue(work, size)),
                             ("correct one article", lambda: edit_one_article(work)),
                             ("change one template", lambda: change_template(theme))):
            if name not in incr:
                continue
            undo.append(change())
            incr[name].append(run_build(work, theme))
        for u in undo:
            u()
        if run + 1 < runs or not keep:
            run_build(work, theme)  # back to the archive as generated, untimed
    watched = watch_rebuilds(work, theme, size, runs, [k for k in ("add one issue", "correct one article") if k in kinds]) if "watch" not in skip else {}
    if not keep:
        shutil.rmtree(os.path.join(work, "_site"), ignore_errors=True)

    stages, cpus = {}, {}
    for r in full:
        for s in r["report"]["stages"]:
            stages.setdefault(s["stage"], []).append(s["seconds"])
        for k, v in r["report"]["counters"].items():
            if k.startswith("cpu ms: "):
                cpus.setdefault(k[8:], []).append(v / 1000)
    return {
        "size": size, "articles": articles, "pages": last["counters"].get("pages", 0),
        "files": last["counters"].get("files", 0), "runs": runs,
        "full_wall": med([r["wall"] for r in full]), "full_walls": [round(r["wall"], 2) for r in full],
        "full_cpu": med([r["cpu"] for r in full]), "stage_cpu": {k: med(v) for k, v in cpus.items()},
        "peak_rss_mb": max(r["rss_mb"] for r in full),
        "stages": {k: med(v) for k, v in stages.items()},
        "site_bytes": site_bytes,
        "incremental": {k: {"wall": med([r["wall"] for r in v]), "walls": [round(r["wall"], 2) for r in v], "cpu": med([r["cpu"] for r in v]),
                            "stage_cpu": {k2: med([r["report"]["counters"].get("cpu ms: " + k2, 0) / 1000 for r in v])
                                          for k2 in [c[8:] for c in v[0]["report"]["counters"] if c.startswith("cpu ms: ")]},
                            "written": med([r["report"]["counters"].get("files written", 0) for r in v]),
                            "rss_mb": max(r["rss_mb"] for r in v)} for k, v in incr.items()},
        "watch": watched,
        "errors": last["errors"], "warnings": last["warnings"],
    }


def markdown(results):
    out = []
    out.append("| articles | pages | files | full build, wall (median; runs) | wall per article | processor time | per article | peak RSS | output | per article |")
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        a = max(r["articles"], 1)
        out.append(f"| {r['articles']:,} | {r['pages']:,} | {r['files']:,} | {r['full_wall']:.1f} s ({', '.join(map(str, r['full_walls']))}) "
                   f"| {1000 * r['full_wall'] / a:.2f} ms | {r['full_cpu']:.1f} s | {1000 * r['full_cpu'] / a:.2f} ms | {r['peak_rss_mb']:.0f} MB | {r['site_bytes'] / 2**20:.0f} MB | {r['site_bytes'] / a / 1024:.1f} KB |")
    out.append("")
    names = list(results[0]["stages"].keys())
    out.append("| stage | " + " | ".join(f"{r['articles']:,} articles" for r in results) + " |")
    out.append("|---|" + "---:|" * len(results))
    for n in names:
        cells = []
        for r in results:
            s = r["stages"].get(n, 0)
            rate = r["articles"] / s if s > 0 else float("inf")
            c = r["stage_cpu"].get(n)
            cpu = f" · cpu {c:.2f} s" if c is not None else ""
            cells.append(f"{s:.2f} s · {rate:,.0f} art/s · {1000 * s / max(r['articles'], 1):.3f} ms/art{cpu}")
        out.append(f"| {n} | " + " | ".join(cells) + " |")
    for n in results[0]["stage_cpu"]:
        if n not in names:
            out.append(f"| {n} (processor time) | " + " | ".join(f"cpu {r['stage_cpu'].get(n, 0):.2f} s · {1000 * r['stage_cpu'].get(n, 0) / max(r['articles'], 1):.3f} ms/art" for r in results) + " |")
    out.append("")
    out.append("| incremental rebuild | " + " | ".join(f"{r['articles']:,} articles" for r in results) + " |")
    out.append("|---|" + "---:|" * len(results))
    for k in results[0]["incremental"]:
        out.append(f"| {k} | " + " | ".join(
            f"{r['incremental'][k]['wall']:.2f} s ({', '.join(map(str, r['incremental'][k]['walls']))}; cpu {r['incremental'][k]['cpu']:.1f} s; {r['incremental'][k]['written']:.0f} files written)"
            for r in results) + " |")
    for k in results[0].get("watch", {}):
        out.append(f"| {k}, under `watch` (change written -> rebuilt) | " + " | ".join(
            f"{r['watch'][k]['wall']:.2f} s ({', '.join(map(str, r['watch'][k]['walls']))})" if k in r.get("watch", {}) else "-" for r in results) + " |")
    out.append("")
    out.append("Processor time of each stage in the incremental rebuilds (where the seconds go):")
    out.append("")
    for r in results:
        for k, v in r["incremental"].items():
            out.append(f"- {r['articles']:,} articles, {k}: " + ", ".join(f"{n} {c:.2f} s" for n, c in v["stage_cpu"].items()))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--big-runs", type=int, default=1, help="runs for archives of 10,000 articles and more")
    ap.add_argument("--keep", action="store_true", help="keep the built _site folders (the last one as the final rebuild left it)")
    ap.add_argument("--skip", default="", help="incremental rebuilds to leave out, comma-separated (e.g. 'change one template' at 100,000 articles; 'watch' leaves out the rebuilds under the watch verb)")
    args = ap.parse_args()
    os.makedirs(DATA, exist_ok=True)
    results = []
    for size in [int(s) for s in args.sizes.split(",")]:
        runs = args.runs if size < 10000 else max(1, min(args.runs, args.big_runs))
        print(f"== {size} articles, {runs} run(s)", file=sys.stderr, flush=True)
        results.append(bench(size, runs, args.keep, tuple(k.strip() for k in args.skip.split(",") if k.strip())))
        print(json.dumps(results[-1], indent=1), file=sys.stderr, flush=True)
    with open(os.path.join(DATA, "bench-build.json"), "w") as f:
        json.dump({"machine": machine(), "results": results}, f, indent=1)
    print(f"Machine: {machine()}\n")
    print(markdown(results))


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem = next((int(l.split()[1]) // 2**20 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    load = open("/proc/loadavg").read().split()[:3]
    return f"{os.cpu_count()} cores ({cpu}), {mem} GB RAM, load average {' '.join(load)} at start"


if __name__ == "__main__":
    main()
