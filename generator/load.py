"""Read one briefing file into plain data plus the YAML position of every value.

Only safe, plain YAML gets through: libyaml does the parsing (pure-Python PyYAML
is an order of magnitude slower), and this module builds the Python values
itself so that it can refuse what the contract refuses (anchors, aliases, tags,
duplicate keys, several documents) and remember where each value stood.
Nothing here coerces: a scalar keeps the type YAML gave it, so validation can
tell an editor that `outlet: NO` was read as a boolean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Position, Problem, display_path

MAX_BYTES = 1024 * 1024
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SLUG_MAX = 80

Loc = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
_constructor = yaml.constructor.SafeConstructor()
_SCALAR_BUILDERS = {
    _TAG + "null": lambda node: None,
    _TAG + "bool": _constructor.construct_yaml_bool,
    _TAG + "int": _constructor.construct_yaml_int,
    _TAG + "float": _constructor.construct_yaml_float,
    _TAG + "timestamp": _constructor.construct_yaml_timestamp,
}


@dataclass
class Document:
    """A loaded file: its data and where each part of it was written."""

    path: Path
    display: str
    slug: str
    data: Any
    values: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    raw: dict[Loc, str] = field(default_factory=dict)

    def position(self, loc: Loc) -> Position:
        """Where the value at `loc` is, or its nearest written ancestor."""
        loc = tuple(loc)
        while loc not in self.values and loc:
            loc = loc[:-1]
        line, column = self.values.get(loc, (1, 1))
        return Position(self.display, line, column)

    def key_position(self, loc: Loc) -> Position:
        if tuple(loc) in self.keys:
            line, column = self.keys[tuple(loc)]
            return Position(self.display, line, column)
        return self.position(loc)


def is_slug(text: str) -> bool:
    return len(text) <= SLUG_MAX and bool(SLUG_RE.match(text))


def load_document(path: Path, root: Path) -> tuple[Document | None, list[Problem]]:
    """Load `path`; on any syntax-level problem return no document and say why."""
    display = display_path(path, root)
    problems: list[Problem] = []
    start = Position(display)
    if not is_slug(path.stem):
        problems.append(
            Problem(
                start,
                f"file name {path.name!r} is not a valid slug",
                "use lower-case letters, digits and single hyphens, at most "
                f"{SLUG_MAX} characters, e.g. 2022-02-02-putin-xi-meeting.yaml",
            )
        )
    with path.open("rb") as handle:
        blob = handle.read(MAX_BYTES + 1)
    if len(blob) > MAX_BYTES:
        problems.append(Problem(start, "file is larger than 1 MiB, the limit for a briefing"))
        return None, problems
    text, problem = _decode(blob, display)
    if problem:
        return None, [*problems, problem]
    # Anchors, aliases and tags need one of these characters; only then is the
    # slower event scan worth running.
    if any(ch in text for ch in "&*!"):
        scan_problem = _scan_events(text, display)
        if scan_problem:
            return None, [*problems, scan_problem]
    loader = yaml.CSafeLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        return None, [*problems, _yaml_problem(error, display)]
    finally:
        loader.dispose()
    if node is None:
        return None, [*problems, Problem(start, "file is empty; a briefing needs at least a title")]
    document = Document(path, display, path.stem, None)
    document.data = _build(node, (), document, problems)
    return document, problems


def _decode(blob: bytes, display: str) -> tuple[str, Problem | None]:
    try:
        return blob.decode("utf-8").removeprefix("\ufeff"), None
    except UnicodeDecodeError as error:
        before = blob[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        return "", Problem(
            Position(display, line, column),
            f"file is not UTF-8 (byte 0x{blob[error.start]:02x} cannot be decoded)",
            "save the file as UTF-8",
        )


def _scan_events(text: str, display: str) -> Problem | None:
    documents = 0
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            mark = event.start_mark
            where = Position(display, mark.line + 1, mark.column + 1)
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    return Problem(where, "more than one YAML document; one briefing per file")
            elif isinstance(event, yaml.AliasEvent):
                return Problem(where, "YAML aliases (*name) are not allowed", "write the value out")
            elif getattr(event, "anchor", None) is not None:
                return Problem(where, "YAML anchors (&name) are not allowed", "write the value out")
            elif getattr(event, "tag", None) is not None:
                tag = event.tag.replace(_TAG, "!!", 1)
                return Problem(
                    where,
                    f"YAML tags ({tag}) are not allowed; only plain values",
                    "remove the tag; quote the value if it should be text",
                )
    except yaml.MarkedYAMLError as error:
        return _yaml_problem(error, display)
    return None


def _yaml_problem(error: yaml.MarkedYAMLError, display: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    message = "YAML syntax error: " + (error.problem or error.context or "invalid YAML").strip()
    if "expected a single document" in (error.context or ""):
        message = "more than one YAML document; one briefing per file"
    return Problem(Position(display, line, column), message)


def _build(node: yaml.Node, loc: Loc, document: Document, problems: list[Problem]) -> Any:
    document.values[loc] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_pos = Position(
                document.display, key_node.start_mark.line + 1, key_node.start_mark.column + 1
            )
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(key_pos, "a key must be plain text"))
                continue
            key = key_node.value
            if key in result:
                first = document.keys[(*loc, key)]
                problems.append(
                    Problem(
                        key_pos,
                        f"duplicate key {key!r} (first at line {first[0]})",
                        "remove one of them; YAML would silently keep only the last",
                    )
                )
                continue
            document.keys[(*loc, key)] = (key_pos.line, key_pos.column)
            result[key] = _build(value_node, (*loc, key), document, problems)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*loc, i), document, problems) for i, item in enumerate(node.value)]
    builder = _SCALAR_BUILDERS.get(node.tag)
    if builder is None:
        return node.value
    document.raw[loc] = node.value
    try:
        return builder(node)
    except ValueError:
        where = document.position(loc)
        if node.tag.endswith("timestamp"):
            problems.append(Problem(where, f"{node.value!r} is not a real date"))
        else:
            problems.append(Problem(where, f"{node.value!r} is not a valid number"))
        return InvalidScalar(node.value)


@dataclass(frozen=True)
class InvalidScalar:
    """Stands in for a value already reported as broken, so it is not reported twice."""

    text: str
