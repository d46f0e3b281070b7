"""Fold one article's events into the ``leaders`` and ``regions`` tables.

Why the rows carry ``last_offset``: the worker runs at-least-once (tansu refuses the
idempotent producer that exactly-once needs), so after a crash the sequencer sees the
same article again. Every article is applied with the offset at which it was first
accepted (the dedupe index remembers it), and every row stores the offset of the last
article folded into it. A row whose ``last_offset`` is already at or past the article's
offset has seen it and is left alone, so a redelivery never inflates a count, however
the crash split the writes between rows. Distinct-leader counts of regions use one
membership key per (region, outcome, leader): the key's value is the offset that first
placed the leader there, so "is this leader new here?" has one answer on every retry.

Everything else in a row is a merge that gives the same result when repeated (most
severe outcome, union of countries, min/max dates, fullest name).

State values are plain JSON-compatible dicts so the same code runs on ``dict`` in tests
and on Faust tables (changelog-backed) in the worker. Each write replaces a whole value,
so rows are kept small: counts, not lists of article ids.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass
from typing import Any

from worker.articles.model import OUTCOMES, Event

SEVERE: tuple[str, ...] = OUTCOMES[:3]
MAX_ALIASES = 12
_RANK = {outcome: rank for rank, outcome in enumerate(OUTCOMES)}


@dataclass
class AggregateState:
    """The three mappings the aggregation reads and writes."""

    leaders: MutableMapping[str, dict[str, Any]]
    regions: MutableMapping[str, dict[str, Any]]
    #: "region|outcome|leader_key" -> offset that first put the leader in that region's count.
    region_leaders: MutableMapping[str, int]


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


def _merge_per_leader(events: Iterable[Event]) -> dict[str, Event]:
    """One event per leader_key: an extractor may name the same person twice."""
    merged: dict[str, Event] = {}
    for event in events:
        seen = merged.get(event.leader_key)
        if seen is None:
            merged[event.leader_key] = event
            continue
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
               "first_seen": None, "last_seen": None, "articles": 0, "last_offset": -1}
    else:
        row = dict(row)  # never mutate a value in place: Faust only persists on assignment
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
        if not event.country:
            continue
        keys = [region_key(event.country)]
        if event.admin1:
            keys.append(region_key(event.country, event.admin1))
        for key in keys:
            touched[key] = (event.country, event.admin1 if key != event.country else None)
            if event.outcome not in SEVERE:
                continue
            member = f"{key}|{event.outcome}|{event.leader_key}"
            first = state.region_leaders.get(member)
            if first is None:
                state.region_leaders[member] = offset
                first = offset
            if first == offset:  # placed here by this very article (maybe on an earlier attempt)
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
    return {"leader_key": key, **{k: v for k, v in row.items() if k != "last_offset"}}


def region_view(key: str, row: dict[str, Any]) -> dict[str, Any]:
    """A regions row as users see it (no bookkeeping fields)."""
    return {"region": key, **{k: v for k, v in row.items() if k != "last_offset"}}
