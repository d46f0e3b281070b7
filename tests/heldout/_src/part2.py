from common import A, L

ARTS = []

ARTS.append(A("ho_011", "2023-03-03",
"Army kills Dawlah Islamiyah leader in Lanao del Sur clash",
"""
MARAWI CITY - Soldiers killed the leader of the Islamic State-inspired Dawlah
Islamiyah-Maute group and one of his bomb experts in a firefight in the hinterlands of
Piagapo, Lanao del Sur, on Thursday, the military said.

Khalid Usman Tomawis, alias "Abu Jihad", the so-called emir of the group's Lanao
faction, died along with Saidamen Pangandaman, who the Army's 103rd Infantry Brigade said
assembled improvised explosive devices for attacks in Lanao and neighboring provinces.

The brigade's commander, Brig. Gen. Romeo Dizon, said troops were acting on a tip from
residents when they came upon about 15 gunmen in a makeshift camp in the village of
Bualan. The firefight lasted nearly two hours. Two soldiers were wounded and brought to
a hospital in Marawi.

On Friday, police and soldiers arrested Norhan Lumbatan, alias "Apel", a courier for
the group, at a checkpoint in Marawi City. He was carrying a grenade and cash that
authorities said was meant for the group's remaining members.

Tomawis took over the faction after its previous leader, Abdulmalik Bato, was killed in
a military operation in Munai, Lanao del Norte, in 2021, according to the military.

Lanao del Sur Governor Sultan Rasul Mangondaya thanked the troops and urged remaining members
to surrender under the government's Balik-Loob program. "There is a door open for those
who want to come home," he said in a statement.

Barangay chairman Aleem Macaraya said residents of Bualan had been too afraid to farm
their land near the forest since the gunmen arrived late last year. "Now maybe we can
plant again," he said.

The Dawlah Islamiyah-Maute group led the five-month siege of Marawi in 2017 together
with other militants who had pledged allegiance to the Islamic State. The military says
only a few dozen of its members remain active, moving between the forests of Lanao del
Sur and the boundary with Lanao del Norte.

Military officials said they were still hunting Tomawis's deputy, who escaped with a
handful of followers towards the mountains of Butig.

The bodies were brought to the provincial capitol for identification by relatives.
""",
[L("Khalid Usman Tomawis", ["Abu Jihad"], "killed", "Philippines", "Lanao del Sur"),
 L("Saidamen Pangandaman", [], "killed", "Philippines", "Lanao del Sur"),
 L("Norhan Lumbatan", ["Apel"], "captured", "Philippines", "Lanao del Sur"),
 L("Abdulmalik Bato", [], "killed", "Philippines", "Lanao del Norte")]))

ARTS.append(A("ho_012", "2021-10-12",
"Abu Sayyaf sub-leader yields in Sulu as BIFF bomb maker killed in Maguindanao",
"""
ZAMBOANGA CITY - An Abu Sayyaf sub-leader who had pledged allegiance to the Islamic State
surrendered to soldiers in Sulu on Monday, hours after troops killed a bomb maker of an
ISIS-linked faction of the Bangsamoro Islamic Freedom Fighters (BIFF) in Maguindanao,
the military said.

Sibih Tanjilul, alias Abu Hurayra, walked into a Marine detachment in Patikul, Sulu,
with two companions and handed over an M-16 rifle, according to the military's Western
Mindanao Command. He had been on the military's wanted list since 2017 for his alleged
role in kidnappings in the Sulu archipelago.

"His surrender shows the group's remaining members no longer see a future in fighting,"
said Lt. Col. Arnel Sabado, a spokesman for the command.

Meanwhile in Maguindanao, soldiers of the 6th Infantry Division killed Mahmud Abdulgani
Salik in a clash in Datu Saudi Ampatuan town early Monday. The military described Salik
as a bomb maker for the BIFF faction that calls itself Dawlatul Islamiyah and has claimed
attacks in the name of the Islamic State.

Another member of the faction, Esmael Kamsa, was wounded in the firefight but was
carried away by companions, according to the division's spokesman, Maj. Rogelio Tan.

Local officials said the clash forced dozens of families to flee to the town center.
Leaders of the Moro Islamic Liberation Front, which signed a peace deal with the
government and now runs the Bangsamoro regional government, have condemned the BIFF
factions. MILF base commander Abdulrashid Kudanding said his forces helped guide
civilians away from the area.

The military says ISIS-linked groups in Mindanao have been weakened by surrenders and
the deaths of several leaders since the 2017 Marawi siege, but still carry out bombings
and ambushes. Intelligence officials believe foreign militants continue to provide them
with funds through couriers.

Tanjilul will face charges in a Sulu court, the military said. He was presented to
Sulu Governor Aldin Matba and to local officials at the provincial capitol in Jolo
on Monday afternoon.
""",
[L("Sibih Tanjilul", ["Abu Hurayra"], "captured", "Philippines", "Sulu"),
 L("Mahmud Abdulgani Salik", [], "killed", "Philippines", "Maguindanao"),
 L("Esmael Kamsa", [], "wounded", "Philippines", "Maguindanao")]))

ARTS.append(A("ho_013", "2022-06-20",
"Mali: army says senior Islamic State figure killed near Menaka",
"""
BAMAKO - Malian troops killed a senior figure of the Islamic State group in the Sahel
during an operation near Anderamboukane, in the Menaka region close to the border with
Niger, the armed forces general staff said on Sunday.

Oumar Ag Alhassane, better known as "Tinaki", was killed on Friday when troops backed by
helicopters attacked a camp used by the group east of the town, the statement said. The
army described him as a commander responsible for attacks on civilians and on
pastoralist camps in the area, where hundreds of people have been killed since March.

Another member of the group, Moussa Ag Ibrahim, was captured during the operation and
transferred to Gao for questioning, the general staff said.

In a separate passage, the army said a drone strike on Thursday had targeted Abdoul
Hakim Ag Mohamed, whom it described as the group's judge in the Menaka area. The strike
hit a vehicle near Tidermene, but a military source told AFP that Ag Mohamed was not
among the dead and was believed to have fled.

Residents of Menaka town, which has received thousands of displaced people in recent
months, said they heard aircraft throughout Friday. "We hope this will bring some calm,
but we have heard such announcements before," said a local official who asked not to be
named.

Tuareg and Daoussahak armed groups that signed the 2015 peace agreement have clashed
repeatedly with Islamic State fighters in the region. Almahmoud Ag Ahmad, an officer of
the Movement for the Salvation of Azawad, said his fighters had not taken part in
Friday's operation.

The Islamic State in the Greater Sahara, which the group now calls its Sahel Province,
has expanded its reach in the Menaka region since French troops began leaving Mali
earlier this year. The United Nations says more than 30,000 people have fled their
homes in the region since the start of the year.

The army's claims could not be independently verified.
""",
[L("Oumar Ag Alhassane", ["Tinaki"], "killed", "Mali", "Menaka"),
 L("Moussa Ag Ibrahim", [], "captured", "Mali", "Menaka"),
 L("Abdoul Hakim Ag Mohamed", [], "mentioned")]))

ARTS.append(A("ho_014", "2020-02-11",
"Niger says troops killed IS commander behind Tillaberi attacks",
"""
NIAMEY (AFP) - Niger's army said Monday it had killed a local commander of the Islamic
State in the Greater Sahara (ISGS) blamed for a series of deadly attacks on soldiers and
villagers in the western Tillaberi region.

Amadou Dicko, alias Bakary, was killed on Saturday near Ouallam during a joint operation
with French forces, the defence ministry said in a statement read on state television.
Several other "terrorists" were killed and motorbikes and weapons seized, it said.

A second man, Boubacar Sidibe, described as the group's logistics officer for the area,
was arrested the following day in Banibangou, near the border with Mali, the statement
added.

Defence Minister Ousmane Hama told journalists the operation showed that the army "has
regained the initiative" after a string of attacks on military camps. In December,
jihadists killed more than 70 soldiers in a single assault on the Inates camp, and in
January dozens more died at Chinagodrar.

Those attacks were claimed by ISGS, whose local chief in the tri-border area between
Niger, Mali and Burkina Faso was identified in a recent United Nations report as
Abdoulaziz al-Fulani.

Ardo Hama Souley, a Fulani community leader in Ouallam, said herders in the area were
caught between the army and the jihadists. "If you refuse to pay the jihadists, they
kill you. If the soldiers find you with them, they arrest you," he said.

The Tillaberi region, which borders both Mali and Burkina Faso, has been under a state
of emergency since 2017. Humanitarian agencies say tens of thousands of people have been
displaced there over the past year.

The army did not say whether Dicko's deputy, who had been with him in the weeks before
the raid, was among those killed.

The claims could not be verified independently because access to the area is restricted.

bur-pid/fb
""",
[L("Amadou Dicko", ["Bakary"], "killed", "Niger", "Tillaberi"),
 L("Boubacar Sidibe", [], "captured", "Niger", "Tillaberi"),
 L("Abdoulaziz al-Fulani", [], "mentioned")]))

ARTS.append(A("ho_015", "2024-04-15",
"Burkina: terrorist chief 'Abou Houzeifa' neutralised in Oudalan",
"""
OUAGADOUGOU - The Burkinabe armed forces say they have neutralised a senior leader of
the Islamic State group in the Sahel region of the country during an operation last week
in Oudalan province.

Seydou Barry, alias Abou Houzeifa, was killed on Wednesday in an air and ground operation
near Markoye, close to the border with Niger and Mali, according to a communique read on
national television RTB on Saturday. The army said he had coordinated attacks on
military posts and civilians in Oudalan and Seno provinces since 2021.

The communique said a second man, Hamidou Tamboura, described as a supplier of fuel and
motorbikes to the group, was taken into custody in Gorom-Gorom on Thursday.

The army's announcement comes months after it declared another leader of the group,
Alhousseini Dicko, killed in an air strike in the same area. Dicko reappeared alive in a
propaganda video distributed by the group in February, and the army has not commented
further on his fate.

Residents of Gorom-Gorom reached by telephone said the town had been under a blockade
for several weeks, with trucks unable to bring in food. "Prices have tripled," said a
trader who asked that his name not be published for security reasons.

The transitional authorities led by Capt. Ibrahim Traore have made the fight against
armed groups their priority since taking power in September 2022, recruiting tens of
thousands of civilian auxiliaries, the Volunteers for the Defence of the Homeland (VDP).
Rights groups have accused soldiers and VDP members of killing civilians in several
operations, accusations the authorities reject.

Burkina Faso faces two jihadist movements: the al-Qaeda-linked JNIM, which is active in
most of the country, and the Islamic State Sahel Province, strongest in the northeast.

Independent verification of the army's claims is difficult because access to the
region is restricted and journalists face pressure from the authorities.
""",
[L("Seydou Barry", ["Abou Houzeifa"], "killed", "Burkina Faso", "Sahel"),
 L("Hamidou Tamboura", [], "captured", "Burkina Faso", "Sahel"),
 L("Alhousseini Dicko", [], "mentioned")]))

ARTS.append(A("ho_016", "2020-06-03",
"Libyan forces arrest senior IS official in Sabha raid",
"""
TRIPOLI - Libyan security forces arrested a senior member of the Islamic State group in
the southern city of Sabha on Tuesday, and a second militant blew himself up to avoid
capture during the same raid, military officials said.

Mahmoud Masoud al-Baraasi, also known as Abu Suhaib al-Libi, was detained in a house in
Sabha's al-Mahdiya neighbourhood after a brief exchange of fire, Brig. Naji al-Farjani,
commander of the unit that carried out the operation, said in a video statement.

Al-Farjani said al-Baraasi was responsible for the group's finances in southern Libya
and had organised the movement of fighters across the borders with Niger and Chad.

His bodyguard, an Egyptian national named Hamdi Abdelaziz Sayed, detonated an explosive
belt as troops entered the building, killing himself and wounding two soldiers, al-Farjani
said.

The raid is the latest in a series of operations against IS remnants in the Fezzan, the
vast southern region where the group regrouped after losing its stronghold in Sirte in
December 2016. The group's former leader in the south, known as Abu Yunus al-Masri, was
killed in a 2019 US air strike near Murzuq, according to US Africa Command.

Residents said roads in central Sabha were closed for several hours. A local elder,
Hajj Mansour al-Hasnawi, said residents had long suspected that the house was used by
"strangers" but were afraid to report it.

Libya has been split between rival administrations in the east and west since 2014, and
the south has largely been left to local armed groups. Analysts say IS has exploited the
vacuum to rebuild small cells that smuggle weapons and raise money through kidnappings.

The United Nations said on Monday it was concerned about renewed fighting around Tripoli
and called on both sides to return to talks.
""",
[L("Mahmoud Masoud al-Baraasi", ["Abu Suhaib al-Libi"], "captured", "Libya", "Sabha"),
 L("Hamdi Abdelaziz Sayed", [], "killed", "Libya", "Sabha"),
 L("Abu Yunus al-Masri", [], "killed", "Libya", "Murzuq")]))

ARTS.append(A("ho_017", "2019-06-26",
"Saudi, Yemeni forces capture Islamic State leader in Yemen's Mahra",
"""
ADEN (Reuters) - Saudi and Yemeni special forces have captured the leader of Islamic
State's Yemen branch and several of his aides in a raid in the eastern province of
al-Mahra, the Saudi-led coalition said on Tuesday.

The operation, carried out on June 3 but only announced now, seized Abu Sufyan al-Adeni,
whom the coalition described as the group's emir in Yemen, along with the branch's chief
financial officer, identified as Ali Nasser Bahaj, and three other members of the group.
No coalition personnel were hurt, it said.

The house targeted in the raid had been under surveillance for a week, a coalition
statement said. Women and children present were unharmed and were handed over to local
authorities.

Islamic State emerged in Yemen in 2015 with a string of suicide bombings at mosques in
Sanaa, but it has remained much smaller than al Qaeda in the Arabian Peninsula (AQAP). The
two groups have fought each other repeatedly in al-Bayda province, where a senior Islamic
State commander, Nasser Salem al-Awlaqi, was killed in clashes with AQAP near Qayfa last
year.

AQAP, whose commanders include Abu Ali al-Hadrami, has accused the smaller group of
dividing the jihadist movement in Yemen, while Islamic State has branded AQAP fighters
apostates.

A local official in al-Mahra, Saeed Kalashat, said the raid took place in a village near
the provincial capital al-Ghayda. He said the men had arrived in the area months earlier
posing as traders.

Yemen has been at war since 2015, when the Saudi-led coalition intervened against the
Iran-aligned Houthi movement that had ousted the internationally recognised government
from Sanaa. The conflict has killed tens of thousands of people and pushed millions to
the brink of famine.

(Reporting by Salem Baqadir; Writing by Nadia Rahal; Editing by Tom Ashworth)
""",
[L("Abu Sufyan al-Adeni", [], "captured", "Yemen", "Al Mahrah"),
 L("Ali Nasser Bahaj", [], "captured", "Yemen", "Al Mahrah"),
 L("Nasser Salem al-Awlaqi", [], "killed", "Yemen", "Al Bayda")]))

ARTS.append(A("ho_018", "2023-05-08",
"Turkish police detain suspected ISIS 'Türkiye wali' in Istanbul operation",
"""
ISTANBUL - Turkish police have detained a man described as the Islamic State group's
top official for Türkiye in a raid in Istanbul, along with 14 other suspects, security
sources said on Monday.

Omar Ayman al-Hadidi, codenamed "Abu Zeyd", was taken into custody at an apartment in the
Esenyurt district following a joint operation by Istanbul police counterterrorism units
and the National Intelligence Organization (MIT), the sources said. They said he had
entered Türkiye illegally from Syria last year using forged documents.

In a simultaneous operation in the southeastern province of Gaziantep, police detained
Mehmet Emin Öztürk, a Turkish citizen suspected of transferring money from sympathisers
in Türkiye to militants in Syria.

According to the sources, the cell had received instructions until 2019 from Abu Wafa
al-Tunisi, a senior ISIS official who was killed in a coalition airstrike in Syria that
year. Investigators were also seeking Halil Aksoy, a Turkish citizen suspected of
smuggling foreign fighters across the border, who is believed to be in Syria.

The Interior Ministry said in a written statement that digital materials and
organisational documents were seized during the searches. The suspects were referred to
the courthouse after procedures at police headquarters, it said.

Türkiye, which was hit by a series of deadly ISIS attacks in 2015-2017 including the
bombing of Ankara's main train station and the New Year's nightclub shooting in Istanbul,
has detained thousands of suspected members of the group in recent years.

Security analyst Kerem Aydin said the latest arrests suggested the group was trying
to rebuild financial networks inside the country. "Türkiye is used less as a
battlefield and more as a logistics hub," he said.

Share this article
""",
[L("Omar Ayman al-Hadidi", ["Abu Zeyd"], "captured", "Turkey", "Istanbul"),
 L("Mehmet Emin Öztürk", [], "captured", "Turkey", "Gaziantep"),
 L("Abu Wafa al-Tunisi", [], "killed", "Syria", None),
 L("Halil Aksoy", [], "mentioned")]))
