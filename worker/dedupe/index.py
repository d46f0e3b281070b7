"""Near-duplicate index whose whole state lives in caller-provided mappings.

State layout (every mapping is a plain dict in tests; in the worker ``docs`` is a
changelog-backed Faust table, so its values are JSON, and the rest are plain dicts
rebuilt from it after a recovery, see :meth:`DedupeIndex.rebuild`)::

    docs     article id -> {"h": exact key, "s": signature b64, "n": shingle count,
                            "w": word count, "t": time bucket, "d": id of the first
                            article if this one was a duplicate, else None,
                            "q": insertion number, "m": caller's meta value}
    exact    exact key  -> article id that brought this text (its doc says "d")
    bands    band key -> ids of the first articles that share it: LSH buckets of *first*
             articles only, a :class:`~worker.dedupe.band_map.BandMap` (in memory only,
             see ``rebuild``)
    buckets  "<time bucket>" -> {"ids": [article ids inserted then], "next": next bucket or None}
    meta     "clock" (latest timestamp seen), "head"/"tail" (oldest/newest live time
             bucket), "count" (live docs), "seq" (insertion counter)

Why this shape: Faust tables persist per key and are slow to iterate, so no
operation iterates a mapping. A check reads ``docs[id]``, ``exact[key]``, one
key per band and the docs of the candidates those keys name; an insert writes
``docs``, ``exact``, the band keys, the current time bucket and ``meta``:
O(bands) keys per article. Values read from a table are never mutated in
place (a Faust table only persists on assignment): new values are assigned.

Expiry is incremental. Time buckets form a linked list in insertion order
(the clock only moves forward), so each call pops just the buckets that fell
out of the window, and removes their docs from ``docs``, ``exact`` and
``bands``. With ``max_docs`` the oldest buckets also go once the live count
exceeds it. Once the window is full the state therefore stays flat.

Only first articles are entered in the LSH bands: a republication of a
republication is matched against the original (the stream's first copy), and
duplicates add no band keys. Duplicates still get a ``docs`` entry (with their
signature) so that a redelivery is answered "exact" and a reused id with other
text can be told apart ("id_conflict").
"""

from __future__ import annotations

import binascii
from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np

from worker.dedupe import minhash
from worker.dedupe.band_map import BandMap
from worker.dedupe.fingerprint import Fingerprint

#: Default window: 30 days of the caller's timestamps (seconds).
DEFAULT_WINDOW_SECONDS = 30 * 24 * 3600.0
#: Default time-bucket width for expiry: one hour.
DEFAULT_BUCKET_SECONDS = 3600.0
#: LSH bands x rows = 42 x 3 over 126 of the 128 slots: a pair with J = 0.47 (the weakest
#: measured republication) becomes a candidate with P = 1 - (1 - J^3)^42 = 0.99, one with
#: J = 0.2 (two releases on one template) with P = 0.29, unrelated news (J <= 0.01) with
#: P < 1e-4. 32 x 4 missed 20% of pairs at J = 0.47; 64 x 2 would read ~15% of same-topic docs.
DEFAULT_BANDS = 42
#: Decision thresholds, measured in tests/test_dedupe_measure.py (run it as a script):
#: republications had estimated containment >= 0.72 (long) / >= 0.64 (short, 2 words of
#: ~25 changed), distinct articles <= 0.34 (two releases on one template; two outlets on
#: one event <= 0.12). A pair is a near-duplicate when the smaller text is mostly
#: contained in the larger one...
MIN_CONTAINMENT = 0.50
#: ...and the two are not wildly different in size (a short brief quoted inside a long
#: feature is not a republication of it).
MIN_JACCARD = 0.30
#: Texts below this many words have few shingles, so they need a higher bar
#: (estimation noise and the weight of one shared phrase both grow as the text shrinks).
SHORT_WORDS = 50
MIN_CONTAINMENT_SHORT = 0.55

_C = np.uint64(0x9E3779B97F4A7C15)


class DedupeState(NamedTuple):
    """The five mappings an index keeps its state in (see the module docstring)."""

    docs: MutableMapping[str, Any]
    exact: MutableMapping[str, Any]
    bands: BandMap
    buckets: MutableMapping[str, Any]
    meta: MutableMapping[str, Any]

    @classmethod
    def in_memory(cls) -> DedupeState:
        """All in memory (dicts and a band map): for tests and the offline pipeline."""
        return cls.over_docs({})

    @classmethod
    def over_docs(cls, docs: MutableMapping[str, Any]) -> DedupeState:
        """``docs`` as given (the worker's durable table), the derived rest in memory,
        empty until :meth:`DedupeIndex.rebuild`."""
        return cls(docs, {}, BandMap(), {}, {})

    def entry_count(self) -> int:
        """Keys across all mappings (iterates: for tests and metrics, not the hot path)."""
        return sum(len(m) for m in self)


@dataclass(frozen=True, slots=True)
class Verdict:
    """Outcome of :meth:`DedupeIndex.check_and_add`.

    ``kind``: None (new, remembered), "exact", "near", or "id_conflict" (the id
    was seen with different text that is not a near-duplicate: dead-letter it).
    ``duplicate_of``: the first article's id (for a same-id repeat, that id).
    ``similarity``: the estimated containment that decided a "near" verdict.
    ``meta``: the caller's opaque value stored with the matched article (for a
    same-id repeat, that article's own; for a duplicate of another article, the
    first article's; for a new article, the value just given). The sequencer
    keeps the Kafka offset of the first acceptance there, so a redelivery can
    re-apply with the original offset.
    """

    kind: str | None
    duplicate_of: str | None = None
    similarity: float | None = None
    meta: Any = None

    @property
    def is_duplicate(self) -> bool:
        return self.kind in ("exact", "near")


def _meta_of(doc: dict[str, Any] | None) -> Any:
    return None if doc is None else doc.get("m")


def is_near(j: float, size_a: int, size_b: int, words_a: int, words_b: int) -> tuple[bool, float]:
    """Decision rule for two texts given the Jaccard estimate; returns (near?, containment)."""
    if size_a == 0 or size_b == 0:
        return False, 0.0
    c = minhash.containment(j, size_a, size_b)
    floor = MIN_CONTAINMENT_SHORT if min(words_a, words_b) < SHORT_WORDS else MIN_CONTAINMENT
    return (c >= floor and j >= MIN_JACCARD), c


def band_keys(sig: np.ndarray, bands: int) -> list[int]:
    """One key per LSH band: the band number and the band's rows folded into 64 bits.

    Ints, not strings: :class:`BandMap` stores them in a flat array.
    """
    rows = minhash.NUM_SLOTS // bands
    grid = sig[: bands * rows].astype(np.uint64).reshape(bands, rows)
    acc = np.arange(1, bands + 1, dtype=np.uint64)  # the band number seeds the fold: bands don't share keys
    with np.errstate(over="ignore"):
        for r in range(rows):
            acc = (acc * _C) ^ grid[:, r]
        minhash._fmix64(acc)
    return acc.tolist()


class DedupeIndex:
    """Exact and near-duplicate detection over a sliding window of the stream.

    ``window_seconds`` and ``bucket_seconds`` are in the caller's timestamp unit
    (seconds of the stream's own time, e.g. Kafka record timestamps), so a replay
    expires entries the same way as the live stream did. ``max_docs`` optionally
    caps the live documents (whole oldest buckets are dropped past it).
    """

    def __init__(
        self,
        state: DedupeState,
        *,
        window_seconds: float = DEFAULT_WINDOW_SECONDS,
        bucket_seconds: float = DEFAULT_BUCKET_SECONDS,
        max_docs: int | None = None,
        bands: int = DEFAULT_BANDS,
    ) -> None:
        if not 1 <= bands <= minhash.NUM_SLOTS:
            raise ValueError(f"bands must be in 1..{minhash.NUM_SLOTS}")
        if window_seconds <= 0 or bucket_seconds <= 0:
            raise ValueError("window_seconds and bucket_seconds must be positive")
        self.state = state
        self.window_seconds = float(window_seconds)
        self.bucket_seconds = float(bucket_seconds)
        self.max_docs = max_docs
        self.bands = bands

    # ------------------------------------------------------------------ public
    def check_and_add(self, article_id: str, fp: Fingerprint, timestamp: float, meta: Any = None) -> Verdict:
        """Classify an article and remember it (with ``meta``, any JSON value); see :class:`Verdict`.

        Idempotent: a redelivery (same id, same text) answers "exact" with the
        same ``duplicate_of`` and writes nothing. Only "new" and duplicate
        verdicts write state; "id_conflict" writes nothing.
        """
        clock = self._advance(timestamp)
        docs = self.state.docs
        sig = fp.signature()

        seen = docs.get(article_id)
        if seen is not None:
            first = seen["d"] or article_id
            if seen["h"] == fp.exact:
                return Verdict("exact", first, 1.0, seen.get("m"))
            near, c = is_near(
                minhash.jaccard(sig, minhash.decode(seen["s"])), fp.size, seen["n"], fp.words, seen["w"]
            )
            if near:
                return Verdict("near", first, c, seen.get("m"))
            return Verdict("id_conflict", article_id, None, seen.get("m"))

        owner = self.state.exact.get(fp.exact)
        if owner is not None:
            owner_doc = docs.get(owner)
            if owner_doc is not None:
                first = owner_doc["d"] or owner
                first_meta = owner_doc.get("m") if first == owner else _meta_of(docs.get(first))
                self._remember(article_id, fp, self._bucket_for(timestamp, clock), first, None, meta)
                return Verdict("exact", first, 1.0, first_meta)

        keys = band_keys(sig, self.bands)
        best = self._nearest(sig, fp, self.state.bands.candidates(keys))
        if best is not None:
            self._remember(article_id, fp, self._bucket_for(timestamp, clock), best[2], None, meta)
            return Verdict("near", best[2], best[0], best[3])

        self._remember(article_id, fp, self._bucket_for(timestamp, clock), None, keys, meta)
        return Verdict(None, None, None, meta)

    def rebuild(self) -> int:
        """Recompute ``exact``, ``bands``, ``buckets`` and ``meta`` from ``docs``; return the doc count.

        Only ``docs`` needs to be durable: every other mapping is an index over it. The
        worker keeps ``docs`` in a changelog-backed table and the rest in plain dicts,
        rebuilt here after every table recovery, so an article costs one durable write
        instead of one per band.
        """
        st = self.state
        for derived in (st.exact, st.bands, st.buckets, st.meta):
            derived.clear()
        ordered = sorted(st.docs.items(), key=lambda item: item[1]["q"])
        for article_id, doc in ordered:
            if st.exact.get(doc["h"]) is None:
                st.exact[doc["h"]] = article_id
            if doc["d"] is None:
                st.bands.add(band_keys(minhash.decode(doc["s"]), self.bands), article_id, doc["q"])
            self._add_to_bucket(doc["t"], article_id)
        if ordered:
            st.meta["seq"] = ordered[-1][1]["q"]
            st.meta["count"] = len(ordered)
            st.meta["clock"] = max(doc["t"] for _, doc in ordered) * self.bucket_seconds
        return len(ordered)

    # ---------------------------------------------------------------- internals
    def _nearest(self, sig: np.ndarray, fp: Fingerprint, candidates: list[str]) -> tuple[float, int, str, Any] | None:
        """The candidate ``fp`` is a near-duplicate of, as (containment, seq, id, meta), or None.

        The most similar wins; on a tie the earlier article (smaller seq) does. The Jaccard
        estimates of all candidates come from one comparison of their stacked signatures:
        shared boilerplate gives some articles dozens of candidates, and one at a time they
        cost about 10 µs each (mostly decoding). Only those at :data:`MIN_JACCARD` or above,
        which :func:`is_near` could accept, are looked at one by one.
        """
        docs = self.state.docs
        found = [(candidate, doc) for candidate in candidates if (doc := docs.get(candidate)) is not None]
        if not found:
            return None
        stacked = np.frombuffer(b"".join(binascii.a2b_base64(doc["s"]) for _, doc in found), dtype="<u4")
        agree = np.count_nonzero(stacked.reshape(len(found), minhash.NUM_SLOTS) == sig, axis=1)
        best: tuple[float, int, str, Any] | None = None
        for i in np.flatnonzero(agree >= MIN_JACCARD * minhash.NUM_SLOTS).tolist():
            candidate, doc = found[i]
            near, c = is_near(int(agree[i]) / minhash.NUM_SLOTS, fp.size, doc["n"], fp.words, doc["w"])
            if near and (best is None or (c, -doc["q"]) > (best[0], -best[1])):
                best = (c, doc["q"], candidate, doc.get("m"))
        return best

    def _bucket_of(self, clock: float) -> int:
        return int(clock // self.bucket_seconds)

    def _bucket_for(self, timestamp: float, clock: float) -> int:
        """The time bucket a new doc is filed under.

        Normally the clock's. A late article (its timestamp behind the clock: another input
        partition lagging, a backlog replayed) goes to its own bucket if that is still live,
        so it is forgotten when its own time leaves the window; filing every late article
        under the clock let a lagging partition's backlog outlive the window (40,467 docs
        against about 23,600 expected in a 100,000-article run). If its bucket has already
        expired it goes to the oldest live one, and if its bucket was never opened, to the
        clock's: buckets are only ever appended, so expiry stays a walk from the head.
        """
        bucket = self._bucket_of(clock)
        own = self._bucket_of(timestamp)
        if own >= bucket:
            return bucket
        if str(own) in self.state.buckets:
            return own
        head = self.state.meta.get("head")
        if head is not None and own < head:
            return head
        return bucket

    def _advance(self, timestamp: float) -> float:
        """Move the stream clock forward (never back) and expire what fell out of the window."""
        meta = self.state.meta
        clock = meta.get("clock")
        if clock is None or timestamp > clock:
            clock = float(timestamp)
            meta["clock"] = clock
        horizon = clock - self.window_seconds
        head = meta.get("head")
        while head is not None and (head + 1) * self.bucket_seconds <= horizon:
            head = self._expire_bucket(head)
        return clock

    def _remember(
        self,
        article_id: str,
        fp: Fingerprint,
        bucket: int,
        duplicate_of: str | None,
        keys: list[int] | None,
        meta_value: Any,
    ) -> None:
        st = self.state
        meta = st.meta
        seq = meta.get("seq", 0) + 1
        meta["seq"] = seq
        st.docs[article_id] = {
            "h": fp.exact, "s": fp.sig, "n": fp.size, "w": fp.words, "t": bucket, "d": duplicate_of, "q": seq,
            "m": meta_value,
        }
        if st.exact.get(fp.exact) is None:
            st.exact[fp.exact] = article_id
        if keys is not None:
            st.bands.add(keys, article_id, seq)
        self._add_to_bucket(bucket, article_id)
        meta["count"] = meta.get("count", 0) + 1
        if self.max_docs is not None:
            head = meta.get("head")
            while meta["count"] > self.max_docs and head is not None and head != meta.get("tail"):
                head = self._expire_bucket(head)

    def _add_to_bucket(self, bucket: int, article_id: str) -> None:
        meta, buckets = self.state.meta, self.state.buckets
        tail = meta.get("tail")
        current = buckets.get(str(bucket))
        if current is None:
            buckets[str(bucket)] = {"ids": [article_id], "next": None}
            if tail is not None and tail != bucket:
                prev = buckets.get(str(tail))
                if prev is not None:
                    buckets[str(tail)] = {"ids": prev["ids"], "next": bucket}
            meta["tail"] = bucket
            if meta.get("head") is None:
                meta["head"] = bucket
        else:
            # Buckets are derived, in-memory state (see ``rebuild``): appending in place keeps an
            # insert O(1); copying the list would make a busy hour quadratic.
            current["ids"].append(article_id)

    def _expire_bucket(self, bucket: int) -> int | None:
        """Forget every doc inserted in ``bucket``; return the next live bucket."""
        st = self.state
        entry = st.buckets.pop(str(bucket), None)
        nxt = entry["next"] if entry is not None else None
        removed = 0
        for article_id in entry["ids"] if entry is not None else ():
            doc = st.docs.get(article_id)
            if doc is None or doc["t"] != bucket:
                continue
            del st.docs[article_id]
            removed += 1
            if st.exact.get(doc["h"]) == article_id:
                del st.exact[doc["h"]]
            if doc["d"] is None:
                st.bands.remove(band_keys(minhash.decode(doc["s"]), self.bands), doc["q"])
        meta = st.meta
        meta["count"] = max(0, meta.get("count", 0) - removed)
        meta["head"] = nxt
        if nxt is None:
            meta["tail"] = None
        return nxt
