"""What an editor's `[insertion]` may do to the article's words, and what it may not.

An insertion adds a few words, or stands for a short span of the article at
that place ("[Putin] said" where the article has "he said"). Two things it
may never do, because they change what the person said:

- add a negation the replaced words do not have (`likely [not] to`);
- put one name where the article has another (`[Xi] conceded` where the
  article says Putin conceded). A name for a pronoun or a description, and a
  capital for its country ("[Beijing]" for "China"), stay allowed.
"""

from __future__ import annotations

from dataclasses import dataclass

from .quote_marks import words

MAX_REPLACED_WORDS = 6


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NEGATIONS = _words(
    "not no never nor neither none nobody nothing nowhere without cannot can't won't "
    "don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't shouldn't "
    "wouldn't couldn't mustn't hardly barely scarcely"
)
PRONOUNS = _words(
    "he she it they him her them his hers its their theirs this that these those we us our "
    "i me my you your who whom which"
)
# Words that start a name-like capitalised run but are not names themselves.
_NOT_NAMES = _words(
    "the a an and of in on at for to with by from as mr mrs ms dr prof president minister "
    "prime foreign secretary general chairman leader premier chancellor king queen state "
    "senator governor ambassador spokesman spokeswoman spokesperson"
)
# Nationalities and regions read as adjectives ("[the Russian leader]" names nobody).
_DEMONYMS = _words(
    "american british english scottish welsh irish french german dutch belgian swiss austrian "
    "italian spanish portuguese greek turkish russian ukrainian belarusian polish czech "
    "hungarian romanian serbian swedish norwegian danish finnish estonian latvian lithuanian "
    "chinese japanese korean taiwanese vietnamese thai indian pakistani afghan iranian iraqi "
    "syrian israeli palestinian saudi arab egyptian african nigerian kenyan canadian mexican "
    "brazilian argentine australian kazakh uzbek kyrgyz central western eastern northern "
    "southern soviet european asian"
)
# A capital may stand for its country and a country for its capital.
_CAPITALS = {
    "beijing": {"china", "prc"},
    "moscow": {"russia"},
    "washington": {"us", "u.s.", "usa", "america", "united states"},
    "kyiv": {"ukraine"},
    "kiev": {"ukraine"},
    "london": {"britain", "uk", "u.k.", "united kingdom"},
    "paris": {"france"},
    "berlin": {"germany"},
    "tokyo": {"japan"},
    "seoul": {"south korea", "korea"},
    "pyongyang": {"north korea"},
    "taipei": {"taiwan"},
    "new delhi": {"india"},
    "delhi": {"india"},
    "brussels": {"eu", "european union", "belgium", "nato"},
    "tehran": {"iran"},
    "ankara": {"turkey", "türkiye"},
    "jerusalem": {"israel"},
    "riyadh": {"saudi arabia"},
    "canberra": {"australia"},
    "ottawa": {"canada"},
    "minsk": {"belarus"},
    "tashkent": {"uzbekistan"},
    "astana": {"kazakhstan"},
}


@dataclass(frozen=True)
class Substitution:
    """An insertion and the article's words it stands for ("" for a pure addition)."""

    inserted: str  # as the editor wrote it, with the brackets
    replaced: str  # the article's words, as printed there


def judge(inserted: str, raw_inserted: str, replaced_raw: str) -> str | None:
    """Why this insertion may not stand for `replaced_raw`, or None when it may.

    `inserted` is normalised; `replaced_raw` is the article's text as printed
    (its capitals tell names apart).
    """
    replaced = " ".join(replaced_raw.split()).casefold()
    if len(words(replaced)) > MAX_REPLACED_WORDS:
        return (
            f"the insertion {raw_inserted} stands for {len(words(replaced))} words of the "
            f"article; an insertion may replace at most {MAX_REPLACED_WORDS}"
        )
    if _negations(inserted) > _negations(replaced):
        return f"the insertion {raw_inserted} adds a negation the article does not have"
    theirs = _names(replaced_raw)
    ours = _names(raw_inserted.strip("[]"))
    if ours and theirs and ours.isdisjoint(theirs) and not _capital_pair(ours, theirs):
        return (
            f"the insertion {raw_inserted} stands where the article has “{replaced_raw.strip()}”:"
            " an insertion may not put one name for another"
        )
    return None


def _negations(text: str) -> int:
    return sum(
        1 for token in text.split() if token.strip(".,;:!?\"'()") in _NEGATIONS
        or token.endswith("n't")
    )


def _names(raw: str) -> set[str]:
    """Capitalised words that may be names (not titles, articles or nationalities)."""
    found = set()
    for token in raw.split():
        word = token.strip(".,;:!?\"'()“”‘’[]").removesuffix("’s").removesuffix("'s")
        if not word[:1].isupper() or word.casefold() in _NOT_NAMES:
            continue
        if word.casefold() in PRONOUNS or word.casefold() in _DEMONYMS:
            continue
        found.add(word.casefold())
    return found


def _capital_pair(ours: set[str], theirs: set[str]) -> bool:
    """A capital for its country, or a country for its capital ("Beijing" / "China")."""
    joined_ours, joined_theirs = " ".join(sorted(ours)), " ".join(sorted(theirs))
    for capital, countries in _CAPITALS.items():
        for country in countries:
            if {capital, country} == {joined_ours, joined_theirs}:
                return True
            if (capital in ours and country in theirs) or (capital in theirs and country in ours):
                return True
    return False


def edge_replacement(article_words: list[str], before: bool) -> int:
    """How many article words next to an edge insertion it stands for (0: an addition).

    Beside an insertion at a passage's start (`before`) or end there is no
    second anchor, so the span is read from the words themselves: a pronoun
    ("[Putin] said" for "he said") or a run of capitalised words ("[Beijing]"
    for "China") is what it replaces; anything else means the insertion adds.
    """
    if not article_words:  # the passage starts or ends its paragraph: nothing to stand for
        return 0
    nearest = article_words[-1] if before else article_words[0]
    bare = nearest.strip(".,;:!?\"'()“”‘’").casefold()
    if bare in PRONOUNS:
        return 1
    run = 0
    sequence = reversed(article_words) if before else iter(article_words)
    for word in sequence:
        ends_clause = word.rstrip("\"'“”‘’)")[-1:] in ".,;:!?"
        if before and ends_clause and run:
            break  # "Olympics. Instead, Putin": the run starts after the comma
        if not word.strip("\"'“”‘’(")[:1].isupper() or run == MAX_REPLACED_WORDS:
            break
        run += 1
        if not before and ends_clause:
            break
    return run
