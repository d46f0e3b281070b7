"""Round 18: objects, verdicts, asides and rival leaders the heldout27/28 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-02-11")


def test_a_name_right_after_the_verb_is_its_object() -> None:
    ev = _events("Troops neutralised an ISWAP commander in Borno. The troops, acting on credible intelligence, also "
                 "arrested one Bukar Modu, described as a supplier to the terrorists, at a checkpoint in Monguno.")
    assert ev["Bukar Modu"].outcome == "captured"


def test_a_verdict_and_the_place_of_the_arrest() -> None:
    ev = _events("A Baghdad court sentenced an ISIS cell leader to death. The second defendant, Huda Kareem Jasim, "
                 "44, was found guilty of membership of the group. Investigators told the court she had been "
                 "detained in Kirkuk in 2021.")
    assert (ev["Huda Kareem Jasim"].outcome, ev["Huda Kareem Jasim"].admin1) == ("captured", "Kirkuk")
    ev = _events("The main ISIS defendant, Qasim Jabbar Hamid, 38, was convicted under Article 4 of the 2005 "
                 "Anti-Terrorism Law.")
    assert "Anti-Terrorism" not in ev and "Anti-Terrorism Law" not in ev


def test_a_title_that_runs_into_the_bodys_name() -> None:
    ev = _events("The Taliban raided an ISKP hideout. Zabihullah Mujahid said that Qari Nasim, described as the "
                 "regional intelligence and operations chief of Islamic State Khorasan Province, was killed in "
                 "Kabul on Sunday night.")
    assert ev["Nasim"].outcome == "killed"


def test_and_was_among_the_prisoners_killed() -> None:
    ev = _events("Its former emir, Gul Agha Safi, alias Abu Hamza al-Afghani, was arrested by the former republic's "
                 "National Directorate of Security in 2020 and was among the prisoners killed at a prison in Kabul "
                 "in August 2021.")
    assert [e.outcome for e in ev.values() if "Safi" in e.leader or "Safi" in " ".join(e.aliases)] == ["killed"]


def test_led_by_after_has_since_been_and_identified_by_an_agent() -> None:
    ev = _events("The ISKP group has since been led by Wali Jan Ghafoori, alias Abu Yusuf al-Khorasani, an Afghan.")
    assert [e.outcome for e in ev.values()] == ["mentioned"]
    ev = _events("ISWAP lost men. The current wali, whom Nigerian intelligence identifies as Bukar Goni Marte, "
                 "matters less than the structure beneath him.")
    assert ev["Bukar Goni Marte"].outcome == "mentioned"


def test_the_impersonal_passive_of_translated_portuguese() -> None:
    ev = _events("Insurgents of the Islamic State in Mozambique lost men. On the same occasion, it was captured in "
                 "the village of Mbau, district of Mocimboa da Praia, Issa Momade Saide, of 27 years.")
    assert ev["Issa Momade Saide"].outcome == "captured"


def test_escaped_with_quoted_wounds_and_a_description_after_a_one_word_name() -> None:
    ev = _events("Troops killed an ISWAP commander in Marte. Another commander of the group, Kolo Gana Bukar, "
                 "escaped \"with gunshot wounds\".")
    assert ev["Kolo Gana Bukar"].outcome == "wounded"
    ev = _events("The CTD said the ISKP cell had been in contact with Habibullah, a facilitator of last year's "
                 "bombing, who was killed in an exchange of fire with police in Timergara.")
    assert ev["Habibullah"].outcome == "killed"


def test_the_hisba_and_a_verdict_for_running_a_house_elsewhere() -> None:
    ev = _events("Al-Mashhadani served in the hisba under Hamid Saleh Jawad, known as Abu Muslim al-Rawi, the "
                 "religious police chief in Fallujah, who was killed in a coalition airstrike near Qaim in 2017.")
    assert (ev["Hamid Saleh Jawad"].outcome, ev["Hamid Saleh Jawad"].admin1) == ("killed", "Anbar")


def test_a_timeline_surrender_and_a_recapture() -> None:
    ev = _events("27 January \u2014 Kamal Faisal al-Hamad, described by the SDF as the ISIS emir of a dormitory, "
                 "surrenders together with dozens of inmates.")
    assert ev["Kamal Faisal al-Hamad"].outcome == "captured"
    ev = _events("One of the ISIS escapees, Rami Hamdan al-Saleh, a former hisba enforcer, was recaptured by the SDF "
                 "in Raqqa last year.")
    assert ev["Rami Hamdan al-Saleh"].outcome == "captured"


def test_an_aside_that_opens_with_the_cue_and_french_hearsay() -> None:
    ev = _events("ISIS cells regrouped. Commanders such as Fawaz Hammoud al-Ali \u2014 wounded in a Russian "
                 "airstrike near Sukhnah in 2023 \u2014 moved freely across those lines.")
    assert ev["Fawaz Hammoud al-Ali"].outcome == "wounded"
    ev = _events("The FDS neutralised an EIGS chief. Another lieutenant of the group, Amadou Diallo, would have "
                 "been wounded during the combats, according to the same source.")
    assert ev["Amadou Diallo"].outcome == "wounded"
    # a control: an English counterfactual
    ev = _events("The ISWAP commander Modu Sheriff would have been killed if the drone had fired.")
    assert ev["Modu Sheriff"].outcome == "mentioned"
