"""Round 30: attributions, caveats, bystanders, speakers' surnames, reduced relatives and quoted
titles, from the heldout52/53 reviews.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-12-02")


def test_a_reporters_caveat_about_the_information_undoes_nothing() -> None:
    ev = _events("In Ituri, the army also affirms that an ADF logistics officer, Idrisa Mugisha, was wounded on "
                 "Friday during a clash at Komanda. The information could not be confirmed by an independent "
                 "source.")
    assert ev["Idrisa Mugisha"].outcome == "wounded"


def test_a_body_abandoned_on_the_ground_is_no_denial() -> None:
    ev = _events("The army said an ADF commander, Hamza Lubega, was killed on Sunday in an assault near Oicha. "
                 "\"The enemy abandoned on the ground the body of Lubega,\" the spokesman said.")
    assert ev["Hamza Lubega"].outcome == "killed"


def test_a_route_end_or_a_building_named_after_a_town_of_another_country() -> None:
    ev = _events("BENI - The FARDC announced the death of an ADF chief in North Kivu. The chief, named Salim "
                 "Kasule, was killed on Sunday in the locality of Mayimoya, on the Mbau-Kamango axis, in Beni "
                 "territory, North Kivu.")
    assert ev["Salim Kasule"].country == "Democratic Republic of the Congo"
    ev = _events("SIRTE - The forces of the operation, fighting Daesh in Sirte, Libya, said they captured a Tunisian "
                 "fighter, Karim Ben Amor, after he was besieged in a house near the Ouagadougou conference centre.")
    assert (ev["Karim Ben Amor"].country, ev["Karim Ben Amor"].admin1) == ("Libya", "Sirte")


def test_soldiers_wounded_are_no_target_of_the_operation() -> None:
    ev = _events("Insurgents of the Islamic State in the Greater Sahara (EIGS) attacked Banibangou. The army "
                 "spokesman, Colonel Issa Garba Mamane, specified that the operation targeted the network of the "
                 "EIGS emir for the zone, known under the name of \u00ab Abou Moussa \u00bb, who remains actively "
                 "sought. The defence and security forces deplore two soldiers lightly wounded.")
    assert ev["Abou Moussa"].outcome == "mentioned"


def test_its_commander_after_a_sentence_that_opens_with_an_adverb_and_the_sdf() -> None:
    ev = _events("Thousands of suspected ISIS fighters remain in SDF prisons. Third, the SDF cannot be left to manage "
                 "this alone. Its commander, Ferhat Ali Dersim, has repeated that the problem is international.")
    assert "Ferhat Ali Dersim" not in ev


def test_aliases_with_a_speakers_hedge_or_a_place_inside() -> None:
    ev = _events("The ministry named the detained man as Nasser Omar al-Khatib, who it said was known within the "
                 "group as \"Abu Anas\" and had been its wali for the south.")
    assert list(ev) == ["Nasser Omar al-Khatib"] and "Abu Anas" in ev["Nasser Omar al-Khatib"].aliases
    ev = _events("The court in Lisbon convicted the Iraqi defendant, Samir Hadi Jawad, 40, who in Mosul was known "
                 "by the nickname \"Abu Layla\", of membership in the Islamic State.")
    assert list(ev) == ["Samir Hadi Jawad"] and "Abu Layla" in ev["Samir Hadi Jawad"].aliases


def test_has_led_iskp_and_led_by_most_accounts_name_its_head() -> None:
    ev = _events("In 2021, the Islamic State named a new Khorasan emir. 2021-present: Gul Mohammad Haqyar, who goes "
                 "by the name Omar Kunari, has led ISKP since mid-2021.")
    assert "Gul Mohammad Haqyar" in ev
    ev = _events("The Khorasan branch (ISKP) is still led, by most accounts, by Zabiullah Noori, who goes by Omar "
                 "Kunari.")
    assert "Zabiullah Noori" in ev


def test_in_the_town_after_the_cue_is_the_town_named_before_it() -> None:
    ev = _events("The Asayish arrested a former ISIS judge in Sulaimani. According to the statement, his superior, "
                 "Hamid Jasim al-Obeidi, the ISIS \"wali\" of Hawija, was killed in a coalition air strike in the "
                 "town in October 2017.")
    assert (ev["Hamid Jasim al-Obeidi"].outcome, ev["Hamid Jasim al-Obeidi"].admin1) == ("killed", "Kirkuk")


def test_a_witness_first_name_is_no_short_form() -> None:
    ev = _events("Iraqi intelligence said Khalid Hamid al-Dulaimi, who it said made car bombs for the Islamic State, "
                 "had been wounded in a strike near Hammam al-Alil, south of Mosul. \"He told the young men to "
                 "fight,\" said one resident, who gave his name only as Khaled.")
    assert ev["Khalid Hamid al-Dulaimi"].outcome == "wounded"


def test_the_lawyer_y_after_a_name_is_ys_job() -> None:
    ev = _events("LISBON - An Iraqi was sentenced to 16 years for Islamic State membership. The arguido, Karim "
                 "Salman Aziz, 38, was convicted of the crimes of adhesion to a terrorist organisation and war "
                 "crimes. The defender of Karim Salman Aziz, the lawyer Rui Mendes Costa, announced that he will "
                 "appeal.")
    assert ev["Karim Salman Aziz"].outcome == "captured"


def test_the_man_the_military_named_is_the_unnamed_target() -> None:
    ev = _events("The Air Force said on 9 May that it had \"neutralised a high-value target\" in a night strike on "
                 "a compound outside Buni Gari, in Yobe State. The man the military named, Bulama Gana Kolo - known "
                 "to villagers as Malam Bulama - was the principal ISWAP tax collector of the area.")
    assert ev["Bulama Gana Kolo"].outcome == "killed"


def test_named_as_the_coordinator_or_appointed_as_a_quoted_emir() -> None:
    ev = _events("ISWAP's networks in Yobe survive. Our interviewees named Ali Modu Gujba as the coordinator who "
                 "answers for the whole axis.")
    assert "Ali Modu Gujba" in ev
    ev = _events("The Daesh organisation announced in its newspaper the appointment of Abdul Karim al-Tarhuni as "
                 "\"emir\" of its branches in Libya.")
    assert "Abdul Karim al-Tarhuni" in ev


def test_a_countrys_officer_who_speaks_names_no_place() -> None:
    ev = _events("That leader, Abu Yusuf al-Barnawi, was himself killed months later, Nigeria's chief of defence "
                 "staff said in October 2023, although the group never confirmed his death.")
    assert (ev["Abu Yusuf al-Barnawi"].outcome, ev["Abu Yusuf al-Barnawi"].country) == ("killed", None)


def test_a_former_army_officer_may_serve_the_group() -> None:
    ev = _events("According to the court, the cell was set up by Abu Omar al-Anbari, a former army officer from Rawa "
                 "who served as the group's \"security emir\" for western Anbar until he was killed in a coalition "
                 "air strike near Heet in 2017.")
    assert ev["Abu Omar al-Anbari"].outcome == "killed"


def test_a_quoted_title_names_the_unnamed_dead() -> None:
    ev = _events("SOHR sources said an ISIS \"emir\" was killed yesterday in Russian airstrikes on the Badia of "
                 "Al-Sukhnah east of Palmyra. The \"emir\" has been identified as Ziad Al-Homsi, known as \"Abu "
                 "Yaqub\".")
    assert (ev["Ziad Al-Homsi"].outcome, ev["Ziad Al-Homsi"].admin1) == ("killed", "Homs")


def test_lost_one_of_its_leaders_in_an_air_strike() -> None:
    ev = _events("The Daesh organisation lost one of its most prominent leaders in Libya, the Iraqi Abu Harith "
                 "al-Iraqi, in an American air strike on the city of Derna in November.")
    assert ev["Abu Harith al-Iraqi"].outcome == "killed"


def test_a_speakers_surname_is_no_town() -> None:
    ev = _events("The spokesman of the Internal Security Forces, Hogir Kobani, said the forces arrested an ISIS "
                 "\"Hisba\" official in al-Hol camp. Kobani added that the forces also arrested Samira Hassan "
                 "al-Ali, who collected money for the cells.")
    assert (ev["Samira Hassan al-Ali"].outcome, ev["Samira Hassan al-Ali"].admin1) == ("captured", "Al-Hasakah")


def test_outlet_and_operation_words_are_no_names() -> None:
    ev = _events("Chad's army said it had neutralised an ISWAP commander, Bana Kaka Abba, near Kaiga, in the wake "
                 "of the operation \u00ab Col\u00e8re de Bohoma \u00bb.")
    assert not any("Bohoma" in name for name in ev)
