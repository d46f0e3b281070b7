"""The dedupe index's band map against a plain dict model of it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from worker.dedupe.band_map import MAX_IDS_PER_KEY, BandMap, _short


class DictModel:
    """What the band map must answer: key -> the newest MAX_IDS_PER_KEY (seq, id) pairs."""

    def __init__(self) -> None:
        self.rows: dict[int, list[tuple[int, str]]] = {}

    def add(self, keys: list[int], article_id: str, seq: int) -> None:
        for key in keys:
            row = self.rows.setdefault(_short(key), [])
            row.append((seq, article_id))
            row.sort()
            del row[:-MAX_IDS_PER_KEY]

    def remove(self, keys: list[int], seq: int) -> None:
        for key in keys:
            row = [pair for pair in self.rows.get(_short(key), []) if pair[0] != seq]
            if row:
                self.rows[_short(key)] = row
            else:
                self.rows.pop(_short(key), None)

    def candidates(self, keys: list[int]) -> set[str]:
        return {article_id for key in keys for _, article_id in self.rows.get(_short(key), [])}

    def as_dict(self) -> dict[int, list[str]]:
        return {k: [article_id for _, article_id in row] for k, row in self.rows.items()}


# A small key space (many articles share keys, so the per-key cap and long probe runs are
# exercised) mixed with 64-bit keys (which the map cuts to 32 bits; 0 and 1 are its markers).
_keys = st.lists(st.one_of(st.integers(0, 40), st.integers(0, 2**64 - 1)), min_size=1, max_size=42, unique=True)


@settings(max_examples=60, deadline=None)
@given(ops=st.lists(st.tuples(st.booleans(), _keys), min_size=1, max_size=300))
def test_matches_a_dict_through_adds_removes_and_rebuilds(ops: list[tuple[bool, list[int]]]) -> None:
    bands, model = BandMap(), DictModel()
    added: list[tuple[list[int], int]] = []
    for seq, (remove, keys) in enumerate(ops, start=1):
        if remove and added:
            old_keys, old_seq = added.pop(len(added) // 2)
            bands.remove(old_keys, old_seq)
            model.remove(old_keys, old_seq)
        else:
            bands.add(keys, f"a{seq}", seq)
            model.add(keys, f"a{seq}", seq)
            added.append((keys, seq))
        assert set(bands.candidates(keys)) == model.candidates(keys)
    assert bands.as_dict() == model.as_dict()
    assert len(bands) == sum(len(row) for row in model.rows.values())


def test_cap_keeps_the_newest_articles_of_a_key() -> None:
    bands = BandMap()
    for seq in range(1, MAX_IDS_PER_KEY + 5):
        bands.add([7], f"a{seq}", seq)
    assert set(bands.candidates([7])) == {f"a{seq}" for seq in range(5, MAX_IDS_PER_KEY + 5)}
    assert len(bands) == MAX_IDS_PER_KEY


def test_a_sliding_window_reuses_the_table_instead_of_growing_it() -> None:
    """500 articles of 42 keys live at a time, 5,000 through: the table grows to fit the
    window, then the churn fills tombstones and rebuilds at the same size."""
    bands = BandMap()
    window, sizes = 500, []
    for seq in range(1, 5001):
        keys = [hash((seq, band)) & (2**64 - 1) for band in range(42)]
        bands.add(keys, f"a{seq}", seq)
        if seq > window:
            old = seq - window
            bands.remove([hash((old, band)) & (2**64 - 1) for band in range(42)], old)
        if seq % 500 == 0:
            sizes.append(bands.slots)
    assert len(bands) == window * 42
    assert len(set(sizes[1:])) == 1, sizes  # flat once the window is full
    assert bands.slots <= 4 * window * 42
    assert len(bands._ids) == window


def test_rebuild_keeps_every_entry_and_forgets_articles_without_one() -> None:
    bands = BandMap()
    for seq in range(1, 100):
        bands.add([seq, 1000 + seq], f"a{seq}", seq)
    before = bands.as_dict()
    bands.remove([5, 1005], 5)
    bands._rebuild()
    assert bands.as_dict() == {k: v for k, v in before.items() if v != ["a5"]}
    assert 5 not in bands._ids and 6 in bands._ids
