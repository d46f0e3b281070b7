"""Measured precision/recall of the duplicate rules on hand-written and generated cases.

Run as a script (``PYTHONPATH=. .venv/bin/python tests/test_dedupe_measure.py``) to print the
similarity distributions and the precision/recall table that the thresholds in
``worker/dedupe/index.py`` were chosen from; run under pytest to hold the line.

Cases: the five seeds and eight articles written for this purpose
(``tests/dedupe_cases``: three events each reported by two outlets in their
own words, sharing names, places and quotes; two CENTCOM-style releases built
on the same template), plus short (< 50 words) items, again in pairs on one
event. Positives are republications generated from each base text: new
headline, quote/dash style, boilerplate added, boilerplate cut, a paragraph
dropped, two paragraphs cut off the end, adjacent paragraphs swapped, 3/6/10
words changed, and a combination. Negatives are every pair of distinct base
texts (the hard ones: same event, other outlet; same template, other event).
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from pathlib import Path

from worker.articles.model import Article
from worker.articles.sources import read_paths
from worker.dedupe import DedupeIndex, DedupeState, fingerprint, is_near, minhash

ROOT = Path(__file__).resolve().parent
CASES = ROOT / "dedupe_cases"
SEEDS = ROOT.parent / "seeds"

BOILER_HEAD = "By Staff Reporter | Updated 14:32 GMT | 4 min read"
BOILER_TAIL = [
    "This article was originally published by our partner agency and is republished with permission.",
    "Subscribe to our daily newsletter for the latest security news from the Middle East and Africa.",
    "Follow us on X and Telegram. Copyright 2024, all rights reserved.",
]
SWAPS = [
    "officials", "soldiers", "Monday", "northern", "several", "reported", "leader", "region", "group",
    "attack", "village", "military", "said", "forces", "killed", "local", "security", "province",
]


@dataclass(frozen=True)
class Case:
    base: str  # id of the base text
    name: str  # id of this text
    article: Article
    variant: str  # "base" or the kind of republication


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def _change_words(text: str, count: int, rng: random.Random) -> str:
    words = text.split(" ")
    slots = [i for i, w in enumerate(words) if w.isalpha() and len(w) > 3]
    for i in rng.sample(slots, min(count, len(slots))):
        words[i] = rng.choice([s for s in SWAPS if s != words[i]])
    return " ".join(words)


def base_articles() -> list[Article]:
    """Long base texts: the seeds and the hand-written articles (title on the first line)."""
    out = [Article(**row) for row in read_paths([SEEDS])]
    for path in sorted(CASES.glob("*.txt")):
        if path.name == "short.txt":
            continue
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        out.append(Article(id=path.stem, text=body.strip(), title=title.strip()))
    return out


def short_articles() -> list[Article]:
    rows = (CASES / "short.txt").read_text(encoding="utf-8").splitlines()
    return [Article(id=i, text=t) for i, t in (r.split("|", 1) for r in rows if r.strip())]


def _case(base: Article, kind: str, text: str, title: str) -> Case:
    name = f"{base.id}~{kind}"
    return Case(base.id, name, Article(id=name, text=text, title=title), kind)


def variants(base: Article, rng: random.Random) -> list[Case]:
    """Republications of ``base`` (all are duplicates of it)."""
    paras = _paragraphs(base.text)
    out: dict[str, str] = {"headline": base.text}
    out["quotes"] = (
        base.text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
        .replace(" \u2014 ", " - ").replace("\u2013", "-").replace("\n", "\n\n")
    )
    out["boiler_add"] = "\n".join([BOILER_HEAD, *paras, *BOILER_TAIL])
    if len(paras) >= 4:
        shortest = min(range(1, len(paras)), key=lambda i: len(paras[i]))
        out["boiler_cut"] = "\n".join(p for i, p in enumerate(paras) if i != shortest)
        drop = rng.randrange(1, len(paras) - 1)
        out["para_drop"] = "\n".join(p for i, p in enumerate(paras) if i != drop)
        out["trunc2"] = "\n".join(paras[:-2])
        swap = rng.randrange(1, len(paras) - 2)
        swapped = paras[:]
        swapped[swap], swapped[swap + 1] = swapped[swap + 1], swapped[swap]
        out["para_swap"] = "\n".join(swapped)
        combo = [p for i, p in enumerate(paras) if i != drop]
        out["combo"] = _change_words("\n".join([BOILER_HEAD, *combo, BOILER_TAIL[0]]), 4, rng)
    for k in (3, 6, 10):
        out[f"words{k}"] = _change_words(base.text, k, rng)
    return [_case(base, kind, text, "New headline") for kind, text in out.items()]


def short_variants(base: Article, rng: random.Random) -> list[Case]:
    out = {
        "headline": base.text,
        "words1": _change_words(base.text, 1, rng),
        "words2": _change_words(base.text, 2, rng),
        "boiler_add": base.text + " Reporting by our correspondent; editing by the news desk.",
    }
    return [_case(base, kind, text, "Brief") for kind, text in out.items()]


def all_cases(seed: int = 7) -> tuple[list[Article], list[Case]]:
    rng = random.Random(seed)
    bases = base_articles() + short_articles()
    cases: list[Case] = []
    for b in bases:
        cases += (short_variants if len(b.text.split()) < 50 else variants)(b, rng)
    return bases, cases


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def pair_scores(seed: int = 7) -> tuple[Score, list[tuple[str, str, float, float, bool]]]:
    """Pair-level decision (``is_near`` on estimated J, or equal exact keys) for every labelled pair."""
    bases, cases = all_cases(seed)
    fps = {a.id: fingerprint(a) for a in bases}
    fps.update({c.name: fingerprint(c.article) for c in cases})
    pairs = [(c.base, c.name, True) for c in cases]
    pairs += [(a.id, b.id, False) for a, b in itertools.combinations(bases, 2)]
    score, rows = Score(), []
    for x, y, label in pairs:
        fx, fy = fps[x], fps[y]
        j = minhash.jaccard(fx.signature(), fy.signature())
        near, c = is_near(j, fx.size, fy.size, fx.words, fy.words)
        said = near or fx.exact == fy.exact
        rows.append((x, y, j, c, label))
        if said and label:
            score.tp += 1
        elif said:
            score.fp += 1
        elif label:
            score.fn += 1
        else:
            score.tn += 1
    return score, rows


def stream_scores(seed: int = 7) -> tuple[Score, list[str]]:
    """End to end through DedupeIndex (LSH candidates included): bases first, then variants."""
    bases, cases = all_cases(seed)
    index = DedupeIndex(DedupeState.in_memory())
    score, errors = Score(), []
    for t, a in enumerate(bases):
        v = index.check_and_add(a.id, fingerprint(a), float(t))
        if v.kind is None:
            score.tn += 1
        else:
            score.fp += 1
            errors.append(f"base {a.id} -> {v}")
    for t, c in enumerate(cases, start=len(bases)):
        v = index.check_and_add(c.name, fingerprint(c.article), float(t))
        if v.is_duplicate and v.duplicate_of == c.base:
            score.tp += 1
        else:
            score.fn += 1
            if v.is_duplicate:
                score.fp += 1
            errors.append(f"{c.name} -> {v}")
    return score, errors


def test_pairwise_precision_recall() -> None:
    for seed in (7, 11, 23):
        score, _ = pair_scores(seed)
        assert score.precision == 1.0, (seed, score)
        assert score.recall >= 0.97, (seed, score)


def test_stream_precision_recall() -> None:
    for seed in (7, 11):
        score, errors = stream_scores(seed)
        assert score.f1 >= 0.97, (seed, score, errors)
        assert score.fp == 0, errors


def main() -> None:
    score, rows = pair_scores()
    by_kind: dict[str, list[float]] = {}
    for x, y, j, c, label in rows:
        short_pair = x.startswith("s") and y.startswith("s")
        kind = y.split("~")[1] if label else ("neg-short" if short_pair else "neg")
        by_kind.setdefault(kind, []).append((j, c))
    print(f"{'kind':12} {'n':>4} {'J min':>6} {'J max':>6} {'C min':>6} {'C max':>6}")
    for kind, vals in sorted(by_kind.items()):
        js, cs = [v[0] for v in vals], [v[1] for v in vals]
        print(f"{kind:12} {len(vals):4} {min(js):6.2f} {max(js):6.2f} {min(cs):6.2f} {max(cs):6.2f}")
    print("hardest negatives:")
    for x, y, j, c, _ in sorted((r for r in rows if not r[4]), key=lambda r: -r[3])[:8]:
        print(f"  {x} vs {y}: J={j:.2f} C={c:.2f}")
    print("weakest positives:")
    for _, y, j, c, _ in sorted((r for r in rows if r[4]), key=lambda r: r[3])[:8]:
        print(f"  {y}: J={j:.2f} C={c:.2f}")
    print(f"pairs: P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f} {score}")
    for seed in (7, 11, 23):
        s, errors = stream_scores(seed)
        print(f"stream seed {seed}: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} {s}")
        print(*(f"  missed {e}" for e in errors), sep="\n")


if __name__ == "__main__":  # PYTHONPATH=. .venv/bin/python tests/test_dedupe_measure.py
    main()
