"""Who is an ISIS member: the words around a name.

Each mention gets a verdict from its left noun phrase ("ISIS weapons smuggler X",
"CENTCOM spokesman X"), its appositive or predicate ("X, an ISIS facilitator",
"X was another prominent ISIS commander") and whether it is the speaker of a quote.
A rank or office right before a name ("General", "President", "Colonel") makes a
government person by rule; an ISIS word in the noun phrase makes a member; the
person is then scored over all mentions in :func:`group_score`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import HONORIFICS, STRONG_TITLES
from .text import caseless, gated, lower_same

ISIS, GOV, ROLE, NONE = "isis", "gov", "role", ""

# Acronyms are case-sensitive ("IS" is not "is"); words are not.
_ISIS_ACRONYM = re.compile(
    r"(?<![\w-])(?:ISIS|ISIL|IS|Daesh|DAESH|Da'esh|DEA\u015e|Dea\u015f|ISWAP|ISKP|IS-K|ISIS-K|ISIL-K|ISGS|ISCAP|ISSP|ISS|"
    r"EIGS|EIAO|"  # the French acronyms of the Sahel and West Africa branches, in translated communiques
    r"IS-Somalia|ISIS-Somalia|IS-Sahel|IS-Khorasan|ISIS-DRC|IS-DRC|IS-Mozambique|ISEA|ISPP|"
    # the branches under their local names: the ADF is IS Central Africa Province in Congo and
    # Uganda, Dawlah Islamiyah its Philippine affiliate (with the Maute group)
    r"ADF|Dawlah Islamiy(?:a|ah))(?![\w])"
)
_ISIS_WORDS = re.compile(
    r"islamic state|\bdaesh\b|\bthe group\b|\bthe group['\u2019]s|\bthe branch\b|\bthe branch['\u2019]s|"
    r"\bterror(?:ist)? (?:group|organi[sz]ation|"
    r"network|outfit|cell)|\bjihadis?t?s?\b|\bmilitants?\b|\bextremists?\b|\binsurgents?\b|\bterrorists?\b|"
    r"\bcaliphate\b|\bwilayat?\b|\bself[- ](?:styled|proclaimed)\b|\bthe organi[sz]ation['\u2019]s|"
    r"\bits (?:leader|chief|head|spokesman|spokesperson|commander|emir|amir|deputy|founder|governor|"
    r"official|caliph)\b|\bthe network['\u2019]s|\bthe militia['\u2019]s|\bsleeper cell|"
    r"\bkhorasan\b|\bwest africa province\b|\bsahel province\b|\bcentral africa province\b|"
    r"\bsomalia province\b|\bmozambique province\b|\bfighters?\b|\bemirs?\b|\bamirs?\b|\bwali\b",
    re.IGNORECASE,
)
_ANTI = re.compile(r"(?:anti|counter|fight(?:ing)? against|war on|war against|campaign against|"
                   r"operations? against|coalition against|defeat(?:ing)?|against|"
                   # "the JAS faction that had broken away from the Islamic State": it left IS
                   r"(?:broken|broke|breaking) away from(?:\s+the)?|split (?:from|with)(?:\s+the)?|"
                   r"defected from(?:\s+the)?|"
                   # who studies the movement: "a researcher on jihadist movements"
                   r"(?:researchers?|analysts?|experts?|specialists?|scholars?|journalists?|reporters?)\s+"
                   r"(?:on|of|about|covering|into)\s+(?:the\s+)?)[\s-]*$", re.IGNORECASE)
#: Nouns that, in this genre, are roles of the insurgency when no other body is named.
_ROLE_NOUNS = re.compile(
    r"\b(?:leader|commander|emir|amir|wali|official|chief|head|deputy|spokes(?:man|person)|facilitator|"
    r"financier|smuggler|logistician|recruiter|bomb[- ]?maker|operative|member|fighter|mastermind|"
    r"ideologue|propagandist|courier|planner|lieutenant|executive|trafficker|trainer|associate|"
    r"suspect|attacker|bomber|gunman|gunmen|kingpin|strongman|figure|founder|judge|cleric|preacher|"
    r"militant|jihadist|insurgent|terrorist|operator|cell leader|ringleader|warlord|recruit|aide|"
    r"bodyguard|cadre|handler|informant|collaborator|supplier|tax collector|accomplice|enforcer|coordinator|"
    r"chairman of the shura|successor|next in line|co-accused|co-defendant|defendant)s?\b",
    re.IGNORECASE,
)
#: Bodies and jobs that make a person not an ISIS member.
_GOV_WORDS = re.compile(
    r"\b(?:army|armed forces|military|government|ministry|minister|police|command|centcom|uscentcom|"
    r"africom|pentagon|coalition|u\.s\.|us|american|puntland|puntland's|mozambique's|sdf|asayish|asayesh|"
    r"ypg|ypj|syrian democratic forces|military council|presided|"
    # the Syrian government's militias: "a commander of the regime's National Defence Forces"
    r"regime(?:['\u2019]s)?|national defen[cs]e forces|ndf|"
    r"(?:iraqi|syrian|kurdish|afghan|nigerian|somali|mozambican|rwandan|congolese|ugandan|malian|burkinabe|"
    r"nigerien|filipino|philippine|turkish|egyptian|libyan|yemeni|jordanian|lebanese|pakistani|french|"
    r"british|russian|iranian|israeli) (?:army|military|forces|troops|police|government|security|officials?|"
    r"officers?|generals?|spokes\w+|ministers?|president|intelligence|counter\w*|air force|"
    r"jets|soldiers?|authorities|state|television|military's|army's|defen[cs]e|interior|navy|"
    r"special forces|commandos?|prime minister|vice president|embassy|ambassador|strongman)|"
    r"peshmerga|counter[- ]?terrorism|intelligence|authorities|security forces|troops|brigade|battalion|"
    r"division|regiment|analysts?|researchers?|experts?|journalists?|reporters?|correspondent|editor|"
    r"professor|fellow|scholar|observatory|think[- ]tank|institute|university|witness|residents?(?! of)|"
    r"villagers?|farmers?|teachers?|doctors?|nurses?|aid workers?|workers?|ngo|victims?|hostages?|"
    r"civilians?|tribal|elders?(?! (?:brother|sister|son|daughter|cousin)s?\b)|"  # (not "his elder brother")
    r"pastor|priest|students?|lawyers?|prosecutors?|court|lawmakers?|mp|"
    r"politicians?|president|premier|diplomats?|envoy|ambassador|taliban|shabaab|shabab|qaeda|qaida|"
    r"hts|nusra|hezbollah|hizbollah|houthis?|wagner|pmf|hashd|popular mobili[sz]ation|islamic emirate|agency|un|nato|"
    r"commission|embassy|department|governor|mayor|secretary|senator|general|colonel|"
    r"chairman(?! of (?:the |its |the group.s )?shura)|"  # (a council's, not the group's shura's)
    r"officers?|soldiers?|sergeant|captain|major|lieutenant colonel|commandos?|marines?|spokes(?:man|"
    r"person|woman) for|monitor|mother|wife|widow|daughter|son of a|sister|relatives?|family members?|"
    r"friend|neighbou?r|cameraman|photographer|author|writer|historian|expert on|director|"
    r"village (?:heads?|chiefs?|leaders?|elders?|officials?)|mukhtar|civil society|community leaders?|"
    r"traditional (?:rulers?|leaders?|chiefs?)|district (?:heads?|chiefs?)|local officials?|rapporteur|"
    r"local (?:chiefs?|notables?)|sahwa|awakening council|candidates?|"
    # a community's cleric, named as a mediator or a victim: "a religious leader in the municipality"
    r"religious (?:leaders?|figures?|scholars?)|"
    r"al-?mourabitoun|al-?murabitoun|mai-?mai|"
    r"boko haram|jnim|ansaru|abu sayyaf|al-?shabaab|fdn|fds|fama|sadc|samim|minusma|monusco|fardc|"
    r"shepherds?|herders?|herdsm[ae]n|fisherm[ae]n|traders?|shopkeepers?|merchants?|"
    r"(?:truffle |firewood |wood )?gatherers?|labou?rers?|"
    # militias that fight the group: Nigeria's Civilian JTF, Burkina Faso's VDP
    r"cjtf|civilian jtf|civilian joint task force|vigilantes?|vdp|"
    # a driver by trade; "the driver" alone may be the group's (a car bomb's, a commander's)
    r"(?:truck|taxi|bus|lorry|ambulance|aid|delivery|tanker|local|civilian|a)\s+drivers?|"
    # victims and bystanders: "a nomad, X, was killed by a roadside bomb", "a CTD constable, X"
    r"nomads?|constables?|ctd|(?:leaders?|chiefs?|sheikhs?|heads?) of (?:the |a )?(?:[\w'-]+ ){0,3}(?:tribe|clan)s?|"
    r"(?:presiding|trial|investigating|investigative) judges?|"
    r"committee|council|councillors?|milf|aqap|aqim|al-qaeda|"
    # "chief of staff", "chief of police" (not "the chief of a katiba", "chief of the insurgents")
    r"chiefs? of(?! (?:an? |the |its |their )?(?:[\w-]+ )?(?:katibas?|cells?|units?|groups?|insurgents|fighters|"
    r"militants|jihadists|terrorists|brigades?|battalions?|networks?|wilayas?|wilayats?|province|"
    # an insurgent's trade: "presented as the chief of logistics of the zone"
    r"logistics|supply|supplies|finances?|recruitment|propaganda|hisba|explosives|bomb-making|zakat|sector|"
    r"zone)\b)|"
    # political parties: "JUI-F chief Maulana X", "the party's leader"
    r"party|jui(?:-f)?|pti|ppp|pml(?:-n)?|"
    r"ttp|tehrik|updf|snaf|ahlu sunna|ahlu-sunna|hayat tahrir|tahrir al-sham|army's|police's|government's|"
    # other armed bodies of the theatres: "the CODECO militia", "the pro-regime Liwa al-Quds"
    r"militias?|militiam[ae]n|self-defen[cs]e groups?|ansarul islam|codeco|liwa al-quds)\b",
    re.IGNORECASE,
)
_LEFT_CUT = re.compile(
    r"[,;:()\[\]]|\b(?:was|were|is|are|be|been|being|by|said|says|say|told|whether|and|or|that|who|whom|which|when|"
    r"while|after|before|killed|killing|kills|captured|capturing|arrested|detained|nabbed|slain|"
    r"neutrali[sz]ed|eliminated|wounded|injured|targeting|targeted|target|against|with|including|"
    r"included|include|includes|like|such|to|for|than|where|during|at|on|into|under|hit|struck|"
    r"confirmed|announced|claimed|appointed|replaced|succeeded|succeed|replace|"
    r"praised|mourned|interviewed|quoted|citing|cited|via|"
    # verbs whose subject acts on the name: "the troops took away X", "the military described X as"
    r"took|away|lists|listed|describes|described|accused|accuses|blamed|blames|labelled|labeled|branded|"
    r"considers|interrogated|questioned|transferred|freed|released|charged|sentenced|convicted|"
    r"hunted|hunts|pursued|located|spotted|apprehended|cornered|surrounded|"
    # the victims of the group's deeds: "ISIS militants executed X", "gunmen shot dead X"
    r"executed|beheaded|abducted|kidnapped|murdered|assassinated|shot|ambushed|attacked|rescued|freed)\b"
    r"(?!-[A-Za-z])",  # (not the "IS" of "IS-K", nor the "to" of "to-do")
    re.IGNORECASE,
)
_RIGHT_APPOSITIVE = re.compile(
    # ("Shekau, who by then led the rival JAS faction,": a time adverb may come first)
    r"^\s*[,(\u2013\u2014-]\s*(?:who\s+(?:(?:by then|then|later|still|by that time|at the time)\s+)?"
    r"(?:was|is|had been|has been|served as|became|led|headed|ran|"
    r"oversaw|commanded|(?:has|had) (?:led|headed|run|commanded)|leads|heads|commands|now leads)\s+|"
    r"(?:then|now|reportedly|allegedly|described as|believed to be)\s+)?"
    # ("X, the Islamic State Khorasan Province (ISKP) operative accused of ...": an acronym in brackets)
    r"(?P<np>[^,;()]{2,160}(?:\([A-Z][A-Za-z-]{1,9}\)[^,;()]{1,140})?)"
)
_RIGHT_PREDICATE = re.compile(
    r"^\s*(?:,[^,;]{0,120},\s*)?(?:was|is|had been|has been|became|remains|served as|acted as|"
    r"was also|is also|was reportedly|is reportedly|is believed to be|was believed to be)\s+"
    r"(?P<np>(?:an?|the|one|another|among|his|its|isis|is|islamic|daesh|then|also|now|considered|"
    r"described|said to be|seen as|believed|a senior|senior|top)\b[^,;()]{0,160})"
)
#: A clause, not an appositive, after "X,": "X, blew himself up", "X, sought by police".
_VERB_START = re.compile(r"\s*(?:was|were|is|are|has|had|have|will|would|said|says|told|and|but|"
                         r"blew|fled|died|hid|ran|fought|took|gave|sought|caught|held|shot|struck|fell|went|"
                         r"came|escaped|slipped|commands|leads|heads|runs|controls|remains|oversees|operates|lives|"
                         r"\w+ed)\b", re.IGNORECASE)
_LOCATIVE_START = re.compile(r"\s*(?:in|at|near|outside|inside|on|from|during|around|close to|along)\s",
                             re.IGNORECASE)
_LAST_PP_NP = re.compile(r"(?s:.*)\b(?:for|to|from|with|at|on|against)\s+(?P<np>(?:the|a|an|its|their|his|her)\b.*)$",
                         re.IGNORECASE)
_SPEECH_CUT = re.compile(r"(?s:.*)\b(?:said|says|told|announced|added|stated|claimed|reported)\b\s*"
                         r"(?:(?:[\w']+\s+){0,3}?that\s+)?")  # ("told the court that X's superior, Y")
_SPEECH_HINTS = ("said", "says", "told", "announced", "added", "stated", "claimed", "reported")
_DESCRIBED = re.compile(r"^\s*(?:whom|who)\s+(?:\w+\s+){0,3}?(?:described|describes?|called|calls?|named|"
                        r"names?|identified|identif(?:y|ies)|labelled|labeled|labels?|tags?|tagged|brands?|branded|"
                        r"considers?|considered|regards?|regarded|said\s+(?:worked|served|acted)|"
                        r"says\s+(?:works|serves|acts)|(?:worked|served|acted)|"
                        # "whom the organisation announced as its emir in Libya"
                        r"announced|announces|presented|presents|appointed|proclaimed)\s+as\s+", re.IGNORECASE)
_DESCRIBED_BY = re.compile(r"\s*(?:described|identified|labell?ed|branded|named|listed|"
                          # "a certain X, pointed out as the chief of the insurgents" (Portuguese "apontado como")
                          r"pointed\s+out|singled\s+out|presented|referred\s+to|regarded|considered|seen)\s+"
                          r"(?:by\s+[^,;]{1,40}?\s+)?as\s+", re.IGNORECASE)
_SAID_TO_BE = re.compile(r"\s*(?:said|believed|thought|reported|alleged|understood|presumed)\s+to\s+"
                         r"(?:be|have\s+been)\s+", re.IGNORECASE)
_NP_CUT = re.compile(r"\b(?:who|(?<!for )whom(?!\s+(?:[\w-]+\s+){0,3}?(?:described|named|called|identified|"
                     r"labell?ed|appointed|presented|announced)\b)|which|that|said|says|told|according|when|while|after|before|but|"
                     r"were|was killed|was captured|was arrested|(?-i:is|are|has|have|will)|"
                     # a reduced relative names the agent, not the man: "the planner killed by a US drone"
                     r"(?:killed|captured|arrested|detained|wounded|slain|neutrali[sz]ed|designated|sanctioned|"
                     r"listed|wanted|sought|hunted|targeted) by|"
                     # ... and says where: "a local IS emir captured near al-Mayadin" (the outcome's place)
                     r"(?:killed|captured|arrested|detained|wounded|slain|neutrali[sz]ed) (?:near|in|at|outside|"
                     r"on|during))\b", re.IGNORECASE)
#: "his lieutenant X": a possessive before a lower-case rank makes it a role, not a title.
_POSSESSOR_BEFORE = re.compile(r"\b(?:his|her|its|their)\s+[a-z.-]+\s*$")
_SPEAKER_RIGHT = re.compile(r"\s*(?:,\s*)?(?:said(?! to )|says|told|added|stated|noted|explained|wrote|announced|"
                            r"argued|warned|tweeted|posted|commented|claimed|declared)\b", re.IGNORECASE)
_SPEAKER_LEFT = re.compile(r"(?:\bsaid|\bsays|\btold|\baccording to|\badded|\bquoted|\bquoting)\s*,?\s*$",
                           re.IGNORECASE)
_TITLE_BEFORE = re.compile(r"([A-Za-z][A-Za-z.\-]*)\s*$")


@dataclass(slots=True)
class Verdict:
    """What the words around one mention say about the person."""

    kind: str = NONE
    role: str | None = None
    strong_title: bool = False
    speaker: bool = False
    #: "X, leader of the rival Boko Haram faction": the head of another movement, whatever
    #: ISIS words surround his other mentions ("ISWAP absorbed Shekau's fighters")
    rival_leader: bool = False
    #: Offsets (in the sentence) of the noun phrases that describe the person; a place
    #: inside them is part of a role ("deputy commander in Iraq"), not where things happened.
    role_start: int = 0
    role_end: int = 0


_RIVAL_LEADER = re.compile(r"\b(?:leader|head|chief|founder|emir|amir|commander)\s+of\s+(?:the\s+|a\s+)?rival\b",
                           re.IGNORECASE)
#: Other armed movements of the theatres: their members are not ISIS members.
_RIVAL = re.compile(r"\b(?:taliban|shabaab|shabab|qaeda|qaida|HTS|nusra|hezbollah|hizbollah|houthis?|boko haram|"
                    r"JNIM|ansaru|abu sayyaf|TTP|AQAP|AQIM|JAS|hayat tahrir|tahrir al-sham|MILF|"
                    r"ansarul islam|ansar ul-islam|CODECO|liwa al-quds|mourabitoun|murabitoun|katiba macina|"
                    r"macina liberation front|jama['\u2019]?atu ahl(?:i|u)s?[- ]sunn?a|"
                    # the Philippine fronts that made peace or fight on their own
                    r"moro islamic liberation front|moro national liberation front|MNLF|"
                    r"bangsamoro islamic freedom fighters|BIFF|"
                    r"support (?:of|for) islam and muslims|hurr?as al-d(?:i|ee)n|balochistan liberation army|BLA)\b",
                    re.IGNORECASE)
#: A rival body after a possessive name: "X's JAS", "X's own Boko Haram faction".
_OWNS_RIVAL = re.compile(r"(?:[\w'\u2019-]+\s+){0,2}?(?:" + _RIVAL.pattern + ")", re.IGNORECASE)
_ISIS_NAMES = re.compile(r"islamic state|\bdaesh\b|\bwilayat?\b|\bkhorasan\b|\bwest africa province\b|"
                         r"\bsahel province\b|\bcentral africa province\b|\bsomalia province\b|"
                         r"\bmozambique province\b|\bcaliphate\b", re.IGNORECASE)
#: "who never pledged allegiance to the Islamic State", "is not regarded as part of it".
_NOT_MEMBER = re.compile(r"\b(?:never|not|no longer)\s+(?:been\s+)?(?:pledged|swore|sworn|regarded as|considered|"
                         r"seen as|counted as|part of|a member of)\b|"
                         # "its founder, X, died in 2014, months before the group announced its allegiance to Daesh"
                         r"\bbefore\s+(?:the\s+group|it|the\s+organi[sz]ation|they)\s+(?:announced|pledged|declared|"
                         r"swore)\s+(?:its\s+|their\s+)?(?:allegiance|bay['\u2019]?a)\b|"
                         # "X, who was sent into Syria by the Islamic State of Iraq before breaking with it"
                         r"\b(?:before|after|then|later)\s+(?:breaking|broke|splitting|split)\s+(?:away\s+)?(?:with|from)\s+"
                         r"(?:it|them|the\s+group|the\s+islamic\s+state|isis|baghdadi)\b|"
                         # "Shekau did not die as an Islamic State commander"
                         r"\b(?:did|does|do)\s+not\s+(?:die|fight|serve|act)\s+as\s+(?:an?\s+)?"
                         r"(?:islamic state|isis|is)\b|"
                         # "his family said he is a shepherd who has no relation to the organisation"
                         r"\bno\s+(?:known\s+|clear\s+|proven\s+|direct\s+)?(?:relation|ties|links?|connection)s?\s+"
                         r"(?:to|with)\s+(?:the\s+)?"
                         r"(?:organi[sz]ation|group|islamic state|isis|is|daesh|adf|iswap|iskp|militants|jihadists)\b|"
                         # "his brother was detained; it is not clear whether he has any link to the group"
                         r"\b(?:not clear|unclear|unknown)\s+(?:whether|if)\s+(?:he|she|they)\s+(?:has|had|have)\s+"
                         r"(?:any\s+)?(?:links?|ties|connections?|relation)\b",
                         re.IGNORECASE)
# ("a former Pakistani Taliban commander": a nationality may stand between)
_FORMER = re.compile(r"\b(?:former|ex-)\s*(?:(?:pakistani|afghan|somali|nigerian|syrian|iraqi)\s+)?(?:al-)?"
                     r"(?:shabaab|shabab|qaeda|nusra|taliban|boko haram)\b",
                     re.IGNORECASE)
_NOT_MEMBER_L = caseless(_NOT_MEMBER)
_ISIS_WORDS_L = gated(_ISIS_WORDS.pattern)
_ANTI_L = re.compile(_ANTI.pattern)
_GOV_WORDS_L = gated(_GOV_WORDS.pattern)
_ROLE_NOUNS_L = gated(_ROLE_NOUNS.pattern)
_ISIS_ACRONYM = gated(_ISIS_ACRONYM.pattern)
_ROLE_NOUNS = gated(_ROLE_NOUNS.pattern, re.IGNORECASE)


#: An office in scare quotes or after "so-called": 'the "information minister"', "the so-called wali".
_STYLED_OFFICE = re.compile(r"[\"\u201c](?P<office>[^\"\u201d]{2,40})[\"\u201d]|"
                            r"\bso-called\s+(?P<office2>(?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)
#: A state's office held by one person (not a body's name: 'the "Deir Ezzor Military Council"').
_STATE_OFFICE = re.compile(r"\b(?:minister|governor|judge|mayor|president|director|commissioner|prosecutor|"
                           r"police chief|chief of police|ambassador|general)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def classify_np(np: str) -> str:
    """ISIS, GOV, ROLE (an insurgent role with no body named) or NONE for a noun phrase."""
    if not np.strip():
        return NONE
    low = np.lower()
    if len(low) != len(np):
        low = np
    if " whose " in low:
        # "a tribal leader whose fighters joined the Iraqi army": the head says who he is; only a
        # head that says nothing leaves it to the clause ("the Jordanian whose al-Qaeda in Iraq")
        head = classify_np(np[:low.index(" whose ")])
        if head in (ISIS, GOV):
            return head
    if "sanction" in low and _SANCTIONED.search(low):
        return NONE  # "under American sanctions": who sanctions him, not whom he serves
    if ("\"" in np or "\u201c" in np or "so-called" in low) and (office := _STYLED_OFFICE.search(np)) is not None \
            and _STATE_OFFICE.search(office.group("office") or office.group("office2")) and \
            classify_np(np[:office.start()] + np[office.end():]) == NONE:
        return ROLE  # 'the "information minister"', "the so-called governor": an office the group styles
    if any(w in low for w in _ENEMY_WORDS) and _ISIS_AS_ENEMY.search(np):
        # "the leader of JAS and the Islamic State West Africa Province's bitter rival": the IS
        # name there says whom he fights, not whom he serves
        np = _ISIS_AS_ENEMY.sub(" ", np)
        low = np.lower()
    if " and " in np and (conj := _ISIS_CONJUNCT.search(np)) is not None and \
            not _ENEMY_AFTER.match(np, conj.end()) and not _ANTI_L.search(low, 0, conj.start()):
        return ISIS  # "the son of Boko Haram's founder and ISWAP's most recognisable figure": he is both
    kin = _KIN_OF.search(low) if " of " in low else None  # "the widow of an ISIS emir": his kin, not him
    if ("'s " in low or "\u2019s " in low) and (poss := _KIN_POSSESSIVE.search(low)) is not None:
        # "The defendant's younger brother": the owner's kin, not what the owner is
        return GOV if _GOV_WORDS_L.search(low, poss.end()) else NONE
    # "an HTS fighter", "Boko Haram (JAS) commanders": a rival body named with a generic word (but
    # "the son of Boko Haram's founder": the father's)
    if (rival := _RIVAL.search(np)) and not (kin and rival.start() >= kin.end()) and not _FORMER.search(np) and \
            not _ISIS_ACRONYM.search(np) and not _ISIS_NAMES.search(np):
        return GOV
    if ("fighter" in low or "guard" in low or "member" in low) and _GOV_FIGHTER.search(low):
        return GOV  # "an SDF fighter", "a Peshmerga member": the fighter of a body that fights ISIS
    for rx, text in ((_ISIS_ACRONYM, np), (_ISIS_WORDS_L, low)):
        for m in rx.finditer(text):
            if not _ANTI_L.search(low, 0, m.start()) and not (kin and kin.end() <= m.start()):
                return ISIS
    if kin:  # a relative, named for whose relative he is: a widow is no member, a brother may be
        if _RIVAL.search(low, kin.end()):
            # "the son of Boko Haram's founder": the father's body is not the son's
            return GOV if _GOV_WORDS_L.search(low, 0, kin.end()) else NONE
        # (and so may "a relative of X": the word itself says nothing, what follows may)
        return GOV if _GOV_WORDS_L.search(low, kin.end() if low.startswith("relative", kin.start()) else 0) else NONE
    if (job := _INSURGENT_JOB.search(low)) or (any(w in low for w in _HENCHMAN_WORDS) and _HENCHMAN.search(low)):
        if job and (gov := _GOV_WORDS_L.search(low, 0, job.start())) is not None and \
                " and " not in low[gov.end():job.start()]:  # (not "the nurse and the explosives maker")
            return GOV  # "SDF media official", "police security chief": the job of a force that fights ISIS
        return ROLE  # "a logistics officer": a job of the insurgency, whatever "officer" says elsewhere
    if "who" in low and (joined := _WHO_JOINED.search(low)) is not None and \
            not _GOV_WORDS_L.search(low, joined.end()):
        return ROLE  # "a friend from Duisburg who joined the same unit": the defendant's comrade in arms
    if "former" in low:
        low = _FORMER_CIVIL.sub(" ", low)  # "a former madrassa teacher": who he was, not whom he serves
        low = _FORMER.sub(" ", low)  # "a former Pakistani Taliban commander": whom he served before
    if "tribal" in low:
        low = _TRIBAL_AREA.sub(" ", low)  # "from the Orakzai tribal agency": a district, no tribesman
    if _GOV_WORDS_L.search(low):
        return GOV
    if _ROLE_NOUNS_L.search(low):
        return ROLE
    return NONE


#: A second description joined by "and" that makes the man an ISIS figure: "... and ISWAP's most
#: recognisable figure", "... and a senior ISIS commander".
_ISIS_CONJUNCT = re.compile(r"\band\s+(?:(?:the|an?|its)\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:" + _ISIS_ACRONYM.pattern + r"|Islamic State)"
                            # (a noun after "'s": a cut phrase ending "and ISWAP's" may go on "bitter rival")
                            r"(?:['\u2019]s\s+[\w-]|\s+(?:commander|leader|emir|amir|chief|official|figure|member|fighter|"
                            r"wali|governor)s?\b)")
_PRESIDED_BY = re.compile(r"\bpresided\s+(?:over\s+)?by\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
_PARTICIPLE_STARTS = ("arrested", "captured", "detained", "killed", "wounded", "injured", "seized", "nabbed",
                      "apprehended", "caught", "named", "identified", "described")
#: The endings every _AGENT_VERB_END match has (a cheap test first).
_VERB_END_HINTS = ("detain", "detains", "detained", "arrest", "arrests", "arrested", "kill", "kills", "killed",
                   "capture", "captures", "captured", "nab", "nabs", "nabbed", "caught", "seized", "apprehended",
                   "neutralise", "neutralises", "neutralised", "neutralize", "neutralizes", "neutralized",
                   "eliminate", "eliminates", "eliminated", "convicted", "sentenced", "death", "life",
                   "imprisonment", "name", "names", "identify", "identifies", "condemned", "found",
                   "sidelined", "sidelines", "replaced", "replaces", "ousted", "ousts", "deposed", "expelled",
                   "succeeded", "succeeds", "removed")
_ALIAS_NP_STARTS = ("also", "bett", "wide", "more", "loca", "comm", "vulg", "know", "call", "alia", "aka", "a.k.",
                    "nick", "dubb", "dit")
_FRONTED_PARTICIPLE = re.compile(r"\s*(?:arrested|captured|detained|killed|wounded|injured|seized|nabbed|"
                                 r"apprehended|caught|named|identified|described)\b[^,;]*,\s*$", re.IGNORECASE)
#: An outcome verb that ends the phrase before a name ("Police in Daquq detain X", "the court
#: sentenced to death X"): the phrase is the verb's agent, no description of the name.
_AGENT_VERB_END = re.compile(r"\s(?:detain(?:s|ed)?|arrest(?:s|ed)?|kill(?:s|ed)?|captur(?:es?|ed)|nab(?:s|bed)?|"
                               r"caught|seized|apprehended|"
                               # "the group's central leadership sidelined X": who acted on him, not what he is
                               r"sidelin(?:ed|es)|replac(?:ed|es)|oust(?:ed|s)|deposed|expelled|succeed(?:ed|s)|removed|"
                               r"neutrali[sz](?:es?|ed)|eliminat(?:es?|ed)|convicted|condemned|found|"
                               r"sentenced(?: to (?:death|life(?: imprisonment)?))?|"
                               # "Some researchers name X as the chairman": who names him (not "a
                               # police officer named X", who is one)
                               r"names|(?<=[a-z]s\s)(?<!\bhis\s)(?<!\bits\s)name|identif(?:y|ies))$")
_HEAD_OF_BODY = re.compile(r",\s*(?:the|a|an)\s+[\w'\u2019 -]{0,30}?\bwho\s+(?:had\s+)?(?:founded|created|led|leads|"
                           r"headed|heads|commanded|commands)\s+(?P<body>[^.;,]{2,70})")
# ("kills an IS leader the Pentagon identifies as X": "whom" left out)
_WHOM_AGENT_AS_TAIL = (r"(?:whom\s+[^,;]{1,40}?|the\s+[^,;]{1,30}?)\b(?:identif(?:y|ies|ied)|describes?|"
                       r"described|calls?|called|names?|named|considers?|considered|regards?|regarded)"
                       r"\s+as\s*$")
_WHOM_AGENT_AS = re.compile(r"(?:(?P<np>[^,;:()]{2,60}),\s*|"
                            # (or without the comma: "kills an Islamic State leader whom CENTCOM names as X")
                            r"\b(?P<bare>(?:an?|the)\s+(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)\s+)"
                            + _WHOM_AGENT_AS_TAIL)
#: What every ``_WHOM_AGENT_AS`` match holds after its noun phrase, searched first for the same
#: reason as ``_REFERRED_IN_HINT``: it opens with "whom" or "the", the full pattern with any character.
_WHOM_AGENT_AS_HINT = re.compile(_WHOM_AGENT_AS_TAIL)
#: A body, then "the movement founded (in P) by (the preacher)": its founder's name follows.
_FOUNDED_BY = re.compile(r"(?P<body>(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+),\s+(?:the|a|an)\s+"
                         r"(?:(?!(?:was|is|were|has|had)\b)[\w-]+\s+){0,2}?"
                         r"(?:founded|created|started|launched)\s+(?:in\s+[^,;]{1,30}?\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_LEADER_OF = re.compile(r"\s*(?:the\s+)?(?:(?:founding|longtime|late|former)\s+)?"
                        r"(?:leader|head|chief|founder|emir|amir)\s+of\s+")
_CASE_OF = re.compile(r"\b(?:case|cases|trial|hearing|file|prosecution|verdict|"
                      # "The lawyer of X, Y, announced": X is the client
                      r"lawyers?|defenders?|attorneys?|counsel|defen[cs]e)\s+(?:of|for|against)"
                      r"(?:\s+(?:el|al|de|da|ben|bin|van|von))?$", re.IGNORECASE)  # ("the lawyer of El Ouardi")
_SANCTIONED = re.compile(r"^\s*(?:who\s+(?:is|was|has been)\s+)?(?:under|subject to|facing)\s+(?:\w+\s+){0,2}"
                         r"sanctions\b|"
                         r"^\s*(?:who\s+(?:is|was|has been)\s+)?sanctioned\b")
_ENEMY_WORDS = ("rival", "enem", "foe", "opponent", "nemesis")
_ISIS_AS_ENEMY = re.compile(r"(?:the\s+)?(?:" + _ISIS_ACRONYM.pattern + r"|islamic state(?:\s+[A-Za-z]+){0,3}?)"
                            r"['\u2019]s\s+(?:[\w-]+\s+)?(?:rival|enemy|foe|opponent|nemesis)s?\b|"
                            r"\b(?:rival|enemy|foe|opponent|nemesis)s?\s+(?:of|to)\s+(?:the\s+)?(?:"
                            + _ISIS_ACRONYM.pattern + r"|islamic state)", re.IGNORECASE)
_ENEMY_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:rival|enemy|foe|opponent|nemesis)", re.IGNORECASE)
_WHO_JOINED = re.compile(r"\bwho\s+(?:had\s+)?(?:also\s+)?(?:joined|fought|travell?ed to syria|pledged)\b")
#: A fighter of a force that fights ISIS: "fighter" alone would make an insurgent.
_GOV_FIGHTER = re.compile(r"\b(?:sdf|ypg|ypj|peshmerga|pmf|hashd|army|government|pro-government|regime|asayish|"
                          r"police|prison|camp|tribal|coalition|security)\s+(?:fighters?|members?|guards?)\b")
#: A relative of someone: the words after it describe the relative.
#: A copula before a kin noun phrase: its subject is the relative ("X is the son of ...").
_KIN_COPULA = re.compile(r"\b(?:is|was|being|remains)\s+(?:also\s+)?$")
#: A kin noun as the head after a possessive: "the defendant's younger brother" (the NP's end).
_KIN_POSSESSIVE = re.compile(r"['\u2019]s\s+(?:(?:younger|elder|older|eldest|youngest|late|own|twin|half-)\s*)?"
                             r"(?:brothers?|sisters?|sons?|daughters?|wife|wives|widows?|mother|father|cousins?|"
                             r"nephews?|uncles?|relatives?|family|(?:brother|son|father)s?-in-law)\s*$")
_KIN_OF = re.compile(r"\b(?:brothers?|sisters?|sons?|daughters?|wife|wives|widows?|mother|father|cousins?|nephews?|"
                     r"uncles?|relatives?|family|(?:brother|son|father)s?-in-law)\s+of\b")


#: "his driver", "the cell's courier": someone in an insurgent's service.
_HENCHMAN = re.compile(r"(?:\b(?:his|her)|[\w-]+['\u2019]s)\s+(?:\w+\s+(?:and\s+)?)?"
                       r"(?:driver|bodyguard|aide|guard|assistant|"
                       r"courier|lieutenant|right-hand man|messenger|"
                       # (not "Bari's deputy governor": an office)
                       r"(?:second-in-command|deputy)(?!\s+[a-z]))s?\b")
_HENCHMAN_WORDS = ("driver", "guard", "aide", "courier", "lieutenant", "right-hand", "messenger", "assistant",
                   "second-in-command", "deputy")
#: A civilian past before a man joined: "a former teacher", "an ex-student of the university".
_TRIBAL_AREA = re.compile(r"\btribal\s+(?:agency|agencies|districts?|areas?|regions?|belt)\b")
_FORMER_CIVIL = re.compile(r"\b(?:former|ex-)\s*(?:[\w-]+\s+){0,2}?(?:teachers?|students?|doctors?|nurses?|"
                           r"traders?|farmers?|shopkeepers?|merchants?|drivers?|workers?|herders?|fisherm[ae]n|"
                           # "a former army officer from Rawa who served as the group's "security emir""
                           r"(?:army|police)\s+officers?|soldiers?|policem[ae]n)\b")
_PATIENT_WORDS = re.compile(r"\b(?:dead|slain|killed|deceased|bodies|detainees?|detained|arrested|captured|"
                            r"suspects?|prisoners?)\b", re.IGNORECASE)
_INSURGENT_JOB = re.compile(r"\b(?:logistics|finance|financial|media|supply|recruitment|propaganda|sharia|"
                            r"religious|military|security) (?:officer|official|chief|head|coordinator)s?\b|"
                            # the group's hisba: "the religious police chief in Fallujah"
                            r"\b(?:religious|morality) police\b|\bhisbah?\b|"
                            r"\b(?:bomb|explosives?|ied) "
                            r"(?:experts?|specialists?|technicians?|makers?|manufacturers?)\b|"
                            # the group's own "general security" office (its security police)
                            r"\bin charge of [\"'\u201c]general\b|"
                            r"\b(?:former|ex-)\s*(?:al-)?(?:shabaab|shabab|qaeda|nusra|taliban|boko haram) "
                            r"(?:member|fighter|commander|militant)s?\b")


_INTRO_AS = re.compile(r"\b(?:named|identified|described|listed|gave|called|known(?:\s+only)?)\b(?P<np>[^,;:]{0,60}?)"
                       r"\bas\s*$",
                       re.IGNORECASE)
#: The role given after the name by a naming verb before it: "named X as its leader".
_NAMED_AS_RIGHT = re.compile(r" as (?P<np>(?:(?:its|their|the group's|the group\u2019s|the)\s+|"
                             r"[\"\u201c](?=\w+[\"\u201d]))"  # ('the appointment of X as "emir" of its branches')
                             r"(?:new\s+|overall\s+|"
                             r"top\s+|senior\s+|current\s+)?(?:leader|emir|amir|wali|caliph|chief|commander|head|deputy|"
                             r"chairman|coordinator|organi[sz]er)s?\b[\"\u201d]?"
                             r"[^,;()]{0,40})")
#: A force or a government as the subject of "named X as its ...": "its" is then that body.
_FORCE_SUBJECT = re.compile(r"\b(?:army|forces|military|sdf|police|government|ministry|coalition|troops|command|"
                            r"authorities|president|minister)\b", re.IGNORECASE)
_NAMING_VERB = re.compile(r"\b(?:named|names?|identif(?:y|ies)|appointed|designated|declared|confirmed|chose|chosen|"
                          r"picked|installed|"
                          # "announced the appointment of X as "emir" of its branches in Libya"
                          r"appointment\s+of|nomination\s+of|"
                          r"elected|identified|recognised|recognized)\s+[^,;]{0,50}$", re.IGNORECASE)
#: A verb with its object inside an appositive's noun phrase: "the court sentenced a co-defendant".
_VERB_OBJECT = re.compile(r"(?s:.*)\b(?:sentenced|convicted|charged|arrested|detained|captured|apprehended|nabbed|"
                          r"tried|indicted|extradited|deported|"
                          # "an airstrike in the Bari region killed the branch's deputy, X": the object
                          r"killed|wounded|injured|targeted|eliminated|neutrali[sz]ed)\s+(?=(?:an?|the|another|one)\b)",
                          re.IGNORECASE)
_OBJ_HINT = re.compile(r"(?:ed)\s+(?:an?|the|another|one)\b")
#: "known only by the name", "known among the townspeople by the single name": an intro after the NP.
_BY_NAME_ENDS = ("guerre,", "kunya,", "name,", "alias,", "pseudonym,")
_KNOWN_BY_NAME = re.compile(r"\s*(?:\bknown\b[^,;:]{0,40}?\bby|\bwho\s+(?:goes|went)\s+by|\bgoing\s+by)"
                            r"\s+the\s+(?:single\s+|one\s+|only\s+)?name\s*$",
                            re.IGNORECASE)
_HONORIFIC_END = re.compile(r"\b(?:" + "|".join(sorted(HONORIFICS)) + r")\s*$", re.IGNORECASE)
_WHOM_HEAD = re.compile(r"(?P<np>[^,;:]{0,60}),?\s*(?:whom|who|which)\s+[^,;:]{0,40}$", re.IGNORECASE)
_LEFT_APPOSED = re.compile(r"(?P<np>(?:\b(?:the|a|an|one of|its|their|his|her|another)\b|"
                           r"(?<![\w'\u2019-])[\w-]+['\u2019]s\b)[^,;:]{0,60}),\s*$", re.IGNORECASE)
#: "AQAP, whose commanders include X": the owner names the body.
#: "al-Shabaab, whose regional commander X": the name may follow the role straight away.
_WHOSE = re.compile(r"(?P<np>[^,;:(]{1,50}),?\s+whose\s+(?:[\w-]+\s+){0,4}?(?P<role>\w+)(?:\s+(?:include|includes|"
                    r"included|are|were|is|was))?\s*$", re.IGNORECASE)
#: A witness who gives a name: "One man, who gave his name only as Abu Rami".
_WITNESS_NAME = re.compile(r"\b(?:gave|giving|gives|give)\s+(?:his|her|their)\s+(?:first\s+)?names?\b[^,;]{0,20}$|"
                           # an anonymous source: "a farmer who asked to be identified only as X"
                           r"\basked\s+to\s+be\s+(?:identified|named|called|referred\s+to)(?:\s+only)?\s+(?:as|by)\s*$",
                           re.IGNORECASE)


def witness_name_before(text: str, start: int) -> bool:
    """Whether the words before ``start`` give a witness's own name ("one resident, who gave his
    name only as X"): such a name is nobody else's short form."""
    return ("name" in (w := text[max(0, start - 60):start]) or "asked to be" in w) and \
        _WITNESS_NAME.search(text, max(0, start - 60), start) is not None


def _has_who(left: str, end: int) -> bool:
    low = left[:end].lower()
    return "who" in low or "which" in low


def left_np(sentence_text: str, offset: int, low: str | None | bool = False) -> str:
    """The noun phrase that ends where a name starts ("ISIS weapons smuggler"); for
    "named the slain commander as X" and "the financier, X" it is "the slain commander"."""
    left = sentence_text[max(0, offset - 110):offset]
    tail = left.rstrip()
    last = tail[tail.rfind(" ") + 1:].lower()
    if last in HONORIFICS:
        left = _HONORIFIC_END.sub("", left)
        tail = left.rstrip()
        low = False  # the window changed: lower-case it anew
    # Cheap checks of the last characters before the anchored ("...$") patterns: an
    # anchored search still tries every start position of the window.
    # Each of these noun phrases holds no "," ";" ":": a match starts after the last of them
    # before its end, and searching from there finds the same match without trying every start.
    if tail.endswith(_BY_NAME_ENDS) and (reduced := _REDUCED_BY_NAME.search(left)) is not None:
        # "an Egyptian the SDF identified only by his nom de guerre, X": the Egyptian, not the SDF
        return reduced.group("np")
    if tail[-4:].lower() == "name" and (by_name := _KNOWN_BY_NAME.search(left)) is not None:
        # "another commander of the insurgents, known only by the name X": the NP before "known"
        return left_np(left[:by_name.start()].rstrip() + " ", len(left[:by_name.start()].rstrip()) + 1)
    intro = _INTRO_AS.search(left, _after_stop(left, len(left))) if tail[-2:].lower() == "as" else None
    if intro:
        np = intro.group("np")
        if np.lstrip()[:3].lower() in ("by ", "in "):
            # "a Moroccan named by Puntland as X": Puntland names him, he is not Puntland's; "a
            # convert named in court as X": where he was named, not his office
            np = ""
        if _PATIENT_WORDS.search(np):
            return np  # "named one of the dead as X": the patient, not the officials who named him
        if not _ROLE_NOUNS.search(np) and not _OBJECT_NP.match(np):
            # "two insurgent commanders, whom the minister named as X": the noun before "whom".
            head = _WHOM_HEAD.search(left, 0, intro.start()) if _has_who(left, intro.start()) else None
            if head and _ROLE_NOUNS.search(head.group("np")):
                return head.group("np")
            # "an ISKP recruiter named as X", "another ADF fighter, identified as X".
            before = left[:intro.start()].rstrip(" ,")
            if before.endswith(_AUX_ENDS):  # "The slain ISIS commander was identified as X"
                before = _AUX_END.sub("", before)
            np2 = " ".join(before[_last_cut(before):].split()[-7:])
            if (agent := _REDUCED_BEFORE_VERB.match(np2)) is not None:
                np2 = agent.group("np")  # "a courier the SDF named as X": the courier, not the SDF
            if _ROLE_NOUNS.search(np2) or classify_np(np2) in (ISIS, ROLE):  # "His driver, identified as X"
                return np2
        return np
    owner = _WHOSE.search(left) if "whose" in left and tail[-1:].isalpha() else None
    if owner:
        return owner.group("np") + " " + owner.group("role")
    apposed = _LEFT_APPOSED.search(left, _after_stop(left, len(tail) - 1)) if tail[-1:] == "," else None
    if apposed and "ccording to" in left and _ACCORDING_END.search(left, 0, apposed.start("np")):
        apposed = None  # "According to a police officer, X is accused of ...": the source, not X
    if apposed:
        # "The coalition said its target, X": the noun phrase starts after the speech verb
        np = apposed.group("np")
        speech = _SPEECH_CUT.match(np) if any(w in np for w in _SPEECH_HINTS) else None
        np = np[speech.end():] if speech else np
        if _OBJ_HINT.search(np) and (obj := _VERB_OBJECT.match(np)) is not None:
            np = np[obj.end():]  # "the court sentenced a co-defendant, X": the object, not the court
        # "scouted the route to the airport's gate for the bomber, X": the last noun phrase
        inner = _LAST_PP_NP.match(np)
        if inner and (_ROLE_NOUNS.search(inner.group("np")) or classify_np(inner.group("np")) != NONE):
            np = inner.group("np")
        if _ROLE_NOUNS.search(np) or classify_np(np) != NONE:
            return np
    copula = None
    if tail.endswith(_COPULA_ENDS):
        aside = _ACCORDING_ASIDE.sub("", left) if "ccording" in left else left
        copula = _COPULA_LEFT.search(aside, _after_stop(aside, len(aside), _COPULA_STOPS))
    if copula and _ROLE_NOUNS.search(copula.group("np")):
        np = copula.group("np")  # "Their principal commander is still considered to be X"
        if " sa" in np or " to" in np or " re" in np:
            np = _SPEECH_LEAD.sub("", np)  # "the Ministry of Security said the dead commander was X": the commander
        agent = _AGENT_AS.match(np) if " as " in np else None
        return np[agent.end():] if agent else np  # "The figure most often described as its leader is X"
    if low is False:
        cut = _last_cut(left)
    else:
        cut = _cut_in(left, low[max(0, offset - 110):offset] if low is not None else None)
    if cut and left[cut - 1] == ")" and (paren := _ACRONYM_PAREN.search(left, 0, cut)):
        cut = _last_cut(left[:paren.start()])  # "the Boko Haram (JAS) faction commander X": one NP
    np = " ".join(left[cut:].split()[-7:])
    if np.endswith(_NAMED_ENDS) and (det := _LAST_DET.match(np)):
        head = np[:det.end()]
        if head.endswith(" of ") and classify_np(np[det.end():]) == NONE:
            # "a member of the same cell called X": the member, not the cell
            outer = _LAST_DET.match(head[:-4])
            np = np[outer.end():] if outer else np
        else:
            np = np[det.end():]  # "delivered to the police a young man named X": the NP of "named"
    if np.endswith(_NAMED_ENDS) and left[cut - 1:cut] == "," and not _ROLE_NOUNS.search(np) and \
            (chain := _LEFT_APPOSED.search(left, _after_stop(left, cut - 1), cut)) is not None and \
            _ROLE_NOUNS.search(chain.group("np")):
        return chain.group("np")  # "a third member of the cell, a Libyan named X": the first NP
    return np


_COPULA_STOPS = ",;:()"


def _after_stop(window: str, end: int, stops: str = ",;:") -> int:
    """Where the text after the last of ``stops`` before ``end`` starts (0 when none)."""
    return max(window.rfind(c, 0, end) for c in stops) + 1


#: A short acronym in brackets inside a noun phrase: "(JAS)", "(ISWAP)".
_ACRONYM_PAREN = re.compile(r"\(\s*[A-Z][A-Za-z'-]{1,9}\s*\)\s*$")
_COPULA_ENDS = ("is", "was", "be", "remains", "remained", "became")
#: A role as the subject of a copula whose complement is the name: "The group's leader is X".
_COPULA_LEFT = re.compile(r"(?P<np>\b(?:the|its|their|his|her)\b[^,;:()]{1,60}?)\s+(?:is|was|remains|remained|"
                          r"became|has become)(?:\s+(?:still|now|currently|widely|also|reportedly))?"
                          r"(?:\s+(?:considered|believed|thought|said|understood|reported)\s+to\s+be)?\s*$",
                          re.IGNORECASE)
#: "The current emir, according to UN monitors, is X": the source stands aside.
_ACCORDING_ASIDE = re.compile(r",\s*according to [^,;:()]{1,80},", re.IGNORECASE)
_ACCORDING_END = re.compile(r"\baccording to\s*$", re.IGNORECASE)
_NAMED_ENDS = (" named", " called", " dubbed", " nicknamed")
#: The last determiner of a window: where the noun phrase of "a young man named X" starts.
_LAST_DET = re.compile(r"(?s:.*)\b(?=(?:an?|the|another|one)\s)", re.IGNORECASE)


#: The last cut word of a window, found from the right: a greedy ``.*`` backs off one
#: character at a time and stops at the first cut, instead of trying every position.
#: The cuts are single characters or whole words, so this is the last match of a scan.
_LAST_CUT = re.compile(r"(?s:.*)(?:" + _LEFT_CUT.pattern + ")", re.IGNORECASE)


_LAST_CUT_L = caseless(_LAST_CUT)


def _last_cut(window: str) -> int:
    return _cut_in(window, lower_same(window))


def _cut_in(window: str, low: str | None) -> int:
    m = _LAST_CUT_L.match(low) if low is not None else _LAST_CUT.match(window)
    return m.end() if m else 0


def right_np(sentence_text: str, offset: int) -> tuple[str, int]:
    """The appositive or predicate noun phrase after a name, cut at the next clause,
    and the offset where it ends."""
    if sentence_text[offset:offset + 1] == ")" and sentence_text[offset + 1:offset + 2] == " ":
        offset += 1  # "X (alias Y) remains the group's leader": the predicate after the parenthesis
    elif sentence_text.startswith((" himself,", " herself,"), offset):
        offset += 8  # "Shekau himself, leader of the rival JAS, died": the appositive after the reflexive
    right = sentence_text[offset:offset + 220]
    m = _RIGHT_APPOSITIVE.match(right) or _RIGHT_PREDICATE.match(right)
    if not m:
        if right[:4] == " as " and (named := _NAMED_AS_RIGHT.match(right)) is not None and \
                (verb := _NAMING_VERB.search(sentence_text, max(0, offset - 80), offset)) is not None and \
                not _FORCE_SUBJECT.search(sentence_text, 0, verb.start()):
            # "monitors have named X as its leader", "the group appointed X as its new wali"
            return named.group("np"), offset + named.end()
        return "", offset
    np = m.group("np")
    if m.re is _RIGHT_APPOSITIVE and _VERB_START.match(np) and (
            pred := _RIGHT_PREDICATE.match(right[m.start("np"):])) is not None:
        # "the man, X, had been the intelligence chief of ...": a predicate after an appositive name
        np, at = pred.group("np"), offset + m.start("np") + pred.start("np")
        if (desc := _DESCRIBED_BY.match(np, _ADVERB.match(np).end())) is not None:
            np, at = np[desc.end():], at + desc.end()  # "is now described by the US as one of ..."
        # who he is, but no span of role words: "X, or Y, was a commander in Iraq who was captured"
        # may say where the capture happened
        return _np_from(np, at)[0], offset
    if (desc := _DESCRIBED_BY.match(np) or _SAID_TO_BE.match(np)) is not None:
        # "X, described by police as a Daesh recruiter,", "X, said to be Abu Fatima's
        # second-in-command": the NP after "as", "to be"
        np = np[desc.end():]
    if _VERB_START.match(np) or _LOCATIVE_START.match(np):
        return "", offset  # "X, outside Jarablus,": where, not who
    if np.lstrip()[:3].lower() == "who":  # the only way ``_DESCRIBED`` can match
        np = _DESCRIBED.sub("", np)
        if np.lstrip()[:5].lower() in ("whom ", "whose"):
            return "", offset  # "X, whom the agency accused of ...", "X, whose son was": someone else
    out = _np_from(np, offset + m.start("np"))
    return out if out[0] else ("", offset)


#: What may stand between "identified" and "as" and name the man: "identified him as", "named
#: one of the dead as" (not "known to residents as", "identified only as": then the NP is before).
_OBJECT_NP = re.compile(r"\s*(?:him|her|them|one|two|three|the|a|an|his|its|their|both|another|each)\b",
                        re.IGNORECASE)
_AUX_ENDS = (" was", " were", " been", " is", " are")
_AUX_END = re.compile(r"\s+(?:was|were|has been|had been|have been|is|are)$")
_ADVERB = re.compile(r"(?:\s*\b(?:now|also|then|still|widely|often)\b)*")


def _np_from(np: str, at: int) -> tuple[str, int]:
    """The noun phrase ``np`` (at offset ``at``) cut at the next clause, and where it ends;
    ("", at) when it is no description of the name."""
    cut = _NP_CUT.search(np)
    if cut and cut.group(0) in _FINITE:
        whose = np.find(" whose ", 0, cut.start())
        if whose < 0:
            return "", at  # "after the fall of X, the group is testing ...": a clause's subject, no appositive
        np = np[:whose]  # "X, an ISIS official whose whereabouts are unknown": the NP before "whose"
        cut = None
    if cut and cut.group(0).lower() in ("said", "says", "told", "according") and \
            not np.startswith(" to ", cut.end()):  # ("a shura member said to command respect": a description)
        np = np[:cut.start()]
        if len(np.split()) <= 4:  # "X, the army said": attribution, not apposition
            return "", at
    elif cut:
        np = np[:cut.start()]
    words = np.split()
    keep = 8
    while keep < min(len(words), 11) and words[keep - 1].endswith(("'s", "\u2019s")):
        keep += 2  # (not "... and ISWAP's": the noun the possessive qualifies, "bitter rival")
    if keep < len(words) and _ISIS_NAMES.search(" ".join(words[keep - 2:keep + 3])):
        # (not "... operations chief of the Islamic": the body's whole name, "Islamic State Khorasan")
        while keep < min(len(words), 12) and (words[keep - 1] in ("of", "the") or words[keep - 1][:1].isupper()) \
                and (words[keep][:1].isupper() or words[keep] == "the"):
            keep += 1
    if keep < len(words) and words[keep - 2:keep] == ["for", "the"] and words[keep][:1].isupper():
        # (not "... chief of the Group for the": a body's whole name, "... for the Support of Islam and Muslims")
        while keep < min(len(words), 14) and (words[keep][:1].isupper() or words[keep] in ("of", "and", "the")):
            keep += 1
    # (not "... official of the Deir Ezzor Military": a capitalised body's name runs to its end)
    while keep < min(len(words), 14) and words[keep - 1][:1].isupper() and words[keep][:1].isupper():
        keep += 1
    np = " ".join(words[:keep])
    return np, at + len(np)


_NP_CUT = gated(_NP_CUT.pattern, re.IGNORECASE)
_FINITE = frozenset({"is", "are", "has", "have", "will"})
_INTRO_AS = gated(_INTRO_AS.pattern, re.IGNORECASE)
_SPEAKER_LEFT = gated(_SPEAKER_LEFT.pattern, re.IGNORECASE)
_WITNESS_NAME = gated(_WITNESS_NAME.pattern, re.IGNORECASE)
_TITLE_WORDS = STRONG_TITLES | {"gen", "col", "lt", "maj"}
_WEAK_TITLES = frozenset({"spokesman", "spokesperson", "spokeswoman", "governor", "judge", "director",
                          "minister", "father"})

_OFFICE_TITLES = frozenset({"judge", "governor", "minister", "director"})
_GROUP_OFFICE_BEFORE = re.compile(r"\b(?:sharia|shari'a|islamic|isis|isil|is|daesh|group's|its|self-styled|so-called)"
                                  r"\W+(?:\w+\W+)?$", re.IGNORECASE)

_ALIAS_NP = re.compile(r"(?:(?:also|better|widely|more commonly|locally|commonly|vulgarly)\s+)?"
                       # ("known to residents as", "known to traders in the town's main market as")
                       # (or cut before its "as": "known to traders in the town's main market")
                       r"(?:known\s+(?:as|by|(?:to|among)\s+(?:[\w'\u2019-]+(?:\s+|$)){1,7}?(?:as\b|$))|called|"
                       r"alias|aka|a\.k\.a|nicknamed|dubbed|vulgo|dit|dite)\b", re.IGNORECASE)
_RULER_FALL = re.compile(r"\b(?:fall|ouster|overthrow|toppling|downfall|ousting)\s+of\s+(?:(?:president|the)\s+)?$",
                         re.IGNORECASE)
#: A speech verb after its own subject: the name after it starts what was said.
_SUBJECT_SAID = re.compile(r"(?<![,\"'\u201d\u2019])\b[A-Za-z][\w.-]*\s+(?:said|says|added)\s*$")
#: "said X, who they said led a cell, was wounded": X has a verb of his own, so he is no speaker.
_OWN_PREDICATE = re.compile(r"(?:\s*,[^;]{0,140}?,)?\s+(?:was|were|is|are|had|has|have)\b")
#: A name variant in a dashed aside: "Hama Djibo - Djibo Hama in some court documents - who ran ..."
_DASH_CHARS = ("-", "\u2013", "\u2014")
_DASH_NAME = re.compile(r"\s+[-\u2013\u2014]\s+[A-Z][^-\u2013\u2014.;:]{0,60}?\s[-\u2013\u2014]\s")
#: The object of a naming verb before a colon, and the list after it up to a name: items and "and".
_LIST_HEADER = re.compile(r"\b(?:names?|named|identified|identifies|lists?|listed|cites?|cited)\s+"
                          r"(?P<np>[^:;.]{3,80}):\s*(?:[^:;.]{0,120}?,\s*(?:and\s+)?)?$")
_SAID_TO_HAVE_LED = re.compile(r",\s*who\s+(?:is|was)\s+(?:said|believed|thought|reported)\s+to\s+(?:have\s+)?"
                               r"(?:taken over|led|headed|run|commanded|lead|head|run|command)\s+(?P<np>[^,;]{3,80})")
_HAS_LED_ISIS = re.compile(r"\b(?:has|had|have)\s+(?:since\s+|also\s+)?(?:led|headed)\s+(?:the\s+)?"
                           r"(?:" + _ISIS_ACRONYM.pattern + r"|(?i:islamic state)\b)")
_LEADS_THE_GROUP = re.compile(r"\b(?:still\s+)?leads\s+the\s+(?:group|organi[sz]ation|network)\b")
#: A role others give after a name (and its alias): "X, whom the army accuses of coordinating the
#: attacks", "X, whom investigators present as one of the organisers of the attacks".
_WHOM_ROLE = re.compile(r"(?:,?\s*(?:dit|alias|known as)\s*[\"'\u201c\u00ab][^\"'\u201d\u00bb]{1,30}"
                        r"[\"'\u201d\u00bb])?"
                        r",\s*whom\s+[^,;]{1,40}?\b(?:"
                        r"(?:accuses|accused|suspects|suspected|blames|blamed)\s+(?:him\s+)?of\s+(?:coordinating|"
                        r"leading|organi[sz]ing|planning|commanding|masterminding|carrying out)|"
                        r"(?:present|presents|presented|describe|describes|described|consider|considers|considered|"
                        r"identify|identifies|identified)\s+as\s+(?:one\s+of\s+)?(?:the\s+|an?\s+)?"
                        r"(?:main\s+|chief\s+|top\s+)?(?:organi[sz]ers?|planners?|masterminds?|leaders?|commanders?|"
                        r"recruiters?|financiers?|coordinators?))\b")
_SPEAK_OF = re.compile(r"\b(?:speaks?|spoke|talks?|talked|tells?|told|writes?|wrote)\s+(?:of|about)"
                       r"(?:\s+(?:a\s+certain|one|the(?:\s+so-called)?))?$")
_NAMED_IN = re.compile(r"\b(?:named|identified|mentioned|listed|cited)\s+in\s+(?:the\s+|an?\s+)?[\w' .-]{1,40}$")
_SPLIT_FROM = re.compile(r"\b(?:(?:broke|breaking|split|splintered|splitting)\s+away|split|splintered|seceded|"
                         # ("separated itself in 2016 from")
                         r"separated)\s+(?:(?:itself|themselves)\s+)?(?:in\s+\d{4}\s+)?"
                         r"(?:from|with)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:led\s+by|of|under)\s+$|"
                         r"\brival\s+of\s+[\w-]+,?\s+led\s+since\s+the\s+death\s+of\s+$", re.IGNORECASE)
_BY_AGENT_AS = re.compile(r"\s(?:described|identified|named|labell?ed|branded|listed|considered|regarded|presented)\s+"
                          r"by\s+(?P<agent>[^,;]{1,40}?)\s+as\b")
#: "described by spokesman " before a name that "as ..." follows: the name is the describer's.
DESCRIBER_BEFORE = re.compile(r"\b(?:described|identified|named|quoted|cited|presented)\s+by\s+"
                              r"(?:(?!as\b)[\w'-]+\s+){0,3}$", re.IGNORECASE)
#: A reduced relative whose own subject names the man: "The man the military named".
_REDUCED_NAMER = re.compile(r"(?P<np>(?:the|a|an)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:the|a|an)\s+[\w.'-]+"
                            r"(?:\s+[\w.'-]+)?\s+(?:named|identified)$", re.IGNORECASE)
_AGENT_NAMED_AS = re.compile(r".*?\b(?:named|names|identified|identifies|listed|described)\s+"
                             r"(?P<np>(?:the|a|an|one of the)\s+[^,;]{1,40}?)\s+as$", re.IGNORECASE)
_ALIAS_INTRO_BEFORE = re.compile(r"\b(?:known|called|nicknamed|dubbed)\s+(?P<who>(?:[\w'\u2019-]+\s+){1,4}?)"
                                 r"(?:as|by)\s*"
                                 r"[\"'\u201c\u2018]?\s*$")
#: A counted noun phrase: it describes several people, never the one man before it.
_COUNTED_NP = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|other)\s", re.IGNORECASE)
_LABEL_NAME = re.compile(r"(?:the|a|an)\s+(?:(?:second|third|fourth|another|other)\s+)?"
                         r"(?:terrorists?|militants?|jihadists?|insurgents?|criminals?|bandits?|"
                         # ("The defender of X, the lawyer Y, announced": Y's job)
                         r"lawyers?|attorneys?|advocates?|defenders?|prosecutors?|judges?)"
                         # ("the Minister, X, a second terrorist, Y, was apprehended": Y's label)
                         r"(?:\s+|,\s*)[A-Z]")
_REFERRED_IN_TAIL = (r",\s*(?:(?:also|often|widely|usually)\s+)?(?:referred to|known|described|identified|listed|"
                     r"named|designated)\s+(?:in|by)\s+[^,;:]{1,40}?\s+as\s*$")
_REFERRED_IN = re.compile(r"(?P<np>[^,;:()]{3,60}?)" + _REFERRED_IN_TAIL)
#: What every ``_REFERRED_IN`` match holds after its noun phrase. It opens with a comma, which
#: ``re`` finds in C, whereas the full pattern tries its lazy noun phrase from each of the 130
#: positions before a name (~70 us, and it seldom matches): searched first, it skips the full search.
_REFERRED_IN_HINT = re.compile(_REFERRED_IN_TAIL)
#: A bulleted item's label: "\u2022 JNIM: ...", "Al-Shabaab: ..."
_LABEL = re.compile(r"\s*[\u2022*\u2013-]?\s*(?P<body>[^:.;]{2,40}?)\s*:")
#: Words that every ``_SPEAKER_LEFT`` match contains.
_SPEAKER_HINTS = ("said", "says", "told", "according", "added", "quot")
_SPEAKER_RIGHT_L = caseless(_SPEAKER_RIGHT)


#: An alias marker, then a title: "known as Dr. X", "alias Sheikh X" (the nickname holds the title).
_ALIAS_TITLE_BEFORE = re.compile(r"\b(?:known as|alias|a\.k\.a\.?|aka|called|nicknamed|dubbed)\s+"
                                 r"[\"'\u201c\u2018]?[\w]+\.?\s*$", re.IGNORECASE)
#: A plural noun before two names joined by "and": "aid workers Peter Kassig and ".
_PLURAL_BEFORE_PAIR_TAIL = r"\s+(?:[A-Z][\w'.-]*\s+){1,4}and\s+$"
_PLURAL_BEFORE_PAIR = re.compile(r"(?P<np>\b(?:[a-z][\w'-]*\s+){0,2}[a-z][\w-]*[a-z]s)" + _PLURAL_BEFORE_PAIR_TAIL)
#: What every ``_PLURAL_BEFORE_PAIR`` match holds from the plural's last letter on, searched first
#: for the same reason as ``_REFERRED_IN_HINT``: it opens with "s", the full pattern with any word.
_PLURAL_BEFORE_PAIR_HINT = re.compile("s" + _PLURAL_BEFORE_PAIR_TAIL)


def judge(sentence_text: str, start: int, end: int, low: str | None | bool = False) -> Verdict:
    """The verdict of one mention at ``[start, end)`` of its sentence; ``low`` may give
    ``lower_same(sentence_text)`` when the caller has it."""
    verdict = Verdict()
    if low is False:
        low = lower_same(sentence_text)
    # Case-insensitive matches at fixed offsets: on the lower-cased sentence when that is exact.
    speaker_right = (lambda at: _verb_lower(_SPEAKER_RIGHT_L.match(low, at), sentence_text)) if low is not None \
        else (lambda at: _verb_lower(_SPEAKER_RIGHT.match(sentence_text, at), sentence_text))
    word = _title_before(sentence_text, max(0, start - 30), start)
    if word is not None and word.lower().rstrip(".") in _TITLE_WORDS and not (
            word.islower() and _POSSESSOR_BEFORE.search(sentence_text, max(0, start - 40), start)) and \
            not _ALIAS_TITLE_BEFORE.search(sentence_text, max(0, start - 30), start):
        # (not "known as Dr. Wa'il": the title is part of the nickname)
        title = word
        word = word.lower().rstrip(".")
        if word not in _WEAK_TITLES or (word in _OFFICE_TITLES and title[0].isupper()
                                        and not _GROUP_OFFICE_BEFORE.search(sentence_text, max(0, start - 40), start)):
            # "presided over by Judge X": an office written as a title is the state's (not "the
            # group's judge X", nor "ISIS Sharia Judge X")
            verdict.strong_title = True
    lnp = left_np(sentence_text, start, low)
    if sentence_text.endswith(" and ", 0, start) and \
            _PLURAL_BEFORE_PAIR_HINT.search(sentence_text, max(0, start - 110), start) and \
            (pair := _PLURAL_BEFORE_PAIR.search(sentence_text, max(0, start - 110), start)) is not None and \
            classify_np(lnp) == NONE and not _ROLE_NOUNS.search(lnp):
        lnp = pair.group("np")  # "aid workers Peter Kassig and Kayla Mueller": the plural describes both
    kin_owner = False  # whether the name is the relative a kin noun before it names
    if lnp and sentence_text[:12].lower().startswith(_PARTICIPLE_STARTS) and \
            _FRONTED_PARTICIPLE.match(sentence_text, 0, start):
        lnp = ""  # "Arrested by the Counter-Terrorism Service in Baquba, X was": the clause is no description
    if lnp and lnp.endswith(_VERB_END_HINTS) and _AGENT_VERB_END.search(lnp):
        lnp = ""  # "Police in Daquq detain X", "the court sentenced to death X": the verb's agent
    if lnp and (" of" in lnp[-7:] or " for" in lnp[-8:] or lnp.endswith(" against")) and _CASE_OF.search(lnp):
        lnp = ""  # "the court heard the case of X": the defendant, not the court
    if lnp and sentence_text[:start].rstrip().endswith(",") and speaker_right(end) and \
            not (sentence_text[end:end + 1] == "," and (_ISIS_ACRONYM.search(lnp) or _ISIS_NAMES.search(lnp)
                                                         or "group's" in lnp or "group\u2019s" in lnp)):
        # "..., the group's emir for the district, Shinwari said": the NP is someone else's (but
        # "the group's spokesman, X, said": an IS title set off by commas is X's own)
        lnp = ""
    if sentence_text.startswith(" as ", end) and " by " in sentence_text[max(0, start - 40):start] and \
            DESCRIBER_BEFORE.search(sentence_text, max(0, start - 40), start):
        verdict.kind = GOV  # "X, described by spokesman Y as the group's chief": Y speaks of X
        return verdict
    if lnp and lnp.endswith(("named", "identified")) and (namer := _REDUCED_NAMER.match(lnp)) is not None:
        lnp = namer.group("np")  # "The man the military named, X": the man, not the military
    if lnp and " as" in lnp[-4:] and (agent_named := _AGENT_NAMED_AS.match(lnp)) is not None:
        lnp = agent_named.group("np")  # "The CTS named the dead man as X": the dead man, not the CTS
    if lnp and sentence_text[max(0, start - 4):start].rstrip(" \"'\u201c\u2018").endswith(("as", "by")) and \
            (intro := _ALIAS_INTRO_BEFORE.search(sentence_text, max(0, start - 70), start)) is not None and \
            classify_np(intro.group("who")) == GOV:
        lnp = ""  # "Y, known to residents as Z": who calls him so is no description of Z
    if lnp and " of" in lnp and ("spo" in lnp or "speak" in lnp or "talk" in lnp or "tel" in lnp or "tol" in lnp
                                  or "wr" in lnp) and _SPEAK_OF.search(lnp):
        lnp = ""  # "Intelligence officers speak of a certain X": who speaks of him, not who he is
    if lnp and " in " in lnp and ("named" in lnp or "identified" in lnp or "mentioned" in lnp or "listed" in lnp
                                  or "cited" in lnp) and (named_in := _NAMED_IN.search(lnp)) is not None:
        lnp = lnp[:named_in.start()].rstrip()  # "Another man named in the SDF statement, X": the SDF names him
    if lnp and _may_hunt(lnp) and (hunter := _HUNTER.search(lnp)) is not None:
        lnp = lnp[:hunter.start()].rstrip()  # "another man the SDF has been hunting": the SDF hunts him
    if lnp and " of" in lnp and _holds(lnp_low := lnp.lower(), _KIN_WORDS) and \
            (kin := _KIN_OF.search(lnp_low)) is not None and \
            (not sentence_text[:start].rstrip().endswith(",")
             # "Al-Barnawi is the son of Boko Haram's founder, X": the subject is the son, X the founder
             or _KIN_COPULA.search(sentence_text, max(0, start - len(lnp) - 40), start - len(lnp) - 2)):
        lnp = lnp[kin.end():].lstrip()  # "the brother of the ISIS commander X": X is the commander
        kin_owner = True
    if lnp and sentence_text[max(0, start - 5):start].rstrip().endswith(" as") and \
            not sentence_text.startswith(("'s", "\u2019s"), end) and \
            _REFERRED_IN_HINT.search(sentence_text, max(0, start - 130), start) and \
            (ref := _REFERRED_IN.search(sentence_text, max(0, start - 130), start)) is not None:
        # "its leader, referred to in UN reporting as X": the leader, not the UN (but "forces arrested
        # Y, known in the camp as X": a name before the comma, X is Y's other name)
        lnp = "" if _NAME_END.search(ref.group("np")) else ref.group("np")
    if lnp and lnp.endswith(" as") and _WHOM_AGENT_AS_HINT.search(sentence_text, max(0, start - 130), start) and \
            (whom := _WHOM_AGENT_AS.search(sentence_text, max(0, start - 130), start)):
        # "the current wali, whom Nigerian intelligence identifies as X": the wali
        lnp = whom.group("np") or whom.group("bare")
    if lnp and " as " in lnp and (agent := _AGENT_AS.match(lnp)) is not None:
        lnp = lnp[agent.end():]  # "the man the SDF identifies as the planner, X": the planner
    if not lnp and sentence_text[max(0, start - 6):start].endswith(("is ", "was ", "been ", "remains ")) and \
            (inv := _INVERTED.search(sentence_text, max(0, start - 90), start)) is not None:
        lnp = inv.group("np")  # "ISKP's emir since 2020 has been X": the subject names his role
        if " sa" in lnp or " to" in lnp or " re" in lnp:
            lnp = _SPEECH_LEAD.sub("", lnp)  # "Police said the arrested man is X": the man, not the police
    rnp, rnp_end = right_np(sentence_text, end)
    if rnp and sentence_text.startswith(",", end) and \
            sentence_text[max(0, start - 13):start].lower() == "according to ":
        rnp, rnp_end = "", end  # "According to Mujahid, Faizani was the group's governor": what he said
    if kin_owner and rnp[:3].lower() == "as " and sentence_text.startswith(",", end):
        # "names A, a son of Boko Haram founder X, as wali": the rest is said of A
        rnp, rnp_end = "", end
    if rnp and rnp[:4].lower().startswith(_ALIAS_NP_STARTS) and _ALIAS_NP.match(rnp):
        # "X, also known as Sheikh Mukhtar,": another name, no description ("mukhtar": a headman);
        # the description may follow it: "X, vulgarly known as "Piton", an insurgent of IS"
        k = sentence_text.find(",", end + 1)
        after, after_end = right_np(sentence_text, k) if 0 < k < end + 80 else ("", rnp_end)
        rnp, rnp_end = after, max(rnp_end, after_end)
    elif rnp and ((rnp[:1] in "taTA" and (_LABEL_NAME.match(rnp) or _LABEL_NAME.match(sentence_text, end + 2)
                                          and sentence_text.startswith(", ", end))) or
                  (sentence_text[end + 1:end + 2] in _DASH_CHARS and _DASH_NAME.match(sentence_text, end))):
        rnp = ""  # "General X, the terrorist Y, ...": the label is Y's
    elif rnp and _COUNTED_NP.match(rnp):
        rnp = ""  # "signed by the Minister, X, two other elements of the group were ...": no one man's
    if rnp and " the " in rnp and (agent := _REDUCED_AGENT.match(rnp)) is not None and \
            classify_np(agent.group("agent")) == GOV:
        # "X, a Syrian the ministry accused of carrying messages for the cell": the ministry
        # accuses him, it is not what he is
        rnp = agent.group("np") + " " + rnp[agent.end():]
    if rnp and " by " in rnp and (agent_as := _BY_AGENT_AS.search(rnp)) is not None and \
            classify_np(agent_as.group("agent")) == GOV:
        # "a shura member described by Nigerian officials as one of the group's figures": who
        # describes him is not what he is
        rnp = rnp[:agent_as.start()] + " as" + rnp[agent_as.end():]
    if rnp and "rival" in rnp and _RIVAL_LEADER.search(rnp):
        verdict.rival_leader = True
    elif rnp and " of " in rnp[:40] and (lead := _LEADER_OF.match(rnp)) is not None and \
            _RIVAL.search(rnp, lead.end()) and not _ISIS_ACRONYM.search(rnp) and not _ISIS_NAMES.search(rnp):
        verdict.rival_leader = True  # "X, leader of the JAS faction that had broken away from the Islamic State"
    elif sentence_text.startswith(("'s ", "\u2019s "), end) and \
            (owned := _OWNS_RIVAL.match(sentence_text, end + 3)) is not None and \
            not _ISIS_ACRONYM.search(owned.group(0)) and not _ISIS_NAMES.search(owned.group(0)):
        verdict.rival_leader = True  # "ISWAP split from X's Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS)"
    elif (" who " in sentence_text[end:end + 60]) and (head := _HEAD_OF_BODY.match(sentence_text, end)) is not None \
            and _RIVAL.search(head.group("body")) and not _ISIS_ACRONYM.search(head.group("body")) and \
            not _ISIS_NAMES.search(head.group("body")):
        verdict.rival_leader = True  # "X, the preacher who founded the movement later known as Boko Haram"
    elif "by" in sentence_text[max(0, start - 30):start] and \
            ("found" in (w130 := sentence_text[max(0, start - 130):start]) or "creat" in w130 or "start" in w130
             or "launch" in w130) and \
            (founded := _FOUNDED_BY.search(sentence_text, max(0, start - 130), start)) is not None and \
            _RIVAL.search(founded.group("body")) and not _ISIS_ACRONYM.search(founded.group("body")) and \
            not _ISIS_NAMES.search(founded.group("body")):
        verdict.rival_leader = True  # "Boko Haram, the movement founded in Maiduguri by the preacher X"
    lk, rk = classify_np(lnp), classify_np(rnp)
    # (a left phrase that describes no one, "the capture in the city of Kandahar of X", holds
    # no role: its place stays the outcome's)
    verdict.role_start, verdict.role_end = start - (len(lnp) if lk else 0), rnp_end
    if rk and _holds(rnp.lower(), _DEED_WORDS) and (deed := _DEED.search(rnp)) is not None:
        # "a recruiter accused of enlisting young herders for ISSP": the deed may tell whom he
        # serves, but the people he acted on are not his body
        head = classify_np(rnp[:deed.start()])
        rk = ISIS if ISIS in (head, classify_np(rnp[deed.end():])) else head
    if ISIS in (lk, rk):
        verdict.kind = ISIS
    elif GOV in (lk, rk):
        verdict.kind = GOV
    elif ROLE in (lk, rk):
        verdict.kind = ROLE
    if verdict.kind == NONE and not lnp and ":" in sentence_text[max(0, start - 150):start] and \
            (header := _LIST_HEADER.search(sentence_text, max(0, start - 300), start)) is not None:
        # "Analysts name two shura members as possible successors: X, ..., and Y": the list's header
        kind = classify_np(header.group("np"))
        if kind in (ISIS, ROLE):
            verdict.kind = kind
    if verdict.kind == NONE and sentence_text.startswith(", who", end) and \
            (took := _SAID_TO_HAVE_LED.match(sentence_text, end)) is not None and classify_np(took.group("np")) == ISIS:
        verdict.kind = ISIS  # "X, who is said to have taken over the Salahuddin "wilaya"": its head
    if verdict.kind == NONE and "leads the" in sentence_text[end:end + 160] and \
            (lead := _LEADS_THE_GROUP.search(sentence_text, end, end + 160)) is not None and \
            not _RIVAL.search(sentence_text, end, lead.start()):
        verdict.kind = ISIS  # "X, who took over the ADF after ..., still leads the group": its head
    if verdict.kind == NONE and (" led " in (w160 := sentence_text[end:end + 160]) or " headed " in w160) and \
            (lead := _HAS_LED_ISIS.search(sentence_text, end, end + 160)) is not None and \
            not _RIVAL.search(sentence_text, end, lead.start()):
        verdict.kind = ISIS  # "X, who goes by the name Y, has led ISKP since mid-2020": its head
    if verdict.kind == NONE and ", whom" in sentence_text[end:end + 60] and _WHOM_ROLE.match(sentence_text, end):
        # 'X, dit "Wazir", whom the army accuses of coordinating the attacks', "X, whom they present as
        # one of the organisers of the suicide attacks": the organiser
        verdict.kind = ROLE
    led = _led_by(sentence_text, start) or _whose_head(sentence_text, start)
    if led:
        verdict.kind = led  # the body a person leads says more than the words around
    for np, kind in ((lnp, lk), (rnp, rk)):
        if kind in (ISIS, ROLE) and (role := _np_role(np)) is not False:
            verdict.role = role
            break
    # Cheap tests for a word every match contains, before the end-anchored searches.
    near = low[max(0, start - 30):start] if low is not None else None
    verdict.speaker = bool(speaker_right(end) or
                           ((near is None or any(w in near for w in _SPEAKER_HINTS)) and
                            _SPEAKER_LEFT.search(sentence_text, max(0, start - 30), start) and
                            # (not "Zabihullah Mujahid said X was killed": X is what was said)
                            not _SUBJECT_SAID.search(sentence_text, max(0, start - 30), start)
                            # (nor "Asayish, said X, who they said led a cell, was wounded": X's own verb)
                            and not _OWN_PREDICATE.match(sentence_text, end)) or
                           (rnp and speaker_right(rnp_end)))
    if ("away" in (w70 := sentence_text[max(0, start - 70):start]) or "split" in w70 or "death" in w70
            or "seceded" in w70 or "separat" in w70) and _SPLIT_FROM.search(sentence_text, max(0, start - 70), start):
        # "ISWA, which broke away from the group led by X", "split with the faction of X": the
        # body the group left is a rival, and so is its head ("a rival of ISWAP, led since the
        # death of X by Y": that rival's late head)
        verdict.kind = GOV
    if "presided" in sentence_text[max(0, start - 40):start] and _PRESIDED_BY.search(sentence_text, max(0, start - 40),
                                                                                      start):
        verdict.kind = GOV  # "the judges, presided by the judge X": the court's
    if sentence_text.startswith(("'s ", "\u2019s "), end) and _RIVAL.match(sentence_text, end + 3):
        verdict.kind = GOV  # "insurgents led by X's Hayat Tahrir al-Sham": the head of a rival body
    if (low is None or "of " in low[max(0, start - 4):start]) and _RULER_FALL.search(sentence_text, max(0, start - 30),
                                                                                    start):
        verdict.kind = GOV  # "after the fall of Bashar al-Assad": a ruler, not a member
    if (low is None or "name" in (w60 := low[max(0, start - 60):start]) or "asked to be" in w60) and \
            _WITNESS_NAME.search(sentence_text, max(0, start - 60), start):
        verdict.kind = GOV
    if verdict.kind in (ROLE, NONE) and lnp[:4].lower() in ("thro", "via ") and \
            lnp.lower().startswith(("through ", "via ")) and rival_subject(sentence_text):
        verdict.kind = GOV  # "The Taliban ... said through spokesman X": the rival's spokesman
    if verdict.kind in (ISIS, ROLE) and sentence_text[:40].find(":") > 0 and \
            (label := _LABEL.match(sentence_text)) is not None and _RIVAL.search(label.group("body")) and \
            not _ISIS_ACRONYM.search(label.group("body")) and not _ISIS_ACRONYM.search(f"{lnp} {rnp}") and \
            not _ISIS_NAMES.search(f"{lnp} {rnp}"):
        verdict.kind = GOV  # "\u2022 JNIM: an audio message attributed to X, the group's leader": that group's
    if "that " in sentence_text[max(0, start - 40):start] and \
            (that := _THAT_BODY.search(sentence_text, max(0, start - 40), start)) is not None and \
            _last_body_rival(sentence_text[:that.start()]):
        verdict.kind = GOV  # "the rival Boko Haram faction, JAS, since that group's leader, X,": the rival's
    if (_their(lnp) or _included(sentence_text, start, lnp)) and \
            (verdict.kind in (ROLE, NONE) or verdict.kind == ISIS and not _ISIS_ACRONYM.search(f"{lnp} {rnp}")
             and not _ISIS_NAMES.search(f"{lnp} {rnp}") and _opens_with_rival(sentence_text)) and \
            _rival_sentence(sentence_text[:start]):
        # ("HTS, for its part, denied any role, and its leader, X, has said nothing": HTS's leader)
        # "fighters of the rival Boko Haram faction, including a commander named X"
        verdict.kind = GOV  # "troops engaged Boko Haram (JAS) fighters and neutralised one of their commanders, X"
    if not sentence_text.startswith(("'s", "\u2019s"), end) and (
            (" not " in low or "never" in low or "longer" in low or "no " in low or "unclear" in low
             or "allegiance" in low or "brok" in low or "split" in low
             or "unknown" in low) and _NOT_MEMBER_L.search(low, end)
            if low is not None else _NOT_MEMBER.search(sentence_text, end)):
        # (not "X's brother Y, who was not a member": the denial is about Y)
        verdict.kind = GOV  # "X, who never pledged allegiance to the Islamic State"
    return verdict


#: A reduced relative clause with its own subject: "a Syrian the ministry accused of ...".
_REDUCED_NP = r"(?P<np>(?:an?|the)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)"
_REDUCED_SUBJECT = r"(?P<agent>the\s+[\w'\u2019 -]{1,30}?)"
_REDUCED_AGENT = re.compile(_REDUCED_NP + r"\s+(?:whom\s+)?" + _REDUCED_SUBJECT +
                            r"\s+(?:accused|accuses|described|describes|"
                            r"identified|identifies|named|names|suspected|suspects|believed|believes|considered|"
                            r"considers|called|calls)\b", re.IGNORECASE)
#: The same reduced relative before a name, when it gives only a name: "an Egyptian the SDF
#: identified only by his nom de guerre, X" (the Egyptian, not the SDF).
_REDUCED_BY_NAME = re.compile(_REDUCED_NP + r"\s+" + _REDUCED_SUBJECT + r"\s+(?:identified|named|called|described)"
                              r"(?:\s+only)?\s+by\s+(?:his|her|the)\s+(?:nom de guerre|kunya|name|alias|pseudonym)"
                              r"\s*,\s*$", re.IGNORECASE)
#: An indefinite noun phrase and the relative's subject, the verb cut off after them: "a courier
#: the SDF" (named as X).
_REDUCED_BEFORE_VERB = re.compile(r".*\b(?P<np>(?:an?|one)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)\s+"
                                  + _REDUCED_SUBJECT + r"$", re.IGNORECASE)
_NAME_END = re.compile(r"\b[A-Z][\w'\u2019-]+\s*$")
#: An inverted copula: the role is the subject, the name its complement.
_INVERTED = re.compile(r"(?:^|[,;:]\s*)(?P<np>[^,;:()]{3,80}?)\s+(?:is|was|has been|had been|remains)\s+$")
_THEIR = re.compile(r"\b(?:their|its)\b", re.IGNORECASE)
#: "since that group's leader, X, blew himself up": the body just named (a rival, if the sentence says so).
_THAT_BODY = re.compile(r"\bthat\s+(?:group|faction|movement|organi[sz]ation)['\u2019]s\s+[^,;]{0,25},?\s*$",
                        re.IGNORECASE)
#: A speech clause before an inverted copula's subject: "The correspondent said (that) ".
_SPEECH_LEAD = re.compile(r"^.*?\b(?:said|says|told\s+\w+|reported|reports)\s+(?:that\s+)?")


def _their(np: str) -> bool:
    """``_THEIR.search(np)``, after a substring test (most noun phrases have neither word)."""
    low = np.lower()
    return ("its" in low or "their" in low) and bool(_THEIR.search(np))


@lru_cache(maxsize=8192)
def _np_role(np: str) -> str | None | bool:
    """The role a noun phrase names (see :func:`_clean_role`), or False when it has no role noun."""
    return _clean_role(np) if _ROLE_NOUNS.search(np) else False


def _verb_lower(m: re.Match[str] | None, text: str) -> re.Match[str] | None:
    """``m`` unless its speech verb is capitalised: "Juma Ali, Said Hassan" lists a name, no speaker."""
    return None if m is None or text[m.end() - len(m.group(0).split()[-1].lstrip(","))].isupper() else m
_DEED = re.compile(r"\b(?:accused of|suspected of|blamed for|wanted for|charged with|(?:found )?guilty of|"
                   # "who was responsible for assassinations of SDF members": whom he killed
                   r"responsible for|(?:assassinations?|killings?|murders?|kidnappings?|abductions?)\s+of|"
                   # "the mastermind of recent attacks on military formations": whom he attacked
                   r"(?:attacks?|assaults?|raids?|ambush(?:es)?)\s+(?:on|against)|"
                   # "a recruiter working among students": whom he worked on
                   r"(?:working|operating|active|recruiting|preaching)\s+(?:among|in|at)\s+(?!the\s+group)"
                   r"(?=(?:[\w-]+\s+){0,2}?(?:students|youths?|young|villagers|civilians|pupils|refugees|"
                   r"workers|schools?|universit(?:y|ies)|mosques?|camps?)\b))", re.IGNORECASE)


def _included(sentence_text: str, start: int, lnp: str) -> bool:
    """Whether the noun phrase ``lnp`` before the name at ``start`` follows "including"."""
    if not lnp:
        return False
    # Only the words just before the noun phrase count: test them, not the whole sentence (a long
    # hostile "sentence" would make every name pay for it); the sentence only where the case differs.
    region = sentence_text[max(0, start - len(lnp) - 20):start]
    if "includ" not in region and "among them" not in region:
        low = region.lower()
        if region.isascii() and "includ" not in low and "among them" not in low:
            return False
        if "includ" not in sentence_text and "among them" not in sentence_text:
            return False
    at = sentence_text.rfind(lnp, max(0, start - len(lnp) - 5), start)
    return at > 0 and bool(_INCLUDING_END.search(sentence_text, max(0, at - 14), at))


_INCLUDING_END = re.compile(r"\b(?:including|among them)\s*$", re.IGNORECASE)
#: Who describes the man, inside the noun phrase before his name: up to "identify as".
_AGENT_AS = re.compile(r"(?s:.*)\b(?:identif(?:y|ies|ied)|describes?|described|calls?|called|names?|named|"
                       r"labels?|labell?ed|brands?|branded|considers?|considered|regards?|regarded)\s+as\s+",
                       re.IGNORECASE)
def _may_hunt(lnp: str) -> bool:
    """A word every ``_HUNTER`` match holds ("by" or a hunting verb): most noun phrases have none."""
    low = lnp.lower()
    return "by" in low or _holds(low, _HUNTING)


def _holds(low: str, words: tuple[str, ...]) -> bool:
    """Whether ``low`` contains one of ``words``: a cheap test before a regex that needs one."""
    return any(w in low for w in words)


_HUNTING = ("hunting", "seeking", "pursuing", "tracking", "targeting", "looking")
_KIN_WORDS = ("brother", "sister", "son", "daughter", "wife", "wives", "widow", "mother", "father", "cousin",
              "nephew", "uncle", "relative", "family")
_DEED_WORDS = ("accused", "suspected", "blamed", "wanted", "charged", "attack", "assault", "raid", "ambush", "guilty",
               "working", "operating", "active", "recruiting", "preaching", "responsible", "assassination", "killing",
               "murder", "kidnapping", "abduction")


#: Who hunts the man, inside the noun phrase before his name: "the figures most sought by
#: Malian authorities", "another man the SDF has been hunting".
_HUNTER = re.compile(r"\b(?:(?:most\s+)?(?:sought|wanted|hunted|pursued|targeted|tracked)\s+by\b|"
                     r"(?:the\s+)?[\w.'-]+(?:\s+[\w.'-]+)?\s+(?:has been|have been|had been|is|are|was|were)\s+"
                     r"(?:hunting|seeking|pursuing|tracking|targeting|looking for)\b)", re.IGNORECASE)


_RIVAL_OPENING = re.compile(r"(?:the\s+)?(?:al[- ])?" + _RIVAL.pattern, re.IGNORECASE)


def rival_subject(sentence_text: str) -> bool:
    """Whether a sentence opens with a rival movement as its subject ("Al-Shabaab, which
    ..., has stayed out"): an "Its leader, X" right after it is the rival's leader."""
    head = sentence_text.lstrip()[:40].split(",", 1)[0]  # the subject, before an appositive or a clause
    m = _RIVAL_OPENING.match(head)
    return bool(m) and not _ISIS_ACRONYM.search(head) and not _ISIS_NAMES.search(head)


def rival_named(text: str) -> bool:
    """Whether ``text`` names a rival movement ("HTS's leader")."""
    return _RIVAL.search(text) is not None


def isis_named(text: str) -> bool:
    """Whether ``text`` names ISIS by an acronym or a name."""
    return bool(_ISIS_ACRONYM.search(text) or _ISIS_NAMES.search(text))


def _last_body_rival(text: str) -> bool:
    """Whether the last body ``text`` names is a rival movement ("ISWAP absorbed fighters of the
    rival Boko Haram faction": Boko Haram, named after ISWAP)."""
    rival = [m.end() for m in _RIVAL.finditer(text)]
    if not rival:
        return False
    isis = [m.end() for m in _ISIS_ACRONYM.finditer(text)] + [m.end() for m in _ISIS_NAMES.finditer(text)]
    return rival[-1] > max(isis, default=-1)


def _rival_sentence(sentence_text: str) -> bool:
    """Whether the words name a rival movement and not ISIS ("their" then points to the rival),
    or open with a rival that names ISIS only as its enemy ("Al-Shabaab ... has been at war with
    the Islamic State since 2015; its leader X")."""
    if not _RIVAL.search(sentence_text):
        return False
    isis = [m.start() for rx in (_ISIS_ACRONYM, _ISIS_NAMES) for m in rx.finditer(sentence_text)]
    if not isis:
        return True
    return _opens_with_rival(sentence_text) and \
        all(_ENEMY_BEFORE.search(sentence_text, max(0, at - 30), at) for at in isis)


def _opens_with_rival(sentence_text: str) -> bool:
    """Whether the sentence opens with a rival movement ("The Taliban ...", "Al-Shabaab ...")."""
    opening = _OPENING_THE.match(sentence_text).end()
    first = _RIVAL.search(sentence_text, opening, opening + 30)
    return first is not None and first.start() <= opening + 3


_OPENING_THE = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
#: ISIS named as the enemy of the sentence's subject: "at war with the Islamic State".
_ENEMY_BEFORE = re.compile(r"\b(?:war (?:with|on|against)|against|fighting|fought|fights|battling|battled|"
                           r"clashed with|clashes with|rivals? (?:of|to)|enem(?:y|ies) of)\s+(?:the\s+)?$",
                           re.IGNORECASE)


#: "ISIS-Somalia, led by X", "Hayat Tahrir al-Sham, led by X": the body that X leads.
#: "ISKP has been led since 2020 by X", "the faction is led in part by X", "the group remains under X".
_AUXILIARIES = frozenset({"are", "is", "was", "were", "has been", "have been", "had been", "remains", "remain"})
_SUBJECT = re.compile(r"\s*((?:the\s+)?[^,;:]{2,60}?),")
_LED_BY = re.compile(r"\b(?:(?:led|headed|commanded|run|founded|directed|overseen|controlled)"
                     r"(?:\s+(?:in part|jointly|partly|largely|mainly|now|"
                     r"from\s+(?:across\s+)?(?:the\s+)?[\w-]+|"  # ("led from across the border by X")
                     r"(?:since|from|in) (?:\w+ )?\d{4}))?"
                     # ("is still led, by most accounts, by X")
                     r"(?:,\s*(?:by (?:most|all) accounts|reportedly|apparently|it seems|"
                     # ("is led, according to the UN's monitoring team, by X")
                     r"according to [^,;.]{2,60}),)? by|under)"
                     # ("directed by the movement's supreme leader, X": his title set off by a comma)
                     r"\s+(?:(?:the|its|a|an|one)\s+(?:[\w'\u2019-]+\s+){0,3}(?:[\w'\u2019-]+,\s+)?|"
                     r"(?:" + "|".join(sorted(HONORIFICS)) + r")\.?\s+)?$",  # ("run by Hafiz X")
                     re.IGNORECASE)
#: The sentence's own verb, after an appositive, is "is led by": "The ADF, historically ..., is led by X".
_AUX_BEFORE_LED = re.compile(r",\s+(?:is|was|are|were|has been|have been|had been|remains)\s*$")
_CELL = re.compile(r"\b(?:cells?|networks?|factions?|katibas?|units?|wings?|squads?)\b")
#: What may stand between the body and "led by": "ISIS-Somalia, which is now led by".
_LED_GAP = re.compile(r"(?:\)?,?\s+(?:which is|which was|is|was|has been|had been|have been|has since been|"
                      r"had since been|has long been|be|believed to|"
                      r"thought to|said to|now|currently|still|remains|remained))*\)?,?\s*$", re.IGNORECASE)
_ORG_START = re.compile(r"(?s:.*)[,;:()]")
#: A copula inside the subject before "led by": the body is its complement.
_COPULA_CUT = re.compile(r"(?s:.*)\b(?:remains|remained|became|becomes)\b")


def _body_before(text: str) -> str:
    """The body named at the end of ``text``, before a "whose" or "of which" clause: its last
    phrase ("linked to al-Qaeda"), or the last 100 characters where that phrase is only
    brackets ("... Muslims (JNIM)")."""
    text = text.rstrip(" ,")
    last = text[_last_cut(text):]
    return last if len(last.strip(" ()")) >= 4 else text[-100:]


def _whose_head(sentence_text: str, start: int) -> str:
    """The kind of the body in "the Syrian Democratic Forces, whose commander X": X heads it
    (and in "JNIM, affiliated with al-Qaeda, of which X is one of the leaders")."""
    if "of which" in sentence_text[max(0, start - 12):start]:
        return classify_np(_body_before(sentence_text[max(0, start - 160):start].rstrip()[:-len("of which")]))
    if "whose" not in sentence_text[max(0, start - 40):start]:
        return NONE
    m = _WHOSE_HEAD.search(sentence_text, max(0, start - 160), start)
    if m is None:
        return NONE
    body = m.group("body")
    if _last_body_rival(body):
        return GOV  # "The Islamic State faction is a rival of al-Shabaab, whose leader X": the rival's
    # ("disputed between the EIGS and the JNIM, whose local chief X": the body next to "whose")
    return classify_np(body.rsplit(" and ", 1)[-1] if " and " in body else body)


_WHOSE_HEAD = re.compile(r"(?P<body>[^,;:()]{2,100}),\s*whose\s+(?:[\w-]+\s+){0,2}?(?:leader|commander|chief|head|emir|"
                         r"founder|spokesman|spokesperson)\s+$")


def _led_by(sentence_text: str, start: int) -> str:
    """The kind (ISIS, GOV or NONE) of the body a "led by" phrase before ``start`` names."""
    lo = max(0, start - 140)
    near = sentence_text[max(lo, start - 50):start]
    if " by" not in near and "under " not in near:
        return NONE
    if sentence_text.startswith(("'s", "\u2019s"), _name_end(sentence_text, start)):
        return NONE  # "a cell led by X's brother": X leads nothing
    m = _LED_BY.search(sentence_text, max(lo, start - 80), start)
    if not m:
        return NONE
    # the body: the words before "led by" (and "which is"), back to the last punctuation
    head = sentence_text[lo:m.start()]
    head = head[:_LED_GAP.search(head).start()]
    cut = _ORG_START.match(head)
    org = head[cut.end() if cut else 0:][-80:]
    if org.strip().lower() in _AUXILIARIES and (subject := _SUBJECT.match(sentence_text)) is not None:
        org = subject.group(1)  # "The ADF, which pledged allegiance to IS, are commanded by X": the subject
    if len(org.strip()) < 2:
        return NONE
    whole = org
    org = org[_last_cut(org):]
    if org.lstrip()[:5].lower() == "whose":
        # "JNIM, linked to al-Qaeda, whose branch in the centre is led by X": the body before "whose"
        org = _body_before(head[:len(head) - len(org)])
    if "rema" in org or "becam" in org:
        org = _COPULA_CUT.sub("", org)  # "ISSP's main rival remains JNIM, led by X": JNIM is the body
    kind = classify_np(org)
    if kind == NONE and "," in head and _AUX_BEFORE_LED.search(sentence_text, lo, m.start()) and \
            (subject := _SUBJECT.match(sentence_text)) is not None:
        # "The ADF, historically a Ugandan rebellion settled in eastern Congo, is led by X": the subject
        kind = classify_np(subject.group(1))
    if kind != GOV and org.lstrip().lower().startswith(("the ", "a ", "an ")) and not _ISIS_ACRONYM.search(org) and \
            not _ISIS_NAMES.search(org) and _RIVAL.search(head[max(0, len(head) - len(org) - 60):len(head) - len(org)]):
        kind = GOV  # "Hayat Tahrir al-Sham, the Islamist group led by X": the rival the appositive describes
    if kind == NONE and _CELL.search(whole) and not _RIVAL.search(sentence_text, 0, start):
        # "the three were part of a cell run by X", "the faction operating on the Cameroonian shore
        # of the lake is commanded by X": a militant unit's head
        kind = ROLE
    if m.group(0)[:5].lower() == "under" and kind != ISIS and not (kind == GOV and _RIVAL.search(org)):
        return NONE  # "continuity of command under X", "charged under the Act": only "the group remains under X"
    return kind


def _name_end(text: str, start: int) -> int:
    """Where the run of name-like words that starts at ``start`` ends."""
    m = _NAME_RUN.match(text, start)
    return m.end() if m else start


_NAME_RUN = re.compile(r"[\w'-]+(?:\s+(?:al-|bin\s|ibn\s)?[A-Z][\w'-]*)*")


_TITLE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _title_before(text: str, lo: int, hi: int) -> str | None:
    """``_TITLE_BEFORE.search(text, lo, hi).group(1)``: the word (letters, dots, hyphens;
    from its first letter) that ends, before trailing spaces, at ``hi``."""
    i = hi
    while i > lo and text[i - 1].isspace():
        i -= 1
    j = i
    while j > lo and text[j - 1] in _TITLE_CHARS:
        j -= 1
    while j < i and text[j] not in _LETTERS:
        j += 1
    return text[j:i] if j < i else None


_ROLE_TRIM = re.compile(r"^(?:\s|[\"'\u201c\u201d\u2018\u2019]|an?\b|the\b|one of the\b|another\b|also\b|"
                        r"was\b|is\b|had been\b|has been\b|became\b|remains\b|reportedly\b|"
                        r"then\b|now\b|senior\b(?=\s*$))+", re.IGNORECASE)
_ROLE_TAIL = re.compile(r"(?:\s|[\"'\u201c\u201d\u2018\u2019.]|\b(?:named|called|identified as|"
                        r"identified only as|known as|dubbed|identified)\b)+$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _clean_role(np: str) -> str | None:
    role = _ROLE_TAIL.sub("", _ROLE_TRIM.sub("", np)).strip()
    return role[:100] or None


def group_score(verdicts: list[Verdict], kunya: bool, arabic: bool, severe: bool,
                one_word: bool, article_isis: bool) -> int:
    """How sure we are that the person is an ISIS member; >= 2 means yes."""
    kinds = {v.kind for v in verdicts}
    if any(v.strong_title for v in verdicts) and ISIS not in kinds or any(v.rival_leader for v in verdicts):
        return -10
    score = 0
    if ISIS in kinds:
        score += 4
    if GOV in kinds:
        score -= 4 if ISIS not in kinds else 1
    if ROLE in kinds:
        score += 2 if article_isis else 1
    if any(v.strong_title for v in verdicts):
        score -= 3
    if kunya:
        score += 2
    elif arabic:
        score += 1
    if severe:
        score += 2  # the patient of a raid or an arrest in a counter-ISIS story
    if ISIS not in kinds and all(v.speaker for v in verdicts):
        score -= 3
    if not article_isis and ISIS not in kinds:
        score -= 2
    if one_word and ISIS not in kinds and ROLE not in kinds:
        score -= 3
    return score
