"""Round 10: outcomes and places the heldout11/12 reviews found missed or misplaced.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2024-06-12")


# --- who the outcome reaches ----------------------------------------------------------

def test_a_name_in_apposition_after_a_relative_clause_is_not_coordinated() -> None:
    # "a courier who worked for X, Y, was wounded": Y is the courier, X is not hurt
    ev = _events("ISIS emir Talal Hamid al-Sabawi runs the cell from the desert. Officials said an ISIS courier who "
                 "worked for al-Sabawi, Fadi Nasser al-Jamal, was wounded and taken into custody near Mayadin.")
    assert ev["Talal Hamid al-Sabawi"].outcome == "mentioned"
    assert ev["Fadi Nasser al-Jamal"].outcome == "captured"


def test_and_his_deputy_in_apposition_shares_the_outcome() -> None:
    ev = _events("Iraqi jets struck an ISIS hideout in Anbar. The statement added that Hassan Kadhim Rashid and "
                 "his deputy, Salim Awad Fayyad, were killed in the strike.")
    assert ev["Hassan Kadhim Rashid"].outcome == "killed"
    assert ev["Salim Awad Fayyad"].outcome == "killed"


def test_whom_before_an_active_verb_is_its_object() -> None:
    ev = _events("The new emir is unrelated to Abu Khalid al-Fahdawi, the former ISIS wali of Anbar, whom Iraqi "
                 "forces killed in 2020 near Rutba.")
    assert ev["Abu Khalid al-Fahdawi"].outcome == "killed"


def test_whom_before_an_intent_is_no_outcome() -> None:
    ev = _events("The court heard from ISIS member Sami Hadi Jasim, whom the prosecutors had tried to arrest.")
    assert ev["Sami Hadi Jasim"].outcome == "mentioned"


def test_object_described_for_the_group_then_named() -> None:
    ev = _events("Police in Nampula arrested a suspected recruiter for the Islamic State group, Anli Bacar Issufo, "
                 "at the port on Monday.")
    assert ev["Anli Bacar Issufo"].outcome == "captured"


def test_specialist_killed_then_named_in_the_next_sentence() -> None:
    ev = _events("Puntland troops killed a senior ISIS explosives expert in the Cal Miskaad mountains of Bari "
                 "region. The statement named the militant as Warsame Abdi Hirsi.")
    assert ev["Warsame Abdi Hirsi"].outcome == "killed"
    assert ev["Warsame Abdi Hirsi"].admin1 == "Bari"


def test_capture_with_time_and_place_before_of() -> None:
    ev = _events("The raid follows the capture last month in the southern city of Kandahar of Zubair "
                 "Wardak, whom officials named as an ISIS-K commander.")
    assert ev["Zubair Wardak"].outcome == "captured"
    assert ev["Zubair Wardak"].admin1 == "Kandahar"


# --- survival and escape --------------------------------------------------------------

def test_survival_in_the_next_sentence_keeps_a_wound() -> None:
    ev = _events("In April, a US air strike near Galgala wounded Abdirizak Omar Yare, an ISIS commander. Officials "
                 "say he survived and has lost the use of a hand.")
    assert ev["Abdirizak Omar Yare"].outcome == "wounded"


def test_escape_in_the_next_sentence_keeps_a_wound_but_undoes_a_death() -> None:
    ev = _events("Sources said ISIS commander Jasim Nuri al-Ahmad had been wounded in a firefight near Tabqa. "
                 "They said he escaped into the desert.")
    assert ev["Jasim Nuri al-Ahmad"].outcome == "wounded"
    ev = _events("Sources said ISIS commander Jasim Nuri al-Ahmad had been killed in a firefight near Tabqa. "
                 "They said he escaped into the desert.")
    assert ev["Jasim Nuri al-Ahmad"].outcome == "mentioned"


def test_escaped_only_to_be_arrested_is_a_capture() -> None:
    ev = _events("ISIS courier Ahmed Saleh Dawood was shot in the leg at a checkpoint near Fallujah and escaped, "
                 "only to be arrested hours later at a clinic.")
    assert ev["Ahmed Saleh Dawood"].outcome == "captured"


def test_hit_during_the_fighting_is_a_wound() -> None:
    ev = _events("Another ISIS chief, Issa Ag Mahmoud, was hit during the fighting at Tessit and was carried off "
                 "by his men, the army said.")
    assert ev["Issa Ag Mahmoud"].outcome == "wounded"


# --- who is no member, and where ------------------------------------------------------

def test_a_local_chief_among_the_victims_is_no_member() -> None:
    ev = _events("ISIS-linked ADF fighters killed nine people in Mukondi, among them a local chief, Kasereka "
                 "Vahwere, officials said. Troops later killed ADF commander Abu Bakr Mulindwa.")
    assert "Kasereka Vahwere" not in ev
    assert ev["Abu Bakr Mulindwa"].outcome == "killed"


def test_a_title_of_a_province_is_not_where_the_strike_hit() -> None:
    ev = _events("Iraqi F-16s struck an ISIS cave in the Hamrin mountains, in Salahuddin province, killing the "
                 "so-called wali of Diyala. The statement said the wali, Nazar Kamil Hussein, died with four aides.")
    assert ev["Nazar Kamil Hussein"].outcome == "killed"
    assert ev["Nazar Kamil Hussein"].admin1 == "Saladin"


def test_a_gatherer_and_a_militia_member_are_no_members() -> None:
    ev = _events("ISIS attacks in the desert killed 12 civilians, among them a truffle gatherer, Hamid al-Saleh, "
                 "who was shot dead near Kabajeb. A CJTF member, Bukar Kolo, sustained injuries when ISWAP "
                 "fighters ambushed troops near Marte; ISWAP qaid Abba Kaka was killed.")
    assert "Hamid al-Saleh" not in ev
    assert "Bukar Kolo" not in ev
    assert ev["Abba Kaka"].outcome == "killed"


def test_a_named_office_of_the_group_is_no_person() -> None:
    ev = _events("The cell sends money through the Islamic State's al-Karrar office, officials said. ISIS "
                 "financier Abdiweli Ahmed Nuur was killed near Bosaso.")
    assert "al-Karrar" not in ev
    assert set(ev) == {"Abdiweli Ahmed Nuur"}


def test_judge_as_a_title_is_the_state_s() -> None:
    ev = _events("The panel, presided over by Judge Karim Abdul-Rahman, sentenced ISIS member Salem Hadi Ahmed, "
                 "who was arrested in Mosul in 2019. ISIS Sharia Judge Abu Hamza al-Masri was killed in 2017.")
    assert "Karim Abdul-Rahman" not in ev
    assert ev["Salem Hadi Ahmed"].outcome == "captured"
    assert ev["Abu Hamza al-Masri"].outcome == "killed"


# --- aliases --------------------------------------------------------------------------

def test_vulgo_introduces_an_alias() -> None:
    ev = _events("An insurgent leader known as 'Mabunda' lost his life on Friday in Mbau, in Cabo Delgado. The "
                 "Islamic State commander, whose name is Abdala Momade Issa, vulgo 'Mabunda', led thirty fighters.")
    assert set(ev) == {"Abdala Momade Issa"}
    assert ev["Abdala Momade Issa"].aliases == ["Mabunda"]
    assert ev["Abdala Momade Issa"].outcome == "killed"


def test_an_alias_with_an_honorific_is_the_same_person() -> None:
    ev = _events("ISKP commander Gul Wali Shinwari AKA Qari Noorullah was killed in a raid near Peshawar.")
    assert set(ev) == {"Gul Wali Shinwari"}
    assert ev["Gul Wali Shinwari"].aliases == ["Noorullah"]
