"""Hostile input never breaks extraction: it returns a list, quickly, and never raises."""

from __future__ import annotations

import time

from hypothesis import given, settings
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
