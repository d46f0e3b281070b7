"""The check that says so when nothing is delivered while messages wait. No broker here; the real
broker's side (a paused partition, the warning naming it) is in tests/test_stall_repair.py."""

from types import SimpleNamespace

from faust.types import TP

from worker.stream.offset_gaps import OffsetGaps, partition_states
from worker.stream.progress import ProgressWatch, describe, waiting


def test_no_delivery_while_messages_wait_is_reported_once_per_episode():
    watch = ProgressWatch(checks=3)
    assert [watch.stuck(waiting=40, delivered=7) for _ in range(5)] == [False, False, False, True, False]
    assert not watch.stuck(waiting=40, delivered=8)  # progress: a new episode may begin
    assert [watch.stuck(waiting=40, delivered=8) for _ in range(3)] == [False, False, True]


def test_a_busy_stream_or_an_idle_one_is_not_stuck():
    watch = ProgressWatch(checks=2)
    assert not any(watch.stuck(waiting=25_000, delivered=d) for d in range(0, 4000, 400))  # a backlog, worked on
    assert not any(watch.stuck(waiting=0, delivered=9) for _ in range(10))  # caught up, nothing to deliver


class _Consumer:
    """Faust's consumer as the check reads it."""

    def __init__(self) -> None:
        a0, a1, p0 = TP("articles", 0), TP("articles", 1), TP("articles-prepared", 0)
        self._highwater = {a0: 30, a1: 50, p0: 12}
        self._committed_offset = {a1: 45}
        self._read_offset = {a0: 19, a1: 44}
        self._paused_partitions = {a1}
        self._buffered_partitions = {p0}
        self._active_partitions = {a0}
        self.flow_active = False

    def assignment(self) -> set[TP]:
        return {*self._highwater, TP("articles-leaders-changelog", 0)}

    def highwater(self, tp: TP) -> int:
        if tp.topic == "articles-prepared":
            raise KeyError(tp)  # not fetched yet
        return self._highwater[tp]


def test_the_state_names_where_each_partition_stands_and_what_holds_faust():
    gaps = OffsetGaps()
    gaps.observe("articles", 0, 19)  # a0 delivered up to 19; a1 nothing yet (reading began at 45)
    consumer = _Consumer()
    states = partition_states(consumer, gaps, {"articles", "articles-prepared"}, starts={})
    assert states == {TP("articles", 0): (20, 19, 30), TP("articles", 1): (45, 44, 50),
                      TP("articles-prepared", 0): (0, None, None)}  # no commit, the log's start unknown: 0
    assert waiting(states) == 10 + 5
    app = SimpleNamespace(consumer=consumer, rebalancing=False, in_recovery=True)
    text = describe(app, states)
    assert "in_recovery=True" in text and "flow_active=False" in text and "paused=['articles[1]']" in text
    assert "buffered=['articles-prepared[0]']" in text and "not fetched=['articles-prepared[0]', 'articles[1]']" in text
    assert "articles[0] next 20 read 19 end 30" in text
