"""Say so when the consumer delivers nothing while messages wait, with Faust's state.

Faust can stop delivering a partition, or all of them, with nothing logged. Seen in SIGKILL
restarts of an experimental build (an extraction process, not shipped): once the restarted
worker took four batches during its start-up and then nothing from any partition for 180 s;
once Faust sought one partition back to its commit, behind what the stream had delivered, and
no fetch of it returned anything. The stall check (:class:`worker.stream.offset_gaps.StallWatch`)
repairs what it can recognise; the alert ``ConflictNewsNoArticleProcessed`` sees a worker that
processes nothing for ten minutes. This check mends nothing: it logs, once per episode, what a
failed run needs to be explained (is Faust rebalancing or recovering, is its flow stopped,
which partitions it does not fetch, where each partition stands). It named the second case.
"""

from __future__ import annotations

from typing import Any

from worker.stream.offset_gaps import PartitionStates, held_out


class ProgressWatch:
    """Fed by a periodic check: no delivery for ``checks`` checks in a row while messages wait."""

    def __init__(self, checks: int = 6) -> None:
        self.checks = checks
        self._delivered: int | None = None
        self._still = 0  # checks in a row without a delivery while messages waited
        self._reported = False

    def stuck(self, waiting: int, delivered: int) -> bool:
        """Record one check; True once when it becomes stuck (again after progress resumes).

        ``waiting``: messages on the partitions beyond what the stream delivered;
        ``delivered``: the streams' progress (:meth:`OffsetGaps.delivered`, summed)."""
        if waiting <= 0 or delivered != self._delivered:
            self._delivered, self._still, self._reported = delivered, 0, False
            return False
        self._still += 1
        if self._still >= self.checks and not self._reported:
            self._reported = True
            return True
        return False


def waiting(states: PartitionStates) -> int:
    """Messages beyond each partition's next offset (:func:`~worker.stream.offset_gaps.partition_states`),
    where its end is known."""
    return sum(max(0, hw - nxt) for nxt, _, hw in states.values() if hw is not None)


def _names(tps: Any) -> list[str] | str:
    return sorted(f"{tp.topic}[{tp.partition}]" for tp in tps) or "none"


def describe(app: Any, states: PartitionStates) -> str:
    """Faust's state, for the log: which partitions it pauses, which have a full stream buffer
    ("buffered"), and so which it does not fetch (:func:`~worker.stream.offset_gaps.held_out`)."""
    consumer = app.consumer
    inactive = _names(tp for tp in states if held_out(consumer, tp))
    parts = ", ".join(f"{tp.topic}[{tp.partition}] next {nxt} read {read} end {hw}"
                      for tp, (nxt, read, hw) in states.items())
    return (f"rebalancing={app.rebalancing} in_recovery={app.in_recovery} flow_active={consumer.flow_active} "
            f"paused={_names(consumer._paused_partitions)} "  # Faust keeps no public accessor for these two
            f"buffered={_names(consumer._buffered_partitions)} "
            f"not fetched={inactive}; {parts}")
