"""Round 28: targets, court terms, reflexive asides, given names that are places and acronyms
that are towns, from the heldout48/49 reviews.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-11-28")


def test_a_priority_target_is_no_target_of_the_operation() -> None:
    ev = _events("The general said the group's wali, Bukar Abatcha Mainok, remained \"a priority target\". He also "
                 "said 40 ISWAP fighters surrendered to troops in Borno during the period.")
    assert ev["Bukar Abatcha Mainok"].outcome == "mentioned"


def test_mobilisation_forces_and_the_islamic_emirate_are_no_members() -> None:
    ev = _events("Hajj Abu Sajjad al-Karbalai, a commander in the Popular Mobilisation Forces, the mostly Shi'ite "
                 "paramilitary umbrella, said his units would join a sweep of the valleys after Islamic State "
                 "fighters attacked a checkpoint.")
    assert not any("Abu Sajjad" in name for name in ev)
    ev = _events("KABUL \u2013 Islamic Emirate spokesman Bilal Karimi said on Tuesday that intelligence units killed a "
                 "key member of the Daesh group in Kabul. According to Karimi, the killed man, Mawlawi Gul Agha Safi, "
                 "was the mastermind of several explosions.")
    assert "Bilal Karimi" not in ev


def test_a_residents_home_province_is_no_place() -> None:
    ev = _events("Intelligence units killed a Daesh member in Kabul's Police District 8 and detained two others. The "
                 "two detained were identified as Rahmatullah, a resident of Kunar, and Farhod Saidov, a citizen of "
                 "Tajikistan.")
    assert (ev["Rahmatullah"].outcome, ev["Rahmatullah"].admin1) == ("captured", "Kabul")


def test_an_office_of_the_group_is_no_person() -> None:
    ev = _events("The court heard that she collected payments on behalf of the Islamic State's diwan al-zakat.")
    assert "al-zakat" not in ev


def test_the_same_strike_is_the_one_that_struck() -> None:
    ev = _events("BAGHDAD - Iraqi warplanes killed an Islamic State commander north of Baghdad, the military said. "
                 "Jumaa Khalaf al-Obeidi was among five militants killed when F-16s struck caves northeast of "
                 "Tikrit, in Salahuddin province. A second commander, Mazin Hamad al-Jubouri, was wounded in the same "
                 "strike.")
    assert (ev["Mazin Hamad al-Jubouri"].outcome, ev["Mazin Hamad al-Jubouri"].admin1) == ("wounded", "Saladin")


def test_terms_received_and_given_are_captures() -> None:
    ev = _events("A military court jailed two Islamic State supporters. Ruslan Magomedov, 26, received 18 years in a "
                 "strict-regime colony. Timur Aliyev was given 15 years.")
    assert ev["Ruslan Magomedov"].outcome == "captured" and ev["Timur Aliyev"].outcome == "captured"
    ev = _events("ISIS recruit Ahmed Said Kamal received two years of training in Raqqa.")
    assert ev["Ahmed Said Kamal"].outcome == "mentioned"


def test_a_member_of_the_cell_named_x_is_a_person() -> None:
    ev = _events("Coalition forces raided an ISIS cell in Deir ez-Zor. Another member of the cell, named Abdul-Karim "
                 "al-Hussein, was killed after he opened fire on the force.")
    assert ev["Abdul-Karim al-Hussein"].outcome == "killed"


def test_the_man_a_ministry_called_the_wali() -> None:
    ev = _events("Islamic State cells have regrouped in the Syrian desert. In June, a strike near Palmyra killed Fares "
                 "Jumaa al-Khalaf, the man the Syrian interior ministry called the group's \"wali\" for the desert.")
    assert ev["Fares Jumaa al-Khalaf"].outcome == "killed"


def test_known_in_the_camp_as_y_after_forces_arrested_x() -> None:
    ev = _events("In August the SDF's internal security forces arrested Salma Hamad Khalil, known in the camp as "
                 "Umm Bakr, whom they accuse of running an ISIS hisba network.")
    assert ev["Salma Hamad Khalil"].outcome == "captured"


def test_a_third_man_survived_is_no_denial_of_the_others() -> None:
    ev = _events("A Saudi jihadist travelling with him, Abu Talha al-Jazrawi, an ISIS commander, was also killed, "
                 "the colonel said, while a third man in the vehicle survived.")
    assert ev["Abu Talha al-Jazrawi"].outcome == "killed"


def test_a_quoted_adverb_and_wound() -> None:
    ev = _events("The monitor said the strike killed four people and that an IS judge, Hamza Salim al-Tahhan, was "
                 "\"seriously wounded\" and rushed to a field hospital.")
    assert ev["Hamza Salim al-Tahhan"].outcome == "wounded"


def test_the_strike_targeted_x_names_the_leads_unnamed_dead() -> None:
    ev = _events("A US-led coalition air strike killed a senior Islamic State security official near Mayadeen, the "
                 "coalition said.\n\nThe coalition said Monday's strike targeted Qasim Hamid al-Ani, an Iraqi "
                 "whom it described as a member of IS's security apparatus.")
    assert (ev["Qasim Hamid al-Ani"].outcome, ev["Qasim Hamid al-Ani"].admin1) == ("killed", "Deir ez-Zor")


def test_raqa_inside_raqa_and_an_acronym_in_brackets() -> None:
    ev = _events("Inside Raqa, the SDF said it had captured an IS field commander, Hussein Ali al-Khudr, after a "
                 "firefight.")
    assert (ev["Hussein Ali al-Khudr"].outcome, ev["Hussein Ali al-Khudr"].admin1) == ("captured", "Raqqa")
    ev = _events("The Puntland Intelligence Agency (PISA) said it had detained a suspected ISIS courier, Omar Ali "
                 "Jama, at a checkpoint near Galkayo.")
    assert ev["Omar Ali Jama"].country == "Somalia"


def test_a_place_as_a_given_name_after_and_and_an_object_after_an_aside() -> None:
    ev = _events("According to the communique, the army, \"in coordination with its partners\", also apprehended two "
                 "\"terrorists\" near Anderamboukane: Moussa Ag Alhader, presented as a supplier of fuel to the "
                 "EIGS, and Hama Oumarou Diallo, who was wounded during the engagement.")
    assert ev["Moussa Ag Alhader"].outcome == "captured"
    assert (ev["Hama Oumarou Diallo"].outcome, ev["Hama Oumarou Diallo"].country) == ("captured", "Mali")


def test_x_and_a_moroccan_y_were_among_the_dead() -> None:
    ev = _events("Puntland forces fought ISIS in the Cal Miskaad mountains. The colonel said an Ethiopian commander "
                 "identified as Abu Yasir al-Habashi and a Moroccan, Abu Anas al-Maghribi, were among the fighters "
                 "killed in Saturday's battle for the Dhasaan valley.")
    assert ev["Abu Yasir al-Habashi"].outcome == "killed" and ev["Abu Anas al-Maghribi"].outcome == "killed"


def test_himself_leader_of_the_rival_and_who_styled_himself() -> None:
    ev = _events("ISWAP broke with Bashir Kachalla Modu in 2016. Modu himself, leader of the rival JAS, died in 2021 "
                 "in the Sambisa forest.", published="2024-01-01")
    assert "Bashir Kachalla Modu" not in ev
    ev = _events("A strike in Borno State killed Malam Kaka Fannami, who styled himself Abu Zaid and served as "
                 "ISWAP's wali for the lake sector.")
    assert "Abu Zaid" in ev["Malam Kaka Fannami"].aliases


def test_an_object_with_a_quoted_title_for_a_place() -> None:
    ev = _events("Counter-terrorism forces arrested an Islamic State \"administrative official\" for the northern "
                 "belt of Baghdad, Jasim Kadhim Awad, in the Tarmiyah district.")
    assert ev["Jasim Kadhim Awad"].outcome == "captured"

