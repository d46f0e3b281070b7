"""Decide whether a message on the input topic is a valid article.

A message is raw bytes from anyone; this is the only place that trusts nothing. It
returns either an :class:`Article` or a :class:`Rejection` whose ``reason`` is one of a
small fixed set (used as a metric label and a dead-letter header) and whose
``detail`` says in words what was wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import orjson

from worker.articles.model import Article

#: Every reason a message can be rejected for; metric labels are drawn only from these.
REASONS: tuple[str, ...] = (
    "empty",
    "too_large",
    "not_utf8",
    "not_json",
    "not_object",
    "missing_field",
    "wrong_type",
    "bad_value",
    "control_characters",
    "id_conflict",        # set by dedupe: same id seen before with a different text
    "processing_error",   # set by the agents: a bug or an unexpected failure, never silent
)

MAX_ID_CHARS = 200
_CONTROL_IN_ID = re.compile(r"[\x00-\x1f\x7f]")
# C0 controls that are not white space: NUL, bell, escape, ... mean binary garbage, not text.
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why a message is not an article. ``reason`` is from :data:`REASONS`."""

    reason: str
    detail: str

    def __post_init__(self) -> None:
        if self.reason not in REASONS:
            raise ValueError(f"unknown rejection reason {self.reason!r}")


def validate_bytes(raw: bytes | None, max_bytes: int) -> Article | Rejection:
    """Parse and check one message value."""
    if not raw or not raw.strip():
        return Rejection("empty", "the message has no body")
    if len(raw) > max_bytes:
        return Rejection("too_large", f"{len(raw)} bytes, over the limit of {max_bytes}")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejection("not_utf8", f"invalid UTF-8 at byte {exc.start}")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        return Rejection("not_json", f"not JSON: {exc}"[:300])
    return validate_object(data)


def validate_object(data: object) -> Article | Rejection:
    """Check a decoded JSON value against the contract's article object."""
    if not isinstance(data, dict):
        return Rejection("not_object", f"expected a JSON object, got {type(data).__name__}")
    for name in ("id", "text"):
        if data.get(name) is None:
            return Rejection("missing_field", f"the article has no {name!r}")
    for name in ("id", "text"):
        if not isinstance(data[name], str):
            return Rejection("wrong_type", f"{name!r} must be a string, not {type(data[name]).__name__}")
    for name in ("title", "published", "source"):
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            return Rejection("wrong_type", f"{name!r} must be a string or null, not {type(value).__name__}")
    article_id, text = data["id"].strip(), data["text"]
    if not article_id or not text.strip():
        return Rejection("missing_field", "'id' and 'text' must not be blank")
    if len(article_id) > MAX_ID_CHARS:
        return Rejection("bad_value", f"'id' is {len(article_id)} characters, over {MAX_ID_CHARS}")
    if _CONTROL_IN_ID.search(article_id):
        return Rejection("control_characters", "'id' contains control characters")
    if match := _CONTROL_IN_TEXT.search(text):
        return Rejection("control_characters", f"'text' contains control character {match.group()!r}")
    published = data.get("published")
    if published is not None and published != "":
        if not _DATE.match(published) or not _is_date(published):
            return Rejection("bad_value", f"'published' must be YYYY-MM-DD, got {published[:40]!r}")
    else:
        published = None
    title = data.get("title")
    if title is not None and _CONTROL_IN_TEXT.search(title):
        return Rejection("control_characters", "'title' contains control characters")
    return Article(id=article_id, text=text, title=title or None, published=published,
                   source=data.get("source") or None)


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
