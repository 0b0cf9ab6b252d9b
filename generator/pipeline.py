"""load -> validate -> verify -> link, for every briefing, with one problem list.

Every file goes as far through the stages as it can, so one run reports every
problem of every file; nothing downstream (rendering, writing) runs unless the
list holds no errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .link import Catalog, link
from .load import Document, load_document
from .models import Briefing
from .problems import BriefingsError, Position, Problem, Problems, Severity
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


def check_project(root: Path) -> CheckResult:
    root = root.resolve()
    problems = Problems()
    items: list[tuple[Document, Briefing, dict[tuple, Verdict]]] = []
    files = briefing_files(root, problems)
    for path in files:
        document, found = load_document(path, root)
        problems.extend(found)
        if document is None:
            continue
        # validate_document, with the source.text verdict kept to decide on verifying.
        source_problems = check_source_text(document, root)
        briefing, found = validate_model(document)
        problems.extend(source_problems + found)
        verdicts: dict[tuple, Verdict] = {}
        source_text = source_text_of(document)
        if source_text is not None and not source_problems:
            verdicts, found = verify_document(document, source_text, root)
            problems.extend(found)
        if briefing is not None and not source_problems:
            items.append((document, briefing, verdicts))
    catalog, found = link(items)
    problems.extend(found)
    return CheckResult(catalog, problems.sorted(), len(files))


def load_catalog(root: Path) -> Catalog:
    """The catalog, or `BriefingsError` with every problem: the gate before writing."""
    result = check_project(root)
    if result.errors:
        raise BriefingsError(result.problems)
    return result.catalog
