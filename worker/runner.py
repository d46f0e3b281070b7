"""``worker run``: the long-lived process.

With ``KAFKA_BOOTSTRAP_SERVERS`` unset it first starts the embedded tansu broker on a
free loopback port and stops it (by its PID) when the worker exits, however it exits.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path

from faust.worker import Worker

from worker.app import WorkerApp, create_app
from worker.embedded_broker import BrokerError, EmbeddedBroker
from worker.settings import Settings

log = logging.getLogger(__name__)
READY_POLL_SECONDS = 0.2


def run_worker(settings: Settings, replay_paths: list[str] | None = None) -> int:
    broker: EmbeddedBroker | None = None
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    if settings.embedded:
        try:
            broker = EmbeddedBroker.start(log_path=settings.data_dir / "tansu.log")
        except BrokerError as exc:
            print(f"worker: {exc}", file=sys.stderr)
            return 1
        settings = settings.with_bootstrap(broker.bootstrap)
        print(f"embedded broker: tansu at {broker.bootstrap} (pid {broker.pid}); it stops with the worker",
              file=sys.stderr, flush=True)
    try:
        bundle = create_app(settings)
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
