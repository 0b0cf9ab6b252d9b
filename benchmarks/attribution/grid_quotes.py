#!/usr/bin/env python3
"""A grid of invented news articles: how the attribution engine credits quotes.

    .venv/bin/python benchmarks/attribution/grid_quotes.py [-v] [CASE ...]

Tuning the engine on the misses of the labelled set (`score.py`) did not carry over to
unseen articles: each held-out split brought forms of news writing that no rule had been
written for. This grid tries those forms systematically instead, one short invented article
per case, each with the (quote, speaker) pairs a careful labeller would expect: quote marks
(curly, straight, single, guillemets, low-high, nested, running over paragraphs), where the
cue stands (before, after, around, in another sentence or paragraph), speech verbs, partial
phrases, scare quotes and titles that are nobody's words, pronouns and re-mentions.

The drafted pairs (`generator.drafting.extract`) are compared with the expected ones after
the normalisation `score.py` scores with (`norm` for the quote, `norm_name` for the
speaker). A case fails unless both sets are equal. Every failure is printed, with what was
expected and what was drafted, then the count; `-v` prints the passing cases too, and
naming cases runs only those. `tests/test_attribution_grids.py` holds the number of
failures to a ceiling.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for folder in (ROOT, HERE):  # the project, and score.py beside this file
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import score as _score  # noqa: E402

from generator.drafting.extract import extract  # noqa: E402

Pairs = list[tuple[str, str]]

HEADLINE = "Port Council Weighs New Harbour Levy\n\n"
INTRO = ("The port council in Easthaven will vote next month on a levy for ships that dock"
         " overnight.\n\n")
LUND = "Maria Lund, the council's finance chair, backs the levy."
BERG = "Tomas Berg, a ferry captain, opposes it."
FAIR = "The levy is fair to everyone"
SAILINGS = "We will lose two sailings a day"

CASES: dict[str, tuple[str, Pairs]] = {}  # name -> (article, expected (quote, speaker) pairs)


def article(*paras: str, intro: bool = True) -> str:
    """The headline, the intro paragraph (unless `intro` is false), then `paras`."""
    return HEADLINE + (INTRO if intro else "") + "\n\n".join(paras) + "\n"


def case(name: str, text: str, expected: Pairs) -> None:
    if name in CASES:
        raise ValueError(f"two cases named {name!r}")
    CASES[name] = (text, expected)


def one(name: str, para: str, expected: Pairs | None = None, first: str | None = LUND) -> None:
    """A case of one paragraph after `first`, expecting FAIR from Maria Lund by default."""
    text = article(*([first] if first else []), para)
    case(name, text, [(FAIR, "Maria Lund")] if expected is None else expected)


# ---- quote marks, cue after ----
case("mark_curly_double",
     article("“The levy is fair to everyone,” said Maria Lund, the council's finance chair."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("mark_straight_double",
     article('"The levy is fair to everyone," said Maria Lund, the council\'s finance chair.'),
     [("The levy is fair to everyone,", "Maria Lund")])
case("mark_curly_single",
     article("‘The levy is fair to everyone,’ said Maria Lund, the council’s finance chair."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("mark_straight_single",
     article("'The levy is fair to everyone,' said Maria Lund, the council finance chair."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("mark_guillemets",
     article("« The levy is fair to everyone », said Maria Lund, the council finance chair."),
     [("The levy is fair to everyone", "Maria Lund")])
case("mark_guillemets_tight",
     article("«The levy is fair to everyone», said Maria Lund, the council finance chair."),
     [("The levy is fair to everyone", "Maria Lund")])
case("mark_low_high",
     article("„The levy is fair to everyone,“ said Maria Lund, the council finance chair."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("mark_missing_open",
     article("The levy is fair to everyone,” said Maria Lund, the council finance chair."),
     # ambiguous; engine may or may not; labels: no marks -> likely not quoted
     [("The levy is fair to everyone,", "Maria Lund")])
case("nested_single_in_double",
     article("“When the mayor says ‘fair’, he means cheap for his friends,” said Maria Lund,"
             " the council's finance chair."),
     [("When the mayor says ‘fair’, he means cheap for his friends,", "Maria Lund")])
case("multi_para_3",
     article("Maria Lund, the council's finance chair, said the vote was overdue.",
             "“We have waited ten years for this.",
             "“Every other port on the coast charges ships already.",
             "“It is time we did the same,” she said."),
     [("We have waited ten years for this.", "Maria Lund"),
      ("Every other port on the coast charges ships already.", "Maria Lund"),
      ("It is time we did the same,", "Maria Lund")])
case("multi_para_colon",
     article("Maria Lund, the council's finance chair, said:",
             "“We have waited ten years for this.", "“It is time we did the same.”"),
     [("We have waited ten years for this.", "Maria Lund"),
      ("It is time we did the same.", "Maria Lund")])
case("multi_para_2_after_said",
     article("“We have waited ten years for this,” said Maria Lund, the council's finance chair."
             " “Every other port charges ships already.",
             "“It is time we did the same.”"),
     [("We have waited ten years for this,", "Maria Lund"),
      ("Every other port charges ships already.", "Maria Lund"),
      ("It is time we did the same.", "Maria Lund")])

# ---- cue position ----
case("after_she_said",
     article(LUND, "“The levy is fair to everyone,” she said."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("after_surname_said_day",
     article(LUND, "“The levy is fair to everyone,” Lund said on Tuesday."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("after_said_surname",
     article(LUND, "“The levy is fair to everyone,” said Lund."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("colon_said",
     article("Maria Lund, the council's finance chair, said: “The levy is fair to everyone.”"),
     [("The levy is fair to everyone.", "Maria Lund")])
case("colon_told",
     article("Maria Lund, the council's finance chair, told Example News:"
             " “The levy is fair to everyone.”"),
     [("The levy is fair to everyone.", "Maria Lund")])
case("colon_no_verb",
     article("Maria Lund, the council's finance chair, was blunt: “The levy is fair to everyone.”"),
     [("The levy is fair to everyone.", "Maria Lund")])
case("split_around",
     article("“The levy is fair,” Maria Lund, the finance chair, said."
             " “Nobody will pay more than they can.”"),
     [("The levy is fair,", "Maria Lund"), ("Nobody will pay more than they can.", "Maria Lund")])
case("verb_later_sentence",
     article(LUND, "“The levy is fair. Nobody will pay more than they can,” she said."),
     [("The levy is fair. Nobody will pay more than they can,", "Maria Lund")])
case("quote_para_after_quote_para",
     article("“The levy is fair to everyone,” said Maria Lund, the council's finance chair.",
             "“Nobody will pay more than they can afford.”"),
     [("The levy is fair to everyone,", "Maria Lund"),
      ("Nobody will pay more than they can afford.", "Maria Lund")])
case("quote_para_after_narration",
     article("Maria Lund, the council's finance chair, has backed the levy since March.",
             "“Nobody will pay more than they can afford.”"),
     [("Nobody will pay more than they can afford.", "Maria Lund")])
case("quote_after_other_reported",
     article(LUND + " Tomas Berg, who runs the ferry line, said it would cost jobs.",
             "“We will lose two sailings a day,” he said."),
     [("We will lose two sailings a day,", "Tomas Berg")])
case("colon_then_unmarked_para",
     article("Tomas Berg, who runs the ferry line, said it would cost jobs.",
             "“We will lose two sailings a day.”"),
     [("We will lose two sailings a day.", "Tomas Berg")])
case("quote_then_verb_name_inverted_day",
     article("“The levy is fair to everyone,” said Maria Lund on Tuesday."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("mid_sentence_cue",
     article("“The levy,” said Maria Lund, the finance chair, “is fair to everyone.”"),
     [("The levy,", "Maria Lund"), ("is fair to everyone.", "Maria Lund")])
case("mid_sentence_cue_she",
     article(LUND, "“The levy,” she said, “is fair to everyone.”"),
     [("The levy,", "Maria Lund"), ("is fair to everyone.", "Maria Lund")])

# ---- speech verbs ----
for verb in ["says", "told Example News", "added", "noted", "argued", "warned", "explained",
             "wrote", "posted", "tweeted", "stressed", "insisted", "admitted", "recalled",
             "cautioned", "observed", "continued", "replied", "remarked", "conceded",
             "predicted", "declared", "emphasised", "acknowledged", "countered", "quipped",
             "asked", "wrote on X", "said in a statement", "said in an interview",
             "told reporters", "explains", "adds"]:
    case("verb_after_" + verb.replace(" ", "_"),
         article(LUND, f"“The levy is fair to everyone,” Lund {verb}."),
         [("The levy is fair to everyone,", "Maria Lund")])
for verb in ["said", "says", "added", "warned", "noted", "argued", "explained", "wrote",
             "tweeted", "insisted"]:
    case("verb_inverted_" + verb,
         article(LUND, f"“The levy is fair to everyone,” {verb} Lund."),
         [("The levy is fair to everyone,", "Maria Lund")])
for verb in ["highlights", "highlighted", "states", "stated", "agrees", "expects", "stressed",
             "warns", "believes", "thinks", "argues", "insists", "adds", "notes", "explains",
             "recalls", "writes", "posted", "tweeted", "wrote", "told reporters",
             "said in a statement", "added", "noted"]:
    case("verb_colon_" + verb.replace(" ", "_"),
         article(LUND, f"Lund {verb}: “The levy is fair to everyone.”"),
         [("The levy is fair to everyone.", "Maria Lund")])
case("according_to_after",
     article(LUND, "“The levy is fair to everyone,” according to Lund."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("according_to_before",
     article("According to Maria Lund, the council's finance chair, the levy is"
             " “fair to everyone.”"),
     [("fair to everyone.", "Maria Lund")])
case("in_a_statement_lead",
     article("In a statement, Maria Lund, the council's finance chair, said:"
             " “The levy is fair to everyone.”"),
     [("The levy is fair to everyone.", "Maria Lund")])
case("in_interview_with",
     article("“The levy is fair to everyone,” Maria Lund said in an interview with Example News."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("as_x_put_it",
     article(LUND, "The levy is, as Lund put it, “fair to everyone.”"),
     [("fair to everyone.", "Maria Lund")])
case("as_x_put_it_after",
     article(LUND, "The vote will be “historic,” as Lund put it."),
     [("historic,", "Maria Lund")])
case("said_recently",
     article(LUND, "“The levy is fair to everyone,” Lund said recently."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("later_said",
     article(LUND, "“The levy is fair to everyone,” Lund later said."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("later_told",
     article(LUND, "Lund later told Example News that “the levy is fair to everyone.”"),
     [("the levy is fair to everyone.", "Maria Lund")])
case("x_highlights_that",
     article(LUND, "Lund highlights that the levy “is fair to everyone.”"),
     [("is fair to everyone.", "Maria Lund")])
case("x_agrees",
     article(LUND, "Tomas Berg, who runs the ferry line, agrees."
             " “The levy is fair to everyone,” he says."),
     [("The levy is fair to everyone,", "Tomas Berg")])
case("x_agrees_no_verb",
     article(LUND, "Tomas Berg, who runs the ferry line, agrees."
             " “The levy is fair to everyone.”"),
     [("The levy is fair to everyone.", "Tomas Berg")])
case("x_expects",
     article(LUND, "Lund expects the levy to be “fair to everyone.”"),
     [("fair to everyone.", "Maria Lund")])
case("said_that_quote_mid",
     article("Maria Lund said on Tuesday that the levy was “fair to everyone” and would pass."),
     [("fair to everyone", "Maria Lund")])
case("said_adverb_between",
     article("“The levy is fair to everyone,” Maria Lund said bluntly."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("told_outlet_adverb_name",
     article("“The levy is fair to everyone,” Maria Lund, the finance chair, told Example News"
             " on Tuesday."),
     [("The levy is fair to everyone,", "Maria Lund")])

# ---- partial phrases ----
case("called_phrase",
     article("Maria Lund called the plan “reckless.”"),
     [("reckless.", "Maria Lund")])
case("called_phrase_intro",
     article("Maria Lund, the council's finance chair, called the plan “reckless” and"
             " “badly timed.”"),
     [("reckless", "Maria Lund"), ("badly timed.", "Maria Lund")])
case("said_faced_live",
     article("Maria Lund said the bank faced a “live” decision next month."),
     [("live", "Maria Lund")])
case("historic_as_put",
     article(LUND, "The council held the “historic” vote, as Lund put it, on Tuesday."),
     [("historic", "Maria Lund")])
case("scare_quote_nobody",
     article("The so-called “night levy” would apply from May.",
             "Critics have called it a “tax on sleep.”"),
     [])
case("scare_quote_after_person",
     article("Maria Lund, the council's finance chair, backs the plan.",
             "The so-called “night levy” would apply from May."),
     [])
case("title_book",
     article("Maria Lund, the council's finance chair, wrote a book, “Harbours of the North,”"
             " in 2019."),
     [])
case("title_film",
     article("Maria Lund chairs the finance committee. She starred in the film “Ships at Dawn”"
             " as a child."),
     [])
case("phrase_described_as",
     article("Maria Lund described the levy as “long overdue.”"),
     [("long overdue.", "Maria Lund")])
case("phrase_warned_of",
     article("Maria Lund warned of “serious consequences” if the vote failed."),
     [("serious consequences", "Maria Lund")])
case("phrase_insisted_was",
     article("Maria Lund, 54, insisted the levy was “modest” compared with other ports."),
     [("modest", "Maria Lund")])

# ---- pronouns and re-mentions ----
case("he_two_people",
     article("Tomas Berg, who runs the ferry line, met Maria Lund on Monday.",
             "“We will lose two sailings a day,” he said."),
     [("We will lose two sailings a day,", "Tomas Berg")])
case("she_two_people",
     article("Tomas Berg, who runs the ferry line, met Maria Lund on Monday.",
             "“The levy is fair to everyone,” she said."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("surname_only",
     article(LUND, "Tomas Berg runs the ferry line.",
             "“The levy is fair to everyone,” Lund said."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("description_economist",
     article("Maria Lund, an economist at Northbank, has studied port fees.",
             "“The levy is fair to everyone,” the economist said."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("description_nationality_leader",
     article("Talks between Ivan Sorokin, the Russian president, and officials ended on Monday.",
             "“We will not pay the levy,” the Russian leader said."),
     [("We will not pay the levy,", "Ivan Sorokin")])
case("ms_surname",
     article(LUND, "“The levy is fair to everyone,” Ms Lund said."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("dr_surname_colon",
     article("Dr Maria Lund, an economist at Northbank, has studied port fees.",
             "Dr Lund said: “The levy is fair to everyone.”"),
     [("The levy is fair to everyone.", "Maria Lund")])
case("title_president_name",
     article("President Ivan Sorokin spoke on Monday.",
             "“We will not pay the levy,” Sorokin said."),
     [("We will not pay the levy,", "Ivan Sorokin")])
case("org_speaks",
     article("“The levy is unlawful,” the Shipowners' Association said in a statement."),
     [])
case("org_spokesman_unnamed",
     article("“The levy is unlawful,” a spokesman for the ferry line said."),
     [])
case("x_who_said",
     article("Maria Lund, who chairs the finance committee and said the levy was"
             " “fair to everyone”, voted for it."),
     [("fair to everyone", "Maria Lund")])
case("reacting_name_colon",
     article("Reacting to the vote, Maria Lund said the levy was “long overdue”."),
     [("long overdue", "Maria Lund")])
case("quote_first_name_later_sentence",
     article("“The levy is fair to everyone.” That was the verdict of Maria Lund, the council's"
             " finance chair."),
     [("The levy is fair to everyone.", "Maria Lund")])
case("speaker_then_quote_no_verb_sentence",
     article("Maria Lund, the finance chair, disagrees. “The levy is fair to everyone,” she says."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("two_speakers_one_para",
     article("“The levy is fair,” said Maria Lund, the finance chair."
             " “It will cost jobs,” said Tomas Berg, who runs the ferry line."),
     [("The levy is fair,", "Maria Lund"), ("It will cost jobs,", "Tomas Berg")])
case("two_speakers_alternating_paras",
     article("“The levy is fair,” said Maria Lund, the finance chair.",
             "“It will cost jobs,” said Tomas Berg, who runs the ferry line.",
             "“That is nonsense,” Lund replied."),
     [("The levy is fair,", "Maria Lund"), ("It will cost jobs,", "Tomas Berg"),
      ("That is nonsense,", "Maria Lund")])
case("quote_of_quote_in_narration",
     article("Maria Lund said she had heard sailors call the levy “the sleep tax”."),
     [])
case("headline_name_colon",
     "Maria Lund: ‘The levy is fair to everyone’\n\n" + INTRO
     + "Maria Lund, the council's finance chair, spoke on Tuesday.\n",
     [("The levy is fair to everyone", "Maria Lund")])
case("headline_says_name",
     "‘The levy is fair to everyone,’ says finance chief\n\n" + INTRO
     + "“The levy is fair to everyone,” said Maria Lund, the council's finance chair.\n",
     [("The levy is fair to everyone,", "Maria Lund")])
case("news_agency_dateline",
     article("EASTHAVEN (Example Wire) — “The levy is fair to everyone,” Maria Lund, the"
             " council's finance chair, said on Tuesday.", intro=False),
     [("The levy is fair to everyone,", "Maria Lund")])
case("quote_dash_credit",
     article("“The levy is fair to everyone.” — Maria Lund, finance chair"),
     [("The levy is fair to everyone.", "Maria Lund")])
case("said_of",
     article(LUND, "“She is the best harbour master we have had,” Lund said of Anna Holm, who"
             " retires in May."),
     [("She is the best harbour master we have had,", "Maria Lund")])
case("name_said_quote_no_colon_comma",
     article("Maria Lund, the council's finance chair, said, “The levy is fair to everyone.”"),
     [("The levy is fair to everyone.", "Maria Lund")])
case("name_said_that_full",
     article("Maria Lund said that “the levy is fair to everyone and nobody will pay more than"
             " they can.”"),
     [("the levy is fair to everyone and nobody will pay more than they can.", "Maria Lund")])
case("quote_asked_question",
     article(LUND, "“Why should ships park here for free?” Lund asked."),
     [("Why should ships park here for free?", "Maria Lund")])
case("quote_exclaim_she_said",
     article(LUND, "“Enough is enough!” she said."),
     [("Enough is enough!", "Maria Lund")])
case("straight_single_nested_in_straight",
     article('"When the mayor says \'fair\', he means cheap," said Maria Lund, the finance chair.'),
     [("When the mayor says 'fair', he means cheap,", "Maria Lund")])
case("guillemet_fr_colon",
     article("Maria Lund, the council's finance chair, said: « The levy is fair to everyone. »"),
     [("The levy is fair to everyone.", "Maria Lund")])
case("low_high_colon",
     article("Maria Lund, the council's finance chair, said: „The levy is fair to everyone.“"),
     [("The levy is fair to everyone.", "Maria Lund")])
case("single_curly_colon",
     article("Maria Lund, the council's finance chair, said: ‘The levy is fair to everyone.’"),
     [("The levy is fair to everyone.", "Maria Lund")])
case("single_curly_after_she",
     article(LUND, "‘The levy is fair to everyone,’ she said."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("single_curly_multi_para",
     article("Maria Lund, the council's finance chair, said the vote was overdue.",
             "‘We have waited ten years for this.", "‘It is time we did the same,’ she said."),
     [("We have waited ten years for this.", "Maria Lund"),
      ("It is time we did the same,", "Maria Lund")])
case("straight_multi_para",
     article("Maria Lund, the council's finance chair, said the vote was overdue.",
             '"We have waited ten years for this.', '"It is time we did the same," she said.'),
     [("We have waited ten years for this.", "Maria Lund"),
      ("It is time we did the same,", "Maria Lund")])
case("guillemet_multi_para",
     article("Maria Lund, the council's finance chair, said the vote was overdue.",
             "«We have waited ten years for this.", "«It is time we did the same», she said."),
     [("We have waited ten years for this.", "Maria Lund"),
      ("It is time we did the same", "Maria Lund")])
case("posted_on_platform",
     article(LUND, "“The levy is fair to everyone,” Lund posted on X on Tuesday."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("wrote_on_facebook_colon",
     article(LUND, "Lund wrote on Facebook: “The levy is fair to everyone.”"),
     [("The levy is fair to everyone.", "Maria Lund")])
case("said_name_comma_role_day",
     article("“The levy is fair to everyone,” said Maria Lund, 54, a councillor from the north"
             " ward, on Tuesday."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("quote_para_then_next_para_verb",
     article(LUND, "“The levy is fair to everyone.”", "That was how Lund put it on Tuesday."),
     [("The levy is fair to everyone.", "Maria Lund")])
case("told_me",
     article(LUND, "“The levy is fair to everyone,” Lund told me."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("told_outlet_that_phrase",
     article("Maria Lund told Example News the levy was “fair to everyone”."),
     [("fair to everyone", "Maria Lund")])
case("according_to_statement",
     article(LUND, "The levy is “fair to everyone”, according to a statement from Lund."),
     [("fair to everyone", "Maria Lund")])
case("says_present_trailing_name_role",
     article("“The levy is fair to everyone,” says Maria Lund, the council's finance chair."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("adds_trailing_name_para_next",
     article("“The levy is fair to everyone,” says Maria Lund, the council's finance chair.",
             "“Nobody pays more than they can,” she adds."),
     [("The levy is fair to everyone,", "Maria Lund"),
      ("Nobody pays more than they can,", "Maria Lund")])

# ---- a person named with no description, then quoted by pronoun ----
case("bare_intro_she",
     article("Maria Lund chairs the finance committee.",
             "“The levy is fair to everyone,” she said."),
     [("The levy is fair to everyone,", "Maria Lund")])
case("bare_intro_two_he",
     article("Tomas Berg met Maria Lund on Monday.", "“We will lose two sailings a day,” he said."),
     [("We will lose two sailings a day,", "Tomas Berg")])
case("bare_intro_surname",
     article("Maria Lund chairs the finance committee.",
             "“The levy is fair to everyone,” Lund later said."),
     [("The levy is fair to everyone,", "Maria Lund")])

# ---- more cue shapes ----
one("who_clause_said", f"“{FAIR},” Lund, who has chaired the committee since 2019, said.")
one("said_the_role_name", f"“{FAIR},” said the finance chair, Maria Lund.", first=None)
one("said_title_name", f"“{FAIR},” said council finance chair Maria Lund.", first=None)
one("said_adding_that", f"“{FAIR},” Lund said, adding that the vote would be close.")
one("said_adding_colon", f"“{FAIR},” Lund said, adding: “Nobody will pay more than they can.”",
    expected=[(FAIR, "Maria Lund"), ("Nobody will pay more than they can.", "Maria Lund")])
one("asked_whether_colon", f"Asked whether the levy would pass, Lund said: “{FAIR}.”")
one("british_comma_outside", f"“{FAIR}”, Lund says.")
one("british_comma_outside_said_name", f"“{FAIR}”, said Maria Lund, the finance chair.",
    first=None)
one("no_comma", f"“{FAIR}” Lund said.")
one("name_colon_body", f"Lund: “{FAIR}.”")
one("age_said", f"“{FAIR},” the 54-year-old said.")
one("former_minister_said", f"“{FAIR},” the former minister said.",
    first="Maria Lund, a former trade minister, backs the levy.")
one("in_words", f"In Lund’s words, “{FAIR}.”")
one("message_clear", f"Lund’s message was clear: “{FAIR}.”")
one("for_her_part", f"Lund, for her part, said: “{FAIR}.”")
one("put_it_this_way", f"Lund put it this way: “{FAIR}.”")
one("age_commas", f"“{FAIR},” Lund, 54, said.")
one("told_phone_interview", f"“{FAIR},” she told Example News in a phone interview.")
one("post_on_x", f"“{FAIR},” Lund said in a post on X.")
one("writing_on_x", f"Writing on X, Lund said: “{FAIR}.”")
one("speaking_on_tuesday", f"Lund, speaking on Tuesday, said: “{FAIR}.”")
one("pictured", f"Lund (pictured) said: “{FAIR}.”")
one("told_programme", f"Lund told the BBC’s Today programme: “{FAIR}.”")
one("ellipsis", f"“{FAIR} … and nobody will pay more than they can,” Lund said.",
    expected=[(FAIR + " … and nobody will pay more than they can,", "Maria Lund")])
one("she_wrote_memoir_title", f"“{FAIR},” she wrote in her memoir, “Harbour Days.”",
    expected=[(FAIR, "Maria Lund")])
one("report_said_phrase", "A council report said the levy was “unlawful”.", expected=[])
one("officials_said", f"Officials said: “{FAIR}.”", expected=[])
one("anonymous_sailor", f"One sailor, who asked not to be named, said: “{FAIR}.”", expected=[])
one("spokesman_of_named", f"Lund’s spokesman said: “{FAIR}.”", expected=[])
one("joint_both_said",
    "Lund and Tomas Berg, who runs the ferry line, both said the levy was “overdue”.",
    expected=[("overdue", "Maria Lund and Tomas Berg")])
one("colleague_named", f"Her colleague Tomas Berg said: “{FAIR}.”",
    expected=[(FAIR, "Tomas Berg")])
one("pronoun_after_other_quote",
    f"“The levy is overdue,” said Lund. Tomas Berg, a ferry operator, disagreed."
    f" “{FAIR},” he said.",
    expected=[("The levy is overdue", "Maria Lund"), (FAIR, "Tomas Berg")])
one("three_in_para",
    f"“The levy is overdue,” Lund said. “{FAIR},” she added. “Nobody will pay more.”",
    expected=[("The levy is overdue", "Maria Lund"), (FAIR, "Maria Lund"),
              ("Nobody will pay more.", "Maria Lund")])
one("said_a_councillor_name", f"“{FAIR},” said a councillor, Maria Lund.", first=None)
one("said_name_of_org", f"“{FAIR},” said Maria Lund of the Harbour Trust.", first=None)
one("in_speech",
    f"“{FAIR},” Maria Lund, a councillor, said in a speech to the council on Tuesday.",
    first=None)
one("quote_para_after_she_reported", "She said the vote was overdue.", expected=[])
case("reported_then_quote_para",
     article(LUND, "Lund said the vote was overdue and the levy modest.", f"“{FAIR}.”"),
     [(FAIR, "Maria Lund")])
case("org_then_person_quote",
     article(LUND, "“The levy is unlawful,” the Shipowners’ Association said.",
             f"“{FAIR},” Lund said."),
     [(FAIR, "Maria Lund")])
case("person_then_org_para_quote",
     article(LUND, f"“{FAIR},” Lund said.",
             "The Shipowners’ Association disagreed. “The levy is unlawful,” it said in a"
             " statement."),
     [(FAIR, "Maria Lund")])
case("gender_skip_nearest",
     article(LUND, "Tomas Berg, a ferry operator, says it will cost jobs.", f"“{FAIR},” she said."),
     [(FAIR, "Maria Lund")])
case("he_after_her_quote",
     article(LUND, "Tomas Berg, a ferry operator, says it will cost jobs.", f"“{FAIR},” Lund said.",
             "“We will lose two sailings a day,” he said."),
     [(FAIR, "Maria Lund"), ("We will lose two sailings a day,", "Tomas Berg")])
case("lede_quote_name_next_para",
     article(f"“{FAIR}.”",
             "That is the view of Maria Lund, the council's finance chair, who will lead the vote.",
             intro=False),
     [(FAIR, "Maria Lund")])
case("lede_quote_so_says",
     article(f"“{FAIR},” says the woman who will lead the vote.",
             "Maria Lund, the council's finance chair, has backed the levy since March.",
             intro=False),
     [(FAIR, "Maria Lund")])
case("quote_ends_colon_next_para_name",
     article("The finance chair was unmoved.", f"“{FAIR},” said Maria Lund."),
     [(FAIR, "Maria Lund")])
case("straight_apostrophe_in_single",
     article(LUND, "'The levy isn't unfair to anyone,' Lund said."),
     [("The levy isn't unfair to anyone,", "Maria Lund")])
case("single_quoted_with_apostrophes",
     article(LUND, "‘The council’s levy isn’t unfair,’ Lund said."),
     [("The council’s levy isn’t unfair,", "Maria Lund")])
case("phrase_then_said_same_sentence",
     article(LUND, "The levy is “fair to everyone”, Lund said."),
     [("fair to everyone", "Maria Lund")])
case("phrase_start_sentence_said",
     article(LUND, "The plan is “reckless” and “badly timed,” Tomas Berg, a ferry operator, said."),
     [("reckless", "Tomas Berg"), ("badly timed,", "Tomas Berg")])
case("scare_in_quoted_para",
     article(LUND, "The so-called “night levy” was first proposed in 2019."),
     [])
case("term_after_speech",
     article(LUND, "Lund said the council would vote on the levy, known locally as the"
             " “berth tax”."),
     [])
case("nickname",
     article("Maria “The Anchor” Lund, the council's finance chair, backs the levy."),
     [])
case("slogan_banner",
     article(LUND, "Protesters carried banners reading “No Sleep Tax”."),
     [])

# ---- paragraphs, block quotes, alternations ----
case("quote_para_after_other_person_reported",
     article(LUND, f"“{FAIR},” Lund said.",
             "Tomas Berg, a ferry captain, said the levy would cost jobs.", f"“{SAILINGS}.”"),
     [(FAIR, "Maria Lund"), (SAILINGS + ".", "Tomas Berg")])
case("quote_para_after_other_person_narration_only",
     article(LUND, f"“{FAIR},” Lund said.",
             "Tomas Berg, a ferry captain, has sailed from Easthaven for 30 years.",
             f"“{SAILINGS}.”"),
     [(FAIR, "Maria Lund"), (SAILINGS + ".", "Tomas Berg")])
case("block_quote_unmarked_middle",
     article(LUND, "Lund said:", f"“{FAIR}.", "Nobody will pay more than they can.",
             "“It is time we did the same.”"),
     [(FAIR + ".", "Maria Lund"), ("Nobody will pay more than they can.", "Maria Lund"),
      ("It is time we did the same.", "Maria Lund")])
case("multi_para_then_other",
     article(LUND, f"“{FAIR},” Lund said. “Nobody will pay more.", "“It is time.”", BERG,
             f"“{SAILINGS},” he said."),
     [(FAIR, "Maria Lund"), ("Nobody will pay more.", "Maria Lund"),
      ("It is time.", "Maria Lund"), (SAILINGS, "Tomas Berg")])
case("colon_in_next_para_quote_two_paras",
     article(LUND, "In a statement on Tuesday, Lund said:", f"“{FAIR}.",
             "“Nobody will pay more than they can.”"),
     [(FAIR + ".", "Maria Lund"), ("Nobody will pay more than they can.", "Maria Lund")])
case("multi_para_straight_colon",
     article(LUND, "Lund said:", f'"{FAIR}.', '"Nobody will pay more than they can."'),
     [(FAIR + ".", "Maria Lund"), ("Nobody will pay more than they can.", "Maria Lund")])
case("quote_para_attrib_next_sentence_she",
     article(LUND, f"“{FAIR}.” She paused. “Nobody will pay more.”"),
     [(FAIR, "Maria Lund"), ("Nobody will pay more.", "Maria Lund")])
case("quote_then_she_said_next_sentence",
     article(LUND, f"“{FAIR}.” That is what she told the council on Tuesday."),
     [(FAIR, "Maria Lund")])
case("said_then_quote_new_sentence",
     article(LUND, f"Lund said the vote was overdue. “{FAIR}.”"),
     [(FAIR, "Maria Lund")])
case("two_people_para_second_quotes",
     article(LUND, BERG, f"Lund, however, disagrees. “{FAIR},” she said."),
     [(FAIR, "Maria Lund")])
case("nested_double_in_single_headline",
     article(LUND, "‘When the mayor says “fair”, he means cheap,’ Lund said."),
     [("When the mayor says “fair”, he means cheap,", "Maria Lund")])
case("quote_with_brackets",
     article(LUND, "“[The levy] is fair to everyone,” Lund said."),
     [("[The levy] is fair to everyone,", "Maria Lund")])
case("quote_with_dash_interrupt",
     article(LUND, "“The levy — and I mean all of it — is fair,” Lund said."),
     [("The levy — and I mean all of it — is fair,", "Maria Lund")])
case("question_then_answer_name",
     article(LUND, "Asked if the levy would pass, Lund replied: “Yes.”"),
     [("Yes.", "Maria Lund")])
case("quote_he_after_two_and",
     article("Tomas Berg and Anna Holm, both ferry captains, oppose the levy.",
             f"“{SAILINGS},” Berg said."),
     [(SAILINGS, "Tomas Berg")])
case("quote_ms_after_mr",
     article(LUND, BERG, f"“{FAIR},” Ms Lund said. “{SAILINGS},” Mr Berg replied."),
     [(FAIR, "Maria Lund"), (SAILINGS, "Tomas Berg")])
case("pronoun_known_gender",
     article("Ms Maria Lund, the council's finance chair, backs the levy.",
             "Mr Tomas Berg, a ferry captain, opposes it.", f"“{FAIR},” she said."),
     [(FAIR, "Maria Lund")])
case("pronoun_gender_from_her",
     article("Maria Lund, the council's finance chair, says her plan is fair.",
             "Tomas Berg, a ferry captain, opposes it.", f"“{FAIR},” she said."),
     [(FAIR, "Maria Lund")])
case("pronoun_gender_spokeswoman",
     article("Maria Lund, a council spokeswoman, backs the levy.",
             "Tomas Berg, a ferry captain, opposes it.", f"“{FAIR},” she said."),
     [(FAIR, "Maria Lund")])
case("tweet_quote_platform",
     article(LUND, f"On X, Lund wrote: “{FAIR}.”"),
     [(FAIR + ".", "Maria Lund")])
case("quote_attrib_last_para_sentence_first",
     article(LUND, f"“{FAIR},” Lund said, before leaving the chamber. Tomas Berg, a ferry"
             " captain, disagreed."),
     [(FAIR, "Maria Lund")])
case("said_when_asked",
     article(LUND, f"“{FAIR},” Lund said when asked about the vote."),
     [(FAIR, "Maria Lund")])
case("told_outlet_possessive",
     article(LUND, f"“{FAIR},” Lund told Example News’ morning show."),
     [(FAIR, "Maria Lund")])
case("partial_then_full",
     article(LUND, "Lund said the levy was “fair to everyone”. “Nobody will pay more than they"
             " can,” she added."),
     [("fair to everyone", "Maria Lund"), ("Nobody will pay more than they can,", "Maria Lund")])
case("org_spokesperson_named",
     article(f"“{FAIR},” said Maria Lund, a spokeswoman for the Harbour Trust."),
     [(FAIR, "Maria Lund")])
case("group_said",
     article(LUND, "Ferry captains said the levy was “a tax on sleep”."),
     [])
case("survey_quote",
     article(LUND, "A survey found that 60 per cent of residents think the levy is “fair”."),
     [])
case("quoted_sign",
     article(LUND, "A sign at the harbour reads “No mooring after dark”."),
     [])
case("quote_of_document_person",
     article(LUND, "Lund’s report calls the levy “overdue”."),
     [("overdue", "Maria Lund")])

# ---- wire-copy shapes ----
case("wire_dateline_reuters",
     article("EASTHAVEN, May 3 (Reuters) - Maria Lund, the council's finance chair, said on"
             " Tuesday the levy was “fair to everyone”.",
             "“Nobody will pay more than they can,” she told Reuters.", intro=False),
     [("fair to everyone", "Maria Lund"), ("Nobody will pay more than they can,", "Maria Lund")])
case("em_dash_close",
     article(LUND, f"“{FAIR} —” Lund said, before stopping."),
     [(FAIR + " —", "Maria Lund")])
case("question_inverted",
     article(LUND, "“Why should ships park for free?” asked Lund."),
     [("Why should ships park for free?", "Maria Lund")])
case("she_said_referring",
     article(LUND, f"“{FAIR},” she said, referring to the levy."),
     [(FAIR, "Maria Lund")])
case("said_day_no_on",
     article(LUND, f"“{FAIR},” Lund said Tuesday."),
     [(FAIR, "Maria Lund")])
case("speaking_to_reporters_phrase",
     article(LUND, "Lund, speaking to reporters, said the levy was “fair”."),
     [("fair", "Maria Lund")])
case("told_lawmakers",
     article(LUND, f"“{FAIR},” Lund told lawmakers."),
     [(FAIR, "Maria Lund")])
case("statement_quoted_as_saying",
     article(LUND, f"“{FAIR},” the statement quoted Lund as saying."),
     [(FAIR, "Maria Lund")])
case("she_added_colon",
     article(LUND, "“The levy is overdue,” Lund said.", f"She added: “{FAIR}.”"),
     [("The levy is overdue", "Maria Lund"), (FAIR, "Maria Lund")])
case("two_partials_and_that",
     article(LUND, "Lund said the decision was “a mistake” and that the council would"
             " “fight on.”"),
     [("a mistake", "Maria Lund"), ("fight on.", "Maria Lund")])
case("straight_apostrophe_double",
     article(LUND, '"It\'s the fairest levy we have," said Lund.'),
     [("It's the fairest levy we have,", "Maria Lund")])
case("lede_unnamed_then_named",
     article("“The levy is overdue,” said one councillor.",
             "Maria Lund, the council's finance chair, agreed."),
     [])
case("quote_then_according_to_para",
     article(LUND, f"“{FAIR}.”", "That is according to Lund, who spoke on Tuesday."),
     [(FAIR, "Maria Lund")])
case("facebook_post_said",
     article(LUND, f"“{FAIR},” Lund, the finance chair, said in a post on Facebook."),
     [(FAIR, "Maria Lund")])
case("title_after_name_said_quote_para",
     article("Council finance chair Maria Lund said the levy was overdue.", f"“{FAIR}.”"),
     [(FAIR, "Maria Lund")])
case("mr_surname_colon",
     article("Mr Tomas Berg, a ferry captain, opposes it.", f"Mr Berg said: “{SAILINGS}.”"),
     [(SAILINGS, "Tomas Berg")])
case("quote_name_possessive_post",
     article(LUND, f"“{FAIR},” said Lund’s deputy, Tomas Berg."),
     [(FAIR, "Tomas Berg")])
case("said_the_role_of_org_name",
     article(f"“{FAIR},” said the chair of the finance committee, Maria Lund."),
     [(FAIR, "Maria Lund")])
case("colon_quote_then_name_dash",
     article(f"“{FAIR}.” – Maria Lund, finance chair"),
     [(FAIR, "Maria Lund")])
case("according_to_name_role_quote",
     article(f"According to Maria Lund, the council's finance chair, “{FAIR}.”"),
     [(FAIR, "Maria Lund")])
case("interview_qa",
     article(LUND, "Q: Is the levy fair?", f"A: “{FAIR}.”"),
     [(FAIR, "Maria Lund")])
case("she_says_present_two_paras",
     article(LUND, f"“{FAIR},” she says.", "“Nobody will pay more than they can.”"),
     [(FAIR, "Maria Lund"), ("Nobody will pay more than they can.", "Maria Lund")])
case("quote_para_after_headline_subhead",
     article(LUND, "Ferry line fears",
             "Tomas Berg, a ferry captain, said the levy would cost jobs.", f"“{SAILINGS}.”"),
     [(SAILINGS, "Tomas Berg")])


def drafted(text: str) -> Pairs:
    """The (quote, speaker) pairs the engine drafts from `text`, or the error it raised."""
    try:
        return [(q.text, q.speaker_name) for q in extract(text).quotes]
    except Exception as error:  # a case that crashes the engine fails, the others still run
        return [("ERROR", repr(error))]


def normalised(pairs: Pairs) -> list[tuple[str, str]]:
    return sorted((_score.norm(text), _score.norm_name(speaker)) for text, speaker in pairs)


def results(names: list[str] | None = None) -> Iterator[tuple[str, Pairs, Pairs, bool]]:
    """Each case (those in `names` if given) as (name, expected, drafted, passed)."""
    for name, (text, expected) in CASES.items():
        if names and name not in names:
            continue
        got = drafted(text)
        yield name, expected, got, normalised(got) == normalised(expected)


def failures() -> tuple[list[str], int]:
    """The names of the failing cases, and the number of cases."""
    return [name for name, _, _, passed in results() if not passed], len(CASES)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print passing cases too")
    parser.add_argument("cases", nargs="*", help="run only these cases")
    args = parser.parse_args(argv)
    failed = []
    for name, expected, got, passed in results(args.cases or None):
        if passed:
            if args.verbose:
                print("ok  ", name)
            continue
        failed.append(name)
        print("FAIL", name)
        print("     expected:", expected)
        print("     drafted: ", got)
    print(f"\n{len(CASES)} cases, {len(failed)} failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
