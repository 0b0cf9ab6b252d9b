"""Where a description's post ends and its organisation begins: "director of the Europe
Program at X", "professor of North Korean studies at X", "fellow at X and head of policy at
a firm", "head of X's laboratory where samples are kept".

Role and affiliation keep the article's words. Kept apart from `describe`, which reads what
a description says about a person (an expert, an official); this reads only where its parts
divide, which needs nothing of the person.
"""

from __future__ import annotations

import re

from .lexicon import (
    ANALYST_NOUNS,
    EXPERT_KIND,
    EXPERT_ORG_WORDS,
    FIRM_KIND,
    FORMER,
    OFFICIAL_NOUNS,
    PLACE_ALT,
    SCIENTIST,
    words,
)
from .names import ORG_RUN, bare, is_org_name
from .orgname import field_before, name_in

_OWNED_UNIT = re.compile(
    r"([A-Z][\w-]*(?: (?:[A-Z][\w-]*|of|for|and|on|&))*?)[’']s (?:(?:[a-z][\w-]* ){1,3}"
    r"(?:department|faculty|school|laboratory|lab|unit)"
    # "X's Middle East Program", "X's Centre of Y": a unit named in capitals
    r"|(?:[A-Z][\w-]* ){0,4}(Program|Programme|Project|Initiative|Centre|Center|Institute)"
    r"(?: (?:of|for|on) [A-Z].*)?)"
)
# "director of the Europe Program at X": a unit of X
_UNIT_AT = re.compile(
    r"((?:[A-Z][\w-]*|of|for|and|on|the|in|&)(?: (?:[A-Z][\w-]*|of|for|and|on|the|in|&))*?)"
    r" at (?:the )?([A-Z].*)"
)
# A programme is a line of work, named in the post ("director of the Europe Program"); a
# centre or an institute owned by X ("X's Center for Y") is a part of X, where the post is
# plain "director" (one "at X" is named for itself: "director of the Y Institute at X").
PROGRAMME = words("Program Programme Project Initiative")
_CENTRE = words("Centre Center Institute")
# ... as is a school or a department of a university ("dean of the School of Law at X")
_SCHOOL = words("School Faculty Department")


def expert_org(affiliation: str | None) -> bool:
    """A university, an institute, a research firm: its people comment as experts."""
    return bool(affiliation) and any(
        bare(w).strip("’'s") in EXPERT_ORG_WORDS or bare(w) in EXPERT_ORG_WORDS
        for w in affiliation.split()
    )


ROLE_STOP = words(
    "said says say added told tells the a an of and by with for to according his her their "
    "its at in on from as who that which was is has had when while after before said, "
    "also but or than then where whose whom"
)
POST = ANALYST_NOUNS | OFFICIAL_NOUNS


# A comma of a list in a name ("Institute for Peace, Law, and Security") splits nothing.
_COMMA = re.compile(
    r", (?!(?:[A-Z][\w-]*(?: [A-Z][\w-]*)*, )*(?:and|&) [A-Z]|[A-Z][\w.]*-based )"
)  # (nor does a city's before its state's: "Example City, Ore.-based X")


def split_description(text: str) -> tuple[str, str | None]:
    """ "director of SOAS China Institute at ..." -> role and affiliation, in the article's words.

    "ROLE of Organisation" names the organisation directly; otherwise the
    affiliation follows the first " at " (or " with " an organisation), or is
    the next comma's capitalised segment ("director, China Power Project").
    """
    text = re.sub(r"^(?:the|a|an) ", "", text.strip())
    now = re.match(r"former(?:ly)? [^,]*? and (?:now|currently|current) (?:an? |the )?(.*)$",
                   text)
    if now and now.group(1)[:1].isalpha():
        # "formerly X's chief economist and now head of Y", "a former X citizen and current
        # Y University professor": what they do now
        return split_description(now.group(1))
    fused = _FUSED.fullmatch(text)
    if fused and is_org_name(fused.group(1)) and _posted(fused.group(2)):
        return fused.group(2), fused.group(1)  # "Y University professor": split as written
    if re.match(FORMER, text, re.IGNORECASE):
        # a former post is placed at the body it was held at or of, as the person is still
        # known by it; a state's office is one post ("former director of X's Foreign Ministry")
        company = _FORMER_CHIEF.match(text) or _FORMER_AT.fullmatch(text)
        if company:
            return company.group(1), company.group(2)
        return _former_of_body(text) or (text, None)
    text = _RELATIVE.sub("", text)
    first, *rest = _COMMA.split(text)
    if " and " in first:
        head, tail = first.split(" and ", 1)
        if not _posted(head) and set(tail.lower().split()) & POST and not _FIELDS.fullmatch(head):
            first = re.sub(r"^(?:the|a|an) ", "", tail)
        second = re.match(r"an? (?!former|ex-)(.*)$", tail)
        if second and _posted(head) and _posted(second.group(1)) and not _PLACED.search(head):
            # "professor of X and a researcher in Y at the Z": a second post, with an article
            # of its own, is no part of the role; its body is the only one given
            org = split_description(second.group(1))[1]
            if org:
                return head, org
    glossed = _GLOSSED_BODY.fullmatch(first)
    if glossed and _posted(glossed.group(1)):
        # "president of consulting firm X": the kind before the name is the writer's gloss
        return glossed.group(1), glossed.group(2)
    # "professor in the political science department of the University of X": a post
    # and the part of it, then the organisation (with no second post after "and")
    role_of = re.match(r"^((?:[A-Za-z][\w-]* ){0,7}[a-z][\w-]*) of (?:the )?([A-Z].*)$", first)
    if role_of and not re.search(r"\b(?:and|at|with|from)\b", role_of.group(1)) and (
        len(role_of.group(1).split()) <= 4 or re.search(r" (?:in|on) ", role_of.group(1))
        or _CHAIN.fullmatch(role_of.group(1))
    ):
        org = role_of.group(2)
        # "director of X FX and commodities sales at Y": a second field, with no article,
        # shares the post; "X and a fellow at Y" or "X and the Y" holds something else
        shared = _SHARED_FIELD.match(org)
        other = None if shared else re.search(r" and (?:an? |the )?[a-z][^,]*$", org)
        org = org[: other.start()] if other else org
        # "director of Alzheimer's research at the X": the field is the post's, the name X
        field = field_before(org, (ROLE_STOP - {"and"} if shared else ROLE_STOP) | _UNITS)
        if field:
            return f"{role_of.group(1)} of {field[0]}", field[1]
        unit = _OWNED_UNIT.fullmatch(org)
        if unit and unit.group(2) in _CENTRE:
            return role_of.group(1), unit.group(1)
        if unit and re.search(r" (?:laboratory|lab)$", org):
            return role_of.group(1), org  # a laboratory is where one works, whoever owns it
        if unit:  # "chair of X's physics department": the post is in X's department
            return f"{role_of.group(1)} of {org}", unit.group(1)
        at = _UNIT_AT.fullmatch(org)
        unit_words = set(at.group(1).split()) if at else set()
        if at and unit_words & (PROGRAMME | _SCHOOL):  # "dean of the School of X at Y"
            return first[: role_of.start(2) + at.end(1)], at.group(2)
        return role_of.group(1), org
    unit = _POST_IN_UNIT.fullmatch(first)
    at = _UNIT_AT.fullmatch(unit.group(2)) if unit and _posted(unit.group(1)) else None
    if unit and at and set(at.group(1).split()) & _SCHOOL:
        # "a professor in the Department of X at Y University": a school or a department
        # is where the post is held, with the university it belongs to (one affiliation)
        return unit.group(1), unit.group(2)
    held = _POST_WITH_UNIT.fullmatch(first)
    if held and _posted(held.group(1)) and set(held.group(2).split()) & _BODY_UNITS:
        # "an analyst with the X Centre at Y University": whatever joins the post to it, a
        # centre, a school or a laboratory is where the post is held, one affiliation with
        # its home (a programme or a project is a line of work, and stays with the post)
        return held.group(1), name_in(first[held.start(2):])
    # ("curator of X for the Y Museum", "chief scientist for X's Y Program")
    for joint in (" at ", " with ", " from ", " for the ", " for ", " in "):
        role, sep, org = first.partition(joint)
        if joint == " in " and not (is_org_name(org) and _posted(role)):
            continue  # "economist in London" names a place; "in X University's School" a post
        if joint == " for the " and not org[:1].isupper():
            continue  # "investigator for the probe of X": a task, not an organisation
        if joint == " for " and not (_OWNED_UNIT.fullmatch(org) or (
            _FIRM.fullmatch(org) and (is_org_name(org) or " & " in org)
        )):
            # "scientist for X's Y Program" is X's, "analyst for The Daily Example", "for
            # X Capital" or "for X Power & Y" (names joined by "&" are a firm's) the firm's;
            # "expert for Asia" names a field
            continue
        # "at the think tank X", "at digital rights group X": the name is the affiliation
        # "at Westpac-owned St George": the owner is not where they work
        field = _FIELD_IN.fullmatch(org)
        if field:  # "researcher in geopolitics in the X": the field is the post's
            role, org = f"{role}{joint}{field.group(1)}", field.group(2)
        org = name_in(org)
        org = re.split(rf" and (?:an? )?{FORMER}", org)[0]  # a former post is no affiliation
        other = re.search(r" and (?:an? |the )?(?!the [A-Z])[a-z][^,]*$", org)
        if other:  # "X University and a prominent critic of Y", "... and a fellow at Z":
            org = org[: other.start()]  # a second post is no part of the first's organisation
        if sep and org[:1].isupper():
            return role, org
    # "a specialist with close ties to Y": a "with" that names no organisation ends the post
    first = re.split(r" with (?=[a-z])", first)[0]
    if rest and rest[0][:1].isupper() and rest[0].split()[0].lower() not in ROLE_STOP:
        return first, rest[0]
    placed = re.fullmatch(r"(?:from|at) (?:the )?([A-Z].*)", rest[0]) if rest else None
    if placed and _posted(first) and is_org_name(placed.group(1)):
        return first, placed.group(1)  # "lead author of a study, from the University of X"
    former = re.match(rf"(.+?) and (?:an? |the )?{FORMER}", first)
    if former and _posted(former.group(1)):
        # "an analyst and former MP": the post held now; the one left (with no body of the
        # first's to share, as "professor and former chair of X at Y" has) is no part of it
        return former.group(1), None
    return first, None


# "for The Daily Example", "for X Capital", "for B. Example FBR": a name that holds an
# organisation's word or initials, not a place or a field ("expert for Asia")
_FIRM = re.compile(rf"(?:The )?{ORG_RUN}")


# "adviser to the chairman of the board of X": posts above posts, each "to" or "of" the next,
# are one post held at the organisation named last
_CHAIN = re.compile(
    r"(?:[a-z][\w-]* ){0,2}[a-z][\w-]*(?: (?:to|of) the (?:[a-z][\w-]* )?[a-z][\w-]*){1,3}"
)
# "Example University professor": an organisation's name run into the post after it
_FUSED = re.compile(rf"({ORG_RUN}) ((?:[a-z][\w-]* ){{0,3}}[a-z][\w-]*)")
# ... but "director of the Y Institute of International Affairs at X" names a unit, not a field
_UNITS = words(
    "Institute Centre Center School Department Faculty College University Academy Program "
    "Programme Project Initiative Group Foundation Council Committee Office"
)
_FORMER_CHIEF = re.compile(
    rf"((?i:{FORMER}) ?(?:chief executive|chief operating officer|CEO|COO|managing "
    r"director)) of (?:the )?([A-Z].*)$"
)
# "former senior associate at X College": a former post "at" a place of work is placed there
_FORMER_AT = re.compile(
    rf"((?i:{FORMER}) ?(?:[a-z][\w-]* ){{0,3}}[a-z][\w-]*) at (?:the )?([A-Z].*)"
)
# "former president of X Sports", "former editor of X World": a former post "of" a named body
# is placed there, as "at" one is; the body's name runs to the end
_FORMER_OF = re.compile(
    rf"((?i:{FORMER}) ?(?:[a-z][\w-]* ){{0,3}}[a-z][\w-]*) of (?:the )?([A-Z][^,]*)"
)
# "of Norway's Foreign Ministry", "of Estonian Defense Forces": a body its country owns
_STATE_BODY = re.compile(rf"(?:{PLACE_ALT})(?:[’']s|(?<=s)[’'])? ")


def _former_of_body(text: str) -> tuple[str, str] | None:
    """A former post of a named body, read as the post itself would be ("former director
    of X's Centre for Y": X), but not a state's office: "former director general of
    Norway's Foreign Ministry" is one title, as the country's officials are known by."""
    found = _FORMER_OF.fullmatch(text)
    if not found or _STATE_BODY.match(found.group(2)):
        return None
    prefix = re.match(rf"{FORMER} ?", text, re.IGNORECASE)
    assert prefix  # the pattern opens with it
    role, org = split_description(text[prefix.end():])
    return (prefix.group() + role, org) if org else None


# "head of X's laboratory where samples are kept": a clause on the organisation ends it
_RELATIVE = re.compile(r",? (?:where|which|whose|when) .*$")


def _posted(text: str) -> bool:
    return any(post_word(w) for w in text.lower().split())


def post_word(word: str) -> bool:
    """ "a glaciologist and professor": a post named by its ending is a post too (and
    "vice-president" by its part)."""
    word = word.lower()
    return word in POST or bool(SCIENTIST.fullmatch(word)) or bool(set(word.split("-")) & POST)


# a post in lower case, then the unit it is held in ("in the", "from the")
_POST_IN_UNIT = re.compile(r"((?:[a-z][\w-]* ){0,3}[a-z][\w-]*) (?:in|from) (?:the )?([A-Z].*)")
# "foreign affairs and security analyst": fields in lower case before "and" share the post
# after it (where "longtime X watcher and chief economist" is a second post)
_FIELDS = re.compile(r"(?:an? )?(?:[a-z][\w-]* ){0,2}[a-z][\w-]*")
# "of consulting firm X", "of the political consultancy group X": what the body is, in lower
# case before its name
_GLOSSED_BODY = re.compile(
    rf"([a-z][\w -]*?) (?:of|at|with|for) (?:the )?(?:[a-z][\w-]* ){{0,2}}"
    rf"(?:{EXPERT_KIND}|{FIRM_KIND})(?: group)? ((?:The )?{ORG_RUN}\.?)"
)
# "X FX and commodities sales at Y": fields joined by "and" before the body the post is at
_SHARED_FIELD = re.compile(r"[A-Z][^,]*? and (?:[a-z][\w-]* ){0,3}[a-z][\w-]* (?:at|for) [A-Z]")
# a post in lower case, then the named unit it is held in and the unit's home ("with the X
# Centre at Y")
_POST_WITH_UNIT = re.compile(
    r"([a-z][a-z -]*?) (?:with|at|in|from) (?:the )?((?:[A-Z][\w’'-]*|of|for|on|and|the|&)"
    r"(?: (?:[A-Z][\w’'-]*|of|for|on|and|the|&))*?) at (?:the )?[A-Z].*"
)
_BODY_UNITS = _CENTRE | _SCHOOL | words("Laboratory Lab Group Unit Division")
_PLACED = re.compile(r" (?:at|of|with|from|in|for) (?:the )?[A-Z]")
_FIELD_IN = re.compile(r"((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (?:in|at) (?:the )?([A-Z].*)")
