"""verify: quotes and evidence are in the article word for word, forgiving only typography.

tests/fixtures/core/article.txt has five paragraphs:
  1 a headline, 2 Gabuev's quote in curly quotes, 3 "Western governments – ... –",
  4 two lines with extra spaces and a straight apostrophe, 5 an em dash.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.engine import check as check_root
from generator.engine.verify import (
    UNVERIFIED,
    Article,
    Miss,
    Verdict,
    normalise,
    pieces,
    split_quote,
)

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


# -- normalising ----------------------------------------------------------------------------


def test_normalise_applies_the_contract_list():
    assert normalise("“Curly” ‘quotes’ –\u00a0en — em\n\n  SPACE\tﬁ ") == (
        "\"curly\" 'quotes' - en - em space fi"
    )


def test_pieces_cut_omissions_and_insertions_and_trim_the_ends():
    assert pieces("“It’s … the West [sic]. And...more.”") == ["it's", "the west", "and", "more"]
    assert pieces("... [only cuts] …") == []


def test_a_bracket_glued_to_a_word_substitutes_part_of_it():
    assert [(p.text, p.word_start, p.word_end) for p in split_quote("[T]hey said Russia[’s]")] == [
        ("hey said russia", False, False)
    ]
    assert [(p.text, p.word_start) for p in split_quote("[Russia]’s view")] == [("s view", True)]


# -- what verifies --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "paragraph"),
    [
        # straight quotes in the YAML, curly in the article
        ("It's a very dramatic moment in Russia's confrontation with the West", 2),
        # curly in the YAML, straight in the article
        ("Russia’s conflicts with NATO", 4),
        # an ellipsis, three dots or one character, spaced or not
        ("It’s a very dramatic moment ... with the West", 2),
        ("It’s a very dramatic moment … with the West", 2),
        ("It’s a very dramatic moment…with the West", 2),
        ("…a very dramatic moment in Russia’s confrontation…", 2),
        # a bracketed insertion or substitution
        ("It’s a very dramatic moment in [Moscow’s] confrontation with the West", 2),
        ("[Russia is in a] confrontation with the West", 2),
        ("[T]hey know that Beijing has no real interest", 4),
        # letter case
        ("IT’S A VERY DRAMATIC MOMENT", 2),
        ("the policymakers in moscow", 4),
        # punctuation and quote marks at the ends
        ('"confrontation with the West!"', 2),
        ("“...with the West,” said Alexander Gabuev.", 2),
        ("(The policymakers in Moscow are well aware of this position)", 4),
        # dashes: en and em against -, and against each other
        ("Western governments - including the United States, Britain and Australia - declared", 3),
        ("Western governments — including the United States", 3),
        ("various sports - they will enjoy the Olympics", 5),
        ("various sports – they will enjoy the Olympics", 5),
        # white space and new lines, on either side
        ("aware of this position. They know that Beijing has no real interest", 4),
        ("aware   of this\n  position.\n\nThey  know", 4),
        # the first paragraph
        ("Putin and Xi: a partnership tested", 1),
    ],
)
def test_a_quote_verifies_despite_typography(quote, paragraph):
    assert ARTICLE.find(quote) == Verdict(True, paragraph)


def test_the_paragraph_is_where_the_quote_starts():
    verdict = ARTICLE.find("well aware of this position … fans of various sports")
    assert verdict == Verdict(True, 4)
    assert verdict.label == "verified in ¶4"
    assert UNVERIFIED.label == "unverified"


# -- what does not --------------------------------------------------------------------------


def test_a_changed_word_fails_and_names_the_longest_part_that_matched():
    quote = "It’s a very dramatic moment in China’s confrontation with the West"
    assert ARTICLE.find(quote) == Miss("it's a very dramatic moment in")


def test_pieces_out_of_order_fail():
    quote = "with the West … It’s a very dramatic moment"
    assert ARTICLE.find(quote) == Miss("it's a very dramatic moment", out_of_order=True)
    assert ARTICLE.find("It’s a very dramatic moment … with the West") == Verdict(True, 2)


def test_out_of_order_pieces_are_explained_as_such(project):
    root = project(
        {
            "swapped.yaml": """
            title: Swapped
            source: {outlet: CNN, published: 2022-02-02, text: seeds/000_65ba11957278d949.txt}
            summary: s
            key_claims: [{claim: c}]
            quotes:
              - text: "Russia is not on its own … It’s a very dramatic moment"
                speaker: Alexander Gabuev
            """
        }
    )
    problems = [p.format() for p in check_root(root).problems.errors]
    assert problems == [
        "briefings/swapped.yaml:6:11: quote not found in seeds/000_65ba11957278d949.txt as "
        "written: \"it's a very dramatic moment\" is in the article, but before the part that "
        "precedes it here\n    hint: keep the parts around ... or [brackets] in the article's order"
    ]


def test_a_word_that_only_matches_inside_a_longer_word_fails():
    article = Article("Western governments declared a boycott.")
    assert article.find("Western governments") == Verdict(True, 1)
    assert article.find("West") == Miss("")
    assert article.find("estern governments") == Miss("governments")
    assert article.find("Western govern") == Miss("western")
    assert article.find("governments declared a boy") == Miss("governments declared a")


def test_only_a_bracket_lets_a_piece_start_inside_a_word():
    assert ARTICLE.find("hey know that Beijing") == Miss("know that beijing")
    assert ARTICLE.find("[T]hey know that Beijing") == Verdict(True, 4)


def test_an_omission_needs_the_words_around_it():
    assert ARTICLE.find("It’s a very dramatic ... Beijing invades") == Miss("beijing")


def test_a_quote_of_only_cuts_fails():
    assert ARTICLE.find("… [and] …") == Miss("")


def test_an_inner_punctuation_change_fails():
    # The longest part is counted in whole words as written: "moscow," is not in the article.
    assert ARTICLE.find("The policymakers in Moscow, are well aware") == Miss("the policymakers in")


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


def test_an_evidence_excerpt_not_in_the_article_is_an_error_at_its_yaml_line(project):
    text = variant("on the day of the Opening Ceremony\n", "on the day of the Closing Ceremony\n")
    assert check(project, text) == [
        f"{F}:21:9: evidence not found in {SEED}; the longest part that matched: "
        f'"a summit between the two leaders, expected to take place on the day of the"\n{HINT}'
    ]


def test_a_quote_with_nothing_in_the_article_says_so(project):
    text = variant("It’s a very dramatic moment in Russia’s confrontation with the West", "Zyx")
    assert check(project, text) == [
        f"{F}:23:11: quote not found in {SEED}; the longest part that matched: nothing\n{HINT}"
    ]


def test_a_folded_multi_line_quote_verifies(project):
    old = '  - text: "It’s a very dramatic moment in Russia’s confrontation with the West"'
    new = (
        "  - text: >\n"
        "      It’s a very dramatic moment\n"
        "      in Russia’s confrontation … in a way, China’s confrontation with the West"
    )
    assert check(project, variant(old, new)) == []


def test_verdicts_reach_the_catalog_with_their_paragraph(project):
    result = check_root(project({NAME: VALID}))
    assert list(result.problems) == []
    (entry,) = result.catalog.entries
    assert entry.verified
    assert entry.quotes[0].verdict == Verdict(True, 11)
    assert entry.claims[0].evidence[0][1] == Verdict(True, 5)


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
        "A summit between the two leaders, expected to take place on the day of the Opening "
        "Ceremony",
        '"[T]hey know that Beijing has no real interest"',  # quoted: [ starts a YAML list
    )
    (root / "briefings" / NAME).write_text(text, encoding="utf-8")
    result = check_root(root)
    assert list(result.problems) == []
    (entry,) = result.catalog.entries
    assert entry.quotes[0].verdict == Verdict(True, 2)
    assert entry.claims[0].evidence[0][1] == Verdict(True, 4)


def test_every_quote_of_the_real_briefings_verifies():
    result = check_root(ROOT)
    assert result.problems.errors == []
    assert result.catalog.entries
    for entry in result.catalog.entries:
        assert entry.verified
        assert all(q.verdict.verified for q in entry.quotes), entry.slug
        assert all(v.verified for c in entry.claims for _, v in c.evidence), entry.slug
