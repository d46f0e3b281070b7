"""A status page at ``/`` for a person with a browser: the live tables and headline counts.

Rendered on the server as plain HTML (no build step, no JavaScript); it refreshes itself
every few seconds. The same rows as ``/leaders`` and ``/regions``.
"""

from __future__ import annotations

import html
from typing import Any

import faust
from faust.web import Request, Response, View

from worker.aggregation import leader_view, region_view
from worker.metrics import Metrics
from worker.stream.tables import Tables
from worker.stream.views import routed

REFRESH_SECONDS = 5
MAX_ROWS = 200

_STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222;background:#fafafa}
h1{font-size:20px;margin:0 0 .2em} h2{font-size:16px;margin:1.5em 0 .4em}
table{border-collapse:collapse;background:#fff;min-width:40em}
th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f0f0f0} td.n{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:flex;gap:1em;flex-wrap:wrap}
.card{background:#fff;border:1px solid #ddd;padding:.6em 1em;min-width:9em}
.card b{display:block;font-size:22px}
.killed{color:#a00}.captured{color:#a60}.wounded{color:#06a}.muted{color:#888}
"""


def _value(metrics: Metrics, name: str, **labels: str) -> float:
    return metrics.registry.get_sample_value(name, labels or None) or 0.0


def _cells(values: list[Any], numeric: frozenset[int] | set[int] = frozenset()) -> str:
    return "".join(f'<td class="n">{html.escape(str(v))}</td>' if i in numeric else f"<td>{v}</td>"
                   for i, v in enumerate(values))


def render_status(tables: Tables, metrics: Metrics) -> str:
    leaders = sorted((leader_view(k, v) for k, v in tables.leaders.items()),
                     key=lambda r: (-r["articles"], r["leader_key"]))
    regions = sorted((region_view(k, v) for k, v in tables.regions.items()),
                     key=lambda r: (-(r["killed"] + r["captured"] + r["wounded"]), r["region"]))
    cards = [
        ("articles received", _value(metrics, "newsworker_articles_received_total")),
        ("processed", _value(metrics, "newsworker_articles_processed_total")),
        ("duplicates", sum(_value(metrics, "newsworker_articles_duplicate_total", kind=k) for k in ("exact", "near"))),
        ("dead letters", sum(s.value for f in metrics.articles_invalid.collect() for s in f.samples
                             if s.name.endswith("_total"))),
        ("leaders", len(leaders)),
        ("regions", len(regions)),
    ]
    esc = html.escape
    leader_rows = "".join(
        "<tr>" + _cells([
            f'<a href="/leaders/{esc(r["leader_key"])}">{esc(r["name"])}</a>',
            esc(", ".join(r["aliases"])) or '<span class="muted">-</span>',
            esc(r["role"] or ""),
            f'<span class="{esc(r["outcome"] or "")}">{esc(r["outcome"] or "")}</span>',
            esc(", ".join(r["countries"])), r["articles"], esc(r["first_seen"] or ""), esc(r["last_seen"] or ""),
        ], numeric={5}) + "</tr>" for r in leaders[:MAX_ROWS])
    region_rows = "".join(
        "<tr>" + _cells([esc(r["region"]), r["killed"], r["captured"], r["wounded"], r["articles"]],
                        numeric={1, 2, 3, 4}) + "</tr>" for r in regions[:MAX_ROWS])
    card_html = "".join(f'<div class="card"><b>{int(v):,}</b>{esc(label)}</div>' for label, v in cards)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="{REFRESH_SECONDS}">
<title>conflict-news worker</title><style>{_STYLE}</style></head><body>
<h1>conflict-news worker</h1>
<p class="muted">Live tables; this page refreshes every {REFRESH_SECONDS}s.
JSON: <a href="/leaders">/leaders</a> · <a href="/regions">/regions</a> · <a href="/metrics">/metrics</a></p>
<div class="cards">{card_html}</div>
<h2>Leaders ({len(leaders)})</h2>
<table id="leaders"><tr><th>name</th><th>aliases</th><th>role</th><th>outcome</th><th>countries</th>
<th>articles</th><th>first seen</th><th>last seen</th></tr>{leader_rows}</table>
<h2>Regions ({len(regions)})</h2>
<table id="regions"><tr><th>region</th><th>killed</th><th>captured</th><th>wounded</th><th>articles</th></tr>
{region_rows}</table>
</body></html>"""


def define_status_page(app: faust.App, tables: Tables, metrics: Metrics) -> None:
    """Register ``/`` on ``app``."""

    @app.page("/")
    class Status(View):
        @routed(app, tables.leaders)
        async def get(self, request: Request) -> Response:
            return self.html(render_status(tables, metrics))
