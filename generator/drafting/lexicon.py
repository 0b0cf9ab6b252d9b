"""The words of English news copy that attribution reads: titles, speech verbs, organisations.

Kept apart from the rules that use them so that a new title or verb is a
one-line change, and so that an editor can read what the tool knows. Only
general vocabulary belongs here (no person's or outlet's name): a rule that
needs a name to work does not generalise to the next article.
"""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD = re.compile(r"[\w’'-]+")


def words_in(text: str) -> list[str]:
    """The words of a text, with the apostrophes and hyphens inside them ("Doe’s", "so-called")."""
    return _WORD.findall(text)


UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0400-\u042f"
LOW = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u0430-\u045f"
HAN = "\u4e00-\u9fff"  # a name in Chinese characters is one word of two to four

# Honorifics: stand before a name, are never part of it, and are not a role.
HONORIFICS = words("Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady Mx Rev Fr")
# Capitalised titles of office: before a name they make its bearer an official.
OFFICE_TITLES = words(
    "President Vice-President Minister Secretary King Queen Prince Princess Premier Chancellor "
    "Ambassador Governor Mayor Senator Sen Sens Representative Rep Reps Congressman "
    "Councillor Councilor Coun Cllr Alderman Amb Pres Supt Insp Det Atty "
    "Congresswoman Speaker Chairman Chairwoman Chair Envoy Spokesperson Spokesman Spokeswoman "
    "Pope General Gen Admiral Adm Colonel Col Lt Lieutenant Major Captain Capt Commander "
    "Sergeant Sgt Judge Justice Sheikh Emir Leader Commissioner Director-General "
    "Attorney Gov Sheriff Marshal Archbishop Bishop Cardinal Emperor Empress Sultan Shah "
    "CEO CFO COO CTO Governor-General Secretary-General MP MPs MEP MLA MPP MSP"
)
# Words that may stand inside a capitalised title ("Deputy Prime Minister", "Rear Adm.").
TITLE_PARTS = words(
    "Deputy Vice Prime Foreign Defence Defense Finance Interior Home Health Trade State "
    "Executive Managing Associate Assistant Senior Chief Acting Former Rear First Second "
    "General Principal Lead Research Political Global Regional National Special Supreme "
    "Attorney Economic Economics Energy Climate Security Policy Strategy Investment Market "
    "Markets Equity Equities Commodity Commodities Oil Credit Rates Currency Science Data "
    "Technology History Affairs Relations International Intelligence Crown Founding Visiting "
    "Distinguished Emeritus Adjunct Professorial"
)
# Nouns of an analyst's post: the person comments as an expert.
ANALYST_NOUNS = words(
    "analyst professor fellow researcher economist expert scholar strategist "
    "lecturer historian specialist commentator academic scientist meteorologist climatologist "
    "epidemiologist virologist immunologist physician doctor sociologist psychologist "
    "demographer pollster prognosticator observer adviser advisor consultant director head "
    "chair chairman chairwoman dean editor author partner officer chief principal correspondent "
    "forecaster academician"
)
# Of those, the posts whose holder an article names only to cite them as an expert: a
# professor named in the text is cited even without a quote or a speech verb.
EXPERT_NOUNS = words(
    "analyst professor fellow researcher economist expert scholar strategist lecturer "
    "historian specialist academic scientist meteorologist climatologist epidemiologist "
    "virologist immunologist sociologist psychologist demographer pollster forecaster "
    "academician"
)
# Posts named by their ending: "marine biologist", "astrophysicist", "oceanographer".
SCIENTIST = re.compile(r"[a-z-]+(?:ologist|icist|ographer|onomer|chemist|istician|matician)s?")
# Nouns of a post held in office or in business: the person speaks for an institution.
OFFICIAL_NOUNS = words(
    "president minister secretary premier chancellor leader diplomat spokesperson spokesman "
    "spokeswoman ambassador envoy official governor mayor senator lawmaker commander "
    "congressman congresswoman representative king queen prince general admiral nominee "
    "ceo founder co-founder cofounder executive executives owner chairman chairwoman "
    "candidate judge prosecutor speaker regulator negotiator officer sheikh emir treasurer "
    "attorney-general comptroller commissioner superintendent sheriff councillor councilor "
    "alderman legislator undersecretary critic"
)
# Nouns of a person that are no post at all: witnesses, patients, family, students.
LAY_NOUNS = words(
    "student patient witness resident mother father son daughter "
    "wife husband grandfather grandmother friend neighbour neighbor survivor victim worker "
    "teacher voter fan passenger driver shopper tourist refugee whistleblower activist "
    "campaigner protester lawyer journalist blogger "
    # sport and the arts: "Example City manager Jane Doe", "lyricist and filmmaker Doe"
    "manager coach player striker goalkeeper captain actor actress singer filmmaker "
    "lyricist composer novelist poet painter musician"
)
# Plural and collective subjects that speak for no one in particular ("analysts say",
# "state media said", "Doe's rivals said"): their words are nobody's to draft.
GROUP_NOUNS = words(
    "analysts experts scientists officials economists critics researchers sources observers "
    "strategists people leaders academics diplomats investors traders media military police "
    "authorities ministers lawmakers legislators prosecutors regulators rivals opponents "
    "officers campaigners activists protesters negotiators executives bankers forecasters "
    "commentators pollsters insiders"
)
# Nouns that stand for a person when "the" goes before them ("the Russian leader said").
PERSON_NOUNS = ANALYST_NOUNS | OFFICIAL_NOUNS | LAY_NOUNS | words(
    "man woman veteran nominee politician billionaire counterpart colleague associate "
    "rival successor predecessor opponent deputy boss aide pragmatist insider hawk curator"
)
# "the Russian leader" means a head of state or government: these titles are leaders.
LEADER_TITLES = words("president premier chancellor king queen leader emir sheikh emperor")

# Words of organisations: a capitalised run holding one is an institution, not a person.
ORG_WORDS = words(
    "Administration Agency Institute Institution University Universities College School "
    "Academy Bank Banks Group Research Capital Securities Partners Markets Ministry "
    "Department Office Committee Council Commission Centre Center Foundation Association "
    "Society Times News Post Journal Press Service Services Energy Analytics Consulting "
    "Economics Corporation Corp Inc Ltd LLC Plc PLC Co Company Holdings Fund Forum Party "
    "Government Parliament Congress Senate House Court Army Navy Forces Force Kremlin "
    "Pentagon Assembly Union Board Authority Reserve Exchange Organization Organisation "
    "Program Programme Project Initiative Network Media Bureau Federation Alliance Club League "
    "Hospital Trust Laboratory Lab Labs Studies Analyses Observatory Statistics Endowment "
    "Brookings Associates Advisors Advisers Management Investments Insurance Motors Airlines "
    "Systems Technologies Robotics Industries International Global Team Shimbun Herald Tribune "
    "Guardian Telegraph Gazette Daily Weekly Magazine Radio TV Television Channel Agency "
    "Commission Cabinet Council Police Guard Directorate Embassy Consulate Secretariat "
    "Tabloid Outlook Review Index Report Survey Poll Polls Museum Communications Telecom Telecoms "
    "Telecommunications Solutions Entertainment Enterprises Ventures Pharmaceuticals Logistics "
    "Tank"
)
# Organisations that comment as experts: an affiliation here makes an analyst (a "Survey" is
# a public research body, a geological or a biological one, whose scientists are researchers).
EXPERT_ORG_WORDS = words(
    "University College School Academy Institute Research Centre Center Studies Endowment "
    "Foundation Program Programme Project Analytics Consulting Economics Capital Securities "
    "Partners Markets Group Associates Advisors Advisers Observatory Laboratory Lab Management "
    "Think Tank Museum Survey"
)
# What an organisation is, said in lower case before its name ("political consultancy X"):
# the kinds whose people comment as experts.
EXPERT_KIND = (
    r"consultancy|consulting firm|think[ -]?tank|thinktank|research (?:firm|group|institute)"
    r"|polling (?:firm|company)|pollster|advisory firm|analytics firm|university"
)
# ... and the kinds of firm that say nothing of expertise ("at trading firm X", "of investment
# bank X"): written before the name, they are the writer's gloss, and the name the affiliation.
FIRM_KIND = r"firm|bank|company|brokerage|broker|lender|insurer|fund|agency|house|manager"
# Organisations that speak for an interest: their heads are not commentators.
ADVOCACY_ORG_WORDS = words(
    "Committee Association Union Council Party Ministry Department Government Agency "
    "Federation Society League Chamber Task Force Coalition Movement Campaign Church "
    "Company Corporation Corp Inc Ltd Motors Airlines Holdings Club Team Authority Commission"
)
# Posts that lead an organisation: an expert's post only when the organisation is one of
# the expert kind above (a think tank's director, not a lobby's).
HEAD_NOUNS = words(
    "director head chair chairman chairwoman president founder co-founder cofounder chief dean"
)
# Peoples' adjectives: a nationality before a post ("a Peruvian expert on X") says where the
# person is from, neither the post nor an organisation.
DEMONYMS = words(
    "Chinese Russian Ukrainian British Indian Japanese Korean German French Italian Spanish "
    "Polish Iranian Iraqi Israeli Palestinian Egyptian Turkish Syrian Lebanese Saudi Qatari "
    "Taiwanese Australian Canadian Mexican Brazilian African European Asian American Arab "
    "Estonian Kazakh Armenian Azerbaijani Georgian Swiss Dutch Irish English Scottish Welsh Soviet "
    "Colombian Venezuelan Peruvian Chilean Argentine Argentinian Cuban Bolivian Ecuadorian "
    "Uruguayan Paraguayan Nigerian Kenyan Ghanaian Ethiopian Somali Sudanese Ugandan "
    "Tanzanian Zimbabwean Libyan Tunisian Algerian Moroccan Jordanian Emirati Kuwaiti Omani "
    "Bahraini Yemeni Afghan Pakistani Bangladeshi Nepali Nepalese Thai Vietnamese Indonesian "
    "Malaysian Filipino Singaporean Mongolian Kyrgyz Uzbek Tajik Turkmen Belarusian Moldovan "
    "Romanian Bulgarian Serbian Croatian Bosnian Hungarian Czech Slovak Slovenian Greek "
    "Cypriot Portuguese Belgian Austrian Danish Swedish Norwegian Finnish Icelandic Latvian "
    "Lithuanian"
)
# Places and peoples: general vocabulary, never a person's name or an organisation.
PLACES = DEMONYMS | words(
    "China Russia Ukraine Britain India Japan Korea Germany France Italy Spain Poland Iran "
    "Iraq Israel Palestine Gaza Egypt Turkey Syria Lebanon Jordan Saudi Arabia Qatar Yemen "
    "Taiwan Hong Kong Australia Canada Mexico Brazil Argentina Africa Europe Asia America "
    "Americas Pacific Atlantic Arctic Estonia Latvia Lithuania Finland Sweden Norway Denmark "
    "Switzerland Austria Belgium Netherlands Ireland Scotland Wales England Kazakhstan "
    "Uzbekistan Armenia Azerbaijan Georgia Belarus Moscow Beijing Washington Brussels London "
    "Paris Berlin Tokyo Shanghai Kyiv Kiev Tehran Cairo Beirut Jerusalem Baku Yerevan Astana "
    "Singapore Vietnam Thailand Indonesia Malaysia Philippines Pakistan Afghanistan Mongolia "
    "Western Eastern Northern Southern Middle East West North South US UK EU UN NATO Baltic "
    "Southeast Northeast Southwest Northwest "
    # the countries of the peoples above
    "Colombia Venezuela Peru Chile Cuba Bolivia Ecuador Uruguay Paraguay Nigeria Kenya Ghana "
    "Ethiopia Somalia Sudan Uganda Tanzania Zimbabwe Libya Tunisia Algeria Morocco Kuwait "
    "Oman Bahrain Bangladesh Nepal Kyrgyzstan Tajikistan Turkmenistan Moldova Romania "
    "Bulgaria Serbia Croatia Bosnia Hungary Slovakia Slovenia Greece Cyprus Portugal Iceland "
    "Caucasus Caspian Central Gulf Balkan Nordic Sino-Russian Sino-American"
    # "St Mary's Hospital", "St Petersburg": a saint's name is a place's or an institution's
    " St Saint"
    # party labels stand before a name as a nationality does ("Democrat Jane Doe")
    " Democrat Democrats Democratic Republican Republicans Labour Conservative"
)
# ... as one alternation for the patterns that look for a place
PLACE_ALT = "|".join(sorted(PLACES))
# Capitalised words that start sentences or name days and months: never part of a name.
STOP = words(
    "The A An But And Or In On At For With When While If As So Yet After Before Since Still "
    "Instead Meanwhile However Back Then This That These Those It He She They We I You His "
    "Her Their Our Its Like Under Over Such Both Even Already Interestingly Obviously Expect "
    "Hardly Last Next Every Some Many Most Other Others What Why How Where Who Whether Not "
    "No Yes Asked Speaking Writing According Despite Although Though Because Also Now Today "
    "Yesterday Tomorrow There Here Once Only Just Then Thus Indeed Further Furthermore "
    "Moreover Still Yet Given Unlike Amid Among Between Through During Following From To Of "
    "By Photo Image Read Related More Editor Note Source Sign Watch Share Listen Advertisement Get "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Jan Feb Mar Apr Jun Jul Aug "
    "Sep Sept Oct Nov Dec Christmas Easter Covid COVID-19 Olympics Games Ceremony Summit"
)
# Lowercase words that join the parts of one name ("Ludwig van der Berg", "bin Salman").
PARTICLES = words("van von der den de da di du del della la le bin ibn al el ter dos das")
# Role words that may go before an analyst's noun ("senior", "chief", "political").
ROLE_MODIFIERS = words(
    "senior chief junior deputy executive managing associate assistant principal lead head "
    "research political economic global regional leading veteran independent visiting "
    "founding emeritus distinguished non-resident nonresident adjunct acting former "
    "defence defense security foreign energy oil climate market markets equity credit "
    "rates currency commodities strategy policy investment data science history public "
    "international national financial monetary china russia asia europe middle east "
    "military intelligence health social"
)
# The writer's praise before a post ("top virologist", "leading Indian immunologist"): no
# part of the role, nor (capitalised to open a sentence) an organisation.
PRAISE = words(
    "top leading prominent renowned eminent noted well-known respected famous celebrated "
    "acclaimed influential"
)

# Verbs that attribute words to the subject next to them ("X said", "said X").
SAY = (
    "said|says|say|added|adds|told|tells|tell|observed|observes|noted|notes|explained|explains"
    "|wrote|writes|argued|argues|continued|continues|asked|asks|replied|replies|insisted"
    "|insists|warned|warns|stressed|stresses|recalled|recalls|concluded|concludes|cautioned"
    "|cautions|commented|comments|remarked|remarks|declared|declares|emphasised|emphasized"
    "|emphasises|emphasizes|acknowledged|acknowledges|admitted|admits|conceded|concedes"
    "|suggested|suggests|predicted|predicts|announced|announces|confirmed|confirms|vowed"
    "|vows|pledged|pledges|urged|urges|claimed|claims|maintained|maintains|believes|believed"
    "|thinks|thought|reckons|reckoned|estimated|estimates|forecast|forecasts|predicted"
    "|agreed|agrees|complained|complains|posted|tweeted|quipped|joked|wondered|answered"
    "|answers|responded|responds|reported|reports|described|describes|called|calls"
    "|went on|goes on|pointed out|points out|summed up|put it|puts it|analy[sz]es|analy[sz]ed"
    "|expressed|expresses|hailed|praised|demanded|proposed|alluded|testified|announced"
    "|mused|sighed|shouted|recounted|elaborated|explained|reiterated|underlined|highlighted"
    "|mentioned|opined|opines|uttered|stated|asserted|asserts|contended|contends|contending"
    "|revealed|reveals|questioned|lauded|lauds|characterized|characterised|characterizes|tweeting"
    "|characterises"
    "|saying|calling|adding|noting|describing|telling|urging|warning|insisting|vowing"
    "|pledging|agreeing|stressing|arguing|explaining|declaring|announcing|acknowledging"
    "|admitting|conceding|promising|promised|demanding|proposing|praising|hailing"
    "|welcoming|welcomed|expressing|signalling|signaling|signalled|signaled|referring"
    "|(?<!was )(?<!were )(?<!been )(?<!be )dismissed|dismisses|dismissing"
)
SAY_RE = re.compile(rf"(?<![\w’'-])(?:{SAY})(?![\w’'-])")
# Verbs after which the object is a listener, not a speaker ("told Xi", "asked Putin").
LISTENER_VERBS = words(
    "told tells tell telling asked asks urged urges urging called calls calling praised "
    "praising hailed hailing welcomed welcoming"
)
# Words of reported speech that introduce the speaker after them.
ACCORDING_TO = re.compile(
    r"(?<![\w’'-])(?:[Aa]ccording to|[Aa]s (?:\w+ )?(?:put|said|noted) by"
    r"|[Ii]n the (?:opinion|view|words|estimation) of"
    r"|[Ii]n(?= (?:his|her|their) (?:own )?words\b))\s"
)
# Quote marks after these words mark a term that is mentioned, not speech.
TERM = re.compile(
    r"(?<![\w’'-])(?:refer(?:s|red|ring)? to(?: as)?|dubbed|known as|so-called|termed"
    r"|nicknamed|labell?ed|branded|the word|the term|the phrase|called it"
    # what a poster or a campaign says is printed, not spoken: "the slogan: “...”"
    r"|slogan|motto|hashtag|catchphrase|banner|placard)[,:]?\s+(?:\S+\s+){0,2}$"
)
# A quote in title case after these words is the title of a work ("who wrote “The Long
# Game,”", "in her book, “After the Storm,”"), not speech.
WORK = re.compile(
    r"(?<![\w’'-])(?:book|novel|memoir|film|movie|documentary|song|album|play|series|show"
    r"|essay|poem|paper|article|report|column|podcast|titled|entitled|wrote|written|authored"
    r"|published|author|co-author|host|presenter)[,:]?\s+(?:\S+\s+){0,2}$"
)
# ... or before these words ("in another “Morning Call” interview"): the name of a show.
WORK_AFTER = re.compile(
    r"[,.]?\s+(?:interview|show|programme|program|podcast|broadcast|segment|episode|series"
    r"|documentary|column|newsletter|book|film|report)s?(?![\w’'-])"
)
# ... or after an outlet's possessive ("told Example TV’s “Morning Call.”"): its show.
OUTLET_OWNS = re.compile(r"(?<![\w’'-])((?:[A-Z][\w&.-]* ){0,3}[A-Z][\w&.-]*)[’']s?\s$")
# Words that may stand between a speaker and the verb ("Ueda on Friday said").
BETWEEN_SUBJECT_AND_VERB = words(
    "also has have had would will then later once previously recently further again still "
    "now today yesterday on in last this next early late morning evening week month year "
    "the a an night told both separately earlier afterwards however quickly enthusiastically "
    "bluntly flatly simply publicly privately repeatedly herself himself"
)
DAYS = words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December"
)
PRONOUNS = {"he": "m", "she": "f", "He": "m", "She": "f"}
