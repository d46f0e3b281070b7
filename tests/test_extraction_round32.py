"""Round 32: general constructions found by paradigm grids (one subject form crossed with many
verb forms, one naming form crossed with many outcomes), not by one article's errors. A grid
cell that failed became a rule; these tests pin one cell of each rule in new wording.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

import pytest

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-12-07")

_CONTEXT = "The Islamic State official Hamid Qasim al-Dulaimi ran the group's tax office in western Iraq."


@pytest.mark.parametrize("report", ["He is reported to have been killed", "He was later said to have been executed",
                                    "He is believed to have been killed", "She was reported to have been killed"])
def test_a_pronoun_before_a_reported_passive(report: str) -> None:
    ev = _events(f"{_CONTEXT} {report} in Haditha in March.")
    assert ev["Hamid Qasim al-Dulaimi"].outcome == "killed"


def test_said_to_have_been_is_no_speech_tag() -> None:
    ev = _events(f"{_CONTEXT} Al-Dulaimi was said to have been detained at a checkpoint in Haditha.")
    assert ev["Hamid Qasim al-Dulaimi"].outcome == "captured"


@pytest.mark.parametrize("sentence", ["The official is thought to have been killed in Haditha.",
                                      "The official was confirmed killed in Haditha.",
                                      "The official died in Haditha last week.",
                                      "The official gave himself up to troops in Haditha."])
def test_a_role_noun_takes_up_the_named_man_with_more_verb_forms(sentence: str) -> None:
    ev = _events(f"{_CONTEXT} {sentence}")
    assert ev["Hamid Qasim al-Dulaimi"].outcome in ("killed", "captured")
    assert ev["Hamid Qasim al-Dulaimi"].admin1 == "Anbar"


@pytest.mark.parametrize(("sentence", "outcome"), [("The 38-year-old was arrested at his home in Haditha.", "captured"),
                                                   ("The militant was shot dead in Haditha.", "killed"),
                                                   ("The suspect was wounded and later died in Haditha.", "killed")])
def test_a_word_that_names_no_role_takes_up_the_one_man_named_before(sentence: str, outcome: str) -> None:
    ev = _events(f"{_CONTEXT} {sentence}")
    assert ev["Hamid Qasim al-Dulaimi"].outcome == outcome


def test_a_word_that_names_no_role_takes_up_no_one_when_two_are_named() -> None:
    """A guard on the rule above: with two men named, "the militant" may be either."""
    ev = _events("The Islamic State officials Hamid Qasim al-Dulaimi and Saad Turki al-Rawi ran the tax office. "
                 "The militant was killed in Haditha.")
    assert ev["Hamid Qasim al-Dulaimi"].outcome == "mentioned" and ev["Saad Turki al-Rawi"].outcome == "mentioned"


def test_he_was_among_those_killed() -> None:
    ev = _events(f"{_CONTEXT} He was among those killed in the strike on Haditha.")
    assert ev["Hamid Qasim al-Dulaimi"].outcome == "killed"


def test_hospitalised_with_wounds() -> None:
    ev = _events(f"{_CONTEXT} Al-Dulaimi was hospitalised with shrapnel wounds in Haditha.")
    assert ev["Hamid Qasim al-Dulaimi"].outcome == "wounded"


@pytest.mark.parametrize("verb", ["was pronounced dead", "was fatally wounded", "was martyred"])
def test_more_words_for_a_death(verb: str) -> None:
    ev = _events(f"{_CONTEXT} Al-Dulaimi {verb} in Haditha, officials said.")
    assert ev["Hamid Qasim al-Dulaimi"].outcome == "killed"


def test_shot_x_dead() -> None:
    ev = _events(f"{_CONTEXT} Police shot him dead at a checkpoint in Haditha.")
    assert ev["Hamid Qasim al-Dulaimi"].outcome == "killed"


def test_an_aside_participle_does_not_take_the_subject_from_the_verb() -> None:
    ev = _events("The Islamic State courier Hamid Qasim al-Dulaimi, injured in a raid last year, was detained in "
                 "Haditha on Monday.")
    assert ev["Hamid Qasim al-Dulaimi"].outcome == "captured"


def test_the_dead_with_a_place_and_a_day_before_included() -> None:
    ev = _events("The dead in Haditha on Monday included Hamid Qasim al-Dulaimi, an Islamic State tax official, and "
                 "Saad Turki al-Rawi, his driver.")
    assert ev["Hamid Qasim al-Dulaimi"].outcome == "killed" and ev["Saad Turki al-Rawi"].outcome == "killed"


def test_a_warrant_issued_somewhere_for_the_arrest_of_x() -> None:
    ev = _events(f"{_CONTEXT} A warrant was issued in Baghdad for the arrest of al-Dulaimi.")
    assert ev["Hamid Qasim al-Dulaimi"].outcome == "mentioned"


@pytest.mark.parametrize("denial", ["Reports that he had been killed in Haditha were never confirmed.",
                                    "The claim that he was killed in Haditha was never substantiated.",
                                    "His death in Haditha has been announced twice without any proof.",
                                    "Local media said he had been killed in Haditha; the army never confirmed it, "
                                    "and he is believed to be alive."])
def test_more_words_of_denial(denial: str) -> None:
    ev = _events(f"{_CONTEXT} {denial}")
    assert ev["Hamid Qasim al-Dulaimi"].outcome == "mentioned"


def test_no_sign_of_life_is_no_denial() -> None:
    """A guard on the new denial words: "never confirmed" by the group, "nor has he reappeared"."""
    ev = _events(f"{_CONTEXT} The army said he was killed in Haditha in May. The group has never confirmed it, but "
                 "nor has he reappeared.")
    assert ev["Hamid Qasim al-Dulaimi"].outcome == "killed"


def test_led_according_to_someone_by_x() -> None:
    ev = _events("The Islamic State has kept up attacks in Kunar. The group's local branch is led, according to a "
                 "report by UN monitors, by Mawlawi Rahim Shinwari.")
    assert "Mawlawi Rahim Shinwari" in ev or "Rahim Shinwari" in ev


def test_a_possessive_before_a_rival_body_is_its_leader() -> None:
    ev = _events("ISWAP split from Bukar Kyari's Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS) in 2016. In May "
                 "2021 ISWAP fighters overran Kyari's camp in the Sambisa forest. Rather than surrender, Kyari "
                 "detonated explosives and killed himself, ending his long leadership of JAS.")
    assert "Bukar Kyari" not in ev


def test_a_capital_that_speaks_is_its_government_not_the_place() -> None:
    ev = _events("The group's founder, Ahmed Ould Salem, an Islamic State commander, was killed in a French strike "
                 "in Mali in 2021, an operation that Paris hailed as a major success.")
    assert ev["Ahmed Ould Salem"].country == "Mali"
