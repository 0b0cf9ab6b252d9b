"""A post in capitals written as its title with what it is over ("Secretary of State Jane
Doe", "Minister for Foreign Affairs Jane Doe", "Professor of Economics Jane Doe").

The portfolio's words ("of State", "for Foreign Affairs") run into the name, so the name's
run opens with them and the title stands in a run of its own before it; these rules read
the two runs as one title before one name, as `sightings` reads "said Senator Jane Doe".
"""

from __future__ import annotations

import re

from .describe import Description, nouns_of
from .lexicon import SAY
from .names import Run, bare, word_class


def title_of_portfolio(run: Run) -> bool:
    """The title before "of" or "for" says the name after the portfolio is a person's
    (whatever country or body stands before the title: "US Secretary of Defense")."""
    if not (run.org_before and run.prefix and len(run.name) >= 2):
        return False
    head = re.split(r" (?:of|for)\b", run.org_before)[0].split()
    return bool(head) and word_class(head[-1]) == "title"


# "said former Secretary of Labor Jane Doe", "added the Minister for Trade Jane Doe": the
# verb, perhaps "former", then the title and its "of" (the portfolio is the run's prefix)
_SAY_TITLE_OF = re.compile(
    rf"(?<![\w’'-])({SAY}) (?:the )?(?:(?:former|then-|ex-) ?)?"
    rf"(?:[A-Z][\w.-]* ){{1,4}}(?:of|for) (?:the )?$"
)


def said_before_portfolio(before: str, run: Run) -> re.Match[str] | None:
    """The speech verb before a portfolio's title, when the run is the name after it."""
    return _SAY_TITLE_OF.search(before) if title_of_portfolio(run) else None


_FORMER_BEFORE = re.compile(r"\b(former|then-|ex-) ?$", re.IGNORECASE)


def portfolio_title(before: str, run: Run) -> Description | None:
    """ "former Secretary of Labor Jane Doe": the title and its portfolio are one post, held
    in office (an official's) or put in the past (a commentator's, with no body to place
    them at: the portfolio is what the office was over, not an employer)."""
    if not title_of_portfolio(run):
        return None
    role = " ".join([run.org_before, *run.prefix])
    ahead = before.removesuffix(f"{run.org_before} ")  # the words before the title
    former = _FORMER_BEFORE.search(ahead) if ahead != before else None
    if former:
        role = f"{former.group(1)} {role}".replace("- ", "-")
    former = former or re.match(r"(?:former|ex-)", role, re.IGNORECASE)
    nouns = nouns_of(role) | {bare(t).lower() for t in role.split() if word_class(t) == "title"}
    return Description(role, None, official=not former, nouns=nouns, former=bool(former))
