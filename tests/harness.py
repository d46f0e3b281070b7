"""Helpers for tests against a real broker: a worker subprocess, HTTP reads, metrics.

The worker runs as its own process (``python -m worker run``), exactly as in production,
so a test can also kill it. Every wait is bounded; a timeout fails the test with what
was last seen, never hangs it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from worker.embedded_broker import free_port
from worker.metrics import Samples, parse_samples

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def wait_until(check: Callable[[], Any], timeout: float, what: str, interval: float = 0.2) -> Any:
    """Poll ``check`` until it returns something truthy; fail with ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        try:
            last = check()
        except (OSError, urllib.error.URLError, ValueError) as exc:
            last = exc
        else:
            if last:
                return last
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}; last seen: {last!r}")


def http_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=5) as response:
        return orjson.loads(response.read())


def http_text(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode()


class WorkerProcess:
    """``python -m worker run`` against a given broker, on a free web port."""

    def __init__(self, bootstrap: str, tmp_path: Path, app_id: str = "conflict-news", **env: str) -> None:
        self.port = free_port()
        self.log_path = tmp_path / f"worker-{self.port}.log"
        self.env = {
            **os.environ,
            "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
            "WORKER_BROKER_PROFILE": "embedded",  # tansu: end offsets corrected for exact recovery
            "WORKER_APP_ID": app_id,
            "WORKER_WEB_PORT": str(self.port),
            "WORKER_DATA_DIR": str(tmp_path / f"data-{self.port}"),
            "WORKER_LOG_LEVEL": "warning",
            **env,
        }
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, ready_timeout: float = 60.0) -> WorkerProcess:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen([sys.executable, "-m", "worker", "run"], env=self.env, cwd=ROOT,
                                        stdout=log, stderr=log, stdin=subprocess.DEVNULL)
        self.wait_ready(ready_timeout)
        return self

    def wait_ready(self, timeout: float = 60.0) -> None:
        def ready() -> bool:
            assert self.process is not None
            if self.process.poll() is not None:
                raise AssertionError(f"worker exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                return http_json(f"{self.url}/readyz").get("ready", False)
            except urllib.error.HTTPError:
                return False

        wait_until(ready, timeout, f"worker on port {self.port} to be ready")

    def get(self, path: str) -> Any:
        try:
            return http_json(self.url + path)
        except urllib.error.HTTPError as exc:
            if exc.code >= 500:  # the worker's side of the story, for the failure report
                exc.add_note(f"worker log ({self.log_path}):\n{self.log_tail(60)}")
            raise

    def metrics(self) -> Samples:
        return parse_samples(http_text(self.url + "/metrics"))

    def metric(self, name: str, **labels: str) -> float:
        return self.metrics().get((name, tuple(sorted(labels.items()))), 0.0)

    def log_tail(self, lines: int = 40) -> str:
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30.0) -> int | None:
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        self.process.send_signal(sig)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait(10)
