"""load -> validate -> verify per file, then link: what `briefings check` runs.

Every file goes as far through the stages as it can, so one run reports every
problem of every file. Nothing downstream (rendering, writing) runs unless the
problems hold no error; that decision is the builder's.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .link import Catalog, link
from .load import Document, load_document
from .models import Briefing
from .problems import Problems
from .project import Project
from .stamp import Stat, file_stat
from .validate import check_source_text, source_text_of, validate_model
from .verify import Verdicts, verify_document


@dataclass(frozen=True)
class CheckedFile:
    """One briefing file after load, validate and verify: the hand-off to linking.

    `document` keeps the YAML position of every value (for messages), `briefing`
    the typed model, `verdicts` where each quote and excerpt stands in the
    article. `briefing` is None when the file cannot be published at all.
    """

    path: Path
    inputs: Inputs
    problems: Problems
    document: Document | None = None
    briefing: Briefing | None = None
    verdicts: Verdicts = field(default_factory=Verdicts)

    @property
    def slug(self) -> str:
        return self.path.stem

    @property
    def display(self) -> str:
        return self.document.display if self.document else self.path.name


@dataclass
class CheckResult:
    catalog: Catalog
    problems: Problems
    count: int
    files: list[CheckedFile] = field(default_factory=list)

    def sources(self) -> list[tuple[str, Stat]]:
        """The articles verified against, each with its stat from before it was read."""
        return [
            (checked.inputs.source_text, checked.inputs.source_stat)
            for checked in self.files
            if checked.briefing is not None and checked.inputs.source_text
        ]


# Per-file outcomes by path. `mkdocs serve` keeps one across rebuilds (the
# builder does), so a save re-checks the saved file only; the rest are reused
# while the file and its article have the same mtime and size. Linking always reruns.
CheckCache = dict[Path, CheckedFile]


@dataclass(frozen=True)
class Inputs:
    """What a checked file depends on, stat'ed before reading: the file, and its article."""

    yaml_stat: Stat
    source_text: str | None = None
    source_stat: Stat = None

    @classmethod
    def of(cls, yaml_stat: Stat, root: Path, source_text: str | None) -> Inputs:
        return cls(yaml_stat, source_text, file_stat(root / source_text) if source_text else None)


def check_file(path: Path, root: Path) -> CheckedFile:
    yaml_stat = file_stat(path)  # before reading: a save during the check makes the stamp stale
    document, problems = load_document(path, root)
    if document is None:
        return CheckedFile(path, Inputs(yaml_stat), problems)
    source_text = source_text_of(document)
    inputs = Inputs.of(yaml_stat, root, source_text)
    # A bad source.text stops verification and linking, not the field checks.
    source_problems = check_source_text(document, root)
    briefing, found = validate_model(document)
    problems.extend(source_problems).extend(found)
    verdicts = Verdicts()
    if source_text is not None and not source_problems.errors:
        verdicts, found = verify_document(document, source_text, root)
        problems.extend(found)
    if source_problems.errors:
        briefing = None
    return CheckedFile(path, inputs, problems, document, briefing, verdicts)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one bulk pass, then restore it.

    A check allocates hundreds of thousands of small, acyclic objects (YAML
    positions, models, verdicts) that reference counting frees; the cyclic
    collector would rescan that growing heap again and again for nothing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def check_project(project: Project, cache: CheckCache | None = None) -> CheckResult:
    with collector_paused():
        return _check_project(project, cache)


def _check_project(project: Project, cache: CheckCache | None) -> CheckResult:
    root = project.root
    problems = project.input_problems()
    checked: list[CheckedFile] = []
    outcomes: list[CheckedFile] = []
    files = project.briefing_files(problems)
    for path in files:
        known = cache.get(path) if cache is not None else None
        if known is not None and known.inputs == Inputs.of(
            file_stat(path), root, known.inputs.source_text
        ):
            outcome = known
        else:
            outcome = check_file(path, root)
            if cache is not None:
                cache[path] = outcome
        outcomes.append(outcome)
        problems.extend(outcome.problems)
        if outcome.briefing is not None:
            checked.append(outcome)
    if cache is not None:
        for gone in set(cache) - set(files):
            del cache[gone]
    catalog, found = link(checked)
    problems.extend(found)
    return CheckResult(catalog, problems, len(files), outcomes)
