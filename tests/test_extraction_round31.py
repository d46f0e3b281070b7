"""Round 31: lists after a colon, clients of lawyers, bodies' names before a role, speakers after
"according to", arrests told by their date, units' heads, from the heldout54/55 reviews.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-12-03")


def test_the_dead_named_after_a_colon() -> None:
    ev = _events("The Cell said the Air Force struck a den of the terrorist gangs in the Mutaibija area, adding that "
                 "DNA tests confirmed the identities of the two dead: the terrorist Khalil Ibrahim Awad, the "
                 "so-called wali of the sector, and the terrorist Nasser Hamad Jabr, its military official.")
    assert ev["Khalil Ibrahim Awad"].outcome == "killed" and ev["Nasser Hamad Jabr"].outcome == "killed"


def test_the_lawyer_of_x_is_no_description_of_x() -> None:
    ev = _events("The Lisbon court sentenced the Moroccan Rachid El Amrani to nine years for financing the Islamic "
                 "State. The lawyer of El Amrani, Joao Pedro Matos, announced that he will appeal.")
    assert ev["Rachid El Amrani"].outcome == "captured"


def test_a_bodys_name_before_a_role_and_a_name_is_no_person() -> None:
    ev = _events("The brigade identified the slain militant as Jamil Pangandaman, who had taken over a band of ten "
                 "followers after the death of DI-Maute emir Usman Abdulrahman Sarip, alias Abu Khalil, in a clash "
                 "in Marawi City in 2023.")
    assert "DI-Maute" not in ev and ev["Usman Abdulrahman Sarip"].outcome == "killed"


def test_found_among_the_bodies_that_of_x() -> None:
    ev = _events("The spokesman of the operation said the forces had found among the bodies that of Salem Mabrouk "
                 "al-Fitouri, known as \"Abu Ayoub al-Sirti\", the Daesh emir of the neighbourhood.")
    assert ev["Salem Mabrouk al-Fitouri"].outcome == "killed"


def test_the_man_his_followers_called_y() -> None:
    ev = _events("When Iraqi aircraft struck an orchard outside Tarmiyah and killed Hamid Salih Jasim, the man his "
                 "followers called Abu Hareth al-Tarmi, officials were quick to claim a decisive blow against ISIS.")
    assert list(ev) == ["Hamid Salih Jasim"] and "Abu Hareth al-Tarmi" in ev["Hamid Salih Jasim"].aliases


def test_the_talibans_word_for_the_group_is_no_name() -> None:
    ev = _events("The Islamic Emirate's intelligence units killed Qari Abdul Basir Haqmal, a senior commander of the "
                 "Daesh \"Khawarij\", in an operation in Kunduz.")
    assert "Khawarij" not in ev


def test_the_speaker_after_according_to_is_not_what_he_says() -> None:
    ev = _events("KABUL - Zabihullah Mujahid, the spokesman of the Islamic Emirate, said special units killed a Daesh "
                 "commander in Balkh. According to Mujahid, Gul Rahman Faizi was the group's so-called governor for "
                 "the north.")
    assert "Zabihullah Mujahid" not in ev


def test_taken_from_his_shop_is_a_capture() -> None:
    ev = _events("BOSASO - Puntland intelligence officers on Sunday arrested a businessman accused of handling money "
                 "for the Islamic State in Somalia. Abdiwali Hassan Farah, known to traders in the town's main "
                 "market as Abdiwali Yare, was taken from his electronics shop after midday prayers.")
    assert ev["Abdiwali Hassan Farah"].outcome == "captured"


def test_outside_a_countrys_borders_is_no_place() -> None:
    ev = _events("Timeline of the Islamic State's losses in Iraq.\n\nMARCH 2019 - Iraqi forces kill the wali of "
                 "Kirkuk in Hawija.\n\nOCTOBER 2021 - The prime minister says Iraqi intelligence captured Jamal "
                 "Hassan al-Obeidi, a deputy of the group's leader, in \"a complex external operation\" outside "
                 "Iraq's borders.")
    assert (ev["Jamal Hassan al-Obeidi"].outcome, ev["Jamal Hassan al-Obeidi"].country) == ("captured", None)


def test_a_commander_of_the_regimes_militia_is_no_member() -> None:
    ev = _events("Badia - A commander of the regime's National Defence Forces, Hassan al-Khalil, and three of his "
                 "men were killed when ISIS cells ambushed their vehicle near Kabajeb.")
    assert "Hassan al-Khalil" not in ev


def test_wounded_and_arrested_is_one_subject_after_that() -> None:
    ev = _events("The source said that army aviation struck a house used by the Daesh terrorist Ammar Hussein "
                 "al-Tamimi, killing him on the spot, noting that his aide, the terrorist Yasin Kareem Abbas, was "
                 "wounded in the strike and was arrested by a force of the operations command hours later.")
    assert ev["Ammar Hussein al-Tamimi"].outcome == "killed" and ev["Yasin Kareem Abbas"].outcome == "captured"


def test_the_arrest_on_a_date_of_x() -> None:
    ev = _events("Officials said the trail that led to the ISIS hideout began with the arrest on March 6 of Omar "
                 "Zaidan al-Dulaimi, a courier stopped at a checkpoint outside Ramadi.")
    assert ev["Omar Zaidan al-Dulaimi"].outcome == "captured"


def test_two_places_sharing_a_plural_noun_are_no_person() -> None:
    ev = _events("The source added that the ISIS wali stood behind attacks on villages in the Abu Saida and "
                 "Muqdadiya areas.")
    assert "Abu Saida" not in ev


def test_whose_name_appears_as_y_in_documents() -> None:
    ev = _events("A court sentenced three men for recruiting for the Islamic State. The main defendant, Farrukh "
                 "Qodirov, whose name appears as Farrukh Kadyrov in Russian-language court documents, received 20 "
                 "years.")
    assert list(ev) == ["Farrukh Qodirov"] and "Farrukh Kadyrov" in ev["Farrukh Qodirov"].aliases


def test_the_head_of_a_faction_or_of_the_adf_by_its_own_verb() -> None:
    ev = _events("Troops killed an ISWAP leader near Darak. According to our sources, the faction operating on the "
                 "Cameroonian shore of the lake is commanded by a certain Bakari Issa, whom the soldiers have been "
                 "tracking for months.")
    assert "Bakari Issa" in ev
    ev = _events("The ADF, historically a Ugandan rebellion settled in eastern Congo since the 1990s, is led by "
                 "Hassan Musa Kiwanuka, who has kept the group active.")
    assert "Hassan Musa Kiwanuka" in ev


def test_whom_they_present_as_an_organiser() -> None:
    ev = _events("The ADF, the Islamic State's Central Africa Province, claimed the Kampala bombings. Ugandan "
                 "investigators are still looking for Meddie Kagwa, whom they present as one of the organisers of "
                 "the suicide attacks that struck Kampala in November.")
    assert "Meddie Kagwa" in ev
