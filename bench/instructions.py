"""Extraction's cost in CPU instructions, this tree against a git revision: an A/B that noise cannot blur.

``python -m bench.instructions [--base REV] [--n 300]``

On a shared machine two timings of the same build differ by 15 % or more, so a change
worth 5 % cannot be seen in articles/s. Valgrind's callgrind counts the instructions a
run executes, which does not depend on what else the machine is doing. Each tree is run
twice under callgrind: once extracting ``n`` warm-up articles, once extracting those and
``n`` fresh ones; the difference over ``n`` is the instructions an article of
``extract_events`` costs with warm caches but unseen sentences. Both trees run in
parallel (two cores); each pair takes about four minutes at the default ``n``.

Before counting, both trees extract the same 3,000 articles plus every annotated set in
``tests/`` without valgrind, and the script says whether their events are identical: a
speed change should not change a single event.

Needs ``valgrind`` (Debian: ``apt-get install valgrind``). Instructions are not time (a
cache miss costs more than an add), so confirm a large change with ``python -m bench``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Run inside a tree (its own ``worker`` package first on the path): extract and report.
_CHILD = r"""
import hashlib, json, sys
from pathlib import Path
root, mode, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, root)
from worker.articles.model import Article
from worker.corpus import iter_generate
from worker.extraction.extractor import extract_events
import worker.extraction.extractor as ex
assert ex.__file__.startswith(root), ex.__file__
fields = ("id", "title", "text", "published", "source", "url")
if mode == "events":
    articles = [Article(**a) for a, _ in iter_generate(3000, 11)]
    for path in sorted(Path(root, "tests").glob("*/articles.jsonl")):
        for line in path.read_text().splitlines():
            d = json.loads(line)
            articles.append(Article(**{k: d[k] for k in fields if k in d}))
    digest = hashlib.sha256("\n".join(repr(extract_events(a)) for a in articles).encode()).hexdigest()
    print(len(articles), digest)
else:
    articles = [Article(**a) for a, _ in iter_generate(2 * n, 11)]
    for a in articles[:n]:
        extract_events(a)
    if mode == "both":
        for a in articles[n:]:
            extract_events(a)
"""

_COLLECTED = re.compile(r"Collected : (\d+)")


#: A fixed hash seed: set and dict orders, and so the instructions counted, repeat run to run.
_ENV = {**os.environ, "PYTHONHASHSEED": "0"}


def _events(python: str, root: Path) -> str:
    out = subprocess.run([python, "-c", _CHILD, str(root), "events", "0"], capture_output=True, text=True,
                         check=True, env=_ENV)
    return out.stdout.strip()


def _instructions(python: str, root: Path, mode: str, n: int) -> int:
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          python, "-c", _CHILD, str(root), mode, str(n)], capture_output=True, text=True, check=True,
                         env=_ENV)
    found = _COLLECTED.search(out.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{out.stderr[-2000:]}")
    return int(found.group(1))


def per_article(python: str, root: Path, n: int) -> float:
    """Instructions an article of ``extract_events`` costs in ``root`` (see the module docstring)."""
    with ThreadPoolExecutor(2) as pool:
        warm, both = pool.map(lambda mode: _instructions(python, root, mode, n), ("warm", "both"))
    return (both - warm) / n


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.instructions", description=__doc__.split("\n\n")[0])
    p.add_argument("--base", default="HEAD", help="git revision to compare with (default HEAD)")
    p.add_argument("--n", type=int, default=300, help="fresh articles counted (default 300)")
    p.add_argument("--json", type=Path, help="also write the figures here")
    args = p.parse_args(argv)
    if shutil.which("valgrind") is None:
        p.error("valgrind is not installed (apt-get install valgrind)")
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="bench-base-") as tmp:
        base = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(base), args.base],
                       check=True)
        try:
            same = _events(python, base) == _events(python, ROOT)
            print(f"events on the same articles: {'identical' if same else 'DIFFERENT'}", flush=True)
            base_ir = per_article(python, base, args.n)
            print(f"{args.base}: {base_ir:,.0f} instructions/article", flush=True)
            this_ir = per_article(python, ROOT, args.n)
            print(f"this tree: {this_ir:,.0f} instructions/article ({100 * (this_ir / base_ir - 1):+.1f} %)")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=False)
    if args.json:
        args.json.write_text(json.dumps({"base": args.base, "n": args.n, "base_instructions": base_ir,
                                         "instructions": this_ir, "same_events": same}, indent=1))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
