"""Fixtures: a real tansu broker per test, and worker processes on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.harness import WorkerProcess
from worker.embedded_broker import EmbeddedBroker


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
