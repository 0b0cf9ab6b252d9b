"""The words of English news copy that attribution reads: titles, speech verbs, organisations.

Kept apart from the rules that use them so that a new title or verb is a
one-line change, and so that an editor can read what the tool knows. Only
general vocabulary belongs here (no person's or outlet's name): a rule that
needs a name to work does not generalise to the next article.
"""

from __future__ import annotations

import re

# Re-exported (see `__all__` at the end): the speech words and the places are kept in their
# own modules, and every rule may keep importing them from here.
from .placewords import DEMONYMS, PLACE_ALT, PLACES
from .speechwords import (
    ACCORDING_TO,
    BETWEEN_SUBJECT_AND_VERB,
    LISTENER_VERBS,
    OUTLET_OWNS,
    SAY,
    SAY_RE,
    TERM,
    WORK,
    WORK_AFTER,
)
from .wordlists import words, words_in

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
# A clinician's post, named by its ending or its noun ("child psychiatrist", "paediatrician",
# "orthopaedic surgeon"): a post like a scientist's, but an expert's only where the article
# places it at an institution (a practitioner "in Orange County" gives a patient's-eye view).
_CLINICIAN = (
    r"[a-z-]*(?:surgeon|clinician)|[a-z-]+(?:iatrist|iatrician|stetrician|ietitian|ietician)"
)
CLINICIAN = re.compile(rf"(?:{_CLINICIAN})s?")
# Posts named by their ending: "marine biologist", "astrophysicist", "oceanographer".
SCIENTIST = re.compile(
    rf"(?:[a-z-]+(?:ologist|icist|ographer|onomer|chemist|istician|matician)|{_CLINICIAN})s?"
)
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
    "rival successor predecessor opponent deputy boss aide pragmatist insider hawk curator "
    "agent member coordinator attorney"
)
# A field of study in lower case ("physics", "political science", "law"), as an academic
# post or department is named for it
DISCIPLINE = r"(?:[a-z]+(?:omy|ics|ology|istry|sophy)|science|sciences|history|law|medicine)"
# Words that put a post in the past ("former", "ex-", "retired" agent): its holder no longer
# speaks for the body that gave it, and comments on it as an outsider does.
FORMER = r"(?:former|ex-|retired)"
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
# What only a body is, never a person ("X, a research firm", "X, a Paris-based think tank"):
# unlike "broker", "manager" or "pollster", which name people as well as firms.
BODY_KIND = (
    r"firm|company|consultancy|think[ -]?tank|thinktank|agency|organi[sz]ation|institute"
    r"|university|bank|brokerage|fund|group|lender|insurer|nonprofit|charity|publication"
)
# ... told as what a name is: perhaps where it is based, what it does in lower case (no post
# "at the firm"), then the kind ("California-based research firm", "nonprofit think tank")
BODY_GLOSS = (
    rf"(?:[{UP}][\w-]*-based )?(?:(?!(?:of|at|with|for|in|on|by|from|to|the|a|an|and)\b)"
    rf"[a-z][\w-]* ){{0,3}}(?:{BODY_KIND})"
)
# Words of a newspaper's or a broadcaster's name: whoever it places there is its reporter.
OUTLET_WORDS = words(
    "Times News Post Journal Press Herald Tribune Guardian Telegraph Gazette Daily Weekly "
    "Magazine Radio TV Television Channel Shimbun Reporter Chronicle Observer Express Mail "
    "Mirror Sun Star Courier Broadcasting Wire"
)
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
# Words that open a sentence to join it to the last ("But", "Meanwhile"): capitalised only
# for that, never the first word of a name that follows them.
CONNECTIVES = words(
    "But And Or So Yet Still Meanwhile However Instead Then Thus Indeed Moreover Furthermore "
    "Also Now Nor Plus"
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
    "acclaimed influential well-regarded well-respected esteemed"
)
DAYS = words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December"
)
PRONOUNS = {"he": "m", "she": "f", "He": "m", "She": "f"}

__all__ = [
    "ACCORDING_TO", "ADVOCACY_ORG_WORDS", "ANALYST_NOUNS", "BETWEEN_SUBJECT_AND_VERB", "BODY_KIND",
    "CLINICIAN", "CONNECTIVES", "DAYS", "DEMONYMS", "EXPERT_KIND", "EXPERT_NOUNS",
    "EXPERT_ORG_WORDS",
    "FIRM_KIND", "GROUP_NOUNS", "HAN", "HEAD_NOUNS", "HONORIFICS", "LAY_NOUNS", "LEADER_TITLES",
    "LISTENER_VERBS", "LOW", "OFFICE_TITLES", "OFFICIAL_NOUNS", "ORG_WORDS", "OUTLET_OWNS",
    "OUTLET_WORDS",
    "PARTICLES", "PERSON_NOUNS", "PLACES", "PLACE_ALT", "PRAISE", "PRONOUNS", "ROLE_MODIFIERS",
    "SAY", "SAY_RE", "SCIENTIST", "STOP", "TERM", "TITLE_PARTS", "UP", "WORK", "WORK_AFTER",
    "words", "words_in",
]
