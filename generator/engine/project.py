"""A project: where its briefings, articles and generated pages are, and its settings.

Every entry point builds one (`briefings --root`, the MkDocs plugin from its
config, a test from a folder) and hands it to the engine, so no stage guesses
paths or reads configuration of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .problems import Position, Problems

BRIEFINGS_DIR = "briefings"
SEEDS_DIR = "seeds"
DOCS_DIR = "docs"
INTRO_FILE = "_intro.md"


@dataclass(frozen=True)
class Project:
    """The folders of one project, resolved, and the settings its pages need.

    `site_url` is the published address (from `mkdocs.yml`); `None` means the
    site's own pages cannot say where they live.
    """

    root: Path
    docs: Path
    site_url: str | None = None

    @classmethod
    def at(cls, root: Path, docs: Path | None = None, site_url: str | None = None) -> Project:
        root = Path(root).resolve()
        return cls(root, Path(docs).resolve() if docs else root / DOCS_DIR, site_url or None)

    @property
    def briefings(self) -> Path:
        return self.root / BRIEFINGS_DIR

    @property
    def seeds(self) -> Path:
        return self.root / SEEDS_DIR

    @property
    def intro_file(self) -> Path:
        return self.briefings / INTRO_FILE

    def intro(self) -> str:
        """The home page's few sentences, read as plain text (escaped when rendered)."""
        path = self.intro_file
        return path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""

    def briefing_files(self, problems: Problems) -> list[Path]:
        """The briefing files, sorted; a misnamed one is reported, not silently skipped."""
        folder = self.briefings
        if not folder.is_dir():
            problems.add(Position(BRIEFINGS_DIR), f"no {BRIEFINGS_DIR}/ folder in {self.root}")
            return []
        for stray in sorted(folder.glob("*.yml")):
            problems.add(
                Position(f"{BRIEFINGS_DIR}/{stray.name}"),
                "briefing files end in .yaml; this file would be ignored",
                f"rename it to {stray.stem}.yaml",
            )
        return sorted(path for path in folder.glob("*.yaml") if not path.name.startswith("."))
