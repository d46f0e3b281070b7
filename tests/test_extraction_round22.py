"""Round 22: namings, asides, rivals, timelines and places the heldout35/36/37 reviews found.

Every sentence is invented (names and events); each test pins one general cause."""

from __future__ import annotations

from functools import partial

from tests import test_extraction

#: The shared helper, with this round's default publication date.
_events = partial(test_extraction._events, published="2025-07-15")


def test_he_is_x_the_dead_man_is_x_and_the_person_concerned() -> None:
    ev = _events("The army neutralised an EIGS emir near Markoye.\n\nHe is Hamadou Sidi Dicko, alias Abou Bakr, "
                 "considered the emir of the EIGS katiba of the zone.")
    assert ev["Hamadou Sidi Dicko"].outcome == "killed"
    ev = _events("Security forces killed a Daesh cell leader in Aden. A source told us that the dead man is Saleh "
                 "Ahmed Bin Awadh, nicknamed \"Abu Hamza al-Adani\".")
    assert ev["Saleh Ahmed Bin Awadh"].outcome == "killed"
    ev = _events("Troops neutralised an ISWAP commander near Kolofata. The person concerned, Bukar Kaka Modu, better "
                 "known under the name \u00ab Abou Hafsa \u00bb, organised several incursions.")
    assert (ev["Bukar Kaka Modu"].outcome, ev["Bukar Kaka Modu"].aliases) == ("killed", ["Abou Hafsa"])


def test_resisted_an_attempt_to_detain_him_and_was_neutralized() -> None:
    ev = _events("\"The militant, Ruslan Akhmedovich Gaziev, a member of the Islamic State, offered armed resistance "
                 "during an attempt to detain him and was neutralized by return fire,\" the FSB said.")
    assert ev["Ruslan Akhmedovich Gaziev"].outcome == "killed"


def test_an_object_after_a_time_and_a_for_the_group_appositive() -> None:
    ev = _events("Federal Police arrested on Tuesday the so-called wali of the Old City for the terrorist Daesh "
                 "gangs, Younis Saleh al-Jubouri, known as Abu Bakr.")
    assert ev["Younis Saleh al-Jubouri"].outcome == "captured"


def test_a_district_of_the_interim_capital() -> None:
    ev = _events("Security Belt forces killed a Daesh cell leader, Nasser Awad Bin Saleh, in a raid on his hideout "
                 "in the al-Mansoura district of the interim capital Aden.")
    assert (ev["Nasser Awad Bin Saleh"].country, ev["Nasser Awad Bin Saleh"].admin1) == ("Yemen", "Aden")


def test_escape_with_gunshot_wounds_and_found_guilty() -> None:
    ev = _events("His right-hand man, an ISCAP fighter known only as Ramadhani, managed to escape with gunshot "
                 "wounds, the sources said.")
    assert ev["Ramadhani"].outcome == "wounded"
    ev = _events("The court found Abdiwali Ali Hirsi, known as \"Dheere\", an Islamic State cell leader, guilty of "
                 "organising the killing of two officers.")
    assert ev["Abdiwali Ali Hirsi"].outcome == "captured"


def test_a_list_after_an_owners_name_and_a_long_alias() -> None:
    ev = _events("Among those killed were two of Abu Hamza al-Maqdisi's aides: Salem Suleiman Abu Awad, known "
                 "among the organisation's members as \"Abu Ubaida\", and Mohamed Salem al-Menaei, who made bombs "
                 "for Sinai Province.")
    assert ev["Mohamed Salem al-Menaei"].outcome == "killed"


def test_a_founder_who_died_before_the_allegiance() -> None:
    ev = _events("The group pledged allegiance to Daesh in 2014. Its founder, Tawfiq Salem Abu Hamad, died in "
                 "2014, months before the group announced its allegiance to Daesh.")
    assert "Tawfiq Salem Abu Hamad" not in ev


def test_the_man_killed_according_to_someone_was_x() -> None:
    ev = _events("A second man killed in the raid, according to the Taliban, was Ijaz Ahmad Wani, an ISKP "
                 "recruiter.")
    assert ev["Ijaz Ahmad Wani"].outcome == "killed"


def test_escaped_into_a_country_and_the_border_of_a_country() -> None:
    ev = _events("Afghan forces raided an ISKP base in Achin, Nangarhar. A local ISKP commander, Gul Agha Momand, "
                 "was wounded but escaped across the border into Pakistan.")
    assert (ev["Gul Agha Momand"].country, ev["Gul Agha Momand"].admin1) == ("Afghanistan", "Nangarhar")
    ev = _events("FAMa clashed with ISSP fighters near Ansongo in the Gao region. Moussa Ag Alhadi, an ISSP "
                 "logistics chief, was wounded and is reportedly being treated near the Niger border.")
    assert (ev["Moussa Ag Alhadi"].country, ev["Moussa Ag Alhadi"].admin1) == ("Mali", "Gao")


def test_the_camp_named_before() -> None:
    ev = _events("The Islamic State's insurgency in Raqqa is patient.\n\nAl-Hol remains the group's reservoir. In "
                 "the camp's latest sweep, the SDF detained Umm Yasser al-Tunisiya, an ISIS enforcer.")
    assert ev["Umm Yasser al-Tunisiya"].admin1 == "Al-Hasakah"


def test_killing_him_names_the_unnamed_man_named_next() -> None:
    ev = _events("Unknown gunmen opened fire on a young man in the city of Jasim in Daraa, killing him instantly. "
                 "The young man, Ayman Khaled al-Hariri, was accused of belonging to ISIS cells.")
    assert ev["Ayman Khaled al-Hariri"].outcome == "killed"


def test_bodies_named_after_a_man_or_a_rival_are_no_members() -> None:
    ev = _events("Regime forces arrested Ahmad Nayef al-Rifai, an \"emir\" in the \"Khalid ibn al-Walid Army\", the "
                 "ISIS affiliate.")
    assert set(ev) == {"Ahmad Nayef al-Rifai"}
    ev = _events("The EIGS clashed with the katiba of Hamidou Seydou Barry, a local chief of the Group for the "
                 "Support of Islam and Muslims (JNIM, linked to al-Qaeda).")
    assert "Hamidou Seydou Barry" not in ev


def test_a_units_town_is_no_place() -> None:
    ev = _events("He had taken the head of the Banibangou katiba in 2022 after the death of his predecessor, Issa "
                 "Hamma Garba, an EIGS commander killed in an ambush near Anderamboukane, in the region of Menaka.",
                 published="2024-06-20")
    assert (ev["Issa Hamma Garba"].country, ev["Issa Hamma Garba"].admin1) == ("Mali", "Menaka")


def test_a_man_named_in_a_statement_and_the_outskirts_he_fled_to() -> None:
    ev = _events("The SDF raided a house in Hajin. Another man named in the SDF statement, Khaled Omar al-Hamad, a "
                 "recruiter for the ISIS cell, was not at the house and is still wanted.")
    assert ev["Khaled Omar al-Hamad"].outcome == "mentioned"
    ev = _events("F-16s struck a Daesh hideout in the orchards of Tarmiyah, north of Baghdad. Another terrorist, "
                 "Sabri Hamid al-Mashhadani, was wounded in the strike and fled towards the outskirts of Salahuddin.")
    assert ev["Sabri Hamid al-Mashhadani"].admin1 == "Baghdad"


def test_a_retracted_confession_leaves_the_arrest() -> None:
    ev = _events("Al-Dulaimi, a Daesh security emir, was detained by counter-terrorism forces in 2016 in Fallujah. "
                 "In court he retracted parts of his confession.", published="2024-01-10")
    assert ev["Al-Dulaimi"].outcome == "captured"


def test_a_follower_tag_and_a_tagged_emir() -> None:
    ev = _events("Troops killed Nurhan Kiram Abdul, a follower of Radullan Sahiron Jamiri, whom the military tags "
                 "as the acting emir of the Islamic State in the Philippines. Another Jamiri follower, Sherwin "
                 "Hapid Taupan, surrendered in Indanan.")
    assert (ev["Radullan Sahiron Jamiri"].outcome, ev["Sherwin Hapid Taupan"].outcome) == ("mentioned", "captured")


def test_a_leader_across_the_border_and_what_his_men_target() -> None:
    ev = _events("Police said the IS-K group, led from across the border by Shahab al-Kabuli, had been targeting "
                 "the JUI-F. The July attack in Khar, which killed 60 people, was claimed by IS-K.")
    assert ev["Shahab al-Kabuli"].outcome == "mentioned"


def test_a_place_before_since_belongs_to_its_own_clause() -> None:
    ev = _events("Analysts said IS-K had been recruiting in Bajaur since the Taliban executed former IS-K chief "
                 "Abu Hamza Logari, whose real name was Ziaul Haq Mohmand, in a Kabul prison in August 2021.",
                 published="2023-08-10")
    (logari,) = [e for e in ev.values() if "Abu Hamza Logari" in (e.leader, *e.aliases)]
    assert logari.admin1 == "Kabul"


def test_rival_heads_the_group_broke_away_from() -> None:
    ev = _events("ISWA, which broke away from the group led by Bakura Modu Sheriff in 2016, killed soldiers in "
                 "Borno. Bakura Modu Sheriff himself died in May.")
    assert "Bakura Modu Sheriff" not in ev
    ev = _events("The Islamic State named him its West Africa leader when the movement split with the faction of "
                 "Ali Ngulde Kachalla. Ali Ngulde Kachalla himself died in May.")
    assert "Ali Ngulde Kachalla" not in ev


def test_described_by_officials_as_a_figure_of_the_group() -> None:
    ev = _events("She named Lawan Kaka Bulama, a shura member described by Nigerian officials as one of the "
                 "group's most influential figures, among those who could take over ISWAP.")
    assert ev["Lawan Kaka Bulama"].outcome == "mentioned"


def test_a_relative_clause_with_its_own_death_before_died() -> None:
    ev = _events("Sheikh Abdul Wahid Orakzai, the ISKP chief, who took over the group after his predecessor was "
                 "killed by a drone, died in an operation in Achin district on April 27.")
    assert ev["Abdul Wahid Orakzai"].outcome == "killed"


def test_named_x_and_known_as_y() -> None:
    ev = _events("The units arrested a Chadian named Mahamat Ali Saleh and known as Abu Yahya al-Tchadi, an "
                 "ISIS fighter.")
    assert set(ev) == {"Mahamat Ali Saleh"}


def test_a_timelines_present_and_a_reduced_participle() -> None:
    ev = _events("- October 2024: A joint raid in the Hamrin mountains in Salahuddin province wounds Hussein Ali "
                 "Jabbar, an ISIS sector commander, who escapes on foot.")
    assert ev["Hussein Ali Jabbar"].outcome == "wounded"
    ev = _events("Readers may recall Hamza Khalaf al-Hamad, the ISIS zakat collector seized near al-Shaddadi in "
                 "November 2020.")
    assert set(ev) == {"Hamza Khalaf al-Hamad"}
    assert ev["Hamza Khalaf al-Hamad"].outcome == "captured"


def test_a_member_who_still_leads_the_group() -> None:
    ev = _events("The ADF is the Islamic State's Central Africa Province. Musa Kasadha Baluku, who took over the "
                 "ADF in 2015, still leads the group.", published="2024-01-10")
    assert ev["Musa Kasadha Baluku"].outcome == "mentioned"


def test_an_object_named_after_its_relative_clause() -> None:
    ev = _events("Pemba - The FDS shot down last Thursday, in the Catupa forest, one of the chiefs of the Islamic "
                 "State insurgents who have terrorised Cabo Delgado since 2017, Momade Issa Chipande, vulgo "
                 "\"Tio Faizal\", according to a source.")
    assert ev["Momade Issa Chipande"].outcome == "killed"


def test_a_colon_list_under_a_role_header() -> None:
    ev = _events("ISWAP is the Islamic State's West Africa Province. Analysts name two shura members as possible "
                 "successors: Goni Bukar Dala, a veteran of the islands, and Abba Kura Kangar, who taxed farmers.")
    assert (ev["Goni Bukar Dala"].outcome, ev["Abba Kura Kangar"].outcome) == ("mentioned", "mentioned")


def test_an_alias_past_a_possessive_appositive() -> None:
    ev = _events("August 2016 - The Islamic State names Abu Musab al-Kanemi, Yusuf's son, whose real name is "
                 "Habib Kanemi, as its new wali.")
    assert set(ev) == {"Abu Musab al-Kanemi"}


def test_a_timeline_entry_dates_its_sentences() -> None:
    ev = _events("ISWAP is based in Borno State.\n\nMarch 2019 - Audio messages announce that Abu Ibrahim Modu "
                 "al-Barnawi leads ISWAP. Within a year, Abu Ibrahim Modu al-Barnawi is reportedly executed in "
                 "an internal purge.", published="2024-09-10")
    assert (ev["Abu Ibrahim Modu al-Barnawi"].outcome, ev["Abu Ibrahim Modu al-Barnawi"].country) == ("killed", None)


def test_identified_the_commanders_as_a_described_as_and_b() -> None:
    ev = _events("Airstrikes in Borno State neutralised two high-value ISWAP commanders. He identified the "
                 "commanders as Abu Fatima Bukar, described as a \"Munzir\" for the axis, and Bakura Mele Gana, "
                 "said to oversee logistics.")
    assert (ev["Abu Fatima Bukar"].outcome, ev["Bakura Mele Gana"].outcome) == ("killed", "killed")


def test_the_lake_chad_islands_belong_to_no_one_country() -> None:
    ev = _events("The army said Mustapha Goni was a lieutenant of the late Ali Kachalla Modu, the ISWAP leader "
                 "who was killed by his own fighters in the Lake Chad islands in August last year.")
    assert (ev["Ali Kachalla Modu"].outcome, ev["Ali Kachalla Modu"].country) == ("killed", None)
