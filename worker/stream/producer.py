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
order, including the one in hand; :class:`CompleteFlushProducer` flushes it before it closes
the client. With them, a committed offset is always behind its changelog records.
"""

from __future__ import annotations

import asyncio
from typing import Any

from faust.transport.drivers.aiokafka import Producer
from faust.transport.producer import ProducerBuffer
from faust.types.tuples import FutureMessage
from mode import Service


class CompleteFlushBuffer(ProducerBuffer):
    """A producer buffer whose ``flush`` returns only once everything buffered before it was sent."""

    def __post_init__(self) -> None:
        super().__post_init__()
        #: Held while a record is handed to aiokafka, so records leave in the order they came.
        self._sending = asyncio.Lock()
        #: The record the background task took from the queue and has not sent yet.
        self._in_hand: FutureMessage | None = None

    async def flush(self) -> None:
        """Send the record in hand, then every record queued when the flush began, in order.

        Only those: records put while the flush runs belong to later offsets, and chasing
        them could keep a busy worker from ever committing.
        """
        async with self._sending:
            if self._in_hand is not None:
                fut, self._in_hand = self._in_hand, None
                await self._send_pending(fut)
            for _ in range(self.pending.qsize()):
                await self._send_pending(self.pending.get_nowait())
        self.message_sent.set()

    @Service.task
    async def _handle_pending(self) -> None:
        while not self.should_stop:
            fut = await self.pending.get()
            self._in_hand = fut  # no await between taking it and recording it
            async with self._sending:
                if self._in_hand is fut:  # a flush may have sent it while we waited for the lock
                    self._in_hand = None
                    await self._send_pending(fut)
            self.message_sent.set()


class CompleteFlushProducer(Producer):
    """Faust's aiokafka producer with :class:`CompleteFlushBuffer`, flushed before the client closes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.app.conf.producer_threaded:
            raise ValueError("CompleteFlushProducer does not support producer_threaded")
        self.buffer = CompleteFlushBuffer(loop=self.loop, beacon=self.beacon)
        self.buffer.app = self.app

    async def on_stop(self) -> None:
        await self.buffer.flush()
        if self._producer is not None:
            await self._producer.flush()
        await super().on_stop()


def use_complete_flush_producer(app: Any) -> None:
    """Make ``app`` create :class:`CompleteFlushProducer` (before it starts)."""
    app.transport.Producer = CompleteFlushProducer
