"""Round 21: namings, denials, lists, places and courts the heldout33/34 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-06-20")


def test_a_relative_with_no_known_links_is_no_member() -> None:
    ev = _events("The SDF killed Khalil Ahmad al-Dhiyab, an ISIS cell leader, in a raid in Deir ez-Zor. A young "
                 "relative of al-Dhiyab, Omar al-Dhiyab, who has no known links to the organisation, was also "
                 "injured.")
    assert "Omar al-Dhiyab" not in ev


def test_reports_of_a_death_that_none_confirmed() -> None:
    ev = _events("ISKP is led by Abdul Wahid Qasimi, an Islamic State emir. Qasimi has been reported dead several "
                 "times since 2023, but none of the reports has been confirmed.")
    assert ev["Abdul Wahid Qasimi"].outcome == "mentioned"


def test_it_is_x_and_the_person_concerned_is_x_name_the_unnamed_patient() -> None:
    ev = _events("Pemba - The FDS shot dead on Saturday a commander of the insurgents of the Islamic State in "
                 "Macomia.\n\nIt is Rashidi Momade Cassimo, known as \"Tio Rashid\", pointed out by the population as "
                 "one of the heads of the group.")
    assert ev["Rashidi Momade Cassimo"].outcome == "killed"
    ev = _events("Bamako - The army neutralised an EIGS leader in the zone of Tessit, the General Staff announced. "
                 "According to the communique, the person concerned is Oumar Ag Alhousseini, alias \"Abou Yahya\".")
    assert ev["Oumar Ag Alhousseini"].outcome == "killed"


def test_a_cell_run_by_an_honorific_and_a_name() -> None:
    ev = _events("The three were convicted of Daesh membership. According to the prosecution, they were part of a "
                 "cell run by Mufti Saeedullah, who was killed in an exchange of fire with CTD personnel in Kharan "
                 "in 2023.", published="2024-05-01")
    assert ev["Saeedullah"].outcome == "killed"


def test_a_bullet_injury_and_a_warrant_for_his_arrest() -> None:
    ev = _events("A fourth suspect of the IS-K cell, Rahmatullah Baloch, received a bullet injury during the "
                 "Mastung raid but managed to escape. The court issued warrants for his arrest.")
    assert ev["Rahmatullah Baloch"].outcome == "wounded"


def test_a_rival_of_which_x_is_a_leader_and_a_rival_under_x() -> None:
    ev = _events("The EIGS has been fighting the JNIM, affiliated with al-Qaeda, of which Hamadou Kalifa Barry is "
                 "one of the principal leaders.")
    assert "Hamadou Kalifa Barry" not in ev
    ev = _events("The Islamic State's rivals - HTS under Abu Khalid al-Idlibi above all - claim kills of their own.")
    assert "Abu Khalid al-Idlibi" not in ev


def test_last_year_dates_an_outcome_but_not_a_deed() -> None:
    ev = _events("Troops killed an ISWAP commander in Borno. Abba Kaka Modu rose after Bulama Ali Gana, the "
                 "group's second-in-command, was killed by his own fighters in August last year.")
    assert (ev["Bulama Ali Gana"].outcome, ev["Bulama Ali Gana"].country) == ("killed", None)
    ev = _events("CTD personnel killed two IS-K militants in Bajaur. According to a CTD statement, the slain "
                 "militant, Qari Sher Ali, was wanted for the suicide attack on a rally in Khar last year.")
    assert (ev["Sher Ali"].outcome, ev["Sher Ali"].admin1) == ("killed", "Khyber Pakhtunkhwa")


def test_an_operation_carried_out_by_army_units_in_a_city() -> None:
    ev = _events("Army units killed dozens of Daesh fighters in a 2016 operation in Sirte.\n\nThe spokesman "
                 "announced on Sunday the killing of the terrorist Salem Ali al-Obeidi, "
                 "the so-called wali of the south of the Daesh organisation, in an operation carried out by army "
                 "units in the al-Tuyuri neighbourhood of the city of Sabha.")
    assert ev["Salem Ali al-Obeidi"].admin1 == "Sabha"


def test_a_list_that_runs_on_past_an_appositive_with_as_well_as() -> None:
    ev = _events("The force also arrested the terrorist Khalifa Omar al-Zawi, the organisation's official for "
                 "\"security\" in the south, as well as a Chadian national named Idriss Mahamat Saleh, who was "
                 "wounded during the clashes.")
    assert ev["Idriss Mahamat Saleh"].outcome == "captured"


def test_a_kunya_holds_no_town() -> None:
    ev = _events("The Interior Ministry dismantled an ISIS cell in the town of al-Kiswah in Damascus countryside, "
                 "and arrested its leader, Fadi Mahmoud al-Khatib, nicknamed \"Abu al-Walid\".")
    assert (ev["Fadi Mahmoud al-Khatib"].country, ev["Fadi Mahmoud al-Khatib"].admin1) == ("Syria", "Rif Dimashq")


def test_information_allowing_the_arrest_of_x_is_no_arrest() -> None:
    ev = _events("The army killed an EIGS leader near Anzourou. The communique calls on the populations to provide "
                 "any information allowing the arrest of Ousmane Soumana Dicko, dit \"Wazir\", whom the army accuses "
                 "of coordinating the EIGS attacks.")
    assert ev["Ousmane Soumana Dicko"].outcome == "mentioned"


def test_said_to_have_sustained_wounds_and_the_deputy_of_a_quoted_alias() -> None:
    ev = _events("Another ISWAP commander, Ba Lawan Kyari, was said to have sustained gunshot wounds during a "
                 "failed attack on the base in Damasak.")
    assert ev["Ba Lawan Kyari"].outcome == "wounded"
    ev = _events("The army neutralised Hamidou Alfa Diallo, alias \"Petit Prince\", an EIGS leader. A third man, "
                 "Ibrahim Sidi Yero, presented as the deputy of \"Petit Prince\", was gravely wounded.")
    assert (ev["Hamidou Alfa Diallo"].outcome, ev["Ibrahim Sidi Yero"].outcome) == ("killed", "wounded")


def test_a_speakers_city_is_no_place_of_the_arrest() -> None:
    ev = _events("Troops killed an ADF commander near Beni.\n\nFrom Kampala, the UPDF also indicated that an ADF "
                 "recruiter, Hajji Yusufu Kasirye, had been arrested in Uganda in September.")
    assert (ev["Yusufu Kasirye"].country, ev["Yusufu Kasirye"].admin1) == ("Uganda", None)


def test_a_leader_believed_to_be_hiding_names_no_patient() -> None:
    ev = _events("Puntland forces killed an ISIS commander in Bari. The group's leader, Abdirizak Hassan Dhuxul, "
                 "is believed to be hiding deeper in the mountains, officials said.")
    assert ev["Abdirizak Hassan Dhuxul"].outcome == "mentioned"


def test_a_court_that_condemned_and_a_country_of_europe() -> None:
    ev = _events("Lisbon, 27 Nov (Lusa) - The Central Criminal Court of Lisbon today condemned Jasur Ergashev, a "
                 "citizen of 29 years, to nine years of prison for belonging to the Islamic State. A second "
                 "defendant, Bekzod Tursunov, detained in Italy in the same operation, was condemned to five "
                 "years.")
    assert ev["Jasur Ergashev"].outcome == "captured"
    assert (ev["Bekzod Tursunov"].outcome, ev["Bekzod Tursunov"].country) == ("captured", "Italy")


def test_next_in_line_and_a_co_accused_are_the_groups() -> None:
    ev = _events("The army killed Abu Hamza, a Dawlah Islamiyah emir, in Lanao del Sur. The military said it is "
                 "now tracking Jamil Abdullah Macalimbol, believed to be next in line.")
    assert ev["Jamil Abdullah Macalimbol"].outcome == "mentioned"
    ev = _events("A Ugandan court jailed Musa Kintu, an ADF commander. Kintu's co-accused, Ashraf Ssemanda, has "
                 "never been arrested.")
    assert ev["Ashraf Ssemanda"].outcome == "mentioned"


def test_an_office_of_public_information_names_no_one() -> None:
    ev = _events("In a statement signed by its Chief of Military Public Information, the force said troops "
                 "killed the ISWAP commander Kachalla Bukar Modu.")
    assert set(ev) == {"Kachalla Bukar Modu"}


def test_a_bomber_who_blows_himself_up_and_is_named_later() -> None:
    ev = _events("August 2, 2022 \u2013 A suicide bomber blows himself up at the gate of Kabul's airport. ISKP "
                 "later names him as Abdul Wali al-Kunari. He had been arrested in India in 2017.",
                 published="2025-03-06")
    assert ev["Abdul Wali al-Kunari"].outcome == "killed"
