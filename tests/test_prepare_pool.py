"""worker.prepare_pool: stage one in a child process gives what it gives inline, and survives
a child that dies."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path

import orjson

from worker.articles.validation import Rejection
from worker.prepare_pool import PreparedRecord, PreparePool, prepare_record

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _article() -> bytes:
    text = next(iter(sorted(SEEDS.glob("*.txt")))).read_text()
    return orjson.dumps({"id": "pool-1", "title": "t", "published": "2024-01-02", "text": text})


def _comparable(record: PreparedRecord) -> dict:
    """The record minus the timing field (it differs from run to run)."""
    value = orjson.loads(record.value)
    value.pop("extract_seconds")
    return value


def test_a_child_process_prepares_what_the_loop_would() -> None:
    pool = PreparePool(processes=1, max_bytes=1 << 20)
    try:
        got = asyncio.run(pool.prepare(_article(), 1_000))
        bad = asyncio.run(pool.prepare(b"not json", 1_000))
    finally:
        pool.close()
    want = prepare_record(_article(), 1_000, 1 << 20)
    assert isinstance(got, PreparedRecord) and isinstance(want, PreparedRecord)
    assert got.article_id == "pool-1"
    assert _comparable(got) == _comparable(want)
    assert orjson.loads(got.value)["events"], "the seed article has events"
    assert isinstance(bad, Rejection) and bad.reason == prepare_record(b"not json", 0, 1 << 20).reason


def test_a_child_that_dies_costs_no_article(caplog) -> None:
    pool = PreparePool(processes=1, max_bytes=1 << 20)

    async def scenario() -> list[PreparedRecord | Rejection]:
        first = await pool.prepare(_article(), 1_000)
        executor = pool._pool()
        for pid in list(executor._processes):  # the test reaches in: there is no public handle
            os.kill(pid, signal.SIGKILL)
        time.sleep(0.5)
        after_kill = await pool.prepare(_article(), 2_000)  # broken pool: done inline, pool restarted
        again = await pool.prepare(_article(), 3_000)  # on the new pool
        return [first, after_kill, again]

    try:
        results = asyncio.run(scenario())
    finally:
        pool.close()
    assert all(isinstance(r, PreparedRecord) and r.article_id == "pool-1" for r in results)
    assert [orjson.loads(r.value)["received_at_ms"] for r in results] == [1_000, 2_000, 3_000]
    assert "a prepare process died" in caplog.text


def test_zero_processes_runs_inline() -> None:
    pool = PreparePool(processes=0, max_bytes=1 << 20)
    got = asyncio.run(pool.prepare(_article(), 5))
    assert isinstance(got, PreparedRecord)
    assert pool._executor is None
