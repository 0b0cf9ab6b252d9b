"""Descriptions a capitalised run carries itself: "Russian President", "IISS Senior Fellow",
"Executive Director of X's Center for Y" before a name, all in capitals.

Kept apart from `describe`, which reads the lower-case words around a name.
"""

from __future__ import annotations

import re

from .describe import Description, describe, nouns_of
from .lexicon import OFFICE_TITLES
from .names import ORG_PHRASE, ORG_RUN, Run, bare, word_class

_TITLE_OF = re.compile(
    rf"(?:^|[^\w’'-])((?:[A-Z][\w-]*\.? ){{1,4}})(?:of|at) (?:the )?"
    rf"((?:{ORG_RUN})(?:[’']s (?:{ORG_RUN}))?(?: (?:of|for|and|on))?) $"
)


def title_of_org(before: str, run: Run) -> Description | None:
    """ "Executive Director of UVA's Center for Politics Jane Doe": a title, then its
    organisation, then the name, all in capitals."""
    match = _TITLE_OF.search(before) if run.org_before else None
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
    titles = [t for t in run.title if word_class(t) != "honorific"]
    official = any(bare(t) in OFFICE_TITLES and not t.startswith("ex-") for t in titles)
    role = " ".join(titles) or None
    nouns = nouns_of(" ".join([*titles, *run.places])) | {bare(t).lower() for t in titles}
    if any(bare(t) in ("Professor", "Prof") for t in run.title):
        nouns = nouns | {"professor"}
    affiliation = run.org if titles or run.org_before else None
    if official:
        return Description(None, affiliation, True, nouns)
    return Description(role, affiliation, False, nouns) if role or nouns else None
