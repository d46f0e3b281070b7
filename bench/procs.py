"""Processes of the benchmark: the worker (``python -m worker run``), the no-op Faust apps,
RSS sampling from /proc, and py-spy."""

from __future__ import annotations

import os
import re
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


class WebProc(Proc):
    """A subprocess with a Faust web server on ``self.port``: readiness and the group's assignment."""

    port: int
    #: A JSON page answering ``{"ready": bool}`` (503 until ready).
    ready_path = "/readyz"

    def get(self, path: str) -> bytes:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=5) as response:
            return response.read()

    def is_ready(self) -> bool:
        try:
            return bool(orjson.loads(self.get(self.ready_path)).get("ready"))
        except (OSError, urllib.error.URLError, ValueError):  # 503 (HTTPError) until ready
            return False

    def topic_assignment(self) -> dict[str, dict[str, list[int]]] | None:
        """The whole group's assignment of the non-changelog topics as this member last received it.

        Faust's ``/router/topics`` (on by default): ``{member url: {topic: [partitions]}}``, from
        the assignment the group leader sent every member at the last rebalance. None when this
        member cannot answer.
        """
        try:
            return orjson.loads(self.get("/router/topics"))
        except (OSError, urllib.error.URLError, ValueError):
            return None


class WorkerProc(WebProc):
    """``python -m worker run`` against the benchmark's broker.

    ``replica`` (0, 1, ...) names the log of one of several replicas of the same app id; each
    replica has its own web port and data dir anyway.
    """

    def __init__(self, bootstrap: str, workdir: Path, worker_root: Path, app_id: str, replica: int | None = None,
                 **env: str) -> None:
        self.port = free_port()
        suffix = "" if replica is None else f"-{replica}"
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
            workdir / f"worker-{app_id}{suffix}.log", cwd=worker_root)

    def metrics(self) -> Samples:
        return parse_samples(self.get("/metrics").decode())


class NoopProc(WebProc):
    """``python -m bench.noop SPEC`` (see :mod:`bench.noop`); ``/bench-ready`` is its readiness page."""

    ready_path = "/bench-ready"

    def __init__(self, spec_path: Path, port: int, worker_root: Path, log_path: Path) -> None:
        self.port = port
        super().__init__([sys.executable, "-m", "bench.noop", str(spec_path)], python_env(worker_root, {}),
                         log_path, cwd=worker_root)


def wait_all_ready(procs: list[WebProc], timeout: float = 90.0) -> list[float]:
    """Seconds from the call until each of ``procs`` first said ready (all polled together)."""
    started = time.monotonic()
    deadline = started + timeout
    ready: list[float | None] = [None] * len(procs)
    while time.monotonic() < deadline:
        for i, p in enumerate(procs):
            if ready[i] is not None:
                continue
            if not p.alive():
                raise RuntimeError(f"{p.log_path.name}: process exited:\n{p.log_tail()}")
            if p.is_ready():
                ready[i] = time.monotonic() - started
        if all(r is not None for r in ready):
            return [r for r in ready if r is not None]
        time.sleep(0.2)
    late = [p.log_path.name for p, r in zip(procs, ready, strict=True) if r is None]
    raise RuntimeError(f"not ready after {timeout:.0f}s: {late}:\n" + "\n".join(p.log_tail(10) for p in procs))


@dataclass
class Settled:
    """The group as it stood once stable: when, and who owns which partitions."""

    seconds: float  # from the call until the assignment had been stable for ``hold`` seconds
    assignment: dict[str, dict[str, list[int]]]
    polls: int  # polls that saw a different (or incomplete) state before it settled


def group_state(procs: list[WebProc], topics: dict[str, int]) -> tuple[bool, dict[str, dict[str, list[int]]] | None,
                                                                        str]:
    """(settled now?, the assignment, why not) for ``procs`` of one consumer group.

    Settled now: every member is ready (tables recovered, not rebalancing), every member reports
    the same assignment, that assignment has exactly one member per process here (each of our
    ports appears), and each topic of ``topics`` ({name: partitions}) has every partition owned
    by exactly one member.
    """
    if not all(p.is_ready() for p in procs):
        return False, None, "not all ready"
    views = [p.topic_assignment() for p in procs]
    if any(v is None for v in views):
        return False, None, "assignment not readable"
    first = views[0]
    assert first is not None
    if any(v != first for v in views[1:]):
        return False, first, "members disagree"
    ports = sorted(p.port for p in procs)
    member_ports = sorted(int(url.rsplit(":", 1)[1].rstrip("/")) for url in first)
    if member_ports != ports:
        return False, first, f"members {member_ports}, processes {ports}"
    for topic, partitions in topics.items():
        owned = sorted(part for member in first.values() for part in member.get(topic, []))
        if owned != list(range(partitions)):
            return False, first, f"{topic} partitions owned: {owned}"
    return True, first, ""


def wait_settled(procs: list[WebProc], topics: dict[str, int], hold: float = 2.0, timeout: float = 120.0,
                 interval: float = 0.25) -> Settled:
    """Wait until :func:`group_state` has said "settled" with the same assignment for ``hold`` seconds.

    A replica that joins after the others triggers a rebalance (tansu holds a join for a few
    seconds); during it ``/readyz`` says not ready and the assignment still names the old
    members, so a state that is complete, agreed and unchanged for ``hold`` seconds is the
    one the run will keep.
    """
    started = time.monotonic()
    deadline = started + timeout
    stable_since: float | None = None
    stable_map: dict[str, dict[str, list[int]]] | None = None
    polls = 0
    why = ""
    while time.monotonic() < deadline:
        for p in procs:
            if not p.alive():
                raise RuntimeError(f"{p.log_path.name}: process exited:\n{p.log_tail()}")
        ok, assignment, why = group_state(procs, topics)
        now = time.monotonic()
        if ok and assignment == stable_map and stable_since is not None:
            if now - stable_since >= hold:
                return Settled(now - started, assignment or {}, polls)
        elif ok:
            stable_since, stable_map = now, assignment
        else:
            stable_since, stable_map = None, None
            polls += 1
        time.sleep(interval)
    raise RuntimeError(f"group of {len(procs)} not settled after {timeout:.0f}s ({why}):\n"
                       + "\n".join(p.log_tail(10) for p in procs))


def rebalance_lines(log_path: Path, limit: int = 5) -> tuple[int, list[str]]:
    """Lines of a Faust log that speak of a rebalance or an assignment (count, first few).

    Weak evidence: the bench runs the worker at WARNING, where Faust logs an ordinary rebalance
    not at all; a rebalance that went wrong (a revoke timing out, say) does show.
    """
    if not log_path.exists():
        return 0, []
    hits = [line for line in log_path.read_text(errors="replace").splitlines()
            if re.search(r"rebalanc|revok|assigned|generation", line, re.IGNORECASE)]
    return len(hits), hits[:limit]


@dataclass
class Monitor:
    """Polls the replicas' metrics, readiness and RSS in a thread.

    ``samples``: (t, done, rss_kib) summed over the replicas; ``replica_samples``: (t, [done],
    [rss_kib]) per replica. ``done`` sums :func:`finished_articles` over the replicas: only the
    sequencer's owner counts, but a sum stays right if the ownership moves. A replica whose
    ``/readyz`` says "not ready" during the run (a rebalance, a recovery) is counted in
    ``not_ready_polls``.
    """

    workers: list[WorkerProc]
    interval: float = 0.5
    samples: list[tuple[float, float, int]] = field(default_factory=list)
    replica_samples: list[tuple[float, list[float], list[int]]] = field(default_factory=list)
    done: float = 0.0
    last_metrics: list[Samples] = field(default_factory=list)
    not_ready_polls: list[int] = field(default_factory=list)
    errors: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> Monitor:
        self.last_metrics = [{} for _ in self.workers]
        self.not_ready_polls = [0 for _ in self.workers]
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            dones, rsss = [], []
            for i, worker in enumerate(self.workers):
                try:
                    self.last_metrics[i] = worker.metrics()
                except (OSError, urllib.error.URLError, ValueError):
                    self.errors += 1  # keep the replica's last known counts
                if len(self.workers) > 1 and not worker.is_ready():
                    self.not_ready_polls[i] += 1
                dones.append(finished_articles(self.last_metrics[i]))
                rsss.append(rss_kb(worker.pid)[0])
            self.done = sum(dones)
            now = time.time()
            self.samples.append((now, self.done, sum(rsss)))
            self.replica_samples.append((now, dones, rsss))
            self._stop.wait(self.interval)

    def wait_done(self, n: int, timeout: float, on_tick: Callable[[float], None] | None = None) -> float:
        """Wall-clock time at which the poll first saw ``done >= n``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.done >= n:
                return time.time()
            for worker in self.workers:
                if not worker.alive():
                    raise RuntimeError(f"{worker.log_path.name}: worker exited:\n{worker.log_tail()}")
            if on_tick:
                on_tick(self.done)
            time.sleep(0.05)
        raise RuntimeError(f"worker finished {self.done:.0f} of {n} articles in {timeout:.0f}s")

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(5)

    def rss_at_fractions(self, n: int, fractions: tuple[float, ...] = (0.25, 0.5, 0.75, 1.0),
                         replica: int | None = None) -> dict[str, Any]:
        """RSS (MiB) when ``fraction * n`` articles were done: summed, or of one ``replica``."""
        out: dict[str, Any] = {}
        for fraction in fractions:
            hit = next((s for s in self.replica_samples if sum(s[1]) >= fraction * n), None)
            rss = (sum(hit[2]) if replica is None else hit[2][replica]) if hit else None
            out[f"{int(fraction * 100)}%"] = round(rss / 1024, 1) if rss is not None else None
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
