"""Closed word lists: capitalised words that are not names, titles, honorifics.

These are words of the genre (titles, organisations, calendar words), never names of
people: who is an ISIS member is decided by the context rules in :mod:`.roles`.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Ranks and offices that make a name a government/army person ("General X", "President X").
STRONG_TITLES = _words(
    "general gen gen. lt lt. lieutenant colonel col col. major maj maj. brigadier brig brig. captain "
    "capt capt. sergeant sgt sgt. admiral adm adm. commodore marshal president vice-president "
    "minister secretary senator sen sen. rep rep. representative congressman congresswoman "
    "ambassador mayor king queen prince pope chancellor premier governor gov gov. envoy "
    "commissioner inspector director judge justice prosecutor mr mr. mrs mrs. ms ms. dr dr. "
    "professor prof prof. pastor father bishop reverend rev rev. superintendent constable "
    "spokesman spokeswoman spokesperson prophet private pvt pvt. pte pte. corporal cpl cpl."
)
#: Words before a name that are not part of it but say "this is a name" (a nom de guerre).
HONORIFICS = _words("sheikh shaikh shaykh mullah mulla maulvi mawlawi mawlana maulana qari hafiz haji hajji "
                    "emir amir imam ustadh ustaz ustadz mufti")
#: Capitalised words that never belong to a person's name in this genre.
STOP = _words(
    # function words and sentence openers
    "the a an in on at of for from to by with and or but as if after before during since "
    "among according other another also however though although despite while when where "
    "this that these those it its he she his her they their them we our us you i one two three "
    "four five six seven eight nine ten several some many most all both each every no not "
    "first second third last next new old former late early earlier later then thus so yet meanwhile "
    "widely better popularly locally commonly grand "
    "separately still only once there here what which who whom whose why how about around near "
    "over under into onto across between against within without upon via per amid amidst "
    "inside outside throughout beyond along behind toward towards "
    "including following because until unless whether initial extensive elite "
    "ultimately eventually finally recently reportedly overall additionally further moreover "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    # people-group and adjective words
    "american americans us u.s u.s. usa syrian syrians iraqi iraqis kurdish kurds kurd arab arabs "
    "turkish russian russians iranian iranians afghan afghans somali somalis nigerian nigerians "
    "libyan yemeni mozambican congolese malian nigerien burkinabe egyptian jordanian lebanese "
    "pakistani filipino philippine tunisian saudi british french german european western eastern "
    "turk turks uzbek uzbeks tajik tajiks kazakh kazakhs kyrgyz uighur uyghur asian asians african africans "
    "bahraini emirati qatari kuwaiti omani sudanese eritrean ethiopian kenyan tanzanian chadian "
    "cameroonian senegalese mauritanian algerian moroccan dagestani azerbaijani indonesian malaysian "
    "bangladeshi indian maldivian belgian dutch swedish danish norwegian spanish italian portuguese "
    "bosnian albanian kosovar canadian australian ugandan rwandan burundian zambian gambian guinean "
    "ivorian beninese togolese ghanaian georgian georgians chechen chechens azeri azerbaijanis armenian ingush "
    "circassian tatar tatars serbian croatian macedonian swiss austrian finnish irish polish czech romanian "
    "bulgarian greek cypriot israeli palestinian palestinians chinese japanese korean thai burmese rohingya "
    "nepali mexican brazilian venezuelan trinidadian djiboutian zimbabwean malawian angolan gabonese "
    "comorian malagasy "
    "northern southern central north south east west northeast northwest southeast southwest "
    "middle upper lower greater islamic islamist jihadi jihadist jihadists muslim muslims islam "
    "sunni shia shiite shiites christian christians yazidi yazidis alawite druze allah god "
    "caliph caliphate wilayat wilaya province provincial state states"
    # organisations and institutions
    " isis isil is daesh iswap iskp isgs iscap eigs eiao is-k isis-k qaeda al-qaeda al-qaida qaida shabaab "
    "shabab al-shabaab al-shabab nusra al-nusra tahrir hayat hayat tahrir al-sham hts taliban "
    "haqqani boko haram ansar ansaru jamaat jama'at jnim wagner hashd shaabi kataib hezbollah "
    "mourabitoun al-mourabitoun murabitoun al-murabitoun katiba katibat "
    "hizbollah houthi houthis peshmerga ypg sdf pkk asayish pmf amaq al-naba naba "
    "centcom uscentcom africom socom pentagon treasury congress parliament government army armies "
    "navy forces force troops command central department ministry council service services "
    "agency office committee coalition group organization organisation network front movement directorate "
    "party observatory human rights watch democratic republic national international united "
    "nations security defense defence intelligence military police special operations operation task "
    "joint combined resolve inherent white house brigade brigades division battalion regiment unit "
    "units corps cell cells news press times post journal media television radio tv reuters afp ap "
    "public information staff readers local elements rapid intervention autonomous administration durand line "
    # news agencies that wire reports name in their datelines and attributions: "Bamako (Lusa) -"
    "lusa efe ansa dpa xinhua tass interfax anadolu kyodo yonhap bernama irna "
    "echo online tribune herald gazette chronicle wire "
    "cnn bbc fox nbc abc cbs telegram twitter facebook youtube getty images image photo photos "
    "credit monitor university institute center centre foundation project program programme fund "
    "bank airport base camp prison hospital medical mosque church school court bridge dam field "
    "river valley mountain mountains mount lake desert region district governorate city village "
    "town hamlet area zone border capital county county's island islands peninsula gulf sea ocean "
    "street road highway square market hotel palace embassy consulate headquarters "
    "reward justice rewards fbi cia dod dhs doj nctc un nato eu au amisom atmis ecowas sadc "
    "mnjtf misahel minusma barkhane takuba fatf swat isf cts ctg inis niss "
    # headline and report vocabulary
    "breaking update exclusive analysis opinion editorial report reports statement video share "
    "read more related subscribe advertisement print email click sign log home world politics "
    "live latest top leader leaders commander commanders official officials member members "
    "militant militants fighter fighters terrorist terrorists insurgent insurgents raid raids "
    "strike strikes airstrike airstrikes attack attacks kills killed killing dies dead death "
    "captured arrested detained wounded named identified described soldier soldiers colonel general president minister "
    "secretary senator spokesman spokesperson governor deputy chief head emir amir sheikh "
    "mr mrs ms dr gen lt col maj capt sgt brig adm rep sen gov prof africa allied residents analysts "
    "speaking citing quoting referring responding commenting noting asked prime "
    "farmers even hours witnesses sources officials sahara sahel levant maghreb khorasan "
    "greater asia europe "
    # words of courts' and agencies' names: "the Higher Regional Court", "the Federal Criminal Police Office"
    "federal supreme higher regional appellate appeals constitutional senate "
    # names of movements and their institutions, never of a person
    "mobilisation mobilization hisba hisbah dawlah dawla islamiyah islamiya jama'atu ahlis sunna lidda'awati "
    "wal-jihad qaid qa'id"
    # words of institutions' names: "the Criminal Investigation and Detection Group", "the Anti-Terrorism Act"
    " criminal investigation investigations detection act law laws anti-terrorism"
    # words of bodies', reports' and schools' names: "the Analytical Support and Sanctions Monitoring
    # Team", "the Counter-Terrorism Service", "Tehrik-e Taliban", "Hurras al-Din", "a Secondary School"
    " support sanctions monitoring team counter-terrorism counterterrorism tehrik-e tehreek-e hurras"
    " secondary"
    # rivers that name a bank or a valley, never a person: "the east bank of the Euphrates"
    " euphrates tigris khabur orontes balikh"
    # French and Portuguese words of outlets' and operations' names: "(Carta de Cabo Delgado)",
    # "the operation « Colère de Bohoma »"
    " carta colère colere opération operação operacao"
    # the Taliban's word for the Islamic State's men: 'a commander of the Daesh "Khawarij"'
    " khawarij khawarej kharijites"
    # words of armed bodies' names, never of a person's: "the Caucasus Emirate", "Jund al-Khilafa",
    # "Jamaah Ansharut Daulah", "the Republican Guard", "Jaish al-Islam", "Ahrar al-Sham"
    " emirate emirates guard guards jund khilafa khilafah jamaah jemaah jama'ah ansharut ansharud"
    " mujahideen mujahidin jaish liwa harakat ahrar"
    # words of police and courts' names abroad: "the General Commissariat of Information", "the
    # Audiencia Nacional", "the gendarmerie"
    " commissariat gendarmerie prefecture préfecture tribunal audiencia nacional information"
    # South Asian armed bodies written as one hyphenated word ("a former Lashkar-e-Jhangvi militant"),
    # and the French spelling of Daesh
    " lashkar-e-jhangvi lashkar-e-taiba lashkar-e-tayyiba lashkar-e-islam jaish-e-mohammed jaish-e-muhammad"
    " jaish-ul-adl jundallah daech"
    # words of waterways' and militias' names: "west of the Suez Canal", "the Union of Sinai Tribes"
    " canal tribes"
)
#: ... and the plurals of its people words: "foreign fighters - Ethiopians, Tanzanians, Moroccans".
STOP = STOP | {w + "s" for w in STOP if w.endswith(("an", "i")) and len(w) > 4}
#: Lower-case particles that may stand alone inside a name ("Osama bin Laden").
INNER_PARTICLES = _words("bin ibn bint ben abu abd al el de da dos ould van von ul ud")
