"""The two Faust agents. Each is a thin loop over a function of :mod:`worker.processing`.

``prepare`` (input topic, every partition): validate, fingerprint, extract, a batch at a time in
a child process (:mod:`worker.stream.prepare_pool`); good articles go on to the sequencer, bad
ones to the dead-letter topic. ``sequence`` (one partition):
dedupe in stream order and fold into the tables. Both run with ``concurrency=1``: a
higher value lets Faust commit past a message that is still being processed.

Nothing a user sent is dropped silently: a message that cannot be processed, for
whatever reason, is dead-lettered with its original bytes and the worker moves on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import faust
from faust.types import EventT

from worker.articles.validation import Rejection
from worker.metrics import Metrics
from worker.processing import Prepared, Sequencer
from worker.settings import Settings
from worker.stream.dead_letters import DeadLetters
from worker.stream.prepare_pool import PreparePool
from worker.stream.tables import Tables

log = logging.getLogger(__name__)


def _acker(event: EventT) -> Callable[[Any], None]:
    """A send callback that acks ``event``: Faust calls it once the broker has the record."""
    return lambda _delivered: event.ack()


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
        window_seconds=settings.dedupe_window_seconds)

    @tables.dedupe.on_recover
    async def rebuild_dedupe_index() -> None:
        """After every recovery: rebuild the in-memory parts of the dedupe index from its table."""
        docs = sequencer.dedupe.rebuild()
        log.info("dedupe index rebuilt from %d remembered articles", docs)

    pool = PreparePool(settings.prepare_processes, settings.max_article_bytes)

    async def prepare_agent(stream: faust.StreamT) -> AsyncIterator[None]:
        # noack_take acks nothing by itself: each input message is acked from the callback of
        # the send that carries its result, i.e. once the broker holds that record. Faust
        # commits only acked offsets, so a stop or a crash in the middle of a batch leaves the
        # rest of it to be read again (at-least-once), whatever Faust's shutdown does.
        try:
            async for events in stream.noack_take(settings.prepare_batch_size,
                                                  within=settings.prepare_batch_wait_seconds):
                metrics.articles_received.inc(len(events))
                now = time.time()
                items = [(e.message.value, int((e.message.timestamp or now) * 1000)) for e in events]
                results = await pool.prepare(items)
                for event, result in zip(events, results, strict=True):
                    message = event.message
                    if isinstance(result, Rejection):
                        if result.reason == "processing_error":
                            log.error("prepare failed on %s[%s]@%s: %s", message.topic, message.partition,
                                      message.offset, result.detail)
                        metrics.articles_invalid.labels(result.reason).inc()
                        await dead_letters.send(message, result, on_delivery=_acker(event))
                    else:
                        metrics.extraction_seconds.observe(result.extract_seconds)
                        await prepared.send(key=result.key, value=result.value, callback=_acker(event))
                yield None
        finally:
            pool.close()

    async def sequence_agent(stream: faust.StreamT) -> AsyncIterator[None]:
        event: EventT
        async for event in stream.events():
            message = event.message
            item: Prepared | None = None
            try:
                item = Prepared.from_bytes(message.value)
                outcome = sequencer.process(item, message.offset)
            except Exception as exc:
                log.exception("sequence failed on %s[%s]@%s", message.topic, message.partition, message.offset)
                metrics.articles_invalid.labels("processing_error").inc()
                original = item.raw.encode() if item is not None else None  # what the user sent, if we know it
                await dead_letters.send(message, _failure(exc), value=original)
                yield None
                continue
            if outcome.rejection is not None:
                metrics.articles_invalid.labels(outcome.rejection.reason).inc()
                await dead_letters.send(message, outcome.rejection, value=item.raw.encode())
            elif outcome.duplicate is not None:
                metrics.duplicates.labels(outcome.duplicate).inc()
            if outcome.first_delivery:
                metrics.articles_processed.inc()
                for extracted in outcome.events:
                    metrics.events.labels(extracted.outcome).inc()
                metrics.end_to_end_seconds.observe(max(0.0, time.time() - item.received_at_ms / 1000.0))
            metrics.last_processed.set(time.time())
            yield None

    return Agents(
        prepare=app.agent(articles, name="prepare", concurrency=1)(prepare_agent),
        sequence=app.agent(prepared, name="sequence", concurrency=1)(sequence_agent),
    )
