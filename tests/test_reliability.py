"""Faults that must not corrupt the tables: a crash mid-stream, a clean stop, redelivery,
and two workers of which one dies. Real brokers: tansu (the embedded one) and, where the
producer can be confluent-kafka, librdkafka's mock cluster too (see tests/clusters.py).

Every test compares the live tables with the pure oracle (tests/oracle.py): in corpus
order on the fields that do not depend on order, and in the order the sequencer really
saw on every field.
"""

from __future__ import annotations

import signal
import time

import pytest

from tests import oracle
from tests.harness import wait_until
from topics import ARTICLES
from worker.settings import Settings

pytestmark = pytest.mark.broker

#: Articles per crash test. The extractor does ~150 articles/s on one core; the mock cluster
#: keeps only ~5 MB per partition log, which bounds the single-partition topics there.
#: On the mock, the sequencer topic gets up to 2 x n prepared records (~6.5 KB each) after a
#: restart that re-prepares everything: at 450 that was 899 records, and the mock dropped the
#: first 106 before the restarted sequencer read them (oracle.assert_tables now says so).
SIZES = {"tansu": 1000, "mock": 300}
BOTH = pytest.mark.parametrize("cluster", ["tansu", "mock"], indirect=True)
REPORT: dict[str, object] = {}


def _processed(worker) -> float:
    return worker.metric("newsworker_articles_processed_total")


def _input_committed(worker) -> float:
    """Input offsets the worker has committed so far, over all partitions (Faust's sensor)."""
    return sum(v for (name, labels), v in worker.metrics().items()
               if name == "faust_topic_partition_offset_commited" and ("topic", "articles") in labels)


def _report(name: str, **numbers: object) -> None:
    REPORT[name] = numbers
    print(f"\n[reliability] {name}: " + ", ".join(f"{k}={v}" for k, v in numbers.items()))


@BOTH
def test_sigkill_mid_stream_then_restart_gives_the_tables_of_a_clean_run(cluster, cluster_worker):
    n, seed = SIZES[cluster.kind], 11
    want = oracle.expected(n, seed)  # warms the extraction cache before the clock matters
    assert cluster.produce(oracle.messages(n, seed)) == n
    first = cluster_worker(app_id="crash").start()
    # Half done, and some input committed (every 2.8 s): a fast worker may get half way before
    # its first commit, and then the restart rightly reads everything again.
    wait_until(lambda: _processed(first) >= want.processed // 2 and _input_committed(first) > 0, 120,
               "half the articles processed and some input committed")
    first.stop(signal.SIGKILL)
    assert first.process.returncode == -signal.SIGKILL
    before = first.log_path.read_text(errors="replace")
    assert "Traceback" not in before
    committed = sum(cluster.committed("crash", ARTICLES.name, ARTICLES.partitions).values())

    second = cluster_worker(app_id="crash").start(ready_timeout=90)
    oracle.wait_sequenced(second, n, timeout=180)
    got, leaders, regions = oracle.assert_tables(second, cluster, n, seed)
    m = second.metrics()
    redone = m[("newsworker_articles_received_total", ())]
    _report(f"sigkill[{cluster.kind}]",
            sent=n, oracle_processed=got.processed, oracle_duplicates=got.duplicates,
            committed_at_kill=committed, received_after_restart=redone,
            processed_after_restart=m[("newsworker_articles_processed_total", ())],
            dead_letters=oracle.metric_sum(m, "newsworker_articles_invalid_total"),
            skipped_and_read_again=oracle.metric_sum(m, "newsworker_stream_skipped_messages_total"),
            leaders=len(leaders), regions=len(regions))
    assert oracle.metric_sum(m, "newsworker_articles_invalid_total") == 0
    # The restart resumed from the committed offsets, not from the beginning: it read what was
    # not committed, and at most that again (Faust's start-up re-delivery, see the SIGTERM test).
    assert 0 < committed <= n
    assert n - committed <= redone <= 2 * (n - committed)


@BOTH
def test_sigterm_stops_cleanly_commits_and_a_restart_reprocesses_almost_nothing(cluster, cluster_worker):
    n, seed = SIZES[cluster.kind], 12
    want = oracle.expected(n, seed)
    assert cluster.produce(oracle.messages(n, seed)) == n
    first = cluster_worker(app_id="term").start()
    wait_until(lambda: _processed(first) >= want.processed // 2, 120, "half the articles processed")
    received_before = first.metric("newsworker_articles_received_total")
    started = time.monotonic()
    code = first.stop(signal.SIGTERM, timeout=30)
    stop_seconds = time.monotonic() - started
    received_at_stop = received_before  # a lower bound: a few more may be read before the signal lands
    assert code == 0, first.log_tail()
    assert "Traceback" not in first.log_path.read_text(errors="replace")
    # What was committed on the way out, read from the broker: everything the worker had taken
    # in by the time of the signal (it drains what it holds before the last commit).
    committed = sum(cluster.committed("term", ARTICLES.name, ARTICLES.partitions).values())

    second = cluster_worker(app_id="term").start(ready_timeout=90)
    oracle.wait_sequenced(second, n, timeout=180)
    got, leaders, regions = oracle.assert_tables(second, cluster, n, seed)
    m = second.metrics()
    received_after = m[("newsworker_articles_received_total", ())]
    exact_after = m[("newsworker_articles_duplicate_total", (("kind", "exact"),))]
    _report(f"sigterm[{cluster.kind}]",
            sent=n, exit_code=code, stop_seconds=round(stop_seconds, 1),
            received_before_stop=received_at_stop, committed_at_stop=committed,
            received_after_restart=received_after,
            reread=received_at_stop + received_after - n, exact_duplicates_after_restart=exact_after,
            oracle_processed=got.processed,
            skipped_and_read_again=oracle.metric_sum(m, "newsworker_stream_skipped_messages_total"),
            leaders=len(leaders), regions=len(regions))
    # Offsets were committed on the way out: what had been received when the signal was sent
    # (more may be read before it lands; a few may have been counted twice, see below).
    assert received_at_stop - 25 <= committed <= n
    assert received_after >= n - committed
    # A restart reads only what was not committed, plus what Faust's start-up re-delivers: it may
    # hand a partition's records out before its seek to the committed offset lands and then again
    # after it (seen with an experimental batched prepare agent: 191 read for 104 uncommitted).
    assert received_after <= 2 * (n - committed)
    # What the sequencer had folded comes back to it as a redelivery (a no-op) only within one
    # batch: a batch folded during shutdown can miss the last commit (measured: 0 to 160 of 1000).
    assert exact_after <= Settings().sequence_batch_size


@BOTH
def test_sigterm_while_the_sequencer_holds_a_batch_then_restart_gives_the_tables_of_a_clean_run(
        cluster, cluster_worker):
    """The sequencer holds a batch's row writes until the batch ends (worker.aggregation.write_back).
    Prepared records go straight to its topic, so it has a backlog of full batches; SIGTERM lands
    while some are folded and others are not. The restart must end with a clean run's tables."""
    from topics import PREPARED

    n, seed = SIZES[cluster.kind], 15
    prepared = list(oracle._prepared(n, seed).values())
    first = cluster_worker(app_id="term-seq", WORKER_SEQUENCE_BATCH_SIZE="100").start()
    assert cluster.produce([(p.article.id.encode(), p.to_bytes(), None) for p in prepared], topic=PREPARED.name) == n
    def folded() -> float:
        return first.metric("newsworker_table_rows", table="dedupe")

    wait_until(lambda: folded() >= 200, 120, "two batches folded", interval=0.05)
    rows = folded()
    assert first.stop(signal.SIGTERM, timeout=30) == 0, first.log_tail()
    assert rows < n  # the signal came before the end of the backlog
    assert "Traceback" not in first.log_path.read_text(errors="replace")
    _report(f"sigterm-sequencer[{cluster.kind}]", sent=n, dedupe_rows_at_stop=rows)

    second = cluster_worker(app_id="term-seq", WORKER_SEQUENCE_BATCH_SIZE="100").start(ready_timeout=90)
    oracle.wait_sequenced(second, n, timeout=180)
    oracle.assert_tables(second, cluster, n, seed)
    assert oracle.metric_sum(second.metrics(), "newsworker_articles_invalid_total") == 0


@BOTH
def test_every_article_twice_and_the_whole_input_again_an_hour_later_change_nothing(cluster, cluster_worker):
    # The mock keeps ~5 MB per partition: 3 copies x n prepared records (~6.5 KB each) must fit.
    n, seed = {"tansu": 600, "mock": 200}[cluster.kind], 13
    want = oracle.expected(n, seed)
    worker = cluster_worker(app_id="redeliver").start()
    assert cluster.produce(oracle.messages(n, seed, copies=2)) == 2 * n
    oracle.wait_sequenced(worker, n, timeout=120)
    wait_until(lambda: worker.metric("newsworker_articles_received_total") >= 2 * n, 60, "both copies read")
    first_leaders, first_regions = oracle.live_tables(worker)
    oracle.assert_tables(worker, cluster, n, seed)

    later = oracle.T0_MS + 3600 * 1000  # an hour of stream time later: inside the dedupe window
    assert cluster.produce(oracle.messages(n, seed, timestamp_ms=later)) == n
    wait_until(lambda: worker.metric("newsworker_articles_received_total") >= 3 * n, 120, "the replay read")

    def all_decided() -> bool:
        m = worker.metrics()
        return (m[("newsworker_articles_processed_total", ())]
                + oracle.metric_sum(m, "newsworker_articles_duplicate_total")) >= 3 * n
    wait_until(all_decided, 120, "the replay sequenced")
    leaders, regions = oracle.live_tables(worker)
    assert (leaders, regions) == (first_leaders, first_regions)
    oracle.assert_tables(worker, cluster, n, seed)
    m = worker.metrics()
    exact = m[("newsworker_articles_duplicate_total", (("kind", "exact"),))]
    near = m[("newsworker_articles_duplicate_total", (("kind", "near"),))]
    _report(f"redelivery[{cluster.kind}]", articles=n, sent=3 * n,
            processed=m[("newsworker_articles_processed_total", ())], exact_duplicates=exact, near_duplicates=near,
            oracle_processed=want.processed,
            oracle_duplicates=want.duplicates, leaders=len(leaders), regions=len(regions))
    assert m[("newsworker_articles_processed_total", ())] == want.processed
    # Every second copy and every replayed message is a duplicate, besides the corpus's own republications.
    assert exact + near == 2 * n + want.duplicates
    assert oracle.metric_sum(m, "newsworker_articles_invalid_total") == 0


def test_two_workers_share_the_partitions_and_the_survivor_of_a_sigkill_finishes_exactly(cluster, cluster_worker):
    # The input goes in two halves, the second only after the kill: the kill then lands mid-stream
    # however fast the owner folds (CI once saw the owner finish all 1,200 before a kill timed by polling).
    n, seed = 1200, 14
    want = oracle.expected(n, seed)
    messages = oracle.messages(n, seed)
    first_half, second_half = messages[: n // 2], messages[n // 2:]
    a = cluster_worker(app_id="pair", WORKER_SEQUENCE_BATCH_SIZE="10").start()
    b = cluster_worker(app_id="pair", WORKER_SEQUENCE_BATCH_SIZE="10").start(ready_timeout=90)
    wait_until(lambda: a.get("/readyz")["ready"] and b.get("/readyz")["ready"], 60, "both ready after rebalance")
    assert cluster.produce(first_half) == len(first_half)

    # The input's partitions are shared: both prepare articles.
    wait_until(lambda: a.metric("newsworker_articles_received_total") > 0
               and b.metric("newsworker_articles_received_total") > 0, 60, "each worker reading some partitions")

    def owner_and_other():
        # articles-prepared has one partition, so exactly one worker (the sequencer's owner) folds.
        folded_a, folded_b = _processed(a), _processed(b)
        if folded_a > 0 and folded_b == 0:
            return a, b
        if folded_b > 0 and folded_a == 0:
            return b, a
        return None

    wait_until(lambda: _processed(a) + _processed(b) >= 100, 120, "folding under way")
    owner, other = wait_until(owner_and_other, 60, "the sequencer's owner to be the only one folding")
    # Any worker answers for the tables: the non-owner forwards to the owner (table_route).
    via_other, via_owner = other.get("/leaders"), owner.get("/leaders")
    assert via_other["count"] > 0
    assert abs(via_other["count"] - via_owner["count"]) <= 50  # the same table, read a moment apart
    processed_by_owner = _processed(owner)
    owner.stop(signal.SIGKILL)
    assert cluster.produce(second_half) == len(second_half)

    oracle.wait_sequenced(other, n, timeout=240)
    # Right after the failover the routing map may still name the dead owner: the survivor then
    # answers itself if it owns the tables, else 503 (retry). A client retries, and so does the test.
    wait_until(lambda: other.get("/leaders"), 60, "the survivor to answer /leaders itself")
    got, leaders, regions = oracle.assert_tables(other, cluster, n, seed)
    m = other.metrics()
    _report("two-workers[tansu]", sent=n, killed_owner_port=owner.port, processed_by_killed=processed_by_owner,
            processed_by_survivor=m[("newsworker_articles_processed_total", ())],
            received_by_survivor=m[("newsworker_articles_received_total", ())], oracle_processed=got.processed,
            leaders=len(leaders), regions=len(regions))
    assert other.get("/leaders")["count"] == len(want.leaders)
    # The second half came after the kill, so the survivor had articles of its own to fold. The two
    # counters need not add up to the oracle's: what the owner folded between the sample above and the
    # kill reached the changelog (and maybe the committed offsets): the survivor skips it or redoes it
    # as a no-op redelivery, and neither counts it.
    assert processed_by_owner < want.processed
    assert m[("newsworker_articles_processed_total", ())] > 0
