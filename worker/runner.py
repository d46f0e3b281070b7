"""``worker run``: the long-lived process.

With ``KAFKA_BOOTSTRAP_SERVERS`` unset it first starts the embedded tansu broker on a
free loopback port and stops it (by its PID) when the worker exits, however it exits.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import sys
import time
from pathlib import Path
from typing import Any

from faust.worker import Worker

from worker.app import WorkerApp, create_app, kafka_ssl_context
from worker.embedded_broker import BrokerError, EmbeddedBroker
from worker.settings import Settings
from worker.stream.declare_topics import declare_topics

log = logging.getLogger(__name__)
READY_POLL_SECONDS = 0.2
#: Between two attempts to reach a cluster that does not answer yet.
BROKER_RETRY_SECONDS = 2.0
#: Print the "waiting for Kafka" line again after this many failed attempts (not on every one).
BROKER_LOG_EVERY = 15


def run_worker(settings: Settings, replay_paths: list[str] | None = None) -> int:
    broker: EmbeddedBroker | None = None
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file in the way, no permission, a read-only volume
        print(f"worker: WORKER_DATA_DIR={str(settings.data_dir)!r} cannot be a folder for table data: "
              f"{exc.strerror}", file=sys.stderr)
        return 1
    taken = _web_port_taken(settings)
    if taken is not None:
        print(f"worker: cannot serve HTTP on {settings.web_host}:{settings.web_port} ({taken}); another worker "
              "may hold it: set WORKER_WEB_PORT (and WORKER_WEB_HOST)", file=sys.stderr)
        return 1
    if settings.embedded:
        try:
            broker = EmbeddedBroker.start(log_path=settings.data_dir / "tansu.log")
        except BrokerError as exc:
            print(f"worker: {exc}", file=sys.stderr)
            return 1
        settings = settings.with_bootstrap(broker.bootstrap)
        print(f"embedded broker: tansu at {broker.bootstrap} (pid {broker.pid}); it stops with the worker",
              file=sys.stderr, flush=True)
    elif not wait_for_kafka(settings):
        return 1
    try:
        if settings.topic_allow_declare:
            try:
                declare_topics(settings)  # before Faust's consumer can auto-create one (see the module)
            except Exception as exc:  # Faust declares them again at start, and says what is wrong
                log.warning("could not declare the topics before start: %s: %s", type(exc).__name__, exc)
        bundle = create_app(settings)
        hold_root_log_level(bundle.app, settings.log_level)
        _announce_when_ready(bundle, broker, replay_paths)
        worker = Worker(bundle.app, loglevel=settings.log_level, quiet=True, redirect_stdouts=False)
        _quiet_client_libraries(settings.log_level)
        try:
            worker.execute_from_commandline()
        except SystemExit as exc:
            return int(exc.code or 0)
        return 0
    finally:
        if broker is not None:
            broker.stop()
            print(f"embedded broker (pid {broker.pid}) stopped", file=sys.stderr, flush=True)


def _quiet_client_libraries(level: str) -> None:
    """Kafka clients log every connection at INFO; keep them to warnings unless debugging."""
    if level.lower() != "debug":
        for name in ("kafka", "aiokafka"):
            logging.getLogger(name).setLevel(logging.WARNING)


def _web_port_taken(settings: Settings) -> str | None:
    """Why the web port cannot be bound, or None. Checked before anything starts: Faust found
    out only once the broker and the app were up, and stopped with a traceback in the log."""
    with socket.socket(socket.AF_INET6 if ":" in settings.web_host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as aiohttp binds: TIME_WAIT is no obstacle
        try:
            probe.bind((settings.web_host, settings.web_port))
        except OSError as exc:
            return exc.strerror or str(exc)
    return None


def hold_root_log_level(app: Any, level: str) -> None:
    """Set the root logger to ``level`` when ``app`` starts (in a task of its own).

    mode's ``Worker`` leaves the root logger at DEBUG whatever level it is given, so every
    library's debug call built a record that no handler printed: Faust and aiokafka log each
    message they publish. That was about 4 % of the worker's CPU, and 12 % of the no-op
    topology's in the benchmark, which calls this too so that its ceilings pay what the worker pays.
    """

    @app.task
    async def set_root_log_level() -> None:
        logging.getLogger().setLevel(level.upper())


def _announce_when_ready(bundle: WorkerApp, broker: EmbeddedBroker | None, replay_paths: list[str] | None) -> None:
    """Once tables are recovered: print where to look, then replay the given files if any."""
    app, settings = bundle.app, bundle.settings

    @app.task
    async def announce() -> None:
        while not bundle.is_ready():
            await asyncio.sleep(READY_POLL_SECONDS)
        base = f"http://{settings.web_host}:{settings.web_port}"
        print(
            f"\nworker ready (group {settings.app_id}, broker {settings.bootstrap_servers})\n"
            f"  leaders:  {base}/leaders\n  regions:  {base}/regions\n"
            f"  metrics:  {base}/metrics\n  status:   {base}/\n"
            f"  tables in a terminal: WORKER_WEB_PORT={settings.web_port} worker tables\n"
            f"  replay more: KAFKA_BOOTSTRAP_SERVERS={settings.bootstrap_servers} worker replay seeds/\n"
            "Ctrl-C stops the worker" + (" and the embedded broker." if broker else "."),
            file=sys.stderr, flush=True)
        if replay_paths:
            await asyncio.get_running_loop().run_in_executor(None, _replay_files, settings, replay_paths)

    del announce


def _replay_files(settings: Settings, paths: list[str]) -> None:
    from worker.articles.sources import SourceError, read_paths
    from worker.replay import ReplayError, replay

    try:
        summary = replay(read_paths([Path(p) for p in paths]), settings)
    except (SourceError, ReplayError) as exc:
        print(f"worker: replay failed: {exc}", file=sys.stderr, flush=True)
        return
    print(summary.line(), file=sys.stderr, flush=True)


def wait_for_kafka(settings: Settings, retry_seconds: float = BROKER_RETRY_SECONDS) -> bool:
    """Block until the cluster answers a metadata request; False after ``broker_wait_seconds``.

    Faust exits at once when no broker answers at start (aiokafka's "Unable to bootstrap"),
    so a worker started before its cluster (compose, Kubernetes, a laptop) would crash-loop.
    Instead it waits here, saying so in one line, and starts as soon as the cluster is up.
    """
    servers = settings.bootstrap_servers
    limit = settings.broker_wait_seconds
    deadline = time.monotonic() + limit if limit > 0 else None
    attempt = 0
    while True:
        error = _probe_kafka(settings)
        if error is None:
            if attempt:
                print(f"worker: Kafka at {servers} answered after {attempt} retries", file=sys.stderr, flush=True)
            return True
        if deadline is not None and time.monotonic() >= deadline:
            print(f"worker: no Kafka broker answered at {servers} within {limit:.0f}s ({error}); giving up "
                  "(WORKER_BROKER_WAIT_SECONDS sets how long to wait)", file=sys.stderr, flush=True)
            return False
        if attempt % BROKER_LOG_EVERY == 0:
            print(f"worker: waiting for Kafka at {servers} ({error}); retrying every {retry_seconds:.0f}s",
                  file=sys.stderr, flush=True)
        attempt += 1
        time.sleep(retry_seconds)


def _probe_kafka(settings: Settings) -> str | None:
    """None if a broker of ``settings`` answers a metadata request (with aiokafka, as Faust), else why not."""
    loop = asyncio.new_event_loop()  # not set as the current loop: Faust makes its own later
    quiet = logging.getLogger("aiokafka")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # one line of ours per wait, not aiokafka's per attempt
    try:
        return loop.run_until_complete(_probe_async(settings))
    finally:
        quiet.setLevel(level)
        loop.close()


async def _probe_async(settings: Settings) -> str | None:
    from aiokafka.client import AIOKafkaClient

    client = AIOKafkaClient(bootstrap_servers=settings.bootstrap_servers.split(","), request_timeout_ms=5000,
                            **_client_security(settings))
    try:
        await client.bootstrap()
        return None
    except Exception as exc:  # any failure to bootstrap means "not yet"
        return f"{type(exc).__name__}: {exc}"[:200]
    finally:
        await client.close()


def _client_security(settings: Settings) -> dict[str, Any]:
    protocol = settings.security_protocol.upper()
    options: dict[str, Any] = {"security_protocol": protocol}
    if protocol in ("SSL", "SASL_SSL"):
        options["ssl_context"] = kafka_ssl_context(settings)
    if protocol.startswith("SASL"):
        options.update(sasl_mechanism=settings.sasl_mechanism, sasl_plain_username=settings.sasl_username,
                       sasl_plain_password=settings.sasl_password)
    return options
