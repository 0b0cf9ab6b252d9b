"""YAML syntax errors an editor can act on: the line really at fault, in plain words, with a hint.

libyaml says what its parser expected ("did not find expected key", "found
character that cannot start any token"), often at the line where it gave up
rather than the line an editor got wrong. The common mistakes are few: a
tab, a colon inside an unquoted value, a quote left open, and a line
indented unlike its neighbours. Each gets its own message here; anything
else keeps libyaml's words, at libyaml's place.
"""

from __future__ import annotations

import re

import yaml

from .problems import Position, Problem

_KEY = re.compile(r"^(?:- +)*([^\s#'\"\[\]{}][^:#]*?):(?:\s|$)")
_EARLY_CLOSE = re.compile(r"^\s*(?:- +)?([^\s:#'\"][^:#]*):\s*('[^']*')[^\s,\]}#]")
_FLOW_VALUE = re.compile(r"^\s*(?:- +)?([^\s:#'\"\[{][^:#]*):\s*([\[{].*)$")
_BLOCK_SCALAR = re.compile(r":\s*[|>][-+0-9]*\s*(?:#.*)?$")
_INDENT_ERRORS = (
    "did not find expected key",
    "did not find expected '-' indicator",
    "mapping values are not allowed",
    "expected <block end>",
)


def explain(error: yaml.MarkedYAMLError, text: str, display: str) -> Problem:
    """A problem for a libyaml syntax error, at the place an editor should look."""
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = (error.problem or "").strip()
    context = (error.context or "").strip()
    lines = text.split("\n")
    current = lines[line - 1] if 0 < line <= len(lines) else ""
    if "expected a single document" in context:
        message = "more than one YAML document; one briefing per file"
        return Problem(Position(display, line, column), message)
    if "cannot start any token" in problem:
        char = current[column - 1 : column] if column <= len(current) else ""
        if char == "\t":
            return Problem(
                Position(display, line, column),
                "a tab character: YAML indents with spaces only",
                "replace the tab with spaces (two per level, as in the lines around it)",
            )
        return Problem(
            Position(display, line, column),
            f"a value cannot start with {char!r} unless it is quoted",
            f'put the value in double quotes, e.g. "{current[column - 1:].strip()}"',
        )
    if "quoted scalar" in context and error.context_mark is not None:
        start = error.context_mark
        opened = lines[start.line] if start.line < len(lines) else '"'
        quote = opened[start.column : start.column + 1] or '"'
        return Problem(
            Position(display, start.line + 1, start.column + 1),
            f"this quoted value is never closed: the {quote} opened here has no partner",
            f"end the value with {quote} on the same line; inside it, write the other kind of "
            "quote mark, or a straight one doubled in '...' values",
        )
    flow_line = error.context_mark.line + 1 if _in_flow(error, lines) else line
    flow = _FLOW_VALUE.match(lines[flow_line - 1]) if "expected" in problem else None
    if flow is not None:
        name, value = flow.group(1).strip(), flow.group(2).strip()
        brackets = "[...]" if value.startswith("[") else "{...}"
        return Problem(
            Position(display, flow_line, flow.start(2) + 1),
            f"a value that starts with {value[0]} is read as a YAML "
            f"{'list' if value.startswith('[') else 'mapping'}, and this {brackets} is not one",
            f'put the whole value in double quotes: {name}: "{value}"',
        )
    early = _EARLY_CLOSE.match(current)
    if early and "expected" in problem:
        name, value = early.group(1).strip(), current[early.end(1) + 1 :].strip()
        return Problem(
            Position(display, line, early.start(2) + 1),
            "a ' inside this '...' value closes it early",
            f'put the whole value in double quotes: {name}: "{value.strip(chr(39))}"',
        )
    if "mapping values are not allowed" in problem:
        key = _KEY.match(current.lstrip(" "))
        first_colon = current.find(": ")
        if key and 0 <= first_colon < column - 1 and not _more_indented_key(lines, line):
            name = key.group(1).strip()
            value = current[current.index(":") + 1 :].strip()
            return Problem(
                Position(display, line, column),
                "a colon followed by a space inside an unquoted value",
                f'put the whole value in double quotes: {name}: "{value}"',
            )
    if any(kind in problem for kind in _INDENT_ERRORS):
        found = misindented(lines, line)
        if found is not None:
            return found.problem(display)
    message = "YAML syntax error: " + (problem or context or "invalid YAML")
    return Problem(Position(display, line, column), message)


def _in_flow(error: yaml.MarkedYAMLError, lines: list[str]) -> bool:
    """Whether libyaml gave up inside a [list] or {mapping} written on one line."""
    mark = error.context_mark
    return (
        mark is not None
        and "flow" in (error.context or "")
        and mark.line < len(lines)
        and bool(_FLOW_VALUE.match(lines[mark.line]))
    )


def _more_indented_key(lines: list[str], line: int) -> bool:
    """Whether line `line` is a key indented deeper than the line above it."""
    above = next((lines[i] for i in range(line - 2, -1, -1) if lines[i].strip()), "")
    return _indent(lines[line - 1]) > _indent(above) and not above.rstrip().endswith(":")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class Misindent:
    """A line whose indentation matches no level open above it, and the levels it could take."""

    def __init__(self, line: int, indent: int, options: list[int], kind: str):
        self.line, self.indent, self.options, self.kind = line, indent, options, kind

    def problem(self, display: str) -> Problem:
        where = Position(display, self.line, 1)
        spaces = _spaces(self.indent)
        choices = " or ".join(_spaces(level) for level in self.options)
        if self.kind == "deeper":
            return Problem(
                where,
                f"this line is indented more ({spaces}) than the key above it, so YAML reads "
                "it as part of that key's value",
                f"line it up with the keys next to it ({choices})",
            )
        if self.kind == "list":
            return Problem(
                where,
                f"this line is indented like the items of a list ({spaces}) but does not "
                'start with "- "',
                f"indent it to the keys of the item above ({choices}), or start a new item "
                'with "- "',
            )
        return Problem(
            where,
            f"this line's indentation ({spaces}) lines up with nothing above it",
            f"indent it like the key or list item it belongs with: {choices}",
        )


def _spaces(count: int) -> str:
    return f"{count} space{'' if count == 1 else 's'}"


def misindented(lines: list[str], upto: int) -> Misindent | None:
    """The first line up to `upto` (1-based) indented unlike any level open above it."""
    levels = [0]  # open indentation levels, outermost first
    lists: set[int] = set()  # the levels where list items ("- ") stand
    opens = False  # the line above ends with "key:" and may be followed by a deeper block
    scalar_parent: int | None = None  # inside a `>` or `|` block scalar under this indent
    for number, raw in enumerate(lines[:upto], 1):
        content = raw.strip()
        if not content or content.startswith("#"):
            continue
        indent = _indent(raw)
        if scalar_parent is not None:
            if indent > scalar_parent:
                continue
            scalar_parent = None
        dashes = re.match(r"^((?:- +)+|-$)", content)
        nested = False  # a new, deeper block starts on this line
        if indent > levels[-1]:
            if opens:
                levels.append(indent)
                nested = True
            elif _KEY.match(content):
                return Misindent(number, indent, [levels[-1]], "deeper")
            else:
                continue  # a plain value continued on the next line: legal YAML
        elif indent < levels[-1]:
            popped = levels[-1]
            while len(levels) > 1 and indent < levels[-1]:
                popped = levels.pop()
            lists.intersection_update(levels)
            if indent != levels[-1]:
                return Misindent(number, indent, [levels[-1], popped], "between")
        if indent in lists and not dashes:
            items = [level for level in levels if level > indent] or [indent + 2]
            return Misindent(number, indent, items[:1], "list")
        if dashes:  # "- key: value": the item's keys line up after the dash
            if nested:  # (a list written level with its key, "key:\n- item", is legal too)
                lists.add(indent)
            levels.append(indent + len(dashes.group(1).rstrip()) + 1)
        opens = content.endswith(":") or content.endswith("-")
        if _BLOCK_SCALAR.search(content):
            scalar_parent = levels[-1] if dashes else indent
    return None
