"""Pure-function tests of the extraction engine: no broker, no I/O per call."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from worker.articles.model import Article
from worker.articles.sources import read_paths
from worker.evaluation import score
from worker.extraction import extract_events, leader_key
from worker.extraction.dates import resolve_date
from worker.extraction.places import gazetteer

ROOT = Path(__file__).resolve().parents[1]


def _events(text: str, published: str | None = "2023-05-10") -> dict[str, object]:
    return {e.leader: e for e in extract_events(Article(id="t", text=text, published=published))}


# --- outcomes -------------------------------------------------------------------------

def test_outcome_precedence_killed_beats_captured() -> None:
    ev = _events("Iraqi troops arrested ISIS commander Abu Saleh al-Ani in Ramadi in 2019. "
                 "The Islamic State commander Abu Saleh al-Ani was later killed in a strike in Fallujah.")
    assert ev["Abu Saleh al-Ani"].outcome == "killed"


def test_suicide_to_avoid_capture_is_killed() -> None:
    ev = _events("ISIS leader Abu Ibrahim al-Hashimi al-Qurayshi blew himself up as US forces raided his "
                 "house in Atmeh.")
    assert ev["Abu Ibrahim al-Hashimi al-Qurayshi"].outcome == "killed"
    assert ev["Abu Ibrahim al-Hashimi al-Qurayshi"].admin1 == "Idlib"


def test_nabbed_is_captured_and_passive_subjects_coordinate() -> None:
    ev = _events("Abu Omar al-Shami, an ISIS facilitator, and Hamad Salih al-Dulaimi, an ISIS smuggler, "
                 "were nabbed by US soldiers near Shadadi on Sunday.")
    assert ev["Abu Omar al-Shami"].outcome == "captured"
    assert ev["Hamad Salih al-Dulaimi"].outcome == "captured"
    assert ev["Hamad Salih al-Dulaimi"].admin1 == "Al-Hasakah"


def test_background_mention_counts() -> None:
    ev = _events("It was the largest raid since the 2019 operation that killed Abu Bakr al-Baghdadi, "
                 "the former head of ISIS.")
    assert ev["Abu Bakr al-Baghdadi"].outcome == "killed"


def test_called_off_strike_is_not_an_outcome() -> None:
    ev = _events("US commanders called off a drone strike that would have killed ISIS official "
                 "Abu Yusuf al-Mashhadani near al-Bab.")
    assert ev["Abu Yusuf al-Mashhadani"].outcome == "mentioned"


def test_agent_of_killing_is_not_killed() -> None:
    ev = _events("ISIS commander Abu Dujana al-Iraqi killed three soldiers in an ambush in Diyala.")
    assert ev["Abu Dujana al-Iraqi"].outcome == "mentioned"


def test_wounded() -> None:
    ev = _events("ISIS commander Hamid Awad al-Hamad was wounded in a raid near Tabqa.")
    assert ev["Hamid Awad al-Hamad"].outcome == "wounded"
    assert ev["Hamid Awad al-Hamad"].admin1 == "Raqqa"


# --- who is a member ------------------------------------------------------------------

def test_government_people_are_excluded_by_rule() -> None:
    ev = _events("CENTCOM spokesman Joe Buccino said the raid killed ISIS official Anas al-Shami. "
                 "General Michael Erik Kurilla praised the troops. Colonel Mark Peterson said more raids "
                 "would follow, and President Bashar al-Assad said nothing.")
    assert set(ev) == {"Anas al-Shami"}


def test_isis_spokesman_is_a_member() -> None:
    ev = _events("In an audio message, the terrorist group's spokesperson Abu Omar al-Muhajir said the "
                 "leader was dead.")
    assert "Abu Omar al-Muhajir" in ev
    assert ev["Abu Omar al-Muhajir"].outcome == "mentioned"


def test_one_word_name_needs_a_cue() -> None:
    ev = _events("One of the two killed in the raid in eastern Syria was identified only as Anas, an ISIS "
                 "Syria Province official.")
    assert ev["Anas"].outcome == "killed"
    assert ev["Anas"].country == "Syria"
    assert ev["Anas"].admin1 is None


def test_alias_forms() -> None:
    ev = _events("Abdallah Hamid al-Maddad AKA Abu Hamza al-Suri, an ISIS facilitator, was captured. "
                 "Salim, or Hani Ahmed al-Kurdi, was another ISIS commander who was captured in Syria.")
    assert ev["Abdallah Hamid al-Maddad"].aliases == ["Abu Hamza al-Suri"]
    assert ev["Hani Ahmed al-Kurdi"].aliases == ["Salim"]
    assert ev["Hani Ahmed al-Kurdi"].outcome == "captured"


def test_short_form_joins_full_name() -> None:
    ev = _events("The 2019 raid killed ISIS leader Abu Bakr al-Baghdadi. After Baghdadi's death the group "
                 "named a successor.")
    assert list(ev) == ["Abu Bakr al-Baghdadi"]


def test_different_people_sharing_a_nisba_stay_apart() -> None:
    ev = _events("ISIS leader Abu Ibrahim al-Hashimi al-Qurayshi was killed in February. The group then "
                 "named Abu al-Hassan al-Hashimi al-Qurayshi as its leader.")
    assert set(ev) == {"Abu Ibrahim al-Hashimi al-Qurayshi", "Abu al-Hassan al-Hashimi al-Qurayshi"}
    assert ev["Abu al-Hassan al-Hashimi al-Qurayshi"].outcome == "mentioned"


def test_empty_and_nameless_articles() -> None:
    assert extract_events(Article(id="e", text="")) == []
    assert extract_events(Article(id="e", text="Strikes killed 35 ISIS militants in the Syrian desert.")) == []


# --- coreference and identification ---------------------------------------------------

def test_named_them_as_then_they_were_killed() -> None:
    ev = _events("Iraqi jets struck Islamic State hideouts in western Anbar province on Sunday. The Security "
                 "Media Cell named them as Abu Muslim al-Rawi and Hatem Khalaf al-Karbouli. It said they were "
                 "killed along with four other militants.")
    assert ev["Abu Muslim al-Rawi"].outcome == "killed"
    assert ev["Hatem Khalaf al-Karbouli"].outcome == "killed"
    assert ev["Hatem Khalaf al-Karbouli"].admin1 == "Anbar"


def test_unnamed_patient_identified_later() -> None:
    ev = _events("A joint operation south of Hawija ended with the death of a wanted Islamic State leader, "
                 "security sources in Kirkuk said.\n\nSecurity sources named him as Jassim Mohammed al-Obeidi.")
    assert ev["Jassim Mohammed al-Obeidi"].outcome == "killed"
    assert ev["Jassim Mohammed al-Obeidi"].admin1 == "Kirkuk"


def test_identification_needs_the_same_description() -> None:
    ev = _events("Puntland forces say a deputy commander of the Islamic State's Somalia branch was wounded near "
                 "Bosaso.\n\nReports said the group's long-time leader, Abdulqadir Mumin, was in the area.")
    assert ev["Abdulqadir Mumin"].outcome == "mentioned"


def test_pronoun_after_said_reaches_the_named_member() -> None:
    ev = _events("The ministry named the ISGS commander as Abdoulaye Dicko. It said he was killed on Sunday near "
                 "Tongo Tongo.")
    assert ev["Abdoulaye Dicko"].outcome == "killed"
    assert ev["Abdoulaye Dicko"].admin1 == "Tillaberi"


def test_group_names_and_place_modifiers_are_not_people() -> None:
    ev = _events("Troops killed the emir of the pro-Islamic State Dawlah Islamiyah-Maute group. He had served "
                 "under Isnilon Hapilon, the Abu Sayyaf commander named ISIS emir. Militants stormed a post in "
                 "al-Azim district.")
    assert "Dawlah Islamiyah-Maute" not in ev and "Abu Sayyaf" not in ev and "al-Azim" not in ev


def test_victim_village_head_is_not_a_member() -> None:
    ev = _events("ISIS fighters beheaded a village chief, Amade Saide, near Quissanga, local sources said.")
    assert "Amade Saide" not in ev


def test_country_level_place_is_refined_by_the_lead() -> None:
    ev = _events("A drone strike in northern Idlib on Monday killed two men.\n\nThe dead included Usama "
                 "al-Muhajir, an ISIS commander responsible for cells in northwest Syria.")
    assert (ev["Usama al-Muhajir"].country, ev["Usama al-Muhajir"].admin1) == ("Syria", "Idlib")


# --- keys -------------------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b"), [
    ("Abu Ibrahim al-Hashimi al-Qurayshi", "Abu Ibrahim al-Hashimi al-Qurashi"),
    ("Abu al-Hassan al-Hashimi al-Qurayshi", "Abu al-Hasan al-Hashimi al-Qurashi"),
    ("Mohammed Mahmoud al-Ani", "Muhammad Mahmud al-Ani"),
    ("Abd al-Rahman al-Issawi", "Abdulrahman al-Issawi"),
])
def test_leader_key_merges_spelling_variants(a: str, b: str) -> None:
    assert leader_key(a) == leader_key(b)


def test_leader_key_separates_kunyas_and_is_url_safe() -> None:
    a = leader_key("Abu Ibrahim al-Hashimi al-Qurayshi")
    b = leader_key("Abu al-Hassan al-Hashimi al-Qurayshi")
    assert a != b
    for key in (a, b, leader_key("Mu’Ad al-Qahtani"), leader_key("Salim", ["Hani Ahmed al-Kurdi"])):
        assert key and all(c.islower() or c.isdigit() or c == "-" for c in key)
    assert leader_key("Salim", ["Hani Ahmed al-Kurdi"]) == leader_key("Hani Ahmed al-Kurdi")


# --- places and dates -------------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "country", "admin1"), [
    ("near Qamishli", "Syria", "Al-Hasakah"),
    ("in Deir al-Zour", "Syria", "Deir ez-Zor"),
    ("in Albu Kamal", "Syria", "Deir ez-Zor"),
    ("in Salahuddin province", "Iraq", "Saladin"),
    ("near Mosul", "Iraq", "Nineveh"),
    ("near Bosaso", "Somalia", "Bari"),
    ("in Mocimboa da Praia", "Mozambique", "Cabo Delgado"),
    ("in Marawi", "Philippines", "Lanao del Sur"),
    ("near Maiduguri", "Nigeria", "Borno"),
    ("in eastern Syria", "Syria", None),
])
def test_gazetteer(phrase: str, country: str, admin1: str | None) -> None:
    hits = gazetteer().find(phrase)
    assert hits and (hits[-1].country, hits[-1].admin1) == (country, admin1)


def test_place_words_need_capitals() -> None:
    assert gazetteer().find("the convoy was hit by a strike") == []


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("killed on Sunday", "2022-12-12", "2022-12-11"),
    ("in an Oct. 5 raid", "2022-12-12", "2022-10-05"),
    ("In July, a drone strike", "2022-12-12", "2022-07-01"),
    ("last month", "2023-01-05", "2022-12-01"),
    ("on Jan. 21", "2023-01-23", "2023-01-21"),
    ("on Dec. 30", "2023-01-02", "2022-12-30"),
    ("on Sunday", None, None),
])
def test_dates(sentence: str, published: str | None, expected: str | None) -> None:
    assert resolve_date(sentence, published) == expected


# --- whole-corpus thresholds -------------------------------------------------------------

def _predict(articles: list[dict]) -> list[dict]:
    return [{"article_id": a["id"], "duplicate_of": None,
             "events": [e.to_dict() for e in extract_events(Article(**a))]} for a in articles]


def test_seeds_score_above_the_bar() -> None:
    articles = list(read_paths([ROOT / "seeds"]))
    gold = [json.loads(line) for line in (ROOT / "tests" / "devset" / "seeds-gold.jsonl").read_text().splitlines()
            if line.strip()]
    metrics, missing = score(gold, _predict(articles))
    assert not missing
    assert metrics["persons"]["f1"] >= 0.95
    assert metrics["outcomes"]["f1"] >= 0.95
    assert metrics["countries"]["f1"] >= 0.95
    assert metrics["admin1"]["f1"] >= 0.90


def test_devset_scores() -> None:
    """The hand-written devset; duplicates are dedupe's job, so they are skipped here."""
    rows = [json.loads(x) for x in (ROOT / "tests/devset/articles.jsonl").read_text().splitlines() if x.strip()]
    gold = [json.loads(x) for x in (ROOT / "tests/devset/gold.jsonl").read_text().splitlines() if x.strip()]
    dups = {g["id"] for g in gold if g["duplicate_of"]}
    assert len(rows) >= 50 and len(dups) >= 8
    originals = [r for r in rows if r["id"] not in dups]
    metrics, _ = score([g for g in gold if g["id"] not in dups], _predict(originals))
    # Floors at the level measured when the test was written: they catch regressions.
    assert metrics["persons"]["f1"] >= 0.965
    assert metrics["outcomes"]["f1"] >= 0.965
    assert metrics["countries"]["f1"] >= 0.965
    assert metrics["admin1"]["f1"] >= 0.965


#: Sets written blind by analysts without access to the extractor. Each was scored once as it
#: arrived (the first figures below: persons, outcomes, countries, admin1), then released to
#: development, except the last, which stays the estimate of unseen news. Floors sit just
#: under the figures measured when each floor was set: they catch regressions.
HELDOUT_FLOORS = {
    "heldout": {"first": (.778, .671, .643, .586), "floor": (.955, .955, .955, .92)},
    "heldout2": {"first": (.900, .864, .839, .784), "floor": (.94, .945, .95, .93)},
    "heldout3": {"first": (.883, .796, .777, .738), "floor": (.955, .955, .955, .94)},
    "heldout4": {"first": (.925, .818, .814, .793), "floor": (.965, .97, .97, .97)},
    "heldout5": {"first": (.912, .834, .832, .776), "floor": (.96, .895, .905, .865)},
    "heldout6": {"first": (.892, .894, .902, .889), "floor": (.88, .885, .89, .88)},  # not tuned on
}


@pytest.mark.parametrize("name", sorted(HELDOUT_FLOORS))
def test_heldout_scores(name: str) -> None:
    from tests.devset.errors import summary

    metrics = summary(ROOT / "tests" / name)
    measured = tuple(metrics[m]["f1"] for m in ("persons", "outcomes", "countries", "admin1"))
    floors = HELDOUT_FLOORS[name]["floor"]
    assert all(got >= floor for got, floor in zip(measured, floors, strict=True)), (measured, floors)


# --- general mechanisms added from the held-out error analysis ---------------------------

def test_alias_after_appositive_is_one_person() -> None:
    ev = _events("Abdul Remane Chiposse, a Tanzanian-born ISIS commander known as Mzee Remane, was killed "
                 "on Friday near Macomia, the ministry said.")
    assert set(ev) == {"Abdul Remane Chiposse"}
    assert ev["Abdul Remane Chiposse"].aliases == ["Mzee Remane"]
    assert ev["Abdul Remane Chiposse"].outcome == "killed"


def test_alias_known_inside_the_group() -> None:
    ev = _events('ISIS fighter Bashir Abdi Warsame, known inside the group as "Kamaludin", was killed on Sunday.')
    assert set(ev) == {"Bashir Abdi Warsame"}


def test_speaker_after_appositive_is_not_a_patient() -> None:
    ev = _events("An ISIS cell attacked the camp office. Nisrin Ahmed, a member of the administration, "
                 "said she had been killed for refusing to pay.")
    assert "Nisrin Ahmed" not in ev


def test_wounded_and_escaped_is_wounded() -> None:
    ev = _events("ISIS commander Yusuf Kabanda was wounded in the same clash and escaped into the forest.")
    assert ev["Yusuf Kabanda"].outcome == "wounded"


def test_victim_of_the_group_is_not_a_member() -> None:
    ev = _events("Troops arrested ISIS official Abu Hamza al-Tikriti in Kirkuk. The cell was blamed for the "
                 "killing of a shepherd, Khalil Ibrahim, last year.")
    assert set(ev) == {"Abu Hamza al-Tikriti"}


def test_patient_of_an_arrest_in_an_isis_story_is_a_member() -> None:
    ev = _events("Islamic State cells have regrouped in the area. Police detained Mehmet Emin Ozturk in "
                 "Gaziantep on Monday.")
    assert ev["Mehmet Emin Ozturk"].outcome == "captured"


def test_dateline_and_speech_place_are_not_where_it_happened() -> None:
    ev = _events("TRIPOLI - Libyan forces arrested ISIS official Mahmoud Masoud al-Baraasi in a house on "
                 "Tuesday, military officials said.\n\nThe spokesman told journalists in Abuja that ISWAP "
                 "commander Modu Kallamari was killed on Lake Chad's islands near Baga.")
    assert ev["Mahmoud Masoud al-Baraasi"].admin1 is None
    assert ev["Modu Kallamari"].admin1 == "Borno"


def test_town_word_inside_a_name_is_no_place() -> None:
    ev = _events("A US strike near Bosaso killed ISIS financier Abdiqani Ahmed Farah on Sunday.")
    assert ev["Abdiqani Ahmed Farah"].country == "Somalia"


def test_colon_list_and_also_killed_was() -> None:
    ev = _events("Two ISIS militants were killed: Riyadh Hamad al-Badrani and Ahmed Saleh al-Jumayli. "
                 "Also killed was Sami Jassim al-Zawbaei, an ISIS bomb maker.")
    assert {k: e.outcome for k, e in ev.items()} == {"Riyadh Hamad al-Badrani": "killed",
                                                    "Ahmed Saleh al-Jumayli": "killed",
                                                    "Sami Jassim al-Zawbaei": "killed"}


def test_among_them_after_a_passive_cue() -> None:
    ev = _events("Iraqi officials said five militants were killed, among them ISIS commander Abu Anas "
                 "al-Janabi, near Baquba.")
    assert ev["Abu Anas al-Janabi"].outcome == "killed"


def test_took_into_custody_around_the_name() -> None:
    ev = _events("Turkish police took ISIS member Ibrahim Halil Yildirim, code-named \"Ebu Hureyre\", "
                 "into custody in Istanbul on Friday.")
    assert ev["Ibrahim Halil Yildirim"].outcome == "captured"


def test_first_character_gate_keeps_matches() -> None:
    import re

    from worker.extraction.text import gated

    text = "He was not killed; whom, which - said X. Those who survived were arrested in 2019 (see 5)."
    for pattern, flags in ((r"\b(?:who|whom|which)\b|;|\s[-]\s", 0), (r"(?:^|\b(?:and|but)\s+)(?P<p>he|they)", re.I),
                           (r"\d{4}|\(\w+", 0), (r"\s*(?:who|that)\b", 0)):
        plain, gate = re.compile(pattern, flags), gated(pattern, flags)
        for i in range(len(text)):
            assert [m.span() for m in plain.finditer(text, i)] == [m.span() for m in gate.finditer(text, i)]


def test_among_them_does_not_reach_soldiers() -> None:
    ev = _events("ISIS commander Abu Osama al-Karbouli blew himself up in Anbar. Two soldiers were wounded by "
                 "the blast, among them Haidar Abbas Kadhim, who was taken to a hospital in Ramadi.")
    assert ev["Abu Osama al-Karbouli"].outcome == "killed"
    assert "Haidar Abbas Kadhim" not in ev or ev["Haidar Abbas Kadhim"].outcome == "mentioned"


def test_identified_leader_matches_an_emir_but_not_a_deputy() -> None:
    ev = _events("Iraqi jets struck an ISIS hideout near Rutba on Saturday, killing five militants including a "
                 "man the military described as the group's emir for the western desert. The cell named the "
                 "leader as Khalaf Dahham al-Dulaimi.")
    assert ev["Khalaf Dahham al-Dulaimi"].outcome == "killed"
    ev = _events("Puntland forces said a deputy commander of the Islamic State's Somalia branch was wounded in "
                 "fighting near Bosaso. Earlier reports had claimed that the group's long-time leader, "
                 "Abdulqadir Mumin, was killed in the same battle, but officials denied it.")
    assert ev["Abdulqadir Mumin"].outcome == "mentioned"


def test_places_that_say_who_not_where() -> None:
    ev = _events("Another ISIS commander, Ali Hamoud al-Raqqawi, was killed in a clash near Tabqa. The same source "
                 "said ISIS commander Abu Omar al-Tabqi was killed in the clash, an account repeated by a "
                 "Britain-based war monitor.")
    assert ev["Abu Omar al-Tabqi"].country == "Syria"
    ev = _events("US forces carried out a strike in Idlib on Sunday. The strike killed ISIS official Abu Hafs "
                 "al-Idlibi, who officials said had moved fighters between Turkey and Syria.")
    assert ev["Abu Hafs al-Idlibi"].country == "Syria"
    ev = _events("PARIS/BAMAKO \u2014 France says it has killed ISIS commander Adnan Abu Walid al-Sahrawi in an "
                 "operation in northern Mali.")
    assert ev["Adnan Abu Walid al-Sahrawi"].country == "Mali"
    assert ev["Adnan Abu Walid al-Sahrawi"].admin1 is None


def test_hit_by_gunfire_is_wounded() -> None:
    ev = _events("A third ISIS member, identified as Abu Dujana al-Ansari, was hit by gunfire as he fled the "
                 "farmhouse near Mayadin.")
    assert ev["Abu Dujana al-Ansari"].outcome == "wounded"


def test_unnamed_patient_behind_a_bystander_is_identified() -> None:
    ev = _events("US troops stormed a house near Qamishli on Wednesday. One resident said the man inside, known "
                 "to neighbours as an Egyptian who had married into a local family, blew himself up when "
                 "soldiers called on him to come out. CENTCOM later named him as Abu Ammar al-Masri, an ISIS official.")
    assert ev["Abu Ammar al-Masri"].outcome == "killed"


# --- causes fixed from the heldout3 error analysis (invented sentences) -----------------

def test_subject_before_a_relative_clause_or_appositive() -> None:
    ev = _events("Abu Khalid al-Anbari, who ran ISIS cells that ambushed army convoys near Rutba, was killed in "
                 "an airstrike in the Anbar desert in June. A Tajik recruiter, Farrukh Nazarov, who moved money "
                 "between Abu Khalid al-Anbari and the group's members in Syria, was detained in Istanbul.")
    assert ev["Abu Khalid al-Anbari"].outcome == "killed"
    assert ev["Abu Khalid al-Anbari"].admin1 == "Anbar"
    assert ev["Farrukh Nazarov"].outcome == "captured"


def test_copular_list_and_object_pronoun() -> None:
    ev = _events("The most senior ISIS figure killed so far is Abu Harith al-Tunisi, the group's emir for "
                 "the area. Troops clashed with the ISIS commander Salim Ahmad Jadoua near Tarmiyah and killed him.")
    assert ev["Abu Harith al-Tunisi"].outcome == "killed"
    assert ev["Salim Ahmad Jadoua"].outcome == "killed"
    assert ev["Salim Ahmad Jadoua"].admin1 == "Baghdad"


def test_a_claim_undone_later_about_the_same_person() -> None:
    ev = _events("State media said ISIS commander Abu Jandal al-Homsi died in an airstrike near Palmyra. "
                 "Abu Jandal al-Homsi reappeared alive in a video two weeks later.")
    assert ev["Abu Jandal al-Homsi"].outcome == "mentioned"
    ev = _events("State media said ISIS commander Abu Jandal al-Homsi died in an airstrike near Palmyra. "
                 "A monitor later said al-Homsi had survived with shrapnel wounds.")
    assert ev["Abu Jandal al-Homsi"].outcome == "wounded"
    # an escape of others does not undo the death of the named man
    ev = _events("Police said ISIS recruiter Karim Baloch was killed in an exchange of fire in Mastung. "
                 "His associates escaped.")
    assert ev["Karim Baloch"].outcome == "killed"


def test_among_them_takes_the_previous_outcome() -> None:
    ev = _events("More than 80 ISIS fighters surrendered to Afghan forces in Achin district of Nangarhar province. "
                 "Among them was Qari Zubair Ahmadzai, the group's emir for the district, officials said.")
    assert ev["Zubair Ahmadzai"].outcome == "captured"  # the honorific "Qari" is no part of the name
    assert ev["Zubair Ahmadzai"].admin1 == "Nangarhar"


def test_led_by_names_the_body() -> None:
    ev = _events("The Somali branch of the Islamic State, led by Abdulqadir Mumin, is based in the Cal Miskaad "
                 "mountains. Hayat Tahrir al-Sham, led by Abu Mohammad al-Jolani, has arrested ISIS members.")
    assert "Abdulqadir Mumin" in ev
    assert "Abu Mohammad al-Jolani" not in ev


def test_rival_movement_members_are_not_isis() -> None:
    ev = _events("ISIS claimed the attack. An HTS fighter, Abu Zubair al-Halabi, was killed in the clash. "
                 "Troops engaged Boko Haram (JAS) fighters near Gwoza and neutralised one of their commanders, "
                 "Abu Shekau al-Kanemi.")
    assert "Abu Zubair al-Halabi" not in ev
    assert "Abu Shekau al-Kanemi" not in ev


def test_place_of_a_relative_clause_is_not_where() -> None:
    ev = _events("ISIS official Ahmed Jasim Hamad, who ran the group's finances for the Kirkuk sector, "
                 "surrendered to the Asayish in Sulaymaniyah in November.")
    assert ev["Ahmed Jasim Hamad"].admin1 == "Sulaymaniyah"


def test_governorate_named_elsewhere_in_the_story() -> None:
    ev = _events("US forces killed a senior ISIS official in a raid in eastern Syria on Sunday. CENTCOM named "
                 "him as Abu Hamza al-Shuhayli. His brother was taken into custody at the same house in the "
                 "village of Dhiban in Deir ez-Zor province.")
    assert ev["Abu Hamza al-Shuhayli"].country == "Syria"
    assert ev["Abu Hamza al-Shuhayli"].admin1 == "Deir ez-Zor"


def test_ambiguous_bare_unit_names_are_not_places() -> None:
    places = gazetteer().find("QAMISHLI, Syria (North Press) - the Sahel and the South were quiet.")
    assert [p.kind for p in places] == ["town", "country"]  # Qamishli and Syria only
    assert gazetteer().find("in the Sahel region of the country")[0].admin1 == "Sahel"


def test_family_name_that_is_a_town() -> None:
    ev = _events("Philippine troops arrested Abu Sayyaf-linked ISIS bomb maker Norhan Lumbatan in Marawi.")
    assert "Norhan Lumbatan" in ev


def test_headline_style_reduced_passive() -> None:
    ev = _events("Senior ISIS official Abu Salim al-Hadithi killed in drone strike near Jindires.")
    assert ev["Abu Salim al-Hadithi"].outcome == "killed"
    assert ev["Abu Salim al-Hadithi"].admin1 == "Aleppo"


def test_whose_nom_de_guerre_is_an_alias() -> None:
    ev = _events("Islamic State official Abu Muhammad al-Shimali, whose nom de guerre is Tirad al-Jarba, was "
                 "sanctioned by the US Treasury.")
    assert ev["Abu Muhammad al-Shimali"].aliases == ["Tirad al-Jarba"]


def test_place_of_a_past_deed_is_not_where() -> None:
    ev = _events("French forces killed Abu Huzeifa al-Sahrawi, a senior ISGS leader blamed for the 2017 Tongo "
                 "Tongo ambush, in an operation near Menaka, the French army said.")
    assert (ev["Abu Huzeifa al-Sahrawi"].country, ev["Abu Huzeifa al-Sahrawi"].admin1) == ("Mali", "Menaka")


def test_denials_that_do_not_undo_the_outcome() -> None:
    ev = _events("Iraqi forces killed ISIS deputy leader Abu Yasser al-Issawi in Kirkuk province. The group denied "
                 "that al-Issawi had planned the Baghdad bombing.")
    assert ev["Abu Yasser al-Issawi"].outcome == "killed"
    ev = _events("Niger's army said it had killed an ISGS commander, Abdoulaye Dicko, near Ouallam. Dicko had "
                 "previously been reported dead in 2021, but the reports proved false.")
    assert ev["Abdoulaye Dicko"].outcome == "killed"
    ev = _events("Kurdish police said ISIS emir Yasin Hirsi al-Kurdi was captured alive in a raid near Kirkuk.")
    assert ev["Yasin Hirsi al-Kurdi"].outcome == "captured"


def test_given_name_that_spells_a_governorate() -> None:
    ev = _events("An Islamic State-inspired militant leader, Salahuddin Hassan, was killed in a military operation "
                 "in Datu Paglas, Maguindanao. Troops later cleared the camp near Wadi Houran in Anbar.")
    assert ev["Salahuddin Hassan"].outcome == "killed"
    assert ev["Salahuddin Hassan"].admin1 == "Maguindanao"
    assert "Wadi" not in ev


# --- causes fixed from the heldout4 error analysis (invented sentences) -----------------

def test_group_outcome_then_the_names_in_the_next_sentence() -> None:
    ev = _events("Soldiers raided an ISIS hideout near Mayadin on Friday. Four militants were killed in the "
                 "exchange. One of them was identified as Abu Khattab al-Shami, the cell's emir.")
    assert ev["Abu Khattab al-Shami"].outcome == "killed"
    ev = _events("Two ISIS fighters gave themselves up to police in Ninawa province. They are Omar Saleh "
                 "al-Jubouri, an ISIS recruiter, and Hassan Adel al-Hamdani, an ISIS courier, the statement said.")
    assert ev["Omar Saleh al-Jubouri"].outcome == "captured"
    assert ev["Hassan Adel al-Hamdani"].outcome == "captured"
    assert ev["Hassan Adel al-Hamdani"].admin1 == "Nineveh"


def test_subject_among_the_slain_and_lists_of_detainees() -> None:
    ev = _events("The army said ISIS commander Abu Yahya al-Iraqi was among the militants slain near Baiji.")
    assert ev["Abu Yahya al-Iraqi"].outcome == "killed"
    assert ev["Abu Yahya al-Iraqi"].admin1 == "Saladin"
    ev = _events("Police said the detainees included Karim Yusuf al-Dulaimi, an ISIS financier, and Abu Anas "
                 "al-Ansari, the group's courier, after a raid in Ramadi.")
    assert ev["Karim Yusuf al-Dulaimi"].outcome == "captured"
    assert ev["Abu Anas al-Ansari"].outcome == "captured"


def test_neutralising_namely_and_hit_in_a_limb() -> None:
    ev = _events("Troops engaged ISWAP fighters near Damasak, neutralising two of their commanders, namely Bukar "
                 "Modu, an ISWAP qaid, and Ali Gana, the group's logistics chief.")
    assert ev["Bukar Modu"].outcome == "killed"
    assert ev["Ali Gana"].outcome == "killed"
    ev = _events("An ISIS bomb-maker, Abu Talha al-Halabi, was hit in the shoulder during the raid near Atmeh.")
    assert ev["Abu Talha al-Halabi"].outcome == "wounded"


def test_pronoun_outcomes_after_a_named_man() -> None:
    ev = _events("The biggest loss for ISIS this month was Abu Dujana al-Tunisi, its emir for the Badia. "
                 "Officials say he was killed in an airstrike near Palmyra.")
    assert ev["Abu Dujana al-Tunisi"].outcome == "killed"
    ev = _events("The heaviest blow was the loss of ISIS wali Abu Salih al-Ansari. Coalition officials "
                 "confirmed his death after a strike near Hajin.")
    assert ev["Abu Salih al-Ansari"].outcome == "killed"
    ev = _events("ISIS suspect Abu Bakr al-Mosuli was wounded during his arrest in Mosul.")
    assert ev["Abu Bakr al-Mosuli"].outcome == "captured"


def test_claims_dropped_later_are_no_outcome() -> None:
    ev = _events("Officials claimed that ISIS commander Abu Hafs al-Najdi had been killed near Sukhnah. "
                 "A week later the group released a recording of him. We consider him alive.")
    assert ev["Abu Hafs al-Najdi"].outcome == "mentioned"
    ev = _events("ISIS commander Abu Hafs al-Najdi was wounded in the strike near Sukhnah. "
                 "The army had said earlier that he was killed.")
    assert ev["Abu Hafs al-Najdi"].outcome == "wounded"
    # "He said ..." opens a speaker's report, not a word about the dead man
    ev = _events("Troops said ISIS commander Umar Bulama was killed near Baga. He said another fighter "
                 "escaped with gunshot wounds.")
    assert ev["Umar Bulama"].outcome == "killed"


def test_named_after_an_unnamed_patient_and_bomber_of_an_attack() -> None:
    ev = _events("Kurdish security forces arrested an ISIS recruiter in Erbil on Monday. The statement said a "
                 "recruiter named Hawre Kamal Aziz had been living under a false name.")
    assert ev["Hawre Kamal Aziz"].outcome == "captured"
    ev = _events("The 2016 suicide bombing of the Karrada market was carried out by the ISIS member Abu Mahdi "
                 "al-Iraqi.")
    assert ev["Abu Mahdi al-Iraqi"].outcome == "killed"


def test_places_of_direction_and_around_a_city_governorate() -> None:
    ev = _events("ISIS commander Abu Saad al-Homsi was arrested in a town south of Damascus on Monday.")
    assert ev["Abu Saad al-Homsi"].admin1 == "Rif Dimashq"
    ev = _events("ISIS courier Samir Khalaf was wounded in Tikrit and fled towards the border with Syria.")
    assert (ev["Samir Khalaf"].country, ev["Samir Khalaf"].admin1) == ("Iraq", "Saladin")


def test_roles_from_possessors_and_reduced_relatives() -> None:
    ev = _events("Police arrested Yunus Abdi Farah, who worked as Abu Bakr al-Somali's driver, in Bosaso. "
                 "Abu Bakr al-Somali is the ISIS emir for Bari.")
    assert ev["Yunus Abdi Farah"].outcome == "captured"
    ev = _events("The ISIS emir Abu Hamza al-Sahrawi and his lieutenant Ousmane Dicko were neutralised near "
                 "Menaka, the army said.")
    assert ev["Ousmane Dicko"].outcome == "killed"


def test_witnesses_researchers_and_relative_aliases() -> None:
    ev = _events("ISIS fighters had used the farm near Hajin, said a shepherd who asked to be identified only "
                 "as Abu Omar. An ISIS official, Abu Bakr al-Shami, was killed there.")
    assert "Abu Omar" not in ev
    ev = _events("ISIS claimed the attack in Kobani. \"The cells are rebuilding,\" said Kerem Yilmaz, an "
                 "Ankara-based researcher on jihadist groups.")
    assert "Kerem Yilmaz" not in ev
    ev = _events("Police said they captured Ahmed Yusuf Warsame, who is known among the fighters as \"Doktor\", "
                 "an ISIS bomb-maker, near Qandala.")
    assert set(ev) == {"Ahmed Yusuf Warsame"}
    assert ev["Ahmed Yusuf Warsame"].aliases == ["Doktor"]


def test_destination_and_an_earlier_paragraph_are_not_or_are_where() -> None:
    ev = _events("Another ISIS member, Abu Dawud al-Maliki, was captured during the operation near Menaka "
                 "and transferred to Gao for questioning.")
    assert ev["Abu Dawud al-Maliki"].admin1 == "Menaka"
    ev = _events("Security forces said ISIS emir Abu Hurayra al-Afghani was seized in a raid in Jalalabad.\n\n"
                 "A guard was shot after opening fire on the team. Two others were detained, among them Qari "
                 "Hamid Noori, an ISIS financier.")
    assert ev["Hamid Noori"].admin1 == "Nangarhar"


# --- causes fixed from the heldout5 error analysis (invented sentences) -----------------

def test_members_of_other_armed_groups_are_not_leaders() -> None:
    ev = _events("ISIS lost ground near Tal Afar. The group has clashed with al-Shabaab, whose senior commander "
                 "Hamza Yusuf Dheere was reported killed last year. CODECO's leader in the area, Jean Baptiste "
                 "Lokana, was captured. Troops killed Yasir Ali Hamdan, a leader of "
                 "Ansarul Islam, near Djibo. The Liwa al-Quds commander Nizar Saleh Daoud died in an ISIS ambush.")
    assert not {"Hamza Yusuf Dheere", "Jean Baptiste Lokana", "Yasir Ali Hamdan", "Nizar Saleh Daoud"} & set(ev)


def test_titles_outlets_and_institutions_are_not_names() -> None:
    ev = _events("Troops killed an ISWAP 'Qaid' identified as Bulama Kachalla near Monguno. ISIS claimed a "
                 "bombing near a shrine of the Prophet Muhammad in which six people were killed. ISKP's "
                 "al-Hadid media released a video of him, and officials of the Kurdistan Regional Government "
                 "said an ISIS recruiter was arrested in Erbil.")
    assert set(ev) == {"Bulama Kachalla"}
    assert ev["Bulama Kachalla"].outcome == "killed"


def test_aliases_with_a_hedge_or_a_place_before_them() -> None:
    ev = _events("Police said the ISIS cell's leader, Karim Adnan Saleh, who it said went by the name Abu Yasin "
                 "al-Shami, was arrested in Homs.")
    assert set(ev) == {"Karim Adnan Saleh"}
    assert ev["Karim Adnan Saleh"].aliases == ["Abu Yasin al-Shami"]
    ev = _events("An ISIS fighter, Musa Bakari Ali, better known in the area as 'Mzee Musa', surrendered to "
                 "police in Mocimboa da Praia.")
    assert set(ev) == {"Musa Bakari Ali"}


def test_falling_in_combat_and_setting_off_a_vest_are_killed() -> None:
    ev = _events("The ISIS commander Abdul Karim Mpanda fell in combat near Macomia. Another ISIS commander, "
                 "Bakura Modu Gana, set off an explosive vest when soldiers surrounded his hideout near Bama.")
    assert ev["Abdul Karim Mpanda"].outcome == "killed"
    assert ev["Bakura Modu Gana"].outcome == "killed"


def test_new_first_level_divisions_and_a_demonym_that_names_a_region() -> None:
    ev = _events("Security services detained Farrukh Nazarov, an ISIS recruiter, in the southern Khatlon region. "
                 "Tanzanian police in Mtwara region said ISIS fighter Salum Juma Hamisi had been arrested. "
                 "Ethiopian forces in Jigjiga detained Abdikarim Hassan Omar, an ISIS financier.")
    assert (ev["Farrukh Nazarov"].country, ev["Farrukh Nazarov"].admin1) == ("Tajikistan", "Khatlon")
    assert (ev["Salum Juma Hamisi"].country, ev["Salum Juma Hamisi"].admin1) == ("Tanzania", "Mtwara")
    assert (ev["Abdikarim Hassan Omar"].country, ev["Abdikarim Hassan Omar"].admin1) == ("Ethiopia", "Somali")
    ev = _events("Troops killed a Somali ISIS trainer identified only as Abu Hafsa near Quiterajo.")
    assert ev["Abu Hafsa"].country == "Mozambique"
