from common import A, L

ARTS = []

ARTS.append(A("ho_001", "2022-03-14",
"US, Kurdish-led forces kill Islamic State official in eastern Syria raid",
"""
BEIRUT (AP) - U.S. special forces and their Kurdish-led partners killed a senior
Islamic State group official and detained his brother in a pre-dawn raid in eastern
Syria on Sunday, American and Kurdish officials said.

The U.S. Central Command identified the dead man as Muhannad Sattam al-Ubaydi, also
known as Abu Bakr al-Shaiti, whom it described as an ISIS Syria Province official
responsible for planning attacks on checkpoints and oil facilities along the
Euphrates River. His brother, Firas Sattam al-Ubaydi, was taken into custody at the
same house in the village of Dhiban in Deir ez-Zor province, the command said.

"This operation removes a key attack planner from the battlefield," said Capt. Brian
Keller, a CENTCOM spokesman. He said no U.S. troops were hurt and that a woman in the
house suffered minor injuries and was treated at the scene.

The Syrian Democratic Forces, the U.S.-backed group that controls much of northeastern
Syria, said its commandos sealed off the village while American helicopters landed in
fields on its edge. SDF spokesman Dilovan Hasso said the exchange of fire lasted about
40 minutes.

Residents of Dhiban reached by telephone said they heard aircraft from around 2 a.m.
One man, who gave his name only as Abu Rami, said the brothers had moved to the village
from Mayadeen two years ago and rarely spoke to neighbors.

Two U.S. officials, speaking on condition of anonymity to discuss operational details,
said planners had also prepared a strike on a second man in the area, a financier they
identified as Abu Dujana al-Hamdani, who is believed to move cash between cells in
Deir ez-Zor and Iraq's Anbar province. That strike was called off at the last minute
because children were seen near his vehicle, one of the officials said.

IS lost the last patch of land it held in Syria in March 2019 at Baghouz, downriver
from Dhiban, but its sleeper cells still stage hit-and-run attacks, particularly in
the Deir ez-Zor countryside, where Arab tribes have long complained of neglect by the
Kurdish-led administration.

The Britain-based Syrian Observatory for Human Rights said the raid was the third such
operation in the province since January and that the brothers had been watched for
weeks before Sunday's landing.
""",
[L("Muhannad Sattam al-Ubaydi", ["Abu Bakr al-Shaiti"], "killed", "Syria", "Deir ez-Zor"),
 L("Firas Sattam al-Ubaydi", [], "captured", "Syria", "Deir ez-Zor"),
 L("Abu Dujana al-Hamdani", [], "mentioned")]))

ARTS.append(A("ho_003", "2023-07-18",
"Iraqi air strike kills Islamic State 'wali' of Diyala, military says",
"""
BAGHDAD, July 18 (Reuters) - An Iraqi air strike in the Hamrin mountains killed
Islamic State's so-called wali, or governor, of Diyala province and another senior
member of the group, the Iraqi military said on Tuesday.

The strike late on Monday hit a cave complex north-east of Baquba that militants had
used as a base for raids on villages in the area, the Joint Operations Command said
in a statement.

It named the dead as Adnan Kadhim Hussein al-Karkhi, who went by the nom de guerre
Abu Musab al-Karkhi and was the group's top official in Diyala, and Sami Jasim
al-Zobaie, who it said ran the province's explosives workshops.

A third militant, Ahmed Fadhil al-Dulaimi, was wounded in the strike and was detained
by counter-terrorism troops who swept the area at dawn, the statement said.

"The terrorist gangs have no safe haven in Hamrin," Brigadier General Karim al-Sudani,
a spokesman for the command, told Reuters by phone. He said the operation relied in
part on intelligence shared by the U.S.-led coalition.

The coalition did not immediately respond to a request for comment.

The Hamrin range, which runs across parts of Diyala, Salahuddin and Kirkuk provinces,
has been one of the last refuges of Islamic State fighters in Iraq since the group's
territorial defeat in 2017. Its rugged terrain and the patchwork of security
responsibilities between the federal army and Kurdish peshmerga have made it hard to
clear.

Diyala governor Adel al-Rubaie said in a televised statement that the strike would
bring relief to farmers who had abandoned orchards in the foothills after a string of
night-time attacks. In May, gunmen killed four shepherds near the town of Mandali.

Iraq declared victory over Islamic State in December 2017, but the group still carries
out sporadic attacks, mostly in rural areas of the north and west.

(Reporting by Omar Hadi; Editing by Nick Faraday)
""",
[L("Adnan Kadhim Hussein al-Karkhi", ["Abu Musab al-Karkhi"], "killed", "Iraq", "Diyala"),
 L("Sami Jasim al-Zobaie", [], "killed", "Iraq", "Diyala"),
 L("Ahmed Fadhil al-Dulaimi", [], "captured", "Iraq", "Diyala")]))

ARTS.append(A("ho_004", "2023-07-19",
"Iraq says IS regional chief among dead in mountain strike",
"""
Baquba (Iraq) (AFP) - Iraqi warplanes killed the Islamic State group's chief for
Diyala province in a strike on a mountain hideout, security officials said, one of
the heaviest blows to the jihadists' remaining cells in Iraq this year.

Adnan Kadhem al-Karkhi, alias Abu Mosab, had headed IS operations in the eastern
province bordering Iran since last year, an officer in the counter-terrorism service
told AFP, asking not to be named because he was not authorised to speak to the media.

Also killed was Sami Jassim al-Zawbaei, who according to the officer built the
roadside bombs used against army patrols on the road between Baquba and Khanaqin.

A third suspect, Ahmad Fadel al-Dulaimi, survived with shrapnel wounds. He was
arrested a few hours later at a hospital in Baquba where he had checked in under a
false name, the officer said.

The Joint Operations Command said the raid was carried out on Monday evening in the
Hamrin mountains, north-east of Baquba, after what it called "accurate intelligence",
and released grainy aerial footage showing explosions on a hillside.

The group's previous Diyala chief, known as Abu Hajer al-Mandalawi, was killed in a
joint operation by Iraqi and coalition forces near Khanaqin in 2021.

"These remnants can no longer hold ground, but they can still kill," said Mustafa
Habib, a Baghdad-based security researcher. "Every time a wali is killed, someone
younger and less known takes his place."

IS overran nearly a third of Iraq in 2014. Baghdad declared it defeated at the end of
2017 after a costly campaign backed by a US-led coalition, but a few thousand fighters
are believed to remain scattered across Iraq and neighbouring Syria, hiding in desert
valleys and in the caves of ranges such as Hamrin, which straddles Diyala,
Salaheddin and Kirkuk provinces.

bur-ah/jsa
""",
[L("Adnan Kadhem al-Karkhi", ["Abu Mosab"], "killed", "Iraq", "Diyala"),
 L("Sami Jassim al-Zawbaei", [], "killed", "Iraq", "Diyala"),
 L("Ahmad Fadel al-Dulaimi", [], "captured", "Iraq", "Diyala"),
 L("Abu Hajer al-Mandalawi", [], "killed", "Iraq", "Diyala")]))

ARTS.append(A("ho_005", "2020-09-22",
"Decapitated but not defeated: Islamic State Khorasan's leadership churn",
"""
When Afghan intelligence officers announced in April that they had arrested Qari
Naseem Orakzai in a rented house on the western edge of Kabul, officials of the
National Directorate of Security presented it as the beginning of the end for Islamic
State Khorasan Province (ISKP). Orakzai, who had led the group for barely a year, was
shown to cameras alongside a handful of aides whose names were never released.

Five months on, that optimism looks premature. ISKP has lost almost all the territory
it once held in the southern districts of Nangarhar, and with it much of its rank and
file. Yet it has repeatedly shown that it can replace commanders faster than Afghan
and American forces can remove them.

The pattern is familiar. In 2019 a drone strike in the Achin district of Nangarhar
killed Mawlawi Abdul Rauf Bajauri, then the group's chief of military operations, yet
bombings in Jalalabad resumed within weeks. Later that year Hafiz Gul Wazir, a
commander who had run ISKP's makeshift prisons in the Mamand valley, surrendered to
Afghan forces in Nangarhar together with dozens of fighters and their families.

The current emir, according to the group's own statements and to United Nations
monitors, is Abu Talha al-Kunari, a former madrassa teacher named to the post in June.
Posts that spread on Afghan social media in August claiming he had died in an airstrike
in Kunar's Chawkay district were denied by the group, and Afghan officials later
conceded that they had no evidence of his death.

"Arrests like Orakzai's disrupt the network for a season, not for good," said Farzana
Nabizada, a researcher at the Kabul-based Center for Conflict Studies. "ISKP's urban
cells are small and compartmentalised. Losing a leader hurts recruitment and money,
but the cells that actually carry out attacks in Kabul often do not even know who the
emir is."

The Taliban, which is negotiating with Washington and fights ISKP on its own account,
complicates the picture. Taliban commanders in Kunar such as Mullah Abdul Sattar Hamdard
claim to have driven the group out of several valleys, claims that are impossible to
verify independently.

For Western governments the question is whether ISKP retains external ambitions.
Its propaganda still addresses audiences in Central Asia and South Asia, and several
plots uncovered in Europe in the past two years were linked to facilitators based in
eastern Afghanistan. A smaller, hunted organisation may be less able to plan such
operations; it may also be more eager to prove its relevance.

The evidence of the past eighteen months suggests that the decapitation strategy buys
time rather than victory. Without a political settlement that reaches the
marginalised valleys of Kunar and Nangarhar, the group is likely to keep finding new
recruits, and new leaders.
""",
[L("Qari Naseem Orakzai", [], "captured", "Afghanistan", "Kabul"),
 L("Abdul Rauf Bajauri", [], "killed", "Afghanistan", "Nangarhar"),
 L("Hafiz Gul Wazir", [], "captured", "Afghanistan", "Nangarhar"),
 L("Abu Talha al-Kunari", [], "mentioned")]))

ARTS.append(A("ho_006", "2024-01-09",
"Puntland forces kill ISIS commander, capture aide in Cal Miskaad offensive",
"""
BOSASO, Somalia - Puntland security forces have killed a senior commander of the
Islamic State group's Somali branch and captured one of his aides during an operation
in the Cal Miskaad mountains of Bari region, officials said on Monday.

Bashir Abdi Warsame, known inside the group as "Kamaludin", was killed on Sunday when
troops of the Puntland Security Force stormed a hillside camp near the village of
Dhadaar, according to a statement from the regional security ministry. The statement
described him as the group's head of recruitment for Bari and neighbouring Sanaag.

His aide, Yasin Hirsi Dualle, was captured alive along with two rifles, a satellite
phone and a notebook of contacts, the ministry said.

A third militant, a foreign fighter identified only as Abu Usama al-Sudani, was
wounded in the exchange of fire but fled deeper into the mountains, according to two
officers who took part in the operation.

"The terrorists thought these mountains would protect them. They were wrong," Security
Minister Abdirahman Jama Farah told reporters in Bosaso. He said operations would
continue "until the last cave is cleared".

Residents of the area have long complained that the militants extort herders and
traders. Sheikh Abdullahi Ugaas Mire, an elder in Dhadaar, said fighters demanded one
goat from every ten and taxed trucks carrying frankincense down from the hills. "People
were afraid to speak," he said.

The Islamic State faction in Somalia split from al-Shabaab in 2015 and has since
survived in the remote ranges south of Bosaso. Its overall leader, a former al-Shabaab
cleric who has not been seen in public for years, is believed to hide in the same
mountains. U.S. officials have described the branch as an important node in the
group's finances, moving money to affiliates elsewhere in Africa.

Puntland has stepped up pressure on the faction in recent months, with clan militias
joining government troops in the valleys around Dhadaar and Balidhidin.
""",
[L("Bashir Abdi Warsame", ["Kamaludin"], "killed", "Somalia", "Bari"),
 L("Yasin Hirsi Dualle", [], "captured", "Somalia", "Bari"),
 L("Abu Usama al-Sudani", [], "wounded", "Somalia", "Bari")]))

ARTS.append(A("ho_008", "2021-05-24",
"Air strikes kill ISWAP commanders near Marte, army says",
"""
MAIDUGURI - The Nigerian military says air strikes and ground assaults have killed two
senior commanders of the Islamic State West Africa Province (ISWAP) near Marte in
Borno State.

In a statement on Sunday, army spokesman Brig. Gen. Emeka Obi said Mustapha Kolo
Bulama, described as ISWAP's "qaid" for the Marte axis, and Abba Goni Tijjani, a
logistics officer for the group, were neutralised on Saturday during an operation
around Kirenowa.

According to Obi, the Nigerian Air Force struck a gathering of fighters before troops
of Operation Hadin Kai moved in. He said several other insurgents were killed and
gun trucks destroyed.

A fourth suspect, Umar Ali Mairambe, who the army said supplied weapons and fuel to
the group, was arrested at a checkpoint on the road to Dikwa on Friday.

The army spokesman added that troops were still verifying reports that Baana Modu, a
feared ISWAP enforcer, had also been killed in the strikes. ISWAP fighters who spoke to
local journalists by phone denied that Baana Modu had been hurt, and a message
circulated by the group on Sunday evening said he was "alive and well".

Borno Governor Kashim Ali, who visited Marte last month, has repeatedly urged the
federal government to return displaced families to their towns. Hauwa Bukar, a mother
of five living in a camp in Maiduguri, said she would not go back until the roads were
safe. "We have gone back before and we ran again," she said.

ISWAP split from Boko Haram in 2016 and has since become the dominant jihadist force in
the Lake Chad region, repeatedly overrunning military bases in northern Borno.

Share this:
""",
[L("Mustapha Kolo Bulama", [], "killed", "Nigeria", "Borno"),
 L("Abba Goni Tijjani", [], "killed", "Nigeria", "Borno"),
 L("Umar Ali Mairambe", [], "captured", "Nigeria", "Borno"),
 L("Baana Modu", [], "mentioned")]))

ARTS.append(A("ho_009", "2022-08-30",
"Cabo Delgado: Rwandan and Mozambican troops kill insurgent leader in Macomia",
"""
Rwandan and Mozambican forces have killed one of the top commanders of the Islamic
State-linked insurgency in Cabo Delgado province, the Rwanda Defence Force said on
Monday.

Ibrahimo Selemane Ncuto was killed during a joint operation in the forests of Macomia
district over the weekend, the RDF said in a statement. He was described as one of the
commanders who led the 2020 occupation of Mocimboa da Praia and the attack on Palma in
March 2021.

In a separate operation, Mozambican police said they had captured Faizal Saide Mussa,
a young man they accused of recruiting fighters for the insurgents in Mocimboa da
Praia. Police spokesman Fernando Tembe said Mussa was arrested on Thursday in the
town's Milamba neighbourhood.

Security sources said a Tanzanian commander known as Abu Kital was wounded during the
fighting in Macomia but escaped northwards with a small group of followers.

"The enemy is weakened but not finished," RDF spokesman Lt. Col. Eric Mugisha told
journalists in Pemba. He said the joint forces had recovered weapons, mobile phones and
documents from the insurgents' camp.

The insurgents, known locally as al-Shabaab but unrelated to the Somali group of the
same name, pledged allegiance to the Islamic State group, which claims their attacks as
the work of its "Mozambique Province". More than 4,000 people have died and nearly a
million have been displaced since the conflict began in October 2017.

Rwanda deployed troops to Cabo Delgado in July 2021 at the request of Mozambique's
government. Forces from the Southern African Development Community are also deployed in
the province.

Local residents welcomed the news. "We want to go back to our machambas," said a farmer
in Macomia town who asked not to be named, referring to the family plots many have not
tended since fleeing.

(Lusa/Club of Mozambique)
""",
[L("Ibrahimo Selemane Ncuto", [], "killed", "Mozambique", "Cabo Delgado"),
 L("Faizal Saide Mussa", [], "captured", "Mozambique", "Cabo Delgado"),
 L("Abu Kital", [], "wounded", "Mozambique", "Cabo Delgado")]))

ARTS.append(A("ho_010", "2023-11-06",
"UPDF says ADF commander killed in Ituri, another captured in Beni",
"""
KAMPALA - Ugandan and Congolese troops have killed a senior commander of the Allied
Democratic Forces (ADF) in eastern Democratic Republic of Congo and captured another in
a separate operation, the Uganda People's Defence Forces said on Sunday.

Hassan Nyanzi Kibirige, alias "Mzee Hassan", was killed on Friday during a clash near
Mambasa in Ituri province, UPDF spokesman Maj. Peter Mugabi said. He described
Kibirige as the head of one of the ADF's mobile units, blamed for a string of massacres
along the road between Mambasa and Komanda.

A second fighter, Yusuf Kabanda, known in the group as "Kabo", was wounded in the same
clash and escaped into the forest, Mugabi added.

In North Kivu province, the joint forces captured Kasimu Lukwago near Eringeti in Beni
territory on Thursday. Lukwago is accused of organising the transfer of recruits from
Uganda to ADF camps.

The ADF, which began as a Ugandan rebel group in the 1990s, has pledged allegiance to
the Islamic State group, which presents its attacks as those of its "Central Africa
Province". The group's Ugandan-born leader has been on U.S. sanctions lists since 2019.

The joint UPDF-FARDC offensive, code-named Operation Shujaa, started in November 2021
after suicide bombings in Kampala that Ugandan authorities blamed on the ADF.

Civil society leaders in Beni say the militants have adapted by splitting into smaller
groups that strike villages further west. "The army goes in one door, the ADF leaves by
another," said Jean-Paul Kasereka, a civil society coordinator in Beni. Dozens of
civilians were killed in attacks near Oicha in October.

Congolese army spokesman Capt. Olivier Mbuyi confirmed the operations but gave no
further details.
""",
[L("Hassan Nyanzi Kibirige", ["Mzee Hassan"], "killed", "Democratic Republic of the Congo", "Ituri"),
 L("Yusuf Kabanda", ["Kabo"], "wounded", "Democratic Republic of the Congo", "Ituri"),
 L("Kasimu Lukwago", [], "captured", "Democratic Republic of the Congo", "North Kivu")]))
