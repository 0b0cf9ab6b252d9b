"""The one error channel: every stage reports problems here instead of raising.

Editors fix files in bulk, so a run must report every problem of every file at
once, each pointing at the YAML position that caused it. Any exception other
than `BriefingsError` that escapes the pipeline is a bug in the generator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Position:
    """A place in a file, 1-based like editors and compilers count."""

    path: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class Problem:
    position: Position
    message: str
    hint: str | None = None
    severity: Severity = Severity.ERROR

    def format(self) -> str:
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        text = f"{self.position}: {prefix}{self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text


@dataclass
class Problems:
    """Collects problems from every stage; sorted and de-duplicated on output."""

    items: list[Problem] = field(default_factory=list)

    def add(
        self,
        position: Position,
        message: str,
        hint: str | None = None,
        severity: Severity = Severity.ERROR,
    ) -> None:
        self.items.append(Problem(position, message, hint, severity))

    def extend(self, other: Problems | list[Problem]) -> None:
        self.items.extend(other.items if isinstance(other, Problems) else other)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.sorted() if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.sorted() if p.severity is Severity.WARNING]

    def sorted(self) -> list[Problem]:
        # Several problems may share a place (missing fields all point at their
        # mapping; a bad file name and an empty file both at 1:1): keep each,
        # once.
        return sorted(set(self.items))

    def __bool__(self) -> bool:
        return bool(self.errors)


class BriefingsError(Exception):
    """Raised once, with every problem, when the briefings cannot be published."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(format_problems(problems))


def format_problems(problems: list[Problem]) -> str:
    return "\n".join(p.format() for p in problems)


def display_path(path: Path, root: Path) -> str:
    """Paths in messages are relative to the project root, as editors see them.

    The path as written first: a symlink in briefings/ is named by its own name.
    """
    for candidate, base in ((path, root), (path.resolve(), root.resolve())):
        try:
            return candidate.relative_to(base).as_posix()
        except ValueError:
            continue
    return path.as_posix()
