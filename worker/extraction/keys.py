"""Name folding, spelling-tolerant skeletons, and the aggregation key.

Transliterations of Arabic names differ in vowels, doubled letters and a final h
(Hassan/Hasan, Qurayshi/Qurashi, Mohammed/Muhammad, Mahmud/Mahmoud, Usamah/Usama), so
the key keeps only what spellings agree on: a token's first letter, its first vowel
(o~u, e~i) and its consonants. Particles (al-, bin, ibn, ...) are dropped.

Which parts make the key follows how these names work: the kunya ("Abu Ibrahim") or
the given name, plus the last nisba/family name. Two men who share a nisba differ in
kunya (Abu Ibrahim al-Hashimi al-Qurayshi vs Abu al-Hassan al-Hashimi al-Qurayshi),
and a man named with and without his middle names keeps one key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

#: The Arabic article "al-" in its assimilated spellings (ash-, ad-, ...), as names carry it.
ARTICLE_FORMS = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "ul", "ud", "ur", "adh", "ath", "an"})
#: Particles that carry no identity (the scorer folds the same set).
PARTICLES = ARTICLE_FORMS | {"abd", "abdal", "abdel", "abdul", "abi", "abou", "abu", "bin", "bint", "ibn", "the"}
_APOS = re.compile(r"[\u2018\u2019\u02bc\u02bb'`\u00b4\u02bf\u02be]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLE = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"([aeiou])h$")
_VOWELS_YW = re.compile(r"[aiuyw]")
_KUNYA = frozenset({"abu", "abou", "abo", "umm", "um"})
_ABD = frozenset({"abd", "abdul", "abdel", "abdal", "abdoul", "abdu", "abdur", "abdar"})


@lru_cache(maxsize=65536)
def fold_name(name: str) -> tuple[str, ...]:
    """Lower-case ASCII tokens with apostrophes, hyphens and diacritics gone."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _APOS.sub("", s.lower())
    return tuple(t for t in _NON_ALNUM.split(s) if t)


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """First letter, first vowel (o~u, e~i) and the consonants after it."""
    t = _FINAL_H.sub(r"\1", _DOUBLE.sub(r"\1", token))
    t = t.replace("o", "u").replace("e", "i")
    if len(t) <= 4:
        return t
    vowel = next((c for c in t[1:] if c in "aiu"), "")
    return t[0] + vowel + _VOWELS_YW.sub("", t[1:])


@lru_cache(maxsize=65536)
def core(name: str) -> tuple[str, ...]:
    """The skeletons of a name's meaningful tokens, in order."""
    return tuple(skeleton(t) for t in fold_name(name) if t not in PARTICLES)


@lru_cache(maxsize=65536)
def _key_skeleton(token: str) -> str:
    """Like :func:`skeleton`, but a vowel-initial token keeps no second vowel (readable keys)."""
    t = _FINAL_H.sub(r"\1", _DOUBLE.sub(r"\1", token))
    t = t.replace("o", "u").replace("e", "i")
    if len(t) <= 4:
        return t
    if t[0] in "aiu":
        return t[0] + _VOWELS_YW.sub("", t[1:])
    vowel = next((c for c in t[1:] if c in "aiu"), "")
    return t[0] + vowel + _VOWELS_YW.sub("", t[1:])


def _key_tokens(name: str) -> list[str]:
    return list(_key_tokens_cached(name))


@lru_cache(maxsize=65536)
def _key_tokens_cached(name: str) -> tuple[str, ...]:
    toks = list(fold_name(name))
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if (t in _KUNYA or t in _ABD) and i + 1 < len(toks):
            # "Abu al-Hassan", "Abd al-Rahman": one unit with the next name, its particle dropped.
            j = i + 1
            while j < len(toks) - 1 and toks[j] in PARTICLES:
                j += 1
            out.append(("abu-" if t in _KUNYA else "abd") + _key_skeleton(toks[j]))
            i = j + 1
            continue
        if t.startswith(("abdul", "abdel", "abdal", "abdur", "abdar", "abdoul")) and len(t) > 6:
            out.append("abd" + _key_skeleton(t[5:] if not t.startswith("abdoul") else t[6:]))
        elif t not in PARTICLES:
            out.append(_key_skeleton(t))
        i += 1
    return tuple(out)


def leader_key(name: str, aliases: Sequence[str] = ()) -> str:
    """Canonical, URL-safe key for aggregating one person across articles.

    The kunya or given name plus the last name part decide; a one-word name takes
    the key of its fullest alias so that "Salim, or Hani Ahmed al-Kurdi" keys the same
    as "Hani Ahmed al-Kurdi".
    """
    forms = [name, *aliases]
    best = max(forms, key=lambda f: (len(_key_tokens(f)), f == name)) if len(_key_tokens(name)) < 2 else name
    toks = _key_tokens(best)
    if not toks:
        fallback = "-".join(fold_name(best))
        return fallback or "unknown"
    if len(toks) > 2:
        toks = [toks[0], toks[-1]]
    return "-".join(toks)
