"""Round 25: namings, describers, rivals and escapes the heldout42/43 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-10-15")


def test_named_the_dead_man_as_x_known_to_residents_as_y() -> None:
    ev = _events("Iraqi counter-terrorism forces killed a senior Islamic State official in Mosul. The CTS named the "
                 "dead man as Salih Mahmoud al-Jubouri, known to residents as Abu Hafs al-Mosuli, and said two of "
                 "his guards died with him.")
    assert ev["Salih Mahmoud al-Jubouri"].outcome == "killed"


def test_a_describer_is_no_patient_and_no_member() -> None:
    ev = _events("Qari Habibullah, described by spokesman Abdul Wali Karimi as the \"intelligence chief\" of Islamic "
                 "State Khorasan Province, was killed in a raid in Kabul.")
    assert set(ev) == {"Habibullah"}
    assert ev["Habibullah"].outcome == "killed"


def test_that_groups_leader_after_a_rival_and_a_rival_led_by_x() -> None:
    ev = _events("ISWAP has absorbed fighters from the rival Boko Haram faction, JAS, since that group's leader, "
                 "Bukar Modu Kachallah, blew himself up in the Sambisa forest rather than surrender to ISWAP.")
    assert "Bukar Modu Kachallah" not in ev
    ev = _events("Pakistan accuses the Taliban of sheltering the Pakistani Taliban, a separate militant movement led "
                 "by Noor Khan Mehsud, while the Islamic State recruits in Kunar.")
    assert "Noor Khan Mehsud" not in ev


def test_a_candidate_killed_by_a_bomber_and_a_liberation_armys_commander() -> None:
    ev = _events("In 2018 the Daesh suicide bomber Hafeez Ahmed Nawaz blew himself up at a rally in Mastung and "
                 "killed more than 140 people, among them the candidate Nawabzada Ali Raisani.",
                 published="2024-03-01")
    assert "Nawabzada Ali Raisani" not in ev
    ev = _events("Separately, militants of the outlawed Balochistan Liberation Army led by a local commander, Dostain "
                 "Khan Baloch, fired rockets at a post, while the Daesh cell in Mastung was hit.")
    assert "Dostain Khan Baloch" not in ev


def test_an_escape_weeks_earlier_does_not_undo_a_death() -> None:
    ev = _events("In May, Defence Ministry forces said they had killed Turki Mishal al-Zawba, an Islamic State "
                 "commander known as Abu Dahham, in the desert east of Palmyra; he had escaped an ambush near "
                 "al-Sukhnah, wounded, only weeks earlier.")
    assert ev["Turki Mishal al-Zawba"].outcome == "killed"


def test_a_media_foundations_name_is_part_of_an_alias() -> None:
    ev = _events("Its spokesman, Abu Muhammad al-Halabi, was killed in Aleppo in August, and the Pentagon said that "
                 "a coalition strike near Raqqa had killed Wa'il Adil Salman al-Fayadh, also known as Abu Muhammad "
                 "al-Furqan, the Islamic State's \"minister of information\".")
    assert ev["Wa'il Adil Salman al-Fayadh"].outcome == "killed"
    assert ev["Abu Muhammad al-Halabi"].outcome == "killed"
