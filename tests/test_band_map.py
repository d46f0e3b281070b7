"""BandMap (numpy hash table) against the dict it replaced: same ids for every lookup, same verdicts."""

from __future__ import annotations

import random
from typing import Any

from worker.articles.model import Article
from worker.corpus import generate
from worker.dedupe import DedupeIndex, DedupeState, fingerprint
from worker.dedupe.band_map import MAX_IDS_PER_BAND_KEY, BandMap


class DictBands:
    """The former representation, verbatim: band key -> id, or a list of the newest ids."""

    def __init__(self) -> None:
        self.bands: dict[int, Any] = {}
        self.by_q: dict[int, str] = {}

    @staticmethod
    def _ids_in(entry: Any) -> list[str]:
        if entry is None:
            return []
        return [entry] if isinstance(entry, str) else entry

    def ids(self, keys: list[int]) -> list[str]:
        seen: dict[str, None] = {}
        for key in keys:
            for article_id in self._ids_in(self.bands.get(key)):
                seen.setdefault(article_id, None)
        return list(seen)

    def add(self, keys: list[int], article_id: str, q: int) -> None:
        self.by_q[q] = article_id
        for key in keys:
            entry = self.bands.get(key)
            self.bands[key] = article_id if entry is None else [
                *self._ids_in(entry)[-(MAX_IDS_PER_BAND_KEY - 1):], article_id]

    def remove(self, keys: list[int], q: int) -> None:
        article_id = self.by_q.pop(q)
        for key in keys:
            ids = self._ids_in(self.bands.get(key))
            if article_id in ids:
                rest = [i for i in ids if i != article_id]
                if len(rest) > 1:
                    self.bands[key] = rest
                elif rest:
                    self.bands[key] = rest[0]
                else:
                    del self.bands[key]

    def clear(self) -> None:
        self.bands.clear()
        self.by_q.clear()

    def __len__(self) -> int:
        return len(self.bands)

    def to_dict(self) -> dict[int, list[str]]:
        return {key: list(self._ids_in(entry)) for key, entry in self.bands.items()}


def test_random_operations_match_the_dict() -> None:
    """Inserts and removals over a small key pool: keys shared by far more than the cap, removals
    in the middle of shared keys, growth and tombstone rehashes. Every lookup is compared."""
    rng = random.Random(5)
    pool = [rng.getrandbits(64) for _ in range(120)]
    pool += [(k & ~0x3FF) | 7 for k in pool[:40]]  # same home slot in a small table: long chains
    ref, new = DictBands(), BandMap()
    live: dict[int, list[int]] = {}
    lookups, fullest = 0, 0
    for q in range(1, 6001):
        if live and rng.random() < 0.45:
            victim = rng.choice(list(live))
            keys = live.pop(victim)
            ref.remove(keys, victim)
            new.remove(keys, victim)
        else:
            keys = rng.sample(pool, rng.randrange(1, 12))
            if rng.random() < 0.02:
                keys.append(keys[0])  # one article twice under a key, as a 64-bit collision would
            live[q] = keys
            ref.add(keys, f"a{q}", q)
            new.add(keys, f"a{q}", q)
        probe = rng.sample(pool, 6)
        assert new.ids(probe) == ref.ids(probe)
        for key in probe[:2]:
            assert new.ids([key]) == ref.ids([key])
        lookups += 8
        assert len(new) == len(ref)
        if q % 250 == 0:
            assert new.to_dict() == ref.to_dict()
            fullest = max(fullest, *map(len, ref.to_dict().values()))
    assert lookups == 48000
    assert fullest == MAX_IDS_PER_BAND_KEY  # the cap was reached (and, with 6,000 inserts, went past)
    new.clear()
    assert len(new) == 0 and new.ids(pool) == []


def _verdicts(index: DedupeIndex, articles: list[tuple[str, Any]], start: int) -> list[tuple[Any, ...]]:
    out = []
    for t, (article_id, fp) in enumerate(articles, start=start):
        v = index.check_and_add(article_id, fp, float(t), meta=t)
        out.append((v.kind, v.duplicate_of, v.meta))
    return out


def test_index_verdicts_match_the_dict_version() -> None:
    """A generated stream with republications, a window of 300 articles so expiry runs all along,
    then a rebuild from ``docs`` and more of the stream: verdicts identical to the dict version."""
    corpus = generate(1500, seed=4)
    articles = [(a["id"], fingerprint(Article(**a))) for a in corpus.articles]
    runs = []
    for bands in (DictBands(), BandMap()):
        state = DedupeState({}, {}, bands, {}, {})
        index = DedupeIndex(state, window_seconds=300, bucket_seconds=20)
        verdicts = _verdicts(index, articles[:1000], 0)
        index.rebuild()
        verdicts += _verdicts(index, articles[1000:], 1000)
        assert len(bands) > 0
        runs.append((verdicts, bands.to_dict()))
    (old, old_bands), (new, new_bands) = runs
    assert new == old
    assert new_bands == old_bands
    assert sum(kind is not None for kind, _, _ in new) > 50  # duplicates were found
