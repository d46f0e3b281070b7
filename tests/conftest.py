"""Fixtures: a real tansu broker per test, and worker processes on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.clusters import Cluster, MockCluster, TansuCluster
from tests.harness import WorkerProcess
from worker.embedded_broker import EmbeddedBroker


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[pytest.TestReport]:
    """A failed test's report ends with the tails of its workers' and broker's logs: CI keeps only
    the output of a failed run, and an in-memory broker keeps nothing after it."""
    report: pytest.TestReport = yield
    tmp_path = getattr(item, "funcargs", {}).get("tmp_path")
    if report.when == "call" and report.failed and isinstance(tmp_path, Path):
        for log in sorted(tmp_path.glob("worker-*.log")) + sorted(tmp_path.glob("tansu.log")):
            lines = log.read_text(errors="replace").splitlines()[-LOG_TAIL_LINES:]
            report.sections.append((f"{log.name} (last {len(lines)} lines)", "\n".join(lines)))
    return report


LOG_TAIL_LINES = 60


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[EmbeddedBroker]:
    """A fresh tansu broker on a free loopback port (memory storage: nothing leaks between tests)."""
    started = EmbeddedBroker.start(log_path=tmp_path / "tansu.log")
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def start_worker(broker: EmbeddedBroker, tmp_path: Path) -> Iterator:
    """Start worker processes on the test's broker; all are stopped at the end of the test."""
    workers: list[WorkerProcess] = []

    def start(**env: str) -> WorkerProcess:
        worker = WorkerProcess(broker.bootstrap, tmp_path, **env)
        workers.append(worker)
        return worker.start()

    yield start
    for worker in workers:
        worker.stop()


@pytest.fixture(params=["tansu"])
def cluster(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Cluster]:
    """A Kafka cluster for the reliability tests: ``tansu`` (the embedded broker) by default, or
    ``mock`` (librdkafka's mock cluster) with ``@pytest.mark.parametrize("cluster", [...], indirect=True)``."""
    if request.param == "mock":
        started: Cluster = MockCluster()
        try:
            yield started
        finally:
            started.close()
        return
    broker = EmbeddedBroker.start(log_path=tmp_path / "tansu.log")
    try:
        yield TansuCluster(broker)
    finally:
        broker.stop()


@pytest.fixture
def cluster_worker(cluster: Cluster, tmp_path: Path) -> Iterator:
    """``cluster_worker(app_id=..., **env)``: a worker process on ``cluster``, not yet started
    (call ``.start()``); every one still running at the end is killed."""
    workers: list[WorkerProcess] = []

    def make(app_id: str = "conflict-news", **env: str) -> WorkerProcess:
        worker = WorkerProcess(cluster.bootstrap, tmp_path, app_id=app_id, **{**cluster.worker_env(app_id), **env})
        workers.append(worker)
        return worker

    yield make
    for worker in workers:
        worker.stop(timeout=15)
