"""worker.evaluation must give exactly the figures of shared/eval/score.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from worker.evaluation import format_scores, score

SHARED = Path("/work/shared/eval/score.py")

GOLD = [
    {"id": "a", "duplicate_of": None, "leaders": [
        {"name": "Abu al-Hassan al-Hashimi al-Qurayshi", "aliases": [], "outcome": "killed",
         "country": "Syria", "admin1": "Daraa"},
        {"name": "Hani Ahmed al-Kurdi", "aliases": ["Salim"], "outcome": "captured", "country": "Syria",
         "admin1": None},
        {"name": "Abu Omar al-Muhajir", "aliases": [], "outcome": "mentioned", "country": None, "admin1": None}]},
    {"id": "b", "duplicate_of": "a", "leaders": []},
    {"id": "c", "duplicate_of": None, "leaders": [
        {"name": "Anas", "aliases": [], "outcome": "killed", "country": "Syria", "admin1": None}]},
    {"id": "d", "duplicate_of": None, "leaders": []},
]
PRED = [
    {"article_id": "a", "duplicate_of": None, "events": [
        {"leader": "Abu al-Hasan al-Hashimi al-Qurashi", "aliases": [], "outcome": "killed", "country": "Syria",
         "admin1": "Deir ez-Zor"},
        {"leader": "Salim", "aliases": [], "outcome": "killed", "country": "Syria", "admin1": "Idlib"},
        {"leader": "Joe Buccino", "aliases": [], "outcome": "mentioned", "country": None, "admin1": None}]},
    {"article_id": "b", "duplicate_of": "c", "events": []},
    {"article_id": "d", "duplicate_of": None, "events": [
        {"leader": "Maher al-Agal", "aliases": [], "outcome": "wounded", "country": "Syria", "admin1": None}]},
]


def test_hand_made_case() -> None:
    metrics, missing = score(GOLD, PRED)
    assert missing == ["c"]
    assert metrics["persons"]["tp"] == 2 and metrics["persons"]["fp"] == 2 and metrics["persons"]["fn"] == 2
    assert metrics["outcomes"]["tp"] == 1 and metrics["outcomes"]["fn"] == 2
    assert metrics["admin1"]["tp"] == 0
    assert metrics["duplicates"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 1, "fn": 1}
    table = format_scores(metrics, missing)
    assert table.splitlines()[0].startswith("metric") and "no prediction for 1 article(s): c" in table


@pytest.mark.skipif(not SHARED.exists(), reason="shared scorer not present")
def test_same_figures_as_shared_scorer() -> None:
    spec = importlib.util.spec_from_file_location("shared_score", SHARED)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert score(GOLD, PRED) == mod.score(GOLD, PRED)
    swapped = [{"article_id": g["id"], "duplicate_of": g["duplicate_of"],
                "events": [{"leader": x["name"], **x} for x in g["leaders"]]} for g in GOLD]
    assert score(GOLD, swapped) == mod.score(GOLD, swapped)


def test_missing_article_id_is_an_error() -> None:
    with pytest.raises(ValueError):
        score(GOLD, [{"events": []}])
