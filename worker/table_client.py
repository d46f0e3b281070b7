"""``worker tables``: read a running worker's tables over HTTP and print them for a person."""

from __future__ import annotations

import http.client
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
    except (ValueError, http.client.InvalidURL) as exc:  # "http://[::1", "http://host:abc"
        raise TableClientError(f"{url} is no address a worker can have ({exc})") from None
    except http.client.HTTPException as exc:  # a connection cut mid-answer
        raise TableClientError(f"no worker answered at {url} in full ({type(exc).__name__})") from None


def fetch_tables(base_url: str) -> dict[str, Any]:
    """The leaders and regions of the worker at ``base_url`` ("host:port" means http://host:port)."""
    base = base_url.strip().rstrip("/")
    if "://" not in base:
        base = f"http://{base}"
    if not base.startswith(("http://", "https://")):
        raise TableClientError(f"{base_url!r} is not an http:// address of the worker's web port")
    leaders, regions = _get(f"{base}/leaders"), _get(f"{base}/regions")
    if not (isinstance(leaders, dict) and isinstance(leaders.get("leaders"), list)
            and isinstance(regions, dict) and isinstance(regions.get("regions"), list)):
        raise TableClientError(f"{base} answered, but not with the worker's tables; is that the worker's web port?")
    return {"leaders": leaders["leaders"], "regions": regions["regions"]}


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
