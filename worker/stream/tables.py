"""The changelog-backed Faust tables.

All of them hang off the single-partition ``articles-prepared`` topic, so they have one
partition each: one worker owns them at a time (the others stand by and take over on a
rebalance, restoring from the changelogs).
"""

from __future__ import annotations

from dataclasses import dataclass

import faust

from topics import PREPARED
from worker.dedupe import DedupeState


@dataclass
class Tables:
    """The tables of the sequencer stage."""

    leaders: faust.Table
    regions: faust.Table
    dedupe: faust.Table

    def dedupe_state(self) -> DedupeState:
        """The dedupe index's state: ``docs`` durable in the ``dedupe`` table, the rest in
        memory, rebuilt from ``docs`` after each recovery (:meth:`DedupeIndex.rebuild`)."""
        return DedupeState.over_docs(self.dedupe)

    def all(self) -> dict[str, faust.Table]:
        return {"leaders": self.leaders, "regions": self.regions, "dedupe": self.dedupe}


def define_tables(app: faust.App) -> Tables:
    """Declare the tables on ``app``; names match :data:`topics.TABLES`."""

    def table(name: str, help_: str) -> faust.Table:
        schema = faust.Schema(key_type=str, key_serializer="raw", value_serializer="json")
        return app.Table(name, partitions=PREPARED.partitions, schema=schema, help=help_)

    return Tables(
        leaders=table("leaders", "leader_key -> leader summary"),
        regions=table("regions", "Country or Country/Admin1 -> counts"),
        dedupe=table("dedupe", "article id -> dedupe fingerprint and verdict (docs of worker.dedupe)"),
    )
