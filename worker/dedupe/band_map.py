"""The LSH band map of :mod:`worker.dedupe.index`: band key -> first articles, in two numpy arrays."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

#: Ids kept per band key. A band key shared by many first articles means shared
#: boilerplate, not a duplicate; the cap bounds the value size and the candidates read.
MAX_IDS_PER_BAND_KEY = 16

_EMPTY = -1  # a slot unused since the last rehash: it ends every chain through it
_DELETED = -2  # a tombstone: an insert may reuse it, a lookup probes on past it


class BandMap:
    """Band key (64-bit int) -> ids of the first articles filed under it, oldest first.

    Why not a dict: with 42 bands the map holds ~40 keys per remembered article, and a dict
    of int keys costs ~90 bytes a key (an int object, a dict slot, a list where a key is
    shared): 71 MB for 20,000 articles. Here each (band key, article) pair is one slot of an
    open-addressing table of two parallel numpy arrays, ``_keys`` (uint64) and ``_seqs``
    (int64: the article's insertion number "q", or _EMPTY / _DELETED): 16 bytes a slot at a
    load of 0.25-0.6, about 34 MB for the same articles. ``_ids`` maps each live q to its id.

    Probing is linear from slot ``key & mask`` (double hashing measured slower: every probe
    a cache miss); a key's chain runs to the first _EMPTY slot and holds all its articles.
    q grows with insertion, so a key's articles ordered by q are exactly the list the dict
    kept, and the cap drops the smallest q. Probing reads the arrays through memoryviews
    (plain Python ints: faster than numpy scalars); rehashing (growth, or clearing
    tombstones) is vectorised.
    """

    MAX_LOAD = 0.6  # (live + tombstone slots) / capacity that triggers a rehash
    REHASH_LOAD = 0.5  # a rehash picks the smallest power-of-two capacity keeping live slots under this
    MIN_CAPACITY = 1024

    def __init__(self, max_ids: int = MAX_IDS_PER_BAND_KEY) -> None:
        self.max_ids = max_ids
        self._ids: dict[int, str] = {}
        self._allocate(self.MIN_CAPACITY)

    # ------------------------------------------------------------------ public
    def ids(self, keys: Iterable[int]) -> list[str]:
        """Ids filed under ``keys``: key by key, each key's oldest first, each id once."""
        key_view, seq_view, mask = self._key_view, self._seq_view, self._mask
        seen: dict[int, None] = {}
        for key in keys:  # _probe inlined: this loop is the hot path of every check
            slot, found = key & mask, []
            while (q := seq_view[slot]) != _EMPTY:
                if q >= 0 and key_view[slot] == key:
                    found.append(q)
                slot = (slot + 1) & mask
            if found:
                seen.update(dict.fromkeys(sorted(found) if len(found) > 1 else found))
        return [self._ids[q] for q in seen]

    def add(self, keys: Iterable[int], article_id: str, q: int) -> None:
        """File an article (insertion number ``q``, larger than any before) under each key.

        A key that already holds ``max_ids`` articles forgets its oldest one.
        """
        keys = list(keys)
        self._reserve(len(keys))
        self._ids[q] = article_id
        key_view, seq_view = self._key_view, self._seq_view
        for key in keys:
            slots, free = self._probe(key)
            self._distinct += not slots
            if len(slots) >= self.max_ids:
                free = min(slots, key=seq_view.__getitem__)  # the oldest makes room
                self._live -= 1
            elif seq_view[free] == _EMPTY:
                self._used += 1
            key_view[free], seq_view[free] = key, q
            self._live += 1

    def remove(self, keys: Iterable[int], q: int) -> None:
        """Take the article with insertion number ``q`` out of each key (where the cap left it)."""
        key_view, seq_view, mask = self._key_view, self._seq_view, self._mask
        for key in keys:
            slot, held, dropped = key & mask, 0, 0
            while (seq := seq_view[slot]) != _EMPTY:
                if seq >= 0 and key_view[slot] == key:
                    held += 1
                    if seq == q:
                        seq_view[slot] = _DELETED
                        dropped += 1
                slot = (slot + 1) & mask
            self._live -= dropped
            self._distinct -= 0 < dropped == held
        self._ids.pop(q, None)

    def clear(self) -> None:
        self._ids.clear()
        self._allocate(self.MIN_CAPACITY)

    def __len__(self) -> int:
        """Distinct band keys (what ``len`` of the dict version counted)."""
        return self._distinct

    def to_dict(self) -> dict[int, list[str]]:
        """Every key with its ids, oldest first (iterates the table: for tests, not the hot path)."""
        live = np.flatnonzero(self._seqs >= 0)
        order = live[np.lexsort((self._seqs[live], self._keys[live]))]
        out: dict[int, list[str]] = {}
        for key, q in zip(self._keys[order].tolist(), self._seqs[order].tolist(), strict=True):
            out.setdefault(key, []).append(self._ids[q])
        return out

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, BandMap):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __deepcopy__(self, memo: dict[int, Any]) -> BandMap:
        copy = BandMap(self.max_ids)
        copy._ids = dict(self._ids)
        copy._set_arrays(self._keys.copy(), self._seqs.copy())
        copy._live, copy._used, copy._distinct = self._live, self._used, self._distinct
        return copy

    # ---------------------------------------------------------------- internals
    def _probe(self, key: int) -> tuple[list[int], int]:
        """The key's live slots (in probe order, not q order), and the first free slot
        (tombstone, else the _EMPTY slot that ends the chain)."""
        key_view, seq_view, mask = self._key_view, self._seq_view, self._mask
        slot, found, free = key & mask, [], -1
        while (q := seq_view[slot]) != _EMPTY:
            if q >= 0:
                if key_view[slot] == key:
                    found.append(slot)
            elif free < 0:
                free = slot
            slot = (slot + 1) & mask
        return found, slot if free < 0 else free

    def _allocate(self, capacity: int) -> None:
        self._set_arrays(np.zeros(capacity, dtype=np.uint64), np.full(capacity, _EMPTY, dtype=np.int64))
        self._live = 0  # slots holding an article
        self._used = 0  # slots not _EMPTY (live and tombstones)
        self._distinct = 0  # distinct keys among the live slots

    def _set_arrays(self, keys: np.ndarray, seqs: np.ndarray) -> None:
        self._keys, self._seqs = keys, seqs
        self._key_view, self._seq_view = memoryview(keys), memoryview(seqs)
        self._mask = len(keys) - 1

    def _reserve(self, extra: int) -> None:
        """Rehash before ``extra`` inserts could push the load past MAX_LOAD (growing if needed)."""
        if self._used + extra <= self.MAX_LOAD * len(self._keys):
            return
        capacity = self.MIN_CAPACITY
        while self._live + extra > self.REHASH_LOAD * capacity:
            capacity *= 2
        live = np.flatnonzero(self._seqs >= 0)
        keys, seqs, distinct = self._keys[live], self._seqs[live], self._distinct
        self._allocate(capacity)
        self._place(keys, seqs)
        self._distinct = distinct

    def _place(self, keys: np.ndarray, seqs: np.ndarray) -> None:
        """Insert entries into an empty table, all at once: each round puts every entry whose
        current slot is free (one entry per slot) and moves the others one slot on."""
        pos = (keys & np.uint64(self._mask)).astype(np.intp)
        pending = np.arange(len(keys))
        while len(pending):
            at = pos[pending]
            free = np.flatnonzero(self._seqs[at] == _EMPTY)
            _, first = np.unique(at[free], return_index=True)
            won = free[first]
            placed = pending[won]
            self._keys[pos[placed]] = keys[placed]
            self._seqs[pos[placed]] = seqs[placed]
            pending = np.delete(pending, won)
            pos[pending] = (pos[pending] + 1) & self._mask
        self._live = self._used = len(keys)
