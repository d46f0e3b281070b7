"""worker.articles.sources: seed files and .jsonl become the contract's article objects."""

from __future__ import annotations

import orjson
import pytest

from tests.harness import SEEDS
from worker.articles.sources import SourceError, parse_seed_text, read_paths


def test_date_prefix_gives_published_and_is_not_text():
    article = parse_seed_text(" date 2022-12-12 WASHINGTON – Forces killed two.\n\nMore.", "s1")
    assert article["published"] == "2022-12-12"
    assert article["text"].startswith("WASHINGTON")
    assert article["title"] is None


def test_short_first_line_without_period_is_the_title():
    article = parse_seed_text("US Kills Two ISIS Leaders\n\nA strike killed two men.\n", "s2")
    assert article["title"] == "US Kills Two ISIS Leaders"
    assert article["text"] == "A strike killed two men."


def test_first_sentence_is_not_mistaken_for_a_title():
    article = parse_seed_text("A strike killed two men in Syria.\nMore text here.", "s3")
    assert article["title"] is None


def test_trailing_boilerplate_is_dropped():
    article = parse_seed_text("Body text.\n\nShare.\nExit mobile version\n\nScroll to Top\n", "s4")
    assert article["text"] == "Body text."


def test_seed_folder_reads_every_seed_in_order():
    articles = list(read_paths([SEEDS]))
    assert [a["id"] for a in articles] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert all(a["text"] and not a["text"].endswith(("Share.", "Scroll to Top")) for a in articles)


def test_jsonl_rows_are_read_and_bad_lines_are_errors(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(orjson.dumps({"id": "j1", "text": "t"}) + b"\n\n" + orjson.dumps({"id": "j2", "text": "u"}))
    assert [a["id"] for a in read_paths([path])] == ["j1", "j2"]
    path.write_bytes(b'{"id": "j1", "text": "t"}\nnot json\n')
    with pytest.raises(SourceError, match=":2: not JSON"):
        list(read_paths([path]))


def test_missing_path_and_unknown_extension_are_errors(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        list(read_paths([tmp_path / "nope"]))
    (tmp_path / "x.csv").write_text("a,b")
    with pytest.raises(SourceError, match="expected a .txt"):
        list(read_paths([tmp_path / "x.csv"]))


def test_a_folder_without_article_files_is_an_error_not_zero_articles(tmp_path):
    (tmp_path / "one.json").write_text('{"id": "a", "text": "x"}')  # .json, not .jsonl
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "two.txt").write_text("A strike killed two men.")  # sub-folders are not read
    with pytest.raises(SourceError, match="no .txt or .jsonl file"):
        list(read_paths([tmp_path]))
    (tmp_path / "three.jsonl").write_text('{"id": "c", "text": "y"}\n')
    assert [a["id"] for a in read_paths([tmp_path])] == ["c"]
