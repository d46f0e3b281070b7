"""Dates of outcomes: explicit dates and relative phrases resolved against ``published``.

News says "on Sunday", "Oct. 5", "in July", "last month": a weekday is the latest
such day on or before publication, a month-day without a year is the latest one not
after publication, a month alone is its first day. Without ``published`` only
dates that carry a year resolve.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

import ahocorasick

from .text import gated, lower_same, re_lower

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
#: The alternatives that need a digit: an ISO date, "Oct. 5, 2024", "5 October".
_DIGIT_ALTS = (
    r"\b(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))\b"
    rf"|\b{_MON}\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b(?:,?\s+(?P<year2>(?:19|20)\d{2}))?"
)
#: The alternatives of words alone: a weekday, "in July", "last month".
_WORD_ALTS = (
    r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:in|during|since|early|late|mid|of|last|this)[\s-]+(?P<mon3>january|february|march|april|may|june|"
    r"july|august|september|october|november|december)\b(?:\s+(?P<year3>(?:19|20)\d{2}))?"
    r"|\b(?P<rel>yesterday|today|last night|last month|this month|last week|earlier this month|"
    r"earlier this week|this week|overnight)\b"
)
_DATE_RX = re.compile(_DIGIT_ALTS + "|" + _WORD_ALTS, re.IGNORECASE)


def _parse(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _month_day(pub: date | None, month: int, day: int, year: str | None) -> date | None:
    try:
        if year:
            return date(int(year), month, day)
        if pub is None:
            return None
        guess = date(pub.year, month, day)
        return guess if guess <= pub else date(pub.year - 1, month, day)
    except ValueError:
        return None


def _resolve(m: re.Match[str], pub: date | None) -> date | None:
    # Lower-cased, with the "ſ" and "ı" that IGNORECASE matched to "s" and "i" made so too
    # (the words-only pattern has no digit groups: .get gives None).
    g = {k: re_lower(v) if v else v for k, v in m.groupdict().items()}.get
    if g("iso"):
        try:
            return date(int(g("iy")), int(g("im")), int(g("id")))
        except ValueError:
            return None
    if mon := g("mon"):
        # "May 5" is a date, but "may" alone is a verb: the regex already needs a day.
        return _month_day(pub, _MONTHS[mon[:4] if mon[:4] == "sept" else mon[:3]], int(g("day")), g("year"))
    if g("mon2"):
        return _month_day(pub, _MONTHS[g("mon2")], int(g("day2")), g("year2"))
    if g("wd"):
        if pub is None:
            return None
        back = (pub.weekday() - _WEEKDAYS[g("wd")]) % 7
        return pub - timedelta(days=back)
    if g("mon3"):
        month = _MONTHS[g("mon3")]
        if g("year3"):
            return date(int(g("year3")), month, 1)
        if pub is None:
            return None
        year = pub.year if month <= pub.month else pub.year - 1
        if re_lower(m.group(0)).startswith("last") and month >= pub.month:
            year = pub.year - 1
        return date(year, month, 1)
    rel = g("rel") or ""
    if pub is None:
        return None
    if rel in ("yesterday", "last night"):
        return pub - timedelta(days=1)
    if rel in ("today", "overnight", "this week", "earlier this week"):
        return pub
    if rel in ("last month",):
        first = pub.replace(day=1) - timedelta(days=1)
        return first.replace(day=1)
    if rel in ("this month", "earlier this month"):
        return pub.replace(day=1)
    if rel == "last week":
        return pub - timedelta(days=7)
    return None


_DATE_RX_L = gated(_DATE_RX.pattern)  # for lower-cased text: no IGNORECASE, ~1.5x faster
#: For lower-cased text without a digit, where the digit alternatives cannot match: the
#: same matches, 2.7x faster (most sentences have no digit).
_DATE_WORDS_L = gated(_WORD_ALTS)
_DIGIT = re.compile(r"\d")
#: Without a digit a date needs a full month name, a weekday or a relative phrase.
_WORDS_AUTO = ahocorasick.Automaton()
for _w in ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "day", "night", "month", "week"):
    _WORDS_AUTO.add_word(_w, _w)
_WORDS_AUTO.make_automaton()


@lru_cache(maxsize=4096)
def resolve_date(sentence: str, published: str | None, near: int = 0) -> str | None:
    """The date in ``sentence`` closest to offset ``near``, as YYYY-MM-DD, or None."""
    low = lower_same(sentence)
    if low is None:  # ("ſunday", "frıday": only the case-insensitive pattern matches them)
        low, rx = sentence, _DATE_RX
    else:
        rx = _DATE_RX_L
        if not _DIGIT.search(low):
            if next(_WORDS_AUTO.iter(low), None) is None:
                return None
            rx = _DATE_WORDS_L
    pub = _parse(published)
    best: tuple[int, date] | None = None
    for m in rx.finditer(low):
        if rx is not _DATE_WORDS_L and m.group("mon") and m.group("mon").lower() == "may" and \
                not sentence[m.start("mon")].isupper():
            continue
        when = _resolve(m, pub)
        if when is None:
            continue
        dist = abs(m.start() - near)
        if best is None or dist < best[0]:
            best = (dist, when)
    return best[1].isoformat() if best else None
