"""Read one briefing file into plain data plus the YAML position of every value.

Only safe, plain YAML gets through: libyaml does the parsing (pure-Python PyYAML
is an order of magnitude slower), and this module builds the Python values
itself so that it can refuse what the contract refuses (anchors, aliases, tags,
duplicate keys, several documents) and remember where each value stood.
Nothing here coerces: a scalar keeps the type YAML gave it, so validation can
tell an editor that `outlet: NO` was read as a boolean.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import yaml_errors
from .inputs import larger_than, refusal
from .models import FILE_MAX_BYTES, RESERVED_SLUGS, SLUG_MAX, is_slug
from .problems import Position, Problem, Problems, display_path

Loc = tuple[str | int, ...]

# Far deeper than a briefing goes (4 levels), far shallower than Python's recursion limit.
MAX_DEPTH = 20

_TAG = "tag:yaml.org,2002:"
_STR = _TAG + "str"
_NULL = _TAG + "null"
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


def load_document(path: Path, root: Path) -> tuple[Document | None, Problems]:
    """Load `path`; on any syntax-level problem return no document and say why."""
    document, problems = _load(path, root)
    return document, Problems(problems)


def _load(path: Path, root: Path) -> tuple[Document | None, list[Problem]]:
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
    elif path.stem in RESERVED_SLUGS:
        problems.append(
            Problem(start, f"the slug {path.stem!r} is reserved for the section's index page")
        )
    too_large = Problem(start, "file is larger than 1 MiB, the limit for a briefing")
    refused = refusal(path, root, FILE_MAX_BYTES)  # the size from its stat, before opening it
    if refused == larger_than(FILE_MAX_BYTES):
        return None, [*problems, too_large]
    if refused:
        return None, [*problems, Problem(start, f"cannot read the file: {refused}")]
    try:
        with path.open("rb") as handle:
            blob = handle.read(FILE_MAX_BYTES + 1)
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        return None, [*problems, Problem(start, f"cannot read the file: {reason}")]
    if len(blob) > FILE_MAX_BYTES:  # it grew between the stat and the read
        return None, [*problems, too_large]
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
    except yaml.YAMLError as error:
        return None, [*problems, _yaml_problem(error, text, display)]
    finally:
        loader.dispose()
    if node is None or (node.tag == _NULL and not node.value):  # nothing, or only "---"
        return None, [*problems, Problem(start, "file is empty; a briefing needs at least a title")]
    document = Document(path, display, path.stem, None)
    document.data = _build(node, (), document, problems, 0)
    return document, problems


def _decode(blob: bytes, display: str) -> tuple[str, Problem | None]:
    try:
        return blob.decode("utf-8").removeprefix("\ufeff"), None
    except UnicodeDecodeError as error:
        before = blob[: error.start]
        line = before.count(b"\n") + 1
        # Columns count characters, as YAML's do: the line so far did decode.
        so_far = before[before.rfind(b"\n") + 1 :].decode("utf-8").removeprefix("\ufeff")
        column = len(so_far) + 1
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
    except yaml.YAMLError as error:
        return _yaml_problem(error, text, display)
    return None


def _yaml_problem(error: yaml.YAMLError, text: str, display: str) -> Problem:
    if isinstance(error, yaml.reader.ReaderError):
        # libyaml counts bytes of the UTF-8 text; editors count characters.
        before = text.encode("utf-8")[: error.position].decode("utf-8", "ignore")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        char = error.character if isinstance(error.character, int) else ord(error.character)
        return Problem(
            Position(display, line, column),
            f"the character U+{char:04X} is not allowed in YAML",
            "delete it: it is usually invisible, pasted from another program",
        )
    if not isinstance(error, yaml.MarkedYAMLError):
        return Problem(Position(display), f"YAML error: {error}")
    return yaml_errors.explain(error, text, display)


def _build(
    node: yaml.Node, loc: Loc, document: Document, problems: list[Problem], depth: int
) -> Any:
    """The plain value of `node`, recording positions; refusals go to `problems`."""
    mark = node.start_mark
    document.values[loc] = (mark.line + 1, mark.column + 1)
    if depth > MAX_DEPTH:
        problems.append(
            Problem(document.position(loc), f"values are nested more than {MAX_DEPTH} deep")
        )
        return InvalidScalar("")
    kind = type(node)
    if kind is yaml.ScalarNode:
        tag = node.tag
        if tag == _STR:
            return node.value
        return _scalar(node, loc, document, problems)
    depth += 1
    if kind is yaml.SequenceNode:
        return [
            _build(item, (*loc, i), document, problems, depth) for i, item in enumerate(node.value)
        ]
    result: dict[str, Any] = {}
    keys = document.keys
    for key_node, value_node in node.value:
        key_mark = key_node.start_mark
        key_at = (key_mark.line + 1, key_mark.column + 1)
        if type(key_node) is not yaml.ScalarNode:
            where = Position(document.display, *key_at)
            problems.append(Problem(where, "a key must be plain text"))
            continue
        key = key_node.value
        key_loc = (*loc, key)
        if key in result:
            problems.append(
                Problem(
                    Position(document.display, *key_at),
                    f"duplicate key {key!r} (first at line {keys[key_loc][0]})",
                    "remove one of them; YAML would silently keep only the last",
                )
            )
            continue
        keys[key_loc] = key_at
        result[key] = _build(value_node, key_loc, document, problems, depth)
    return result


def _scalar(node: yaml.ScalarNode, loc: Loc, document: Document, problems: list[Problem]) -> Any:
    builder = _SCALAR_BUILDERS.get(node.tag)
    if builder is None:
        return node.value
    document.raw[loc] = node.value
    try:
        return builder(node)
    except ValueError:
        field = ".".join(str(part) for part in loc if not isinstance(part, int))
        what = "a real date" if node.tag.endswith("timestamp") else "a valid number"
        prefix = f"{field}: " if field else ""
        problems.append(Problem(document.position(loc), f"{prefix}{node.value!r} is not {what}"))
        return InvalidScalar(node.value)


@dataclass(frozen=True)
class InvalidScalar:
    """Stands in for a value already reported as broken, so it is not reported twice."""

    text: str
