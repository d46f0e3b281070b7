"""Round 14: denials, counted lists and members the heldout19/20 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2024-10-14")


def test_reports_of_a_death_none_of_which_was_confirmed() -> None:
    ev = _events("ISKP is led by Karimullah Safi, who uses the name Abu Umar al-Khorasani. Reports of his death "
                 "have surfaced more than once; none has been confirmed.")
    assert [e.outcome for e in ev.values()] == ["mentioned"]
    ev = _events("Its ISKP emir, Karimullah Safi, has been reported killed more than once; none of those reports "
                 "has been confirmed.")
    assert ev["Karimullah Safi"].outcome == "mentioned"


def test_among_a_counted_group_killed_or_held() -> None:
    ev = _events("Musa Kiggundu, an ADF commander who ran the camp, was among six rebels killed, the army said. "
                 "Hamza Ssali, an ADF recruiter, was among three suspects detained in Kasese.")
    assert ev["Musa Kiggundu"].outcome == "killed"
    assert ev["Hamza Ssali"].outcome == "captured"


def test_took_him_prisoner() -> None:
    ev = _events("A patrol near Mambasa shot and wounded ADF commander Ibrahim Kawesa, who led raids along the "
                 "road, and took him prisoner.")
    assert ev["Ibrahim Kawesa"].outcome == "captured"


def test_the_adf_names_the_branch_and_a_rival_militia_is_not_it() -> None:
    ev = _events("UPDF helicopters struck an ADF camp in Beni territory of North Kivu province, killing Hassan "
                 "Mutebi Ssali, alias Kanyoro. A Mai-Mai commander, Kakule Vyalu, who has no links to the ADF, was "
                 "picked up in the same sweep.")
    assert ev["Hassan Mutebi Ssali"].outcome == "killed"
    assert ev["Hassan Mutebi Ssali"].admin1 == "North Kivu"
    assert "Kakule Vyalu" not in ev
