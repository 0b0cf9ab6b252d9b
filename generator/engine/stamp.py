"""Skip a build whose inputs and outputs are exactly as the last build left them.

An unchanged `briefings build` (or `mkdocs build`) would otherwise load,
validate, verify, link and render every briefing only to find that no page
differs. The stamp, a small JSON file in docs/ (MkDocs ignores dot-files),
records what the last successful build read and wrote, by path, size and
modification time: every file in briefings/, every article a briefing
verified against, the generator's own code, and every page it wrote. When
all of them stat the same, nothing can have changed, and the warnings of
that build are replayed so a strict build still fails on them.

The inputs are stat'ed *before* the build reads them: a file saved while a
build runs then differs from the stamp, and the next build does the work
again instead of keeping the old text.

Stat data, not content hashes: a stamp is a shortcut, and anything that
touches a file (an editor's save, a checkout, a hand edit of a page) makes
the next build do the full work again.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .problems import Position, Problems
from .project import BRIEFINGS_DIR, Project
from .temp_files import temp_name

STAMP_NAME = ".briefings-stamp.json"
_CODE = Path(__file__).resolve().parent.parent

Stat = tuple[int, int] | None
Stats = list[tuple[str, Stat]]


@dataclass(frozen=True)
class Stamp:
    inputs: str
    outputs: str
    pages: tuple[str, ...]
    sources: tuple[str, ...]
    warnings: Problems


def file_stat(path: Path | str) -> Stat:
    """(modification time, size), or None for a file that cannot be stat'ed."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):  # ValueError: a NUL byte in a path from YAML
        return None
    return (status.st_mtime_ns, status.st_size)


def _stats(base: Path, names: list[str]) -> Stats:
    """Stat data of files named relative to `base` (string paths: thousands per build)."""
    prefix = f"{base}{os.sep}"
    return [(name, file_stat(prefix + name)) for name in names]


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, separators=(",", ":")).encode()).hexdigest()


@dataclass(frozen=True)
class Snapshot:
    """What a build is about to read, stat'ed before it reads anything."""

    briefings: Stats
    code: Stats
    settings: tuple = ()  # the project's settings (site_url, ...): pages are made from them too

    @classmethod
    def take(cls, project: Project) -> Snapshot:
        folder = project.briefings
        listed = (
            sorted(f"{BRIEFINGS_DIR}/{name}" for name in os.listdir(folder))
            if folder.is_dir()
            else []
        )
        code = sorted(path.relative_to(_CODE).as_posix() for path in _CODE.rglob("*.py"))
        return cls(_stats(project.root, listed), _stats(_CODE, code), project.settings)

    def digest(self, sources: Stats) -> str:
        return _digest([self.briefings, sorted(sources), self.code, list(self.settings)])


def outputs_digest(docs: Path, pages: tuple[str, ...]) -> str:
    return _digest(_stats(docs, list(pages)))


def read_stamp(docs: Path) -> Stamp | None:
    try:
        data = json.loads((docs / STAMP_NAME).read_text(encoding="utf-8"))
        return Stamp(
            data["inputs"],
            data["outputs"],
            tuple(data["pages"]),
            tuple(data["sources"]),
            Problems.from_records(data["warnings"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def still_fresh(project: Project) -> Stamp | None:
    """The last build's stamp when nothing it read or wrote has changed since."""
    stamp = read_stamp(project.docs)
    if stamp is None:
        return None
    now = Snapshot.take(project).digest(_stats(project.root, list(stamp.sources)))
    if stamp.inputs != now or stamp.outputs != outputs_digest(project.docs, stamp.pages):
        return None
    return stamp


def write_stamp(
    project: Project, before: Snapshot, sources: Stats, pages: list[str], warnings: Problems
) -> Problems:
    """Record this build; rewritten only when it differs (serve watches docs/).

    `sources`: the articles verified, with the stat taken before each was read.
    """
    page_list = tuple(sorted(pages))
    text = json.dumps(
        {
            "inputs": before.digest(sources),
            "outputs": outputs_digest(project.docs, page_list),
            "pages": page_list,
            "sources": sorted({name for name, _ in sources}),
            "warnings": warnings.to_records(),
        },
        indent=1,
    )
    target = project.docs / STAMP_NAME
    try:
        if target.read_text(encoding="utf-8") == text:
            return Problems()
    except OSError:
        pass
    temporary = target.with_name(temp_name(target.name))
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        problems = Problems()
        problems.warn(
            Position(f"{project.docs.name}/{STAMP_NAME}"),
            f"cannot save the build stamp: {(error.strerror or str(error)).lower()}",
            "the pages were written; the next build will check every briefing again",
        )
        return problems
    return Problems()
