"""Descriptions a capitalised run carries itself: "Russian President", "IISS Senior Fellow",
"Executive Director of X's Center for Y" before a name, all in capitals.

Kept apart from `describe`, which reads the lower-case words around a name.
"""

from __future__ import annotations

import re

from .describe import Description, describe, has_post, nouns_of
from .lexicon import OFFICE_TITLES, SAY
from .names import ORG_PHRASE, ORG_RUN, Run, bare, word_class

_TITLE_OF = re.compile(
    rf"(?:^|[^\w’'-])((?:[A-Z][\w-]*\.? ){{1,4}})(?:of|at) (?:the )?"
    rf"((?:{ORG_RUN})(?:[’']s (?:{ORG_RUN}))?(?: (?:of|for|and|on))?) $"
)


# "shared by doctoral student in politics at the University of X Jane Doe": the same in
# lower case, after the verb or "by" that the name is the subject or agent of
_POST_AT = re.compile(
    rf"(?:^|[,;:] |\b(?:by|{SAY}) )((?:[a-z][\w-]* ){{1,6}}?)(?:at|of|with) (?:the )?"
    rf"((?:{ORG_RUN})(?: (?:of|for|and|on))?) $"
)


def title_of_org(before: str, run: Run) -> Description | None:
    """ "Executive Director of UVA's Center for Politics Jane Doe": a title, then its
    organisation, then the name, all in capitals (or the post in lower case)."""
    # the organisation's last words, then the name: a run that is all name is the rest
    # of the organisation's ("Head of the Department of Journalism and Mass Media")
    split = bool(run.org_before and run.prefix)
    match = _TITLE_OF.search(before) if split else None
    post = _POST_AT.search(before) if split and len(run.name) >= 2 and not match else None
    if post is not None and has_post(post.group(1)):
        return describe(post.group(1).strip(), " ".join([post.group(2), *run.prefix]))
    if match is None:
        return None
    titles = match.group(1).split()
    if word_class(titles[-1]) != "title" or not all(
        word_class(t) in ("title", "title-part") for t in titles
    ):
        return None
    return describe(" ".join(titles), " ".join([match.group(2), *run.prefix]))


_TITLE_AT = re.compile(
    rf"(?:^|[.;:] |, )((?:[A-Z][\w-]* ){{0,3}}[A-Z][\w-]*(?: of [^,()]{{1,60}}?)?) at (?:the )?"
    rf"((?:{ORG_PHRASE})(?: \([A-Z]{{2,}}\))?) $"
)


def title_at_org(before: str) -> Description | None:
    """ "Professor of X studies at Example University (EU) Jane Doe said": a capitalised
    title, its field, and the organisation, before the name."""
    match = _TITLE_AT.search(before)
    if match is None:
        return None
    head = match.group(1).split(" of ")[0].split()
    if word_class(head[-1]) not in ("title", "honorific") or not all(
        word_class(t) in ("title", "title-part", "honorific") for t in head
    ):
        return None
    return describe(match.group(1), match.group(2))


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
    if official:
        return Description(None, affiliation, True, nouns)
    return Description(role, affiliation, False, nouns) if role or nouns else None
