"""Per-article fingerprint: computed once, stored as JSON-compatible values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from worker.articles.model import Article
from worker.dedupe import minhash
from worker.dedupe.normalise import exact_key, normalise


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What the index needs to know about an article's text, and nothing else.

    ``exact``: digest of the normalised words (exact repeats under any id);
    ``sig``: base64 MinHash signature (near-duplicates); ``size``: number of
    distinct shingles (turns the Jaccard estimate into containment);
    ``words``: word count (short texts get stricter treatment). All four are
    JSON scalars because the index keeps them in changelog-backed tables.
    """

    exact: str
    sig: str
    size: int
    words: int

    def signature(self) -> np.ndarray:
        return minhash.decode(self.sig)

    def to_dict(self) -> dict[str, Any]:
        return {"exact": self.exact, "sig": self.sig, "size": self.size, "words": self.words}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fingerprint:
        return cls(exact=data["exact"], sig=data["sig"], size=int(data["size"]), words=int(data["words"]))


def fingerprint_text(text: str) -> Fingerprint:
    """Fingerprint of a body text (what :func:`fingerprint` uses once the title is set aside)."""
    return _from_normalised(normalise(text))


def _from_normalised(norm: bytes) -> Fingerprint:
    hashes = minhash.shingle_hashes(norm)
    words = norm.count(b" ") + 1 if norm else 0
    return Fingerprint(
        exact=exact_key(norm),
        sig=minhash.encode(minhash.signature(hashes)),
        size=len(hashes),
        words=words,
    )


def fingerprint(article: Article) -> Fingerprint:
    """Fingerprint of an article's body; the title is ignored so a new headline changes nothing.

    An article with no body text falls back to its title, so that empty bodies
    are not all "the same text" as each other.
    """
    norm = normalise(article.text or "")
    if not norm and article.title:
        norm = normalise(article.title)
    return _from_normalised(norm)
