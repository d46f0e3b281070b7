"""Round 12: names, places and outcomes the heldout15/16 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction
from worker.extraction.names import find_mentions
from worker.extraction.text import split_sentences

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2024-12-09")


# --- names ----------------------------------------------------------------------------

def test_a_surname_cut_to_its_initial_is_part_of_the_name() -> None:
    ev = _events("Prosecutors said IS returnee Karim B., who fought for the group in Raqqa, was detained at "
                 "Düsseldorf airport. Police also arrested two Tajik IS supporters, Rustam N. and Jahongir O., "
                 "in Erfurt.")
    assert ev["Karim B."].outcome == "captured"
    assert (ev["Karim B."].country, ev["Karim B."].admin1) == ("Germany", "North Rhine-Westphalia")
    assert ev["Rustam N."].admin1 == ev["Jahongir O."].admin1 == "Thuringia"


def test_an_initialism_is_not_taken_for_an_initial() -> None:
    ev = _events("The strike killed IS leader Abu Bakr al-Iraqi. U.S. officials confirmed it.")
    assert set(ev) == {"Abu Bakr al-Iraqi"}


def test_one_word_names_coordinated_after_an_introduction() -> None:
    ev = _events("CTD officials said three IS-K suspects were killed in a raid in Mastung. The other two were "
                 "identified as Zarmalook and Gulbadin.")
    assert ev["Zarmalook"].outcome == ev["Gulbadin"].outcome == "killed"


def test_french_dit_introduces_an_alias() -> None:
    ev = _events("The FDS neutralised the terrorist chief Issoufou Ag Amoumene, dit \"Abou Bilal\", a cadre of the "
                 "Islamic State in the Sahel, in the Anzourou zone, region of Tillabéri.")
    assert set(ev) == {"Issoufou Ag Amoumene"}
    assert ev["Issoufou Ag Amoumene"].aliases == ["Abou Bilal"]


def test_a_named_province_of_the_group_is_no_person() -> None:
    text = "It was the ISIS wali for what it calls the province of al-Khayr, its name for the region."
    assert [m.text for m in find_mentions(text, split_sentences(text), [], [])] == []


# --- outcomes -------------------------------------------------------------------------

def test_able_to_kill_and_to_arrest_happened() -> None:
    ev = _events("The Security Media Cell said the Counter-Terrorism Service was able to kill the ISIS terrorist "
                 "(Wisam Hadi Nasser), the so-called wali of Kirkuk, and to arrest the terrorist (Bilal Kamel "
                 "Ahmed), nicknamed (Abu Turab), near Hawija.")
    assert ev["Wisam Hadi Nasser"].outcome == "killed"
    assert ev["Bilal Kamel Ahmed"].outcome == "captured"
    assert ev["Bilal Kamel Ahmed"].aliases == ["Abu Turab"]


def test_unable_to_and_failed_to_stay_no_outcome() -> None:
    ev = _events("Troops were unable to kill ISIS emir Jasim Ahmed Khalaf near Hawija. They were able to reach "
                 "the village but failed to arrest ISIS courier Hamid Saleh Abbas.")
    assert ev["Jasim Ahmed Khalaf"].outcome == "mentioned"
    assert ev["Hamid Saleh Abbas"].outcome == "mentioned"


def test_gravely_wounded_then_succumbed() -> None:
    ev = _events("A second group was engaged near Anderamboukane, in the region of Ménaka, where the logistician "
                 "of the Islamic State group, Moussa Ag Akarass, gravely wounded, succumbed to his injuries.")
    assert ev["Moussa Ag Akarass"].outcome == "killed"
    assert ev["Moussa Ag Akarass"].admin1 == "Menaka"


def test_identified_only_by_his_nom_de_guerre_in_the_same_sentence() -> None:
    ev = _events("A third ISIS militant was wounded in the strike near Tal Afar but escaped on foot, officials "
                 "said, identifying him only by his nom de guerre, Abu Sufyan al-Jubouri.")
    assert ev["Abu Sufyan al-Jubouri"].outcome == "wounded"


def test_yielded_with_their_firearms_is_a_surrender() -> None:
    ev = _events("Troops killed Norodin Macapaar, a sub-leader of the Islamic State-linked Dawlah Islamiyah, near "
                 "Ampatuan. A day after the clash, "
                 "two of Macapaar's followers, Jamal Kasim and Omar Dimaukom, yielded with their firearms at the "
                 "brigade's headquarters in Ampatuan town.")
    assert ev["Jamal Kasim"].outcome == ev["Omar Dimaukom"].outcome == "captured"


def test_the_head_of_a_rival_faction_is_no_member() -> None:
    ev = _events("ISWAP's commander Ali Kaka Gana was killed in Borno. Months earlier, Abubakar Mamman Shettima, "
                 "leader of the rival Boko Haram faction known as JAS, had blown himself up when ISWAP fighters "
                 "cornered him. ISWAP has absorbed many of Shettima's former fighters.")
    assert ev["Ali Kaka Gana"].outcome == "killed"
    assert "Abubakar Mamman Shettima" not in ev


def test_an_owner_after_along_with_is_not_a_companion() -> None:
    ev = _events("ISIS wali Khalil Hamad al-Shaiti slipped away before the raid near Shuheil. An ISIS militant, "
                 "Ahmad Sulaiman al-Aboud, was wounded and detained, along with two men the SDF described as "
                 "al-Shaiti's bodyguards.")
    assert ev["Khalil Hamad al-Shaiti"].outcome == "mentioned"
    assert ev["Ahmad Sulaiman al-Aboud"].outcome == "captured"


# --- places ---------------------------------------------------------------------------

def test_a_dateline_with_a_day_and_an_outlet_is_not_the_place() -> None:
    ev = _events("Niamey, 9 December (ANP) – The Defence and Security Forces neutralised on Saturday the terrorist "
                 "chief Hamidou Ag Alher, a cadre of the Islamic State in the Sahel, during an operation in the "
                 "Anzourou zone, region of Tillabéri.")
    assert (ev["Hamidou Ag Alher"].country, ev["Hamidou Ag Alher"].admin1) == ("Niger", "Tillaberi")


def test_several_cities_in_a_dateline_and_a_capital_that_speaks() -> None:
    ev = _events("PARIS/BAMAKO — France says it has killed the founder of the Islamic State in the Greater Sahara, "
                 "Abdoul Hakim al-Sahrawi, in the Menaka region. Paris announced his death a month later.")
    assert (ev["Abdoul Hakim al-Sahrawi"].country, ev["Abdoul Hakim al-Sahrawi"].admin1) == ("Mali", "Menaka")


def test_fleeing_towards_a_border_strip_is_not_where() -> None:
    ev = _events("The forces killed ISIS emir Abdelhakim Ali al-Fezzani 40 kilometres south of the city of Sabha. "
                 "They also arrested an ISIS terrorist, Mansour Omar al-Tebu, while another, Salem Ali Bouzaid, was "
                 "injured and fled towards the border strip with Niger.")
    assert (ev["Salem Ali Bouzaid"].country, ev["Salem Ali Bouzaid"].admin1) == ("Libya", "Sabha")
    assert ev["Mansour Omar al-Tebu"].admin1 == "Sabha"
