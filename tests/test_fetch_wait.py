"""The consumer's fetch wait: which value each profile gets, and that the worker's own Faust
consumer starts its aiokafka fetcher with it (on a real tansu broker)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from worker.app import create_app
from worker.embedded_broker import EmbeddedBroker, free_port
from worker.metrics import Metrics
from worker.settings import Settings

FAUST_DEFAULT_MS = 1500  # faust.transport.drivers.aiokafka builds its consumer with this


def test_the_embedded_profile_waits_100_ms_and_a_cluster_keeps_faust_s_wait():
    assert Settings.from_env({}).fetch_wait_ms == 100
    assert Settings.from_env({"KAFKA_BOOTSTRAP_SERVERS": "kafka:9092"}).fetch_wait_ms is None
    assert Settings.from_env({"KAFKA_BOOTSTRAP_SERVERS": "kafka:9092",
                              "KAFKA_FETCH_MAX_WAIT_MS": "250"}).fetch_wait_ms == 250
    assert Settings.from_env({"KAFKA_FETCH_MAX_WAIT_MS": "40"}).fetch_wait_ms == 40


async def _fetcher_wait(settings: Settings) -> int:
    """Start the consumer the worker's app builds, and read the wait its fetcher was given."""
    app = create_app(settings, metrics=Metrics()).app
    thread = app.consumer._thread
    consumer = thread._create_worker_consumer(app.transport)
    await consumer.start()
    try:
        return consumer._fetcher._fetch_max_wait_ms
    finally:
        await consumer.stop()


@pytest.mark.parametrize(("env", "expected"), [
    ({}, 100),
    ({"KAFKA_FETCH_MAX_WAIT_MS": "250"}, 250),
    ({"WORKER_BROKER_PROFILE": "default"}, FAUST_DEFAULT_MS),
])
def test_the_worker_s_consumer_fetches_with_that_wait(broker: EmbeddedBroker, tmp_path: Path,
                                                       env: dict[str, str], expected: int):
    settings = Settings.from_env({"KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap, "WORKER_BROKER_PROFILE": "embedded",
                                  "WORKER_WEB_PORT": str(free_port()), "WORKER_DATA_DIR": str(tmp_path),
                                  "WORKER_APP_ID": f"fetch-wait-{expected}", **env})
    assert asyncio.run(_fetcher_wait(settings)) == expected
