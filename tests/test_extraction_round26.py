"""Round 26: copulas after speech, court and agency names, asides, deeds and withheld places
the heldout44/45 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-11-20")


def test_the_dead_commander_was_x_after_a_ministry_said() -> None:
    ev = _events("Puntland forces say they killed a senior commander of the Islamic State group in Bari region. The "
                 "regional Ministry of Security said the dead commander was Abdiwali Hersi Dhuub, who used the name "
                 "Abu Hamza al-Bari.")
    assert ev["Abdiwali Hersi Dhuub"].outcome == "killed"
    assert (ev["Abdiwali Hersi Dhuub"].country, ev["Abdiwali Hersi Dhuub"].admin1) == ("Somalia", "Bari")


def test_a_courts_and_an_agencys_name_are_no_person() -> None:
    ev = _events("The woman, Samira T., was taken into custody on arrival in Munich, and the Higher Regional Court in "
                 "Munich convicted her of membership in the Islamic State. Citing the Federal Criminal Police "
                 "Office, prosecutors said her handler, Abu Layth al-Ansari, an IS recruiter, had been killed in "
                 "Syria.")
    assert "Higher Regional" not in ev and "Federal Criminal" not in ev and "Federal" not in ev
    assert ev["Abu Layth al-Ansari"].outcome == "killed"


def test_a_pronoun_skips_a_lone_acronym_and_an_opening_participle() -> None:
    ev = _events("The handler was Abu Qasim al-Dimashqi, a member of the Islamic State's security apparatus. Citing "
                 "the BKA, the court found that he was killed in an airstrike in 2023.", published="2025-02-01")
    assert ev["Abu Qasim al-Dimashqi"].outcome == "killed"


def test_the_defences_argument_undoes_no_finding() -> None:
    ev = _events("The handler was Abu Qasim al-Dimashqi, a member of the Islamic State's security apparatus. The "
                 "court found that he was killed in an airstrike in 2023. The defence had argued that no evidence of "
                 "his death was ever presented.", published="2025-02-01")
    assert ev["Abu Qasim al-Dimashqi"].outcome == "killed"


def test_an_initial_before_a_dash_and_a_wing_known_as_the_x() -> None:
    ev = _events("The court found that Yassin M. \u2013 whose surname is withheld under privacy rules \u2013 had "
                 "been recruited by the Islamic State's external operations wing, known as the \"Amniyat\". He was "
                 "arrested by police at his flat in Hamburg in 2023.", published="2025-02-01")
    assert "Amniyat" not in ev
    assert ev["Yassin M."].outcome == "captured"


def test_a_veteran_commander_who_went_by_y() -> None:
    ev = _events("According to the SDF, the attack was directed by Khalaf Ibrahim al-Dulaimi, a veteran ISIS "
                 "commander who went by Abu Hafs al-Shami. He was killed in a coalition airstrike.")
    assert ev["Khalaf Ibrahim al-Dulaimi"].outcome == "killed"
    assert "Abu Hafs al-Shami" in ev["Khalaf Ibrahim al-Dulaimi"].aliases


def test_a_native_captured_at_a_place() -> None:
    ev = _events("ISIS cells attacked the prison. The SDF's list includes Jasim Awad al-Hamdan, a Raqqa native "
                 "captured at Baghouz in March 2019 and held ever since.")
    assert ev["Jasim Awad al-Hamdan"].outcome == "captured"
    assert ev["Jasim Awad al-Hamdan"].admin1 == "Deir ez-Zor"


def test_fled_towards_a_territory_in_a_neighbouring_province() -> None:
    ev = _events("BENI \u2014 The army says it has killed eight ADF rebels in Beni territory. Another commander, Moses "
                 "Kambale, was wounded in the fighting at Kalau and fled towards the territory of Mambasa, in the "
                 "neighbouring province of Ituri, the army said.")
    assert (ev["Moses Kambale"].outcome, ev["Moses Kambale"].admin1) == ("wounded", "North Kivu")


def test_a_rival_founders_son_named_as_wali_leaves_the_founder_out() -> None:
    ev = _events("2016: The Islamic State names Abu Zaid al-Kanawi, a son of Boko Haram founder Idris Mallam Gana, "
                 "as wali of its West African province.", published="2024-06-01")
    assert "Idris Mallam Gana" not in ev


def test_a_village_unit_and_a_private_are_no_members() -> None:
    ev = _events("In Marawi, police nabbed Sittie Ampaso, a financier of the Dawlah Islamiyah, in Barangay Bubong "
                 "Lumbac by virtue of a warrant.")
    assert set(ev) == {"Sittie Ampaso"}
    ev = _events("The Islamic State bombing killed three soldiers, among them Private Karrar Jabbar, whose brother "
                 "attended the trial of Hamid Saleh, an IS bomb-maker.")
    assert "Karrar Jabbar" not in ev


def test_a_turkish_spelling_of_daesh_makes_the_story_about_the_group() -> None:
    ev = _events("Uzbek national Rustam Kholov, code-named Ebu Osman, was caught in a police raid in Esenyurt, "
                 "Istanbul. He had been sending money to DEA\u015e fighters in Syria.")
    assert ev["Rustam Kholov"].outcome == "captured"


def test_a_deed_blamed_on_the_subject_is_no_boundary() -> None:
    ev = _events("Islamic State Sahel Province lost another commander. Ibrahim Ag Alhassane, whose units were blamed "
                 "for the killing of herders near Inekar in 2022, was killed in a drone strike near Tidermene, in "
                 "the Menaka region, in October.")
    assert (ev["Ibrahim Ag Alhassane"].outcome, ev["Ibrahim Ag Alhassane"].admin1) == ("killed", "Menaka")


def test_the_provinces_rise_is_no_place_anaphora() -> None:
    ev = _events("The Islamic State's Sahel Province now controls Menaka. The province's rise cannot be separated "
                 "from its founder, Abu Talha al-Sahrawi, who was killed by French forces in Mali in 2021.",
                 published="2024-02-20")
    assert (ev["Abu Talha al-Sahrawi"].country, ev["Abu Talha al-Sahrawi"].admin1) == ("Mali", None)


def test_a_drone_that_targeted_x_places_his_wound() -> None:
    ev = _events("CENTCOM forces raided a house in Hasakah. Separately, the SDF said a coalition drone had targeted a "
                 "motorcycle carrying Ahmad Sattam al-Fayyad, an ISIS cell leader, near the town of Diban in eastern "
                 "Deir ez-Zor. Al-Fayyad was wounded but escaped, the SDF said.")
    assert (ev["Ahmad Sattam al-Fayyad"].outcome, ev["Ahmad Sattam al-Fayyad"].admin1) == ("wounded", "Deir ez-Zor")


def test_among_those_taken_alive_tells_its_own_outcome() -> None:
    ev = _events("Puntland forces say they killed nine ISIS militants in the Cal Miskaad mountains of Bari. The "
                 "identities of the other dead were not disclosed. Among those taken alive was Abdirizak Hussein "
                 "Gurey, who officials say ran the group's extortion in Bosaso.")
    assert ev["Abdirizak Hussein Gurey"].outcome == "captured"


def test_surviving_an_earlier_strike_does_not_undo_a_death() -> None:
    ev = _events("Ali Hussein al-Mashhadani, the Islamic State's military emir in Kirkuk, was killed in an Iraqi "
                 "airstrike last summer; he had survived a drone strike in 2017.")
    assert ev["Ali Hussein al-Mashhadani"].outcome == "killed"


def test_the_next_sentence_withholds_the_place() -> None:
    ev = _events("Iraqi forces raided hideouts in Kirkuk. In October, the prime minister announced the capture of "
                 "Hazem Ali al-Janabi, the Islamic State's finance chief, in a \"complex operation\". Iraq has not "
                 "said where the operation took place.")
    assert (ev["Hazem Ali al-Janabi"].outcome, ev["Hazem Ali al-Janabi"].country) == ("captured", None)
    ev = _events("U.S. forces raided a house in Atmeh, in Idlib. The ISIS financier Sami Nuri al-Hadidi was taken "
                 "into custody, CENTCOM said. It did not say where he was being held.")
    assert ev["Sami Nuri al-Hadidi"].admin1 == "Idlib"


def test_its_spokesman_after_a_government_force_is_the_forces() -> None:
    ev = _events("The SDF holds thousands of Islamic State suspects in prisons across the northeast. Its spokesman, "
                 "Rojhat Amed, and the Kurdish politician Hevi Mustafa have long warned that the force cannot hold "
                 "them indefinitely.")
    assert "Rojhat Amed" not in ev
