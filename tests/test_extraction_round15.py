"""Round 15: aliases, asides, past events and other people the heldout21/22 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2024-06-18")


# --- aliases -----------------------------------------------------------------------------

def test_aliases_given_in_more_ways() -> None:
    ev = _events('Puntland troops killed an ISIS commander, Yasin Cabdi Guuleed, whom fighters called "Gaabo", '
                 "in the Buqa valley. An ISIS recruiter, Halima Noor Aden, 38, who used the name Umm Salama, was "
                 'detained. The ISIS bomb-maker Faarax Jaamac Ismaaciil, also written Farah Jama Ismail, and a '
                 'cell leader widely known by the nickname "Dheere" surrendered.')
    assert ev["Yasin Cabdi Guuleed"].aliases == ["Gaabo"]
    assert ev["Halima Noor Aden"].aliases == ["Umm Salama"]
    assert ev["Faarax Jaamac Ismaaciil"].aliases == ["Farah Jama Ismail"]
    assert "Gaabo" not in ev and "Umm Salama" not in ev and "Farah Jama Ismail" not in ev


def test_an_alias_after_a_home_town_and_the_french_dit_translated_as_said() -> None:
    ev = _events("The army neutralised an ISIS chief, Hamidou Sawadogo, said \u201cPetit Hamidou\u201d, near "
                 "Gorom-Gorom. Sources named a second dead ISIS man as Tariq Faisal al-Dulaimi, from Fallujah, "
                 "known as Abu Harith al-Fallujawi.")
    assert ev["Hamidou Sawadogo"].aliases == ["Petit Hamidou"]
    assert ev["Tariq Faisal al-Dulaimi"].aliases == ["Abu Harith al-Fallujawi"]


def test_or_between_two_one_word_names_lists_two_men() -> None:
    ev = _events("The ADF commander Idrisa Kasule Mbazzi was killed in Beni, North Kivu, and the ADF courier "
                 "Juma Sekitoleko Waswa was captured in Irumu. The army did not say whether Mbazzi or Waswa had "
                 "met the group's leader.")
    assert ev["Idrisa Kasule Mbazzi"].outcome == "killed"
    assert ev["Juma Sekitoleko Waswa"].outcome == "captured"


def test_a_name_in_apposition_with_the_birthplace_word_is_an_alias() -> None:
    ev = _events("Among its founders was Abu Hamza al-Kazakhi, the Kazakh-born Yerlan Nurmagambetov, once the "
                 "group's military chief.")
    assert ev["Abu Hamza al-Kazakhi"].aliases == ["Yerlan Nurmagambetov"]


def test_an_alias_does_not_describe_the_man() -> None:
    # "mukhtar" is a village headman's title: as an alias it says nothing of whom he serves
    ev = _events("Puntland forces killed an Islamic State commander in Bari. Cabdullahi Xasan Warsame, also known "
                 "as Sheikh Mukhtar, handed himself over to elders in Qandala two days later.")
    assert ev["Cabdullahi Xasan Warsame"].outcome == "captured"


def test_one_surname_in_two_transliterations() -> None:
    ev = _events("The SDF killed an IS governor in Deir ez-Zor. His deputy, Nawaf Salih al-Hweishan, was taken "
                 "into custody. Al-Huwaishan, a former smuggler, joined IS in 2014, the SDF said.")
    assert list(ev) == ["Nawaf Salih al-Hweishan"]


# --- who suffered the outcome -----------------------------------------------------------

def test_a_subject_before_a_dashed_aside() -> None:
    ev = _events('In May, an ISWAP commander, Bukar Modu Kyari \u2014 called "Malam Kura" by his men \u2014 '
                 "surrendered to Chadian troops at Bol.")
    assert ev["Bukar Modu Kyari"].outcome == "captured"
    assert ev["Bukar Modu Kyari"].aliases == ["Malam Kura"]
    ev = _events("The ISSP courier Moussa Garba - Garba Moussa in court papers - who carried fuel for the group, "
                 "was wounded near Ayorou, in Tillaberi region.")
    assert ev["Moussa Garba"].outcome == "wounded"


def test_among_the_captives_past_a_speaker() -> None:
    ev = _events("Puntland forces killed an Islamic State commander in Bari. Among the captives, Jaamac said, "
                 "was a Sudanese man identified as Osman Idris Babiker.")
    assert ev["Osman Idris Babiker"].outcome == "captured"
    assert "Jaamac" not in ev


def test_a_one_word_name_joined_to_a_full_name() -> None:
    ev = _events("The CTD killed an ISKP commander in Bajaur district. His accomplices Gul Rahman and "
                 "Zarghunullah were arrested in injured condition.")
    assert ev["Zarghunullah"].outcome == "captured"


def test_kin_named_after_his_kin_word_in_a_list() -> None:
    ev = _events("Iraqi forces raided an ISIS hideout in Diyala. The two captured men were named as Hazim Sabah "
                 "al-Tamimi and his elder brother Qais. Qais al-Tamimi was treated for a leg wound.")
    assert ev["Qais al-Tamimi"].outcome == "captured"


def test_taken_to_an_unknown_destination_with_a_companion() -> None:
    ev = _events("The coalition raided an ISIS cell in Hajin. Another ISIS member, Fadel Hamoud al-Shaiti, was "
                 "hit by gunfire and taken, wounded, by the force to an unknown destination, together with Anas "
                 "al-Khudr, said to collect money for the cell.")
    assert ev["Fadel Hamoud al-Shaiti"].outcome == "captured"
    assert ev["Anas al-Khudr"].outcome == "captured"
    ev = _events("Russian jets struck ISIS near al-Sukhnah. The strikes wounded Fawaz Sattam al-Hamad, an ISIS "
                 "leader. He was taken by his companions to an unknown location.")
    assert ev["Fawaz Sattam al-Hamad"].outcome == "wounded"


def test_carried_off_by_his_own_side_is_no_capture_and_then_taken_is() -> None:
    ev = _events("A strike in Bari wounded an ISIS fighter known as Abu Dujana al-Kini. Abu Dujana was taken away "
                 "from the site by other fighters.")
    assert ev["Abu Dujana al-Kini"].outcome == "wounded"
    ev = _events("ISIS courier Salem Ayid al-Mahmoud was shot and wounded in the clash and then taken into custody.")
    assert ev["Salem Ayid al-Mahmoud"].outcome == "captured"


def test_the_head_of_a_relative_clause_split_by_said_or_a_preposition() -> None:
    ev = _events("Bulama Kolo was a close associate of Abu Maryam al-Barnawi, the ISWAP leader who the military "
                 "said was killed last year.")
    assert ev["Abu Maryam al-Barnawi"].outcome == "killed"
    ev = _events("The Dawlah Islamiyah remnants once fought under Amin Dimaporo, who led the siege of Marawi City "
                 "with Farouk Alonto and was killed there with him in October 2017.")
    assert ev["Amin Dimaporo"].outcome == "killed"
    assert ev["Amin Dimaporo"].admin1 == "Lanao del Sur"


def test_an_escape_behind_a_semicolon_is_past() -> None:
    ev = _events("Abu Salih al-Chechen, once the group's military chief, was revered. Washington announced his "
                 "death in 2016, but he survived it with wounds; he was killed months later in al-Shirqat, south of "
                 "Mosul.")
    assert ev["Abu Salih al-Chechen"].outcome == "killed"


def test_a_second_suspect_is_not_the_first() -> None:
    ev = _events("The Asayish announced the arrest of a suspected ISIS official in Sulaimani. The suspect, Aso "
                 "Karim Faraj, was detained in Bakrajo. A second suspect, Hemin Aziz Rauf, escaped arrest.")
    assert ev["Aso Karim Faraj"].outcome == "captured"
    assert ev["Hemin Aziz Rauf"].outcome == "mentioned"


def test_debunked_reports_and_another_mans_deputy() -> None:
    ev = _events("Troops killed ISWAP commander Abu Hafsat in Kukawa. The army debunked reports that troops had "
                 "also captured Goni Modu Bulama, said to be Abu Hafsat's second-in-command.")
    assert ev["Goni Modu Bulama"].outcome == "mentioned"


def test_hit_by_the_fire_of_our_forces_and_a_clause_after_alongside() -> None:
    ev = _events("The EIGS chief Ahmadou Ag Ilias was neutralised, while a third element, Boubacar Hamma, hit by "
                 "the fire of our forces, would have crossed into Mali.")
    assert ev["Boubacar Hamma"].outcome == "wounded"
    ev = _events("Troops in Borno neutralised ISWAP commander Bukar Tela alongside four others, while his "
                 "second-in-command, Ali Mainok, escaped with gunshot wounds.")
    assert ev["Ali Mainok"].outcome == "wounded"


# --- who is a member ---------------------------------------------------------------------

def test_not_members_a_force_official_a_ruler_a_general_and_a_rival_katiba() -> None:
    ev = _events("The SDF killed an IS emir in Deir ez-Zor, according to SDF media official Rojhat Ahmad. Since "
                 "the fall of Omar al-Ghanem, IS has regrouped. According to the communique signed by General "
                 "Salou Abdou, the terrorist Hamid Ag Ousmane was neutralised. The zone is disputed by the Katiba "
                 "Macina of Boubacar Diallo, affiliated to the JNIM.")
    assert "Rojhat Ahmad" not in ev
    assert "Omar al-Ghanem" not in ev
    assert "Salou Abdou" not in ev
    assert ev["Hamid Ag Ousmane"].outcome == "killed"
    assert "Boubacar Diallo" not in ev and "Katiba Macina" not in ev


def test_a_rival_kinsman_who_is_also_an_isis_figure() -> None:
    ev = _events("The first to go was Abu Yahya al-Kanemi, the son of Boko Haram's founder and ISWAP's best-known "
                 "commander. The army said al-Kanemi was killed in Borno.")
    assert ev["Abu Yahya al-Kanemi"].outcome == "killed"


def test_a_reported_subject_is_not_the_speaker() -> None:
    ev = _events("The Taliban said they killed an Islamic State Khorasan commander in Kabul. Zabihullah Mujahid "
                 "said Abdul Qadir Samim, who also used the name Qari Hamza, was killed in a "
                 "raid in Kabul on Sunday night.")
    assert ev["Abdul Qadir Samim"].outcome == "killed"
    assert ev["Abdul Qadir Samim"].aliases == ["Hamza"]


def test_a_leader_referred_to_in_reports_as() -> None:
    ev = _events("The ISSP founder, Yacouba Ag Mossa, was killed in Mali. Its current leader, referred to in UN "
                 "reporting as Abu Imran al-Sahrawi, has never been shown on camera.")
    assert ev["Abu Imran al-Sahrawi"].outcome == "mentioned"


# --- where --------------------------------------------------------------------------------

def test_an_outcome_of_an_earlier_year_is_placed_by_its_own_sentence_only() -> None:
    ev = _events("Iraqi jets killed the ISIS wali of northern Baghdad in Tarmiyah. He took over after the arrest "
                 "of his predecessor, ISIS emir Karim Jawad Obeid, in 2021, the statement added.")
    assert ev["Karim Jawad Obeid"].outcome == "captured"
    assert (ev["Karim Jawad Obeid"].country, ev["Karim Jawad Obeid"].admin1) == (None, None)
    # a year inside a relative clause dates something else
    ev = _events("Puntland forces killed an ISIS commander in Bari. Officials identified him as Cabdi Yare Nuur, a "
                 "former al-Shabaab member who defected to the Islamic State in 2015.")
    assert ev["Cabdi Yare Nuur"].country == "Somalia"
    # a control: the same year as the article keeps the story's place
    ev = _events("Iraqi jets killed the ISIS wali of northern Baghdad in Tarmiyah. He took over after the arrest "
                 "of his predecessor, ISIS emir Karim Jawad Obeid, in January 2024, the statement added.")
    assert ev["Karim Jawad Obeid"].country == "Iraq"


def test_a_place_before_where_and_a_direction_past_a_possessive() -> None:
    ev = _events("A CTD official said the suspect had been trained in Nangarhar, where ISKP's emir, Hafiz Gul "
                 "Zaman, was killed in a drone strike in 2017.")
    assert (ev["Gul Zaman"].country, ev["Gul Zaman"].admin1) == ("Afghanistan", "Nangarhar")
    ev = _events("The CTD killed an ISKP commander in Bajaur district. His accomplice, Gul Rahman Safi, was arrested, "
                 "while two others fled towards Afghanistan's Kunar province.")
    assert ev["Gul Rahman Safi"].admin1 == "Khyber Pakhtunkhwa"


def test_the_city_takes_up_a_place_of_a_relative_clause() -> None:
    ev = _events("The SDF raided IS cells near Damascus. Khaled Ayed al-Hamad, who commands the group's cells "
                 "around Raqqa, was wounded in a clash south of the city in April.")
    assert ev["Khaled Ayed al-Hamad"].admin1 == "Raqqa"
