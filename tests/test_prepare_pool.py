"""The prepare stage in extraction processes: the same results as in-process, in order, and
nothing lost when a process dies. No broker: the pool is plain multiprocessing."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

import worker.processing as processing
from tests.harness import ROOT, SEEDS, wait_until
from worker.articles.sources import read_paths
from worker.articles.validation import Rejection
from worker.processing import PreparedRecord, prepare, prepare_batch
from worker.stream.prepare_pool import PreparePool

MAX_BYTES = 1_000_000


def seed_messages() -> list[tuple[bytes | None, int]]:
    """The seeds as input messages, with bad ones between them."""
    good = [(orjson.dumps(data), 1_700_000_000_000 + i) for i, data in enumerate(read_paths([SEEDS]))]
    bad: list[tuple[bytes | None, int]] = [(b"", 0), (b"{not json", 0), (orjson.dumps({"id": "x"}), 0), (None, 0)]
    return [good[0], bad[0], good[1], bad[1], *good[2:], bad[2], bad[3]]


def timeless(value: bytes) -> dict:
    """A prepared record without the one field that differs between runs: how long it took."""
    record = orjson.loads(value)
    assert record.pop("extract_seconds") >= 0
    return record


def as_comparable(results: list[PreparedRecord | Rejection]) -> list[tuple]:
    return [("bad", r.reason, r.detail) if isinstance(r, Rejection) else ("ok", r.key, timeless(r.value))
            for r in results]


def test_prepare_batch_gives_what_prepare_gives_one_message_at_a_time():
    messages = seed_messages()
    results = prepare_batch(messages, MAX_BYTES)
    assert len(results) == len(messages)
    for (value, received_at_ms), result in zip(messages, results, strict=True):
        one = prepare(value, received_at_ms, MAX_BYTES)
        if isinstance(one, Rejection):
            assert result == one
        else:
            assert isinstance(result, PreparedRecord)
            assert (result.key, timeless(result.value)) == (one.article.id.encode(), timeless(one.to_bytes()))
    assert sum(isinstance(r, Rejection) for r in results) == 4


def test_a_failure_on_one_message_is_a_processing_error_and_the_others_are_prepared(monkeypatch):
    real = processing.extract_events

    def fails_on_one(article):
        if article.id == "boom":
            raise ValueError("extractor bug")
        return real(article)

    monkeypatch.setattr(processing, "extract_events", fails_on_one)
    messages = [(orjson.dumps({"id": "a", "text": "One article."}), 0),
                (orjson.dumps({"id": "boom", "text": "Another article."}), 0),
                (orjson.dumps({"id": "c", "text": "A third article."}), 0)]
    results = prepare_batch(messages, MAX_BYTES)
    assert [type(r) for r in results] == [PreparedRecord, Rejection, PreparedRecord]
    assert results[1].reason == "processing_error"
    assert "ValueError: extractor bug" in results[1].detail


def test_the_pool_runs_elsewhere_and_gives_the_same_results_in_order(monkeypatch):
    messages = seed_messages()
    inline = as_comparable(prepare_batch(messages, MAX_BYTES))
    # Broken here, whole in the pool's processes (spawned: they import the module afresh).
    monkeypatch.setattr(processing, "extract_events", lambda article: 1 / 0)
    assert all(r.reason == "processing_error" for r in prepare_batch(messages[:1], MAX_BYTES))
    for processes in (1, 2, 3):
        pool = PreparePool(processes, MAX_BYTES)
        try:
            pool.start()
            assert as_comparable(asyncio.run(pool.prepare(messages))) == inline
            assert asyncio.run(pool.prepare([])) == []
        finally:
            pool.close()


def test_a_killed_process_costs_nothing_the_batch_is_prepared_here_and_the_pool_restarts():
    messages = seed_messages()
    want = as_comparable(prepare_batch(messages, MAX_BYTES))
    pool = PreparePool(1, MAX_BYTES)
    try:
        assert as_comparable(asyncio.run(pool.prepare(messages))) == want
        first = list(pool._executor._processes)
        os.kill(first[0], signal.SIGKILL)
        wait_until(lambda: not Path(f"/proc/{first[0]}/cmdline").exists()
                   or not Path(f"/proc/{first[0]}/cmdline").read_bytes(), 10, "the process gone")
        time.sleep(0.5)  # the executor notices the death on its own thread
        assert as_comparable(asyncio.run(pool.prepare(messages))) == want  # here, in this process
        assert as_comparable(asyncio.run(pool.prepare(messages))) == want  # in a fresh pool
        assert pool._executor is not None and list(pool._executor._processes) != first
    finally:
        pool.close()


def test_pool_processes_exit_when_the_worker_is_killed(tmp_path):
    script = tmp_path / "owner.py"
    script.write_text(
        "import asyncio, sys, time\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from worker.stream.prepare_pool import PreparePool\n"
        "async def main():\n"
        f"    pool = PreparePool(2, {MAX_BYTES})\n"
        "    await pool.prepare([(b'{\"id\": \"a\", \"text\": \"x\"}', 0)] * 4)\n"
        "    print(*pool._executor._processes, flush=True)\n"
        "    time.sleep(120)\n"
        "if __name__ == '__main__':\n"
        "    asyncio.run(main())\n")
    owner = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        children = [int(pid) for pid in owner.stdout.readline().split()]
        assert len(children) == 2
        owner.send_signal(signal.SIGKILL)
        owner.wait(10)

        def gone() -> bool:
            for pid in children:
                try:
                    state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
                except OSError:
                    continue
                if state != "Z":
                    return False
            return True

        wait_until(gone, 10, f"extraction processes {children} to exit")
    finally:
        if owner.poll() is None:
            owner.kill()


def test_a_negative_process_count_is_refused():
    with pytest.raises(ValueError, match="0 or more"):
        PreparePool(-1, MAX_BYTES)
