"""The extraction pipeline: article text in, one Event per named ISIS member out.

Steps, each in its own module: sentences (:mod:`.text`), places (:mod:`.places`),
name candidates (:mod:`.names`), aliases and short forms joined into persons (here),
membership (:mod:`.roles`), outcomes (:mod:`.outcomes`), then where and when the
outcome happened (:mod:`.places`, :mod:`.dates`). Everything is computed from the
article alone; the only shared state is read-only data loaded once.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from ..articles.model import Article, Event
from .dates import resolve_date
from .keys import fold_name, leader_key
from .lexicon import HONORIFICS
from .names import Mention, find_mentions
from .outcomes import (
    CAPTURED,
    KILLED,
    MENTIONED,
    SEVERITY,
    WOUNDED,
    denials,
    find_cues,
    first_coordination,
    mentions_target,
    party_argued,
    sentence_outcomes,
)
from .places import ADMIN1, COUNTRY, DEMONYM, TOWN, PlaceHit, admin1_as_of, gazetteer
from .roles import (
    GOV,
    ISIS,
    ROLE,
    Verdict,
    classify_np,
    group_score,
    isis_named,
    judge,
    rival_named,
    rival_subject,
    witness_name_before,
)
from .text import Hinted, Sentence, caseless, fold, gated, lower_same, re_lower, split_sentences

#: Places that may be a family name after a given name ("Norhan Lumbatan", "Hamza Wardak");
#: a country may not ("Ahmed Iraq").
_NAME_LIKE_PLACES = frozenset({TOWN, ADMIN1})
MAX_TEXT = 200_000  # longer bodies are cut: the contract's size limit is enforced upstream
MAX_MENTIONS = 600  # a real article names a few dozen; joining short forms is quadratic in this

_ALIAS_GAP = re.compile(
    # ("X, 41, who used the name Y", "X, from Mosul, known as Y": an age or a home town between)
    r"\)?(?:\s*,\s*(?:\d{1,3}|from\s+[\w'\u2019-]+))?"
    # ("X \u2014 called "Y" by fighters \u2014": an alias in a dashed aside)
    r"\s*(?:,\s*)?(?:[-\u2013\u2014]\s*)?(?:\(\s*)?"
    # ("X, who it said was known within the group as "Y"": a speaker's hedge inside)
    r"(?:who\s+(?:(?:it|he|she|they|police|officials|the\s+[\w-]+)\s+(?:said|says)\s+)?"
    r"(?:in\s+[\w'\u2019-]+\s+)?(?:is|was)\s+)?"  # ("who in Mosul was known by the nickname "Y"")
    r"(?:(?:also|better|more commonly|widely|popularly|vulgarly|commonly)\s+)?"
    r"(?:and\s+(?:also\s+)?known\s+as|"  # ("a Chadian named X and known as Y")
    r"known\s+(?:as|by|under)"  # ("better known under the name": French "connu sous le nom")
    # ('known by the codename "Ebu Ensar"')
    r"(?:\s+(?:his|the|a)\s+(?:nom de guerre|kunya|alias|name|pseudonym|nickname|moniker|sobriquet|"
    r"code[- ]?name))?|"
    r"aka|a\.k\.a\.?|alias|"
    # "X, also written Y": a second spelling of the same name
    r"also (?:written|spelt|spelled|transliterated|rendered)(?:\s+as)?|"
    # "X, whom fighters called "Y"", "X, who locals call Y"
    r"(?:whom|who)\s+(?:[\w'\u2019-]+\s+){1,3}?(?:call|calls|called|nicknamed|dubbed|knew\s+as|know\s+as)|"
    # "X, whom the U.S. State Department identifies as Y": his name in another's files
    r"whom\s+(?:[\w.'\u2019-]+\s+){1,4}?identif(?:y|ies|ied)\s+as|"
    r"(?<=\s)said(?=\s*[\"'\u201c\u2018\u00ab])|"  # 'X, said "Y"': the French "dit", translated word for word
    r"vulgo|"  # Portuguese and Spanish "commonly called", kept in translated Mozambican reports
    r"dit|dite|"  # French "called": 'X, dit "Abou Zeinab"', kept in translated Sahel communiqués
    # "known inside the group as", "known to locals as", "known in ISKP propaganda as"
    # ("known within the group by the nom de guerre Y")
    r"known(?:\s+[\w'\u2019-]+){1,4}?\s+(?:as|by\s+(?:the|his|her)\s+(?:nom de guerre|kunya|name|alias|nickname|"
    r"pseudonym))|"
    # "who uses the name X", "using the kunya X"
    r"(?:who\s+)?(?:also\s+)?(?:uses|used|using)\s+the\s+(?:name|kunya|alias|nom de guerre|pseudonym)|"
    # "X, who called himself Y", "X, who styled himself Y"
    r"(?:who\s+)?(?:called|calls|calling|styled|styles|styling)\s+(?:himself|herself)|"
    r"code[- ]?named|under the (?:name|alias|kunya)|(?:the\s+)?so-called|"
    # "X, who fought under the name Y"
    # ("X, who fought for the group under the name Y")
    r"(?:who\s+)?(?:fought|operated|served|went|was known)(?:\s+(?:for|with|in)\s+[\w'\u2019 -]{1,30}?)?"
    r"\s+under\s+the\s+(?:name|alias|kunya|nom de guerre)|"
    # "Abu Sayyaf, the nom de guerre of a Tunisian named X"
    r"the (?:nom de guerre|kunya|alias|pseudonym) of (?:an? [\w-]+ (?:named|called) )?|"
    r"also called|called|nicknamed|dubbed|or|(?:whose\s+)?(?:real|birth|given)\s+name(?:\s+is|\s+was)?|"
    r"real name|born|n[ée]e|the\s+[\w]+-born|(?:by\s+|of\s+)?(?:his\s+)?(?:nom de guerre|kunya|pseudonym)|who goes by|"
    r"going by|also referred to as|referred to as|"
    r"(?<=\s)(?:and|or)\s+(?:also\s+)?as|"  # "known as A and as B": B is a third name of the same man
    r"who (?:uses|used) the (?:name|kunya|nom de guerre|alias)|"  # "X, who used the name Y among the militants"
    # "X, who the agency said also used the name Y"
    r"who (?:[\w-]+\s+){1,2}(?:said|says|say)\s+(?:also\s+)?(?:uses|used)\s+the\s+(?:name|kunya|nom de guerre|alias)|"
    # "who it said went by the name": a hedge of the speaker may stand inside
    r"who (?:(?:it|he|she|they|police|officials|prosecutors|investigators|the [\w-]+)\s+(?:said|says|say)\s+)?"
    r"(?:also\s+)?(?:went|goes|was known) by"
    r"(?: the (?:kunya|name|"
    r"nom de guerre|alias))?|(?:going|went) by the (?:kunya|name|nom de guerre)|"
    r"whose (?:nom de guerre|kunya|alias|real name|full name|birth name) (?:is|was)|"
    # "X, whose name appears as Y in Russian-language court documents"
    r"whose name (?:also )?(?:appears|is written|is spelt|is spelled|is transliterated|is rendered|is given)"
    r"(?: [\w-]+){0,3}? as)?\s*[,:]?\s*"
    r"[\"'\u201c\u2018\u00ab]?\s*"  # (French quotes: 'dit « Abou Mansour »')
    # "AKA Qari Saifullah": the alias's honorific is left out of its mention
    r"(?:(?:" + "|".join(sorted(HONORIFICS)) + r")\s+)?"
    r"\(?",  # "(Ahmed Jassim Ubaid), nicknamed (Abu Hajar al-Ansari)": names in brackets
    re.IGNORECASE,
)
_ALIAS_WORD = re.compile(r"went by|goes by|answers to|known|styled|uses|used|using|aka|a\.k\.a|alias|vulgo|\bdite?\b|"
                         r"called|"
                         r"nicknamed|also (?:written|spelt|spelled|transliterated|rendered)|\bcall|\bknew|\bsaid\b|"
                         r"dubbed|\bor\b|\band as\b|name|born|identif|"
                         r"nom de guerre|"
                         r"kunya|pseudonym|goes by|going by|referred|code|\(", re.IGNORECASE)
#: "X, a Tanzanian-born commander known as Y": an alias after an appositive.
_ALIAS_APPOS = re.compile(
    # "X, Yusuf's son, whose real name is Y": a name given after any short appositive
    r"\s*,\s*[^,;\"\u201c]{1,90}?,\s*whose\s+(?:real|birth|full|civil|given)\s+name\s+(?:is|was)\s*"
    r"[\"'\u201c\u2018]?\s*|"
    r"\s*,\s*(?:an?|the|one of the)\s+[^,;\"\u201c]{0,70}?"
    r"(?:,\s*(?:and\s+)?)?\b"  # ("X, the group's governor of Raqqa, known to his men as Y")
    r"(?:(?:also |better |widely |locally )?known(?:\s+\w+){0,3}?\s+as|"
    r"(?:also |better |widely |locally )?known(?:\s+\w+){0,3}?\s+by\s+(?:the|his)\s+(?:nom de guerre|kunya|name|"
    r"alias|nickname|code ?name)|"
    r"code[- ]?named|nicknamed|dubbed|also called|(?:who\s+)?(?:also\s+)?(?:answers|goes)\s+(?:to|by)\s+the\s+name|"
    # "X, the man his followers called Y"
    r"(?:his|her|their)\s+(?:followers|fighters|men|comrades|supporters)\s+called|"
    # "X, a shura member who went by the kunya Y", "X, an Iraqi who used the name Y"
    # ("X, a veteran commander who went by Y")
    r"who\s+(?:also\s+)?(?:went|goes|go)\s+by(?:\s+the\s+(?:kunya|name|nom de guerre|alias|pseudonym))?|"
    r"who\s+(?:also\s+)?(?:used|uses)\s+the\s+(?:kunya|name|nom de guerre|alias|pseudonym))"
    # "... who was also known as Haji Imam and as Y": a first alias that is no mention, then Y
    r"(?:\s*[\"'\u201c\u2018]?[^,;\"\u201c]{1,40}?[\"'\u201d\u2019]?\s+(?:and|or)\s+(?:also\s+)?as)?"
    r"\s*[\"'\u201c\u2018]?\s*"
    r"(?:(?:" + "|".join(sorted(HONORIFICS)) + r")\s+)?",  # ("known as Haji Y": Y is the mention)
    re.IGNORECASE,
)
_ALIAS_WORD_L, _ALIAS_GAP_L, _ALIAS_APPOS_L = caseless(_ALIAS_WORD), caseless(_ALIAS_GAP), caseless(_ALIAS_APPOS)
_COORD_GAP = re.compile(r"\s*(?:,\s*)?(?:and|as well as|along with|alongside)\s*|\s*,\s*", re.IGNORECASE)
_ISIS_ANY = re.compile(r"\b(?:ISIS|ISIL|IS|Daesh|DAESH|ISWAP|ISKP|IS-K|ISGS|ISSP|ISCAP|EIGS|EIAO)\b|islamic state",
                       re.IGNORECASE if False else 0)
#: (and Sinai Province, the Egyptian branch, by its Arabic name in translated statements)
_ISIS_ANY_I = re.compile(r"islamic state|\bdaesh\b|\bisis\b|\bisil\b|\bwilayat sinai\b|\bsinai province\b",
                         re.IGNORECASE)
_ISIS_ANY = gated(_ISIS_ANY.pattern)
_ISIS_ANY_L = caseless(_ISIS_ANY_I)


#: (the ADF and Dawlah Islamiyah: IS branches under their local names, as in roles._ISIS_ACRONYM)
_ISIS_ACRONYMS = gated(r"\b(?:ISIS|ISIL|IS|Daesh|DAESH|DEA\u015e|Dea\u015f|ISWAP|ISKP|IS-K|ISGS|ISSP|ISCAP|EIGS|EIAO|"
                       r"ADF|Dawlah Islamiy(?:a|ah))\b")


def _isis_caseless(text: str) -> bool:
    low = lower_same(text)
    if low is None:
        return bool(_ISIS_ANY_I.search(text))
    if "islamic state" in low:
        return True
    return ("daesh" in low or "isis" in low or "isil" in low or "sinai" in low) and bool(_ISIS_ANY_L.search(low))


_OP_WORDS = re.compile(r"\b(?:raids?|raided|strikes?|struck|airstrikes?|operations?|attacks?|attacked|ambush(?:ed)?|"
                       r"clash(?:es|ed)?|stormed|surrendered|seized|wounded|"
                       r"offensive|assault|bombing|killed|captured|arrested|detained|sweep|mission|"
                       # ("a coalition drone had targeted a motorcycle carrying X near the town of Diban")
                       r"targeted|drones?|"
                       # ("Puntland forces engaged an ISS unit near Dhahar in Sanaag region")
                       r"engaged (?:an?|the|several|some)|fire ?fights?|gun ?fights?|gun ?battles?|shoot-?outs?|"
                       r"battled|besieged|encircled|cordoned)\b",
                       re.IGNORECASE)
_OPERATION = [
    ("drone strike", re.compile(r"\bdrones?\b|\bunmanned\b|\buav\b", re.IGNORECASE)),
    ("suicide", re.compile(r"blew (?:himself|herself)|blown (?:himself|herself)|suicide (?:vest|belt)|"
                           r"detonat\w+ (?:his|her) |killed himself|committed suicide", re.IGNORECASE)),
    ("airstrike", re.compile(r"\bair ?strikes?\b|\bair raids?\b|\bwarplanes?\b|\bjets?\b|\baerial\b|"
                             r"\bbomb(?:ed|ing)\b|\bstrikes?\b", re.IGNORECASE)),
    ("raid", re.compile(r"\braid(?:s|ed)?\b|\bcommandos?\b|\bspecial forces\b|\bhelicopter\b", re.IGNORECASE)),
    ("ambush", re.compile(r"\bambush(?:ed)?\b", re.IGNORECASE)),
    ("ground operation", re.compile(r"\bclash(?:es)?\b|\bgun ?battle\b|\bfirefight\b|\bground (?:operation|"
                                    r"offensive|assault)\b|\boffensive\b|\bsweep\b|\boperations?\b",
                                    re.IGNORECASE)),
    ("arrest", re.compile(r"\barrest(?:ed)?\b|\bdetained\b|\bcaptured\b|\bnabbed\b|\bcustody\b", re.IGNORECASE)),
]
#: Where something was said, not where it happened: "told journalists in Abuja".
_SPEECH_BEFORE = gated(r"\b(?:told|said|says|speaking|spoke|briefed|briefing|conference|statement|interview|"
                            r"announced|addressing|according to)\b"
                            # (not "announced the arrest in Kabul of X": where the outcome happened)
                            # (nor "said Asayish forces in Sulaimani arrested X": the forces' place)
                            r"(?:(?!\bthat\b|operation|raid|strike|attack|arrest|capture|killing|death|\bhad\b|\bwas\b|"
                            r"\bwere\b|\bbeen\b|forces|troops|police|units|"
                            # (nor "says he died in clashes with HTS in Idlib": what was said, not
                            # where; the window is long for "spoke with journalists at the Defence
                            # Headquarters in Abuja")
                            r"\b(?:he|she|they|him)\b|kill|died|dead|clash|fight|wound|injur|detain|shot|ambush|"
                            r"battle|bomb)[^,.;]){0,60}"
                            r"\b(?:in|from)\s+(?:the\s+)?$", re.IGNORECASE)
_FROM_BEFORE = gated(r"\b(?:from|native of|citizen of|national of|resident of|born in|hails from)\s+(?:the\s+)?"
                     # ("born in the Tunisian city of Kasserine": a birthplace, not where it happened)
                     r"(?:(?:[A-Z][\w-]+\s+)?(?:city|town|village|province|region|governorate)\s+of\s+)?$",
                     re.IGNORECASE)


_OP_WORDS_L = Hinted(_OP_WORDS.pattern)


@dataclass(slots=True)
class Person:
    """Mentions judged to name one person, and what the article says about them."""

    mentions: list[int] = field(default_factory=list)
    alias_mentions: set[int] = field(default_factory=set)
    outcome: str = MENTIONED
    sentence: int = -1
    cue: int = 0
    verdicts: list[Verdict] = field(default_factory=list)
    hit_sentences: dict[int, int] = field(default_factory=dict)  # sentence -> severity of its outcome


class _Verdicts:
    """The verdict of each mention, judged on first use and then kept."""

    __slots__ = ("text", "sentences", "mentions", "cache", "lows")

    def __init__(self, text: str, sentences: list[Sentence], mentions: list[Mention]) -> None:
        self.text, self.sentences, self.mentions = text, sentences, mentions
        self.cache: list[Verdict | None] = [None] * len(mentions)
        self.lows: dict[int, str | None] = {}  # each sentence lower-cased once (see .text.lower_same)

    def __getitem__(self, i: int) -> Verdict:
        v = self.cache[i]
        if v is None:
            m = self.mentions[i]
            s = self.sentences[m.sentence]
            stext = self.text[s.start:s.end]
            low = self.lows.get(m.sentence, False)
            if low is False:
                low = self.lows[m.sentence] = lower_same(stext)
            v = self.cache[i] = judge(stext, m.start - s.start, m.end - s.start, low)
            if v.kind == ISIS and v.role and v.role[:4].lower() in ("its ", "thei") and m.sentence > 0:
                # "Al-Shabaab, which ..., stayed out. Its leader, X, ...": "its" is the rival of the
                # sentence before, unless this sentence names ISIS before X
                prev = self.sentences[m.sentence - 1]
                if prev.paragraph == s.paragraph and not isis_named(stext[:m.start - s.start]) and \
                        (rival_subject(ptext := self.text[prev.start:prev.end]) or _gov_subject(ptext)):
                    v.kind = GOV  # (and "The SDF holds 10,000 suspects. Its spokesman, X, ...": the SDF's)
        return v

    def role_spans(self, sentence: int, by_sentence: dict[int, list[int]]) -> list[tuple[int, int]]:
        """Places inside any person's role words ("the deputy commander in Iraq") say where
        someone served, not where an outcome happened."""
        base = self.sentences[sentence].start
        out = []
        for i in by_sentence.get(sentence, ()):
            v = self[i]
            if v.role_end > v.role_start and v.role:
                out.append((base + v.role_start, base + v.role_end))
        return out


#: A sentence's subject made of capitalised words: "The SDF holds ...", "Iraq's Joint Operations Command said".
_SUBJECT_HEAD = re.compile(r"\s*(?:[A-Z][a-z]+,\s+)?"  # ("Third, the SDF cannot be left to manage this alone")
                           r"(?:[Tt]he\s+)?(?P<body>[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,5})"
                           r"\s+(?:\w+ly\s+)?(?:holds|has|had|have|is|was|are|were|says|said|runs|ran|controls|"
                           r"controlled|leads|led|keeps|kept|guards|guarded|detains|detained|"
                           r"cannot|can|could|must|should|will|would|may|might|remains|remained)\b")


def _gov_subject(sentence_text: str) -> bool:
    """Whether a sentence opens with a government force as its subject ("The SDF holds some 10,000
    IS suspects"): an "Its spokesman, X" right after it is that force's spokesman."""
    head = _SUBJECT_HEAD.match(sentence_text)
    return head is not None and classify_np(head.group("body")) == GOV


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def extract_events(article: Article) -> list[Event]:
    """One Event per (article, named ISIS member); pure, deterministic, thread-safe."""
    text = article.text if isinstance(article.text, str) else ""
    if not text.strip():
        return []
    text = text[:MAX_TEXT]
    sentences = split_sentences(text)
    if not sentences:
        return []
    # Lower-cased once: the fold and the cue search both need it, and ``str.lower`` maps each
    # character of a text that is not ASCII (curly quotes, dashes: nearly every article) in turn.
    low = text.lower()
    folded = fold(text, low)
    gaz = gazetteer()
    places, cue_hits = gaz.scan(text, folded)
    mentions = find_mentions(text, sentences, [(p.start, p.end, p.kind in _NAME_LIKE_PLACES) for p in places],
                             _headline_lines(text),
                             gaz.words)
    if not mentions:
        return []
    # "the Abu Sayyaf commander", "al-Azim district": modifiers of a group or place noun.
    mentions = [m for m in mentions if not m.attributive][:MAX_MENTIONS]
    if not mentions:
        return []
    # A town-like word inside a person's name ("Abdiqani Ahmed Farah", "Abu al-Walid") is no place.
    spans = [(m.start, m.end) for m in mentions if m.ntokens >= 2 or m.kunya]
    if spans:
        places = _outside(places, spans)
        # "The spokesman ..., Hogir Kobani, said ... Kobani added that": the surname alone, speaking
        surnames = {text[m.start:m.end].rsplit(" ", 1)[-1] for m in mentions if m.ntokens >= 2}
        places = [h for h in places if not (text[h.start:h.end] in surnames
                                            and (_SPEAKS_AT.match(text, h.end)
                                                 or text[max(0, h.start - 13):h.start].lower() == "according to "))]
    places = [_outskirts(text, h) if h.admin1 in _CITY_GOVERNORATES else h
              for h in places if not (_is_dateline(text, h) and not _section_label_at(text, h))
              and not _speaker_origin(text, h)
              # ("according to Nigeria's then chief of defence staff": whose officer speaks, not where)
              and not (h.kind == COUNTRY and text.startswith(("'s ", "\u2019s "), h.end)
                       and _OFFICIAL_AFTER.match(text, h.end + 3))
              # ("the Puntland Intelligence Agency (PISA)": an acronym in brackets, no Pisa)
              and not (text[h.start - 1:h.start] == "(" and text[h.end:h.end + 1] == ")"
                       and text[h.start:h.end].isupper())
              and not (text[h.end:h.end + 1] in " \t" and (_OUTLET_AFTER.match(text, h.end)
                                                              or _PEOPLE_AFTER.match(text, h.end)
                                                              or _AT_BORDER.match(text, h.end)
                                                              and _AT_THE.search(text, max(0, h.start - 12), h.start)))]
    places = _within(text, places)
    # (_ISIS_ANY's "islamic state" is found by the case-insensitive test as well)
    article_isis = bool(_ISIS_ACRONYMS.search(text) or _isis_caseless(text)
                        or (article.title and _isis_caseless(article.title)))
    by_sentence: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        by_sentence.setdefault(m.sentence, []).append(i)

    uf = _UnionFind(len(mentions))
    alias_linked = _link_aliases(text, mentions, by_sentence, uf)
    _link_short_forms(text, mentions, uf, alias_linked)

    # Judged on demand: most name-like spans never reach the membership test.
    verdicts = _Verdicts(text, sentences, mentions)
    _inherit_coordination(text, mentions, by_sentence, verdicts)
    _link_aliases_across_sentences(text, sentences, mentions, by_sentence, uf, verdicts, alias_linked)

    persons: dict[int, Person] = {}
    for i in range(len(mentions)):
        p = persons.setdefault(uf.find(i), Person())
        p.mentions.append(i)
        if i in alias_linked:
            p.alias_mentions.add(i)

    _apply_outcomes(text, folded, sentences, mentions, by_sentence, uf, persons, verdicts, cue_hits,
                    lower_same(text, low))

    events: list[Event] = []
    context_memo: dict[tuple[int, str], tuple[PlaceHit | None, Sentence]] = {}
    for root in sorted(persons, key=lambda r: mentions[persons[r].mentions[0]].start):
        p = persons[root]
        event = _to_event(article, text, sentences, places, mentions, p, article_isis, verdicts, by_sentence,
                          context_memo)
        if event is not None:
            events.append(event)
    return events


#: "BAGHDAD -", "ADEN (Reuters) -", "Baquba (Iraq) (AFP) -": where the story was filed; a date
#: may follow the city ("Ouagadougou, 17 septembre 2024 (FasoInfo) -", "KABUL, March 3, 2024 -").
#: ("Baghdad / Al-Rafidain Press \u2014": the outlet after a slash)
_DATELINE_AFTER = re.compile(r"(?:\s*/\s*[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2})*"  # "PARIS/BAMAKO -"
                             # ", 9 December", ", December 9, 2024", ", 2024"
                             r"(?:,\s*(?:[A-Z][\w ]{1,30}|\d{1,2}\s+[^\W\d_]+\.?(?:\s+\d{4})?|\d{4})){0,3}"
                             r"\s*(?:\([^()\n]{1,30}\)\s*){0,2}(?:--|[-\u2013\u2014:])\s")  # ("ILIGAN CITY -- ")


#: A place that names a news outlet ("spoke to Garowe Today", "the Kabul Times") is no place.
_OUTLET_AFTER = re.compile(r"[ \t]+(?:Today|Times|Post|News|Online|Daily|Tribune|Herald|Radio|TV|Gazette|"
                           r"Observer|Express|Chronicle|Mirror|Telegraph|"
                           # an institution that bears the place's name: "the Kurdistan Region Security Council"
                           r"Security Council|Regional Government|Parliament)\b")


#: A building named after a town: "the Ouagadougou conference centre", "the Baghdad Hotel".
_NAMED_BUILDING_AFTER = re.compile(r"\s+(?:conference\s+)?(?:centre|center|hall|hotel|street|square|avenue|road|"
                                   r"roundabout|complex|compound|palace|stadium)\b",
                                   re.IGNORECASE)
#: A speech verb right after a name: "Kobani added that".
_SPEAKS_AT = re.compile(r"\s+(?:said|says|added|adds|stated|told|explained|noted|stressed|indicated)\b")
#: A country's official after its possessive: "Nigeria's chief of defence staff said": who speaks.
#: (Not "Cameroon's army announced that its soldiers had killed X": a force acts where it is.)
_OFFICIAL_AFTER = re.compile(r"(?:then\s+|former\s+|top\s+)?(?:chief|president|prime minister|ministers?|ministry|"
                             r"government|spokesm[ae]n|officials?)\b")
#: A place used as an adjective of people: "13 United States service members", "Iraq army troops".
_PEOPLE_AFTER = re.compile(r"[ \t]+(?:service\s*(?:members|men|women)|troops|soldiers|servicemen|personnel|"
                           r"nationals|citizens|diplomats|officials|"
                           # "the release of the Dapchi schoolgirls": who they were, not where it happened
                           r"schoolgirls|schoolboys|schoolchildren|pupils|hostages|"
                           # "the head of the Banibangou katiba": a unit's name, not where anything happened
                           r"katiba|katibat)\b")


def _is_dateline(text: str, h: PlaceHit) -> bool:
    line_start = text.rfind("\n", 0, h.start) + 1
    k = h.start - 1
    while k >= line_start and text[k].isspace():
        k -= 1
    if k >= line_start and text[k] != "/":
        return False  # words before the place on its line (and no "CITY/" dateline)
    # "PARIS/BAMAKO -": a dateline may name several cities, upper-case, joined by "/"
    if text[line_start:h.start].strip() and not _DATELINE_BEFORE.fullmatch(text, line_start, h.start):
        return False
    return bool(_DATELINE_AFTER.match(text, h.end))


#: "treated near the Niger border": a boundary, on either side of which it may be (not
#: "between Hawija and the Syrian border": one end of a route, which _cross_border reads).
_AT_BORDER = re.compile(r"[ \t]+(?:border|frontier)\b"
                        r"(?!\s+(?:crossing|post|town|point|village|city|checkpoint|market|area|region))")
_AT_THE = re.compile(r"\b(?:near|on|along|at|across|to|towards?|by|beyond|over)\s+the\s+$")


def _within(text: str, places: list[PlaceHit]) -> list[PlaceHit]:
    """Towns placed by the text in a governorate other than the gazetteer's: "the village of Tal
    Shaer in Markada countryside in southern Al-Hasakah" (a homonym's governorate yields to the
    one the article names around it)."""
    out = list(places)
    for k in range(len(out) - 2, -1, -1):
        h, nxt = out[k], out[k + 1]
        if h.kind == TOWN and nxt.admin1 and h.admin1 != nxt.admin1 and h.country == nxt.country and \
                nxt.start - h.end <= 40 and _IN_UNIT.fullmatch(text, h.end, nxt.start):
            out[k] = PlaceHit(h.start, h.end, h.country, nxt.admin1, h.kind)
    return out


#: What joins a place to the larger unit that holds it: " countryside in southern " (not a
#: comma: "in Baiji, Kirkuk and Diyala" lists three places).
_IN_UNIT = re.compile(r"(?:\s+(?:countryside|district|area|village|town|city|suburbs?|outskirts))?\s+(?:in|of)"
                      r"\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern|-?eastern|-?western)?\s+)?",
                      re.IGNORECASE)


def _speaker_origin(text: str, h: PlaceHit) -> bool:
    """"From Kampala, the UPDF also indicated ...": where a speaker is, as a dateline is."""
    if not text.startswith(",", h.end) or text[max(0, h.start - 5):h.start] != "From ":
        return False
    before = text[:h.start - 5].rstrip(" ")
    return not before or before.endswith((".", "\n", "!", "?", "\u201d", "\""))


def _section_label_at(text: str, h: PlaceHit) -> bool:
    """Whether ``h`` is in the upper-case label that opens a section of a brief with two or
    more ("RAQQA: ...", "AL-HOL CAMP: ..."): where that section's events happened, no dateline."""
    line_start = text.rfind("\n", 0, h.start) + 1
    label = _SECTION_LABEL.match(text, line_start)
    return label is not None and h.end <= label.end() and _sectioned(text)


def _sectioned(text: str) -> bool:
    """Whether two or more lines of ``text`` open with an upper-case section label."""
    labels = _SECTION_LABEL.finditer(text) if "\n" in text else iter(())
    return next(labels, None) is not None and next(labels, None) is not None


#: An upper-case label that opens a line: "BENI TERRITORY. ", "AL-HOL CAMP: ".
_SECTION_LABEL = re.compile(r"(?:^|(?<=\n))[A-Z][A-Z'\u2019 ()-]{2,40}[:.](?=\s)")
_DATELINE_BEFORE = re.compile(r"\s*(?>[A-Z][A-Z .'-]{1,30}\s*/\s*)+")  # atomic: linear on hostile lines


#: Governorates that are one city, and the governorate around them: "south of Damascus",
#: "outside Damascus" are in Rif Dimashq.
_SURROUNDING: dict[tuple[str, str | None], str] = {("Syria", "Damascus"): "Rif Dimashq"}
_CITY_GOVERNORATES = frozenset(a for _, a in _SURROUNDING)
_AROUND_BEFORE = re.compile(r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|outside|"
                            r"outskirts\s+of|countryside\s+of|suburbs?\s+of|near)\s+(?:the\s+)?(?:capital,?\s+)?$",
                            re.IGNORECASE)


def _outskirts(text: str, h: PlaceHit) -> PlaceHit:
    """A city-governorate named as a landmark ("south of Damascus") stands for the one around it."""
    around = _SURROUNDING.get((h.country, h.admin1))
    if around is None or not _AROUND_BEFORE.search(text, max(0, h.start - 40), h.start):
        return h
    return PlaceHit(h.start, h.end, h.country, around, h.kind)


def _outside(places: list[PlaceHit], spans: list[tuple[int, int]]) -> list[PlaceHit]:
    out: list[PlaceHit] = []
    j = 0
    for h in places:  # both in text order
        while j < len(spans) and spans[j][1] <= h.start:
            j += 1
        if j < len(spans) and spans[j][0] <= h.start and h.end <= spans[j][1] and \
                (spans[j][0], spans[j][1]) != (h.start, h.end):
            continue
        out.append(h)
    return out


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Lines in Title Case (repeated headlines, captions): their capitals are not names."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if len(line) > 300 or line.rstrip().endswith("."):
            pos += len(line) + 1
            continue
        words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
        if len(words) >= 4 and not line.rstrip().endswith(".") and \
                sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


_FRONTED_ALIAS = re.compile(r"(?:(?:^|[.!?][\"'\u201d\u2019]?\s+|\n)\s*(?:(?:widely|better|also|locally|popularly)\s+)?"
                            r"known\s+(?:by\s+(?:his|her|the)\s+(?:kunya|nom de guerre|alias|name)|as)|"
                            # "the Iraqi-born preacher known as Abu Walaa, Ahmad Abdulaziz A., who ..."
                            r"\b(?:the|an?)\s+(?:[\w'-]+\s+){0,3}?(?:preacher|cleric|commander|leader|emir|militant|man|"
                            r"fighter|official|figure|ideologue|recruiter|jihadist)\s+known\s+as)\s*,?\s*$",
                            re.IGNORECASE)


def _link_aliases(text: str, mentions: list[Mention], by_sentence: dict[int, list[int]],
                  uf: _UnionFind) -> set[int]:
    linked: set[int] = set()
    for idxs in by_sentence.values():
        # (a possessive between two names is part of the gap: "X, Yusuf's son, whose real name is Y")
        plain = [i for i in idxs if not mentions[i].possessive]
        pairs = list(zip(idxs, idxs[1:], strict=False)) if len(plain) == len(idxs) else \
            list(zip(idxs, idxs[1:], strict=False)) + list(zip(plain, plain[1:], strict=False))
        for a, b in pairs:
            gap = text[mentions[a].end:mentions[b].start]
            if len(gap) > 100:
                continue
            low = lower_same(gap)
            if low is None:
                word, alias, appos, subject = _ALIAS_WORD, _ALIAS_GAP, _ALIAS_APPOS, gap
            else:
                word, alias, appos, subject = _ALIAS_WORD_L, _ALIAS_GAP_L, _ALIAS_APPOS_L, low
            if gap.strip() == "," and _FRONTED_ALIAS.search(text, max(0, mentions[a].start - 60), mentions[a].start):
                pass  # "Widely known by his kunya, X, Y was killed": the alias comes first
            elif "known as" in gap and _RELATIVE_ALIAS.fullmatch(gap):
                pass  # "X, whom the LNA described as its emir and said was known as Y"
            elif not word.search(subject) or \
                    not ((len(gap) <= 60 and alias.fullmatch(subject)) or appos.fullmatch(subject)):
                continue
            if mentions[a].possessive:
                continue
            if " said" in gap and _SAID_QUOTE.search(gap) and \
                    text[mentions[b].end:mentions[b].end + 1] not in _CLOSING_QUOTES:
                continue  # 'X said "Y' opens a quote; 'X, said "Petit Y",' gives an alias (French "dit")
            if gap.strip() == "or" and (mentions[a].ntokens < 2 or mentions[b].ntokens < 2):
                continue  # "whether Kyoto or Mugisha", "the Daoussahak or Peul networks": two, not one
            uf.union(a, b)
            linked.update((a, b))
    return linked


_SAID_QUOTE = re.compile(r"\bsaid\s*[\"'\u201c\u2018\u00ab]")
_CLOSING_QUOTES = ("\"", "'", "\u201d", "\u2019", "\u00bb")
_RELATIVE_ALIAS = re.compile(r",\s*(?:whom|who)\b[^.;]{0,70}?\b(?:said|says)\s+(?:he\s+)?(?:was|is)\s+"
                             r"(?:also\s+)?known\s+as\s*[\"'\u201c\u2018]?\s*")


def _link_aliases_across_sentences(text: str, sentences: list[Sentence], mentions: list[Mention],
                                   by_sentence: dict[int, list[int]], uf: _UnionFind, verdicts: _Verdicts,
                                   alias_linked: set[int]) -> None:
    """"... announced that X had been killed. Yet the man better known as Y was ...", "X travelled
    to Syria. In the city she went by the name Y": Y is another name of the one person the
    sentence (or two) before named."""
    for si, idxs in by_sentence.items():
        first = idxs[0]
        s = sentences[si]
        if si == 0:
            continue
        window = text[max(s.start, mentions[first].start - 60):mentions[first].start]
        real_name = " name " in window and _WHOSE_REAL_NAME.search(window) is not None
        if real_name:
            # "... abated an insurgent chief known as "Kibanga". [new paragraph] According to a
            # source, the individual, whose real name is X, commanded ...": the one named just before
            back = (si - 1,)
        elif sentences[si - 1].paragraph != s.paragraph:
            continue
        elif "known as" in window and _THE_MAN_KNOWN_AS.match(text[s.start:mentions[first].start]):
            back = (si - 1,)
        elif (" by" in window or "known as" in window or " the " in window) and \
                _PRONOUN_ALIAS.search(text, s.start, mentions[first].start):
            # "In the city she went by the name Umm Yahya al-Almaniya": the woman named before
            back = tuple(j for j in (si - 2, si - 1) if j >= 0 and sentences[j].paragraph == s.paragraph)
        else:
            continue
        named = _one_person_named(back, mentions, by_sentence, uf, verdicts, quoted=real_name)
        if named is not None:
            uf.union(named, first)
            alias_linked.update((named, first))


def _one_person_named(sentence_indexes: tuple[int, ...], mentions: list[Mention], by_sentence: dict[int, list[int]],
                      uf: _UnionFind, verdicts: _Verdicts, quoted: bool = False) -> int | None:
    """The last mention of the one person these sentences name by a full name or a kunya (or,
    with ``quoted``, a nickname in quotes), not a possessive, nor anyone a pronoun cannot mean;
    None when they name none or several."""
    named = [i for j in sentence_indexes for i in by_sentence.get(j, ()) if not mentions[i].possessive
             and (mentions[i].ntokens >= 2 or mentions[i].kunya or quoted and mentions[i].quoted)
             and _antecedent_ok(mentions[i], verdicts[i])]
    return named[-1] if named and len({uf.find(i) for i in named}) == 1 else None


# (the sentence's subject: "Yet the man better known as Y was", not "fighters loyal to the commander known as Y")
_THE_MAN_KNOWN_AS = re.compile(r"^\s*(?:(?:Yet|But|However|And|Still|Now|So),?\s+)?[Tt]he\s+(?:man|woman|militant|"
                               r"jihadist)\s+"
                               r"(?:(?:better|also|widely|more commonly|popularly)\s+)?known\s+as\s*"
                               r"[\"'\u201c\u2018]?$")
_WHOSE_REAL_NAME = re.compile(r"\b[Tt]he\s+(?:individual|man|woman|militant|insurgent|jihadist|commander|chief|"
                              r"leader|suspect|terrorist),?\s+whose\s+(?:real|true|birth|given|full|civil)\s+name\s+"
                              r"(?:is|was)\s*[\"'\u201c\u2018]?$")
_PRONOUN_ALIAS = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:(?:also|later|then)\s+)?(?:(?:went|goes)\s+by|"
                            r"(?:was|is)\s+(?:also\s+|better\s+|widely\s+)?known\s+as|(?:used|uses)(?=\s+the))"
                            r"(?:\s+the\s+(?:name|kunya|alias|nom de guerre|pseudonym))?\s*[\"'\u201c\u2018]?$")


def _compatible(small: tuple[str, ...], big: tuple[str, ...]) -> bool:
    """A short form inside a fuller name: all its parts present, a lone part first or last."""
    if not small or not big or len(small) > len(big):
        return False
    if not set(small) <= set(big):
        return False
    return len(small) >= 2 or small[0] in (big[0], big[-1])


def _link_short_forms(text: str, mentions: list[Mention], uf: _UnionFind, alias_linked: set[int]) -> None:
    """Join repeated names and short forms ("Baghdadi") to the nearest compatible fuller name (not
    a witness's own: "one resident, who gave his name only as Khaled", no short form of Khalid X)."""
    order = sorted(range(len(mentions)), key=lambda i: (-mentions[i].ntokens, mentions[i].start))
    sets = [frozenset(m.core) for m in mentions]
    # the names placed so far that hold a token, in the order placed: a compatible fuller
    # name holds the short form's first token, so only those are tried
    by_token: dict[str, list[int]] = {}
    by_surname: dict[str, list[int]] = {}  # fuller names by the loose skeleton of their last token
    for i in order:
        m = mentions[i]
        small, small_set = m.core, sets[i]
        if len(small) == 1 and witness_name_before(text, m.start):
            continue
        # ``_compatible(m.core, mentions[j].core)`` with the token sets made once
        candidates = [j for j in by_token.get(small[0], ())
                      if len(small) <= len(mentions[j].core) and small_set <= sets[j]
                      and (len(small) >= 2 or small[0] in (mentions[j].core[0], mentions[j].core[-1]))] \
            if small else []
        if not candidates and len(small) == 1 and i not in alias_linked and \
                len(loose := _loose_skeleton(small[0])) >= 3:
            # "Firas Ahmad al-Hweish ... Al-Huwaish, a former fuel smuggler": one surname in two
            # transliterations (the vowels differ beyond what the skeleton folds)
            candidates = by_surname.get(loose, [])
            if len({uf.find(j) for j in candidates}) != 1:
                candidates = []
        if candidates and m.kunya and len(small) == 1:
            # "Abu Aisha" (the father of Aisha) is no short form of "Aisha Lawan Bulama"
            candidates = [j for j in candidates if mentions[j].kunya]
        if candidates:
            roots = {uf.find(j) for j in candidates}
            if len(roots) == 1:
                uf.union(candidates[0], i)
            else:
                before = [j for j in candidates if mentions[j].start < m.start]
                # the person named most often so far, then the nearest: "His younger brother,
                # Yassin al-Hamdan, is wounded ... a key enabler of al-Hamdan's network" (the
                # story's al-Hamdan, named three times before, not the brother)
                seen: dict[int, int] = {}
                for j in before:
                    seen[uf.find(j)] = seen.get(uf.find(j), 0) + 1
                pick = max(before, key=lambda j: (seen[uf.find(j)], mentions[j].start)) if before else \
                    min(candidates, key=lambda j: mentions[j].start)
                uf.union(pick, i)
        for token in small_set:
            by_token.setdefault(token, []).append(i)
        if len(small) >= 2:
            by_surname.setdefault(_loose_skeleton(small[-1]), []).append(i)


def _loose_skeleton(token: str) -> str:
    """A skeleton's consonants only: "hush" (Huwaish) and "hish" (Hweish) agree."""
    return token[:1] + _SKELETON_VOWELS.sub("", token[1:])


_SKELETON_VOWELS = re.compile(r"[aiuyw]")


def _inherit_coordination(text: str, mentions: list[Mention], by_sentence: dict[int, list[int]],
                          verdicts: _Verdicts) -> None:
    """"ISIS leaders X and Y": Y, with no words of its own, shares X's verdict."""
    for idxs in by_sentence.values():
        for a, b in zip(idxs, idxs[1:], strict=False):
            gap = text[mentions[a].end:mentions[b].start]
            if len(gap) > 30 or not _COORD_GAP.fullmatch(gap):
                continue
            if verdicts[b].kind or verdicts[a].kind not in (ISIS, ROLE):
                continue
            verdicts[b].kind = verdicts[a].kind
            verdicts[b].role = verdicts[b].role or verdicts[a].role


def _apply_outcomes(text: str, folded: str, sentences: list[Sentence], mentions: list[Mention],
                    by_sentence: dict[int, list[int]], uf: _UnionFind, persons: dict[int, Person],
                    verdicts: _Verdicts, cue_hits: list | None = None, low: str | None | bool = False) -> None:
    """The outcomes the sentences give to persons; ``low`` may give ``lower_same(text)``."""
    loose_by_sentence: dict[int, list] = {}
    hit_outcome: dict[int, str] = {}  # sentence -> the most severe outcome its cues gave to a name
    all_cues = find_cues(text, folded, cue_hits, low)
    cues_by_sentence: dict[int, list[tuple[int, int, str, str]]] = {}
    si = 0
    for cue in all_cues:
        while si < len(sentences) and sentences[si].end <= cue[0]:
            si += 1
        if si < len(sentences) and sentences[si].start <= cue[0] and cue[1] <= sentences[si].end:
            base = sentences[si].start
            cues_by_sentence.setdefault(si, []).append((cue[0] - base, cue[1] - base, cue[2], cue[3]))
    for s in sentences:
        idxs = by_sentence.get(s.index, [])
        s_cues = cues_by_sentence.get(s.index)
        prev_loose = loose_by_sentence.get(s.index - 1)
        if idxs and prev_loose:
            _among_them(text, s, mentions, idxs, prev_loose, uf, persons)
        if idxs and s.index - 1 in hit_outcome and (so := _SO_WAS.match(text, s.start, s.end)) is not None:
            # "X was killed near Hawija. So was his deputy, Y.": the outcome of the sentence before
            spans = [(mentions[i].start - s.start, mentions[i].end - s.start, mentions[i].possessive) for i in idxs]
            after = [k for k, (a, _, _) in enumerate(spans) if so.end() - s.start <= a < so.end() - s.start + 40]
            for k in first_coordination(text[s.start:s.end], spans, after):
                _record(persons[uf.find(idxs[k])], hit_outcome[s.index - 1], s.index, spans[k][0])
        if not s_cues and not any(mentions[i].possessive for i in idxs):
            continue  # no cue and no "X's death": nothing to find
        stext = text[s.start:s.end]
        nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
        next_text = text[nxt.start:nxt.end] if nxt and nxt.paragraph == s.paragraph else None
        next_has = bool(nxt and by_sentence.get(nxt.index))
        spans = [(mentions[i].start - s.start, mentions[i].end - s.start, mentions[i].possessive) for i in idxs]
        hits, loose = sentence_outcomes(stext, spans, next_text, next_has, s_cues or [])
        for h in hits:
            _record(persons[uf.find(idxs[h.mention])], h.outcome, s.index, h.cue)
        if hits:
            hit_outcome[s.index] = max((h.outcome for h in hits), key=SEVERITY.__getitem__)
        if loose:
            loose_by_sentence[s.index] = loose
    # Loose cues: "the targeted person was killed" reaches the named target; "he was
    # killed" reaches the person named last before it (two sentences back at most, same
    # paragraph, skipping government people and speakers); "they were killed" reaches the
    # names of the sentence before.
    pending: list[tuple[int, int, str, str]] = []  # (sentence, cue offset, outcome) with an unnamed patient
    for si, loose in sorted(loose_by_sentence.items()):
        s = sentences[si]
        stext = text[s.start:s.end]
        for lc in loose:
            if lc.pronoun:
                prev = [i for j in (si - 2, si - 1, si) if j >= 0 and sentences[j].paragraph == s.paragraph
                        for i in by_sentence.get(j, []) if mentions[i].start < s.start + lc.cue
                        and _antecedent_ok(mentions[i], verdicts[i])]
                if not prev and lc.pronoun == "he" and (opener := _paragraph_opener(text, sentences, s, lc.cue,
                                                                                 mentions, by_sentence, uf,
                                                                                 verdicts)) is not None:
                    # "... had been killed. [new paragraph] He died in an airstrike in al-Anbar": the
                    # one person the paragraph before ended on
                    _record(persons[uf.find(opener)], lc.outcome, si, lc.cue)
                    continue
                if not prev:
                    # "opened fire on a young man ..., killing him instantly. The young man, X,":
                    # with no name before, "him" is the unnamed man, whom a later naming may name
                    if lc.pronoun == "he" and (patient := _UNNAMED_PATIENT.search(stext, 0, lc.cue)) is not None \
                            and classify_np(stext[patient.start():patient.end()]) != GOV:
                        pending.append((si, lc.cue, lc.outcome, stext[max(0, lc.cue - 130):lc.cue + 160]))
                    continue
                if lc.pronoun == "they":
                    last_s = mentions[prev[-1]].sentence
                    group = [i for i in prev if mentions[i].sentence == last_s]
                    if len(group) >= 2:
                        for i in group:
                            _record(persons[uf.find(i)], lc.outcome, si, lc.cue)
                    continue
                _record(persons[uf.find(_pronoun_antecedent(text, s, mentions, prev, lc.cue))], lc.outcome, si, lc.cue)
                continue
            if _GOV_PATIENT_BEFORE.search(stext, max(0, lc.cue - 40), lc.cue):
                continue  # "deplore two soldiers lightly wounded": the cue's patients are named, not the target
            hit_any = False
            for j in (si - 1, si, si + 1):
                if j < 0 or j >= len(sentences) or sentences[j].paragraph != s.paragraph:
                    continue
                sj = sentences[j]
                sjtext = text[sj.start:sj.end]
                for i in by_sentence.get(j, []):
                    m = mentions[i]
                    if mentions_target(sjtext, m.start - sj.start, m.end - sj.start):
                        _record(persons[uf.find(i)], lc.outcome, si, lc.cue)
                        hit_any = True
            lo, hi = max(0, lc.cue - 130), min(len(stext), lc.cue + 160)
            if not hit_any and (back := _role_back_reference(text, sentences, mentions, by_sentence, verdicts,
                                                              si, stext, lc.cue)) is not None:
                _record(persons[uf.find(back)], lc.outcome, si, lc.cue)
                continue
            if not hit_any:
                slow = lower_same(stext)
                rx, subject = (_UNNAMED_PATIENT_L, slow) if slow is not None else (_UNNAMED_PATIENT, stext)
                # "One resident said the man inside ... blew himself up": past a government
                # or bystander phrase, the next candidate may still be the patient.
                at = lo
                # "killed a commander ... and arrested a recruiter": the object right after an
                # active cue is its patient, and the window starts at the cue (not at the other's)
                ahead = rx.search(subject, lc.cue, min(hi, lc.cue + 40))
                if ahead is not None and ahead.start() - lc.cue <= 25 and \
                        classify_np(stext[ahead.start():ahead.end()]) != GOV:
                    pending.append((si, lc.cue, lc.outcome, stext[lc.cue:hi]))
                    continue
                while (patient := rx.search(subject, at, hi)) is not None:
                    if classify_np(stext[patient.start():patient.end()]) != GOV:
                        pending.append((si, lc.cue, lc.outcome, stext[lo:hi]))
                        break
                    at = patient.start() + 1
    _identify(text, sentences, mentions, uf, persons, pending, verdicts)
    _retract(text, sentences, mentions, by_sentence, uf, persons)


#: Soldiers or bystanders as the patients of a cue with no name: "two soldiers lightly wounded".
_GOV_PATIENT_BEFORE = re.compile(r"\b(?:soldiers?|troops|police(?:m[ae]n)?|officers|civilians?|villagers?|residents|"
                                 r"personnel|gendarmes?|servicem[ae]n)\s+"
                                 # (a passive or an adverb between: "Congolese soldiers arrested a bomb-maker" acts)
                                 r"(?:\w+ly\s+|were\s+|was\s+|(?:killed|wounded|injured|hurt)\s+(?:or|and)\s+)+$",
                                 re.IGNORECASE)


def _paragraph_opener(text: str, sentences: list[Sentence], s: Sentence, cue: int, mentions: list[Mention],
                      by_sentence: dict[int, list[int]], uf: _UnionFind, verdicts: _Verdicts) -> int | None:
    """For "He"/"She" opening the first sentence of a paragraph (its cue in that sentence's
    first 150 characters), the mention of the one person the last two sentences of the paragraph
    before name (by a full name or a kunya), or None."""
    if s.index == 0 or sentences[s.index - 1].paragraph == s.paragraph or cue > 150 or \
            not text.startswith(("He ", "She "), s.start):
        return None
    para = sentences[s.index - 1].paragraph
    back = tuple(j for j in (s.index - 2, s.index - 1) if j >= 0 and sentences[j].paragraph == para)
    return _one_person_named(back, mentions, by_sentence, uf, verdicts)


def _pronoun_antecedent(text: str, s: Sentence, mentions: list[Mention], prev: list[int], cue: int) -> int:
    """Of the candidates ``prev`` for "he" at ``cue`` of sentence ``s``, the last, unless it stands
    in a relative clause that closed before the pronoun: "The case against X, a Turk who brought
    Y into the group, was dropped after a report that he had been killed" (he is X)."""
    last = mentions[prev[-1]]
    if last.sentence != s.index:
        if len(prev) >= 2 and mentions[prev[-2]].sentence == last.sentence and \
                _SUCCESSOR_AFTER.match(text, last.end) and \
                _APPOINTED_BEFORE.search(text, max(0, last.start - 30), last.start):
            # "... announced that its leader, X, had been killed, and named Y as his successor. The
            # group said he died in clashes": the successor is no one's "he"
            return prev[-2]
        return prev[-1]
    rel = max(text.rfind(w, s.start, last.start) for w in (" who ", " whom ", " which "))
    if rel < 0 or "," in text[rel:last.start] or "," not in text[last.end:s.start + cue]:
        return prev[-1]
    earlier = [i for i in prev if mentions[i].sentence == s.index and mentions[i].end <= rel]
    return earlier[-1] if earlier else prev[-1]


#: A successor named: "named Y as his successor", "appointed Y as the new leader".
_SUCCESSOR_AFTER = re.compile(r"\s+as\s+(?:its|his|her|their|the)\s+(?:new\s+)?(?:successor|leader|caliph|emir|amir|"
                              r"head|chief|wali|governor|spokesman)\b")
_APPOINTED_BEFORE = re.compile(r"\b(?:named|appointed|chose|designated|declared|proclaimed)\s+$")
#: How far after a claimed outcome a denial about the same person is looked for.
_RETRACT_WINDOW = 3
#: "He was later seen alive" speaks of the man; "He said another commander escaped" is a speaker.
_HE_SHE = ("he", "she")  # a cheap gate for _HE_START
_HE_START = re.compile(r"(?:he|she)\b(?!\s+(?:said|says|added|told|noted|stated|explained))")
_EARLIER_CLAIM = re.compile(r"\b(?:previously|earlier|once)\b[^.;]{0,30}\b(?:reported|declared|claimed|said|"
                            r"announced)\b")
#: "We consider him alive", "he is still alive": a verdict on the man last named.
_PRONOUN_ALIVE = re.compile(r"\b(?:him|her)\s+(?:as\s+)?alive\b|\b(?:he|she)\s+(?:is|was|remains|remained)\s+"
                            r"(?:still\s+)?alive\b", re.IGNORECASE)
_EARLIER_EVENT = re.compile(r"\b(?:earlier|previous|prior|past|several|two|three|many|in (?:19|20)\d\d)\b")
_ABOUT_OUTCOME = re.compile(r"\b(?:killed|dead|died|death|alive|claims?|reports?|reported|hurt|wounded|injured|"
                            r"captured|arrest(?:ed)?|detained|fate|body|identity|verified)\b")
_WOUNDS = re.compile(r"\b(?:wounds?|wounded|injur(?:y|ies|ed))\b")


def _retract(text: str, sentences: list[Sentence], mentions: list[Mention], by_sentence: dict[int, list[int]],
             uf: _UnionFind, persons: dict[int, Person]) -> None:
    """A claim undone a few sentences later: "X was declared killed ... X reappeared alive
    in a video", "the group denied that X had been hurt". The person is then only mentioned.
    An escape ("X later escaped") undoes only a death: a capture before an escape stands."""
    memo: dict[int, tuple[str, list[tuple[int, bool]]]] = {}  # sentence -> (lower text, its denials)
    for root, p in persons.items():
        if p.outcome == MENTIONED:
            continue
        hi = min(len(sentences), p.sentence + 1 + _RETRACT_WINDOW)
        for j in range(p.sentence + 1, hi):
            sj = sentences[j]
            if sj.paragraph > sentences[p.sentence].paragraph + 1 or \
                    p.hit_sentences.get(j, 0) >= SEVERITY[p.outcome]:
                break  # a later sentence that says it again confirms it
            named = any(uf.find(i) == root and not mentions[i].possessive for i in by_sentence.get(j, ()))
            if not named and not (j == p.sentence + 1 and text[sj.start:sj.start + 3].lower().startswith(_HE_SHE)
                                  and _HE_START.match(text[sj.start:sj.start + 20].lower())) \
                    and not (j not in by_sentence and text.find("alive", sj.start, sj.end) >= 0
                             and _PRONOUN_ALIVE.search(text, sj.start, sj.end)
                             # ("he is alive" speaks of the man named last: nobody else since)
                             and not any(uf.find(i) != root for k in range(p.sentence + 1, j)
                                         for i in by_sentence.get(k, ()))):
                continue
            if j not in memo:
                low = lower_same(text[sj.start:sj.end]) or text[sj.start:sj.end].lower()
                memo[j] = (low, [d for d in denials(low) if not party_argued(low, d[0])])
            low, found = memo[j]
            if found and named:
                # ("al-Karawi was a deputy of X, ..., who is still being hunted": an escape told after
                # someone else's name is that man's)
                own = [mentions[i].start - sj.start for i in by_sentence.get(j, ()) if uf.find(i) == root]
                others = [mentions[i].start - sj.start for i in by_sentence.get(j, ())
                          if uf.find(i) != root and not mentions[i].possessive]
                found = [(d, esc) for d, esc in found
                         if not (esc and own and any(min(own) < o < d for o in others))]
            if found and _EARLIER_CLAIM.search(low):
                continue  # "X had previously been reported dead, but the reports proved false"
            if found and all(esc and low.startswith("had survived", max(0, d - 4)) for d, esc in found) and \
                    _EARLIER_EVENT.search(low):
                continue  # "Al-Rawi had survived two earlier strikes": before the outcome, not after
            # a denial must be about the outcome ("denied the reports", "reappeared alive"),
            # not about something else ("denied that X had ordered the bombing")
            if any(esc and p.outcome == KILLED for _, esc in found) or \
                    any(not esc for _, esc in found) and _ABOUT_OUTCOME.search(low):
                if p.outcome == KILLED and _WOUNDS.search(low):
                    p.outcome = WOUNDED  # "had survived with shrapnel wounds"
                else:
                    # what other sentences said stands: "X was wounded ... a communique claimed he was
                    # dead, a claim his supporters denied" leaves him wounded
                    earlier = [(sev, k) for k, sev in p.hit_sentences.items()
                               if k != p.sentence and sev < SEVERITY[p.outcome]]
                    if earlier:
                        sev, k = max(earlier)
                        p.outcome, p.sentence, p.cue = _BY_SEVERITY[sev], k, 0
                    else:
                        p.outcome, p.sentence, p.cue = MENTIONED, -1, 0
                break


_BY_SEVERITY = {sev: outcome for outcome, sev in SEVERITY.items()}
#: "Among them, he said, was a fighter identified as X": a speech tag and a naming phrase may intervene.
#: "The wali was killed": a definite role noun as the subject of a cue.
_DEF_SUBJECT = re.compile(r"\b[Tt]he\s+(?:(?:group|organi[sz]ation)['\u2019]s\s+)?"
                          r"(?P<h>leader|commander|emir|amir|wali|chief|financier|smuggler|facilitator|"
                          r"recruiter|spokesman|judge|courier|bomb-?maker|logistician|official|operative|"
                          # words that name no role: only the one person named just before may be meant
                          r"(?P<g>militant|suspect|jihadist|terrorist|extremist|insurgent|fighter|defendant|"
                          r"man|woman|\d+-year-old))"
                          # ("The group's wali of Anbar was killed")
                          r"(?:\s+(?:of|for)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s+"
                          r"(?P<aux>(?:was|were|had been|has been|is)\s+(?:(?:\w+ly|also|later|confirmed)\s+){0,2}"
                          # ("The commander is said to have been killed", "was shot and wounded")
                          r"(?:(?:reported|said|believed|thought|understood|presumed|known)\s+to\s+have\s+been\s+"
                          r"(?:\w+ly\s+)?|shot\s+and\s+)?)?$")
#: A first verb and "and" before a second: "was wounded and (later) died", "was arrested and executed".
_FIRST_VERB_AND = re.compile(r"\b(?:wounded|injured|hurt|arrested|detained|captured|held|shot)\s+and\s+"
                             r"(?:(?:later|then|subsequently|eventually)\s+)?(?:was\s+)?$")
#: Verbs that need no auxiliary after a role noun: "The commander died", "The wali gave himself up".
_BARE_VERBS = ("died", "dies", "surrendered", "blew", "gave", "handed", "turned", "succumbed", "sustained",
               "suffered", "survived", "perished", "lost", "met", "fell", "escaped", "committed", "detonated",
               "received", "killed himself", "killed herself", "shot himself", "shot herself", "is ", "was ",
               "remains ")


def _role_back_reference(text: str, sentences: list[Sentence], mentions: list[Mention],
                         by_sentence: dict[int, list[int]], verdicts: _Verdicts, si: int, stext: str,
                         cue: int) -> int | None:
    """"X was the group's wali of Kirkuk. The wali was killed": the mention (one or two
    sentences back, same paragraph) that the role noun before the cue was said of."""
    if (joined := _FIRST_VERB_AND.search(stext, max(0, cue - 40), cue)) is not None:
        cue = joined.start()  # "The militant was wounded and later died": the subject of the first verb
    subj = _DEF_SUBJECT.search(stext, max(0, cue - 60), cue)
    if subj is None or (subj.group("aux") is None and not stext.startswith(_BARE_VERBS, cue)):
        return None
    head = subj.group("h")
    s = sentences[si]
    if subj.group("g") is not None:
        # "X, 41, was charged with membership. The 41-year-old was arrested in March": the one
        # person the sentence before names
        j = si - 1
        if j < 0 or sentences[j].paragraph != s.paragraph:
            return None
        found = [i for i in by_sentence.get(j, []) if _antecedent_ok(mentions[i], verdicts[i])]
        return found[0] if len(found) == 1 else None
    for j in (si - 1, si - 2):
        if j < 0 or sentences[j].paragraph != s.paragraph:
            return None
        sj = sentences[j]
        found = [i for i in by_sentence.get(j, []) if _antecedent_ok(mentions[i], verdicts[i])
                 and head in text[max(sj.start, mentions[i].start - 40):min(sj.end, mentions[i].end + 80)].lower()]
        if len(found) == 1:
            return found[0]
        if found:
            return None
        if j == si - 1 and (entry := _entry_name(text, sj, mentions, by_sentence.get(j, []))) is not None:
            return entry  # a timeline's entry, "December 2019 \u2013 X, or "Y".", then "The wali was killed"
    return None


def _entry_name(text: str, s: Sentence, mentions: list[Mention], idxs: list[int]) -> int | None:
    """The name a timeline entry's heading sentence gives ("June 2020 \u2013 X (Y).": a dash, the
    name and its aliases, little else), or None."""
    if not idxs or not any(d in text[s.start:s.end] for d in ("\u2013", "\u2014", " - ")):
        return None
    rest, at = [], s.start
    for i in idxs:
        rest.append(text[at:mentions[i].start])
        at = mentions[i].end
    rest.append(text[at:s.end])
    return idxs[0] if len(_ENTRY_FILLER.sub("", "".join(rest))) <= 20 else None


_ENTRY_FILLER = re.compile(r"[\s.,;:()\"'\u2013\u2014\u201c\u201d-]+|\b(?:or|alias|aka|known as)\b")


#: "So was his deputy, Y": the sentence repeats the outcome of the one before.
_SO_WAS = re.compile(r"(?:So|Likewise|Neither|Nor)\s+(?:was|were|did|had)\s+")
# ("Among those taken alive was X" tells its own outcome: "among those" must be followed by its verb)
_AMONG_THEM = re.compile(r"(?:among them|among those(?=,|\s+(?:was|were)\b)|they included|those \w+ included)\b"
                         r"(?:,\s*\w+\s+(?:said|added),)?"
                         r"[^,]{0,12}?\s(?:(?:was|were)\s+)?(?:(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:identified|named)"
                         r"(?:\s+only)?\s+as\s+)?|"
                         # "One of them, X, appeared in court": the name is an appositive
                         r"(?:one|two|three|another|the first|the second|the third) of (?:them|those),\s",
                         re.IGNORECASE)
#: "They are X and Y": the name must follow at once ("They were led by X" is no list).
_THEY_ARE = re.compile(r"(?:they|the two|the three|both) (?:are|were) (?:(?:named|identified) (?:only )?as )?",
                       re.IGNORECASE)
#: "One of them was identified as X", "The army named one of them as X": anywhere in the sentence.
_ONE_OF_THEM = re.compile(r"\b(?:(?:one|two|both|another|the (?:first|second|third|other))\s+of\s+(?:them|those)\s+"
                          r"(?:(?:was|were|has been|had been|have been)\s+)?(?:identified|named)|"
                          r"(?:identified|named)\s+(?:one|two|both|another)\s+of\s+them)\s+(?:only\s+)?as\s+",
                          re.IGNORECASE)


def _among_them(text: str, s: Sentence, mentions: list[Mention], idxs: list[int], prev_loose: list,
                uf: _UnionFind, persons: dict[int, Person]) -> None:
    """"Hundreds of fighters surrendered ... Among them was X", "Three militants were
    killed. One of them was identified as X": the names the sentence gives to the group
    share the outcome the sentence before gave to no one by name."""
    m = _AMONG_THEM.match(text, s.start, s.end) or \
        (_ONE_OF_THEM.search(text, s.start, s.end) if text.find(" of th", s.start, s.end) >= 0 else None)
    reach = 20
    if not m:
        m, reach = _THEY_ARE.match(text, s.start, s.end), 1
        if not m:
            return
    cue = max(prev_loose, key=lambda c: SEVERITY[c.outcome])
    spans = [(mentions[i].start - s.start, mentions[i].end - s.start, mentions[i].possessive) for i in idxs]
    after = [k for k, (a, _, _) in enumerate(spans) if m.end() - s.start <= a]
    if not after or spans[after[0]][0] >= m.end() - s.start + reach:
        return
    for k in first_coordination(text[s.start:s.end], spans, after):
        p = persons[uf.find(idxs[k])]
        _record(p, cue.outcome, s.index - 1, cue.cue)
        if p.outcome == cue.outcome and not any(v.kind == ROLE for v in p.verdicts):
            p.verdicts.append(Verdict(kind=ROLE))  # one of the fighters who surrendered: one of the group


#: An unnamed insurgent as the patient of an outcome: "killed a senior ISIS financier".
_UNNAMED_PATIENT = re.compile(
    r"\b(?:an?|one|the|two|three|four|a senior|a top|a wanted|a key|its|their)\s+(?:[\w'\u2019()-]+\s+){0,5}?"
    r"[\"\u201c]?"  # ('an ISIS "emir" was killed': a title in quotes)
    r"(?:leaders?|commanders?|emirs?|amirs?|walis?|officials?|chiefs?|heads?|deputy|deputies|financiers?|"
    r"smugglers?|facilitators?|recruiters?|operatives?|members?|militants?|figures?|man|men|wom[ae]n|"
    r"suspects?|planners?|spokesm[ae]n|judges?|bomb[- ]?makers?|logisticians?|couriers?|targets?|"
    r"cell leaders?|jihadists?|insurgents?|terrorists?|fighters?|associates?|nationals?|"
    # specialists described by their trade: "a senior explosives expert", "a weapons trainer"
    r"experts?|specialists?|trainers?|instructors?|ideologues?|preachers?|propagandists?|bodyguards?|"
    r"gunm[ae]n|snipers?|bombers?|others|ringleaders?|"
    # a French report's "cadre", a Nigerian report's "qaid", the courts' "accomplice"
    r"cadres?|qaids?|lieutenants?|aides?|accomplices?|suppliers?|collaborators?|informants?|elements?)\b",
    re.IGNORECASE,
)
_UNNAMED_PATIENT_L = caseless(_UNNAMED_PATIENT)
#: A name given to someone already described: "named him as X", "identified the dead
#: commander as X", "the commander, whom he identified as X", "The financier, X,".
_Q = "[\"'\u201c\u2018]?"
_IDENT_PRON = re.compile(r"\b(?:named|names|identified|identifies|identifying|naming|gave|listed|confirmed|"
                         r"described)\s+"
                         r"(?:him|her|them)\s+(?:only\s+)?"
                         # "identifying him only by his nom de guerre, X"
                         r"(?:as|by\s+(?:his|her|their|the)\s+(?:nom de guerre|kunya|name|alias|pseudonym),?)"
                         r"\s*" + _Q + r"\s*$", re.IGNORECASE)
_IT_CONCERNS_ENDS = ("concerns", "it is", "he is", "rned is", "oncerned,", "question,", "stion is")
_IT_CONCERNS = re.compile(r"(?:^|[.;:]\s*|\n|,\s*)\s*(?:(?:it|this|he)\s+concerns|it\s+is|he\s+is|"
                          # "According to the communique, the person concerned is X", "The person concerned, X,"
                          # (French "l'int\u00e9ress\u00e9")
                          # ("The individual in question, X, headed ...": French "l'individu en question")
                          r"the\s+(?:person|individual|man|terrorist|jihadist)\s+(?:concerned|in\s+question)(?:\s+is|,))$",
                          re.IGNORECASE)
_ONE_OF_WHOM = re.compile(r"\bone of (?:whom|them)\s+(?:[\w'-]+\s+){0,3}?(?:named|identified)\s+as\s*" + _Q + r"\s*$",
                          re.IGNORECASE)
_IDENT_NP = re.compile(r"\b(?:named|identified|listed|confirmed|described)\s+(?P<np>(?:the|one of the|one of|"
                       r"its|their|his|both)\s+(?:[\w'-]+\s+){0,4}?)(?:only\s+)?as\s*" + _Q + r"\s*$",
                       re.IGNORECASE)
#: "The commander, identified as X": the appositive may carry the naming verb.
_IDENT_APPOS = re.compile(r"(?:^|\b[Tt]he\s+|\bsaid\s+the\s+)(?P<np>(?:[\w'-]+\s+){0,3}?[\w'-]+),\s*"
                          r"(?:(?:identified|named)(?:\s+only)?\s+as\s*)?" + _Q + r"\s*$")
#: "The man the military named, X": a reduced relative with its own subject, then the name.
_IDENT_REDUCED = re.compile(r"\b[Tt]he\s+(?P<np>(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:the|a|an)\s+[\w.'-]+"
                            r"(?:\s+[\w.'-]+)?\s+(?:named|identified),\s*$")
_IDENT_WHOM = re.compile(r"\b(?:the|a|an)\s+(?P<np>(?:[\w'-]+\s+){0,4}?[\w'-]+),?\s+"
                         # ("whom U.S. Central Command names as", "an IS leader the Pentagon identifies as")
                         r"(?:whom\s+[\w.'-]+(?:\s+[\w.'-]+){0,3}?|the\s+[\w.'-]+(?:\s+[\w.'-]+){0,2}?)\s+"
                         r"(?:named|names|identified|identifies|described|describes)\s+as\s*" + _Q + r"\s*$",
                         re.IGNORECASE)
#: "a facilitator named X"; "the individual, named X," (a comma only after "the": the man spoken of)
_IDENT_NAMED = re.compile(r"\b(?P<det>an?|the)\s+(?P<np>(?:[\w'-]+\s+){0,3}?[\w'-]+)(?P<comma>,)?\s*"
                          r"named\s*" + _Q + r"\s*$", re.IGNORECASE)
#: The naming in the passive, with a pronoun or a described head as subject.
_IDENT_PASSIVE = re.compile(r"(?:^|[.;,]\s*|\b(?:and|but|then)\s+)"
                            r"(?:(?P<pron>[Hh]e|[Ss]he|[Oo]ne|[Tt]he other(?: (?:two|three|four|five))?|[Aa]nother|"
                            r"[Tt]hey)|"
                            # ('The "emir" has been identified as X': a title in quotes)
                            r"[Tt]he\s+[\"\u201c]?(?P<np>(?:[\w'-]+\s+){0,3}?[\w'-]+)[\"\u201d]?)\s+"
                            r"(?:was|were|has been|have been|had been|"
                            r"is|are)\s+"
                            r"(?:later\s+|subsequently\s+)?(?:named|identified)(?:\s+only)?\s+as\s*" + _Q + r"\s*$")
#: The unnamed man's name given: "His name was given as", "identified by his single name".
_NAME_GIVEN = re.compile(r"(?:\b[Hh](?:is|er) (?:full |real )?name (?:was|is|has been) (?:given|released|reported|"
                         r"published) as|\bidentified (?:only )?by (?:his|her) (?:single |only |first |given )?name)$")
#: A counted head, then "are"/"were": "the two terrorists are X and Y" (the counted patients, named).
_IDENT_COUNTED_ARE = re.compile(r"(?:^|[.;:,]\s*)[Tt]he\s+(?P<np>(?:two|three|four|five|six)\s+(?:[\w'-]+\s+){0,2}?"
                                r"[\w'-]+s)\s+(?:are|were)\s*$")
_IDENT_BARE = re.compile(r"\b(?:named|identified)(?:\s+only)?\s+as\s*" + _Q + r"\s*$", re.IGNORECASE)
_ORDINALS = frozenset({"first", "second", "third", "fourth", "latter", "former", "other"})
_HONORIFIC_TAIL = re.compile(r"\b(?:" + "|".join(sorted(HONORIFICS)) + r")\s+$", re.IGNORECASE)
_HONORIFIC_ENDS = tuple(sorted(HONORIFICS))


def _strip_honorific(left: str) -> str:
    """``_HONORIFIC_TAIL.sub("", left)``, skipped when the last word is no honorific."""
    word = lower_same(left.rstrip()[-8:])
    if word is not None and (not left[-1:].isspace() or not word.endswith(_HONORIFIC_ENDS)):
        return left
    return _HONORIFIC_TAIL.sub("", left)


_CLAIM_DENIED = re.compile(r"\b(?:denied|dismissed|rejected|refuted|debunked)\s+(?:[\w'-]+\s+){0,6}?"
                           r"(?:claims?|reports?|posts?|rumou?rs?|allegations?)\b", re.IGNORECASE)
_GENERIC_HEADS = frozenset({"man", "men", "woman", "women", "person", "militant", "militants", "suspect",
                            "suspects", "target", "individual", "jihadist", "insurgent", "terrorist", "defendant",
                            "accused",
                            # "named the first as X": one of the counted patients
                            "first", "second", "third", "latter", "former", "other"})
_IDENT_OUTCOME = [
    (KILLED, re.compile(r"\b(?:dead|slain|killed|deceased|body|bodies|fatality|fatalities)\b", re.IGNORECASE)),
    # ("The condemned men were named as X, Y and Z": a sentence passed on them in court)
    (CAPTURED, re.compile(r"\b(?:detainees?|detained|arrested|captured|prisoners?|captives?|condemned|convicted|"
                          r"sentenced)\b", re.IGNORECASE)),
    (WOUNDED, re.compile(r"\b(?:wounded|injured)\b", re.IGNORECASE)),
]


def _direct_outcome(np: str) -> str | None:
    """The outcome a naming's noun phrase tells by itself: "the dead commander", "the detainees"."""
    return next((o for o, rx in _IDENT_OUTCOME if rx.search(np)), None)


def _antecedent_ok(m: Mention, v: Verdict) -> bool:
    """Whether a pronoun may refer back to this mention: not a government person or a speaker,
    nor a lone acronym ("Citing the BKA, the court found that he was killed": a body, not "he")."""
    return v.kind != GOV and not v.strong_title and not (v.speaker and v.kind != ISIS) and not m.possessive and \
        not (m.text.isupper() and " " not in m.text and len(m.text) <= 6)


_STRIKE_TARGETED = re.compile(r"\b(?:strike|airstrike|air strike|raid|operation)\s+(?:had\s+)?targeted$",
                              re.IGNORECASE)


def _ident_kind(left: str) -> tuple[str, str] | None:
    """How the words before a name identify it: ("pron", ""), ("np", noun phrase), ("bare", "")
    or ("named", "") for "the named X" (a pronoun's reading, unless the man's own fate follows)."""
    tail = left.rstrip(" \"'\u201c\u2018")
    if tail[-10:].lower().endswith(_IT_CONCERNS_ENDS) and _IT_CONCERNS.search(tail):
        # "It concerns X" (French "il s'agit de"), "It is X" (Portuguese "trata-se de"): the man
        # the story spoke of
        return "pron", ""
    if tail[-9:].lower() == "the named" and not tail[-10:-9].isalpha():
        return "named", ""  # "the named X" (French "le nomm\u00e9"): the man the story spoke of
    if tail[-8:].lower() == "targeted" and _STRIKE_TARGETED.search(tail):
        # "A coalition air strike killed a senior IS official ... The coalition said Monday
        # evening's strike targeted X": the man the strike was aimed at
        return "pron", ""
    if tail[-5:].lower() == "named":
        # "a facilitator named X": only a specific head may take up an unnamed patient
        m = _IDENT_NAMED.search(left)
        if m is None or not _ROLE_HEAD.search(m.group("np")):
            return None
        definite = m.group("det").lower() == "the"
        if m.group("comma") and not definite:
            return None  # ("an individual, named X": no one spoken of before)
        if m.group("np").split()[-1].lower().rstrip("s") not in _GENERIC_HEADS or m.group("comma"):
            # ("the individual, named X," takes up the man spoken of, as "a facilitator named X" does)
            return "np", m.group("np")
        return None
    if tail.endswith((" as", "name")) and _NAME_GIVEN.search(tail) is not None:
        return "pron", ""  # "His name was given as X", "identified by his single name X"
    if tail[-4:].lower() in (" are", "were") and (m := _IDENT_COUNTED_ARE.search(left)) is not None:
        return "np", m.group("np")  # "killed two terrorists ... The two terrorists are X and Y"
    if not (tail[-2:].lower() == "as" or tail.endswith(",")):
        return None
    if "one of" in left and _ONE_OF_WHOM.search(left):
        return "bare", ""  # "the arrest of two others, one of whom sources named as X"
    if (pron := _IDENT_PRON.search(left)) is not None:
        # "identifying him only by his nom de guerre, X": of an unnamed patient of the same
        # sentence only (the man named before may be meant: "activists identified him by ...")
        return ("bare" if " by " in pron.group() else "pron"), ""
    m = _IDENT_NP.search(left) or _IDENT_WHOM.search(left)
    if m:
        return "np", m.group("np")
    m = _IDENT_APPOS.search(left)
    if m and (_ROLE_HEAD.search(m.group("np")) or m.group("np").lower().removeprefix("the ") in _ORDINALS):
        return "np", m.group("np")  # ("The second, X, an Iraqi, is accused of ...": one of the counted)
    if tail.endswith(("named,", "identified,")) and (m := _IDENT_REDUCED.search(left)) is not None and \
            _ROLE_HEAD.search(m.group("np")):
        return "np", m.group("np")  # "The man the military named, X - known to villagers as Y -"
    m = _IDENT_PASSIVE.search(left)
    if m:  # "He was named as X", "One was identified as X", "The commander was named as X"
        if m.group("pron"):
            return "pron", ""
        if _ROLE_HEAD.search(m.group("np")):
            return "np", m.group("np")
    if _IDENT_BARE.search(left):
        return "bare", ""
    return None


_ANOTHER_ONE = re.compile(r"\s*(?:(?:an?|the)\s+(?:second|third|fourth|fifth|other)|another)\b", re.IGNORECASE)
_ROLE_HEAD = re.compile(r"\b(?:leader|commander|emir|amir|wali|official|chief|head|deputy|financier|smuggler|"
                        r"facilitator|recruiter|operative|member|militant|figure|man|woman|men|women|suspect|planner|"
                        r"spokesman|judge|bomb[- ]?maker|logistician|courier|target|fighter|jihadist|"
                        r"detainee|dead|slain|individual|expert|specialist|trainer|instructor|ideologue|"
                        r"preacher|propagandist|bodyguard|gunman|sniper|bomber|defendant|accused|convict|"
                        r"insurgent|terrorist|rebel|assailant|element)s?$|"
                        # "the man killed, X": a participle after the head
                        r"\b(?:man|woman|men|women|militant|suspect|fighter|member|insurgent)s?\s+"
                        r"(?:killed|arrested|captured|detained|wounded|injured)$",
                        re.IGNORECASE)


def _identify(text: str, sentences: list[Sentence], mentions: list[Mention], uf: _UnionFind,
              persons: dict[int, Person], pending: list[tuple[int, int, str, str]], verdicts: _Verdicts) -> None:
    """A name given to an unnamed patient ("killed a senior ISIS financier ... The
    financier, X," / "Sources named him as X") takes that patient's outcome, and its place."""
    used: set[tuple[int, int]] = set()
    for i, m in enumerate(mentions):
        p = persons[uf.find(i)]
        s = sentences[m.sentence]
        if p.outcome != MENTIONED and min(p.hit_sentences, default=-1) <= m.sentence:
            # (an outcome told only after the naming, "He had been arrested in India in 2017",
            # leaves the naming free to give the unnamed patient's)
            if (text[max(s.start, m.start - 3):m.start].rstrip(" \"'\u201c\u2018").endswith(",") or m.honorific) and \
                    (kind := _ident_kind(_strip_honorific(text[max(s.start, m.start - 90):m.start]))) is not None and \
                    kind[0] == "np" and _direct_outcome(kind[1]) == p.outcome:
                p.verdicts.append(Verdict(kind=ROLE))  # "the man killed, X, had organised bombings": the patient
            continue
        left = _strip_honorific(text[max(s.start, m.start - 90):m.start])
        kind = _ident_kind(left)
        if kind is None:
            continue
        if _CLAIM_DENIED.search(text, s.start, m.start):
            continue  # "rejected claims that the group's leader, X, had been wounded": no naming of a patient
        how, np = kind
        if how == "np" and verdicts[i].kind == GOV and rival_named(left[-40:]):
            continue  # "HTS's leader, X, ... has every reason to advertise such arrests": a rival's, no patient
        if how == "np" and " by " in left and _BY_APPOS.search(left):
            continue  # "directed from Kandahar by the movement's supreme leader, X": an agent, no patient
        if _OWN_FATE_OR_NOT.search(text, m.end, min(s.end, m.end + 120)):
            continue  # "the named X said 'Muzungu', was wounded", "X's co-accused, Y, has never been
            # arrested": his own outcome (or its denial) follows
        if how == "named":
            how = "pron"
        direct = _direct_outcome(np) if np else None
        if direct:
            _record(p, direct, m.sentence, m.start - s.start)
            p.verdicts.append(Verdict(kind=ROLE))  # "named the detainees as X, Y and Z"
        elif not (how == "np" and _ANOTHER_ONE.match(np) and left.rstrip().endswith(",")
                  and not np.lower().startswith("the ")):  # ("The second, X," after "arrested two women": one of them)
            # ("a second suspect, X, escaped": not the first; but "identified the second man as X" is)
            head = np.split()[-1].lower().rstrip("s") if np.split() else ""
            order = list(reversed(pending))
            if how == "np" and head and head not in _GENERIC_HEADS:
                # "arrested the leader of an IS cell and another militant blew himself up ... the
                # cell leader, X": the cue whose object is the head comes first
                order.sort(key=lambda c: not (c[1] > 0 and text.startswith(c[3][:30], sentences[c[0]].start + c[1])
                                              and head in c[3][:60].lower()))
            for si, cue, outcome, window in order:
                if (si, cue) in used or not (m.sentence - 4 <= si <= m.sentence):
                    continue
                if si == m.sentence and cue > m.start - s.start:
                    continue
                if how == "bare" and si != m.sentence:
                    continue
                if how == "np" and head and head not in _GENERIC_HEADS and not _head_in(head, window.lower()):
                    continue
                if si != m.sentence and _OWN_FATE.search(text, m.end, min(s.end, m.end + 120)) and \
                        _CLAIM_BEFORE.search(text, s.start, m.start):
                    # "Outlets had reported that the group's commander, X, was also killed": a
                    # claim about X's own fate; the earlier unnamed patient is someone else
                    continue
                if how == "pron":
                    # "troops captured a man who had been shot in the leg. He was named as X": of two
                    # unnamed outcomes in one sentence the more severe is the man's
                    rival = max((c for c in pending if c[0] == si and (c[0], c[1]) not in used
                                 and not (si == m.sentence and c[1] > m.start - s.start)),
                                key=lambda c: SEVERITY[c[2]])
                    cue, outcome, window = rival[1], rival[2], rival[3]
                _record(p, outcome, si, cue)
                used.add((si, cue))
                # The patient's description is the person's: "a senior ISIS financier".
                kind_ = classify_np(window)
                if kind_ in (ISIS, ROLE):
                    p.verdicts.append(Verdict(kind=kind_))
                break
        # "named them as X and Y": the names coordinated with X share its outcome (past a
        # relative clause too: "naming them as X, who it said served as Z's courier, and Y").
        if p.outcome != MENTIONED:
            joined = _AND_AFTER_RELATIVE.match(text, m.end)
            if joined is not None:
                nxt = next((k for k in range(i + 1, len(mentions)) if mentions[k].start >= joined.end()), None)
                if nxt is not None and mentions[nxt].start == joined.end() and mentions[nxt].sentence == m.sentence:
                    q = persons[uf.find(nxt)]
                    _record(q, p.outcome, p.sentence, p.cue)
            for k in range(i + 1, len(mentions)):
                n = mentions[k]
                if n.sentence != m.sentence:
                    break
                if uf.find(k) == uf.find(i):
                    continue  # "X, better known as "Dheere", and Y": X's alias
                gap = text[mentions[k - 1].end:n.start]
                if not _COORD_NAMES.fullmatch(gap):
                    break
                q = persons[uf.find(k)]
                _record(q, p.outcome, p.sentence, p.cue)
                known = [verdicts[j] for j in q.mentions] + q.verdicts
                q.verdicts.extend(v for v in [verdicts[j] for j in p.mentions] + p.verdicts
                                  if v.kind in (ISIS, ROLE) and v not in known)


#: "by the movement's supreme leader, X": an agent (not "described by media as the courier, X").
_BY_APPOS = re.compile(r"\bby\s+(?:the\s+)?(?:(?!\bas\b)[^,;]){1,60},\s*$")
_AND_AFTER_RELATIVE = re.compile(r"\s*,\s*(?:who|whom|described\s+as|said\s+to|identified\s+as)\b"
                                 r"[^;.]{0,120}?,\s*and\s+")
#: Titles of one rank that news uses for the same man: "a man ... described as the
#: group's emir" is later "the leader".
_HEAD_SYNONYMS = {w: ("leader", "commander", "emir", "amir", "wali", "chief", "head")
                  for w in ("leader", "commander", "emir", "amir", "wali", "chief", "head")}


def _head_in(head: str, window: str) -> bool:
    if head in window:
        return True
    # "a deputy commander" is not "the leader": a deputy is another rank.
    return "deputy" not in window and any(h in window for h in _HEAD_SYNONYMS.get(head, ()))


#: The sentence that names someone tells his fate itself: "X, was also killed in the raid".
_OWN_FATE = re.compile(r"\b(?:was|were|had been|has been|is)\s+(?:\w+\s+){0,2}?(?:killed|dead|slain|arrested|captured|"
                       r"detained|wounded|injured)\b", re.IGNORECASE)
_OWN_FATE_OR_NOT = re.compile(r"\b(?:was|were|had|has|have|is)\s+(?:never\s+|not\s+|also\s+)?(?:been\s+)?"
                              r"(?:\w+\s+)?(?:killed|dead|slain|arrested|captured|detained|wounded|injured)\b|"
                              # "the group's leader, X, is still hiding in the mountains": free, no patient
                              r"\b(?:is|was|remains|remained)\s+(?:still\s+|(?:believed|thought|said)\s+to\s+be\s+)?"
                              r"(?:hiding|in hiding|at large|on the run)\b",
                              re.IGNORECASE)
_CLAIM_BEFORE = re.compile(r"\b(?:had\s+(?:\w+\s+)?(?:reported|claimed|said|announced)|initially\s+reported|"
                           r"claimed|rumou?red)\b", re.IGNORECASE)
#: ("X, better known as "Dheere", and Y": a quoted alias may close before the comma)
_COORD_NAMES = re.compile(r"[\"'\u201d\u2019)]?\s*(?:,|,?\s*and)\s*")


def _record(p: Person, outcome: str, sentence: int, cue: int) -> None:
    if outcome != MENTIONED:
        p.hit_sentences[sentence] = max(p.hit_sentences.get(sentence, 0), SEVERITY[outcome])
    if SEVERITY[outcome] > SEVERITY[p.outcome]:
        p.outcome, p.sentence, p.cue = outcome, sentence, cue


def _to_event(article: Article, text: str, sentences: list[Sentence], places: list[PlaceHit],
              mentions: list[Mention], p: Person, article_isis: bool,
              verdicts: _Verdicts, by_sentence: dict[int, list[int]],
              context_memo: dict | None = None) -> Event | None:
    ms = [mentions[i] for i in p.mentions]
    if all(m.attributive for m in ms):
        return None
    one_word = all(len(fold_name(m.text)) == 1 for m in ms)
    joined = one_word and p.outcome in (KILLED, CAPTURED, WOUNDED) and \
        any(_after_full_name(text, mentions, i) for i in p.mentions)
    if one_word and not any(m.intro or m.quoted or m.honorific for m in ms) and not p.alias_mentions and \
            not any(_appositive_name(text, mentions[i]) and (verdicts[i].kind == ISIS or (
                verdicts[i].kind == ROLE and p.outcome in (KILLED, CAPTURED, WOUNDED))) for i in p.mentions) and \
            not joined:
        # (a one-word appositive of a role noun counts as a name when an outcome befell him, and
        # so does one joined to a full name: "his accomplices Sher Zaman and Inamullah were arrested")
        return None
    # (a one-word name given as such, "a Tajik national identified only as Farhod", to whom an
    # outcome befell is a name like any other)
    one_word = one_word and not joined and not (p.outcome != MENTIONED and any(m.intro for m in ms))
    severe = p.outcome in (KILLED, CAPTURED, WOUNDED)
    vs = [verdicts[i] for i in p.mentions] + p.verdicts
    kunya = any(m.kunya for m in ms)
    score = group_score(vs, kunya, not kunya and any(m.arabic for m in ms), severe,  # arabic counts without kunya
                        one_word, article_isis)
    if score < 2:
        return None
    full = max(ms, key=lambda m: (m.ntokens, len(m.text), -m.start))
    leader = full.text
    aliases: list[str] = []
    seen = {" ".join(full.core)}
    for i in sorted(p.alias_mentions, key=lambda i: mentions[i].start):
        m = mentions[i]
        key = " ".join(m.core)
        if key not in seen and not set(m.core) <= set(full.core):
            seen.add(key)
            aliases.append(m.text)
    role = next((v.role for v in vs if v.kind == ISIS and v.role), None) or \
        next((v.role for v in vs if v.role), None)
    if p.outcome == MENTIONED:
        s = sentences[ms[0].sentence]
        evidence = text[s.start:s.end]
        return Event(article_id=article.id, leader=leader, leader_key=leader_key(leader, aliases),
                     outcome=MENTIONED, evidence=evidence, aliases=aliases, role=role)
    s = sentences[p.sentence]
    stext = text[s.start:s.end]
    excluded = verdicts.role_spans(s.index, by_sentence)
    relative = _relative_spans(stext, s.start, s.start + p.cue, p.outcome)
    hit = _best_place(text, places, s, s.start + p.cue, excluded, relative)
    if hit is not None and (text[hit.end:hit.end + 1] in "-\u2013" or _NAMED_BUILDING_AFTER.match(text, hit.end)) and \
            _stray_town(places, hit) and hit.country[:4].lower() not in text.lower():
        # "the locality of Mayimoya, on the Mbau-Kamango axis" in a Congo story, "a house near the
        # Ouagadougou conference centre" in Sirte: one end of a route or a building's name, a town of
        # a country the story names nowhere else (nor by a people word)
        hit = None
    if (hit is None or hit.start < s.start + p.cue) and _THERE_AFTER.match(text, s.start + p.cue) and \
            (there := _place_before(places, s.start, s.start + p.cue)) is not None:
        hit = there  # "fought during the siege of Marawi and was wounded there": the place just named
    context = s
    the_unit = _THE_PROVINCE.search(stext) \
        if hit is None or hit.admin1 is None or any(a <= hit.start < b for a, b in relative) else None
    if the_unit is not None and \
            (the_unit.start() < p.cue or not the_unit.group(0).lower().endswith(("town", "village"))):
        # "an air strike in the province killed X": the governorate named before ("a sweep of
        # the camp's annex": the camp named before, in this sentence too; "An airstrike on a house
        # in the town kills X": the town, before the cue only, not "accused of recruiting in the town")
        prev = _previous_admin1(text, places, s) if "camp" not in the_unit.group(0).lower() else \
            _previous_camp(text, places, s.start + the_unit.start())
        if prev is not None and (hit is None or prev.country == hit.country):
            hit = prev
    elif hit is None and the_unit is not None and the_unit.start() > p.cue and \
            _IN_THE_TOWN_AFTER.match(stext, p.cue, the_unit.start()) and \
            (town := _place_before(places, s.start, s.start + p.cue, towns_only=True)) is not None:
        # "X, the ISIS "wali" of Hawija, was killed in a coalition air strike in the town": the town
        # named before the cue in this sentence (even in his title)
        hit = town
    if hit is None or any(a <= hit.start < b for a, b in relative) or \
            p.outcome == CAPTURED and _COURT_CUE.match(text, s.start + p.cue):
        # "Among those held was X, ... in contact with commanders in Afghanistan. He was nabbed
        # in Istanbul": a later sentence that tells the same outcome may say where (and a
        # verdict's court is no place of the arrest: "was found guilty ... She had been
        # detained in Kirkuk")
        later = _later_place(text, sentences, places, p, s.index, verdicts, by_sentence)
        if later is not None:
            hit, context = later
    if hit is not None and relative and any(a <= hit.start < b for a, b in relative) and \
            not _PLACE_ANAPHORA.search(stext, p.cue):
        # only a place of a relative clause ("who had headed the brigade in Raqqa"): the
        # operation's place in the context wins where it names a governorate (but "... was
        # wounded south of the city" takes that place up again)
        finer, where = _context_memo(context_memo, text, sentences, places, s, p.outcome)
        if finer is not None and finer.admin1:
            hit, context = finer, where
    # "after the arrest of his predecessor, X, in 2021": an outcome of an earlier year is
    # placed only by what its own sentences say, not by this story's operation; so is one
    # whose finer place a speaker withheld ("declined to say how or exactly where")
    own_only = _earlier_year(stext, article.published, p.cue) or \
        ("outside" in stext and _OUTSIDE_BORDERS.search(stext) is not None) or \
        ("where" in stext and (withheld := _WHERE_WITHHELD.search(stext)) is not None
         and not _HELD_AFTER.match(stext, withheld.end())) or \
        _withheld_next(text, sentences, s) or \
        _earlier_entry(text, sentences, s, article.published)
    if own_only and hit is not None and hit.kind == DEMONYM and \
            not any(h.country == hit.country and h.kind != DEMONYM for h in places):
        # "two years after French forces killed X in August 2021": who acted, not where (with no
        # context to take the place from, the nationality of forces from a country the story
        # never names as a place says nothing of it)
        hit = None
    if hit is not None and hit.kind == COUNTRY and text.startswith(",", hit.end) and \
            _COUNTRY_ITEM.fullmatch(text, s.start, hit.start) and \
            not any(h.admin1 and h.country == hit.country and s.start <= h.start < s.end for h in places):
        # "In Uganda, police announced the arrest of X": an item of a round-up that names only the
        # country; the other items' provinces are not its (but "In Pakistan, police in Peshawar
        # said they had arrested X" names its own)
        own_only = True
    if hit is None and not own_only and (same := _SAME_OP.search(stext) or _THE_FIGHT.search(stext)):
        # "During the same operation, a second man was apprehended": the operation told before
        lead, lead_at = _same_op_place(text, sentences, places, s, re_lower(same.group("op")), p.outcome)
        if lead is not None and lead_at is not None:
            hit, context = lead, lead_at
    if own_only:
        pass
    elif hit is None:
        hit, context = _context_memo(context_memo, text, sentences, places, s, p.outcome)
    elif hit.admin1 is None:
        # "in eastern Syria" after a lead that says "near Mayadin": the context is more specific
        # (and first a later sentence that tells the same outcome: "... killed X, 'one of the most
        # dangerous terrorists in Iraq'. ... a precision airstrike in Al Anbar province killed X")
        later = _later_place(text, sentences, places, p, s.index, verdicts, by_sentence)
        if later is not None and later[0].admin1 and later[0].country == hit.country:
            hit, context = later
        else:
            finer, where = _context_memo(context_memo, text, sentences, places, s, p.outcome)
            if finer is not None and finer.admin1 and finer.country == hit.country:
                hit, context = finer, where
    if hit is not None and hit.admin1 is None and not own_only:
        hit = _main_admin1(places, hit, s.start) or hit
    country = hit.country if hit else None
    admin1 = hit.admin1 if hit else None
    when = resolve_date(stext, article.published, p.cue)
    if when is None and context is not s:
        when = resolve_date(text[context.start:context.end], article.published)
    operation = _operation(stext) or (_operation(text[context.start:context.end]) if context is not s else None)
    admin1 = admin1_as_of(admin1, when or article.published)  # "Maguindanao" before its 2022 split
    return Event(article_id=article.id, leader=leader, leader_key=leader_key(leader, aliases),
                 outcome=p.outcome, evidence=stext, aliases=aliases, role=role, country=country,
                 admin1=admin1, date=when, operation=operation)


#: A sentence (or a dash-led item after one) that opens with its country: "In Uganda, police ...".
_COUNTRY_ITEM = re.compile(r"(?:[^\n]*[.!?]\s+[-\u2013\u2014\u2022]\s+)?\s*(?:[-\u2013\u2014\u2022*]\s*)?"
                           r"(?:(?:And|Meanwhile|Elsewhere|Separately),?\s+)?[Ii]n\s+(?:the\s+)?")
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
#: A year as the time of an event: "in 2021", "in late 2019", "in October 2021", "on 3 May 2020".
_WHEN_YEAR = re.compile(r"\b(?:in|on|of|during)\s+(?:(?:early|late|mid)[-\s]+)?(?:\d{1,2}\s+)?"
                        r"(?:" + _MONTHS + r"\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d\d)\b(?!\s*[-\u2013]|s)",
                        re.IGNORECASE)


def _earlier_year(sentence: str, published: str | None, cue: int) -> bool:
    """Whether ``sentence`` dates the outcome at ``cue`` to a year before the article's, and to
    no later one, and does not point back at a place named before ("in the same province").

    A year in a relative clause dates something else: "identified him as X, a former
    al-Shabaab member who defected in 2015", "X, who defected in 2015, was killed"."""
    last_year = "last year" in sentence or "previous year" in sentence
    if not published or not (last_year or any(y in sentence for y in ("19", "20"))):
        return False
    try:
        this_year = int(published[:4])
    except ValueError:
        return False
    # ("killed by his own fighters in August last year": the year before the article's)
    found = [(m.start(), this_year - 1) for m in _LAST_YEAR.finditer(sentence)] if last_year else []
    found += [(m.start(), int(m.group(1))) for m in _WHEN_YEAR.finditer(sentence)]
    if (entry := _ENTRY_DATE.match(sentence)) is not None:
        found.append((0, int(entry.group(1))))  # a timeline's entry: "August 2018 - X is killed by ..."
    years = [year for at, year in found
             if not (_RELATIVE_WORD.search(sentence, cue, at) if at > cue else
                     _RELATIVE_WORD.search(sentence, max(0, at - 80), at)
                     # ("X, who told the court he had defected to Y's faction in 2019, received the
                     # prison term": a long relative clause, closed before the cue)
                     or (", who" in sentence[max(0, at - 160):at] and "," in sentence[at:cue]))
             # ("a hideout in an area that has sheltered militants since the defeat in 2017": a
             # state that began then, not the outcome's time; but "has struggled since X was
             # killed in 2021" dates the outcome)
             and not ((since := _SINCE_CLAUSE.search(sentence, max(0, at - 60), at)) is not None
                      and not since.start() < cue < at)
             # ("the slain militant, X, was wanted for the attack on a rally last year": the deed's)
             and not (_deed_hinted(sentence[max(0, at - 110):at])
                      and (deed := _DEED_BEFORE.search(sentence, max(0, at - 110), at)) is not None
                      and not deed.start() < cue < at)]
    past = bool(years) and max(years) < this_year
    return past and not _PLACE_ANAPHORA.search(sentence)


def _withheld_next(text: str, sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the next sentence of the paragraph withholds the place: "... announced the capture
    of X in a "complex operation outside the borders". Iraq has not said where the operation took
    place." (a place the sentence itself gives still counts)."""
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    if nxt is None or nxt.paragraph != s.paragraph or text.find("where", nxt.start, nxt.end) < 0:
        return False
    withheld = _WHERE_WITHHELD.search(text, nxt.start, nxt.end)
    # (not "It did not say where he was being held": where he is kept now, not where he was taken)
    return withheld is not None and not _HELD_AFTER.match(text, withheld.end())


_HELD_AFTER = re.compile(r"\s+(?:he|she|they|the \w+)\s+(?:is|was|were|are)\s+(?:now\s+)?(?:being\s+)?"
                         r"(?:held|detained|kept|jailed|imprisoned)\b")


def _earlier_entry(text: str, sentences: list[Sentence], s: Sentence, published: str | None) -> bool:
    """Whether ``s`` is a later sentence of a timeline entry dated to a year before the
    article's: "March 2019 - ... Within a year, Ba Idrisa is reportedly executed"."""
    if not published or s.index == 0 or sentences[s.index - 1].paragraph != s.paragraph:
        return False
    j = s.index - 1
    while j > 0 and sentences[j - 1].paragraph == s.paragraph:
        j -= 1
    entry = _ENTRY_DATE.match(text, sentences[j].start)
    return entry is not None and published[:4].isdigit() and int(entry.group(1)) < int(published[:4])


_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which)\b")
_ENTRY_DATE = re.compile(r"\s*(?:[-\u2022*]\s*)?(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d\d)\s*"
                         r"(?:[-\u2013\u2014:]|--)\s")
_LAST_YEAR = re.compile(r"\b(?:last|the previous) year\b")
#: "killed in eastern Syria, but declined to say how or exactly where": no finer place is known.
_WHERE_WITHHELD = re.compile(r"\b(?:(?:declined|refused|would not|did not|didn't|wouldn't|has not|have not|had not|"
                             r"hasn't|haven't)\s+(?:to\s+)?"
                             r"(?:say|said|specify|specified|disclose|disclosed|reveal|revealed)|"
                             # "the army said he had been killed in a military operation, without saying where"
                             r"without\s+(?:saying|specifying|disclosing|revealing))\b[^.;]{0,25}?\bwhere\b",
                             re.IGNORECASE)
_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;:]*$", re.IGNORECASE)
#: A place named before, taken up again: "a raid on a house in the city", "in the same province".
_PLACE_ANAPHORA = re.compile(r"\b(?:the|that)\s+(?:same\s+)?(?:city|town|village|province|governorate|district|area|"
                             r"region|state|county)\b(?!\s+of\b)"
                             # (not "The province's rise ... its founder": the group's province, a body)
                             r"(?!['\u2019]s\s+(?:rise|growth|expansion|decline|founder|leaders?|leadership|emirs?|"
                             r"walis?|fighters|members|commanders?|strength)\b)", re.IGNORECASE)


_COURT_CUE = re.compile(r"(?:sentenced|convicted|found guilty|jailed|imprisoned)\b", re.IGNORECASE)
#: The operation of the lead, named again: "in the same raid".
_SAME_OP = Hinted(r"\b(?:the same|that same|this same)\s+(?P<op>operation|raid|strike|air ?strike|assault|ambush|"
                  r"offensive|sweep|mission|clash|battle|firefight|engagement)(?:s|es)?\b", re.IGNORECASE)
#: The fight told before, taken up by a definite noun: "was wounded in the exchange of fire".
_THE_FIGHT = Hinted(r"\b(?:in|during)\s+the\s+(?P<op>exchange of fire|exchanges of fire|firefight|gunfight|shootout|"
                    r"clash|clashes)\b(?!\s+(?:with|in|at|near|between)\b)", re.IGNORECASE)
#: A governorate named before, taken up by a bare noun: "in the province", "of the governorate".
_THE_PROVINCE = Hinted(r"\b(?:in|of|across|near|outside|around)\s+the\s+"
                       r"(?:province|governorate|state|region|town|village|camp(?:['\u2019]s)?)\b"
                       r"(?!\s+of\b)", re.IGNORECASE)  # ("Al-Hol remains ... In the camp's latest sweep, ...")


def _same_op_place(text: str, sentences: list[Sentence], places: list[PlaceHit], s: Sentence, noun: str,
                   outcome: str) -> tuple[PlaceHit | None, Sentence | None]:
    """The place of the last earlier sentence (six back at most) that names the operation
    ``noun`` at a governorate, else the place of the operation the lead (first three
    sentences) reports, with its sentence."""
    forms = _OP_FORMS.get(noun, (noun,))
    for j in range(s.index - 1, max(-1, s.index - 7), -1):
        sj = sentences[j]
        low = text[sj.start:sj.end].lower()
        # ("F-16s struck a cave complex northeast of Tikrit ... wounded in the same strike")
        k = min((at for f in forms if (at := low.find(f)) >= 0), default=-1)
        if k >= 0:
            hit = _best_place(text, places, sj, sj.start + k, [])
            if hit and hit.kind != DEMONYM and hit.admin1:
                return hit, sj
    return _lead_op_place(text, sentences, places, outcome)


#: The verbs that tell an operation named by a noun.
_OP_FORMS = {"strike": ("strike", "struck"), "airstrike": ("airstrike", "air strike", "struck"),
             "air strike": ("air strike", "airstrike", "struck"), "raid": ("raid", "raided"),
             "assault": ("assault", "stormed"), "ambush": ("ambush",), "clash": ("clash",)}
#: A fight taken up by a definite noun ("in the exchange of fire") was the operation told before.
_OP_FORMS.update((fight, (fight, "operation", "raid", "assault", "ambush", "clash", "firefight", "gunfight"))
                 for fight in ("exchange of fire", "exchanges of fire", "firefight", "gunfight", "shootout", "clashes"))


def _lead_op_place(text: str, sentences: list[Sentence], places: list[PlaceHit],
                   outcome: str | None) -> tuple[PlaceHit | None, Sentence | None]:
    """The place of the operation the lead (first three sentences) reports, with its sentence."""
    for sj in sentences[:3]:
        op = _op_at(text[sj.start:sj.end], outcome)
        hit = _best_place(text, places, sj, sj.start + max(op, 0), [])
        if hit and hit.kind != DEMONYM:
            return hit, sj
    return None, None


#: Between an outcome's cue and "in the town": the same clause ("was killed in a coalition air strike ").
_IN_THE_TOWN_AFTER = re.compile(r"[^,;]{0,60}$")


#: An outcome told as having happened "there": "was wounded there", "killed there in 2019".
_THERE_AFTER = re.compile(r"[\w-]+\s+there\b")


def _place_before(places: list[PlaceHit], lo: int, hi: int, towns_only: bool = False) -> PlaceHit | None:
    """The last place (not a people word; with ``towns_only``, a town) named in ``[lo, hi)``."""
    for k in range(bisect_left(places, hi, key=_START) - 1, -1, -1):  # places are in text order
        h = places[k]
        if h.start < lo:
            return None
        if h.kind == TOWN if towns_only else h.kind != DEMONYM:
            return h
    return None


def _previous_camp(text: str, places: list[PlaceHit], before: int) -> PlaceHit | None:
    """The last camp named in the 400 characters before ``before``: a place followed by
    "camp", or one of the camps that stories name alone ("al-Hol")."""
    k = bisect_left(places, before, key=_START)
    while k > 0:
        k -= 1
        h = places[k]
        if h.start < before - 400:
            return None
        if h.admin1 is not None and (_CAMP_AFTER.match(text, h.end) or fold(text[h.start:h.end]) in _CAMPS):
            return h
    return None


_CAMP_AFTER = re.compile(r"\s+camps?\b", re.IGNORECASE)
_CAMPS = frozenset({"al hol", "hol", "al hawl", "hawl", "roj", "hol camp", "al hol camp", "al hawl camp"})  # (folded)


def _previous_admin1(text: str, places: list[PlaceHit], s: Sentence) -> PlaceHit | None:
    """The last governorate-level place named in the 400 characters before sentence ``s``."""
    k = bisect_left(places, s.start, key=_START)
    while k > 0:
        k -= 1
        h = places[k]
        if h.start < s.start - 400:
            return None
        if h.admin1 is not None and h.kind in (ADMIN1, TOWN):
            return h
    return None


def _later_place(text: str, sentences: list[Sentence], places: list[PlaceHit], p: Person, si: int,
                 verdicts: _Verdicts, by_sentence: dict[int, list[int]]) -> tuple[PlaceHit, Sentence] | None:
    """The place of another sentence (after ``si``) that gives ``p`` the same outcome, if any."""
    sev = SEVERITY[p.outcome]
    for j in sorted(p.hit_sentences):
        if j <= si or p.hit_sentences[j] != sev:
            continue
        sj = sentences[j]
        op = _op_at(text[sj.start:sj.end], p.outcome)
        alt = _best_place(text, places, sj, sj.start + max(op, 0), verdicts.role_spans(j, by_sentence))
        if alt is not None and alt.kind != DEMONYM:
            return alt, sj
    return None


def _after_full_name(text: str, mentions: list[Mention], i: int) -> bool:
    """Whether mention ``i`` follows a name of two words or more with "and" between, or a
    henchman's noun ("his accomplice Hazratullah was injured and taken into custody")."""
    m = mentions[i]
    if _HENCHMAN_BEFORE.search(text, max(0, m.start - 40), m.start):
        return True
    if i == 0:
        return False
    prev = mentions[i - 1]
    return prev.sentence == m.sentence and prev.ntokens >= 2 and not prev.possessive and \
        text[prev.end:m.start] == " and "


_HENCHMAN_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:accomplices?|deputy|aides?|drivers?|"
                              r"bodyguards?|couriers?|lieutenants?|companions?|associates?|brothers?|sons?)\s+$")


def _appositive_name(text: str, m: Mention) -> bool:
    """Whether a one-word mention stands as the name of the noun phrase before it: "ISKP's chief
    recruiter, Shamsuddin, was arrested" gives it as a name; so does one described right after
    it, "in contact with Rehmanullah, a facilitator of the bombing, who was killed"."""
    return text[m.end:m.end + 1] == "," and (text[max(0, m.start - 2):m.start] == ", "
                                             or _DESCRIBED_AFTER.match(text, m.end) is not None)


_DESCRIBED_AFTER = re.compile(r",\s+(?:an?|the)\s+[a-z]")


def _main_admin1(places: list[PlaceHit], hit: PlaceHit, near: int) -> PlaceHit | None:
    """The governorate the article names most often in ``hit``'s country (the nearest on a tie).

    A story that says "in eastern Syria" where the outcome happened usually names the
    governorate elsewhere ("in the village of Dhiban in Deir ez-Zor province", a dateline
    or a later detail); where it names several, the commonest is the story's theatre."""
    counts: dict[str, list[int]] = {}
    for h in places:
        if h.admin1 is not None and h.country == hit.country and h.kind != DEMONYM:
            c = counts.setdefault(h.admin1, [0, 1 << 30])
            c[0] += 1
            c[1] = min(c[1], abs(h.start - near))
    if not counts:
        return None
    best = min(counts, key=lambda a: (-counts[a][0], counts[a][1], a))
    return PlaceHit(hit.start, hit.end, hit.country, best, hit.kind)


_DEMOTED = 5  # rank added to a place in a relative clause that does not hold the cue
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|whom|whose)\b[^,;]*|"
                              r"\b(?:an?|the)\s+(?:[A-Za-z-]+\s+){1,3}(?:who|whom)\b[^,;]*")


def _relative_spans(stext: str, base: int, cue: int, outcome: str | None = None) -> list[tuple[int, int]]:
    """Relative clauses that do not hold the cue ("X, who ran the group's media for the Kirkuk
    sector, surrendered in Sulaymaniyah", "described as a financier who sent money to al-Hol"):
    their places tell who someone is, not where. A clause that tells the same outcome
    ("the death of X, who was killed by French forces in Mali") is where it happened."""
    if ", wh" not in stext and " who" not in stext:
        return []
    out = []
    rx = _OUTCOME_WORDS_L.get(outcome) if outcome else None
    for m in _RELATIVE_CLAUSE.finditer(stext):
        a, b = base + m.start(), base + m.end()
        clause = m.group(0).lower()
        if not a <= cue < b and not (rx and rx.search(clause)) and \
                not (outcome in (KILLED, CAPTURED) and _FIGHT_BACK.search(clause) and not _DATED.search(clause)):
            out.append((a, b))
    return out


#: A fight that led to the outcome: "killed X, an ISIS member who had opened fire on a patrol in
#: the countryside of al-Shaddadi" (the clause holds the place of the killing) ...
_FIGHT_BACK = re.compile(r"\b(?:opened fire|fired (?:on|at)|resisted|shot at)\b")
#: ... unless the clause dates it to another time: "who had attacked a checkpoint in 2019".
_DATED = re.compile(r"\b(?:(?:19|20)\d\d|earlier|previously|last (?:year|month|week)|years? ago|months? ago)\b")


def _best_place(text: str, places: list[PlaceHit], s: Sentence, cue: int,
                excluded: list[tuple[int, int]], demoted: Sequence[tuple[int, int]] = ()) -> PlaceHit | None:
    """The place of the outcome whose cue is at ``cue``: the most specific, then the nearest
    (after the cue preferred). Places in ``excluded`` are never it; places in ``demoted``
    (relative clauses about someone) only where the sentence has no other."""
    best: tuple[int, int, PlaceHit] | None = None
    for k in range(bisect_left(places, s.start, key=_START), len(places)):  # places are in text order
        h = places[k]
        if h.start >= s.end:
            break
        if h.end > s.end:
            continue
        if excluded and any(a <= h.start < b for a, b in excluded):
            continue
        # Cheap tests on the lower-cased window first: both patterns end in "in", "from" or
        # "of" (+ "the"), and a speech word must be in the window.
        window = lower_same(text[max(s.start, h.start - 60):h.start])
        tail = window.rstrip()[-12:] if window is not None else ""
        if (window is None or tail.endswith(_FROM_ENDS)) and \
                _FROM_BEFORE.search(text, max(s.start, h.start - 50), h.start):
            continue
        if (window is None or (tail.endswith(_SPEECH_ENDS) and any(w in window for w in _SPEECH_WORDS))) and \
                _SPEECH_BEFORE.search(text, max(s.start, h.start - 60), h.start):
            continue
        if h.kind == DEMONYM and _BY_BEFORE.search(text[max(s.start, h.start - 5):h.start]):
            continue  # "by French forces": who acted, not where
        if h.kind == COUNTRY and _ACTS_AFTER.match(text, h.end):
            continue
        if h.kind == COUNTRY and (window is None or "outside" in window[-20:]) and \
                _OUTSIDE_BEFORE.search(text, max(s.start, h.start - 20), h.start):
            continue  # "in a complex external operation outside Iraq's borders": not in Iraq
        if h.kind == COUNTRY and _BY_BEFORE.search(text[max(s.start, h.start - 5):h.start]) and \
                _FORCES_AFTER.match(text, h.end):
            continue  # "a night raid by U.S. and Afghan special forces": who acted, not where
        if _SAYS_AFTER.match(text, h.end):
            continue  # "France says it has killed ...", "Paris announced his death": who speaks, not where
        if (window is None or "to " in window[-45:]) and \
                _DEST_BEFORE.search(text, max(s.start, h.start - 80), h.start):
            continue  # "transferred to Gao for questioning": where he was taken afterwards
        if (window is None or "toward" in window[-30:] or "direction" in window[-40:] or "with" in tail
                or tail.endswith("into")
                or tail.endswith(" of") and "toward" in text[max(s.start, h.start - 90):h.start]) and \
                _TOWARD_BEFORE.search(text, max(s.start, h.start - 90), h.start):
            continue  # "fled toward the boundary with Maguindanao": a direction, not where it happened
        if _BASED_AFTER.match(text, h.end):
            continue  # "a Britain-based monitor": where someone is based, not where it happened
        if (window is None or tail.endswith(_PATRON_ENDS)) and \
                _PATRON_BEFORE.search(text, max(s.start, h.start - 30), h.start):
            continue  # "allied with Bamako": a government, not a place
        if (window is None or any(w in window[-40:] for w in _BIOGRAPHY_WORDS)) and \
                _BIOGRAPHY_BEFORE.search(text, max(s.start, h.start - 40), h.start):
            continue  # "recruited in Kampala": who he is, not where the outcome happened
        if h.kind == TOWN and k + 1 < len(places) and places[k + 1].country != h.country and \
                _PART_OF.fullmatch(text, h.end, places[k + 1].start):
            continue  # "the al-Mansoura district of Aden": a homonym of a town of another country
        if h.kind == TOWN and k > 0 and text[h.start - 3:h.start] in _POSSESSIVE and \
                (owner := places[k - 1]).end == h.start - 3 and owner.kind != DEMONYM and \
                (owner.country != h.country or owner.admin1 not in (None, h.admin1)):
            continue  # "Peshawar's Chamkani area": a quarter of the place before it, not a homonym elsewhere
        if (window is None or "since" in window) and _SINCE_BEFORE.search(text, max(s.start, h.start - 50), h.start):
            continue  # "its largest operation since the fall of Baghouz": a time, not a place
        wide_from = max(s.start, h.start - 130)  # (a deed clause may run long: "responsible for ... in")
        if window is None or _deed_hinted(text[wide_from:h.start]):
            deed = _DEED_BEFORE.search(text, wide_from, h.start)
            if deed and text.startswith("carried", deed.start()) and \
                    _FORCE_CARRIED_OUT.search(text, max(s.start, deed.start() - 40), deed.start()):
                deed = None  # "Russian warplanes carried out raids on X, which led to the killing of Y"
            if deed and not deed.start() < cue < h.start and not (h.end <= cue and _WHERE_AFTER.match(text, h.end)):
                # "blamed for the 2017 Tongo Tongo ambush": the place of a past deed (but "had
                # trained in Nangarhar, where X was killed": the place of the outcome after it)
                continue
        # (every _BETWEEN_BEFORE match holds "between", inside the 60 characters of ``window``)
        if (window is None or "between" in window) and _cross_border(text, places, k, s.start):
            continue  # "moved weapons between Syria and Iraq": a route, not a place of the outcome
        dist = abs(h.start - cue) + (0 if h.start >= cue else 40)
        rank = h.rank + (_DEMOTED if demoted and any(a <= h.start < b for a, b in demoted) else 0)
        if tail.endswith(("of", "of the")) and _TITLE_OF_BEFORE.search(text, max(s.start, h.start - 30), h.start):
            rank += _DEMOTED  # "killing the so-called wali of Kirkuk": a title's province, not where
        if h.end <= cue and _OTHER_CLAUSE.search(text, h.end, cue):
            rank += _DEMOTED  # "had been recruiting in Bajaur since the Taliban executed X": another clause's
        key = (rank, dist)
        if best is None or key < best[:2]:
            best = (*key, h)
    return best[2] if best else None


_START = attrgetter("start")
_POSSESSIVE = ("'s ", "\u2019s ")
#: Between a town and the larger place it lies in: "X district of Y", "X, Y", "X in Y province".
_PART_OF = re.compile(r"(?:\s+(?:district|area|neighbou?rhood|quarter|suburb|town|village|city))?"
                      r"\s*(?:,|\bof|\bin)\s+(?:the\s+)?"
                      # ("the al-Mansoura district of the interim capital Aden")
                      r"(?:(?:interim|temporary|provisional|economic|national)\s+)?(?:capital,?\s+)?", re.IGNORECASE)
_OTHER_CLAUSE = re.compile(r"\b(?:since|until|because|although|whereas)\b")
_TITLE_OF_BEFORE = re.compile(r"\b(?:wali|walis|emir|emirs|amir|governor|governors)\s+of\s+(?:the\s+)?$",
                              re.IGNORECASE)
#: Words before a place that make it the place of someone's past deed, not of the outcome.
_DEED_BEFORE = re.compile(r"\b(?:blamed for|responsible for|accused of|behind|masterminded|plotted|planned|"
                          # "sentenced X to life for running a house in Fallujah"
                          r"for (?:running|hosting|harbou?ring|sheltering|financing|recruiting|smuggling|"
                          r"organi[sz]ing)|"
                          # (not "an operation carried out by army units in Sabha": the outcome's own)
                          # ("investigations linked him to the assassination of imams in X")
                          r"linked (?:(?:him|her|them) )?to|involved in|wanted for|known for|"
                          r"convicted (?:only |solely |also )?of|"
                          r"charged with|"
                          r"carried out(?! by (?:the )?(?:[\w-]+ )?(?:army|forces|troops|units|soldiers|commandos))|"
                          r"(?:had |who )?fought|had served|had operated|had trained)"
                          # (a number's comma is no clause's: "by transferring about €4,000 to ... in Turkey")
                          r"\b(?:[^,;()]|(?<=\d),(?=\d)){0,110}$", re.IGNORECASE)
#: A force before "carried out": the operation's own place follows, not someone's past deed.
_FORCE_CARRIED_OUT = re.compile(r"\b(?:warplanes|jets|aircraft|drones|helicopters|forces|troops|army|units|coalition|"
                                r"military|soldiers|commandos|police)\s+(?:have\s+|had\s+|also\s+)?$",
                                re.IGNORECASE)
_DEED_HINTS = ("blamed", "responsible", "accused", "behind", "mastermind", "plotted", "planned", "linked",
               "for running", "for hosting", "for harbo", "for sheltering", "for financing", "for recruiting",
               "for smuggling", "for organi",
               "involved", "wanted", "known for", "convicted", "charged", "carried out", "fought", "had served",
               "had operated", "had trained")

def _deed_hinted(before: str) -> bool:
    """Whether ``before`` holds a word every ``_DEED_BEFORE`` match contains."""
    return any(w in before for w in _DEED_HINTS)


#: "in a complex external operation outside Iraq's borders": a place the speaker keeps to himself.
_OUTSIDE_BORDERS = re.compile(r"\boutside\s+(?:of\s+)?(?:the\s+)?(?:[A-Z][\w-]+['\u2019]s\s+)?(?:borders|territory)\b")
_OUTSIDE_BEFORE = re.compile(r"\boutside(?:\s+of)?(?:\s+the)?\s+$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:fall|defeat|loss|capture|liberation|battle|siege|collapse)\s+"
                           r"of\s+(?:the\s+)?$", re.IGNORECASE)
#: ("an operation that Paris presented as a decisive blow", "Ankara has announced": a capital for its government)
_SAYS_AFTER = re.compile(r"\s+(?:has\s+|had\s+|later\s+|also\s+)?(?:says|said|announced|claimed|stated|presented|"
                         r"insisted|insists|hailed|welcomed|vowed|described|denied|denies)\b")
#: "weeks after the United States dropped its largest bomb": a country that acted, not where.
_ACTS_AFTER = re.compile(r"\s+(?:dropped|launched|conducted|fired|bombed|deployed)\b")
#: "a Britain-based monitor", "Iran-backed militias", "the U.S.-led coalition": who someone is
#: or who stands behind them, not where anything happened.
_BASED_AFTER = re.compile(r"[- ]based\b|-(?:backed|allied|aligned|led|sponsored|funded|supported)\b")
#: A capital or country named for its government: "an armed group then allied with Bamako",
#: "militias backed by Tehran".
_PATRON_BEFORE = re.compile(r"\b(?:(?:allied|aligned|loyal|close|friendly|hostile)\s+(?:with|to)|"
                            r"(?:backed|sponsored|funded|armed|supported)\s+by)\s+$", re.IGNORECASE)
_PATRON_ENDS = ("with", "to", "by")
#: Where someone was recruited, raised or schooled tells who he is, not where the outcome was:
#: "Mutebi, a young man recruited in Kampala, who died in the explosion".
_BIOGRAPHY_BEFORE = re.compile(r"\b(?:recruited|radicali[sz]ed|raised|grew up|brought up|studied|educated|"
                               r"schooled|indoctrinated)\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
_BIOGRAPHY_WORDS = ("recruited", "radicali", "raised", "grew up", "brought up", "studied", "educated", "schooled",
                    "indoctrinated")
_DEST_BEFORE = re.compile(r"\b(?:transferred|taken|flown|moved|brought|sent|evacuated|airlifted|driven|"
                          r"rushed|transported|handed over)\s+(?:\w+\s+){0,6}?to\s+(?:the\s+)?"
                          # "transferred under heavy guard to a hospital in the city of al-Hasakah",
                          # "transferred tens of thousands of dollars to IS families in al-Hol camp"
                          # ("flown to a U.S. military detention facility in Iraq")
                          r"(?:(?:an?\s+|the\s+)?(?:[\w.-]+\s+){1,5}?(?:in|of|at)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?)?$",
                          re.IGNORECASE)
_TOWARD_BEFORE = re.compile(r"\b(?:towards?|in\s+the\s+direction\s+of|"
                            # "escaped across the border into Pakistan": where he went
                            r"(?:escaped|fled|slipped|crossed|escaping|fleeing)\s+(?:[\w-]+\s+){0,4}?into|"
                            r"(?:boundary|border|frontier)(?:\s+(?:strip|area|zone|region))?\s+with)"
                            # ("fled towards Afghanistan's Kunar province")
                            r"\s+(?:the\s+)?(?:[A-Z][\w-]+['\u2019]s\s+)?"
                            # ("fled towards the territory of Irumu, in the neighbouring province of Ituri")
                            r"(?:(?:territory|area|town|village|forests?)\s+of\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,?\s+"
                            r"in\s+the\s+(?:neighbou?ring\s+)?)?"
                            r"(?:(?:province|region|district|territory|state|outskirts|edge|borders?)\s+of\s+)?$",
                            re.IGNORECASE)
_WHERE_AFTER = re.compile(r"(?:\s+(?:province|district|governorate|region|city|town))?\s*,?\s+where\b")
def _cross_border(text: str, places: list[PlaceHit], k: int, lo: int) -> bool:
    """Whether ``places[k]`` is one end of "between A and B" with A and B in different countries."""
    h = places[k]
    m = _BETWEEN_BEFORE.search(text, max(lo, h.start - 40), h.start)
    if not m:
        return False
    if "and" in m.group(0).split():
        other = places[k - 1] if k > 0 and places[k - 1].start >= m.start() else None
    else:
        other = places[k + 1] if k + 1 < len(places) and places[k + 1].start - h.end <= 40 else None
    return other is not None and other.country != h.country


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}(?:and\s+(?:the\s+)?)?$")
_FROM_ENDS = ("from", "of", "born in", "the")
_SPEECH_ENDS = ("in", "from", "the")
_SPEECH_WORDS = ("told", "said", "says", "speaking", "spoke", "briefed", "briefing", "conference", "statement",
                 "interview", "announced", "addressing", "according to")
_BY_BEFORE = re.compile(r"\bby\s+$")
_FORCES_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w-]+)?\s+(?:special\s+)?(?:forces|troops|jets|aircraft|drones?|"
                           r"commandos|military|army|navy|air force|warplanes)\b")
_OUTCOME_WORDS = {
    KILLED: re.compile(r"\b(?:killed|killing|kills|kill|died|dead|slain|neutrali[sz]ed|eliminated|blew)\b"),
    CAPTURED: re.compile(r"\b(?:arrest(?:ed|s)?|captur(?:ed|es|e)|detain(?:ed|s)?|nabbed|seized|held|custody|"
                         r"surrender(?:ed)?)\b"),
    WOUNDED: re.compile(r"\b(?:wounded|wounding|injured|injuring)\b"),
}


@lru_cache(maxsize=4096)
def _op_at(sentence: str, outcome: str | None) -> int:
    """Where the first outcome or operation word of ``sentence`` starts, or -1."""
    low = sentence.lower()
    rx = _OUTCOME_WORDS_L.get(outcome) if outcome else None
    # this outcome's words, then any outcome's ("killed" in a lead that a capture follows),
    # then operation words ("raid", "attacks")
    m = (rx.search(low) if rx else None) or _ANY_OUTCOME_L.search(low) or _OP_WORDS_L.search(low)
    return m.start() if m else -1


_ANY_OUTCOME_L = Hinted("|".join(rx.pattern for rx in _OUTCOME_WORDS.values()))
_OUTCOME_WORDS_L = {outcome: Hinted(rx.pattern) for outcome, rx in _OUTCOME_WORDS.items()}


def _context_memo(memo: dict | None, text: str, sentences: list[Sentence], places: list[PlaceHit],
                  s: Sentence, outcome: str) -> tuple[PlaceHit | None, Sentence]:
    """:func:`_context_place`, once per (sentence, outcome) of the article."""
    if memo is None:
        return _context_place(text, sentences, places, s, outcome)
    key = (s.index, outcome)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _context_place(text, sentences, places, s, outcome)
    return found


def _stray_town(places: list[PlaceHit], hit: PlaceHit) -> bool:
    """Whether ``hit`` is a town of a country the article names nowhere else while it names
    another country twice or more: "the Mbau-Kamango axis" in a Congo story is no town of
    Mozambique's Cabo Delgado (a guess from context should not rest on a homonym)."""
    if hit.kind != TOWN:
        return False
    counts: dict[str, int] = {}
    for h in places:
        if h.kind != DEMONYM:
            counts[h.country] = counts.get(h.country, 0) + 1
    return counts.get(hit.country, 0) == 1 and any(n >= 2 for c, n in counts.items() if c != hit.country)


def _reports(sentence: str, outcome: str | None) -> bool:
    """Whether ``sentence`` has a word of ``outcome`` ("seized" for a capture)."""
    rx = _OUTCOME_WORDS_L.get(outcome) if outcome else None
    return bool(rx and rx.search(sentence.lower()))


def _context_place(text: str, sentences: list[Sentence], places: list[PlaceHit],
                   s: Sentence, outcome: str | None = None) -> tuple[PlaceHit | None, Sentence]:
    """Where the article's operation happened: the nearest earlier sentence of the same
    paragraph that reports an operation at a place (or of an earlier paragraph that reports
    the same outcome: "X was seized in a raid in Jalalabad. [...] Three others were detained"),
    else the lead, else the commonest country."""
    for j in range(s.index - 1, max(-1, s.index - 5), -1):
        sj = sentences[j]
        if sj.paragraph != s.paragraph and j < s.index - 1 and not _reports(text[sj.start:sj.end], outcome):
            continue
        op = _op_at(text[sj.start:sj.end], outcome)
        if op >= 0:
            hit = _best_place(text, places, sj, sj.start + op, [])
            if hit and hit.kind != DEMONYM and not _stray_town(places, hit):
                return hit, sj
    if (label := _label_place(text, sentences, places, s)) is not None:
        return label  # "BENI TERRITORY. On 5 August ...": the place the section is about
    lead, lead_at = _lead_op_place(text, sentences, places, outcome)
    if lead is not None and lead_at is not None:  # (the lead's sentence comes with its place)
        return lead, lead_at
    counts: dict[str, int] = {}
    for h in places:
        if h.kind != DEMONYM:
            counts[h.country] = counts.get(h.country, 0) + 1
    if counts:
        country = max(sorted(counts), key=lambda c: counts[c])
        return PlaceHit(0, 0, country, None, "country"), s
    return None, s


def _label_place(text: str, sentences: list[Sentence], places: list[PlaceHit],
                 s: Sentence) -> tuple[PlaceHit, Sentence] | None:
    """The place in the upper-case label that opens the paragraph of ``s``, in a brief whose
    sections are so labelled, with the label's sentence."""
    j = s.index
    while j > 0 and sentences[j - 1].paragraph == s.paragraph:
        j -= 1
    first = sentences[j]
    if not text[first.start:first.start + 2].isupper():
        return None
    label = _SECTION_LABEL.match(text, first.start)
    if label is None or not _sectioned(text):
        return None
    k = bisect_left(places, first.start, key=_START)
    if k < len(places) and places[k].end <= label.end() and places[k].kind != DEMONYM:
        return places[k], first
    return None


_OPERATION_L = [(name, Hinted(rx.pattern)) for name, rx in _OPERATION]  # (on lower-cased text)


@lru_cache(maxsize=4096)
def _operation(sentence: str) -> str | None:
    low = sentence.lower()
    for name, rx in _OPERATION_L:
        if rx.search(low):
            return name
    return None
