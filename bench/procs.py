"""Processes of the benchmark: the worker (``python -m worker run``), the no-op Faust apps,
RSS sampling from /proc, and py-spy."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from worker.embedded_broker import free_port
from worker.metrics import Samples, finished_articles, parse_samples

ROOT = Path(__file__).resolve().parent.parent


def rss_kb(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of ``pid`` in KiB; (0, 0) once it is gone."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0, 0
    values = {}
    for line in text.splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            name, value = line.split(":", 1)
            values[name] = int(value.split()[0])
    return values.get("VmRSS", 0), values.get("VmHWM", 0)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of ``pid`` so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def histogram_quantile(m: Samples, name: str,
                       q: float) -> float | None:
    """Prometheus' histogram_quantile (linear interpolation inside the bucket)."""
    buckets = sorted((float("inf") if dict(labels)["le"] in ("+Inf", "inf") else float(dict(labels)["le"]), value)
                     for (metric, labels), value in m.items() if metric == f"{name}_bucket")
    if not buckets or buckets[-1][1] == 0:
        return None
    rank = q * buckets[-1][1]
    lower_bound, lower_count = 0.0, 0.0
    for bound, count in buckets:
        if count >= rank:
            if bound == float("inf"):
                return lower_bound
            return lower_bound + (bound - lower_bound) * (rank - lower_count) / max(count - lower_count, 1e-9)
        lower_bound, lower_count = bound, count
    return None


@dataclass
class Proc:
    """A Python subprocess with its log file."""

    args: list[str]
    env: dict[str, str]
    log_path: Path
    cwd: Path = ROOT
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> Proc:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(self.args, env=self.env, cwd=self.cwd, stdout=log, stderr=log,
                                        stdin=subprocess.DEVNULL)
        return self

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log_tail(self, lines: int = 30) -> str:
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self, timeout: float = 20.0) -> None:
        if not self.alive():
            return
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


def python_env(worker_root: Path, extra: dict[str, str]) -> dict[str, str]:
    """Environment for a subprocess that imports ``worker`` (and ``bench``) from ``worker_root``."""
    path = [str(worker_root)] + ([str(ROOT)] if worker_root != ROOT else [])
    return {**os.environ, "PYTHONPATH": os.pathsep.join(path + [os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
            **extra}


class WorkerProc(Proc):
    """``python -m worker run`` against the benchmark's broker."""

    def __init__(self, bootstrap: str, workdir: Path, worker_root: Path, app_id: str, **env: str) -> None:
        self.port = free_port()
        super().__init__(
            [sys.executable, "-m", "worker", "run"],
            python_env(worker_root, {
                "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
                "WORKER_BROKER_PROFILE": "embedded",
                "WORKER_APP_ID": app_id,
                "WORKER_WEB_PORT": str(self.port),
                "WORKER_DATA_DIR": str(workdir / f"worker-data-{self.port}"),
                "WORKER_LOG_LEVEL": "warning",
                **env,
            }),
            workdir / f"worker-{app_id}.log", cwd=worker_root)

    def get(self, path: str) -> bytes:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=5) as response:
            return response.read()

    def metrics(self) -> Samples:
        return parse_samples(self.get("/metrics").decode())

    def wait_ready(self, timeout: float = 90.0) -> float:
        started = time.monotonic()
        deadline = started + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                raise RuntimeError(f"worker exited:\n{self.log_tail()}")
            try:
                if orjson.loads(self.get("/readyz")).get("ready"):
                    return time.monotonic() - started
            except (OSError, urllib.error.URLError, ValueError):  # 503 (HTTPError) until ready
                pass
            time.sleep(0.2)
        raise RuntimeError(f"worker not ready after {timeout:.0f}s:\n{self.log_tail()}")


@dataclass
class Monitor:
    """Polls the worker's metrics and RSS in a thread: samples of (t, done, rss_kib)."""

    worker: WorkerProc
    interval: float = 0.5
    samples: list[tuple[float, float, int]] = field(default_factory=list)
    done: float = 0.0
    last_metrics: dict[Any, float] = field(default_factory=dict)
    errors: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> Monitor:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                m = self.worker.metrics()
            except (OSError, urllib.error.URLError, ValueError):
                self.errors += 1
            else:
                self.last_metrics = m
                self.done = finished_articles(m)
            rss, _ = rss_kb(self.worker.pid)
            self.samples.append((time.time(), self.done, rss))
            self._stop.wait(self.interval)

    def wait_done(self, n: int, timeout: float, on_tick: Callable[[float], None] | None = None) -> float:
        """Wall-clock time at which the poll first saw ``done >= n``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.done >= n:
                return time.time()
            if not self.worker.alive():
                raise RuntimeError(f"worker exited:\n{self.worker.log_tail()}")
            if on_tick:
                on_tick(self.done)
            time.sleep(0.05)
        raise RuntimeError(f"worker finished {self.done:.0f} of {n} articles in {timeout:.0f}s")

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(5)

    def rss_at_fractions(self, n: int, fractions: tuple[float, ...] = (0.25, 0.5, 0.75, 1.0)) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for fraction in fractions:
            hit = next((s for s in self.samples if s[1] >= fraction * n), None)
            out[f"{int(fraction * 100)}%"] = round(hit[2] / 1024, 1) if hit else None
        return out


class PySpy:
    """``py-spy record`` attached to a pid; raw (collapsed) stacks, stopped with SIGINT."""

    def __init__(self, pid: int, output: Path, rate: int = 100) -> None:
        exe = Path(sys.executable).parent / "py-spy"
        self.output = output
        self.process = subprocess.Popen([str(exe), "record", "--pid", str(pid), "--rate", str(rate), "--format", "raw",
                                         "--output", str(output), "--nonblocking"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            _, err = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, err = self.process.communicate()
        return (err or b"").decode(errors="replace")[-500:]
