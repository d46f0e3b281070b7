"""The two Faust agents. Each is a thin loop over a function of :mod:`worker.processing`.

``prepare`` (input topic, every partition): validate, fingerprint, extract; good articles go
on to the sequencer, bad ones to the dead-letter topic. ``sequence`` (one partition):
dedupe in stream order and fold into the tables, a batch at a time (each changed row
written once per batch). Both run with ``concurrency=1``: a
higher value lets Faust commit past a message that is still being processed.

Nothing a user sent is dropped silently: a message that cannot be processed, for
whatever reason, is dead-lettered with its original bytes and the worker moves on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

import faust
from faust.types import EventT

from worker.articles.validation import Rejection
from worker.metrics import Metrics
from worker.processing import Prepared, Sequenced, Sequencer, prepare
from worker.settings import Settings
from worker.stream.current_event import current_event
from worker.stream.dead_letters import DeadLetters
from worker.stream.offset_gaps import (
    Copy,
    FirstDeliveries,
    OffsetGaps,
    PartitionStates,
    Skip,
    StallWatch,
    committed_offset,
    partition_states,
    read_again,
    reading_starts,
    set_aside,
    stalled_partitions,
    unstarted,
)
from worker.stream.progress import ProgressWatch, describe, waiting
from worker.stream.tables import Tables

log = logging.getLogger(__name__)

MARKER_HINT = ("; if producers write the input topic in transactions, this offset is a commit marker and "
               "WORKER_INPUT_TRANSACTIONAL=true says so")


def _failure(exc: Exception) -> Rejection:
    return Rejection("processing_error", f"{type(exc).__name__}: {exc}"[:300])


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

    markers = articles.topics if settings.input_transactional else ()  # where commit markers take offsets
    gaps = OffsetGaps(markers)
    stalls = StallWatch(markers=markers)
    firsts = FirstDeliveries()

    @app.on_partitions_revoked.connect
    async def forget_offsets(app: faust.App, revoked: object, **kwargs: object) -> None:
        gaps.forget()
        stalls.forget()
        firsts.forget()

    async def held_back(message: faust.types.Message) -> Skip | Copy | None:
        """None if ``message`` is to be processed now. Else why not: the stream jumped over offsets
        before it (they are read again first, and it comes again after them), or it is a copy of
        one processed already."""
        start = committed_offset(app.consumer, message.tp)
        if start is None and gaps.expected(message.topic, message.partition) is None:
            firsts.note(app.consumer, message.tp, message.offset)  # checked at the next periodic check
        verdict = gaps.observe(message.topic, message.partition, message.offset, start)
        if not isinstance(verdict, Skip):
            return verdict  # None (in order) or a Copy
        skip = verdict
        if skip.new:
            metrics.skipped_messages.labels(message.topic).inc(skip.last - skip.first + 1)
            log.error("the consumer skipped %s[%s] offsets %d..%d (a Faust recovery race): reading them again%s",
                      message.topic, message.partition, skip.first, skip.last,
                      MARKER_HINT if skip.first == skip.last and message.topic in articles.topics else "")
        # Again for each later record of the stale batch: Faust's fetcher hands them out after the
        # seek too, and each one moves its read offset (and gap record) past the skipped ones anew.
        await read_again(app.consumer, message.tp, skip.first, skip.last)
        return skip

    read_topics = {*articles.topics, *prepared.topics}

    progress = ProgressWatch()

    async def check_partitions() -> None:
        """Say so when nothing is delivered while messages wait; read stalled partitions again."""
        starts = await reading_starts(app.consumer, unstarted(app.consumer, gaps, read_topics))
        states = partition_states(app.consumer, gaps, read_topics, starts)
        waiting_now = waiting(states)
        if progress.stuck(waiting_now, sum(gaps.delivered(topic) for topic in read_topics)):
            log.warning("the consumer delivered nothing for %d checks while %d messages waited: %s",
                        progress.checks, waiting_now, describe(app, states))
        await read_stalled_partitions(states)

    async def read_stalled_partitions(states: PartitionStates) -> None:
        """A drop at the end of what was written shows no jump (no later message comes): find
        partitions whose read messages never came and read them again."""
        if app.rebalancing or app.in_recovery or not app.consumer.flow_active:
            stalls.forget()  # partitions are paused or being moved, or Faust holds its flow: no progress is expected
            return
        for tp, first, last in firsts.skipped(gaps):
            metrics.skipped_messages.labels(tp.topic).inc(last - first + 1)
            log.error("the consumer delivered none of %s[%s] offsets %d..%d, from where its reading began to its "
                      "first delivery (discarded while Faust's flow was stopped): reading them again",
                      tp.topic, tp.partition, first, last)
            await read_again(app.consumer, tp, first, last)
        for tp, first, last in stalled_partitions(app.consumer, states, gaps, stalls):
            if gaps.rereading(tp.topic, tp.partition):  # a jump's seek that did not hold: counted already
                log.warning("%s[%s] still waits for offset %d after a jump: seeking again",
                            tp.topic, tp.partition, first)
            else:
                metrics.skipped_messages.labels(tp.topic).inc(last - first + 1)
                log.error("the consumer delivered none of %s[%s] offsets %d..%d in %d checks or more, with none in "
                          "its agent's hands (dropped, as Faust's recovery race does): reading them again",
                          tp.topic, tp.partition, first, last, stalls.checks)
            await read_again(app.consumer, tp, first, last)

    if settings.stall_check_seconds > 0:
        app.timer(interval=settings.stall_check_seconds)(check_partitions)

    async def prepare_agent(stream: faust.StreamT) -> AsyncIterator[None]:
        event: EventT
        async for event in stream.events():
            message = event.message
            if await held_back(message) is not None:
                set_aside(app.consumer, message)  # a copy, or delivered again after the skipped offsets
                continue
            metrics.articles_received.inc()
            try:
                received_at_ms = int((message.timestamp or time.time()) * 1000)
                result = prepare(message.value, received_at_ms, settings.max_article_bytes)
            except Exception as exc:  # a bug must not stop the worker nor lose the message
                log.exception("prepare failed on %s[%s]@%s", message.topic, message.partition, message.offset)
                result = _failure(exc)
            if isinstance(result, Rejection):
                metrics.articles_invalid.labels(result.reason).inc()
                await dead_letters.send(message, result)
            else:
                metrics.extraction_seconds.observe(result.extract_seconds)
                await prepared.send(key=result.article.id.encode(), value=result.to_bytes())
            yield None

    async def sequence_agent(stream: faust.StreamT) -> AsyncIterator[None]:
        # A batch is folded into write-back views and its changed rows written once at its end;
        # only then are its messages acked (noack_take acks nothing by itself), so Faust never
        # commits an offset whose writes are not yet with the producer (see worker.stream.producer).
        # A stop or crash mid-batch leaves the batch unacked: it is delivered again, exactly.
        events: list[EventT]
        async for events in stream.noack_take(settings.sequence_batch_size,
                                              within=settings.sequence_batch_wait_seconds):
            done: list[tuple[Prepared, Sequenced]] = []
            folded: list[EventT] = []
            for i, event in enumerate(events):
                held = await held_back(event.message)
                if isinstance(held, Copy):
                    set_aside(app.consumer, event.message)  # its original was folded already
                    continue
                if held is not None:
                    for later in events[i:]:  # this one and the rest come again after the skipped offsets
                        set_aside(app.consumer, later.message)
                    break
                with current_event(event):  # a table write takes its partition from it
                    finished = await sequence_one(event.message)
                folded.append(event)
                if finished is not None:
                    done.append(finished)
            if folded:
                with current_event(folded[-1]):
                    sequencer.flush()
            for event in folded:
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
            await dead_letters.send(message, _failure(exc), value=original)
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
