"""Driver for scripts/same-site.sh: this tree's site against REF's, byte for byte, clean and incremental.

Each side builds its own copy of the same input (so each has its own caches, as a librarian's would) with its own theme,
and both go through the same changes in the same order, the benchmark's (scripts/bench_build.py). After every build the
two sites are compared with `diff -r`. Standard library only."""
import argparse, os, shutil, subprocess, sys

sys.path.insert(0, os.path.dirname(__file__))
import bench_build as b  # noqa: E402

ROOT = b.ROOT
WORK = os.path.join(b.DATA, ".same-site")
LOCK = ["dnlock"] if shutil.which("dnlock") else []


def git(*args):
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def publish_ref(ref):
    """REF's CLI and theme, published once per commit from a temporary worktree (kept under bench-data/.same-site)."""
    sha = git("rev-parse", "--verify", ref + "^{commit}")
    keep = os.path.join(WORK, "ref-" + sha[:12])
    cli = os.path.join(keep, "cli", "NewsArchive.Cli.dll")
    if os.path.exists(os.path.join(keep, "done")):
        return sha, cli, os.path.join(keep, "theme")
    shutil.rmtree(keep, ignore_errors=True)
    tree = os.path.join(WORK, "tree-" + sha[:12])
    subprocess.run(["git", "worktree", "remove", "--force", tree], cwd=ROOT, check=False, capture_output=True)
    shutil.rmtree(tree, ignore_errors=True)
    git("worktree", "add", "--detach", tree, sha)
    try:
        print(f"publishing {ref} ({sha[:10]}) ...", file=sys.stderr, flush=True)
        subprocess.run(LOCK + [os.path.join(tree, "scripts", "newsarchive"), "--version"], check=True, capture_output=True)
        shutil.copytree(os.path.join(tree, ".tools", "newsarchive"), os.path.join(keep, "cli"))
        shutil.copytree(os.path.join(tree, "theme"), os.path.join(keep, "theme"))
        open(os.path.join(keep, "done"), "w").close()
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", tree], cwd=ROOT, check=False, capture_output=True)
    return sha, cli, os.path.join(keep, "theme")


def build(cli, work):
    """One incremental build of work/input into work/_site with work/theme: its exit code (0 or 1 both build a site),
    processor seconds (user + system) and peak resident memory in MB, as /usr/bin/time measures them."""
    cmd = LOCK + ["/usr/bin/time", "-f", "%U %S %M", "dotnet", cli, "build", "--offline", "--input", os.path.join(work, "input"),
                  "--output", os.path.join(work, "_site"), "--theme", os.path.join(work, "theme")]
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=work)
    if p.returncode not in (0, 1):
        sys.exit(f"build failed in {work} ({p.returncode}):\n{p.stdout[-2000:]}\n{p.stderr[-2000:]}")
    user, system, rss = p.stderr.strip().splitlines()[-1].split()
    return p.returncode, float(user) + float(system), int(rss) / 1024


def same(a, b_):
    """diff -r of the two sites: (True, "") or (False, the first lines of the difference)."""
    p = subprocess.run(["diff", "-r", "-q", os.path.join(a, "_site"), os.path.join(b_, "_site")], capture_output=True, text=True)
    if p.returncode == 0:
        return True, ""
    lines = (p.stdout + p.stderr).replace(WORK + os.sep, "").strip().splitlines()
    return False, f"{len(lines)} differences, e.g. " + "; ".join(lines[:3])


def prepare(name, input_dir, themes):
    """Two fresh copies (new, base) of one input, each with its side's theme; no site, no caches."""
    sides = {}
    for side, theme in themes.items():
        work = os.path.join(WORK, f"{name}-{side}")
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(input_dir, os.path.join(work, "input"), symlinks=True, ignore=shutil.ignore_patterns(".cache"))
        shutil.copytree(theme, os.path.join(work, "theme"))
        sides[side] = work
    return sides


def add_issue_to_both(sides, size):
    """The synthetic archive's next issue, made once and copied into both inputs; the undo removes both."""
    scratch = os.path.join(WORK, ".next-issue")
    shutil.rmtree(scratch, ignore_errors=True)
    out = subprocess.run(["dotnet", b.SYNTH, "--articles", str(size), "--out", scratch, "--next-issue"],
                         capture_output=True, text=True, check=True).stdout.strip()
    rel = os.path.relpath(out, os.path.join(scratch, "input"))
    targets = [os.path.join(w, "input", rel) for w in sides.values()]
    for t in targets:
        shutil.copytree(out, t)
    shutil.rmtree(scratch)
    return lambda: [shutil.rmtree(t) for t in targets]


def cases(size):
    """The benchmark's incremental cases, in order: (name, change applied to one side's folder, returning its undo), or
    a name with None for "undo everything made so far"."""
    return [
        ("no change", lambda w: (lambda: None)),
        ("add one issue", "issue"),
        ("correct one article", lambda w: b.edit_one_article(w)),
        ("change one template", lambda w: b.change_template(os.path.join(w, "theme"))),
        ("all undone", None),
    ]


def run_archive(name, input_dir, size, clis, themes, results):
    sides = prepare(name, input_dir, themes)

    def step(label):
        runs = {side: build(clis[side], work) for side, work in sides.items()}
        ok, why = same(sides["new"], sides["base"])
        if runs["new"][0] != runs["base"][0]:
            ok, why = False, f"exit codes differ: new {runs['new'][0]}, base {runs['base'][0]}. " + why
        results.append((name, label, ok, why))
        cost = "  ".join(f"{side} cpu {runs[side][1]:6.1f} s, {runs[side][2]:5.0f} MB" for side in ("base", "new"))
        print(f"{'same     ' if ok else 'DIFFERENT'}  {name:<14} {label:<22} {cost}  {why}", flush=True)

    step("clean build")
    undo = []
    for label, change in cases(size):
        if change is None:
            for u in reversed(undo):
                u()
            undo = []
        elif change == "issue":
            if size == 0:
                continue  # the sample archive has no next issue to add
            undo.append(add_issue_to_both(sides, size))
        else:
            undos = [change(w) for w in sides.values()]
            undo.append(lambda us=undos: [u() for u in us])
        step(label)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ref", help="the commit to compare with (a hash, a branch, HEAD~1)")
    ap.add_argument("--articles", type=int, default=1000, help="size of the synthetic archive (default 1,000)")
    ap.add_argument("--big", action="store_true", help="a synthetic archive of 10,000 articles")
    ap.add_argument("--keep", action="store_true", help="keep the built sites under bench-data/.same-site")
    ap.add_argument("--only", choices=["sample", "synth"], help="build only this archive")
    args = ap.parse_args()
    size = 10000 if args.big else args.articles
    os.makedirs(WORK, exist_ok=True)

    sha, ref_cli, ref_theme = publish_ref(args.ref)
    clis = {"new": b.CLI, "base": ref_cli}
    themes = {"new": os.path.join(ROOT, "theme"), "base": ref_theme}
    dirty = git("status", "--porcelain", "--untracked-files=no")
    head = git("rev-parse", "--short", "HEAD") + (" with uncommitted changes" if dirty else "")
    print(f"this tree ({head}) against {args.ref} ({sha[:10]}): sample archive and {size:,} synthetic articles")

    synth = os.path.join(b.DATA, f"synth-{size}")
    marker = os.path.join(synth, "synth.txt")
    want = f"synth --articles {size} --seed 42 --papers 4\n"
    if args.only != "sample" and not (os.path.exists(marker) and open(marker).read() == want):
        shutil.rmtree(synth, ignore_errors=True)
        subprocess.run(["dotnet", b.SYNTH, "--articles", str(size), "--out", synth], check=True, capture_output=True)

    results = []
    if args.only != "synth":
        run_archive("sample", os.path.join(ROOT, "input"), 0, clis, themes, results)
    if args.only != "sample":
        run_archive(f"synth-{size}", os.path.join(synth, "input"), size, clis, themes, results)
    if not args.keep:
        for name in ("sample", f"synth-{size}"):
            for side in ("new", "base"):
                shutil.rmtree(os.path.join(WORK, f"{name}-{side}"), ignore_errors=True)

    bad = [r for r in results if not r[2]]
    print()
    if bad:
        print(f"VERDICT: DIFFERENT in {len(bad)} of {len(results)} builds: " + ", ".join(f"{n} / {l}" for n, l, _, _ in bad))
        sys.exit(1)
    print(f"VERDICT: byte-identical in all {len(results)} builds (clean and incremental, sample and {size:,} synthetic articles)")


if __name__ == "__main__":
    main()
