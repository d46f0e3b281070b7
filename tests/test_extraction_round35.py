"""Round 35: causes behind the errors of heldout66 to heldout69 (the last session's estimate):
a speech venue told at length, a capture's "the detainee is X", aliases past a longer aside, a
homonym inside a past deed's clause, a translation's "permitted to neutralise", a campaign's
quoted name taken for a person, and "named in court as".

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-12-08")


def test_a_speech_venue_told_at_length_is_not_the_place() -> None:
    ev = _events("The Chief of Defence Staff, General Musa Bello, has confirmed the death of Abu Bakr al-Mainok, the "
                 "leader of ISWAP.\n\n"
                 "General Bello, who spoke with journalists at the Defence Headquarters in Abuja on Thursday, said: "
                 "\"He is dead and remains dead.\"\n\n"
                 "Meanwhile, troops have neutralised two ISWAP commanders in an ambush on the Gwoza road in Borno "
                 "State. A statement identified the slain commanders as Modu Kaka Gana and one Mallam Isa Bulama.\n\n"
                 "According to the statement, another commander, Bakura Modu Kolo, escaped with gunshot wounds.")
    # (Abuja is where the general spoke, not where anyone was hit)
    assert (ev["Bakura Modu Kolo"].outcome, ev["Bakura Modu Kolo"].admin1) == ("wounded", "Borno")


def test_guard_what_was_said_to_have_happened_keeps_its_place() -> None:
    """A guard on the longer speech window: "says he died in clashes ... in Idlib" is where
    he died, not where it was said."""
    ev = _events("The group confirms the death of its leader, Abu Hamid al-Qurashi, but says he died in clashes with "
                 "Hayat Tahrir al-Sham (HTS) in Idlib province.")
    assert (ev["Abu Hamid al-Qurashi"].outcome, ev["Abu Hamid al-Qurashi"].admin1) == ("killed", "Idlib")


def test_the_detainee_is_x() -> None:
    ev = _events("Police in Aden arrested an Islamic State emir at dawn on Tuesday. A source said the detainee is "
                 "Nabil Saleh al-Hamdani, and that he had been under surveillance for weeks.")
    assert ev["Nabil Saleh al-Hamdani"].outcome == "captured"


def test_the_detainee_was_identified_as_x() -> None:
    ev = _events("Counter-terrorism police arrested a suspected ISIS recruiter in Aden on Tuesday. A source said "
                 "the detainee was identified as Fuad Mahdi al-Awlaqi.")
    assert ev["Fuad Mahdi al-Awlaqi"].outcome == "captured"


def test_known_within_the_group_by_the_nom_de_guerre() -> None:
    ev = _events("Kurdish-led forces said they arrested Kamal Hadi al-Saleh, known within the group by the nom de "
                 "guerre Abu Talha al-Furati, in Raqqa on Sunday.")
    assert "Abu Talha al-Furati" in ev["Kamal Hadi al-Saleh"].aliases


def test_an_alias_after_an_appositive_and_a_comma() -> None:
    ev = _events("Kurdish-led forces arrested Kamal Hadi al-Saleh, the group's governor of Raqqa, known to his men "
                 "as Abu Talha al-Furati.")
    assert "Abu Talha al-Furati" in ev["Kamal Hadi al-Saleh"].aliases


def test_a_homonym_inside_a_past_deed_is_not_the_place() -> None:
    ev = _events("Aden \u2013 Security forces in the interim capital Aden arrested at dawn on Monday a man described "
                 "as the emir of the Daesh organization in the city, a security source said.\n\n"
                 "The source said the detainee is Salem Omar al-Kaladi, and that investigations linked him to the "
                 "assassination of imams in the districts of al-Mansoura and Sheikh Othman during the past year.")
    person = ev["Salem Omar al-Kaladi"]
    assert (person.outcome, person.country, person.admin1) == ("captured", "Yemen", "Aden")


def test_permitted_to_neutralise_is_done() -> None:
    ev = _events("An air strike conducted on 9 March in the region of Menaka permitted to neutralise Hamadou Ag Sidi, "
                 "alias Tinka, an EIGS cadre.")
    assert ev["Hamadou Ag Sidi"].outcome == "killed"


def test_guard_trying_to_neutralise_is_not_done() -> None:
    """A guard: only the translation's "permitted to" and "allowed to" tell a deed done."""
    ev = _events("An ISGS cadre, Hamadou Ag Sidi, was seen near Menaka. Troops tried to neutralise Hamadou Ag Sidi "
                 "on 9 March.")
    assert ev["Hamadou Ag Sidi"].outcome == "mentioned"


def test_a_campaigns_quoted_name_is_no_person() -> None:
    ev = _events('Security forces on Monday detained a woman described as an ISIS emira, on the fifth day of the '
                 '"Humanity and Security" campaign in al-Hol camp.\n\n'
                 'Sources named the woman as Umm Hafsa al-Tunisiya.')
    assert ev["Umm Hafsa al-Tunisiya"].outcome == "captured"


def test_named_in_court_as_x_is_no_court_official() -> None:
    ev = _events("The woman travelled to Syria in 2014 with her husband, a German convert named in court as Denis "
                 "K., who fought for IS under the nom de guerre Abu Yahya al-Almani. According to the verdict, he was "
                 "killed in a coalition airstrike on the outskirts of Raqqa in June 2017.")
    assert ev["Abu Yahya al-Almani"].outcome == "killed"


def test_border_guards_detain_x() -> None:
    ev = _events("January 2024 \u2014 Border guards detain Hamid Salem al-Jubouri, described as a courier between IS "
                 "cells in Syria and Iraq, as he tries to cross near Rabia, northwest of Mosul.")
    person = ev["Hamid Salem al-Jubouri"]
    assert (person.outcome, person.admin1) == ("captured", "Nineveh")


def test_a_reduced_relative_that_gives_only_a_kunya() -> None:
    ev = _events("The SDF raided an ISIS hideout near Hajin. A third man, an Egyptian the SDF identified only by his "
                 "nom de guerre, Abu Yaqub al-Masri, was wounded in the exchange of fire.")
    assert ev["Abu Yaqub al-Masri"].outcome == "wounded"


def test_an_emir_of_the_cells_named_x_is_the_emir() -> None:
    ev = _events("Russian warplanes carried out more than 30 raids on the Badia of al-Sukhnah in the eastern "
                 "countryside of Homs, which led to the killing of an emir of the ISIS cells named Muhannad Fawaz "
                 "al-Khalaf, together with four of his companions.")
    person = ev["Muhannad Fawaz al-Khalaf"]
    # (the raids that warplanes "carried out" are the operation, not a past deed of someone's)
    assert (person.outcome, person.country, person.admin1) == ("killed", "Syria", "Homs")


def test_guard_a_cell_called_x_is_still_a_thing() -> None:
    """A guard: only "named" after "of the ... cells" names the member; "called" names the cell."""
    ev = _events("The emir of a cell called Abu Talha Brigade was killed in Hajin by the SDF.")
    assert "Abu Talha Brigade" not in ev


def test_the_detention_on_saturday_in_a_district_of_x() -> None:
    ev = _events("Islamic State insurgents attacked Mecula last week. The police announced the detention, on "
                 "Saturday, in the district of Mecula, of Nuro Saide Amisse, suspected of being one of the leaders of "
                 "the insurgents.")
    person = ev["Nuro Saide Amisse"]
    assert (person.outcome, person.country, person.admin1) == ("captured", "Mozambique", "Niassa")


def test_a_fronted_participle_with_a_long_clause_places_the_arrest() -> None:
    ev = _events("PARIS - The court of Paris on Thursday sentenced Yassine Belkadi, a former Islamic State emir, to "
                 "twenty years in prison.\n\n"
                 "Arrested in Gaziantep, in south-eastern Turkey, in March 2017 as he tried to obtain false passports, "
                 "Yassine Belkadi was expelled to France. Throughout the hearings he denied having commanded anyone.")
    person = ev["Yassine Belkadi"]
    # (the court is not where he was captured; denying a command denies no arrest)
    assert (person.outcome, person.country, person.admin1) == ("captured", "Turkey", "Gaziantep")


def test_a_round_up_item_that_names_only_its_country() -> None:
    ev = _events("Ugandan and Congolese troops killed an ADF commander, Musa Kambale, near Beni in North Kivu. The "
                 "UPDF said the operation also destroyed two camps near Kasese, in western Uganda.\n\n"
                 "- In Uganda, police announced on 30 June the arrest of Hassan Mukasa Kiyimba, an ADF financier "
                 "accused of raising money for the group.")
    person = ev["Hassan Mukasa Kiyimba"]
    # (the provinces of the round-up's other items are not this one's)
    assert (person.outcome, person.country, person.admin1) == ("captured", "Uganda", None)


def test_guard_a_round_up_item_with_its_own_city() -> None:
    """A guard: "In Pakistan, police in Peshawar ..." names its own province."""
    ev = _events("Taliban forces killed an ISKP commander in Kunar province on Monday.\n\n"
                 "In Pakistan, police in Peshawar said on Sunday they had arrested an ISKP recruiter named as Gul "
                 "Wazir during a raid on a seminary.")
    person = ev["Gul Wazir"]
    assert (person.outcome, person.country, person.admin1) == ("captured", "Pakistan", "Khyber Pakhtunkhwa")


def test_a_courier_the_sdf_named_as_x_is_the_courier() -> None:
    ev = _events("The SDF raided an ISIS cell in Raqqa and detained a courier the SDF named as Yasser Mahmoud "
                 "al-Dandal.")
    # (the reduced relative's subject, the SDF, is not the courier's side)
    assert ev["Yasser Mahmoud al-Dandal"].outcome == "captured"


def test_the_terrorists_y_and_z_share_the_killing() -> None:
    ev = _events("An air strike on a den of Daesh gangs in Diyala resulted in the killing of the terrorist Ayad Hamid "
                 "Salman, nicknamed (Abu Saif), the so-called wali of Diyala, and the terrorists Mahmoud Jassim Farhan "
                 "and (Abu Hajar al-Diyali).")
    assert {ev[n].outcome for n in ("Ayad Hamid Salman", "Mahmoud Jassim Farhan", "Abu Hajar al-Diyali")} == {"killed"}


def test_together_with_his_assistant_y() -> None:
    ev = _events("The Cell said that among the dead was the so-called Daesh official of the Makhoul sector, the "
                 "terrorist Saad Abdul-Razzaq al-Rawi, who uses the name Abu Ubaida, together with his assistant Nawaf "
                 "Hamad Turki.")
    assert ev["Nawaf Hamad Turki"].outcome == "killed"


def test_in_addition_to_the_terrorist_z() -> None:
    ev = _events("An Iraqi air strike in Salahuddin resulted in the killing of the Daesh terrorist Jabbar Salman "
                 "Mutlaq, the so-called wali of Salahuddin, and his deputy, in addition to the terrorist Raed Sattar "
                 "Hamdi, the so-called official of the explosives detachment.")
    assert ev["Raed Sattar Hamdi"].outcome == "killed"


def test_a_dateline_with_its_outlet_after_a_slash() -> None:
    ev = _events("Baghdad / Al-Rafidain Press \u2014 The Security Media Cell announced on Monday the killing of the "
                 "terrorist so-called \"wali of Diyala\" and two of his aides in an air strike on their hideout in "
                 "the orchards of al-Wakf, in Muqdadiyah district of Diyala governorate.\n\n"
                 "The Cell said in a statement that \"the heroes of the Iraqi Air Force carried out a strike with "
                 "F-16 aircraft targeting a den of the terrorist Daesh gangs, which resulted in the killing of the "
                 "terrorist Ayad Hamid Salman, the so-called wali of Diyala.\"")
    # (Baghdad is where the story was filed)
    assert (ev["Ayad Hamid Salman"].outcome, ev["Ayad Hamid Salman"].admin1) == ("killed", "Diyala")
