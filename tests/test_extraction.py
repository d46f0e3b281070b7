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


def _events(text: str, published: str | None = "2023-05-10", title: str | None = None) -> dict[str, object]:
    """The events of one invented article, by leader name (the round test modules use it too)."""
    return {e.leader: e for e in extract_events(Article(id="t", text=text, published=published, title=title))}


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
    ("arrested in Milan", "Italy", "Lombardy"),
    ("near Barcelona", "Spain", "Catalonia"),
    ("in Malmö", "Sweden", "Skåne"),
    ("in Ben Guerdane", "Tunisia", "Medenine"),
    ("on Mount Chaambi", "Tunisia", "Kasserine"),
    ("in Zahedan", "Iran", "Sistan and Baluchestan"),
    ("in Qatif", "Saudi Arabia", "Eastern Province"),
    ("in Kuwait City", "Kuwait", "Al Asimah"),
    ("in Jalal-Abad", "Kyrgyzstan", "Jalal-Abad"),
    ("in Batticaloa", "Sri Lanka", "Eastern"),
    ("in Lahad Datu", "Malaysia", "Sabah"),
    ("in Kandi", "Benin", "Alibori"),
    ("in Atlanta", "United States", "Georgia"),
    ("in Kazan", "Russia", "Tatarstan"),
])
def test_gazetteer(phrase: str, country: str, admin1: str | None) -> None:
    hits = gazetteer().find(phrase)
    assert hits and (hits[-1].country, hits[-1].admin1) == (country, admin1)


@pytest.mark.parametrize("sentence", [
    "Washington said the strike was lawful.",  # the state is "Washington state", not the bare name
    "Victoria met officials in the capital.",  # Australia's state only as "state of Victoria"
])
def test_gazetteer_leaves_out_common_names(sentence: str) -> None:
    assert gazetteer().find(sentence) == []


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
#: development. All but the last four are now tuned on (or, heldout56/57, read): their "first"
#: figures are the only estimates of unseen news. Floors sit just under the figures measured when each floor was set:
#: they catch regressions.
HELDOUT_FLOORS = {
    "heldout": {"first": (.778, .671, .643, .586), "floor": (.955, .955, .955, .92)},
    "heldout2": {"first": (.900, .864, .839, .784), "floor": (.94, .945, .95, .93)},
    "heldout3": {"first": (.883, .796, .777, .738), "floor": (.955, .955, .955, .94)},
    "heldout4": {"first": (.925, .818, .814, .793), "floor": (.965, .97, .97, .97)},
    "heldout5": {"first": (.912, .834, .832, .776), "floor": (.96, .895, .905, .865)},
    # released to development after its first score (2026-11-22): tuned on since, no longer an estimate
    "heldout6": {"first": (.892, .894, .902, .889), "floor": (.99, .975, .99, .99)},
    "heldout7": {"first": (.877, .797, .781, .715), "floor": (.94, .94, .925, .925)},  # tuned on (rounds 8b, 9)
    "heldout8": {"first": (.930, .796, .750, .711), "floor": (.935, .96, .96, .96)},  # tuned on (round 8b)
    # scored blind after round 8b ("first"), then released and tuned on (round 9)
    "heldout9": {"first": (.871, .796, .791, .759), "floor": (.975, .975, .95, .91)},  # tuned on (round 9)
    "heldout10": {"first": (.892, .867, .832, .828), "floor": (.97, .965, .935, .965)},  # tuned on (round 9)
    # written blind, scored after round 8 ("first"), then released and tuned on (round 10)
    "heldout11": {"first": (.951, .854, .851, .795), "floor": (.97, .975, .975, .95)},  # tuned on (round 10)
    "heldout12": {"first": (.899, .892, .892, .873), "floor": (.935, .935, .935, .925)},  # tuned on (round 10)
    # written blind, scored after round 10 ("first"), then released and tuned on (round 11)
    "heldout13": {"first": (.879, .759, .738, .707), "floor": (.895, .90, .89, .845)},  # tuned on (round 11)
    "heldout14": {"first": (.873, .872, .872, .826), "floor": (.94, .97, .97, .93)},  # tuned on (round 11)
    # written blind, scored after round 11 ("first"), then released and tuned on (round 12)
    # (heldout15's countries floor .84 -> .83 at round 15: an outcome dated to an earlier year
    # keeps only its own sentence's place, and Zia ul-Haq's "held in Kabul's prison" is a role)
    "heldout15": {"first": (.887, .864, .807, .727), "floor": (.92, .89, .83, .76)},  # tuned on (round 12)
    "heldout16": {"first": (.875, .797, .763, .692), "floor": (.93, .905, .905, .85)},  # tuned on (round 12)
    # written blind, scored after round 12 ("first"), then released and tuned on (round 13)
    "heldout17": {"first": (.943, .848, .844, .857), "floor": (.94, .88, .88, .895)},  # tuned on (round 13)
    "heldout18": {"first": (.910, .803, .807, .746), "floor": (.92, .895, .90, .83)},  # tuned on (round 13)
    # written blind, scored after round 13 ("first"), then released and tuned on (round 14)
    "heldout19": {"first": (.943, .924, .940, .896), "floor": (.94, .94, .945, .90)},  # tuned on (round 14)
    "heldout20": {"first": (.885, .872, .882, .844), "floor": (.89, .88, .885, .85)},  # tuned on (round 14)
    # written blind, scored after round 14 ("first"), then released and tuned on (round 15)
    "heldout21": {"first": (.887, .857, .817, .756), "floor": (.99, .99, .975, .95)},  # tuned on (round 15)
    "heldout22": {"first": (.887, .846, .843, .842), "floor": (.97, .985, .975, .985)},  # tuned on (round 15)
    # written blind, scored after round 15 ("first"), then released and tuned on (round 16)
    "heldout23": {"first": (.924, .872, .877, .839), "floor": (.975, .99, .99, .99)},  # tuned on (round 16)
    "heldout24": {"first": (.916, .843, .840, .682), "floor": (.97, .98, .98, .915)},  # tuned on (round 16)
    # written blind, scored after round 16 ("first"), then released and tuned on (round 17)
    "heldout25": {"first": (.887, .841, .843, .835), "floor": (.99, .995, .995, .995)},  # tuned on (round 17)
    "heldout26": {"first": (.918, .844, .822, .747), "floor": (.97, .965, .965, .96)},  # tuned on (round 17)
    # written blind, scored after round 17 ("first"), then released and tuned on (round 18)
    "heldout27": {"first": (.915, .884, .876, .851), "floor": (.98, .975, .975, .975)},  # tuned on (round 18)
    "heldout28": {"first": (.967, .918, .917, .896), "floor": (.995, .985, .985, .985)},  # tuned on (round 18)
    # written blind, scored after round 18 ("first"), then released and tuned on (round 19)
    "heldout29": {"first": (.956, .899, .907, .865), "floor": (.98, .985, .975, .97)},  # tuned on (round 19)
    "heldout30": {"first": (.913, .916, .913, .866), "floor": (.965, .98, .995, .96)},  # tuned on (round 19)
    # written blind, scored after round 19 ("first"), then released and tuned on (round 20)
    "heldout31": {"first": (.941, .917, .923, .857), "floor": (.995, .995, .995, .995)},  # tuned on (round 20)
    "heldout32": {"first": (.903, .901, .899, .897), "floor": (.98, .995, .995, .995)},  # tuned on (round 20)
    # written blind, scored after round 20 ("first"), then released and tuned on (round 21)
    "heldout33": {"first": (.961, .916, .880, .830), "floor": (.995, .995, .995, .995)},  # tuned on (round 21)
    "heldout34": {"first": (.956, .886, .868, .933), "floor": (.99, .985, .95, .995)},  # tuned on (round 21)
    # written blind, scored after round 21 ("first"), then released and tuned on (round 22)
    "heldout35": {"first": (.924, .889, .826, .809), "floor": (.995, .995, .995, .995)},  # tuned on (round 22)
    "heldout36": {"first": (.954, .942, .900, .860), "floor": (.99, .995, .995, .975)},  # tuned on (round 22)
    "heldout37": {"first": (.950, .925, .889, .884), "floor": (.995, .995, .975, .975)},  # tuned on (round 22)
    # written blind, scored after round 22 ("first"), then released and tuned on (round 23)
    "heldout38": {"first": (.934, .922, .929, .842), "floor": (.975, .98, .975, .955)},  # tuned on (round 23)
    "heldout39": {"first": (.930, .925, .854, .805), "floor": (.99, .995, .995, .955)},  # tuned on (round 23)
    # written blind, scored after round 23 ("first"), then released and tuned on (round 24)
    "heldout40": {"first": (.912, .900, .870, .854), "floor": (.95, .935, .93, .905)},  # tuned on (round 24)
    "heldout41": {"first": (.908, .902, .918, .870), "floor": (.94, .93, .935, .89)},  # tuned on (round 24)
    # written blind, scored after round 24 ("first"), then released and tuned on (round 25)
    "heldout42": {"first": (.903, .872, .879, .832), "floor": (.945, .925, .93, .91)},  # tuned on (round 25)
    "heldout43": {"first": (.939, .903, .911, .892), "floor": (.955, .91, .92, .90)},  # tuned on (round 25)
    # written blind, scored after round 25 ("first"), then released and tuned on (round 26)
    "heldout44": {"first": (.895, .860, .818, .809), "floor": (.96, .945, .93, .95)},  # tuned on (round 26)
    "heldout45": {"first": (.932, .907, .903, .876), "floor": (.96, .975, .975, .975)},  # tuned on (round 26)
    # written blind, scored after round 26 ("first"), then released and tuned on (round 27)
    "heldout46": {"first": (.926, .903, .854, .828), "floor": (.97, .94, .94, .96)},  # tuned on (round 27)
    "heldout47": {"first": (.934, .907, .900, .854), "floor": (.98, .985, .985, .965)},  # tuned on (round 27)
    # written blind, scored after round 26 ("first"; round 27 left them unchanged), then released
    # and tuned on (round 28)
    "heldout48": {"first": (.907, .933, .919, .868), "floor": (.975, .995, .975, .995)},  # tuned on (round 28)
    "heldout49": {"first": (.962, .885, .857, .745), "floor": (.98, .97, .975, .915)},  # tuned on (round 28)
    "heldout50": {"first": (.956, .927, .895, .896), "floor": (.995, .995, .995, .995)},  # tuned on (round 29)
    "heldout51": {"first": (.942, .924, .911, .889), "floor": (.995, .995, .995, .995)},  # tuned on (round 29)
    "heldout52": {"first": (.889, .884, .889, .844), "floor": (.955, .965, .965, .945)},  # tuned on (round 30)
    "heldout53": {"first": (.931, .933, .921, .874), "floor": (.97, .995, .995, .995)},  # tuned on (round 30)
    "heldout54": {"first": (.952, .949, .946, .944), "floor": (.99, .985, .985, .985)},  # tuned on (round 31)
    "heldout55": {"first": (.917, .869, .863, .821), "floor": (.955, .965, .965, .925)},  # tuned on (round 31)
    # written blind, scored once after round 31; their errors were read when round 33 grouped causes
    "heldout56": {"first": (.927, .891, .896, .894), "floor": (.925, .905, .905, .9)},
    "heldout57": {"first": (.914, .857, .863, .879), "floor": (.91, .875, .88, .875)},
    # written blind, scored once after round 32 ("first"), then read together for round 33
    "heldout58": {"first": (.869, .896, .894, .876), "floor": (.89, .935, .935, .91)},  # tuned on (round 33)
    "heldout59": {"first": (.874, .844, .841, .819), "floor": (.9, .905, .895, .875)},  # tuned on (round 33)
    "heldout60": {"first": (.933, .899, .868, .865), "floor": (.95, .925, .895, .89)},  # tuned on (round 33)
    "heldout61": {"first": (.934, .938, .926, .919), "floor": (.95, .985, .975, .975)},  # tuned on (round 33)
    # written blind, scored once after round 33 ("first"), then read together for round 34
    "heldout62": {"first": (.931, .907, .915, .915), "floor": (.945, .945, .945, .945)},  # tuned on (round 34)
    "heldout63": {"first": (.918, .918, .896, .891), "floor": (.93, .97, .95, .945)},  # tuned on (round 34)
    "heldout64": {"first": (.940, .925, .870, .876), "floor": (.955, .975, .925, .935)},  # tuned on (round 34)
    "heldout65": {"first": (.929, .932, .930, .927), "floor": (.935, .965, .965, .96)},  # tuned on (round 34)
    # written blind, scored once after round 34 ("first"), then read for round 35
    "heldout66": {"first": (.929, .936, .932, .930), "floor": (.935, .975, .975, .975)},  # tuned on (round 35)
    "heldout67": {"first": (.889, .800, .727, .713), "floor": (.885, .81, .74, .725)},  # tuned on (round 35)
    "heldout68": {"first": (.916, .885, .860, .792), "floor": (.92, .92, .9, .895)},  # tuned on (round 35)
    "heldout69": {"first": (.906, .924, .913, .902), "floor": (.905, .93, .92, .91)},  # tuned on (round 35)
    # written blind, scored once after round 35 ("first"), then read for round 36
    "heldout70": {"first": (.897, .898, .896, .875), "floor": (.91, .905, .905, .885)},  # tuned on (round 36)
    "heldout71": {"first": (.948, .911, .911, .861), "floor": (.945, .945, .95, .9)},  # tuned on (round 36)
    "heldout72": {"first": (.928, .849, .866, .851), "floor": (.94, .905, .925, .91)},  # tuned on (round 36)
    "heldout73": {"first": (.930, .911, .886, .833), "floor": (.945, .955, .92, .87)},  # tuned on (round 36)
    # written blind, scored once after round 36; their place errors read for session 26's place rules
    "heldout74": {"first": (.915, .857, .852, .857), "floor": (.925, .865, .88, .875)},
    "heldout75": {"first": (.902, .860, .864, .841), "floor": (.9, .855, .86, .84)},
    "heldout76": {"first": (.878, .826, .783, .697), "floor": (.875, .825, .78, .785)},
    "heldout77": {"first": (.889, .860, .828, .779), "floor": (.885, .855, .855, .85)},
    # not tuned on: written blind, scored once with session 26's place rules (6436e09), before its
    # gazetteer (the current estimate of unseen news)
    "heldout78": {"first": (.983, .968, .946, .965), "floor": (.98, .965, .945, .96)},
    "heldout79": {"first": (.904, .862, .852, .843), "floor": (.9, .86, .85, .84)},
    "heldout80": {"first": (.908, .825, .840, .846), "floor": (.905, .82, .835, .845)},
    "heldout81": {"first": (.863, .826, .804, .765), "floor": (.87, .835, .81, .775)},
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
    # (published before Maguindanao's 2022 split: the province keeps its old name)
    ev = _events("An Islamic State-inspired militant leader, Salahuddin Hassan, was killed in a military operation "
                 "in Datu Paglas, Maguindanao. Troops later cleared the camp near Wadi Houran in Anbar.",
                 published="2021-06-01")
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


# --- causes fixed from the heldout6 error analysis (invented sentences) -----------------

def test_alias_who_uses_the_name_and_known_in_militant_circles() -> None:
    ev = _events("The statement said the dead included the ISIS official Hamid Saleh al-Tikriti, who uses the "
                 "name Abu Qudama, near Baiji. Troops killed an ISKP commander, Gul Rahman Zadran, known in "
                 "militant circles as Mansoor Paktiwal, in Kunar.")
    assert ev["Hamid Saleh al-Tikriti"].aliases == ["Abu Qudama"]
    assert "Abu Qudama" not in ev
    assert ev["Gul Rahman Zadran"].aliases == ["Mansoor Paktiwal"]
    assert "Mansoor Paktiwal" not in ev


def test_assistant_and_one_word_name_named_as() -> None:
    ev = _events("An airstrike killed the ISIS official Faris Najm al-Obeidi together with his assistant "
                 "Rafi Awad Jasim near Baiji. A third ISIS fighter, named as Harith, was wounded.")
    assert ev["Rafi Awad Jasim"].outcome == "killed"
    assert ev["Harith"].outcome == "wounded"


def test_whom_clause_and_hunter_are_not_the_mans_body() -> None:
    ev = _events("Police in Kabul arrested Nasir Ahmad Wardak, known as Abu Usman, whom the agency accused of "
                 "recruiting students for ISIS. Another man the SDF has been hunting, Hamad Obeid al-Jubouri, "
                 "known as Abu Sufyan, slipped away from an ISIS hideout in June.")
    assert ev["Nasir Ahmad Wardak"].outcome == "captured"
    assert ev["Hamad Obeid al-Jubouri"].outcome == "mentioned"


def test_named_by_an_agent_and_a_noun_phrase_before_named() -> None:
    ev = _events("Several ISIS foreign fighters have been captured, including a Tunisian named by Puntland as "
                 "Karim Ben Salah, who was detained in Iskushuban. In Chiure, residents delivered to the police "
                 "an ISIS suspect, a young man named Salimo Assane, whom residents accused of spying.")
    assert ev["Karim Ben Salah"].outcome == "captured"
    assert ev["Salimo Assane"].outcome == "captured"


def test_leader_of_a_rival_named_by_its() -> None:
    ev = _events("ISIS lost its bases in Bari.\n\nAl-Shabaab, which remains the larger threat, has stayed out of "
                 "the fighting. Its leader, Hassan Abdi Gedi, has watched the Islamic State's decline.")
    assert "Hassan Abdi Gedi" not in ev


def test_led_since_by_and_remains_under() -> None:
    ev = _events("ISKP has been led since 2021 by Rahmatullah Noori Safi. "
                 "The ISIS group remains under Yusufu Kabanda, who has led it since 2019.")
    assert {"Rahmatullah Noori Safi", "Yusufu Kabanda"} <= set(ev)


def test_introductory_phrase_and_named_things_are_not_persons() -> None:
    ev = _events("Four years after the fall of Omar Khalid al-Hamdani, the Islamic State is testing the new "
                 "authorities. Its finance office, known as al-Fadl, moves money. Its leader is Bilal Saeed "
                 "Tuwaijri.")
    assert "Omar Khalid al-Hamdani" not in ev
    assert "al-Fadl" not in ev
    assert "Bilal Saeed Tuwaijri" in ev


def test_institutions_religious_leaders_and_outlets() -> None:
    ev = _events("Operatives of the Criminal Investigation and Detection Group arrested an ISIS suspect, "
                 "Amina Lumbay, in Marawi. Her surrender was helped by Ustadz Ali Pandapatan, a religious "
                 "leader in the town.")
    assert set(ev) == {"Amina Lumbay"}
    ev = _events("BOSASO - Police arrested an ISIS tax collector in Bosaso on Monday.\n\nThe suspect, Ali Nuur "
                 "Abdi, was picked up at a house after weeks of surveillance, an officer told Garowe Today.")
    assert ev["Ali Nuur Abdi"].outcome == "captured"
    assert ev["Ali Nuur Abdi"].admin1 == "Bari"


def test_capture_with_place_before_of_and_picked_up() -> None:
    ev = _events("The operation followed the capture in Ramadi last month of Ziyad Khalaf Ahmed al-Fahdawi, "
                 "an ISIS financier. The army announced the capture, near Ayorou in the Tillaberi region, of "
                 "Boubacar Hama Sow, an ISIS recruiter. The two ISIS men picked up in Qandala were named as "
                 "Abdi Warsame Ali and Faysal Nur Hersi.")
    assert ev["Ziyad Khalaf Ahmed al-Fahdawi"].outcome == "captured"
    assert ev["Boubacar Hama Sow"].outcome == "captured"
    assert ev["Abdi Warsame Ali"].outcome == "captured"
    assert ev["Faysal Nur Hersi"].outcome == "captured"


def test_according_to_a_source_and_one_of_them() -> None:
    ev = _events("ISIS cell members Idris Farah Aden and Omar Jama Hussein were arrested.\n\nAccording to a "
                 "police officer, Idris is accused of running the group's supply line. The attack was carried "
                 "out by four ISKP gunmen, who were detained hours later. One of them, Rustam Saidov, appeared "
                 "in court.")
    assert ev["Idris Farah Aden"].outcome == "captured"
    assert ev["Rustam Saidov"].outcome == "captured"


def test_copula_role_and_a_spokesman_of_a_rival() -> None:
    ev = _events("ISIS fighters attacked Macomia. Their principal commander is still considered to be Tomas "
                 "Ussene Bakar, also known as Ibn Ussene, who is sought by the authorities. The Taliban, who "
                 "fight ISIS, said through spokesman Qudratullah Zaheer that they had no role.")
    assert "Tomas Ussene Bakar" in ev
    assert "Qudratullah Zaheer" not in ev
    ev = _events("Among the ISIS figures most sought by Malian authorities is Hamadou Ag Issa, a Tuareg "
                 "commander accused of massacres.")
    assert "Hamadou Ag Issa" in ev


def test_predicate_after_an_appositive_name_and_agents_before() -> None:
    ev = _events("The spokesman said the man, Qari Nasrullah, had been the intelligence chief of ISKP, and "
                 "he was killed in Kabul. The troops took away Saleh Hamid al-Jumaili, an ISIS suspect. "
                 "Officials said Abdul Hamid Sayaf, who also goes by Sadiq, was arrested in Peshawar for ISKP.")
    assert ev["Nasrullah"].outcome == "killed"
    assert ev["Saleh Hamid al-Jumaili"].outcome == "captured"
    assert ev["Abdul Hamid Sayaf"].aliases == ["Sadiq"]
    assert ev["Abdul Hamid Sayaf"].outcome == "captured"
    ev = _events("An ISIS commander known to residents as Amade Jamal Faquir was wounded near Ancuabe.")
    assert ev["Amade Jamal Faquir"].outcome == "wounded"


def test_alias_known_in_any_circle() -> None:
    ev = _events('The GDI said its forces killed Mawlawi Sher Ahmad Zaheer, known in ISKP propaganda as Abu '
                 'Talib, in Kunar. The ISIS leader, Amade Saide, known to villagers as "Xeque Amade", was killed.')
    assert ev["Sher Ahmad Zaheer"].aliases == ["Abu Talib"]
    assert ev["Amade Saide"].aliases == ["Xeque Amade"]
    assert "Abu Talib" not in ev and "Xeque Amade" not in ev


def test_describers_and_civilian_pasts_are_not_the_mans_body() -> None:
    ev = _events("The man the SDF and the coalition identify as the ISIS planner, Hamid Awad al-Dulaimi, was "
                 "killed near Shadadi. The current ISKP emir, according to UN monitors, is Abu Hamza al-Bajauri, "
                 "a former madrassa teacher.")
    assert ev["Hamid Awad al-Dulaimi"].outcome == "killed"
    assert "Abu Hamza al-Bajauri" in ev
    ev = _events("In Tahoua, gendarmes detained Hama Boubacar Sow, an ISIS recruiter accused of enlisting young "
                 "herders, at a market.")
    assert ev["Hama Boubacar Sow"].outcome == "captured"


def test_a_rival_groups_members_listed_after_including() -> None:
    ev = _events("ISIS fighters attacked Gwoza.\n\nSeparately, the army received the surrender of 30 fighters from "
                 "the rival Boko Haram faction, including a commander named Bukar Ali Gana, who came with his "
                 "family.")
    assert "Bukar Ali Gana" not in ev


def test_ould_opens_a_name_and_sheikh_inside_one() -> None:
    ev = _events("ISSP's leader, Ould Sidi al-Ansari, has been in place since 2021. Police said they had arrested "
                 "Mohamed Sheikh Abdi, whom they accused of managing ISIS accounts, in Mogadishu.")
    assert "Ould Sidi al-Ansari" in ev
    assert ev["Mohamed Sheikh Abdi"].outcome == "captured"


def test_first_name_only_a_driver_identified_as_and_an_appositive_chain() -> None:
    ev = _events("Two ISIS men were captured alive: Ali Hersi Farah, the faction's tax collector, and a young "
                 "fighter identified only by his first name, Guled. His driver, identified as Sharifullah, was "
                 "arrested at the scene. A third member of the ISIS cell, a Libyan named Salem Masoud al-Obeidi, "
                 "managed to escape.")
    assert ev["Guled"].outcome == "captured"
    assert ev["Sharifullah"].outcome == "captured"
    assert "Salem Masoud al-Obeidi" in ev


def test_cadre_and_residents_of_a_city() -> None:
    ev = _events('Bakary Ag Alhousseini, described as a "mid-level cadre" of ISIS who led a katiba, was killed '
                 "near Menaka. The Asayish said the two ISIS suspects, named as Karzan Rashid Aziz and Dana Omar "
                 "Salih, both residents of the city, were detained on Sunday.")
    assert ev["Bakary Ag Alhousseini"].outcome == "killed"
    assert ev["Dana Omar Salih"].outcome == "captured"


def test_escaping_with_wounds_shot_down_and_the_subject_of_a_relative_clause() -> None:
    ev = _events("A fourth ISIS fighter, named as Khalaf Ibrahim Dawud, was seen fleeing the site with wounds. "
                 "The ISIS suspect, identified as Amisse Jamal, was shot down in the bush near Macomia. "
                 "The ISIS man who gave himself up, Abdiwali Hassan Nur, walked into a village near Qandala.")
    assert ev["Khalaf Ibrahim Dawud"].outcome == "wounded"
    assert ev["Amisse Jamal"].outcome == "killed"
    assert ev["Abdiwali Hassan Nur"].outcome == "captured"


def test_ruled_out_denies_and_an_earlier_survival_does_not() -> None:
    ev = _events("State television reported that the ISIS official Abu Harith al-Dulaimi was among the dead. "
                 "On Monday officials said DNA tests had ruled out that Abu Harith al-Dulaimi was dead.")
    assert ev["Abu Harith al-Dulaimi"].outcome == "mentioned"
    ev = _events("In March, monitors reported that Salih Ahmad al-Dandal, an ISIS commander who had survived an "
                 "airstrike in 2021, was killed in clashes near Palmyra.")
    assert ev["Salih Ahmad al-Dandal"].outcome == "killed"


def test_a_dated_dateline_and_a_past_deeds_place() -> None:
    ev = _events("Ouagadougou, 17 septembre 2024 (BurkinaNews) - The army neutralised an ISIS leader, Hama "
                 "Diallo Sidibe, during an operation near Markoye.")
    assert (ev["Hama Diallo Sidibe"].country, ev["Hama Diallo Sidibe"].admin1) == ("Burkina Faso", "Sahel")
    ev = _events("Tanzanian police announced the arrest of Juma Saidi Ali, an ISIS militant they said had fought "
                 "with the insurgents in Cabo Delgado, in Mtwara region.")
    assert (ev["Juma Saidi Ali"].country, ev["Juma Saidi Ali"].admin1) == ("Tanzania", "Mtwara")


def test_quoted_verb_hedged_wound_and_escape_before_arrest() -> None:
    ev = _events('Moussa Ag Hamid, described as an ISIS "cadre", was "neutralised" near Menaka. Another ISIS '
                 "member, Jomar Ampaso Salik, was believed to have been wounded in the fighting. In Kirkuk, an "
                 "ISIS suspect identified as Hamid Khalaf Salih was wounded near Daquq on Saturday and escaped, "
                 "before being arrested on Monday at a checkpoint.")
    assert ev["Moussa Ag Hamid"].outcome == "killed"
    assert ev["Jomar Ampaso Salik"].outcome == "wounded"
    assert ev["Hamid Khalaf Salih"].outcome == "captured"


def test_an_earlier_survival_does_not_undo_a_death() -> None:
    ev = _events("An Iraqi strike killed the ISIS wali Sattar Hamid al-Dulaimi near Rawa. Al-Dulaimi had survived "
                 "two earlier strikes.")
    assert ev["Sattar Hamid al-Dulaimi"].outcome == "killed"
    ev = _events("Media reported that the ISIS commander Abu Omar al-Jassemi had also been killed. Fighters said "
                 "al-Jassemi had escaped before the assault.")
    assert ev["Abu Omar al-Jassemi"].outcome == "mentioned"


def test_not_name_those_killed_and_a_predicate_place() -> None:
    ev = _events("The command did not name those killed, but officials later identified one of them as Ali Farah "
                 "Hersi, an ISIS financier.")
    assert ev["Ali Farah Hersi"].outcome == "killed"
    ev = _events("Salah, or Salah Hamid al-Jabouri, was another ISIS commander in Iraq who was captured by the "
                 "coalition some months later.")
    assert ev["Salah Hamid al-Jabouri"].country == "Iraq"


def test_the_name_said_is_no_speech_verb_and_known_simply_as() -> None:
    ev = _events("Police arrested Juma Ali, Said Hassan and Omar Musa, three ISIS suspects, in Kampala. "
                 "The ISWAP commander, known simply as Bakura, surrendered to troops in Bama.")
    assert {ev[n].outcome for n in ("Juma Ali", "Said Hassan", "Omar Musa")} == {"captured"}
    assert ev["Bakura"].outcome == "captured"


def test_victims_relatives_and_the_owner_of_an_object() -> None:
    ev = _events("ISIS militants executed Sheikh Hamid Obeid, a tribal elder, in Hajin. ISKP gunmen shot dead "
                 "Mawlawi Nasir Khan, a Taliban commander, in Jalalabad. Security forces arrested Aisha Ahmed "
                 "Salih, the widow of an ISIS emir, at the camp. Hussein Ali Jasim, whose son was an ISIS "
                 "fighter, spoke to reporters in Mosul.")
    assert not {"Hamid Obeid", "Nasir Khan", "Aisha Ahmed Salih", "Hussein Ali Jasim"} & set(ev)
    ev = _events("Iraqi forces captured Abu Yasser al-Rawi's deputy, Abu Khalid al-Fahdawi, an ISIS official, "
                 "in Fallujah. According to police, Hamid is the brother of Saleh Khalaf Hamid, an ISIS "
                 "commander.")
    assert ev["Abu Khalid al-Fahdawi"].outcome == "captured"
    assert ev.get("Abu Yasser al-Rawi") is None or ev["Abu Yasser al-Rawi"].outcome == "mentioned"
    assert "Saleh Khalaf Hamid" in ev


def test_one_word_name_in_apposition_and_an_informant() -> None:
    ev = _events("Afghan officials said ISKP's chief recruiter, Shamsuddin, had been arrested in Herat province. "
                 "The army said it had arrested Umar Bello, an ISWAP informant, in Maiduguri.")
    assert ev["Shamsuddin"].outcome == "captured"
    assert ev["Umar Bello"].role == "ISWAP informant"


def test_subject_before_was_identified_as() -> None:
    ev = _events("The slain ISIS commander was identified as Hamdi Saleh al-Jaber, a former army officer.")
    assert ev["Hamdi Saleh al-Jaber"].outcome == "killed"
