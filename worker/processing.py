"""The two stages of the pipeline as plain functions: no Kafka in here.

``prepare`` runs on every partition of the input topic (spread over the workers): it validates a
message, fingerprints it for dedupe and extracts its events. Its result is small and
goes to the single-partition ``articles-prepared`` topic. ``Sequencer.process`` runs on
that one partition, in stream order: it decides whether the article is a duplicate and,
if not, folds its events into the tables. The Faust agents in
:mod:`worker.stream.agents` and the offline ``worker extract`` both call these.
"""

from __future__ import annotations

import time
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from typing import Any

import orjson

from worker.aggregation import AggregateState, apply_article
from worker.aggregation.write_back import WriteBack
from worker.articles.model import Article, Event
from worker.articles.validation import Rejection, validate_bytes
from worker.dedupe import DedupeIndex, DedupeState, Fingerprint, fingerprint
from worker.extraction import extract_events


@dataclass(slots=True)
class Prepared:
    """A valid article after the parallel stage: what the sequencer needs, and no more."""

    article: Article
    fingerprint: Fingerprint
    events: list[Event]
    #: The input message's timestamp (ms since the epoch): stream time and end-to-end latency.
    received_at_ms: int
    #: The original message value, so that a late rejection (id conflict) can dead-letter it intact.
    raw: str
    extract_seconds: float = 0.0

    def to_bytes(self) -> bytes:
        return orjson.dumps({
            "article": {**self.article.to_dict(), "text": None},
            "fingerprint": self.fingerprint.to_dict(),
            "events": [e.to_dict() for e in self.events],
            "received_at_ms": self.received_at_ms,
            "raw": self.raw,
            "extract_seconds": self.extract_seconds,
        })

    @classmethod
    def from_bytes(cls, data: bytes) -> Prepared:
        obj = orjson.loads(data)
        meta = obj["article"]
        return cls(
            article=Article(id=meta["id"], text="", title=meta.get("title"), published=meta.get("published"),
                            source=meta.get("source")),
            fingerprint=Fingerprint.from_dict(obj["fingerprint"]),
            events=[Event.from_dict(e) for e in obj["events"]],
            received_at_ms=int(obj["received_at_ms"]),
            raw=obj["raw"],
            extract_seconds=float(obj.get("extract_seconds", 0.0)),
        )


def prepare_article(article: Article, raw: str, received_at_ms: int) -> Prepared:
    """Fingerprint and extract one valid article."""
    started = time.perf_counter()
    fp = fingerprint(article)
    events = extract_events(article)
    return Prepared(article, fp, events, received_at_ms, raw, time.perf_counter() - started)


def prepare(raw: bytes | None, received_at_ms: int, max_bytes: int) -> Prepared | Rejection:
    """Stage one: bytes from the input topic to a prepared article or a rejection."""
    checked = validate_bytes(raw, max_bytes)
    if isinstance(checked, Rejection):
        return checked
    assert raw is not None  # validate_bytes rejects None and empty values
    return prepare_article(checked, raw.decode("utf-8"), received_at_ms)


@dataclass(slots=True)
class Sequenced:
    """What the sequencer decided about one prepared article."""

    article_id: str
    #: None (new), "exact" or "near": why the article was dropped.
    duplicate: str | None = None
    duplicate_of: str | None = None
    #: Set when the article must go to the dead-letter topic (an id reused for another text).
    rejection: Rejection | None = None
    #: True when this message's events were folded into the tables (a first delivery or a retry of one).
    applied: bool = False
    #: True the first time an article is accepted (metrics count it once, not on retries).
    first_delivery: bool = False
    events: list[Event] = field(default_factory=list)


@dataclass
class Sequencer:
    """Dedupe in stream order, then aggregation; all state in the mappings it is given."""

    dedupe: DedupeIndex
    tables: AggregateState

    @classmethod
    def in_memory(cls, window_seconds: float = 30 * 24 * 3600.0) -> Sequencer:
        """A sequencer over plain dicts (offline runs and tests)."""
        return cls.over(dedupe_state=DedupeState.in_memory(), leaders={}, regions={}, window_seconds=window_seconds)

    @classmethod
    def over(cls, dedupe_state: DedupeState, leaders: MutableMapping[str, Any],
             regions: MutableMapping[str, Any], window_seconds: float, write_back: bool = False) -> Sequencer:
        """With ``write_back``, writes to the durable mappings (leader rows, region rows, the
        dedupe index's remembered articles) wait for :meth:`flush`, one write per key per batch;
        the caller must flush before it lets the batch's input offsets be committed."""
        if write_back:
            leaders, regions = WriteBack(leaders), WriteBack(regions)
            dedupe_state = dedupe_state._replace(docs=WriteBack(dedupe_state.docs))
        return cls(DedupeIndex(dedupe_state, window_seconds=window_seconds),
                   AggregateState(leaders, regions))

    def _write_backs(self) -> list[WriteBack]:
        held = (self.tables.leaders, self.tables.regions, self.dedupe.state.docs)
        return [rows for rows in held if isinstance(rows, WriteBack)]

    def flush(self) -> int:
        """Write the held changes: leader rows, region rows (the order of :func:`apply_article`),
        then remembered articles. Returns how many keys were written or deleted."""
        return sum(rows.flush() for rows in self._write_backs())

    def discard_pending(self) -> None:
        """Forget held changes: after a recovery the tables hold what the changelogs say."""
        for rows in self._write_backs():
            rows.discard()

    def process(self, prepared: Prepared, offset: int) -> Sequenced:
        """Decide and apply one article that arrived at ``offset`` of the sequencer's partition."""
        article = prepared.article
        verdict = self.dedupe.check_and_add(article.id, prepared.fingerprint,
                                            timestamp=prepared.received_at_ms / 1000.0, meta=offset)
        result = Sequenced(article.id, events=prepared.events)
        if verdict.kind == "id_conflict":
            result.rejection = Rejection("id_conflict", f"id {article.id!r} was seen before with another text")
            return result
        if verdict.kind is not None and verdict.duplicate_of != article.id:
            result.duplicate, result.duplicate_of = verdict.kind, verdict.duplicate_of
            return result
        # A new article, or a redelivery of one that was accepted: apply with the offset of
        # its first acceptance, which makes the second application a no-op where the first landed.
        first_offset = offset if verdict.kind is None else int(verdict.meta)
        apply_article(self.tables, article.published, prepared.events, first_offset)
        result.applied = True
        result.first_delivery = verdict.kind is None
        if verdict.kind is not None:
            result.duplicate, result.duplicate_of = verdict.kind, article.id
        return result
