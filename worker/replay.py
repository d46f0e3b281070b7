"""The replay producer: send articles from files to the input topic with kafka-python.

Every article is keyed by its ``id`` so that a replay of the same file lands on the same
partition in the same order; the value is the article object as JSON, exactly what an
analyst's own producer would send.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import orjson

from topics import ARTICLES
from worker.settings import Settings


class ReplayError(RuntimeError):
    """The broker could not be reached or refused the messages; the message says which."""


@dataclass
class ReplaySummary:
    sent: int
    seconds: float
    topic: str

    def line(self) -> str:
        rate = self.sent / self.seconds if self.seconds > 0 else float("inf")
        return f"replayed {self.sent} articles to {self.topic} in {self.seconds:.2f}s ({rate:,.0f}/s)"


def producer_config(settings: Settings) -> dict[str, Any]:
    """kafka-python settings, including SASL/SSL from the environment."""
    config: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap_servers.split(","),
        "acks": 1,  # the embedded broker has one replica; kafka-python 3 defaults to all + idempotence
        "enable_idempotence": False,
        "linger_ms": 5,
        "max_block_ms": 10_000,
        "bootstrap_timeout_ms": 10_000,  # a broker that does not answer: fail in 10 s, not 30
        "request_timeout_ms": 15_000,
        "security_protocol": settings.security_protocol,
    }
    if settings.security_protocol.startswith("SASL"):
        config.update(sasl_mechanism=settings.sasl_mechanism, sasl_plain_username=settings.sasl_username,
                      sasl_plain_password=settings.sasl_password)
    if settings.ssl_cafile:
        config["ssl_cafile"] = settings.ssl_cafile
    if settings.ssl_certfile:
        config.update(ssl_certfile=settings.ssl_certfile, ssl_keyfile=settings.ssl_keyfile or None)
    return config


def repeated(articles: list[dict[str, Any]], times: int) -> Iterator[dict[str, Any]]:
    for _ in range(times):
        yield from articles


def replay(articles: Iterable[dict[str, Any]], settings: Settings, *, topic: str = ARTICLES.name,
           rate: float | None = None, progress: Callable[[int], None] | None = None) -> ReplaySummary:
    """Send ``articles`` (dicts) keyed by id; ``rate`` caps messages per second."""
    from kafka import KafkaProducer
    from kafka.errors import KafkaError, KafkaTimeoutError

    started = time.monotonic()
    try:
        producer = KafkaProducer(**producer_config(settings))
    except KafkaError as exc:  # kafka-python 3 raises KafkaTimeoutError when nobody answers
        raise ReplayError(f"no Kafka broker answered at {settings.bootstrap_servers} ({exc})") from None
    sent = 0
    try:
        for article in articles:
            if rate:
                due = started + sent / rate
                delay = due - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            key = str(article.get("id", "")).encode()
            producer.send(topic, key=key, value=orjson.dumps(article))
            sent += 1
            if progress:
                progress(sent)
        producer.flush(timeout=30)
    except KafkaTimeoutError as exc:
        raise ReplayError(f"Kafka at {settings.bootstrap_servers} did not accept messages in time ({exc})") from None
    except KafkaError as exc:
        raise ReplayError(f"Kafka refused the messages: {exc}") from None
    finally:
        producer.close(timeout=5)
    return ReplaySummary(sent, time.monotonic() - started, topic)


class ProgressBar:
    """A one-line progress bar on a terminal; silent when output is not a terminal."""

    def __init__(self, total: int, stream: Any = sys.stderr) -> None:
        self.total, self.stream = max(total, 1), stream
        self.enabled = bool(getattr(stream, "isatty", lambda: False)())
        self._last = 0.0

    def __call__(self, done: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < self.total and now - self._last < 0.1:
            return
        self._last = now
        width = 30
        filled = int(width * done / self.total)
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total}")
        if done >= self.total:
            self.stream.write("\n")
        self.stream.flush()
