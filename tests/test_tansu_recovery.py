"""tansu reports a partition's end as its last batch's base offset + 1; worker.stream.tansu corrects it.

Both halves are checked on a real tansu broker, so if a tansu release fixes the quirk the
first test says so, and the correction is shown to give the true end either way.
"""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from worker.stream.tansu import end_after_last_batch

pytestmark = pytest.mark.broker


async def _write_batches(bootstrap: str, topic: str, sizes: list[int]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=50, enable_idempotence=False)
    await producer.start()
    try:
        for size in sizes:  # each group goes out as one batch: sent together, then flushed
            await asyncio.gather(*[await producer.send(topic, b"v", key=b"k", partition=0) for _ in range(size)])
    finally:
        await producer.stop()


async def _ends(bootstrap: str, topic: str) -> tuple[int, int]:
    tp = TopicPartition(topic, 0)
    probe = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None)
    await probe.start()
    try:
        reported = (await probe.end_offsets([tp]))[tp]
        return reported, await end_after_last_batch(probe, tp, reported)
    finally:
        await probe.stop()


def test_the_corrected_end_offset_counts_every_record_of_the_last_batch(broker):
    sizes = [3, 10]
    asyncio.run(_write_batches(broker.bootstrap, "quirk", sizes))
    reported, corrected = asyncio.run(_ends(broker.bootstrap, "quirk"))
    assert corrected == sum(sizes)
    assert reported <= corrected  # tansu 0.6.0: 4 (base offset 3 of the last batch, plus one)
