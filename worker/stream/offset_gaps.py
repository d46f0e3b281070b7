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
the seek made at a jump, should one not hold (see ``read_again``).

The first delivery of a partition has no delivery before it. It is held against the committed
offset Faust knows, and where Faust knows none, against where reading began as the broker says,
at the same periodic check (:class:`FirstDeliveries`).

Every missing offset counts, even one. The race loses one message when the batch handed out
before the seek held two records: Faust lets a record through at its read offset, so only the
first is fetched again and dropped. A single missing offset is let through only on an input
written in transactions (``WORKER_INPUT_TRANSACTIONAL``), where each commit marker takes one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from faust.types import TP

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Skip:
    """Offsets ``first..last`` of a partition were not delivered before this message."""

    first: int
    last: int
    #: False for a later message already fetched beyond a jump that is being read again.
    new: bool


@dataclass(frozen=True)
class Copy:
    """This offset was delivered in order already, in this assignment: the message is a second copy.

    A jump's seek back is repeated for each later record of the stale batch (see
    :func:`read_again`), and each seek that holds makes the fetcher hand out the skipped offsets
    and what follows once more, while what an earlier seek fetched is already in the stream's
    queue. Followed as a redelivery, each copy was processed again: a SIGKILL restart on
    librdkafka's mock cluster received 398 input articles where 92 were uncommitted. A copy is
    set aside instead: its original was processed, and is acked (by the sequencer, with its
    batch, which may be the copy's own)."""

    offset: int


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
        self._lowest: dict[tuple[str, int], int] = {}  # the lowest offset delivered this assignment

    def observe(self, topic: str, partition: int, offset: int, start: int | None = None) -> Skip | Copy | None:
        """Record a delivered message, or say why it must not be processed (yet).

        ``start`` is where the partition's reading began (the committed offset Faust knows; where
        it knows none, :class:`FirstDeliveries` checks the first message later), used for the first
        message of an assignment: the race above strikes right after a restart, and then the first
        message delivered may already be past the gap. An offset this assignment delivered in
        order already is a :class:`Copy`. One behind all of those was never delivered here (a
        seek back to where reading began): the stream is followed from there."""
        key = (topic, partition)
        lowest = self._lowest.get(key)
        if lowest is not None and lowest <= offset < self._next[key]:
            return Copy(offset)
        expected = self._next.get(key, start)
        if expected is not None and offset > expected + tolerance(topic, self.markers):
            new = key not in self._rereading
            self._rereading.add(key)
            return Skip(expected, offset - 1, new)
        self._next[key] = offset + 1
        if offset < self._lowest.get(key, offset + 1):
            self._lowest[key] = offset
        self._rereading.discard(key)
        self._delivered[topic] = self._delivered.get(topic, 0) + 1
        return None

    def delivered(self, topic: str) -> int:
        """How many messages of ``topic`` the stream has delivered in order so far: its progress."""
        return self._delivered.get(topic, 0)

    def expected(self, topic: str, partition: int) -> int | None:
        """The offset the partition should deliver next, if a message was seen this assignment."""
        return self._next.get((topic, partition))

    def lowest(self, topic: str, partition: int) -> int | None:
        """The lowest offset the partition delivered this assignment, if any."""
        return self._lowest.get((topic, partition))

    def rereading(self, topic: str, partition: int) -> bool:
        """True while a jump seen in the partition waits for its skipped offsets to come."""
        return (topic, partition) in self._rereading

    def forget(self) -> None:
        """Start afresh: after a rebalance a partition may come back where another worker left it."""
        self._next.clear()
        self._rereading.clear()
        self._lowest.clear()


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
      sought back 8 times in the first minutes of a healthy 100,000-article backlog);
    * and no message of the partition waits in its stream or in its agent's hands (handed out by
      Faust, not acked): the agent has work, and a seek would only throw away what was fetched.

    A partition whose read offset is the last offset delivered (Faust handed out everything it
    fetched, and no fetch brought more) gets ``quiet_factor`` times the checks: in a backlog the
    sequencer's partition goes 15 s and more with nothing fetched while the input partitions fill
    every fetch (memory runs of 20,000 and 100,000 articles: with 3 checks it was sought to its
    next offset in most runs, every 25 s or so at 100,000, for nothing: with the check off the
    sequencer went on at the same rate).

    Left is a stream that lost its messages, or a partition Faust stopped fetching."""

    def __init__(self, checks: int = 3, markers: Collection[str] = (), quiet_factor: int = 4) -> None:
        self.checks = checks
        self.quiet_factor = quiet_factor
        self.markers = frozenset(markers)
        # partition -> ((expected offset, topic's progress), checks in a row without a change)
        self._seen: dict[tuple[str, int], tuple[tuple[int, int], int]] = {}

    def stalled(self, topic: str, partition: int, expected: int, highwater: int, read: int | None,
                delivered: int, held: bool = True, busy: bool = False) -> bool:
        """Record one check of a partition; True when it has stalled (the count starts again).

        ``read`` is the offset Faust's consumer last read in the partition (None: it does not say),
        ``delivered`` the topic's progress (:meth:`OffsetGaps.delivered`), ``held`` whether Faust
        keeps the partition out of its fetches (paused, or its stream's buffer full), ``busy``
        whether messages of the partition were handed to its stream and not yet acked."""
        key = (topic, partition)
        if busy or highwater - expected <= tolerance(topic, self.markers) or (
                held and read is not None and read < expected):
            self._seen.pop(key, None)
            return False
        state = (expected, delivered)
        before = self._seen.get(key)
        count = before[1] + 1 if before is not None and before[0] == state else 1
        quiet = read is not None and read == expected - 1  # all fetched was delivered; nothing more came yet
        if count >= self.checks * (self.quiet_factor if quiet else 1):
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


async def log_starts(consumer: Any, partitions: Iterable[TP]) -> dict[TP, int]:
    """The first offset each of ``partitions`` still holds, asked of the broker; empty if it does not answer.

    It is the log's start, not offset 0, once retention has deleted the oldest records; holding
    a partition to offset 0 there would take the deleted records for dropped ones and seek back
    to them without end."""
    wanted = list(partitions)
    if not wanted:
        return {}
    try:
        return dict(await consumer.earliest_offsets(*wanted))
    except Exception as exc:  # logged; the stall check asks again at its next check
        log.warning("could not read where %s begin (%s: %s)", wanted, type(exc).__name__, exc)
        return {}


async def group_commit(consumer: Any, tp: TP) -> int | None:
    """The group's committed offset of ``tp``, asked of the broker (None: no commit).

    Faust's own record of it (:func:`committed_offset`) is empty until its seek to the committed
    offsets at a start, and a restarted worker's first messages can come before that."""
    thread = consumer._thread  # Faust keeps no public accessor
    return await thread.call_thread(thread._ensure_consumer().committed, tp)


async def reading_starts(consumer: Any, partitions: Iterable[TP]) -> dict[TP, int]:
    """Where reading of each of ``partitions`` began this assignment: the group's committed offset,
    else the log's start (the worker reads from the earliest offset; Faust records a commit of 0 as
    none). A partition is left out where the broker did not answer."""
    out: dict[TP, int] = {}
    uncommitted = []
    for tp in partitions:
        committed = committed_offset(consumer, tp)
        if not committed:
            try:
                committed = await group_commit(consumer, tp)
            except Exception as exc:  # logged; the stall check asks again at its next check
                log.warning("could not read the committed offset of %s (%s: %s)", tp, type(exc).__name__, exc)
                continue
        if committed:
            out[tp] = committed
        else:
            uncommitted.append(tp)
    out.update(await log_starts(consumer, uncommitted))
    return out


async def reading_start(consumer: Any, tp: TP) -> int | None:
    """:func:`reading_starts` of one partition; None if the broker did not answer."""
    return (await reading_starts(consumer, [tp])).get(tp)


class FirstDeliveries:
    """A partition's first delivery of an assignment, held against where its reading began.

    The agents hold each delivery against the one before it, and the first against the committed
    offset Faust knows. Where Faust knows none (the group has no commit, or a restarted worker's
    first messages come before Faust's seek to the committed offsets), a first delivery past the
    start went unnoticed: the partition's very first messages, discarded while Faust's flow was
    stopped, were lost. The start is asked of the broker (:func:`reading_start`) as the first
    message comes, in a task of its own so that the agent does not wait on it (an agent that
    waited lagged behind Faust's fetcher, and the restart tests met Faust's recovery race far
    more often), and compared at the next periodic check with the lowest offset delivered since
    (Faust's own seek back at a start delivers the skipped ones later, in the common case). Asked
    at once, the answer is the start as it was: the worker's own commit, which moves it, can
    only pass a delivery once that is processed, and an answer past the lowest delivery is no skip."""

    def __init__(self) -> None:
        self._asked: dict[TP, asyncio.Future[int | None]] = {}

    def note(self, consumer: Any, tp: TP, offset: int) -> None:
        """``offset`` is the first delivery of ``tp`` this assignment, with no commit Faust knows."""
        if offset > 0 and tp not in self._asked:
            self._asked[tp] = asyncio.ensure_future(reading_start(consumer, tp))

    def skipped(self, gaps: OffsetGaps) -> list[tuple[TP, int, int]]:
        """The answered partitions whose lowest delivery this assignment came after offsets never
        delivered, as (partition, first skipped offset, last one). A partition the broker did not
        answer for is not asked again (it was logged): a later answer could be the worker's own commit."""
        out = []
        for tp, answer in list(self._asked.items()):
            if not answer.done():
                continue
            del self._asked[tp]
            start = None if answer.cancelled() or answer.exception() is not None else answer.result()
            lowest = gaps.lowest(tp.topic, tp.partition)
            if start is not None and lowest is not None and lowest > start + tolerance(tp.topic, gaps.markers):
                out.append((tp, start, lowest - 1))
        return out

    def forget(self) -> None:
        """Start afresh (a rebalance): the starts asked belong to the old assignment."""
        for answer in self._asked.values():
            answer.cancel()
        self._asked.clear()


#: Each partition's (next offset to deliver, offset Faust read, high watermark); None: not known yet.
PartitionStates = dict[TP, tuple[int, int | None, int | None]]


def highwater(consumer: Any, tp: TP) -> int | None:
    """The partition's high watermark, None before Faust's first fetch of it."""
    try:
        return consumer.highwater(tp)
    except Exception:  # no fetch yet for this partition
        return None


def unstarted(consumer: Any, gaps: OffsetGaps, topics: Collection[str]) -> list[TP]:
    """Assigned partitions of ``topics`` holding messages, with nothing delivered this assignment
    and no commit that Faust knows of: their next offset is where reading began
    (:func:`reading_starts`). An empty partition is left out: nothing in it can wait, so the
    periodic check asks the broker nothing about it."""
    return [tp for tp in consumer.assignment() if tp.topic in topics
            and gaps.expected(tp.topic, tp.partition) is None and not committed_offset(consumer, tp)
            and (highwater(consumer, tp) or 0) > 0]


def next_offset(consumer: Any, gaps: OffsetGaps, tp: TP, starts: Mapping[TP, int]) -> int:
    """The offset the stream of ``tp`` should deliver next: the one after the last it delivered
    this assignment, else where reading began: the committed offset Faust knows, else ``starts``
    (:func:`reading_starts`); 0 if the broker did not say."""
    expected = gaps.expected(tp.topic, tp.partition)
    if expected is None:
        expected = committed_offset(consumer, tp) or starts.get(tp, 0)
    return expected


def partition_states(consumer: Any, gaps: OffsetGaps, topics: Collection[str],
                     starts: Mapping[TP, int]) -> PartitionStates:
    """(next offset, offset read, high watermark) of each assigned partition of ``topics``.

    The next offset is :func:`next_offset`; the others are None where Faust does not know them yet."""
    out: PartitionStates = {}
    for tp in sorted(consumer.assignment()):
        if tp.topic not in topics:
            continue
        expected = next_offset(consumer, gaps, tp, starts)
        out[tp] = (expected, consumer._read_offset.get(tp), highwater(consumer, tp))  # Faust keeps no public accessor
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
    busy = {message.tp for message in list(consumer._unacked_messages)}  # Faust keeps no public accessor
    for tp, (expected, read, highwater) in states.items():
        if highwater is None:  # no fetch yet for this partition
            continue
        if stalls.stalled(tp.topic, tp.partition, expected, highwater, read, gaps.delivered(tp.topic),
                          held_out(consumer, tp), tp in busy):
            out.append((tp, expected, highwater - 1))
    return out


def set_aside(consumer: Any, message: Any) -> None:
    """Drop this delivery of ``message`` unacked: it comes again after the skipped offsets, and
    that copy is acked once processed.

    Faust has no public call for it. Acking this copy would let a commit pass the skipped
    offsets when the partition has no commit yet (Faust's check for a gap at the head of the
    acked offsets needs one); leaving it unacked holds up the worker's stop, which waits for
    every delivered message to be acked. So it is marked done without its offset counting.
    A :class:`Copy` is dropped the same way: its original's ack counts the offset."""
    message.acked = True
    consumer._unacked_messages.discard(message)


async def read_again(consumer: Any, tp: TP, first: int, last: int) -> None:
    """Make Faust's ``consumer`` deliver ``first..last`` of ``tp`` (and what follows) again.

    Faust recorded the skipped offsets as a gap of the log, which its commit counts as done;
    that record is taken back before the seek, so no commit passes them.

    The seek is made in the thread that runs aiokafka's consumer, and waited for. Faust's own
    ``Consumer.seek`` calls aiokafka's ``seek`` from the event loop's thread: it moves the
    fetcher's position from outside the thread that fetches, and the fetcher loop can set
    Faust's read offset past the skipped ones right after it. Made that way, the agent's seek at
    a jump was undone in every run of the jump test in ``tests/test_stall_repair.py`` (the stall
    check sought again), and the seeks of a restart whose agent lagged Faust's fetcher did not
    hold in 3 of 6 runs; made in the consumer's thread, none of these. A seek that holds fetches
    again what an earlier one fetched: the agents set those copies aside (:class:`Copy`)."""
    gap = consumer._gap.get(tp)  # Faust keeps no public accessor
    if gap is not None:
        gap.chop(first, last + 1)
    # Faust's consumer thread: seeks, sets Faust's read offset, waits for the position (no public accessor)
    await consumer._thread.seek_wait({tp: first})
