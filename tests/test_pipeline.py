"""The whole pipeline on a real tansu broker: replay, tables, metrics, replays, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.parse
from collections import Counter
from typing import Any

import orjson
import pytest
from kafka import KafkaConsumer, KafkaProducer

from tests.harness import SEEDS, http_text, wait_until
from topics import ARTICLES, DEAD_LETTERS
from worker.aggregation import leader_view, region_view
from worker.articles.model import Article
from worker.articles.sources import read_paths
from worker.metrics import finished_articles
from worker.processing import Sequencer, prepare_article
from worker.replay import replay
from worker.settings import Settings
from worker.stream import dead_letters as dl

pytestmark = pytest.mark.broker

#: Fields of a leaders row that do not depend on which article the sequencer saw first.
ORDER_FREE_LEADER_FIELDS = ("name", "aliases", "outcome", "countries", "first_seen", "last_seen", "articles")


def expected_tables(articles: list[dict[str, Any]]) -> tuple[dict[str, dict], dict[str, dict]]:
    """The tables the pure functions build from ``articles``: the oracle for the stream."""
    sequencer = Sequencer.in_memory()
    for offset, data in enumerate(articles):
        sequencer.process(prepare_article(Article(**data), orjson.dumps(data).decode(), 0), offset)
    leaders = {k: leader_view(k, v) for k, v in sequencer.tables.leaders.items()}
    regions = {k: region_view(k, v) for k, v in sequencer.tables.regions.items()}
    return leaders, regions


def live_tables(worker) -> tuple[dict[str, dict], dict[str, dict]]:
    leaders = {row["leader_key"]: row for row in worker.get("/leaders")["leaders"]}
    regions = {row["region"]: row for row in worker.get("/regions")["regions"]}
    return leaders, regions


def order_free(leaders: dict[str, dict]) -> dict[str, dict]:
    return {k: {f: v[f] for f in ORDER_FREE_LEADER_FIELDS} for k, v in leaders.items()}


def wait_processed(worker, received: int, timeout: float = 60.0) -> None:
    """Wait until the worker has read ``received`` messages and the sequencer has caught up."""
    def caught_up() -> bool:
        m = worker.metrics()
        return m.get(("newsworker_articles_received_total", ()), 0) >= received and finished_articles(m) >= received
    wait_until(caught_up, timeout, f"{received} messages processed")


def test_seeds_flow_into_tables_and_a_second_replay_changes_nothing(broker, start_worker):
    seeds = list(read_paths([SEEDS]))
    want_leaders, want_regions = expected_tables(seeds)
    assert want_leaders, "the extractor found no leader in the seeds"
    worker = start_worker()
    settings = Settings(bootstrap_servers=broker.bootstrap)

    assert replay(seeds, settings).sent == len(seeds)
    wait_processed(worker, len(seeds))
    leaders, regions = live_tables(worker)
    assert order_free(leaders) == order_free(want_leaders)
    assert regions == want_regions
    assert all(row["outcome"] in ("killed", "captured", "wounded", "mentioned") for row in leaders.values())
    key = next(iter(leaders))
    assert worker.get(f"/leaders/{key}")["leader_key"] == key
    region = next(iter(regions))
    assert worker.get(f"/regions/{urllib.parse.quote(region)}")["region"] == region
    with pytest.raises(urllib.error.HTTPError) as missing:
        worker.get("/leaders/no-such-leader")
    assert missing.value.code == 404
    top = worker.get("/leaders?limit=2")
    assert top["count"] == 2 and top["leaders"] == worker.get("/leaders")["leaders"][:2]
    assert worker.get("/leaders?limit=0") == {"count": 0, "leaders": []}  # the first none, not all
    for bad in ("abc", "-1", "%C2%B2"):  # ("²" passes str.isdigit but not int)
        with pytest.raises(urllib.error.HTTPError) as refused:
            worker.get(f"/leaders?limit={bad}")
        assert refused.value.code == 400, bad
        assert "limit must be a whole number" in json.loads(refused.value.read())["error"]

    metrics = worker.metrics()
    assert metrics[("newsworker_articles_received_total", ())] == len(seeds)
    assert metrics[("newsworker_articles_processed_total", ())] == len(seeds)
    assert metrics[("newsworker_articles_duplicate_total", (("kind", "exact"),))] == 0
    outcomes = Counter(e.outcome for data in seeds
                       for e in prepare_article(Article(**data), "", 0).events)
    for outcome in ("killed", "captured", "wounded", "mentioned"):
        assert metrics[("newsworker_events_extracted_total", (("outcome", outcome),))] == outcomes[outcome]
    assert metrics[("newsworker_extraction_seconds_count", ())] == len(seeds)
    assert metrics[("faust_messages_received_total", ())] >= 2 * len(seeds)  # Faust's own sensor
    assert metrics[("newsworker_table_rows", (("table", "leaders"),))] == len(want_leaders)

    shown = subprocess.run([sys.executable, "-m", "worker", "tables", "--url", worker.url], capture_output=True,
                           text=True, timeout=30, check=True).stdout
    assert f"LEADERS ({len(leaders)})" in shown
    assert all(row["name"] in shown for row in leaders.values())
    as_json = subprocess.run([sys.executable, "-m", "worker", "tables", "--json", "--url", worker.url],
                             capture_output=True, text=True, timeout=30, check=True).stdout
    assert {r["leader_key"] for r in orjson.loads(as_json)["leaders"]} == set(leaders)

    replay(seeds, settings)  # the same articles again: every one an exact duplicate
    wait_processed(worker, 2 * len(seeds))
    assert worker.metric("newsworker_articles_duplicate_total", kind="exact") == len(seeds)
    assert worker.metric("newsworker_articles_processed_total") == len(seeds)
    again_leaders, again_regions = live_tables(worker)
    assert again_leaders == leaders
    assert again_regions == regions


def _dead_letters(bootstrap: str, expected: int, timeout: float = 30.0) -> list:
    consumer = KafkaConsumer(DEAD_LETTERS.name, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                             consumer_timeout_ms=1000, group_id=None)
    records: list = []
    try:
        wait_until(lambda: records.extend(consumer) or len(records) >= expected, timeout,
                   f"{expected} dead letters")
    finally:
        consumer.close()
    return records


def test_bad_messages_go_to_the_dead_letter_topic_and_good_ones_are_counted(broker, start_worker):
    limit = 50_000
    worker = start_worker(WORKER_MAX_ARTICLE_BYTES=str(limit))
    seeds = list(read_paths([SEEDS]))
    bad: list[tuple[bytes, str]] = [
        (b"", "empty"),
        (b"this is not json", "not_json"),
        (b'["an", "array"]', "not_object"),
        (b'{"id": "x1"}', "missing_field"),
        (b'{"id": 7, "text": "numbers are not ids"}', "wrong_type"),
        (b'{"id": "x2", "text": "\xff\xfe broken"}', "not_utf8"),
        (orjson.dumps({"id": "x3", "text": "word " * (limit // 4)}), "too_large"),
        (b"[" * 5000 + b"]" * 5000, "not_json"),
        (orjson.dumps({"id": "x4", "text": "bell \x07 in text"}), "control_characters"),
        (orjson.dumps({"id": "x5", "text": "fine", "published": "yesterday"}), "bad_value"),
    ]
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, acks=1, enable_idempotence=False)
    for i, data in enumerate(seeds):
        producer.send(ARTICLES.name, key=f"bad-{i}".encode(), value=bad[i][0])
        producer.send(ARTICLES.name, key=data["id"].encode(), value=orjson.dumps(data))
    for i, (value, _) in enumerate(bad[len(seeds):], start=len(seeds)):
        producer.send(ARTICLES.name, key=f"bad-{i}".encode(), value=value)
    producer.flush()
    producer.close()

    wait_processed(worker, len(seeds) + len(bad))
    assert worker.metric("newsworker_articles_processed_total") == len(seeds)
    want_leaders, _ = expected_tables(seeds)
    assert order_free(live_tables(worker)[0]) == order_free(want_leaders)

    letters = _dead_letters(broker.bootstrap, len(bad))
    assert len(letters) == len(bad)
    by_key = {r.key.decode(): r for r in letters}
    for i, (value, reason) in enumerate(bad):
        record = by_key[f"bad-{i}"]
        headers = {k: v.decode() for k, v in record.headers}
        assert headers[dl.REASON] == reason, (i, headers)
        assert headers[dl.DETAIL]
        assert headers[dl.SOURCE_TOPIC] == ARTICLES.name
        assert record.value == value  # the original bytes, unchanged
    reasons = Counter(reason for _, reason in bad)
    for reason, count in reasons.items():
        assert worker.metric("newsworker_articles_invalid_total", reason=reason) == count


def test_views_answer_when_only_bad_input_has_arrived(broker, start_worker):
    """Before the tables' first write, routing to the table owner must not fail (it once gave HTTP 500)."""
    worker = start_worker()
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, acks=1, enable_idempotence=False)
    for i in range(3):
        producer.send(ARTICLES.name, key=f"junk-{i}".encode(), value=b"not json")
    producer.flush()
    producer.close()
    wait_until(lambda: worker.metric("newsworker_articles_invalid_total", reason="not_json") == 3, 30,
               "three dead letters")
    assert worker.get("/leaders") == {"count": 0, "leaders": []}
    assert worker.get("/regions") == {"count": 0, "regions": []}
    assert "Leaders (0)" in http_text(worker.url + "/")
