"""Faust's producer with a buffer flush that never lets an offset commit overtake a table write.

A table write (``table[key] = value``) is synchronous, so Faust puts its changelog record in
a buffer (:class:`faust.transport.producer.ProducerBuffer`) that a background task hands to
aiokafka one record at a time. Before it commits offsets, Faust's consumer flushes that buffer
and then aiokafka. Two holes in faust-streaming (0.15.3, read in its source):

* ``ProducerBuffer.flush`` returns as soon as no record has left the buffer for 0.1 s, with
  records still in it; and the record the background task has taken out of the queue but not
  yet given to aiokafka (``send`` can wait for a full batch to drain) is in neither the queue
  nor aiokafka's accumulator. Either way the commit goes ahead of a table write; if the process
  then dies, the restarted worker skips the message and its write is lost.
* ``Producer.on_stop`` closes the aiokafka client before its buffer (a child service) is
  stopped, so what was still buffered at shutdown cannot be sent.

:class:`CompleteFlushBuffer` flushes every record that was buffered when the flush began, in
order, and none is ever half-sent while it does; :class:`CompleteFlushProducer` flushes it
before it closes the client. With them, a committed offset is always behind its changelog records.
"""

from __future__ import annotations

import asyncio
from typing import Any

from faust.transport.drivers.aiokafka import Producer
from faust.transport.producer import ProducerBuffer
from faust.types.tuples import FutureMessage
from mode import Service


class CompleteFlushBuffer(ProducerBuffer):
    """A producer buffer whose ``flush`` returns only once everything buffered before it was sent.

    Records leave the queue only under ``_sending``, and each is handed to aiokafka before the
    lock is released: so records go out in the order they came, and a flush that holds the
    lock knows that nothing is half-sent.
    """

    def __post_init__(self) -> None:
        super().__post_init__()
        self._sending = asyncio.Lock()
        self._queued = asyncio.Event()

    def put(self, fut: FutureMessage) -> None:
        super().put(fut)
        self._queued.set()

    async def flush(self) -> None:
        """Send every record queued when the flush got the lock, in order.

        Only those: records put while the flush runs belong to later offsets, and chasing
        them could keep a busy worker from ever committing.
        """
        async with self._sending:
            await self._send_queued()
        self.message_sent.set()

    async def _send_queued(self) -> None:
        for _ in range(self.pending.qsize()):  # only this coroutine takes from the queue now
            await self._send_pending(self.pending.get_nowait())
            self.message_sent.set()

    @Service.task
    async def _handle_pending(self) -> None:
        while not self.should_stop:
            await self._queued.wait()
            self._queued.clear()
            # A batch at a time, then the lock is free again: a waiting flush goes next (asyncio
            # locks are fair), so a steady stream of writes cannot starve a commit.
            async with self._sending:
                await self._send_queued()


class CompleteFlushProducer(Producer):
    """Faust's aiokafka producer with :class:`CompleteFlushBuffer`, flushed before the client closes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.app.conf.producer_threaded:
            raise ValueError("CompleteFlushProducer does not support producer_threaded")
        self.buffer = CompleteFlushBuffer(loop=self.loop, beacon=self.beacon)
        self.buffer.app = self.app

    async def on_stop(self) -> None:
        await self.buffer.flush()  # into aiokafka, whose own stop then sends what it holds
        await super().on_stop()


def use_complete_flush_producer(app: Any) -> None:
    """Make ``app`` create :class:`CompleteFlushProducer` (before it starts)."""
    app.transport.Producer = CompleteFlushProducer
