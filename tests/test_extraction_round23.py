"""Round 23: lists, objects after asides, kin, places and speakers the heldout38/39 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-08-20")


def test_the_two_dead_are_a_and_b() -> None:
    ev = _events("The Cell said that the two dead are the terrorist Hamid Shakir al-Obeidi, the so-called wali of "
                 "Kirkuk, and the terrorist Saad Fadhil Hamad, the official in charge of explosives.")
    assert (ev["Hamid Shakir al-Obeidi"].outcome, ev["Saad Fadhil Hamad"].outcome) == ("killed", "killed")


def test_a_claim_the_court_rejected_leaves_the_arrest() -> None:
    ev = _events("Younis Ahmed al-Tai, a Daesh hisba official, was arrested in 2017 near Mosul. He told the court his "
                 "confession was extracted under duress, a claim the court rejected.", published="2024-03-01")
    assert ev["Younis Ahmed al-Tai"].outcome == "captured"


def test_an_object_named_after_its_clause_or_its_asides() -> None:
    ev = _events("Pemba - The FDS shot down last Saturday, in the locality of Chai, district of Macomia, one of the "
                 "ringleaders of the Islamic State insurgents who have been terrorising the province since 2017, "
                 "identified as Abdala Momade Issa, vulgo \"Abu Zaid\".")
    assert set(ev) == {"Abdala Momade Issa"}
    assert ev["Abdala Momade Issa"].outcome == "killed"
    ev = _events("Maroua - Elements of the Rapid Intervention Battalion neutralised, in the night of Saturday to "
                 "Sunday, in the surroundings of Fotokol, a commander of the faction affiliated to the Islamic State, "
                 "known under the name of Adam Mahamat Bello, dit \"Abou Moussa\".")
    assert set(ev) == {"Adam Mahamat Bello"}
    assert ev["Adam Mahamat Bello"].outcome == "killed"


def test_the_son_of_a_rival_founder_may_be_a_member() -> None:
    ev = _events("ISWAP lost its leader. The general said that Abu Ibrahim al-Kanemi was dead. Al-Kanemi, whose real "
                 "name was Bukar Yusuf, was the son of Boko Haram's founder Mohammed Bello, who died in custody in "
                 "2009, and had led ISWAP since 2016.")
    assert ev["Abu Ibrahim al-Kanemi"].outcome == "killed"


def test_a_second_object_past_a_long_appositive() -> None:
    ev = _events("Troops killed Isnilon Tahil, the Abu Sayyaf leader anointed by IS as its \"emir\" for Southeast "
                 "Asia, and Omar Khalil Maute, one of the brothers who founded the Maute group, in a pre-dawn "
                 "assault.")
    assert (ev["Isnilon Tahil"].outcome, ev["Omar Khalil Maute"].outcome) == ("killed", "killed")


def test_border_lines_administrations_and_a_councils_region_are_no_names_or_places() -> None:
    ev = _events("In a raid in Kunar in October, Qari Zahid Afridi, an ISKP facilitator said to move fighters across "
                 "the Durand Line, was wounded but escaped.")
    assert set(ev) == {"Zahid Afridi"}
    assert ev["Zahid Afridi"].outcome == "wounded"
    ev = _events("The Kurdistan Region Security Council said Asayish forces in Sulaimani arrested Hiwa Karim Aziz, an "
                 "alleged ISIS member who had been sending money to relatives of detainees in Syria's al-Hol camp.")
    assert (ev["Hiwa Karim Aziz"].country, ev["Hiwa Karim Aziz"].admin1) == ("Iraq", "Sulaymaniyah")


def test_a_village_in_a_towns_countryside_in_a_named_governorate() -> None:
    ev = _events("Coalition helicopters landed on a house in the village of Tal Shaer in Markada countryside in "
                 "southern Al-Hasakah. The targeted man, Ahmad Khalil al-Sabti, an ISIS security official, blew "
                 "himself up.")
    assert ev["Ahmad Khalil al-Sabti"].admin1 == "Al-Hasakah"


def test_an_unnamed_leader_the_pentagon_identifies_as_x() -> None:
    ev = _events("December 3, 2024 \u2014 A US airstrike in Deir ez-Zor province kills an IS leader the Pentagon "
                 "identifies as Abu Hafs al-Shami, along with another operative.")
    assert (ev["Abu Hafs al-Shami"].outcome, ev["Abu Hafs al-Shami"].admin1) == ("killed", "Deir ez-Zor")


def test_a_sahwa_leader_and_a_hurras_al_din_official_are_no_members() -> None:
    ev = _events("On 21 November gunmen killed Sheikh Nazhan al-Karbouli, a Sahwa leader from Haditha who had led "
                 "tribal fighters against the Islamic State in 2015.")
    assert "Nazhan al-Karbouli" not in ev
    ev = _events("CENTCOM said a strike in northwest Syria killed Abu Hamza al-Tabuki, a senior official of Hurras "
                 "al-Din, a rival of the Islamic State.")
    assert "Abu Hamza al-Tabuki" not in ev


def test_a_man_spoken_of_who_is_said_to_have_taken_over_a_wilaya() -> None:
    ev = _events("Intelligence officers speak of a certain Abu Ahmad al-Tikriti, who is said to have taken over the "
                 "Salahuddin \"wilaya\" after his predecessor fled to Syria.")
    assert ev["Abu Ahmad al-Tikriti"].outcome == "mentioned"


def test_a_network_run_by_one_honorific_and_a_name() -> None:
    ev = _events("CTD killed an IS-K commander in Mastung. Both men were part of a network run by one Qari Abdul "
                 "Samad, an Afghan national believed to be operating from across the border.")
    assert ev["Abdul Samad"].outcome == "mentioned"


def test_said_x_who_they_said_led_a_cell_was_wounded() -> None:
    ev = _events("The Islamic State lost figures in Syria.\n\nAugust - The internal security forces, known as Asayish, "
                 "said Khalaf Ayed al-Hamad, who they said led an assassination cell, was wounded in a shootout in "
                 "al-Shaddadi but escaped.")
    assert ev["Khalaf Ayed al-Hamad"].outcome == "wounded"


def test_named_in_documents_seized_by_a_force_as_x() -> None:
    ev = _events("The Islamic State lost figures in Syria. Still at large - The group's governor for the Badia, named "
                 "in documents seized by the SDF as Abu Khalil al-Homsi, has not been reported killed.")
    assert ev["Abu Khalil al-Homsi"].outcome == "mentioned"
    # (but the owner named after "as" is described by nothing before it)
    ev = _events("The general said Abu Ibrahim al-Kanemi, an ISWAP leader, was dead. Weeks later the military said "
                 "it had also killed Malam Goni, named in its briefings as al-Kanemi's successor.")
    assert ev["Abu Ibrahim al-Kanemi"].outcome == "killed"


def test_a_district_of_sirte_named_after_giza() -> None:
    ev = _events("Sirte - The Al-Bunyan Al-Marsous operation announced the killing of the so-called emir of the Daesh "
                 "organisation in the Giza al-Bahriya district, Walid Salem al-Ferjani, during clashes.")
    assert (ev["Walid Salem al-Ferjani"].country, ev["Walid Salem al-Ferjani"].admin1) == ("Libya", "Sirte")
