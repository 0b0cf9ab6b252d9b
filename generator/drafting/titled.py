"""Descriptions a capitalised run carries itself: "Russian President", "IISS Senior Fellow",
"Executive Director of X's Center for Y" before a name, all in capitals; and the posts
before an organisation's name that runs into the person's ("Head of Research, X Bank Jane
Doe", "political analyst, director of the X Group Jane Doe", "At X, economist Jane Doe").

Kept apart from `describe`, which reads the lower-case words around a name.
"""

from __future__ import annotations

import re

from .describe import Description, describe, expert_plural, has_post, nouns_of
from .fieldtitle import field_title
from .fieldword import capital_field
from .lexicon import EXPERT_NOUNS, OFFICE_TITLES, SAY
from .names import ORG_PHRASE, ORG_RUN, Run, bare, is_org_name, word_class

_TITLE_OF = re.compile(
    rf"(?:^|[^\w’'-])((?:[A-Z][\w-]*\.? ){{1,4}})(?:of|at) (?:the )?"
    rf"((?:{ORG_RUN})(?:[’']s (?:{ORG_RUN}))?(?: (?:of|for|and|on))?) $"
)


# "shared by doctoral student in politics at the University of X Jane Doe": the same in
# lower case, after the verb or "by" that the name is the subject or agent of
_POST_AT = re.compile(  # (the post is not the verb or the "according to" before it)
    rf"(?:^|[,;:] |\b(?:by|{SAY}) |[Aa]ccording to )(?:the |an? )?"
    rf"(?!(?:{SAY}|according)(?![\w’'-]))((?:[a-z][\w-]* ){{1,6}}?)(?:at|of|with) (?:the )?"
    rf"((?:{ORG_RUN})(?: (?:of|for|and|on))?) $"
)

# ... and the same when the organisation's name runs into the person's: the post or two
# ("political analyst, director of the X Group Jane Doe") are in lower case before it
_POSTS_OF_RUN = re.compile(
    rf"(?:^|[.;:,] |\b(?:by|{SAY}) )(?:[A-Z][\w-]* )?((?:[a-z][\w -]{{2,60}}, )?"
    rf"(?:[a-z][\w-]* ){{1,3}}?)(?:of|at|with) (?:the )?$"
)


def title_of_org(before: str, run: Run) -> Description | None:
    """ "Executive Director of UVA's Center for Politics Jane Doe": a title, then its
    organisation, then the name, all in capitals (or the post in lower case); or a field
    before "Professor", which makes the title a post ("law Professor Jane Doe")."""
    field = field_title(before, run)
    if field is not None:
        return field
    # the organisation's last words, then the name: a run that is all name is the rest
    # of the organisation's ("Head of the Department of Journalism and Mass Media")
    comma = _TITLE_COMMA.search(before) if run.prefix and len(run.name) >= 2 else None
    if comma and _capital_title(comma.group(1).split(" of ")[0].split()) and (
        is_org_name(" ".join(run.prefix))
    ):  # "Head of Research, Example Bank Jane Doe": the title, then its bank, then her
        return describe(comma.group(1), " ".join(run.prefix))
    posts = _POSTS_OF_RUN.search(before) if run.prefix and len(run.name) >= 2 else None
    if posts and is_org_name(" ".join(run.prefix)) and all(
        has_post(p) for p in posts.group(1).strip().split(", ")
    ):  # "..., political analyst, director of the X Group Jane Doe": the first post is hers
        return describe(posts.group(1).split(", ")[0], " ".join(run.prefix), posts.group(0))
    split = bool(run.org_before and run.prefix)
    match = _TITLE_OF.search(before) if split else None
    post = _POST_AT.search(before) if split and len(run.name) >= 2 and not match else None
    if post is not None and has_post(post.group(1)):
        return describe(post.group(1).strip(), " ".join([post.group(2), *run.prefix]))
    if match is None:
        return None
    titles = match.group(1).split()
    if not _capital_title(titles):
        return None
    return describe(" ".join(titles), " ".join([match.group(2), *run.prefix]))


# "..., Head of Research, " right before a run that opens with an organisation's name
_TITLE_COMMA = re.compile(
    r"(?:^|(?<=[^\w\s]) )((?:[A-Z][\w-]* ){0,3}[A-Z][\w-]*"
    r"(?: of [A-Z][\w-]*(?: [A-Z][\w-]*){0,2})?), $"
)


def _capital_title(titles: list[str]) -> bool:
    """ "Senior Fellow", "Head": a post in capitals and nothing else."""
    return bool(titles) and word_class(titles[-1]) == "title" and all(
        word_class(t) in ("title", "title-part") for t in titles
    )


_TITLE_AT = re.compile(
    rf"(?:^|[.;:] |, )((?:[A-Z][\w-]* ){{0,3}}[A-Z][\w-]*(?: of [^,()]{{1,60}}?)?) at (?:the )?"
    rf"((?:{ORG_PHRASE})(?: \([A-Z]{{2,}}\))?) $"
)

# "At Example Bank, senior economist Jane Doe thinks": the sentence opens at her organisation
_AT_ORG_POST = re.compile(
    rf"(?:^|[.!?”\"] )At (?:the )?({ORG_RUN}), ((?:[a-z][\w-]* ){{1,4}})$"
)


# "Two Lagos-based researchers, " / "..., Jane Doe and " before the second of the pair: a
# count and where they work from are the writer's, the plural noun the post they share
_PLURAL_PAIR = re.compile(
    r"(?:^|[.;:!?] |, )(?:[Tt]wo|[Bb]oth|[Tt]hree|[Tt]he) (?:[\w-]+-based )?([a-z]+s), "
    r"(?:[A-Z][\w’'-]+(?: [A-Z][\w’'.-]+){1,2} and )?$"
)


# ... or with no count and no comma, the plural post run into the first of the names: a
# pair, or a list ("professors Dr. A, Dr. B, and Dr. C"), each name perhaps with its
# honorific before it and its degrees or its own organisation after it ("A, MD, MPH, and B,
# MD", "analysts A from X Group and B from Y Research")
_HONORIFIC = r"(?:(?:Dr|Prof|Professor)\.? )?"
_LISTED = (
    rf"{_HONORIFIC}[A-Z][\w’'.-]+(?: (?:[A-Z][\w’'.-]+|van|von|de|der|den|da|di|le|la)){{1,3}}"
    rf"(?: (?:from|of|at) (?:the )?{ORG_RUN})?(?:, [A-Z][A-Za-z.]{{1,5}})*(?:,? and |, )"
)
_PLURAL_POST = re.compile(
    r"(?:^|[.;:!?—–] ?|, |\b(?:by|with|and) )(?:([A-Z][\w-]*) )?((?:[a-z][\w-]* ){0,2}([a-z]+s)) "
    rf"(?:{_LISTED}){{0,4}}{_HONORIFIC}$"
)


# "said Law Professor at X University, Jane Doe", "Senior fuel analyst at the website
# example.com, Jane Doe": a post and where it is held, then a comma, then the name. A web
# domain names its site; "the website" before it is the writer's gloss.
_DOMAIN = r"[A-Za-z][\w-]*(?:\.[a-z]{2,})+"
_POST_AT_COMMA = re.compile(
    rf"(?:(?:^|[.;:!?”\"] )(?:(?:{SAY}) )?|(?<![\w’'-])(?:{SAY}) )(?:the |an? )?"
    rf"((?:[\w-]+ ){{0,4}}?[\w-]+) at (?:the )?"
    rf"(?:(?:web ?site|site) )?((?:{ORG_PHRASE})|{_DOMAIN}), $"
)


def _post_at_comma(before: str) -> Description | None:
    """The post before "at" ends in a post's noun or title ("analyst", "Professor"): "clients
    at X, Jane Doe" is no post of hers."""
    match = _POST_AT_COMMA.search(before)
    if match is None:
        return None
    last = match.group(1).split()[-1]
    if not (has_post(last) or word_class(last) in ("title", "honorific")):
        return None
    return describe(match.group(1), match.group(2))


def title_at_org(before: str) -> Description | None:
    """ "Professor of X studies at Example University (EU) Jane Doe said": a capitalised
    title, its field, and the organisation, before the name; or a sentence that opens at the
    organisation ("At X, chief economist Jane Doe"), or the post and its organisation
    before a comma ("Law Professor at X, Jane Doe")."""
    post_at = _post_at_comma(before)
    if post_at is not None:
        return post_at
    pair = _PLURAL_PAIR.search(before)
    if pair and pair.group(1)[:-1] in EXPERT_NOUNS:
        # "Two X-based researchers, Jane Doe and John Roe,": the plural is each one's post
        return describe(pair.group(1), None, pair.group(1)[:-1])
    pair = _PLURAL_POST.search(before)
    if pair and expert_plural(pair.group(3)):
        # "European climate scientists Jane Doe and John Roe": the post they share, in the
        # article's words; a capital before it is their organisation ("XU professors"), a
        # nationality (neither), or the post's first word ("Election analysts")
        kind = word_class(pair.group(1)) if pair.group(1) else None
        org = pair.group(1) if kind == "org" else None
        role = pair.group(2) if kind in (None, "org", "place") else (
            f"{pair.group(1)} {pair.group(2)}"
        )
        return describe(role, org, pair.group(3)[:-1])
    opening = _AT_ORG_POST.search(before)
    if opening and is_org_name(opening.group(1)) and has_post(opening.group(2)):
        return describe(opening.group(2).strip(), opening.group(1))
    match = _TITLE_AT.search(before)
    if match is None:
        return None
    head = match.group(1).split(" of ")[0].split()
    if word_class(head[-1]) not in ("title", "honorific") or not all(
        word_class(t) in ("title", "title-part", "honorific") for t in head
    ):
        return None
    return describe(match.group(1), match.group(2))


_FORMER = re.compile(r"^(?:Former|Ex-?) ")


def from_run(run: Run) -> Description | None:
    """The run's own title and organisation: "Russian President", "IISS Senior Fellow"."""
    if not run.title and not run.prefix and not run.org_before:
        return None
    # "Example College Professor X": after its organisation the word is the post's name
    titles = [t for t in run.title if word_class(t) != "honorific" or (
        run.org and bare(t) == "Professor" and t == run.title[-1]
    )]
    if not any(word_class(t) in ("title", "honorific") for t in titles):
        titles = []  # "X's Associate Professor Jane Doe": the honorific's modifier is no post
    official = any(bare(t) in OFFICE_TITLES and not t.startswith("ex-") for t in titles)
    role = " ".join(titles) or None
    nouns = nouns_of(" ".join([*titles, *run.places])) | {bare(t).lower() for t in titles}
    if any(bare(t) in ("Professor", "Prof") for t in run.title):
        nouns = nouns | {"professor"}
    affiliation = run.org if titles or run.org_before else None
    # "Nevada State Epidemiologist": a state's post is one title, the state no employer;
    # "Financial Analyst Jane Doe": a field in title case is the post's, no employer
    state_post = bool(titles and run.prefix) and bare(titles[0]) == "State" and all(
        word_class(t) in ("name", "place") for t in run.prefix
    )
    field_post = len(run.prefix) == 1 and capital_field(run.prefix[0])
    if titles and not run.org_before and (state_post or field_post):
        role, affiliation = " ".join([*run.prefix, *titles]), None
    if titles and affiliation and _FORMER.match(affiliation):
        # "Former QDA President Jane Doe": out of the office, she comments on it; the
        # organisation is still the one she is known by
        return Description(role, _FORMER.sub("", affiliation) or None, False, nouns, True)
    if official:
        return Description(None, affiliation, True, nouns)
    return Description(role, affiliation, False, nouns) if role or nouns else None
