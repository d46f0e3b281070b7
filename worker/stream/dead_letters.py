"""Sending a message to the dead-letter topic, and reading one back.

The value is the original message's bytes, unchanged, so ``worker redrive`` can send it
back to the input topic as it came; why it failed travels in headers (the convention of
Kafka Connect's dead-letter queues), readable with any Kafka tool.
"""

from __future__ import annotations

import time

import faust
from faust.types import Message

from worker.articles.validation import Rejection

REASON = "dead-letter-reason"
DETAIL = "dead-letter-detail"
SOURCE_TOPIC = "source-topic"
SOURCE_PARTITION = "source-partition"
SOURCE_OFFSET = "source-offset"
FAILED_AT = "failed-at"


def dead_letter_headers(rejection: Rejection, topic: str, partition: int, offset: int) -> list[tuple[str, bytes]]:
    return [
        (REASON, rejection.reason.encode()),
        (DETAIL, rejection.detail.encode("utf-8", errors="replace")),
        (SOURCE_TOPIC, topic.encode()),
        (SOURCE_PARTITION, str(partition).encode()),
        (SOURCE_OFFSET, str(offset).encode()),
        (FAILED_AT, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()).encode()),
    ]


class DeadLetters:
    """The dead-letter topic of one app."""

    def __init__(self, topic: faust.TopicT) -> None:
        self.topic = topic

    async def send(self, message: Message, rejection: Rejection, value: bytes | None = None) -> None:
        """Dead-letter ``message`` (or ``value``, the original bytes it stood for)."""
        await self.topic.send(
            key=message.key,
            value=message.value if value is None else value,
            headers=dead_letter_headers(rejection, message.topic, message.partition, message.offset),
        )
