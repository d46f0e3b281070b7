"""Duplicate detection: exact repeats and republications (near-duplicates).

Usage::

    from worker.dedupe import DedupeIndex, DedupeState, fingerprint

    index = DedupeIndex(DedupeState.in_memory())  # or DedupeState.over_docs(a Faust table)
    verdict = index.check_and_add(article.id, fingerprint(article), timestamp)
    if verdict.kind in ("exact", "near"):
        ...  # drop it; verdict.duplicate_of names the first copy
    elif verdict.kind == "id_conflict":
        ...  # same id, different text: dead-letter topic

Modules: ``normalise`` (text -> words, exact key), ``minhash`` (shingle hashes,
signature, estimates), ``fingerprint`` (per-article, JSON-compatible),
``index`` (the windowed LSH index over caller-provided mappings), ``band_map`` (its
LSH buckets in flat arrays).
"""

from worker.dedupe.fingerprint import Fingerprint, fingerprint, fingerprint_text
from worker.dedupe.index import DedupeIndex, DedupeState, Verdict, is_near

__all__ = [
    "DedupeIndex",
    "DedupeState",
    "Fingerprint",
    "Verdict",
    "fingerprint",
    "fingerprint_text",
    "is_near",
]
