"""How an article describes a person: role, affiliation, and whether they hold office.

Descriptions come before a name ("Westpac's chief economist Bill Evans",
"Kazakhstan Institute for Strategic Studies Deputy Director Sanat
Kushkumbayev", "According to the head of ... at X, Jane Doe,") or after it
("Jane Doe, a research fellow at X,", "Jane Doe of X", "Jane Doe from the X").
Role and affiliation keep the article's words (where they divide: `posts`). A
former post is still placed at the body it was held at ("former president of X
Sports"): the person is known by it; but a state's office keeps its body inside
the role ("former director of X's Foreign Ministry"), as one title. A
nationality before the post ("a Peruvian expert on X") is neither.

Whether someone is an analyst is read from the same words: an expert's noun
(economist, professor, fellow ...) or an expert organisation (a university,
an institute, a research firm) makes one; an office (minister, spokesman,
chief executive), or the head of an organisation of another kind (a lobby, a
company), or a lay description (a student, a patient) does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .fieldposts import ACADEMIC, HEADS_RESEARCH, RESEARCH, field_office, leads_research_unit
from .lexicon import (
    ADVOCACY_ORG_WORDS,
    ANALYST_NOUNS,
    CLINICIAN,
    DEMONYMS,
    EXPERT_KIND,
    EXPERT_NOUNS,
    FORMER,
    HEAD_NOUNS,
    LAY_NOUNS,
    OFFICIAL_NOUNS,
    PERSON_NOUNS,
    PLACES,
    PRAISE,
    SCIENTIST,
    words,
    words_in,
)
from .names import bare
from .orgname import name_in
from .placewords import STATE_ABBREVIATIONS
from .posts import POST, PROGRAMME, expert_org, split_description


@dataclass(frozen=True)
class Description:
    """What one place in the article says about a person."""

    role: str | None = None
    affiliation: str | None = None
    official: bool = False
    nouns: frozenset[str] = frozenset()  # person nouns and place words, lower case
    former: bool = False
    # a former post's organisation: where a later description places an expert whose
    # first description gave no affiliation ("former scientist at X")
    past: str | None = None
    expert_kind: bool = False  # named after what it is: "of political consultancy X"

    @property
    def expert(self) -> bool:
        """Speaks as an expert: an expert's noun, or the post of an expert organisation."""
        org = expert_org(self.affiliation) or self.unit or self.expert_kind
        return not self.official and (
            self.studies or org or (self.former and not _PARTY.search(self.role or ""))
            or (bool(self.nouns & HEAD_NOUNS) and not self.executive)
        )

    @property
    def unit(self) -> bool:
        """The post is a programme's ("director of the Europe Program at X"): a programme
        of work is a think tank's or a university's, whatever the body is called."""
        return bool(set(re.findall(r"\b[A-Z][\w-]*", self.role or "")) & PROGRAMME)

    @property
    def studies(self) -> bool:
        """An expert's noun, or a post in research ("director of research at X"); a
        clinician's only at an institution (see `CLINICIAN`)."""
        nouns = self.nouns if self.affiliation else frozenset(
            noun for noun in self.nouns if not CLINICIAN.fullmatch(noun)
        )
        return bool(nouns & (ANALYST_NOUNS - HEAD_NOUNS)) or _scientist(nouns) or bool(
            RESEARCH.search(self.role or "") or ACADEMIC.search(self.role or "")
            or field_office(self.role)
            or leads_research_unit(self.role, expert_org(self.affiliation))
        )

    @property
    def lay(self) -> bool:
        """A witness, a student, a team's manager; not one whose post is in research ("market
        research manager at X"), nor the manager of a body the writer calls a consultancy:
        that manager studies the field the story is about."""
        return bool(self.nouns & LAY_NOUNS) and not self.nouns & ANALYST_NOUNS and not (
            re.search(r"\bresearch\b", self.role or "", re.IGNORECASE) or self.expert_kind
        )

    @property
    def executive(self) -> bool:
        """Heads an organisation that is not an expert one (a lobby, a company); a
        director of a firm we cannot place (a consultancy's initials) is taken as an expert."""
        heads = self.nouns & HEAD_NOUNS
        words = (self.affiliation or "").split()
        # a lobby or a company; or a government's or the UN's ("U.N. aid chief")
        advocacy = any(bare(w) in ADVOCACY_ORG_WORDS for w in words) or (
            bool(words) and all(bare(w).replace(".", "") in PLACES for w in words)
        )
        runs_it = bool(re.search(r"executive director|director.general", self.role or "", re.I))
        if _RUNS_COMPANY.search(self.role or "") and not self.former:
            return True  # a chief executive speaks for the company, whatever it is
        return (
            bool(heads) and not self.former and not expert_org(self.affiliation)
            and not self.unit and not self.expert_kind
            and not self.studies
            and (advocacy or runs_it or bool(heads - {"director", "head", "chief"})
                 or not self.affiliation)
        )


# a former party post is a politician's ("former party secretary general"), no commentator's
_PARTY = re.compile(r"\bparty\b", re.IGNORECASE)
_RUNS_COMPANY = re.compile(
    r"\bchief (?:executive|operating|financial|technology|commercial|product)\b|\bc[eoft]o\b"
    r"|\bchief executive\b|\bchief$",  # "the agency's chief", "UN aid chief"
    re.IGNORECASE,
)


_OFFICIAL_WORDS = OFFICIAL_NOUNS - HEAD_NOUNS
JOINS = words("of for and de du the")
_DOCTORAL = re.compile(r"\b(?:doctoral|PhD|Ph\.D\.|postdoctoral) (?:student|candidate)\b")


def nouns_of(text: str) -> frozenset[str]:
    found = set()
    one_of = re.search(r"\bone of\b", text, re.IGNORECASE)
    if _DOCTORAL.search(text) or HEADS_RESEARCH.search(text):
        found.add("researcher")  # a doctoral student researches; so does a head of research
    for word in words_in(text):
        low = word.lower()
        if low in PERSON_NOUNS:
            found.add(low)
        elif low.endswith("s") and low[:-1] in PERSON_NOUNS and one_of:
            found.add(low[:-1])  # "one of the scientists at X"
        elif "-" in low:
            found.update(part for part in low.split("-") if part in PERSON_NOUNS)
        if word in PLACES:
            found.add(low)
        if re.fullmatch(r"\d+-year-old", low):
            found.add("year-old")
        if SCIENTIST.fullmatch(low):
            found.add(low.removesuffix("s"))  # "a marine biologist": a post, by its ending
    return frozenset(found)


def _heads(role: str) -> set[str]:
    """The post nouns that head a role: "executive director" is a director."""
    heads = set()
    for part in re.split(r",| and |;", role):
        if re.match(rf" ?(?:the |an? )?{FORMER}", part, re.IGNORECASE):
            continue  # "professor emeritus and former judge": the post left is no office now
        part = re.split(r" (?:of|at|with|for|in|on|to)\b", part)[0]
        tokens = part.lower().split()
        # "general manager", "general counsel": before a noun "general" is no general
        posts = [w for i, w in enumerate(tokens) if {w, *w.split("-")} & POST
                 and not (w == "general" and i + 1 < len(tokens))]
        if posts:
            heads |= {posts[-1], *posts[-1].split("-")} & POST
    return heads


def describe(role: str | None, affiliation: str | None, extra: str = "") -> Description:
    """A description from its parts; official when a post of office heads it."""
    role = role.strip(" ,") if role else None
    if affiliation:  # the body's own name, without where, when or what kind it is
        affiliation = name_in(affiliation)
    if affiliation and affiliation.strip(" .") in STATE_ABBREVIATIONS:
        affiliation = None  # "a pediatrician in Orange County, Calif.": where, not who
    text = f"{role or ''} {extra}"
    nouns = nouns_of(text)
    if role:  # "a Russian expert on X": where the expert is from is no part of the post,
        # nor is "the bank's" in "the bank's chief economist"
        role = _COMMON_OWNER.sub("", _NATIONALITY.sub("", _PRAISED.sub("", _BASED.sub("", role))))
        role = _STANDING.sub("", _DETERMINER.sub("", role))
    former = bool(re.match(rf"(?:the |a |an )?{FORMER}", role or "", re.IGNORECASE))
    if affiliation and _FORMER_ORG.match(affiliation):
        # "Former X Council official Jane Doe": the word opens the fused form, not the
        # council's name; she is out of that office
        affiliation, former = _FORMER_ORG.sub("", affiliation), True
    heads = _heads(role or "") or (nouns & POST)
    if _DOCTORAL.search(text):
        heads -= {"candidate"}  # a doctoral candidate stands for no office
    official = not former and not field_office(role) and not leads_research_unit(
        role, expert_org(affiliation)) and bool(heads & _OFFICIAL_WORDS or (
        # a president holds office, unless of a think tank or a college
        (heads & {"president"} and not expert_org(affiliation))
        or (heads and not expert_org(affiliation) and "chairman" in heads)
    ) or re.search(r"\b(?:nominated|nominee|appointed|elected)\b", text)
        or _AIDE.search(role or "") or _heads_agency(heads, role, affiliation))
    past = None
    if former and not affiliation:
        held = re.sub(rf"^(?:the |a |an )?{FORMER} ?", "", role or "", flags=re.IGNORECASE)
        title = _TITLE_OF.fullmatch(held)
        past = split_description(held)[1] or (title.group(2) if title and _heads(
            title.group(1).lower()) else None)
    return Description(role or None, affiliation or None, official, nouns, former, past,
                       expert_kind=_glossed_expert_kind(text, affiliation))


def _glossed_expert_kind(text: str, affiliation: str | None) -> bool:
    """ "president of consulting firm X": the writer's word for what the body is, right
    before its name, says its people comment as experts (as "X, a consultancy" does)."""
    if not affiliation:
        return False
    start = text.find(affiliation)
    while start != -1:
        if _KIND_BEFORE.search(text, max(0, start - 80), start):
            return True
        start = text.find(affiliation, start + 1)
    return False


# (one pattern for every description, not one per affiliation: compiling the kinds afresh
# for each name cost more than the rest of the check)
_KIND_BEFORE = re.compile(rf"\b(?:{EXPERT_KIND})(?: group)? (?:the )?$")


# "director of the National Center for X (at the Y)": a national centre or institute named
# for a field of public service, not for research, is a government's agency, and its head
# speaks for it ("National Institute of Economic Research" is a research house)
_NATIONAL_AGENCY = re.compile(r"^(?:the )?National (?:Cent(?:er|re)|Institutes?)\b")
_RESEARCH_NAME = re.compile(
    r"\b(?:Research|Studies|Economics?|Analys[ie]s|Policy|Strategic)\b"
)


def _heads_agency(heads: set[str], role: str | None, affiliation: str | None) -> bool:
    return bool(heads & {"director", "head", "chief"}) and not RESEARCH.search(role or "") and (
        bool(_NATIONAL_AGENCY.match(affiliation or ""))
        and not _RESEARCH_NAME.search(affiliation or "")
    )


# "Director General of the X": a title in capitals, then the body it was held at
_TITLE_OF = re.compile(r"((?:[A-Z][\w-]* ){0,3}[A-Z][\w-]*) of (?:the )?([A-Z].*)")
_FORMER_ORG = re.compile(r"^(?:Former|Ex-) ?(?=[A-Z])")
_NATIONALITY = re.compile(rf"^(?:(?:{'|'.join(sorted(DEMONYMS))}) )+(?=[a-z])")
# "the prominent English art historian": praise before a nationality goes with it (a
# "leading expert on X" alone is as the article ranks the post)
_PRAISED = re.compile(
    rf"^(?:(?:{'|'.join(sorted(PRAISE))}) )+(?=(?:{'|'.join(sorted(DEMONYMS))}) [a-z])"
)
# "a Toronto-based disease specialist": where the person works from, as a nationality is
_BASED = re.compile(r"^[A-Z][\w-]*-based (?=[a-z])")
# "their chief economist", "another trade expert": the writer's pointer, not the post
_DETERMINER = re.compile(r"^(?:their|his|her|its|our|another) (?=[a-z])")
# "independent political analyst", "local analyst": that the commentator has no employer, or
# lives in the place, is the writer's note on the post, not its name
_STANDING = re.compile(
    r"^(?:[Ii]ndependent|[Ll]ocal) (?=(?:[a-z][\w-]* ){0,2}"
    r"(?:analyst|economist|expert|commentator|observer)$)"
)
_COMMON_OWNER = re.compile(r"^[a-z][\w-]*(?:[’']s|s[’']) (?=[a-z])")
# An adviser "to" someone, or a government's security adviser, works for them.
_AIDE = re.compile(
    r"\b(?:advis[eo]r|aide|assistant) to (?:[A-Z][\w’'-]+$|the (?:president|prime minister"
    r"|premier|chancellor|king|queen|leader|governor|mayor|minister|secretary)\b)"
    r"|\bsecurity advis[eo]r\b"
)  # an aide to a person in office; an academic advising a council stays an academic


def has_post(text: str) -> bool:
    head = " ".join(text.split()[:7])
    nouns = nouns_of(head)
    return bool(nouns & PERSON_NOUNS or _scientist(nouns)) or bool(
        re.match(r"(?:former|ex-)", text)
    )


def expert_plural(word: str) -> bool:
    """ "scientists", "professors", "climatologists": the plural of an expert's post."""
    return word.endswith("s") and (word[:-1] in EXPERT_NOUNS or bool(SCIENTIST.fullmatch(word)))


def _scientist(nouns: frozenset[str]) -> bool:
    return any(SCIENTIST.fullmatch(n) for n in nouns)


# (in capitals too, opening the sentence: "Co-author Jane Doe, an economist at X, said")
_AUTHORSHIP = re.compile(
    r"(?:study |paper )?(?:lead |senior |first |co-)?(?:author|co-author)", re.IGNORECASE
)


def task_only(role: str | None) -> bool:
    """ "said study lead author Jane Doe, a researcher at X": authorship is her task on one
    study, not a post; the post given after her name is what she is."""
    return bool(role and _AUTHORSHIP.fullmatch(role))
