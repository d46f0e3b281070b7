"""What happened to whom: outcome cue words and the names they apply to.

English news puts the patient of "killed" after an active verb ("US forces killed X"),
before a passive or intransitive one ("X was killed", "X blew himself up"), and after
"of" in a noun ("the death of X", "X's capture"). Each sentence is cut into clauses
(at who/which/that/after/but/...) so that a cue only reaches the names of its clause;
a relative clause ("X, who was captured ...") reaches back to its antecedent.
A cue under negation or intent ("failed to kill", "was not killed", "planned to
capture") or next to a denial ("denied", "survived", "called off") is no outcome.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

import ahocorasick

from .roles import DESCRIBER_BEFORE
from .text import caseless, gated, lower_same, may_start_with, re_lower

MAX_CUES = 40
KILLED, CAPTURED, WOUNDED, MENTIONED = "killed", "captured", "wounded", "mentioned"
SEVERITY = {KILLED: 3, CAPTURED: 2, WOUNDED: 1, MENTIONED: 0}

#: "the detention in January of X", "the killing last year of X".
#: "the capture in Fallujah last month of X", "the capture, near Banibangou in the Tillabéri region, of X".
#: "the capture last month in the southern city of Kandahar of X": the place phrase may end at
#: its own "of" (the patient is then the first name after the cue, as before).
_WHEN_OF = (r"(?: (?:in|on|last|earlier|this|late|early) \w+(?: \d{1,2}(?:st|nd|rd|th)?)?(?:,? \d{4})?| \w+ ago|"
            # "the neutralisation, on 5 November, of X", "the detention, on Saturday, in Mecula, of X"
            r", on (?:\d{1,2} \w+(?: \d{4})?|(?:mon|tues|wednes|thurs|fri|satur|sun)day),|"
            r",? (?:in|at|near) [^.;:()]{3,60}?,|,? (?:in|at|near) [^.;:(),]{3,60}?(?= of)){0,2} of")
#: "the most senior figure killed so far is X": a time phrase between a list cue and its copula.
_SO_FAR = (r"(?: (?:so far|to date|this (?:year|month|week|quarter)|last (?:year|month|week)|"
           # "the commander killed in that fighting was X": the operation named again
           r"in (?:that|the|this) (?:same )?(?:fighting|raid|strike|air ?strike|operation|attack|clash(?:es)?|"
           r"battle|assault|ambush|offensive)))?")
#: A speech tag between a subject and its verb: "The man killed, he said, was X".
_SAID_TAG = (r"(?:, (?:(?:he|she|they|officials|police|sources|the \w+) (?:said|says|added)|"
             r"according to (?:the )?[\w' -]{1,30}),)?")  # (", according to the Taliban,")
#: "six rebels", "the twelve militants": a counted group of fighters (spelt out: the cue keys are words).
_COUNTED = (r"(?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of) "
            r"(?:\w+ )?(?:rebels|militants|fighters|insurgents|terrorists|jihadists|members|men|suspects)")
# kinds: pp = participle (voice decides), intr = the subject suffers, nom = "... of X"
_CUES: list[tuple[str, str, str]] = [
    ("intr", KILLED, r"(?:blew|blown|blowing|blows) (?:himself|herself|themselves)(?: up)?|"
                     # "activated an explosive belt", "detonated a hand grenade on himself"
                     r"(?:detonat|activat)(?:ed|ing) (?:an?|the|his|her) (?:hand )?grenade (?:on|against|under) "
                     r"(?:himself|herself)|"
                     r"(?:detonat|activat)(?:ed|ing) (?:his|her|an?|the) (?:own )?(?:explosive|suicide|explosives)"
                     r"(?: \w+)?"
                     r"(?: vest| belt)?|(?:killed|killing|kills|shot) (?:himself|herself|themselves)|"
                     # "set off an explosive vest when soldiers surrounded him", "fell in combat"
                     r"(?:set|sets|setting) off (?:his|her|an?) (?:own )?(?:explosive|suicide)(?: \w+)?"
                     r" (?:vest|belt)|fell (?:in|during) (?:an? |the )?(?:combat|battle|action|fighting|"
                     r"exchanges? of fire|clash(?:es)?|gunfight|firefight|shootout)|"
                     r"committed suicide|took his own life|died|dies|perished|killed in action|"
                     # a claimed suicide attack: "drove an explosives-laden vehicle into an army position"
                     r"(?:drove|rammed|detonated) (?:an? |his )?(?:explosives?-laden|bomb-laden|booby-trapped) "
                     r"(?:vehicle|car|truck|motorcycle)|"
                     r"succumbed(?: to (?:his |her |their )?(?:\w+ )?(?:wounds|injuries))?|"
                     r"(?:lost|losing) (?:his|her|their) li(?:fe|ves)|met (?:his|her|their) (?:end|death)|"
                     r"(?:is|was|were|are|been|found|confirmed|presumed|declared|pronounced|reported|left|lay) dead|"
                     # a wound that killed: "was fatally wounded", "mortally injured"
                     r"(?:fatally|mortally) (?:wounded|injured|hurt|shot)|"
                     # "X, whose body was identified by residents": the relative's head is dead
                     r"whose (?:body|bodies|corpse|remains) (?:was|were) (?:later )?(?:identified|found|recovered|"
                     r"retrieved|handed over|buried)"),
    ("nom", KILLED, r"(?:deaths?|killings?|assassination|elimination|bod(?:y|ies)|demise|remains(?! in\b)|"
                    r"neutrali[sz]ation|claimed (?:the )?li(?:fe|ves))" + _WHEN_OF),
    # "the SDF said the dead man, X, was the group's wali"
    ("list", KILLED, r"the (?:dead|slain) (?:man|militant|commander|fighter|emir|leader|suspect|jihadist)"
                     r"(?=\s*,|\s+(?:is|was)\b)"),  # ("the dead man is X")
    # the same for a capture: "the detainee is X", "the arrested commander, X,", "the detainee was
    # identified as X"
    ("list", CAPTURED, r"the (?:detainee|(?:arrested|detained|captured) (?:man|woman|militant|commander|fighter|emir|"
                       r"leader|suspect|jihadist))(?=\s*,|\s+(?:is|was)\b)|the detainee (?:\w+ ){0,2}as(?= )"),
    ("list", KILLED, r"(?:among )?the (?:(?:two|three|four|five|six|\d+) )?(?:dead|slain|deceased|fatalities)"
                     # ("confirmed the identities of the two dead: the terrorist X, ... and the terrorist Y")
                     r"(?: \w+){0,2}?(?= (?:included|includes|include|were|was|are|is|as)\b|\s*:)|"
                     # ("the dead in Mosul on Sunday included X")
                     r"the (?:dead|slain)(?: \w+){3,5}?(?= (?:included|includes|include)\b)|"
                     # ("found among the bodies that of X")
                     r"among the (?:dead|slain|fatalities|bodies)(?: (?:that|those) of)?|"
                     r"(?:dead|slain|killed) (?:\w+ ){0,2}as(?= )|"
                     r"those (?:killed|slain|dead)(?: \w+){0,2}?(?= (?:included|includes|include)\b)|"
                     # "at least six dead on both sides, among them ISS commander X"
                     r"(?:dead|killed|slain)(?: [\w-]+){0,4}?,? among (?:them|whom)"),
    ("list", KILLED, r"(?:also )?(?:killed|slain|dead)" + _SO_FAR + r"(?=" + _SAID_TAG + r" (?:is|was|were)\b)|"
                     r"among (?:those|the (?:people|men|militants|"
                     r"fighters|suspects|terrorists|prisoners|detainees|inmates)) (?:killed|slain|dead|neutrali[sz]ed|"
                     r"eliminated)|"
                     # "X, who commanded the camp, was among six rebels killed"
                     r"among " + _COUNTED + r" (?:killed|slain|dead|neutrali[sz]ed|eliminated)|"
                     # the bomber dies in his attack: "the suicide bombing ... carried out by X"
                     r"suicide (?:bombing|attack|bomb attack|blast)[^.;]{0,60}?(?:carried out|perpetrated) by|"
                     # "the attack was carried out by the ISIS-K suicide bomber X": he died in it
                     r"(?:carried out|perpetrated) by (?:the |an? )?(?:[\w-]+ ){0,2}?suicide bomber,?"),
    ("list", CAPTURED, r"among the (?:detained|arrested|captured|captives|prisoners|detainees)|"
                       r"(?:detained|arrested|captured) (?:\w+ ){0,2}as(?= )|"
                       r"(?:also )?(?:arrested|detained|captured|held|seized)" + _SO_FAR + r"(?=" + _SAID_TAG +
                       r" (?:is|was|were)\b)|"
                       r"among " + _COUNTED + r" (?:held|detained|arrested|captured|seized)|"
                       r"among (?:those|the (?:people|men|militants|fighters|suspects)) (?:held|detained|arrested|"
                       r"captured|seized|taken)|"
                       # "among those who surrendered that day was X"
                       r"among (?:those|the (?:men|militants|fighters|suspects)) who (?:had )?(?:surrendered|"
                       r"(?:were|had been) (?:arrested|detained|captured|held|taken (?:prisoner|into custody)))|"
                       # "the detainees included X and Y", "those arrested include X"
                       r"(?:the|those) (?:detainees|detained|arrested|captured|prisoners)(?: \w+){0,2}?"
                       r"(?= (?:included|includes|include|comprised)\b)"),
    ("pp", KILLED, r"killed|killing|slain|neutrali[sz](?:ed|ing)|eliminated|eliminating|assassinated|executed|"
                   r"martyred|"  # (the group's own word for its dead)
                   r"liquidated|"
                   # a translation's "was abated" (Portuguese "abatido", French "abattu": shot dead)
                   r"abated|"
                   r"gunned down|shot dead|shot down|hanged|beheaded|decapitated|"
                   r"taken out(?! (?:of|to|from|on|for)\b)|put out of (?:action|combat)"),
    ("intr", CAPTURED, r"surrendered|surrenders(?= (?:to|together|with|along)\b)|"
                       r"turned (?:himself|herself|themselves) in|handed (?:himself|herself|themselves) "
                       # a translation's surrender: "presented himself to the authorities with an AK-47"
                       r"(?:over|in)|presented (?:himself|herself|themselves) to (?:the )?(?:\w+ )?(?:authorities|"
                       r"police|army|troops|soldiers|forces|security forces)|"
                       r"handed (?:himself|herself|themselves) "
                       r"(?:over|in)|gave (?:himself|herself|themselves) up|"
                       # "was taken to hospital under police custody", "brought to a clinic under police guard"
                       # (not "rushed to a field hospital under heavy guard": his own men's)
                       r"under (?:police |military |army )?(?:custody|arrest)|under (?:police|military|army) guard|"
                       r"(?:is|was|were|are|remains|remained|been|being held) (?:now |still |currently )?in "
                       r"(?:the )?(?:\w+ )?(?:custody|detention|prison|jail)|behind bars|yielded(?= (?:to|with)\b)|"
                       r"fell into (?:the |its |their |his )?(?:hands|custody)|"
                       # "is now being held by Kurdish forces", "is serving a life sentence"
                       r"(?:is|are|was|were|been) (?:now |still |currently )?(?:being )?held (?:by|in|at)|"
                       r"(?:is|was) (?:now |still |currently )?serving (?:a |an )?(?:\w+ )?(?:prison |jail )?"
                       r"(?:sentence|term)|"
                       # "received a sentence of life imprisonment" (not "a death sentence in absentia")
                       r"(?:received|receives) (?:a |an )?(?:\w+[- ]){0,2}?(?:sentence|prison term|jail term)"
                       r"(?![^.;]{0,40}\bin absentia\b)|"
                       # "X, 24, received 19 years in a strict-regime colony", "Y was given 17 years"
                       r"(?:received|receives|(?:was|were) given) (?:\w+[- ]){1,2}years?"
                       r"(?= (?:in (?:prison|jail|a\b)|of (?:prison|imprisonment|jail|hard)|behind|for)\b|[.;,])"
                       r"(?![^.;]{0,40}\bin absentia\b)"),
    ("nom", CAPTURED, r"(?:capture|arrest|detention|apprehension|extradition|custody)" + _WHEN_OF),
    ("list", WOUNDED, r"among the (?:wounded|injured)"),
    ("pp", CAPTURED, r"captured|capturing|arrested|arresting|detained|detaining|nabbed|apprehended|caught|"
                     r"recaptured|re-arrested|rearrested|"
                     # "shot and wounded X ... and took him prisoner": the pronoun after the verb
                     r"(?:took|take|takes|taking)(?= (?:him|her|them) (?:prisoner|captive)\b)|"
                     r"taken into (?:\w+ )?custody|(?:took|take|takes|taking) into (?:\w+ )?custody|"
                     r"taken (?:prisoner|captive|alive)|extradited|"
                     # "was taken from his electronics shop shortly after midday prayers"
                     r"taken from (?:his|her|their) (?:[\w-]+ ){0,2}?(?:home|house|shop|store|office|workplace|"
                     r"hideout|car|bed|flat|apartment)|"
                     # a sentence passed in absentia says the man is not held
                     # ("sentenced to death X": the object after the sentence)
                     r"(?:sentenced|convicted|found guilty)(?: to (?:death|life(?: imprisonment| in prison)?))?"
                     r"(?![^.;]{0,40}\bin absentia\b)|jailed|imprisoned|"
                     # "the court condemned X, 31, to eight years of prison" (translated Portuguese)
                     r"condemned(?=[^.;]{0,90}? to (?:\w+ ){0,3}(?:years?|life|prison|imprisonment|jail)\b)"
                     r"(?![^.;]{0,60}\bin absentia\b)|"
                     r"rounded up|handed over|seized|picked up|interpell?ated|"
                     r"placed (?:in|under) (?:\w+ )?(?:custody|detention|arrest)|"
                     r"remanded(?: in(?:to)? (?:\w+ )?custody)?|(?:took|taken|take|takes|taking) away"
                     # (not "taken away from the site by other fighters": his own side carried him off)
                     r"(?![^.;]{0,40}?\bby (?:other|fellow|his|their|the group's) (?:\w+ )?(?:fighters|militants|"
                     r"comrades|men|companions|associates))|"
                     # "taken, wounded, by the force to an unknown destination" (Syrian monitors)
                     # (a force must take him: not "taken by his companions to an unknown location", nor
                     # "was wounded and taken to an unknown location" with no one named)
                     r"taken(?:,? \w+,)? by (?:the |a )?(?:[\w-]+ )?(?:force|forces|troops|soldiers|army|police|"
                     r"patrol|unit|commandos)(?: [\w-]+){0,2}? to an unknown (?:destination|location|place)|"
                     # residents hand a man in: "delivered to the police a young man named X"
                     r"delivered (?:\w+ )?to (?:the )?(?:police|authorities|security forces|army|military|troops)"),
    ("nom", WOUNDED, r"(?:wounding|injuring|injury|injuries) of"),
    ("intr", WOUNDED, r"(?:shot|hit|struck) (?:in|through) the (?:left |right |lower |upper )?(?:leg|legs|arm|arms|"
                      r"shoulder|hand|foot|stomach|abdomen|back|chest|thigh|knee|hip)|"
                      r"hit by (?:gunfire|bullets|a bullet|shrapnel|sniper fire|"
                      r"(?:the )?(?:\w+ )?fire of (?:our|the|its|their) (?:\w+ )?(?:forces|troops|soldiers|men))|"
                      # "was hit but escaped with the help of his followers"
                      r"hit(?= (?:but|and) (?:escaped|fled|survived|managed|was evacuated|was dragged|was carried|"
                      r"was pulled)\b)|"
                      # "was hit during the fighting at Seytenga"
                      r"hit (?:during|in) (?:the )?(?:heavy )?(?:fighting|clash(?:es)?|exchanges? of fire|"
                      r"firefight|gunfight|shootout|battle|ambush|strike|air ?strike|raid|shelling|bombardment)|"
                      # "carried away by his comrades with serious wounds"
                      r"carried (?:away|off) (?:[\w-]+ ){0,4}?with (?:\w+ ){0,2}(?:wounds|injuries)|"
                      # ('was "seriously hit" but managed to flee': a translation's wound)
                      r"[\"'\u201c]?(?:seriously|gravely|badly|severely|critically|lightly) hit\b|"
                      r"(?:arrived|was brought|was taken|were brought|were taken) (?:at|to) (?:a |the )?(?:\w+ )?"
                      r"(?:clinic|hospital|health cent(?:re|er)) with (?:\w+ ){0,3}?(?:wounds|injuries)|"
                      r"(?:survived|survives|escaped|escapes|escape|sustained|suffered|fled|flees|flee|retreated|"
                      r"withdrew) (?:(?:the|an?|this|that) (?:[\w-]+ ){0,2}?)?"
                      r"[\"'\u201c]?with "
                      r"(?:\w+ ){0,3}"
                      r"(?:wounds|injuries)|"
                      # "was observed escaping from the site with wounds"
                      r"(?:escaping|escaped|fleeing|fled) (?:[\w'-]+ ){0,4}?with (?:\w+ ){0,2}(?:wounds|injuries)|"
                      r"(?:sustained|suffered) (?:\w+ ){0,2}(?:wounds|injuries)|"
                      # "was hospitalised with shrapnel wounds", "was taken to hospital with injuries"
                      r"(?:hospitali[sz]ed|treated|admitted to (?:a |the )?(?:\w+ )?hospital|"
                      r"taken to (?:a |the )?(?:\w+ )?hospital|evacuated) (?:[\w-]+ ){0,3}?(?:with|for) "
                      r"(?:\w+ ){0,2}(?:wounds|injuries)|"
                      # "received a bullet injury during the raid"
                      r"(?:received|receives) (?:an? )?(?:\w+ ){0,2}(?:wounds?|injury|injuries)"),
    ("pp", WOUNDED, r"wounded|wounding|injured|injuring|hurt|maimed"),
    # a pronoun's outcome noun: "DNA confirmed his death", "wounded during his arrest"
    ("his", KILLED, r"(?:his|her) (?:death|killing|demise|body)"),
    ("his", CAPTURED, r"(?:his|her) (?:capture|arrest|detention|surrender)"),
    # the verb around its object: "took X, code-named Y, into custody"
    ("split", CAPTURED, r"(?:took|take|takes|taking) [^.;:]{2,90}? into (?:\w+ )?custody"),
    # "the court found X, known as "Dheere", guilty of organising the killing" (not in absentia)
    ("split", CAPTURED, r"found [^.;:]{2,90}? guilty(?![^.;]{0,60}\bin absentia\b)"),
    # "the strike left X dead", "left X seriously wounded"
    ("split", KILLED, r"(?:left|leaving) (?!(?:him|her|them|\w+ly|dead)\b)[^.;:,]{2,80}? dead"),
    # "soldiers shot X dead", "shot him dead"
    ("split", KILLED, r"shot (?!(?:\w+ly|dead)\b)[^.;:,]{2,60}? dead"),
    # "the organisation lost its most prominent leader, X, in an American air raid on Derna"
    ("split", KILLED, r"(?:lost|losing) (?:one of )?(?:its|their) [^.;:]{2,90}? in (?:an? |the )?(?:[\w-]+ ){0,2}?"
                      r"(?:air ?raid|air ?strike|drone strike|strike|raid|ambush|clash|assault)"),
    ("split", WOUNDED, r"(?:left|leaving) (?!(?:him|her|them|\w+ly|wounded|injured)\b)[^.;:,]{2,80}? "
                       r"(?:\w+ly )?(?:wounded|injured)"),
    # the present of headlines and timelines: "Drone strike kills X", "Police arrest X in Mosul"
    # ("pres": an active verb whose subject must be a force or a strike, see _PRESENT_AGENT)
    ("pres", KILLED, r"kills?|neutrali[sz]es?|eliminates?"),
    # "the court handed a life sentence to X": the convict after "to" (held, as a sentence says)
    ("pp", CAPTURED, r"(?:handed|handing|hands|gave|gives|giving)(?: down)? (?:a |an )?(?:\w+[- ]){0,2}?"
                     r"(?:sentence|prison term|jail term) to"),
    ("pres", CAPTURED, r"captures?|arrests?|detains?|nabs?"),
    ("pres", WOUNDED, r"wounds|injures"),  # "a joint raid in the Hamrin mountains wounds X" (a timeline's present)
]
_CUE_BRANCHES = [rf"(?P<c{i}>\b(?:{rx})\b)" for i, (_, _, rx) in enumerate(_CUES)]
_CUE_RX = re.compile("|".join(_CUE_BRANCHES), re.IGNORECASE)
#: First words of every cue: an Aho-Corasick pass finds where a cue may start, and the
#: cue regex is only tried there (a 100-way alternation tried at every character is slow).
_CUE_STARTS = (
    "blew", "blown", "blowing", "blows", "detonated", "detonating", "drove", "rammed", "killed", "killing", "kills",
    "shot",
    "committed",
    "took", "died", "dies", "perished", "is", "was", "were", "are", "been", "found", "confirmed", "presumed",
    "declared", "reported", "left", "lay", "death", "deaths", "killings", "assassination", "elimination",
    "body", "bodies", "demise", "remains", "neutralization", "neutralisation", "the", "among", "dead", "slain",
    "deceased", "those", "his", "her", "neutralized", "neutralised", "neutralizing", "neutralising",
    "pronounced", "fatally", "mortally", "martyred", "activated", "activating", "presented", "seriously", "gravely",
    "badly", "severely", "critically", "lightly", "arrived", "brought",
    "eliminated", "eliminating", "assassinated", "executed", "liquidated", "abated", "gunned", "whose",
    "hanged", "beheaded", "decapitated", "suicide", "also", "held", "surrendered", "turned", "handed", "gave",
    "hands", "handing",
    "remained", "remains", "being", "fell", "set", "sets", "setting",
    "behind", "capture", "arrest", "detention", "apprehension", "extradition", "custody", "captured",
    "arrested", "detained", "nabbed", "apprehended", "caught", "taken", "recaptured", "re", "rearrested",
    "extradited", "sentenced", "convicted", "condemned",
    "jailed", "imprisoned", "rounded", "seized", "received", "receives", "kill", "captures", "arrests",
    "detain", "detains", "nab", "nabs", "neutralise", "neutralize", "neutralises", "neutralizes", "eliminate",
    "eliminates",
    "struck", "wounding", "injuring", "wounds", "injures", "injury", "injuries", "wounded",
    "injured", "hurt", "maimed", "capturing", "arresting", "detaining", "take", "takes", "taking", "hit",
    "yielded", "survived", "survives", "escaped", "escapes", "escape", "flee", "flees", "sustained", "suffered",
    "picked", "interpellated", "hospitalised", "hospitalized", "treated", "admitted", "evacuated",
    "interpelated",
    "placed", "under", "surrenders", "fled", "retreated", "withdrew", "succumbed", "lost", "losing", "met", "put",
    "remanded",
    "claimed",
    "leaving", "delivered", "escaping", "fleeing", "carried", "perpetrated",
)
#: Start words that are common function words open a cue only before one of a few next
#: words ("was dead", "the slain"): a cheap look at the next word skips the regex.
_CUE_NEXT = {
    "the": ("dead", "slain", "deceased", "detainee", "detainees", "detained", "arrested", "captured", "prisoners",
            "fatalities", "two", "three", "four", "five", "six"),
    "those": ("killed", "slain", "dead", "detainees", "detained", "arrested", "captured", "prisoners"),
    **dict.fromkeys(("is", "was", "were", "are", "been"), ("dead", "in", "now", "still", "currently", "held",
                                                           "being", "serving", "given")),
    **dict.fromkeys(("remained", "remains"), ("in",)),
    "being": ("held",),
    **dict.fromkeys(("confirmed", "presumed", "declared", "pronounced", "reported", "lay"), ("dead",)),
    "whose": ("body", "bodies", "corpse", "remains"),
    "among": ("the", "those", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
              "twelve", "several", "dozens"),
    "also": ("killed", "slain", "dead", "arrested", "detained", "captured", "held", "seized"),
    **dict.fromkeys(("his", "her"), ("death", "killing", "demise", "body", "capture", "arrest", "detention",
                                     "surrender")),
    "gave": ("himself", "herself", "themselves", "a", "an"),
    "turned": ("himself", "herself", "themselves"),
    "behind": ("bars",),
    "hit": ("by", "in", "during", "but", "and"),
    "struck": ("in",),
    "committed": ("suicide",),
    "held": ("was", "were"),
    "fell": ("in", "during", "into"),
    "picked": ("up",),
    **dict.fromkeys(("lost", "losing"), ("his", "her", "their", "its", "one")),
    "met": ("his", "her", "their"),
    "put": ("out",),
    "claimed": ("the", "life", "lives"),
    "placed": ("in", "under"),
    "under": ("police", "military", "army", "custody", "arrest"),
    **dict.fromkeys(("set", "sets", "setting"), ("off",)),
}
# Keys are whole start words, or "word next" pairs for the words of _CUE_NEXT: a pair
# key is found only where it may open a cue, so "the" and "is" cost nothing elsewhere.
#: The keys (folded) and their payloads (length, whether the key must end a word). The
#: gazetteer's automaton carries them too, so that one pass finds places and cue starts.
CUE_KEYS: dict[str, tuple[int, bool]] = {}
for _w in _CUE_STARTS:
    if _w not in _CUE_NEXT:
        CUE_KEYS[_w] = (len(_w), True)  # True: the word must end at a word boundary
    else:
        for _n in _CUE_NEXT[_w]:
            CUE_KEYS[f"{_w} {_n}"] = (len(_w) + 1 + len(_n), False)  # the regex decides
_CUE_AUTO = ahocorasick.Automaton()
for _k, _v in CUE_KEYS.items():
    _CUE_AUTO.add_word(_k, _v)
_CUE_AUTO.make_automaton()


def find_cues(text: str, folded: str, raw: list | None = None,
              low: str | None | bool = False) -> list[tuple[int, int, str, str]]:
    """All outcome cues in the article as (start, end, kind, outcome), in text order.

    ``raw`` are the automaton hits of :data:`CUE_KEYS` in ``folded`` as (end index,
    payload), when a shared pass already found them (see :meth:`.places.Gazetteer.scan`);
    ``low`` may give ``lower_same(text)`` when the caller has it."""
    starts: list[int] = []
    n = len(folded)
    for end_idx, (length, whole) in (_CUE_AUTO.iter(folded) if raw is None else raw):
        start = end_idx - length + 1
        if start > 0 and folded[start - 1].isalnum():
            continue
        if whole and end_idx + 1 < n and folded[end_idx + 1].isalnum():
            continue
        starts.append(start)
    starts.sort()  # the automaton reports by end; a pair key ends after its first word
    out: list[tuple[int, int, str, str]] = []
    last_end = -1
    if low is False:
        low = lower_same(text) if starts else None
    rx, subject = (_CUE_RX_L, low) if low is not None else (_CUE_RX, text)
    by_first = _CUE_RX_BY_FIRST if low is not None else {}
    for start in starts:
        if start < last_end:
            continue
        m = by_first.get(subject[start], rx).match(subject, start)
        if m:
            out.append((m.start(), m.end(), *_CUE_INFO[m.lastgroup]))
            last_end = m.end()
    return out


_CUE_RX_L = caseless(_CUE_RX)
#: ``_CUE_RX_L`` for each letter a cue starts with, with only the cues whose pattern may start with
#: that letter (in the same order, with the same group names). At a given start the others cannot
#: match, so ``match`` finds the same cue without entering each of the 26 alternatives (a third of
#: the ~16,000 instructions a call cost).
_CUE_RX_BY_FIRST = {c: gated("|".join(b for b in _CUE_BRANCHES if may_start_with(b, c)))
                    for c in {w[0] for w in _CUE_STARTS}}
_CUE_INFO = {f"c{i}": (kind, outcome) for i, (kind, outcome, _) in enumerate(_CUES)}
_POSS_NOUN = re.compile(
    r"\s*(?:(?:alleged|reported|confirmed|apparent|recent|subsequent)\s+)?(?P<n>death|killing|demise|"
    r"assassination|elimination|body|capture|arrest|detention|wounding|injury|extradition|surrender)\b",
    re.IGNORECASE,
)
_POSS_OUTCOME = {"death": KILLED, "killing": KILLED, "demise": KILLED, "assassination": KILLED,
                 "elimination": KILLED, "body": KILLED, "capture": CAPTURED, "arrest": CAPTURED,
                 "detention": CAPTURED, "extradition": CAPTURED, "surrender": CAPTURED,
                 "wounding": WOUNDED, "injury": WOUNDED}
_CLAUSE = re.compile(r";|\s[\u2013\u2014]\s|\b(?:who|whom|whose|which|while|whereas|but|although|though|"
                     r"after|before|when|since|because|that|where|unless|however|until|whereby|"
                     # ("X was said to have been killed": a report of the passive, no speech tag)
                     r"said(?! to (?:have|be)\b)|says(?! to (?:have|be)\b)|told|"
                     r"announced|stated|added|claimed)\b",
                     re.IGNORECASE)
_RELATIVE = re.compile(r"\s*(?:who|whom|which|that)\b", re.IGNORECASE)
_PASSIVE_AUX = re.compile(
    r"(?:\b(?:was|were|been|being|be|is|are|got|get|gets|getting|reported(?:ly)?|confirmed|believed|presumed|"
    r"feared|declared|pronounced|(?:believed|thought|said|reported|understood|feared|presumed) to have been)|"
    r"\b(?:was|were|been|is|are)\s+left|(?:,|\band)\s+(?:later|also|then)|"
    # "was shot and wounded", "was arrested and charged"
    r"\b(?:was|were|been|being|is|are)\s+(?:shot|hit|\w+ed)\s+(?:and|then|and then))\s+"
    # ("was "seriously wounded"": the quote may open before the adverb)
    r"(?:[\"'\u201c\u2018](?=\w+ly\s))?"
    r"(?:(?:\w+ly|also|both|all|later|then|"
    # "was \"neutralised\"": a quoted verb
    r"subsequently|eventually|reportedly|allegedly|successfully|not|since|themselves|himself|herself|each|in turn|"
    r"for (?:his|her|their) part)\s+){0,2}"
    r"[\"'\u201c\u2018]?$",
    re.IGNORECASE,
)
_REDUCED = re.compile(r"(?:\b(?:those|others|people|militants?|fighters?|members?|leaders?|commanders?|"
                      r"terrorists?|jihadists?|insurgents?|elements?|assailants?|"
                      r"operatives?|men|man|individuals?|suspects?|figures?|officials?|emirs?|chiefs?|planners?|"
                      r"financiers?|facilitators?|smugglers?|recruiters?|deput(?:y|ies)|governors?|walis?|"
                      r"spokesm[ae]n|couriers?|bomb-?makers?|collectors?|enforcers?|judges?|aides?|guards?|"
                      # ("X, a Deir ez-Zor native captured at Baghouz")
                      r"natives?|nationals?|citizens?|veterans?|wom[ae]n|youths?|teenagers?|defendants?|"
                      # ("X, a Belgian-Moroccan preacher captured in Baghouz in 2019, was ...")
                      r"preachers?|clerics?|ideologues?|trainers?|instructors?|experts?|specialists?|cadres?|qaids?)|"
                      # ("X, himself neutralised by the FAMa in 2022")
                      r",|\bboth|\bhimself|\bherself|\bthemselves|"
                      # ("X, gravely wounded, succumbed"; 'the Diyala "wali" killed in a strike')
                      r"\ball|\bwere)[\"'\u201d\u2019]?(?:\s+[\"'\u201c\u2018]?\w+ly)?\s*$",
                      re.IGNORECASE)
_NEGATED = re.compile(
    r"\b(?:not|never|no longer|would|could|might|may (?:have|be)|if|whether|nearly|almost|narrowly|"
    # (a colon ends it: "X did not last long: he was killed in a drone strike")
    r"rumou?r(?:ed|s)?|falsely|erroneously|mistakenly|unconfirmed|unverified|false)\b[^.;,:]{0,25}$",
    re.IGNORECASE,
)
#: Intent and agency right before a cue: "wanted for killing", "tried to avoid being captured".
_INTENT = re.compile(
    r"\b(?:responsible for|accused of|charged with|wanted for|convicted of|avoid(?:ed|ing)?|evad(?:e|ed|ing)|"
    r"escap(?:e|ed|ing)|bid to|efforts? to|attempt(?:s|ed)? to|tried to|try to|trying to|plann?(?:ed|ing|s)? to|"
    r"plot(?:ted|ting|s)? to|aim(?:ed|ing|s)? to|sought to|seeking to|intend(?:ed|s)? to|vow(?:ed|s)? to|"
    r"threaten(?:ed|s)? to|order(?:ed|s)? to|want(?:ed|s)? to|instead of|rather than|without|risk of|"
    r"in order to|ready to|set to|about to|meant to|hop(?:ed|ing) to|fail(?:ed|s)? to|"
    # "was believed to have been wounded": a report, no intent
    r"(?<!believed )(?<!thought )(?<!reported )(?<!said )(?<!understood )(?<!presumed )(?<!feared )(?<!known )"
    # "escaped, only to be arrested", "were able to kill X", "made it possible to neutralise X",
    # "permitted to neutralise X" (a translation's "a permis de neutraliser"), "which led to his
    # killing": what happened, no intent (not "a reward for information leading to his arrest")
    r"(?<!only )(?<!able )(?<!managed )(?<!possible )(?<!led )(?<!permitted )(?<!allowed )to)"
    r"(?:\s+(?:be|being|have been|get|getting))?\s*$",
    re.IGNORECASE,
)
#: Someone else's deed: "blamed for the killing of a shepherd", "ordered the killing of X".
_AGENCY = gated(
    r"\b(?:blamed for|responsible for|involvement in|involved in|roles? in|part in|ordered|ordering|"
    r"accused of|charged with|convicted of|suspected of|arrested for|jailed for|sentenced for|wanted for|"
    r"revenge for|avenge|avenging|behind)\s+(?:the\s+)?(?:[\w']+\s+){0,3}$"
)
_DENIAL = re.compile(
    r"(?<!\bnot )(?<!\bnever )(?<!n't )(?<!\bnor )\b(?:denied|denies|deny|denying|dismissed|refuted|rejected|"
    # (a verb with its object, not the noun: "courts that settle cattle disputes")
    r"disputes(?=\s+(?:the|this|that|these|those|claims?|reports?|accounts?|it|his|her|any|such|whether)\b)|"
    r"debunk(?:ed|s|ing)?|"
    # "the disputed province": an adjective of a place, no denial
    r"disputed(?! (?:territor|province|area|region|border|cit|town|land|district|zone|island)\w*)|"
    r"retracted|retracts|withdrawn|walked back|taken down|still being verified|verifying|"
    r"false(?! (?:name|names|identity|identities|papers|documents|passports?|ids?)\b)|falsely|"
    r"(?<!captured )(?<!taken )(?<!caught )(?<!arrested )(?<!seized )(?<!apprehended )(?<!detained )(?<!nabbed )"
    r"(?<!picked up )alive(?!,?\s+but\s+(?:\w+ly\s+)?(?:wounded|injured|hurt))|survived|survives|"
    r"escaped|at large|unharmed|unscathed|called off|aborted|scrapped|cancell?ed|postponed|"
    # (not "the enemy abandoned on the ground the body of X": what it left behind)
    # (nor "in homes abandoned by fleeing residents": a participle of places left empty)
    r"(?<!homes )(?<!houses )(?<!buildings )(?<!villages )(?<!areas )(?<!positions )"
    r"abandoned(?! by\b)(?! (?:on the ground |in the field |at the scene |behind )?(?:the |his |her |their |its )?"
    r"(?:bod|corpse|remains|weapon|position|base|camp|vehicle|car|motorcycle|arms|equipment|ammunition))|"
    r"not among|no (?:credible |firm |hard |independent |conclusive |clear )?evidence|"
    r"nothing to (?:support|confirm|suggest)|"
    r"premature|inaccurate|untrue|rumou?r(?:ed|s)?|unconfirmed|unverified|could not confirm|"
    r"no information (?:about|on|regarding)|"
    r"could not be confirmed|not been confirmed|never been confirmed|not confirmed|mistaken|misidentified|disproved|"
    # "reports that he had been killed were never confirmed", "the claim was never substantiated"
    r"never (?:officially )?confirmed|(?:never|not|un)(?: been)? ?substantiated|unproven|"
    r"without (?:any )?(?:proof|evidence|confirmation)|"
    r"disproven|"
    # "reports of his death have surfaced more than once; none has been confirmed"
    r"none (?:of (?:the|those|these|them) (?:\w+ )?(?:reports?|claims?)? ?)?(?:has|have|had|was|were) (?:yet )?"
    r"(?:been )?(?:confirmed|verified)|"
    r"resurfaced|reappeared|turned out|"
    # "only for him to resurface", "who is still being pursued by the security services"
    r"resurface|reappear|still being (?:pursued|sought|hunted)|"
    # "a video circulated weeks later showed a man identified as X addressing fighters"
    r"(?:video|footage|recording)\b[^.;]{0,80}?\bshow(?:ed|s|ing)?\b[^.;]{0,60}?\b(?:addressing|preaching to|"
    r"speaking to|giving a speech)|proved false|proven false|found to be alive|"
    # "DNA tests had ruled out that he was among the dead", "no information about his death"
    r"ruled (?:\w+ )?out|no information)\b",
    re.IGNORECASE,
)
#: The reporter's caveat about a claim as a whole, before "could not be confirmed".
_CAVEAT_SUBJECT = re.compile(r"\b(?:the|this|that|these|those) (?:information|claims?|reports?|accounts?|figures?|"
                             r"tolls?|details?)\s+$")
#: Substrings that every denial match contains: most sentences have none, and one C-level
#: automaton pass is cheaper than the 50-way alternation.
_DENIAL_SUBSTRINGS = (
    "denied", "denies", "deny", "denying", "dismissed", "refuted", "rejected", "false", "alive", "survive",
    "debunk", "disput", "retract", "withdrawn", "walked back", "taken down", "being verified", "verifying",
    "escaped", "at large", "unharmed", "unscathed",
    "called off", "aborted", "scrapped", "cancel", "postponed", "abandoned",
    "not among", "evidence", "nothing to", "premature", "inaccurate", "untrue", "rumo", "unconfirmed",
    "unverified", "no information", "could not", "never confirmed", "never officially", "substantiated", "unproven",
    "without proof", "without any", "without evidence", "without confirmation",
    "not been confirmed", "never been confirmed", "not confirmed", "mistaken", "misidentified", "disprove",
    "resurface", "reappear", "still being", "addressing", "preaching to", "speaking to", "giving a speech",
    "turned out", "proved false", "proven false", "found to be alive", "ruled ", "no information", "none ",
)
_DENIAL_AUTO = ahocorasick.Automaton()
for _w in _DENIAL_SUBSTRINGS:
    _DENIAL_AUTO.add_word(_w, _w)
_DENIAL_AUTO.make_automaton()


def _may_deny(low: str) -> bool:
    for _ in _DENIAL_AUTO.iter(low):
        return True
    return False


_ACTIVE_STOP = re.compile(r"\b(?:by|said|says|told|according to|on behalf of|ordered by|under|"
                          r"claimed|reported|announced|suspected(?= (?:of|to|that|in)\b)|accused(?= (?:of|by)\b)|"
                          r"for|who|whom|against|to)\b",
                          re.IGNORECASE)
_PRONOUN = re.compile(r"(?:^|[:;,]\s*|\b(?:and|but|then|said|says|say|added|that|where|when|after|before|as|while|"
                      r"until|because|so|told\s+(?:the\s+|a\s+)?\w+)\s+)(?P<p>he|she|they|both)\s+"
                      # ("he is later reported to have been executed": a report, then the passive)
                      r"(?:(?:is|was|are|were)\s+(?:\w+ly\s+|later\s+|also\s+|now\s+)?(?:reported|said|believed|"
                      r"thought|understood|presumed|known)\s+to\s+have\s+been\s+(?:\w+ly\s+)?|(?:\w+\s+){0,3})$",
                      re.IGNORECASE)  # ("investigators told the court she had been detained")
_TARGET = re.compile(r"\btarget(?:ed|ing|s)?\b|\bsought\b|\bhunt(?:ed|ing)? for\b", re.IGNORECASE)


def _lower_rx(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern without IGNORECASE, for lower-cased text (4x faster in ``re``),
    with a first-character gate (see :func:`.text.gated`)."""
    return gated(rx.pattern)


_NEGATED_L, _INTENT_L, _DENIAL_L = _lower_rx(_NEGATED), _lower_rx(_INTENT), _lower_rx(_DENIAL)
_CLAUSE_L, _PASSIVE_AUX_L, _ACTIVE_STOP_L = _lower_rx(_CLAUSE), _lower_rx(_PASSIVE_AUX), _lower_rx(_ACTIVE_STOP)
_REDUCED_L, _PRONOUN_L, _RELATIVE_L = _lower_rx(_REDUCED), _lower_rx(_PRONOUN), _lower_rx(_RELATIVE)
_CLAUSE_WORDS = ("who", "whom", "whose", "which", "while", "whereas", "but", "although", "though", "after",
                 "before", "when", "since", "because", "that", "where", "unless", "however", "until", "whereby",
                 "said", "says", "told", "announced", "stated", "added", "claimed")
# One automaton for the sentence: clause words (payload: their length) and the denial
# substrings (payload: -1), so that one pass gives the clause bounds and the denial test.
_CLAUSE_AUTO = ahocorasick.Automaton()
for _w in _DENIAL_SUBSTRINGS:
    _CLAUSE_AUTO.add_word(_w, -1)
for _w in _CLAUSE_WORDS:
    _CLAUSE_AUTO.add_word(_w, len(_w))
_CLAUSE_AUTO.make_automaton()


#: After "said"/"says", the words of a report, not of a speech tag.
_SAID_TO = (" to have ", " to be ")


def _clause_scan(low: str) -> tuple[list[int], bool]:
    """Starts of the matches of ``_CLAUSE_L`` in ``low`` (one automaton pass for the words,
    whole words like the regex's ``\b``, and ``;``; the regex where a dash may separate),
    and ``_may_deny(low)``."""
    n = len(low)
    out = []
    deny = False
    for end, length in _CLAUSE_AUTO.iter(low):
        if length < 0:
            deny = True
            continue
        start = end - length + 1
        if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
            continue
        if end + 1 < n and (low[end + 1].isalnum() or low[end + 1] == "_"):
            continue
        if length == 4 and low.startswith(_SAID_TO, end + 1) and low[start:end + 1] in ("said", "says"):
            continue  # "was said to have been killed": no speech tag
        out.append(start)
    if "\u2013" in low or "\u2014" in low:
        return [m.start() for m in _CLAUSE_L.finditer(low)], deny
    if ";" in low:
        out.extend(i for i, c in enumerate(low) if c == ";")
        out.sort()
    return out, deny


_AND = re.compile(r"\band\b")
_DASHES = ("\u2013", "\u2014")
#: An attribution set off by commas, then the copula: ", according to two officers who saw the bodies, was ".
_ACCORDING_THEN_AUX = re.compile(r", according to [^;.]{2,140}?, (?:was|were|is|are) ")
#: Subordinate clauses after which ", and" returns to the main clause.
_SUBORDINATE_STARTS = ("after", "before", "when", "while")
_BEING_BEFORE = re.compile(r"(?:after|before|when|while)\s+(?:later\s+)?being\s+(?:\w+ly\s+)?")
_COMMA_AND = re.compile(r",\s+and\s+(?:then\s+|later\s+)?$")
def _fronted_subject(low: str, spans: list[tuple[int, int, bool]], cend: int) -> list[int]:
    """The name after the clause of a participle that opens the sentence, at the first comma
    that a name follows ("Arrested in Gaziantep, in south-eastern Turkey, in March 2017 as he
    tried to obtain false passports, X was expelled"); none if a name comes before it."""
    comma = low.find(", ", cend)
    for _ in range(4):
        if comma < 0 or _name_between(spans, 0, comma):
            return []
        fronted = _names_from(spans, comma + 2, 1)
        if fronted:
            return fronted
        comma = low.find(", ", comma + 2)
    return []


#: The rest of an aside after its participle, then the sentence's verb: "(wounded) in a strike last month, was ".
_ASIDE_THEN_AUX = re.compile(r"[^,;.]{0,60},\s*(?:was|were|is|are|has been|had been|have been)\s+(?:\w+ly\s+)?")
#: An elided subject: ", and was detained at the scene" (the subject of the sentence's last hit).
_AND_AUX = re.compile(r"\band\s+(?:was|were|had been|has been|later|then)\s+(?:\w+ly\s+)?$|"
                      r"\b(?:before|after|until|upon)\s+(?:later\s+)?being\s+$")  # "..., before being arrested"
#: The head of "the man who surrendered, X," and the gap from the cue to X.
_HEAD_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:man|militant|fighter|suspect|commander|insurgent|"
                          r"jihadist|member|woman|leader|operative)\s*$")
_APPOS_GAP = re.compile(r"[^,.;]{0,40},\s*")
#: A reduced concessive clause: "although wounded in the leg".
_CONCESSIVE = re.compile(r"\b(?:although|though|albeit|despite being|even though)\s+(?:\w+ly\s+)?$")
_GOV_BEFORE = re.compile(r"\b(?:soldiers?|troops|police(?:m[ae]n)?|officers?|civilians?|guards?|villagers?|"
                         r"residents?|personnel|members of the (?:security|armed) forces)\b")
#: ("among whom figures the named X": translated French)
#: ("who were killed in the American raids that targeted two camps ... on Wednesday night, among them X")
_AMONG_AFTER = re.compile(r"[^.;:,]{0,150}?,\s*(?:among them|among whom|including)\s+"
                          r"(?:(?:figures?|figured|is|was|were|are)\s+)?(?:the\s+named\s+)?")
_COLON = re.compile(r"\s*(?:alive\s*|dead\s*)?:")
_COPULA_BEFORE = re.compile(r"\b(?:was|were|is|are)\s+(?:also\s+|reportedly\s+|not\s+)?$")
_WITH_HIM = re.compile(r"(?:\s+\w+)?\s+(?:along |together )?with (?:him|her|them)\b")
_COMPANION_NEXT = re.compile(r"\s*,?\s*(?:along with|together with|alongside)\b")
_COMPANION = re.compile(r"\b(?:along with|together with|alongside|as (?:was|were|did))\b")


def _lower(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def _mask_said(sent: str, low: str) -> str:
    """``low`` with the name "Said" ("Juma Ali, Said Hassan and ...") made no speech verb:
    a capital "Said" after the sentence's first word is a name (same length, same word bounds)."""
    parts: list[str] = []
    last = 0
    at = sent.find("Said", 1)
    while at >= 0:
        if not sent[at + 4:at + 5].isalpha():
            parts += (low[last:at], "sa_d")
            last = at + 4
        at = sent.find("Said", at + 4)
    parts.append(low[last:])
    return "".join(parts)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class Hit(NamedTuple):  # immutable, and cheaper to make than a frozen dataclass
    """An outcome that a cue gives to one mention (by index into the sentence's mentions)."""

    mention: int
    outcome: str
    cue: int  # offset of the cue in the sentence


class Loose(NamedTuple):
    """A valid cue with no named patient ("the targeted person was killed", "he died")."""

    outcome: str
    cue: int
    pronoun: str  # "" (no pronoun), "he" (he/she) or "they"


def sentence_outcomes(sent: str, spans: list[tuple[int, int, bool]], next_sent: str | None,
                      next_has_names: bool,
                      cues: list[tuple[int, int, str, str]] | None = None) -> tuple[list[Hit], list[Loose]]:
    """Outcomes in one sentence.

    ``spans`` are the mentions as (start, end, possessive) offsets into ``sent``.
    Returns the hits on named mentions and the loose cues that named no one.
    """
    if cues is None:
        cues = find_cues(sent, sent.lower())
    cues = cues[:MAX_CUES]  # hostile input: real sentences carry a handful
    hits: list[Hit] = []
    loose: list[Loose] = []
    low = _lower(sent)
    if "Said" in sent:
        low = _mask_said(sent, low)
    for i, (start, end, poss) in enumerate(spans):
        if poss:
            m = _POSS_NOUN.match(sent, end + 2 if sent[end:end + 2] in ("'s", "\u2019s") else end)
            if m and not _NEGATED_L.search(low, max(0, start - 60), start):
                hits.append(Hit(i, _POSS_OUTCOME[re_lower(m.group("n"))], m.start("n")))
    if not cues:
        return hits, loose
    if "earlier version" in low and _CORRECTION.search(low):
        return hits, loose  # "An earlier version of this article said that X was killed": withdrawn
    starts, may_deny = _clause_scan(low)
    bounds = [0, *starts, len(sent)]
    denials = _denials(low) if may_deny else []
    if denials and "had " in low:
        # "was killed in an airstrike last summer; he had survived a drone strike in 2017": an
        # escape from an earlier attack, before the outcome, does not undo it
        denials = [(d, esc) for d, esc in denials
                   if not (esc and _HAD_BEFORE.search(low, max(0, d - 12), d) and _EARLIER_ATTACK.match(low, d))]
    last_seg = -1
    last_patients: list[int] = []
    last_pronoun: tuple[int, str] | None = None  # (segment, pronoun) of the last cue given to "he"/"they"
    next_low = _lower(next_sent) if next_sent and not next_has_names else ""
    next_denials = _denials(next_low) if next_low and _may_deny(next_low) else []
    if next_denials:
        # "X was wounded. A communique claimed he was dead, a claim his supporters denied": a
        # denial after the next sentence's own outcome word is about that claim
        own = _OWN_OUTCOME_WORD.search(next_low)
        next_denials = [d for d in next_denials if (own is None or d[0] < own.start())
                        and not party_argued(next_low, d[0])
                        # ("The information could not be confirmed by an independent source": the
                        # reporter's caveat about the claim, which stands as the claim)
                        and not _CAVEAT_SUBJECT.search(next_low, max(0, d[0] - 30), d[0])]
    # "A strike wounded X. He survived": an escape in the next sentence undoes a death or a
    # capture, not a wound (as within the sentence, in _invalid)
    # ("X was wounded ... His condition could not be confirmed": how he is, not whether he was hit)
    next_denies_wound = any(not esc and not _CONDITION_BEFORE.search(next_low, max(0, d - 40), d)
                            for d, esc in next_denials)
    has_had = "had " in low or "initially " in low
    deeds: set[int] = set()  # cues of a deed someone is blamed for, not of an outcome
    for k, (cstart, cend, kind, outcome) in enumerate(cues):
        seg = _segment(bounds, cstart)
        seg_start, seg_end = bounds[seg], bounds[seg + 1]
        next_undoes = next_denies_wound if outcome == WOUNDED else bool(next_denials)
        if next_undoes or _invalid(low, bounds, seg, cstart, denials, outcome) or \
                (has_had and _superseded(low, cstart)):
            if _AGENCY.search(low, max(seg_start, cstart - 50), cstart) or \
                    _INTENT_L.search(low, max(seg_start, cstart - 40), cstart):
                # (nor is an intent: "X detonated a grenade on himself after refusing to surrender,
                # and died")
                deeds.add(k)
            continue
        # (a cue of someone else's deed is no boundary: "X, whose units were blamed for the killing
        # of civilians, was killed in a drone strike")
        prev_cue_end = max([c[1] for j, c in enumerate(cues[:k]) if c[1] <= cstart and c[0] >= seg_start
                            and j not in deeds] or [seg_start])
        next_cue = min([c[0] for c in cues[k + 1:] if c[0] >= cend] + [seg_end])
        before = [i for i, (s, e, poss) in enumerate(spans)
                  if prev_cue_end <= s and e <= cstart and not poss
                  # (not "the commander, one of the lieutenants of the ADF chief X, was neutralised": X owns them)
                  # (nor "X, described by spokesman Y as the chief, was killed": Y describes him)
                  and not (" by " in low[max(0, s - 40):s] and low.startswith(" as ", e)
                           and DESCRIBER_BEFORE.search(low, max(0, s - 40), s))
                  and not (" of " in (w45 := low[max(0, s - 45):s]) and any(r in w45 for r in _OWNER_ROLES)
                           and _OWNER_OF_ROLE.search(low, max(0, s - 45), s)
                           and _APPOS_CLOSE.fullmatch(low, e, cstart))]
        if len(before) > 1:
            # "X, a relative of Y by marriage, opened fire ... and he was killed", "X, a lieutenant
            # of Y, seriously wounded, fled": Y is only named in X's description
            before = [i for n, i in enumerate(before)
                      if not (n and _APPOS_OF_GAP.fullmatch(low, spans[before[n - 1]][1], spans[i][0]))] or before
        patients: list[int] = []
        if kind == "pres" and not _PRESENT_AGENT.search(low, max(seg_start, cstart - 100), cstart) and not (
                low.endswith("to ", 0, cstart) and _REALIZED_TO.search(low, seg_start, cstart)):
            # "an arrest warrant", "the kill list": a noun, or no one acting (but "forces were able
            # to kill X ... and to arrest Y": done)
            continue
        if kind in ("his", "nom") and (_WANTED_FOR.search(low, max(0, cstart - 60), cstart)
                                       if low.endswith(("for ", "for the ", "to ", "to the ", "ing ", "ing the "),
                                                       0, cstart) else False):
            continue  # "issued warrants for his arrest", "information allowing the arrest of X": not done
        if kind == "his":
            if _his_refers_back(low, spans, cstart):
                loose.append(Loose(outcome, cstart, "he"))
            elif _LED_TO.search(low, max(0, cstart - 30), cstart) and \
                    (named := [i for i, (s, e, poss) in enumerate(spans) if e <= cstart and not poss]):
                # "X, who opened fire on the force, which led to his killing": X's
                hits.append(Hit(named[-1], outcome, cstart))
            continue
        if kind == "split":
            patients = [i for i, (s, e, poss) in enumerate(spans) if cstart <= s and e <= cend and not poss][:1]
            if not patients and (obj := _SPLIT_PRONOUN.match(low, cstart)) is not None:
                # "found X alive but wounded, and took him into custody"
                loose.append(Loose(outcome, cstart, "they" if obj.group(1) == "them" else "he"))
                continue
        elif kind == "list" and low.startswith("among", cstart) and \
                _COPULA_BEFORE.search(low, max(seg_start, cstart - 20), cstart):
            # "X, the group's leader, was among the militants slain": the subject before
            patients = before[-1:] or _appositive_subject(low, spans, cues, k, deeds)
            if not patients and last_patients and _AND_AUX.search(low, max(seg_start, cstart - 30), cstart):
                patients = last_patients  # "X was arrested in 2020 and was among the prisoners killed"
            if patients:
                patients = [i for i in _with_coordinated(low, spans, patients[-1]) if i in before] or patients
            elif (pron := _PRONOUN_L.search(low, max(seg_start, cstart - 40), cstart)) is not None:
                # "He was among those killed in the raid"
                loose.append(Loose(outcome, cstart, "they" if pron.group("p") in ("they", "both") else "he"))
                continue
        elif kind == "list" or kind == "nom" or _COLON.match(sent, cend):
            # the first name within reach; the names coordinated with it may run on
            # (the list may run past a relative clause: "X, a qaid who led attacks, and Y")
            # (not the speaker of "among the captives, Sugule said, was X")
            # (nor an owner: "among those killed were two of al-Ansari's aides: X and Y")
            after = [i for i, (s, e, poss) in enumerate(spans)
                     if cend <= s and not _SAID_AFTER.match(low, e) and not (poss and kind == "list")]
            # "among those who surrendered that day was X": the cue's own "who" opened a clause
            # (a cue may hold a clause word: "killed in that fighting was X" reaches past "that")
            # ("The man killed, he said, was X": the speech tag closes no clause)
            tag_end = _SAID_TAG_RX.match(low, cend).end() if kind == "list" and low.startswith(",", cend) else cend
            reach = cend + 40 if kind == "list" and " who " in low[cstart:cend] else \
                min(tag_end + 90, bounds[_segment(bounds, tag_end if tag_end > cend else cend - 1) + 1])
            patients = first_coordination(sent, spans, after) \
                if after and spans[after[0]][0] < reach else []
            if not patients and kind == "list" and low.startswith(", according to", cend) and \
                    (aside := _ACCORDING_THEN_AUX.match(low, cend)) is not None:
                # "Among those killed, according to two officers who saw the bodies, was X"
                patients = first_coordination(sent, spans, _names_from(spans, aside.end(), 5))
            if not patients and kind == "nom" and (among := _AMONG_AFTER.match(low, cend)) is not None:
                # "recovered the bodies of the group's elements from the rubble, among them the
                # so-called emir of the Hisba, the Tunisian X"
                patients = first_coordination(sent, spans, _names_from(spans, among.end(), 60))
            if patients and kind == "nom":
                # "the killing of the terrorist X, nicknamed Y, together with the terrorists Z and W"
                patients += [i for i in _companions(low, sent, spans, spans[patients[-1]][1]) if i not in patients]
        elif kind == "intr" or (kind == "pp" and (
                ((aux := _PASSIVE_AUX_L.search(low, max(seg_start, cstart - 60), cstart)) is not None
                 # (not 'the FAMa, "with their partners", also apprehended two "terrorists"': an
                 # active verb with its object, after an aside)
                 and not (aux.group(0)[:1] in ",a" and _ACTIVE_OBJECT.match(low, cend)))
                or _CONCESSIVE.search(low, max(seg_start, cstart - 20), cstart))):
            if before and low.startswith(("who", "which"), seg_start) and \
                    all(_AFTER_PREPOSITION.search(low, max(0, spans[i][0] - 30), spans[i][0]) for i in before) and \
                    (head := _antecedent(low, spans, bounds, seg)):
                # "fought under X, who led the siege with Y and was killed there": the relative's
                # head is the subject (and Y too where "with him" takes Y up)
                before = head + (before if _WITH_HIM.match(low, cend) else [])
            elif before and (_RELATIVE_L.match(low, seg_start) or (rel_seg := _bare_relative(low, bounds, seg)) >= 0):
                # "X, who carried money between Y and Z, was detained", "X, the ideologue who had
                # backed Y against Z, was killed": the names inside the relative clause are not
                # the subject of the verb after it; the relative's head is (and "X, who told the
                # court he had defected to the faction of Y in 2019, received the prison term":
                # a speech verb split the relative pronoun off its clause)
                rseg = seg if _RELATIVE_L.match(low, seg_start) else rel_seg
                head = _antecedent(low, spans, bounds, rseg) \
                    if low.startswith(("who", "which"), bounds[rseg]) and \
                    _APPOS_END.search(low, max(seg_start, cstart - 60), cstart) else []
                before = head or _appositive_subject(low, spans, cues, k, deeds) or before
                if (joined := _AND_AFTER_RELATIVE.search(low, seg_start, spans[before[0]][0])) is not None and \
                        joined.start() - seg_start <= 90:
                    # "X, who oversaw the bases, and a fighter named Y were killed": X too
                    before = [i for i in _antecedent(low, spans, bounds, seg) if i not in before] + before
            if len(before) > 1:
                # "a relative of X, Y, was shot dead": a name after a preposition, with a name in
                # apposition after it, is not the subject
                before = [i for n, i in enumerate(before)
                          if not (n + 1 < len(before)
                                  and _APPOS_TO_NAME.fullmatch(low, spans[i][1], spans[before[n + 1]][0])
                                  and _AFTER_PREPOSITION.search(low, max(0, spans[i][0] - 40), spans[i][0]))] or before
            if before and last_patients and last_seg == seg and _AND_VERB.search(low, max(seg_start, cstart - 12),
                                                                                 cstart) and \
                    all(_AFTER_PREPOSITION.search(low, max(0, spans[i][0] - 30), spans[i][0]) for i in before):
                # "X was wounded and captured in a firefight with Federal Police in Y, and died of his
                # wounds": the names since the last cue are objects of prepositions, not its subject
                before = []
            if not before and _BOTH_SUBJECT.match(low, seg_start, cstart):
                # "targeted a hideout used by X and his courier, Y, and that both were killed"
                loose.append(Loose(outcome, cstart, "they"))
                last_pronoun = (seg, "they")
                continue
            if not before and last_patients and last_seg == seg and \
                    _AND_AUX.search(low, max(seg_start, cstart - 30), cstart):
                # "noting that his aide, X, was wounded in the strike and was arrested": the same subject
                # (not the head before "that", which opens no relative clause here)
                patients = last_patients
            else:
                patients = before or _antecedent(low, spans, bounds, seg)
            if not patients and seg >= 2 and low.startswith(("said", "says"), bounds[seg]) and \
                    _SAID_CUE.fullmatch(low, bounds[seg], cstart) and \
                    _RELATIVE_L.match(low, bounds[seg - 1]) and not _name_between(spans, bounds[seg - 1], cstart):
                # "X, the ISWAP leader who the military said was killed in 2021": "said" split the
                # relative clause; its head is the subject
                patients = _antecedent(low, spans, bounds, seg - 1)
            if not patients and seg >= 1 and low[bounds[seg] + 1:bounds[seg] + 2] in _DASHES and \
                    not low[bounds[seg] + 2:cstart].strip():
                # "Commanders such as X \u2014 wounded in a Russian airstrike in 2023 \u2014 moved freely":
                # an aside that opens with the cue is about the name before it
                patients = _before_aside(low, spans, bounds[seg - 1], bounds[seg])
            if not patients and seg >= 2 and low[bounds[seg] + 1:bounds[seg] + 2] in _DASHES and \
                    low[bounds[seg - 1] + 1:bounds[seg - 1] + 2] in _DASHES:
                # "X — called "Malam Baba" by fighters in his unit — surrendered": the
                # subject stands before the dashed aside
                patients = _before_aside(low, spans, bounds[seg - 2], bounds[seg - 1])
            if not patients and _RELATIVE_L.match(low, seg_start):
                # "The man who gave himself up, X, walked into a village": the name after the clause
                patients = [i for i, (s, e, poss) in enumerate(spans)
                            if cend <= s < seg_end and not poss and low[cend:s].strip() == ","][:1]
            if not patients and last_patients and (
                    last_seg == seg and (_AND.search(low, prev_cue_end, cstart)
                                         or low[prev_cue_end:cstart].strip() in (",", "then"))
                    or _AND_AUX.search(low, max(seg_start, cstart - 30), cstart)):
                # "X injured his legs when he jumped ..., and was detained"; "X, gravely wounded, succumbed"
                patients = last_patients
            if not patients and not last_patients and \
                    _AND_AUX.search(low, max(seg_start, cstart - 30), cstart):
                # "X broke his leg when he jumped ..., and was taken into custody": no cue before, the
                # elided subject is the sentence's last name, if "he" took it up since
                prior = [i for i, (s, e, poss) in enumerate(spans) if e <= cstart and not poss]
                if prior and not any(poss for s, e, poss in spans if spans[prior[-1]][1] <= s < cstart) and \
                        _HE_SINCE.search(low, spans[prior[-1]][1], cstart):
                    patients = prior[-1:]
                elif not prior and low.startswith(("he ", "she ")) and cstart < 150 and \
                        not _CLAUSE_L.search(low, 3, cstart):
                    # "She left Syria in 2018 and was arrested at her flat": the sentence's own
                    # subject, a pronoun, is the patient
                    loose.append(Loose(outcome, cstart, "he"))
                    last_pronoun = (seg, "he")
                    continue
            if not patients and kind == "pp" and _CONCESSIVE.search(low, max(seg_start, cstart - 20), cstart):
                # "X managed to flee, although wounded in the leg": the main clause's subject
                patients = [i for i, (s, e, poss) in enumerate(spans) if e <= cstart and not poss][-1:]
            if not patients and last_patients and _GERUND_CLAUSE.fullmatch(low, seg_start, cstart):
                patients = last_patients  # "X was wounded ... and escaped, before being arrested on Monday"
            if not patients:
                # "five militants were killed, among them X and Y"
                among = _AMONG_AFTER.match(low, cend)
                # ... but not "two soldiers were wounded, among them Lt. X"
                # ... nor "five were killed and three others captured, among whom X": the nearer cue's
                if among and not _GOV_BEFORE.search(low, max(seg_start, cstart - 60), cstart) and \
                        not any(cend <= c[0] < among.start() + len(among.group(0)) for c in cues[k + 1:]):
                    after = _names_from(spans, among.end(), 40)
                    patients = first_coordination(sent, spans, after)
            if not patients:
                patients = _appositive_subject(low, spans, cues, k, deeds)
            if not patients and kind == "pp" and not before and \
                    (inverted := _INVERTED_PATIENT.match(low, cend)) is not None and \
                    not any(seg_start <= s < cstart for s, _, _ in spans):
                # "in the operation were also captured two young men, X, of 19 years, and Y":
                # the subject after its verb (translated Portuguese and French)
                patients = first_coordination(sent, spans, _names_from(spans, inverted.end(), 5))
            if not patients and kind == "pp" and _IT_PASSIVE.search(low, max(seg_start, cstart - 25), cstart):
                # "it was captured in the village of Mbau, district of Mocimboa, X, of 27 years" (the
                # impersonal passive of translated Portuguese: the patient follows the place)
                patients = first_coordination(sent, spans, _names_from(spans, cend, 140))
            if not patients and kind == "pp" and (obj := _DIRECT_OBJECT.match(low, cend)) is not None and \
                    (after := _names_from(spans, obj.end(), 1)):
                # "the troops, acting on intelligence, also arrested one X": ", also" looked passive,
                # but a name right after the verb is its object
                patients = first_coordination(sent, spans, after)
            if not patients and (colon := _OBJECT_COLON.match(low, cend)) is not None and \
                    not _name_between(spans, cend, colon.end()) and _COUNTED_SUBJECT.search(low, seg_start, cstart):
                # "Two men were taken into custody at the same location: X, who ..., and Y"
                patients = first_coordination(sent, spans, _names_from(spans, colon.end(), 20))
            if not patients and seg_start > 0 and _RELATIVE_L.match(low, seg_start) and \
                    _HEAD_BEFORE.search(low, max(0, seg_start - 40), seg_start):
                # "The man who gave himself up, X, said ...": the name in apposition to the head
                after = [i for i, (s, e, poss) in enumerate(spans) if s >= cend and not poss]
                if after and _APPOS_GAP.fullmatch(low, cend, spans[after[0]][0]):
                    patients = after[:1]
            pron = _PRONOUN_L.search(low, max(seg_start, cstart - 64), cstart) if not patients else None
            if pron:
                word = pron.group("p")
                loose.append(Loose(outcome, cstart, "they" if word in ("they", "both") else "he"))
                last_pronoun = (seg, loose[-1].pronoun)
                # "He was taken into custody together with his brother-in-law, X"
                hits.extend(Hit(i, outcome, cstart) for i in _companions(low, sent, spans, cend))
                continue
        elif kind == "pp" and cstart == 0 and (fronted := _fronted_subject(low, spans, cend)):
            # "Arrested by the Counter-Terrorism Service in Baquba, al-Azzawi was accused of ...": a
            # participle fronted before its subject
            patients = first_coordination(sent, spans, fronted)
        else:
            stop = _ACTIVE_STOP_L.search(low, cend, next_cue)
            if stop and low.startswith(("for", "to"), stop.start()) and \
                    _DESCRIBED_OBJECT.match(low, cend, stop.start()) and \
                    (for_group := _FOR_GROUP_APPOS.match(low, stop.start())) is not None:
                # "nabbed a suspected recruiter for the group, X, at a bus terminal": X is the object
                stop = _ACTIVE_STOP_L.search(low, for_group.end(), next_cue)
            limit = stop.start() if stop else next_cue
            if kind == "pp" and before and not low[spans[before[-1]][1]:cstart].strip(" '\"\u2019\u201d") and \
                    (_REDUCED_AFTER.match(low, cend) or low[cend:cend + 1] in (",", "")) and seg_start == 0 and \
                    not _name_between(spans, 0, spans[before[-1]][0]):
                # headline style: "insurgent leader 'Tio Faizal' shot dead in Chai" (Chai is where)
                limit = cend
            # (not "captured X's deputy, Y": X only owns the object; nor "arrested X, a relative of
            # Y": Y is named in X's description)
            patients = [i for i, (s, e, poss) in enumerate(spans) if cend <= s and e <= limit and not poss]
            patients = patients[:1] + [i for i in patients[1:] if not _OF_BEFORE.search(low, max(0, spans[i][0] - 4),
                                                                                      spans[i][0])]
            if patients and limit < seg_end:
                # "arrested X, the group's official for "security", as well as a Sudanese named Y",
                # "killed X, the leader anointed by IS as its emir, and Y": the list runs on past the
                # appositive that stopped the object
                patients += [i for i in first_coordination(sent, spans, list(range(patients[-1], len(spans))))[1:]
                             if i not in patients]
            if patients and limit == seg_end and low.startswith(";", seg_end):
                # "detained were: X, 34; Y, 41; and Z, 38": a list runs on past its semicolons
                patients += first_coordination(sent, spans, list(range(patients[-1], len(spans))))[1:]
            if last_seg == seg and last_patients and _AND.search(low, prev_cue_end, cstart) \
                    and not any(prev_cue_end <= s < cstart for s, _, _ in spans) and \
                    (not patients or _COMPANION_NEXT.match(low, cend)):
                # "was wounded ... and taken into custody"; "was hit ... and taken to an unknown
                # destination, together with Y": Y goes with the subject
                patients = last_patients + patients
            if not patients and last_pronoun is not None and last_pronoun[0] == seg and \
                    _AND.search(low, prev_cue_end, cstart) and not any(prev_cue_end <= s < cstart for s, _, _ in spans):
                # "He was wounded near Baiji in 2018 and arrested in a hospital": the same pronoun
                loose.append(Loose(outcome, cstart, last_pronoun[1]))
                continue
            if not patients and last_patients and last_seg == seg - 1 and \
                    _WHICH_THEN_AND.match(low, seg_start, cstart) and \
                    not any(seg_start <= s < cstart for s, _, _ in spans):
                # "was wounded during the attack on X, which cost 89 lives, and captured on the spot"
                patients = last_patients
            if not patients and kind == "pp" and seg >= 1 and low[bounds[seg] + 1:bounds[seg] + 2] in _DASHES and \
                    not low[bounds[seg] + 2:cstart].strip():
                # "Commanders such as X \u2014 wounded in a Russian airstrike in 2023 \u2014 moved freely"
                patients = _before_aside(low, spans, bounds[seg - 1], bounds[seg])
            if not patients and _HEAD_BEFORE_WHO.search(low, cend, limit) and \
                    (low.startswith("who", limit) or low.startswith(",", limit)) and \
                    (nxt := _names_from(spans, limit, 200)) and \
                    _NAME_AFTER_OBJECT.search(low, max(limit, spans[nxt[0]][0] - 40), spans[nxt[0]][0]) and \
                    not any(limit < c[0] < spans[nxt[0]][0] for c in cues[k + 1:]):
                # "shot down last Thursday, in the forest, one of the chiefs of the insurgents who
                # have terrorised Cabo Delgado since 2017, X, vulgo "Y"": the object's name after its clause
                patients = nxt[:1]
            if not patients and kind == "pp" and low.startswith(",", cend) and \
                    (aside := _OBJECT_AFTER_ASIDES.match(low, cend)) is not None and \
                    (nxt := _names_from(spans, aside.end(), 3)) and \
                    not any(cend < c[0] < spans[nxt[0]][0] for c in cues[k + 1:]):
                # "BIR neutralised, in the night, in the surroundings of Fotokol, a commander of the
                # faction ..., known under the name of X": the object after the asides, then its name
                patients = first_coordination(sent, spans, nxt)
            if not patients and _COUNTED_OBJECT.match(low, cend) and (among := _AMONG_AFTER.match(low, cend)):
                # "arrested 12 of the wanted persons, among them X": the names after "among them"
                patients = first_coordination(sent, spans, _names_from(spans, among.end(), 40))
            if not patients and low.endswith(("alive but ", "alive, but "), 0, cstart) and \
                    (prior := [i for i, (s, e, poss) in enumerate(spans) if e <= cstart and not poss]) and \
                    not low[spans[prior[-1]][1]:cstart - 10].strip(" ,\"'\u201d\u2019"):
                patients = prior[-1:]  # "found another militant, X, alive but wounded"
            if not patients and (red := _REDUCED_L.search(low, max(seg_start, cstart - 30), cstart)) and \
                    not _COUNTED_OBJECT.match(low, cend) and not (
                        # ("The FDS, supported by the Rwandan contingent, killed last Sunday ... one of
                        # the ringleaders": an active verb after an aside, with its object to come)
                        red.group(0)[:1] == "," and before and not _REDUCED_AFTER.match(low, cend)
                        and low[spans[before[-1]][1]:red.start()].strip(" '\"\u2019\u201d)")
                        # (but "X, a lieutenant of Y, seriously wounded, managed to flee": an aside)
                        and not (low.startswith(",", cend)
                                 and _APPOS_ASIDE.fullmatch(low, spans[before[-1]][1], red.start()))):
                # ("an Uzbek gunman, X, killed 39 people": X acted)
                patients = before
                if len(before) > 1 and red.group(0)[:1] != "," and \
                        _APPOS_HEAD.match(low, spans[before[-1]][1], red.start() + 1):
                    # "X worked with Y, an ISIS commander killed in a strike": Y's appositive
                    patients = before[-1:]
                elif len(before) > 1 and red.group(0)[:1] == "," and spans[before[-1]][1] >= red.start() - 1:
                    # "whose chief is X, lost its founder Y, killed by French forces": the name the
                    # reduced clause follows (with the names joined to it)
                    patients = [i for i in _with_coordinated(low, spans, before[-1]) if i in before]
                if not patients and (among := _AMONG_AFTER.match(low, cend)) is not None:
                    # "three others captured, among whom one X": the names after "among whom"
                    after = _names_from(spans, among.end(), 40)
                    patients = first_coordination(sent, spans, after)
            if not patients and kind == "pp" and before and \
                    not low[spans[before[-1]][1]:cstart].strip(" '\"\u2019\u201d") and _REDUCED_AFTER.match(low, cend):
                patients = before[-1:]  # headline style: "Senior ISIS official X killed in drone strike"
            if not patients and (colon := _OBJECT_COLON.match(low, cend)) is not None and \
                    not _name_between(spans, cend, colon.end()):
                # "detained three ISIS suspects in Bosaso: X, Y and Z"
                after = _names_from(spans, colon.end(), 20)
                patients = first_coordination(sent, spans, after)
            if not patients and seg_start > 0 and low.startswith("whom", seg_start) and kind == "pp":
                # "X, the group's wali, whom Iraqi forces killed in 2021": the object is the antecedent
                patients = _antecedent(low, spans, bounds, seg)
            if not patients and seg >= 2 and kind == "pp" and low.startswith(("said", "says"), seg_start) and \
                    low.startswith("whom", bounds[seg - 1]) and not _name_between(spans, bounds[seg - 1], cstart):
                # "X, whom the U.S. said it killed near Mosul": "said" split the relative clause
                patients = _antecedent(low, spans, bounds, seg - 1)
            if not patients and (obj := _OBJECT_PRONOUN.match(low, cend)):
                loose.append(Loose(outcome, cstart, "they" if obj.group(1) == "them" else "he"))
                continue  # "clashed with X ... and killed him"
            if patients and low.startswith("who", limit):
                patients = patients + _after_relative(low, spans, patients[-1], cues, k)
        if not patients and kind in ("intr", "pp") and spans and spans[0][0] < 20 and not spans[0][2] and \
                low[:cstart].rstrip().endswith(",") and _LEAD_RELATIVE.match(low, spans[0][1]) and \
                not _name_between(spans, spans[0][1] + 1, cstart) and _VERB_AFTER_COMMA.match(low, cstart):
            # "Sheikh X, who took over after his predecessor was killed by a drone, died in an
            # operation": the relative clause's head is the subject of the verb after it
            patients = [0]
        if not patients and kind == "pp" and "described" in low[max(0, cstart - 90):cstart] and \
                (desc := _DESCRIBED_AS.search(low, max(0, cstart - 90), cstart)) is not None:
            # "X, better known as Y, was described by the Pentagon as "likely" killed": the subject
            prior = [i for i, (s, e, poss) in enumerate(spans) if e <= desc.start() and not poss]
            gap = low[spans[prior[-1]][1]:desc.start()].rstrip(" ,") if prior else ""
            if prior and (not gap.strip(" ,'\"\u2019\u201d") or _APPOS_ASIDE.fullmatch(gap)):
                patients = prior[-1:]
        if not patients and kind in ("intr", "pp") and seg > 1 and low[seg_start + 1:seg_start + 2] in _DASHES and \
                (kind == "intr" or _PASSIVE_AUX_L.search(low, seg_start, cstart) is not None):
            # "a third man \u2014 X, described as the cell's explosives specialist \u2014 was wounded":
            # the name inside the dashes is the subject's
            patients = _inside_dashes(low, spans, bounds, seg, cstart)
        if not patients and kind in ("intr", "pp") and seg > 0 and low.startswith(_SUBORDINATE_STARTS, seg_start) \
                and (_BEING_BEFORE.fullmatch(low, seg_start, cstart) if kind == "pp" else
                     _COMMA_AND.search(low, seg_start, cstart) and not _name_between(spans, seg_start, cstart)) \
                and len(prior := _names_in(spans, bounds[seg - 1], seg_start)) == 1:
            # the main clause's subject: "X managed to flee toward the Badia after being wounded in the
            # hand"; "X detonated a grenade on himself after refusing to surrender, and died instantly"
            # (the subordinate clause closed, and the main clause goes on)
            patients = prior
        if not patients and kind in ("intr", "pp") and last_patients and last_seg == seg and \
                low[:cues[k - 1][0]].rstrip().endswith(",") and \
                _ASIDE_THEN_AUX.fullmatch(low, cues[k - 1][1], cstart) is not None:
            # "X, wounded in a strike last month, was arrested on Sunday": the participle was an aside
            patients = last_patients
        if patients and kind in ("intr", "pp"):
            # "X died along with Y", "X was killed in the strike, as was his deputy, Y"
            patients = patients + [i for i in _companions(low, sent, spans, cend) if i not in patients]
        if patients:
            hits.extend(Hit(i, outcome, cstart) for i in patients)
            last_seg, last_patients = seg, patients
        else:
            loose.append(Loose(outcome, cstart, ""))
    return hits, loose


_NEG_OTHER_VERB = re.compile(r"(?:not|never)\s+(?:name|identify|reveal|disclose|release|specify|give|say how many "
                             r"of|say which of)\s+(?:the\s+names?\s+of\s+)?(?:those|the|any of the)\s+$")
#: An object described before its name: "a suspected recruiter", "two senior commanders".
_DESCRIBED_OBJECT = re.compile(r"\s+(?:(?:on|last)\s+\w+\s+|yesterday\s+|today\s+)?"  # ("arrested on Tuesday the ...")
                               # ('an Islamic State "administrative official"': a title in quotes)
                               # ("killed ISWAP's logistics chief for the southern shore, X")
                               r"(?:an?|the|two|three|its|their|one|[\w-]+['\u2019]s)\s+[\w\s'\"\u201c\u201d-]{3,50}?\s*$")
#: "... for the group, X", "a supplier to the terrorists, X": whom the object serves, then its name.
_FOR_GROUP_APPOS = re.compile(r"(?:for|to)\s+(?:the|its|an?)\s+[\w\s'-]{2,40}?,\s*")
_AND_AFTER_RELATIVE = re.compile(r",\s+and\s+(?:(?:an?|the|another|his|its)\s+)?[^,.;]{0,60}$")
#: ", ISIS member " between two names: the second in apposition (no "and", no "or").
_APPOS_TO_NAME = re.compile(r"\s*,\s*(?!and\b|or\b)(?:[\w'-]+\s+){0,3}")
#: A name as the object of a preposition: "a relative of ISIS emir X", "a firefight with Federal Police".
_AFTER_PREPOSITION = re.compile(r"\b(?:of|for|with|to|from|against|by|in|at|near)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$")
#: An appositive after a name, up to the comma of a participial aside: ', known as "Boss", a lieutenant of Y'.
_APPOS_ASIDE = re.compile(r"[\"'\u201d\u2019]?(?:,\s*(?:known as|alias|dubbed|nicknamed)\s*"
                          r"[\"'\u201c\u2018][^\"'\u201d\u2019,]{1,30}"
                          r"[\"'\u201d\u2019])?,\s*(?:an?|the)\s+[^,;]{1,60}?[\"'\u201d\u2019)]?\s*")
_EARLIER_ESCAPE = re.compile(r"\b(?:earlier|before|previously|ago)\b")
_OWNER_ROLES = ("lieutenant", "deput", "aide", "escort", "bodyguard", "follower", "men ", "associate", "loyalist")
_OWNER_OF_ROLE = re.compile(r"\b(?:lieutenants?|deput(?:y|ies)|aides?|escorts?|bodyguards?|followers?|men|"
                            r"associates?|loyalists?)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$")
#: What may stand between the last word of an appositive and its verb: '", was', ', "was'.
_APPOS_CLOSE = re.compile(r"[\s,\"'\u201c\u201d\u2018\u2019]*(?:(?:was|were|had been|has been|is|are)\s+)?(?:\w+ly\s+)?"
                          r"[\"'\u201c]?")
#: An appositive that ends in "of" between two names: "X, a relative of Y", "X, the brother-in-law of Y".
_APPOS_OF_GAP = re.compile(r"[\"'\u201d\u2019]?,\s+(?:(?:presented|described|identified)\s+as\s+|said\s+to\s+be\s+)?"
                           r"(?:a|an|the|his|her)\s+[^,;:()]{0,40}?\bof\s+(?:the\s+)?[\"'\u201c\u2018]?")
_HEAD_BEFORE_WHO = re.compile(r"\b(?:one of the|an?|the)\s+[^,;.]{2,60}?\s*$")
_OBJECT_AFTER_ASIDES = re.compile(r",\s*(?:[^,;.]{1,60},\s*){0,4}?(?:one of the|an?)\s+[^;.]{2,160}?,\s*"
                                  r"(?:(?:identified|named|known|called)(?:\s+\w+){0,4}?\s+(?:as|of)\s*)?"
                                  r"(?:the\s+named\s+|a\s+certain\s+)?")  # (French "le nomm\u00e9", "un certain")
#: How the name of a described object is given after its clause: ", X", ", identified as X",
#: ", known under the name of X".
_NAME_AFTER_OBJECT = re.compile(r",\s*(?:(?:identified|named|known|called)(?:\s+\w+){0,4}?\s+(?:as|of)\s*)?$")
_LEAD_RELATIVE = re.compile(r",\s*(?:[^,;]{1,40},\s*)?(?:who|whom)\b")  # (an appositive may come first)
#: A finite verb right at the cue (not a participle that opens another aside).
_VERB_AFTER_COMMA = re.compile(r"(?:died|surrendered|succumbed|perished)\b")
#: "was described by the Pentagon earlier this month as "likely"": a claim's passive before its cue.
_DESCRIBED_AS = re.compile(r"\b(?:was|were|has been|had been)\s+(?:\w+\s+)?described\b[^.;]{0,60}?\bas\s+"
                           r"[\"'\u201c\u2018]?(?:likely|probably|possibly)?[\"'\u201d\u2019]?\s*$")
_WHICH_THEN_AND = re.compile(r"which\b[^;:]{0,120}?,\s*and\s+(?:\w+ly\s+)?$")
#: The subject right before a present-tense cue: a force, or a strike ("Iraqi forces kill", "strike kills").
_PRESENT_AGENT = re.compile(r"\b(?:forces|troops|soldiers|army|police|commandos|units?|jets|drones?|"
                            # ("Border guards detain X", "Gendarmes arrest X")
                            r"guards|gendarmes|gendarmerie|marines|peshmerga|pmf|"
                            # ("Military Security detains X", "State Security arrests X")
                            r"(?:military|state|national|general|political)\s+security|"
                            r"services?|agency|directorate|intelligence|nds|gdi|asayish|"
                            r"dss|fds|fama|fardc|updf|mnjtf|pisa|nisa|niss|"
                            r"(?:air|drone|missile)\s*strikes?|strikes?|raids?|operations?|"
                            r"sdf|cts|ctd|pmpf|iswap|fighters|militants|authorities|agents|officers|"
                            r"(?:[\w'-]+\s+)?(?:coalition|military|army|navy|military's|army's))"
                            # "backed by helicopters,", "on a car near Raqqa": what stands between
                            r"(?:\s*,[^,;]{0,50},|"
                            r"\s+(?:on|in|near|against|at|by|backed by|supported by)\s+[^,;.]{0,50}?|"
                            # ("Afghanistan's National Directorate of Security (NDS) arrests X")
                            r"\s+of\s+[^,;.()]{2,40}?|"
                            # "U.S. special forces raid the al-Omar oil field ... and kill X" (a timeline's present)
                            r"\s+(?:raid|storm|strike|hit|attack|surround|ambush)s?\s+[^,;.]{2,70}?\s+and|"
                            # "The Department of State Services (DSS) arrests X": its acronym in brackets
                            r"\s*\([^()]{1,12}\)){0,2}"  # ("a strike on a motorcycle near X, then under ..., wounds")
                            r"\s+(?:\w+ly\s+|also\s+)?$")
_INVERTED_PATIENT = re.compile(r"\s+(?:(?:two|three|four|five|six|several|\d+)\s+)[^,.;:]{0,60}?,\s*")
_AND_VERB = re.compile(r",?\s+and\s+(?:later\s+|then\s+)?$")
_BOTH_SUBJECT = re.compile(r"(?:that|and)\s+both\s+(?:of\s+them\s+)?(?:were|had\s+been|have\s+been)\b")
_CORRECTION = re.compile(r"\ban earlier version of this (?:article|story|report|dispatch)\b")
#: "made it possible to neutralise X", "permitted to neutralise X": done, not intended.
_REALIZED_TO = re.compile(r"\b(?:able|managed|succeeded|possible|permitted|allowed)\s+to\b")
_LATER_ON = re.compile(r"\b(?:later|subsequently|eventually|afterwards|the next day|the following day)\b")
_ONLY_TO_BE = re.compile(r"\bonly to (?:be|have been)\s+(?:\w+ly\s+)?$")
_GERUND_CLAUSE = re.compile(r"(?:before|after|until|upon|without)\s+(?:being|having been)\s+")
_SAME_SUBJECT = re.compile(r"\b(?:during|resisting|resisted|upon|at the time of)\s+$")


_DASHES = ("\u2013", "\u2014")
#: "said" right before the cue, with no subject of its own: "who the military said was killed".
_SAID_CUE = re.compile(r"(?:said|says)\s+(?:that\s+)?(?:(?:was|were|had been|has been|is)\s+)?")
_LED_TO = re.compile(r"\b(?:which|that)\s+led\s+to\s+$|,\s+(?:leading\s+to|resulting\s+in|ending\s+in)\s+$")
_OF_BEFORE = re.compile(r"\bof\s+$")
_IT_PASSIVE = re.compile(r"\bit\s+(?:was|were|has been|had been|is)\s+(?:also\s+)?$")
_DIRECT_OBJECT = re.compile(r"\s+(?:one\s+|a certain\s+|the\s+(?:terrorist|militant|jihadist|insurgent)\s+)?")
_AND_AFTER_RELATIVE_GAP = re.compile(r"\s*,\s*(?:who|whom)\b[^;.]{0,160}?,\s*(?:and|together with|along with)\s+"
                                     r"(?:(?:his|her|their)\s+(?:assistant|aide|deputy|driver|companion|bodyguard)\s+)?")
_COUNTED_SUBJECT = re.compile(r"\b(?:two|three|four|five|six|several|\d+)\s+(?:[\w-]+\s+){0,2}?(?:men|suspects|"
                              r"militants|members|fighters|people|others|commanders|leaders)\b")
_OWN_OUTCOME_WORD = re.compile(r"\b(?:dead|killed|died|death|arrested|captured|detained)\b")
_COUNTED_OBJECT = re.compile(r"\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|"
                             r"several|many|at least|more than)\b")
_SAID_TAG_RX = re.compile(_SAID_TAG)
_SAID_AFTER = re.compile(r"\s+(?:(?:later|also|first)\s+)?(?:said|says|told|added|reported)\s*,")


def _before_aside(low: str, spans: list[tuple[int, int, bool]], lo: int, dash: int) -> list[int]:
    """The name (with those coordinated to it) that ends right before the dash at ``dash``."""
    inside = [i for i, (s, e, poss) in enumerate(spans) if lo <= s and e <= dash and not poss]
    if not inside or low[spans[inside[-1]][1]:dash].strip(" ,"):
        return []
    return _with_coordinated(low, spans, inside[-1])


def _his_refers_back(low: str, spans: list[tuple[int, int, bool]], cstart: int) -> bool:
    """Whether "his" in "his death" may name the man of the sentences before (no name
    precedes it in the sentence: "X took over after his death" is someone else's death),
    or the subject of its own clause ("X was wounded during his arrest")."""
    if not any(s < cstart and not poss for s, _, poss in spans):
        return True
    return bool(_SAME_SUBJECT.search(low, max(0, cstart - 25), cstart))


def _denials(low: str) -> list[tuple[int, bool]]:
    """Denial words in ``low`` as (offset, is an escape word). An escape with another
    subject ("his associates escaped", "others fled") says nothing of the named man."""
    if ("settled" in low or "dna" in low or "confirmed it" in low) and _SETTLED.search(low):
        return []  # "His family disputed the identification for weeks before a DNA test settled it"
    out = []
    for m in _DENIAL_L.finditer(low):
        esc = m.group(0) in _ESCAPES or m.group(0).endswith(_SEEN_ALIVE)
        if esc and _OTHERS_BEFORE.search(low, max(0, m.start() - 80), m.start()):
            continue
        if esc and _BODY_SURVIVED.search(low, max(0, m.start() - 40), m.start()):
            continue  # "The group survived the 2016 drone strike that killed its founding emir, X"
        if esc and _NOR_HAS.search(low, max(0, m.start() - 20), m.start()):
            continue  # "ISWAP has never confirmed it, but nor has he reappeared": no sign of life
        if m.group(0) in ("unharmed", "unscathed") and _OTHERS_UNHARMED.search(low, max(0, m.start() - 90), m.start()):
            continue  # "X was killed, while his wife and children were taken out of the house unharmed"
        if esc and _ESCAPED_WHAT.match(low, m.end()):
            continue  # "had escaped capture in 2020": an earlier escape, no word on his death
        if m.group(0) == "at large" and _RANKED_AT_LARGE.search(low, max(0, m.start() - 60), m.start()):
            continue  # "the most senior Islamic State operative still at large": who he was, not an escape
        if m.group(0) == "alive" and _CAPTURE_BEFORE.search(low, max(0, m.start() - 70), m.start()):
            continue  # "troops captured X alive": how he was taken
        if not esc and _REQUEST_BEFORE.search(low, max(0, m.start() - 50), m.start()):
            continue  # "a request Afghan officials rejected": no claim denied
        if not esc and m.group(0)[:3] in ("den", "rej", "ret") and _CHARGE_AFTER.match(low, m.end()):
            continue  # "he denied taking part in executions", "retracted his confession": no outcome denied
        if m.group(0).endswith("confirmed") and _GROUP_SUBJECT.search(low, max(0, m.start() - 40), m.start()):
            continue  # "ISWAP has not confirmed this": the group's silence on its loss denies nothing
        out.append((m.start(), esc))
    return out


_NOR_HAS = re.compile(r"\b(?:nor|not|never)\s+(?:has|had|have)\s+(?:he|she|they)\s+(?:\w+\s+)?$|"
                     r"\b(?:has|had|have)\s+(?:not|never)\s+(?:\w+\s+)?$")
_RANKED_AT_LARGE = re.compile(r"\b(?:most|last|highest|top|only|senior)\b[^.;,]{0,50}?\bstill\s+$")
_GROUP_SUBJECT = re.compile(r"(?:^|[.;,]\s*|\b(?:but|and|although|though|while|yet)\s+)"
                            r"(?:the\s+)?(?:iswap|iskp|isis|isil|is|daesh|"
                            r"islamic state|group|militants|jihadists|insurgents)(?:\s+itself)?\s+"
                            r"(?:has|have|had|did|does)?\s*(?:(?:not|never)\s+)?(?:yet\s+)?$")
_CAPTURE_BEFORE = re.compile(r"\b(?:captured|capture|caught|catch|took|take|taken|arrested|seized|apprehended|"
                             r"detained|nabbed)\b[^.;:]{0,60}$")
_ESCAPED_WHAT = re.compile(r"\s+(?:an?\s+)?(?:capture|arrest|detention)\b|"
                           # "an Iraqi who escaped from al-Sinaa prison": a jailbreak before, no word on the arrest
                           r"\s+from\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:prison|jail|detention|camp)\b")
_REQUEST_BEFORE = re.compile(r"\b(?:requests?|demands?|offers?|appeals?|proposals?|pleas?)\b[^.;,]{0,40}$|"
                             # "his confession was extracted under duress, a claim the court rejected"
                             r"\bclaims?\s+(?:that\s+|which\s+)?the\s+(?:court|judges?|panel|prosecution|prosecutors?|"
                             r"tribunal)\s+$")
#: (not "ISKP never confirmed it")
_SETTLED = re.compile(r"\b(?<!never )(?<!not )(?<!n't )(?:settled|confirmed|established)\s+"
                      r"(?:it|the\s+(?:identification|identity|matter))\b|"
                      r"\bdna\b[^.;]{0,40}\b(?:confirmed|settled|matched)\b")
_OTHERS_UNHARMED = re.compile(r"\b(?:wife|wives|family|children|women|civilians|hostages|others|residents|soldiers|"
                              r"troops)\b[^,;.]{0,60}$")
_OTHERS_BEFORE = re.compile(r"\b(?:others|the rest|associates|companions|accomplices|comrades|men|fighters?|"
                            r"militants?|members|guards|bodyguards?|several|some|many|few|remaining|two|three|four|"
                            r"five|dozens|wife|family|children|another \w+|deputy|brother|son|driver|"
                            r"second-in-command|aides?|lieutenants?|couriers?|"
                            # "while a third man in the vehicle survived"
                            r"(?:a|the)\s+(?:second|third|fourth|fifth|other)\s+(?:man|person|passenger|occupant|suspect))"
                            # "his deputy, Ali Kaka, escaped": an appositive name may stand between
                            r"(?:,[^,;.]{1,40},)?\s+(?:\w+\s+){0,4}$")


#: A group, not a man, as the subject of a survival ("and it has survived the Taliban too").
_BODY_SURVIVED = re.compile(r"\b(?:it|(?:the\s+)?(?:group|organi[sz]ation|network|movement|insurgency))\s+"
                            r"(?:has\s+|had\s+|have\s+|also\s+|still\s+)*$")
_CONDITION_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:condition|health|state|injur(?:y|ies)|wounds?)\s+"
                               r"(?:\w+\s+){0,2}$")
_HAD_BEFORE = re.compile(r"\bhad\s+(?:\w+ly\s+|also\s+|once\s+)?$")
#: What an escape in the pluperfect escaped: an earlier attack ("survived a drone strike in 2017").
_EARLIER_ATTACK = re.compile(r"\w+\s+(?:(?:an?|two|three|several|an earlier|a previous|a prior)\s+)"
                             r"[^.;,]{0,40}?\b(?:in (?:19|20)\d\d|earlier|before|previously)\b")
#: A party's case in court: "The defence had argued that no evidence of his death was ever
#: presented" contests the court's finding, it does not undo it.
_PARTY_ARGUED = re.compile(r"\b(?:defen[cs]e|lawyers?|attorneys?|counsel)\b[^.;]{0,40}?\b(?:argued|argues|contended|"
                           r"contends|insisted|insists|maintained|maintains)\b")


def party_argued(low: str, at: int) -> bool:
    """Whether the denial at ``at`` of lower-cased ``low`` is what a defendant's side argued."""
    return ("argue" in low or "conten" in low or "insist" in low or "maintain" in low) and \
        _PARTY_ARGUED.search(low, 0, at) is not None


def denials(low: str) -> list[tuple[int, bool]]:
    """The denials of an outcome in lower-cased ``low`` (see :func:`_denials`)."""
    return _denials(low) if _may_deny(low) else []


def _companions(low: str, sent: str, spans: list[tuple[int, int, bool]], cend: int) -> list[int]:
    """The names after "along with", "together with", "as was" that share the cue's outcome."""
    comp = _COMPANION.search(low, cend, min(len(low), cend + 70))
    if not comp or _CLAUSE_L.search(low, cend, comp.start()):
        return []
    after = [i for i, (s, e, _) in enumerate(spans) if comp.end() <= s < comp.end() + 60]
    if after and _CLAUSE_L.search(low, comp.end(), spans[after[0]][0]):
        return []  # "alongside four others, while his deputy, Y, escaped": Y is in another clause
    # ("along with two men the SDF described as X's bodyguards": X owns them, he is not with them)
    return [i for i in first_coordination(sent, spans, after) if not spans[i][2]]


def _segment(bounds: list[int], pos: int) -> int:
    return max(0, min(bisect_right(bounds, pos) - 1, len(bounds) - 2))


#: What a defendant denies: a deed or a charge, not a death or an arrest.
_CHARGE_AFTER = re.compile(r"\s+(?:taking part|any (?:role|involvement|part|wrongdoing)|involvement|participat\w*|"
                           # "HTS denied that its fighters were involved": who did it, not whether it happened
                           r"that (?:its|his|her|their|the group's) (?:[\w-]+ ){0,2}?(?:fighters|forces|men|members|"
                           r"troops|units) (?:were|was|had been) (?:involved|responsible)|responsibility|"
                           r"(?:the |all )?charges?|(?:the )?accusations?|wrongdoing|membership|carrying out|"
                           # ("he denied having commanded anyone", "denies being a member")
                           r"having (?:taken|carried|planned|joined|fought|commanded|led|ordered|recruited|"
                           r"financed)|joining|planning|ordering|commanding|recruiting|financing|"
                           r"being (?:an? |the )?(?:[\w-]+ )?(?:member|emir|leader|commander|fighter|recruiter)|"
                           # "In court he retracted parts of his confession": a statement, not the arrest
                           r"(?:parts? of\s+)?(?:his|her|their|the)\s+(?:confessions?|statements?|testimony))\b")
#: (an escape undoes a death, not a wound; "resurfaced in a video" is one)
_ESCAPES = frozenset({"escaped", "survived", "survives", "alive", "at large", "resurfaced", "reappeared", "resurface",
                      "reappear", "still being pursued", "still being sought", "still being hunted"})
#: How a video that shows the man ends: he was alive when it was made.
_SEEN_ALIVE = ("addressing", "preaching to", "speaking to", "giving a speech")


#: A claim the story has moved past: "The military had said earlier that he was killed".
_SUPERSEDED = re.compile(r"(?:had\s+(?:(earlier|initially|previously|first)\s+)?|initially\s+)"
                         r"(?P<verb>said|announced|claimed|reported)\b[^.;]*$")
_MONTHS_L = "january|february|march|april|may|june|july|august|september|october|november|december"


def _superseded(low: str, cstart: int) -> bool:
    """Whether the cue at ``cstart`` sits in a claim reported with "had said" or "initially
    reported" (tried from each "had " of the 150 characters before it, the last first)."""
    ini = low.rfind("initially ", max(0, cstart - 150), cstart)
    if ini >= 0 and _SUPERSEDED.match(low, ini, cstart):
        return True
    had = low.rfind("had ", max(0, cstart - 150), cstart)
    while had >= 0:
        if (had == 0 or not low[had - 1].isalnum()) and (m := _SUPERSEDED.match(low, had, cstart)) is not None and \
                (m.group(1) or not _DATED_CLAIM.match(low, m.end("verb"))):
            # (a claim dated to a year is background: "the armed forces had announced in August
            # 2016 the killing of the leader of Wilayat Sinai, X")
            return True
        had = low.rfind("had ", max(0, cstart - 150), had)
    return False


_DATED_CLAIM = re.compile(r"\s+in\s+(?:(?:early|mid|late)[- ])?(?:(?:" + _MONTHS_L + r")\s+)?(?:19|20)\d\d\b")


def _invalid(low: str, bounds: list[int], seg: int, cstart: int, denials: list[tuple[int, bool]],
             outcome: str = KILLED) -> bool:
    seg_start = bounds[seg]
    # (a _NEGATED match is at most 36 characters long: searching further back finds nothing more)
    neg = _NEGATED_L.search(low, max(seg_start, cstart - 40), cstart)
    if neg and low.startswith("would have been", neg.start()) and " if " not in low and \
            not low.startswith("would have been", neg.start() + 16):
        neg = None  # "would have been wounded, according to the same source": translated French hearsay
    if neg and not _NEG_OTHER_VERB.match(low, neg.start(), cstart):
        return True  # (not "did not name those killed": the naming is negated, not the killing)
    if (intent := _INTENT_L.search(low, max(seg_start, cstart - 40), cstart)) is not None and not (
            intent.group().strip() == "to" and _REALIZED_TO.search(low, seg_start, cstart)):
        return True  # (not "forces were able to kill X and to arrest Y": done, not meant)
    if _AGENCY.search(low, max(seg_start, cstart - 50), cstart):
        return True
    if not denials:
        return False
    lo = bounds[max(0, seg - 1)]
    if seg >= 2 and bounds[seg] - lo <= 6:
        lo = bounds[seg - 2]  # "dismissed posts that claimed X was among the dead": "that" alone is no clause
    hi = bounds[min(len(bounds) - 1, seg + 2)]
    if seg + 3 < len(bounds) and bounds[seg + 2] - bounds[seg + 1] <= 15:
        hi = bounds[seg + 3]  # "reported dead several times since 2023, but none ... confirmed": "2023," is no clause
    later: bool | None = None  # whether a gerund clause puts the outcome after an escape (asked once)
    for d, esc in denials:
        if not lo <= d < hi or esc and outcome == WOUNDED:
            continue  # "wounded ... but escaped": the escape undoes a capture or a death, not a wound
        if esc and d > cstart and low.endswith("had ", 0, d) and _EARLIER_ESCAPE.search(low, d):
            continue  # "killed X ...; he had escaped an ambush, wounded, only weeks earlier": before it
        if esc and outcome == CAPTURED and d >= cstart + 30:
            # "arrested in 2019, but he escaped in 2021": the capture happened all the same (an
            # escape right after the cue, "was nearly captured but escaped", still undoes it)
            continue
        if d < cstart and _PLUPERFECT.search(low, max(0, d - 12), d):
            continue  # "X, who had survived a strike in 2021, was killed": an earlier escape undoes nothing later
        if esc and d < cstart and ("," in low[d:cstart] or ";" in low[d:cstart]):
            # "X, who survived an airstrike in 2021, was killed", "he survived it with wounds; he was
            # killed in July": an escape behind a comma or a semicolon is past
            continue
        if esc and d < cstart and (_ONLY_TO_BE.search(low, max(0, cstart - 30), cstart)
                                   or _LATER_ON.search(low, d, min(len(low), cstart + 40))):
            # "escaped, only to be arrested", "escaped on foot; he was arrested hours later":
            # the outcome came after the escape
            continue
        if esc and d < seg_start:
            if later is None:
                later = _GERUND_CLAUSE.match(low, seg_start) is not None
            if later:
                continue  # "... and escaped, before being arrested on Monday": the escape came first
        return True
    return False


#: An appositive noun phrase right after a name, up to a reduced relative's head.
_APPOS_HEAD = re.compile(r",\s*(?:an?|the|another)\s+[^,;.]{0,60}$")
_HE_SINCE = re.compile(r"\b(?:he|she|his|her|him)\b")  # ("resisted an attempt to detain him and was killed")
_PLUPERFECT = re.compile(r"\b(?:who|which) had $")
#: A relative after a preposition refers to a thing or an event ("in which", "during which").
_PREP_WHICH = re.compile(r"\b(?:in|during|at|after|from|by|of|on|through)\s+w$")


def _bare_relative(low: str, bounds: list[int], seg: int) -> int:
    """The segment before ``seg`` when it holds only a relative pronoun ("who" cut off by "told
    the court"), else -1."""
    if seg >= 1 and bounds[seg] - bounds[seg - 1] <= 6 and low.startswith(("who ", "which "), bounds[seg - 1]):
        return seg - 1
    return -1


def _antecedent(sent: str, spans: list[tuple[int, int, bool]], bounds: list[int], seg: int) -> list[int]:
    """For a clause opening with who/which/that, the last name of the clause before it,
    with the names coordinated to it ("leaders X and Y, who were killed")."""
    if seg == 0 or not _RELATIVE_L.match(sent, bounds[seg]):
        return []
    if _PREP_WHICH.search(sent, max(0, bounds[seg] - 12), bounds[seg] + 1):
        return []  # "the attack on a school in which 42 people were killed": the event, not a man
    lo, hi = bounds[seg - 1], bounds[seg]
    inside = [i for i, (s, e, poss) in enumerate(spans) if lo <= s and e <= hi and not poss]
    if not inside and seg >= 2 and _RELATIVE_L.match(sent, lo) and sent[:hi].rstrip().endswith(("and", ", and")):
        # "X, a Franco-Algerian who collected money ... and who was arrested": the first relative's head
        return _antecedent(sent, spans, bounds, seg - 1)
    if not inside:
        return []
    if sent.startswith("which", hi) and _OF_BEFORE_NAME.search(sent, max(lo, spans[inside[-1]][0] - 40),
                                                               spans[inside[-1]][0]):
        return []  # "the faction of X, which has pledged allegiance to IS, was killed": the faction's "which"
    return [i for i in _with_coordinated(sent, spans, inside[-1]) if i in inside]


_OF_BEFORE_NAME = re.compile(r"\bof\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$")


#: "X and Y", "X, Y and Z", and "X and his aide, Y" (Y in apposition to the second conjunct).
_COORD_GAP = re.compile(r"\s*(?:,\s*)?(?:and|,)\s*|\s*,\s*|"
                        # ("X and his aide, Y", "X and a Moroccan, Y": Y in apposition to the second conjunct)
                        r"\s*,?\s*and\s+(?:his|her|their|its|an?)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+,\s*")
#: "X, who led cells ..., was killed": the comma that closes an appositive before the verb.
_APPOS_END = re.compile(r",\s*(?:(?:was|were|had|has|have|is|are|been|being|later|also|reportedly|then|"
                        r"subsequently|eventually|allegedly|himself|herself)\s+){0,3}"
                        r"(?:(?:said|reported|believed|thought)\s+to\s+have\s+)?$")  # ("was said to have sustained")
_REDUCED_AFTER = re.compile(r"\s+(?:in|by|near|during|on|at|outside|as|while|after)\b")
_OBJECT_PRONOUN = re.compile(r"\s+(him|her|them)\b")
_WANTED_FOR = re.compile(r"\b(?:(?:warrants?|reward|bounty|calls?|called|calling|demand(?:s|ed)?|order(?:s|ed)?)\s+"
                         r"(?:[\w-]+\s+){0,4}?for|allowing|enabling|leading to|helping|facilitating)\s+(?:the\s+)?$")
_SPLIT_PRONOUN = re.compile(r"\w+\s+(him|her|them)\s+(?:into|dead)\b")  # "took him into custody", "shot him dead"
_ACTIVE_OBJECT = re.compile(r"\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+|an?)\s+[\"'\u201c\w]")
_OBJECT_COLON = re.compile(r"[^.;:,]{3,80}?:\s*")


def _inside_dashes(low: str, spans: list[tuple[int, int, bool]], bounds: list[int], seg: int, cstart: int) -> list[int]:
    """The first name of the dash-delimited aside that ends where segment ``seg`` starts, when
    no name stands between the closing dash and the cue at ``cstart``."""
    opening = bounds[seg - 1]
    if low[opening + 1:opening + 2] not in _DASHES or _name_between(spans, bounds[seg], cstart):
        return []
    return _names_in(spans, opening, bounds[seg])[:1]


def _names_in(spans: list[tuple[int, int, bool]], lo: int, hi: int) -> list[int]:
    """The names (not possessives) that start in [lo, hi)."""
    return [i for i, (s, e, poss) in enumerate(spans) if lo <= s < hi and not poss]


def _name_between(spans: list[tuple[int, int, bool]], lo: int, hi: int) -> bool:
    """Whether a name starts in [lo, hi)."""
    return any(lo <= s < hi for s, _, _ in spans)


def _appositive_subject(low: str, spans: list[tuple[int, int, bool]], cues: list[tuple[int, int, str, str]],
                        k: int, deeds: set[int] | frozenset[int] = frozenset()) -> list[int]:
    """The subject of "X, <appositive or relative clause>, was killed": the nearest name
    before the cue that a comma follows, with no other cue in between (clause splitting
    cuts the appositive off its verb when it holds "who", "said" or "that")."""
    cstart = cues[k][0]
    if not _APPOS_END.search(low, max(0, cstart - 60), cstart):
        return []
    # (a pronoun's noun inside the appositive blocks nothing: "X, who led the group until his
    # arrest in 2020, was killed")
    # (nor a deed it blames him for: "X, whose units were blamed for the killing of civilians, was killed")
    prev_end = max((c[1] for j, c in enumerate(cues[:k]) if c[2] != "his" and j not in deeds), default=0)
    for i in range(len(spans) - 1, -1, -1):
        s, e, poss = spans[i]
        if e > cstart:
            continue
        if s < prev_end or cstart - e > 160:
            return []
        if not poss and low.startswith(",", e):
            if low.startswith(", which", e) and _OF_BEFORE_NAME.search(low, max(0, s - 40), s):
                return []  # "the faction of X, which has pledged allegiance to IS, was killed": the faction
            return _with_coordinated(low, spans, i)
    return []


def _with_coordinated(low: str, spans: list[tuple[int, int, bool]], last: int) -> list[int]:
    """``last`` and the names joined to it before by "and" or commas ("X and Y, who ...").

    The join next to ``last`` must hold "and": "a courier who stayed with X, Y, was wounded"
    has Y in apposition to the courier, not in a list with X."""
    out = [last]
    for prev in range(last - 1, -1, -1):
        gap = _COORD_GAP.fullmatch(low, spans[prev][1], spans[out[0]][0])
        if not gap or (len(out) == 1 and "and" not in gap.group()):
            break
        out.insert(0, prev)
    return out


def _after_relative(low: str, spans: list[tuple[int, int, bool]], last: int,
                    cues: list[tuple[int, int, str, str]], k: int) -> list[int]:
    """"arrested X, who supplied weapons, and Y": the object coordinated after X's relative clause."""
    end = spans[last][1]
    nxt = next((i for i in range(last + 1, len(spans)) if spans[i][0] >= end), None)
    if nxt is None or spans[nxt][0] - end > 160:
        return []
    if any(end <= c[0] < spans[nxt][0] for c in cues[k + 1:]):
        return []
    return [nxt] if _AND_NEXT.search(low, end, spans[nxt][0]) else []


_AND_NEXT = re.compile(r",\s*and\s+(?:(?:an?|the|another|his|its)\s+[^,.;]{0,50}?(?:,\s*|\s+(?:identified|named|"
                       r"known)(?: only)? as\s*|\s+(?:named|called)\s+))?$")  # ("and a young man named Y")


_AGE = r"(?:aged\s+|of\s+)?\d{1,3}(?:\s+years(?:\s+old)?)?"
#: Between two names of a list: "X, a Moroccan trainer, and a Somali commander, Y", "X and a
#: courier identified only as Y".
_COORD_LIST = re.compile(r"\s*,?\s*(?:alias|a\.?k\.?a\.?|(?:also |better )?known(?: [\w'\u2019-]+){0,4}? as|nicknamed|"
                         r"also called|dit|dite|vulgo|"
                         r"dubbed)\s*[(\"'\u201c\u00ab]?\s*|"  # an alias of the same man ("nicknamed (Abu Turab)")
                         # "X and his elder brother Omar": a kinsman named right after his kin word
                         # ("together with his assistant Y": an aide named right after his title)
                         r"\s*,?\s*(?:and|together with|along with)\s+(?:his|her|their)\s+(?:[a-z-]+\s+)?"
                         r"(?:brother|sister|son|cousin|nephew|uncle|father|brother-in-law|relative|wife|assistant|aide|"
                         r"deputy|driver|companion|bodyguard)s?\s+|"
                         # (after an appositive only "and" goes on: "X, who told ..., Y" lists no one)
                         # ("X, the so-called wali of Y, and his deputy, in addition to the terrorist Z")
                         r"\s*[)\"'\u201d\u2019\u00bb]?(?:\s*,[^,.;]{0,120}(?:,[^,.;]{0,60})?,?\s*"
                         r"(?:and|as well as|in addition to)|"
                         r"\s*,?\s*(?:and|as well as|in addition to|,))\s*"
                         r"(?:(?:an?|the|another|his|its)\s+[^,.;]{0,50}?"
                         r"(?:,\s*|\s+(?:identified(?: only)? as|named|known(?: only)? as)\s*))?"
                         r"(?:a\s+certain\s+|one\s+)?"  # ("as well as his deputy, a certain Y")
                         # "and his aide, the terrorist X": a bare label before the name
                         # ("and the takfiri element Y": the label of Egyptian military statements)
                         r"(?:the\s+(?:takfiri\s+|terrorist\s+)?(?:terrorist|militant|jihadist|insurgent|fighter|"
                         # ("and the terrorists Y and (Z)": a plural label, a name in brackets)
                         r"element)s?\s+)?\(?|"
                         # a list of suspects with ages: "X, 34, and his brother Y, 29; Uzbek national Z, 41;
                         # and ..."; "X, of 19 years, and Y"
                         r"\s*,\s*" + _AGE + r"(?:\s*,[^;.]{0,80}?)?[\s\"'\u201d\u2019]*,[\s\"'\u201d\u2019]*and\s+"
                         r"(?:[\w'-]+\s+){0,4}?|"
                         r"\s*(?:,\s*" + _AGE + r"\b)?(?:\s*,[^;.]{0,80}?)?\s*;\s*(?:and\s+)?(?:[\w'-]+\s+){0,4}?")


def _names_from(spans: list[tuple[int, int, bool]], at: int, reach: int) -> list[int]:
    """The names from offset ``at`` on, for :func:`first_coordination`, if the first starts within ``reach``
    (a list runs on past the reach: "detained were: X, 34; Y, 41; and Z, 38")."""
    after = [i for i, (s, _, _) in enumerate(spans) if at <= s]
    return after if after and spans[after[0]][0] < at + reach else []


def first_coordination(sent: str, spans: list[tuple[int, int, bool]], after: list[int]) -> list[int]:
    """The first name after "of", plus names joined to it by "and"/commas ("the deaths of X and Y")."""
    if not after:
        return []
    out = [after[0]]
    k = 0
    while k + 1 < len(after):
        prev, cur = after[k], after[k + 1]
        if _COORD_LIST.fullmatch(sent, spans[prev][1], spans[cur][0]):
            out.append(cur)
            k += 1
            continue
        # "X, who the agency said also used the name Z and served as W's deputy, and Y": the
        # next conjunct after a relative clause that holds names of its own
        if not sent.startswith((", who", ", whom"), spans[prev][1]):
            break
        nxt = next((j for j in range(k + 2, len(after))
                    if _AND_AFTER_RELATIVE_GAP.fullmatch(sent, spans[prev][1], spans[after[j]][0])), None)
        if nxt is None:
            break
        out.append(after[nxt])
        k = nxt
    return out


def mentions_target(sent: str, start: int, end: int) -> bool:
    """Whether the sentence presents the name at [start, end) as the target of an operation."""
    lo, hi = max(0, start - 120), min(len(sent), end + 120)
    low = lower_same(sent[lo:hi])
    if low is not None and "target" not in low and "sought" not in low and "hunt" not in low:
        return False  # every match holds one of these words
    # (not "the group, led by X, had been targeting the JUI-F": what X's men attack, after him;
    # nor "X remained "a priority target"": wanted, not the target of this operation)
    return any(not (m.start() >= end and m.group(0).lower() == "targeting")
               and not _STANDING_TARGET.search(sent, max(0, m.start() - 25), m.start())
               for m in _TARGET.finditer(sent, lo, hi))


_STANDING_TARGET = re.compile(r"\b(?:priority|high[- ]value|top|key|legitimate|wanted)\s*$", re.IGNORECASE)
