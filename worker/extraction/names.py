"""Person-name candidates: spans of capitalised tokens and Arabic name particles.

A candidate is only a *string that looks like a name*; whether it is an ISIS member
is decided in :mod:`.roles`. The span regex is linear (one token per step, bounded
repetition), so hostile input such as ``"Abu " * 5000`` cannot make it backtrack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .keys import ARTICLE_FORMS, core, fold_name
from .lexicon import HONORIFICS, INNER_PARTICLES, STOP, STRONG_TITLES
from .text import Hinted, lower_same

_Q = "\u2018\u2019'\u02bc\u02bf"
# (capitals of Latin-1 and Latin Extended-A: "Çelik", "İbrahim", "Şahin", "Łukasz")
_CAP = rf"[{_Q}]?[A-Z\u00c0-\u00de\u0100-\u017f][\w{_Q}]*(?:-[\w{_Q}]+){{0,4}}"
# Particles: al- el- ad- ar- as- ash- at- az- ul- ud- ur- adh- ath- an- (before a hyphen) and
# bin ibn bint ben abu abd al el de da dos ould van von (before a name), factored by first
# letter: the engine tries fewer branches. Each must be followed by "-" or " " + capital
# (or " al-"/" el-" + capital: "Khalid ibn al-Walid"),
# so at most one branch can match and the factoring finds the same spans.
_PART = (
    rf"(?:a(?:l|d|r|sh|s|t|z|dh|th|n)|el|u(?:l|d|r))-[\w{_Q}]+(?:-[\w{_Q}]+){{0,3}}"
    rf"|(?:b(?:int|in|en)|ibn|ab(?:u|d)|al|el|d(?:e|a|os)|ould|v(?:an|on))(?= [A-Z{_Q}]| [ae]l-[A-Z])"
)
# The leading lookahead (a superset of the first characters a span can start with) lets
# the engine skip other characters in C: 2x faster than trying the lookbehind everywhere.
_SPAN = re.compile(rf"(?=[{_Q}A-Z\u00c0-\u00de\u0100-\u017faeubidov])(?<![\w{_Q}-])"
                   rf"(?:{_CAP}|{_PART})(?: (?:{_CAP}|{_PART})){{0,9}}")
_POSS_ENDS = frozenset(q + "s" for q in _Q)
_ARABIC = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ul|ud)-|^(?:abu|abou|umm|bin|ibn|abd|abdul|abdel)$", re.IGNORECASE)
_KUNYA = frozenset({"abu", "abou", "umm"})
#: Arabic words that open the name of a province, office or armed body, never a person's.
_BODY_HEADS = frozenset({"wilayat", "wilaya", "wilayah", "diwan", "ansar", "katibat", "katiba", "jamaat", "saraya",
                         "liwa", "jaysh", "jaish", "harakat"})
_FUNCTION_WORDS = frozenset(["the", "a", "an", "in", "on", "at", "of", "for", "from", "to", "by", "with",
                             "and", "or", "but", "as", "if"])
_KEEP_FIRST = frozenset({"abu", "abd", "umm", "ibn", "bin", "ould"})  # "Ould Hamza al-Ansari"
#: Second halves of hyphenated words that make them adjectives, not names ("US-led").
_HYPHEN_PARTS = ARTICLE_FORMS | {"abd", "abu", "allah", "bin", "deen", "din", "dine", "e", "i", "ibn", "la"}
#: Words that, right before a one-word name, say it is a name ("identified only as Anas").
_NAME_INTRO = re.compile(
    r"(?:\bnamed|\bnamed(?: only)? as|\bcalled|\bidentified(?: only| simply)? as|"
    r"\bknown(?: only| simply| locally| just| widely| popularly| better)? as|"
    r"\bknown by(?: the name)?|\bdubbed|"
    r"\bnicknamed|\bnom de guerre|\balias|\bvulgo|\baka|\ba\.k\.a\.|\bkunya|\bgoes by|\bgoing by|"
    r"\bthe (?:single |one |only )?name|"
    r"\b(?:his|her) (?:first |given )?name)"
    r"[\s,:\"\u201c'\u2018]*$",
    re.IGNORECASE,
)

#: What a ``_NAME_INTRO`` match ends with, once the trailing spaces and quotes are cut.
_INTRO_ENDS = ("named", "called", "as", "by", "by the name", "dubbed", "guerre", "alias", "vulgo", "aka", "a.k.a.",
               "kunya", "the name", " name")
_INTRO_TRAIL = frozenset(",:\"\u201c'\u2018")


def _intro_before(before: str) -> bool:
    """``_NAME_INTRO.search(before)``, after a cheap test of how the window ends."""
    i = len(before)
    while i and (before[i - 1] in _INTRO_TRAIL or before[i - 1].isspace()):
        i -= 1
    tail = lower_same(before[max(0, i - 14):i])
    if tail is not None and not tail.endswith(_INTRO_ENDS):
        return False
    return bool(_NAME_INTRO.search(before))


#: A capitalised span used as a modifier of a group or place noun ("the Abu Sayyaf
#: commander", "the Dawlah Islamiyah-Maute group", "al-Azim district") names no person.
_ATTRIBUTIVE_AFTER = re.compile(
    r"\s+(?:group|groups|faction|factions|brigade|network|organi[sz]ation|movement|militia|militias|"
    r"affiliate|branch|outfit|insurgency|rebels?|district|road|highway|area|village|town|province|region|"
    r"camp|valley|forest|prison|neighbou?rhood|quarter|mountains?|desert|bridge|checkpoint|crossing|"
    r"church|cathedral|school|stadium|hotel|street|square|port|refinery|cafe|caf\u00e9|restaurant|bakery|"
    r"tribe|tribes|clan|clans|family|families|"
    # a body of the group: "the Islamic State's al-Karrar office", "the al-Furqan foundation"
    r"office|offices|bureau|wing|diwan|foundation|agency|hisba|"
    r"nightclub|attack|attacks|bombing|bombings|massacre|siege|"
    r"river|airport|base|hospital|university|mosque|market|islands?|state university|"
    # a group's outlet: "ISKP's al-Azaim media", "the al-Naba newspaper"
    r"media(?!\s+(?:official|chief|head|emir|amir|officer|operative|coordinator)s?\b)|newspaper|magazine|"
    r"outlet|channel|radio|broadcasts?|website)\b"
    # "the Kurdistan Regional Government": the first words of an institution's name
    r"|\s+(?:Government|Council|Ministry|Authority|Parliament|Service|School|College|Tribe|Clan|Army|Front|"
    # "the Amai Pakpak Medical Center": a hospital's name
    r"Medical|Hospital|Clinic|"
    # "the Higher Regional Court in Frankfurt", "the Criminal Investigation Department"
    r"Court|Tribunal|Commission|Committee|Office|Agency|Bureau|Institute|Department|Directorate|"
    # "the Santa Maria Catholic Church", "the Al-Nouri Mosque": a building's name
    r"Church|Cathedral|Mosque|Hospital|University|Airport|Stadium|Hotel|Prison|Market|Bridge)\b"
)
_ATTRIBUTIVE_ROLE = re.compile(r"\s+(?:sub-?leaders?|sub-?commanders?|followers?|loyalists?|"
                               r"commanders?|leaders?|fighters?|militants?|members?|emirs?|founders?|"
                               r"chief|spokesm[ae]n|cells?|insurgents?|"
                               # "a Maute explosives expert", "an ADF bomb-maker"
                               r"(?:explosives?|bomb|weapons)\s+(?:experts?|specialists?|makers?)|bomb-?makers?|"
                               r"financiers?|recruiters?|couriers?)\b")
#: "Abu Sayyaf members", "killed Abu Sayyaf sub-leader X": no person's name is followed
#: straight by a plural role noun or a sub-rank.
_ATTRIBUTIVE_PLURAL = re.compile(r"\s+(?:sub-?leaders?|sub-?commanders?|members|fighters|militants|"
                                 r"commanders|leaders|insurgents|gunmen|remnants|followers)\b")
#: A body, place or thing given a name: "its finance office, known as al-Karrar", "a camp called X".
#: (Hinted: searched only where "known as", "called", "dubbed" or "named" is in the text before.)
_THING_NAMED = Hinted(
    # (not "another member of the cell, named X": the member is named, not the cell)
    r"(?<!of the )(?<!of a )(?<!of an )(?<!of its )(?<!of their )(?<!of this )(?<!of that )(?<!of the same )"
    r"\b(?:office|wing|unit|department|bureau|network|brigade|battalion|operation|campaign|camp|base|faction|"
    r"cell|division|militia|committee|council|diwan|magazine|newspaper|channel|foundation|agency|outlet|prison|"
    r"programme|program|area|zone|forest|valley|route|plan|offensive|counter-offensive)s?,?\s+"
    r"(?:(?:also|locally|better|widely)\s+)?"
    # ("the external operations wing, known as the "Emni"")
    r"(?:known as|called|dubbed|nicknamed|named|code-?named)(?:\s+the)?[\s\"'\u201c\u2018]*$", re.IGNORECASE)
_OF_BEFORE_THING = re.compile(r"\bof\s+(?:the|an?|its|their|this|that)\s+(?:[\w'-]+\s+){1,2}$", re.IGNORECASE)
#: Two place names sharing a plural noun: "in the Abu Saida and Muqdadiya areas".
_COORDINATED_PLACES = re.compile(r"\s+and\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:areas|districts|villages|towns|"
                                 r"regions|provinces|sectors|neighbou?rhoods|axes|road)\b")
#: A one-word role and a capitalised name after a name: "DI-Maute emir Faharudin".
_NAME_AFTER_ROLE = re.compile(r"\s+(?:emir|amir|leader|commander|chief|spokesman|founder)\s+[A-Z][a-z]")
_THE_BEFORE = re.compile(r"(?:\bthe|\ban?|\banother|\bpro-[\w-]+(?: [A-Z]\w+)*|-linked|-affiliated|-aligned|"
                         r"\brival)\s+$",
                         re.IGNORECASE)


@dataclass(slots=True)
class Mention:
    """One occurrence of a name-like span in the text."""

    start: int
    end: int
    text: str
    sentence: int
    possessive: bool = False
    quoted: bool = False
    honorific: bool = False
    intro: bool = False
    core: tuple[str, ...] = field(default_factory=tuple)
    attributive: bool = False

    @property
    def ntokens(self) -> int:
        return len(self.core)

    @property
    def arabic(self) -> bool:
        return _arabic(self.text)

    @property
    def kunya(self) -> bool:
        first = fold_name(self.text)[:1]
        return bool(first) and first[0] in _KUNYA


@lru_cache(maxsize=16384)
def _arabic(name: str) -> bool:
    """Whether a name holds an Arabic particle ("al-", "Abu", "bin"); one regex pass per token."""
    return any(_ARABIC.search(t) for t in name.replace("-", "- ").split())


def find_mentions(
    text: str,
    sentences: list,
    place_spans: list[tuple[int, int, bool]],
    skip_lines: list[tuple[int, int]],
    place_words: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Name-like spans, split at words that are not names, places and acronyms."""
    out: list[Mention] = []
    sent_iter = iter(sentences)
    sent = next(sent_iter, None)
    place_i = 0
    n_places = len(place_spans)
    no_name = _no_name_word
    for match in _SPAN.finditer(text):
        span = match[0]
        if " " not in span and no_name(span, place_words):
            continue  # fast path: most spans are one capitalised word that is no name ("The", "ISIS")
        at = match.start()
        if skip_lines and any(a <= at < b for a, b in skip_lines):
            continue
        while sent is not None and sent.end < at:
            sent = next(sent_iter, None)
        if sent is None:
            break
        while place_i < n_places and place_spans[place_i][1] <= at:
            place_i += 1
        _split_span(text, at, span, sent.index, place_spans, place_i, out, place_words)
    return out


def _split_span(
    text: str,
    base: int,
    span: str,
    sentence: int,
    places: list[tuple[int, int, bool]],
    place_i: int,
    out: list[Mention],
    place_words: frozenset[str],
) -> None:
    run: list[tuple[int, int, str]] = []
    honorific = False
    pos = 0
    raws = span.split(" ")
    for k, raw in enumerate(raws):
        start = base + pos
        pos += len(raw) + 1
        possessive, clean, low, is_stop, lead, kunya_next = _token(raw, place_words)
        if low in _BODY_HEADS and k + 1 < len(raws) and clean[:1].isupper():
            break  # "Wilayat al-Khayr", "Diwan al-Jund", "Ansar Bayt al-Maqdis": the rest names a body
        if not is_stop and place_i < len(places) and places[place_i][0] < start + len(clean):
            is_stop = (
                _in_place(start, start + len(clean), places, place_i)
                and not (run and low[:3] in ("al-", "el-"))  # a nisba that looks like a town
                # "Abdiqani Ahmed Farah", "Qari Nasim Orakzai": a family name that is also a town
                and not ((len(run) >= 2 or run and (honorific or _town_at(start, places, place_i)))
                         and " " not in clean and "-" not in clean and _name_continues(text, start + len(clean)))
                and not (not run and k + 1 < len(raws) and _place_is(start, start + len(clean), places, place_i)
                         and _given_name(text, start, clean, raws[k + 1], place_words))
                and not (not run and k + 2 < len(raws)
                         and _names_after_place(text, start, places, place_i, place_words))
            )
        if is_stop and run and kunya_next and (run[-1][2].lower() in _KUNYA or
                                               run[-1][2].lower() in ("ibn", "bin") and low[:3] in ("al-", "el-")):
            is_stop = False  # "Abu Muslim", "Abu Islam", "Khalid ibn al-Walid": the next word is a name
        if (low in HONORIFICS or low in _INNER_STOP_WORDS) and run and not possessive and k + 1 < len(raws) and \
                _inner_name_part(raws[k + 1], place_words):
            # between two name words it is part of the name: "Abdullahi Sheikh Nur", "Mohammed Shia al-Sudani"
            is_stop = False
        elif low in HONORIFICS and len(run) >= 2 and k + 1 == len(raws) and clean[:1].isupper():
            is_stop = False  # closing a name of two words it is a family name: "Ahmed Mustafa Hajji"
        elif low in HONORIFICS:
            _flush(text, run, sentence, honorific, out)
            run = []
            honorific = True
            continue
        if is_stop:
            _flush(text, run, sentence, honorific, out)
            run = []
            honorific = False
            continue
        run.append((start + (lead if not run else 0), start + len(clean), clean))
        if possessive:
            _flush(text, run, sentence, honorific, out, possessive=True)
            run = []
            honorific = False
    _flush(text, run, sentence, honorific, out)


#: Words that are no name alone but are part of one between two name words.
_INNER_STOP_WORDS = frozenset({"shia"})


def _inner_name_part(raw: str, place_words: frozenset[str]) -> bool:
    """Whether a token may follow an honorific inside a name: a capitalised name word."""
    _, clean, low, is_stop, _, _ = _token(raw, place_words)
    return (clean[:1].isupper() or low[:3] in ("al-", "el-") and clean[3:4].isupper()) and not is_stop and \
        low not in HONORIFICS


@lru_cache(maxsize=16384)
def _no_name_word(span: str, place_words: frozenset[str]) -> bool:
    low = span.lower().rstrip(_Q)
    return low in STOP or low in place_words or len(span) < 2 or (span.isupper() and len(span) >= 2) \
        or low in STRONG_TITLES or low in HONORIFICS


@lru_cache(maxsize=16384)
def _token(raw: str, place_words: frozenset[str]) -> tuple[bool, str, str, bool, int, bool]:
    """What a token says by itself: (possessive, clean form, lower-case form, whether it is no
    name part whatever its place, leading quotes, whether it may follow a kunya anyway)."""
    possessive = raw[-2:] in _POSS_ENDS
    clean = (raw[:-2] if possessive else raw).rstrip(_Q)
    token = raw if possessive else clean
    low = clean.lower().lstrip(_Q)
    parts = low.split("-")
    is_stop = (
        low in STOP
        or len(clean) < 2
        or low in place_words
        or len(parts) > 1 and parts[0] in STOP and parts[0] not in _HYPHEN_PARTS
        or len(parts) > 1 and parts[0] not in _HYPHEN_PARTS
        and any(
            p in STOP or (p and p not in _HYPHEN_PARTS and not clean.split("-")[k][:1].isupper())
            for k, p in enumerate(parts)
            if k > 0
        )
        or low in STRONG_TITLES
        or low.endswith(_ADJ_SUFFIXES)  # "al-Qaeda-aligned", "IS-linked": an adjective, no name
        or (len(clean) >= 2 and clean.replace(".", "").replace("-", "").isupper())
        or not any(c.isalpha() for c in clean)
    )
    kunya_next = clean[:1].isupper() and clean.isalpha() and low not in _FUNCTION_WORDS or \
        low[:3] in ("al-", "el-") and clean[3:4].isupper() and clean[3:].isalpha()  # "Abu al-Walid" (no town)
    return possessive, clean, low, is_stop, len(token) - len(token.lstrip(_Q)), kunya_next


#: Words before a name that make it a settlement: "the town of Abu Hammam", "the village of al-X".
_SETTLEMENT_OF = Hinted(r"\b(?:villages?|towns?|city|cities|hamlets?|outskirts|countryside|neighbou?rhoods?|suburbs?|"
                        r"orchards|farms|groves|localit(?:y|ies)|"
                        r"districts?|quarters?|provinces?|governorates?|wilayah?t?)\s+of\s+$")
#: Philippine village units, written before the village's name.
_VILLAGE_UNITS = ("Barangay", "Brgy", "Sitio", "Purok")
_VILLAGE_UNIT = re.compile(r"(?:Barangay|Brgy\.?|Sitio|Purok)\s")
#: A capitalised word before the settlement noun: "the arrest in Mastung district of X" names the
#: district first, and "of X" is someone else's
_NAMED_UNIT = re.compile(r"\b[A-Z][\w'-]+\s+$")
#: A capitalised word that is no name part before a lone "al-X": "Hurras al-Din", "Jund al-Aqsa"
#: name a body (the word before was dropped as no name)
_BODY_WORD_BEFORE = re.compile(r"\b(?:Hurras|Jund|Ansar|Jaish|Liwa|Harakat|Jabhat|Kataib|Saraya|Ahrar|Fatah|Tahrir|"
                               r"Jamaat|Hizb|[Dd]iwan)\s+$")  # ("the group's diwan al-zakat": an office)
#: Words before a lone "al-X" that make it a place: "a cell leader from al-X", "near al-X".
_SETTLEMENT_BEFORE = re.compile(r"\b[a-z]+\s+(?:from|near|in)\s+$|"
                                # "in the towns of Thiban and al-Kishkiyah": the second of two places
                                r"\b(?:villages|towns|cities|areas|localities|districts)\s+of\s+[A-Z][\w'-]+\s+and\s+$|"
                                # "its wali of al-Khayr, the name it gives to Deir ez-Zor": a province
                                r"\b(?:wali|walis|emir|amir|governor)\s+of\s+$")
#: Endings of hyphenated adjectives built on a group's name ("al-Qaeda-aligned").
_ADJ_SUFFIXES = ("-aligned", "-linked", "-affiliated", "-backed", "-led", "-based", "-allied", "-inspired",
                 "-affiliate", "-loyal")

_PLACE_NOUN_AFTER = re.compile(r"['\u2019]?s?\s+(?:province|district|region|governorate|state|city|town|"
                               r"village|area|county|camp|countryside|desert|territory)\b", re.IGNORECASE)


def _name_continues(text: str, end: int) -> bool:
    """Whether a town-like word ending at ``end`` may close a person's name: not "X province"."""
    return not _PLACE_NOUN_AFTER.match(text, end)


def _given_name(text: str, start: int, clean: str, nxt: str, place_words: frozenset[str]) -> bool:
    """Whether a place-like word opens a person's name: "Salahuddin Hassan" (a governorate's
    spelling as a given name) is followed by a name word and not preceded by "in", "near"."""
    word = nxt.rstrip(_Q + ",.")
    if word[:3] in ("al-", "el-"):
        word = word[3:]  # "Sheikh Rafi al-Fahdawi": a nisba after the given name
    if not clean.isalpha() or not word[:1].isupper() or not word.isalpha():
        return False
    if _token(nxt, place_words)[3]:
        return False
    if (loc := _LOCATIVE_BEFORE.search(text, max(0, start - 12), start)) is not None and not (
            loc.group(0).lower().startswith("and") and _TWO_NAME_WORDS.match(text, start + len(clean))):
        # ("..., and Hama Boubacar Tamboura, who was wounded": a given name opening a three-word name)
        return False
    return _name_continues(text, start + len(clean) + 1 + len(nxt))


def _names_after_place(text: str, start: int, places: list[tuple[int, int, bool]], i: int,
                       place_words: frozenset[str]) -> bool:
    """Whether a place of two words or more at ``start`` opens a person's name: "the spokesman of
    the operation, Salah al-Din Bait al-Mal, said" (a governorate's name as given names), with
    two name words after it and no "in", "near" before it."""
    while i < len(places) and places[i][0] < start:
        i += 1
    if i >= len(places) or places[i][0] != start or " " not in text[start:places[i][1]]:
        return False
    after = _NAME_WORDS_AFTER.match(text, places[i][1])
    return after is not None and not _token(after.group(1), place_words)[3] and \
        not _LOCATIVE_BEFORE.search(text, max(0, start - 12), start)


_NAME_WORDS_AFTER = re.compile(r" ([A-Z][a-z'\u2019-]+) (?:[A-Z][a-z'\u2019-]+|[ae]l-[A-Za-z'\u2019-]+)"
                               r"(?=[,;.]| (?:who|was|were|is|and|said|says|told)\b)")
_TWO_NAME_WORDS = re.compile(r" [A-Z][a-z'\u2019-]+ [A-Z][a-z'\u2019-]+(?=[,;.]| (?:who|was|were|is|and)\b)")


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|at|from|to|of|outside|inside|around|across|into|toward|towards|"
                              r"between|and|or)\s+$", re.IGNORECASE)


def _place_is(start: int, end: int, places: list[tuple[int, int, bool]], i: int) -> bool:
    """Whether a place hit spans exactly ``[start, end)`` (one word, not "Wadi Houran")."""
    while i < len(places) and places[i][0] <= start:
        if places[i][0] == start:
            return places[i][1] == end
        i += 1
    return False


def _town_at(start: int, places: list[tuple[int, int, bool]], i: int) -> bool:
    """Whether the place hit at ``start`` is a town (a family name may be a town's name:
    "Norhan Lumbatan"), not a governorate or a country ("Ahmed Iraq" is no name)."""
    while i < len(places) and places[i][0] <= start:
        if places[i][0] == start:
            return len(places[i]) > 2 and bool(places[i][2])
        i += 1
    return False


def _in_place(start: int, end: int, places: list[tuple[int, int, bool]], i: int) -> bool:
    """Whether one place covers ``[start, end)``, or places joined by hyphens do ("Tarmiyah-Mushahada")."""
    covered = start
    while i < len(places) and places[i][0] < end:
        if places[i][0] <= start and end <= places[i][1]:
            return True
        if places[i][0] in (covered, covered + 1) and places[i][0] >= start:
            covered = places[i][1]  # the next part of a hyphenated pair of places
        i += 1
    return start < covered >= end


#: The rest of a quoted name that a campaign word follows: 'the "Humanity and Security" campaign'.
_QUOTED_THING = re.compile(r"[^\"\u201d\u2019.;]{0,40}[\"\u201d\u2019]\s+(?:campaign|operation|offensive|"
                           r"counter-offensive|initiative|plan|programme|program)\b", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s*and)\s*")
#: A surname cut to its initial after a name (not "U.S." or "A.Q."; not a sentence's last letter).
#: ("Abdulkarim K. – whose surname is withheld – had been recruited": a dash or a bracket may follow)
_INITIAL_AFTER = re.compile(r" [A-Z]\.(?![A-Za-z]\.)(?=[,;:)]| (?:[a-z]|and\b|or\b|[\u2013\u2014(]))")


def _flush(
    text: str,
    run: list[tuple[int, int, str]],
    sentence: int,
    honorific: bool,
    out: list[Mention],
    possessive: bool = False,
) -> None:
    while run and run[0][2].lower() in INNER_PARTICLES and run[0][2].lower() not in _KEEP_FIRST:
        run = run[1:]
    while run and run[-1][2].lower() in INNER_PARTICLES:
        run = run[:-1]
    if not run:
        return
    start, end = run[0][0], run[-1][1]
    while start < end and text[start] in _Q:
        start += 1
    if not possessive and text[end:end + 1] == " " and _INITIAL_AFTER.match(text, end):
        end += 3  # "Hamza T.", "Ahmad Khalaf A.": German and French reports give a surname's initial
    name = text[start:end]
    name_core = core(name)
    if not name_core:
        return
    quoted = start > 0 and text[start - 1] in "'\"\u2018\u201c"
    if quoted and len(run) == 1 and not possessive and text[max(0, start - 4):start - 1].endswith(("'s ", "\u2019s ")):
        return  # 'described as the group's "Munzir"': a title in quotes, not a name
    if quoted and _QUOTED_THING.match(text, end):
        return  # 'the "Humanity and Security" campaign': the name of an operation, not a person
    before = text[max(0, start - 40) : start]
    intro = _intro_before(before) or bool(
        # "identified as Nasrullah and Habibullah": the introduction reaches the names coordinated after it
        out and out[-1].intro and out[-1].sentence == sentence and _LIST_JOIN.fullmatch(text, out[-1].end, start))
    if not possessive and not intro and (
            ((settle := _SETTLEMENT_OF.search(before)) is not None
             and not _NAMED_UNIT.search(before, 0, settle.start()))
            # "in Barangay Lilod Madaya", "Sitio Bayabas": a Philippine village unit's name
            or any(w in name for w in _VILLAGE_UNITS) and _VILLAGE_UNIT.match(name)
            or len(run) == 1 and name[:3].lower() in ("al-", "el-") and (
                _SETTLEMENT_BEFORE.search(before) or _BODY_WORD_BEFORE.search(before))):
        return  # "the town of Abu Hammam", "a cell leader from al-Shuhail": a place, no person
    attributive = not possessive and bool(
        # "its finance office, known as al-Karrar", "its external operations wing, known as the "Emni""
        ((intro or before.rstrip(_Q + " \"\u201c").endswith(" the")) and (thing := _THING_NAMED.search(before))
         # (not "an emir of the ISIS cells named X": the emir is named, as in "a member of the cell, named X")
         and not (thing.group().rstrip().endswith("named") and _OF_BEFORE_THING.search(before, 0, thing.start())))
        # (the three patterns open with a space: most names end at a comma or a stop)
        or text[end:end + 1].isspace() and (
            _ATTRIBUTIVE_AFTER.match(text, end)
            or _ATTRIBUTIVE_PLURAL.match(text, end)
            or _COORDINATED_PLACES.match(text, end)
            or (_ATTRIBUTIVE_ROLE.match(text, end) and (_THE_BEFORE.search(text, max(0, start - 40), start)
                                                         # "after the death of DI-Maute emir X": a body's role
                                                         or _NAME_AFTER_ROLE.match(text, end))))
    )
    out.append(
        Mention(
            start,
            end,
            name,
            sentence,
            possessive=possessive,
            quoted=quoted,
            honorific=honorific,
            intro=intro,
            core=name_core,
            attributive=attributive,
        )
    )
