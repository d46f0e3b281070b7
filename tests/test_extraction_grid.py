"""Paradigm grids: one way of naming the subject crossed with many ways of telling an outcome,
one naming of a place crossed with two outcomes, one alias form crossed with three later
mentions. A rule written for one phrasing should hold across its row and column; these grids
found the gaps that rounds 32 and 33 closed, and they keep them closed.

The cells that still fail are not here; the README lists them ("Rounds 32 and 33")."""

from __future__ import annotations

import pytest

from tests import test_extraction

_CONTEXT = "The Islamic State commander Abu Khalid al-Anbari ran the group's cells in western Iraq for two years."
_TAIL = " in Ramadi on Sunday, officials said."
K, C, W = "killed", "captured", "wounded"

#: How an outcome is told after a subject ("He ..."): the verb phrase and the outcome it tells.
_VERBS = [
    ("was killed", K), ("was reportedly killed", K), ("is reported to have been killed", K),
    ("was said to have been killed", K), ("is believed to have been killed", K), ("was later killed", K),
    ("has been killed", K), ("had been killed", K), ("was confirmed killed", K), ("was confirmed dead", K),
    ("was pronounced dead", K), ("died", K), ("perished", K), ("lost his life", K), ("was found dead", K),
    ("was shot dead", K), ("was executed", K), ("was slain", K), ("was neutralised", K), ("was martyred", K),
    ("was fatally wounded", K), ("died of his wounds", K), ("succumbed to his injuries", K),
    ("was among those killed", K), ("was later reported to have been executed", K), ("blew himself up", K),
    ("was wounded and later died", K), ("was arrested and later executed", K),
    ("was arrested", C), ("was taken into custody", C), ("has been detained", C), ("was captured alive", C),
    ("surrendered", C), ("gave himself up", C), ("was reported to have been arrested", C),
    ("is said to have been detained", C), ("was handed over to Iraqi authorities", C),
    ("was sentenced to life in prison", C), ("was wounded and arrested", C),
    ("was wounded", W), ("was seriously wounded", W), ("was injured", W), ("sustained injuries", W),
    ("was hospitalised with wounds", W), ("was reported to have been wounded", W), ("was shot in the leg", W),
    ("survived with injuries", W),
]
#: Subjects that take up the commander named in the sentence before.
_SUBJECTS = ["He", "Al-Anbari", "The commander", "The militant", "The 41-year-old"]


@pytest.mark.parametrize("subject", _SUBJECTS)
def test_subject_by_verb_grid(subject: str) -> None:
    wrong = []
    for verb, outcome in _VERBS:
        sentence = f"{subject} {verb}{_TAIL}"
        ev = test_extraction._events(f"{_CONTEXT} {sentence}", published="2024-05-10")
        got = [(e.outcome, e.admin1) for e in ev.values()]
        if got != [(outcome, "Anbar")]:
            wrong.append((sentence, got))
    assert not wrong


_PLACES = [
    ("near Mosul", "Iraq", "Nineveh"), ("in a village south of Mosul", "Iraq", "Nineveh"),
    ("in the Hamrin mountains", "Iraq", None), ("in Salahuddin province", "Iraq", "Saladin"),
    ("in the Tarmiyah district north of Baghdad", "Iraq", "Baghdad"), ("in Iraq's western desert", "Iraq", None),
    ("in the eastern countryside of Deir ez-Zor", "Syria", "Deir ez-Zor"), ("in al-Hol camp", "Syria", "Al-Hasakah"),
    ("near Palmyra", "Syria", "Homs"), ("in Jindires, a town in the north-west", "Syria", "Aleppo"),
    ("in the Sambisa forest", "Nigeria", "Borno"), ("in the Cal Miskaad mountains", "Somalia", "Bari"),
    ("in Macomia district", "Mozambique", "Cabo Delgado"), ("in Beni territory", "Democratic Republic of the Congo",
                                                           "North Kivu"),
    ("in Jalalabad", "Afghanistan", "Nangarhar"), ("in Marawi", "Philippines", "Lanao del Sur"),
    ("in Rafah, North Sinai", "Egypt", "North Sinai"), ("in Peshawar", "Pakistan", "Khyber Pakhtunkhwa"),
]


@pytest.mark.parametrize(("phrase", "country", "admin1"), _PLACES)
def test_place_grid(phrase: str, country: str, admin1: str | None) -> None:
    context = "The Islamic State commander Abu Khalid al-Hamdani ran the group's cells for two years."
    for sentence in (f"Iraqi and allied forces killed al-Hamdani {phrase} on Sunday.",
                     f"Al-Hamdani was arrested {phrase} on Sunday."):
        ev = test_extraction._events(f"{context} {sentence}", published="2024-05-10")
        assert [(e.country, e.admin1) for e in ev.values()] == [(country, admin1)], sentence


_X, _Y = "Omar Salim al-Fahdawi", "Abu Hafs al-Iraqi"
_ALIAS_FORMS = [
    f"{_X}, also known as {_Y},", f"{_X}, alias {_Y},", f"{_X} ({_Y})", f"{_X}, better known as {_Y},",
    f"{_X}, whose nom de guerre is {_Y},", f"{_Y}, whose real name is {_X},", f"{_X}, known by the kunya {_Y},",
    f"{_X}, who goes by {_Y},", f"{_X}, a.k.a. {_Y},", f"{_X} alias {_Y}", f"{_X}, nicknamed {_Y},",
    f"{_X}, who went by the name {_Y},", f"{_X}, code-named {_Y},", f"{_X} \u2014 known as {_Y} \u2014",
    f"{_Y}, born {_X},", f"{_Y}, real name {_X},",
]


@pytest.mark.parametrize("form", _ALIAS_FORMS)
def test_alias_grid(form: str) -> None:
    for later in (_Y, "Al-Fahdawi", "Abu Hafs"):
        text = f"ISIS commander {form} ran the group's cells in Nineveh for years. {later} was killed in Mosul."
        ev = test_extraction._events(text, published="2024-05-10")
        assert [e.outcome for e in ev.values()] == [K], (form, later)
