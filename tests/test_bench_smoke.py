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
