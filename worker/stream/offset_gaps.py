"""Notice when a stream skips offsets, so that a lost message is never lost silently.

Faust's consumer treats a jump in a partition's offsets as a gap in the log (a compacted
topic) and counts the skipped offsets as done, so they are committed past. On the topics
the worker reads, written by plain producers, offsets have no gaps: a jump means the
consumer dropped messages it had fetched, a race in Faust's recovery
(faust-streaming/faust#596, seen here with an agent that drained its stream in batches).
The agents report each jump: an error in the log and ``newsworker_stream_skipped_messages``.
"""

from __future__ import annotations


class OffsetGaps:
    """The offset each partition should deliver next, within one assignment."""

    def __init__(self) -> None:
        self._next: dict[tuple[str, int], int] = {}

    def observe(self, topic: str, partition: int, offset: int, start: int | None = None) -> tuple[int, int] | None:
        """Record a delivered message; the skipped offsets ``(first, last)`` if it jumped ahead.

        ``start`` is where the partition's reading began (its committed offset), used for the
        first message of an assignment: the race above strikes right after a restart, and then
        the first message delivered may already be past the gap. An offset behind the expected
        one is a redelivery (a seek back to the committed offset): the stream is followed from there."""
        key = (topic, partition)
        expected = self._next.get(key, start)
        self._next[key] = offset + 1
        if expected is not None and offset > expected:
            return expected, offset - 1
        return None

    def forget(self) -> None:
        """Start afresh: after a rebalance a partition may come back where another worker left it."""
        self._next.clear()
