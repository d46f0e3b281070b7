"""Every Kafka topic of the pipeline, declared once.

The replay producer, the worker's agents and the tests all import these specs, so a
topic's name, partition count, key and value formats and cleanup policy cannot drift
between them. Changelog topics of tables are named by Faust
(``<app id>-<table>-changelog``) and are not listed here.

Path of an article::

    articles ─▶ prepare agent (validate, fingerprint, extract; N partitions, parallel)
             ├▶ articles-dead-letter   (bad input, original bytes + reason in headers)
             └▶ articles-prepared ─▶ sequence agent (1 partition: dedupe in stream order,
                                                   then the leaders/regions tables)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TopicSpec:
    """What a topic holds and how it is laid out."""

    name: str
    partitions: int
    key: str
    value: str
    compacted: bool = False
    #: Retention in seconds; None leaves the broker's default.
    retention_seconds: float | None = None
    doc: str = ""


ARTICLES = TopicSpec(
    name="articles",
    partitions=4,
    key="article id (UTF-8)",
    value="article JSON object (bytes, validated by the worker)",
    doc="Input: what analysts and the replay producer send.",
)

DEAD_LETTERS = TopicSpec(
    name="articles-dead-letter",
    partitions=1,
    key="the original message key",
    value="the original message bytes, unchanged",
    retention_seconds=30 * 24 * 3600,
    doc=(
        "Bad input and messages that failed processing. Headers: dead-letter-reason, "
        "dead-letter-detail, source-topic, source-partition, source-offset, failed-at. "
        "`worker redrive` sends the values back to the input topic."
    ),
)

PREPARED = TopicSpec(
    name="articles-prepared",
    partitions=1,
    key="article id (UTF-8)",
    value="JSON: article metadata, dedupe fingerprint, extracted events and the original message",
    doc=(
        "One partition on purpose: near-duplicate detection needs one global stream order "
        "(the later copy is the duplicate), so every prepared article passes one sequencer. "
        "Records carry the extraction's results and the original message (so that an id "
        "reused for another text can be dead-lettered intact), not a parsed body."
    ),
)

ALL: tuple[TopicSpec, ...] = (ARTICLES, DEAD_LETTERS, PREPARED)

#: The Faust tables, each backed by a compacted changelog topic with PREPARED's partition count.
TABLES: dict[str, str] = {
    "leaders": "leader_key -> summary of one ISIS member across articles",
    "regions": "Country or Country/Admin1 -> counts of distinct leaders by outcome, and articles",
    "dedupe": "article id -> fingerprint, time bucket, first copy (the dedupe index's only durable part)",
}
