"""Offsets a stream jumps over are reported and read again; redeliveries are not jumps.

No broker: OffsetGaps is a plain class, and read_again is checked on a stand-in for Faust's
consumer (its gap record and its seek). The restart tests of tests/test_reliability.py meet
the real race now and then (CI did: 161 articles of articles-prepared)."""

import asyncio

from intervaltree import IntervalTree

from worker.stream.offset_gaps import OffsetGaps, Skip, read_again


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


def test_partitions_and_topics_are_followed_apart():
    gaps = OffsetGaps()
    assert gaps.observe("articles", 0, 10) is None
    assert gaps.observe("articles", 1, 500) is None  # the first offset of a partition is no gap
    assert gaps.observe("articles-prepared", 0, 7) is None
    assert gaps.observe("articles", 1, 501) is None
    assert gaps.observe("articles", 0, 11) is None
    assert gaps.observe("articles-prepared", 0, 9) is None  # one offset: a transaction's commit marker
    assert gaps.observe("articles-prepared", 0, 12) == Skip(10, 11, new=True)


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

    async def seek(self, tp: str, offset: int) -> None:
        self.seeks.append((tp, offset))


def test_read_again_takes_back_faust_s_gap_record_and_seeks_to_the_first_skipped_offset():
    consumer = FaustConsumer()
    consumer._gap["tp"].addi(513, 674)  # what Faust's _add_gap recorded for the jump
    consumer._gap["tp"].addi(900, 905)  # an unrelated gap stays
    asyncio.run(read_again(consumer, "tp", 513, 673))
    assert sorted((i.begin, i.end) for i in consumer._gap["tp"]) == [(900, 905)]
    assert consumer.seeks == [("tp", 513)]
    asyncio.run(read_again(consumer, "other", 5, 7))  # no gap record for that partition: just the seek
    assert consumer.seeks[-1] == ("other", 5)
