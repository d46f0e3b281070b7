"""Stage one in child processes: same results as in the worker's process, in order, and no batch
lost when a child dies. No broker: the pool is plain multiprocessing."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import orjson

from worker.articles.validation import Rejection
from worker.processing import PreparedRecord, prepare_batch
from worker.stream.prepare_pool import PreparePool

MAX_BYTES = 1_000_000
DEVSET = Path(__file__).parent / "devset" / "articles.jsonl"


def _items() -> list[tuple[bytes | None, int]]:
    articles = [orjson.loads(line) for line in DEVSET.read_text().splitlines()[:12]]
    good = [(orjson.dumps(a), 1_700_000_000_000 + i) for i, a in enumerate(articles)]
    bad = [(b"{not json", 1), (None, 2), (orjson.dumps({"id": "x", "text": ""}), 3)]
    return good[:5] + bad[:1] + good[5:9] + bad[1:] + good[9:]


def _comparable(results: list[PreparedRecord | Rejection]) -> list[tuple[object, ...]]:
    """Results without the timing, which differs from run to run."""
    out: list[tuple[object, ...]] = []
    for r in results:
        if isinstance(r, Rejection):
            out.append(("rejected", r.reason))
        else:
            value = orjson.loads(r.value)
            value.pop("extract_seconds")
            out.append(("prepared", r.key, value))
    return out


def test_children_give_the_same_results_in_order() -> None:
    items = _items()
    expected = _comparable(prepare_batch(items, MAX_BYTES))
    assert [e[0] for e in expected].count("rejected") == 3

    async def run(processes: int) -> list[PreparedRecord | Rejection]:
        pool = PreparePool(processes, MAX_BYTES)
        try:
            return await pool.prepare(items)
        finally:
            pool.close()

    for processes in (0, 1, 2):
        assert _comparable(asyncio.run(run(processes))) == expected, processes


def test_a_dead_child_loses_no_batch() -> None:
    items = _items()
    expected = _comparable(prepare_batch(items, MAX_BYTES))

    async def run() -> tuple[list[PreparedRecord | Rejection], list[PreparedRecord | Rejection], bool]:
        pool = PreparePool(1, MAX_BYTES)
        try:
            await pool.prepare(items[:1])  # the child is up
            executor = pool._executor()
            pids = list(executor._processes)  # type: ignore[attr-defined]  # no public accessor
            assert pids
            for pid in pids:
                os.kill(pid, signal.SIGKILL)
            await asyncio.sleep(0.5)  # let the executor notice
            after_death = await pool.prepare(items)
            replaced = pool._pool is None  # the broken pool was dropped ...
            again = await pool.prepare(items)  # ... and a fresh child serves the next batch
            return after_death, again, replaced
        finally:
            pool.close()

    after_death, again, replaced = asyncio.run(run())
    assert replaced
    assert _comparable(after_death) == expected
    assert _comparable(again) == expected


def test_negative_process_count_is_refused() -> None:
    try:
        PreparePool(-1, MAX_BYTES)
    except ValueError:
        return
    raise AssertionError("PreparePool(-1) was accepted")
