"""worker.aggregation: the tables' merge rules, and counts that never inflate on a retry."""

from __future__ import annotations

import contextlib
import random
from collections.abc import MutableMapping
from typing import Any

from worker.aggregation import AggregateState, apply_article, leader_view, region_view
from worker.aggregation.write_back import WriteBack
from worker.articles.model import Event


def event(key: str, outcome: str, country: str | None = "Syria", admin1: str | None = None,
          name: str | None = None, aid: str = "a") -> Event:
    return Event(article_id=aid, leader=name or key.title(), leader_key=key, outcome=outcome,
                 evidence="...", country=country, admin1=admin1)


def fresh() -> AggregateState:
    return AggregateState({}, {})


def test_leader_row_merges_severity_countries_dates_and_names():
    state = fresh()
    apply_article(state, "2023-01-02", [event("abu-x", "mentioned", None, name="Abu X")], offset=0)
    apply_article(state, "2022-12-01", [event("abu-x", "killed", "Iraq", "Anbar", name="Abu X al-Y")], offset=1)
    apply_article(state, "2023-02-01", [event("abu-x", "captured", "Syria", name="X")], offset=2)
    row = state.leaders["abu-x"]
    assert row["outcome"] == "killed"
    assert row["name"] == "Abu X al-Y"
    assert row["aliases"] == ["Abu X", "X"]
    assert row["countries"] == ["Iraq", "Syria"]
    assert (row["first_seen"], row["last_seen"]) == ("2022-12-01", "2023-02-01")
    assert row["articles"] == 3


def test_regions_count_distinct_leaders_and_country_rows_include_admin1():
    state = fresh()
    apply_article(state, None, [event("a", "killed", "Syria", "Idlib"), event("b", "killed", "Syria"),
                                event("c", "captured", "Iraq", "Anbar")], offset=0)
    apply_article(state, None, [event("a", "killed", "Syria", "Idlib")], offset=1)  # same leader, new article
    syria, idlib, iraq = (state.regions[k] for k in ("Syria", "Syria/Idlib", "Iraq"))
    assert (syria["killed"], syria["articles"]) == (2, 2)
    assert (idlib["killed"], idlib["articles"]) == (1, 2)
    assert (iraq["captured"], iraq["killed"]) == (1, 0)
    assert "Iraq/Anbar" in state.regions


def test_views_hide_the_bookkeeping_that_makes_retries_idempotent():
    state = fresh()
    apply_article(state, None, [event("a", "killed", "Syria", "Idlib")], offset=3)
    assert state.leaders["a"]["placed"] == {"Syria|killed": 3, "Syria/Idlib|killed": 3}
    assert not {"last_offset", "placed"} & set(leader_view("a", state.leaders["a"]))
    assert not {"last_offset", "placed"} & set(region_view("Syria", state.regions["Syria"]))


def test_same_leader_twice_in_one_article_counts_once_at_its_most_severe():
    state = fresh()
    given = [event("a", "wounded", name="A"), event("a", "killed", name="Abu A")]
    apply_article(state, None, given, offset=0)
    assert state.leaders["a"]["outcome"] == "killed"
    # The events stay as extracted: `worker extract` prints them after the sequencer ran (the
    # merge used to rewrite the first one into "killed", "Abu A").
    assert [(e.outcome, e.leader, e.aliases) for e in given] == [("wounded", "A", []), ("killed", "Abu A", [])]
    assert state.leaders["a"]["articles"] == 1
    assert (state.regions["Syria"]["killed"], state.regions["Syria"]["wounded"]) == (1, 0)


class Crashing(dict):
    """A table whose writes stop landing after ``budget`` writes: a worker killed mid-article."""

    budget = 10**9

    def __setitem__(self, key: str, value: Any) -> None:
        if Crashing.budget <= 0:
            raise KeyboardInterrupt("crash")
        Crashing.budget -= 1
        super().__setitem__(key, value)


def _articles(n: int, rng: random.Random) -> list[list[Event]]:
    places = [("Syria", "Idlib"), ("Syria", None), ("Iraq", "Anbar"), (None, None)]
    out = []
    for i in range(n):
        out.append([event(f"l{rng.randrange(12)}", rng.choice(["killed", "captured", "wounded", "mentioned"]),
                          *rng.choice(places), aid=f"a{i}") for _ in range(rng.randrange(1, 4))])
    return out


def _run(state: AggregateState, articles: list[list[Event]], crash_at: dict[int, int]) -> None:
    """Apply each article; where ``crash_at`` says, crash after k writes and retry (a redelivery)."""
    for offset, events in enumerate(articles):
        if offset in crash_at:
            Crashing.budget = crash_at[offset]
            with contextlib.suppress(KeyboardInterrupt):
                apply_article(state, "2023-01-01", events, offset)
            Crashing.budget = 10**9
        apply_article(state, "2023-01-01", events, offset)
        if offset % 7 == 0:
            apply_article(state, "2023-01-01", events, offset)  # a plain redelivery


def _clean_run(articles: list[list[Event]]) -> AggregateState:
    """Every article folded once, in order, without a crash."""
    clean = fresh()
    for offset, events in enumerate(articles):
        apply_article(clean, "2023-01-01", events, offset)
    return clean


def test_crashes_and_redeliveries_leave_the_tables_of_a_clean_run():
    rng = random.Random(7)
    articles = _articles(300, rng)
    clean = _clean_run(articles)
    for trial in range(20):
        crash_at = {rng.randrange(len(articles)): rng.randrange(0, 8) for _ in range(15)}
        tables: list[MutableMapping] = [Crashing(), Crashing()]
        state = AggregateState(*tables)
        _run(state, articles, crash_at)
        assert state.leaders == clean.leaders, trial
        assert state.regions == clean.regions, trial


def _flush(state: AggregateState) -> None:
    """What Sequencer.flush does: leader rows, then region rows."""
    for rows in (state.leaders, state.regions):
        assert isinstance(rows, WriteBack)
        rows.flush()


def test_batches_through_write_back_crash_mid_flush_and_redelivered_match_a_clean_run():
    """The worker folds a batch into WriteBack views and flushes at its end. A crash anywhere in
    the flush (some rows landed, others not) is followed by the batch's redelivery."""
    rng = random.Random(11)
    articles = _articles(300, rng)
    clean = _clean_run(articles)
    for trial in range(20):
        tables: list[Crashing] = [Crashing(), Crashing()]
        size = rng.choice([1, 5, 32])
        writes = 0
        for start in range(0, len(articles), size):
            batch = list(enumerate(articles))[start:start + size]
            if rng.random() < 0.2:  # crash after some of the flush's writes landed
                state = AggregateState(WriteBack(tables[0]), WriteBack(tables[1]))
                for offset, events in batch:
                    apply_article(state, "2023-01-01", events, offset)
                Crashing.budget = rng.randrange(0, 12)
                with contextlib.suppress(KeyboardInterrupt):
                    _flush(state)
                Crashing.budget = 10**9
            state = AggregateState(WriteBack(tables[0]), WriteBack(tables[1]))  # fresh after a restart
            for offset, events in batch:
                apply_article(state, "2023-01-01", events, offset)
            writes += len(state.leaders.pending) + len(state.regions.pending)  # type: ignore[attr-defined]
            _flush(state)
        assert tables[0] == clean.leaders, trial
        assert tables[1] == clean.regions, trial
        if size == 32:  # one write per changed row per batch, far fewer than one per change
            assert writes < 0.6 * sum(len({e.leader_key for e in a}) for a in articles), trial


def test_write_back_reads_its_own_writes_and_deletes_and_holds_them_until_flush():
    table: dict[str, Any] = {"a": 1, "d": 5}
    view = WriteBack(table)
    view["a"], view["b"] = 2, 3
    del view["d"]
    assert (view["a"], view["b"], "b" in view, "d" in view, view.get("d", 0), len(view), sorted(view)) \
        == (2, 3, True, False, 0, 2, ["a", "b"])
    assert table == {"a": 1, "d": 5}
    view["e"] = 6
    del view["e"]  # added and deleted within the batch: the table never hears of it
    assert view.flush() == 3
    assert table == {"a": 2, "b": 3} and view.pending == {}
    view["c"] = 4
    view.discard()
    assert "c" not in view and table == {"a": 2, "b": 3}


def test_a_replay_at_new_offsets_would_count_again_without_dedupe():
    """The guard is the offset of first acceptance: the sequencer must pass that, not the new one."""
    state = fresh()
    apply_article(state, None, [event("a", "killed")], offset=0)
    apply_article(state, None, [event("a", "killed")], offset=0)
    assert state.leaders["a"]["articles"] == 1
    apply_article(state, None, [event("a", "killed")], offset=5)
    assert state.leaders["a"]["articles"] == 2


def test_event_dict_round_trip_keeps_every_field():
    original = Event(article_id="a", leader="Abu X al-Y", leader_key="abu-x-y", outcome="killed", evidence="e.",
                     aliases=["X"], role="emir", country="Iraq", admin1="Anbar", date="2023-01-02",
                     operation="raid")
    data = original.to_dict()
    assert set(data) == set(Event.__dataclass_fields__)
    assert Event.from_dict(data) == original
    data["aliases"].append("Z")
    assert original.aliases == ["X"]  # a copy, not the event's own list
