"""No-op Faust apps: the Faust ceilings the worker is measured against.

Run as a subprocess (``python -m bench.noop SPEC_JSON``), like the worker, with the
worker's own Faust settings (:func:`worker.app.faust_options`, embedded profile):

* ``one-agent``: one agent reads ``articles`` (4 partitions) and counts each message into
  a changelog-backed table (one table write per message);
* ``topology``: the worker's topology without its work. ``prepare`` (on ``articles``)
  forwards a fixed record of the real prepared record's mean size to a 1-partition
  topic, through ``topic.send`` inside the agent exactly as the worker does (straight into
  Faust's producer buffer: ``stream_publish_on_commit`` is off, Faust's default);
  ``sequence`` writes, per message, the same number of keys per table, with values of the
  same mean size, as the real sequencer did (measured from the worker's changelogs in the
  same run), in batches of the worker's size (``noack_take``, acked after the batch). Same
  four tables (same names, schema and partitions, via :func:`worker.stream.tables.define_tables`) and a dead-letter
  topic declared as in the worker. With ``prepare_ms`` (the "loaded" topology), ``prepare``
  also spins that long on each message: the worker's own mean prepare time.

When the N-th message is done the app writes ``{"first": t, "last": t, "count": N}``
(wall-clock seconds) to the result file; the parent then stops it.

Several replicas (the same ``app_id``, each its own spec: web port, data dir, ``first_file``)
make one consumer group, as replicas of the worker do. Only the owner of the sequencer's
partition counts to N and writes the result; so that the clock starts at the group's first
message, each replica also writes the time it saw its own first message to ``first_file``
and the parent takes the earliest. ``input_topic`` (default ``articles``) lets the parent
give the group a topic of its own that it fills only once the group has settled, and
``/bench-ready`` (``{"ready": bool}``, as the worker's ``/readyz``) tells it when.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

import faust
import orjson


class _Clock:
    def __init__(self, n: int, result: Path, first_file: Path | None = None) -> None:
        self.n, self.result, self.first_file = n, result, first_file
        self.first: float | None = None
        self.cpu_first = 0.0
        self.count = 0
        self.first_stage = 0  # messages the first agent has handled (topology: prepare)
        self.first_stage_last: float | None = None

    def start(self) -> None:
        if self.first is None:
            self.first = time.time()
            self.cpu_first = time.process_time()
            if self.first_file is not None:
                tmp = self.first_file.with_suffix(".tmp")
                tmp.write_bytes(orjson.dumps({"first": self.first, "pid": os.getpid()}))
                os.replace(tmp, self.first_file)

    def first_stage_one(self) -> None:
        """The first agent handled one more message: when it handled the N-th tells whether the
        first hop or the second one holds the pipeline back."""
        self.first_stage += 1
        if self.first_stage == self.n:
            self.first_stage_last = time.time()

    def done_one(self) -> None:
        self.count += 1
        if self.count == self.n:
            last = time.time()
            tmp = self.result.with_suffix(".tmp")
            tmp.write_bytes(orjson.dumps({"first": self.first, "last": last, "count": self.count,
                                          "cpu_seconds": time.process_time() - self.cpu_first,
                                          "first_stage_last": self.first_stage_last}))
            os.replace(tmp, self.result)


def build(spec: dict[str, Any]) -> faust.App:
    from topics import ARTICLES, DEAD_LETTERS, PREPARED
    from worker.app import faust_options, use_worker_clients
    from worker.runner import hold_root_log_level
    from worker.settings import Settings

    settings = Settings(bootstrap_servers=spec["bootstrap"], app_id=spec["app_id"], web_port=spec["web_port"],
                        data_dir=Path(spec["data_dir"]), broker_profile="embedded", log_level="warning",
                        fetch_max_wait_ms=spec.get("fetch_max_wait_ms"))
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    options = faust_options(settings)
    options.update(spec.get("faust_overrides") or {})
    app = faust.App(settings.app_id, **options)
    use_worker_clients(app, settings)  # the worker's producer and consumer: the ceiling pays what the worker pays
    hold_root_log_level(app, settings.log_level)  # and the worker's log level, not mode's DEBUG
    if spec.get("sensors"):
        from faust.sensors.prometheus import setup_prometheus_sensors
        from prometheus_client import CollectorRegistry

        setup_prometheus_sensors(app, registry=CollectorRegistry(), name_prefix="faust")
    clock = _Clock(int(spec["n"]), Path(spec["result"]),
                   Path(spec["first_file"]) if spec.get("first_file") else None)
    articles = app.topic(spec.get("input_topic") or ARTICLES.name, partitions=ARTICLES.partitions,
                         key_serializer="raw", value_serializer="raw")

    @app.page("/bench-ready")
    async def ready(view: Any, request: Any) -> Any:
        # As the worker's /readyz: tables recovered, partitions assigned, no rebalance under way.
        ok = bool(app.consumer and not app.in_recovery and not app.rebalancing
                  and app.tables.recovery.completed.is_set())
        return view.json({"ready": ok}, status=200 if ok else 503)

    if spec["kind"] == "one-agent":
        schema = faust.Schema(key_type=str, key_serializer="raw", value_serializer="json")
        counts = app.Table("noop-counts", partitions=ARTICLES.partitions, schema=schema, default=int)

        async def count_agent(stream: faust.StreamT) -> Any:
            async for event in stream.events():
                clock.start()
                key = str(event.message.partition)
                counts[key] = counts.get(key, 0) + 1
                clock.done_one()
                yield None

        app.agent(articles, name="noop", concurrency=1)(count_agent)
        return app

    if spec["kind"] != "topology":
        raise SystemExit(f"unknown kind {spec['kind']!r}")
    from worker.stream.current_event import current_event
    from worker.stream.tables import define_tables

    prepared = app.topic(spec["prepared_topic"], partitions=PREPARED.partitions, key_serializer="raw",
                         value_serializer="raw", internal=True)
    app.topic(spec["dead_letter_topic"], partitions=DEAD_LETTERS.partitions, key_serializer="raw",
              value_serializer="raw", internal=True, retention=DEAD_LETTERS.retention_seconds)
    tables = define_tables(app).all()
    record = b"x" * max(1, int(spec["prepared_bytes"]))
    # Per table: writes per message (fractional: accumulated, so the totals match) and a value
    # of the mean changelog value size of the real run.
    writes: dict[str, float] = spec["writes_per_message"]
    values = {name: {"pad": "x" * max(0, int(size) - 12)} for name, size in spec["value_bytes"].items()}
    owed = dict.fromkeys(writes, 0.0)

    # With "prepare_ms", stage one spins that long on each message, as fingerprint and extraction
    # hold the worker's agent: the ceiling then says what the plumbing costs around work of the
    # worker's weight. Wall clock, as the worker's histogram measures it (there it equals the
    # agent thread's CPU time: the agent does not wait for the interpreter lock, see the README).
    burn = float(spec.get("prepare_ms") or 0.0) / 1000

    async def prepare_agent(stream: faust.StreamT) -> Any:
        async for event in stream.events():
            clock.start()
            if burn:
                until = time.perf_counter() + burn
                while time.perf_counter() < until:
                    pass
            await prepared.send(key=event.message.key, value=record)
            clock.first_stage_one()
            yield None

    batch_size = int(spec.get("sequence_batch_size", 1))
    batch_wait = float(spec.get("sequence_batch_wait_seconds", 0.25))

    async def sequence_agent(stream: faust.StreamT) -> Any:
        # Batches as the worker's sequencer takes them (noack_take, acked after the batch).
        seq = 0
        async for events in stream.noack_take(batch_size, within=batch_wait):
            for event in events:
                seq += 1
                with current_event(event):
                    for name, per_message in writes.items():
                        owed[name] += per_message
                        table = tables[name]
                        while owed[name] >= 1.0:
                            owed[name] -= 1.0
                            table[f"{name}-{seq}-{owed[name]:.3f}"] = values.get(name, 0)
            for event in events:
                event.ack()
                clock.done_one()
            yield None

    app.agent(articles, name="prepare", concurrency=1)(prepare_agent)
    app.agent(prepared, name="sequence", concurrency=1)(sequence_agent)
    return app


def main(argv: list[str]) -> int:
    from faust.worker import Worker

    spec = orjson.loads(Path(argv[0]).read_bytes())
    app = build(spec)
    worker = Worker(app, loglevel="warning", quiet=True, redirect_stdouts=False)
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
