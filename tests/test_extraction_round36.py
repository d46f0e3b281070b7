"""Round 36: causes behind the errors of heldout70 to heldout73 (round 35's estimate): a
translation's "the individual in question", an object named after a possessive, armed bodies
written as one hyphenated word, "among them" after a count of the dead, a group's survival,
custody under police guard, forces of a country the story never names as a place.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-12-07")


def test_the_individual_in_question_is_the_unnamed_patient() -> None:
    ev = _events("Nigerien troops neutralised an ISWAP emir near Diffa, the communique said. The individual in "
                 "question, Boukar Mamadou Ali alias Abou Fatimata, headed some thirty elements.")
    assert ev["Boukar Mamadou Ali"].outcome == "killed"


def test_an_object_named_after_a_possessive() -> None:
    ev = _events("Two weeks earlier, Cameroonian troops had killed ISWAP's logistics chief for the southern shore, "
                 "Bana Abakar Moussa, in the Logone-et-Chari department.")
    assert ev["Bana Abakar Moussa"].outcome == "killed"


def test_a_timeline_present_with_a_possessive_object() -> None:
    ev = _events("November 2023 \u2014 Nigerien troops arrest ISWAP's coordinator for the Diffa region, Laouali "
                 "Mahamadou Issa, in N'Guigmi, the defence ministry says.")
    assert ev["Laouali Mahamadou Issa"].outcome == "captured"


def test_a_hyphenated_armed_body_is_no_person() -> None:
    ev = _events("The network was set up by Abu Hafs al-Makrani, a former Lashkar-e-Jhangvi militant who joined "
                 "Daesh in 2015 and was killed in a CTD operation in Mastung in 2018.")
    assert "Lashkar-e-Jhangvi" not in ev
    assert ev["Abu Hafs al-Makrani"].outcome == "killed"


def test_among_them_after_a_count_of_the_dead() -> None:
    ev = _events("Local sources reported at least six dead on both sides, among them ISS field commander Abdiaziz "
                 "Ahmed Farah (alias Abu Ilyas), according to two clan elders.")
    assert ev["Abdiaziz Ahmed Farah"].outcome == "killed"


def test_a_groups_survival_is_not_its_emirs() -> None:
    ev = _events("The group survived the 2016 drone strike in Nangarhar that killed its founding emir, Hafiz Rahim "
                 "Khan, and it has survived the Taliban too.")
    assert ev["Rahim Khan"].outcome == "killed"


def test_guard_the_group_saying_he_survived_still_denies() -> None:
    """A guard: only the group as the subject of "survived" is no denial of the man's death."""
    ev = _events("The army said it had killed the ISIS emir Abu Yasir al-Homsi in Palmyra, but the group said he "
                 "survived.")
    assert ev["Abu Yasir al-Homsi"].outcome == "mentioned"


def test_taken_to_hospital_under_police_custody_is_a_capture() -> None:
    ev = _events("Police raided an IS safe house in Adana on Monday. One suspect, Yusuf Kaya, blew himself up. "
                 "Another, Omer Faruk Demir, was injured and taken to hospital under police custody.")
    assert ev["Omer Faruk Demir"].outcome == "captured"


def test_guard_a_field_hospital_under_heavy_guard_is_no_custody() -> None:
    """A guard: a wounded commander rushed away "under heavy guard" is guarded by his own men."""
    ev = _events("An air strike hit two cars near Mayadeen, and a Kuwaiti-born IS judge, Hamza Abdulkarim al-Otaibi, "
                 "was seriously wounded and rushed to a field hospital under heavy guard.")
    assert ev["Hamza Abdulkarim al-Otaibi"].outcome == "wounded"


def test_a_hospitals_name_is_no_person() -> None:
    ev = _events("Soldiers clashed with Dawlah Islamiyah militants in Maguing. The wounded suspect, Jamil Pangandaman, "
                 "was brought to the Amai Pakpak Medical Center under police guard.")
    assert "Amai Pakpak" not in ev
    assert ev["Jamil Pangandaman"].outcome == "captured"


def test_military_security_detains_x() -> None:
    ev = _events("May 2018 \u2014 Military Security detains Younes Mahmoud al-Hassan at a checkpoint outside "
                 "Palmyra, accusing him of guiding IS cells.")
    assert ev["Younes Mahmoud al-Hassan"].outcome == "captured"


def test_foreign_forces_in_a_past_year_place_nothing() -> None:
    ev = _events("Nearly two years after French forces killed Adnan Abu Walid al-Sahrawi in August 2021, the "
                 "Islamic State organisation he founded is stronger than ever.")
    person = ev["Adnan Abu Walid al-Sahrawi"]
    assert (person.outcome, person.country) == ("killed", None)


def test_guard_forces_of_a_country_the_story_names() -> None:
    """A guard: "Ugandan security services" place the arrest when the story names Uganda."""
    ev = _events("A UPDF spokesman said on 23 May that Ugandan security services had arrested Juma Omar Salim, an ADF "
                 "financier, in 2023. He did not say where in Uganda the arrest took place.")
    assert (ev["Juma Omar Salim"].outcome, ev["Juma Omar Salim"].country) == ("captured", "Uganda")


def test_known_by_the_codename() -> None:
    ev = _events("Turkish police captured an Islamic State emir in Gaziantep. Mahmut Ozkan, known by the codename "
                 "\"Ebu Ensar\", was captured in an apartment in the Sahinbey district.")
    assert ev["Mahmut Ozkan"].aliases == ["Ebu Ensar"]


def test_a_union_of_tribes_is_no_person() -> None:
    ev = _events("May 2019 \u2013 Security forces kill Salman Eid al-Tarabin, the group's commander in the Rafah "
                 "sector, in a shoot-out near Rafah.\n\n"
                 "September 2020 \u2013 Mohamed Hassan Abu Salem, accused of managing money for Sinai Province cells, "
                 "is arrested in Ismailia, west of the Suez Canal.\n\n"
                 "2022 \u2013 Fighters of the Union of Sinai Tribes, a pro-government militia, join army operations "
                 "around Rafah and Sheikh Zuweid.")
    assert "Tribes" not in ev and "Suez Canal" not in ev
