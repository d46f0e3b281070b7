"""Round 16: relative clauses, claims, identifications and places the heldout23/24 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2024-09-02")


# --- who suffered the outcome -----------------------------------------------------------

def test_the_head_of_a_relative_clause_holding_other_names() -> None:
    ev = _events("In 2019 Bukar Ali Gana, the ISWAP ideologue who had backed Goni Kolo against Modu Tela, was "
                 "killed by his own commanders.")
    assert ev["Bukar Ali Gana"].outcome == "killed"
    assert "Modu Tela" not in ev or ev["Modu Tela"].outcome == "mentioned"


def test_a_reduced_clause_after_a_name_belongs_to_that_name() -> None:
    ev = _events("The EIGS, whose chief is presented today as a certain Abou Hamza al-Sahraoui, lost its founder "
                 "Abou Yahya al-Targui, killed by French forces in Mali in 2021.")
    assert ev["Abou Yahya al-Targui"].outcome == "killed"
    assert ev["Abou Hamza al-Sahraoui"].outcome == "mentioned"


def test_a_pronouns_noun_inside_the_appositive_and_whom_split_by_said() -> None:
    ev = _events("Abu Bilal al-Herati, who led ISKP until his arrest by the former government in 2019, was "
                 "reportedly killed by the Taliban in Kabul in August 2021.")
    assert ev["Abu Bilal al-Herati"].outcome == "killed"
    ev = _events("None of them matches Abu Hajar al-Iraqi, the group's deputy leader, whom the U.S. said it "
                 "killed in an air strike near Mosul in 2016.")
    assert ev["Abu Hajar al-Iraqi"].outcome == "killed"


def test_in_custody_and_the_place_he_was_moved_to() -> None:
    ev = _events("The SDF arrested an ISIS emir in Dhiban. A second ISIS man, Jassim Hamad al-Khalaf, was hit by "
                 "gunfire and was transferred under heavy guard to a hospital in the city of Qamishli, where he "
                 "remains in the custody of the SDF.")
    assert (ev["Jassim Hamad al-Khalaf"].outcome, ev["Jassim Hamad al-Khalaf"].admin1) == ("captured", "Deir ez-Zor")


def test_one_of_whom_and_names_joined_past_a_relative_clause() -> None:
    ev = _events("A coalition raid killed an ISIS official near al-Bab and ended with the arrest of two others, one "
                 "of whom sources named as Bashar Nayef al-Saleh.")
    assert ev["Bashar Nayef al-Saleh"].outcome == "captured"
    ev = _events("Two ISIS men were taken into custody near al-Bab, the ministry said, naming them as Omar Khalil "
                 "al-Rawi, who it said served as the emir's courier, and Samer Nayef al-Ali, a Syrian.")
    assert ev["Samer Nayef al-Ali"].outcome == "captured"


def test_a_one_word_name_after_a_henchmans_noun_and_a_headline_subject() -> None:
    ev = _events("CTD personnel killed the ISKP commander Gul Zaman Khan, while his accomplice Zabihullah was "
                 "injured and taken into custody.")
    assert ev["Zabihullah"].outcome == "captured"
    ev = _events("Macomia: insurgent leader 'Tio Bakar' shot dead in Quiterajo\n\nThe so-called Islamic State "
                 "in Mozambique lost a commander, Bakar Issa Momade, or \"Tio Bakar\", on Saturday.")
    assert ev["Bakar Issa Momade"].outcome == "killed"


def test_the_named_x_takes_up_the_man_spoken_of_unless_his_own_fate_follows() -> None:
    ev = _events("The FDS have neutralised a notorious chief of the EIGS near Abala. According to the document, the "
                 "named Moussa Ag Alher, alias Abou Talha, was the emir of a katiba.")
    assert ev["Moussa Ag Alher"].outcome == "killed"
    ev = _events("\"The terrorist Ali Kaliba of the ADF was neutralised with four of his elements, and his second, "
                 "the named Idrisa Kiiza said 'Kasuku', was wounded then captured by our forces,\" the officer said.")
    assert ev["Idrisa Kiiza"].outcome == "captured"
    assert ev["Idrisa Kiiza"].aliases == ["Kasuku"]


def test_hit_but_dragged_away_among_the_wounded_and_eliminating() -> None:
    ev = _events("Troops killed two Dawlah Islamiyah members in Shariff Aguak. A third militant, Kamid Usman, was "
                 "hit but was dragged by his companions towards the marshland.")
    assert ev["Kamid Usman"].outcome == "wounded"
    ev = _events("An ISIS raid in Fezzan failed. Among the wounded, the group's weekly later reported, was Abu "
                 "Harith al-Sudani, a trainer who resurfaced months afterwards in a video.")
    assert ev["Abu Harith al-Sudani"].outcome == "wounded"
    ev = _events("The forces succeeded in eliminating the takfiri element Salem Awad Abu Jarir, a leader of "
                 "Wilayat Sinai, south of Rafah. The forces also arrested 12 suspected persons, among them Ayman "
                 "Saad Barakat.")
    assert ev["Salem Awad Abu Jarir"].outcome == "killed"
    assert ev["Ayman Saad Barakat"].outcome == "captured"


def test_a_gunman_who_killed_many_is_no_patient() -> None:
    ev = _events("In the deadliest ISIS attack, an Uzbek gunman, Rustam Karimov, killed 39 people at a nightclub.")
    assert ev["Rustam Karimov"].outcome == "mentioned"


def test_he_is_the_head_of_the_sentence_not_a_name_inside_its_relative_clause() -> None:
    ev = _events("The ISIS member Hasan Omar al-Khatib was detained in Istanbul. The case against Mehmet Yildiz, a "
                 "Turk who prosecutors said had brought al-Khatib into the group in 2016, was dropped after a "
                 "report that he had been killed in an air strike in Raqqa in 2017.")
    assert ev["Hasan Omar al-Khatib"].outcome == "captured"


# --- claims -------------------------------------------------------------------------------

def test_the_groups_silence_denies_nothing() -> None:
    ev = _events("The army chief told reporters that Abu Umar al-Kanemi, ISWAP's best-known figure, was dead. "
                 "ISWAP has not confirmed this.")
    assert ev["Abu Umar al-Kanemi"].outcome == "killed"
    ev = _events("The army chief told reporters that Abu Umar al-Kanemi, ISWAP's best-known figure, was dead. "
                 "The claim has not been confirmed.")
    assert ev["Abu Umar al-Kanemi"].outcome == "mentioned"  # a control: a claim left unconfirmed


def test_alive_speaks_of_the_man_named_last() -> None:
    ev = _events("In 2021 the LNA killed Saleh Omran al-Obeidi, whom it described as the group's emir of the south "
                 "and said was known as Abu Hafs al-Libi.\n\nOther claims aged less well. In 2020 the LNA said it had "
                 "killed Abu Yusuf al-Ghadamsi, the ISIS leader. Six months later a video showed a man presented "
                 "under that name, and most researchers now assume he is alive.")
    assert ev["Saleh Omran al-Obeidi"].outcome == "killed"
    assert ev["Saleh Omran al-Obeidi"].aliases == ["Abu Hafs al-Libi"]
    assert ev["Abu Yusuf al-Ghadamsi"].outcome == "mentioned"


# --- who is a member ------------------------------------------------------------------------

def test_not_members_a_rival_leader_a_kinsman_of_unclear_links_and_a_bulleted_rival() -> None:
    ev = _events("In May, Ibrahim Kori, the leader of Jama'atu Ahlis Sunna and ISWAP's bitter rival, blew himself "
                 "up rather than be taken by ISWAP fighters.")
    assert "Ibrahim Kori" not in ev
    ev = _events("A coalition strike killed an ISIS driver near al-Bab. His brother, Walid Saleh al-Hamoud, was "
                 "detained at a checkpoint; it is not clear whether he has any link to the group.")
    assert "Walid Saleh al-Hamoud" not in ev
    ev = _events("\u2022 JNIM: an audio message attributed to Boureima Sangare, the group's leader in the region, "
                 "circulated on Friday.")
    assert "Boureima Sangare" not in ev


def test_a_lone_al_name_after_a_bodys_word_is_the_body() -> None:
    ev = _events("A U.S. strike in Idlib killed Abu Khalid al-Shami, a commander of the al-Qaeda-aligned Hurras "
                 "al-Din, an ISIS rival.")
    assert "al-Din" not in ev


def test_a_name_after_the_district_it_was_done_in() -> None:
    ev = _events("Pakistan announced the arrest in Mastung district of Sher Ali Khan, an ISKP financier.")
    assert ev["Sher Ali Khan"].outcome == "captured"
    assert ev["Sher Ali Khan"].admin1 == "Balochistan"


def test_aliases_known_by_a_code_name() -> None:
    ev = _events("The ministry identified the dead ISIS man as Ghazi Ibrahim al-Jabouri, an Iraqi national known "
                 "inside the group by the code name Abu Mariam al-Iraqi.")
    assert ev["Ghazi Ibrahim al-Jabouri"].aliases == ["Abu Mariam al-Iraqi"]


def test_the_neutralisation_on_a_date_of_x_and_a_quoted_title_before_killed() -> None:
    ev = _events("Barkhane announced the neutralisation, on 5 November, of Ahmed Ag Assaleh, presented as an EIGS "
                 "cadre in the Menaka region.")
    assert ev["Ahmed Ag Assaleh"].outcome == "killed"
    ev = _events("A security source said the emir had served under Sabah Hamid al-Karkhi, the Diyala ISIS "
                 "\u201cwali\u201d killed in an Iraqi air strike in the Hamrin mountains in 2020.")
    assert ev["Sabah Hamid al-Karkhi"].outcome == "killed"


# --- where -----------------------------------------------------------------------------------

def test_maguindanao_is_named_as_of_the_event() -> None:
    ev = _events("Troops killed the Dawlah Islamiyah sub-leader Kamlon Usop in Datu Hoffer Ampatuan.")
    assert ev["Kamlon Usop"].admin1 == "Maguindanao del Sur"
    ev = _events("Troops killed the Dawlah Islamiyah sub-leader Kamlon Usop in Datu Hoffer Ampatuan.",
                 published="2021-03-02")
    assert ev["Kamlon Usop"].admin1 == "Maguindanao"


def test_accented_spellings_and_kenya() -> None:
    ev = _events("The ISGS commander Amadou Garba Issa was captured after the attack on Chin\u00e9godar.")
    assert ev["Amadou Garba Issa"].admin1 == "Tillaberi"
    ev = _events("The ISIS recruiter Fatuma Wanjiku Otieno was arrested in Eastleigh, Nairobi.")
    assert (ev["Fatuma Wanjiku Otieno"].country, ev["Fatuma Wanjiku Otieno"].admin1) == ("Kenya", "Nairobi")


def test_money_sent_to_a_place_is_no_place_of_the_arrest() -> None:
    ev = _events("The Asayish arrested an ISIS financier in Erbil. They identified the arrested man as Rawand "
                 "Aziz Omar, known as Abu Zubair al-Kurdi, and said he had transferred tens of thousands of dollars "
                 "to IS families in al-Hol camp in Syria.")
    assert (ev["Rawand Aziz Omar"].country, ev["Rawand Aziz Omar"].admin1) == ("Iraq", "Erbil")


def test_a_stray_homonym_town_is_no_guess_from_context() -> None:
    ev = _events("BENI \u2014 The FARDC neutralised an ADF commander in the territory of Beni (North Kivu). The "
                 "spokesman said the operations targeted groups on the Mbau-Kamango axis. The ADF courier Kato "
                 "Musa Lubega was then captured by our forces.")
    assert (ev["Kato Musa Lubega"].country, ev["Kato Musa Lubega"].admin1) == (
        "Democratic Republic of the Congo", "North Kivu")
