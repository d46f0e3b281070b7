"""Text plumbing shared by the extraction modules: a length-preserving fold and
sentence/paragraph splitting.

The fold keeps every character at its offset (ASCII lower-casing, hyphens and dashes
to spaces, curly apostrophes to ``'``) so that a match found in the folded text can
be cut from the original text with the same indices: one pass of Aho-Corasick or a
regex over the fold, then the original spelling for output ("as written").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_REPLACE = [(c, " ") for c in "-\u2010\u2011\u2012\u2013\u2014\n\r\t"] + \
    [(c, "'") for c in "\u2018\u2019\u02bc\u02bb`\u00b4\u02bf\u02be"] + [(c, '"') for c in "\u201c\u201d"]


#: Accented Latin letters (one code point each) to their base letter: "Chin\u00e9godar" is spelt
#: "Chinegodar" as often, and the gazetteer keys are folded the same way.
_DEACCENT = str.maketrans({
    c: base for c in map(chr, range(0xC0, 0x180))
    if len(c.lower()) == 1 and (base := unicodedata.normalize("NFKD", c.lower())[:1]).isascii()
    and base.isalpha() and base != c.lower()
})
_ACCENTED = re.compile("[" + "".join(sorted(chr(k) for k in _DEACCENT)) + "]")


def fold(text: str, low: str | None = None) -> str:
    """Lower-case, unify apostrophes and hyphens, drop accents; same length as ``text``.
    ``low`` may give ``text.lower()`` when the caller has it.

    ``str.lower`` and ``str.replace`` run in C; ``translate`` with a dict is ~20x slower,
    so accents are dropped only where the text has one.
    One character in Unicode changes length when lower-cased, the Turkish dotted capital
    "\u0130" ("\u0130zmir", "\u0130brahim"): it folds as "I" does.
    """
    if low is None:
        low = text.lower()
    if len(low) != len(text):
        low = text.replace("\u0130", "I").lower()
    for old, new in _REPLACE:
        if old in low:
            low = low.replace(old, new)
    if not low.isascii() and _ACCENTED.search(low):
        low = low.translate(_DEACCENT)
    return low


# A sentence ends at . ! ? (plus closing quotes) followed by space and a capital, digit
# or opening quote, or at a line break. Abbreviations are checked in code, not regex, and a
# run of terminators is tried from its first character only, possessively, to keep the
# pattern linear: with a plain ``[.!?]+`` a text of n dots cost O(n^2) (20,000 dots took 9 s);
# the matches are the same either way.
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]++[\"'\u201d\u2019)\]]*[ \t]+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])|\n+")
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
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
_WORD_CHARS_STR = "".join(sorted(_WORD_CHARS))  # for ``str.rstrip``: the same run, found in C


@dataclass(slots=True)
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
        mstart = match.start()
        is_newline = text[mstart] == "\n"
        if not is_newline:
            # ``_LAST_WORD.search(text, max(0, mstart - 12), mstart + 1)``, by hand: the run
            # of letters and dots (at most 12) that ends with the boundary character
            e = mstart + 1
            lo = max(0, mstart - 12)
            chunk = text[lo:e]
            j = lo + len(chunk.rstrip(_WORD_CHARS_STR))  # where the run of letters and dots starts
            tail = text[max(j, e - 12):e].lower().rstrip(".")
            if tail in _ABBREV or (len(tail) == 1 and tail.isalpha()) or tail.endswith(".") and len(tail) <= 4:
                continue
            end = mstart + 1
        else:
            end = mstart
        _append(out, text, start, end, paragraph)
        start = match.end()
        if is_newline:
            paragraph += 1
    _append(out, text, start, len(text), paragraph)
    return out


def _append(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    if text[start:start + 1] in _SPACE or text[end - 1:end] in _SPACE:  # rare: trim
        while start < end and text[start] in " \t\r\n":
            start += 1
        while end > start and text[end - 1] in " \t\r\n":
            end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph, len(out)))


_SPACE = frozenset(" \t\r\n")


# --- first-character gates -----------------------------------------------------------
# ``re`` tries a pattern that opens with ``\b`` or an alternation at every position of the
# text. A leading lookahead with a character class of the letters a match can start with
# lets the engine skip every other position in C (2-4x faster on word-list patterns).
# The class is derived from the pattern, so the matches are exactly the same.

_CATEGORY_ESCAPES = {
    "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W",
}


def _first_items(items, depth: int = 0) -> tuple[set[str], bool] | None:
    """The class items (escaped) a match of the parsed sequence can start with, and
    whether the sequence can match the empty string; None when unknown."""
    from re import _constants as C  # noqa: N812 - the stdlib spelling

    out: set[str] = set()
    for op, av in items:
        if depth > 20:
            return None
        if op is C.AT or op is C.ASSERT or op is C.ASSERT_NOT:
            continue  # zero width
        if op is C.LITERAL:
            out.add(re.escape(chr(av)))
            return out, False
        if op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL:
                    out.add(re.escape(chr(iav)))
                elif iop is C.RANGE:
                    out.add(re.escape(chr(iav[0])) + "-" + re.escape(chr(iav[1])))
                elif iop is C.CATEGORY and str(iav) in _CATEGORY_ESCAPES:
                    out.add(_CATEGORY_ESCAPES[str(iav)])
                else:
                    return None  # negated classes and the like
            return out, False
        if op is C.BRANCH:
            nullable = False
            for alt in av[1]:
                sub = _first_items(alt, depth + 1)
                if sub is None:
                    return None
                out |= sub[0]
                nullable = nullable or sub[1]
            if not nullable:
                return out, False
            continue
        if op is C.SUBPATTERN:
            sub = _first_items(av[-1], depth + 1)
            if sub is None:
                return None
            out |= sub[0]
            if not sub[1]:
                return out, False
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            sub = _first_items(av[2], depth + 1)
            if sub is None:
                return None
            out |= sub[0]
            if av[0] > 0 and not sub[1]:
                return out, False
            continue
        return None  # ANY, GROUPREF, ...
    return out, True


def gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled with a first-character lookahead, when one can be derived."""
    from re import _parser

    first = _first_items(_parser.parse(pattern, flags).data)
    if first is None or first[1] or not first[0]:
        return re.compile(pattern, flags)
    return re.compile("(?=[" + "".join(sorted(first[0])) + "])(?:" + pattern + ")", flags)


_BOUNDARY = gated(_BOUNDARY.pattern)


def may_start_with(pattern: str, char: str, flags: int = 0) -> bool:
    """Whether a match of ``pattern`` may start with ``char`` (True when that is not known)."""
    from re import _parser

    first = _first_items(_parser.parse(pattern, flags).data)
    if first is None or first[1] or not first[0]:
        return True
    return re.fullmatch("[" + "".join(sorted(first[0])) + "]", char, flags) is not None


# --- case-insensitive patterns on lower-cased text ------------------------------------
# ``re.IGNORECASE`` makes literal-heavy patterns 2-5x slower. The word patterns here are
# written in lower case, so on ``text.lower()`` the case-sensitive pattern finds the same
# matches at the same offsets, provided lower-casing kept every offset and the text holds
# none of the two characters that IGNORECASE matches to an ASCII letter but ``lower``
# leaves alone (dotless i, long s).


#: The two characters IGNORECASE matches to an ASCII letter that ``lower`` leaves alone.
_LONG_S_DOTLESS_I = str.maketrans("\u017f\u0131", "si")


def re_lower(matched: str) -> str:
    """Text that an IGNORECASE pattern matched, lower-cased the way the pattern compared it:
    "ſurrender" and "frıday" come out as "surrender" and "friday" (dictionary keys)."""
    return matched.lower().translate(_LONG_S_DOTLESS_I)


def lower_same(text: str, low: str | None = None) -> str | None:
    """``text.lower()`` when it is offset- and match-equivalent (see above), else None;
    ``low`` may give ``text.lower()`` when the caller has it."""
    if low is None:
        low = text.lower()
    if text.isascii():  # O(1) in CPython
        return low
    if len(low) != len(text) or "\u017f" in text or "\u0131" in text:  # (``in``: ~15x faster than a regex)
        return None
    return low


def caseless(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The case-sensitive twin of an IGNORECASE pattern, for :func:`lower_same` text."""
    return gated(rx.pattern, rx.flags & ~re.IGNORECASE)


# --- literal hints ---------------------------------------------------------------------
# A search for a word list costs 4-8 us on a sentence even when gated, most of it on
# sentences holding none of the words. Every match of such a pattern contains one of a few
# literals (an alternation's words: "drone", "unmanned", "uav"; or a fixed word of the
# sequence: "province" in "the province"), and ``str in str`` runs in C at about a tenth
# of that, so testing them first skips the regex where it cannot match.


def literal_hints(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings (lower case under IGNORECASE) one of which every match of ``pattern``
    contains, or None when no such set of strings of two characters or more is found.

    Of the sets a sequence offers (each run of literals; each group or repeat that must
    match once; an alternation, when every branch offers a set) the one whose shortest
    string is longest wins."""
    from re import _constants as C  # noqa: N812 - the stdlib spelling
    from re import _parser

    def best(sets: list[tuple[str, ...]]) -> tuple[str, ...] | None:
        sets = [hs for hs in sets if hs and min(map(len, hs)) >= 2]
        return max(sets, key=lambda hs: (min(map(len, hs)), -len(hs))) if sets else None

    def branch(alts) -> tuple[str, ...] | None:
        out: list[str] = []
        for alt in alts:
            sub = sequence(alt.data)
            if sub is None:
                return None
            out += sub
        return tuple(out)

    def sequence(items) -> tuple[str, ...] | None:
        sets: list[tuple[str, ...]] = []
        run = ""
        for op, av in items:
            if op is C.LITERAL:
                run += chr(av)
                continue
            if run:
                sets.append((run,))
                run = ""
            if op is C.SUBPATTERN:
                sets.append(sequence(av[-1].data) or ())
            elif op is C.BRANCH:
                sets.append(branch(av[1]) or ())
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
                sets.append(sequence(av[2].data) or ())
        if run:
            sets.append((run,))
        return best(sets)

    found = sequence(_parser.parse(pattern, flags).data)
    if found is None:
        return None
    if flags & re.IGNORECASE:
        found = tuple(h.lower() for h in found)
    # a hint that holds a shorter one adds nothing ("raided" after "raid")
    return tuple(h for h in dict.fromkeys(found) if not any(o != h and o in h for o in found))


class Hinted:
    """``pattern``'s search (compiled :func:`gated`) that first tests its :func:`literal_hints`
    with ``in``: the same answer, without the regex on text that holds none of them.

    Under IGNORECASE the hints are tested on :func:`lower_same` text (and not at all where
    lower-casing is not exact), so the filter never drops a match; hints that are not ASCII
    are not used there (IGNORECASE matches "\u00b5" to "\u03bc", which ``lower`` does not)."""

    __slots__ = ("rx", "hints", "caseless")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.rx = gated(pattern, flags)
        self.caseless = bool(flags & re.IGNORECASE)
        hints = literal_hints(pattern, flags)
        self.hints = None if self.caseless and hints and not all(h.isascii() for h in hints) else hints

    def search(self, text: str) -> re.Match[str] | None:
        hints = self.hints
        if hints is not None:
            low = lower_same(text) if self.caseless else text
            if low is not None:
                for h in hints:
                    if h in low:
                        break
                else:
                    return None
        return self.rx.search(text)
