"""Exact table recovery on the embedded tansu broker, with normal producer batching.

tansu (0.6.0) answers a "latest offset" request with the base offset of the last record
batch plus one, not the offset after the batch's last record. Faust recovers a table by
reading its changelog up to that offset, so it stopped short by the rest of the last batch
(restarts came back 9,999 of 10,000 keys). One record per batch hid the problem at the
price of one produce request per record, which capped the worker at tens of articles/s.

Instead, the consumer here checks each end offset it is given: it fetches from the last
offset tansu reports (the base of the last batch), and returns the offset after the last
record it finds. Only table recovery asks for end offsets, so this costs one small fetch
per changelog partition per rebalance. On a real Kafka cluster it is not used.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any

from aiokafka import AIOKafkaConsumer
from faust.transport.drivers.aiokafka import Consumer
from faust.types import TP

log = logging.getLogger(__name__)
#: How long one fetch may wait, and how long to keep trying before giving up on a partition.
#: The record at ``reported_end - 1`` always exists (it starts the last batch), so an empty
#: answer only means the probe was not connected yet: on a loaded machine the first fetch of a
#: fresh consumer can take seconds, and giving up then would recover the table short again.
FETCH_TIMEOUT_MS = 2000
PROBE_DEADLINE_S = 60.0


class TansuConsumer(Consumer):
    """Faust's aiokafka consumer with end offsets that count every record of the last batch."""

    _probe: AIOKafkaConsumer | None = None

    async def highwaters(self, *partitions: TP) -> Mapping[TP, int]:
        reported = dict(await super().highwaters(*partitions))
        for tp, end in reported.items():
            if end:
                reported[tp] = await self._end_after_last_batch(tp, end)
        return reported

    async def _end_after_last_batch(self, tp: TP, reported_end: int) -> int:
        return await end_after_last_batch(await self._probe_consumer(), tp, reported_end)

    async def _probe_consumer(self) -> AIOKafkaConsumer:
        if self._probe is None:
            servers = [f"{url.host}:{url.port}" for url in self.app.conf.broker]
            self._probe = AIOKafkaConsumer(bootstrap_servers=servers, enable_auto_commit=False, group_id=None,
                                           fetch_max_wait_ms=100)
            await self._probe.start()
        return self._probe

    async def on_stop(self) -> None:
        if self._probe is not None:
            await self._probe.stop()
            self._probe = None
        await super().on_stop()


async def end_after_last_batch(probe: AIOKafkaConsumer, tp: TP, reported_end: int) -> int:
    """The offset after the last record of ``tp``, given tansu's end offset (last batch's base + 1)."""
    probe.assign([tp])
    probe.seek(tp, reported_end - 1)
    deadline = time.monotonic() + PROBE_DEADLINE_S
    offsets: list[int] = []
    while not offsets and time.monotonic() < deadline:
        records = await probe.getmany(tp, timeout_ms=FETCH_TIMEOUT_MS)
        offsets = [record.offset for batch in records.values() for record in batch]
    if not offsets:
        log.warning("tansu end offset of %s not checked: no record at %d within %.0f s; recovery may stop short",
                    tp, reported_end - 1, PROBE_DEADLINE_S)
    last = max(offsets, default=reported_end - 1)
    if last + 1 != reported_end:
        log.debug("tansu end offset of %s corrected from %d to %d", tp, reported_end, last + 1)
    return max(reported_end, last + 1)


def use_tansu_consumer(app: Any) -> None:
    """Make ``app`` create :class:`TansuConsumer` (before it starts)."""
    app.transport.Consumer = TansuConsumer
