"""The domain's Prometheus metrics.

Each :class:`Metrics` owns its own :class:`CollectorRegistry` (Faust's sensor writes into
the same one), so two workers in one test process, or two tests, never share counters.
Every label value is created at start so that ``rate()`` and alerts see a zero series
before the first event, not a missing one.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, disable_created_metrics
from prometheus_client.parser import text_string_to_metric_families

from worker.articles.model import OUTCOMES
from worker.articles.validation import REASONS

PREFIX = "newsworker"

# `*_created` series double the exposition and no dashboard or alert here reads them.
disable_created_metrics()
DUPLICATE_KINDS = ("exact", "near")
_LATENCY_BUCKETS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0)
_END_TO_END_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0)


class Metrics:
    """Counters, histograms and gauges of the pipeline, in one registry."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        r = self.registry
        self.articles_received = Counter(
            f"{PREFIX}_articles_received", "Messages read from the input topic", registry=r)
        self.articles_invalid = Counter(
            f"{PREFIX}_articles_invalid", "Messages sent to the dead-letter topic, by reason",
            ["reason"], registry=r)
        self.duplicates = Counter(
            f"{PREFIX}_articles_duplicate", "Articles dropped as duplicates (exact repeat or near copy)",
            ["kind"], registry=r)
        self.articles_processed = Counter(
            f"{PREFIX}_articles_processed", "Non-duplicate articles folded into the tables", registry=r)
        self.events = Counter(
            f"{PREFIX}_events_extracted", "Events from non-duplicate articles, by outcome",
            ["outcome"], registry=r)
        self.extraction_seconds = Histogram(
            f"{PREFIX}_extraction_seconds", "Time to validate, fingerprint and extract one article",
            buckets=_LATENCY_BUCKETS, registry=r)
        self.end_to_end_seconds = Histogram(
            f"{PREFIX}_end_to_end_seconds",
            "From the input message's timestamp to the article being in the tables",
            buckets=_END_TO_END_BUCKETS, registry=r)
        self.last_processed = Gauge(
            f"{PREFIX}_last_processed_timestamp_seconds",
            "Unix time the sequencer last finished an article (stale while the input grows: stuck)",
            registry=r)
        self.table_rows = Gauge(
            f"{PREFIX}_table_rows", "Rows in each table held by this worker", ["table"], registry=r)
        self.consumer_lag = Gauge(
            f"{PREFIX}_consumer_lag", "Messages on a partition this worker has not yet processed",
            ["topic", "partition"], registry=r)
        self.skipped_messages = Counter(
            f"{PREFIX}_stream_skipped_messages",
            "Offsets the consumer dropped (jumped over, or read and never delivered), then read again; "
            "see worker.stream.offset_gaps",
            ["topic"], registry=r)
        self.recovering = Gauge(
            f"{PREFIX}_table_recovery_in_progress", "1 while tables are being restored from changelogs",
            registry=r)
        for reason in REASONS:
            self.articles_invalid.labels(reason)
        for kind in DUPLICATE_KINDS:
            self.duplicates.labels(kind)
        for outcome in OUTCOMES:
            self.events.labels(outcome)


Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def parse_samples(text: str) -> Samples:
    """Prometheus text (what ``/metrics`` serves) as ``{(name, sorted labels): value}``."""
    samples: Samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def finished_articles(samples: Samples) -> float:
    """Messages the pipeline is done with: processed, dropped as duplicates, or dead-lettered."""
    done = samples.get((f"{PREFIX}_articles_processed_total", ()), 0.0)
    for (name, _), value in samples.items():
        if name in (f"{PREFIX}_articles_duplicate_total", f"{PREFIX}_articles_invalid_total"):
            done += value
    return done
