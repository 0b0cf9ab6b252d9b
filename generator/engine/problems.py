"""The one problem channel: every stage returns `Problems`; only a command's top acts on them.

Editors fix files in bulk, so a run reports every problem of every file at
once, each pointing at the place that caused it. A stage never raises for a
user's mistake: it adds to the collection it returns, and the adapter at the
top (the CLI, the MkDocs plugin) decides whether that stops the command. Any
exception that escapes a stage is a bug in the generator.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
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

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format(self) -> str:
        prefix = "" if self.is_error else "warning: "
        text = f"{self.position}: {prefix}{self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text

    def to_record(self) -> dict:
        """A JSON-ready form, so that a stored build (the stamp) can replay it."""
        where = self.position
        return {
            "at": [where.path, where.line, where.column],
            "message": self.message,
            "hint": self.hint,
            "severity": self.severity.value,
        }

    @classmethod
    def from_record(cls, record: dict) -> Problem:
        return cls(
            Position(*record["at"]),
            record["message"],
            record["hint"],
            Severity(record.get("severity", Severity.WARNING)),
        )


@dataclass
class Problems:
    """The problems a stage found; sorted and de-duplicated whenever they are read."""

    items: list[Problem] = field(default_factory=list)

    def add(
        self,
        position: Position,
        message: str,
        hint: str | None = None,
        severity: Severity = Severity.ERROR,
    ) -> None:
        self.items.append(Problem(position, message, hint, severity))

    def warn(self, position: Position, message: str, hint: str | None = None) -> None:
        self.add(position, message, hint, Severity.WARNING)

    def extend(self, other: Iterable[Problem]) -> Problems:
        self.items.extend(other)
        return self

    def sorted(self) -> list[Problem]:
        # Several problems may share a place (missing fields all point at their
        # mapping; a bad file name and an empty file both at 1:1): keep each, once.
        return sorted(set(self.items))

    def __iter__(self) -> Iterator[Problem]:
        return iter(self.sorted())

    def __len__(self) -> int:
        return len(set(self.items))

    def __getitem__(self, index: int) -> Problem:
        return self.sorted()[index]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.sorted() if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.sorted() if not p.is_error]

    def in_file(self, display: str) -> Problems:
        return Problems([p for p in self.items if p.position.path == display])

    def files_with_errors(self) -> int:
        return len({p.position.path for p in self.errors})

    def to_records(self) -> list[dict]:
        return [p.to_record() for p in self.sorted()]

    @classmethod
    def from_records(cls, records: Iterable[dict]) -> Problems:
        return cls([Problem.from_record(record) for record in records])


def report(problems: Iterable[Problem], emit: Callable[[Problem, str], None]) -> int:
    """Hand each problem, formatted, to `emit` (the CLI's stderr, the plugin's log).

    Returns the number of errors, which is what the summary line counts.
    """
    errors = 0
    for problem in problems:
        emit(problem, problem.format())
        errors += problem.is_error
    return errors


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
