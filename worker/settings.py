"""Settings from the environment (12-factor), with defaults that work on the embedded broker.

Every variable the worker reads is declared here, once, with its default; the README's
table of variables is generated from the same names. Nothing else in the code reads
``os.environ``.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class SettingsError(ValueError):
    """An environment variable whose value cannot be read as what it configures."""


_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")

#: One bootstrap server: a host name, IPv4 or bracketed IPv6 address, and an optional port.
_SERVER = re.compile(r"(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+)(?::(?P<port>[0-9]{1,5}))?")


def checked_servers(value: str, source: str) -> str:
    """``value`` as a list of "host:port" servers (spaces around commas dropped), or a
    :class:`SettingsError` that names ``source``. A malformed list would never connect: the
    worker used to wait for it for the whole broker wait, and the replay raised a traceback."""
    servers = [server.strip() for server in value.split(",")]
    for server in servers:
        match = _SERVER.fullmatch(server)
        if match is None or (match["port"] is not None and not 0 < int(match["port"]) < 65536):
            raise SettingsError(f"{source}={value!r}: {server!r} is not host:port (comma-separated, no scheme)")
    return ",".join(servers)


class _Reader:
    """Typed reads of the environment that name the variable when a value is wrong
    (``int("abc")`` alone says neither which variable nor what was expected). An unset or
    blank variable takes the default."""

    def __init__(self, env: Mapping[str, str]) -> None:
        self.env = env

    def text(self, name: str, default: str) -> str:
        raw = self.env.get(name)
        return default if raw is None or not raw.strip() else raw

    def _convert(self, name: str, default: Any, convert: Callable[[str], Any], what: str) -> Any:
        raw = self.env.get(name)
        if raw is None or not raw.strip():
            return default
        try:
            return convert(raw.strip())
        except ValueError:
            raise SettingsError(f"{name}={raw!r} is not {what}") from None

    def whole_number(self, name: str, default: int | None, least: int | None = None,
                     most: int | None = None) -> Any:
        def convert(raw: str) -> int:
            value = int(raw)
            if (least is not None and value < least) or (most is not None and value > most):
                raise ValueError(raw)
            return value

        what = "a whole number" if least is None else \
            f"a whole number of {least} or more" if most is None else f"a whole number from {least} to {most}"
        return self._convert(name, default, convert, what)

    def number(self, name: str, default: float, least: float | None = None, above: float | None = None) -> float:
        """A finite number (not "nan" or "inf"), at least ``least`` or more than ``above``."""
        def convert(raw: str) -> float:
            value = float(raw)
            if not math.isfinite(value) or (least is not None and value < least) or \
                    (above is not None and value <= above):
                raise ValueError(raw)
            return value

        what = f"a number of {least:g} or more" if least is not None else \
            f"a number above {above:g}" if above is not None else "a finite number"
        return self._convert(name, default, convert, what)

    def choice(self, name: str, default: str, choices: tuple[str, ...]) -> str:
        """One of ``choices``, in any case (returned as spelled there): a typo such as
        "embeded" or "sasl-ssl" is an error, not another mode chosen without a word."""
        by_key = {c.lower(): c for c in choices}

        def convert(raw: str) -> str:
            try:
                return by_key[raw.lower()]
            except KeyError:
                raise ValueError(raw) from None

        return self._convert(name, default, convert, f"one of {', '.join(choices)}")

    def table_store(self, name: str, default: str) -> str:
        """Faust's table store URL, "memory://" or "rocksdb://" (Faust refused "rocksdb" or
        "redis://" only as the worker started, with a traceback)."""
        def convert(raw: str) -> str:
            if ":" not in raw or raw.split(":", 1)[0].lower() not in ("memory", "rocksdb"):
                raise ValueError(raw)
            return raw

        return self._convert(name, default, convert, "memory:// or rocksdb://")

    def flag(self, name: str, default: bool) -> bool:
        def convert(raw: str) -> bool:
            if raw.lower() in _TRUE + _FALSE:
                return raw.lower() in _TRUE
            raise ValueError(raw)

        return self._convert(name, default, convert, "true or false (1/0, yes/no, on/off)")


@dataclass(frozen=True)
class Settings:
    """The worker's configuration. Build it with :meth:`from_env`."""

    #: Kafka bootstrap servers ("host:port,host:port"). Empty: start the embedded tansu broker.
    bootstrap_servers: str = ""
    #: Faust application id: the consumer group and the prefix of changelog topics.
    app_id: str = "conflict-news"
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    #: Where Faust keeps table data (RocksDB files) and the embedded broker its log.
    data_dir: Path = Path(".worker-data")
    #: "memory://" (default: rebuilt from the changelog at start) or "rocksdb://" (on a volume).
    table_store: str = "memory://"
    #: Articles larger than this (UTF-8 bytes of the whole message) go to the dead-letter topic.
    max_article_bytes: int = 1_000_000
    #: How long the near-duplicate index remembers an article (seconds of stream time).
    dedupe_window_seconds: float = 30 * 24 * 3600.0
    #: Raw table dumps under /table/ (Faust's own debugging pages). Off: they expose all state.
    web_tables_enabled: bool = False
    log_level: str = "info"
    #: Broker-compatibility profile. "embedded" sets what tansu needs: exact table recovery
    #: (end offsets checked after the last batch, see worker.stream.tansu) and a short fetch
    #: wait (see ``fetch_max_wait_ms``); "default" is for a real Kafka cluster.
    broker_profile: str = "embedded"
    #: Longest a fetch may wait on the broker for records (ms). None: 100 on the embedded profile
    #: (tansu keeps a waiting fetch even when records arrive, see worker.stream.fetch_wait),
    #: Faust's own 1,500 otherwise (a Kafka broker answers as soon as records arrive).
    fetch_max_wait_ms: int | None = None
    broker_session_timeout: float = 6.0
    broker_heartbeat_interval: float = 1.0
    #: Replication factor of the topics the worker creates (changelogs, articles-prepared).
    replication_factor: int = 1
    #: Let the worker create its topics (changelogs, articles-prepared, dead letters). Off where
    #: an operator creates them beforehand (clusters without CreateTopics rights).
    topic_allow_declare: bool = True
    #: Messages Faust buffers per agent stream before it pauses fetching (Faust's default: 4,096).
    #: Under a backlog each buffered message is a whole article or prepared record held in
    #: memory; the worker folds about a hundred articles a second, so 512 is still seconds of work.
    stream_buffer_maxsize: int = 512
    #: The sequencer folds up to this many articles, then writes each table row they changed
    #: once and acks them (see worker.aggregation.write_back); a pause in the stream of this
    #: many seconds ends a batch early. 1 writes every change at once.
    sequence_batch_size: int = 400
    sequence_batch_wait_seconds: float = 0.25
    #: How often the agents' partitions are checked for a stall: messages the consumer read
    #: but the stream never delivered (see worker.stream.offset_gaps.StallWatch). Three checks
    #: without progress make a stall; 0 turns the check off.
    stall_check_seconds: float = 5.0
    #: True when the input topic is written by transactional producers: each commit marker
    #: takes an offset that is never delivered, so one missing input offset is not read again
    #: (see worker.stream.offset_gaps.tolerance). The replay producer is not transactional.
    input_transactional: bool = False
    #: How long ``worker run`` waits for the Kafka cluster to answer before giving up (0: forever).
    broker_wait_seconds: float = 300.0
    #: Kafka security (passed to Faust/aiokafka and the replay producer).
    security_protocol: str = "PLAINTEXT"
    sasl_mechanism: str = "PLAIN"
    sasl_username: str = ""
    sasl_password: str = field(default="", repr=False)
    ssl_cafile: str = ""
    ssl_certfile: str = ""
    ssl_keyfile: str = ""

    @property
    def embedded(self) -> bool:
        """True when no cluster is configured and the worker must start its own broker."""
        return not self.bootstrap_servers

    @property
    def fetch_wait_ms(self) -> int | None:
        """The fetch wait to impose on the consumer, or None to leave Faust's."""
        if self.fetch_max_wait_ms is not None:
            return self.fetch_max_wait_ms
        return 100 if self.broker_profile == "embedded" else None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Settings from ``env`` (default ``os.environ``); :class:`SettingsError` names a bad value."""
        read = _Reader(os.environ if env is None else env)
        bootstrap = read.text("KAFKA_BOOTSTRAP_SERVERS", "").strip()
        if bootstrap:
            bootstrap = checked_servers(bootstrap, "KAFKA_BOOTSTRAP_SERVERS")
        return cls(
            bootstrap_servers=bootstrap,
            app_id=read.text("WORKER_APP_ID", cls.app_id),
            web_host=read.text("WORKER_WEB_HOST", cls.web_host),
            web_port=read.whole_number("WORKER_WEB_PORT", cls.web_port, least=1, most=65535),
            data_dir=Path(read.text("WORKER_DATA_DIR", str(cls.data_dir))),
            table_store=read.table_store("WORKER_TABLE_STORE", cls.table_store),
            max_article_bytes=read.whole_number("WORKER_MAX_ARTICLE_BYTES", cls.max_article_bytes, least=1),
            dedupe_window_seconds=read.number("WORKER_DEDUPE_WINDOW_SECONDS", cls.dedupe_window_seconds, above=0),
            web_tables_enabled=read.flag("WORKER_WEB_TABLES_ENABLED", False),
            log_level=read.choice("WORKER_LOG_LEVEL", cls.log_level,
                                  ("debug", "info", "warning", "error", "critical")),
            broker_profile=read.choice("WORKER_BROKER_PROFILE", "embedded" if not bootstrap else "default",
                                       ("embedded", "default")),
            fetch_max_wait_ms=read.whole_number("KAFKA_FETCH_MAX_WAIT_MS", None, least=0),
            broker_session_timeout=read.number("KAFKA_SESSION_TIMEOUT", cls.broker_session_timeout, above=0),
            broker_heartbeat_interval=read.number("KAFKA_HEARTBEAT_INTERVAL", cls.broker_heartbeat_interval,
                                                  above=0),
            replication_factor=read.whole_number("KAFKA_REPLICATION_FACTOR", cls.replication_factor, least=1),
            topic_allow_declare=read.flag("KAFKA_TOPIC_ALLOW_DECLARE", True),
            broker_wait_seconds=read.number("WORKER_BROKER_WAIT_SECONDS", cls.broker_wait_seconds, least=0),
            stream_buffer_maxsize=read.whole_number("WORKER_STREAM_BUFFER_MAXSIZE", cls.stream_buffer_maxsize,
                                                    least=1),
            sequence_batch_size=read.whole_number("WORKER_SEQUENCE_BATCH_SIZE", cls.sequence_batch_size, least=1),
            sequence_batch_wait_seconds=read.number("WORKER_SEQUENCE_BATCH_WAIT_SECONDS",
                                                   cls.sequence_batch_wait_seconds, above=0),
            stall_check_seconds=read.number("WORKER_STALL_CHECK_SECONDS", cls.stall_check_seconds, least=0),
            input_transactional=read.flag("WORKER_INPUT_TRANSACTIONAL", False),
            security_protocol=read.choice("KAFKA_SECURITY_PROTOCOL", cls.security_protocol,
                                          ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")),
            sasl_mechanism=read.choice("KAFKA_SASL_MECHANISM", cls.sasl_mechanism,
                                       ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")),
            sasl_username=read.text("KAFKA_SASL_USERNAME", ""),
            sasl_password=read.text("KAFKA_SASL_PASSWORD", ""),
            ssl_cafile=read.text("KAFKA_SSL_CAFILE", ""),
            ssl_certfile=read.text("KAFKA_SSL_CERTFILE", ""),
            ssl_keyfile=read.text("KAFKA_SSL_KEYFILE", ""),
        )

    def with_bootstrap(self, servers: str) -> Settings:
        """A copy pointing at ``servers`` (the embedded broker's address, or ``--bootstrap``)."""
        from dataclasses import replace

        return replace(self, bootstrap_servers=checked_servers(servers, "--bootstrap"))
