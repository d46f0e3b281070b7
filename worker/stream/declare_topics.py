"""Create every topic the worker uses before Faust starts, each with its own partition count.

tansu (like any Kafka cluster with ``auto.create.topics.enable``) creates a topic the first time
a client asks for its metadata, with the broker's default partition count: 4 on tansu. Faust
declares a table's changelog topic while its consumer is already subscribing to it, so the two
race. Once, on a fresh ``make run``, the consumer won: ``conflict-news-leaders-changelog`` came up
with 4 partitions against the 1 of ``articles-prepared``, and the sequencer crashed on every batch
with Faust's ``PartitionsMismatch`` (the worker took articles in and folded none). Declaring the
topics here first, with the settings Faust would use, leaves nothing for auto-creation to guess.

Skipped where ``KAFKA_TOPIC_ALLOW_DECLARE=false`` (an operator creates the topics).
"""

from __future__ import annotations

import logging
from typing import Any

from topics import ARTICLES, DEAD_LETTERS, PREPARED, TABLES, TopicSpec
from worker.settings import Settings

log = logging.getLogger(__name__)

#: Admin-client settings taken over from the replay producer's (connection and security only).
_ADMIN_KEYS = ("bootstrap_servers", "security_protocol", "sasl_mechanism", "sasl_plain_username",
               "sasl_plain_password", "ssl_cafile", "ssl_certfile", "ssl_keyfile", "request_timeout_ms")


def wanted_topics(settings: Settings) -> dict[str, tuple[int, dict[str, str]]]:
    """``{topic: (partitions, configs)}`` for every topic of the worker, changelogs included."""
    def spec(topic: TopicSpec) -> tuple[int, dict[str, str]]:
        configs = {"retention.ms": str(int(topic.retention_seconds * 1000))} if topic.retention_seconds else {}
        return topic.partitions, configs

    out = {topic.name: spec(topic) for topic in (ARTICLES, DEAD_LETTERS, PREPARED)}
    for table in TABLES:  # Faust's changelogs: compacted, with the sequencer topic's partitions
        out[f"{settings.app_id}-{table}-changelog"] = (PREPARED.partitions, {"cleanup.policy": "compact"})
    return out


def declare_topics(settings: Settings) -> list[str]:
    """Create the topics that do not exist yet; returns the names created."""
    from kafka.admin import KafkaAdminClient, NewTopic
    from kafka.errors import TopicAlreadyExistsError

    from worker.replay import producer_config

    config: dict[str, Any] = {k: v for k, v in producer_config(settings).items() if k in _ADMIN_KEYS}
    admin = KafkaAdminClient(**config)
    created: list[str] = []
    try:
        existing = set(admin.list_topics())
        for name, (partitions, configs) in wanted_topics(settings).items():
            if name in existing:
                continue
            try:
                admin.create_topics([NewTopic(name, partitions, settings.replication_factor,
                                              topic_configs=configs)])
                created.append(name)
            except TopicAlreadyExistsError:
                pass  # another replica got there first
    finally:
        admin.close()
    if created:
        log.info("declared topics %s", ", ".join(created))
    return created
