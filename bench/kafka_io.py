"""Kafka helpers of the benchmark: topic creation, the producer, the raw-consumer ceilings,
and reading topics back (changelog sizes, exact per-article latency)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from worker.replay import producer_config
from worker.settings import Settings


def create_topic(bootstrap: str, name: str, partitions: int) -> None:
    from kafka.admin import KafkaAdminClient, NewTopic
    from kafka.errors import TopicAlreadyExistsError

    admin = KafkaAdminClient(bootstrap_servers=bootstrap.split(","))
    try:
        admin.create_topics([NewTopic(name, partitions, 1)])
    except TopicAlreadyExistsError:
        pass
    finally:
        admin.close()


@dataclass
class Produced:
    sent: int
    first_send: float  # wall clock (s) just before the first send
    seconds: float  # until the producer's flush returned
    bytes: int


def produce(bootstrap: str, topic: str, messages: Iterable[tuple[bytes, bytes]],
            timestamp_ms: Callable[[int], int | None] | None = None,
            progress: Callable[[int], None] | None = None) -> Produced:
    """Send ``(key, value)`` pairs as fast as kafka-python goes (the worker's replay settings)."""
    from kafka import KafkaProducer

    producer = KafkaProducer(**producer_config(Settings(bootstrap_servers=bootstrap)))
    sent = size = 0
    first = time.time()
    started = time.perf_counter()
    try:
        for key, value in messages:
            if sent == 0:
                first = time.time()
                started = time.perf_counter()
            ts = timestamp_ms(sent) if timestamp_ms else None
            producer.send(topic, key=key, value=value, timestamp_ms=ts)
            sent += 1
            size += len(value)
            if progress:
                progress(sent)
        producer.flush(timeout=60)
    finally:
        producer.close(timeout=5)
    return Produced(sent, first, time.perf_counter() - started, size)


def aiokafka_ceiling(bootstrap: str, topic: str, n: int, timeout: float = 120.0) -> dict[str, Any]:
    """A plain aiokafka consumer (no group, no commits) reading ``n`` messages from the start."""

    async def run() -> dict[str, Any]:
        from aiokafka import AIOKafkaConsumer, TopicPartition

        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False,
                                    auto_offset_reset="earliest")
        await consumer.start()
        try:
            parts = consumer.partitions_for_topic(topic) or set()
            consumer.assign([TopicPartition(topic, p) for p in sorted(parts)])
            await consumer.seek_to_beginning()
            count = size = 0
            started = time.perf_counter()
            deadline = started + timeout
            while count < n and time.perf_counter() < deadline:
                batch = await consumer.getmany(timeout_ms=500, max_records=10_000)
                for records in batch.values():
                    count += len(records)
                    size += sum(len(r.value or b"") for r in records)
            seconds = time.perf_counter() - started
        finally:
            await consumer.stop()
        return {"messages": count, "seconds": seconds, "per_second": count / seconds, "mb_per_second":
                size / seconds / 1e6}

    return asyncio.run(run())


def kafka_python_ceiling(bootstrap: str, topic: str, n: int, timeout: float = 120.0) -> dict[str, Any]:
    """The same with kafka-python (the replay tool's client)."""
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=bootstrap.split(","), group_id=None, enable_auto_commit=False,
                             auto_offset_reset="earliest")
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        consumer.assign([TopicPartition(topic, p) for p in sorted(parts)])
        consumer.seek_to_beginning()
        count = size = 0
        started = time.perf_counter()
        deadline = started + timeout
        while count < n and time.perf_counter() < deadline:
            for records in consumer.poll(timeout_ms=500, max_records=10_000).values():
                count += len(records)
                size += sum(len(r.value or b"") for r in records)
        seconds = time.perf_counter() - started
    finally:
        consumer.close()
    return {"messages": count, "seconds": seconds, "per_second": count / seconds, "mb_per_second":
            size / seconds / 1e6}


def read_topic(bootstrap: str, topic: str, on_record: Callable[[Any], None], timeout: float = 120.0) -> int:
    """Call ``on_record`` for every record of ``topic`` (all partitions, start to current end)."""

    async def run() -> int:
        from aiokafka import AIOKafkaConsumer, TopicPartition

        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False,
                                    auto_offset_reset="earliest")
        await consumer.start()
        try:
            parts = consumer.partitions_for_topic(topic)
            if not parts:
                await consumer.topics()  # refreshes metadata
                parts = consumer.partitions_for_topic(topic) or set()
            tps = [TopicPartition(topic, p) for p in sorted(parts)]
            if not tps:
                return 0
            consumer.assign(tps)
            await consumer.seek_to_beginning()
            ends = await consumer.end_offsets(tps)
            remaining = {tp for tp in tps if ends[tp] > 0}
            count = 0
            deadline = time.monotonic() + timeout
            while remaining and time.monotonic() < deadline:
                batch = await consumer.getmany(timeout_ms=500, max_records=10_000)
                for tp, records in batch.items():
                    for record in records:
                        on_record(record)
                        count += 1
                    if records and records[-1].offset + 1 >= ends[tp]:
                        remaining.discard(tp)
            return count
        finally:
            await consumer.stop()

    return asyncio.run(run())
