"""Read a news article's plain text: its direct quotes, who said them, and its analysts.

`briefings new` drafts a briefing from this and `check` asks it who the
article credits a verified passage to. The rules are the conventions of
English news copy, kept predictable so that an editor can tell why a quote
was (or was not) drafted:

- the article's structure and furniture come from `engine.article`;
- quotes are stretches between quote marks of any kind (`quotes`);
- people are names with evidence around them, apart from organisations
  (`names`, `sightings`, `people`), described by the words before and after
  them (`leading`, `appositive`, `titled`, `describe`) or by a lede that
  holds their name back (`foretold`), mentioned by name,
  surname, pronoun or description (`mentions`), a pronoun never standing for
  someone the article called by the other one (`genders`);
- speech cues say who a quote is credited to (`cues`, `attribution`,
  `carried`, `profiled`, `runup`, `followups`, `views`, `dashcredit`, `cutoff`), a
  quote within a quote is read on its own (`nested`), and some marks credit no one
  (`unspoken`: terms, titles, nicknames);
- analysts are the people who comment as experts, with the role and
  affiliation the article gives them at first: quoted, cited in reported
  speech ("X wrote in a note to clients"), or named with an expert's post
  (a professor, an economist) though never quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..engine.article import ArticleText, Kind, Paragraph, read_article
from .antecedents import find_mentions
from .attribution import Item, attribute, narration_cues
from .cues import Cue
from .describe import Description
from .lexicon import EXPERT_NOUNS, LISTENER_VERBS, ORG_WORDS
from .mentions import Mentions
from .nested import quoted_within
from .people import Person, find_people
from .reading import Unit, credit_lines_in_capitals, read_units

Speakers = tuple[Person, ...]


@dataclass(frozen=True)
class FoundQuote:
    """A quote as drafted: its words, who said it, its paragraph, and its place in the file."""

    text: str
    speakers: Speakers
    paragraph: int
    where: tuple[int, int] = (0, 0)
    inferred: bool = False  # the speaker is inferred from the quotes around it

    @property
    def speaker_name(self) -> str:
        return " and ".join(person.name for person in self.speakers)


@dataclass(frozen=True)
class Passage:
    """A stretch of the file and who the article credits it to.

    `kind` is "quote" (between quote marks), "term" (a mentioned word), or
    "reported" (a sentence of reported speech, "X said that ...").
    """

    start: int
    end: int
    speakers: Speakers
    org: str | None
    kind: str
    inferred: bool = False
    unresolved: bool = False  # a pronoun or description with no one to stand for


@dataclass(frozen=True)
class Extraction:
    """Everything `briefings new` drafts from an article, and what `check` asks of it."""

    title: str | None
    quotes: list[FoundQuote]
    analysts: list[Person]
    people: list[Person]
    unattributed: list[str]
    paragraphs: list[Paragraph]
    authors: list[str] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    article: ArticleText | None = None


def extract(text: str, *, stretch: bool = False) -> Extraction:
    """Read an article. `stretch`: the text is a few paragraphs cut from a longer article
    (`check` reads those first), so nobody is inferred from where the text starts."""
    text = credit_lines_in_capitals(text)
    article = read_article(text)
    units = read_units(text, article)
    people = find_people(units)
    mentions = find_mentions(units, people, opening=not stretch)
    items = attribute(units, people, mentions)
    reported = narration_cues(units, mentions)
    cited = {
        id(p) for unit, cue in reported if unit.kind is Kind.BODY and cue.credit.how != "far"
        and not _told_someone(unit, cue, mentions) for p in cue.credit.speakers
    }
    for unit, cue in reported:
        if _NOTE.match(unit.blotted, cue.end) or (
            cue.verb in ("wrote", "writes") and _REPORT.match(unit.blotted, cue.end)
        ):
            for person in cue.credit.speakers:
                person.describe(Description(nouns=frozenset({"analyst"})))
    quotes = [
        found for item in items if item.person and item.span.text
        for found in [_found(item), *quoted_within(item, people.people, _within)]
    ]
    passages = [_passage(item) for item in items]
    for unit, cue in reported:
        if cue.credit.how == "far":
            continue
        start, end = unit.sentence_at(cue.start)
        passages.append(Passage(*unit.file_span(start, end), cue.credit.speakers,
                                cue.credit.org, "reported",
                                unresolved=cue.credit.how == "unresolved"))
    return Extraction(
        title=article.title,
        quotes=_unique(quotes),
        analysts=_analysts(people.people, quotes, cited | _named_experts(people.people, units)),
        people=people.people,
        unattributed=list(dict.fromkeys(i.span.text for i in items if not i.person)),
        paragraphs=article.body(),
        authors=authors(article.paragraphs),
        passages=passages,
        article=article,
    )


def _within(text: str) -> Extraction:
    """A quote read on its own, for the quotes inside it (`nested`)."""
    return extract(text, stretch=True)


def _told_someone(unit: Unit, cue: Cue, mentions: Mentions) -> bool:
    """ "the doctor told Mr Clarke that ...": words to a person in the story, not comment
    given to the press, so they make no one an analyst ("told Reuters" still does)."""
    if cue.verb not in LISTENER_VERBS:
        return False
    after = mentions.within(unit.index, cue.end, cue.end + 40)[:1]
    return bool(after) and after[0].person is not None and not _words_between(
        unit.blotted[cue.end : after[0].start]
    )


def _words_between(text: str) -> bool:
    return bool(re.sub(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Miss)\.?", "", text).strip())


def _found(item: Item) -> FoundQuote:
    speakers = item.credit.speakers if item.credit else ()
    where = item.unit.file_span(item.span.start, item.span.end)
    inferred = item.credit is not None and item.credit.inferred
    paragraph = item.unit.paragraph_at(item.span.start).index
    return FoundQuote(item.span.text, speakers, paragraph, where, inferred)


def _passage(item: Item) -> Passage:
    credit = item.credit
    kind = "term" if item.term else "quote"
    return Passage(*item.unit.file_span(item.span.start, item.span.end),
                   credit.speakers if credit else (), credit.org if credit else None, kind,
                   credit is not None and credit.inferred,
                   credit is None or credit.how == "unresolved")


def _unique(found: list[FoundQuote]) -> list[FoundQuote]:
    """In reading order, each (words, speakers) once."""
    seen: set[tuple[str, tuple[int, ...]]] = set()
    result = []
    for quote in found:
        key = (" ".join(quote.text.casefold().split()), tuple(id(p) for p in quote.speakers))
        if key not in seen:
            seen.add(key)
            result.append(quote)
    return result


def _analysts(people: list[Person], found: list[FoundQuote], cited: set[int]) -> list[Person]:
    """Quoted or cited people who comment as experts, in order of first mention."""
    quoted = {id(p) for q in found for p in q.speakers}
    return [
        person
        for person in sorted(people, key=lambda p: p.first)
        if person.analyst and (id(person) in quoted or id(person) in cited)
    ]


# "X wrote in a note to clients", "X and Y wrote in an analysis": what analysts write.
_NOTE = re.compile(
    r" (?:\w+ )?in (?:an? |their |his |her )?(?:research |client |investor |recent )*"
    r"(?:note|notes|analysis)\b"
)
# "X and Y wrote in the report": its authors, who write as researchers do
_REPORT = re.compile(r" in (?:the|a|an|their|his|her) (?:new |latest )?(?:report|study|paper)\b")


def _named_experts(people: list[Person], units: list) -> set[int]:
    """People the body names with an expert's post ("Jane Doe, a professor at X, was
    pessimistic"; a credit line "Jane Doe, lecturer, X University"): cited as experts."""
    return {
        id(person) for person in people
        if person.nouns & EXPERT_NOUNS and units[person.first[0]].kind is not Kind.HEADLINE
    }


_BY = re.compile(r"^(?:By|Words by|Reporting by|Written by)\s+(?:[a-z]+\s+){0,3}(.+)$")
_AUTHOR = re.compile(r"^[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3}$")


def authors(paragraphs: tuple[Paragraph, ...] | list[Paragraph]) -> list[str]:
    """Names of a "By ..." line; a bare name under a headline may be a picture credit.

    "By Jane Doe and John Roe", "By business reporter Jane Doe": the names. An
    outlet ("By Euronews") or a line without "By" is not drafted: a name
    alone under a headline is as often the illustrator's as the writer's.
    """
    found: list[str] = []
    for paragraph in paragraphs:
        match = _BY.match(paragraph.text) if paragraph.kind is Kind.BYLINE else None
        if match is None:
            continue
        for name in re.split(r",\s*|\s+and\s+|\s*&\s*", match.group(1).strip(" .")):
            name = name.strip()
            if _AUTHOR.match(name) and not any(w in ORG_WORDS for w in name.split()):
                found.append(name)
    return list(dict.fromkeys(found))
