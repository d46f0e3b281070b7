"""Round 17: agents, court reports, lists and other bodies the heldout25/26 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2024-11-20")


def _by_name(ev: dict, part: str) -> list:
    """The events whose name or an alias holds ``part`` (the fullest form is the leader's name)."""
    return [e for e in ev.values() if any(part in n for n in (e.leader, *e.aliases))]


# --- who suffered the outcome -----------------------------------------------------------

def test_an_active_verb_after_an_aside_and_it_concerns() -> None:
    ev = _events("Pemba \u2014 The FDS, supported by the Rwandan contingent, killed last Sunday, in the district of "
                 "Macomia, one of the ringleaders of the insurgents of the Islamic State.\n\nIt concerns Momade "
                 "Assane Bacar, vulgo \u00abTio Momade\u00bb, a native of Mocimboa da Praia.")
    assert ev["Momade Assane Bacar"].outcome == "killed"
    assert "Rwandan" not in ev


def test_a_counted_subject_with_a_colon_list_past_a_relative_clause() -> None:
    ev = _events("Afghan forces killed an ISKP commander in Nangarhar. Two men were taken into custody at the same "
                 "location: Mawlawi Gul Ahmad, who the agency said also used the name Haroon and served as the "
                 "commander's deputy, and Naqibullah Safi, a Pakistani national.")
    assert ev["Gul Ahmad"].outcome == "captured"
    assert ev["Gul Ahmad"].aliases == ["Haroon"]
    assert ev["Naqibullah Safi"].outcome == "captured"


def test_the_dead_include_and_in_turn_executed() -> None:
    ev = _events("The command says the dead include Hatem Nahi al-Jumaili, known as Abu Hamza, an ISIS commander. "
                 "ISWAP moved aside its leader in favour of Abu Yusuf Ibn Ali al-Kanemi, also called Ba Modu, who "
                 "was in turn executed by fellow commanders.")
    assert ev["Hatem Nahi al-Jumaili"].outcome == "killed"
    assert ev["Abu Yusuf Ibn Ali al-Kanemi"].outcome == "killed"


def test_lost_its_leader_in_an_air_raid_and_bodies_among_them() -> None:
    ev = _events("Daesh lost its most prominent leader in Libya, the Iraqi Abu Zaid al-Anbari, in an "
                 "American air raid on Derna. The forces recovered dozens of bodies of the organisation's elements "
                 "from under the rubble, among them the so-called emir of the Hisba, the Tunisian Nabil Ayari.")
    assert ev["Abu Zaid al-Anbari"].outcome == "killed"
    assert ev["Nabil Ayari"].outcome == "killed"


def test_made_it_possible_to_neutralise_and_survived_with_many_wounds() -> None:
    ev = _events("FAMa drones struck an ISIS Sahel camp near Ansongo in the Gao region. The strike made it possible "
                 "to neutralise the named Moussa Ould Alher, a senior cadre of the terrorist group.")
    assert ev["Moussa Ould Alher"].outcome == "killed"
    ev = _events("A coalition strike killed the IS tax chief in Mosul. One of his aides, Rami Khalaf Saleh, survived "
                 "with burns and shrapnel wounds, according to an intelligence officer in Erbil.")
    assert (ev["Rami Khalaf Saleh"].outcome, ev["Rami Khalaf Saleh"].admin1) == ("wounded", "Nineveh")


def test_a_one_word_name_given_as_such_and_an_accomplice() -> None:
    ev = _events("The Taliban raided an ISKP hideout in Kunar. Two others, Sayed Rahim and a Tajik national "
                 "identified only as Firdavs, were detained. An accomplice, Zarif, was injured and taken into "
                 "custody.")
    assert ev["Firdavs"].outcome == "captured"
    assert ev["Zarif"].outcome == "captured"


def test_headline_verbs_of_a_service_and_a_court_and_sentenced_to_death_x() -> None:
    ev = _events("ISIS lost men near Kirkuk. March 2019 \u2014 Police in Daquq detain Jabbar Hamid al-Azzawi, "
                 "accused of extorting farmers. April 2018 \u2014 The Counter-Terrorism Service arrests Faris "
                 "Ayid al-Dulaimi, described as IS's wali for southern Kirkuk.")
    assert ev["Jabbar Hamid al-Azzawi"].outcome == "captured"
    assert ev["Faris Ayid al-Dulaimi"].outcome == "captured"
    ev = _events("Puntland fought the Islamic State. Last week the court sentenced to death Rachid Benali, a "
                 "Moroccan national whom prosecutors accused of training recruits.")
    assert ev["Rachid Benali"].outcome == "captured"


def test_a_defendant_identified_only_as_and_the_case_of() -> None:
    ev = _events("The court on Wednesday sentenced a 31-year-old man from Essen to seven years in prison for "
                 "membership of the Islamic State. In line with privacy rules, the defendant was identified only "
                 "as Sinan Y.")
    assert _by_name(ev, "Sinan")[0].outcome == "captured"
    ev = _events("ISIS lost men. The court then heard the case of Omar Jabbar Kadhim, 19, arrested in 2017 at a "
                 "checkpoint in Baiji.")
    assert ev["Omar Jabbar Kadhim"].outcome == "captured"


def test_a_comrade_who_joined_the_same_unit() -> None:
    ev = _events("The court jailed an IS returnee. A friend from Essen who joined the same unit, Dennis K., a "
                 "convert, surrendered to the Syrian Democratic Forces at Baghuz.")
    assert ev["Dennis K."].outcome == "captured"


def test_a_wound_stands_when_a_later_death_claim_is_denied() -> None:
    ev = _events("In clashes near Tin-Hama, in the Gao region, the ISGS commander Hamadou Sidibe was wounded and "
                 "evacuated by motorbike. JNIM's communique claimed he was dead, a claim the group's supporters "
                 "denied.")
    assert ev["Hamadou Sidibe"].outcome == "wounded"


def test_taken_to_an_unknown_location_needs_a_force() -> None:
    ev = _events("A strike hit an IS hideout in al-Bayda. Saleh Muqbil al-Awadi, whom residents describe as the "
                 "organisation's emir in the area, was wounded and taken to an unknown location.")
    assert ev["Saleh Muqbil al-Awadi"].outcome == "wounded"


def test_an_attributive_name_before_a_trade_and_a_lone_aside() -> None:
    ev = _events("The ISIS-inspired Maute group lost men. Pangandaman learned bomb-making under Jamil Sarip "
                 "Macabato, a Maute explosives expert who was killed by an Army sniper in Marawi City.")
    assert ev["Jamil Sarip Macabato"].outcome == "killed"


# --- aliases ------------------------------------------------------------------------------

def test_aliases_fronted_by_a_role_and_given_by_a_relative_clause() -> None:
    ev = _events("The defendant was drawn in through the circle of the Iraqi-born preacher known as Abu Bara, "
                 "Ahmad Yasin Abdullah A., who was arrested in Germany in 2016.")
    assert ev["Ahmad Yasin Abdullah A."].aliases == ["Abu Bara"]
    ev = _events("A third ISIS defendant, Karim Benali, who prosecutors said went by the name Abu Dawud al-Faransi, "
                 "had his hearing postponed.")
    assert {e.leader, *e.aliases} == {"Karim Benali", "Abu Dawud al-Faransi"} if (e := _by_name(ev, "Benali")[0]) \
        else False
    ev = _events("The FDS caught Issa Bacar, vulgarly known as \u201cPiton\u201d, an insurgent of the Islamic State "
                 "in Mozambique.")
    assert ev["Issa Bacar"].aliases == ["Piton"]


# --- who is a member --------------------------------------------------------------------------

def test_not_members_heads_of_other_bodies() -> None:
    ev = _events("ISIS lost men. The Syrian Democratic Forces, whose commander Rojvan Xelil has warned about the "
                 "camps holding IS members, were not consulted.")
    assert "Rojvan Xelil" not in ev
    ev = _events("Born Habib Kolo, the ISWAP leader is a son of Ibrahim Kolo, the preacher who founded the movement "
                 "later known as Boko Haram and who died in custody.")
    assert "Ibrahim Kolo" not in ev
    ev = _events("HTS, for its part, denied any role, and its leader, Abu Hamza al-Idlibi, has said nothing about "
                 "the Islamic State.")
    assert "Abu Hamza al-Idlibi" not in ev
    ev = _events("President Hassan Tahir personally led a counter-offensive, code-named Dragonfire, and officials "
                 "said one of the ISWAP targets, Malam Kolo Bukar, was killed near Baga Sola.")
    assert "Dragonfire" not in ev


def test_members_named_after_an_is_body_or_a_description() -> None:
    ev = _events("The ADF, which have pledged allegiance to the Islamic State, are commanded by Yusuf Kabanda, who "
                 "is under American sanctions.")
    assert ev["Yusuf Kabanda"].outcome == "mentioned"
    ev = _events("ISWAP lost leaders. Names circulating in Maiduguri include Ali Kaka Ngubdo, a long-serving shura "
                 "member said to command respect among older fighters.")
    assert ev["Ali Kaka Ngubdo"].outcome == "mentioned"
    ev = _events("The Daesh organisation lost Sirte. The fate of Abdulqader al-Tarhuni, whom the organisation "
                 "announced as its emir in Libya last March, remains unknown.")
    assert ev["Abdulqader al-Tarhuni"].outcome == "mentioned"


# --- where ------------------------------------------------------------------------------------

def test_datelines_with_two_hyphens_and_an_arrest_announced_in_a_city() -> None:
    ev = _events("ILIGAN CITY -- Government troops nabbed a suspected bomb maker of the ISIS-inspired Maute group "
                 "at a checkpoint in Saguiaran, Lanao del Sur. The suspect was identified as Tahir Sarip Ali.")
    assert ev["Tahir Sarip Ali"].admin1 == "Lanao del Sur"
    ev = _events("The NDS announced the arrest in Kabul of Rahmatullah Zazai, known as Abu Umar al-Afghani, whom "
                 "it described as ISKP's leader for South Asia.")
    assert _by_name(ev, "Zazai")[0].admin1 == "Kabul"


def test_dagestan_and_a_direction_and_a_long_deed() -> None:
    ev = _events("MAKHACHKALA, September 12 (Caucasus Wire) -- Two members of an Islamic State cell were "
                 "neutralised in Dagestan, the FSB said. A source told Caucasus Wire that one of the dead was Rasul "
                 "Magomedov.")
    assert (ev["Rasul Magomedov"].country, ev["Rasul Magomedov"].admin1) == ("Russia", "Dagestan")
    assert "Caucasus Wire" not in ev
    ev = _events("The assault on Sirte ended. The so-called Jumaa Salem al-Warfalli, one of the organisation's "
                 "commanders, was wounded by shrapnel and fled in the direction of the Jufra desert.")
    assert ev["Jumaa Salem al-Warfalli"].admin1 == "Sirte"
    ev = _events("FAMa drones struck near Ansongo in the Gao region, killing Bakary Ould Hamma, an ISIS Sahel cadre "
                 "responsible for numerous exactions against civilians and attacks against the FAMa in the Menaka "
                 "region.")
    assert ev["Bakary Ould Hamma"].admin1 == "Gao"
