"""Offsets a stream jumps over are reported and read again; redeliveries are not jumps.

No broker: OffsetGaps and StallWatch are plain classes, and read_again and set_aside are
checked on a stand-in for Faust's consumer (its gap record, its seek, its unacked set). The
real broker's side is tests/test_stall_repair.py; the restart tests of tests/test_reliability.py
meet the real race now and then (CI did: 161 articles of articles-prepared)."""

import asyncio
from types import SimpleNamespace

from faust.types import TP
from intervaltree import IntervalTree

from worker.stream.offset_gaps import (
    Copy,
    FirstDeliveries,
    OffsetGaps,
    Skip,
    StallWatch,
    partition_states,
    read_again,
    reading_start,
    reading_starts,
    set_aside,
    stalled_partitions,
    unstarted,
)


def test_consecutive_offsets_are_no_gap_and_a_jump_names_the_skipped_ones():
    gaps = OffsetGaps()
    assert [gaps.observe("articles", 0, o) for o in (144, 145, 146)] == [None, None, None]
    assert gaps.observe("articles", 0, 150) == Skip(147, 149, new=True)
    assert gaps.observe("articles", 0, 147) is None  # read again, in order
    assert gaps.observe("articles", 0, 148) is None


def test_messages_fetched_beyond_a_jump_wait_for_the_skipped_ones_and_are_reported_once():
    gaps = OffsetGaps()
    gaps.observe("articles-prepared", 0, 512)
    assert gaps.observe("articles-prepared", 0, 674) == Skip(513, 673, new=True)
    assert gaps.observe("articles-prepared", 0, 675) == Skip(513, 674, new=False)  # stale: not again
    assert gaps.observe("articles-prepared", 0, 513) is None  # the seek's first record
    assert gaps.observe("articles-prepared", 0, 514) is None
    assert gaps.observe("articles-prepared", 0, 600) == Skip(515, 599, new=True)  # a second jump is news
    assert gaps.observe("articles-prepared", 0, 153) is None  # a seek back to a commit: followed


def test_an_offset_delivered_in_order_already_is_a_copy_and_is_not_processed_again():
    # Each later record of a stale batch seeks back again; each seek that holds fetches the
    # skipped offsets and what follows once more, behind what an earlier seek fetched.
    gaps = OffsetGaps()
    gaps.observe("articles", 0, 55)
    assert gaps.observe("articles", 0, 60) == Skip(56, 59, new=True)
    assert gaps.observe("articles", 0, 61) == Skip(56, 60, new=False)
    assert [gaps.observe("articles", 0, o) for o in range(56, 62)] == [None] * 6  # the first seek's fetch
    assert [gaps.observe("articles", 0, o) for o in range(56, 62)] == [Copy(o) for o in range(56, 62)]
    assert gaps.observe("articles", 0, 55) == Copy(55)
    assert gaps.observe("articles", 0, 62) is None
    assert gaps.delivered("articles") == 8  # 55, 56..61 and 62, each once
    assert gaps.observe("articles", 0, 40) is None  # behind all it delivered: never delivered here, followed
    gaps.forget()
    assert gaps.observe("articles", 0, 58) is None  # a new assignment may deliver it again


def test_partitions_and_topics_are_followed_apart():
    gaps = OffsetGaps()
    assert gaps.observe("articles", 0, 10) is None
    assert gaps.observe("articles", 1, 500) is None  # the first offset of a partition is no gap
    assert gaps.observe("articles-prepared", 0, 7) is None
    assert gaps.observe("articles", 1, 501) is None
    assert gaps.observe("articles", 0, 11) is None
    assert gaps.observe("articles-prepared", 0, 9) == Skip(8, 8, new=True)  # one offset is a message too


def test_one_missing_offset_is_a_commit_marker_only_on_a_topic_of_transactional_producers():
    gaps = OffsetGaps(markers={"articles"})
    assert gaps.observe("articles", 0, 10) is None
    assert gaps.observe("articles", 0, 12) is None  # 11: the commit marker of a transaction
    assert gaps.observe("articles", 0, 15) == Skip(13, 14, new=True)  # two are more than a marker
    assert gaps.observe("articles-prepared", 0, 7) is None
    assert gaps.observe("articles-prepared", 0, 9) == Skip(8, 8, new=True)  # the worker's own topic: none
    watch = StallWatch(checks=1, markers={"articles"})
    assert not watch.stalled("articles", 0, 30, 31, read=30, delivered=5)  # the log ends with a marker
    assert watch.stalled("articles", 0, 30, 32, read=30, delivered=5)
    assert watch.stalled("articles-prepared", 0, 30, 31, read=30, delivered=5)


def test_the_first_message_of_an_assignment_is_checked_against_where_reading_began():
    gaps = OffsetGaps()
    assert gaps.observe("articles-prepared", 0, 201, start=201) is None
    assert gaps.observe("articles-prepared", 0, 202, start=201) is None  # start only counts at first
    gaps.forget()
    # a restart whose first delivered record is already past a gap (seen: 201..360 skipped)
    assert gaps.observe("articles-prepared", 0, 361, start=201) == Skip(201, 360, new=True)
    assert gaps.observe("articles", 2, 0, start=None) is None  # a fresh group: no committed offset


def test_after_a_rebalance_a_partition_may_come_back_further_on():
    gaps = OffsetGaps()
    gaps.observe("articles", 3, 10)
    gaps.forget()
    assert gaps.observe("articles", 3, 400) is None  # another worker read 11..399 meanwhile


class FaustConsumer:
    """What read_again touches: Faust's gap record (counted as done by its commit) and seek."""

    def __init__(self) -> None:
        self._gap: dict[str, IntervalTree] = {"tp": IntervalTree()}
        self.seeks: list[tuple[str, int]] = []
        self._thread = self  # Faust's consumer thread, where the seek is made

    async def seek_wait(self, partitions: dict[str, int]) -> None:
        self.seeks.extend(partitions.items())


def test_read_again_takes_back_faust_s_gap_record_and_seeks_to_the_first_skipped_offset():
    consumer = FaustConsumer()
    consumer._gap["tp"].addi(513, 674)  # what Faust's _add_gap recorded for the jump
    consumer._gap["tp"].addi(900, 905)  # an unrelated gap stays
    asyncio.run(read_again(consumer, "tp", 513, 673))
    assert sorted((i.begin, i.end) for i in consumer._gap["tp"]) == [(900, 905)]
    assert consumer.seeks == [("tp", 513)]
    asyncio.run(read_again(consumer, "other", 5, 7))  # no gap record for that partition: just the seek
    assert consumer.seeks[-1] == ("other", 5)


def test_the_expected_offset_and_a_pending_reread_are_visible_to_the_stall_check():
    gaps = OffsetGaps()
    assert gaps.expected("articles", 0) is None
    gaps.observe("articles", 0, 19)
    assert gaps.expected("articles", 0) == 20 and not gaps.rereading("articles", 0)
    gaps.observe("articles", 0, 30)
    assert gaps.expected("articles", 0) == 20 and gaps.rereading("articles", 0)
    gaps.observe("articles", 0, 20)
    assert not gaps.rereading("articles", 0)


def test_a_partition_whose_read_messages_never_came_is_stalled_after_three_checks():
    watch = StallWatch(checks=3)
    # offsets 20..29 read by the consumer (its read offset is 30) but never delivered; nothing else moves
    assert [watch.stalled("articles", 0, 20, 30, read=30, delivered=7) for _ in range(3)] == [False, False, True]
    # one message read and never delivered is a stall too (offset 40 of a log that ends at 41)
    assert [watch.stalled("articles", 1, 40, 41, read=40, delivered=7) for _ in range(3)] == [False, False, True]
    # the count starts again after a report, so a seek that did not hold is reported again later
    assert [watch.stalled("articles", 0, 20, 30, read=30, delivered=7) for _ in range(3)] == [False, False, True]


def test_a_partition_whose_read_offset_faust_forgot_is_stalled_when_its_topic_stands_still():
    # Faust sets its read offset to None when a seek back to committed offsets finds no commit,
    # and the records it discarded are not fetched again (aiokafka's position stays past them)
    watch = StallWatch(checks=3)
    assert [watch.stalled("articles", 0, 20, 30, read=None, delivered=20) for _ in range(3)] == [False, False, True]
    assert not any(watch.stalled("articles", 1, 20, 30, read=None, delivered=d) for d in range(20, 30))  # it moves


def test_a_fetched_partition_that_delivers_nothing_after_a_seek_back_is_stalled():
    # seen after a restart: Faust sought back to the commit (read offset 176), behind what the
    # stream had delivered (next 240), and no fetch of the partition returned anything
    watch = StallWatch(checks=3)
    assert [watch.stalled("articles", 1, 240, 249, read=176, delivered=9, held=False)
            for _ in range(3)] == [False, False, True]


def test_a_busy_or_waiting_stream_is_no_stall():
    watch = StallWatch(checks=3)
    # a busy agent: the expected offset moves between checks
    assert not any(watch.stalled("articles", 0, offset, 500, read=offset + 50, delivered=offset)
                   for offset in (20, 40, 60, 80, 100))
    # a backlog: the agent works on other partitions (the topic's progress moves) while this one waits
    assert not any(watch.stalled("articles", 3, 20, 25_000, read=400, delivered=d) for d in (100, 200, 300, 400))
    # a partition not yet fetched that far (held out of fetching while the stream's buffer is full)
    assert not any(watch.stalled("articles", 3, 20, 25_000, read=19, delivered=5, held=True) for _ in range(5))
    # caught up: nothing waits
    assert not any(watch.stalled("articles", 1, 30, 30, read=29, delivered=5) for _ in range(5))
    # partitions are followed apart, and forget() starts afresh
    watch.stalled("articles", 2, 5, 9, read=8, delivered=5)
    watch.stalled("articles", 2, 5, 9, read=8, delivered=5)
    watch.forget()
    assert not watch.stalled("articles", 2, 5, 9, read=8, delivered=5)


def test_the_topic_s_progress_counts_messages_delivered_in_order_on_any_partition():
    gaps = OffsetGaps()
    gaps.observe("articles", 0, 10)
    gaps.observe("articles", 1, 4)
    gaps.observe("articles", 0, 20)  # a jump: not delivered
    gaps.observe("articles-prepared", 0, 0)
    assert (gaps.delivered("articles"), gaps.delivered("articles-prepared"), gaps.delivered("x")) == (2, 1, 0)


class _Message:
    def __init__(self) -> None:
        self.acked = False


class _Consumer:
    def __init__(self) -> None:
        self._unacked_messages: set = set()


def test_a_message_set_aside_no_longer_holds_up_the_stop_and_its_ack_is_a_no_op():
    consumer, message = _Consumer(), _Message()
    consumer._unacked_messages.add(message)
    set_aside(consumer, message)
    assert message.acked  # Faust's Message.ack does nothing for an acked message
    assert message not in consumer._unacked_messages  # what the consumer's wait_empty waits for


class _AssignedConsumer:
    """Faust's consumer as the stall check reads it: assignment, high watermarks, committed and read offsets."""

    def __init__(self, highwater: dict[TP, int], committed: dict[TP, int], read: dict[TP, int],
                 active: set[TP] | None = None) -> None:
        self._highwater, self._committed_offset, self._read_offset = highwater, committed, read
        self._active_partitions = active
        self._unacked_messages: set = set()

    def assignment(self) -> set[TP]:
        return set(self._highwater) | {TP("articles-leaders-changelog", 0)}

    def highwater(self, tp: TP) -> int:
        return self._highwater[tp]


def test_stalled_partitions_checks_each_assigned_partition_of_the_agents_topics():
    a0, a1, a2, a3 = TP("articles", 0), TP("articles", 1), TP("articles", 2), TP("articles", 3)
    gaps = OffsetGaps()
    gaps.observe("articles", 0, 19)  # a0 delivered up to 19 and then nothing
    gaps.observe("articles", 1, 49)  # a1 caught up
    # a2: nothing delivered since the assignment, its reading began at the commit (5), read up to 9
    # a3: no commit and nothing delivered; Faust forgot its read offset: from the log's start
    consumer = _AssignedConsumer(highwater={a0: 30, a1: 50, a2: 10, a3: 4}, committed={a2: 5},
                                 read={a0: 30, a1: 49, a2: 9})
    stalls = StallWatch(checks=2)
    def check() -> list:
        return stalled_partitions(consumer, partition_states(consumer, gaps, {"articles"}, starts={}), gaps, stalls)

    assert check() == []
    found = check()
    assert sorted(found) == [(a0, 20, 29), (a2, 5, 9), (a3, 0, 3)]
    # read offsets behind the next offset: waiting to be fetched where Faust holds the partition
    # out of its fetches (a2), a stall where it fetches the partition (a0)
    consumer = _AssignedConsumer(highwater={a0: 30, a2: 10}, committed={a2: 5}, read={a0: 12, a2: 3}, active={a0})
    stalls = StallWatch(checks=1)
    assert check() == [(a0, 20, 29)]



class _BrokerAskingConsumer(_AssignedConsumer):
    """The stand-in above that also asks the broker, as Faust's consumer thread does (or fails to),
    for the group's commits (``group``) and the logs' starts (``starts``)."""

    def __init__(self, *args, starts: dict[TP, int] | None = None, group: dict[TP, int] | None = None,
                 **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.starts, self.group, self.asked = starts, group, []
        self._thread = SimpleNamespace(call_thread=self._call, _ensure_consumer=lambda: self)

    async def _call(self, fun, *args):
        return await fun(*args)

    async def committed(self, tp: TP) -> int | None:
        self.asked.append(("committed", tp))
        if self.group is None:
            raise TimeoutError("no broker answered")
        return self.group.get(tp)

    async def earliest_offsets(self, *partitions: TP) -> dict[TP, int]:
        self.asked.append(("earliest", *partitions))
        if self.starts is None:
            raise TimeoutError("no broker answered")
        return {tp: self.starts[tp] for tp in partitions}


def test_without_a_commit_reading_begins_at_the_log_start_the_broker_names():
    a0, a1, a2, a3 = TP("articles", 0), TP("articles", 1), TP("articles", 2), TP("articles", 3)
    gaps = OffsetGaps()
    gaps.observe("articles", 2, 7)  # a2: delivered this assignment
    # a1: a commit Faust knows; a3: a commit only the broker knows yet (a restart's first messages
    # come before Faust's seek to the committed offsets); a0: no commit, retention deleted 0..99
    consumer = _BrokerAskingConsumer(highwater={a0: 100, a1: 50, a2: 8, a3: 60}, committed={a1: 45},
                                     read={}, starts={a0: 100, a1: 0, a2: 0, a3: 0}, group={a3: 52})
    assert sorted(unstarted(consumer, gaps, {"articles"})) == [a0, a3]
    assert asyncio.run(reading_start(consumer, a1)) == 45 and consumer.asked == []  # Faust knows: nothing asked
    assert asyncio.run(reading_start(consumer, a3)) == 52  # the group's commit, not the log's start
    assert gaps.observe("articles", 3, 52, start=52) is None
    assert asyncio.run(reading_start(consumer, a0)) == 100  # where the log begins, not 0
    assert gaps.observe("articles", 0, 100, start=100) is None
    # The stall check holds the same partitions to the same starts: a0 holds nothing to read again.
    gaps = OffsetGaps()
    gaps.observe("articles", 2, 7)
    stalls = StallWatch(checks=1)
    starts = asyncio.run(reading_starts(consumer, unstarted(consumer, gaps, {"articles"})))
    assert starts == {a0: 100, a3: 52}
    assert sorted(stalled_partitions(consumer, partition_states(consumer, gaps, {"articles"}, starts), gaps,
                                     stalls)) == [(a1, 45, 49), (a3, 52, 59)]  # read nothing past their commits


def test_when_the_broker_does_not_answer_the_first_delivery_is_taken_as_it_comes():
    a0 = TP("articles", 0)
    consumer = _BrokerAskingConsumer(highwater={a0: 10}, committed={}, read={}, starts=None, group=None)
    assert asyncio.run(reading_starts(consumer, [a0])) == {}  # logged, asked again at the next check
    assert asyncio.run(reading_start(consumer, a0)) is None
    consumer.group = {}  # no commit, and no answer about the log's start
    assert asyncio.run(reading_starts(consumer, [a0])) == {}
    assert partition_states(consumer, OffsetGaps(), {"articles"}, {})[a0] == (0, None, 10)


def test_a_first_delivery_past_where_reading_began_names_the_offsets_never_delivered():
    a0, a1, a2, a3 = TP("articles", 0), TP("articles", 1), TP("articles", 2), TP("articles", 3)
    consumer = _BrokerAskingConsumer(highwater={}, committed={}, read={}, starts={a0: 0, a1: 0, a2: 0, a3: 40},
                                     group={a1: 30})

    async def run() -> list:
        gaps, firsts = OffsetGaps(), FirstDeliveries()
        for tp, offset in ((a0, 10), (a1, 35), (a2, 5), (a3, 40)):
            firsts.note(consumer, tp, offset)
            gaps.observe(tp.topic, tp.partition, offset)
        gaps.observe("articles", 2, 0)  # a2's first offsets came after all (Faust's own seek back)
        await asyncio.sleep(0)
        found = firsts.skipped(gaps)
        assert firsts.skipped(gaps) == []  # each partition is judged once per assignment
        return found

    # a0: no commit, the log starts at 0; a1: the group's commit is 30; a3: retention moved the start to 40
    assert sorted(asyncio.run(run())) == [(a0, 0, 9), (a1, 30, 34)]


def test_without_an_answer_or_after_a_rebalance_a_first_delivery_is_taken_as_it_came():
    a0 = TP("articles", 0)
    consumer = _BrokerAskingConsumer(highwater={}, committed={}, read={}, starts=None, group=None)

    async def run(forget: bool) -> list:
        gaps, firsts = OffsetGaps(), FirstDeliveries()
        firsts.note(consumer, a0, 10)
        gaps.observe("articles", 0, 10)
        if forget:
            firsts.forget()
        await asyncio.sleep(0)
        return firsts.skipped(gaps)

    assert asyncio.run(run(forget=False)) == []  # the broker did not answer: logged, not guessed
    consumer.starts, consumer.group = {a0: 0}, {}
    assert asyncio.run(run(forget=True)) == []  # the answer belonged to the old assignment
    assert asyncio.run(run(forget=False)) == [(a0, 0, 9)]


def test_a_partition_whose_messages_are_in_its_agents_hands_is_busy_not_stalled():
    a0 = TP("articles", 0)
    gaps = OffsetGaps()
    gaps.observe("articles", 0, 19)
    consumer = _AssignedConsumer(highwater={a0: 30}, committed={}, read={a0: 29})
    consumer._unacked_messages = [SimpleNamespace(tp=a0, offset=19)]  # e.g. a sequencer batch waiting on its flush
    stalls = StallWatch(checks=2)

    def check() -> list:
        return stalled_partitions(consumer, partition_states(consumer, gaps, {"articles"}, starts={}), gaps, stalls)

    assert [check() for _ in range(5)] == [[]] * 5
    consumer._unacked_messages.clear()  # acked, and still nothing more came
    assert check() == [] and check() == [(a0, 20, 29)]


def test_a_partition_whose_fetches_bring_nothing_new_gets_more_checks_before_it_counts_as_stalled():
    stalls = StallWatch(checks=2, quiet_factor=3)
    # read == delivered: Faust handed out all it fetched (the sequencer behind a busy input in a backlog)
    assert [stalls.stalled("articles-prepared", 0, 20, 500, 19, delivered=7, held=False) for _ in range(6)] == [
        False] * 5 + [True]
    # read behind what was delivered: Faust sought back and fetches nothing (the restart case): the usual two
    assert [stalls.stalled("articles", 1, 240, 249, 176, delivered=7, held=False) for _ in range(2)] == [False, True]
