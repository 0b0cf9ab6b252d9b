"""validate: the contract's fields, each refusal at the YAML position of what is wrong.

Each test edits one line of tests/fixtures/core/valid.yaml (a valid briefing) and
asserts the exact problems. Lines are named by what they hold (`L.outlet`), not
by number, so a field added to the fixture shifts nothing here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.engine import check as check_root
from generator.engine.load import load_document
from generator.engine.models import Briefing
from generator.engine.validate import check_source_text, validate_model

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "core"
VALID = (FIXTURES / "valid.yaml").read_text(encoding="utf-8")
NAME = "2022-02-02-valid.yaml"
F = f"briefings/{NAME}"
SLUG_HINT = "    hint: use lower-case letters, digits and single hyphens, e.g. china-russia"


def _lines_of(text: str) -> dict[str, int]:
    """The line of each field in the fixture, by a name for what it holds."""
    starts = {
        "title": "title:",
        "source": "source:",
        "outlet": "  outlet:",
        "published": "  published:",
        "url": "  url:",
        "authors": "  authors:",
        "source_text": "  text:",
        "summary": "summary:",
        "topics": "topics:",
        "analysts": "analysts:",
        "analyst": "  - name:",
        "id": "    id:",
        "role": "    role:",
        "affiliation": "    affiliation:",
        "key_claims": "key_claims:",
        "claim": "  - claim:",
        "by": "    by:",
        "evidence": "    evidence:",
        "excerpt": "      - ",
        "quotes": "quotes:",
        "quote": "  - text:",
        "speaker": "    speaker:",
        "context": "    context:",
    }
    lines = text.splitlines()
    return {
        name: next(i for i, line in enumerate(lines, 1) if line.startswith(start))
        for name, start in starts.items()
    }


L = SimpleNamespace(**_lines_of(VALID))


def variant(old: str, new: str) -> str:
    assert old in VALID, old
    return VALID.replace(old, new, 1)


def check(project, text: str) -> list[str]:
    root = project({NAME: text})
    return [p.format() for p in check_root(root).problems]


def test_the_fixture_is_valid(project):
    root = project({NAME: VALID})
    document, found = load_document(root / "briefings" / NAME, root)
    briefing, more = validate_model(document)
    assert list(found) == list(more) == list(check_source_text(document, root)) == []
    assert isinstance(briefing, Briefing)
    assert briefing.source.published == date(2022, 2, 2)
    assert briefing.analysts[0].key == "alexander-gabuev"


# -- no coercion ----------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "meaning"), [("NO", "false"), ("yes", "true"), ("off", "false")])
def test_a_yaml_boolean_where_text_belongs_is_refused_with_the_hint_to_quote_it(
    project, raw, meaning
):
    assert check(project, variant("  outlet: CNN", f"  outlet: {raw}")) == [
        f"{F}:{L.outlet}:11: source.outlet: expected text, but YAML read a boolean "
        f"({raw} means {meaning} in YAML)\n"
        f'    hint: quote it: "{raw}"'
    ]


def test_a_quoted_no_is_text(project):
    assert check(project, variant("  outlet: CNN", '  outlet: "NO"')) == []


def test_a_boolean_in_a_list_of_text_is_refused(project):
    assert check(project, variant("topics: [china-russia,", "topics: [no, china-russia,")) == [
        f"{F}:{L.topics}:10: topics: expected text, but YAML read a boolean "
        "(no means false in YAML)\n"
        '    hint: quote it: "no"'
    ]


def test_a_number_where_text_belongs_is_refused(project):
    assert check(project, variant("title: Putin and Xi meet at the Olympics", "title: 2022")) == [
        f'{F}:{L.title}:8: title: expected text, but YAML read a number\n    hint: quote it: "2022"'
    ]


def test_a_date_where_text_belongs_is_refused(project):
    text = variant("    speaker: Alexander Gabuev", "    speaker: 2022-02-02")
    assert check(project, text) == [
        f"{F}:{L.speaker}:14: quotes.speaker: expected text, but YAML read a date\n"
        '    hint: quote it: "2022-02-02"'
    ]


def test_null_where_text_belongs_is_refused_without_a_quoting_hint(project):
    assert check(project, variant("  outlet: CNN", "  outlet:")) == [
        f"{F}:{L.outlet}:10: source.outlet: expected text, but YAML read nothing (null)"
    ]


# -- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize("written", ["2022-02-30", '"2022-02-30"', "'2022-02-30'"])
def test_an_impossible_date_is_an_error_not_a_traceback(project, written):
    assert check(project, variant("published: 2022-02-02", f"published: {written}")) == [
        f"{F}:{L.published}:14: source.published: '2022-02-30' is not a real date"
    ]


def test_a_month_13_is_not_a_real_date(project):
    assert check(project, variant("published: 2022-02-02", "published: 2022-13-01")) == [
        f"{F}:{L.published}:14: source.published: '2022-13-01' is not a real date"
    ]


def test_a_quoted_date_is_accepted(project):
    assert check(project, variant("published: 2022-02-02", 'published: "2022-02-02"')) == []


@pytest.mark.parametrize("written", ["2022-02-02 10:30:00", "2022-02-02T10:30:00Z"])
def test_a_datetime_is_refused_with_the_hint_to_give_the_date_only(project, written):
    assert check(project, variant("published: 2022-02-02", f"published: {written}")) == [
        f"{F}:{L.published}:14: source.published: expected a date (YYYY-MM-DD), "
        "but YAML read a date and "
        "time\n    hint: give the date only, without a time"
    ]


def test_a_date_in_words_is_refused(project):
    assert check(project, variant("published: 2022-02-02", "published: February 2, 2022")) == [
        f"{F}:{L.published}:14: source.published: expected a date (YYYY-MM-DD), "
        "but YAML read text\n"
        "    hint: write the date as YYYY-MM-DD, e.g. 2022-02-03"
    ]


# -- unknown keys, with the closest known key -----------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected", "known"),
    [
        ("summary: >", "sumary: x\nsummary: >", "9:1: unknown key 'sumary'", "summary"),
        ("  authors:", "  author: [x]\n  authors:", "7:3: unknown key 'author'", "authors"),
        ("    affiliation:", "    affilation:", "16:5: unknown key 'affilation'", "affiliation"),
        ("    evidence:", "    evidense:", "20:5: unknown key 'evidense'", "evidence"),
        ("    context:", "    contxt:", "25:5: unknown key 'contxt'", "context"),
    ],
)
def test_an_unknown_key_suggests_the_closest_known_key_at_every_level(
    project, old, new, expected, known
):
    assert check(project, variant(old, new)) == [
        f"{F}:{expected}\n    hint: did you mean {known!r}?"
    ]


def test_an_unknown_key_with_no_close_match_lists_the_known_keys(project):
    assert check(project, variant("summary: >", "zzz: 1\nsummary: >")) == [
        f"{F}:{L.summary}:1: unknown key 'zzz'\n"
        "    hint: known keys: title, title_by_editor, source, summary, topics, analysts, "
        "key_claims, quotes"
    ]


def test_a_misspelt_required_key_is_unknown_and_the_field_missing(project):
    # Both point at line 23: the key, and the quote's mapping where `speaker` is missing.
    assert check(project, variant("    speaker:", "    speeker:")) == [
        f"{F}:{L.quote}:5: missing required field 'quotes.speaker'",
        f"{F}:{L.speaker}:5: unknown key 'speeker'\n    hint: did you mean 'speaker'?",
    ]


# -- URLs -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "ftp://example.org/article",
        "data:text/html,<script>alert(1)</script>",
        "example.org/article",
        "//example.org/article",
        "https:///article",
        "mailto:desk@example.org",
    ],
)
def test_a_url_that_is_not_http_or_https_is_refused(project, url):
    line = "  url: https://edition.cnn.com/2022/02/02/asia/index.html"
    assert check(project, variant(line, f"  url: {url!r}")) == [
        f"{F}:{L.url}:8: source.url: must be an http:// or https:// address"
    ]


def test_a_url_with_spaces_or_quotes_is_refused(project):
    line = "  url: https://edition.cnn.com/2022/02/02/asia/index.html"
    assert check(project, variant(line, "  url: 'https://example.org/a b\"'")) == [
        f"{F}:{L.url}:8: source.url: must not contain spaces, quotes or angle brackets"
    ]


@pytest.mark.parametrize("url", ["http://example.org/a", "HTTPS://EXAMPLE.ORG/A?b=c#d"])
def test_http_and_https_urls_are_fine(project, url):
    line = "  url: https://edition.cnn.com/2022/02/02/asia/index.html"
    assert check(project, variant(line, f"  url: {url}")) == []


# -- source.text ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "/etc/passwd",
            "source.text '/etc/passwd' must be relative to the project root\n"
            "    hint: e.g. seeds/000_65ba11957278d949.txt",
        ),
        (
            "C:\\seeds\\a.txt",
            "source.text 'C:\\\\seeds\\\\a.txt' must be relative to the project root\n"
            "    hint: e.g. seeds/000_65ba11957278d949.txt",
        ),
        ("../secret.txt", "source.text '../secret.txt' must stay inside the project (no '..')"),
        (
            "seeds/../seeds/000_65ba11957278d949.txt",
            "source.text 'seeds/../seeds/000_65ba11957278d949.txt' must stay inside the project "
            "(no '..')",
        ),
        ("seeds/missing.txt", "source.text 'seeds/missing.txt': no such file in the project"),
        ("seeds", "source.text 'seeds' is not read: it is a folder"),
    ],
)
def test_a_source_text_outside_the_project_or_missing_is_refused(project, path, message):
    text = variant("  text: seeds/000_65ba11957278d949.txt", f"  text: {path}")
    assert check(project, text) == [f"{F}:{L.source_text}:9: {message}"]


def test_a_source_text_with_a_nul_byte_is_refused_without_a_traceback(project):
    text = variant("  text: seeds/000_65ba11957278d949.txt", '  text: "seeds/a\\0b.txt"')
    assert check(project, text) == [
        f"{F}:{L.source_text}:9: source.text 'seeds/a\\x00b.txt': no such file in the project"
    ]


def test_a_source_text_symlinked_outside_the_project_is_refused(project, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside") / "article.txt"
    outside.write_text("It’s a very dramatic moment", encoding="utf-8")
    text = variant("  text: seeds/000_65ba11957278d949.txt", "  text: seeds/link.txt")
    root = project({NAME: text})
    (root / "seeds" / "link.txt").symlink_to(outside)
    assert [p.format() for p in check_root(root).problems] == [
        f"{F}:{L.source_text}:9: source.text 'seeds/link.txt' points outside the project"
    ]


def test_an_unreadable_source_text_is_reported(project, monkeypatch):
    root = project({NAME: VALID})
    real_read_text = Path.read_text

    def guarded(self, *args, **kwargs):
        if self.name == "000_65ba11957278d949.txt":
            raise PermissionError(13, "Permission denied")
        return real_read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", guarded)
    (root / "seeds" / "000_65ba11957278d949.txt").touch()  # a new mtime: not in the cache
    assert [p.format() for p in check_root(root).problems] == [
        f"{F}:{L.source_text}:9: source.text 'seeds/000_65ba11957278d949.txt' cannot be read: "
        "permission denied"
    ]


# -- missing required fields: at the parent mapping -----------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("title: Putin and Xi meet at the Olympics\n", "", "2:1: missing required field 'title'"),
        ("  outlet: CNN\n", "", "4:3: missing required field 'source.outlet'"),
        ("  published: 2022-02-02\n", "", "4:3: missing required field 'source.published'"),
        (
            "  - name: Alexander Gabuev\n    id:",
            "  - id:",
            "13:5: missing required field 'analysts.name'",
        ),
        (
            "  - claim: Russia's confrontation with the West is, in a way, China's too.\n    by:",
            "  - by:",
            "18:5: missing required field 'key_claims.claim'",
        ),
        ("    speaker: Alexander Gabuev\n", "", "23:5: missing required field 'quotes.speaker'"),
    ],
)
def test_a_missing_required_field_points_at_its_parent_mapping(project, old, new, expected):
    assert check(project, variant(old, new)) == [f"{F}:{expected}"]


def test_every_missing_field_is_reported(project):
    assert check(project, "# a start\ntitle: t\n") == [
        f"{F}:{L.title}:1: missing required field 'key_claims'",
        f"{F}:{L.title}:1: missing required field 'source'",
        f"{F}:{L.title}:1: missing required field 'summary'",
    ]


# -- wrong types ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "topics: [china-russia, beijing-olympics]",
            "topics: {china-russia: yes}",
            "11:9: topics: expected a list, but YAML read a mapping",
        ),
        (
            "topics: [china-russia, beijing-olympics]",
            "topics: china-russia",
            "11:9: topics: expected a list, but YAML read text",
        ),
        (
            "  authors: [Jane Doe]",
            "  authors: Jane Doe",
            "7:12: source.authors: expected a list, but YAML read text",
        ),
        (
            "    evidence:\n      - in a way",
            "    evidence: in a way",
            "20:15: key_claims.evidence: expected a list, but YAML read text",
        ),
        (
            "  - name: Alexander Gabuev\n    id: alexander-gabuev\n    role: senior fellow\n"
            "    affiliation: Carnegie Moscow Center\n",
            "  - Alexander Gabuev\n",
            "13:5: analysts: expected a mapping of keys, but YAML read text",
        ),
        (
            "summary: >\n  Xi welcomes Putin to the Winter Olympics.",
            "summary:\n  - Xi welcomes Putin\n  - to the Winter Olympics.",
            "10:3: summary: expected text, but YAML read a list",
        ),
    ],
)
def test_a_value_of_the_wrong_type_is_refused(project, old, new, expected):
    assert check(project, variant(old, new)) == [f"{F}:{expected}"]


def test_a_list_where_a_mapping_belongs_is_refused(project):
    start = VALID.index("source:")
    end = VALID.index("summary:")
    text = VALID[:start] + "source: [CNN, 2022-02-02]\n" + VALID[end:]
    assert check(project, text) == [
        f"{F}:{L.source}:9: source: expected a mapping of keys, but YAML read a list"
    ]


def test_a_file_that_is_a_list_is_refused(project):
    assert check(project, "- title: t\n- summary: s\n") == [
        f"{F}:1:1: the file: expected a mapping of keys, but YAML read a list"
    ]


def test_a_file_that_is_only_text_is_refused(project):
    assert check(project, "just some words\n") == [
        f"{F}:1:1: the file: expected a mapping of keys, but YAML read text"
    ]


# -- empty and too long ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("title: Putin and Xi meet at the Olympics", 'title: ""', "2:8: title must not be empty"),
        (
            "title: Putin and Xi meet at the Olympics",
            'title: "   "',
            "2:8: title: must not be empty or only spaces",
        ),
        ("  outlet: CNN", "  outlet: ''", "4:11: source.outlet must not be empty"),
        (
            "    speaker: Alexander Gabuev",
            '    speaker: ""',
            "24:14: quotes.speaker must not be empty",
        ),
        (
            "      - in a way",
            '      - ""\n      - in a way',
            "21:9: key_claims.evidence must not be empty",
        ),
    ],
)
def test_an_empty_string_is_refused(project, old, new, expected):
    found = check(project, variant(old, new))
    assert found == [f"{F}:{expected}"]


def test_a_title_of_200_characters_is_fine_and_201_is_too_long(project):
    line = "title: Putin and Xi meet at the Olympics"
    assert check(project, variant(line, "title: " + "t" * 200)) == []
    assert check(project, variant(line, "title: " + "t" * 201)) == [
        f"{F}:{L.title}:8: title is too long (201 characters, at most 200)"
    ]


def summary(paragraphs: int) -> str:
    return "summary: |\n" + "\n\n".join(f"  Paragraph {i}." for i in range(paragraphs))


def test_a_summary_of_three_paragraphs_is_fine_and_four_are_too_many(project):
    old = "summary: >\n  Xi welcomes Putin to the Winter Olympics."
    assert check(project, variant(old, summary(3))) == []
    assert check(project, variant(old, summary(4))) == [
        f"{F}:{L.summary}:10: summary: has more than 3 paragraphs"
    ]


def test_key_claims_must_not_be_empty(project):
    start = VALID.index("key_claims:")
    end = VALID.index("quotes:")
    text = VALID[:start] + "key_claims: []\n" + VALID[end:]
    assert check(project, text) == [f"{F}:{L.key_claims}:13: key_claims needs at least one entry"]


# -- slugs ----------------------------------------------------------------------------------


def test_a_topic_that_is_not_a_slug_is_refused(project):
    text = variant("beijing-olympics]", "Beijing_Olympics, ok-topic, bad--topic]")
    assert check(project, text) == [
        f"{F}:{L.topics}:24: topics: 'Beijing_Olympics' is not a valid slug\n{SLUG_HINT}",
        f"{F}:{L.topics}:52: topics: 'bad--topic' is not a valid slug\n{SLUG_HINT}",
    ]


def test_a_topic_over_80_characters_is_refused(project):
    text = variant("beijing-olympics]", "a" * 81 + "]")
    assert check(project, text) == [
        f"{F}:{L.topics}:24: topics is too long (81 characters, at most 80)"
    ]


def test_an_analyst_id_that_is_not_a_slug_is_refused(project):
    text = variant("    id: alexander-gabuev", "    id: Alexander Gabuev")
    assert check(project, text) == [
        f"{F}:{L.id}:9: analysts.id: 'Alexander Gabuev' is not a valid slug\n{SLUG_HINT}"
    ]


def test_an_analyst_name_without_an_ascii_slug_needs_an_id(project):
    text = variant("  - name: Alexander Gabuev\n    id: alexander-gabuev\n", "  - name: 普京\n")
    assert check(project, text) == [
        f"{F}:{L.analyst}:5: analysts: the name '普京' has no ASCII slug; give this analyst an id"
    ]
    text = variant("  - name: Alexander Gabuev\n", "  - name: 普京\n")
    assert [line for line in check(project, text) if ": warning: " not in line] == []


def test_an_analyst_id_defaults_to_the_ascii_slug_of_the_name(project):
    old = "  - name: Alexander Gabuev\n    id: alexander-gabuev\n"
    text = variant(old, "  - name: Zoë Ménard\n")
    text = text.replace("by: alexander-gabuev", "by: zoe-menard")
    root = project({NAME: text})
    result = check_root(root)
    assert result.problems.errors == []  # (the article credits Gabuev: a warning says so)
    assert list(result.catalog.analysts) == ["zoe-menard"]


# -- every problem of a file at once --------------------------------------------------------


def test_every_problem_of_a_file_is_reported_in_one_run_sorted_by_position(project):
    text = (
        variant("  outlet: CNN", "  outlet: NO")
        .replace("published: 2022-02-02", "published: 2022-02-30")
        .replace("    affiliation:", "    affilation:")
        .replace("title: Putin and Xi meet at the Olympics", "title: 2022")
    )
    assert check(project, text) == [
        f"{F}:{L.title}:8: title: expected text, but YAML read a number\n"
        '    hint: quote it: "2022"',
        f"{F}:{L.outlet}:11: source.outlet: expected text, but YAML read a boolean "
        "(NO means false in "
        'YAML)\n    hint: quote it: "NO"',
        f"{F}:{L.published}:14: source.published: '2022-02-30' is not a real date",
        f"{F}:{L.affiliation}:5: unknown key 'affilation'\n    hint: did you mean 'affiliation'?",
    ]


# -- the honest metadata fields --------------------------------------------------------------


def test_an_inferred_date_range_and_an_editors_title_validate(project):
    text = variant(
        "  published: 2022-02-02\n", "  published: 2022-02-01\n  published_latest: 2022-02-03\n"
    )
    text = text.replace("title: Putin", "title_by_editor: true\ntitle: Putin", 1)
    result = check_root(project({NAME: text}))
    assert list(result.problems) == []
    (entry,) = result.catalog.entries
    assert entry.briefing.title_by_editor is True
    assert str(entry.briefing.source.published_latest) == "2022-02-03"


def test_a_date_range_must_run_forwards(project):
    text = variant(
        "  published: 2022-02-02\n", "  published: 2022-02-02\n  published_latest: 2022-02-01\n"
    )
    assert check(project, text) == [
        f"{F}:{L.outlet}:3: source: published_latest must be after published "
        "(the earliest date it can be)"
    ]


def test_inferred_flags_are_booleans_and_by_inferred_needs_by(project):
    text = variant(
        "    speaker: Alexander Gabuev\n",
        "    speaker: Alexander Gabuev\n    speaker_inferred: maybe\n",
    )
    assert check(project, text) == [
        f"{F}:{L.speaker + 1}:23: quotes.speaker_inferred: expected a boolean (true or false), "
        "but YAML read text"
    ]
    text = variant("    by: alexander-gabuev\n", "    by_inferred: true\n")
    assert check(project, text) == [
        f"{F}:{L.claim}:5: key_claims: by_inferred is set, but the claim has no `by`"
    ]
