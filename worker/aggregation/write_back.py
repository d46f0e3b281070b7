"""A write-back view of a table: reads see pending writes, the table sees one write per key per batch.

Every assignment to a Faust table sends a changelog record. The sequencer rewrites the same
few leader and region rows many times within a short stretch of the stream (5.4 leader and
2.1 region writes per article in the benchmark), so it folds a batch into this view and
then :meth:`flush` writes each changed row once. Nothing is lost by holding the writes: the
batch's input offsets are committed only after the flush, so a crash before it means the
batch is delivered again, and the rows' offsets (see :mod:`worker.aggregation.tables`)
make the second application exact.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any


class WriteBack(MutableMapping[str, Any]):
    """``table`` with writes held in memory until :meth:`flush` (no deletes: the fold never deletes)."""

    def __init__(self, table: MutableMapping[str, Any]) -> None:
        self.table = table
        self.pending: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        if key in self.pending:
            return self.pending[key]
        return self.table[key]

    def __contains__(self, key: object) -> bool:
        return key in self.pending or key in self.table

    def __setitem__(self, key: str, value: Any) -> None:
        self.pending[key] = value

    def __delitem__(self, key: str) -> None:
        raise TypeError("WriteBack does not delete")

    def __iter__(self) -> Iterator[str]:
        yield from self.pending
        yield from (key for key in self.table if key not in self.pending)

    def __len__(self) -> int:
        return len(self.table) + sum(1 for key in self.pending if key not in self.table)

    def flush(self) -> int:
        """Write the pending rows to the table, in the order they were first changed; returns how many."""
        pending, self.pending = self.pending, {}
        for key, value in pending.items():
            self.table[key] = value
        return len(pending)

    def discard(self) -> None:
        """Drop pending writes (after a recovery replaced the table's state)."""
        self.pending = {}
