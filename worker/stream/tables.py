"""The changelog-backed Faust tables.

All of them hang off the single-partition ``articles-prepared`` topic, so they have one
partition each: one worker owns them at a time (the others stand by and take over on a
rebalance, restoring from the changelogs).
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from typing import Any

import faust

from topics import PREPARED
from worker.dedupe import DedupeState


class Prefixed(MutableMapping[str, Any]):
    """A view of one table under a key prefix, so the dedupe index's five mappings share
    one table (and one changelog topic). Only the per-key operations are fast; iteration
    walks the whole table and is for tests and metrics."""

    def __init__(self, table: MutableMapping[str, Any], prefix: str) -> None:
        self.table, self.prefix = table, prefix

    def __getitem__(self, key: str) -> Any:
        return self.table[self.prefix + key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.table.get(self.prefix + key, default)

    def __setitem__(self, key: str, value: Any) -> None:
        self.table[self.prefix + key] = value

    def __delitem__(self, key: str) -> None:
        del self.table[self.prefix + key]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and (self.prefix + key) in self.table

    def __iter__(self) -> Iterator[str]:
        n = len(self.prefix)
        return (k[n:] for k in list(self.table.keys()) if k.startswith(self.prefix))

    def __len__(self) -> int:
        return sum(1 for _ in self)


@dataclass
class Tables:
    """The tables of the sequencer stage."""

    leaders: faust.Table
    regions: faust.Table
    region_leaders: faust.Table
    dedupe: faust.Table

    def dedupe_state(self) -> DedupeState:
        """The dedupe index's mappings, as prefixes of the one ``dedupe`` table."""
        return DedupeState(*(Prefixed(self.dedupe, f"{name}:") for name in DedupeState._fields))

    def all(self) -> dict[str, faust.Table]:
        return {"leaders": self.leaders, "regions": self.regions,
                "region-leaders": self.region_leaders, "dedupe": self.dedupe}


def define_tables(app: faust.App) -> Tables:
    """Declare the tables on ``app``; names match :data:`topics.TABLES`."""

    def table(name: str, help_: str) -> faust.Table:
        schema = faust.Schema(key_type=str, key_serializer="raw", value_serializer="json")
        return app.Table(name, partitions=PREPARED.partitions, schema=schema, help=help_)

    return Tables(
        leaders=table("leaders", "leader_key -> leader summary"),
        regions=table("regions", "Country or Country/Admin1 -> counts"),
        region_leaders=table("region-leaders", "region|outcome|leader_key -> first offset"),
        dedupe=table("dedupe", "near-duplicate index state"),
    )
