"""Round 20: inverted subjects, section labels, denials and asides the heldout31/32 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-05-12")


def test_the_arrested_man_is_x_after_a_speech_clause() -> None:
    ev = _events("Police said the arrested man is Yasser Khalid al-Nuaimi, who is accused of collecting zakat for "
                 "the Islamic State in Hajin.")
    assert ev["Yasser Khalid al-Nuaimi"].outcome == "captured"


def test_the_man_killed_he_said_was_x() -> None:
    ev = _events("The man killed, he said, was Sher Alam Safi, an ISKP commander.")
    assert ev["Sher Alam Safi"].outcome == "killed"
    ev = _events("The man arrested, police said, was Sher Alam Safi, an ISKP commander.")
    assert ev["Sher Alam Safi"].outcome == "captured"


def test_a_province_or_an_office_is_no_person() -> None:
    ev = _events("Police said the detained man collected money for the Islamic State, which calls the area "
                 "\"Wilayat al-Furat\", and worked with the Diwan al-Hisba.")
    assert not any(k.endswith(("al-Furat", "al-Hisba")) for k in ev)
    ev = _events("Egyptian jets killed Abu Hamza al-Maqdisi, the leader of the so-called \"Ansar Bayt al-Maqdis\" "
                 "group, which pledged allegiance to the Islamic State.")
    assert set(ev) == {"Abu Hamza al-Maqdisi"}


def test_a_relative_named_in_the_subjects_description() -> None:
    ev = _events("A young man named Rami Fawzi al-Jasim, a relative of al-Ghanim by marriage, opened fire on the "
                 "force, so a helicopter targeted him and he was killed. Sources said al-Jasim had joined the "
                 "Islamic State's cells a year ago.")
    assert ev["Rami Fawzi al-Jasim"].outcome == "killed"
    assert "al-Ghanim" not in ev


def test_a_year_after_since_is_no_date_of_the_outcome() -> None:
    ev = _events("Iraqi jets struck a hideout in eastern Salahuddin province on Tuesday, officials said. The ISIS "
                 "wali Hatem Salman al-Obeidi was killed in the orchards of Albu Khudair, an area that has sheltered "
                 "militants since the group's defeat in 2017.", published="2021-06-02")
    assert (ev["Hatem Salman al-Obeidi"].outcome, ev["Hatem Salman al-Obeidi"].admin1) == ("killed", "Saladin")


def test_disputes_as_a_noun_denies_nothing() -> None:
    ev = _events("The army announced the capture of Ibrahim Ould Sidi Baba, an ISSP judge, near Ansongo in the Gao "
                 "region. ISSP's courts, which settle cattle disputes, matter to its rule.")
    assert ev["Ibrahim Ould Sidi Baba"].outcome == "captured"


def test_a_video_that_shows_the_man_addressing_fighters_undoes_a_death() -> None:
    ev = _events("In March, the army announced that it had neutralised Alhassane Ag Intalla, an ISSP governor. "
                 "Three weeks later, a video circulated by ISSP channels showed a man identified as Ag Intalla "
                 "addressing fighters near the border.")
    assert ev["Alhassane Ag Intalla"].outcome == "mentioned"


def test_a_leader_still_hiding_names_no_unnamed_patient() -> None:
    ev = _events("Puntland forces say they have killed a senior commander of the Islamic State faction in Bari. "
                 "Officials say the group's leader, Sheikh Abdirashid Warsame Gurey, is still hiding in the "
                 "mountains.")
    assert ev["Abdirashid Warsame Gurey"].outcome == "mentioned"


def test_a_section_label_places_its_paragraph() -> None:
    ev = _events("Weekly brief.\n\nSUMMARY. The ADF stayed active across North Kivu and Ituri.\n\n"
                 "BENI TERRITORY. On 5 May, troops attacked a camp in the Mwalika valley. The spokesman said an ADF "
                 "commander, Yusufu Kato Mbaziira, was killed.\n\nIRUMU TERRITORY. Nothing to report.")
    assert ev["Yusufu Kato Mbaziira"].admin1 == "North Kivu"
    ev = _events("Daily brief.\n\nRAQQA: Nothing to report.\n\nAL-HOL CAMP: Asayish forces arrested Amina Saleh "
                 "al-Khalaf, an ISIS enforcer, during a search of the camp.")
    assert ev["Amina Saleh al-Khalaf"].admin1 == "Al-Hasakah"


def test_researchers_name_x_as_chairman_of_the_shura() -> None:
    ev = _events("ISWAP is run by a shura council. Some researchers name Modu Bukar Gajiram as the current "
                 "chairman of the shura.")
    assert ev["Modu Bukar Gajiram"].outcome == "mentioned"


def test_a_founder_of_a_rival_movement_and_a_man_who_did_not_die_as_an_is_commander() -> None:
    ev = _events("ISWAP emerged from Boko Haram, the movement founded in Maiduguri by the preacher Usman Garba "
                 "Dikwa, who was killed in police custody in 2009.")
    assert "Usman Garba Dikwa" not in ev
    ev = _events("ISWAP fighters cornered Bulama Kachalla Goni in Sambisa and he was killed. It bears repeating that "
                 "Bulama Kachalla Goni did not die as an Islamic State commander.")
    assert "Bulama Kachalla Goni" not in ev


def test_a_minister_before_a_labelled_subject_and_a_counted_subject() -> None:
    ev = _events("According to the communique read by the Minister of Defence, Hamadou Sani Bakary, a second "
                 "terrorist, Idrissa Moussa Dicko, was apprehended near Banibangou.")
    assert set(ev) == {"Idrissa Moussa Dicko"}
    ev = _events("According to the communique, signed by the Minister of Defence, Hamadou Sani Bakary, two other "
                 "elements of the EIGS group were neutralised.")
    assert "Hamadou Sani Bakary" not in ev


def test_known_as_a_and_as_b() -> None:
    ev = _events("Police arrested Abu Omar al-Tikriti, an ISIS emir who was also known as Haji Mahmud and as Abu "
                 "Bakr al-Shami.")
    assert set(ev) == {"Abu Omar al-Tikriti"}
    assert "Abu Bakr al-Shami" in ev["Abu Omar al-Tikriti"].aliases


def test_described_as_likely_killed_then_survived_with_wounds() -> None:
    ev = _events("Giorgi Mamukashvili, the Georgian better known as Abu Omar al-Kisti, an Islamic State commander, "
                 "was described by the Pentagon earlier this month as \"likely\" killed in a strike near al-Shadadi. "
                 "On Friday, an official said Mamukashvili survived the strike with serious wounds.")
    assert ev["Giorgi Mamukashvili"].outcome == "wounded"


def test_a_withheld_place_is_not_guessed() -> None:
    ev = _events("U.S. forces killed an Islamic State finance chief near Mayadin last year. He said Mahmoud Saleh "
                 "al-Janabi, an ISIS financier, was killed this week in eastern Syria but declined to say how or "
                 "exactly where.")
    assert (ev["Mahmoud Saleh al-Janabi"].country, ev["Mahmoud Saleh al-Janabi"].admin1) == ("Syria", None)


def test_the_second_of_a_list_after_a_long_appositive() -> None:
    ev = _events("Among the dead were the terrorist Salem Awad Abu Harb, responsible for \"monitoring and "
                 "surveillance\" of the forces, and the takfiri element Musa Suleiman Abu Jarir, who planted bombs "
                 "for Sinai Province.")
    assert ev["Musa Suleiman Abu Jarir"].outcome == "killed"


def test_neither_confirmed_nor_denied_denies_nothing() -> None:
    ev = _events("The governor said an ISKP commander named Qari Hayatullah Mohmand was among the dead, a claim "
                 "the U.S. statement neither confirmed nor denied.")
    assert ev["Hayatullah Mohmand"].outcome == "killed"


def test_an_aside_before_seriously_wounded() -> None:
    ev = _events("Boubacar Hamani Soumana, an EIGS lieutenant, was apprehended in Ouallam, while Moussa Hama "
                 "Garba, known as \"Chef\", a lieutenant of Doundoun, \"seriously wounded, managed to flee\".")
    assert ev["Moussa Hama Garba"].outcome == "wounded"
    assert "Doundoun" not in ev


def test_an_outlet_whose_branch_is_led_by_a_rival() -> None:
    ev = _events("Bamako, 3 Jun 2024 (Lusa) - The army said it killed Abu Talha al-Azawadi, an Islamic State "
                 "leader, near Menaka. Lusa could not confirm the death independently.\n\nMenaka is contested by "
                 "the Islamic State and JNIM, linked to al-Qaeda, whose branch in the centre is led by the preacher "
                 "Hamadoun Barry Sangare.")
    assert "Lusa" not in ev
    assert "Hamadoun Barry Sangare" not in ev


def test_found_alive_but_wounded_and_taken_into_custody() -> None:
    ev = _events("Jets killed an ISIS wali in Diyala. A statement said troops searching the site found another "
                 "militant, Hussein Jabbar Kazim, alive but wounded, and took him into custody.")
    assert ev["Hussein Jabbar Kazim"].outcome == "captured"


def test_an_unnamed_leader_whom_an_agency_names_as_x() -> None:
    ev = _events("Dec. 3, 2024 \u2014 A U.S. airstrike in Deir ez-Zor province kills an Islamic State leader whom "
                 "U.S. Central Command names as Abu Khalid al-Hamawi, along with another operative.")
    assert (ev["Abu Khalid al-Hamawi"].outcome, ev["Abu Khalid al-Hamawi"].admin1) == ("killed", "Deir ez-Zor")


def test_the_dapchi_schoolgirls_place_no_killing() -> None:
    ev = _events("Bulama Abba Kyari, an ISWAP ideologue, was killed by his own commanders in 2018, reportedly over "
                 "the release of the Dapchi schoolgirls.", published="2024-09-10")
    assert (ev["Bulama Abba Kyari"].outcome, ev["Bulama Abba Kyari"].country) == ("killed", None)
