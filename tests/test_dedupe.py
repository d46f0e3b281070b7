"""Behaviour of worker.dedupe: verdicts, idempotence, expiry, durable state."""

from __future__ import annotations

import copy
import unicodedata
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worker.articles.model import Article
from worker.articles.sources import read_paths
from worker.dedupe import DedupeIndex, DedupeState, Fingerprint, fingerprint, fingerprint_text, minhash
from worker.dedupe.band_map import BandMap
from worker.dedupe.normalise import normalise

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CASES = Path(__file__).resolve().parent / "dedupe_cases"
DAY = 86400.0


def _seeds() -> list[Article]:
    return [Article(**row) for row in read_paths([SEEDS])]


def _case(name: str) -> Article:
    title, _, body = (CASES / f"{name}.txt").read_text(encoding="utf-8").partition("\n")
    return Article(id=name, text=body.strip(), title=title.strip())


def _paras(article: Article) -> list[str]:
    return [p for p in article.text.split("\n") if p.strip()]


@pytest.fixture
def seeds() -> list[Article]:
    return _seeds()


@pytest.fixture
def index() -> DedupeIndex:
    return DedupeIndex(DedupeState.in_memory())


def _add(index: DedupeIndex, article: Article, t: float = 0.0):
    return index.check_and_add(article.id, fingerprint(article), t)


# ------------------------------------------------------------------ fingerprint
def test_normalise_folds_case_quotes_dashes_whitespace() -> None:
    a = "The \u201cISIS\u201d leader\u2019s  aide \u2014 killed,\n\nofficials SAID."
    b = 'the "isis" leader\'s aide - killed, officials said.'
    assert normalise(a) == normalise(b) == b"the isis leader s aide killed officials said"


_QUOTES_AND_CAPITALS = st.text(alphabet=st.sampled_from(
    list("Aa Zz09.,-'\"\n") + ["\u2019", "\u201c", "\u2014", "\u00a0", "\u00c9", "\u00e9", "\u0130", "\u0131",
                                "\u017f", "\ufb01", "\uff21", "\u0627", "\u1e9e"]), max_size=60)


@settings(max_examples=500, deadline=None)
@given(_QUOTES_AND_CAPITALS)
def test_normalise_lower_cases_as_the_whole_text_lower_would(text: str) -> None:
    # normalise skips str.lower() when only punctuation made the text non-ASCII; the words must
    # come out as lower-casing everything first gives them (the formula it replaced).
    from worker.dedupe.normalise import _TABLE, _UNICODE_PUNCT

    if text.isascii():
        expected = text.encode("ascii")
    else:
        expected = _UNICODE_PUNCT.sub(" ", unicodedata.normalize("NFKC", text).lower()).encode("utf-8", "replace")
    assert normalise(text) == b" ".join(expected.translate(_TABLE).split())


def test_fingerprint_ignores_title_but_not_text(seeds: list[Article]) -> None:
    a = seeds[0]
    renamed = Article(id="x", text=a.text, title="Completely different headline")
    assert fingerprint(renamed) == fingerprint(a)
    assert fingerprint(Article(id="x", text=a.text + " Extra sentence.")).exact != fingerprint(a).exact


def test_fingerprint_is_json_and_round_trips(seeds: list[Article]) -> None:
    fp = fingerprint(seeds[1])
    data = orjson.loads(orjson.dumps(fp.to_dict()))
    assert Fingerprint.from_dict(data) == fp
    assert len(fp.signature()) == minhash.NUM_SLOTS
    assert fp.size > 300 and fp.words > 300


def test_empty_body_falls_back_to_title() -> None:
    a = fingerprint(Article(id="a", text="", title="ISIS leader killed in Syria"))
    b = fingerprint(Article(id="b", text="", title="Iraqi troops capture ISIS cell in Anbar"))
    assert a.exact != b.exact and a.size == 2  # 5 words -> two 4-word shingles


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=400))
def test_fingerprint_total_and_self_similar(text: str) -> None:
    fp = fingerprint_text(text)
    sig = fp.signature()
    assert minhash.jaccard(sig, sig) == 1.0
    assert fp.size >= 0 and (fp.size == 0) == (normalise(text) == b"")


def test_jaccard_estimate_tracks_true_jaccard() -> None:
    words = [f"w{i}" for i in range(600)]
    a = " ".join(words)
    b = " ".join(words[150:] + [f"x{i}" for i in range(150)])  # 447 shared of 897 shingles
    fa, fb = fingerprint_text(a), fingerprint_text(b)
    true_j = 447 / (597 + 597 - 447)
    est = minhash.jaccard(fa.signature(), fb.signature())
    assert abs(est - true_j) < 0.15, (est, true_j)


# ------------------------------------------------------------------ verdicts
def test_seeds_all_distinct(index: DedupeIndex, seeds: list[Article]) -> None:
    assert len(seeds) == 5
    assert [_add(index, a, i).kind for i, a in enumerate(seeds)] == [None] * 5


def test_exact_repeat_by_id_is_idempotent(index: DedupeIndex, seeds: list[Article]) -> None:
    for i, a in enumerate(seeds):
        _add(index, a, i)
    before = copy.deepcopy(dict(index.state._asdict()))
    for _ in range(2):
        v = _add(index, seeds[2], 10)
        assert (v.kind, v.duplicate_of) == ("exact", seeds[2].id)
    # clock moved to 10 but nothing else: same docs, bands, exact keys
    after = dict(index.state._asdict())
    assert {k: v for k, v in after.items() if k != "meta"} == {
        k: v for k, v in before.items() if k != "meta"
    }


def test_same_text_new_id_and_new_headline(index: DedupeIndex, seeds: list[Article]) -> None:
    a = seeds[0]
    _add(index, a)
    v = _add(index, Article(id="copy", text=a.text.replace("\u2019", "'"), title="Another headline"), 1)
    assert (v.kind, v.duplicate_of) == ("exact", a.id)
    # a third copy of the copy names the first article too
    v = _add(index, Article(id="copy2", text=a.text.upper()), 2)
    assert (v.kind, v.duplicate_of) == ("exact", a.id)


@pytest.mark.parametrize("edit", ["boiler_add", "boiler_cut", "para_drop", "words", "combo"])
@pytest.mark.parametrize("name", ["e1_wire", "e2_local", "t1_release"])
def test_republications_are_near(index: DedupeIndex, name: str, edit: str) -> None:
    base = _case(name)
    paras = _paras(base)
    assert len(paras) >= 5
    if edit == "boiler_add":
        text = "\n".join(["By Staff | 3 min read", *paras, "Subscribe to our newsletter for daily updates."])
    elif edit == "boiler_cut":
        text = "\n".join(paras[:-1])
    elif edit == "para_drop":
        text = "\n".join(paras[:2] + paras[3:])
    elif edit == "words":
        text = base.text.replace("Islamic State", "ISIS").replace("said", "stated").replace("killed", "slew")
    else:
        text = "\n".join(["Breaking:", *paras[:1], *paras[2:]]).replace("said", "told reporters")
    assert normalise(text) != normalise(base.text)
    _add(index, base, 0)
    v = _add(index, Article(id=f"{name}-{edit}", text=text, title="New headline"), 1)
    assert (v.kind, v.duplicate_of) == ("near", name), v
    # the republication's redelivery is an exact repeat naming the same first article
    v2 = _add(index, Article(id=f"{name}-{edit}", text=text), 2)
    assert (v2.kind, v2.duplicate_of) == ("exact", name)


@pytest.mark.parametrize("pair", [("e1_wire", "e1_local"), ("e2_wire", "e2_local"), ("e3_wire", "e3_local"),
                                  ("t1_release", "t2_release")])
def test_two_outlets_same_event_not_duplicates(index: DedupeIndex, pair: tuple[str, str]) -> None:
    a, b = (_case(n) for n in pair)
    assert _add(index, a, 0).kind is None
    assert _add(index, b, 1).kind is None


def test_short_texts() -> None:
    index = DedupeIndex(DedupeState.in_memory())
    a = "Iraqi security forces killed two ISIS militants in an ambush near Tarmiyah on Monday, police said."
    b = "Two ISIS militants were killed by Iraqi forces near Tarmiyah on Monday in an ambush, police said."
    assert index.check_and_add("a", fingerprint_text(a), 0).kind is None
    assert index.check_and_add("b", fingerprint_text(b), 1).kind is None
    v = index.check_and_add("c", fingerprint_text(a.replace("Monday", "Sunday")), 2)
    assert (v.kind, v.duplicate_of) == ("near", "a")


def test_id_conflict_changes_nothing(index: DedupeIndex, seeds: list[Article]) -> None:
    _add(index, seeds[0], 0)
    before = copy.deepcopy(dict(index.state._asdict()))
    v = index.check_and_add(seeds[0].id, fingerprint(seeds[3]), 0)
    assert (v.kind, v.duplicate_of) == ("id_conflict", seeds[0].id)
    assert dict(index.state._asdict()) == before
    # the conflicting text is not remembered: under its own id it is new
    assert _add(index, seeds[3], 1).kind is None


def test_same_id_near_text_is_near_not_conflict(index: DedupeIndex) -> None:
    base = _case("e3_wire")
    _add(index, base, 0)
    edited = Article(id=base.id, text=base.text.replace("Thursday", "Wednesday"))
    v = _add(index, edited, 1)
    assert (v.kind, v.duplicate_of) == ("near", base.id)


def test_stream_order_decides_first(index: DedupeIndex) -> None:
    base = _case("e2_wire")
    paras = _paras(base)
    cut = Article(id="cut", text="\n".join(paras[:-1]))
    assert _add(index, cut, 0).kind is None
    v = _add(index, base, 1)
    assert (v.kind, v.duplicate_of) == ("near", "cut")


# ------------------------------------------------------------------ state
def _synthetic(i: int) -> Article:
    """Distinct articles: enough unique words that no two are near-duplicates."""
    return Article(id=f"a{i}", text=" ".join(f"tok{i}x{j}" for j in range(60)))


def test_expiry_keeps_state_flat() -> None:
    state = DedupeState.in_memory()
    index = DedupeIndex(state, window_seconds=2 * DAY, bucket_seconds=3600)
    sizes = []
    for i in range(600):  # one article every 2 hours for 50 days; the window holds 24
        _add(index, _synthetic(i), i * 7200.0)
        if i % 50 == 49:
            sizes.append(state.entry_count())
    assert len(state.docs) <= 25
    assert state.meta["count"] == len(state.docs)
    assert max(sizes[2:]) == min(sizes[2:]), sizes  # flat once the window is full
    assert max(sizes) < 25 * (3 + 42) + 10
    # an expired article is forgotten: seen again, it is new
    assert _add(index, _synthetic(0), 600 * 7200.0).kind is None
    # a recent one is still remembered
    assert _add(index, _synthetic(598), 600 * 7200.0).kind == "exact"


def test_max_docs_caps_state() -> None:
    state = DedupeState.in_memory()
    index = DedupeIndex(state, window_seconds=365 * DAY, bucket_seconds=60, max_docs=100)
    for i in range(1000):
        _add(index, _synthetic(i), i * 60.0)
    assert len(state.docs) <= 100
    assert len(state.buckets) <= 100
    assert state.meta["count"] == len(state.docs)


def test_expiry_after_clock_jump_and_out_of_order_timestamps() -> None:
    state = DedupeState.in_memory()
    index = DedupeIndex(state, window_seconds=DAY)
    _add(index, _synthetic(1), 1000 * DAY)
    _add(index, _synthetic(2), 10.0)  # older timestamp: filed under the current clock, not lost
    assert len(state.docs) == 2
    _add(index, _synthetic(3), 5000 * DAY)  # years later: both expire, one bucket walk
    assert set(state.docs) == {"a3"}
    # one doc, one exact key, 42 band keys, one time bucket, five meta keys
    assert state.entry_count() == 1 + 1 + 42 + 1 + 5


def test_late_articles_expire_with_their_own_time_not_the_clock() -> None:
    """Two input partitions, one 300 s behind: its articles arrive after the clock moved on.
    Filed under the clock they outlived the window (peak 660 docs here); filed under their
    own time the index holds one window of articles, as it does when they arrive in order."""
    window, bucket = 500.0, 10.0
    state = DedupeState.in_memory()
    index = DedupeIndex(state, window_seconds=window, bucket_seconds=bucket)
    peak = 0
    # partition A (even seconds) runs 300 s ahead of partition B (odd seconds)
    order = sorted(range(2000), key=lambda t: t if t % 2 == 0 else t + 300)
    for t in order:
        _add(index, _synthetic(t), float(t))
        peak = max(peak, len(state.docs))
    assert peak <= window + 2 * bucket, peak  # one article a second, plus the edge buckets
    assert state.meta["count"] == len(state.docs)
    # and what is remembered is the last window, by the articles' own time
    assert min(int(i[1:]) for i in state.docs) >= 2000 - window - 2 * bucket


def test_durable_state_is_json(index: DedupeIndex, seeds: list[Article]) -> None:
    """``docs`` goes to a changelog-backed table (JSON); the rest is rebuilt from it."""
    for i, a in enumerate(seeds):
        _add(index, a, i)
    _add(index, Article(id="dup", text=seeds[0].text), 9)
    for key, value in index.state.docs.items():
        assert isinstance(key, str)
        assert orjson.loads(orjson.dumps(value)) == value
    # a fresh index over the decoded docs answers the same
    docs = orjson.loads(orjson.dumps(dict(index.state.docs)))
    again = DedupeIndex(DedupeState.over_docs(docs))
    assert again.rebuild() == len(docs)
    v = again.check_and_add("dup2", fingerprint(seeds[0]), 10)
    assert (v.kind, v.duplicate_of) == ("exact", seeds[0].id)


def test_hot_path_does_not_iterate_mappings(seeds: list[Article]) -> None:
    class NoIter(dict):
        def __iter__(self):
            raise AssertionError("iterated a state mapping")

        def keys(self):
            raise AssertionError("iterated a state mapping")

        def items(self):
            raise AssertionError("iterated a state mapping")

        def values(self):
            raise AssertionError("iterated a state mapping")

    state = DedupeState(NoIter(), NoIter(), BandMap(), NoIter(), NoIter())  # BandMap: probes only
    index = DedupeIndex(state, window_seconds=DAY)
    for i, a in enumerate(seeds):
        index.check_and_add(a.id, fingerprint(a), i * DAY)  # includes expiry
    assert index.check_and_add("x", fingerprint(seeds[4]), 5 * DAY).kind == "exact"


def test_meta_of_first_acceptance_is_returned(index: DedupeIndex, seeds: list[Article]) -> None:
    a = seeds[1]
    assert index.check_and_add(a.id, fingerprint(a), 0, meta=41).meta == 41
    redelivered = index.check_and_add(a.id, fingerprint(a), 5, meta=99)
    assert (redelivered.kind, redelivered.meta) == ("exact", 41)
    copy = index.check_and_add("copy", fingerprint(Article(id="copy", text=a.text)), 6, meta=120)
    assert (copy.kind, copy.duplicate_of, copy.meta) == ("exact", a.id, 41)
    again = index.check_and_add("copy", fingerprint(Article(id="copy", text=a.text)), 7, meta=121)
    assert (again.kind, again.duplicate_of, again.meta) == ("exact", a.id, 120)


def test_rebuild_from_docs_alone_gives_the_same_verdicts():
    """The worker keeps only ``docs`` durable; the rest must be derivable from it."""
    window = 5 * DAY
    live = DedupeIndex(DedupeState.in_memory(), window_seconds=window)
    articles = _seeds()
    for i, article in enumerate(articles):
        live.check_and_add(article.id, fingerprint(article), timestamp=i * DAY, meta=i)
    restored_state = DedupeState.over_docs(dict(live.state.docs))
    restored = DedupeIndex(restored_state, window_seconds=window)
    assert restored.rebuild() == len(live.state.docs)
    assert restored_state.exact == live.state.exact
    assert restored_state.bands == live.state.bands
    probes = [Article(id=f"copy-{a.id}", text=a.text + "\n\nShare this article.") for a in articles]
    probes += [Article(id=a.id, text=a.text) for a in articles]
    for probe in probes:
        a = live.check_and_add(probe.id, fingerprint(probe), timestamp=len(articles) * DAY)
        b = restored.check_and_add(probe.id, fingerprint(probe), timestamp=len(articles) * DAY)
        assert (a.kind, a.duplicate_of, a.meta) == (b.kind, b.duplicate_of, b.meta), probe.id
    assert restored_state.docs.keys() == live.state.docs.keys()
