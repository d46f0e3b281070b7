"""Hostile input never breaks extraction: it returns a list, quickly, and never raises."""

from __future__ import annotations

import time

from hypothesis import example, given, settings
from hypothesis import strategies as st

from worker.articles.model import Article
from worker.extraction import extract_events

_PIECES = st.sampled_from([
    "Abu ", "al-", "ISIS ", "killed ", "was captured ", ", ", ". ", "\n", "bin ", "Qamishli ", "\x00", "\u202e",
    "‘", "’", "“", "General ", "AKA ", " or ", "on Sunday ", "Oct. 5 ", "(", ")", "-", "A", "the ",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=80), st.text(max_size=200))
def test_random_text_returns_a_list(pieces: list[str], noise: str) -> None:
    result = extract_events(Article(id="x", text="".join(pieces) + noise, published="2023-01-01"))
    assert isinstance(result, list)


def test_backtracking_bait_is_fast() -> None:
    for text in ("Abu " * 5000, "al-" * 5000, "A" * 20000 + "!", ("Abu Bakr, " * 2000), "-" * 20000,
                 "Killed Killed " * 3000, ("X" * 50 + " ") * 500,
                 ("A" + " " * 12 + "/") * 40 + "a/ Mosul -- the raid", "took " * 4000 + "into custody",
                 "was killed, " + "among them " * 3000, "between " * 3000 + "Syria and Iraq"):
        start = time.perf_counter()
        assert isinstance(extract_events(Article(id="x", text=text)), list)
        assert time.perf_counter() - start < 2.0


def _hinted_patterns() -> list:
    """Every :class:`Hinted` of the extraction modules, and a few made for edge cases."""
    import re

    from worker.extraction import extractor, names, outcomes, roles
    from worker.extraction.text import Hinted

    found = [v for mod in (extractor, names, outcomes, roles) for v in vars(mod).values() if isinstance(v, Hinted)]
    found += [h for v in vars(extractor).values() if isinstance(v, dict) for h in v.values() if isinstance(h, Hinted)]
    found += [h for _, h in extractor._OPERATION_L]
    found += [Hinted(r"\bsa(?:me|id)\b", re.IGNORECASE), Hinted(r"kilo(?:s|gram)+", re.IGNORECASE),
              Hinted(r"\bx?in\s+(?:the\s+)?(?:state|states)\b"), Hinted("\u03bcg", re.IGNORECASE)]
    assert len(found) >= 12  # the module-level ones were found
    return found


_HINT_PIECES = st.sampled_from([
    "the same ", "in the province", "in the state ", "killed ", "Kill", "dead", "SAME ", "ſame ", "ſtate ", "kilo",
    "KILOS", "\u212ailos", "İn ", "ı", "village of ", "town of ", "drone ", "Air Strike", "raid", "x", "in ", " ",
    "arrested", "custody", "operation", "state", ", ", "GRAM", "\u00b5g", "\u03bcG",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_HINT_PIECES, max_size=30), st.text(max_size=40))
def test_literal_hints_never_drop_a_match(pieces: list[str], noise: str) -> None:
    """A :class:`Hinted` search finds exactly what its plain pattern finds, also where lower-casing
    is not exact ("ſ", "ı", the Kelvin sign match "s", "i", "k" under IGNORECASE; "µ" matches "μ")."""
    import re

    text = "".join(pieces) + noise
    for hinted in _hinted_patterns():
        plain = re.compile(hinted.rx.pattern, hinted.rx.flags)
        got, want = hinted.search(text), plain.search(text)
        assert (got and got.span()) == (want and want.span()), (hinted.rx.pattern, text)


def test_literal_hints_of_a_pattern() -> None:
    import re

    from worker.extraction.text import literal_hints

    # an alternation gives each branch's words; a sequence its longest required word
    assert literal_hints(r"\b(?:raids?|raided|strikes?)\b") == ("raid", "strike")
    assert literal_hints(r"\b(?:in|of)\s+the\s+(?:province|state)\b") == ("province", "state")
    assert literal_hints(r"\bair ?strikes?\b") == ("strike",)
    assert literal_hints(r"\bTHE (?:Same|Other)", re.IGNORECASE) == ("the ",)  # (a tie: the fewer)
    assert literal_hints(r"(?:Same|Other)\s+men", re.IGNORECASE) == ("same", "other")
    # nothing every match must hold: a one-letter branch, an optional group, a class
    assert literal_hints(r"ab|c") is None
    assert literal_hints(r"(?:abc)?d") is None
    assert literal_hints(r"[a-z]+") is None


_DATE_PIECES = st.sampled_from([
    "on Sunday ", "Monday", "in July ", "during  March 2024", "last month", "earlier this week", "May 5 ", "may ",
    "Oct. 5th, 2023 ", "5 October ", "2024-03-07", "yesterday", "overnight", "\u0663 ", "12 ", "of ", "late ", "x",
    " ", ", ", "the day", "night", "ſunday", "frıday", "laſt July", "İ", "Sept 9", "this week",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_DATE_PIECES, max_size=20), st.sampled_from([None, "2024-06-15", "2023-01-02"]),
       st.integers(min_value=0, max_value=120))
def test_date_fast_paths_find_what_the_full_pattern_finds(pieces: list[str], published: str | None,
                                                           near: int) -> None:
    """``resolve_date``'s shortcuts (the lower-cased pattern, the words-only pattern where a
    sentence has no digit) give the date that the full case-insensitive pattern gives."""
    from worker.extraction import dates

    text = "".join(pieces)
    pub = dates._parse(published)
    best = None
    for m in dates._DATE_RX.finditer(text):
        if m.group("mon") and m.group("mon").lower() == "may" and not text[m.start("mon")].isupper():
            continue
        when = dates._resolve(m, pub)
        if when is not None and (best is None or abs(m.start() - near) < best[0]):
            best = (abs(m.start() - near), when)
    assert dates.resolve_date.__wrapped__(text, published, near) == (best[1].isoformat() if best else None), text


def test_letters_ignorecase_folds_do_not_crash_extraction() -> None:
    """"ſ" and "ı" match "s" and "i" under IGNORECASE but stay themselves under ``lower``: a
    word an IGNORECASE pattern matched ("tueſday", "ſurrender") must still find its entry in
    the word tables (a KeyError used to send such an article to the dead-letter topic)."""
    import json
    import random
    import re
    from pathlib import Path

    rng = random.Random(7)

    def odd(word: str) -> str:
        return word.replace("s", "\u017f", 1).replace("i", "\u0131", 1) if rng.random() < 0.3 else word

    path = Path(__file__).parent / "devset" / "articles.jsonl"
    for line in path.read_text().splitlines():
        a = json.loads(line)
        text = "\u0130 " + re.sub(r"[A-Za-z]+", lambda m: odd(m.group(0)), a["text"])
        assert isinstance(extract_events(Article(id="x", text=text, published=a.get("published"))), list)
    plain = ("Abu Omar al-Kurdi, a senior Islamic State commander, hid in Mosul for a year. "
             "Al-Kurdi's surrender to Iraqi forces in Mosul came on Tuesday.")
    for text in (plain, plain.replace("surrender", "\u017furrender").replace("Tuesday", "Tue\u017fday")):
        [event] = extract_events(Article(id="x", text=text, published="2024-05-10"))
        assert (event.outcome, event.date) == ("captured", "2024-05-07"), text


_CUE_PIECES = st.sampled_from([
    "the dead man is ", "the detainee was identified as ", "was killed ", "killed ", "arrested ", "detained ",
    "surrendered to ", "under police custody", "blew himself up", "among the dead ", "also killed was ",
    "fell in combat", "his death", "the killing of ", "X, ", "and ", "wounded ", "was ", "is ", "custody ",
    "taken into custody", "succumbed to his wounds", "captured ", "six dead, among them ", "killed himself",
    "kills ", "himself ", "ſ", "ı", " ",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CUE_PIECES, max_size=25), st.text(max_size=30))
def test_cue_dispatch_by_first_letter_finds_what_the_full_pattern_finds(pieces: list[str], noise: str) -> None:
    """At every position, the cues that may start with its letter match exactly what the whole
    cue alternation matches there (same span, same cue)."""
    from worker.extraction import outcomes
    from worker.extraction.text import lower_same

    low = lower_same("".join(pieces) + noise)
    if low is None:
        return  # (such text is matched with the full pattern)
    for at in range(len(low)):
        full = outcomes._CUE_RX_L.match(low, at)
        fast = outcomes._CUE_RX_BY_FIRST.get(low[at], outcomes._CUE_RX_L).match(low, at)
        assert (full and (full.span(), full.lastgroup)) == (fast and (fast.span(), fast.lastgroup)), (low, at)


@settings(max_examples=200, deadline=None)
@example(["aid workers ", "Peter ", "Kassig ", "and ", "X"])
@example(["the commander", ", known in UN reports as ", "X"])
@given(st.lists(st.sampled_from([
    "the commander", ", known in UN reports as ", "whom the Pentagon identifies as ", "the leader the army named as ",
    "aid workers ", "Peter ", "Kassig ", "and ", ", referred to by officials as ", "X", " ", ",", "s ",
]), max_size=20))
def test_search_hints_in_judge_never_skip_a_match(pieces: list[str]) -> None:
    """The tails searched before three slow patterns of :func:`roles.judge` are in every match."""
    from worker.extraction import roles

    text = "".join(pieces)
    for full, hint in ((roles._REFERRED_IN, roles._REFERRED_IN_HINT),
                       (roles._WHOM_AGENT_AS, roles._WHOM_AGENT_AS_HINT),
                       (roles._PLURAL_BEFORE_PAIR, roles._PLURAL_BEFORE_PAIR_HINT)):
        for end in range(len(text) + 1):  # (end-anchored, as judge searches them up to a name)
            if full.search(text, 0, end):
                assert hint.search(text, 0, end), (full.pattern, text[:end])
