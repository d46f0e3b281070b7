"""Round 13: outcomes and members the heldout17/18 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction
from worker.extraction.names import find_mentions
from worker.extraction.outcomes import sentence_outcomes
from worker.extraction.text import split_sentences

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2024-11-20")


def test_companions_after_a_noun_cue() -> None:
    ev = _events("F-16 aircraft targeted a den of the terrorist Daesh gangs, which led to the killing of the "
                 "terrorist Hamid Jasim al-Karawi, nicknamed \"Abu Omar\", together with the terrorists Laith Sabah "
                 "Khalaf and Yasir Kadhim Ali.")
    assert {name for name, e in ev.items() if e.outcome == "killed"} == {
        "Hamid Jasim al-Karawi", "Laith Sabah Khalaf", "Yasir Kadhim Ali"}


def test_both_were_killed_reaches_the_pair_named_before() -> None:
    ev = _events("The Cell said the strike targeted a hideout used by the ISIS terrorist Marwan Hamid al-Fahdawi "
                 "and his courier, Saad Jumaa Ali, called Abu Bakr, and that both were killed.")
    assert ev["Marwan Hamid al-Fahdawi"].outcome == "killed"
    assert ev["Saad Jumaa Ali"].outcome == "killed"


def test_a_claimed_car_bomb_kills_its_driver() -> None:
    ev = _events("ISWAP said in a claim carried by Amaq that one of its fighters, whom it named as Abu Usman "
                 "al-Kanemi, drove an explosives-laden vehicle into an army position in Malam Fatori.")
    assert ev["Abu Usman al-Kanemi"].outcome == "killed"


def test_the_fatality_named() -> None:
    ev = _events("Troops clashed with Islamic State fighters near Butig. The brigade identified the fatality as "
                 "Jamil Usop Dimaporo, alias \"Abu Hamza\".")
    assert ev["Jamil Usop Dimaporo"].outcome == "killed"
    assert ev["Jamil Usop Dimaporo"].aliases == ["Abu Hamza"]


def test_french_quotes_around_an_alias() -> None:
    ev = _events("The army said it killed Mohamed Ould Sidi, dit « Abou Hafs », an Islamic State coordinator, "
                 "near Tidermène in the Ménaka region.")
    assert set(ev) == {"Mohamed Ould Sidi"}
    assert ev["Mohamed Ould Sidi"].aliases == ["Abou Hafs"]


def test_the_branches_under_their_local_names() -> None:
    ev = _events("In Ituri province, the troops captured two ADF combatants, Abdul Kizito and Rashidi Kule, near "
                 "Biakato. In Lanao del Sur, two members of the Dawlah Islamiyah-Maute Group, Salic Ampaso and "
                 "Ibrahim Dimakuta, yielded to troops in Butig town.")
    assert {name for name, e in ev.items() if e.outcome == "captured"} == {
        "Abdul Kizito", "Rashidi Kule", "Salic Ampaso", "Ibrahim Dimakuta"}


def test_an_earlier_version_of_this_article_is_withdrawn() -> None:
    ev = _events("Puntland forces captured ISIS commander Yusuf Ahmed Gedi in the Cal Miskaad mountains. "
                 "Correction: An earlier version of this article said that Gedi was killed in the operation.")
    assert ev["Yusuf Ahmed Gedi"].outcome == "captured"


def test_escapes_of_a_second_in_command_and_a_hit_that_escaped() -> None:
    ev = _events("The ISWAP commander, Abba Goni, was neutralised alongside four others, while his "
                 "second-in-command escaped with gunshot wounds. Another ISWAP sub-leader, Umar Bulama, was hit but "
                 "escaped with the help of his followers.")
    assert ev["Abba Goni"].outcome == "killed"
    assert ev["Umar Bulama"].outcome == "wounded"


def test_died_of_wounds_after_prepositional_names() -> None:
    # (the sentence's own outcomes, before the article's verdicts: "Federal" and "Jabour" are
    # name-like spans here, as they are in articles where the gazetteer lacks them)
    text = ("The third is Jabbar Issa al-Jubouri, who was wounded and captured in a firefight with Federal Police "
            "in the orchards of Arab Jabour, in late December, and died of his wounds three days later.")
    mentions = find_mentions(text, split_sentences(text), [], [])
    hits, _ = sentence_outcomes(text, [(m.start, m.end, m.possessive) for m in mentions], None, False)
    assert {(mentions[h.mention].text, h.outcome) for h in hits} == {
        ("Jabbar Issa al-Jubouri", "wounded"), ("Jabbar Issa al-Jubouri", "captured"),
        ("Jabbar Issa al-Jubouri", "killed")}
