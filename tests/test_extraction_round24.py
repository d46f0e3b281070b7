"""Round 24: lists, sentences, agents, rivals and short forms the heldout40/41 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-09-30")


def test_the_named_x_dit_y_as_well_as_his_deputy_a_certain_z() -> None:
    ev = _events("Diffa - The FDS neutralised, in the night of Tuesday to Wednesday, a chief of the terrorist group "
                 "Islamic State in West Africa (ISWAP), the named Bukar Ali Kolo, dit \u00ab Abou Hamza \u00bb, as "
                 "well as his deputy, a certain Lawan Modu Kaka, in the locality of Toumour.")
    assert (ev["Bukar Ali Kolo"].outcome, ev["Lawan Modu Kaka"].outcome) == ("killed", "killed")


def test_a_court_handed_a_life_sentence_to_x() -> None:
    ev = _events("In the second case, the court handed a life sentence to Zainab Rahim Hadi, 34, accused of serving "
                 "in the Islamic State's al-Khansaa hisba brigade in Mosul.")
    assert set(ev) == {"Zainab Rahim Hadi"}
    assert ev["Zainab Rahim Hadi"].outcome == "captured"


def test_forces_raid_a_place_and_kill_x_in_a_timeline() -> None:
    ev = _events("May 2015 - U.S. special forces raid the al-Omar oil field in Deir ez-Zor province and kill Abu "
                 "Hamza al-Tunisi, an ISIS oil official.", published="2024-01-10")
    assert ev["Abu Hamza al-Tunisi"].outcome == "killed"


def test_the_country_that_acted_is_no_place() -> None:
    ev = _events("ISKP's founding emir was killed in a drone strike in Achin district of Nangarhar in 2016. His "
                 "successor, Abdul Rauf Logari, was killed in April 2017 during a night raid by U.S. and Afghan "
                 "special forces in the same district, weeks after the United States dropped a large bomb nearby.",
                 published="2023-05-01")
    assert (ev["Abdul Rauf Logari"].country, ev["Abdul Rauf Logari"].admin1) == ("Afghanistan", "Nangarhar")


def test_a_rival_leader_who_directs_and_leads() -> None:
    ev = _events("ISKP's emirs were killed one after another. Second, the Taliban's campaign, directed from Kandahar "
                 "by the movement's supreme leader, Mullah Abdul Ghani Haqqani, has pushed ISKP cadres into "
                 "Pakistan.")
    assert "Abdul Ghani Haqqani" not in ev
    ev = _events("Idlib is dominated by Hayat Tahrir al-Sham, the Islamist group led by Abu Hamza al-Idlibi, which "
                 "has fought Islamic State cells in the province.")
    assert "Abu Hamza al-Idlibi" not in ev
    ev = _events("The zone is disputed between the EIGS and the JNIM, whose local chief Hamadou Jafar Sidibe has "
                 "claimed several attacks.")
    assert "Hamadou Jafar Sidibe" not in ev


def test_whom_a_department_identifies_as_and_fought_under_the_name() -> None:
    ev = _events("Since 2020 the Islamic State group in Afghanistan has been led by Shahab al-Kunari, whom the U.S. "
                 "State Department identifies as Sanaullah Karimi, an Afghan national.")
    assert set(ev) == {"Shahab al-Kunari"}
    ev = _events("Murat Yildiz, who fought under the name Abu Osman al-Turki, was killed in a coalition airstrike in "
                 "Tal Afar in July 2017, according to the Islamic State indictment.")
    assert len(ev) == 1  # (one man under two names)


def test_a_one_word_kunya_is_no_short_form_of_another_name() -> None:
    ev = _events("January 2023: Bako Ali Gana, alias Abu Aisha, an ISWAP logistician, was arrested outside "
                 "Monguno, Borno State. A strike later killed Aisha Lawan Bulama, a Nigerian army colonel. Losing "
                 "a logistician such as Abu Aisha disrupts ISWAP supply.")
    assert ev["Bako Ali Gana"].outcome == "captured"


def test_the_owner_of_the_subjects_role_is_not_the_subject() -> None:
    ev = _events("The spokesman said that the commander, presented as one of the lieutenants of the ADF chief "
                 "Musa Kato Baluku, \u201cwas neutralised with four of his escorts\u201d near Mwalika.")
    assert ev["Musa Kato Baluku"].outcome == "mentioned"
