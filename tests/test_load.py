"""load: only one safe, plain, UTF-8 YAML document per file gets through, with positions.

Every refusal is asserted with its exact `file:line:column: message`, since that
text is what an editor acts on.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from generator.engine import check
from generator.engine.load import MAX_DEPTH, load_document
from generator.engine.models import FILE_MAX_BYTES as MAX_BYTES

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "core"
VALID = (FIXTURES / "valid.yaml").read_text(encoding="utf-8")
NAME_HINT = (
    "use lower-case letters, digits and single hyphens, at most 80 characters, "
    "e.g. 2022-02-02-putin-xi-meeting.yaml"
)
TAG_HINT = "remove the tag; quote the value if it should be text"


def problems(root: Path) -> list[str]:
    return [p.format() for p in check(root).problems]


def refused(project, text: str | bytes, name: str = "b.yaml") -> list[str]:
    """The problems of a project holding this one file."""
    return problems(project({name: text}))


def load(project, text: str | bytes, name: str = "b.yaml"):
    root = project({name: text}, seeds=False)
    return load_document(root / "briefings" / name, root)


# -- the happy path -------------------------------------------------------------------------


def test_a_valid_file_loads_with_the_position_of_every_value_and_key(project):
    document, found = load(project, VALID, "2022-02-02-valid.yaml")
    assert list(found) == []
    assert document.slug == "2022-02-02-valid"
    assert document.display == "briefings/2022-02-02-valid.yaml"
    assert document.data["source"]["outlet"] == "CNN"
    assert str(document.position(("source", "outlet"))) == "briefings/2022-02-02-valid.yaml:4:11"
    assert str(document.key_position(("source", "outlet"))) == "briefings/2022-02-02-valid.yaml:4:3"
    assert str(document.position(("quotes", 0, "text"))).endswith(":23:11")
    assert str(document.position(("key_claims", 0, "evidence", 0))).endswith(":21:9")
    # A place that is not written points at its nearest written parent.
    assert str(document.position(("quotes", 0, "nope"))).endswith(":23:5")
    # The modeline is a comment: the top mapping starts on line 2.
    assert str(document.position(())).endswith(":2:1")


def test_a_byte_order_mark_is_allowed(project):
    document, found = load(project, "\ufefftitle: x\n".encode())
    assert list(found) == []
    assert document.data == {"title": "x"}


def test_scalars_keep_the_type_yaml_gave_them(project):
    document, found = load(project, "a: NO\nb: 2022\nc: 2022-02-03\nd: ~\ne: 1.5\nf: text\n")
    assert list(found) == []
    assert document.data == {
        "a": False,
        "b": 2022,
        "c": date(2022, 2, 3),
        "d": None,
        "e": 1.5,
        "f": "text",
    }
    assert document.raw[("a",)] == "NO"


# -- anchors, aliases and tags --------------------------------------------------------------


def test_an_anchor_is_refused(project):
    assert refused(project, "title: t\nsource: &src {outlet: CNN}\n") == [
        "briefings/b.yaml:2:9: YAML anchors (&name) are not allowed\n    hint: write the value out"
    ]


def test_an_alias_is_refused(project):
    assert refused(project, "title: t\nsummary: *src\n") == [
        "briefings/b.yaml:2:10: YAML aliases (*name) are not allowed\n    hint: write the value out"
    ]


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("!!python/object:os.system x", "!!python/object:os.system"),
        ("!!python/object/apply:os.system ['ls']", "!!python/object/apply:os.system"),
        ("!!str 2022", "!!str"),
        ("!foo x", "!foo"),
        ("! x", "!"),
        ("!<tag:yaml.org,2002:str> x", "!!str"),
        ("!!map {a: b}", "!!map"),
    ],
)
def test_a_tag_is_refused(project, value, shown):
    assert refused(project, f"title: t\nsummary: {value}\n") == [
        f"briefings/b.yaml:2:10: YAML tags ({shown}) are not allowed; only plain values\n"
        f"    hint: {TAG_HINT}"
    ]


def test_a_tag_on_a_list_item_is_refused(project):
    assert refused(project, "topics:\n  - a\n  - !!binary aGk=\n") == [
        "briefings/b.yaml:3:5: YAML tags (!!binary) are not allowed; only plain values\n"
        f"    hint: {TAG_HINT}"
    ]


def test_ampersand_star_and_bang_inside_text_are_fine(project):
    text = VALID.replace(
        "title: Putin and Xi meet at the Olympics", "title: Q&A *now*! 'a &b' \"*c\""
    )
    assert refused(project, text, "2022-02-02-valid.yaml") == []


# -- structure ------------------------------------------------------------------------------


def test_a_duplicate_key_is_refused_where_it_repeats(project):
    text = VALID.replace("  outlet: CNN\n", "  outlet: CNN\n  outlet: BBC\n")
    assert refused(project, text, "2022-02-02-valid.yaml") == [
        "briefings/2022-02-02-valid.yaml:5:3: duplicate key 'outlet' (first at line 4)\n"
        "    hint: remove one of them; YAML would silently keep only the last"
    ]


def test_a_duplicate_key_in_a_list_item_is_refused(project):
    text = VALID.replace(
        "    speaker: Alexander Gabuev\n", "    speaker: Alexander Gabuev\n    speaker: Xi\n"
    )
    assert refused(project, text, "2022-02-02-valid.yaml") == [
        "briefings/2022-02-02-valid.yaml:25:5: duplicate key 'speaker' (first at line 24)\n"
        "    hint: remove one of them; YAML would silently keep only the last"
    ]


def test_a_duplicate_top_level_key_keeps_the_first_value(project):
    document, found = load(project, "title: first\ntitle: second\n")
    assert [p.format().splitlines()[0] for p in found] == [
        "briefings/b.yaml:2:1: duplicate key 'title' (first at line 1)"
    ]
    assert document.data == {"title": "first"}


@pytest.mark.parametrize(
    "text",
    [
        "title: a\n---\ntitle: b\n",
        "---\ntitle: a\n---\ntitle: b\n",
        "title: a & b\n---\ntitle: b\n",  # takes the pre-scan path
    ],
)
def test_more_than_one_document_is_refused(project, text):
    line = text.split("\n").index("---", 1 if text.startswith("---") else 0) + 1
    assert refused(project, text) == [
        f"briefings/b.yaml:{line}:1: more than one YAML document; one briefing per file"
    ]


def test_a_document_end_marker_alone_is_one_document(project):
    assert list(load(project, "title: t\n...\n")[1]) == []


def test_a_key_that_is_not_plain_text_is_refused(project):
    document, found = load(project, "? [a, b]\n: c\nd: e\n")
    assert [p.format() for p in found] == ["briefings/b.yaml:1:3: a key must be plain text"]
    assert document.data == {"d": "e"}


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n# and another\n", "---\n"])
def test_an_empty_file_is_refused(project, text):
    assert refused(project, text) == [
        "briefings/b.yaml:1:1: file is empty; a briefing needs at least a title"
    ]


def test_a_yaml_syntax_error_has_its_position(project):
    assert refused(project, "title: t\nsummary: [unclosed\n") == [
        "briefings/b.yaml:2:10: a value that starts with [ is read as a YAML list, and this "
        "[...] is not one\n"
        '    hint: put the whole value in double quotes: summary: "[unclosed"'
    ]


def test_a_tab_in_the_indentation_is_a_syntax_error(project):
    assert refused(project, "source:\n\toutlet: CNN\n") == [
        "briefings/b.yaml:2:1: a tab character: YAML indents with spaces only\n"
        "    hint: replace the tab with spaces (two per level, as in the lines around it)"
    ]


def test_a_control_character_is_refused_at_its_position(project):
    assert refused(project, "title: t\nsummary: café\x07\n") == [
        "briefings/b.yaml:2:14: the character U+0007 is not allowed in YAML\n"
        "    hint: delete it: it is usually invisible, pasted from another program"
    ]


def test_deep_nesting_is_refused_without_a_traceback(project):
    depth = 200
    _, found = load(project, "title: " + "[" * depth + "]" * depth + "\n")
    assert [p.format() for p in found] == [
        f"briefings/b.yaml:1:{8 + MAX_DEPTH}: values are nested more than {MAX_DEPTH} deep"
    ]


def test_nesting_beyond_libyaml_limit_is_a_syntax_error(project):
    depth = 5000
    found = refused(project, "title: " + "[" * depth + "]" * depth + "\n")
    assert found == ["briefings/b.yaml:1:1007: YAML syntax error: exceeded maximum nesting depth"]


# -- size and encoding ----------------------------------------------------------------------


def test_a_file_over_1_mib_is_refused(project):
    text = "title: t\n" + "# padding\n" * (MAX_BYTES // 10) + "\n"
    assert len(text.encode()) > MAX_BYTES
    assert refused(project, text) == [
        "briefings/b.yaml:1:1: file is larger than 1 MiB, the limit for a briefing"
    ]


def test_a_file_over_1_mib_is_refused_from_its_size_before_it_is_opened(project, monkeypatch):
    root = project({"b.yaml": "title: t\n" + "#" * MAX_BYTES + "\n"})
    opened = []
    real_open = Path.open

    def watch(self, *args, **kwargs):
        opened.append(self.name)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", watch)
    assert problems(root) == [
        "briefings/b.yaml:1:1: file is larger than 1 MiB, the limit for a briefing"
    ]
    assert "b.yaml" not in opened


def test_a_file_of_exactly_1_mib_is_read(project):
    head = "title: t\n"
    text = head + "#" * (MAX_BYTES - len(head) - 1) + "\n"
    assert len(text.encode()) == MAX_BYTES
    document, found = load(project, text)
    assert list(found) == []
    assert document.data == {"title": "t"}


def test_bytes_that_are_not_utf8_are_refused_at_the_bad_byte(project):
    assert refused(project, b"title: t\nsummary: caf\xe9\n") == [
        "briefings/b.yaml:2:13: file is not UTF-8 (byte 0xe9 cannot be decoded)\n"
        "    hint: save the file as UTF-8"
    ]


def test_the_column_of_a_bad_byte_counts_characters(project):
    # "é" and "’" are two and three bytes, but one column each, as in an editor.
    blob = "title: t\nsummary: é’ ".encode() + b"\xff\n"
    assert refused(project, blob) == [
        "briefings/b.yaml:2:13: file is not UTF-8 (byte 0xff cannot be decoded)\n"
        "    hint: save the file as UTF-8"
    ]


def test_a_utf16_file_is_refused(project):
    assert refused(project, "title: t\n".encode("utf-16"))[0].startswith(
        "briefings/b.yaml:1:1: file is not UTF-8 (byte 0xff cannot be decoded)"
    )


# -- the file name --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "2022-02-02-Putin-Xi.yaml",
        "2022_02_02_putin.yaml",
        "putin--xi.yaml",
        "-putin.yaml",
        "putin-.yaml",
        "putin xi.yaml",
        "a" * 81 + ".yaml",
    ],
)
def test_a_file_name_that_is_not_a_slug_is_refused(project, name):
    found = refused(project, VALID, name)
    assert found == [
        f"briefings/{name}:1:1: file name {name!r} is not a valid slug\n    hint: {NAME_HINT}"
    ]


def test_a_file_name_of_80_characters_is_fine(project):
    assert refused(project, VALID, "a" * 80 + ".yaml") == []


def test_a_bad_file_name_does_not_hide_the_other_problems_at_1_1(project):
    # Several problems at one place are all reported (the file name, and the
    # missing fields that point at the top mapping).
    assert refused(project, "title: t\n", "Bad_Name.yaml") == [
        "briefings/Bad_Name.yaml:1:1: file name 'Bad_Name.yaml' is not a valid slug\n"
        f"    hint: {NAME_HINT}",
        "briefings/Bad_Name.yaml:1:1: missing required field 'key_claims'",
        "briefings/Bad_Name.yaml:1:1: missing required field 'source'",
        "briefings/Bad_Name.yaml:1:1: missing required field 'summary'",
    ]


def test_a_bad_file_name_and_an_empty_file_are_both_reported(project):
    assert refused(project, "", "Empty.yaml") == [
        "briefings/Empty.yaml:1:1: file is empty; a briefing needs at least a title",
        "briefings/Empty.yaml:1:1: file name 'Empty.yaml' is not a valid slug\n"
        f"    hint: {NAME_HINT}",
    ]


# -- files that cannot be read --------------------------------------------------------------


def test_a_folder_named_like_a_briefing_is_reported(project):
    root = project({"2022-02-02-valid.yaml": VALID})
    (root / "briefings" / "folder.yaml").mkdir()
    assert problems(root) == ["briefings/folder.yaml:1:1: cannot read the file: it is a folder"]


def test_a_broken_symlink_is_reported(project):
    root = project({"2022-02-02-valid.yaml": VALID})
    (root / "briefings" / "gone.yaml").symlink_to(root / "nowhere.yaml")
    assert problems(root) == [
        "briefings/gone.yaml:1:1: cannot read the file: no such file or directory"
    ]


def test_an_unreadable_file_is_reported(project, monkeypatch):
    root = project({"2022-02-02-valid.yaml": VALID, "locked.yaml": VALID})
    real_open = Path.open

    def guarded_open(self, *args, **kwargs):
        if self.name == "locked.yaml":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    assert problems(root) == ["briefings/locked.yaml:1:1: cannot read the file: permission denied"]


def test_a_yml_file_is_reported_not_ignored(project):
    root = project({"2022-02-02-valid.yaml": VALID, "other.yml": VALID})
    assert problems(root) == [
        "briefings/other.yml:1:1: briefing files end in .yaml; this file would be ignored\n"
        "    hint: rename it to other.yaml"
    ]


# -- safety: refused quickly, nothing executed ----------------------------------------------


def billion_laughs(levels: int = 9) -> str:
    lines = ['lol0: &lol0 "lol"']
    lines += [
        f"lol{i}: &lol{i} [" + ", ".join([f"*lol{i - 1}"] * 10) + "]" for i in range(1, levels)
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def never_composed(monkeypatch):
    """Fail if libyaml builds a node tree: the refusal must come before any expansion.

    This is the structural form of "refused quickly": an alias bomb is dangerous only
    once composed and expanded, so proving it never is beats timing it.
    """

    def refuse(self):
        raise AssertionError("the document was composed")

    monkeypatch.setattr(yaml.CSafeLoader, "get_single_node", refuse)


@pytest.fixture
def never_parsed(monkeypatch, never_composed):
    """Fail if libyaml reads the file at all."""

    def refuse(*args, **kwargs):
        raise AssertionError("the document was parsed")

    monkeypatch.setattr(yaml, "parse", refuse)


def test_a_small_billion_laughs_file_is_refused_before_composing(project, never_composed):
    text = billion_laughs()
    assert len(text) < 1024
    root = project({"laughs.yaml": text})
    found = problems(root)
    assert found == [
        "briefings/laughs.yaml:1:7: YAML anchors (&name) are not allowed\n"
        "    hint: write the value out"
    ]


def test_aliases_alone_are_refused_before_composing(project, never_composed):
    # No anchors at all: an alias alone is refused before anything is composed.
    text = "a: [" + ", ".join(["*x"] * 50_000) + "]\n"
    assert len(text) < MAX_BYTES
    root = project({"laughs.yaml": text})
    found = problems(root)
    assert found == [
        "briefings/laughs.yaml:1:5: YAML aliases (*name) are not allowed\n"
        "    hint: write the value out"
    ]


def test_a_10_mb_alias_expansion_file_is_refused_unread(project, never_parsed):
    text = billion_laughs() + "# " + "lol " * (10 * 1024 * 1024 // 4) + "\n"
    assert len(text) > 10_000_000
    root = project({"laughs.yaml": text})
    found = problems(root)
    assert found == [
        "briefings/laughs.yaml:1:1: file is larger than 1 MiB, the limit for a briefing"
    ]


def test_a_python_object_tag_is_refused_and_nothing_runs(project, tmp_path, never_composed):
    marker = tmp_path / "pwned"
    payload = f"!!python/object/apply:os.system ['touch {marker}']"
    text = VALID.replace("title: Putin and Xi meet at the Olympics", f"title: {payload}")
    root = project({"2022-02-02-valid.yaml": text})
    found = problems(root)
    assert found == [
        "briefings/2022-02-02-valid.yaml:2:8: YAML tags (!!python/object/apply:os.system) "
        "are not allowed; only plain values\n"
        f"    hint: {TAG_HINT}"
    ]
    assert not marker.exists()


def test_a_javascript_url_is_refused(project):
    text = VALID.replace(
        "url: https://edition.cnn.com/2022/02/02/asia/index.html", "url: javascript:alert(1)"
    )
    root = project({"2022-02-02-valid.yaml": text})
    found = problems(root)
    assert found == [
        "briefings/2022-02-02-valid.yaml:6:8: source.url: must be an http:// or https:// address"
    ]
