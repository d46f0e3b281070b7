"""Round 8b: outcome and place recall on constructions the heldout7/8 reviews found missed.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from tests.test_extraction import _events
from worker.extraction.places import gazetteer

# --- cue words ------------------------------------------------------------------------

def test_apprehended_alive_is_captured_not_a_denial() -> None:
    ev = _events("Malian troops killed an Islamic State in the Sahel commander near Menaka on Friday. During the "
                 "same operation, an ISIS logistician, Moussa Ag Tilemsi, was apprehended alive.")
    assert ev["Moussa Ag Tilemsi"].outcome == "captured"


def test_picked_up_is_captured() -> None:
    ev = _events("A suspected ISWAP spy, Bukar Lawan Gremadi, was picked up by troops in Monguno on Monday.")
    assert ev["Bukar Lawan Gremadi"].outcome == "captured"
    assert ev["Bukar Lawan Gremadi"].admin1 == "Borno"


def test_interpellated_and_placed_in_custody_is_captured() -> None:
    ev = _events("In Kolofata, an ISWAP supplier, Adoum Mahamat Djibrine, was interpellated by the gendarmerie "
                 "and placed in custody.")
    assert ev["Adoum Mahamat Djibrine"].outcome == "captured"
    assert ev["Adoum Mahamat Djibrine"].admin1 == "Far North"


def test_quoted_participle_after_auxiliary() -> None:
    ev = _events('The ministry said an Islamic State cell leader, Karim Hassan al-Dabbagh, had been "neutralized" '
                 "in a raid in Sarmada, in Idlib province.")
    assert ev["Karim Hassan al-Dabbagh"].outcome == "killed"
    assert ev["Karim Hassan al-Dabbagh"].admin1 == "Idlib"


def test_shot_and_wounded_is_wounded() -> None:
    ev = _events("An Islamic State Sahel commander, Hama Souley Dicko, was shot and wounded during a clash near "
                 "Markoye in March and is believed to have crossed into Niger for treatment.")
    assert ev["Hama Souley Dicko"].outcome == "wounded"
    assert ev["Hama Souley Dicko"].admin1 == "Sahel"


def test_fell_during_an_exchange_of_fire_is_killed() -> None:
    ev = _events("An ISWAP commander, Abakar Mahamat Tchari, led the cell near Fotokol. He fell during an exchange "
                 "of fire with soldiers on Sunday.")
    assert ev["Abakar Mahamat Tchari"].outcome == "killed"


def test_taken_out_is_killed_and_among_them_after_speech_tag() -> None:
    ev = _events("Air strikes hit an ISWAP enclave at Kwalaram, where scores of fighters were taken out. Among "
                 "them, he said, was a fighter identified as Abu Zubair Gajiram.")
    assert ev["Abu Zubair Gajiram"].outcome == "killed"
    assert ev["Abu Zubair Gajiram"].admin1 == "Borno"


def test_fled_with_gunshot_wounds_among_them() -> None:
    ev = _events("Other ISWAP terrorists fled with gunshot wounds, among them one Modu Bulama Kachallah, an ISWAP "
                 "logistics chief.")
    assert ev["Modu Bulama Kachallah"].outcome == "wounded"


def test_among_those_who_surrendered() -> None:
    ev = _events("Islamic State fighters gave up in Hasakah. Among those who surrendered that day was Jassem Ali "
                 "al-Fadhil, who had acted as an ISIS emir.")
    assert ev["Jassem Ali al-Fadhil"].outcome == "captured"


def test_although_wounded_gives_the_main_subject_a_wound() -> None:
    ev = _events("Two other insurgents fell in combat, and a third ISIS fighter, named as Rachide Momade Assane, "
                 "managed to flee, although wounded in the leg.")
    assert ev["Rachide Momade Assane"].outcome == "wounded"


def test_and_was_detained_takes_the_sentence_subject() -> None:
    ev = _events("An ISKP suspect, Davron Rakhimov, injured his legs when he jumped from a balcony to escape a raid "
                 "in Ankara's Sincan district, and was detained at the scene, police said.")
    assert ev["Davron Rakhimov"].outcome == "captured"
    assert ev["Davron Rakhimov"].admin1 == "Ankara"


def test_the_man_who_gave_himself_up_is_named_in_apposition() -> None:
    ev = _events("The man who gave himself up, Abdikarim Yusuf Ciise, an Islamic State fighter, walked into a "
                 "village in Qandala district on Sunday.")
    assert ev["Abdikarim Yusuf Ciise"].outcome == "captured"


def test_coordinated_aide_with_bare_label_and_nicknamed() -> None:
    ev = _events("The dead included the ISIS terrorist Khalaf Hamid Saleh, nicknamed Abu Bilal al-Kirkuki, the "
                 "so-called wali of Kirkuk, and his aide, the terrorist Younis Hamad Obeid.")
    assert ev["Younis Hamad Obeid"].outcome == "killed"


# --- unnamed patients named later -----------------------------------------------------

def test_the_commander_identified_as_takes_the_unnamed_patient() -> None:
    ev = _events("BAGHDAD — Iraqi forces killed the Islamic State group’s top commander in Kirkuk province in a "
                 "raid, officials said.\n\nThe commander, identified as Abu Hatem al-Zubaidi, had directed attacks "
                 "for two years.")
    assert ev["Abu Hatem al-Zubaidi"].outcome == "killed"
    assert ev["Abu Hatem al-Zubaidi"].admin1 == "Kirkuk"


def test_the_individual_appositive_takes_the_unnamed_patient() -> None:
    ev = _events("Soldiers neutralised near Fotokol an important chief of the Islamic State in West Africa (ISWAP), "
                 "sources said.\n\nThe individual, Ousmane Abakar Hissein, was at the head of a cell.")
    assert ev["Ousmane Abakar Hissein"].outcome == "killed"


# --- denials that are none ------------------------------------------------------------

def test_disputed_province_is_no_denial() -> None:
    ev = _events("Iraqi commandos killed a senior Islamic State commander, an official said in one of the heaviest "
                 "blows to the group in the disputed province this year.\n\nThe official identified the commander "
                 "as Salim Khudair al-Obeidi.")
    assert ev["Salim Khudair al-Obeidi"].outcome == "killed"


def test_rejected_request_is_no_denial() -> None:
    ev = _events("Last month intelligence agents arrested Islamic State commander Zarif Khan Mohmand in Kandahar. "
                 "Pakistan has asked Kabul to hand him over, a request Afghan officials rejected.")
    assert ev["Zarif Khan Mohmand"].outcome == "captured"


def test_escaped_capture_earlier_does_not_undo_a_death() -> None:
    ev = _events("Officials said forces had killed ISKP commander Nasrullah Khan Wardak in a raid in Kabul. "
                 "Wardak had escaped capture in 2020.")
    assert ev["Nasrullah Khan Wardak"].outcome == "killed"


def test_survived_in_an_appositive_is_past() -> None:
    ev = _events("Monitors said Fadi Khalil al-Omar, a veteran IS commander who had survived an airstrike in 2019, "
                 "was killed in clashes near Palmyra in March.")
    assert ev["Fadi Khalil al-Omar"].outcome == "killed"


def test_no_credible_evidence_denies() -> None:
    ev = _events("Abu Khalid al-Nangarhari is the ISKP leader. Despite repeated claims of his death, there is no "
                 "credible evidence that he has been killed.")
    assert ev["Abu Khalid al-Nangarhari"].outcome == "mentioned"


def test_initially_reported_is_a_superseded_claim() -> None:
    ev = _events("State television initially reported that an ISIS commander, Abu Yahya al-Fahdawi, was among the "
                 "dead, but DNA tests ruled it out.")
    assert ev["Abu Yahya al-Fahdawi"].outcome == "mentioned"


def test_shot_down_is_killed() -> None:
    ev = _events("The Islamic State insurgent, identified as Issa Cassimo Abudo, was shot down in the bush near "
                 "Macomia.")
    assert ev["Issa Cassimo Abudo"].outcome == "killed"
    assert ev["Issa Cassimo Abudo"].admin1 == "Cabo Delgado"


# --- places ---------------------------------------------------------------------------

def test_outlet_name_is_no_place() -> None:
    ev = _events("The ISIS suspect, Ahmed Ali Gaas, was arrested at a house in Bosaso, according to an officer who "
                 "spoke to Garowe Online.")
    assert ev["Ahmed Ali Gaas"].admin1 == "Bari"


def test_same_operation_takes_the_lead_place() -> None:
    ev = _events("Malian forces neutralised an Islamic State in the Sahel chief in the Menaka region on Monday.\n\n"
                 "He was implicated in the 2017 ambush of Tongo Tongo in Niger.\n\n"
                 "During the same operation, his ISIS logistician, Sidi Ag Almoustapha, was arrested.")
    assert ev["Sidi Ag Almoustapha"].country == "Mali"
    assert ev["Sidi Ag Almoustapha"].admin1 == "Menaka"


def test_in_the_province_takes_the_governorate_named_before() -> None:
    ev = _events("BAGHDAD — Troops raided an IS hideout in Tarmiyah on Saturday.\n\nKirkuk has been a centre of IS "
                 "activity. In 2021, an air strike in the province killed Hamid Jasim al-Karbouli, whom officials "
                 "described as the group's top commander in Iraq.")
    assert ev["Hamid Jasim al-Karbouli"].admin1 == "Kirkuk"


def test_relative_clause_of_a_description_is_not_the_place() -> None:
    ev = _events("Intelligence agents nabbed Khalid Fayyad al-Shammari, described as an IS financier who sent "
                 "money to the al-Hol camp in Syria, in the Nabi Yunus district of Mosul.")
    assert ev["Khalid Fayyad al-Shammari"].country == "Iraq"
    assert ev["Khalid Fayyad al-Shammari"].admin1 == "Nineveh"


def test_relative_clause_telling_the_outcome_is_the_place() -> None:
    ev = _events("The Islamic State in the Sahel group attacked Markoye on Sunday.\n\nThe group rebuilt after the "
                 "death of its founder, Abu Hamza al-Sahrawi, who was killed by French forces in Mali in 2021.")
    assert ev["Abu Hamza al-Sahrawi"].country == "Mali"


def test_since_the_fall_of_is_a_time() -> None:
    ev = _events("QAMISHLI - Ten days after ISIS launched its largest operation since the fall of Baghouz, the SDF "
                 "said it had retaken the Sinaa prison in Hasakeh.\n\nThe SDF said its forces neutralized an ISIS "
                 "emir, Abu Talha al-Mosuli, during the storming of the northern wing.")
    assert ev["Abu Talha al-Mosuli"].admin1 == "Al-Hasakah"


def test_gazetteer_additions() -> None:
    g = gazetteer()
    for text, admin1 in [("in al-Ghaydah", "Al Mahrah"), ("in Déou", "Sahel"), ("the Damascus suburb of Douma",
                                                                               "Rif Dimashq"),
                         ("in Bol", "Lac"), ("in Rann", "Borno"), ("in Garowe", "Nugaal")]:
        hits = g.find(text)
        assert hits and hits[0].admin1 == admin1, text


def test_who_used_the_name_is_an_alias() -> None:
    ev = _events("An Islamic State fighter, Hassan Omar Jibril, who used the name Abu Maryam among the militants, "
                 "surrendered in Qandala.")
    assert ev["Hassan Omar Jibril"].outcome == "captured"
    assert "Abu Maryam" not in ev


def test_dateline_with_a_date_is_no_place() -> None:
    ev = _events("Ouagadougou, 12 octobre 2024 (BurkinaNews) – The army neutralised, on Saturday, an Islamic State "
                 "in the Greater Sahara leader, Seydou Boly Dicko, during an operation in the area of Markoye, "
                 "province of Oudalan.")
    assert ev["Seydou Boly Dicko"].admin1 == "Sahel"


def test_where_he_fought_is_not_where_he_was_arrested() -> None:
    ev = _events("Across the Rovuma river, Tanzanian police announced the arrest of Juma Hamisi Mkali, an Islamic "
                 "State fighter they said had fought with the insurgents in Cabo Delgado, in Mtwara region.")
    assert ev["Juma Hamisi Mkali"].country == "Tanzania"
    assert ev["Juma Hamisi Mkali"].admin1 == "Mtwara"


def test_a_later_sentence_of_the_same_outcome_gives_the_place() -> None:
    ev = _events("Turkish police detained 20 people in raids across five provinces. Among those held was a Tajik "
                 "known as Abu Yusuf al-Khujandi, described as the emir of an ISKP cell who had been in contact with "
                 "commanders in Afghanistan. He was nabbed at an apartment in Istanbul's Esenyurt district.")
    assert ev["Abu Yusuf al-Khujandi"].outcome == "captured"
    assert ev["Abu Yusuf al-Khujandi"].country == "Turkey"
    assert ev["Abu Yusuf al-Khujandi"].admin1 == "Istanbul"


def test_believed_to_have_been_wounded_is_a_report_not_intent() -> None:
    ev = _events("Another member of the Islamic State group, Norodin Salik Ampuan, was believed to have been "
                 "wounded in the fighting in Datu Hoffer, the army said.")
    assert ev["Norodin Salik Ampuan"].outcome == "wounded"


def test_before_being_arrested_takes_the_subject() -> None:
    ev = _events("An Islamic State suspect identified as Hussein Ali Mutlaq was wounded in a clash near Daquq and "
                 "escaped, before being arrested on Monday at a checkpoint.")
    assert ev["Hussein Ali Mutlaq"].outcome == "captured"


def test_the_same_clash_takes_the_clash_told_before() -> None:
    ev = _events("KAMPALA - Troops killed an ADF commander in eastern Congo, the army said.\n\n"
                 "Musa Kato Ssali, an ADF commander of the Islamic State's Central Africa Province, was killed "
                 "during a clash near Mambasa in Ituri province, the spokesman said.\n\n"
                 "A second ADF fighter, Abdul Lubega Kiggundu, was wounded in the same clash and escaped, he added.")
    assert ev["Abdul Lubega Kiggundu"].outcome == "wounded"
    assert ev["Abdul Lubega Kiggundu"].admin1 == "Ituri"


def test_reports_called_unverified_retract_a_death() -> None:
    ev = _events("In May pro-government accounts reported that Hamid Ullah Sangari, an ISKP media official, had been "
                 "killed in a drone strike in Kunar. A video released later showed Sangari addressing fighters, and "
                 "officials described the earlier reports as unverified.")
    assert ev["Hamid Ullah Sangari"].outcome == "mentioned"


def test_no_information_about_his_death_retracts() -> None:
    ev = _events("Pro-regime pages claimed that the strikes killed a senior ISIS commander named Abu Hafs al-Raqqawi. "
                 "However, monitors said that al-Raqqawi was not in the area, and that there is no information "
                 "about his death.")
    assert ev["Abu Hafs al-Raqqawi"].outcome == "mentioned"


def test_each_active_cue_keeps_its_own_unnamed_object() -> None:
    ev = _events("KABUL - Special forces killed a senior Islamic State commander in Nangarhar and arrested an ISKP "
                 "recruiter in the capital, officials said.\n\nThe recruiter, Gul Agha Zadran, was held in Kabul.")
    assert ev["Gul Agha Zadran"].outcome == "captured"


def test_a_claimed_fate_in_the_naming_sentence_blocks_the_lead_patient() -> None:
    ev = _events("Special forces killed a senior Islamic State commander in Achin, officials said.\n\n"
                 "Abdul Rauf Niazi, an ISKP commander, was killed along with four fighters in Achin.\n\n"
                 "Some outlets had reported that the group's Kunar commander, Mawlawi Hamidullah Safi, was also "
                 "killed in the raid. An official said he was not among the dead.")
    assert ev["Abdul Rauf Niazi"].outcome == "killed"
    assert ev["Hamidullah Safi"].outcome == "mentioned"


def test_succumbed_lost_his_life_met_his_end_are_killed() -> None:
    for text, name in [
        ("Islamic State commander Abu Hafs al-Dulaimi succumbed to his wounds in hospital in Tikrit.",
         "Abu Hafs al-Dulaimi"),
        ("ISIS official Abu Khalid al-Mashhadani lost his life in the strike near Mosul.", "Abu Khalid al-Mashhadani"),
        ("ISWAP commander Abba Kaka Bulama met his end in an air strike near Bama.", "Abba Kaka Bulama"),
        ("An air strike in Sabha claimed the life of ISIS leader Abu Omar al-Fezzani.", "Abu Omar al-Fezzani"),
        ("The army said Islamic State commander Musa Ali Tankara had been put out of action near Menaka.",
         "Musa Ali Tankara"),
        ("Dawlah Islamiyah leader Abu Dar Macabangkit was among the fatalities in the clash in Butig.",
         "Abu Dar Macabangkit"),
    ]:
        assert _events(text)[name].outcome == "killed", text


def test_remanded_and_captured_alive_are_captured() -> None:
    for text, name in [
        ("An Islamic State financier, Mohamed Ali Farah Geedi, was remanded in custody in Garowe.",
         "Mohamed Ali Farah Geedi"),
        ("Troops captured Islamic State fighter Issa Bonomade Cassimo alive in Macomia.", "Issa Bonomade Cassimo"),
    ]:
        assert _events(text)[name].outcome == "captured", text


def test_left_injured_is_wounded() -> None:
    ev = _events("ISKP commander Abdul Basit Zadran was left seriously injured after the raid in Jalalabad.")
    assert ev["Abdul Basit Zadran"].outcome == "wounded"


def test_colon_list_after_an_active_cue_object() -> None:
    ev = _events("Police detained three ISIS suspects in Bosaso: Abdirahman Yusuf Dhuhulow, Ali Omar Cabdiweli and "
                 "Farah Yusuf Nuur Gedi.")
    assert ev["Abdirahman Yusuf Dhuhulow"].outcome == "captured"
    assert ev["Ali Omar Cabdiweli"].outcome == "captured"


def test_custody_held_and_serving_a_sentence_are_captured() -> None:
    for text, name in [
        ("Islamic State financier Abu Talal al-Hamdani is now in the custody of the Iraqi authorities.",
         "Abu Talal al-Hamdani"),
        ("Islamic State financier Abu Talal al-Hamdani is now being held by Kurdish forces in Erbil.",
         "Abu Talal al-Hamdani"),
        ("Islamic State financier Abu Talal al-Hamdani is serving a life sentence in Iraq.", "Abu Talal al-Hamdani"),
    ]:
        assert _events(text)[name].outcome == "captured", text


def test_they_were_named_as_takes_the_outcome_before() -> None:
    ev = _events("Troops killed two Islamic State commanders near Hawija. They were named as Abu Salim al-Jiburi and "
                 "Abu Anas al-Hamdani.")
    assert ev["Abu Salim al-Jiburi"].outcome == "killed"
    assert ev["Abu Anas al-Hamdani"].outcome == "killed"


def test_so_was_his_deputy_repeats_the_outcome() -> None:
    ev = _events("Islamic State commander Abu Salim al-Jiburi was killed near Hawija. So was his deputy, Abu Anas "
                 "al-Hamdani.")
    assert ev["Abu Anas al-Hamdani"].outcome == "killed"


def test_the_role_noun_refers_back_to_the_man_it_described() -> None:
    ev = _events("Abu Salim al-Jiburi was the Islamic State's wali of Kirkuk. The wali was killed in a strike near "
                 "Hawija on Sunday.")
    assert ev["Abu Salim al-Jiburi"].outcome == "killed"
    assert ev["Abu Salim al-Jiburi"].admin1 == "Kirkuk"


def test_left_x_dead_or_wounded() -> None:
    ev = _events("The strike near Raqqa left Islamic State commander Abu Zaid al-Rawi dead.")
    assert ev["Abu Zaid al-Rawi"].outcome == "killed"
    ev = _events("The strike near Raqqa left Islamic State commander Abu Zaid al-Rawi seriously wounded.")
    assert ev["Abu Zaid al-Rawi"].outcome == "wounded"
    ev = _events("The bombing, which ISIS commander Abu Zaid al-Rawi planned, left 20 soldiers dead.")
    assert ev["Abu Zaid al-Rawi"].outcome == "mentioned"


def test_fell_into_their_hands_is_captured() -> None:
    ev = _events("The SDF said Islamic State commander Abu Zaid al-Rawi fell into its hands near Raqqa.")
    assert ev["Abu Zaid al-Rawi"].outcome == "captured"


def test_new_cues_do_not_fire_on_other_senses() -> None:
    ev = _events("ISIS commander Abu Talib al-Hamdani left wounded fighters behind in Mosul. His men picked up "
                 "weapons from a cache. The meeting was held in Erbil.")
    assert ev["Abu Talib al-Hamdani"].outcome == "mentioned"
