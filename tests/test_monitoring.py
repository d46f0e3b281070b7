"""Monitoring for real: Debian's Prometheus scrapes a live worker with the project's own
config and rules; headless Chromium renders the status page."""

from __future__ import annotations

import shutil
import subprocess
import urllib.parse
from pathlib import Path

import pytest
import yaml

from tests.harness import ROOT, SEEDS, http_json, wait_until
from tests.test_pipeline import wait_processed
from worker.articles.sources import read_paths
from worker.embedded_broker import free_port
from worker.replay import replay
from worker.settings import Settings

pytestmark = pytest.mark.broker

PROMETHEUS_DIR = ROOT / "deploy" / "prometheus"
JOB = "conflict-news-worker"


def _require(tool: str) -> str:
    path = shutil.which(tool)
    assert path, f"`{tool}` is not installed (make system-deps installs Debian's package)"
    return path


def _prometheus_config(tmp_path: Path, worker_port: int) -> Path:
    """The project's scrape config, pointed at the worker on loopback and scraping every second."""
    config = yaml.safe_load((PROMETHEUS_DIR / "prometheus.yml").read_text())
    config["global"]["scrape_interval"] = config["global"]["evaluation_interval"] = "1s"
    config["rule_files"] = [str(PROMETHEUS_DIR / "rules" / "*.yml")]
    jobs = [job for job in config["scrape_configs"] if job["job_name"] == JOB]
    assert len(jobs) == 1, "the project's config must have one scrape job for the worker"
    job = jobs[0]
    job["scrape_interval"], job["scrape_timeout"] = "1s", "1s"
    job["static_configs"][0]["targets"] = [f"127.0.0.1:{worker_port}"]
    config["scrape_configs"] = [job]
    path = tmp_path / "prometheus.yml"
    path.write_text(yaml.safe_dump(config))
    return path


def test_prometheus_scrapes_the_domain_counters_and_loads_the_alert_rules(start_worker, broker, tmp_path):
    prometheus = _require("prometheus")
    worker = start_worker()
    port = free_port()
    config = _prometheus_config(tmp_path, worker.port)
    log = (tmp_path / "prometheus.log").open("wb")
    server = subprocess.Popen([prometheus, f"--config.file={config}", f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                               f"--web.listen-address=127.0.0.1:{port}"], stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"

    def query(expr: str) -> list:
        answer = http_json(f"{base}/api/v1/query?query={urllib.parse.quote(expr)}")
        assert answer["status"] == "success", answer
        return answer["data"]["result"]

    try:
        seeds = list(read_paths([SEEDS]))
        replay(seeds, Settings(bootstrap_servers=broker.bootstrap))
        wait_processed(worker, len(seeds))
        processed = wait_until(
            lambda: [r for r in query(f'newsworker_articles_processed_total{{job="{JOB}"}}')
                     if float(r["value"][1]) == len(seeds)],
            60, "Prometheus to scrape the processed count")
        assert processed[0]["metric"]["instance"] == f"127.0.0.1:{worker.port}"
        received = query(f'newsworker_articles_received_total{{job="{JOB}"}}')
        assert float(received[0]["value"][1]) == len(seeds)
        killed = query(f'newsworker_events_extracted_total{{job="{JOB}",outcome="killed"}}')
        assert float(killed[0]["value"][1]) == worker.metric("newsworker_events_extracted_total", outcome="killed")
        assert float(query(f'up{{job="{JOB}"}}')[0]["value"][1]) == 1.0
        assert query('faust_messages_received_total'), "Faust's own sensor is scraped too"

        groups = http_json(f"{base}/api/v1/rules")["data"]["groups"]
        rules = [rule for group in groups for rule in group["rules"]]
        assert len(rules) >= 6
        assert all(rule["health"] == "ok" for rule in rules), [(r["name"], r.get("lastError")) for r in rules]
        assert all(rule["type"] == "alerting" for rule in rules)
        firing = {r["name"] for r in rules if r["state"] == "firing"}
        assert "ConflictNewsWorkerDown" not in firing
    finally:
        server.terminate()
        server.wait(10)


def test_status_page_shows_the_leaders_in_headless_chromium(start_worker, broker, tmp_path):
    chromium = _require("chromium")
    worker = start_worker()
    seeds = list(read_paths([SEEDS]))
    replay(seeds, Settings(bootstrap_servers=broker.bootstrap))
    wait_processed(worker, len(seeds))
    leaders = worker.get("/leaders")["leaders"]
    assert leaders
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'chromium'}"]
    dom = subprocess.run([chromium, *flags, "--dump-dom", f"{worker.url}/"], capture_output=True, text=True,
                         timeout=60)
    assert dom.returncode == 0, dom.stderr[-2000:]
    page = dom.stdout
    assert "<h1>conflict-news worker</h1>" in page
    for row in leaders:
        assert row["name"].replace("'", "&#x27;") in page or row["name"] in page, row["name"]
    assert f"Leaders ({len(leaders)})" in page
    shot = tmp_path / "status.png"
    subprocess.run([chromium, *flags, "--window-size=1280,1400", f"--screenshot={shot}", f"{worker.url}/"],
                   capture_output=True, timeout=60, check=True)
    assert shot.stat().st_size > 10_000
    keep = ROOT / "bench-results"
    keep.mkdir(exist_ok=True)
    shutil.copy(shot, keep / "status-page.png")  # for a person to look at; gitignored
