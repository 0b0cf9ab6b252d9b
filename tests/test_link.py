"""link: analysts by global id, references resolved, topics gathered, newest first."""

from __future__ import annotations

from datetime import date

from click.testing import CliRunner

from generator.cli import main
from generator.engine import check
from generator.engine.link import PersonRef as Person

ID_HINT = "    hint: one id is one person: fix the name, or give this person another id"
NAME_HINT = "    hint: if this is one person, use one id in every briefing"


def briefing(
    published: str,
    analysts: list[dict[str, str]] = (),
    quotes: list[tuple[str, str]] = (),
    by: str | None = None,
    topics: list[str] = (),
) -> str:
    """A valid briefing without source.text (so nothing is verified)."""
    lines = [
        f"title: A briefing of {published}",
        "source:",
        "  outlet: CNN",
        f"  published: {published}",
        "summary: Something happened.",
    ]
    if topics:
        lines.append(f"topics: [{', '.join(topics)}]")
    if analysts:
        lines.append("analysts:")
        for analyst in analysts:
            lines += [
                f"  {'- ' if i == 0 else '  '}{key}: {value}"
                for i, (key, value) in enumerate(analyst.items())
            ]
    lines += ["key_claims:", "  - claim: Something is so."]
    if by:
        lines.append(f"    by: {by}")
    if quotes:
        lines.append("quotes:")
        for text, speaker in quotes:
            lines += [f"  - text: {text}", f"    speaker: {speaker}"]
    return "\n".join(lines) + "\n"


def at(name: str, text: str, written: str) -> str:
    """`briefings/NAME:line:column` of the value in the line that reads `written`."""
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip().removeprefix("- ") == written:
            value = written.split(": ", 1)[1]
            return f"briefings/{name}:{number}:{line.index(value) + 1}"
    raise AssertionError(written)


GABUEV = {"name": "Alexander Gabuev", "id": "alexander-gabuev"}


# -- identity across briefings --------------------------------------------------------------


def test_one_id_with_two_names_is_an_error_at_the_second_files_name(project):
    second = briefing("2022-01-01", [{"name": "Alex Gabuev", "id": "alexander-gabuev"}])
    root = project(
        {
            "2022-02-02-a.yaml": briefing("2022-02-02", [GABUEV]),
            "2022-03-03-b.yaml": second,
        }
    )
    result = check(root)
    assert [p.format() for p in result.problems] == [
        f"{at('2022-03-03-b.yaml', second, 'name: Alex Gabuev')}: analyst id "
        "'alexander-gabuev' is 'Alexander Gabuev' in briefings/2022-02-02-a.yaml but "
        f"'Alex Gabuev' here\n{ID_HINT}"
    ]
    assert result.problems[0].position.line == 7


def test_one_name_under_two_ids_is_a_warning_and_check_passes(project):
    other = briefing("2022-03-03", [{"name": "Alexander Gabuev", "id": "a-gabuev"}])
    root = project(
        {
            "2022-02-02-a.yaml": briefing("2022-02-02", [GABUEV]),
            "2022-03-03-b.yaml": other,
            "2022-04-04-c.yaml": briefing("2022-04-04", [GABUEV]),
        }
    )
    result = check(root)
    warning = (
        f"{at('2022-02-02-a.yaml', briefing('2022-02-02', [GABUEV]), 'name: Alexander Gabuev')}"
        ": warning: 'Alexander Gabuev' appears under the ids 'a-gabuev', 'alexander-gabuev'\n"
        f"{NAME_HINT}"
    )
    assert result.problems.errors == []
    assert [p.format() for p in result.problems.warnings] == [warning]
    assert set(result.catalog.analysts) == {"a-gabuev", "alexander-gabuev"}

    cli = CliRunner().invoke(main, ["check", "--root", str(root)])
    assert cli.exit_code == 0
    assert cli.stdout == "3 briefings OK\n"
    assert cli.stderr == warning + "\n"


def test_one_id_with_the_name_in_other_case_is_an_error(project):
    # The default id (the slug of the name) is the same id, and the site shows one name.
    root = project(
        {
            "2022-02-02-a.yaml": briefing("2022-02-02", [GABUEV]),
            "2022-03-03-b.yaml": briefing("2022-03-03", [{"name": "alexander gabuev"}]),
        }
    )
    assert [p.message for p in check(root).problems] == [
        "analyst id 'alexander-gabuev' is 'Alexander Gabuev' in briefings/2022-02-02-a.yaml "
        "but 'alexander gabuev' here"
    ]


def test_one_name_in_other_case_under_two_ids_is_a_warning(project):
    root = project(
        {
            "2022-02-02-a.yaml": briefing("2022-02-02", [GABUEV]),
            "2022-03-03-b.yaml": briefing("2022-03-03", [{"name": "ALEXANDER GABUEV", "id": "ag"}]),
        }
    )
    result = check(root)
    assert result.problems.errors == []
    assert [p.message for p in result.problems.warnings] == [
        "'Alexander Gabuev' appears under the ids 'ag', 'alexander-gabuev'"
    ]


def test_a_conflicting_name_does_not_count_as_an_appearance(project):
    root = project(
        {
            "2022-02-02-a.yaml": briefing("2022-02-02", [GABUEV]),
            "2022-03-03-b.yaml": briefing(
                "2022-03-03", [{"name": "Bob", "id": "alexander-gabuev"}]
            ),
            "2022-04-04-c.yaml": briefing("2022-04-04", [{"name": "Bob", "id": "bob-2"}]),
        }
    )
    result = check(root)
    assert [p.message for p in result.problems.errors] == [
        "analyst id 'alexander-gabuev' is 'Alexander Gabuev' in briefings/2022-02-02-a.yaml "
        "but 'Bob' here"
    ]
    # "Bob" was refused under alexander-gabuev, so it is not a second id for Bob.
    assert result.problems.warnings == []


def test_each_appearance_keeps_its_own_role_and_affiliation_newest_first(project):
    old = {**GABUEV, "role": "senior fellow", "affiliation": "Carnegie Moscow Center"}
    new = {**GABUEV, "role": "director", "affiliation": "Carnegie Russia Eurasia Center"}
    root = project(
        {
            "2021-05-05-old.yaml": briefing("2021-05-05", [old]),
            "2023-06-06-new.yaml": briefing("2023-06-06", [new]),
            "2022-07-07-bare.yaml": briefing("2022-07-07", [GABUEV]),
        }
    )
    profile = check(root).catalog.analysts["alexander-gabuev"]
    assert profile.name == "Alexander Gabuev"
    assert [(a.entry.slug, a.analyst.role, a.analyst.affiliation) for a in profile.appearances] == [
        ("2023-06-06-new", "director", "Carnegie Russia Eurasia Center"),
        ("2022-07-07-bare", None, None),
        ("2021-05-05-old", "senior fellow", "Carnegie Moscow Center"),
    ]


def test_an_analyst_listed_twice_in_one_briefing_is_an_error_and_appears_once(project):
    text = briefing("2022-02-02", [GABUEV, {"name": "Alexander Gabuev"}])
    root = project({"2022-02-02-a.yaml": text})
    result = check(root)
    assert [p.format() for p in result.problems] == [
        "briefings/2022-02-02-a.yaml:9:5: analyst 'alexander-gabuev' is listed twice in this "
        "briefing (first as entry 1)"
    ]
    assert len(result.catalog.analysts["alexander-gabuev"].appearances) == 1


# -- speaker and by -------------------------------------------------------------------------


def test_speaker_and_by_resolve_to_an_analyst_of_the_same_briefing(project):
    quotes = [
        ("By id", "alexander-gabuev"),
        ("By name", "Alexander Gabuev"),
        ("By name in other case", "ALEXANDER gabuev"),
        ("By id in other case", "Alexander-Gabuev"),
        ("Someone else", "Vladimir Putin"),
        ("An analyst of another briefing", "steve-tsang"),
    ]
    root = project(
        {
            "2022-02-02-a.yaml": briefing("2022-02-02", [GABUEV], quotes, by="alexander gabuev"),
            "2022-03-03-b.yaml": briefing("2022-03-03", [{"name": "Steve Tsang"}], by="Xi Jinping"),
        }
    )
    result = check(root)
    # An id of another briefing's analyst is a stranger here, said in a warning.
    assert [p.message for p in result.problems] == [
        "speaker 'steve-tsang' looks like an analyst id, but no analyst of this briefing has it"
    ]
    entry_b, entry_a = result.catalog.entries
    gabuev = Person("Alexander Gabuev", "alexander-gabuev")
    assert [q.speaker for q in entry_a.quotes] == [
        gabuev,
        gabuev,
        gabuev,
        gabuev,
        Person("Vladimir Putin"),
        Person("steve-tsang"),
    ]
    assert entry_a.claims[0].by == gabuev
    assert entry_b.claims[0].by == Person("Xi Jinping")
    profile = result.catalog.analysts["alexander-gabuev"]
    assert [q.quote.text for _, q in profile.quotes()] == [
        "By id",
        "By name",
        "By name in other case",
        "By id in other case",
    ]
    assert [c.claim.claim for _, c in profile.claims()] == ["Something is so."]
    assert result.catalog.analysts["steve-tsang"].quotes() == []


def test_a_claim_without_by_is_the_outlets(project):
    root = project({"2022-02-02-a.yaml": briefing("2022-02-02")})
    (entry,) = check(root).catalog.entries
    assert entry.claims[0].by is None


# -- topics and order -----------------------------------------------------------------------


def test_the_catalog_is_newest_first_and_ties_go_by_slug(project):
    root = project(
        {
            "2021-01-01-oldest.yaml": briefing("2021-01-01"),
            "2023-01-01-b.yaml": briefing("2023-01-01"),
            "2023-01-01-a.yaml": briefing("2023-01-01"),
            "2022-06-30-middle.yaml": briefing("2022-06-30"),
        }
    )
    entries = check(root).catalog.entries
    assert [e.slug for e in entries] == [
        "2023-01-01-a",
        "2023-01-01-b",
        "2022-06-30-middle",
        "2021-01-01-oldest",
    ]
    assert entries[0].published == date(2023, 1, 1)
    assert entries[0].source_file == "briefings/2023-01-01-a.yaml"


def test_the_date_not_the_file_name_orders_the_catalog(project):
    root = project(
        {
            "a-first-by-name.yaml": briefing("2020-01-01"),
            "z-last-by-name.yaml": briefing("2024-01-01"),
        }
    )
    assert [e.slug for e in check(root).catalog.entries] == [
        "z-last-by-name",
        "a-first-by-name",
    ]


def test_topics_are_gathered_by_name_each_in_date_order(project):
    root = project(
        {
            "2022-02-02-a.yaml": briefing("2022-02-02", topics=["ukraine-war", "china-russia"]),
            "2021-01-01-b.yaml": briefing("2021-01-01", topics=["china-russia", "china-russia"]),
            "2023-03-03-c.yaml": briefing("2023-03-03", topics=["energy", "china-russia"]),
            "2023-04-04-d.yaml": briefing("2023-04-04"),
        }
    )
    topics = check(root).catalog.topics
    assert {topic: [e.slug for e in entries] for topic, entries in topics.items()} == {
        "china-russia": ["2021-01-01-b", "2022-02-02-a", "2023-03-03-c"],
        "energy": ["2023-03-03-c"],
        "ukraine-war": ["2022-02-02-a"],
    }
    assert list(topics) == ["china-russia", "energy", "ukraine-war"]


def test_analysts_are_keyed_by_id_in_order(project):
    root = project(
        {
            "2022-02-02-a.yaml": briefing(
                "2022-02-02", [{"name": "Yu Bin"}, GABUEV, {"name": "Анна", "id": "anna-k"}]
            ),
        }
    )
    assert list(check(root).catalog.analysts) == ["alexander-gabuev", "anna-k", "yu-bin"]


def test_an_invalid_briefing_is_left_out_and_the_others_still_link(project):
    root = project(
        {
            "2022-02-02-a.yaml": briefing("2022-02-02", [GABUEV]),
            "2022-03-03-b.yaml": briefing("2022-03-03", [GABUEV]).replace("CNN", "NO"),
        }
    )
    result = check(root)
    assert [p.position.path for p in result.problems.errors] == ["briefings/2022-03-03-b.yaml"]
    assert [e.slug for e in result.catalog.entries] == ["2022-02-02-a"]
    assert result.count == 2


def test_the_real_briefings_link(project):
    from pathlib import Path

    result = check(Path(__file__).resolve().parent.parent)
    assert result.problems.errors == []
    catalog = result.catalog
    assert [e.published for e in catalog.entries] == sorted(
        (e.published for e in catalog.entries), reverse=True
    )
    assert "alexander-gabuev" in catalog.analysts
    for profile in catalog.analysts.values():
        assert profile.appearances, profile.id


def test_an_analyst_made_its_key_is_still_equal_to_one_that_has_not():
    """`Analyst.key` is kept once made (linking asks for it thousands of times): that must
    not make two analysts with the same fields unequal, or a page's inputs look changed."""
    from generator.engine.models import Analyst

    asked, fresh = Analyst.model_validate({"name": "Jane Doe"}), Analyst.model_validate(
        {"name": "Jane Doe"}
    )
    assert asked.key == "jane-doe"
    assert asked == fresh and "key" not in asked.model_dump()
