"""Generated input and the tables a clean run must produce, for the reliability tests.

The oracle runs the pure functions (:mod:`worker.processing`) over the articles, with no
Kafka. Two orders:

* the corpus order. Republications are keyed by their original's id, so each one lands on
  its original's input partition, after it: the sequencer sees every original before its
  copies however the four input partitions interleave, and dedupe's "which copy is first"
  is the same as here. Leaders' order-free fields and the regions must match.
* the order the sequencer actually saw (read back from ``articles-prepared``): then every
  field of every row must match, including the ones that depend on order.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import orjson

from tests.harness import wait_until
from worker.aggregation import leader_view, region_view
from worker.articles.model import Article
from worker.corpus import Corpus, generate
from worker.processing import Prepared, Sequencer, prepare_article

#: Fields of a leaders row that do not depend on which article the sequencer saw first
#: (the same list as tests/test_pipeline.py).
ORDER_FREE_LEADER_FIELDS = ("name", "aliases", "outcome", "countries", "first_seen", "last_seen", "articles")

#: Stream time of the first generated message (ms): 2024-01-01T00:00:00Z.
T0_MS = 1_704_067_200_000


@dataclass
class Expected:
    leaders: dict[str, dict[str, Any]]
    regions: dict[str, dict[str, Any]]
    processed: int  # first deliveries folded into the tables
    duplicates: int  # articles dropped as exact or near copies of another
    conflicts: int  # ids reused for another text

    def order_free(self) -> dict[str, dict[str, Any]]:
        return order_free(self.leaders)


def order_free(leaders: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {k: {f: v[f] for f in ORDER_FREE_LEADER_FIELDS} for k, v in leaders.items()}


@functools.lru_cache(maxsize=8)
def corpus(n: int, seed: int) -> Corpus:
    return generate(n, seed=seed)


@functools.lru_cache(maxsize=8)
def _prepared(n: int, seed: int) -> dict[str, Prepared]:
    """Each article of the corpus through stage one (extraction is the slow part: cached)."""
    return {a["id"]: prepare_article(Article(**a), orjson.dumps(a).decode(), 0) for a in corpus(n, seed).articles}


def key_of(corp: Corpus, article: dict[str, Any]) -> bytes:
    """The message key: a republication goes where its original went (see the module doc)."""
    return corp.duplicate_of.get(article["id"], article["id"]).encode()


def messages(n: int, seed: int, timestamp_ms: int = T0_MS, copies: int = 1) -> list[tuple[bytes, bytes, int]]:
    """The corpus as (key, value, timestamp) messages; ``copies`` sends each that many times in a row."""
    corp = corpus(n, seed)
    return [(key_of(corp, a), orjson.dumps(a), timestamp_ms + i) for i, a in enumerate(corp.articles)
            for _ in range(copies)]


def expected(n: int, seed: int) -> Expected:
    """The tables of one clean run over the corpus, in corpus order."""
    return fold(_prepared(n, seed).values())


def fold(prepared: Iterable[Prepared]) -> Expected:
    """Sequence ``prepared`` articles in the order given, skipping repeats of an id (a redelivery
    is a no-op to the tables: tests/test_aggregation.py crashes the fold at every write to prove it)."""
    sequencer = Sequencer.in_memory()
    processed = duplicates = conflicts = 0
    seen: set[str] = set()
    for offset, item in enumerate(prepared):
        if item.article.id in seen:
            continue
        seen.add(item.article.id)
        outcome = sequencer.process(item, offset)
        processed += outcome.first_delivery
        duplicates += outcome.duplicate is not None and not outcome.applied
        conflicts += outcome.rejection is not None
    leaders = {k: leader_view(k, v) for k, v in sequencer.tables.leaders.items()}
    regions = {k: region_view(k, v) for k, v in sequencer.tables.regions.items()}
    return Expected(leaders, regions, processed, duplicates, conflicts)


def live_tables(worker) -> tuple[dict[str, dict], dict[str, dict]]:
    leaders = {row["leader_key"]: row for row in worker.get("/leaders")["leaders"]}
    regions = {row["region"]: row for row in worker.get("/regions")["regions"]}
    return leaders, regions


def sequencer_input_records(cluster) -> list:
    """What the sequencer read, in its order (redeliveries included, as on the topic); their
    values carry the events the worker extracted (so a concurrent change to the extractor
    cannot skew the check)."""
    from topics import PREPARED

    return cluster.read(PREPARED.name)


def metric_sum(metrics: dict, name: str) -> float:
    return sum(v for (n, _), v in metrics.items() if n == name)


def wait_sequenced(worker, articles: int, timeout: float) -> None:
    """Wait until the dedupe table holds ``articles`` ids: each was sequenced (survives restarts,
    unlike the counters) and its fold finished before the next message was read."""
    seen: list[float] = []

    def done() -> bool:
        seen.append(worker.metric("newsworker_table_rows", table="dedupe"))
        return seen[-1] >= articles

    try:
        wait_until(done, timeout, f"{articles} articles in the dedupe table of {worker.url}", interval=0.5)
    except AssertionError as exc:
        raise AssertionError(f"{exc} (rows seen: {seen[-1] if seen else None}); log:\n{worker.log_tail()}") from None


def assert_tables(worker, cluster, n: int, seed: int) -> tuple[Expected, dict, dict]:
    """The live tables equal a clean run's: by corpus order (order-free fields) and by the
    sequencer's actual order (every field). Returns what was compared, for reports."""
    leaders, regions = live_tables(worker)
    want = expected(n, seed)
    sequenced = sequencer_input_records(cluster)
    # A log that lost its head (the mock cluster keeps ~5 MB a partition) skipped records the
    # sequencer had not read: no consumer survives that, and the tables below would differ for it.
    assert sequenced and sequenced[0].offset == 0, (
        f"articles-prepared starts at offset {sequenced[0].offset if sequenced else None}: the cluster "
        "dropped the head of the log (size cap), the test's size is too large for it")
    assert len(leaders) == len(want.leaders), (len(leaders), len(want.leaders))
    assert order_free(leaders) == want.order_free(), diff(order_free(leaders), want.order_free())
    assert regions == want.regions, diff(regions, want.regions)
    actual_order = fold(Prepared.from_bytes(r.value) for r in sequenced)
    assert leaders == actual_order.leaders, diff(leaders, actual_order.leaders)
    assert regions == actual_order.regions, diff(regions, actual_order.regions)
    return want, leaders, regions


def diff(got: dict[str, dict], want: dict[str, dict], limit: int = 5) -> str:
    """The first rows that differ, field by field (for assertion messages)."""
    lines = [f"missing: {sorted(set(want) - set(got))[:limit]}", f"extra: {sorted(set(got) - set(want))[:limit]}"]
    for key in sorted(set(got) & set(want)):
        if got[key] != want[key]:
            fields = {f: (got[key].get(f), want[key].get(f)) for f in want[key] if got[key].get(f) != want[key].get(f)}
            lines.append(f"{key}: (live, oracle) {fields}")
            if len(lines) >= limit + 2:
                break
    return "\n".join(lines)
