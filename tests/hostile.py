"""Hostile input for the worker: messages built to be rejected, or to make it work hard.

``bad_messages()`` are invalid articles, each with the reason the worker must give when it
dead-letters them; ``hard_articles()`` are valid articles written to stress the extractor
(backtracking bait, huge repetition), which must be processed like any other, in bounded time.
"""

from __future__ import annotations

from typing import Any

import orjson

#: (key, value, expected dead-letter reason)
BadMessage = tuple[bytes, bytes | None, str]


def big_text(size: int) -> bytes:
    """A syntactically valid article of about ``size`` bytes (over any sane limit)."""
    return orjson.dumps({"id": f"huge-{size}", "text": "Forces killed Abu Bakr al-Test near Raqqa. " * (size // 43)})


def bad_messages(big_size: int, conflict_id: str) -> list[BadMessage]:
    """Invalid messages; ``conflict_id`` must be the id of a good article sent before them."""
    nested_in_article = b'{"id": "nest-2", "text": "x", "extra": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    return [
        (b"bad-empty", b"", "empty"),
        (b"bad-null", None, "empty"),  # a tombstone: no value at all
        (b"bad-blank", b"   \n\t ", "empty"),
        (b"bad-text", b"this is not json", "not_json"),
        (b"bad-trunc", b'{"id": "t1", "text": "cut off', "not_json"),
        (b"bad-array", b'["an", "array"]', "not_object"),
        (b"bad-number", b"42", "not_object"),
        (b"bad-string", b'"just a string"', "not_object"),
        (b"bad-notext", b'{"id": "m1"}', "missing_field"),
        (b"bad-noid", b'{"text": "no id here"}', "missing_field"),
        (b"bad-idtype", b'{"id": 7, "text": "numbers are not ids"}', "wrong_type"),
        (b"bad-texttype", b'{"id": "w2", "text": ["a", "list"]}', "wrong_type"),
        (b"bad-utf8", b'{"id": "u1", "text": "\xff\xfe broken"}', "not_utf8"),
        (b"bad-surrogate", b'{"id": "u2", "text": "\xed\xa0\x80 lone surrogate"}', "not_utf8"),
        (b"bad-huge", big_text(big_size), "too_large"),
        (b"bad-deep", b"[" * 5000 + b"]" * 5000, "not_json"),
        (b"bad-deep-obj", nested_in_article, "not_json"),
        (b"bad-bell", orjson.dumps({"id": "c1", "text": "bell \x07 in text"}), "control_characters"),
        (b"bad-nul", orjson.dumps({"id": "c2", "text": "nul \x00 in text"}), "control_characters"),
        (b"bad-date", orjson.dumps({"id": "d1", "text": "fine", "published": "yesterday"}), "bad_value"),
        (conflict_id.encode(), orjson.dumps({"id": conflict_id, "text": "An unrelated text that reuses the id "
                                             "of an article sent before it: weather report, sunny and warm."}),
         "id_conflict"),
    ]


def hard_articles() -> list[dict[str, Any]]:
    """Valid articles meant to make regular expressions backtrack or the extractor loop."""
    return [
        {"id": "hard-abu", "text": "Abu " * 20_000 + "killed."},
        {"id": "hard-caps", "text": " ".join(["Al-Baghdadi Bin Abu Al-Qurashi"] * 3000) + " was killed in Raqqa."},
        {"id": "hard-nospace", "text": "a" * 200_000 + "!"},
        {"id": "hard-hyphens", "text": "al-" * 60_000 + "Masri was captured."},
        {"id": "hard-punct", "text": ("(((" * 20_000) + " killed " + (")))" * 20_000)},
        {"id": "hard-sentence", "text": ("ISIS leader killed in strike in Syria, " * 8000).strip()},
        {"id": "hard-numbers", "text": "On 2019-10-27 " * 10_000 + "forces killed the leader."},
        {"id": "hard-unicode", "text": "قتل أبو بكر البغدادي " * 5000 + "Abu Bakr al-Baghdadi was killed. 😀" * 50},
    ]
