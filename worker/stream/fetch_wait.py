"""How long the consumer lets a broker hold a fetch that has nothing to return yet.

Faust builds its aiokafka consumer with ``fetch_max_wait_ms=1500`` and no setting to change
it. A Kafka broker answers such a fetch as soon as a record arrives, so the figure only sets
how often an idle consumer asks. tansu 0.6.0 does not: a fetch that found nothing waits for
a good part of the time it was given even when records arrive meanwhile, and librdkafka's
mock cluster waits for all of it (produce-to-consume on an idle consumer, 5 tries each:
tansu 111–451 ms at 1,500 against 2–24 ms at 100; the mock 502–1,201 ms against 3–100 ms).

The worker's sequencer reads a topic that its own prepare agent writes. Whenever it caught
up, its next fetch waited like that while prepared records piled up, and that, not CPU, held
the pipeline back: the no-op app with the worker's topology ran at 385–534 messages/s with
its process half idle, and at 971–1,109 with 100 ms (see the README's benchmark).
"""

from __future__ import annotations

from typing import Any

import aiokafka
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread


class _FetchWaitThread(AIOKafkaConsumerThread):
    """Faust's consumer thread, with the fetch wait of the class attribute."""

    fetch_max_wait_ms: int = 1500

    def _create_worker_consumer(self, transport: Any) -> aiokafka.AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        # Read once, by AIOKafkaConsumer.start(), when it builds its Fetcher.
        consumer._fetch_max_wait_ms = self.fetch_max_wait_ms
        return consumer


def use_fetch_max_wait(app: Any, milliseconds: int) -> None:
    """Make ``app``'s consumer (whatever class it has now) let a fetch wait ``milliseconds`` at most."""
    base = app.transport.Consumer
    thread = type("FetchWaitConsumerThread", (_FetchWaitThread,), {"fetch_max_wait_ms": int(milliseconds)})

    class FetchWaitConsumer(base):  # type: ignore[misc, valid-type]
        def _new_consumer_thread(self) -> AIOKafkaConsumerThread:
            return thread(self, loop=self.loop, beacon=self.beacon)

    app.transport.Consumer = FetchWaitConsumer
