"""Read articles from files: seed ``.txt`` files, ``.jsonl`` files, or folders of them.

Used by the replay producer and by the offline ``worker extract``; both must see an
article exactly the same way, so the rules of the contract for seed files live here
only: a leading ``date YYYY-MM-DD`` gives ``published``, a short first line with no
final period is the ``title``, and trailing site boilerplate is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*")
#: Trailing lines that are site furniture, not content (contract: "Share.", "Scroll to Top", ...).
_BOILERPLATE = re.compile(
    r"^(share\.?|scroll to top|exit mobile version|advertisement|read more|print|email|"
    r"share this( article)?:?|related( articles)?:?|follow us.*|subscribe.*)$",
    re.IGNORECASE,
)
_TITLE_MAX_CHARS = 160
_TITLE_MAX_WORDS = 25


class SourceError(ValueError):
    """A file that cannot be read as articles (bad JSON line, unknown extension)."""


def parse_seed_text(raw: str, article_id: str, source: str | None = None) -> dict[str, Any]:
    """Turn the raw text of a seed file into the contract's article object."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    published = None
    match = _DATE_PREFIX.match(text)
    if match:
        published = match.group(1)
        text = text[match.end():]
    lines = text.strip().split("\n")
    while lines and (not lines[-1].strip() or _BOILERPLATE.match(lines[-1].strip())):
        lines.pop()
    title = None
    if len(lines) > 1:
        first = lines[0].strip()
        if _looks_like_headline(first):
            title = first
            lines = lines[1:]
    return {
        "id": article_id,
        "title": title,
        "published": published,
        "text": "\n".join(lines).strip(),
        "source": source,
    }


def _looks_like_headline(line: str) -> bool:
    return (
        0 < len(line) <= _TITLE_MAX_CHARS
        and len(line.split()) <= _TITLE_MAX_WORDS
        and not line.endswith((".", "!", "?", ":", ";", ",", "\u201d", '"'))
    )


def read_path(path: Path) -> Iterator[dict[str, Any]]:
    """Articles in one file or folder (folders: their ``.txt`` and ``.jsonl`` files, sorted).

    A folder holding neither is an error: read as no articles, a folder of ``.json`` files
    (or the wrong folder) replayed nothing and said nothing."""
    if path.is_dir():
        files = [child for child in sorted(path.iterdir()) if child.suffix in (".txt", ".jsonl") and child.is_file()]
        if not files:
            raise SourceError(f"{path}: a folder with no .txt or .jsonl file in it (sub-folders are not read)")
        for child in files:
            yield from read_path(child)
        return
    if path.suffix == ".jsonl":
        yield from _read_jsonl(path)
    elif path.suffix == ".txt":
        raw = path.read_bytes().decode("utf-8", errors="replace")
        yield parse_seed_text(raw, article_id=path.stem, source=str(path))
    else:
        raise SourceError(f"{path}: expected a .txt seed file, a .jsonl file of articles, or a folder")


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                raise SourceError(f"{path}:{number}: not JSON: {exc}") from None
            if not isinstance(row, dict):
                raise SourceError(f"{path}:{number}: expected a JSON object per line")
            yield row


def read_paths(paths: Iterable[str | Path]) -> Iterator[dict[str, Any]]:
    """Articles from every path in order; a missing path is an error, not silence."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise SourceError(f"{path}: no such file or folder")
        yield from read_path(path)
