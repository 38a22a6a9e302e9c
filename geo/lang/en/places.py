"""Word lists the matcher uses to tell places from everything else.

General English and newsroom vocabulary, never names from any particular article: what a
capitalised word *is* when it is not a place (a month, an outlet, a title before a person's
name), and the nouns that make a place an actor ("Iran's ambassador") or qualify its kind
("Latakia province").
"""
from __future__ import annotations

MONTHS_DAYS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
""".split())

# News agencies and outlets whose names are also place names somewhere ("SANA" / Sanaa,
# "Al Jazeera" / Jazira). Compared with the whole matched surface, case-insensitively.
OUTLETS = frozenset(x.strip().casefold() for x in """
sana|bbc|reuters|afp|ap|cnn|al jazeera|aljazeera|al arabiya|xinhua|tass|ria novosti|ria|
anadolu|irna|isna|fars|tasnim|ansa|dpa|efe|kyodo|yonhap|npr|fox|nbc|cbs|abc|bloomberg|
guardian|sky|france 24|euronews|dw|voa|rfe|interfax|ukrinform|wafa|petra|mena|qna|kuna|
wam|spa|sohr|nna|lbci|mtv|al manar|al mayadeen|enab baladi|rudaw|kurdistan24|hawar|
times|post|telegraph|independent|observer|herald|tribune|gazette|chronicle|journal
""".replace("\n", "").split("|"))

# A news agency's credit in brackets that closes a dateline with no dash ("Patna, Sep 2 (PTI) Six
# people drowned ...", as Indian and some wire copy writes it).
AGENCY_CREDIT = r"\((?:PTI|IANS|UNI|ANI|AFP|AP|Reuters|Xinhua|dpa|EFE|ANSA|Anadolu|AA|IRNA|Bernama|Antara|Yonhap|Kyodo|TASS|APP|BSS|NNA|WAFA|KUNA|QNA|SPA|WAM)\)"

# The last words of an outlet's name after a place: "Halab Today TV", "Kabul News", "Radio Kismayo"
OUTLET_HEADS = frozenset("tv television radio news today times post herald tribune gazette chronicle journal daily "
                         "network channel".split())

# Words that stand before a person's name: "President Sharaa", "Mr Lund".
TITLES = frozenset("""
mr mrs ms miss dr prof sir dame lord lady president minister secretary premier chancellor
king queen prince princess sheikh sheik emir imam pope rev reverend father general gen
colonel col major maj captain capt lieutenant lt sergeant sgt commander cmdr admiral adm
governor gov senator sen representative rep mayor judge justice ambassador envoy spokesman
spokeswoman spokesperson director chief leader chairman chairwoman officer sheriff deputy
detective inspector investigator trooper constable brig brigadier marshal ayatollah mullah rabbi bishop
archbishop patriarch cardinal saint coach councilman councilwoman councillor councilor alderman
commissioner superintendent professor pastor
""".split())

# Given names that are also places' names: before a capitalised word that is no place's, the two
# are a person ("said Mary Wheeler", "Jordan Dyer, a 17-year-old senior"), and the second word is
# that person later on ("Dyer said"). Not world cities' names (Sydney, Dallas, Austin, Orlando).
GIVEN_NAMES = frozenset("""
mary john james paul peter scott lee taylor jordan lincoln madison tyler chester florence eugene
marion clinton warren douglas franklin hamilton carter morgan kelly logan mason shelby troy milton
vernon wayne grant elizabeth beatrice martha laura bruce ruth esther sarah rebecca clara alice
""".split())

# Kin words that stand before a person's first name in lower case: "his wife Amanda, 38", "their
# son Jordan" (no Amanda, Ohio; no Jordan).
# Given names that are ordinary words too ("a frank talk", "the will of the people"): opening a
# sentence before a name, still more often a first name than the word.
WORD_GIVEN_NAMES = frozenset("""
frank will mark grant bill rob pat sue jack dick ray rose hope faith joy drew wade chase cliff
dale dean gene guy herb hunter jay max miles nick norman penny pierce rich robin sandy stan
summer victor art bud buck cash chip clay cole don earl ernest forest glen hank heath holly
iris ivy june lane lily misty newt pearl rod rusty skip sterling stew sunny tim van wes
""".split())

KIN_BEFORE_NAME = frozenset("""
wife husband son daughter brother sister mother father girlfriend boyfriend fiance fiancee fiancé fiancée
partner widow widower cousin nephew niece uncle aunt grandson granddaughter grandmother grandfather
stepson stepdaughter stepfather stepmother sons daughters brothers sisters children kids
""".split())

# A storm's word opening a sentence or headline is the storm, not a town named like it ("Hurricane
# kills 45 in Florida" is no Hurricane, Utah; "HURRICANE, W.Va. -", with its comma, still is).
STORM_WORDS = frozenset("hurricane typhoon cyclone storm tornado".split())

# Titles that are ordinary words in lower case: a title only when capitalised ("storms
# miss Rochester", "major Ohio employers" are no Miss Rochester, no Major Ohio).
CAPITALISED_TITLES = frozenset("""
miss major general father lady lord sir dame king queen prince princess saint justice rep sen
gen maj col capt lt sgt adm brig gov
""".split())

# Capitalised words that may precede a place name inside one name ("North Carolina",
# "New York", "Greater Damascus"): a place after them is not a person's surname.
GEO_MODIFIERS = frozenset("""
north south east west northern southern eastern western central upper lower new old
northeastern northwestern southeastern southwestern
greater little great grand saint st san santa sao mount mt port fort lake cape gulf
rural inner outer middle downtown uptown midtown metro metropolitan suburban historic
""".split())

# Nouns after a place that make it the *kind* of place: "Latakia province" is the admin-1
# area, "Latakia city" the town.
ADMIN1_QUALIFIERS = frozenset("""
province provinces governorate governorates state states region regions oblast oblasts
prefecture prefectures emirate
""".split())
# ... the kind words that end first-order areas' own names ("Beni Department", "Sulu Province")
ADMIN1_NAME_KINDS = frozenset("province governorate state region oblast prefecture emirate department".split())
# Actor words that are also the name of an area kind after the area's name ("the Cauca department").
AREA_HEADS = frozenset("department departments".split())
# The forms of a state, before "of" and its name ("the Republic of South Maluku", "the Kingdom of
# Fife"): never a place alone, whatever town bears the word.
STATE_FORMS = frozenset("republic kingdom federation emirate sultanate commonwealth principality".split())
# ... and the words for a state's seat before "of": "the Capital of Afghanistan" (the city, named after it)
SEAT_OF_FORMS = frozenset("capital".split())
ADMIN2_QUALIFIERS = frozenset("""district districts county counties municipality parish lga territory
commune sub-district subdistrict tehsil woreda raion rayon""".split())
LOCALITY_QUALIFIERS = frozenset("city town village villages suburb neighbourhood neighborhood".split())
# ... those that name a settlement smaller than a city: "the village of X" is no city of 100,000
# that only a variant spelling, or a country the article is not about, gives that name (not a
# city's part: "the Old Town neighbourhood of Jerusalem" names the city after "of")
SMALL_SETTLEMENT_WORDS = frozenset("town village hamlet".split())
# ... of which these name no city at all: news calls cities of a few hundred thousand "the town
# of Tuz Khurmato", "the northern town of Tal Afar", in whatever spelling, but never villages
VILLAGE_WORDS = frozenset("village hamlet".split())
# Features named after a place: the feature's name is the mention, and it lies near the place
# ("the Kanawha River", "Jerome Township", "Lake Chad", "the Port of Los Angeles", "the Gulf of Aden");
# a road named after a place leads towards it ("the Kandahar Highway", "Mayfield Road").
FEATURES_AFTER = frozenset("""
river rivers valley bay harbor harbour lake lakes reservoir dam falls creek canyon gorge park forest
mountains mountain hills range island islands peninsula plateau desert delta basin township
townships twp oasis plain plains marshes wetlands road rd highway freeway parkway expressway
turnpike trail station
""".split())
# ... of which these are a town's own streets, more often named after a town elsewhere than near
# it ("a nightclub on Winchester Road" in a Memphis story; "the Kandahar Highway" leads there)
LOCAL_ROADS = frozenset("road rd parkway pike trail".split())
FEATURE_LINKS = frozenset("national state river memorial wildlife".split())  # "Zion National Park"
FEATURE_ABBREVIATIONS = frozenset(["twp"])
FEATURES_BEFORE = frozenset("lake mount mt".split())
FEATURES_OF = frozenset("port gulf bay isle strait straits lake sea".split())

# Words that name a court, not a place, before "Court": "Superior Court" (Superior, Wisconsin),
# "Supreme Court", "Federal Court".
COURT_WORDS = frozenset("superior supreme federal appeals circuit".split())
# A court named after its town, by its kind: "Bradford Crown Court heard", "Leeds Magistrates'
# Court": where a case is heard, not where it happened (the town's "Court" alone is an actor head).
COURT_AFTER = (r"\s+(?:Crown|Magistrates['’]?|High|County|Sheriff|Family|Youth|Coroners?['’]?s?|District|Circuit|"
               r"Superior|Supreme|Municipal|Criminal|Federal|Appeals?|Juvenile|Military|Anti-Terrorism(?:\s+Court)?)\s+Courts?\b")
# ... of which these head a body's name after "the": "the Supreme Islamic Iraqi Council" (no town
# called Supreme, Louisiana), "the Supreme Leader", "the Federal Security Service"
BODY_LEAD_WORDS = frozenset("supreme federal".split())

# A body's field after "Chamber of", "Ministry of", "Department of": never a place there, though
# towns bear these names (Commerce, Texas; Industry, California; Justice, Illinois).
# An office after a place's name: "Donetsk governor says", "the Kharkiv mayor said" (whose office
# speaks, not where it happened).
OFFICE_HOLDERS = frozenset("governor governors mayor mayors prefect prefects administrator".split())
PORTFOLIO_WORDS = frozenset("""
commerce industry justice agriculture education health defense defence labor labour transportation
transport energy finance interior trade culture tourism youth sports information communications
""".split())

# Compass points abbreviated before a place's name: "N.W. Rochester", "W. Columbia" (no initials).
COMPASS_ABBREVIATIONS = frozenset("N. S. E. W. N.E. N.W. S.E. S.W. NE. NW. SE. SW.".split())

# Regions wider than any place of their name: "Central America" is not the United States, the
# "Near East" no town (the gazetteer has no place for them; the ones it has, "North America",
# "South America", "Middle East", are names of their own: frames, never an event's place).
WIDER_REGIONS = frozenset("""central america|latin america|north american|
south american|central american|latin american|near east|far east|middle eastern""".replace("\n", "").split("|"))

# Nouns after one name or a list of names that make each a second-order area's own name, and
# that name's head: "Oconee county" and "Jackson and Barrow counties" are "Oconee County",
# "Jackson County", "Barrow County".
ADMIN2_NAME_HEADS = {"county": "county", "counties": "county", "parish": "parish", "parishes": "parish",
                     "borough": "borough", "boroughs": "borough"}
# ... and the same nouns before such a list: "the three largest counties: Douglas, Lancaster and
# Sarpy", "the counties of Kent and Surrey", "parishes including Caddo and Bossier"
AREA_NOUNS_BEFORE_LIST = frozenset("counties parishes boroughs".split())
LIST_OPENING_WORDS = frozenset("of including like".split())
# ... and the words that join the names of such a list ("from Ellsworth to Riley counties"); a
# single name before the plural noun is whose the areas are: "three Iowa counties"
AREA_LIST_LINKS = frozenset("and or & to through".split())
LIST_OPENING_MARKS = frozenset({"", ":", "—", "–", "-", "--", "”", "“", '"', "("})

# Generic first words of Arabic (and Hebrew) place names, transliterated: before another name they
# are part of one compound name ("Ras Al-Sarj", "Tell Abyad", "Kafr Nabl"), never a place alone.
COMPOUND_HEADS = frozenset("""
ras tell tel tal ain ein bir beer beit bayt deir dayr kafr kfar khirbet khirbat jabal jebel wadi
umm qasr qalaat qala marj hay hayy
""".split())

# Lower-case particles inside Romance place names: a place followed by one and a capitalised
# word heads a longer name ("Rosario de Perija", "Villa del Rosario"), which the gazetteer would
# have matched whole if it knew it.
NAME_PARTICLES = frozenset("de del da do dos das di du des della".split())
# After a country's name or adjective, the words that make it the country's capital city: "the
# Somali capital", "Syria's capital" (not "the capital of ...", "capital punishment").
CAPITAL_AFTER = r"(?:['’]s)?\s+capital\b(?!\s+(?:city\s+)?of\b|\s+(?:punishment|gains?|markets?|flight|investment|spending|expenditure|letters?))"
# The name of a part of a city: "the West Side", "the Upper East Side", "the East End".
CITY_PART_NAME = (r"(?i)(?:upper |lower |far |near )?(?:north|south|east|west|north-?east|north-?west|south-?east|"
                  r"south-?west)(?:ern)? (?:side|end)")
# ... unless what follows names a part of the place ("Maguindanao del Sur", "Santander del Norte"):
# then the place holds the one named.
PART_DIRECTIONS = frozenset("sur norte este oeste nord sud est ouest sul leste oriental occidental centro".split())
# ... and the Arabic article written with a hyphen: "Wad al-Noura", "Kafr el-Sheikh".
ARTICLE_PARTICLES = frozenset("al el ad ar as ash at az an ed er es".split())
# A compass word written after a town's name, before a comma and the town it lies in, makes the
# two the name of a part of that town ("Orlando East, Soweto"): a name the gazetteer lacks, not
# the first town (nor its namesake abroad).
SUFFIX_DIRECTIONS = frozenset("East West North South Central".split())
# Where place names are Arabic and written with the article ("al-Bab", "el-Arish", "Al Qaim"):
# a name written so elsewhere is only a look-alike ("el-Barth" is no Barth in Germany). The Arab
# League's members, and their neighbours where Arabic names are common (Chad, Eritrea, South Sudan, Niger, Mali, Iran).
ARABIC_NAMING_COUNTRIES = frozenset("""
DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH TD ER SS NE ML IR
""".split())

# Words before "largest city" and the like after a possessive place: "Iraq's second largest city".
RANK_WORDS = frozenset("""
second third fourth fifth largest biggest main chief principal oldest ancient northern southern
eastern western second-largest third-largest second-biggest third-biggest
""".split())

# "a citizen of New Zealand", "nationals of Pakistan": a country someone belongs to, not where
# Nouns after which a capitalised name is the group's own: "the terrorist group Mendes".
GROUP_NOUNS = frozenset("group groups faction factions organisation organization militia gang cartel".split())
# ... and an outlet's: "the state news agency Saba reported", "the newspaper Al-Ahram", "broadcaster RTÉ"
OUTLET_NOUNS = frozenset("agency newspaper daily broadcaster channel outlet website weekly magazine".split())

NATIONAL_NOUNS = ("citizen", "citizens", "national", "nationals", "native", "natives", "passport holder")

# Head words that end a place's own name ("Henry County", "Kansas City", "Hamilton Township"):
# with the qualifiers above, such a name is nobody's personal name.
TOWNSHIP_WORDS = frozenset("township townships borough".split())
# Last words of a body's or an outlet's name after a place ("the Dublin Arts Council", "the St. Paul
# Pioneer Press"): the place is whose it is, not where something happened.
ORGANISATION_WORDS = frozenset("""
council councils board committee commission association alliance society club league union
federation foundation chamber party press times journal news herald tribune gazette post
""".split())

# Offices whose town after "in" is their seat, not where things happened ("the Ministry of Health
# in Gaza", "the US embassy in Kabul said")
SEAT_NOUNS = frozenset("ministry ministries embassy embassies consulate consulates office offices headquarters bureau".split())
# Groups named after places, in the plural after a list of two of them ("the Sinaloa and Jalisco
# cartels", "the Gaza and West Bank authorities"): each name is the group's.
GROUP_HEADS = frozenset("cartels gangs clans militias governments authorities councils".split())
# Nouns after a place that make it an actor, not a location: "Damascus authorities",
# "U.S. Secretary", "UK government".
ACTOR_HEADS = frozenset("""
government governments ministry ministries minister ministers president presidency
officials official authorities authority army armies forces force troops soldiers military
militaries embassy embassies ambassador ambassadors envoy envoys secretary spokesman
spokeswoman spokesperson leader leaders leadership regime police navy intelligence media
delegation diplomat diplomats diplomacy parliament congress senate court courts premier
prime administration cabinet state-run state-owned officer officers commander commanders
counterpart counterparts national nationals citizen citizens company companies firm firms
cartel cartels
backers ally allies proxies proxy team lawmakers agency agencies department prosecutor prosecutors
attorney ombudsman soldier serviceman servicemen servicewoman marine marines personnel peacekeeper
peacekeepers contractor contractors consulate consulates civilian civilians agent agents adviser
advisers advisor advisors missionary missionaries tourist tourists journalist journalists
militia militias militiaman militiamen airmen airman sailors sailor
""".split())

# A compass word heading a town's name in a story about another town of that name names a part
# of the story's town: "a North Richmond neighborhood" in a Richmond, Virginia story is no North
# Richmond in California.
COMPASS_NAME_HEADS = frozenset("north south east west northeast northwest southeast southwest".split())

# After a capitalised run, the nouns that make the whole run the name of a part of a town ("the
# Orange Mound neighborhood"): a place that opens such a run is no part of its name.
QUARTER_NOUNS = frozenset("neighbourhood neighborhood quarter suburb slum township estate".split())
# Before a quarter's name, the town the story is about: "the city's North Hill neighborhood".
TOWNS_OWN = r"(?i)\b(?:the\s+)?(?:city|town|capital|village)['’]s\s+$"

# Words after a possessive place that keep it a location: "Syria's west coast".
GEO_NOUNS = frozenset("""
coast coasts coastline north south east west northeast northwest southeast southwest
northern southern eastern western border borders frontier capital city cities town towns
village villages province provinces region regions countryside outskirts mountains hills
territory territories interior heartland heartlands centre center suburbs suburb districts
district desert valley plains islands island port ports streets neighbourhoods
neighborhoods side countryside governorate governorates areas area neighbourhood neighborhood
quarter quarters slum slums township townships stronghold strongholds waterfront
seafront beachfront promenade downtown harbour harbor road roads highway highways street streets
avenue square bridge market markets
""".split())
# Weapons a country or an armed group fires, after its name: "U.S. drone aircraft fired", "Russian
# warplanes struck": whose they are, not where (unless a strike follows: "a Yemen drone strike").
WEAPON_HEADS = frozenset("""
drone drones aircraft warplane warplanes jet jets bomber bombers helicopter helicopters gunship
gunships warship warships
""".split())
# What a weapon does, after it: "a Gaza drone strike" names where it hit (a country's name before
# them is still whose: "U.S. drone strikes").
WEAPON_ACTS = frozenset("strike strikes airstrike airstrikes attack attacks raid raids".split())
# What a country fires from afar, after its adjective: "an Israeli strike", "a Russian glide bomb",
# "a US drone": where it fell is another country's, when the story names one.
REMOTE_WEAPONS = WEAPON_HEADS | WEAPON_ACTS | frozenset("""
air missile missiles rocket rockets shelling shell shells artillery bombardment bombardments glide
""".split())
# Prepositions that put what follows inside a place: "in Pakistan's ... stronghold of ...".
INSIDE_PREPOSITIONS = frozenset("in at inside within across throughout".split())

# Verbs that make a place the subject of a statement: "Iran said", "the UK has demanded".
SPEECH_VERBS = frozenset("""
said says say announced announces condemned condemns demanded demands called calls urged
urges accused accuses warned warns denied denies claimed claims insisted insists stated
states vowed vows pledged pledges threatened threatens responded responds reiterated
reiterates rejected rejects criticised criticized welcomed welcomes expressed expresses
recognised recognized sanctioned sanctions supported supports backed backs blamed blames
voted votes asked asks
""".split())

# ... and the verbs only a person does right after a name: "Robertson said", "Welch told police"
# (a small town's name there is someone's surname; a government speaks with the others)
PERSON_SPEECH_VERBS = frozenset("said says told added recalled explained noted wrote admitted replied testified".split())
# Nouns after a surname that make it a leader's: "the Obama administration" (no Obama in Japan)
PERSON_HEADS_AFTER = frozenset("administration presidency premiership".split())

# Verbs after a country's capital that make it its government ("since Washington began its
# campaign", "Moscow has deployed troops"), beside the statement verbs above; an event's own verbs
# ("Kabul was hit", "Mogadishu shook") are none of these.
# Verbs after a country's name that make the country the one who did it: "Russia launched more
# than 100 missiles", "Israel struck targets in Lebanon" (not where it happened).
COUNTRY_AGENT_VERBS = frozenset("""
launched launches fired fires struck strikes shelled shells bombed bombs attacked attacks invaded invades
pounded pounds targeted targets deployed deploys sent sends carried conducted conducts hit hits
""".split())
CAPITAL_ACTOR_VERBS = frozenset("""
began begins launched launches started starts imposed imposes sent sends ordered orders deployed deploys
wants want sought seeks agreed agrees signed signs refused refuses recalled recalls expelled expels retaliated
retaliates approved approves negotiated negotiates pressed presses pushed pushes withdrew withdraws
""".split())

# Nouns that, before "including" / "such as", make the places listed actors:
# "various governments, including the United States and the UK".
ACTOR_GROUPS = frozenset("""
governments countries nations states powers allies members donors capitals
""".split())

# Suffixes after a hyphen: "UK-based", "Iran-backed", "Turkish-led".
ORIGIN_SUFFIXES = frozenset("""
based backed led born funded made registered flagged affiliated allied aligned sponsored
supported owned run trained armed
""".split())

# ... of them, those that say where an organisation sits, not where anything happened: "the
# US-based company", "a London-based monitor" (no evidence of the story's country)
BASE_SUFFIXES = frozenset(["based", "headquartered"])

# Capitalised words that begin sentences far more often than they name places.
COMMON_WORDS = frozenset("""
a an the this that these those there here it its he she they we you i his her their our
your my but and or nor so yet for of to in on at by with from as if when while after
before since until though although because despite however meanwhile moreover also still
then thus there where what which who whom whose why how all any both each every many much
more most other others another some such no not only own same few several one two three four five
six seven eight nine ten first second third last next new old good great high long large
little big small young early late local national international political military
social public private human official former recent current major general special
reports report video footage images image photos people civilians residents activists
demonstrators protesters fighters forces troops police officials authorities government
religious analysts witnesses sources roads homes schools hospitals mass killings killing
death deaths attack attacks fighting violence clashes security power water electricity
amid among across against along around behind below beneath beside between beyond during
except inside into near off onto outside over past per through throughout toward towards
under underneath unlike up upon via within without speaking according adding asked
earlier later today yesterday tomorrow tonight now already again once
further furthermore indeed instead likewise similarly about above none neither either nothing
nobody everyone everything someone something anyone anything whatever whoever never always
nevertheless nonetheless otherwise therefore accordingly consequently
president minister leader chief envoy ambassador secretary spokesman
man woman boy girl teen teenager child toddler baby mother father son daughter
officer soldier gunman suspect victim driver student worker farmer
is are was were be been being has have had do does did will would shall should can could must might
""".split())  # (a headline's person: "Police: Man fatally shot outside diner" is no Man, Ivory Coast)

# Lower-case words that may sit inside a place name ("Deir ez-Zor", "Bosnia and Herzegovina",
# "Trinidad and Tobago", "Rio de Janeiro", "Stratford upon Avon").
CONNECTORS = frozenset("""
of de del della di da do dos das du des la le les al el ez az ad ar as at an ash ul bin ibn
bint abu upon on am im and y e
""".split())
# ... and after one of them, inside a name: "Democratic Republic of the Congo" (not a connector
# of its own: "the" between capitalised words is no name's)
INNER_ARTICLES = frozenset({"the"})
# Words that join a hyphenated name's parts ("Petite-Rivière-de-l'Artibonite", "Châlons-en-Champagne",
# "Stratford-upon-Avon"): a known name right before "-de-" or "-de-l'" is only the start of a
# longer name the gazetteer lacks, no place of its own
HYPHEN_CONNECTORS = frozenset("de del della di da do dos das du des la le les sur sous en upon on lès aux au".split())

LOCATIVE_PREPOSITIONS = frozenset("in at near outside into inside from to toward towards across around within".split())
NEAR_CUES = frozenset("near outside outskirts around nearby close rural".split())
# after a place: "Idlib countryside", "Homs outskirts"
NEAR_AFTER = frozenset("countryside outskirts environs".split())
# ... before "of" and a place: "the countryside of Idlib", "the outskirts of Aleppo", "the vicinity of Gao"
NEAR_OF = frozenset("countryside outskirts environs vicinity suburbs".split())

# Nouns after "<place> military ..." that keep it a location: "Hmeimim military base".
FACILITY_NOUNS = frozenset("""
base bases airbase airport port camp compound headquarters checkpoint checkpoints post
posts zone positions barracks facility facilities installation outpost academy hospital
""".split())

# Businesses and venues whose own name a small town's name may open ("the Emerald City Casino",
# "the Rami Club"): in a story that places nothing else in that town's country, the name of the
# venue, not the town.
VENUE_NOUNS = frozenset("""
casino casinos hotel motel inn mall malls store stores shop shops station supermarket restaurant
diner cafe café bar pub tavern lounge nightclub club playground arena theater theatre cinema
""".split())

# The head of an event's name after a capitalised word: "the Gulf War", "the Arab Spring" (no War,
# West Virginia; no Spring, Texas)
# After a people's adjective, a body of that country: whose, never where the story is ("The French
# security firm Risk Intelligence put the toll at 400", "a British charity said")
BODY_AFTER_DEMONYM = (r"\s+(?:[a-z-]+\s+){0,2}(?:firm|company|agency|charity|organi[sz]ation|NGO|newspaper|broadcaster|"
                      r"monitor|consultancy|think[- ]tank|institute|daily|weekly|channel|outlet|website|magazine)s?\b")
# Events a place's possessive owns, after a preposition: "killed in Kenya's protests", "in Sudan's
# war" (where they happened; "Kenya's police" stays whose)
POSSESSED_EVENTS = frozenset("""
protest protests demonstrations unrest riots riot violence war wars conflict clashes fighting
insurgency uprising crackdown floods flooding earthquake quake drought famine elections election
""".split())
EVENT_NAME_HEADS = frozenset("war wars revolution uprising intifada offensive spring".split())

# Capitalised words that are never meant as places in news text, wherever they stand
# (compared without apostrophes: "Shi'ite" is "shiite").
NEVER_PLACES = frozenset("""
god allah lord islam islamic muslim muslims christian christians christianity jewish jews
judaism sunni sunnis shia shiite shiites alawite alawites druze catholic orthodox
ahmadi ahmadis ahmadiyya yazidi yazidis copt copts coptic hindu hindus sikh sikhs buddhist
buddhists maronite maronites ismaili ismailis alevi alevis salafi salafis salafist salafists
arab arabs
sufi sufis protestant protestants evangelical evangelicals
passover christmas easter ramadan hanukkah hanukah thanksgiving diwali
koran quran bible torah talmud gospel gospels psalms
english
federal red
first second third fourth fifth sixth seventh eighth ninth tenth
""".split()) | frozenset(x.strip().casefold() for x in """
taliban|al-shabaab|al shabaab|shabaab|al-shabab|al shabab|hezbollah|hizbollah|hamas|isis|isil|
daesh|boko haram|al-qaeda|al qaeda|farc|eln|pkk|houthis|houthi|wagner|
white house|congress|pentagon|kremlin|capitol
""".replace("\n", "").split("|"))
# (the last: armed groups and movements whose names gazetteers also list as places somewhere:
# "Taliban", "Shabaab" and "Hamas" are villages; in news they are the groups; and seats of power
# named for the power: "the White House said" is no White House, Tennessee, "lobbied Congress" no
# Congress, Arizona)

# Generic geography that means the focus country's coast ("along Syria's west coast",
# "coastal areas"), when no finer place is named.
GENERIC_AREAS = (r"(?i)\b(?:(?:west|western|east|eastern|north|northern|south|southern|mediterranean)\s+)?"
                 r"coast(?:al)?(?:\s+(?:areas?|regions?|provinces?|governorates?|cities|towns|villages))?\b")

# Between a place and a second one that only says where the first lies, after a comma: "X, a
# suburb of Y", "X, a farming village near Y", "X, about 30 km north of Y" (the claim is X's).
# "Hwaseong, south of Seoul": where the first place is, from the second (no distance said).
DIRECTION_OF_GAP = (r"(?i),\s*(?:just\s+|far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+"
                    r"(?:the\s+)?(?:(?:city|capital|town)\s+of\s+)?")
# After a quarter's name: "the Kingsessing neighborhood", "in Austin on the city's West Side" (a part
# of the story's town, not a town of that name elsewhere).
QUARTER_AFTER = (r"(?i)\s+(?:neighbou?rhood|quarter|favela|(?:favela\s+)?complex)\b|\s*,?\s+(?:on|in)\s+the\s+(?:city|town)['’]s\s+(?:far\s+)?"
                 r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?(?:\s+(?:side|end))?\b|"
                 # ... or on a side of the city by its proper name: "in Austin on the West Side"
                 r"\s*,?\s+on\s+the\s+(?-i:(?:Far\s+)?(?:North|South|East|West|Northwest|Northeast|Southwest|Southeast)\s+Side)\b")
# A place told as one of those in the area before it: "attacked 42 settlements in Kherson Oblast,
# including the city of Kherson" (the toll is the area's).
INCLUDING_GAP = r"(?i)(?:\s+(?:oblast|province|region|state|district|county|governorate|department))?\s*,?\s+(?:including|among\s+them|notably|especially)\s+(?:in\s+)?(?:the\s+(?:regional\s+)?(?:city|town|village|capital)\s+of\s+)?"
# Verbs whose object, a capital or a country, is its government: "blamed Baku for the escalation",
# "accused Kigali of backing the rebels".
BLAME_VERBS = frozenset("""blamed blames blaming accused accuses accusing urged urges urging warned warns warning
condemned condemns condemning criticised criticized criticises criticizes""".split())
# Around a name told as an area of the story ("the Whitehaven area"; not "the Rabweh area of Damascus")
THE_AREA_LEAD = r"(?i)the $"
THE_AREA_AFTER = r"\s+area\b(?!\s+of\b)"
# "the Dallas suburb of Allen", "the Damascus suburb of Douma": the second is a town of its own,
# where it happened; the first only says where it lies.
SUBURB_OF_GAP = r"(?i)\s+(?:suburbs?|satellite\s+(?:town|city)|exurb|commuter\s+town|twin\s+city)\s+of\s+"
APPOSITIVE_GAP = (r"(?i),\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:suburb|town|city|village|hamlet|settlement|district|"
                  r"neighbou?rhood|municipality|area|quarter|port|camp|community|township|commune)|"
                  r"(?:about|some|around|roughly|nearly|just)?\s*\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles|mi)"
                  r"(?:\s+\(\d+\s*(?:km|miles)\))?(?:\s+(?:north|south|east|west|northeast|northwest|southeast|southwest))?)"
                  r"\s+(?:in|near|outside|of|from|close to|north of|south of|east of|west of)\s+(?:the\s+)?(?:city\s+of\s+)?")
# Between two places, a stated distance: "Balad, some 31 km northeast of Mogadishu", "Bama, 70
# kilometres (43 miles) from Maiduguri" (group 1 the number, group 2 the unit).
DISTANCE_GAP = (r"(?i),?\s*(?:(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|hamlet|settlement|camp|base)\s+)?"
                r"(?:about|some|around|roughly|nearly|just|approximately|less than|more than|over|under)?\s*"
                r"(\d+(?:[.,]\d+)?)\s*(km|kilometres|kilometers|miles|mi)\b(?:\s+\(\d+(?:[.,]\d+)?\s*(?:km|miles|mi)\))?"
                r"(?:\s+(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
                r"south-east|south-west))?\s+(?:of|from)\s+(?:the\s+)?(?:(?:city|town|capital|port)\s+of\s+)?")
# Before a place that is part of a group's name: "the Islamic State of Iraq and the Levant",
# "Islamic State in Iraq and Syria" (whose, not where).
# ("in" only before "X and Y": "clashes with Islamic State in Iraq" is where)
GROUP_NAME_LEAD = r"\bIslamic State (?:of (?:the )?|(?:of|in) [A-Z][\w'’-]* (?:and|&) (?:the )?)$"
GROUP_NAME_IN_LEAD = r"\bIslamic State in $"
GROUP_NAME_IN_TAIL = r"\s+(?:and|&)\s+(?:the\s+)?[A-Z]"
# Words before a country named beyond a border ("near the border with X"): part of REFERENCE_LEAD,
# and on their own BORDER_LEAD below.
# Before a kind of place, of a place at a border: "the Afghan border town of Torkham"
BORDER_ADJECTIVES = frozenset(["border", "frontier"])
BORDER_WORDS = (r"borders? (?:with|of)|bordering|(?:which|that) borders|boundary (?:with|of)"
                # "a border town with Turkey", "shelling across the border from Yemen"
                r"|border (?:towns?|city|cities|villages?|areas?|regions?|districts?|crossings?|posts?) (?:with|near)"
                r"|(?:across|over) the border from")
# Where the hurt are treated: "hospital", "the Regional Institute of Medical Sciences", "the
# Leeds General Infirmary", "a primary health centre".
_CARE = (r"(?:hospitals?|clinics?|morgues?|infirmary|institute of medical sciences|medical (?:college|centre|center)|"
         r"health (?:centre|center)|trauma (?:centre|center))")
# Before a place that is only a reference point, not where anything happened: "near the
# border with Afghanistan", "a London-based monitor" aside (the role "reference").
REFERENCE_LEAD = (r"(?i)\b(?:" + BORDER_WORDS + r"|(?<!\bin )(?<!\binto )(?<!\bacross )neighbou?ring"
                  r"|headquartered in|based in"  # ("in neighbouring Kogi state" is where)
                  # where the hurt were treated or the dead taken, not where they were hurt: "taken to
                  # hospital in Maiduguri", "a hospital in Kabul", "the morgue in X"
                  # (a hospital by its own name too: "admitted to the Civil Hospital in Quetta"; and
                  # with whom the verb moved: "took a fourth man to a hospital in Idlib city")
                  r"|(?:taken|took|take|takes|taking|rushed|evacuated|transferred|transported|airlifted|flown|flew|admitted|treated|brought|carried)"
                  r"(?:\s[^.;]{0,40}?)? (?:to (?:a |the )?)?(?:[\w'’.-]+ ){0,3}?" + _CARE + " in"
                  # ("seven were being treated for gunshot wounds at a hospital in Tegucigalpa")
                  r"|(?:treated|treatment|died|succumbed)\b[^.;]{0,40}?\s(?:at|in) (?:a |the )?(?:[\w'’.-]+ ){0,3}?"
                  + _CARE + " in"  # (and "succumbed to injuries at a hospital in Raipur")
                  # ... or by the care alone: "is receiving medical care in Juba", "undergoing treatment in Lahore"
                  r"|(?:receiving|received|receives|undergoing|underwent|getting|got)\s+(?:(?:medical|emergency|hospital)\s+)?"
                  r"(?:care|treatment)\s+in"
                  # ... or moved to, by the place's name: "the injured have been airlifted to Raipur",
                  # "flew four of them to Pokhara"
                  r"|(?:airlifted|evacuated|flown|flew|shifted|referred|rushed|transferred|ferried)(?: [\w'’-]+){0,4}? to"
                  # where the displaced went, not where they fled from: "fled to the city of Saint-Marc",
                  # "displaced from the area to Kassala", "took refuge in Gedaref"
                  r"|(?:fled|flee|flees|fleeing|escaped|displaced|relocated)\b[^.;,]{0,50}?"
                  r"(?:,\s*(?:most|many|some|mainly|mostly|largely)\b[^.;,]{0,20}?)?(?<!according)\s(?:to|towards|into)"
                  r"(?:\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?(?:city|town|village|capital|region|province|state|district|camps?)\s+of)?"
                  r"|(?:sought|seeking|seek|taken|took|taking|find|found|finding) (?:refuge|shelter|safety) in"
                  # where a vehicle or a traveller was going or came from: "on its way to the Kedarnath
                  # shrine", "a bus bound for Kano", "travelling from Bandiagara to the market in Goundaka"
                  r"|(?:on (?:its|their|his|her|the) way (?:to|from)|bound for|heading (?:to|for)|headed (?:to|for)|en route (?:to|from)"
                  r"|destined for|travell?ing (?:from|to)|(?:from \w+ )?to the (?:weekly )?market in"
                  # ... or was coming back from: "pilgrims returning from Iran"
                  r"|return(?:ing|ed|s)? (?:home )?from|(?:on their|on his|on her|on the) (?:way|journey) back from)"
                  # where the victims came from: "shot dead 23 people, most of them from Punjab province",
                  # "migrant workers who hailed from Bihar", "natives of Sylhet"
                  r"|(?:(?:most|many|some|all|several|both|mainly|mostly|\w+) of (?:them|whom) (?:(?:were|was) )?(?:originally )?"
                  r"|who (?:were|was) (?:originally )?|(?:who )?hail(?:ed|ing|s)? |originally |labou?rers |migrants |pilgrims )from"
                  r"|natives? of"
                  # ... and whose nationals they were: "among the dead were citizens of Peru and Chile"
                  r"|(?:citizens?|nationals?) of"
                  # where it was said, not where it happened: "told reporters in Ankara"
                  # (and where the one who said it sits: "a police spokesman in Gusau put the toll at 18")
                  r"|(?:told (?:reporters|journalists|a news conference|a press conference)|said|speaking|spoke|spokes(?:man|woman|person)"
                  r"|(?:news|press) conference|briefing|summit) in"
                  # ... and where a statement was issued: "the archdiocese said in a statement issued in Abuja"
                  r"|(?:statement|communiqu[eé]|press release)\s+(?:(?:issued|released|published|read(?: out)?|sent|signed|posted)\s+)?in"
                  # ... and the source a figure is credited to: "according to a security source in
                  # Ouahigouya" (not "according to residents in X": they are where it happened)
                  r"|according to (?:an? |the |two |three |several )?(?:[\w-]+ ){0,2}(?:sources?|officials?|spokes(?:man|woman|person)"
                  r"|authorities|ministry) (?:based )?in"
                  # ... or from: "told Reuters by phone from Jos", "speaking from Goma"
                  r"|(?:by (?:tele)?phone|by video(?: link)?|speaking|spoke|reporting|reached|contacted|told \w+) from"
                  # where infiltrators came from: "militants tried to infiltrate, crossing into the
                  # country from Pakistan" (not where they were fought)
                  r"|(?:infiltrat(?:e|ed|es|ing|ion)|crossing|crossed|sneaked|slipped|smuggled)\s+(?:[\w-]+\s+){0,4}?from"
                  # where help came from: "reinforcements were sent from Ouallam", "troops flown in from"
                  r"|(?:sent|dispatched|deployed|rushed|flown|brought|drafted)\s+(?:in\s+)?from"
                  # where a shell or a rocket was fired from, not where it fell: "rockets fired from an
                  # area in Syria crashed into Kilis", "a missile launched from Yemen"
                  r"|(?:fired|launched|lobbed) from(?: (?:an?|the) (?:\w+ )?(?:area|region|part|territory|position)s? (?:in|of|inside))?"
                  r")\s+(?:the\s+)?$")
# After a place that opens a hospital's name: where the hurt were taken or died, not where they
# were hurt ("taken to Miami Valley Hospital", "died at Grady Memorial Hospital").
CARE_NAME_TAIL = (r"(?:[ -]+[A-Z][\w'’.-]*){0,2}[ -]+(?:(?:General|Regional|Memorial|Community|University|Children['’]s)\s+)?"
                  r"(?:Hospital|Medical\s+Cent(?:er|re)|Infirmary|Clinic|Health\s+Cent(?:er|re)|Trauma\s+Cent(?:er|re))\b")
# The last word of every lead above (a quick test before the long one, which a name that
# follows none of these words never needs): keep it in step with REFERENCE_LEAD.
REFERENCE_LEAD_END = r"(?i)\b(?:with|of|bordering|neighbou?ring|in|to|towards|into|for|from)\s+(?:the\s+)?$"
# The landmark a stated distance is measured from ("in Tamara, about 25 kilometers northwest of the
# capital, Tegucigalpa"): evidence of the region, not the story's own place when the place measured
# is named before it (NAMED_BEFORE_DISTANCE) or the distance is long (claim_places.NEAR_KM).
# ("35 kilometres (22 miles) from the Borno state capital Maiduguri": a state's capital, its name first)
DISTANCE_ANCHOR_LEAD = (r"(?i)(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>km|kilometres|kilometers|miles|mi)\b[^.;]{0,25}?"
                        r"(?:\b(?:north|south|east|west)[\w-]*\s+(?:of|from)|\bfrom)\s+"
                        r"(?:the\s+(?:[\w-]+\s+){0,2}(?:capital|city|town|port|village)(?:\s+of|\s*,)?\s+|the\s+)?$")
# The part of REFERENCE_LEAD that names a border: the country named is the one beyond it.
BORDER_LEAD = r"(?i)\b(?:" + BORDER_WORDS + r")\s+(?:the\s+)?$"
# After a place: "on the Cameroon border" is at a border, named by the country beyond it.
# ("the Saudi border guards", "Iranian border police": whose guards, not a landmark)
REFERENCE_TAIL = (r"(?i)[-\s]+(?:border|frontier)s?\b(?![-\s]+(?:guards?|guardsmen|police|patrols?|troops|forces|officers?|agents?"
                  # (nor a place of its own at the border: "the Afghan border town of Torkham")
                  r"|towns?|villages?|cities|city|posts?|crossings?)\b)"
                  # where a train or a bus was going: "the Puri-bound express", "a Kabul-bound convoy"
                  r"|-bound\b")

# Direction and position words: on their own they are no place ("the North", "South Ossetian",
# "West African", "Central High School"), only part of one ("North Kordofan", "West Bank").
# Directions that, in lower case before a name, make it a part of an area: "eastern Victoria",
# "northern Mali" (more often a country or a first-order area than a town of that name; not
# "central", which is a city's centre as often: "central Santiago").
AREA_DIRECTIONS = frozenset("""
northern southern eastern western northeastern northwestern southeastern southwestern
north-eastern north-western south-eastern south-western
""".split())
# Words that open a noun phrase before a place's name used as an adjective ("this Texas city")
ARTICLES = frozenset("a an the this that another".split())
# ... and size words between them ("a small Ohio town")
SIZE_WORDS = frozenset("small tiny little large big remote rural quiet".split())
DIRECTIONS = frozenset("""
north south east west northern southern eastern western central northeast northwest southeast
southwest northeastern northwestern southeastern southwestern upper lower middle inner outer
mid midwest midwestern north-east north-west south-east south-west north-eastern north-western
south-eastern south-western
""".split())

# Words that make a capitalised run with a place in it the name of an office, an organisation
# or a facility: "Laurel County Clerk", "Paris Public Library", "Sochi Mayor Race", "United
# Bank Charleston Market President". The place is still named (and mapped), and the rest
# of the run is no person's name. An institution of a country or first-order area is an
# actor ("the Kenya Wildlife Service"), not an event there.
INSTITUTION_WORDS = frozenset("""
council councils city county manager mayor mayoral judge clerk auditor coroner treasurer
assessor commissioner commissioners commission committee board authority agency bureau
department dept office services service utilities utility public library libraries school
schools high elementary academy college university hospital clinic medical health center
centre society historical club lions rotary chamber association union federation foundation
institute bank market court fiscal transportation convention visitors community recreation
veterans project fair fairgrounds airport station post church cathedral mosque temple
museum zoo park mall hotel plaza stadium arena theatre theater hall cemetery prison jail penitentiary
party army front movement brigade brigades battalion regiment corps guard militia police
sheriff fire rescue emergency water housing transit symphony orchestra chapter team
environmental planning police chief president director superintendent district township
network networks syndicate coalition forum initiative parks marina lodge elks pantry reservoir alliance
neighbors neighbours grammar correctional selectman selectmen selectwoman policeman policemen councillors
councilors attorney republican republicans democrat democrats
command headquarters ministry directorate inspectorate secretariat
""".split())

# Generic nouns that, capitalised and alone, are a word of a longer name ("Section 2AA",
# "Troop 122", "Highway 19", "Area woman sentenced"), not the town somewhere called so.
# A US politician's party before the hyphen of "D-Dayton", "R-Texas", "DFL-Cook": the place
# after it is where the politician is from (an actor's place, not an event's).
PARTY_LETTERS = frozenset("D R I DFL".split())

# Linking particles between the hyphens of a compound name ("Pul-i-Alam", "Mazar-e-Sharif",
# "Dera-ud-Din"): a part of such a name is no place of its own.
NAME_LINKS = ("i", "e", "ye", "ul", "ud", "ur", "un", "us", "o",
              "au", "aux", "en", "sur", "sous", "lès", "lez", "der", "aan", "op", "ter")  # "Port-au-Prince", "Aix-en-Provence"

# Words before a country's name that, with a lower-case word after it, make the name an
# adjective ("a US drone strike", "the US consulate"): whose, not where.
DETERMINERS = frozenset("a an the".split())
# ... and the words that count a noun's people or things: "no US casualties", "several Kenyan troops"
COUNT_DETERMINERS = frozenset("no several many some few other both all".split())
# ... the ones that make a noun one of many: "a Sanaa street" is a street of Sanaa; "killing a
# Togolese" is one Togolese counted
INDEFINITE_ARTICLES = frozenset("a an".split())
# Before "of" and a country that shares its name with a city: its waters, not the city ("off the
# coast of Djibouti")
WATERS_NOUNS = frozenset("coast coasts waters".split())
# ... lower-case words after "the <country>" that are no noun it qualifies ("the US and", "the UK
# said", "the US last week").
NOT_NOUNS = frozenset("""
and or but nor to of in on at by for from with into as than that which who whose where when
is are was were be been being has have had do does did will would shall should can could may
might must said says say told announced reported claimed accused denied urged warned added
also alone itself last this next since after before during until while yet still then now
again already so too not only just
""".split())

# Capitalised words after a place that make the two a street's name, not the place:
# "Baghdad Street" (in Damascus), "Kent Avenue", "Damascus Gate" (in Jerusalem).
STREET_WORDS = frozenset("street st avenue ave boulevard blvd lane drive gate".split())
# ... and other things named after a word that is also a place: "the Liberal Party" (Liberal,
# Kansas), "the Hilton Hotel in Sydney" (Hilton, New York), "Independence Day" (Independence, Missouri)
NAMED_AFTER_WORDS = STREET_WORDS | frozenset("party hotel restaurant cafe café nightclub day".split())
# ... and a day named after a person: "St. Patrick's Day" (no Patrick on the Isle of Man)
SAINTS_DAY_AFTER = r"['’]s\s+(?:Day|Eve)\b"
# ... and a saint's church, school or hospital: "St. Mary's High School", "St. John's Health
# System", "St. Paul's Cathedral" (no Saint Mary, Jamaica; no St. Paul, Minnesota)
SAINT_HEADS = frozenset("st st. saint ste ste. sainte san santa".split())
SAINTS_INSTITUTION_AFTER = (r"['’]s\s+(?:[A-Z][\w-]*\s+){0,2}?(?:School|Schools|Church|Cathedral|Hospital|Health|College|"
                            r"University|Academy|Parish|Chapel|Basilica|Abbey|Catholic|Episcopal|Lutheran|Methodist|"
                            r"Medical|Elementary|High|Home|Clinic|Seminary|Convent|Monastery)\b")
# ... and a street of a crossing named by its two streets, one of them a numbered one: "near 35th
# and Burleigh" (no Burleigh, North Dakota), "at Pine and 12th Street"
CROSSING_BEFORE = r"(?i)\b\d{1,3}(?:st|nd|rd|th)(?:\s+(?:street|st\.?|avenue|ave\.?))?\s+(?:and|&)\s+$"
CROSSING_AFTER = r"(?i)(?:\s+(?:street|st\.?|avenue|ave\.?))?\s+(?:and|&)\s+\d{1,3}(?:st|nd|rd|th)\b"
# A place told of a part of the people just counted, after a comma: "Two of the dead were students,
# one of them in Chittagong" (one student's place, not the two's)
SUBPART_PLACE_LEAD = (r"(?i),\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|most|many|several|both|all)"
                      r"\s+of\s+(?:them|whom|those)\s+(?:was\s+|were\s+)?(?:in|at|near)\s+(?:the\s+)?$")
# ... and a firm's or a body's name of two names joined by "&", one word each: "Stevens & Wilkinson",
# "Helen & Douglas House" (the other name, group 1, the words of a place's name on the right: not
# "Dallas & Fort Worth")
FIRM_AFTER = r"[ \t]*&[ \t]*([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})"
FIRM_BEFORE = r"([A-Z][\w'’.-]*)[ \t]*&[ \t]*$"
# ... and a road written in lower case after a name: "at Maka Mukarama road, Mogadishu" (the road,
# not Mecca; a road between two towns, "the Nakuru-Eldoret highway", is read elsewhere)
LOWER_STREET_WORDS = frozenset("road street avenue boulevard".split())
# Between a place and a place it owns: "Kaduna's |Kajuru district", "Kaduna's restive |Kajuru".
POSSESSED_GAP = r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}"
# Words between a place and the place it lies in: "the town of Gulumba located in Bama"
LOCATED_WORDS = frozenset("located situated lying".split())
# ... and a landmark after "the" and a name, in lower case: "near the Kara bridge" (the name may be
# a far town's, the bridge is where the story is)
LOWER_LANDMARKS = frozenset("bridge flyover overpass junction roundabout interchange".split())
# ... and a venue named after a place, with one word between at most: "the Dubai City wedding hall"
# in a story from Kabul is a hall in Kabul, not in the Emirates
LOWER_VENUES = frozenset("hall hotel restaurant mall cinema stadium supermarket store cafe café bar pub nightclub bakery pizzeria "
                         "station".split())
# ... and the words before such a venue's name besides "the": "at Victoria station" in a story
# from London is a station in London, not Australia's state
VENUE_LEADS = frozenset("the at outside inside near".split())

# ... and a station named after the town its line runs to, in another language: "at Paris's Gare
# de Lyon" (a station in Paris, no event in Lyon)
STATION_NAME_HEADS = frozenset("gare estación estacion stazione estação estacao".split())
# ... and a venue's word written before its name, capitalised: "the Bar Las Margaritas", "Casino
# Royal" (not Bar in Montenegro, Casino in New South Wales)
VENUES_BEFORE_NAME = frozenset("bar casino cafe café hotel club restaurant disco discotheque pub cinema".split())
# ... of which these are more often where their name says ("the Hotel Baghdad"): their name stays a place
VENUES_NAMED_FOR_PLACE = frozenset("hotel".split())

# Capitalised words that make "X of <country or province>" an organisation's name, not a place
# of events: "the Popular Front for the Liberation of Palestine", "the Central Bank of Iraq".
ORGANISATION_HEADS = frozenset("""
liberation front army party movement organization organisation bank university ministry council
brigade brigades union federation association church institute college museum committee league
congress assembly court government mujahedin mujahideen resistance
""".split())
# Words that end a company's name: "Lagos's Dangote Group" is a company, not a part of the city.
COMPANY_HEADS = frozenset("group company companies corporation corp inc ltd plc holdings industries airways airlines bank".split())

NAME_NOUNS = frozenset("""
area town section troop highway route interstate street avenue road lane drive boulevard
lake river creek bay park township region district county state city village ward unit province
governorate prefecture
""".split())

# Abbreviations that open a place name, written with a period: "St. Petersburg", "Mt. Hood",
# "Ft. Worth" (the period does not end the name).
NAME_ABBREVIATIONS = frozenset("st mt ft pt ste sta".split())

# A sentence that says its event happened somewhere other than the story's place: a toll in it
# with no place of its own is the country's, not the one place the story is about.
ELSEWHERE = r"(?i)\b(?:separately|in (?:a|another) separate|in another (?:incident|attack)|elsewhere)\b"
# A figure said of a whole country: "across Afghanistan", "nationwide", "throughout the country"
# (the country's own, never one of its towns' however few the corpus names there).
COUNTRY_WIDE = r"\b(?i:across|throughout|all over)\s+(?:(?i:the\s+(?:country|nation))\b|[A-Z])|\b(?i:nationwide|countrywide)\b"
# A toll that says it is more of the story's event ("Three other soldiers were wounded", "Two
# bodies were also found"; not "further bloodshed", "more than 300"), or a figure of its toll
# ("officials had put the toll at 320"): where no place of its paragraph or of the story says where, the place of
# the story's last toll before it.
FOLLOWS_ON = (r"(?i)\b(?:others?|another|also)\b|\bthe\s+(?:death\s+)?toll\b|\b(?:at\s+the\s+scene|on\s+the\s+spot)\b|"
              r"\b(?:a|its|their)\s+(?:death\s+|lower\s+|higher\s+|different\s+)?toll\s+of\b")  # ("gave a toll of 11 dead")

# Where a suspect was caught, which says nothing of where the killing was: "The suspect was arrested
# Tuesday in Dayton, Ohio, after a brief chase" (a story that names no other place is the country's).
# (not ground taken: "captured the town of Rubaya in North Kivu province")
ARREST_PLACE_LEAD = (r"(?i)\b(?:arrested|detained|apprehended|caught|captured(?!\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:town|city|village|"
                     r"base|area|district|province|region|capital|territory|airport|hill|positions?|border|port|camp)s?\b)|"
                     r"taken into custody|turned (?:himself|herself) in|"
                     r"surrendered)\b[^.;,]{0,40}?\b(?:in|at|near)\s+(?:the\s+)?(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s*)?$")

# The words before the places of an earlier event the story compares its own with: "The attack
# came a day after two guards were shot dead in Panjgur", "It follows weeks after ..." (not where
# the story's own event was).
EARLIER_EVENT_PLACE_LEAD = (r"(?i)\b(?:came|comes|happened|occurred|follows|followed|took place)\s+(?:just\s+|only\s+|"
                            r"less than\s+|more than\s+|barely\s+|about\s+)?(?:a|an|one|two|three|four|five|six|seven|"
                            r"eight|nine|ten|\d+|several|few)\s+(?:days?|weeks?|months?|years?)\s+after\b[^.;]{0,150}$")

# ... and the words before the place of an earlier event a superlative likens the story's to: "It
# was the deadliest prison riot in Honduras since 2012, when a fire at a prison in Comayagua killed
# 361 inmates" (not where the story's event was).
COMPARED_EVENT_PLACE_LEAD = (r"(?i)\b(?:deadliest|bloodiest|worst|largest|biggest|most\s+(?:deadly|violent|lethal))\b"
                             r"[^.;]{0,80}?\bsince\b[^.;]{0,150}$")

# A running figure said of "the state", "the province", "the district" ("More than 250 people have
# been killed in the ethnic violence in the state since May 2023"): the area of that kind the story
# names, not the whole country. The noun is group 1.
AREA_ANAPHOR = r"\b(?i:in|across|throughout|all over)\s+the\s+(state|province|region|governorate|oblast|county|district)\b(?!\s+(?:of|capital)\b)"

# People nouns before "from X" that make X where they come from, not where anything happened:
# "peacekeepers from Nepal", "workers from Bangladesh" (a count does the same: "13 from Kenya").
ORIGIN_NOUNS = frozenset("""
peacekeepers soldiers troops nationals citizens workers tourists pilgrims fighters volunteers
migrants refugees students visitors delegates diplomats journalists officers personnel
peacekeeper soldier national citizen worker tourist pilgrim fighter volunteer migrant refugee
student visitor delegate diplomat journalist officer man men woman women boy boys girl girls
teenager teenagers native natives labourers laborers labourer laborer traders trader passengers
passenger travellers travelers traveller traveler people persons
suspect suspects victim victims gunman gunmen shooter attacker attackers resident residents
them whom
""".split())
# The kind of area between "from (the)" and its name: "a man from the republic of Bashkortostan"
ORIGIN_AREA_KINDS = r"republic|province|state|region|city|town|village|district|county|island|emirate|kingdom"
# After a town's name, between a determiner and these, the town is where the person is from: "A
# Fresno man was killed in Clovis", "two Dayton teenagers" (whose, not where).
TOWN_PERSON_NOUNS = frozenset("""
man men woman women boy boys girl girls teen teens teenager teenagers resident residents couple
family native natives mother father mom dad son daughter grandmother grandfather toddler infant
baby student students youth youths
""".split())  # (the counted by a pronoun: "shot dead 23 people, most of them from the eastern Punjab province")


# People who are news away from home: a nationality before them says whose they are, never
# where ("five Togolese peacekeepers were killed", "two British tourists").
ABROAD_NOUNS = frozenset("""
peacekeeper peacekeepers tourist tourists pilgrim pilgrims expatriate expatriates expat expats
nationals diplomat diplomats backpacker backpackers holidaymaker holidaymakers seafarer seafarers
sailor sailors aid-worker aid-workers hostage hostages engineer engineers contractor contractors
embassy embassies consulate consulates consul ambassador
immigrant immigrants migrant migrants refugee refugees
""".split())
# (and a country's offices abroad: "a Mexican consulate" in a story about Austin)


# What joins a toll to the place right after it ("killing 9 people in Kalemie", "... at the
# village of X"), and what joins that place to more of a list ("in Latakia and Tartus"): a toll
# with a place of its own is about that place, not about every place of its sentence.
# A direction adjective between "the" and a name: "in the northeastern Kharkiv region".
DIRECTION_ADJECTIVE = r"(?:(?:(?:north|south)(?:-?(?:east|west))?ern|(?:east|west)ern|central)\s+)"
# ... and the neighbour's: "and 50 in neighbouring Takhar province"
PLACE_ADJECTIVE = r"(?:the\s+" + DIRECTION_ADJECTIVE + r"?|(?:the\s+)?(?:neighbou?ring|nearby|adjacent)\s+)?"
TOLL_PLACE_LEAD = (r"\s+(?:\w+\s+){0,2}?(?:in|at|near|outside|around|across|throughout|between|on(?=\s+the\s+outskirts))\s+"
                   + PLACE_ADJECTIVE +
                   # ("in the southern city of Kherson", "in the Donetsk region town of Kostiantynivka",
                   # "in the countryside of Idlib", "on the outskirts of Aleppo")
                   r"(?:(?:[\w'’-]+\s+){0,3}?(?:town|city|village|villages|district|province|area|region|camp|countryside|"
                   r"outskirts|suburbs|vicinity)\s+of\s+)?")
# ... or a few more words on, in the toll's own clause (no punctuation, not past the sentence's next
# count): "shot dead four members of one family in Muqdadiya", "three farmers were killed by a
# mortar round near Khanaqin"
TOLL_PLACE_LEAD_FAR = (r"\s+(?:[\w'’-]+\s+){0,8}?(?:in|at|near|outside|around)\s+" + PLACE_ADJECTIVE +
                       r"(?:(?:[\w'’-]+\s+){0,3}?(?:town|city|village|villages|district|province|area|region|camp)\s+of\s+)?")
# ... and more places the toll spans, unnamed: "in Nairobi and other towns", "in Lagos and several
# other cities" (the country's toll)
OTHER_PLACES_AFTER = (r"\s+and\s+(?:in\s+)?(?:several\s+|many\s+|other\s+|a\s+dozen\s+|\w+\s+other\s+)+"
                      r"(?:towns|cities|areas|places|parts|regions|districts|provinces|counties|villages|states|locations)\b")
# The words before a name that say it is where something happened ("In Buner district alone, 21
# people died", "killed at Kas"): with the name unknown to the gazetteer, the sentence's tolls are
# of that place, somewhere in the country.
UNKNOWN_LOCATIVE_LEAD = (r"(?i)(?:\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:town|city|village|district|province|area|"
                         r"region|camp)\s+of\s+)?|"
                         # ... or its kind, whatever before it: "attacked the central Haitian town of Pont-Sondé"
                         r"\b(?:town|city|village|camp)\s+of\s+)$")
# An unknown name said to be an area of its own ("In Buner district alone", "in the province of
# X"), not a village or a town inside the story's area: its tolls stay unplaced in the country.
_AREA_WORDS = ("district", "province", "county", "region", "state", "governorate", "prefecture", "oblast", "municipality",
               "department", "division", "tehsil", "woreda", "lga", "raion", "rayon", "sub-?district", "territory", "emirate",
               "parish")
UNKNOWN_AREA_AFTER = rf"(?i)\s+(?:{'|'.join(_AREA_WORDS)})\b"
# ... before it ("in the district of X"; no "LGA of")
UNKNOWN_AREA_BEFORE = rf"(?i)\b(?:{'|'.join(w for w in _AREA_WORDS if w != 'lga')})\s+of\s+$"
# After a place, the words that make it only the area around something: "a Dallas-area mall", "a
# Chicago-area church" (the next sentence may say where: "The shooting happened at the Allen
# Premium Outlets")
VICINITY_AFTER = r"-(?:area|region)\b"
VICINITY_BEFORE = r"\b(?i:suburban|greater|metro(?:politan)?)\s+$"  # "in suburban Cincinnati", "in greater Boston"
# Around a name, the words that make it a river's: a river runs through many places and yields to
# the place the sentence also names ("capsized on the Niger River in Kwara state")
RIVER_AFTER = r"\s+(?i:river)\b"
RIVER_BEFORE = r"\b(?i:the\s+river)\s+$"
# ... of a settlement by its kind ("in the village of Essakane"): where the story happened, which
# no town a reporter speaks from stands for
UNKNOWN_SETTLEMENT_LEAD = r"(?i)\b(?:town|city|village|hamlet|camp|locality|commune)\s+of\s+$"
# ... any locative word of the toll's clause, where the first leads to no place ("killed in attacks
# across Somalia")
LOCATIVE_WORD = r"\b(?:in|at|near|outside|around|across|throughout)\s+(?:the\s+" + DIRECTION_ADJECTIVE + r"?)?"
PLACE_LIST_JOIN = r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)(?:in\s+)?(?:the\s+)?"
# A place opening the clause of a toll, before it: "5 died in Aleppo, while in Kano 3 people were
# killed", "...; in Kano, 3 people were killed" (the clause's own place, not the sentence's first).
FRONTED_PLACE_LEAD = r"(?:[,;:]\s*|\b(?:while|whereas|and|but)\s+)(?:in|at|near|outside)\s+(?:the\s+)?$"
# ... and the words opening a sentence before its first place: "In Ramadi, a car bomb caused three deaths"
OPENING_PLACE_LEAD = r"\s*(?i:in|at|near|outside)\s+(?:the\s+)?"
FRONTED_PLACE_GAP = r"\s*(?:(?:region|province|district|state|county|area|governorate|oblast|city|town|village)\s*)?,?\s*"
# ... or a subject of its own clause placed before its verb, as a list of events tells them: "The first
# blast in Pishin district killed 18 people, and the second in Qila Saifullah killed 12"
FRONTED_SUBJECT_LEAD = (r"(?i)\b(?:first|second|third|fourth|fifth|other|latter|former|last|another)\s+"
                        r"(?:[\w-]+\s+)?(?:in|at|near|outside)\s+(?:the\s+)?$")
FRONTED_SUBJECT_GAP = (r"\s*(?:(?:region|province|district|state|county|area|governorate|oblast|city|town|village)\s*)?"
                       r"(?:killed|left|claimed the lives of|wounded|injured)\s+(?:at least\s+|more than\s+|about\s+)?")
# ... or the sentence's own opening: "In Odesa, two people died ..."
FRONTED_PLACE_OPENING = r"(?i)\s*(?:in|at|near|outside)\s+(?:the\s+)?"
# A sentence going on about the event the one before told: "The attack happened before dawn in
# Daraban", "The blast struck a market in ...", "The strikes hit ..." (its places are that event's).
EVENT_FOLLOW_UP = (r"\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:"
                   # the attackers going on: "The gunmen stormed Mbengwi village in Momo division"
                   r"(?:gunmen|attackers|assailants|militants|raiders|bandits|fighters|insurgents)\s+(?:had\s+)?(?:also\s+)?"
                   r"(?:stormed|attacked|raided|struck|invaded|entered|arrived|opened fire|ambushed|burned|burnt|torched|"
                   r"looted|set fire)|"
                   r"attack|attacks|assault|blast|blasts|bombing|bombings|"
                   r"explosion|explosions|strike|strikes|airstrike|airstrikes|raid|raids|shooting|massacre|ambush|"
                   r"incident|killings?|shelling|"
                   # ... and a disaster's or an accident's: "The quake hit 35km north-west of Herat"
                   r"earthquake|quake|tremor|floods?|flooding|landslides?|mudslides?|storm|cyclone|typhoon|hurricane|"
                   r"fire|blaze|crash|collision|derailment|collapse|stampede|crush|eruption|epicentre|epicenter|"
                   r"sinking|capsizing|shipwreck)\b")
# The words that open a part of a toll, past which a place is the part's, not the whole's:
# "killed 500 people in Ohio this year, including Sunday's attack at a Columbus bar"
PART_OPENS = r"(?i)\b(?:including|among\s+(?:them|whom|which|the\s+dead)|such\s+as)\b"

# ... or a sentence that names where the event was by pointing back at it: "No group immediately
# claimed the attack in Bannu district" (the place right after these words).
FOLLOW_UP_REFERENCE = (r"(?i)\bthe\s+(?:attack|assault|blast|bombing|explosion|strike|airstrike|raid|shooting|ambush|"
                       r"massacre|killings?)\s+(?:in|at|near|on)\s+(?:the\s+)?")

# After "X City", the words that make "City" part of an organisation's name: "Dublin City
# Council", "Springfield City Manager" are Dublin's and Springfield's (where "X City" is only
# another name of the place X; Kansas City, Jersey City keep their own names).
CITY_ORG_WORDS = frozenset("""council councils councillor councilman councilwoman councilor manager hall commission
commissioner commissioners schools school attorney clerk administrator board court government department police
fire officials official employees treasurer auditor engineer planner planners public marshal marshals transit
area library""".split())
# A name and a comma right before a stated distance: the place the distance is measured to
# ("Tamara, about 25 kilometers ...", "in the Mafa local government area, about 30 kilometers ...").
# ... and a landmark by its direction alone from a place named and described before it: "in
# Sharonville, a city of about 14,000 people north of Cincinnati" (Sharonville's, not Cincinnati's),
# or by its nearness: "stormed Mbengwi, a town near the regional capital, Bamenda"
# (or named by its kind, with no description: "in Afrin countryside, north of Aleppo")
NAMED_BEFORE_DIRECTION = (r"[A-Z][\w'’-]+(?:,\s+(?:a|an)\s+(?:[\w'’,-]+\s+){1,8}?|\s+(?:countryside|area|district|town|"
                          r"village|city|camp|region|province|county),\s+)(?:just\s+|some\s+\w+\s+)?"
                          r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside|close\s+to)\s+(?:the\s+)?"
                          r"(?:(?:[\w'’-]+\s+){0,2}?(?:capital|city|town|port),\s+)?$")
NAMED_BEFORE_DISTANCE = (r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
                         r"(?:\s+(?:local government area|district|province|county|region|state|area|municipality|"
                         r"department|governorate|village|town|city))?"
                         r"(?:\s*,|\s+(?:lies|is|sits|is located|located))\s*"
                         r"(?:about|some|around|roughly|nearly|just|approximately)?\s*$")


# A road, railway or pipeline named after the towns at its ends ("the Nakuru-Eldoret highway",
# "the Kabul-Kandahar road"): where on it is not at either town; a finer place named beside it
# ("near Londiani") is where. The end after a name, and the end before a name.
ROUTE_NOUNS = r"(?:highway|road|motorway|expressway|freeway|railway|railroad|rail line|route|pipeline|corridor|axis)"
ROUTE_FIRST_END = (r"\s?[-–]\s?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?\s+(?i:" + ROUTE_NOUNS + r")\b")
ROUTE_LAST_END_AFTER = r"\s+(?i:" + ROUTE_NOUNS + r")\b"
ROUTE_LAST_END_BEFORE = r"[A-Z][\w'’.-]*\s?[-–]\s?$"
# ... and the ends of a journey: "a bus carrying 62 passengers from Kisumu to Nairobi veered off the
# road near Londiani" happened near Londiani (where nothing else is named, the journey is all
# there is: "ambushed while travelling from Srinagar to Jammu")
_TRAVEL_WORDS = (r"(?i:travell?(?:ing|ed|s)?|bus|buses|train|flight|truck|lorry|boat|ferry|convoy|minibus|plane|coach|"
                 r"vehicle|passengers|journey|trip)")
# ("from the town of Cutervo to the city of Chiclayo": an end named with its kind; "from the South
# Sudan capital, Juba": with its country's)
_END_KIND = (r"(?:the\s+)?(?:(?i:town|city|village|capital|port)\s+of\s+|"
             r"(?:[A-Z][\w'’-]*\s+){1,2}(?i:capital|port\s+city|city|town),?\s+)?")
TRAVEL_FIRST_END_BEFORE = r"\b" + _TRAVEL_WORDS + r"\b[^.;]{0,40}?\b(?i:from)\s+" + _END_KIND + "$"
TRAVEL_FIRST_END_AFTER = r"\s+to\s+" + _END_KIND + "[A-Z]"
TRAVEL_LAST_END_BEFORE = (r"\b" + _TRAVEL_WORDS + r"\b[^.;]{0,40}?\b(?i:from)\s+" + _END_KIND
                          + r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}\s+to\s+" + _END_KIND + "$")
# Where a boat, a bus or a flight set out from is no place of what befell it on the way: "the
# boat had left Zuwara with about 86 people on board", "the ferry, which set sail from Mwanza".
TRAVEL_DEPARTED_BEFORE = (r"\b" + _TRAVEL_WORDS + r"\b[^.;]{0,40}?\b(?i:(?:had\s+)?(?:left|departed(?:\s+from)?|"
                          r"set\s+(?:sail|off|out)\s+from|sailed\s+from|embarked\s+(?:at|from)))\s+" + _END_KIND + "$")

# After a place that seems to say something, the toll idiom instead: "... in Onitsha claimed 12
# lives", "claimed the lives of nine" (the place is where, not who said it)
CLAIMED_LIVES = r"(?i)\s+(?:the\s+lives\b|(?:[\w,-]+\s+){1,3}?lives\b)"

# A paragraph that opens with a full date is a note of its own, as files of conflict-event notes
# are written ("On 15 February 2024, ...", "15 February 2024: ...", "On February 15, 2024, ...",
# "2024-02-15 - ..."): each note's places are judged by that note's other names, not by the file's.
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
# (as the coders write a day they are not sure of: "Around 5 June 2026 (as reported),", "On or about
# 3 May 2024,", "Between 3 and 5 June 2026,")
NOTE_LEAD = (rf"(?:On\s+or\s+(?:around|about)\s+|(?:On|Around|About)\s+|Between\s+\d{{1,2}}(?:\s+{_MONTH})?\s+and\s+)?"
             rf"(?:\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
             rf"\d{{1,2}}/\d{{1,2}}/\d{{4}})(?:\s*\((?:as reported|reported|approximately)\))?\s*[,:;\-–—]")

# A dateline's date and colon after its town, as South Asian papers file: "KATHMANDU, Aug 21:",
# "IMPHAL, March 29:" (the town is where the story was filed, not where it happened).
DATELINE_DATE_COLON = rf",\s*{_MONTH}\s+\d{{1,2}}\s*:\s"

# Words for the place a story was filed from, as where it happened: "this town", "this city"
# (its dateline then is the story's place, not only where it was written).
HERE = (r"(?i)\bthis\s+(?:(?:small|remote|northern|southern|eastern|western|central|besieged|coastal|frontline|border|desert|garrison|market|mining|"
        # (and what says where it lies: "this northeast Texas city", "this Gulf Coast town")
        r"north|south|east|west|northeast|northwest|southeast|southwest|(?-i:[A-Z][\w'’.-]*))\s+){0,3}"
        r"(?:town|city|village|port|camp|district)\b(?!\s+(?:council|hall|officials?|police|authorities)\b)|"
        # ... or the parts of "the city" it was filed from: "in the West Pullman neighborhood on the
        # city's Far South Side" (local news)
        r"\bthe\s+(?:city|town)['’]s\s+(?:[\w-]+\s+){0,3}?(?:side|neighbou?rhood|district|suburbs?|outskirts|downtown|"
        r"(?:north|south|east|west)(?:ern)?(?:\s+(?:side|end|part|edge))?)\b|"
        # ... or what the town holds or marks: "at a festival marking the city's 650th anniversary",
        # "in the town's main square", "the city's central market"
        r"\bthe\s+(?:city|town)['’]s\s+(?:[\w-]+\s+){0,2}?(?:anniversary|festival|centre|center|square|market|"
        r"streets?|old town|harbou?r|station|cathedral|mosque|stadium)\b|"
        # ... or a town's parts as police and local news name them: "on the West Side", "in the 4000
        # block of West Madison Street", "in the Garfield Park neighborhood"
        r"\b(?:on|in)\s+the\s+(?-i:(?:Far\s+|Near\s+)?(?:North|South|East|West|Northwest|Northeast|Southwest|Southeast)\s+Side)\b|"
        r"\bthe\s+\d{1,5}\s+block\s+of\b|"
        # (not one said to be another town's: "in the Potrero Grande neighbourhood of Cali" after "BOGOTÁ —")
        r"\bin\s+the\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+neighbou?rhood\b(?!\s+of\s+(?-i:[A-Z]))")

# A sentence that opens with the area it tells of ("In Donetsk region, shelling killed two residents
# of Kostiantynivka"): before the area's name, and after it (its kind word, then the comma).
FRONTED_AREA_BEFORE = r"(?i)\s*in\s+(?:the\s+)?(?:(?:region|province|state|oblast|governorate|county)\s+of\s+)?$"
FRONTED_AREA_AFTER = r"(?i)(?:\s+(?:region|province|state|oblast|governorate|county|district))?\s*,"

# "the central Damascus district of Mezzeh": a part of the town, named after the town's name (the
# noun belongs to the part; "area" too before "of")
CITY_PART_NOUNS = frozenset(("district", "neighbourhood", "neighborhood", "suburb", "quarter"))
# "Barangay San Jose, Las Navas town": after a comma, the town a village lies in
TOWN_NOUNS = frozenset(("town", "municipality", "township"))
# Between a place and the town it is said to lie near: "Komdi and Tuyan, near Chibok", "Dibis,
# outside Kirkuk", "close to the town of Gao"
# Between a town and a place it has: "Dhaka's Old Town", "Kabul's busy Green Zone" (that place lies
# in the town's country).
TOWNS_PART_GAP = r"['’]s?\s+(?:(?:old|historic|central|busy|crowded|northern|southern|eastern|western)\s+)?"
# A sentence calling a town named before it "the city's": "died at a hospital in Lahore, ... shot
# in the city's Gulberg area".
CITYS = r"(?i)\bthe\s+(?:city|town)['’]s\b"
# After two towns joined by a hyphen, a road between them: "the Gwadar-Turbat road".
ROAD_NEXT = r"(?i)\s+(?:road|highway|motorway|expressway|railway|rail\s+line|route|corridor)\b"
# "between Bal'ad and Afgooye", "on the road between the towns of X and Y": two places a road or a
# clash joins lie within a few hundred kilometres of each other (``toponyms.BETWEEN_KM``).
BETWEEN_LEAD = r"(?i)\bbetween\s+(?:the\s+(?:towns?|villages?|cities|city)\s+of\s+)?$"
BETWEEN_GAP = r"\s+(?:and|&)\s+(?:the\s+(?:town|village|city)\s+of\s+)?"
NEAR_TOWN_GAP = (r"(?i)\s*,?\s+(?:just\s+|very\s+)?(?:near|outside|close\s+to|next\s+to)\s+"
                 r"(?:the\s+(?:town|city|village)\s+of\s+)?")
# Between the name of a facility named after a place and the town it is said to be in: "the Litoral
# penitentiary in the port city of Guayaquil", "the Kibera market in Nairobi" (the name's place, if
# it is one, lies in that town's country).
FACILITY_IN_GAP = (r"(?i)\s+(?:prison|penitentiary|jail|gaol|detention\s+(?:centre|center)|correctional\s+(?:centre|center|facility)|"
                   r"stadium|market|hotel|hospital|school|university|mosque|church|airport|mall|refinery|mine|"
                   r"(?:(?:railway|train|bus|metro|subway|underground|police|fire)\s+)?station)\s+"
                   r"(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:[a-z]+\s+){0,2}(?:city|town|village|port)\s+of\s+)?")
# A toll told as the participle of the clause before it ("ambushed a patrol in X district on
# Monday, killing five policemen"): the places of that clause are its own.
PARTICIPLE_TOLL_LEAD = (r"(?i),\s*(?:killing|wounding|injuring|leaving|claiming)\s+"
                        r"(?:at\s+least\s+|about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?$")

# An aside right after a place saying how far it lies, no end of its clause: "a strike on Mykolaiv,
# about 110 kilometers (70 miles) to the east, wounded a woman"
DISTANCE_ASIDE = (r"(?i),\s*(?:(?:about|some|around|nearly|roughly|just|more than|less than|over|under)\s+)?"
                  r"\d[\d,.]*\s*(?:-\s*)?(?:km|kilometers|kilometres|miles|mi)\b(?:\s*\([^()]{1,30}\))?[^,;.()]{0,40},")
# Units of a distance a place is measured from: "40 km north of Kismayo" is near it, not in it
DISTANCE_UNITS = frozenset("km kms kilometers kilometres kilometer kilometre miles mile mi".split())
