"""Round 9: false persons, missed aliases, outcomes and places the heldout9/10 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2024-05-10")


# --- aliases after an appositive ------------------------------------------------------

def test_went_by_the_kunya_after_an_appositive_is_an_alias() -> None:
    ev = _events("In March, Jamal Hadi Kareem, an ISIS shura member who went by the kunya Abu Faris, was executed "
                 "by fellow commanders near Shadadi.")
    assert set(ev) == {"Jamal Hadi Kareem"}
    assert ev["Jamal Hadi Kareem"].aliases == ["Abu Faris"]
    assert ev["Jamal Hadi Kareem"].outcome == "killed"


def test_used_the_name_after_an_appositive_is_an_alias() -> None:
    ev = _events("The ISIS attack was planned by Karim Jasim al-Dulaimi, an Iraqi who used the name Abu Hafs. "
                 "SDF forces later killed al-Dulaimi near Shadadi.")
    assert set(ev) == {"Karim Jasim al-Dulaimi"}
    assert ev["Karim Jasim al-Dulaimi"].aliases == ["Abu Hafs"]


def test_also_called_after_an_appositive_and_honorific_surname() -> None:
    ev = _events("Police said those detained included Hamid Yusuf Hajji, a Syrian national also called Abu Omar "
                 "al-Halabi, who coordinated money transfers for ISIS.")
    assert set(ev) == {"Hamid Yusuf Hajji"}
    assert ev["Hamid Yusuf Hajji"].aliases == ["Abu Omar al-Halabi"]


# --- names of things and places -------------------------------------------------------

def test_group_adjective_and_group_name_are_no_person() -> None:
    ev = _events("A US strike killed Abu Talha al-Tunisi, a senior leader of the al-Qaeda-aligned Hurras al-Din, "
                 "near Idlib. Iraqi Counter-Terrorism Service troops killed ISIS emir Bashar Nuri in Anbar.")
    assert "al-Qaeda-aligned Hurras al-Din" not in ev
    assert "Counter-Terrorism" not in ev
    assert ev["Bashar Nuri"].outcome == "killed"


def test_report_body_and_school_names_are_no_person() -> None:
    ev = _events("The latest report of the Analytical Support and Sanctions Monitoring Team says ISIS-K recruits "
                 "from Tehrik-e Taliban Pakistan. ISIS fighters attacked the Kisoro Secondary School.")
    assert not ev


def test_tribe_name_is_no_person() -> None:
    ev = _events("ISIS gunmen executed members of the Albu Fahd tribe near Hit, and ISIS commander Nasser Jabr "
                 "was killed later.")
    assert "Albu Fahd" not in ev


def test_lone_al_place_after_settlement_word_is_no_person() -> None:
    ev = _events("Troops raided the home of Salem Hadi al-Obeid, a wanted ISIS cell leader from al-Qurayya, but "
                 "did not find him. A landmine left by ISIS exploded near the village of al-Mashrafa.")
    assert set(ev) == {"Salem Hadi al-Obeid"}


# --- who is no member -----------------------------------------------------------------

def test_victims_and_court_officials_are_no_members() -> None:
    ev = _events("ISIS militants killed an SDF fighter, Karim Hasan al-Ali, near Hajin on Friday. A nomad, Abdi "
                 "Warsame Nuur, was killed by an ISIS roadside bomb near Qandala. A CTD constable, Nadeem Akhtar, "
                 "was martyred in the ISIS-K ambush. The presiding judge, Salim Abdul-Karim, sentenced ISIS member "
                 "Omar Hadi al-Rawi, who was arrested in Mosul.")
    assert "Karim Hasan al-Ali" not in ev
    assert "Abdi Warsame Nuur" not in ev
    assert "Nadeem Akhtar" not in ev
    assert "Salim Abdul-Karim" not in ev


def test_leader_of_a_rival_after_remains_is_no_member() -> None:
    ev = _events("ISIS's main rival remains JNIM, led by Amadou Ag Sidi, which has fought the province.")
    assert "Amadou Ag Sidi" not in ev


def test_national_strongman_is_no_member() -> None:
    ev = _events("The forces of Libyan strongman Salem Haftari handed over ISIS commander Omar Farouk al-Masri.")
    assert "Salem Haftari" not in ev


# --- outcomes -------------------------------------------------------------------------

def test_sentence_in_absentia_is_no_capture() -> None:
    ev = _events("A third ISIS member, Abd al-Rahim Saleh al-Jubouri, was sentenced to death in absentia.")
    assert ev["Abd al-Rahim Saleh al-Jubouri"].outcome == "mentioned"


def test_prepositional_relative_names_an_event_not_the_man() -> None:
    ev = _events("Police said a suspected ISIS financier, Kato Mubiru, had been arrested in connection with the "
                 "attack on a market in Mpondwe, in which 12 people were killed.")
    assert ev["Kato Mubiru"].outcome == "captured"


# --- places ---------------------------------------------------------------------------

def test_indonesian_regency_maps_to_its_province() -> None:
    ev = _events("Police said MIT, the group that pledged loyalty to IS, lost its commander Budi Santika, who was "
                 "shot dead by soldiers in the jungles of Poso in 2019.")
    assert ev["Budi Santika"].country == "Indonesia"
    assert ev["Budi Santika"].admin1 == "Central Sulawesi"


def test_passive_naming_takes_up_the_unnamed_patient() -> None:
    ev = _events("Mozambican troops killed an ISIS commander near Mocimboa da Praia on Friday. The commander was "
                 "named as Ali Bacar Selemane, who had led raids since 2020.")
    assert ev["Ali Bacar Selemane"].outcome == "killed"
    ev = _events("Puntland forces captured a Moroccan ISIS fighter in the Cal Miskaad mountains. He was named as "
                 "Karim Benali, also called Abu Zaid.")
    assert ev["Karim Benali"].outcome == "captured"
    assert ev["Karim Benali"].admin1 == "Bari"


def test_list_cue_with_the_operation_named_again() -> None:
    ev = _events("Puntland forces clashed with ISIS fighters near Qandala on Friday. The commander killed in that "
                 "fighting was Sheikh Abdiqadir Omar Warsame, known as Dhuub, Colonel Ahmed said.")
    assert ev["Abdiqadir Omar Warsame"].outcome == "killed"


def test_reduced_relative_in_an_appositive_is_the_appositive_names() -> None:
    ev = _events("Asayish forces arrested ISIS emir Omar Khalil Saeed in Sulaimani on Monday. According to the "
                 "statement, Saeed had worked closely with Jasim Hamad Farhan, an ISIS commander killed in a "
                 "coalition airstrike near Tuz Khurmato in September.")
    assert ev["Omar Khalil Saeed"].outcome == "captured"
    assert ev["Jasim Hamad Farhan"].outcome == "killed"


def test_possessed_deputy_and_driver_is_a_henchman() -> None:
    ev = _events("An Iraqi air strike killed ISIS wali Hamad Salih al-Obeidi near Hawija. Also killed was Fadel "
                 "Hamed Kareem, described by the official as al-Obeidi's deputy and driver.")
    assert ev["Fadel Hamed Kareem"].outcome == "killed"


def test_tribal_leader_is_no_member() -> None:
    ev = _events("The raid came weeks after clashes between the SDF and tribal fighters loyal to Sheikh Hamid "
                 "al-Dandal, a leader of the Bakkara tribe, near ISIS hideouts.")
    assert "Hamid al-Dandal" not in ev


def test_among_whom_after_a_second_cue_takes_the_nearer_cue() -> None:
    ev = _events("During the same operation, eleven other ISIS terrorists were neutralized and three others "
                 "captured, among whom one Issoufou Garba, presented as the ISIS logistics chief.")
    assert ev["Issoufou Garba"].outcome == "captured"
    ev = _events("Ten ISIS militants were killed, among them Hamza Idrissa Moussa.")
    assert ev["Hamza Idrissa Moussa"].outcome == "killed"


def test_attack_carried_out_by_a_suicide_bomber_kills_him() -> None:
    ev = _events("That attack was carried out by the ISIS-K suicide bomber Abdul Karim al-Kunari and killed 13 "
                 "soldiers.")
    assert ev["Abdul Karim al-Kunari"].outcome == "killed"
    ev = _events("The raid was carried out by US forces against ISIS emir Karim Hadi al-Zubaidi in Anbar.")
    assert ev["Karim Hadi al-Zubaidi"].outcome == "mentioned"


def test_country_as_adjective_of_people_is_no_place() -> None:
    ev = _events("The Abbey Gate bombing in Kabul was carried out by the ISIS-K suicide bomber Abdul Karim al-Kunari "
                 "and killed 13 United States service members.")
    assert ev["Abdul Karim al-Kunari"].country == "Afghanistan"
    assert ev["Abdul Karim al-Kunari"].admin1 == "Kabul"


def test_town_of_a_kunya_like_name_is_no_person() -> None:
    ev = _events("Coalition forces carried out an airdrop in the town of Abu Khashab, killing ISIS leader Salim "
                 "Hadi al-Obeid.")
    assert set(ev) == {"Salim Hadi al-Obeid"}


def test_denied_charge_in_the_next_sentence_is_no_denial_of_the_death() -> None:
    ev = _events("Jumaa worked as a messenger for Moutaz Khalaf al-Jbouri, the ISIS former wali, who was killed in "
                 "an air strike in the Sharqat desert in 2022. He denied taking part in executions.")
    assert ev["Moutaz Khalaf al-Jbouri"].outcome == "killed"
    ev = _events("ISIS said its wali Hamid Sabah al-Dulaimi was killed in a strike near Hit. His family denied it.")
    assert ev["Hamid Sabah al-Dulaimi"].outcome == "mentioned"


def test_predicate_after_a_parenthesised_alias_and_an_inverted_copula() -> None:
    ev = _events("ISKP claimed the attack. Nasrullah Hamidi (alias Khalid al-Muhajir) remains the group's leader.")
    assert len(ev) == 1
    ev = _events("ISKP claimed the attack. ISKP's emir since 2020 has been Nasrullah Hamidi, better known as "
                 "Khalid al-Muhajir.")
    assert len(ev) == 1
    ev = _events("ISIS claimed the attack. The SDF spokesman is Hamid Saleh al-Ali.")
    assert not ev


def test_one_of_them_is_one_of_the_group_and_a_later_name_is_no_list() -> None:
    ev = _events("Two ISIS fighters surrendered to army positions at Eringeti over the weekend. One of them, Saidi "
                 "Mukasa, told interrogators he had served as a radio operator for the group's overall leader, "
                 "Hamisi Juma, the statement said. The second has not been named.")
    assert ev["Saidi Mukasa"].outcome == "captured"
    assert ev["Hamisi Juma"].outcome == "mentioned"
    ev = _events("Troops killed Omar Said al-Tikriti, an ISIS trainer, and a Somali commander, Aden Hersi, near "
                 "Bosaso.")
    assert ev["Aden Hersi"].outcome == "killed"


def test_one_word_appositive_of_a_role_noun_with_an_outcome_is_a_name() -> None:
    ev = _events("CTD personnel raided an IS-K hideout in Mastung. Another suspect, Zabihullah, was arrested in "
                 "injured condition.")
    assert ev["Zabihullah"].outcome == "captured"
    ev = _events("ISIS attacked the village. A resident, Zabihullah, said the gunmen fled.")
    assert "Zabihullah" not in ev


def test_known_by_the_name_takes_the_noun_phrase_before_it() -> None:
    ev = _events("In the confrontation with ISIS, another commander of the insurgents, known only by the name Mussa, "
                 "was hit in the leg but managed to escape.")
    assert ev["Mussa"].outcome == "wounded"
    ev = _events("In the central desert, an IS commander who goes by the single name Jarrah was wounded in a clash "
                 "with government forces near Palmyra in June.")
    assert ev["Jarrah"].outcome == "wounded"
    assert ev["Jarrah"].admin1 == "Homs"


def test_agent_of_an_arrest_or_sentence_is_not_the_object_noun_phrase() -> None:
    ev = _events("Police detained ISIS suspects in Istanbul. In Gaziantep, counterterrorism teams apprehended Mert "
                 "Yildiz, a 29-year-old Turkish citizen, at his home in the Sahinbey district.")
    assert ev["Mert Yildiz"].outcome == "captured"
    assert ev["Mert Yildiz"].admin1 == "Gaziantep"
    ev = _events("The ISIS member was sentenced to death. In the same session, the court sentenced a co-defendant, "
                 "Salim Ali Hadi, alias \u201cal-Qadi\u201d, to life imprisonment.")
    assert ev["Salim Ali Hadi"].outcome == "captured"


def test_named_as_its_leader_gives_the_role() -> None:
    ev = _events("ISIS Sahel lost its founder in 2021. UN sanctions monitors have since named Abu Hamza al-Tuareg "
                 "as its leader.")
    assert ev["Abu Hamza al-Tuareg"].outcome == "mentioned"
    assert not _events("The SDF named Salim Hamid as its spokesman for the region.")
    assert not _events("ISIS attacked the town. The army named Salim Hamid as its commander for the region.")


def test_an_earlier_jailbreak_does_not_deny_the_arrest() -> None:
    ev = _events("On Monday, Iraqi security forces said they had arrested ISIS member Hamid Fadel al-Mashhadani, an "
                 "Iraqi who escaped from al-Sinaa prison, in a village near Sinjar.")
    assert ev["Hamid Fadel al-Mashhadani"].outcome == "captured"
    assert ev["Hamid Fadel al-Mashhadani"].admin1 == "Nineveh"


def test_denied_membership_of_a_relative_is_not_the_possessor_s() -> None:
    ev = _events("SDF forces killed ISIS official Hamid Saleh al-Rumi in a raid. Al-Rumi's brother Khalid, who the "
                 "SDF said was not a member of the group, was lightly wounded.")
    assert ev["Hamid Saleh al-Rumi"].outcome == "killed"
    assert not _events("Hamid Saleh al-Rumi, who the SDF said was not a member of ISIS, was lightly wounded.")


def test_elided_subject_after_and_was_is_the_man_he_refers_to() -> None:
    ev = _events("Police detained ISIS suspects in Istanbul. A third suspect, Tajik national Rustam Nazarov, broke "
                 "his leg when he jumped from a balcony in Basaksehir in an attempt to flee, and was taken into "
                 "custody after being treated at a hospital.")
    assert ev["Rustam Nazarov"].outcome == "captured"
    assert ev["Rustam Nazarov"].admin1 == "Istanbul"


def test_named_pronoun_takes_the_most_severe_unnamed_outcome_of_the_sentence() -> None:
    ev = _events("In the same clash with ISIS near Bosaso, troops captured a Moroccan national who had been shot in "
                 "the leg. He was named as Karim Benali, also called Abu Zaid.")
    assert ev["Karim Benali"].outcome == "captured"
    ev = _events("Troops killed an ISIS commander and wounded two others near Hajin. He was named as Salim Hadi "
                 "al-Obeid.")
    assert ev["Salim Hadi al-Obeid"].outcome == "killed"


def test_political_party_leader_is_no_member() -> None:
    ev = _events("ISIS-K claimed the bombing. JUI-F chief Maulana Fazal Karim has criticised the government over "
                 "security.")
    assert not ev
