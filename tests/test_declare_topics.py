"""The worker's topics are created before Faust starts, each with its own partition count, on a
real tansu (which would otherwise auto-create a changelog with 4 partitions if Faust's consumer
asked for it first: see worker.stream.declare_topics)."""

from __future__ import annotations

import time

from kafka import KafkaConsumer

from topics import ARTICLES, DEAD_LETTERS, PREPARED
from worker.embedded_broker import EmbeddedBroker
from worker.settings import Settings
from worker.stream.declare_topics import declare_topics, wanted_topics


def _partitions(bootstrap: str, topic: str) -> int:
    """Partitions of ``topic`` as a client's metadata request sees it (auto-creating it if unknown)."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        for _ in range(20):
            found = consumer.partitions_for_topic(topic)
            if found:
                return len(found)
            time.sleep(0.2)  # the metadata refresh the lookup asked for
        return 0
    finally:
        consumer.close()


def test_declared_topics_have_their_own_partition_counts_and_a_second_call_creates_none(broker: EmbeddedBroker):
    settings = Settings.from_env({"KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap, "WORKER_APP_ID": "declared"})
    created = declare_topics(settings)
    assert sorted(created) == sorted(wanted_topics(settings))
    assert _partitions(broker.bootstrap, ARTICLES.name) == ARTICLES.partitions == 4
    assert _partitions(broker.bootstrap, DEAD_LETTERS.name) == 1
    assert _partitions(broker.bootstrap, PREPARED.name) == 1
    for table in ("leaders", "regions", "dedupe"):
        assert _partitions(broker.bootstrap, f"declared-{table}-changelog") == PREPARED.partitions == 1
    assert declare_topics(settings) == []
