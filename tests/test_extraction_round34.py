"""Round 34: causes shared by the errors of heldout62 to heldout65, read together: a
relative "which" after "the faction of X", a denial of who did it (not of what happened),
translations' surrender and wound, counted patients named by an ordinal, subjects of
"after being wounded", agents described at length in a timeline's present.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-12-07")


def test_which_after_the_faction_of_x_is_the_factions() -> None:
    ev = _events("ISIS commander Radullan Sahiron leads the group in Sulu. A sub-leader belonging to the faction of "
                 "Radullan Sahiron, which has pledged allegiance to the Islamic State, was killed in Patikul.")
    assert ev["Radullan Sahiron"].outcome == "mentioned"


def test_denying_who_did_it_leaves_the_death() -> None:
    ev = _events("In August the group said that its leader, Abu Khalid al-Hashimi, had been killed in clashes with "
                 "HTS fighters in Idlib province. HTS denied that its fighters were involved.")
    assert ev["Abu Khalid al-Hashimi"].outcome == "killed"


def test_a_reduced_relative_after_a_preacher() -> None:
    ev = _events("The ISIS attack on the prison failed. The SDF said that Abu Hamza al-Holandi, a Dutch ISIS preacher "
                 "captured in Baghouz in March 2019, was accounted for.")
    assert ev["Abu Hamza al-Holandi"].outcome == "captured"


def test_after_being_wounded_the_main_clauses_subject() -> None:
    ev = _events("The SDF raided an ISIS cell. A third member, an Iraqi known as Abu Saad al-Iraqi, managed to flee "
                 "toward the Badia after being wounded in the hand.")
    assert ev["Abu Saad al-Iraqi"].outcome == "wounded"


def test_a_present_agent_backed_by_helicopters() -> None:
    ev = _events("March 3 \u2013 SDF units backed by coalition helicopters raid a house in Diban and detain Hamad "
                 "Khalaf al-Ali, whom the SDF describes as the ISIS tax official for the area.")
    assert ev["Hamad Khalaf al-Ali"].outcome == "captured"


def test_a_present_agent_named_with_of() -> None:
    ev = _events("The ISIS leader was replaced. May 2020 \u2013 Afghanistan's National Directorate of Security (NDS) "
                 "arrests Mawlawi Aslam Hotak and about 20 other ISIS militants in Kandahar province.")
    assert ev["Aslam Hotak"].outcome == "captured"


def test_named_the_first_as_x_after_two_arrested() -> None:
    ev = _events("The Asayish arrested two ISIS hisba women in al-Hol camp. A statement named the first as Amira "
                 "Said al-Tunsi, a Tunisian.")
    assert ev["Amira Said al-Tunsi"].outcome == "captured"


def test_the_second_comma_x_after_two_arrested() -> None:
    ev = _events("The Asayish arrested two ISIS hisba women in al-Hol camp. The second, Huda Kamal al-Obeidi, an "
                 "Iraqi, is accused of collecting money for the cells.")
    assert ev["Huda Kamal al-Obeidi"].outcome == "captured"


def test_and_a_young_man_named_y_after_a_relative() -> None:
    ev = _events("The SDF raided an ISIS cell in Dhiban. The force arrested Omar Salim al-Hassan, who collected "
                 "zakat, and a young man named Yasin Fadel al-Jabr, who worked as a courier for the cell.")
    assert ev["Yasin Fadel al-Jabr"].outcome == "captured"


def test_responsible_for_assassinations_of_sdf_members_is_his_deed() -> None:
    ev = _events("The SDF raided an ISIS cell near Raqqa. The raid killed the cell leader, Saleh al-Ahmad "
                 "al-Mousa, who was responsible for assassinations of SDF members.")
    assert ev["Saleh al-Ahmad al-Mousa"].outcome == "killed"


def test_presented_himself_to_the_authorities() -> None:
    ev = _events("Mozambican forces killed an insurgent leader near Macomia. Two days later a young insurgent who "
                 "identified himself as Abdala Issa Buana presented himself to the authorities with an AK-47.")
    assert ev["Abdala Issa Buana"].outcome == "captured"


def test_seriously_hit_in_quotes() -> None:
    ev = _events("Niger's army killed an ISGS chief near Banibangou. A third, Oumarou Hama Diallo, was \"seriously "
                 "hit\" but managed to flee towards the Malian border.")
    assert ev["Oumarou Hama Diallo"].outcome == "wounded"


def test_arrived_at_a_clinic_with_wounds() -> None:
    ev = _events("A US strike hit an ISIS official in Idlib. Activists named him as Bilal Hassan al-Omar and said he "
                 "arrived at a clinic with shrapnel wounds.")
    assert ev["Bilal Hassan al-Omar"].outcome == "wounded"


def test_survived_the_strike_with_injuries() -> None:
    ev = _events("A US strike hit an ISIS convoy near Qandala. A second man, an IS fighter named Farah Ali Jama, "
                 "survived the strike with injuries.")
    assert ev["Farah Ali Jama"].outcome == "wounded"


def test_himself_neutralised() -> None:
    ev = _events("An ISIS commander was killed near Tessit. He had succeeded Alhousseini Ag Hamid, an ISIS commander, "
                 "himself neutralised by the FAMa in 2022 near Tessit, in the region of Gao.")
    assert ev["Alhousseini Ag Hamid"].outcome == "killed"


def test_only_for_him_to_resurface_undoes_the_claim() -> None:
    ev = _events("The group's leader, Abdirahman Hassan Warsame, an ISIS emir, remains the main target. Officials "
                 "have claimed more than once that he had been killed, only for him to resurface.")
    assert ev["Abdirahman Hassan Warsame"].outcome == "mentioned"


def test_still_being_pursued_undoes_the_claim() -> None:
    ev = _events("Iraqi jets killed an ISIS aide in Hamrin. The killed terrorist was one of the aides of the "
                 "terrorist Abu Hudhaifa al-Diyali, the so-called emir of the sector, who is still being pursued.")
    assert ev["Abu Hudhaifa al-Diyali"].outcome == "mentioned"


def test_flown_to_a_detention_facility_is_no_place_of_the_arrest() -> None:
    ev = _events("U.S. commandos killed the ISIS oil chief in Deir ez-Zor. His wife, an ISIS member whom U.S. "
                 "officials identified as Lamia Hassan Ibrahim, was taken into custody and flown to a U.S. military "
                 "detention facility in Iraq.")
    assert ev["Lamia Hassan Ibrahim"].country == "Syria"


def test_an_escape_told_of_another_named_man_undoes_nothing() -> None:
    """A guard on this round's "still being hunted": it is the other man's escape."""
    ev = _events("The KRSC identified the dead man as Kamal Hamid al-Jaff, an ISIS courier. According to the "
                 "statement, al-Jaff was a deputy of Hajji Salem al-Tamimi, the group's top commander in the area, who "
                 "is still being hunted.")
    assert ev["Kamal Hamid al-Jaff"].outcome == "killed"
