"""Error listing for the extraction engine: per article, the persons and outcomes it
misses (FN) or invents (FP) against a gold file, with the evidence sentence.

    .venv/bin/python -m tests.devset.errors tests/heldout [--only persons|outcomes|places]

The directory holds ``articles.jsonl`` and ``gold.jsonl``; duplicates are skipped (dedupe's job).
Also: ``summary(dir)`` returns the scorer's metrics, for tests.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from worker.articles.model import Article
from worker.evaluation import score
from worker.extraction import extract_events

SEVERE = ("killed", "captured", "wounded")


def _load(d: Path) -> tuple[list[dict], list[dict]]:
    rows = [json.loads(x) for x in (d / "articles.jsonl").read_text().splitlines() if x.strip()]
    gold = [json.loads(x) for x in (d / "gold.jsonl").read_text().splitlines() if x.strip()]
    dups = {g["id"] for g in gold if g.get("duplicate_of")}
    return [r for r in rows if r["id"] not in dups], [g for g in gold if g["id"] not in dups]


def predict(rows: list[dict]) -> list[dict]:
    fields = {"id", "text", "title", "published", "source"}
    return [{"article_id": a["id"], "duplicate_of": None,
             "events": [e.to_dict() for e in extract_events(Article(**{k: v for k, v in a.items() if k in fields}))]}
            for a in rows]


def summary(d: str | Path) -> dict[str, dict]:
    rows, gold = _load(Path(d))
    metrics, _ = score(gold, predict(rows))
    return metrics


def main(argv: list[str]) -> None:
    sys.path.insert(0, "/work/shared/eval")
    import score as scorer  # the reference scorer's alignment

    d = Path(argv[0])
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    rows, gold = _load(d)
    preds = {p["article_id"]: p for p in predict(rows)}
    for g in gold:
        evs = preds[g["id"]]["events"]
        pairs = scorer.align(g["leaders"], evs)
        gof = dict(pairs)
        pog = {pi: gi for gi, pi in pairs}
        lines = []
        for gi, gp in enumerate(g["leaders"]):
            pi = gof.get(gi)
            if pi is None:
                if only in (None, "persons"):
                    where = gp.get("admin1") or gp.get("country")
                    lines.append(f"  FN person  {gp['name']!r} ({gp['outcome']}, {where})")
                continue
            e = evs[pi]
            if e["outcome"] != gp["outcome"] and only in (None, "outcomes"):
                lines.append(f"  OUTCOME    {gp['name']!r}: gold {gp['outcome']} pred {e['outcome']}"
                             f"\n             ev: {e['evidence'][:200]!r}")
            elif gp["outcome"] in SEVERE and only in (None, "places") and (
                    (gp.get("country") and e.get("country") != gp["country"])
                    or (gp.get("admin1") and (e.get("admin1") or "") != gp["admin1"])):
                lines.append(f"  PLACE      {gp['name']!r}: gold {gp.get('country')}/{gp.get('admin1')} "
                             f"pred {e.get('country')}/{e.get('admin1')}\n             ev: {e['evidence'][:200]!r}")
        for pi, e in enumerate(evs):
            if pi not in pog and only in (None, "persons"):
                lines.append(f"  FP person  {e['leader']!r} ({e['outcome']}) role={e['role']!r}"
                             f"\n             ev: {e['evidence'][:200]!r}")
        if lines:
            print(g["id"])
            print("\n".join(lines))
    m = score(gold, list(preds.values()))[0]
    print({k: round(v["f1"], 3) for k, v in m.items() if k != "duplicates"})


if __name__ == "__main__":
    main(sys.argv[1:])
