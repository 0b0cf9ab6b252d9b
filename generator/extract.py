"""Read a news article's plain text: its body, its direct quotes and who said them.

`briefings new` drafts a briefing from this, and an editor finishes it. The
rules here are the conventions of English news copy, kept deliberately simple
and predictable so that an editor can tell why a quote was (or was not) drafted:

- Page furniture is left out (see `article`).
- A quote is the text between curly or straight double quote marks; a quote
  left open at the end of a paragraph continues in the next one.
- Its speaker comes from the attribution in the same sentence ("said Shi",
  "Fallon added", "says Wyne", "according to Putin", "he said"), else from a
  speech verb before it ("Wang called for", "Putin conceded that"), else from
  the speaker of an earlier quote in the same sentence, the same paragraph, or
  the paragraph before when this paragraph opens with the quote. A short phrase
  that none of these attribute ("cloud diplomacy") is a scare quote, left out.
- Speakers are named people. A person is anyone the article introduces as one:
  by a title ("Chinese Foreign Minister Wang Yi"), a description before or
  after the name ("Eurasia Group senior analyst Ali Wyne", "Brian Hart, a
  fellow with ..."), or as the subject of an attribution. Later mentions by one
  part of the name ("Gabuev", "Shi") and "he"/"she" resolve to the most recent
  person. Quotes attributed to countries or institutions are left out.
- Analysts are the quoted or cited people who are not officials (heads of
  state, ministers, diplomats, spokespeople: anyone introduced by such a
  title), with the role and affiliation of the first description.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from .article import Block, Paragraph, Span, body, content, guess_title, paragraphs, prepare

# --- Words -------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff"
_TOKEN = rf"[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)*(?:[’'][{_UP}][{_LOW}]+)?"
_RUN = re.compile(rf"(?<![\w’'-]){_TOKEN}(?: {_TOKEN})*(?![\w-])")
_PRONOUN = re.compile(r"(?<![\w’'-])(?:he|she|He|She)(?![\w’'-])")

# Titles that introduce an official when they stand right before a name.
_TITLES = _words(
    "President Minister Secretary King Queen Prince Premier Chancellor Ambassador Governor "
    "Mayor Senator General Chairman Envoy Spokesperson Spokesman Spokeswoman Pope"
)
_OFFICIAL_NOUNS = _words(
    "president minister secretary premier chancellor leader diplomat spokesperson spokesman "
    "spokeswoman ambassador envoy official governor mayor senator lawmaker commander"
)
_ANALYST_NOUNS = _words(
    "analyst professor fellow researcher economist expert scholar strategist director adviser "
    "advisor lecturer historian specialist commentator chair chairman chairwoman head founder "
    "dean editor author partner officer chief principal correspondent observer"
)
# Capitalised words that start sentences or name places, groups and dates: never
# part of a person's name.
_STOP = _words(
    "The A An But And Or In On At For With When While If As So Yet After Before Since Still "
    "Instead Meanwhile However Back Then This That These Those It He She They We I You Mr Mrs "
    "Ms Dr Prof Like Under Over Days Six Such Both Even Already Interestingly Obviously Expect "
    "Hardly Last Next Every Some Many Most Other Others Those What Why How Where Who Whether "
    "Personality Analysis Editor Note Source Sign Watch Read Related More"
)
_NON_NAME = _STOP | _words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December States Union Kingdom Nations "
    "Council Ministry Department Office House Group Center Centre Institute University "
    "College School Agency Bank Party Government Committee Media News Times Post Press Service "
    "Program Programme Project Organization Organisation Forum Foundation Association Olympics "
    "Games Ceremony Summit Congress Parliament Assembly Court Army Navy Force Forces Guard "
    "Republic Federation Empire Sea Ocean River Island Islands City Province Region Street "
    "Square Palace Kremlin Pentagon Asia Europe Africa America Pacific Atlantic Arctic "
    "Western Eastern Northern Southern Chinese Russian American British European Soviet "
    "Ukrainian Indian Japanese Korean German French China Russia Ukraine Britain India Japan "
    "Korea Germany France Moscow Beijing Washington Taiwan Brussels London Shanghai"
)

# Verbs that attribute a quote when the speaker stands next to them.
_SAY = (
    r"said|says|added|adds|told|tells|observed|noted|explained|wrote|argued|continued|asked|replied"
    r"|insisted|warned|stressed|recalled|concluded|cautioned|according to"
)
_SAY_AFTER = re.compile(rf"(?<![\w’'-])(?:{_SAY})(?![\w’'-])")
# Verbs before a quote whose subject is its speaker ("Wang called for ...").
_SPEECH_WORDS = (
    r"said|says|say|added|told|called for|calling for|called on|calling on|called|calling"
    r"|saying|conceded|announced|declared|vowed|vowing|pledged|pledging|urged|urging|warned"
    r"|warning|insisted|described|describing|stressed|noted|wrote|asked|argued|claimed"
    r"|acknowledged|admitted|promised|demanded|proposed|hailed|praised|observed"
)
_SPEECH_VERB = re.compile(rf"(?<![\w’'-])(?:{_SPEECH_WORDS})(?![\w’'-])")
# Quote marks after these words mark a term that is mentioned, not speech.
_TERM = re.compile(
    r"(?<![\w’'-])(?:refer(?:s|red|ring)? to(?: as)?|dubbed|known as|so-called|termed"
    r"|nicknamed|labell?ed)\s+(?:\S+\s+){0,3}$"
)
_VERB_WINDOW = 8  # words before a quote in which a speech verb counts


# --- People ---------------------------------------------------------------------

Where = tuple[int, int]  # (block index, offset): a place in the body, in reading order


@dataclass(eq=False)
class Person:
    """Someone the article names; identity is the object (two people may share a surname)."""

    name: str
    first: Where
    official: bool = False
    role: str | None = None
    affiliation: str | None = None

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(self.name.split(" "))


@dataclass(frozen=True)
class Sighting:
    """One place where the text shows that a capitalised name is a person."""

    where: Where
    tokens: tuple[str, ...]
    official: bool = False
    role: str | None = None
    affiliation: str | None = None


@dataclass(frozen=True)
class Mention:
    where: Where
    end: int
    person: Person


@dataclass
class People:
    """Everyone named in the body, and where each is mentioned (outside quotes)."""

    people: list[Person] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    aliases: dict[str, Person] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None

    def by_name(self, tokens: tuple[str, ...]) -> Person | None:
        name = " ".join(tokens)
        for person in self.people:
            if person.name == name:
                return person
        return None

    def lookup(self, tokens: tuple[str, ...]) -> Person | None:
        """A full name, else one part of a name: the surname first, then the given name."""
        if not tokens:
            return None
        found = self.by_name(tokens)
        if found is None and len(tokens) == 1:
            found = self.aliases.get(tokens[0])
        return found

    def latest_before(self, where: Where) -> Person | None:
        """The most recently mentioned person before `where`: what "he" or "she" means."""
        keys = [m.where for m in self.mentions]
        i = bisect.bisect_left(keys, where)
        return self.mentions[i - 1].person if i else None

    def in_text(self, block: int, text: str, offset: int = 0) -> list[Mention]:
        """Mentions of known people in `text` (a slice of block `block` at `offset`)."""
        if self.pattern is None:
            return []
        found = []
        for match in self.pattern.finditer(text):
            person = self.lookup(tuple(match.group().split(" ")))
            if person is not None:
                where = (block, offset + match.start())
                found.append(Mention(where, offset + match.end(), person))
        return found


def _words_before(text: str, count: int) -> str:
    return " ".join(text.split()[-count:]) if count else ""


def _title_split(tokens: list[str], before: str) -> tuple[list[str], bool]:
    """Cut a title off the front of a name: "Chinese President Xi Jinping" -> Xi Jinping."""
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        is_title = token in _TITLES or (
            token == "State" and i == 0 and before.rstrip().endswith("Secretary of")
        )
        if is_title:
            return tokens[i + 1 :], True
    # "But ..." and "Economist Jane Doe": a capital that starts a sentence is not a name.
    while tokens and (tokens[0] in _STOP or tokens[0].lower() in _ANALYST_NOUNS):
        tokens = tokens[1:]
    return tokens, False


_PREMODIFIER = re.compile(r"(?<![\w’'-])((?:[a-z][\w-]* ){1,4})$")
_TRAILING_RUN = re.compile(rf"({_TOKEN}(?: {_TOKEN})*)(?:[’']s)? $")
_ROLE_STOP = _words(
    "said says added according to by with and of for a an the as from told observed"
)


def _premodifier(before: str) -> tuple[bool, str | None, str | None] | None:
    """ "Eurasia Group senior analyst " before a name -> (official, role, affiliation)."""
    match = _PREMODIFIER.search(before)
    if not match:
        return None
    words = match.group(1).split()
    noun = words[-1]
    if noun in _OFFICIAL_NOUNS:
        return True, None, None
    if noun not in _ANALYST_NOUNS:
        return None
    while words and words[0] in _ROLE_STOP:
        words = words[1:]
    org = _TRAILING_RUN.search(before[: match.start()])
    affiliation = None
    if org and before[: match.start()].endswith(" ") and words == match.group(1).split():
        org_tokens = [t for t in org.group(1).split(" ") if t not in _STOP]
        affiliation = " ".join(org_tokens) or None
    return False, " ".join(words), affiliation


_APPOSITIVE = re.compile(r"^(?:,| is| was) (?:(?:a|an|the) )?([a-z][^,.;:!?“”\"·]*)")
_ROLE_OF = re.compile(r"^((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) of (?:the )?([A-Z].*)$")


def split_description(description: str) -> tuple[str, str | None]:
    """ "director of SOAS China Institute at ..." -> role and affiliation, in the article's words.

    "ROLE of Organisation" names the organisation directly; otherwise the
    affiliation follows the first " at " (or " with " an organisation).
    """
    description = description.strip()
    role_of = _ROLE_OF.match(description)
    if role_of and " and " not in role_of.group(1):
        return role_of.group(1), role_of.group(2)
    for joint in (" at ", " with "):
        role, sep, rest = description.partition(joint)
        rest = rest.removeprefix("the ")
        if sep and rest[:1].isupper():
            return role, rest
    return description, None


def _appositive(after: str) -> tuple[bool, str | None, str | None] | None:
    """ ", an associate professor at X" after a name -> (official, role, affiliation)."""
    match = _APPOSITIVE.match(after)
    if not match:
        return None
    description = match.group(1).strip()
    head = description.split()[:6]
    if any(word in _OFFICIAL_NOUNS for word in head[:2]):
        return True, None, None
    if not any(word in _ANALYST_NOUNS for word in head):
        return None
    role, affiliation = split_description(description)
    return False, role, affiliation


_SAY_BEFORE_NAME = re.compile(rf"(?:{_SAY}) $")
_VERB_AFTER_NAME = re.compile(
    rf"^(?:, [a-z][^“”\"·.]*,)? (?:{_SPEECH_WORDS}|told|tells)(?![\w’'-])"
)
_JOINT_AFTER_NAME = re.compile(
    rf"^ and (?:[\w’'-]+ ){{0,4}}?{_TOKEN}(?: {_TOKEN})* (?:{_SPEECH_WORDS})(?![\w’'-])"
)


def _sighting(block: Block, match: re.Match[str]) -> Sighting | None:
    """What the words around a capitalised run say about it being a person."""
    text = block.blotted
    before, after = text[: match.start()], text[match.end() :]
    if after.startswith(("’s", "'s")):
        return None
    tokens, official = _title_split(match.group().split(" "), before)
    if not tokens or len(tokens) > 3:
        return None
    role = affiliation = None
    described = _appositive(after) or (None if official else _premodifier(before))
    if described:
        official = official or described[0]
        role, affiliation = described[1], described[2]
    adjacent = bool(
        _SAY_BEFORE_NAME.search(before)
        or _VERB_AFTER_NAME.match(after)
        or _JOINT_AFTER_NAME.match(after)
    )
    if not (official or described or adjacent):
        return None
    if any(token in _NON_NAME for token in tokens):
        return None
    offset = match.end() - len(" ".join(tokens))
    return Sighting((block.index, offset), tuple(tokens), official, role, affiliation)


def find_people(blocks: list[Block]) -> People:
    """Register people from their sightings in reading order, then index their mentions."""
    sightings = sorted(
        (
            sighting
            for block in blocks
            for match in _RUN.finditer(block.blotted)
            if (sighting := _sighting(block, match)) is not None
        ),
        key=lambda s: s.where,
    )
    people = People()
    for sighting in (s for s in sightings if len(s.tokens) >= 2):
        _merge(people, people.by_name(sighting.tokens), sighting)
    people.aliases = _aliases(people.people)
    for sighting in (s for s in sightings if len(s.tokens) == 1):
        _merge(people, people.aliases.get(sighting.tokens[0]), sighting, create=False)
    names = sorted(
        {p.name for p in people.people} | set(people.aliases), key=len, reverse=True
    )
    if names:
        alternatives = "|".join(re.escape(name) for name in names)
        people.pattern = re.compile(rf"(?<![\w’'-])(?:{alternatives})(?![\w-])")
    people.mentions = sorted(
        (m for block in blocks for m in people.in_text(block.index, block.blotted)),
        key=lambda m: m.where,
    )
    return people


def _merge(people: People, person: Person | None, sighting: Sighting, create: bool = True) -> None:
    """The first description of a person is the one kept: the article's first mention."""
    if person is None:
        if not create:
            return
        person = Person(" ".join(sighting.tokens), sighting.where)
        people.people.append(person)
    person.official = person.official or sighting.official
    if person.role is None and person.affiliation is None:
        person.role, person.affiliation = sighting.role, sighting.affiliation


def _aliases(people: list[Person]) -> dict[str, Person]:
    """Each part of a name stands for the person, unless two people share it."""
    owners: dict[str, set[int]] = {}
    for i, person in enumerate(people):
        for token in person.tokens:
            owners.setdefault(token, set()).add(i)
    return {
        token: people[next(iter(ids))]
        for token, ids in owners.items()
        if len(ids) == 1 and token not in _NON_NAME
    }


# --- Attribution ----------------------------------------------------------------

Speakers = tuple[Person, ...]


@dataclass(frozen=True)
class Attribution:
    """Who a quote is attributed to; no one when the text credits a non-person ("Russia said")."""

    speakers: Speakers
    verb: str = ""


_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof)\.? ")


def _resolve_run(people: People, block: Block, phrase: str, offset: int) -> Attribution | None:
    """The speaker named at the start of `phrase` (text right after a verb), if any."""
    stripped = phrase.lstrip(" ,")
    start = offset + len(phrase) - len(stripped)
    pronoun = _PRONOUN.match(stripped)
    if pronoun:
        person = people.latest_before((block.index, start))
        return Attribution((person,) if person else ())
    if not stripped[:1].isupper():
        return None
    stripped = _HONORIFIC.sub("", stripped)
    for match in _RUN.finditer(stripped[: _clause_end(stripped)]):
        if stripped[match.end() : match.end() + 2] in ("’s", "'s"):
            continue
        tokens, _ = _title_split(match.group().split(" "), stripped[: match.start()])
        speakers = _named(people, tokens)
        if speakers:
            return Attribution(speakers)
    return Attribution(())


def _clause_end(text: str) -> int:
    match = re.search(r"[,;:.!?“”\"·]", text)
    return match.start() if match else len(text)


def _named(people: People, tokens: list[str]) -> Speakers:
    """A run of capitalised words as a known person: the whole name, or one part of it."""
    person = people.lookup(tuple(tokens))
    if person is None:
        for token in reversed(tokens):
            person = people.aliases.get(token)
            if person is not None:
                break
    return (person,) if person else ()


_NAME_BEFORE_VERB = re.compile(rf"(?<![\w’'-])({_TOKEN}(?: {_TOKEN})*) $")
# "Jane Doe, a senior fellow at X, said" and "Jane Doe, who teaches at X, said".
_NAME_DESCRIBED_BEFORE_VERB = re.compile(
    rf"(?<![\w’'-])({_TOKEN}(?: {_TOKEN})*), [a-z][^“”\"·]*, $"
)


def _subject_before(people: People, block: Block, text: str, offset: int) -> Attribution | None:
    """The name or pronoun right before a verb ("Fallon added", "she said")."""
    pronoun = re.search(r"(?<![\w’'-])(?:he|she|He|She) $", text)
    if pronoun:
        person = people.latest_before((block.index, offset + pronoun.start()))
        return Attribution((person,) if person else ())
    run = _NAME_BEFORE_VERB.search(text) or _NAME_DESCRIBED_BEFORE_VERB.search(text)
    if run:
        tokens, _ = _title_split(run.group(1).split(" "), text[: run.start()])
        return Attribution(_named(people, tokens))
    return None


_LISTENER_VERBS = frozenset({"told", "tells"})  # "told Smith": Smith listened


def attribution_after(people: People, block: Block, start: int, end: int) -> Attribution | None:
    """The first "said X" / "X said" / "according to X" in block text [start, end)."""
    text = block.blotted[start:end]
    for verb in _SAY_AFTER.finditer(text):
        found = _subject_before(people, block, text[: verb.start()], start)
        if (found is None or not found.speakers) and verb.group() not in _LISTENER_VERBS:
            found = _resolve_run(people, block, text[verb.end() :], start + verb.end()) or found
        if found is not None:
            return replace(found, verb=verb.group())
    return None


def _joint(people: People, block: Block, mentions: list[Mention], i: int) -> Speakers:
    """ "Xi Jinping and Vladimir Putin announced": both speak, when joined by "and"."""
    last = mentions[i]
    if i > 0:
        first = mentions[i - 1]
        between = block.blotted[first.end : last.where[1]]
        joined = re.fullmatch(r" and (?:[\w’'-]+ ){0,4}", between)
        if joined and first.person is not last.person:
            return (first.person, last.person)
    return (last.person,)


def _subject_of(people: People, block: Block, start: int, verb_at: int) -> Attribution | None:
    """The nearest person (or he/she) before a verb, within block text [start, verb_at)."""
    text = block.blotted[start:verb_at]
    mentions = people.in_text(block.index, text, start)
    pronouns = list(_PRONOUN.finditer(text))
    pronoun_at = start + pronouns[-1].start() if pronouns else -1
    if mentions and mentions[-1].where[1] > pronoun_at:
        return Attribution(_joint(people, block, mentions, len(mentions) - 1))
    if pronoun_at >= 0:
        person = people.latest_before((block.index, pronoun_at))
        return Attribution((person,) if person else ())
    return None


def _speech_verb(window: str) -> re.Match[str] | None:
    """The last speech verb among the final few words before a quote."""
    tail_start = len(window) - len(_words_before(window, _VERB_WINDOW))
    verbs = list(_SPEECH_VERB.finditer(window, max(tail_start, 0)))
    return verbs[-1] if verbs else None


@dataclass
class State:
    """What attribution remembers while reading: the current speakers at each level."""

    sentence: Speakers = ()
    paragraph: Speakers = ()
    previous: Speakers = ()
    carried: bool = False  # `previous` ended with a quote left open


@dataclass(frozen=True)
class FoundQuote:
    """A quote as drafted: its words, who said it, and its paragraph in the file."""

    text: str
    speakers: Speakers
    paragraph: int

    @property
    def speaker_name(self) -> str:
        return " and ".join(person.name for person in self.speakers)


def speaker_of(
    people: People, block: Block, sentence: tuple[int, int], window_start: int, span: Span,
    state: State,
) -> Speakers | None:
    """Who said `span`, by the rules in the module docstring, in their order of strength."""
    window = block.blotted[window_start : span.start]
    if _TERM.search(window):
        return None
    after = attribution_after(people, block, span.end, sentence[1])
    if after is not None:
        return after.speakers or None
    verb = _speech_verb(window)
    if verb is not None:
        near = _subject_of(people, block, window_start, window_start + verb.start())
        if near is not None:
            return near.speakers or None
    if state.sentence:
        return state.sentence
    if verb is not None:
        far = _subject_of(people, block, sentence[0], window_start + verb.start())
        return far.speakers or None if far is not None else None
    if span.start == 0 and state.previous and (state.carried or span.speech_like):
        return state.previous
    if state.paragraph and span.speech_like:
        return state.paragraph
    return None


@dataclass
class Quotes:
    """The attributed quotes of an article, and the quoted phrases nobody is credited with."""

    found: list[FoundQuote] = field(default_factory=list)
    unattributed: list[str] = field(default_factory=list)


def attribute(blocks: list[Block], people: People) -> Quotes:
    """Walk the body in order, attributing each quote (see `speaker_of`)."""
    quotes = Quotes()
    state = State()
    pending: list[FoundQuote] = []  # a quote left open, and unattributed, in the last paragraph
    for block in blocks:
        state.paragraph = ()
        waiting: list[FoundQuote] = []
        for sentence in block.sentences:
            state.sentence = ()
            window_start = sentence[0]
            for span in (s for s in block.spans if sentence[0] <= s.start < sentence[1]):
                speakers = speaker_of(people, block, sentence, window_start, span, state)
                found = FoundQuote(span.text, speakers or (), block.paragraph.number)
                if speakers and pending and span.start == 0:
                    # The open quote continues here, so it has this speaker too.
                    quotes.found.extend(replace(q, speakers=speakers) for q in pending)
                    pending = []
                if speakers:
                    quotes.found.append(found)
                    state.sentence = state.paragraph = speakers
                elif not span.closed:
                    waiting.append(found)
                else:
                    quotes.unattributed.append(span.text)
                window_start = span.end
        quotes.unattributed.extend(q.text for q in pending)
        pending = waiting
        state.previous = state.paragraph
        state.carried = bool(block.spans) and not block.spans[-1].closed
    quotes.unattributed.extend(q.text for q in pending)
    return quotes


def cited(blocks: list[Block], people: People) -> set[int]:
    """People credited with a statement or a view ("according to X", "Wyne says that ...")."""
    found: set[int] = set()
    for block in blocks:
        for start, end in block.sentences:
            cursor = start
            while cursor < end:
                attribution = attribution_after(people, block, cursor, end)
                if attribution is None:
                    break
                if attribution.verb not in _LISTENER_VERBS:  # "Putin told Xi": no analysis
                    found.update(id(person) for person in attribution.speakers)
                verb = _SAY_AFTER.search(block.blotted, cursor, end)
                cursor = verb.end() if verb else end
    return found


# --- The whole article ------------------------------------------------------------------


@dataclass(frozen=True)
class Extraction:
    """Everything `briefings new` drafts from an article."""

    title: str | None
    quotes: list[FoundQuote]
    analysts: list[Person]
    people: list[Person]
    unattributed: list[str]
    paragraphs: list[Paragraph]


def extract(text: str) -> Extraction:
    kept = content(paragraphs(text.removeprefix("\ufeff")))
    title = guess_title(kept)
    article = body(kept, title)
    blocks = prepare(article)
    people = find_people(blocks)
    quotes = attribute(blocks, people)
    return Extraction(
        title=title,
        quotes=_unique(quotes.found),
        analysts=_analysts(people, quotes.found, cited(blocks, people)),
        people=people.people,
        unattributed=list(dict.fromkeys(quotes.unattributed)),
        paragraphs=article,
    )


def _unique(found: list[FoundQuote]) -> list[FoundQuote]:
    """In reading order, each (words, speakers) once."""
    seen: set[tuple[str, tuple[int, ...]]] = set()
    result = []
    for quote in sorted(found, key=lambda q: q.paragraph):
        key = (" ".join(quote.text.casefold().split()), tuple(id(p) for p in quote.speakers))
        if key not in seen:
            seen.add(key)
            result.append(quote)
    return result


def _analysts(people: People, found: list[FoundQuote], cited_ids: set[int]) -> list[Person]:
    """Quoted or cited people who are not officials, in order of first mention."""
    quoted = {id(q.speakers[0]) for q in found if len(q.speakers) == 1}
    return [
        person
        for person in sorted(people.people, key=lambda p: p.first)
        if not person.official and (id(person) in quoted or id(person) in cited_ids)
    ]
