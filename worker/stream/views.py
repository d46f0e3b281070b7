"""HTTP views on the worker's web port: the tables as JSON, health, readiness.

Tables live on the worker that owns the sequencer's partition; ``table_route`` sends a
request that reaches another worker on to the owner, so any replica answers. ``/metrics``
is added by Faust's Prometheus sensor (see :mod:`worker.app`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import unquote

import aiohttp
import faust
from faust.types import TP
from faust.web import Request, Response, View

from topics import PREPARED
from worker.aggregation import leader_view, region_view
from worker.stream.tables import Tables

Handler = Callable[..., Awaitable[Response]]
_ROUTE_KEY = "all"  # one partition: any key routes to the owner


def routed(app: faust.App, table: faust.Table) -> Callable[[Handler], Handler]:
    """Faust's ``table_route`` (serve on the worker that owns ``table``), safe before the first write.

    ``table_route`` finds the owner by hashing the key with the producer's topic metadata, which
    has no entry for a changelog topic this worker never wrote to: the lookup raised TypeError
    (HTTP 500) on a worker that had only seen bad input. Fetching the topic's metadata once first
    fixes that. If the owner it forwards to does not answer (a worker that just died), the
    request is served here when this worker owns the tables now, else answered 503.
    """
    topic = table.changelog_topic.get_topic_name()
    source = TP(PREPARED.name, 0)  # the tables' only partition follows the sequencer's input
    known: list[bool] = []

    def decorate(handler: Handler) -> Handler:
        route = app.table_route(table=table, exact_key=_ROUTE_KEY)(handler)

        async def view(self: View, request: Request, **kwargs: Any) -> Response:
            if not known:
                await app.producer._ensure_producer().partitions_for(topic)  # Faust exposes no public call
                known.append(True)
            try:
                return await route(self, request, **kwargs)
            except aiohttp.ClientError:
                # The owner it forwarded to did not answer: right after a failover the routing
                # map can still name a worker that died. Answer here if this worker now owns
                # the tables, else say "try again" rather than fail with a 500.
                if source in app.assignor.assigned_actives():
                    return await handler(self, request, **kwargs)
                return self.json({"error": "the worker that owns the tables did not answer; retry shortly"},
                                 status=503, headers={"Retry-After": "2"})

        return view

    return decorate


def _sorted_leaders(tables: Tables, limit: int | None) -> list[dict[str, Any]]:
    rows = [leader_view(k, v) for k, v in tables.leaders.items()]
    rows.sort(key=lambda r: (-r["articles"], r["leader_key"]))
    return rows if limit is None else rows[:limit]  # (?limit=0: none, as "the first N" says)


def _sorted_regions(tables: Tables) -> list[dict[str, Any]]:
    rows = [region_view(k, v) for k, v in tables.regions.items()]
    rows.sort(key=lambda r: (-(r["killed"] + r["captured"] + r["wounded"]), -r["articles"], r["region"]))
    return rows


def _limit(request: Request) -> int | None:
    """``?limit=N``: None when absent; ValueError unless N is a whole number of ASCII digits
    (``str.isdigit`` alone passes "²", which ``int`` refuses)."""
    raw = request.query.get("limit")
    if raw is None:
        return None
    if not (raw.isascii() and raw.isdigit()):
        raise ValueError(f"limit must be a whole number, got {raw!r}")
    return int(raw)


def _one_row(view: View, table: faust.Table, key: str, render: Callable[[str, Any], dict[str, Any]],
             what: str) -> Response:
    """One row of ``table`` as JSON, or a 404 that names what was looked for."""
    row = table.get(key)
    if row is None:
        return view.json({"error": f"no {what} with key {key!r}"}, status=404)
    return view.json(render(key, row))


def define_views(app: faust.App, tables: Tables, is_ready: Any) -> None:
    """Register the JSON views on ``app``. ``is_ready()`` tells whether tables are recovered."""

    @app.page("/leaders")
    class Leaders(View):
        @routed(app, tables.leaders)
        async def get(self, request: Request) -> Response:
            try:
                limit = _limit(request)
            except ValueError as exc:
                return self.json({"error": str(exc)}, status=400)
            rows = _sorted_leaders(tables, limit)
            return self.json({"count": len(rows), "leaders": rows})

    @app.page("/leaders/{key}")
    class Leader(View):
        @routed(app, tables.leaders)
        async def get(self, request: Request, key: str) -> Response:
            return _one_row(self, tables.leaders, unquote(key), leader_view, "leader")

    @app.page("/regions")
    class Regions(View):
        @routed(app, tables.regions)
        async def get(self, request: Request) -> Response:
            rows = _sorted_regions(tables)
            return self.json({"count": len(rows), "regions": rows})

    @app.page("/regions/{key:.+}")
    class Region(View):
        @routed(app, tables.regions)
        async def get(self, request: Request, key: str) -> Response:
            return _one_row(self, tables.regions, unquote(key), region_view, "region")

    @app.page("/healthz")
    class Health(View):
        async def get(self, request: Request) -> Response:
            return self.json({"status": "ok"})

    @app.page("/readyz")
    class Ready(View):
        async def get(self, request: Request) -> Response:
            ready = bool(is_ready())
            return self.json({"ready": ready}, status=200 if ready else 503)
