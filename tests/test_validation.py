"""worker.articles.validation: every kind of bad input gets its reason; good input passes."""

from __future__ import annotations

import orjson
import pytest

from worker.articles.model import Article
from worker.articles.validation import REASONS, Rejection, validate_bytes

LIMIT = 10_000


def good(**fields) -> bytes:
    return orjson.dumps({"id": "a1", "text": "ISIS official killed in Syria.", **fields})


@pytest.mark.parametrize(("raw", "reason"), [
    (None, "empty"),
    (b"", "empty"),
    (b"   \n", "empty"),
    (b"x" * (LIMIT + 1), "too_large"),
    (b'{"id": "a", "text": "caf\xe9"}', "not_utf8"),
    (b"not json", "not_json"),
    (b'{"id": "a", "text": ', "not_json"),
    (b"[" * 3000 + b"]" * 3000, "not_json"),
    (b'["id", "text"]', "not_object"),
    (b'"a string"', "not_object"),
    (b'{"text": "no id"}', "missing_field"),
    (b'{"id": "a"}', "missing_field"),
    (b'{"id": "a", "text": null}', "missing_field"),
    (b'{"id": "  ", "text": "blank id"}', "missing_field"),
    (b'{"id": 12, "text": "x"}', "wrong_type"),
    (b'{"id": "a", "text": ["x"]}', "wrong_type"),
    (b'{"id": "a", "text": "x", "title": 5}', "wrong_type"),
    (b'{"id": "a", "text": "x", "published": "12/12/2022"}', "bad_value"),
    (b'{"id": "a", "text": "x", "published": "2022-02-30"}', "bad_value"),
    (orjson.dumps({"id": "a" * 201, "text": "x"}), "bad_value"),
    (orjson.dumps({"id": "a\nb", "text": "x"}), "control_characters"),
    (orjson.dumps({"id": "a", "text": "nul \x00 byte"}), "control_characters"),
])
def test_bad_input_is_rejected_with_its_reason(raw, reason):
    result = validate_bytes(raw, LIMIT)
    assert isinstance(result, Rejection)
    assert result.reason == reason
    assert result.detail


def test_a_valid_article_comes_back_with_its_fields():
    result = validate_bytes(good(title="T", published="2023-01-23", source="s"), LIMIT)
    assert result == Article(id="a1", text="ISIS official killed in Syria.", title="T",
                             published="2023-01-23", source="s")


def test_white_space_control_characters_are_text_not_garbage():
    assert isinstance(validate_bytes(good(text="line\nnext\ttab\r\n"), LIMIT), Article)


def test_empty_optional_fields_become_null():
    result = validate_bytes(good(title="", published="", source=""), LIMIT)
    assert isinstance(result, Article)
    assert (result.title, result.published, result.source) == (None, None, None)


def test_unknown_reasons_cannot_be_made():
    with pytest.raises(ValueError):
        Rejection("mystery", "x")
    assert len(set(REASONS)) == len(REASONS)
