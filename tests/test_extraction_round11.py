"""Round 11: outcomes, lists, aliases and members the heldout13/14 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2024-09-20")


# --- escapes and what came after ------------------------------------------------------

def test_escaped_from_a_place_with_wounds_is_wounded() -> None:
    ev = _events("Another ISWAP commander, Bukar Modu Kolo, escaped from the island with gunshot wounds, and "
                 "troops were on his trail.")
    assert ev["Bukar Modu Kolo"].outcome == "wounded"


def test_an_arrest_after_an_escape_stands() -> None:
    ev = _events("ISIS logistics official Qais Hamad al-Rawi was wounded but escaped on foot; he was arrested "
                 "hours later at a checkpoint outside Rutba.")
    assert ev["Qais Hamad al-Rawi"].outcome == "captured"
    ev = _events("Police arrested ISIS recruiter Qais Hamad al-Rawi in Ramadi in 2019, but he escaped in 2021.")
    assert ev["Qais Hamad al-Rawi"].outcome == "captured"


def test_an_escape_before_the_raid_is_still_no_capture() -> None:
    ev = _events("Troops raided the house near Rutba where ISIS official Qais Hamad al-Rawi was hiding, but he "
                 "escaped.")
    assert ev["Qais Hamad al-Rawi"].outcome == "mentioned"


def test_wounded_then_after_a_which_clause_captured() -> None:
    ev = _events("ISIS fighter Idrissa Garba Souley was wounded during the attack on the army post of Inates, "
                 "which cost the lives of 71 soldiers, and captured on the spot by the reinforcements.")
    assert ev["Idrissa Garba Souley"].outcome == "captured"


def test_he_was_wounded_and_arrested_is_a_capture() -> None:
    ev = _events("ISIS sniper Adel Turki Jasim received the same sentence as the others. He was wounded in a "
                 "firefight near Baiji in 2017 and arrested in a hospital two days later.")
    assert ev["Adel Turki Jasim"].outcome == "captured"
    assert ev["Adel Turki Jasim"].admin1 == "Saladin"


# --- who the outcome reaches ----------------------------------------------------------

def test_object_described_as_a_supplier_to_the_group_then_named() -> None:
    ev = _events("Troops arrested a logistics supplier to the ISWAP terrorists, Goni Ali Mustapha alias "
                 "\"Baba Diesel\", at the Damaturu cattle market in Yobe State.")
    assert ev["Goni Ali Mustapha"].outcome == "captured"
    assert ev["Goni Ali Mustapha"].aliases == ["Baba Diesel"]


def test_a_name_joined_by_and_after_a_relative_clause_shares_the_outcome() -> None:
    ev = _events("The colonel said that ISIS commander Hassan Abdi Gedi, who ran the group's bases in the "
                 "valley, and a Moroccan fighter identified as Karim Ziani were killed in the fighting near Qandala.")
    assert ev["Hassan Abdi Gedi"].outcome == "killed"
    assert ev["Karim Ziani"].outcome == "killed"


def test_a_name_after_of_before_an_appositive_name_is_not_the_subject() -> None:
    ev = _events("A relative of ISIS emir Fawaz Hamid al-Dulaim, ISIS member Rami Hamid al-Dulaim, was shot dead "
                 "after he opened fire on the force near Hajin.")
    assert ev["Fawaz Hamid al-Dulaim"].outcome == "mentioned"
    assert ev["Rami Hamid al-Dulaim"].outcome == "killed"


def test_a_claim_someone_dismissed_is_no_outcome() -> None:
    ev = _events("A US strike killed an ISIS commander near Rutba. The spokesman dismissed posts on social media "
                 "that claimed the group's deputy for the province, Ziad Ayesh al-Nimrawi, was also among the dead.")
    assert ev["Ziad Ayesh al-Nimrawi"].outcome == "mentioned"
    ev = _events("Puntland forces said they killed two ISIS commanders near Qandala. The colonel rejected claims "
                 "that the group's leader, Abdirashid Omar Yare, had been wounded.")
    assert ev["Abdirashid Omar Yare"].outcome == "mentioned"


def test_a_prison_sentence_received_is_a_capture_not_in_absentia() -> None:
    ev = _events("The principal accused, ISIS logistician Issoufou Amadou Diallo, aged 31, received a sentence of "
                 "life imprisonment. ISIS commander Hama Ag Ousmane received a death sentence in absentia.")
    assert ev["Issoufou Amadou Diallo"].outcome == "captured"
    assert ev["Hama Ag Ousmane"].outcome == "mentioned"


def test_the_present_tense_of_headlines_and_timelines() -> None:
    ev = _events("Nov. 30 - A drone strike on a car near Raqqa kills ISIS planners Omar Khalaf al-Ghanem and Saleh "
                 "Zaal al-Jassem. Dec. 2 - SDF commandos, backed by coalition helicopters, capture ISIS wali Hamad "
                 "Fayez al-Mashal in al-Busayrah.")
    assert ev["Omar Khalaf al-Ghanem"].outcome == "killed"
    assert ev["Saleh Zaal al-Jassem"].outcome == "killed"
    assert ev["Hamad Fayez al-Mashal"].outcome == "captured"


def test_a_present_tense_noun_is_no_outcome() -> None:
    ev = _events("Police issued an arrest warrant for ISIS member Salah Mahdi Obeid in Mosul.")
    assert ev["Salah Mahdi Obeid"].outcome == "mentioned"


def test_a_list_of_suspects_with_ages_and_semicolons() -> None:
    ev = _events("According to the statement, those detained in Istanbul for the Islamic State were: Tajik nationals "
                 "Farhod Rahimov, 33, described as the cell's \"emir,\" and his brother Jamshed Rahimov, 27; Uzbek "
                 "national Sardor Tursunov, 40; Kyrgyz national Aibek Toktogulov, 25; and Turkish citizen Murat "
                 "Yildirim, 37, who allegedly rented safe houses.")
    assert {name for name, e in ev.items() if e.outcome == "captured"} == {
        "Farhod Rahimov", "Jamshed Rahimov", "Sardor Tursunov", "Aibek Toktogulov", "Murat Yildirim"}


def test_an_inverted_passive_with_its_subject_after_the_verb() -> None:
    ev = _events("In the operation were also captured two young men of the Islamic State, Abdul Cassimo, of 20 "
                 "years, and Fernando Saide, of 22 years, both natural of the district of Macomia.")
    assert ev["Abdul Cassimo"].outcome == "captured"
    assert ev["Fernando Saide"].outcome == "captured"


def test_among_whom_figures_the_named() -> None:
    ev = _events("The balance sheet reports nine terrorists neutralised in Menaka, among whom figures the named "
                 "Alhousseyni Ag Mohamed, of nom de guerre Abou Zeid, a cadre of the Islamic State.")
    assert ev["Alhousseyni Ag Mohamed"].outcome == "killed"
    assert ev["Alhousseyni Ag Mohamed"].aliases == ["Abou Zeid"]


def test_named_them_as_after_an_alias_in_quotes() -> None:
    ev = _events("NISA arrested two Islamic State financiers in Mogadishu. The agency named them as Abdiaziz Nur "
                 "Hassan, better known as \"Gaab\", and Fadumo Ali Warsame, a woman who moved extortion money.")
    assert ev["Abdiaziz Nur Hassan"].outcome == "captured"
    assert ev["Fadumo Ali Warsame"].outcome == "captured"


# --- aliases --------------------------------------------------------------------------

def test_so_called_and_nom_de_guerre_of_introduce_aliases() -> None:
    ev = _events("A security unit arrested the ISIS emir of the cell, Saleh Awad Bin Farid, the so-called "
                 "\"Abu Hamza al-Adani\", in a house in the al-Mansoura district of Aden.")
    assert ev["Saleh Awad Bin Farid"].aliases == ["Abu Hamza al-Adani"]
    assert (ev["Saleh Awad Bin Farid"].country, ev["Saleh Awad Bin Farid"].admin1) == ("Yemen", "Aden")
    ev = _events("US special forces killed Abu Hafs, the nom de guerre of a Tunisian named Nabil ben Salah ben "
                 "Amor al-Tunisi, who ran the oil sales of ISIS, in Deir ez-Zor province.")
    assert set(ev) == {"Nabil ben Salah ben Amor al-Tunisi"}
    assert ev["Nabil ben Salah ben Amor al-Tunisi"].aliases == ["Abu Hafs"]


def test_an_alias_before_the_name() -> None:
    ev = _events("Ali Farah Dheere kept the books of the Islamic State in Somalia. Widely known by his kunya, Abu "
                 "Ayyub al-Qandali, Dheere was killed on the night of 14 November in Bari.")
    assert set(ev) == {"Ali Farah Dheere"}
    assert ev["Ali Farah Dheere"].aliases == ["Abu Ayyub al-Qandali"]
    assert ev["Ali Farah Dheere"].outcome == "killed"


def test_names_in_brackets_with_nicknamed() -> None:
    ev = _events("The Security Media Cell announced the killing of the terrorist (Saad Jassim Hameed), nicknamed "
                 "(Abu Bakr al-Rawi), the so-called wali of Anbar in the ISIS gangs, in an airstrike in Anbar.")
    assert set(ev) == {"Saad Jassim Hameed"}
    assert ev["Saad Jassim Hameed"].aliases == ["Abu Bakr al-Rawi"]


# --- who is no person, and who is no member -------------------------------------------

def test_groups_districts_and_churches_are_no_persons() -> None:
    ev = _events("Born from a split within Al-Mourabitoun, the ISIS branch was led by Abu Walid al-Sahrawi. Its "
                 "cell carried out killings in the districts of Sheikh Othman and al-Mansoura, and gunmen attacked "
                 "the Santa Maria Catholic Church in Istanbul.")
    assert "Al-Mourabitoun" not in ev
    assert "Othman" not in ev
    assert "Santa Maria Catholic" not in ev


def test_a_security_force_member_and_an_unrelated_relative_are_no_members() -> None:
    ev = _events("Asayish forces arrested ISIS cell leader Firas Hamad al-Sweid near Raqqa. A member of Asayish, "
                 "Khalil Hassan al-Omar, was killed in the exchange of fire. The Asayish also detained Mahmoud Saleh "
                 "al-Jasim, before releasing him; his family said he is a shepherd who has no relation to the "
                 "organisation.")
    assert ev["Firas Hamad al-Sweid"].outcome == "captured"
    assert "Khalil Hassan al-Omar" not in ev
    assert "Mahmoud Saleh al-Jasim" not in ev
