"""Build the Faust app: configuration here, topology in :mod:`worker.stream`.

``create_app(settings)`` is the one entry point; tests call it with their own settings
(a broker they started, a free web port, a fresh metrics registry) and drive the very
same topology the production worker runs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import faust
from faust.sensors.prometheus import setup_prometheus_sensors

from topics import ARTICLES, DEAD_LETTERS, PREPARED
from worker.metrics import Metrics
from worker.settings import Settings
from worker.stream.agents import Agents, define_agents
from worker.stream.dead_letters import DeadLetters
from worker.stream.fetch_wait import use_fetch_max_wait
from worker.stream.offset_gaps import committed_offset
from worker.stream.producer import use_complete_flush_producer
from worker.stream.status_page import define_status_page
from worker.stream.tables import Tables, define_tables
from worker.stream.tansu import use_tansu_consumer
from worker.stream.views import define_views

log = logging.getLogger(__name__)

GAUGE_INTERVAL_SECONDS = 5.0
#: The producer's request-size cap. A dead letter carries the original bytes, so the worker must
#: be able to send any message the cluster accepted on the input topic (aiokafka's default, 1 MB,
#: made a 10 MB input crash the prepare agent instead of dead-lettering it). The broker still
#: enforces its own limit.
MAX_MESSAGE_BYTES = 64 * 1024 * 1024


@dataclass
class WorkerApp:
    """The app and the parts tests and the CLI reach into."""

    app: faust.App
    settings: Settings
    metrics: Metrics
    tables: Tables
    agents: Agents
    articles: faust.TopicT
    prepared: faust.TopicT
    dead_letters: faust.TopicT

    def is_ready(self) -> bool:
        """Tables restored and partitions assigned: the views answer from complete state."""
        app = self.app
        return bool(app.consumer and not app.in_recovery and not app.rebalancing
                    and app.tables.recovery.completed.is_set())


def faust_options(settings: Settings) -> dict[str, Any]:
    """Faust settings derived from ours; the embedded profile works around tansu's quirks."""
    options: dict[str, Any] = {
        "broker": [f"kafka://{server.strip()}" for server in settings.bootstrap_servers.split(",")],
        "store": settings.table_store,
        "datadir": str(settings.data_dir / "faust"),
        "web_enabled": True,
        "web_bind": settings.web_host,
        "web_host": settings.web_host,
        "web_port": settings.web_port,
        "web_tables_enabled": settings.web_tables_enabled,
        "processing_guarantee": "at_least_once",  # tansu refuses the idempotent producer
        "consumer_auto_offset_reset": "earliest",
        "topic_partitions": ARTICLES.partitions,
        "topic_replication_factor": settings.replication_factor,
        "topic_allow_declare": settings.topic_allow_declare,
        "producer_max_request_size": MAX_MESSAGE_BYTES,
        "broker_session_timeout": settings.broker_session_timeout,
        "broker_heartbeat_interval": settings.broker_heartbeat_interval,
        "stream_buffer_maxsize": settings.stream_buffer_maxsize,
        "autodiscover": False,
        "logging_config": None,
    }
    credentials = broker_credentials(settings)
    if credentials is not None:
        options["broker_credentials"] = credentials
    return options


def kafka_ssl_context(settings: Settings) -> Any:
    """The TLS context for SSL and SASL_SSL (from the KAFKA_SSL_* files), else None."""
    if settings.security_protocol.upper() not in ("SSL", "SASL_SSL"):
        return None
    from aiokafka.helpers import create_ssl_context

    return create_ssl_context(cafile=settings.ssl_cafile or None, certfile=settings.ssl_certfile or None,
                              keyfile=settings.ssl_keyfile or None)


def broker_credentials(settings: Settings) -> Any:
    """SASL/SSL credentials for aiokafka from the KAFKA_* variables, or None for PLAINTEXT."""
    protocol = settings.security_protocol.upper()
    if protocol == "PLAINTEXT":
        return None
    ssl_context = kafka_ssl_context(settings)
    if protocol.startswith("SASL"):
        return faust.SASLCredentials(username=settings.sasl_username, password=settings.sasl_password,
                                     mechanism=settings.sasl_mechanism, ssl_context=ssl_context)
    return faust.SSLCredentials(ssl_context)


def use_worker_clients(app: faust.App, settings: Settings) -> None:
    """The producer and consumer classes the worker runs with (the benchmark's no-op apps too)."""
    use_complete_flush_producer(app)  # no offset commit ahead of a table write (see worker.stream.producer)
    if settings.broker_profile == "embedded":
        use_tansu_consumer(app)  # exact table recovery on tansu (see worker.stream.tansu)
    if settings.fetch_wait_ms is not None:
        use_fetch_max_wait(app, settings.fetch_wait_ms)  # see worker.stream.fetch_wait


def create_app(settings: Settings, metrics: Metrics | None = None) -> WorkerApp:
    """The worker's Faust app on ``settings.bootstrap_servers`` (which must be set)."""
    if not settings.bootstrap_servers:
        raise ValueError("create_app needs a broker; the CLI starts the embedded one first")
    metrics = metrics or Metrics()
    app = faust.App(settings.app_id, **faust_options(settings))
    use_worker_clients(app, settings)
    setup_prometheus_sensors(app, registry=metrics.registry, name_prefix="faust")

    articles = app.topic(ARTICLES.name, partitions=ARTICLES.partitions, key_serializer="raw",
                         value_serializer="raw")
    prepared = app.topic(PREPARED.name, partitions=PREPARED.partitions, key_serializer="raw",
                         value_serializer="raw", internal=True)
    dead_topic = app.topic(DEAD_LETTERS.name, partitions=DEAD_LETTERS.partitions, key_serializer="raw",
                           value_serializer="raw", internal=True,
                           retention=DEAD_LETTERS.retention_seconds)
    tables = define_tables(app)
    agents = define_agents(app, articles=articles, prepared=prepared, dead_letters=DeadLetters(dead_topic),
                           tables=tables, metrics=metrics, settings=settings)
    bundle = WorkerApp(app, settings, metrics, tables, agents, articles, prepared, dead_topic)
    define_views(app, tables, bundle.is_ready)
    define_status_page(app, tables, metrics)
    _define_gauges(bundle)
    return bundle


def _define_gauges(bundle: WorkerApp) -> None:
    """Gauges that are read off the app rather than counted: table sizes, lag, recovery."""
    app, metrics = bundle.app, bundle.metrics

    for name, table in bundle.tables.all().items():
        metrics.table_rows.labels(name).set_function(lambda table=table: len(table))

    metrics.recovering.set_function(lambda: 1.0 if app.in_recovery else 0.0)

    @app.timer(interval=GAUGE_INTERVAL_SECONDS)
    async def update_lag() -> None:
        consumer = app.consumer
        for tp in consumer.assignment():
            if tp.topic not in (ARTICLES.name, PREPARED.name):
                continue
            try:
                highwater = consumer.highwater(tp)
            except Exception:  # no fetch yet for this partition
                continue
            committed = committed_offset(consumer, tp) or 0
            metrics.consumer_lag.labels(tp.topic, str(tp.partition)).set(max(0, (highwater or 0) - committed))
