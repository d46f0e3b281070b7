"""Operations: a worker started before its broker waits for it; dedupe state stays bounded."""

from __future__ import annotations

import subprocess
import sys
import time

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
