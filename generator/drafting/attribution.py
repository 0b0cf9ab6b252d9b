"""Who said each quote: the attribution rules of English news copy, in order of strength.

A quote's speaker comes from the attribution in the same sentence ("said
Shi", "Fallon added", "says Wyne", "according to Putin", "he said"), else
from a speech verb before it ("Wang called for", "Putin conceded that"), else
from the speaker of an earlier quote in the same sentence, the same
paragraph, or the paragraph before when this paragraph opens with the quote.
A short phrase that none of these attribute ("cloud diplomacy") is a scare
quote, left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .lexicon import PRONOUN, RUN, SAY_AFTER, SPEECH_VERB, TERM, TOKEN, VERB_WINDOW
from .people import Mention, People, Person, title_split, words_before
from .reading import Block, Span

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
    pronoun = PRONOUN.match(stripped)
    if pronoun:
        person = people.latest_before((block.index, start))
        return Attribution((person,) if person else ())
    if not stripped[:1].isupper():
        return None
    stripped = _HONORIFIC.sub("", stripped)
    for match in RUN.finditer(stripped[: _clause_end(stripped)]):
        if stripped[match.end() : match.end() + 2] in ("’s", "'s"):
            continue
        tokens, _ = title_split(match.group().split(" "), stripped[: match.start()])
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


_NAME_BEFORE_VERB = re.compile(rf"(?<![\w’'-])({TOKEN}(?: {TOKEN})*) $")
# "Jane Doe, a senior fellow at X, said" and "Jane Doe, who teaches at X, said".
_NAME_DESCRIBED_BEFORE_VERB = re.compile(
    rf"(?<![\w’'-])({TOKEN}(?: {TOKEN})*), [a-z][^“”\"·]*, $"
)


def _subject_before(people: People, block: Block, text: str, offset: int) -> Attribution | None:
    """The name or pronoun right before a verb ("Fallon added", "she said")."""
    pronoun = re.search(r"(?<![\w’'-])(?:he|she|He|She) $", text)
    if pronoun:
        person = people.latest_before((block.index, offset + pronoun.start()))
        return Attribution((person,) if person else ())
    run = _NAME_BEFORE_VERB.search(text) or _NAME_DESCRIBED_BEFORE_VERB.search(text)
    if run:
        tokens, _ = title_split(run.group(1).split(" "), text[: run.start()])
        return Attribution(_named(people, tokens))
    return None


_LISTENER_VERBS = frozenset({"told", "tells"})  # "told Smith": Smith listened


def attribution_after(people: People, block: Block, start: int, end: int) -> Attribution | None:
    """The first "said X" / "X said" / "according to X" in block text [start, end)."""
    text = block.blotted[start:end]
    for verb in SAY_AFTER.finditer(text):
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
    pronouns = list(PRONOUN.finditer(text))
    pronoun_at = start + pronouns[-1].start() if pronouns else -1
    if mentions and mentions[-1].where[1] > pronoun_at:
        return Attribution(_joint(people, block, mentions, len(mentions) - 1))
    if pronoun_at >= 0:
        person = people.latest_before((block.index, pronoun_at))
        return Attribution((person,) if person else ())
    return None


def _speech_verb(window: str) -> re.Match[str] | None:
    """The last speech verb among the final few words before a quote."""
    tail_start = len(window) - len(words_before(window, VERB_WINDOW))
    verbs = list(SPEECH_VERB.finditer(window, max(tail_start, 0)))
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
    if TERM.search(window):
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
                found = FoundQuote(span.text, speakers or (), block.paragraph.index)
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
                verb = SAY_AFTER.search(block.blotted, cursor, end)
                cursor = verb.end() if verb else end
    return found
