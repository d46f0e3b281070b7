"""``worker tables``: read a running worker's tables over HTTP and print them for a person."""

from __future__ import annotations

import urllib.error
import urllib.request
from typing import Any

import orjson


class TableClientError(RuntimeError):
    """The worker did not answer, or answered with something that is not its tables."""


def _get(url: str) -> Any:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return orjson.loads(response.read())
    except (urllib.error.URLError, OSError) as exc:
        raise TableClientError(f"no worker answered at {url} ({exc})") from None
    except orjson.JSONDecodeError:
        raise TableClientError(f"{url} did not return JSON; is that the worker's web port?") from None


def fetch_tables(base_url: str) -> dict[str, Any]:
    base = base_url.rstrip("/")
    return {"leaders": _get(f"{base}/leaders")["leaders"], "regions": _get(f"{base}/regions")["regions"]}


def _render(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=False)).rstrip()  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def render_tables(tables: dict[str, Any]) -> str:
    leaders = [[r["name"], r["outcome"] or "", ", ".join(r["countries"]), str(r["articles"]),
                r["first_seen"] or "", r["last_seen"] or ""] for r in tables["leaders"]]
    regions = [[r["region"], str(r["killed"]), str(r["captured"]), str(r["wounded"]), str(r["articles"])]
               for r in tables["regions"]]
    return (f"LEADERS ({len(leaders)})\n"
            + _render(leaders, ["name", "outcome", "countries", "articles", "first seen", "last seen"])
            + f"\n\nREGIONS ({len(regions)})\n"
            + _render(regions, ["region", "killed", "captured", "wounded", "articles"]))
