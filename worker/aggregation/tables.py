"""Fold one article's events into the ``leaders`` and ``regions`` tables.

Why the rows carry ``last_offset``: the worker runs at-least-once (tansu refuses the
idempotent producer that exactly-once needs), so after a crash the sequencer sees the
same article again. Every article is applied with the offset at which it was first
accepted (the dedupe index remembers it), and every row stores the offset of the last
article folded into it. A row whose ``last_offset`` is already at or past the article's
offset has seen it and is left alone, so a redelivery never inflates a count, however
the crash split the writes between rows. Distinct-leader counts of regions need to know
whether a leader is new in a region: the leader's row keeps, per (region, outcome) it was
counted in, the offset of the article that first put it there (``placed``). The leader
row is written before the regions, so "is this leader new here?" has one answer on every
retry, and the membership costs no write of its own (it was a table of its own, one write
per leader and region: ~40 % of all table writes in the benchmark).

Everything else in a row is a merge that gives the same result when repeated (most
severe outcome, union of countries, min/max dates, fullest name).

State values are plain JSON-compatible dicts so the same code runs on ``dict`` in tests
and on Faust tables (changelog-backed) in the worker. Each write replaces a whole value,
so rows are kept small: counts, not lists of article ids.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass, replace
from typing import Any

from worker.articles.model import OUTCOMES, Event

SEVERE: tuple[str, ...] = OUTCOMES[:3]
MAX_ALIASES = 12
_RANK = {outcome: rank for rank, outcome in enumerate(OUTCOMES)}


#: Bookkeeping fields of a row: for idempotent retries, not shown to users.
BOOKKEEPING = ("last_offset", "placed")


@dataclass
class AggregateState:
    """The two mappings the aggregation reads and writes."""

    leaders: MutableMapping[str, dict[str, Any]]
    regions: MutableMapping[str, dict[str, Any]]


def more_severe(a: str | None, b: str | None) -> str | None:
    """The more severe of two outcomes (killed > captured > wounded > mentioned)."""
    if a is None:
        return b
    if b is None:
        return a
    return a if _RANK.get(a, 99) <= _RANK.get(b, 99) else b


def _fullness(name: str) -> tuple[int, int, str]:
    """The fullest form of a name: most parts, then longest; ties broken by the text itself."""
    return (len(name.split()), len(name), name)


def region_key(country: str, admin1: str | None = None) -> str:
    return f"{country}/{admin1}" if admin1 else country


def _region_keys(event: Event) -> list[str]:
    """The region rows an event counts in: its country, and its country/admin1 if known."""
    if not event.country:
        return []
    keys = [region_key(event.country)]
    if event.admin1:
        keys.append(region_key(event.country, event.admin1))
    return keys


def _merge_per_leader(events: Iterable[Event]) -> dict[str, Event]:
    """One event per leader_key: an extractor may name the same person twice. The events given
    are left as they are (the caller still reports them); a merge works on a copy."""
    merged: dict[str, Event] = {}
    copied: set[str] = set()
    for event in events:
        seen = merged.get(event.leader_key)
        if seen is None:
            merged[event.leader_key] = event
            continue
        if event.leader_key not in copied:
            seen = merged[event.leader_key] = replace(seen, aliases=list(seen.aliases))
            copied.add(event.leader_key)
        if more_severe(event.outcome, seen.outcome) != seen.outcome:
            seen.outcome, seen.country, seen.admin1 = event.outcome, event.country, event.admin1
        if len(event.leader.split()) > len(seen.leader.split()):
            seen.aliases = sorted({*seen.aliases, seen.leader, *event.aliases} - {event.leader})
            seen.leader = event.leader
        else:
            seen.aliases = sorted({*seen.aliases, *event.aliases, event.leader} - {seen.leader})
    return merged


def apply_article(state: AggregateState, published: str | None, events: Iterable[Event], offset: int) -> None:
    """Fold one non-duplicate article into the tables; safe to call again with the same offset."""
    per_leader = _merge_per_leader(events)
    for event in per_leader.values():
        _apply_leader(state.leaders, event, published, offset)
    _apply_regions(state, per_leader.values(), offset)


def _apply_leader(leaders: MutableMapping[str, dict[str, Any]], event: Event, published: str | None,
                  offset: int) -> None:
    row = leaders.get(event.leader_key)
    if row is not None and row["last_offset"] >= offset:
        return  # this article is already in the row (a redelivery)
    if row is None:
        row = {"name": event.leader, "aliases": [], "role": None, "outcome": None, "countries": [],
               "first_seen": None, "last_seen": None, "articles": 0, "last_offset": -1, "placed": {}}
    else:
        row = dict(row)  # never mutate a value in place: Faust only persists on assignment
    if event.outcome in SEVERE:
        placed = dict(row["placed"])
        for key in _region_keys(event):
            placed.setdefault(f"{key}|{event.outcome}", offset)
        row["placed"] = placed
    forms = [row["name"], *row["aliases"], event.leader, *event.aliases]
    row["name"] = max(forms[:1] + [event.leader], key=_fullness)
    # Sorted, so the row is the same whichever article the sequencer saw first.
    row["aliases"] = sorted({f for f in forms if f.casefold() != row["name"].casefold()})[:MAX_ALIASES]
    row["role"] = row["role"] or event.role
    row["outcome"] = more_severe(row["outcome"], event.outcome)
    if event.country and event.country not in row["countries"]:
        row["countries"] = sorted([*row["countries"], event.country])
    if published:
        row["first_seen"] = min(filter(None, (row["first_seen"], published)))
        row["last_seen"] = max(filter(None, (row["last_seen"], published)))
    row["articles"] += 1
    row["last_offset"] = offset
    leaders[event.leader_key] = row


def _apply_regions(state: AggregateState, events: Iterable[Event], offset: int) -> None:
    new_leaders: dict[str, dict[str, int]] = {}
    touched: dict[str, tuple[str, str | None]] = {}
    for event in events:
        placed = state.leaders[event.leader_key]["placed"]  # written just before, or by an earlier attempt
        for key in _region_keys(event):
            touched[key] = (event.country, event.admin1 if key != event.country else None)
            # Counted here only by the article that first placed the leader in this region and outcome.
            if event.outcome in SEVERE and placed.get(f"{key}|{event.outcome}") == offset:
                counts = new_leaders.setdefault(key, {})
                counts[event.outcome] = counts.get(event.outcome, 0) + 1
    for key, (country, admin1) in touched.items():
        row = state.regions.get(key)
        if row is not None and row["last_offset"] >= offset:
            continue
        row = dict(row) if row is not None else {
            "country": country, "admin1": admin1, "killed": 0, "captured": 0, "wounded": 0,
            "articles": 0, "last_offset": -1}
        for outcome, count in new_leaders.get(key, {}).items():
            row[outcome] += count
        row["articles"] += 1
        row["last_offset"] = offset
        state.regions[key] = row


def leader_view(key: str, row: dict[str, Any]) -> dict[str, Any]:
    """A leaders row as users see it (no bookkeeping fields)."""
    return {"leader_key": key, **{k: v for k, v in row.items() if k not in BOOKKEEPING}}


def region_view(key: str, row: dict[str, Any]) -> dict[str, Any]:
    """A regions row as users see it (no bookkeeping fields)."""
    return {"region": key, **{k: v for k, v in row.items() if k not in BOOKKEEPING}}
