"""The two Faust agents. Each is a thin loop over a function of :mod:`worker.processing`.

``prepare`` (input topic, every partition): validate, fingerprint, extract; good articles go
on to the sequencer, bad ones to the dead-letter topic. ``sequence`` (one partition):
dedupe in stream order and fold into the tables. Both run with ``concurrency=1``: a
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
from worker.processing import Prepared, Sequencer, prepare
from worker.settings import Settings
from worker.stream.dead_letters import DeadLetters
from worker.stream.tables import Tables

log = logging.getLogger(__name__)


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

    async def prepare_agent(stream: faust.StreamT) -> AsyncIterator[None]:
        event: EventT
        async for event in stream.events():
            message = event.message
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
