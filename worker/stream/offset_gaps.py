"""Notice when a stream skips offsets, and read the skipped messages again.

Faust's consumer treats a jump in a partition's offsets as a gap in the log (a compacted
topic) and counts the skipped offsets as done, so they are committed past. On the topics
the worker reads, written by plain producers, offsets have no gaps: a jump means the
consumer dropped messages it had fetched. A race in Faust's recovery does that
(faust-streaming/faust#596): at a restart its fetcher goes on handing out a batch fetched
before the seek to the committed offsets, the stream's queue is cleared, and the records the
seek fetches again are dropped as already read. Seen on ``articles-prepared`` in CI (161
articles missing from the tables after a SIGTERM restart) and, with an experimental prepare
agent that drained its stream in batches, on ``articles``.

The agents check every message. At a jump they log an error, count
``newsworker_stream_skipped_messages``, take back Faust's gap record and seek the partition
back to the first skipped offset, again at each later record of the stale batch (Faust's
fetcher goes on handing those out, moving its read offset past the skipped ones each time); the
message that revealed the jump, and any other already fetched beyond it, is left unprocessed (it
comes again, in order, after the skipped ones).

A drop at the end of what was written shows no jump, since no later message arrives: the
partition just stops short of its high watermark. :class:`StallWatch` notices that from a
periodic check (messages the consumer read but the stream never delivered, with no progress on
the topic for several checks) and the same ``read_again`` repairs it. The check also backs up
the seek made at a jump: when the record that showed the jump is the last one fetched, Faust's
fetcher loop records it as read right after the agent's seek, so the seek is undone and no
later record repeats it.

Every missing offset counts, even one. The race loses one message when the batch handed out
before the seek held two records: Faust lets a record through at its read offset, so only the
first is fetched again and dropped. A single missing offset is let through only on an input
written in transactions (``WORKER_INPUT_TRANSACTIONAL``), where each commit marker takes one.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from faust.types import TP


@dataclass(frozen=True)
class Skip:
    """Offsets ``first..last`` of a partition were not delivered before this message."""

    first: int
    last: int
    #: False for a later message already fetched beyond a jump that is being read again.
    new: bool


def tolerance(topic: str, markers: Collection[str]) -> int:
    """How many missing offsets in a row may be no message at all.

    One on a topic in ``markers``, written by transactional producers: each commit leaves an
    offset holding its marker, never delivered. None elsewhere: the worker's own producer and the
    replay are not transactional, so there every offset holds a message, and one missing offset
    is a dropped message (a stale fetch of two records loses one in Faust's race, since its
    fetcher lets the record at its read offset through)."""
    return 1 if topic in markers else 0


class OffsetGaps:
    """The offset each partition should deliver next, within one assignment."""

    def __init__(self, markers: Collection[str] = ()) -> None:
        self.markers = frozenset(markers)
        self._next: dict[tuple[str, int], int] = {}
        self._rereading: set[tuple[str, int]] = set()
        self._delivered: dict[str, int] = {}  # messages taken in order, per topic (all partitions)

    def observe(self, topic: str, partition: int, offset: int, start: int | None = None) -> Skip | None:
        """Record a delivered message, or say why it must not be processed yet.

        ``start`` is where the partition's reading began (its committed offset), used for the
        first message of an assignment: the race above strikes right after a restart, and then
        the first message delivered may already be past the gap. An offset behind the expected
        one is a redelivery (a seek back to the committed offset): the stream is followed from there."""
        key = (topic, partition)
        expected = self._next.get(key, start)
        if expected is not None and offset > expected + tolerance(topic, self.markers):
            new = key not in self._rereading
            self._rereading.add(key)
            return Skip(expected, offset - 1, new)
        self._next[key] = offset + 1
        self._rereading.discard(key)
        self._delivered[topic] = self._delivered.get(topic, 0) + 1
        return None

    def delivered(self, topic: str) -> int:
        """How many messages of ``topic`` the stream has delivered in order so far: its progress."""
        return self._delivered.get(topic, 0)

    def expected(self, topic: str, partition: int) -> int | None:
        """The offset the partition should deliver next, if a message was seen this assignment."""
        return self._next.get((topic, partition))

    def rereading(self, topic: str, partition: int) -> bool:
        """True while a jump seen in the partition waits for its skipped offsets to come."""
        return (topic, partition) in self._rereading

    def forget(self) -> None:
        """Start afresh: after a rebalance a partition may come back where another worker left it."""
        self._next.clear()
        self._rereading.clear()


class StallWatch:
    """Partitions whose messages the consumer handed out, or skipped, but the stream never delivered.

    Fed by a periodic check. A partition is stalled when, at ``checks`` checks in a row:

    * offsets below the high watermark wait from the offset the partition should deliver next
      (two or more on a topic of transactional producers, whose log may end with a commit
      marker: see :func:`tolerance`);
    * the messages are not just waiting to be fetched, as under a backlog while Faust keeps the
      partition out of its fetches (paused, or its stream's buffer full). Faust's consumer has
      read up to or past that offset, or it does not say (Faust forgets its read offset when it
      seeks back to committed offsets and finds none, as when records come back while its flow
      is stopped, and aiokafka's position then stays past the records Faust discarded), or it
      fetches the partition and still nothing comes (seen after a restart: Faust sought back to
      the commit, behind what the stream had delivered, and no fetch of the partition returned);
    * and the whole topic's stream delivered nothing: an agent busy with other partitions or
      with a backlog is no stall (the first version, without this and the condition above,
      sought back 8 times in the first minutes of a healthy 100,000-article backlog).

    Left is a stream that lost its messages, or an agent stuck that long; reading again is
    harmless in the second case (the tables treat a redelivery as a no-op)."""

    def __init__(self, checks: int = 3, markers: Collection[str] = ()) -> None:
        self.checks = checks
        self.markers = frozenset(markers)
        # partition -> ((expected offset, topic's progress), checks in a row without a change)
        self._seen: dict[tuple[str, int], tuple[tuple[int, int], int]] = {}

    def stalled(self, topic: str, partition: int, expected: int, highwater: int, read: int | None,
                delivered: int, held: bool = True) -> bool:
        """Record one check of a partition; True when it has stalled (the count starts again).

        ``read`` is the offset Faust's consumer last read in the partition (None: it does not say),
        ``delivered`` the topic's progress (:meth:`OffsetGaps.delivered`), ``held`` whether Faust
        keeps the partition out of its fetches (paused, or its stream's buffer full)."""
        key = (topic, partition)
        if highwater - expected <= tolerance(topic, self.markers) or (held and read is not None and read < expected):
            self._seen.pop(key, None)
            return False
        state = (expected, delivered)
        before = self._seen.get(key)
        count = before[1] + 1 if before is not None and before[0] == state else 1
        if count >= self.checks:
            self._seen.pop(key, None)
            return True
        self._seen[key] = (state, count)
        return False

    def forget(self) -> None:
        """Start afresh (a rebalance or a recovery moves every partition)."""
        self._seen.clear()


def committed_offset(consumer: Any, tp: TP) -> int | None:
    """Where reading of ``tp`` began: its committed offset (Faust keeps no public accessor)."""
    return consumer._committed_offset.get(tp)


#: Each partition's (next offset to deliver, offset Faust read, high watermark); None: not known yet.
PartitionStates = dict[TP, tuple[int, int | None, int | None]]


def next_offset(consumer: Any, gaps: OffsetGaps, tp: TP) -> int:
    """The offset the stream of ``tp`` should deliver next: the one after the last it delivered
    this assignment, else where reading began. That is the committed offset, or the log's start
    where the group has none: the worker reads from the earliest offset, Faust records a commit
    of 0 as none, and a seek below the log's start is moved up to it."""
    expected = gaps.expected(tp.topic, tp.partition)
    if expected is None:
        expected = committed_offset(consumer, tp) or 0
    return expected


def partition_states(consumer: Any, gaps: OffsetGaps, topics: Collection[str]) -> PartitionStates:
    """(next offset, offset read, high watermark) of each assigned partition of ``topics``.

    The next offset is :func:`next_offset`; the others are None where Faust does not know them yet."""
    out: PartitionStates = {}
    for tp in sorted(consumer.assignment()):
        if tp.topic not in topics:
            continue
        expected = next_offset(consumer, gaps, tp)
        try:
            highwater = consumer.highwater(tp)
        except Exception:  # no fetch yet for this partition
            highwater = None
        out[tp] = (expected, consumer._read_offset.get(tp), highwater)  # Faust keeps no public accessor
    return out


def held_out(consumer: Any, tp: TP) -> bool:
    """Whether Faust keeps ``tp`` out of its fetches: it fetches only its active partitions, and
    takes out those it pauses and those whose stream buffer is full, until the buffer drains."""
    active = consumer._active_partitions  # Faust keeps no public accessor
    return active is not None and tp not in active


def stalled_partitions(consumer: Any, states: PartitionStates, gaps: OffsetGaps,
                       stalls: StallWatch) -> list[tuple[TP, int, int]]:
    """One check of the partitions in ``states`` (:func:`partition_states`): those that stalled,
    as (partition, first offset to read again, last one)."""
    out = []
    for tp, (expected, read, highwater) in states.items():
        if highwater is None:  # no fetch yet for this partition
            continue
        if stalls.stalled(tp.topic, tp.partition, expected, highwater, read, gaps.delivered(tp.topic),
                          held_out(consumer, tp)):
            out.append((tp, expected, highwater - 1))
    return out


def set_aside(consumer: Any, message: Any) -> None:
    """Drop this delivery of ``message`` unacked: it comes again after the skipped offsets, and
    that copy is acked once processed.

    Faust has no public call for it. Acking this copy would let a commit pass the skipped
    offsets when the partition has no commit yet (Faust's check for a gap at the head of the
    acked offsets needs one); leaving it unacked holds up the worker's stop, which waits for
    every delivered message to be acked. So it is marked done without its offset counting."""
    message.acked = True
    consumer._unacked_messages.discard(message)


async def read_again(consumer: Any, tp: TP, first: int, last: int) -> None:
    """Make Faust's ``consumer`` deliver ``first..last`` of ``tp`` (and what follows) again.

    Faust recorded the skipped offsets as a gap of the log, which its commit counts as done;
    that record is taken back before the seek, so no commit passes them."""
    gap = consumer._gap.get(tp)  # Faust keeps no public accessor
    if gap is not None:
        gap.chop(first, last + 1)
    await consumer.seek(tp, first)
