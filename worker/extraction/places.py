"""Gazetteer lookup: every place the data file knows, found in one Aho-Corasick pass.

The places are data (``data/gazetteer.json``), not code. Spellings are folded like the
text (see :mod:`.text`), so "Deir al-Zour", "Deir el-Zor" and "Dayr az Zawr" are
separate keys of one governorate, and a town maps to its governorate.
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from .text import fold

_DATA = Path(__file__).with_name("data") / "gazetteer.json"

#: Kinds of hit, most specific first.
ADMIN1, TOWN, REGION, COUNTRY, DEMONYM = "admin1", "town", "region", "country", "demonym"
MASK = "mask"
_RANK = {TOWN: 0, ADMIN1: 0, REGION: 2, COUNTRY: 2, DEMONYM: 3, MASK: 9}

#: Words after a demonym that make it say where something happened ("Iraqi forces").
_FORCES = re.compile(
    r"\s*(?:-led |-backed )?(?:security |special |government |military |army |air |armed |joint |"
    r"counter terrorism |counterterrorism |intelligence |federal |national )*"
    r"(?:forces|troops|army|military|soldiers|police|authorities|officials|jets|warplanes|aircraft|"
    r"air force|commandos|counterterrorism|counter terrorism|security|government|territory|side|"
    r"border|town|city|village|province|desert|capital)\b"
)
#: Phrases that contain a country name but are not a place (organisations): matched as
#: entries of their own so that the longest match swallows the country inside them.
_MASK_PHRASES = (
    "islamic state of iraq and syria", "islamic state in iraq and syria", "islamic state of iraq and the levant",
    "islamic state in iraq and the levant", "islamic state of iraq and al sham", "iraq and syria",
    "iraq and the levant", "syrian democratic forces", "syrian observatory", "lake chad", "lake chad basin",
    "gulf of aden", "gulf of guinea", "red sea",
    "niger delta", "niger river", "jordan river", "west africa province", "central africa province",
    "sahel province", "somalia province", "mozambique province", "pakistan province", "khorasan province",
)


#: Capitalised words after a place that make it an outlet's name ("according to Garowe Online").
_OUTLET = re.compile(r" (?:Today|Online|News|Times|Post|Tribune|Radio|TV|Media|Observer|Herald|Daily|Journal|Now|"
                     r"Mirror|Gazette|Chronicle|Voice|Insight|Wire)\b(?! (?:of|in)\b)")


#: First-level units created by a split: an event before the date is reported under the old
#: unit's name (Maguindanao was divided by the plebiscite of 17 September 2022).
_SPLIT_UNITS = {"Maguindanao del Sur": ("2022-09-18", "Maguindanao"),
                "Maguindanao del Norte": ("2022-09-18", "Maguindanao")}


def admin1_as_of(admin1: str | None, when: str | None) -> str | None:
    """``admin1`` as it was named on ``when`` (YYYY-MM-DD; None: as today)."""
    split = _SPLIT_UNITS.get(admin1) if admin1 else None
    if split is not None and when is not None and when < split[0]:
        return split[1]
    return admin1


class PlaceHit(NamedTuple):  # immutable, and cheaper to make than a frozen dataclass
    """One gazetteer hit in the text."""

    start: int
    end: int
    country: str
    admin1: str | None
    kind: str

    @property
    def rank(self) -> int:
        """0 for a governorate-level hit, 2 for a country, 3 for a demonym."""
        return _RANK[self.kind]


class Gazetteer:
    """The automaton and its values, built once and then only read (thread-safe)."""

    def __init__(self, path: Path = _DATA) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        auto = ahocorasick.Automaton()
        entries: dict[str, tuple[str, str | None, str]] = {}
        #: Spellings of two towns or units in different places ("Mbau" in North Kivu and in Cabo
        #: Delgado): every other reading, to be chosen by the story's other places (see ``scan``).
        homonyms: dict[str, list[tuple[str, str | None, str]]] = {}

        def add(spelling: str, value: tuple[str, str | None, str]) -> None:
            key = " ".join(fold(spelling).split())
            # Most specific wins for the same spelling: an admin1/town beats a country.
            old = entries.get(key)
            if old is not None and old[2] == COUNTRY and old[0] != value[0] and key in country_names:
                return  # "Niger" is the country, not Nigeria's Niger State
            if old is not None and old[2] == DEMONYM and old[0] != value[0]:
                return  # "Somali" is Somalia's demonym, not Ethiopia's Somali region (its longer variants are)
            if old is None or _RANK[value[2]] < _RANK[old[2]]:
                entries[key] = value
            elif _RANK[value[2]] == _RANK[old[2]] == 0 and value[:2] != old[:2] and value not in homonyms.get(key, ()):
                homonyms.setdefault(key, []).append(value)

        country_names = {" ".join(fold(c["name"]).split()) for c in data["countries"]}
        for country in data["countries"]:
            name = country["name"]
            for variant in country["variants"]:
                add(variant, (name, None, COUNTRY))
            for region in country.get("regions", ()):
                add(region, (name, None, REGION))
            for demonym in country.get("demonyms", ()):
                add(demonym, (name, None, DEMONYM))
        for unit in data["admin1"]:
            for variant in [unit["name"], *unit["variants"]]:
                add(variant, (unit["country"], unit["name"], ADMIN1))
            for place in unit["places"]:
                add(place, (unit["country"], unit["name"], TOWN))
        for phrase in _MASK_PHRASES:
            entries[phrase] = ("", None, MASK)
        # Bare spellings of units that news uses for something else ("North Press", "the Sahel"):
        # only their longer variants ("Sahel region", "north Lebanon") are places.
        for phrase in data.get("ambiguous", ()):
            entries[" ".join(fold(phrase).split())] = ("", None, MASK)
        # Other word lists ride on the same automaton (one pass over the text for all):
        # their hits come back from :meth:`scan` with the payload they were added with.
        extra = _extra_words()
        for key, value in entries.items():
            others = tuple(homonyms[key]) if key in homonyms and value[2] != MASK else None
            auto.add_word(key, (len(key), *value, extra.get(key), others))
        for key, payload in extra.items():
            if key not in entries:
                auto.add_word(key, (len(key), None, None, None, payload, None))
        auto.make_automaton()
        self._auto = auto
        self.countries = frozenset(c["name"] for c in data["countries"])
        #: One-word country names and demonyms: never part of a person's name.
        self.words = frozenset(
            " ".join(fold(v).split())
            for c in data["countries"]
            for v in [*c["variants"], *c.get("demonyms", ()), c["name"]]
            if " " not in v.strip()
        )

    def find(self, text: str, folded: str | None = None) -> list[PlaceHit]:
        """Longest non-overlapping hits, in text order, with capitalised first letters."""
        return self.scan(text, folded)[0]

    def scan(self, text: str, folded: str | None = None) -> tuple[list[PlaceHit], list[tuple[int, object]]]:
        """The place hits (see :meth:`find`) and the raw hits of the other word lists,
        as (end index, payload) in the order the automaton reports them."""
        low = folded if folded is not None else fold(text)
        raw: list[tuple[int, int, int, tuple]] = []
        extras: list[tuple[int, object]] = []
        n = len(low)
        for end_idx, value in self._auto.iter(low):
            extra = value[4]
            if extra is not None:
                extras.append((end_idx, extra))
                if value[3] is None:
                    continue
            start = end_idx - value[0] + 1
            # most raw hits are inside a word ("mali" in "Somali"): reject those first
            if start > 0:
                c = low[start - 1]
                if c.isalnum() or c == "'" and start > 1 and low[start - 2].isalnum():
                    continue
            end = end_idx + 1
            if end < n:
                c = low[end]
                if c.isalnum() or c == "'" and end + 1 < n and low[end + 1].isalnum() and low[end + 1] != "s":
                    continue
            c = text[start]
            if c in "aAeE":  # a possible al-/el- prefix: the full test
                if not _capitalised(text, start, end):
                    continue
            elif not c.isupper():  # ``_capitalised`` for every other first letter
                continue
            # (start, -length) orders the hits: longest first at one start; no two hits share both
            raw.append((start, start - end, end, value[1:4], value[5]))
        raw.sort()
        hits: list[PlaceHit] = []
        readings: list[tuple[int, tuple]] = []  # (index in hits, the other readings) of homonyms
        last_end = -1
        for start, _, end, (country, admin1, kind), others in raw:
            if start < last_end:
                continue
            if kind == MASK:
                last_end = end
                continue
            if kind == DEMONYM and not _FORCES.match(low, end):
                continue
            if text.startswith(" ", end) and _OUTLET.match(text, end):
                last_end = end
                continue  # "Garowe Today", "Kirkuk Now": a news outlet, not a place
            if others is not None:
                readings.append((len(hits), others))
            hits.append(PlaceHit(start, end, country, admin1, kind))
            last_end = end
        if readings:
            _choose_readings(hits, readings)
        return hits, extras


def _choose_readings(hits: list[PlaceHit], readings: list[tuple[int, tuple]]) -> None:
    """Each homonym as the reading the story's other places point to: the unit one of them
    names, else their country ("Mbau" in a story that names Beni is North Kivu's). Where they
    point to none, it is no place ("Kuta Heneral Teodulfo Bautista", a camp, in a story from
    Sulu); in a story with no other place, it is the first reading the data lists."""
    doubtful = {i for i, _ in readings}
    sure = [h for i, h in enumerate(hits) if i not in doubtful]
    units = {(h.country, h.admin1) for h in sure if h.admin1}
    countries = {h.country for h in sure}
    stray = set()
    for i, others in readings:
        h = hits[i]
        options = [(h.country, h.admin1, h.kind), *others]
        pick = next((o for o in options if (o[0], o[1]) in units), None) or \
            next((o for o in options if o[0] in countries), None)
        if pick is None and countries:
            stray.add(i)
        elif pick is not None and pick[:2] != (h.country, h.admin1):
            hits[i] = PlaceHit(h.start, h.end, *pick)
    if stray:
        hits[:] = [h for i, h in enumerate(hits) if i not in stray]


def _extra_words() -> dict[str, object]:
    from .outcomes import CUE_KEYS  # imported here: outcomes knows nothing of places

    return dict(CUE_KEYS)


def _capitalised(text: str, start: int, end: int) -> bool:
    """Place names are proper nouns: the first letter after an al-/el- prefix is a capital."""
    head = text[start:end]
    if head[:1] in "aAeE":  # every prefix starts with a or e
        low = head[:4].lower()
        for prefix in _PREFIXES:
            if low.startswith(prefix) and len(head) > len(prefix):
                return head[len(prefix)].isupper() or head[0].isupper()
    return head[:1].isupper()


_PREFIXES = ("al-", "al ", "el-", "el ", "ad-", "as-", "ar-", "an-", "at-", "az-", "ash-")


_LOCK = threading.Lock()
_INSTANCE: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    """The shared gazetteer, loaded on first use."""
    global _INSTANCE
    if _INSTANCE is None:
        with _LOCK:
            if _INSTANCE is None:
                _INSTANCE = Gazetteer()
    return _INSTANCE
