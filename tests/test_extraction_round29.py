"""Round 29: cells and families, participles that name the dead, kin after a possessive, rivers
and peoples that are no names, successors, translations' verbs, from the heldout50/51 reviews.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-12-01")


def test_a_member_of_the_same_cell_called_x_is_the_member() -> None:
    ev = _events("Security forces arrested the head of an Islamic State cell in Busayra. Hours later, a member of "
                 "the same cell called Khalil Saleh al-Obaid was killed in a shootout on the edge of Hajin.")
    assert ev["Khalil Saleh al-Obaid"].outcome == "killed"


def test_a_family_and_a_military_council_official_are_no_members() -> None:
    ev = _events("SDF fighters arrested an Islamic State emir in Shuhail and also detained two brothers from the "
                 "al-Jasim family before freeing them. Rojhat Amed, a media official of the Manbij Military "
                 "Council, said the emir had run a cell for two years.")
    assert "al-Jasim" not in ev and "Rojhat Amed" not in ev


def test_the_object_of_an_airstrike_keeps_the_strikes_place() -> None:
    ev = _events("Puntland forces raided an Islamic State base. The raid came three "
                 "years after a US airstrike in the Bari region killed the branch's then deputy, Abdirahman Yusuf "
                 "Guled, in March 2021 \u2014 a reminder that Washington has long hit the group.")
    assert (ev["Abdirahman Yusuf Guled"].country, ev["Abdirahman Yusuf Guled"].admin1) == ("Somalia", "Bari")


def test_a_deed_with_a_sum_of_money_is_no_place_of_the_verdict() -> None:
    ev = _events("The Higher Regional Court in Munich jailed three members of an Islamic State cell. A fourth "
                 "man, Davron K., was convicted only of supporting the group by sending about €3,500 to its "
                 "couriers in Turkey; he received two years.")
    assert (ev["Davron K."].country, ev["Davron K."].admin1) == ("Germany", "Bavaria")


def test_the_man_killed_comma_x_is_the_unnamed_patient() -> None:
    ev = _events("Taliban forces killed a senior Islamic State financier in a night raid in Kabul, the spokesman "
                 "said.\n\nThe spokesman said that the man killed, Qari Nasrullah, had moved money for Islamic "
                 "State Khorasan Province. The arrested man, Mawlawi Abdul Wakil Safi, was described as a "
                 "recruiter working among students in Kunar province.")
    assert ev["Nasrullah"].outcome == "killed"
    assert (ev["Abdul Wakil Safi"].outcome, ev["Abdul Wakil Safi"].admin1) == ("captured", "Kunar")


def test_a_surname_goes_to_the_person_the_story_names_most() -> None:
    ev = _events("Officials say Hamad Saleh al-Fayyad, known as Abu Ayman al-Halabi, the Islamic State commander "
                 "of the Badia, was killed this week. Al-Fayyad had led the desert cells since 2019. Al-Fayyad "
                 "was born in Homs.\n\nMay 2021 - His cousin and deputy, Nawaf al-Fayyad, is wounded in an "
                 "airstrike in eastern Hama. The coalition calls him a key enabler of al-Fayyad's network, which "
                 "al-Fayyad rebuilt.")
    assert ev["Nawaf al-Fayyad"].outcome == "wounded"


def test_survives_with_injuries_is_wounded() -> None:
    ev = _events("A US strike hit a car carrying Islamic State commander Abu Salem al-Shami near Palmyra. A "
                 "second man, the cell's judge Sheikh Mahmoud Ali al-Hamad, survives with injuries, according "
                 "to local sources.")
    assert ev["Mahmoud Ali al-Hamad"].outcome == "wounded"


def test_without_saying_where_withholds_the_place() -> None:
    ev = _events("ISWAP fighters attacked bases in Borno. The man named to lead them, Mallam Abba Gana, lasted "
                 "only weeks: the army said in December that he had been killed in an operation, without saying "
                 "where.")
    assert (ev["Mallam Abba Gana"].outcome, ev["Mallam Abba Gana"].country) == ("killed", None)


def test_a_defendant_sentenced_in_absentia_is_a_mentioned_member() -> None:
    ev = _events("A Baghdad court sentenced two Islamic State hisba officials to death. A third defendant, Jabbar "
                 "Kadhim Salman, was sentenced to death in absentia.")
    assert ev["Jabbar Kadhim Salman"].outcome == "mentioned"


def test_the_cell_leader_is_the_object_of_the_arrest() -> None:
    ev = _events("Syrian security forces arrested the leader of an Islamic State cell and another militant blew "
                 "himself up during a raid in the Sayyida Zeinab area of rural Damascus. The ministry said the "
                 "cell leader, Yasser Omar Haddad, had planned attacks on a shrine.")
    assert ev["Yasser Omar Haddad"].outcome == "captured"


def test_pointed_out_or_presented_as_a_role_is_a_member() -> None:
    ev = _events("Insurgents of the Islamic State attacked Mucojo. Residents say the group in the area obeys a "
                 "certain Abdul Remane Saide, pointed out as the chief of the insurgents on the coast.")
    assert ev["Abdul Remane Saide"].outcome == "mentioned"
    # ... and "presented as" the same way, whatever the role words: "the nurse and the explosives
    # maker" (the nurse no civilian's job), "the chief of a katiba" (no chief of staff)
    ev = _events("The ADF, the Islamic State's Central Africa Province, lost a camp. In Ituri, soldiers say they "
                 "captured last week Yusuf Kasaija, alias \"Daktari\", presented as the nurse and the explosives "
                 "maker of the group.")
    assert ev["Yusuf Kasaija"].outcome == "captured"
    ev = _events("The FAMa neutralised several terrorists of the so-called Islamic State in the Greater Sahara, "
                 "among them Ibrahim Ag Alher, dit \"Abou Hamza\", presented by the army as the chief of a "
                 "katiba operating between Ansongo and the border with Niger.")
    assert ev["Ibrahim Ag Alher"].outcome == "killed"


def test_a_river_is_no_antecedent_of_he() -> None:
    ev = _events("The SDF said its raid in Dhiban targeted Mazen Hamid al-Ali, whom it described as the Islamic "
                 "State's tax chief for the west bank of the Euphrates. He was killed after opening fire on the "
                 "assault force.")
    assert ev["Mazen Hamid al-Ali"].outcome == "killed"


def test_the_exchange_of_fire_is_the_operation_told_before() -> None:
    ev = _events("A raid by coalition troops killed an Islamic State official in eastern Syria.\n\nThe SDF said "
                 "the operation in the village of Dhiban, in Deir Ezzor province, targeted Abu Talha al-Shaiti. "
                 "A second man, Nasser Khalil al-Hamoud, handled money for relatives held in Al-Hol, the camp in "
                 "neighbouring Hasakeh province.\n\nA third suspect, Omar Fadel al-Rashed, was wounded in the "
                 "exchange of fire but fled.")
    assert (ev["Omar Fadel al-Rashed"].outcome, ev["Omar Fadel al-Rashed"].admin1) == ("wounded", "Deir ez-Zor")


def test_a_rival_faction_left_in_a_year_is_a_rival() -> None:
    ev = _events("ISWAP fighters attacked Monguno. ISWAP separated itself in 2016 from the faction of Boko Haram "
                 "led by Bakura Doro.")
    assert "Bakura Doro" not in ev


def test_abated_is_a_translations_killed() -> None:
    ev = _events("According to a communique, Bana Modu Kolo, known as \"Abu Aisha\", an ISWAP commander, was "
                 "abated on Monday near Bosso, in an offensive by Nigerien troops.")
    assert ev["Bana Modu Kolo"].outcome == "killed"


def test_its_leader_after_a_rival_subject_is_the_rivals() -> None:
    ev = _events("Al-Shabaab, still the larger militant group in Somalia, has been at war with the Islamic State "
                 "since 2015; its leader Yusuf Abdi Warsame has called the branch's members \"deviants\".")
    assert "Yusuf Abdi Warsame" not in ev


def test_plural_peoples_are_no_names() -> None:
    ev = _events("Puntland has paraded a dozen foreign Islamic State fighters - Ethiopians, Tanzanians, Moroccans, "
                 "Yemenis - since the offensive began.")
    assert not {"Tanzanians", "Moroccans", "Ethiopians", "Yemenis"} & set(ev)


def test_an_agency_with_its_acronym_arrests_in_a_timeline() -> None:
    ev = _events("ISWAP expanded its networks in the north. July 2022 - The Department of State Services (DSS) "
                 "arrests Ibrahim Musa Gashua, described as an ISWAP fund-raiser, in Kano.")
    assert (ev["Ibrahim Musa Gashua"].outcome, ev["Ibrahim Musa Gashua"].admin1) == ("captured", "Kano")


def test_the_founder_after_a_sons_copula_is_the_founder() -> None:
    ev = _events("ISWAP's leader was killed in August. Its new chief, Abu Yusuf al-Barnawi, is the son of Boko "
                 "Haram's founder, Umar Kachalla, who was killed in police custody in Maiduguri in 2009.")
    assert "Umar Kachalla" not in ev


def test_a_successor_is_no_ones_he() -> None:
    ev = _events("On 4 May 2024 the Islamic State announced that its leader, Abu Omar al-Halabi al-Qurashi, had "
                 "been killed, and named Abu Bakr al-Hashimi al-Qurashi as his successor. The group said he died "
                 "in clashes in Idlib.")
    assert ev["Abu Bakr al-Hashimi al-Qurashi"].outcome == "mentioned"


def test_among_them_after_a_long_relative_clause() -> None:
    ev = _events("The operations room said it had identified a number of leaders of the ISIS organization who were "
                 "killed in the American raids that targeted two camps of the organization south of the city of "
                 "Sirte on Thursday night, among them the so-called \"emir of the south\", Salem Ali Bukhatwa.")
    assert ev["Salem Ali Bukhatwa"].outcome == "killed"


def test_a_governorates_name_as_given_names_is_no_place() -> None:
    ev = _events("ISIS fighters were bombed in camps near Sirte. The spokesman of the operation, Salah al-Din "
                 "Hamad Bukhari, said the forces found the bodies of dozens of the organization's members.\n\nA "
                 "third leader, Faraj Ali al-Warfalli, was wounded in the raids and fled.")
    assert (ev["Faraj Ali al-Warfalli"].country, ev["Faraj Ali al-Warfalli"].admin1) == ("Libya", "Sirte")


def test_whose_body_was_identified_is_dead() -> None:
    ev = _events("The forces announced the liberation of the city. Among the last to fall in the port district was "
                 "the so-called \"emir of the hisba\" of ISIS, Nuri Abdallah al-Masrati, whose body was identified "
                 "by residents.")
    assert ev["Nuri Abdallah al-Masrati"].outcome == "killed"


def test_whose_clauses_and_kin_after_a_possessive() -> None:
    ev = _events("Security officials say the ISIS cell had stayed in contact with his brother-in-law, Kareem "
                 "Jabbar Hussein, an ISIS official whose whereabouts are unknown. Sheikh Rafi al-Dulaimi, a "
                 "tribal leader whose fighters joined the Iraqi army against ISIS, praised the operation. The "
                 "defendant's younger brother, Ahmad Jabbar Hussein, testified for him.")
    assert ev["Kareem Jabbar Hussein"].outcome == "mentioned"
    assert not any("al-Dulaimi" in name for name in ev) and "Ahmad Jabbar Hussein" not in ev


def test_whose_real_name_is_names_the_nickname_before() -> None:
    ev = _events("Pemba - The FDS abated on Sunday an insurgent chief known as \"Mwalimu\" during an operation in "
                 "the locality of Chai, district of Macomia, in Cabo Delgado province.\n\nAccording to a source, "
                 "the individual, whose real name is Saide Bacar Issa, commanded a group of thirty terrorists.")
    assert ev["Saide Bacar Issa"].outcome == "killed" and "Mwalimu" in ev["Saide Bacar Issa"].aliases
