"""``worker extract`` without a broker: validate, dedupe and extract in stream order.

The same functions as the streaming worker (:mod:`worker.processing`), over in-memory
state, so what the scorer sees is what the tables get.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import orjson

from worker.articles.validation import Rejection, validate_object
from worker.processing import Sequencer, prepare_article


def extract_rows(articles: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One output row per input article: ``{"article_id", "duplicate_of", "events"}``.

    An invalid article gets a row with an ``error`` (reason and detail) and no events,
    so nothing in the input disappears from the output.
    """
    sequencer = Sequencer.in_memory(window_seconds=float("inf"))
    for position, data in enumerate(articles):
        article = validate_object(data)
        if isinstance(article, Rejection):
            yield {"article_id": data.get("id") if isinstance(data, dict) else None, "duplicate_of": None,
                   "events": [], "error": {"reason": article.reason, "detail": article.detail}}
            continue
        raw = orjson.dumps(data).decode()
        prepared = prepare_article(article, raw, received_at_ms=position)
        outcome = sequencer.process(prepared, offset=position)
        if outcome.rejection is not None:
            yield {"article_id": article.id, "duplicate_of": None, "events": [],
                   "error": {"reason": outcome.rejection.reason, "detail": outcome.rejection.detail}}
            continue
        events = [] if outcome.duplicate else [e.to_dict() for e in prepared.events]
        yield {"article_id": article.id, "duplicate_of": outcome.duplicate_of, "events": events}
