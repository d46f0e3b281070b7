"""Text plumbing shared by the extraction modules: a length-preserving fold and
sentence/paragraph splitting.

The fold keeps every character at its offset (ASCII lower-casing, hyphens and dashes
to spaces, curly apostrophes to ``'``) so that a match found in the folded text can
be cut from the original text with the same indices: one pass of Aho-Corasick or a
regex over the fold, then the original spelling for output ("as written").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FOLD_MAP = {ord(c): ord(c.lower()) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_FOLD_MAP.update({ord(c): ord(" ") for c in "-\u2010\u2011\u2012\u2013\u2014\n\r\t"})
_FOLD_MAP.update({ord(c): ord("'") for c in "\u2018\u2019\u02bc\u02bb`\u00b4\u02bf\u02be"})
_FOLD_MAP.update({ord(c): ord('"') for c in "\u201c\u201d"})
_FOLD = str.maketrans(_FOLD_MAP)


_REPLACE = [(c, " ") for c in "-\u2010\u2011\u2012\u2013\u2014\n\r\t"] + \
    [(c, "'") for c in "\u2018\u2019\u02bc\u02bb`\u00b4\u02bf\u02be"] + [(c, '"') for c in "\u201c\u201d"]


def fold(text: str) -> str:
    """Lower-case, unify apostrophes and hyphens; same length as ``text``.

    ``str.lower`` and ``str.replace`` run in C; ``translate`` with a dict is ~20x slower.
    A few characters change length when lower-cased (e.g. "İ"); then only ASCII is folded.
    """
    low = text.lower()
    if len(low) != len(text):
        return text.translate(_FOLD)
    for old, new in _REPLACE:
        if old in low:
            low = low.replace(old, new)
    return low


# A sentence ends at . ! ? (plus closing quotes) followed by space and a capital, digit
# or opening quote, or at a line break. Abbreviations are checked in code, not regex,
# to keep the pattern linear.
_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*[ \t]+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])|\n+")
_ABBREV = frozenset(
    [
        "u.s",
        "u.n",
        "u.k",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "brig",
        "adm",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "st",
        "no",
        "vs",
        "inc",
        "co",
        "jr",
        "sr",
        "rep",
        "sen",
        "gov",
        "prof",
        "a.k.a",
        "aka",
        "approx",
        "est",
        "e.g",
        "i.e",
        "mt",
        "ft",
        "lt.col",
        "cpl",
        "pvt",
        "cmdr",
        "sgt.maj",
        "gov't",
        "dept",
    ]
)
_LAST_WORD = re.compile(r"([A-Za-z.]{1,12})$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as offsets into the article text, with its paragraph number."""

    start: int
    end: int
    paragraph: int
    index: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``; paragraphs are separated by line breaks."""
    out: list[Sentence] = []
    start = 0
    paragraph = 0
    for match in _BOUNDARY.finditer(text):
        is_newline = text[match.start()] == "\n"
        if not is_newline:
            word = _LAST_WORD.search(text, max(0, match.start() - 12), match.start() + 1)
            tail = (word.group(1) if word else "").lower().rstrip(".")
            if tail in _ABBREV or (len(tail) == 1 and tail.isalpha()) or tail.endswith(".") and len(tail) <= 4:
                continue
        end = match.start() + 1 if not is_newline else match.start()
        _append(out, text, start, end, paragraph)
        start = match.end()
        if is_newline:
            paragraph += 1
    _append(out, text, start, len(text), paragraph)
    return out


def _append(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start] in " \t\r\n":
        start += 1
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph, len(out)))
