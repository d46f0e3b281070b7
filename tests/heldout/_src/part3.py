from common import A, L

ARTS = []

ARTS.append(A("ho_020", "2022-09-12",
"SDF wraps up al-Hol sweep, says dozens of ISIS cell members detained",
"""
QAMISHLI - The Kurdish-led Syrian Democratic Forces (SDF) on Sunday announced the end of
a 24-day security campaign in al-Hol camp in Hasakah province, saying it had detained
more than 200 people suspected of belonging to Islamic State cells inside the sprawling
camp.

Among those held was Khaled Ibrahim al-Mahmoud, whom the SDF described as the head of
ISIS "security" in the camp's annex for foreign families. The internal security forces,
known as Asayish, said he had ordered the killing of at least six camp residents
accused of cooperating with the administration.

Camp security forces also detained Umm Huda al-Tunisiya, a Tunisian woman they accused
of running a women's morality police that punished residents for breaking the group's
rules on dress and conduct.

In the camp's fifth sector, a man identified as Abu Harith al-Shami blew himself up with
an explosive belt as fighters surrounded the tent where he was hiding, killing himself
and lightly wounding two members of the security forces, Asayish official Sozdar Derik
told reporters at a news conference outside the camp.

The campaign, dubbed "Humanity and Security", was backed by the U.S.-led coalition, which
provided surveillance aircraft. The SDF said it found tunnels, weapons, and a room used
for trials and punishments, and freed four women who had been chained inside tents.

Al-Hol holds about 54,000 people, most of them women and children, including Syrians,
Iraqis, and thousands of nationals of some 60 other countries. U.N. officials have
repeatedly warned that conditions there are dire and that children are being
radicalised.

The body of Fatima Salih, an Iraqi resident who had been missing for weeks, was found
buried near a tent in the Iraqi section of the camp during the sweep, the camp's
administration said. Nisrin Ahmed, a member of the administration, said she had been
killed for refusing to pay a "tax" to the cell.

The operation came months after the SDF and U.S. forces killed ISIS official Mohannad
Sattam al-Obeidi in a March raid in the village of Thiban in the Deir ez-Zor
countryside. SDF officials say the group has tried to use the camp as a reservoir of
recruits and money.

The SDF has repeatedly urged foreign governments to repatriate their citizens, saying it
cannot hold tens of thousands of people indefinitely.
""",
[L("Khaled Ibrahim al-Mahmoud", [], "captured", "Syria", "Al-Hasakah"),
 L("Umm Huda al-Tunisiya", [], "captured", "Syria", "Al-Hasakah"),
 L("Abu Harith al-Shami", [], "killed", "Syria", "Al-Hasakah"),
 L("Mohannad Sattam al-Obeidi", [], "killed", "Syria", "Deir ez-Zor")]))

ARTS.append(A("ho_021", "2020-10-27",
"Coalition-backed forces nab ISIS official in Raqqa; second target escapes drone strike",
"""
RAQQA, Syria - Kurdish-led forces backed by the U.S.-led coalition captured a senior
Islamic State official in the city of Raqqa on Monday, the Syrian Democratic Forces said,
a day after a coalition drone strike on another suspected militant missed its target.

Abdulkarim Ruwaished al-Hamad, also known as Abu Yaqub al-Raqqawi, was arrested in a
dawn raid on a house in Raqqa's al-Mishlab neighbourhood, the SDF's media office said in
a statement. It described him as an official in the group's "diwan of soldiers" who
helped organise attacks on SDF checkpoints in the city and the surrounding countryside.

A second cell member, Jumaa Khalaf al-Ali, was shot in the leg during the raid but
escaped on a motorcycle, the statement said. The SDF said it was searching for him.

On Sunday, a coalition drone struck a car on a road in the countryside of Tabqa, west of
Raqqa, that officials believed was carrying Abu Thabit al-Kuwaiti, an ISIS militant
accused of smuggling foreign fighters. He was not in the vehicle, according to the SDF,
and two bystanders were injured in the strike. The coalition said it was reviewing the
incident.

Members of Raqqa's Internal Security Forces guarded the house in al-Mishlab on Monday as
investigators removed boxes of documents. One of the officers at the scene, Ali Hussein
al-Hamad, said the suspect had lived in the neighbourhood for months "pretending to sell
vegetables".

Raqqa, which the group once called the capital of its so-called caliphate, was captured
by the SDF in October 2017 after a months-long battle that left much of the city in
ruins. Since then, Islamic State has waged a low-level insurgency in the province,
killing local officials and members of the security forces.

Hevin Mahmoud, co-chair of the Raqqa Civil Council, said the arrest was a "message to
everyone who thinks they can bring back the days of terror". She urged residents to
report suspicious activity.

The coalition spokesman, Col. Daniel Pryce, said in a tweet that the partnership with
the SDF "continues to deny Daesh safe haven".
""",
[L("Abdulkarim Ruwaished al-Hamad", ["Abu Yaqub al-Raqqawi"], "captured", "Syria", "Raqqa"),
 L("Jumaa Khalaf al-Ali", [], "wounded", "Syria", "Raqqa"),
 L("Abu Thabit al-Kuwaiti", [], "mentioned")]))

ARTS.append(A("ho_022", "2023-04-04",
"US drone strike in Syria's Idlib kills ISIS figure, monitors say",
"""
A U.S. drone strike in northwest Syria's Idlib province killed a member of the Islamic
State group on Monday, according to a war monitor and residents, the latest in a series of
American strikes against jihadists in the opposition-held enclave.

The strike hit a motorcycle on a road near the town of Sarmada, close to the Turkish
border, killing its rider, the Syrian Observatory for Human Rights said. The Observatory
and local activists identified him as Usama Jamal al-Muhammad, known as Abu Usama
al-Halabi, an ISIS official involved in moving fighters and money between Idlib and the
group's cells in eastern Syria.

U.S. Central Command confirmed it had carried out a strike in northwest Syria but did not
name the target. "Initial assessments indicate no civilians were harmed," said
spokesperson Maj. Dana Collier.

Separately, the security service of Hayat Tahrir al-Sham (HTS), the Islamist group that
controls most of Idlib, said it had arrested Abu Anas al-Ansari, an ISIS operative it
accused of planning assassinations, in a raid in the town of Atmeh on Sunday. A
spokesman for the HTS service, who gave his name as Abu Hamza al-Dimashqi, told
reporters the suspect had confessed. The claim could not be verified.

HTS, once al-Qaeda's affiliate in Syria, has cut ties with the network and has been
fighting ISIS cells in Idlib for years. Critics accuse it of using the campaign to
crush dissent.

Northwest Syria has been the site of some of the most high-profile U.S. operations
against ISIS. In February 2022, ISIS leader Abu Sulayman al-Husayni al-Qurayshi detonated
a suicide belt during a U.S. special forces raid on his hideout in Atmeh, killing himself
and members of his family.

The region, home to more than four million people, most of them displaced from other
parts of Syria, was also hit hard by the February earthquake that killed tens of
thousands in Turkey and Syria. Aid groups say the disaster has stretched already thin
resources.

Residents of Sarmada said the drone had been circling for hours. "We heard it all
morning, then a loud explosion," said Ahmad Bakour, a shop owner near the site.
""",
[L("Usama Jamal al-Muhammad", ["Abu Usama al-Halabi"], "killed", "Syria", "Idlib"),
 L("Abu Anas al-Ansari", [], "captured", "Syria", "Idlib"),
 L("Abu Sulayman al-Husayni al-Qurayshi", [], "killed", "Syria", "Idlib")]))

ARTS.append(A("ho_023", "2022-10-20",
"Local fighters in Daraa's Jassem say they killed ISIS cell leader",
"""
Former opposition fighters in the town of Jassem, in the northern countryside of Daraa
province, said they killed the leader of an Islamic State cell and captured one of its
members after several days of clashes that ended on Tuesday.

The fighters, who reconciled with the Syrian government under a 2018 Russian-brokered
deal but kept their light weapons, said the cell leader was an Iraqi national known as
Abd al-Rahman al-Iraqi, who went by the name "Sayf Baghdad". He was killed when fighters
stormed a farmhouse on the edge of Jassem, according to Mahmoud al-Hariri, a member of
the town's negotiating committee.

A second member of the cell, Ahmad Khalid al-Zoubi, blew himself up inside a house in
the town's eastern neighbourhood as the fighters closed in, al-Hariri said. Another,
Hasan Faisal al-Rifai, whom the fighters described as the group's local emir in the
nearby town of Tafas, was detained and handed over to the Military Security branch.

Pro-government media outlets reported that a fourth man, Abu Omar al-Hawrani, had also
been killed. Fighters in Jassem told Enab Baladi that al-Hawrani had escaped before the
assault and that his whereabouts were unknown.

Residents said the clashes had killed at least three civilians, including a 12-year-old
boy, and damaged several homes. Many families left the town for nearby villages during
the fighting.

The Daraa countryside has been plagued by assassinations and kidnappings since government
forces regained control of the province in 2018. Local leaders accuse the security
services of turning a blind eye to ISIS cells, and at times of using them to eliminate
opponents, accusations Damascus denies.

The clashes in Jassem followed a similar campaign in Daraa city's al-Balad neighbourhood,
where local fighters besieged houses they said were used by ISIS members. Government
forces surrounded the area but did not take part in the fighting.

"We did what the state should have done," al-Hariri said. "We will not let our town become
a shelter for these people."
""",
[L("Abd al-Rahman al-Iraqi", ["Sayf Baghdad"], "killed", "Syria", "Daraa"),
 L("Ahmad Khalid al-Zoubi", [], "killed", "Syria", "Daraa"),
 L("Hasan Faisal al-Rifai", [], "captured", "Syria", "Daraa"),
 L("Abu Omar al-Hawrani", [], "mentioned")]))

ARTS.append(A("ho_024", "2021-08-16",
"Iraqi forces kill ISIS 'wali of Anbar' in desert raid near Rutba",
"""
Iraqi security forces killed the Islamic State group's so-called wali of Anbar in an air
and ground operation in the western desert near Rutba, the Security Media Cell said on
Sunday.

Mahmoud Ali Shalal al-Rawi, alias Abu Ubaidah al-Rawi, was killed along with three of his
bodyguards in a valley about 60 kilometres south-east of Rutba, the cell said. Iraqi F-16
jets struck the hideout before counter-terrorism forces moved in on foot.

On the same day, intelligence agents arrested Jassim Mohammed Abed al-Fahdawi, who the
cell said transported explosives for the group, at a checkpoint on the outskirts of
Fallujah.

Officials initially told local media that al-Rawi's deputy, Hamid Farhan al-Karbouli, was
also among the dead. But the Anbar Operations Command said later on Sunday that al-Karbouli
was not at the site and remains at large.

"The Anbar desert will not be a refuge for terrorists," Maj. Gen. Faleh al-Assafi, the
commander of Anbar operations, said in a statement.

Sheikh Rafi al-Fahdawi, a tribal leader whose fighters joined the Iraqi army against
ISIS in 2015, praised the operation and called on the government to deploy more troops
along the border with Syria.

The vast desert of Anbar, Iraq's largest province, stretches to the borders of Syria,
Jordan and Saudi Arabia and has long been used by militants to move fighters and weapons.
ISIS fighters still attack army posts and pipelines in remote parts of the province.

Iraq declared victory over ISIS in late 2017, but the group's remnants continue to wage
an insurgency in several provinces. U.S. and Iraqi officials agreed last month that
American combat troops would leave Iraq by the end of the year, with remaining forces
limited to advising and training.

An Iraqi officer who took part in the raid said documents and mobile phones found at the
site would help track down other members of the network in Anbar and across the border.
""",
[L("Mahmoud Ali Shalal al-Rawi", ["Abu Ubaidah al-Rawi"], "killed", "Iraq", "Anbar"),
 L("Jassim Mohammed Abed al-Fahdawi", [], "captured", "Iraq", "Anbar"),
 L("Hamid Farhan al-Karbouli", [], "mentioned")]))

ARTS.append(A("ho_026", "2020-07-02",
"Coalition jets strike ISIS hideouts in Kirkuk's Wadi al-Shay, killing commander",
"""
KIRKUK, Kurdistan Region - Coalition aircraft struck Islamic State hideouts in Wadi
al-Shay, a valley southwest of Kirkuk, on Wednesday, killing a local commander of the
group and wounding another, Iraqi security officials said.

Taha Ahmed Hussein al-Jubouri, known as Abu Shahad, was killed in the strikes, which
targeted caves and tunnels used by the militants, according to Col. Amer Nouri, a
spokesman for the Kirkuk police. He said Abu Shahad had led attacks on villages in the
Daquq and Dibis areas in recent months.

Another militant, Nawfal Sabah al-Jubouri, was wounded and fled on foot, Nouri said. He
is not related to the commander, according to police.

The strikes came at the request of Iraqi forces, which have conducted several operations
in the valley this year. In January, counter-terrorism forces detained a commander known
as Abu Sara al-Hawijawi in a raid in the town of Hawija, west of Kirkuk.

Sheikh Khalaf Mutar al-Jubouri, a tribal elder from a village near Wadi al-Shay, told
Rudaw that residents had been living in fear. "They come at night, demand money, and kill
anyone they suspect of working with the government," he said.

Peshmerga spokesman Brig. Gen. Hazhar Omar said the security vacuum between Kurdish and
Iraqi forces in the disputed territories had allowed ISIS to regroup. He called for joint
coordination centres to be set up across the areas.

Kirkuk and the surrounding province have seen a rise in ISIS attacks since the
coronavirus pandemic forced a reduction in security operations and the U.S.-led
coalition withdrew from several bases in Iraq.

The coalition said in a statement that it conducted "precision strikes" in support of
Iraqi security forces near Kirkuk and that it was assessing the results.
""",
[L("Taha Ahmed Hussein al-Jubouri", ["Abu Shahad"], "killed", "Iraq", "Kirkuk"),
 L("Nawfal Sabah al-Jubouri", [], "wounded", "Iraq", "Kirkuk"),
 L("Abu Sara al-Hawijawi", [], "captured", "Iraq", "Kirkuk")]))

ARTS.append(A("ho_027", "2024-02-27",
"Iraqi intelligence arrests ISIS finance official in Mosul; two militants killed near Baiji",
"""
BAGHDAD - Iraq's National Intelligence Service said on Monday it had arrested a senior
Islamic State finance official in Mosul, while security forces killed two militants in
a clash near the refinery town of Baiji in Salahuddin province.

Younis Salem Khalaf al-Hadidi was detained in the al-Zuhur neighbourhood of eastern
Mosul after months of surveillance, the service said. It said he managed money collected
from extortion and smuggling and transferred funds to the families of imprisoned
members.

In Salahuddin, troops of the army's 4th Division clashed with an ISIS cell in orchards
north of Baiji late on Sunday. Two militants were killed: Riyadh Hamad al-Badrani and
Ahmed Saleh al-Jumayli, known as Abu Abdullah, who the army said was the cell's leader.

A third man, Qais Mutlaq al-Jumayli, was arrested the next morning at a house in Tikrit
where he had gone to hide, according to a security source. The source said he was
Abu Abdullah's cousin and acted as the cell's driver.

The cell was blamed for the killing of a shepherd, Khalil Ibrahim, and for planting
roadside bombs on the road between Baiji and Haditha, the source said.

Iraqi forces have conducted frequent raids against ISIS remnants in Salahuddin, Kirkuk,
Diyala and Nineveh, where the group retains small cells in rural areas. Attacks have
fallen sharply in recent years, and Iraqi officials say the group no longer poses a
serious threat.

The arrests come as Baghdad and Washington hold talks on ending the mission of the U.S.-led
coalition in Iraq. The Nineveh governor said in a statement that the arrest in Mosul
showed the "readiness of our security forces to protect the city".

The National Intelligence Service posted a photograph of the suspect with his face
blurred, alongside bundles of cash and ledgers seized in the raid.
""",
[L("Younis Salem Khalaf al-Hadidi", [], "captured", "Iraq", "Nineveh"),
 L("Riyadh Hamad al-Badrani", [], "killed", "Iraq", "Saladin"),
 L("Ahmed Saleh al-Jumayli", ["Abu Abdullah"], "killed", "Iraq", "Saladin"),
 L("Qais Mutlaq al-Jumayli", [], "captured", "Iraq", "Saladin")]))
