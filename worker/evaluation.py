"""Score extraction output against a gold file: a faithful port of ``shared/eval/score.py``.

The repository cannot import from ``../shared`` at run time, so the scorer's logic lives
here too and must give the same figures: per article, predicted persons are matched
one-to-one to gold persons by name (case, diacritics, hyphens, particles and
transliteration folded; aliases count), then precision/recall/F1 are computed for
persons, outcomes, countries, admin1 and duplicates. ``worker evaluate`` prints
:func:`format_scores` of :func:`score`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

SEVERE = ("killed", "captured", "wounded")
PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "ul", "bin", "ibn", "abu", "abou", "abd",
                       "abdul", "abdel", "abdal", "the"})
METRICS = ("persons", "outcomes", "countries", "admin1", "duplicates")


def fold(name: str) -> list[str]:
    """Lower-case ASCII tokens, with apostrophes and hyphens gone."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[\u2018\u2019\u02bc\u02bb'`\u00b4]", "", s.lower())
    return re.sub(r"[^a-z0-9]+", " ", s).split()


def skeleton(token: str) -> str:
    """First letter, first vowel (o~u, e~i) and the consonants after it (as the scorer)."""
    t = re.sub(r"([aeiou])h$", r"\1", re.sub(r"(.)\1+", r"\1", token))
    t = t.replace("o", "u").replace("e", "i")
    if len(t) <= 4:
        return t
    vowel = next((c for c in t[1:] if c in "aiu"), "")
    return t[0] + vowel + re.sub(r"[aiuyw]", "", t[1:])


def core(name: str) -> tuple[str, ...]:
    toks = [t for t in fold(name) if t not in PARTICLES]
    return tuple(skeleton(t) for t in toks if t)


def names_match(a_forms: Iterable[str], b_forms: Iterable[str], loose: bool = True) -> bool:
    """Some form of a and some form of b name the same person (exact core, or a shorter
    core inside a longer one with a lone part first or last)."""
    b_list = list(b_forms)
    for a in a_forms:
        for b in b_list:
            ca, cb = core(a), core(b)
            if not ca or not cb:
                continue
            if ca == cb:
                return True
            if not loose:
                continue
            small, big = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
            if set(small) <= set(big) and (len(small) >= 2 or small[0] in (big[0], big[-1])):
                return True
    return False


class _PRF:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def row(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def align(golds: list[dict[str, Any]], preds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one match of predicted events to gold persons: exact first, then loose."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for loose in (False, True):
        for pi, p in enumerate(preds):
            if pi in used_p:
                continue
            pforms = [p.get("leader") or ""] + list(p.get("aliases") or [])
            for gi, g in enumerate(golds):
                if gi not in used_g and names_match(pforms, [g["name"]] + list(g.get("aliases") or []), loose):
                    pairs.append((gi, pi))
                    used_g.add(gi)
                    used_p.add(pi)
                    break
    return pairs


def norm_place(x: str | None) -> str | None:
    return " ".join(fold(x)) if x else None


def score(gold_rows: list[dict[str, Any]], pred_rows: list[dict[str, Any]]) -> tuple[dict[str, dict], list[str]]:
    """Metrics per kind and the ids of gold articles with no prediction.

    Raises ValueError where a prediction has no ``article_id`` (the scorer exits).
    """
    by_id: dict[str, dict[str, Any]] = {}
    for row in pred_rows:
        aid = row.get("article_id")
        if aid is None:
            raise ValueError("a prediction line has no article_id")
        by_id[aid] = row
    m = {k: _PRF() for k in METRICS}
    missing: list[str] = []
    for g in gold_rows:
        p = by_id.get(g["id"])
        if p is None:
            missing.append(g["id"])
            p = {"duplicate_of": None, "events": []}
        gdup, pdup = g.get("duplicate_of"), p.get("duplicate_of")
        if gdup and pdup:
            m["duplicates"].tp += pdup == gdup
            m["duplicates"].fp += pdup != gdup
            m["duplicates"].fn += pdup != gdup
        elif gdup:
            m["duplicates"].fn += 1
        elif pdup:
            m["duplicates"].fp += 1
        if gdup:
            continue  # a duplicate's persons are scored on its original
        golds = g["leaders"]
        preds = [e for e in (p.get("events") or []) if isinstance(e, dict)]
        pairs = align(golds, preds)
        m["persons"].tp += len(pairs)
        m["persons"].fp += len(preds) - len(pairs)
        m["persons"].fn += len(golds) - len(pairs)
        gof = dict(pairs)
        pog = {pi: gi for gi, pi in pairs}
        for key, fld in (("outcomes", None), ("countries", "country"), ("admin1", "admin1")):
            for gi, gp in enumerate(golds):
                if gp["outcome"] not in SEVERE or (fld and not gp.get(fld)):
                    continue
                pi = gof.get(gi)
                ok = pi is not None and preds[pi].get("outcome") == gp["outcome"] and \
                    (fld is None or norm_place(preds[pi].get(fld)) == norm_place(gp[fld]))
                if ok:
                    m[key].tp += 1
                else:
                    m[key].fn += 1
            for pi, pp in enumerate(preds):
                if pp.get("outcome") not in SEVERE or (fld and not pp.get(fld)):
                    continue
                gi = pog.get(pi)
                if gi is None:
                    m[key].fp += 1
                    continue
                gp = golds[gi]
                if fld and not gp.get(fld):
                    continue  # gold does not say: no judgement
                ok = pp.get("outcome") == gp["outcome"] and \
                    (fld is None or norm_place(pp.get(fld)) == norm_place(gp[fld]))
                if not ok:
                    m[key].fp += 1
    return {k: v.row() for k, v in m.items()}, missing


def format_scores(metrics: dict[str, dict], missing: list[str] | None = None) -> str:
    """The scorer's table (and its note on missing predictions)."""
    lines = [f"{'metric':<11} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
    for k, v in metrics.items():
        lines.append(f"{k:<11} {v['precision']:>6.3f} {v['recall']:>6.3f} {v['f1']:>6.3f}   "
                     f"{v['tp']}/{v['fp']}/{v['fn']}")
    if missing:
        lines.append(f"no prediction for {len(missing)} article(s): {', '.join(missing[:10])}")
    return "\n".join(lines)
