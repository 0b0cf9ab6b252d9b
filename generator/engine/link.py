"""Join all valid briefings into one catalog: analysts, topics and the timeline.

Linking is where briefings meet: an analyst id is global, so two files that
disagree about who an id is are an error, while the role and affiliation stay
with each appearance (people change jobs; the article's words of the day are
what we publish).
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .load import Document
from .models import Analyst, Briefing, KeyClaim, Quote, is_slug
from .problems import Problems
from .verify import Verdict

if TYPE_CHECKING:
    from .check import CheckedFile


@dataclass(frozen=True)
class PersonRef:
    """Who said or claims something: an analyst of the catalog, or just a name."""

    name: str
    analyst_id: str | None = None


@dataclass(frozen=True)
class LinkedQuote:
    quote: Quote
    speaker: PersonRef
    verdict: Verdict


@dataclass(frozen=True)
class LinkedClaim:
    claim: KeyClaim
    by: PersonRef | None
    evidence: tuple[tuple[str, Verdict], ...]


@dataclass
class Entry:
    """One briefing with its references resolved and its quotes verified."""

    slug: str
    source_file: str
    briefing: Briefing
    quotes: list[LinkedQuote]
    claims: list[LinkedClaim]
    # Plain attributes, made once: every link sorts the whole archive by them.
    published: date = field(init=False)
    newest_first: tuple[int, str] = field(init=False)

    def __post_init__(self) -> None:
        self.published = self.briefing.source.published
        self.newest_first = (-self.published.toordinal(), self.slug)

    @property
    def verified(self) -> bool:
        return self.briefing.source.text is not None


@dataclass
class Appearance:
    entry: Entry
    analyst: Analyst


@dataclass
class AnalystProfile:
    id: str
    name: str
    appearances: list[Appearance] = field(default_factory=list)

    def quotes(self) -> list[tuple[Entry, LinkedQuote]]:
        return [
            (a.entry, q) for a in self.appearances for q in a.entry.quotes
            if q.speaker.analyst_id == self.id
        ]

    def claims(self) -> list[tuple[Entry, LinkedClaim]]:
        return [
            (a.entry, c) for a in self.appearances for c in a.entry.claims
            if c.by is not None and c.by.analyst_id == self.id
        ]


@dataclass
class Catalog:
    """Everything the pages need, in deterministic order (newest first)."""

    entries: list[Entry]
    analysts: dict[str, AnalystProfile]
    topics: dict[str, list[Entry]]


def newest_first(entry: Entry) -> tuple[int, str]:
    return entry.newest_first


def link(files: list[CheckedFile]) -> tuple[Catalog, Problems]:
    """The catalog of every publishable file; `files` all have a briefing."""
    problems = Problems()
    made = [_entry_of(checked, problems) for checked in files]
    entries = [entry for entry, _ in made]
    _keep_only(files)
    entries.sort(key=newest_first)
    documents = {checked.slug: checked.document for checked in files}
    analysts: dict[str, AnalystProfile] = {}
    ids_by_name: dict[str, set[str]] = defaultdict(set)
    first_seen: dict[str, str] = {}
    for entry in sorted(entries, key=lambda e: e.slug):
        doc = documents[entry.slug]
        here: set[str] = set()
        for index, analyst in enumerate(entry.briefing.analysts):
            key = analyst.key
            if key in here:
                continue  # listed twice in this briefing: _people has said so
            here.add(key)
            profile = analysts.setdefault(key, AnalystProfile(key, analyst.name))
            if profile.name != analyst.name:
                problems.add(
                    doc.position(("analysts", index, "name")),
                    f"analyst id {key!r} is {profile.name!r} in {first_seen[key]} "
                    f"but {analyst.name!r} here",
                    "one id is one person: fix the name, or give this person another id",
                )
                continue
            first_seen.setdefault(key, doc.display)
            ids_by_name[analyst.name.casefold()].add(key)
            profile.appearances.append(Appearance(entry, analyst))
    for ids in ids_by_name.values():
        if len(ids) > 1:
            for key in sorted(ids)[1:]:
                appearance = analysts[key].appearances[0]
                doc = documents[appearance.entry.slug]
                index = appearance.entry.briefing.analysts.index(appearance.analyst)
                problems.warn(
                    doc.position(("analysts", index, "name")),
                    f"{appearance.analyst.name!r} appears under the ids "
                    f"{', '.join(repr(i) for i in sorted(ids))}",
                    "if this is one person, use one id in every briefing",
                )
    known = set(analysts)
    for entry, suspects in made:
        _unresolved_ids(suspects, documents[entry.slug], known, problems)
    for profile in analysts.values():
        profile.appearances.sort(key=lambda a: newest_first(a.entry))
    topics: dict[str, list[Entry]] = defaultdict(list)
    for entry in sorted(entries, key=lambda e: (e.published, e.slug)):
        for topic in dict.fromkeys(entry.briefing.topics):
            topics[topic].append(entry)
    catalog = Catalog(entries, dict(sorted(analysts.items())), dict(sorted(topics.items())))
    return catalog, problems


# Each file's entry, kept with the checked file it was made from: under `mkdocs serve`
# the check cache hands back the same objects for unchanged files, so a save links
# again only the saved file. The checked file is kept, so its id is never reused.
_ENTRIES: dict[int, tuple[CheckedFile, Entry, list, list[Suspect]]] = {}
# A `speaker` or `by` that looks like an id no analyst of its briefing has: where, the
# name, and the briefing's own id or name it is closest to (None if none is close).
Suspect = tuple[tuple, str, str | None]


def _entry_of(checked: CheckedFile, problems: Problems) -> tuple[Entry, list[Suspect]]:
    known = _ENTRIES.get(id(checked))
    if known is None or known[0] is not checked:
        found = Problems()
        entry = _entry(checked, found)
        known = (checked, entry, list(found), _suspects(entry))
        _ENTRIES[id(checked)] = known
    problems.extend(known[2])
    return known[1], known[3]


def _keep_only(files: list[CheckedFile]) -> None:
    current = {id(checked) for checked in files}
    for key in [key for key in _ENTRIES if key not in current]:
        del _ENTRIES[key]


def link_one(checked: CheckedFile) -> tuple[Entry, Problems]:
    """One file's entry on its own (its people resolved within it), for a preview's first
    look at the saved briefing (`first_look`); `link` still judges it among all the others."""
    found = Problems()
    return _entry(checked, found), found


def _entry(checked: CheckedFile, problems: Problems) -> Entry:
    doc, briefing, verdicts = checked.document, checked.briefing, checked.verdicts
    assert doc is not None and briefing is not None  # link receives publishable files only
    people = _people(doc, briefing, problems)

    def resolve(name: str) -> PersonRef:
        return people.get(name.casefold(), PersonRef(name))

    quotes = [
        LinkedQuote(q, resolve(q.speaker), verdicts.quote(i)) for i, q in enumerate(briefing.quotes)
    ]
    claims = [
        LinkedClaim(
            c,
            resolve(c.by) if c.by else None,
            tuple((text, verdicts.evidence(i, j)) for j, text in enumerate(c.evidence)),
        )
        for i, c in enumerate(briefing.key_claims)
    ]
    return Entry(doc.slug, doc.display, briefing, quotes, claims)


def _suspects(entry: Entry) -> list[Suspect]:
    """The entry's own part of `_unresolved_ids`, made once per checked file."""
    local = [a.key for a in entry.briefing.analysts] + [a.name for a in entry.briefing.analysts]
    refs = [(("quotes", i, "speaker"), q.speaker) for i, q in enumerate(entry.quotes)]
    refs += [(("key_claims", i, "by"), c.by) for i, c in enumerate(entry.claims) if c.by]
    found: list[Suspect] = []
    for loc, person in refs:
        name = person.name
        if person.analyst_id or not is_slug(name) or not ("-" in name or name.islower()):
            continue
        close = difflib.get_close_matches(name, local, n=1, cutoff=0.6)
        found.append((loc, name, close[0] if close else None))
    return found


def _unresolved_ids(
    suspects: list[Suspect], doc: Document, known: set[str], problems: Problems
) -> None:
    """A `speaker` or `by` written like an id that no analyst of this briefing has.

    It renders as a stranger's name ("alexander-gabuv"), so it is almost always
    a typo of an id, or an analyst of another briefing not listed in this one.
    """
    for loc, name, close in suspects:
        if close:
            hint = f"did you mean {close!r}?"
        elif name in known:
            hint = "that analyst is listed in another briefing: add them to `analysts:` here too"
        else:
            hint = "write the person's name, or add them to `analysts:` with this id"
        problems.warn(
            doc.position(loc),
            f"{loc[-1]} {name!r} looks like an analyst id, but no analyst of this briefing has it",
            hint,
        )


def _people(doc: Document, briefing: Briefing, problems: Problems) -> dict[str, PersonRef]:
    """Names and ids a `speaker` or `by` may use to mean an analyst of this briefing."""
    people: dict[str, PersonRef] = {}
    seen: dict[str, int] = {}
    for index, analyst in enumerate(briefing.analysts):
        key = analyst.key
        if key in seen:
            problems.add(
                doc.position(("analysts", index)),
                f"analyst {key!r} is listed twice in this briefing "
                f"(first as entry {seen[key] + 1})",
            )
            continue
        seen[key] = index
        person = PersonRef(analyst.name, key)
        people[key.casefold()] = person
        people[analyst.name.casefold()] = person
    return people
