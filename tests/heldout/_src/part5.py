"""Extra paragraphs added to originals: id -> list of (insert_after_prefix, paragraph, leaders)."""
from common import L

EXTRAS = {
 "ho_003": [("A third militant,",
  """The strike came two weeks after Iraqi forces said they had arrested an Islamic State
  courier, Marwan Abbas al-Tamimi, in a raid in northern Iraq. Officials said at the time
  that he carried messages between cells in Hamrin and commanders in the western desert.""",
  [L("Marwan Abbas al-Tamimi", [], "captured", "Iraq", None)])],
 "ho_004": [("The group's previous Diyala chief",
  """Diyala, a mixed province of Sunni Arabs, Shiites and Kurds, has seen a string of
  sectarian killings in recent years, and local officials accuse armed groups of
  exploiting the militant threat to settle scores. Human rights groups have documented
  revenge attacks on Sunni villages after IS ambushes.""", [])],
 "ho_006": [("The Islamic State faction in Somalia",
  """The operation comes months after a U.S. airstrike in northern Somalia killed
  Abdirashid Yusuf Ali, an ISIS logistics officer accused of smuggling weapons and
  explosives from Yemen across the Gulf of Aden, according to U.S. Africa Command.""",
  [L("Abdirashid Yusuf Ali", [], "killed", "Somalia", None)])],
 "ho_008": [("ISWAP split from Boko Haram",
  """The army has reported the deaths of several ISWAP commanders this year. In February,
  it said troops had killed Bukar Mainok, a bomb maker for the group, in an ambush in
  northeast Nigeria, though it did not say exactly where. Independent verification of
  such claims is rarely possible because of restrictions on access to the area.""",
  [L("Bukar Mainok", [], "killed", "Nigeria", None)])],
 "ho_009": [("Rwanda deployed troops",
  """The conflict has also delayed a multibillion-dollar liquefied natural gas project on
  the Afungi peninsula near Palma, where the French energy company TotalEnergies declared
  force majeure after the 2021 attack. Officials say work cannot resume until the
  security situation improves across the northern districts.""", [])],
 "ho_013": [("The Islamic State in the Greater Sahara",
  """Mali's military rulers, who seized power in 2020 and again in 2021, have turned to
  Russian military instructors after relations with France collapsed. Western governments
  and rights groups say the Russian contractors, widely reported to belong to the Wagner
  group, have taken part in abuses against civilians, accusations Bamako rejects.""", [])],
 "ho_014": [("A second man, Boubacar Sidibe",
  """Police in the capital also arrested a suspected ISGS recruiter, Souleymane Hamidou,
  at a bus station in Niamey on Sunday as he was preparing to travel west with three
  young men, a security source told AFP.""",
  [L("Souleymane Hamidou", [], "captured", "Niger", "Niamey")])],
 "ho_016": [("The raid is the latest",
  """Libyan investigators have said that several of the group's members in the south
  fought in Sirte and escaped when forces loyal to the Tripoli government retook the city
  after a months-long battle. Others, they say, came from neighbouring countries through
  desert smuggling routes that have been used for decades to move fuel, cigarettes and
  migrants.""", [])],
 "ho_018": [("According to the sources, the cell",
  """The operation follows the detention in January of Yusuf Koç, a suspected ISIS member
  deported from Syria, by police in the western province of Izmir. Prosecutors say he
  had received military training in Raqqa in 2015.""",
  [L("Yusuf Koç", [], "captured", "Turkey", "Izmir")])],
 "ho_024": [("The vast desert of Anbar",
  """Iraqi officials say the militants have used the valleys of the Anbar desert, such as
  Wadi Horan, as hiding places since the fall of the group's last urban strongholds, moving
  at night in small groups and relying on shepherds and smugglers for supplies.""", [])],
 "ho_026": [("Kirkuk and the surrounding province",
  """Residents of Daquq district say farmers have lost crops to arson attacks blamed on
  the group, which has burned wheat fields during the harvest season in each of the past
  two years. Local officials say many families have moved to the city of Kirkuk.""", [])],
 "ho_027": [("Iraqi forces have conducted frequent raids",
  """Security officials say the group has shifted to small cells of three to five men,
  who operate from remote orchards and desert valleys, and rarely communicate by phone.
  Investigators rely on informants and seized ledgers to map the remaining networks.""", [])],
 "ho_028": [("The raid was the latest",
  """In a separate operation in eastern Syria on Thursday, U.S. forces and the Syrian
  Democratic Forces captured Hamad Ubayd al-Dandal, an ISIS facilitator who CENTCOM said
  had helped smuggle weapons to cells along the Euphrates.""",
  [L("Hamad Ubayd al-Dandal", [], "captured", "Syria", None)])],
 "ho_032": [("ISIS-K's ranks have been swelled",
  """The Taliban have also carried out raids in Nangarhar province, the group's former
  stronghold, where residents have reported bodies left hanging at crossroads with notes
  accusing the dead of belonging to Islamic State. Rights groups say some of those killed
  were civilians with no link to the group.""", [])],
 "ho_034": [("He added that troops arrested",
  """In neighbouring Yobe State, troops also arrested Mohammed Lawan, a suspected ISWAP
  informant, in Buni Yadi on Monday, Adeleke said. He was said to have been passing
  information on troop movements to the group.""",
  [L("Mohammed Lawan", [], "captured", "Nigeria", "Yobe")])],
 "ho_037": [("Southern African Development Community",
  """Humanitarian agencies say more than half a million people remain displaced in
  Cabo Delgado and neighbouring Niassa and Nampula provinces. Aid workers say food
  distributions have been cut in several districts because of funding shortfalls.""", [])],
 "ho_015": [("Burkina Faso faces two jihadist",
  """The army has announced the deaths of dozens of jihadist commanders since 2022, but
  the claims are rarely accompanied by evidence. In several cases, men declared dead have
  later appeared in propaganda material.""", [])],
 "ho_017": [("AQAP, whose commanders include",
  """The United States has carried out drone strikes against both groups in Yemen for
  years. Washington designated Islamic State's Yemen branch a terrorist organisation in
  2016, and has offered rewards for information on several of its members.""", [])],
 "ho_010": [("The joint UPDF-FARDC offensive",
  """The UN peacekeeping mission in Congo, MONUSCO, has said attacks attributed to the ADF
  killed more than 1,000 civilians in North Kivu and Ituri last year, making it the
  deadliest armed group in the country's east.""", [])],
}
