"""Operations: a worker started before its broker waits for it; dedupe state stays bounded; a killed
prepare process, or a SIGTERM while a batch is in it, loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from tests import oracle
from tests.clusters import TansuCluster
from tests.harness import ROOT, WorkerProcess, wait_until
from worker.corpus import generate
from worker.embedded_broker import EmbeddedBroker, free_port

pytestmark = pytest.mark.broker


def test_a_worker_started_before_the_broker_waits_says_so_and_then_works(tmp_path):
    port = free_port()
    address = f"127.0.0.1:{port}"
    worker = WorkerProcess(address, tmp_path, app_id="early")
    log = worker.log_path.open("ab")
    worker.process = subprocess.Popen([sys.executable, "-m", "worker", "run"], env=worker.env, cwd=ROOT,
                                      stdout=log, stderr=log, stdin=subprocess.DEVNULL)
    broker = None
    try:
        wait_until(lambda: f"waiting for Kafka at {address}" in worker.log_path.read_text(errors="replace"), 30,
                   "the waiting line")
        time.sleep(4)  # a few retries with nobody there
        assert worker.process.poll() is None, worker.log_tail()
        text = worker.log_path.read_text(errors="replace")
        lines = [line for line in text.splitlines() if "waiting for Kafka" in line]
        assert len(lines) == 1, lines  # one clear line, not one per attempt
        assert "Traceback" not in worker.log_path.read_text(errors="replace")

        broker = EmbeddedBroker.start(port=port, log_path=tmp_path / "tansu.log")
        worker.wait_ready(timeout=60)
        cluster = TansuCluster(broker)
        n, seed = 60, 17
        assert cluster.produce(oracle.messages(n, seed)) == n
        oracle.wait_sequenced(worker, n, timeout=60)
        want = oracle.expected(n, seed)
        leaders, regions = oracle.live_tables(worker)
        assert oracle.order_free(leaders) == want.order_free()
        assert regions == want.regions
        assert f"Kafka at {address} answered" in worker.log_path.read_text(errors="replace")
    finally:
        worker.stop()
        if broker is not None:
            broker.stop()


def test_a_worker_gives_up_after_the_configured_wait_with_one_line(tmp_path):
    address = f"127.0.0.1:{free_port()}"
    worker = WorkerProcess(address, tmp_path, app_id="never", WORKER_BROKER_WAIT_SECONDS="3")
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "worker", "run"], env=worker.env, cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 1
    assert time.monotonic() - started < 30
    assert f"no Kafka broker answered at {address} within 3s" in result.stderr
    assert "Traceback" not in result.stderr


def test_dedupe_state_stops_growing_once_the_window_is_full(cluster, cluster_worker):
    per_hour, hours, window_hours = 30, 9, 2
    articles = generate(per_hour * hours, seed=18, republished=0.0).articles
    worker = cluster_worker(app_id="window", WORKER_DEDUPE_WINDOW_SECONDS=str(window_hours * 3600)).start()
    rows: list[float] = []
    for hour in range(hours):
        batch = articles[hour * per_hour:(hour + 1) * per_hour]
        ts = oracle.T0_MS + hour * 3600 * 1000
        cluster.produce([(a["id"].encode(), orjson.dumps(a), ts + i) for i, a in enumerate(batch)])
        done = (hour + 1) * per_hour
        wait_until(lambda done=done: worker.metric("newsworker_articles_processed_total") >= done, 60,
                   f"hour {hour} processed")
        rows.append(worker.metric("newsworker_table_rows", table="dedupe"))
    print(f"\n[reliability] dedupe-window[tansu]: sent={per_hour * hours} per_hour={per_hour} "
          f"window_hours={window_hours} dedupe_rows_by_hour={rows}")
    # Grows while the window fills, then stays flat: at most the window plus the current hour.
    assert rows[0] == per_hour
    assert max(rows) <= (window_hours + 1) * per_hour
    assert rows[-1] == rows[-2] == rows[-3]
    assert rows[-1] < per_hour * hours / 2
    # The price of bounded state: an article replayed after the window is counted again.
    first = articles[0]
    late = oracle.T0_MS + hours * 3600 * 1000
    cluster.produce([(first["id"].encode(), orjson.dumps(first), late)])
    wait_until(lambda: worker.metric("newsworker_articles_processed_total") >= per_hour * hours + 1, 30,
               "the expired article counted again")


def _prepare_children(worker_pid: int) -> list[int]:
    """The worker's stage-one processes (multiprocessing spawn children), from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (stat.parent / "cmdline").read_bytes()
        except (OSError, ValueError, IndexError):
            continue
        if ppid == worker_pid and b"spawn_main" in cmdline:
            found.append(int(stat.parent.name))
    return found


def _assert_tables_match_the_oracle(worker: WorkerProcess, n: int, seed: int) -> None:
    want = oracle.expected(n, seed)
    leaders, regions = oracle.live_tables(worker)
    assert oracle.order_free(leaders) == want.order_free()
    assert regions == want.regions


def test_a_killed_prepare_process_loses_nothing_and_is_replaced(cluster, cluster_worker):
    """SIGKILL the child that extracts, mid-stream: its batch is prepared in the worker, a new
    child takes the next ones, and the tables equal the oracle's with nothing dead-lettered."""
    n, seed = 400, 23
    worker = cluster_worker(app_id="child-kill", WORKER_PREPARE_BATCH_SIZE="8").start()
    assert worker.process is not None
    messages = oracle.messages(n, seed)
    assert cluster.produce(messages[:150]) == 150
    children = wait_until(lambda: _prepare_children(worker.process.pid), 60, "a prepare process")
    wait_until(lambda: worker.metric("newsworker_articles_received_total") >= 20, 60, "some articles in")
    for pid in children:
        os.kill(pid, signal.SIGKILL)
    assert cluster.produce(messages[150:]) == n - 150
    oracle.wait_sequenced(worker, n, timeout=120)
    _assert_tables_match_the_oracle(worker, n, seed)
    assert sum(v for (name, _), v in worker.metrics().items() if name == "newsworker_articles_invalid_total") == 0
    log = worker.log_path.read_text(errors="replace")
    assert "a prepare process died" in log, worker.log_tail()
    replacements = _prepare_children(worker.process.pid)
    assert replacements and not set(replacements) & set(children)


@pytest.mark.parametrize("attempt", range(2))
def test_a_sigterm_while_a_batch_is_in_the_prepare_process_loses_nothing(cluster, cluster_worker, attempt):
    """Batches of 200 take the child about a second each, so a SIGTERM after 400 articles
    received lands while one is in flight. Its inputs were not acked (acks come from delivery),
    so the restarted worker reads them again: every article reaches the tables, once."""
    n, seed = 600, 31 + attempt
    assert cluster.produce(oracle.messages(n, seed)) == n
    first = cluster_worker(app_id=f"term-batch-{attempt}", WORKER_PREPARE_BATCH_SIZE="200",
                           WORKER_PREPARE_BATCH_WAIT_SECONDS="0.5").start()
    wait_until(lambda: first.metric("newsworker_articles_received_total") >= 400, 120, "two batches taken")
    sequenced_at_stop = first.metric("newsworker_articles_processed_total")
    assert first.stop(signal.SIGTERM, timeout=30) == 0, first.log_tail()
    assert "Traceback" not in first.log_path.read_text(errors="replace")
    print(f"\n[reliability] sigterm-mid-batch[{cluster.kind}]: sent={n} processed_at_stop={sequenced_at_stop}")
    assert sequenced_at_stop < n  # the signal came before the end of the stream

    second = cluster_worker(app_id=f"term-batch-{attempt}").start(ready_timeout=90)
    oracle.wait_sequenced(second, n, timeout=180)
    _assert_tables_match_the_oracle(second, n, seed)
