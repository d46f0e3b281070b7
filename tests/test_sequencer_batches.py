"""The sequencer folding batches through write-back views ends with exactly the state of one
that writes every change at once: leader rows, region rows and the dedupe index's remembered
articles, with articles leaving the dedupe window (deletes) inside batches. No broker."""

from __future__ import annotations

import dataclasses

import pytest

from tests import oracle
from worker.dedupe import DedupeState
from worker.processing import Sequencer


class CountingDict(dict):
    """A table that counts the writes and deletes it receives (each is a changelog record)."""

    changes = 0

    def __setitem__(self, key, value) -> None:
        self.changes += 1
        super().__setitem__(key, value)

    def __delitem__(self, key) -> None:
        self.changes += 1
        super().__delitem__(key)


def _stream(n: int, seed: int):
    # One article a minute against a two-hour window: the index forgets articles as it goes.
    return [dataclasses.replace(p, received_at_ms=i * 60_000) for i, p in enumerate(oracle._prepared(n, seed).values())]


def _run(items, batch: int):
    leaders, regions, docs = CountingDict(), CountingDict(), CountingDict()
    state = DedupeState.over_docs(docs)
    sequencer = Sequencer.over(state, leaders, regions, window_seconds=7200, write_back=batch > 1)
    verdicts = []
    for start in range(0, len(items), batch):
        for offset, item in enumerate(items[start:start + batch], start):
            outcome = sequencer.process(item, offset)
            verdicts.append((outcome.duplicate, outcome.duplicate_of, outcome.applied))
        sequencer.flush()
    return leaders, regions, docs, verdicts


@pytest.mark.parametrize("batch", [7, 64, 400])
def test_batches_end_with_the_state_of_one_change_at_a_time(batch):
    items = _stream(400, 5)
    want_leaders, want_regions, want_docs, want_verdicts = _run(items, 1)
    leaders, regions, docs, verdicts = _run(items, batch)
    assert verdicts == want_verdicts
    assert leaders == want_leaders and regions == want_regions
    assert docs == want_docs
    assert len(want_docs) < 200  # the window did drop articles, so deletes went through the views
    assert leaders.changes + regions.changes < want_leaders.changes + want_regions.changes
