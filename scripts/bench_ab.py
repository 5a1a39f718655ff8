"""Driver for scripts/bench-ab.sh: one kind of rebuild, old code against new, taking turns on the same machine.

On a shared machine the same build varies by more than most changes save, and from one hour to the next by more
still, so a change is judged against the code before it in the same minutes: each round runs both, the order
alternating. Standard library only."""
import argparse, json, os, shutil, statistics, subprocess, sys

sys.path.insert(0, os.path.dirname(__file__))
import bench_build as b  # noqa: E402

ROOT = b.ROOT
DATA = b.DATA


def publish_base(commit):
    """The CLI of an older commit, published as scripts/newsarchive publishes ours, from a worktree removed afterwards."""
    tree, cli = os.path.join(DATA, ".ab-base"), os.path.join(DATA, ".ab-base-cli")
    subprocess.run(["git", "worktree", "remove", "--force", tree], cwd=ROOT, check=False, capture_output=True)
    shutil.rmtree(tree, ignore_errors=True)
    shutil.rmtree(cli, ignore_errors=True)
    subprocess.run(["git", "worktree", "add", "--detach", tree, commit], cwd=ROOT, check=True, capture_output=True)
    try:
        subprocess.run([os.path.join(tree, "scripts", "newsarchive"), "--version"], check=True, capture_output=True)
        shutil.copytree(os.path.join(tree, ".tools", "newsarchive"), cli)
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", tree], cwd=ROOT, check=False, capture_output=True)
    return os.path.join(cli, "NewsArchive.Cli.dll")


def build(cli, work):
    """One build under /usr/bin/time; wall, user and system seconds, files written, stage times."""
    cmd = ["/usr/bin/time", "-f", "%e %U %S", "dotnet", cli, "build", "--input", os.path.join(work, "input"),
           "--output", os.path.join(work, "_site"), "--theme", os.path.join(work, "theme")]
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=work)
    if p.returncode not in (0, 1):
        sys.exit(f"build failed ({p.returncode}):\n{p.stderr[-3000:]}")
    wall, user, system = map(float, p.stderr.strip().splitlines()[-1].split())
    with open(os.path.join(work, "_site.build-report.json"), encoding="utf-8") as f:
        report = json.load(f)
    stages = {s["stage"]: s["seconds"] for s in report["stages"]}
    return {"wall": wall, "user": user, "sys": system, "written": report["counters"].get("files written", 0), **stages}


def change(kind, work, size):
    if kind == "full build":  # a first build: no site, no caches, no state
        b.clean(work)
        return lambda: None
    if kind == "add one issue":
        return b.add_issue(work, size)
    if kind == "correct one article":
        return b.edit_one_article(work)
    return lambda: None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base", help="the commit to compare against (a tag, a hash, HEAD~1)")
    ap.add_argument("--kind", default="add one issue", choices=["no change", "full build", "add one issue", "correct one article", "issues in a row"])
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--issues", type=int, default=10, help='with --kind "issues in a row": how many, one build after each')
    args = ap.parse_args()

    ours = b.CLI
    base = publish_base(args.base)
    ours_work, _ = b.archive(args.size)
    work = {"new": ours_work, "base": ours_work + "-base"}
    shutil.rmtree(work["base"], ignore_errors=True)
    shutil.copytree(work["new"], work["base"], symlinks=True, ignore=shutil.ignore_patterns("_site", ".cache"))
    # Each side builds with its own commit's theme: a theme change is part of what is compared, and a theme of newer
    # code may not build with older code at all.
    shutil.rmtree(os.path.join(work["base"], "theme"), ignore_errors=True)
    subprocess.run(f"git archive {args.base} theme | tar -x -C '{work['base']}'", shell=True, cwd=ROOT, check=True)
    cli = {"new": ours, "base": base}
    for v in ("new", "base"):  # each side's caches and site, untimed
        build(cli[v], work[v])
        build(cli[v], work[v])

    if args.kind == "issues in a row":
        return in_a_row(args, cli, work)
    runs = {"new": [], "base": []}
    for r in range(args.rounds):
        for v in (("base", "new") if r % 2 == 0 else ("new", "base")):
            undo = change(args.kind, work[v], args.size)
            subprocess.run(["sync"])
            runs[v].append(build(cli[v], work[v]))
            undo()
            if args.kind not in ("no change", "full build"):
                build(cli[v], work[v])
            print(v, json.dumps(runs[v][-1]), file=sys.stderr, flush=True)

    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    print(f"{args.kind} at {args.size:,} articles, {args.rounds} rounds taking turns; base {args.base}, new {head}")
    print()
    print("| median | base | new | new / base |")
    print("|---|---:|---:|---:|")
    keys = [k for k in runs["new"][0] if k in runs["base"][0]]
    for k in keys:
        old, new = statistics.median(x[k] for x in runs["base"]), statistics.median(x[k] for x in runs["new"])
        print(f"| {k} | {old:.3f} | {new:.3f} | {new / old:.2f} |" if old else f"| {k} | {old:.3f} | {new:.3f} | - |")
    print()
    for v in ("base", "new"):
        walls = ", ".join(f"{x['wall']:.2f}" for x in runs[v])
        print(f"{v} walls: {walls}")


def in_a_row(args, cli, work):
    """Issues added one after another, a build after each, as a librarian adds a week of papers; then all removed
    again. Shows what a one-off change costs among them (the search export folds its recent tier now and then)."""
    walls = {"new": [[] for _ in range(args.issues)], "base": [[] for _ in range(args.issues)]}
    written = {"new": [0] * args.issues, "base": [0] * args.issues}
    for r in range(args.rounds):
        for v in (("base", "new") if r % 2 == 0 else ("new", "base")):
            undo = []
            for i in range(args.issues):
                undo.append(b.add_next_issue(work[v], args.size))
                subprocess.run(["sync"])
                res = build(cli[v], work[v])
                walls[v][i].append(res["wall"])
                written[v][i] = res["written"]
                print(v, i, json.dumps(res), file=sys.stderr, flush=True)
            for u in reversed(undo):
                u()
            build(cli[v], work[v])
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    print(f"{args.issues} issues in a row at {args.size:,} articles, {args.rounds} passes taking turns; base {args.base}, new {head}")
    print()
    print("| issue | base wall (median) | files | new wall (median) | files |")
    print("|---:|---:|---:|---:|---:|")
    for i in range(args.issues):
        print(f"| {i + 1} | {statistics.median(walls['base'][i]):.2f} s | {written['base'][i]} | {statistics.median(walls['new'][i]):.2f} s | {written['new'][i]} |")
    for v in ("base", "new"):
        flat = [x for w in walls[v] for x in w]
        print(f"{v}: median {statistics.median(flat):.2f} s, mean {statistics.mean(flat):.2f} s, {sum(x > 5 for x in flat)} of {len(flat)} over 5 s")


if __name__ == "__main__":
    main()
