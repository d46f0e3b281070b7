"""Round 33: causes shared by the errors of four blind sets (heldout58 to heldout61) read
together, each fixed as a general rule: organisations' and institutions' names read as
people, Turkish capitals, a negation across a colon, asides between a subject and its verb.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

import pytest

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-12-07")


@pytest.mark.parametrize("body", ["the Caucasus Emirate", "Jund al-Khilafa", "Jamaah Ansharut Daulah",
                                  "the Republican Guard"])
def test_an_armed_bodys_name_is_no_person(body: str) -> None:
    ev = _events(f"Security forces said three members of {body} were killed in a raid near the border, and the "
                 "Islamic State commander Rustam Gadzhiev was arrested.")
    assert list(ev) == ["Rustam Gadzhiev"]


def test_turkish_capitals_open_a_name() -> None:
    ev = _events("In Gaziantep, police detained Şükrü Özdemir, a Daesh financier, on Tuesday.")
    assert ev["Şükrü Özdemir"].outcome == "captured" and ev["Şükrü Özdemir"].admin1 == "Gaziantep"


def test_a_negation_does_not_reach_past_a_colon() -> None:
    ev = _events("The group's deputy was Karim Saleh al-Obeidi, an ISIS commander from Anbar. Al-Obeidi did not "
                 "last long: he was killed in a strike near Qaim in 2016.")
    assert ev["Karim Saleh al-Obeidi"].outcome == "killed"


def test_the_groups_silence_after_although_denies_nothing() -> None:
    """A guard on round 32's new denial words ("never confirmed"): the group's own silence stays none."""
    ev = _events("The army announced that ISWAP's commander, Bukar Modu Ali, had been killed near Gwoza, although "
                 "the group never confirmed it.")
    assert ev["Bukar Modu Ali"].outcome == "killed"


def test_a_plural_before_two_names_describes_both() -> None:
    ev = _events("ISIS held foreign hostages in Raqqa, among them aid workers Peter Lindqvist and Anna Moreau. "
                 "The bodies of Lindqvist and Moreau were never recovered.")
    assert ev == {}


def test_a_chief_of_an_insurgents_trade_is_no_state_official() -> None:
    ev = _events("Nigerien troops clashed with ISGS fighters near Banibangou. A second cadre, Moussa Hamadou, "
                 "presented as the chief of logistics of the zone, was seriously wounded.")
    assert ev["Moussa Hamadou"].outcome == "wounded"


def test_a_foreign_police_bodys_name_is_no_person() -> None:
    ev = _events("Both defendants took orders from Karim Benali, a Daesh recruiter. The court cited a report of the "
                 "General Commissariat of Information according to which Benali died in a strike in Hajin in 2018.")
    assert ev["Karim Benali"].outcome == "killed" and ev["Karim Benali"].admin1 == "Deir ez-Zor"


def test_a_grenade_on_himself_after_refusing_to_surrender_and_died() -> None:
    ev = _events("Security forces raided an ISIS cell in Palmyra. A member of the cell, Fadi Hamoud al-Issa, "
                 "detonated a hand grenade on himself after refusing to surrender, and died instantly.")
    assert ev["Fadi Hamoud al-Issa"].outcome == "killed"


def test_activated_an_explosive_belt() -> None:
    ev = _events("Tunisian forces surrounded two ISIS militants on Mount Chaambi. One of them, Sami Ben Ali, "
                 "activated an explosive belt during the exchange of fire.")
    assert ev["Sami Ben Ali"].outcome == "killed"


def test_the_counted_dead_named_with_are() -> None:
    ev = _events("Tunisian forces killed two ISIS terrorists on Mount Chaambi on Sunday. The two terrorists are "
                 "Nabil Ferchichi and Walid Jlassi.")
    assert ev["Nabil Ferchichi"].outcome == "killed" and ev["Walid Jlassi"].outcome == "killed"


def test_an_alias_given_after_a_long_appositive() -> None:
    ev = _events("Abu Sulayman al-Halabi, the group's senior spokesman and the voice of its audio statements, whose "
                 "real name was Fawzi Hamad Tarif, was killed near al-Bab in Aleppo province.")
    assert len(ev) == 1 and next(iter(ev.values())).outcome == "killed"


def test_a_title_in_scare_quotes_is_the_groups_office() -> None:
    ev = _events("Nizar Saleh al-Ani, known as Dr. Nizar, the \"health minister\" who ran the group's hospitals, "
                 "was killed in a coalition strike near Raqqa.")
    assert ev["Nizar Saleh al-Ani"].outcome == "killed"


@pytest.mark.parametrize("naming", ["His name was given as Hamma Ould Sidi.",
                                    "Sources named the cadre as Hamma Ould Sidi."])
def test_an_unnamed_cadre_named_after(naming: str) -> None:
    ev = _events(f"French forces neutralised an EIGS cadre near Menaka on Sunday. {naming}")
    assert ev["Hamma Ould Sidi"].outcome == "killed"


def test_among_those_killed_then_an_attribution_then_the_name() -> None:
    ev = _events("Nigerian jets struck an ISWAP camp near Damasak. Among those killed, according to two officers who "
                 "saw the bodies, was Bukar Goni Kyari, an ISWAP commander.")
    assert ev["Bukar Goni Kyari"].outcome == "killed"


def test_a_name_between_dashes_is_the_subject_after_them() -> None:
    ev = _events("An Iraqi air strike killed an ISIS commander near Hawija. A source said a third man \u2014 Jalal "
                 "Hamid Sultan, the cell's explosives specialist \u2014 was wounded but slipped away.")
    assert ev["Jalal Hamid Sultan"].outcome == "wounded"


def test_a_strike_with_a_place_and_an_aside_wounds_x() -> None:
    ev = _events("2021 \u2014 A drone strike on a car near Mayadin, then under government control, wounds Abu Khattab "
                 "al-Deiri, a commander of the group's desert cells.")
    assert ev["Abu Khattab al-Deiri"].outcome == "wounded"


def test_homes_abandoned_by_residents_deny_nothing() -> None:
    ev = _events("Iraqi forces retook Ramadi from ISIS. Counter-terrorism troops arrested Saad Hamid Jubouri, accused "
                 "of planting explosives in homes abandoned by fleeing residents.")
    assert ev["Saad Hamid Jubouri"].outcome == "captured"
