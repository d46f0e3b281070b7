"""The benchmark harness at a tiny N, so it cannot rot. (The benchmark itself never runs here.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.broker


def test_bench_quick_run_writes_every_figure(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--n", "200", "--extract-seconds", "1", "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=150)
    assert done.returncode == 0, done.stderr[-3000:]
    results = orjson.loads((tmp_path / "latest.json").read_bytes())

    assert results["corpus"]["articles"] == 200
    assert results["corpus"]["republications"] > 0
    for name in ("extract_rows", "extract_events"):
        assert results["extraction"][name]["per_second"] > 0
    for name in ("raw_aiokafka", "raw_kafka_python", "faust_one_agent", "faust_topology"):
        assert results["ceilings"][name]["messages"] == 200, name
        assert results["ceilings"][name]["per_second"] > 0, name
    worker = results["worker"]
    assert worker["per_second"] > 0
    # prepare's own mean in the worker: positive, and inside the CPU the worker spent an article
    assert 0 < worker["prepare_ms_per_article"] < worker["cpu"]["ms_per_article"] * 2
    # the loaded topology spins for the worker's prepare time a message, on top of its plumbing
    loaded = results["ceilings"]["faust_topology_loaded"]
    assert loaded["prepare_ms"] == worker["prepare_ms_per_article"]
    assert loaded["messages"] == 200
    assert loaded["cpu_ms_per_message"] > loaded["prepare_ms"] * 0.9  # (spun: CPU, less the lock's turns)
    assert results["ratios"]["worker_vs_topology_loaded"] > results["ratios"]["worker_vs_topology"]
    m = worker["metrics"]
    assert m["processed"] + m["duplicates"] + m["invalid"] == 200
    assert worker["latency_seconds"]["articles"] == 200
    assert 0 <= worker["latency_seconds"]["p50"] <= worker["latency_seconds"]["p99"]
    for point in ("ready", "25%", "50%", "75%", "100%", "peak"):
        assert worker["rss_mb"][point] > 0, point
    for table in ("leaders", "regions", "dedupe", "prepared"):
        assert worker["topics"][table]["records"] > 0, table
    for name in ("worker_vs_topology", "worker_vs_one_agent", "worker_vs_raw_aiokafka"):
        assert results["ratios"][name] > 0, name
    assert set(results["targets"]) >= {"extraction>=2000/s", "worker>=60%topology", "worker>=1000/s"}
    assert "worker_vs_topology" in done.stdout


def test_bench_two_replicas_share_the_work_and_are_counted_together(tmp_path: Path) -> None:
    """``--replicas 2``: one consumer group of two workers (and of two no-op topology apps)."""
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--n", "200", "--replicas", "2", "--skip", "extraction",
         "--skip", "raw", "--skip", "kafka-python", "--skip", "one-agent", "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=150)
    assert done.returncode == 0, done.stderr[-3000:]
    results = orjson.loads((tmp_path / "latest.json").read_bytes())

    assert results["replicas"] == 2
    worker = results["worker"]
    assert worker["replicas"] == 2
    m = worker["metrics"]
    assert m["processed"] + m["duplicates"] + m["invalid"] == 200  # summed over the replicas
    assert worker["latency_seconds"]["articles"] == 200
    replicas = worker["replica"]
    assert len(replicas) == 2
    assert len({r["pid"] for r in replicas}) == 2
    for r in replicas:
        assert r["rss_mb"]["peak"] > 0 and r["rss_mb"]["ready"] > 0
        assert r["cpu_seconds"] > 0
        assert r["partitions"]["articles"], r  # each replica validates and extracts a share
    assert sorted(p for r in replicas for p in r["partitions"]["articles"]) == [0, 1, 2, 3]
    # Each article was prepared once (no rebalance redelivered any) and sequenced by one owner.
    assert sum(r["metrics"]["received"] for r in replicas) == 200
    sequenced = sorted(r["metrics"]["processed"] + r["metrics"]["duplicates"] + r["metrics"]["invalid"]
                       for r in replicas)
    assert sequenced == [0, 200]
    assert worker["rss_mb"]["peak"] == pytest.approx(sum(r["rss_mb"]["peak"] for r in replicas), abs=0.2)
    assert worker["cpu"]["seconds"] == pytest.approx(sum(r["cpu_seconds"] for r in replicas), abs=0.05)
    assert worker["rebalance"]["assignment_changed"] is False
    assert worker["rebalance"]["not_ready_polls"] == [0, 0]

    topology = results["ceilings"]["faust_topology"]
    assert topology["replicas"] == 2
    assert topology["messages"] == 200
    loaded = results["ceilings"]["faust_topology_loaded"]
    assert (loaded["replicas"], loaded["messages"]) == (2, 200)
    assert topology["per_second"] > 0
    assert len({r["pid"] for r in topology["replica"]}) == 2
    assert all(r["first"] is not None for r in topology["replica"])  # both replicas prepared messages
    assert topology["rebalance"]["assignment_changed"] is False
    assert results["ratios"]["worker_vs_topology"] > 0
    assert "worker end to end, 2 replicas" in done.stdout
    assert "worker topology (2 replicas)" in done.stdout


def test_instruction_count_runs_and_checks_events(tmp_path: Path) -> None:
    """``python -m bench.instructions`` against HEAD: the events check and both counts, at a tiny n."""
    out = tmp_path / "instructions.json"
    done = subprocess.run([sys.executable, "-m", "bench.instructions", "--n", "2", "--json", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert "events on the same articles: identical" in done.stdout
    figures = orjson.loads(out.read_bytes())
    assert figures["same_events"] is True
    # an article of extraction is millions of instructions, whatever the tree
    assert figures["base_instructions"] > 1e5 and figures["instructions"] > 1e5
