"""Read the dead-letter topic, and send dead letters back to the input topic after a fix.

``worker dead-letters`` lists them (reason, detail, where they came from). ``worker redrive``
sends each one's original bytes back to ``articles`` under its original key. Progress is
committed under the consumer group ``<app id>-redrive``, so a letter is redriven once;
``--from-beginning`` starts over. A letter that is still bad simply lands here again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from topics import ARTICLES, DEAD_LETTERS
from worker.replay import ReplayError, producer_config
from worker.settings import Settings
from worker.stream import dead_letters as dl


@dataclass(frozen=True)
class DeadLetter:
    offset: int
    key: bytes | None
    value: bytes
    headers: dict[str, str]

    @property
    def reason(self) -> str:
        return self.headers.get(dl.REASON, "?")


def _consumer(settings: Settings, group: str | None, from_beginning: bool, idle_ms: int):
    from kafka import KafkaConsumer, TopicPartition
    from kafka.errors import KafkaError

    config = producer_config(settings)
    for key in ("acks", "enable_idempotence", "linger_ms", "max_block_ms"):
        config.pop(key, None)
    try:
        consumer = KafkaConsumer(group_id=group, enable_auto_commit=False, auto_offset_reset="earliest",
                                 consumer_timeout_ms=idle_ms, **config)
        partitions = [TopicPartition(DEAD_LETTERS.name, p)
                      for p in sorted(consumer.partitions_for_topic(DEAD_LETTERS.name) or [])]
    except KafkaError as exc:
        raise ReplayError(f"no Kafka broker answered at {settings.bootstrap_servers} ({exc})") from None
    consumer.assign(partitions)
    if from_beginning or group is None:
        consumer.seek_to_beginning(*partitions)
    return consumer


def read_dead_letters(settings: Settings, *, idle_ms: int = 2000) -> Iterator[DeadLetter]:
    """Every dead letter on the topic, oldest first (commits nothing)."""
    consumer = _consumer(settings, group=None, from_beginning=True, idle_ms=idle_ms)
    try:
        for record in consumer:
            yield _letter(record)
    finally:
        consumer.close()


def _letter(record) -> DeadLetter:
    headers = {k: v.decode("utf-8", errors="replace") for k, v in (record.headers or [])}
    return DeadLetter(record.offset, record.key, record.value or b"", headers)


def redrive(settings: Settings, *, reasons: set[str] | None = None, from_beginning: bool = False,
            dry_run: bool = False, idle_ms: int = 2000) -> dict[str, int]:
    """Send dead letters (optionally only some reasons) back to the input topic; counts by outcome."""
    from kafka import KafkaProducer

    group = f"{settings.app_id}-redrive"
    consumer = _consumer(settings, group=group, from_beginning=from_beginning, idle_ms=idle_ms)
    producer = None if dry_run else KafkaProducer(**producer_config(settings))
    counts = {"redriven": 0, "skipped": 0}
    try:
        for record in consumer:
            letter = _letter(record)
            if reasons and letter.reason not in reasons:
                counts["skipped"] += 1
                continue
            if producer is not None:
                producer.send(ARTICLES.name, key=letter.key, value=letter.value)
            counts["redriven"] += 1
        if producer is not None:
            producer.flush(timeout=30)
            consumer.commit()
    finally:
        consumer.close()
        if producer is not None:
            producer.close(timeout=5)
    return counts
