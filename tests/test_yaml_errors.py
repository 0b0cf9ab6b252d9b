"""YAML syntax errors an editor can act on: the line at fault, plain words and a hint.

The messages are pinned by a golden file (tests/goldens/errors/yaml.txt): one
broken file per common mistake, with libyaml's own words where none applies.
"""

from __future__ import annotations

import pytest

from generator.engine import check

CASES = {
    "tab": "title: T\nsource:\n\toutlet: CNN\n",
    "colon": "title: Putin says: no limits\nsource:\n  outlet: CNN\n",
    "unclosed-double": 'title: "Putin\nsource:\n  outlet: CNN\nsummary: x\n',
    "unclosed-single": "title: T\nsummary: 'Putin\nkey_claims: []\n",
    "apostrophe-in-single-quotes": "title: T\nsummary: 'Putin's war'\nkey_claims: []\n",
    "indented-deeper": "title: T\nsource:\n  outlet: CNN\n   published: 2022-01-01\n  url: x\n",
    "indented-between": "title: T\nsource:\n  outlet: CNN\n  published: 2022-01-01\n text: x\n",
    "indented-out-of-a-list": "title: T\nquotes:\n  - text: a\n    speaker: b\n  context: c\n",
    "indented-inside-an-item": "title: T\nanalysts:\n  - name: A\n   role: r\nkey_claims: []\n",
    "starts-with-at": "title: @home\n",
    "starts-with-a-bracket": "title: [Putin] said\n",
    "other": "title: T\n- item\n",
}


@pytest.fixture(scope="module")
def messages(tmp_path_factory) -> dict[str, list[str]]:
    root = tmp_path_factory.mktemp("yaml")
    (root / "briefings").mkdir()
    for name, text in CASES.items():
        (root / "briefings" / f"{name}.yaml").write_text(text, encoding="utf-8")
    found: dict[str, list[str]] = {name: [] for name in CASES}
    for problem in check(root).problems.errors:
        name = problem.position.path.removeprefix("briefings/").removesuffix(".yaml")
        found[name].append(problem.format())
    return found


def test_the_messages_match_the_golden_file(messages, golden):
    text = "".join(f"{line}\n" for name in CASES for line in messages[name])
    golden("errors/yaml.txt", text)


@pytest.mark.parametrize(
    ("name", "line", "words"),
    [
        ("tab", 3, "a tab character"),
        ("colon", 1, "a colon followed by a space inside an unquoted value"),
        ("unclosed-double", 1, "this quoted value is never closed"),
        ("unclosed-single", 2, "this quoted value is never closed"),
        ("apostrophe-in-single-quotes", 2, "a ' inside this '...' value closes it early"),
        ("indented-deeper", 4, "indented more (3 spaces) than the key above it"),
        ("indented-between", 5, "lines up with nothing above it"),
        ("indented-out-of-a-list", 5, "indented like the items of a list"),
        ("indented-inside-an-item", 4, "lines up with nothing above it"),
        ("starts-with-a-bracket", 1, "a value that starts with [ is read as a YAML list"),
    ],
)
def test_each_mistake_is_reported_at_the_line_at_fault_with_a_hint(messages, name, line, words):
    (message,) = messages[name]
    assert message.startswith(f"briefings/{name}.yaml:{line}:")
    assert words in message
    assert "\n    hint: " in message
    assert "did not find expected" not in message and "cannot start any token" not in message
