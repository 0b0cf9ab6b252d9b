"""verify: the strict verbatim rules, each proved in both directions.

tests/fixtures/core/article.txt has a headline and four body paragraphs:
  ¶1 Gabuev's quote in curly quotes, ¶2 "Western governments – ... –",
  ¶3 two lines with extra spaces and a straight apostrophe, ¶4 an em dash.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from generator.engine import check as check_root
from generator.engine.article import Kind
from generator.engine.insertions import Substitution
from generator.engine.quote_marks import nested
from generator.engine.verify import UNVERIFIED, Article, Miss, Verdict, normalise

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "core"
ARTICLE = Article((FIXTURES / "article.txt").read_text(encoding="utf-8"))
VALID = (FIXTURES / "valid.yaml").read_text(encoding="utf-8")
NAME = "2022-02-02-valid.yaml"
F = f"briefings/{NAME}"
SEED = "seeds/000_65ba11957278d949.txt"
HINT = (
    "    hint: copy the words exactly from the article; mark a cut with ... "
    "and your own words with [brackets]"
)
PUTIN = Article(
    "Putin met Xi in Samarkand.\n\n"
    "Instead, Putin conceded that Beijing had “questions and concerns” about the war.\n\n"
    "He said that China is likely to show an understanding of Russia’s requests.\n\n"
    "Trade fell by -$146 billion, or 5%, analysts said. Is the partnership over?\n\n"
    "The policymakers in Moscow are well aware of this position.\n\n"
    "A new paragraph follows here, and it goes on for a while about something else.\n\n"
    "Putin and Xi shake hands in Samarkand. (Sputnik/Pool via AP)\n\n"
    "Editor’s Note: Sign up here for the daily newsletter about China and Russia."
)


def verified(verdict: Verdict | Miss) -> int | None:
    """The body paragraph of a verdict, or fail with the reason it was refused."""
    assert isinstance(verdict, Verdict), verdict
    return verdict.paragraph


def refused(verdict: Verdict | Miss) -> str:
    assert isinstance(verdict, Miss), verdict
    return verdict.reason


# -- normalising ----------------------------------------------------------------------------


def test_normalise_applies_the_contract_list():
    assert normalise("“Curly” ‘quotes’ –\u00a0en — em\n\n  SPACE\tﬁ ") == (
        "\"curly\" 'quotes' - en - em space fi"
    )


# -- what verifies: the legitimate forms ----------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "paragraph"),
    [
        # straight quotes in the YAML, curly in the article, and the other way round
        ("It's a very dramatic moment in Russia's confrontation with the West", 1),
        ("Russia’s conflicts with NATO", 3),
        # an ellipsis within one passage: three dots or one character, spaced or not
        ("It’s a very dramatic moment ... with the West", 1),
        ("It’s a very dramatic moment … with the West", 1),
        ("It’s a very dramatic moment…with the West", 1),
        ("…a very dramatic moment in Russia’s confrontation…", 1),
        # an omission into the next paragraph
        ("The policymakers in Moscow ... At the personal level", 3),
        # a capital for its country, and words added
        ("It’s a very dramatic moment in [Moscow’s] confrontation with the West", 1),
        ("[Russia is in a] confrontation with the West", 1),
        # letter case
        ("IT’S A VERY DRAMATIC MOMENT", 1),
        ("the policymakers in moscow", 3),
        # quote marks and . , ; : at the ends
        ('"confrontation with the West,"', 1),
        ("“...with the West,” said Alexander Gabuev.", 1),
        ("The policymakers in Moscow are well aware of this position;", 3),
        # dashes: en and em against -, and against each other
        ("Western governments - including the United States, Britain and Australia - declared", 2),
        ("Western governments — including the United States", 2),
        ("various sports - they will enjoy the Olympics", 4),
        ("various sports – they will enjoy the Olympics", 4),
        # white space and single new lines within a paragraph, on either side
        ("aware of this position. They know that Beijing has no real interest", 3),
        ("aware   of this\n  position. They  know", 3),
    ],
)
def test_a_quote_verifies_despite_typography(quote, paragraph):
    assert verified(ARTICLE.find(quote)) == paragraph


def test_paragraphs_count_the_body_only_and_the_headline_says_so():
    verdict = ARTICLE.find("well aware of this position … fans of various sports")
    assert verdict.paragraph == 3 and verdict.label == "verified in ¶3"
    headline = ARTICLE.find("Putin and Xi: a partnership tested")
    assert headline.place is Kind.HEADLINE and headline.label == "verified in the headline"
    assert UNVERIFIED.label == "unverified"


def test_a_name_may_stand_for_a_pronoun_and_the_page_learns_what_it_replaced():
    verdict = PUTIN.find("[Putin] said that China is likely to show an understanding")
    assert verified(verdict) == 3
    assert verdict.substitutions == (Substitution("[Putin]", "He"),)
    middle = PUTIN.find("Instead, [the Russian president] conceded that Beijing had")
    assert middle.substitutions == (Substitution("[the Russian president]", "Putin"),)
    capital = PUTIN.find("He said that [Beijing] is likely to show")
    assert capital.substitutions == (Substitution("[Beijing]", "China"),)


def test_a_dropped_trailing_comma_and_a_cut_sentence_end_verify():
    assert verified(PUTIN.find("Trade fell by -$146 billion")) == 4
    assert verified(PUTIN.find("Trade fell by -$146 billion, or 5%.")) == 4
    assert verified(PUTIN.find("Is the partnership over?")) == 4


def test_where_and_the_text_fragment_point_at_the_printed_words():
    text = (FIXTURES / "article.txt").read_text(encoding="utf-8")
    verdict = ARTICLE.find("It’s a very dramatic moment in Russia’s confrontation with the West")
    start, end = verdict.where
    assert text[start:end] == "It’s a very dramatic moment in Russia’s confrontation with the West"
    assert verdict.fragment == ("It’s a very dramatic", "confrontation with the West")
    short = ARTICLE.find("the policymakers in moscow")
    assert short.fragment == ("The policymakers in Moscow", "")


# -- what does not: every rule the other way ------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "reason"),
    [
        # an omission joins pieces of one passage, each at least two words
        ("Putin ... conceded ... war", "“putin” is a single word between omission marks"),
        ("a ... a ... a", "“a” is a single word between omission marks"),
        # an insertion stands alone as words
        ("Beijing is [un]likely to show", "an insertion in [brackets] is glued to a word"),
        ("[T]hey know that Beijing", "an insertion in [brackets] is glued to a word"),
        # ... never adds a negation
        ("China is likely [not] to show an understanding",
         "the insertion [not] adds a negation the article does not have"),
        ("China is [never] likely to show",
         "the insertion [never] adds a negation the article does not have"),
        # ... never puts one name for another
        ("Instead, [Xi] conceded that Beijing had",
         "the insertion [Xi] stands where the article has “Putin”"),
        ("[Xi Jinping] conceded that Beijing had",
         "the insertion [Xi Jinping] stands where the article has “Putin”"),
        # only quote marks and . , ; : may differ at the edges
        ("Trade fell by $146 billion", "not found"),
        ("Trade fell by -$146 billion, or 5", "not found"),
        ("The policymakers in Moscow are well aware of this position?", "not found"),
        ("analysts said. Is the partnership over", "not found"),
        ("(The policymakers in Moscow are well aware)", "not found"),
        # a passage never runs across a paragraph break
        ("about the war. He said that China", "not found"),
        # furniture is not the article's text
        ("Putin and Xi shake hands in Samarkand",
         "found only in a photo caption, which is not the article's text"),
        ("Sign up here for the daily newsletter",
         "found only in an editor's note, which is not the article's text"),
    ],
)
def test_an_altered_quote_is_refused_with_a_clear_reason(quote, reason):
    assert refused(PUTIN.find(quote)).startswith(reason)


def test_an_omission_may_not_reach_beyond_the_next_paragraph():
    reason = refused(PUTIN.find("Putin met Xi in Samarkand ... well aware of this position"))
    assert reason.startswith("its parts around ... are too far apart")
    assert verified(PUTIN.find("Putin met Xi in Samarkand ... Putin conceded that Beijing")) == 1


def test_an_omission_joins_the_nearest_words_when_its_opening_recurs():
    """Two speakers open with the same phrase; the cut quote is the second speaker's, so
    the placement must not start inside the first speaker's words a paragraph earlier."""
    article = Article(
        "“The relationship is stronger than it looks, and Washington cannot ignore it,” "
        "said Ana Ruiz.\n\n"
        "“The relationship is stronger than it looks, and Kyiv is unlikely to give in,” "
        "said Karl Ostrow."
    )
    verdict = article.find("The relationship is stronger than it looks ... Kyiv is unlikely")
    assert verified(verdict) == 2
    assert verdict.where is not None
    assert article.text[verdict.where[0] - 1] == "“"
    assert "Ruiz" not in article.text[verdict.where[0] : verdict.where[1]]


def test_pieces_out_of_order_fail_and_say_so():
    assert refused(ARTICLE.find("with the West … It’s a very dramatic moment")) == (
        "its parts are in the article, but not in this order"
    )
    assert verified(ARTICLE.find("It’s a very dramatic moment … with the West")) == 1


def test_a_changed_word_names_the_longest_part_that_matched():
    miss = ARTICLE.find("It’s a very dramatic moment in China’s confrontation with the West")
    hint = HINT.removeprefix("    hint: ")
    assert miss == Miss("not found", hint, "it's a very dramatic moment in")


def test_a_word_that_only_matches_inside_a_longer_word_fails():
    article = Article("Western governments declared a boycott.")
    assert verified(article.find("Western governments")) == 1
    assert article.find("West").longest_match == ""
    assert article.find("estern governments").longest_match == "governments"
    assert article.find("governments declared a boy").longest_match == "governments declared a"


def test_a_quote_of_only_cuts_fails():
    assert refused(ARTICLE.find("… [and] …")) == "the quote has no words of the article"


def test_messages_stay_short_for_a_long_quote():
    quote = "word " * 390 + "It’s a very dramatic moment"
    miss = ARTICLE.find(quote)
    assert len(miss.reason) + len(miss.longest_match) < 300


# -- in the pipeline ------------------------------------------------------------------------


def variant(old: str, new: str) -> str:
    assert old in VALID, old
    return VALID.replace(old, new, 1)


def check(project, text: str) -> list[str]:
    return [p.format() for p in check_root(project({NAME: text})).problems]


def test_a_quote_not_in_the_article_is_an_error_at_its_yaml_line(project):
    text = variant("in Russia’s confrontation", "in China’s confrontation")
    assert check(project, text) == [
        f"{F}:23:11: quote not found in {SEED}; the longest part that matched: "
        f'"it\'s a very dramatic moment in"\n{HINT}'
    ]


def test_a_refused_notation_is_an_error_with_its_reason(project):
    text = variant("in Russia’s confrontation", "in [Putin’s] confrontation")
    assert check(project, text) == [
        f"{F}:23:11: quote not verified against {SEED}: the insertion [Putin’s] stands where "
        "the article has “Russia’s”: an insertion may not put one name for another\n"
        "    hint: keep insertions to what the article says at that place"
    ]


def test_a_quote_over_the_length_limit_is_too_long_and_not_searched(project):
    text = variant("It’s a very dramatic moment", "It’s a very dramatic moment" + " again" * 35_000)
    started = time.perf_counter()
    problems = check(project, text)
    assert time.perf_counter() - started < 5
    assert problems == [f"{F}:23:11: quotes.text is too long (210067 characters, at most 2000)"]


def test_an_evidence_excerpt_not_in_the_article_is_an_error_at_its_yaml_line(project):
    text = variant("China’s confrontation with the West\n", "China’s cooperation with the West\n")
    assert check(project, text) == [
        f"{F}:21:9: evidence not found in {SEED}; the longest part that matched: "
        f'"in a way, china\'s"\n{HINT}'
    ]


def test_a_quote_with_nothing_in_the_article_says_so(project):
    text = variant("It’s a very dramatic moment in Russia’s confrontation with the West", "Zyx")
    assert check(project, text) == [
        f"{F}:23:11: quote not found in {SEED}; the longest part that matched: nothing\n{HINT}"
    ]


def test_a_caption_of_the_seed_article_is_refused(project):
    text = variant(
        "It’s a very dramatic moment in Russia’s confrontation with the West",
        "The two leaders are set to meet at the Opening Ceremony",
    )
    assert check(project, text) == [
        f"{F}:23:11: quote not verified against {SEED}: found only in a photo caption, which "
        "is not the article's text\n    hint: quote the article's body: a caption, a note or a "
        "byline is nobody's words"
    ]


def test_a_folded_multi_line_quote_verifies(project):
    old = '  - text: "It’s a very dramatic moment in Russia’s confrontation with the West"'
    new = (
        "  - text: >\n"
        "      It’s a very dramatic moment\n"
        "      in Russia’s confrontation … in a way, China’s confrontation with the West"
    )
    assert check(project, variant(old, new)) == []


def test_verdicts_reach_the_catalog_with_their_body_paragraph(project):
    result = check_root(project({NAME: VALID}))
    assert list(result.problems) == []
    (entry,) = result.catalog.entries
    assert entry.verified
    assert entry.quotes[0].verdict.label == "verified in ¶8"
    assert entry.claims[0].evidence[0][1].label == "verified in ¶8"


def test_a_briefing_without_source_text_is_unverified_and_builds(project):
    text = variant(f"  text: {SEED}\n", "").replace("Russia’s confrontation", "Anyone’s quarrel")
    result = check_root(project({NAME: text}))
    assert list(result.problems) == []
    (entry,) = result.catalog.entries
    assert not entry.verified
    assert entry.quotes[0].verdict == UNVERIFIED
    assert entry.claims[0].evidence[0][1] == UNVERIFIED


def test_quotes_are_checked_even_when_the_file_has_other_problems(project):
    text = variant("  outlet: CNN", "  outlet: NO").replace("Russia’s confrontation", "China’s")
    found = check(project, text)
    assert [line.split(": ", 1)[0] for line in found] == [f"{F}:4:11", f"{F}:23:11"]


def test_a_fixture_article_in_the_project_verifies(project):
    root = project({})
    shutil.copy(FIXTURES / "article.txt", root / "seeds" / "article.txt")
    text = variant(f"  text: {SEED}", "  text: seeds/article.txt")
    text = text.replace(
        "    by: alexander-gabuev\n    evidence:\n"
        "      - in a way, China’s confrontation with the West",
        '    evidence:\n      - "[Beijing] has no real interest in becoming entangled"',
    )
    (root / "briefings" / NAME).write_text(text, encoding="utf-8")
    result = check_root(root)
    assert list(result.problems) == []
    (entry,) = result.catalog.entries
    assert entry.quotes[0].verdict.paragraph == 1
    evidence = entry.claims[0].evidence[0][1]
    assert evidence.paragraph == 3
    assert evidence.substitutions == (Substitution("[Beijing]", "Beijing"),)


def test_every_quote_of_the_real_briefings_verifies():
    result = check_root(ROOT)
    assert result.problems.errors == []
    assert result.catalog.entries
    for entry in result.catalog.entries:
        assert entry.verified
        assert all(q.verdict.verified for q in entry.quotes), entry.slug
        assert all(v.verified for c in entry.claims for _, v in c.evidence), entry.slug


# -- the edges of a paragraph, furniture lines and signs ------------------------------------

EDGES = Article(
    "BEIJING, Sept 15 (Reuters) -\n\n"
    "Putin met Xi in Samarkand, officials said.\n\n"
    "Hong Kong CNN —\n\n"
    "The talks ended! Nobody cheered.\n\n"
    "Prices fell -5% on the day."
)


def test_an_insertion_at_a_paragraph_edge_is_an_addition_not_a_crash():
    """Nothing precedes (or follows) the passage in its paragraph: the brackets add words."""
    opening = EDGES.find("[Moreover] Putin met Xi in Samarkand")
    assert verified(opening) == 1
    assert opening.substitutions == (Substitution("[Moreover]", ""),)
    closing = EDGES.find("Putin met Xi in Samarkand, officials said [on Thursday]")
    assert verified(closing) == 1
    assert closing.substitutions == (Substitution("[on Thursday]", ""),)


@pytest.mark.parametrize("quote", ["BEIJING, Sept 15 (Reuters)", "Hong Kong CNN"])
def test_a_dateline_is_furniture(quote):
    assert "dateline" in refused(EDGES.find(quote))


@pytest.mark.parametrize(
    ("quote", "exact"),
    [
        ("The talks ended", "The talks ended!"),
        ("Prices fell 5% on the day", "Prices fell -5% on the day"),
    ],
)
def test_an_exclamation_mark_or_a_sign_must_match(quote, exact):
    assert refused(EDGES.find(quote)) == "not found"
    assert verified(EDGES.find(exact)) in (2, 3)


# -- showing article words inside our own quote marks -------------------------------------


@pytest.mark.parametrize(
    ("words", "shown"),
    [
        ("their “no-limits” friendship", "their ‘no-limits’ friendship"),
        ('he said "yes" and ("no")', "he said ‘yes’ and (‘no’)"),
        ('a 5" screen and a "b', 'a 5" screen and a "b'),  # unpaired: left as it is
        ("no marks at all", "no marks at all"),
    ],
)
def test_nested_quote_marks_become_single_and_no_word_changes(words, shown):
    assert nested(words) == shown
    assert normalise(nested(words)).replace("'", '"') == normalise(words).replace("'", '"')
