"""The story files (briefings/_story.yaml, _topics.yaml), checked like briefings.

Each test writes one variant into a copy of the fixture project and asserts
the exact problems at `file:line:column`; lines are found by what they hold,
so editing the fixture shifts nothing here. Also: claims that reverse earlier
ones (`reverses`), and the JSON Schemas editors' tools read.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from site_project import ROOT, copy_site

from generator.engine import check
from generator.engine.story import humanised
from generator.schema import (
    STORY_SCHEMA_PATH,
    TOPICS_SCHEMA_PATH,
    modeline,
    story_schema_text,
    topics_schema_text,
)

STORY = "briefings/_story.yaml"
TOPICS = "briefings/_topics.yaml"
GRAIN = "briefings/2023-01-10-grain-deal.yaml"
DOUBTS = "briefings/2023-03-05-deal-doubts.yaml"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return copy_site(tmp_path / "project")


def write(root: Path, name: str, text: str) -> str:
    text = textwrap.dedent(text).lstrip("\n")
    (root / name).write_text(text, encoding="utf-8")
    return text


def line_of(text: str, start: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if line.lstrip().startswith(start))


OURS = ("topic ", "reverses ", "a claim can only", "key_claims.reverses")


def problems(root: Path) -> list[str]:
    """The problems of the story files, and of what they check in the briefings."""
    return [p.format() for p in check(root).problems
            if "/_" in p.position.path or p.message.startswith(OURS) or "key claims, not" in
            p.message]


def edit(root: Path, name: str, old: str, new: str) -> str:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, (name, old)
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return text


# -- the fixture's story files -----------------------------------------------------------


def test_the_fixture_story_files_check_clean_and_reach_the_pages(root):
    result = check(root)
    assert result.problems.errors == []
    story = result.story
    assert story.title == "Northland and Southland, 2023"
    assert story.topic_title("grain-trade") == "The grain trade"
    assert story.topic_order(["northland-southland", "grain-trade"]) == [
        "grain-trade",  # order: 1
        "northland-southland",
    ]
    signed, late = story.events
    assert (signed.entry.slug, signed.verdict.label) == ("2023-01-10-grain-deal", "verified in ¶1")
    assert (late.entry.slug, late.verdict.verified) == ("2023-03-05-deal-doubts", False)
    assert str(late.event.until) == "2023-02-03"


def test_without_story_files_the_project_builds_with_plain_words(root):
    (root / STORY).unlink()
    (root / TOPICS).unlink()
    result = check(root)
    assert problems(root) == []
    assert result.story.title == "Briefings" and result.story.events == ()
    assert result.story.topic_title("northland-southland") == "Northland southland"
    assert humanised("china-russia") == "China russia"


def test_a_file_of_comments_only_is_empty_not_wrong(root):
    write(root, TOPICS, "# topics come later\n")
    write(root, STORY, "")
    found = check(root).problems
    assert [p for p in found if "/_" in p.position.path] == []
    # Nothing is defined yet, so every topic of every briefing is named.
    assert sorted((p.position.path, p.message.split("'")[1]) for p in found.warnings
                  if p.message.startswith("topic ")) == [
        (GRAIN, "grain-trade"),
        (GRAIN, "northland-southland"),
        (DOUBTS, "grain-trade"),
        ("briefings/2023-03-05-port-opens.yaml", "northland-southland"),
    ]


# -- topics ---------------------------------------------------------------------------------


def test_a_topic_a_briefing_uses_but_the_file_lacks_is_a_warning_at_the_briefing(root):
    text = edit(root, DOUBTS, "topics: [grain-trade]", "topics: [grain-trades, ports]")
    line = line_of(text, "topics:")
    result = check(root)
    assert result.problems.errors == []  # a preview still shows it; `make site` refuses
    assert [p.format() for p in result.problems.warnings if "topic" in p.message] == [
        f"{DOUBTS}:{line}:10: warning: topic 'grain-trades' is not defined in "
        "briefings/_topics.yaml, so readers would see its slug\n"
        "    hint: did you mean 'grain-trade'?",
        f"{DOUBTS}:{line}:24: warning: topic 'ports' is not defined in briefings/_topics.yaml, "
        "so readers would see its slug\n"
        "    hint: add it to briefings/_topics.yaml with a title and a one-paragraph description",
    ]


def test_an_unknown_key_in_a_topic_is_an_error_with_a_suggestion(root):
    text = edit(root, TOPICS, "  order: 1", "  ordr: 1")
    assert problems(root) == [
        f"{TOPICS}:{line_of(text, 'ordr:')}:3: unknown key 'ordr'\n    hint: did you mean 'order'?"
    ]


def test_wrong_types_and_missing_fields_are_named_where_they_are(root):
    text = write(root, TOPICS, """
        grain-trade:
          title: 2023
          order: first
        northland-southland:
          title: Northland & Southland
          description: >
            One paragraph.

            And a second one.
        Bad Topic:
          title: Bad
          description: Bad.
    """)
    assert problems(root) == [
        f"{TOPICS}:2:3: missing required field 'description'",
        f"{TOPICS}:2:10: title: expected text, but YAML read a number\n"
        '    hint: quote it: "2023"',
        f"{TOPICS}:3:10: order: expected a whole number, but YAML read text",
        f"{TOPICS}:6:16: description: must be one paragraph",
        f"{TOPICS}:{line_of(text, 'Bad Topic')}:1: 'Bad Topic' is not a valid topic slug\n"
        "    hint: use lower-case letters, digits and single hyphens, e.g. china-russia",
    ]  # and no warning about the briefings' topics: their entries are there, with mistakes


def test_a_topics_file_that_is_not_a_mapping_says_what_it_should_be(root):
    write(root, TOPICS, "- grain-trade\n")
    assert problems(root)[0] == (
        f"{TOPICS}:1:1: expected a mapping from topic slugs to topics\n"
        "    hint: e.g. china-russia: {title: China–Russia relations, description: ...}"
    )


# -- the story and its events ---------------------------------------------------------------


def test_an_event_citing_a_missing_briefing_or_words_not_in_its_article_is_an_error(root):
    text = edit(root, STORY, "briefing: 2023-01-10-grain-deal", "briefing: 2023-01-10-grain-dael")
    text = edit(root, STORY, "excerpt: the trains", "excerpt: the planes")
    text = edit(root, STORY, "briefing: 2023-03-05-deal-doubts", "briefing: 2023-01-10-grain-deal")
    assert problems(root) == [
        f"{STORY}:{line_of(text, 'briefing: 2023-01-10-grain-dael')}:15: warning: event cites "
        "the briefing '2023-01-10-grain-dael', which does not exist; it is left out\n"
        "    hint: did you mean '2023-01-10-grain-deal'?",
        f"{STORY}:{line_of(text, 'excerpt: the planes')}:14: excerpt not found in "
        'seeds/alpha.txt; the longest part that matched: "the"\n'
        "    hint: copy the words exactly from the article; mark a cut with ... and your own "
        "words with [brackets]",
    ]


def test_the_story_file_is_validated_like_a_briefing(root):
    text = write(root, STORY, """
        titel: The story
        lede: >
          One.

          Two.
        events:
          - date: 2023-02-30
            title: Never
            briefing: 2023-01-10-grain-deal
            excerpt: The two governments signed
          - date: 2023-02-03
            until: 2023-02-01
            title: Backwards
            briefing: 2023-01-10-grain-deal
            excerpt: The two governments signed
    """)
    assert problems(root) == [
        f"{STORY}:1:1: missing required field 'title'",
        f"{STORY}:1:1: unknown key 'titel'\n    hint: did you mean 'title'?",
        f"{STORY}:2:7: lede: must be one paragraph",
        f"{STORY}:{line_of(text, '- date: 2023-02-30')}:11: events.date: '2023-02-30' is not a "
        "real date",
        f"{STORY}:{line_of(text, '- date: 2023-02-03')}:5: events: until must be after date",
    ]


# -- claims that reverse earlier ones -----------------------------------------------------


def test_a_claim_may_reverse_an_earlier_claim_and_the_pages_say_so(root):
    edit(root, DOUBTS, "  - claim: The delays are logistical, not political.\n",
         "  - claim: The delays are logistical, not political.\n"
         "    reverses: 2023-01-10-grain-deal#3\n")
    result = check(root)
    assert result.problems.errors == []
    ((key, (earlier, index)),) = result.story.reversals.items()
    assert key == ("2023-03-05-deal-doubts", 1)
    assert (earlier.slug, index) == ("2023-01-10-grain-deal", 2)


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("2023-01-10-grain-dael#1", "reverses a claim of '2023-01-10-grain-dael', which is not "
                                    "a briefing\n    hint: did you mean '2023-01-10-grain-deal'?"),
        ("2023-01-10-grain-deal#9", "2023-01-10-grain-deal has 3 key claims, not 9\n"
                                    "    hint: count the claims of that file from 1"),
        ("2023-03-05-deal-doubts#1", "a claim can only reverse a claim of an earlier briefing"),
        ("grain-deal-3", "key_claims.reverses: 'grain-deal-3' is not a claim reference: a "
                         "briefing's slug, '#' and the claim's number, e.g. "
                         "2022-02-02-putin-xi-olympic-meeting#11"),
    ],
)
def test_a_reversal_must_name_an_earlier_claim_that_exists(root, target, message):
    text = edit(root, DOUBTS, "  - claim: The delays are logistical, not political.\n",
                "  - claim: The delays are logistical, not political.\n"
                f"    reverses: {target}\n")
    line = line_of(text, "reverses:")
    assert problems(root) == [
        f"{DOUBTS}:{line}:15: {message}"
    ]


# -- the schemas editors' tools read --------------------------------------------------------


@pytest.mark.parametrize(("path", "text_of"), [(STORY_SCHEMA_PATH, story_schema_text),
                                               (TOPICS_SCHEMA_PATH, topics_schema_text)])
def test_the_committed_story_schemas_are_current(path, text_of):
    assert (ROOT / path).read_text(encoding="utf-8") == text_of(), "run `briefings schema`"


def test_the_schemas_describe_the_files():
    story = json.loads(story_schema_text())
    assert story["required"] == ["title", "lede"]
    assert story["additionalProperties"] is False
    event = story["$defs"]["Event"]
    assert set(event["required"]) == {"date", "title", "briefing", "excerpt"}
    topics = json.loads(topics_schema_text())
    assert topics["propertyNames"]["pattern"] == "^[a-z0-9]+(-[a-z0-9]+)*$"
    assert topics["$defs"]["Topic"]["required"] == ["title", "description"]


@pytest.mark.parametrize(("name", "schema"), [("_story.yaml", STORY_SCHEMA_PATH),
                                              ("_topics.yaml", TOPICS_SCHEMA_PATH)])
def test_the_real_story_files_start_with_their_modeline_and_check_clean(name, schema):
    first = (ROOT / "briefings" / name).read_text(encoding="utf-8").splitlines()[0]
    assert first == modeline(schema)
    found = [p.format() for p in check(ROOT).problems if p.position.path.endswith(name)
             or "topic" in p.message]
    assert found == []
