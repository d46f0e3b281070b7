"""Round 27: birthplaces, rival heads, court namings, aliases across sentences and paragraph
openers the heldout46/47 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-11-25")


def test_a_birthplace_is_no_place_of_the_capture() -> None:
    ev = _events("SIRTE - Forces captured a Daesh \"judge\" in Sirte's third district. The media centre said the "
                 "arrested man is Khaled Bouazizi al-Ferchichi, born in the Tunisian city of Kasserine.")
    assert (ev["Khaled Bouazizi al-Ferchichi"].country, ev["Khaled Bouazizi al-Ferchichi"].admin1) == ("Libya", "Sirte")


def test_who_by_then_led_the_rival_faction() -> None:
    ev = _events("ISWAP fighters closed in on Modu Bulama Kachalla, who by then led the rival JAS faction, and he "
                 "blew himself up in the Sambisa forest.")
    assert "Modu Bulama Kachalla" not in ev


def test_whom_the_group_sidelined_is_not_its_member() -> None:
    ev = _events("In 2016 the Islamic State's central leadership sidelined Ali Bukar Gajiram, opening a rift with "
                 "the faction that Gajiram's rival JAS later absorbed.")
    assert "Ali Bukar Gajiram" not in ev


def test_the_fight_that_led_to_the_killing_says_where() -> None:
    ev = _events("SDF forces raided a house in Dhiban. In a separate operation, SDF fighters killed Khalil Awad "
                 "al-Hamed, an ISIS member who had opened fire on a patrol in the countryside of al-Shaddadi.")
    assert (ev["Khalil Awad al-Hamed"].outcome, ev["Khalil Awad al-Hamed"].admin1) == ("killed", "Al-Hasakah")


def test_his_condition_unconfirmed_leaves_the_wound() -> None:
    ev = _events("Officials said an ISIS fighter from Morocco, Abu Imran al-Maghribi, was wounded in the battle in "
                 "Bari and carried away by other militants. His condition could not be confirmed.")
    assert ev["Abu Imran al-Maghribi"].outcome == "wounded"


def test_the_leader_of_the_rival_whose_name_follows() -> None:
    ev = _events("The Islamic State faction in Puntland is also a rival of al-Shabaab, whose leader Abdirahman "
                 "Warsame Gedi has fought it since 2015.")
    assert "Abdirahman Warsame Gedi" not in ev


def test_a_former_pakistani_taliban_commander_from_a_tribal_agency() -> None:
    ev = _events("Shahidullah Mohmand, a former Pakistani Taliban commander from the Khyber tribal agency, was "
                 "killed by a U.S. drone strike in Nangarhar in 2016, a year after ISKP was founded.",
                 published="2019-03-01")
    assert ev["Shahidullah Mohmand"].outcome == "killed"


def test_a_radio_of_the_group_is_no_person() -> None:
    ev = _events("An Afghan intelligence official said the ISKP commander Qari Zahidullah Bajauri, whose voice is "
                 "heard on the group's Sada-e Khilafat radio broadcasts, was wounded in a drone strike in Kunar "
                 "province.")
    assert "Sada-e Khilafat" not in ev
    assert ev["Zahidullah Bajauri"].outcome == "wounded"


def test_who_fought_for_the_group_under_the_name_y() -> None:
    ev = _events("She married a German convert named only as Marco W., who fought for the Islamic State under the "
                 "name Abu Ibrahim al-Almani.", published="2024-01-01")
    person = next(e for e in ev.values() if "Marco W." in [e.leader, *e.aliases])
    assert "Abu Ibrahim al-Almani" in [person.leader, *person.aliases]


def test_the_man_better_known_as_y_and_a_paragraph_opening_he() -> None:
    ev = _events("The prime minister announced that Hamid Zaidan Khalaf al-Jumaili had been killed. Yet the man "
                 "better known as Abu Sara al-Iraqi was the most senior Islamic State operative still at large."
                 "\n\nHe died in an airstrike in al-Anbar province, officials said.")
    assert "Abu Sara al-Iraqi" in ev["Hamid Zaidan Khalaf al-Jumaili"].aliases
    assert (ev["Hamid Zaidan Khalaf al-Jumaili"].outcome,
            ev["Hamid Zaidan Khalaf al-Jumaili"].admin1) == ("killed", "Anbar")


def test_shia_inside_a_name_keeps_it_whole() -> None:
    ev = _events("Security forces in Samarra detained a woman, Hanan Saleh Mahmoud, accused of ferrying explosive "
                 "belts to an ISIS cell. Prime Minister Mohammed Shia al-Sudani's government has agreed a timetable "
                 "with Washington.")
    assert "Mohammed" not in ev and "al-Sudani" not in ev
    assert ev["Hanan Saleh Mahmoud"].outcome == "captured"


def test_a_claim_dated_to_a_year_is_no_superseded_claim() -> None:
    ev = _events("It is noteworthy that the armed forces had announced in May 2017 the killing of the leader of "
                 "the so-called \"Wilayat Sinai\", Abu Osama al-Masri, in airstrikes south of al-Arish.",
                 published="2020-01-01")
    assert ev["Abu Osama al-Masri"].outcome == "killed"


def test_old_city_is_no_name() -> None:
    ev = _events("Iraqi forces captured a senior Islamic State official in Mosul's Old City on Tuesday, a spokesman "
                 "said.\n\nThe man, identified as Younis Khalaf al-Sabaawi, was the group's \"emir\" for the Old "
                 "City.")
    assert ev["Younis Khalaf al-Sabaawi"].outcome == "captured"


def test_a_syrian_the_ministry_accused_of_is_no_ministry_man() -> None:
    ev = _events("Security forces raided an Islamic State hideout near Idlib. Two men were taken into custody, among "
                 "them Nabil Adnan Qassem, a Syrian the ministry accused of carrying cash for the cell.")
    assert ev["Nabil Adnan Qassem"].outcome == "captured"


def test_court_namings_and_a_relative_clause_cut_by_told_the_court() -> None:
    ev = _events("A military court in Bosaso on Monday sentenced three men to death for membership of the Islamic "
                 "State group.\n\nThe condemned men were named as Aweys Hirsi Jama, Omar Ali Farah and Said Yusuf "
                 "Nur. Mahad Abdi Samatar, who told the court he had defected from al-Shabaab to the faction of Ali "
                 "Abdi Yusuf in 2018, received a prison term.", published="2025-06-01")
    assert {ev[n].outcome for n in ("Aweys Hirsi Jama", "Omar Ali Farah", "Said Yusuf Nur")} == {"captured"}
    assert (ev["Mahad Abdi Samatar"].outcome, ev["Mahad Abdi Samatar"].admin1) == ("captured", "Bari")
    assert "Ali Abdi Yusuf" not in ev or ev["Ali Abdi Yusuf"].outcome == "mentioned"


def test_in_the_town_before_the_cue_is_the_town_named_before() -> None:
    ev = _events("TIMELINE\n\nOctober 2017 \u2014 Iraqi forces recapture Hawija. An airstrike on a house in the "
                 "town kills Ahmed Jasim al-Hawiji, the group's military commander for the district.",
                 published="2022-05-09")
    assert ev["Ahmed Jasim al-Hawiji"].admin1 == "Kirkuk"


def test_an_emir_captured_near_a_place() -> None:
    ev = _events("Fighting went on in Hama. A militia published a video of a man it said was Abu Khalid "
                 "al-Ashari, a local IS emir captured near al-Mayadin.")
    assert (ev["Abu Khalid al-Ashari"].outcome, ev["Abu Khalid al-Ashari"].admin1) == ("captured", "Deir ez-Zor")


def test_aliases_given_by_himself_and_by_a_pronoun() -> None:
    ev = _events("Her husband, the convert Jonas Peter Wendt, who called himself Abu Hamza al-Almani, was killed in "
                 "an airstrike near Hajin.", published="2024-01-01")
    assert "Abu Hamza al-Almani" in ev["Jonas Peter Wendt"].aliases
    ev = _events("The court found that Sabine R. travelled to the Islamic State in 2015. In Raqqa she went by the "
                 "name Umm Sara al-Almaniya.\n\nShe left Syria in 2018 and was arrested at her flat in Cologne in "
                 "2019.", published="2024-01-01")
    person = next(e for e in ev.values() if "Sabine R." in [e.leader, *e.aliases])
    assert "Umm Sara al-Almaniya" in [person.leader, *person.aliases]
    assert (person.outcome, person.admin1) == ("captured", "North Rhine-Westphalia")
