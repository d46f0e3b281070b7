"""Round 19: objects, pronouns, timelines and titles the heldout29/30 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-04-02")


def test_a_name_in_the_objects_description_is_no_object() -> None:
    ev = _events("A coalition raid in Deir ez-Zor wounded the ISIS leader Ahmad Khalil al-Bakkar. The SDF also "
                 "arrested Issa Hamad al-Dandal, a relative of al-Bakkar.")
    assert ev["Ahmad Khalil al-Bakkar"].outcome == "wounded"


def test_for_his_part_and_his_wife_unharmed() -> None:
    ev = _events("Yacouba Hama Sidibe, an ISGS commander, was for his part wounded during fighting near Banibangou.")
    assert ev["Yacouba Hama Sidibe"].outcome == "wounded"
    ev = _events("Coalition forces landed near a house in Deir ez-Zor. Al-Hamdan, an ISIS leader, was killed in an "
                 "exchange of fire, while his wife and children were taken out of the house unharmed.")
    assert ev["Al-Hamdan"].outcome == "killed"


def test_names_after_an_alias_in_brackets_and_a_title_in_quotes() -> None:
    ev = _events("The strike resulted in the killing of the terrorist Ahmed Farhan Saleh, nicknamed (Abu Bakr), and "
                 "the terrorist Qasim Mohammed Ali of Daesh.")
    assert ev["Qasim Mohammed Ali"].outcome == "killed"
    ev = _events("Troops killed two ISWAP commanders. He named them as Goni Modu Kolo, described as the group's "
                 "\"Munzir\" for the islands, and Bukar Kaka Ali.")
    assert "Munzir" not in ev


def test_a_speech_verbs_listener_and_that_are_no_description() -> None:
    ev = _events("A Nineveh court sentenced a Daesh hisba official. A witness told the court that Salim's superior in "
                 "the hisba, Omar Hamid al-Jumaili, was killed in a coalition airstrike in al-Qaim in 2017.")
    assert (ev["Omar Hamid al-Jumaili"].outcome, ev["Omar Hamid al-Jumaili"].admin1) == ("killed", "Anbar")


def test_he_after_a_comma_and_a_capital_word_that_is_no_name() -> None:
    ev = _events("The Islamic State lost leaders in Iraq.\n\nMarch 2022 \u2013 Adnan Omar al-Tikriti. Named by Iraqi "
                 "intelligence as a commander in the Makhoul mountains, he was wounded in an Iraqi airstrike there.")
    assert ev["Adnan Omar al-Tikriti"].outcome == "wounded"
    ev = _events("ISIS runs al-Hol.\n\nBakhtiyor Karimov, who goes by Abu Hamza al-Uzbeki, is said to run the "
                 "smuggling of Central Asian families out of the camp. He was shot and wounded in a clash with camp "
                 "guards.")
    assert any(e.outcome == "wounded" for e in ev.values() if "Karimov" in e.leader or "Karimov" in str(e.aliases))


def test_a_timeline_entry_and_a_fronted_participle() -> None:
    ev = _events("The Islamic State lost leaders in Iraq.\n\nDecember 2019 \u2013 Jabbar Ali Hamid al-Fahdawi, or "
                 "\"Abu Hamza al-Rawi\". The group's wali of Anbar was killed by Iraqi F-16s in Wadi Hauran.")
    assert ev["Jabbar Ali Hamid al-Fahdawi"].outcome == "killed"
    ev = _events("The Islamic State lost leaders in Iraq.\n\nJune 2020 \u2013 Hussein Mahmoud al-Karbouli (Abu Ahmed). "
                 "Arrested by the Counter-Terrorism Service in Baquba, al-Karbouli was accused of running the "
                 "group's Diyala sector.")
    assert ev["Hussein Mahmoud al-Karbouli"].outcome == "captured"


def test_a_dispute_a_dna_test_settled() -> None:
    ev = _events("Iraqi jets killed the ISIS wali of Anbar, Jassim Hamid al-Rawi, in Wadi Hauran. His family "
                 "disputed the identification for weeks before a DNA test settled it.")
    assert ev["Jassim Hamid al-Rawi"].outcome == "killed"
    ev = _events("Police have said the ISIS recruiter Salim Juma Otieno is believed to have been killed in Congo, "
                 "but his death has never been confirmed.")
    assert ev["Salim Juma Otieno"].outcome == "mentioned"  # a control: never confirmed


def test_which_led_to_his_killing_but_not_information_leading_to_his_arrest() -> None:
    ev = _events("A patrol clashed with the so-called security emir of the ISIS organization inside the camp, Hussam "
                 "Ali al-Obeid, who opened fire on the force, which led to his killing.")
    assert ev["Hussam Ali al-Obeid"].outcome == "killed"
    ev = _events("The ISIS financier Mahmoud Saleh al-Dandal had left the house. The SDF later offered a reward for "
                 "information leading to his arrest.")
    assert ev["Mahmoud Saleh al-Dandal"].outcome == "mentioned"


def test_the_individual_named_and_the_second_man_identified_as() -> None:
    ev = _events("The Cameroonian army neutralised an ISWAP commander near Kolofata. The individual, named Abakar "
                 "Ali Mahamat, was at the head of a group of assailants.")
    assert ev["Abakar Ali Mahamat"].outcome == "killed"
    ev = _events("A US strike killed two IS men in Deir ez-Zor. Activists identified the second man as Khalaf Ayed "
                 "al-Jasim, a relative of the emir's wife.")
    assert ev["Khalaf Ayed al-Jasim"].outcome == "killed"


def test_not_members_a_demonym_a_rival_heads_group_a_presiding_judge() -> None:
    ev = _events("The coalition confirmed that Turki al-Hamad, the Bahraini cleric known as Abu Sufyan al-Bahrani, "
                 "was killed in an airstrike on Mayadin.")
    assert len(ev) == 1
    ev = _events("Insurgents led by Ahmed al-Hamwi's Hayat Tahrir al-Sham swept into Damascus, and the Islamic State "
                 "saw an opening.")
    assert "Ahmed al-Hamwi" not in ev
    ev = _events("The judges, presided by the judge Maria Costa Ferreira, found that the ISIS financier sent money.")
    assert not any("Ferreira" in e.leader for e in ev.values())


def test_places_portugal_kenya_and_a_direction() -> None:
    ev = _events("The ISIS financier Ansumane Balde Tavares was detained in his residence in Amadora, in the "
                 "district of Lisbon.")
    assert (ev["Ansumane Balde Tavares"].country, ev["Ansumane Balde Tavares"].admin1) == ("Portugal", "Lisbon")
    ev = _events("Kenyan police detained an ISIS courier, Hussein Juma Mwangi, at the Lunga Lunga border post.")
    assert ev["Hussein Juma Mwangi"].admin1 == "Kwale"
    ev = _events("An ISIS insurgent, Rachide Abdala, was wounded in Mocimboa da Praia and escaped in the direction of "
                 "the province of Niassa.")
    assert ev["Rachide Abdala"].admin1 == "Cabo Delgado"
