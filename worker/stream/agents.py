"""The two Faust agents. Each is a thin loop over a function of :mod:`worker.processing`.

``prepare`` (input topic, every partition): validate, fingerprint, extract, a batch at a time
(in the worker's process, or in extraction processes: ``WORKER_EXTRACT_PROCESSES``); good
articles go on to the sequencer, bad ones to the dead-letter topic. ``sequence`` (one partition):
dedupe in stream order and fold into the tables, a batch at a time (each changed row
written once per batch). Both run with ``concurrency=1``: a
higher value lets Faust commit past a message that is still being processed.

Nothing a user sent is dropped silently: a message that cannot be processed, for
whatever reason, is dead-lettered with its original bytes and the worker moves on.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

import faust
from faust.types import EventT

from worker.articles.validation import Rejection
from worker.metrics import Metrics
from worker.processing import Prepared, Sequenced, Sequencer, processing_failure
from worker.settings import Settings
from worker.stream.current_event import current_event
from worker.stream.dead_letters import DeadLetters
from worker.stream.offset_gaps import (
    OffsetGaps,
    StallWatch,
    committed_offset,
    read_again,
    set_aside,
    stalled_partitions,
)
from worker.stream.prepare_pool import PreparePool
from worker.stream.tables import Tables

log = logging.getLogger(__name__)

#: The sequencer lets other tasks run after this many articles of a batch (about 10 ms of work).
YIELD_EVERY = 16
#: How long a stopping prepare agent waits for the batches it took to be sent (about 0.2 s each).
DRAIN_SECONDS = 5.0


@dataclass
class Agents:
    prepare: faust.types.AgentT
    sequence: faust.types.AgentT


def define_agents(app: faust.App, *, articles: faust.TopicT, prepared: faust.TopicT, dead_letters: DeadLetters,
                  tables: Tables, metrics: Metrics, settings: Settings) -> Agents:
    """Declare the agents on ``app``."""
    sequencer = Sequencer.over(
        dedupe_state=tables.dedupe_state(), leaders=tables.leaders, regions=tables.regions,
        window_seconds=settings.dedupe_window_seconds, write_back=True)

    @tables.dedupe.on_recover
    async def rebuild_dedupe_index() -> None:
        """After every recovery: drop held writes, rebuild the dedupe index's memory from its table."""
        sequencer.discard_pending()
        docs = sequencer.dedupe.rebuild()
        log.info("dedupe index rebuilt from %d remembered articles", docs)

    pool = PreparePool(settings.extract_processes, settings.max_article_bytes)

    @app.on_before_shutdown.connect
    async def stop_prepare_pool(app: faust.App, **kwargs: object) -> None:
        pool.close()

    gaps = OffsetGaps()
    stalls = StallWatch()

    @app.on_partitions_revoked.connect
    async def forget_offsets(app: faust.App, revoked: object, **kwargs: object) -> None:
        gaps.forget()
        stalls.forget()

    async def in_order(message: faust.types.Message) -> bool:
        """False if the stream jumped over offsets before ``message``: they are read again first."""
        start = committed_offset(app.consumer, message.tp)
        skip = gaps.observe(message.topic, message.partition, message.offset, start)
        if skip is None:
            return True
        if skip.new:
            metrics.skipped_messages.labels(message.topic).inc(skip.last - skip.first + 1)
            log.error("the consumer skipped %s[%s] offsets %d..%d (a Faust recovery race): reading them again",
                      message.topic, message.partition, skip.first, skip.last)
        # Again for each later record of the stale batch: Faust's fetcher hands them out after the
        # seek too, and each one moves its read offset (and gap record) past the skipped ones anew.
        await read_again(app.consumer, message.tp, skip.first, skip.last)
        return False

    read_topics = {*articles.topics, *prepared.topics}

    async def read_stalled_partitions() -> None:
        """A drop at the end of what was written shows no jump (no later message comes): find
        partitions whose read messages never came and read them again."""
        if app.rebalancing or app.in_recovery:
            stalls.forget()  # partitions are paused or being moved: no progress is expected
            return
        for tp, first, last in stalled_partitions(app.consumer, gaps, stalls, read_topics):
            if gaps.rereading(tp.topic, tp.partition):  # a jump's seek that did not hold: counted already
                log.warning("%s[%s] still waits for offset %d after a jump: seeking again",
                            tp.topic, tp.partition, first)
            else:
                metrics.skipped_messages.labels(tp.topic).inc(last - first + 1)
                log.error("the consumer delivered none of %s[%s] offsets %d..%d in %d checks (dropped, as Faust's "
                          "recovery race does, or an agent stuck that long): reading them again",
                          tp.topic, tp.partition, first, last, stalls.checks)
            await read_again(app.consumer, tp, first, last)

    if settings.stall_check_seconds > 0:
        app.timer(interval=settings.stall_check_seconds)(read_stalled_partitions)

    async def prepare_agent(stream: faust.StreamT) -> AsyncIterator[None]:
        # Batches go to the pool (see worker.stream.prepare_pool; with no extraction process it
        # prepares them right here) and, in order, to ``send_prepared``, which sends their
        # results and acks them: the agent takes the next batch while one is being extracted,
        # so the processes never wait for the event loop (where the sequencer may be folding a
        # batch). A batch's messages are
        # acked once each result is with the producer, as in the sequencer below.
        pool.start()
        in_flight: asyncio.Queue[tuple[list[EventT], asyncio.Future]] = asyncio.Queue(maxsize=pool.processes + 1)
        sender = asyncio.ensure_future(send_prepared(in_flight))
        events: list[EventT]
        try:
            async for events in stream.noack_take(settings.prepare_batch_size,
                                                  within=settings.prepare_batch_wait_seconds):
                kept = []
                for event in events:
                    if await in_order(event.message):
                        kept.append(event)
                    else:  # not processed: delivered again after the skipped offsets
                        set_aside(app.consumer, event.message)
                if not kept:
                    yield None
                    continue
                metrics.articles_received.inc(len(kept))
                now = time.time()
                results = asyncio.ensure_future(pool.prepare(
                    [(event.message.value, int((event.message.timestamp or now) * 1000)) for event in kept]))
                queued = asyncio.ensure_future(in_flight.put((kept, results)))
                await asyncio.wait((queued, sender), return_when=asyncio.FIRST_COMPLETED)
                if sender.done():  # it failed: the agent fails with its error, as if it had been ours
                    queued.cancel()
                    results.cancel()
                    sender.result()
                yield None
        finally:
            # At a stop, send (and ack) the batches already taken, so that a restart does not take
            # them again; whatever is not done in time stays unacked and is delivered again.
            if not sender.done():
                try:
                    await asyncio.wait_for(in_flight.join(), timeout=DRAIN_SECONDS)
                except (TimeoutError, asyncio.CancelledError):
                    log.warning("stopping with prepared batches not yet sent: they will be read again")
            sender.cancel()

    async def send_prepared(in_flight: asyncio.Queue[tuple[list[EventT], asyncio.Future]]) -> None:
        """Send each prepared batch on, in the order it was taken, then ack its messages."""
        while True:
            events, results = await in_flight.get()
            for event, result in zip(events, await results, strict=True):
                message = event.message
                if isinstance(result, Rejection):
                    if result.reason == "processing_error":
                        log.error("prepare failed on %s[%s]@%s: %s", message.topic, message.partition,
                                  message.offset, result.detail)
                    metrics.articles_invalid.labels(result.reason).inc()
                    await dead_letters.send(message, result)
                else:
                    metrics.extraction_seconds.observe(result.extract_seconds)
                    await prepared.send(key=result.key, value=result.value)
            for event in events:
                event.ack()
            in_flight.task_done()

    async def sequence_agent(stream: faust.StreamT) -> AsyncIterator[None]:
        # A batch is folded into write-back views and its changed rows written once at its end;
        # only then are its messages acked (noack_take acks nothing by itself), so Faust never
        # commits an offset whose writes are not yet with the producer (see worker.stream.producer).
        # A stop or crash mid-batch leaves the batch unacked: it is delivered again, exactly.
        events: list[EventT]
        async for events in stream.noack_take(settings.sequence_batch_size,
                                              within=settings.sequence_batch_wait_seconds):
            done: list[tuple[Prepared, Sequenced]] = []
            folded = 0
            for k, event in enumerate(events, 1):
                if not await in_order(event.message):
                    for later in events[folded:]:  # this one and the rest come again after the skipped offsets
                        set_aside(app.consumer, later.message)
                    break
                with current_event(event):  # a table write takes its partition from it
                    finished = await sequence_one(event.message)
                folded += 1
                if finished is not None:
                    done.append(finished)
                if k % YIELD_EVERY == 0:
                    # let the prepare agent take its results and hand the extraction processes
                    # their next batch: a batch of 400 holds the event loop for a few hundred ms
                    await asyncio.sleep(0)
            if folded:
                with current_event(events[folded - 1]):
                    sequencer.flush()
            for event in events[:folded]:
                event.ack()
            for item, outcome in done:  # counted once the tables hold them
                if outcome.first_delivery:
                    metrics.articles_processed.inc()
                    for extracted in outcome.events:
                        metrics.events.labels(extracted.outcome).inc()
                    metrics.end_to_end_seconds.observe(max(0.0, time.time() - item.received_at_ms / 1000.0))
            metrics.last_processed.set(time.time())
            yield None

    async def sequence_one(message: faust.types.Message) -> tuple[Prepared, Sequenced] | None:
        """Dedupe and fold one prepared article; what was decided, or None if it was dead-lettered."""
        item: Prepared | None = None
        try:
            item = Prepared.from_bytes(message.value)
            outcome = sequencer.process(item, message.offset)
        except Exception as exc:
            log.exception("sequence failed on %s[%s]@%s", message.topic, message.partition, message.offset)
            metrics.articles_invalid.labels("processing_error").inc()
            original = item.raw.encode() if item is not None else None  # what the user sent, if we know it
            await dead_letters.send(message, processing_failure(exc), value=original)
            return None
        if outcome.rejection is not None:
            metrics.articles_invalid.labels(outcome.rejection.reason).inc()
            await dead_letters.send(message, outcome.rejection, value=item.raw.encode())
        elif outcome.duplicate is not None:
            metrics.duplicates.labels(outcome.duplicate).inc()
        return item, outcome

    return Agents(
        prepare=app.agent(articles, name="prepare", concurrency=1)(prepare_agent),
        sequence=app.agent(prepared, name="sequence", concurrency=1)(sequence_agent),
    )
