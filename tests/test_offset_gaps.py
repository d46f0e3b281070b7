"""Offsets a stream jumps over are reported, redeliveries are not (no broker: a plain class)."""

from worker.stream.offset_gaps import OffsetGaps


def test_consecutive_offsets_are_no_gap_and_a_jump_names_the_skipped_ones():
    gaps = OffsetGaps()
    assert [gaps.observe("articles", 0, o) for o in (144, 145, 146)] == [None, None, None]
    assert gaps.observe("articles", 0, 150) == (147, 149)
    assert gaps.observe("articles", 0, 151) is None
    assert gaps.observe("articles", 0, 153) == (152, 152)  # one message is a gap too


def test_partitions_and_topics_are_followed_apart():
    gaps = OffsetGaps()
    assert gaps.observe("articles", 0, 10) is None
    assert gaps.observe("articles", 1, 500) is None  # the first offset of a partition is no gap
    assert gaps.observe("articles-prepared", 0, 7) is None
    assert gaps.observe("articles", 1, 501) is None
    assert gaps.observe("articles", 0, 11) is None
    assert gaps.observe("articles-prepared", 0, 9) == (8, 8)


def test_a_redelivery_from_an_earlier_offset_is_followed_from_there():
    gaps = OffsetGaps()
    for offset in range(100, 120):
        gaps.observe("articles", 2, offset)
    assert gaps.observe("articles", 2, 90) is None  # a seek back to the committed offset
    assert gaps.observe("articles", 2, 91) is None
    assert gaps.observe("articles", 2, 93) == (92, 92)


def test_after_a_rebalance_a_partition_may_come_back_further_on():
    gaps = OffsetGaps()
    gaps.observe("articles", 3, 10)
    gaps.forget()
    assert gaps.observe("articles", 3, 400) is None  # another worker read 11..399 meanwhile


def test_the_first_message_of_an_assignment_is_checked_against_where_reading_began():
    gaps = OffsetGaps()
    assert gaps.observe("articles-prepared", 0, 201, start=201) is None
    assert gaps.observe("articles-prepared", 0, 202, start=201) is None  # start only counts at first
    gaps.forget()
    # a restart whose first delivered record is already past a gap (seen: 201..360 skipped)
    assert gaps.observe("articles-prepared", 0, 361, start=201) == (201, 360)
    assert gaps.observe("articles", 2, 0, start=None) is None  # a fresh group: no committed offset
