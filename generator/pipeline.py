"""load -> validate -> verify -> link, for every briefing, with one problem list.

Every file goes as far through the stages as it can, so one run reports every
problem of every file; nothing downstream (rendering, writing) runs unless the
list holds no errors.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .link import Catalog, link
from .load import Document, load_document
from .models import Briefing
from .problems import BriefingsError, Position, Problem, Problems, Severity
from .stamp import file_stat
from .validate import check_source_text, source_text_of, validate_model
from .verify import Verdict, verify_document

BRIEFINGS_DIR = "briefings"


@dataclass
class CheckResult:
    catalog: Catalog
    problems: list[Problem]
    count: int

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]


def briefing_files(root: Path, problems: Problems) -> list[Path]:
    folder = root / BRIEFINGS_DIR
    if not folder.is_dir():
        problems.add(Position(BRIEFINGS_DIR), f"no {BRIEFINGS_DIR}/ folder in {root}")
        return []
    for stray in sorted(folder.glob("*.yml")):
        problems.add(
            Position(f"{BRIEFINGS_DIR}/{stray.name}"),
            "briefing files end in .yaml; this file would be ignored",
            f"rename it to {stray.stem}.yaml",
        )
    return sorted(path for path in folder.glob("*.yaml") if not path.name.startswith("."))


@dataclass
class FileCheck:
    """One file's load, validate and verify outcome, and the inputs it came from."""

    stamp: tuple
    problems: list[Problem]
    item: tuple[Document, Briefing, dict[tuple, Verdict]] | None


# Per-file outcomes by path. `mkdocs serve` passes one (kept by the plugin across
# rebuilds), so a save re-checks the saved file only; the rest are reused while
# the file and its article have the same mtime and size. Linking always reruns.
CheckCache = dict[Path, FileCheck]


def _stamp(yaml_stat: tuple | None, root: Path, source_text: str | None) -> tuple:
    """What a cached outcome depends on: the file, and the article it names."""
    return (yaml_stat, source_text, file_stat(root / source_text) if source_text else None)


def check_file(path: Path, root: Path) -> FileCheck:
    yaml_stat = file_stat(path)  # before reading: a save during the check makes the stamp stale
    problems: list[Problem] = []
    document, found = load_document(path, root)
    problems.extend(found)
    if document is None:
        return FileCheck(_stamp(yaml_stat, root, None), problems, None)
    source_text = source_text_of(document)
    stamp = _stamp(yaml_stat, root, source_text)
    # A bad source.text stops verification and linking, not the field checks.
    source_problems = check_source_text(document, root)
    briefing, found = validate_model(document)
    problems.extend(source_problems + found)
    verdicts: dict[tuple, Verdict] = {}
    if source_text is not None and not source_problems:
        verdicts, found = verify_document(document, source_text, root)
        problems.extend(found)
    item = (document, briefing, verdicts) if briefing is not None and not source_problems else None
    return FileCheck(stamp, problems, item)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one bulk pass, then restore it.

    A check allocates hundreds of thousands of small, acyclic objects (YAML
    positions, models, verdicts) that reference counting frees; the cyclic
    collector would rescan that growing heap again and again for nothing
    (a quarter of a check's time at 1,000 briefings).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def check_project(root: Path, cache: CheckCache | None = None) -> CheckResult:
    with collector_paused():
        return _check_project(root, cache)


def _check_project(root: Path, cache: CheckCache | None) -> CheckResult:
    root = root.resolve()
    problems = Problems()
    items: list[tuple[Document, Briefing, dict[tuple, Verdict]]] = []
    files = briefing_files(root, problems)
    for path in files:
        known = cache.get(path) if cache is not None else None
        if known is not None and known.stamp == _stamp(file_stat(path), root, known.stamp[1]):
            outcome = known
        else:
            outcome = check_file(path, root)
            if cache is not None:
                cache[path] = outcome
        problems.extend(outcome.problems)
        if outcome.item is not None:
            items.append(outcome.item)
    if cache is not None:
        for gone in set(cache) - set(files):
            del cache[gone]
    catalog, found = link(items)
    problems.extend(found)
    return CheckResult(catalog, problems.sorted(), len(files))


def load_catalog(root: Path) -> Catalog:
    """The catalog, or `BriefingsError` with every problem: the gate before writing."""
    result = check_project(root)
    if result.errors:
        raise BriefingsError(result.problems)
    return result.catalog
