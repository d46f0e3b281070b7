"""The dedupe index's LSH buckets: band key -> the first articles that share it.

Why not a dict: with 42 bands every article in the window has 42 keys, so a 20,000-article
window holds about 600,000 of them. As ``dict[int, str | list[str]]`` that was 67 MiB
(measured with a deep ``getsizeof`` after 100,000 benchmark articles: the dict's table,
a 32-byte int object per key, a small list per shared key), and the sliding window
allocates and frees those small objects all the time, which fragments the heap. Here
the keys and values sit in two flat ``array.array`` columns (4 + 8 bytes a slot), an
open-addressing table with linear probing in which a key appears once per article
sharing it (a multimap).

Keys are cut to 32 bits. Two bands' keys colliding costs a wasted candidate (every
candidate's signature is compared before it counts as a duplicate) and a share of one
key's cap; at 600,000 entries a new article's 42 keys meet a stranger's about once in
170 articles (42 x 600,000 / 2**32).

Removed entries leave a tombstone, so that probing still walks past them; once live
entries and tombstones fill three quarters of the table it is rebuilt at a size fitted
to the live entries (at most half full), which also sheds the tombstones. The table
therefore grows to fit the window and then stays that size: the window's churn
reuses it.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable

#: Ids kept per band key. A band key shared by many first articles means shared
#: boilerplate, not a duplicate; the cap bounds the candidates read.
MAX_IDS_PER_KEY = 16

_EMPTY = 0
_DELETED = 1
_LOW32 = 0xFFFFFFFF
_MIN_SLOTS = 1 << 10


def _short(key: int) -> int:
    """A band key cut to the 32 bits the table stores (0 and 1 mark empty and deleted slots)."""
    k = key & _LOW32
    return k + 2 if k < 2 else k


class BandMap:
    """A multimap from band keys to article ids, in flat arrays (see the module docstring).

    Each entry carries the article's insertion number (``seq``, its doc's ``"q"``): the
    cap per key drops the oldest, and :meth:`remove` finds an article's own entries.
    """

    def __init__(self) -> None:
        self._reset(_MIN_SLOTS)

    def _reset(self, slots: int) -> None:
        self._mask = slots - 1
        self._keys = array("I", bytes(4 * slots))
        self._seqs = array("Q", bytes(8 * slots))
        self._live = 0
        self._deleted = 0
        #: seq -> article id, for the articles with entries.
        self._ids: dict[int, str] = {}

    def __len__(self) -> int:
        """Live (key, article) entries."""
        return self._live

    @property
    def slots(self) -> int:
        return self._mask + 1

    def clear(self) -> None:
        self._reset(_MIN_SLOTS)

    def candidates(self, keys: Iterable[int]) -> list[str]:
        """Ids of the articles that share at least one of ``keys``, each once."""
        found: dict[str, None] = {}
        table, seqs, mask, ids = self._keys, self._seqs, self._mask, self._ids
        for key in keys:
            k = _short(key)
            i = k & mask
            while (at := table[i]) != _EMPTY:
                if at == k:
                    found.setdefault(ids[seqs[i]], None)
                i = (i + 1) & mask
        return list(found)

    def add(self, keys: Iterable[int], article_id: str, seq: int) -> None:
        """File ``article_id`` (inserted as number ``seq``) under each of ``keys``; a key
        already holding :data:`MAX_IDS_PER_KEY` articles drops its oldest."""
        table, seqs, mask = self._keys, self._seqs, self._mask
        self._ids[seq] = article_id
        for key in keys:
            k = _short(key)
            i = k & mask
            free = -1
            sharing: list[int] = []
            while (at := table[i]) != _EMPTY:
                if at == k:
                    sharing.append(i)
                elif at == _DELETED and free < 0:
                    free = i
                i = (i + 1) & mask
            while len(sharing) >= MAX_IDS_PER_KEY:
                oldest = min(sharing, key=seqs.__getitem__)
                sharing.remove(oldest)
                table[oldest] = _DELETED
                self._live -= 1
                self._deleted += 1
            if free < 0:
                free = i
            else:
                self._deleted -= 1
            table[free] = k
            seqs[free] = seq
            self._live += 1
        if (self._live + self._deleted) * 4 > self.slots * 3:
            self._rebuild()

    def remove(self, keys: Iterable[int], seq: int) -> None:
        """Forget article number ``seq`` under each of ``keys`` (the keys it was added with)."""
        table, seqs, mask = self._keys, self._seqs, self._mask
        for key in keys:
            k = _short(key)
            i = k & mask
            while (at := table[i]) != _EMPTY:
                if at == k and seqs[i] == seq:
                    table[i] = _DELETED
                    self._live -= 1
                    self._deleted += 1
                    break
                i = (i + 1) & mask
        self._ids.pop(seq, None)

    def _entries(self) -> list[tuple[int, int]]:
        table, seqs = self._keys, self._seqs
        return [(table[i], seqs[i]) for i in range(self.slots) if table[i] > _DELETED]

    def _rebuild(self) -> None:
        """Re-file the live entries in a table at most half full (growing or shrinking it).

        Straight from the old arrays to the new ones: a list of the 600,000 entries as
        Python tuples would itself take about 70 MB for a moment (a tuple and two ints,
        about 120 bytes, each), more than the arrays save."""
        old_keys, old_seqs, live, ids = self._keys, self._seqs, self._live, self._ids
        slots = _MIN_SLOTS
        while slots < 2 * live:
            slots *= 2
        self._reset(slots)
        table, seqs, mask = self._keys, self._seqs, self._mask
        kept: dict[int, str] = {}
        for j, k in enumerate(old_keys):
            if k > _DELETED:
                seq = old_seqs[j]
                i = k & mask
                while table[i] != _EMPTY:
                    i = (i + 1) & mask
                table[i] = k
                seqs[i] = seq
                if seq not in kept:
                    kept[seq] = ids[seq]
        self._live = live
        self._ids = kept

    def as_dict(self) -> dict[int, list[str]]:
        """Stored key -> ids oldest first (iterates the whole table: for tests)."""
        out: dict[int, list[tuple[int, str]]] = {}
        for k, seq in self._entries():
            out.setdefault(k, []).append((seq, self._ids[seq]))
        return {k: [article_id for _, article_id in sorted(pairs)] for k, pairs in out.items()}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BandMap) and self.as_dict() == other.as_dict()

    __hash__ = None  # type: ignore[assignment]  # mutable
