from common import A, L

ARTS = []

ARTS.append(A("ho_028", "2023-06-17",
"US raid in northern Syria kills ISIS official tied to plots in Europe",
"""
WASHINGTON (AP) - U.S. forces killed a senior Islamic State group official in a
helicopter raid in northern Syria early Friday, the U.S. military said, describing the
man as a planner of attacks in the Middle East and Europe.

U.S. Central Command identified him as Walid Shihab al-Bakkar and said he was killed in
the Jarablus area of Aleppo province, near the Turkish border. An ISIS associate was
detained during the raid, the command said, without naming him.

"The death of this senior official will temporarily disrupt ISIS's ability to plot and
carry out terror attacks," Lt. Col. Aaron Tate, a CENTCOM spokesman, said in a statement.
No U.S. service members were wounded, he said, and there was no indication that civilians
had been harmed.

Two U.S. officials said the raid had a second target, a man identified as Abu Huzaifa
al-Yemeni, who was believed to be al-Bakkar's link to operatives abroad. He was not at the
site when the troops landed, one of the officials said, and his whereabouts are unknown.

The Jarablus area is controlled by Turkish-backed Syrian opposition factions. Mahmoud
Ezzo, a spokesman for one of the factions, said his fighters had not been informed of the
operation in advance and learned about it from residents.

The raid was the latest in a series of U.S. operations against ISIS leaders in northern
Syria this year. In April, a U.S. drone strike killed Hudhayfa Nasser al-Qasim, an ISIS
official CENTCOM said was involved in planning attacks in Europe, in Idlib province.

The U.S. has about 900 troops in Syria, most of them in the northeast, where they work
with the Kurdish-led Syrian Democratic Forces. The Pentagon says ISIS, although defeated
on the battlefield in 2019, continues to recruit and to plot attacks from Syria and Iraq,
and that the thousands of ISIS fighters held in SDF-run prisons remain a long-term risk.

CENTCOM said it would release further details after completing an assessment.
""",
[L("Walid Shihab al-Bakkar", [], "killed", "Syria", "Aleppo"),
 L("Abu Huzaifa al-Yemeni", [], "mentioned"),
 L("Hudhayfa Nasser al-Qasim", [], "killed", "Syria", "Idlib")]))

ARTS.append(A("ho_029", "2023-06-17",
"Residents describe night of helicopters as US forces kill ISIS figure near Jarablus",
"""
Residents of a village near the northern Syrian town of Jarablus said they were woken
after midnight on Friday by the sound of helicopters, followed by loudspeaker calls in
Arabic ordering the occupants of a farmhouse to come out.

The U.S. Central Command later said its forces had killed Waleed Shehab al-Bakkar, a
senior member of the Islamic State group. Residents said the man had lived in the house
in the village of al-Ghandoura, in the eastern countryside of Aleppo, for about a year,
and was known locally as Abu Shihab al-Homsi.

"He said he was a car dealer from Homs," said a neighbour, who asked that his name not be
used. "He was polite and went to the mosque on Fridays. Nobody knew anything."

CENTCOM also said its forces had detained Mustafa Hamdo al-Abdo, who it said worked as the
official's courier, carrying messages and cash to ISIS cells in the area. His relatives
could not be reached for comment.

According to residents, the exchange of fire lasted less than 15 minutes. The bodies of
al-Bakkar and of another man were taken away by the helicopters, which left before dawn.
Al-Bakkar's wife and children were left unharmed in the house, they said.

The head of the local council in al-Ghandoura, Abdulkader Hamadi, said the council had not
been informed in advance of the raid. "We found out like everyone else, from the noise,"
he said.

The area has been held since 2016 by Syrian factions backed by Turkey, which launched an
operation against ISIS there at the time. Opposition factions have arrested several ISIS
suspects in the area in recent years, and residents say members of the group have moved
there from eastern Syria, blending in with hundreds of thousands of displaced people.

U.S. forces carried out a similar raid in a village in the Aleppo countryside in April,
and in February 2022 U.S. commandos attacked the hideout of the group's then leader in
Idlib province. The U.S. says such raids rely on months of intelligence gathering.

This report was produced with the help of a correspondent in Jarablus.
""",
[L("Waleed Shehab al-Bakkar", ["Abu Shihab al-Homsi"], "killed", "Syria", "Aleppo"),
 L("Mustafa Hamdo al-Abdo", [], "captured", "Syria", "Aleppo")]))

ARTS.append(A("ho_030", "2025-02-14",
"US strike in Somalia's Golis mountains kills ISIS financier, AFRICOM says",
"""
MOGADISHU - A U.S. airstrike in northeastern Somalia killed a senior financier of the
Islamic State group's Somali branch, U.S. Africa Command said on Thursday, as Puntland
forces pressed a ground offensive against the militants in the same area.

AFRICOM said the strike on Tuesday, carried out in coordination with the federal
government of Somalia, hit a position in the Golis mountains, southeast of Bosaso in
Bari region. It named the dead man as Abdiqani Ahmed Farah, also known as Abu Hamdi, and
said he had managed revenue for the group and sent money to affiliates elsewhere in
Africa.

"The command's initial assessment is that no civilians were injured or killed," the
statement said.

Puntland officials said separately that their forces had captured Tariq Bashir
al-Maghribi, a Moroccan national, during an assault on a militant base near Balidhidin,
also in Bari region. Another fighter, Hassan Abdi Gure, was wounded in the same assault
and taken into custody; he is being treated under guard at a military hospital in Bosaso,
the officials said.

Foreign fighters from North Africa, Ethiopia and the Gulf have travelled to Puntland in
growing numbers over the past two years, according to Puntland security officials, who
say the group now relies on them to fill its ranks.

The Puntland offensive, launched in December, has pushed the militants out of several
valleys in the Cal Miskaad range. The regional government says hundreds of fighters have
been killed, figures that cannot be independently verified. The group's leader in Somalia,
a veteran cleric who broke away from al-Shabaab in 2015, is believed to be among those
still hiding in the mountains along with his deputy.

Bari's governor told local radio that displaced families had begun to return to some
villages. "The road to Balidhidin is open again for the first time in months," he said.

AFRICOM has carried out several strikes against the Islamic State in Somalia this month,
following a marked increase in U.S. operations in the country.

(Agencies)
""",
[L("Abdiqani Ahmed Farah", ["Abu Hamdi"], "killed", "Somalia", "Bari"),
 L("Tariq Bashir al-Maghribi", [], "captured", "Somalia", "Bari"),
 L("Hassan Abdi Gure", [], "captured", "Somalia", "Bari")]))

ARTS.append(A("ho_032", "2021-11-22",
"Taliban say they killed Islamic State intelligence chief in Kabul raid",
"""
KABUL - Afghanistan's Taliban rulers said on Sunday their forces killed a senior Islamic
State commander in a raid in the capital, Kabul, as the new government battles a wave of
bombings and assassinations claimed by the group's local affiliate.

Mawlawi Bilal Muhajir, described by the Taliban as the Islamic State-Khorasan (ISIS-K)
official in charge of intelligence for Kabul, was killed in a gunfight at a house in the
city's 17th police district late on Saturday, Taliban spokesman Mawlawi Abdul Wahid Rasikh
said. Two Taliban fighters were wounded.

Rasikh also said Taliban intelligence had arrested Qari Zahid Safi, an ISIS-K commander
accused of organising attacks on Taliban checkpoints, in the Sarkani district of eastern
Kunar province on Friday.

The group has stepped up attacks since the Taliban seized power in August, including a
suicide bombing at Kabul airport during the U.S.-led evacuation that killed scores of
Afghans and 13 U.S. service members.

Days after the airport bombing, a U.S. drone strike in Kabul targeted what American
officials said was an ISIS-K facilitator, Amanullah Kochai. The Pentagon later
acknowledged that the strike had instead killed ten civilians, among them an aid worker,
Nasir Ahmadzai, and several children. Kochai's fate is unknown.

ISIS-K's ranks have been swelled by militants who escaped from prisons when the Taliban
took over. Among those freed was the group's former leader, Qari Nasim Orakzai, who had
been arrested by the previous government's intelligence service in Kabul in 2020.

Analysts say the Taliban, which is trying to win international recognition, is eager to
show it can contain the threat. "The Taliban were an insurgency for twenty years; now they
are on the other side," said Nazifa Sultani, a Kabul-based researcher.

The Taliban did not provide evidence to support their account, and it could not be
independently verified.
""",
[L("Bilal Muhajir", [], "killed", "Afghanistan", "Kabul"),
 L("Qari Zahid Safi", [], "captured", "Afghanistan", "Kunar"),
 L("Amanullah Kochai", [], "mentioned"),
 L("Qari Nasim Orakzai", [], "captured", "Afghanistan", "Kabul")]))

ARTS.append(A("ho_033", "2019-11-19",
"Hundreds of IS fighters and families surrender in eastern Afghanistan",
"""
JALALABAD, Afghanistan (AFP) - Hundreds of Islamic State fighters and their relatives
have surrendered to Afghan forces in eastern Nangarhar province in recent days, officials
said Tuesday, in what they described as a major blow to the jihadists' Afghan branch.

More than 200 fighters, along with some 400 women and children, gave themselves up in the
Achin district after weeks of operations by Afghan commandos backed by US air strikes,
said Ahmad Zia Shinwari, a spokesman for the provincial governor.

Among them was Abdul Basir Rahimi, the group's emir for the district, Shinwari said.
Officials also said that a Pakistani commander known only as Ustad Faisal had
surrendered with about 30 of his men.

Earlier in the month, an air strike in the Deh Bala district killed Sheikh Jalaluddin
Mohmand, a former head of the group's sharia court who had been blamed for public
executions in the area, according to Afghan officials.

Images shared by the governor's office showed rows of men sitting on the ground under
guard and piles of weapons. Many of the women and children appeared to be foreigners,
officials said, including citizens of Pakistan, India and Central Asian states.

"This is the end of Daesh in Nangarhar," Shinwari said, using an Arabic acronym for the
group. Analysts cautioned that the group, known as Islamic State Khorasan, could still
carry out attacks in cities, including Kabul and Jalalabad.

The Islamic State's Afghan branch emerged in 2015 and set up strongholds in southern
Nangarhar, where it imposed a brutal rule and fought both government forces and the
Taliban. The Taliban also claimed credit for pushing the group out of several districts
in recent weeks.

Residents of Achin who had fled the fighting said they were eager to return but feared
landmines left behind by the militants.

The Pentagon said in a report this year that the group had between 2,500 and 4,000
members in Afghanistan.

sr-ab/ia
""",
[L("Abdul Basir Rahimi", [], "captured", "Afghanistan", "Nangarhar"),
 L("Ustad Faisal", [], "captured", "Afghanistan", "Nangarhar"),
 L("Jalaluddin Mohmand", [], "killed", "Afghanistan", "Nangarhar")]))

ARTS.append(A("ho_034", "2023-03-09",
"Troops, air force kill ISWAP Lake Chad commander - DHQ",
"""
ABUJA - The Defence Headquarters says troops of Operation Hadin Kai, supported by the
Nigerian Air Force, have killed a top commander of the Islamic State West Africa
Province (ISWAP) on the Lake Chad islands in Borno State.

The Director of Defence Media Operations, Maj. Gen. Bayo Adeleke, told journalists in
Abuja on Thursday that Modu Kallamari, described as ISWAP's "wali" for the Lake Chad
islands, was killed along with his deputy during an air interdiction at Kwatar Daban
Masara last week.

Adeleke said the strike followed "credible intelligence" that ISWAP commanders were
holding a meeting at the location. He said the ground troops later recovered weapons,
motorcycles and fuel.

He added that troops arrested a suspected ISWAP logistics supplier, Abba Kaka Gujba, in
Baga, Kukawa Local Government Area, while he was attempting to transport food items and
drugs to the terrorists.

The spokesman said 14 women and children held captive by the terrorists were rescued
during the operations. One of them, Aisha Modu, told officials that she had been abducted
from Monguno in 2020.

Adeleke also said more than 1,200 terrorists and their families had surrendered to troops
in the North East in the past two weeks.

The Lake Chad islands have served as ISWAP's main base since the group split from Boko
Haram in 2016. The military has intensified air strikes in the area this year.

Adeleke urged members of the public to continue to provide information on the movements
of terrorists, assuring them of confidentiality.

NAN
""",
[L("Modu Kallamari", [], "killed", "Nigeria", "Borno"),
 L("Abba Kaka Gujba", [], "captured", "Nigeria", "Borno")]))

ARTS.append(A("ho_035", "2023-03-10",
"Inside the strike that killed ISWAP's island commander",
"""
When the jets came over Kwatar Daban Masara on the afternoon of March 2, the men gathered
under a tamarind tree had already been there for more than an hour, according to two
fishermen who were on the water nearby.

Among them, sources in the area and intelligence officials told us, was Modu Kalamari, a
Lake Chad native who rose through ISWAP's ranks to become the group's commander for the
islands. Kalamari was killed in the strike, as was his deputy, Abubakar Dan-Buduma, a
member of the Buduma fishing community who had joined the group as a teenager.

A third man, identified by the fishermen as Ba'a Shuwa, was wounded and carried away by
other fighters in a canoe. We were not able to confirm his condition.

The Nigerian military announced on Thursday that Kalamari and "his deputy" had been
killed but did not name the deputy. ISWAP has not commented.

Fishermen said the strike had disrupted trade at Kwatar Daban Masara, a market where
ISWAP collects taxes from fishermen and farmers. "For a week nobody went to the market,"
said one of them, Kachalla Bukar, who has fished on the lake for thirty years. "We pay
the boys, we pay the soldiers. What can we do?"

Under Kalamari, ISWAP tightened its grip on the fish trade, imposing levies on every
carton of smoked fish transported from the islands to markets in Maiduguri and beyond,
according to traders and researchers.

Security analyst Zainab Kolo said the deaths would not change much on the ground. "The
group has a structure. Commanders are replaced within days," he said.

The strike comes amid a fierce rivalry between ISWAP and its former parent group, the
Boko Haram faction known as JAS, which have fought battles for control of the islands
since the death of Boko Haram's longtime leader in 2021.

Reporting for this story was carried out by phone with sources on the Lake Chad shore.
""",
[L("Modu Kalamari", [], "killed", "Nigeria", "Borno"),
 L("Abubakar Dan-Buduma", [], "killed", "Nigeria", "Borno"),
 L("Ba'a Shuwa", [], "wounded", "Nigeria", "Borno")]))

ARTS.append(A("ho_036", "2024-06-05",
"The Islamic State Sahel Province after the juntas: leaders lost, territory gained",
"""
Since the military coups in Mali, Burkina Faso and Niger, the Islamic State Sahel
Province (ISSP) has lost several mid-level commanders. It has also expanded its territory,
its revenue and its appeal. Both facts matter for understanding where the group is going.

Consider the losses first. In 2022, Nigerien troops killed Ikaray Ag Moussa, one of the
group's most experienced field commanders, near Tongo Tongo in the Tillaberi region. In
Mali, the army and its Russian auxiliaries captured Sidi Mohamed Ould Ahmed, a recruiter
and logistician, in Menaka in early 2023. Later that year Abdoul Hakim Ag Mohamed, the
group's judge in the Menaka area, was wounded in a drone strike near Tidermene, according
to local sources. In April, Burkina Faso's army announced the death of Seydou Barry, also
known as Abu Huzayfa, near Markoye in the country's Sahel region.

None of these losses touched the top. ISSP's leader, Ould Hamza al-Ansari, has been in
place since 2022. Rumours in 2023 that he had been killed in an airstrike near the
Malian-Nigerien border proved unfounded; he has since appeared in at least two videos
released by the group.

The gains are more striking. In the Menaka region, ISSP took advantage of the withdrawal
of French forces and then of the United Nations mission to establish near-total control
over rural districts. It collects zakat from herders, arbitrates disputes and has at
times besieged Menaka town itself. In Niger's Tillaberi region, attacks on soldiers have
increased since the July 2023 coup.

"The juntas promised security and have delivered more violence," said Fatoumata Kone,
a researcher at a Bamako-based policy institute. "ISSP benefits from the vacuum left
by the departure of Western partners and from abuses by security forces."

The group's relations with JNIM, al-Qaeda's Sahel affiliate, remain hostile. The two
fought heavily in 2022 and 2023 in Menaka and Gao; since then, clashes have become less
frequent, suggesting a tacit division of territory.

Three implications follow. First, decapitation strikes by the juntas and their partners
have had limited effect on the group's capacity. Second, ISSP's economic base, built on
livestock taxation and smuggling, is growing. Third, the group's ambitions may extend
further south, towards coastal West African states.

Policymakers should avoid reading the announcements of leaders killed as evidence of
strategic progress.
""",
[L("Ikaray Ag Moussa", [], "killed", "Niger", "Tillaberi"),
 L("Sidi Mohamed Ould Ahmed", [], "captured", "Mali", "Menaka"),
 L("Abdoul Hakim Ag Mohamed", [], "wounded", "Mali", "Menaka"),
 L("Seydou Barry", ["Abu Huzayfa"], "killed", "Burkina Faso", "Sahel"),
 L("Ould Hamza al-Ansari", [], "mentioned")]))

ARTS.append(A("ho_037", "2024-05-21",
"Mozambique: senior insurgent 'Mzee Remane' killed in Quissanga, says defence ministry",
"""
PEMBA - Mozambique's defence ministry said on Monday that its forces, working with
Rwandan troops, had killed a senior commander of the Islamic State-linked insurgency in
Cabo Delgado during fighting in Quissanga district.

Abdul Remane Chiposse, a Tanzanian-born commander known as Mzee Remane, was killed on
Friday near the village of Mahate, the ministry said. It said he had led attacks on the
district headquarters of Quissanga and on villages along the coast since 2022.

Troops also captured Juma Muhamudo Saide, a fighter accused of taking part in the
beheading of civilians, in Ancuabe district on Saturday.

The ministry said the operations were part of a wider offensive after insurgents briefly
occupied the town of Macomia earlier this month. It said the security forces were still
hunting Abu Qital, a Tanzanian commander believed to lead the group's fighters in the
Macomia forests.

Fernando Mussa, the traditional chief of Mahate, said villagers had fled into the bush
when the fighting began. "We are used to running," he said. "We come back, we run
again."

Chiposse had fought alongside Ibraimo Selemane Ncuto, one of the insurgency's founding
commanders, who was killed by Rwandan and Mozambican forces in Macomia in 2022, according
to the ministry.

The insurgency, which began in October 2017, has killed more than 5,000 people. The
militants' attacks have delayed a $20 billion liquefied natural gas project led by
TotalEnergies on the Afungi peninsula.

Southern African Development Community troops are due to complete their withdrawal from
Cabo Delgado by July, leaving Rwandan forces as the main foreign military presence in the
province. Analysts warn that the insurgents could exploit any security gaps.

The claims could not be independently verified.
""",
[L("Abdul Remane Chiposse", ["Mzee Remane"], "killed", "Mozambique", "Cabo Delgado"),
 L("Juma Muhamudo Saide", [], "captured", "Mozambique", "Cabo Delgado"),
 L("Ibraimo Selemane Ncuto", [], "killed", "Mozambique", "Cabo Delgado"),
 L("Abu Qital", [], "mentioned")]))

ARTS.append(A("ho_039", "2022-05-10",
"Three months after Ghuwayran: what the prison assault revealed about ISIS in northeast Syria",
"""
In the early hours of January 20, Islamic State fighters detonated car bombs at the gates
of the Ghuwayran prison in Hasakah, setting off ten days of fighting that killed hundreds
of people and became the group's largest operation in Syria since the fall of Baghouz.
Three months on, the picture of who planned the assault, and what became of them, is
clearer.

The man the SDF and the U.S.-led coalition identify as the planner, Abdul Rahman Hamid
al-Hussein, was killed in a coalition strike near al-Shaddadi, in Hasakah's southern
countryside, in March. According to SDF officials, he had spent months organising
sleeper cells in the city's Ghuwayran and Zuhur neighbourhoods and smuggling weapons in
vegetable trucks.

Another organiser, Husayn Mahmud al-Salih, known as Abu Muhammad al-Salih, was arrested by
Asayish forces in Qamishli in February. Investigators say he coordinated communications
between inmates and the attackers outside.

Many of the escaped prisoners were recaptured. One of them, Saddam Awad al-Jumaa, who was
shot during the break-out, was caught days later in Hasakah's Zuhur district, the SDF
said.

The assault also revealed the reach of the group's leadership. Within weeks, U.S. special
forces raided the hideout of ISIS's leader, Abu Sulaiman al-Husseini al-Qurashi, in Atmeh,
in Idlib province, where he blew himself up. The group named his successor in March as
Abu al-Bara al-Hashimi al-Qurashi, about whom very little is known.

Local officials say the prison remains vulnerable. "We are guarding an army with a few
hundred men," said Ciwan Hesen, a guard at the facility. The SDF's general command has
repeatedly asked for international support to build more secure detention facilities.

Three lessons stand out. First, the group's networks in Hasakah were deeper than the SDF
acknowledged. Second, the coalition's air power remains decisive in crises. Third,
without a political solution for the prisoners, the risk of another Ghuwayran remains.
""",
[L("Abdul Rahman Hamid al-Hussein", [], "killed", "Syria", "Al-Hasakah"),
 L("Husayn Mahmud al-Salih", ["Abu Muhammad al-Salih"], "captured", "Syria", "Al-Hasakah"),
 L("Saddam Awad al-Jumaa", [], "captured", "Syria", "Al-Hasakah"),
 L("Abu Sulaiman al-Husseini al-Qurashi", [], "killed", "Syria", "Idlib"),
 L("Abu al-Bara al-Hashimi al-Qurashi", [], "mentioned")]))
