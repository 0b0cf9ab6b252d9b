"""A project: where its briefings, articles and generated pages are, and its settings.

Every entry point builds one (`briefings --root`, the MkDocs plugin from its
config, a test from a folder) and hands it to the engine, so no stage guesses
paths or reads configuration of its own.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .inputs import refusal
from .problems import Position, Problems

BRIEFINGS_DIR = "briefings"
SEEDS_DIR = "seeds"
DOCS_DIR = "docs"
INTRO_FILE = "_intro.md"
STORY_FILE = "_story.yaml"  # the story's title, lede and key events (engine/story.py)
TOPICS_FILE = "_topics.yaml"  # each topic's title and description
INTRO_MAX_BYTES = 64 * 1024
DEFAULT_SITE_NAME = "Briefings"


@dataclass(frozen=True)
class Project:
    """The folders of one project, resolved, and the settings its pages need.

    `site_url` is the published address (from `mkdocs.yml`); `None` means the
    site's own pages cannot say where they live, so they carry no canonical
    address and no feed is written (feeds need absolute addresses). `site_name`
    names the site in feeds and structured data.
    """

    root: Path
    docs: Path
    site_url: str | None = None
    site_name: str = DEFAULT_SITE_NAME

    @classmethod
    def at(
        cls,
        root: Path,
        docs: Path | None = None,
        site_url: str | None = None,
        site_name: str | None = None,
    ) -> Project:
        root = Path(root).resolve()
        docs = Path(docs).resolve() if docs else root / DOCS_DIR
        return cls(root, docs, site_url or None, site_name or DEFAULT_SITE_NAME)

    @property
    def settings(self) -> tuple[str | None, str]:
        """What pages are rendered from besides the files: a changed one means a new build."""
        return (self.site_url, self.site_name)

    @property
    def briefings(self) -> Path:
        return self.root / BRIEFINGS_DIR

    @property
    def seeds(self) -> Path:
        return self.root / SEEDS_DIR

    @property
    def intro_file(self) -> Path:
        return self.briefings / INTRO_FILE

    @property
    def story_file(self) -> Path:
        return self.briefings / STORY_FILE

    @property
    def topics_file(self) -> Path:
        return self.briefings / TOPICS_FILE

    def intro(self) -> str:
        """The home page's few sentences, read as plain text (escaped when rendered).

        Empty when the file is missing or refused (`input_problems` says why).
        """
        path = self.intro_file
        if not path.exists() or refusal(path, self.root, INTRO_MAX_BYTES):
            return ""
        return path.read_text(encoding="utf-8", errors="replace")

    def input_problems(self) -> Problems:
        """Editor files besides the briefings that cannot be read, said once per build."""
        problems = Problems()
        path = self.intro_file
        if path.exists() or path.is_symlink():
            reason = refusal(path, self.root, INTRO_MAX_BYTES)
            if reason:
                problems.add(Position(f"{BRIEFINGS_DIR}/{INTRO_FILE}"), f"not read: {reason}")
        return problems

    def briefing_files(self, problems: Problems) -> list[Path]:
        """The briefing files, sorted; a misnamed or unreadable one is reported, not skipped."""
        folder = self.briefings
        if not folder.is_dir():
            problems.add(Position(BRIEFINGS_DIR), f"no {BRIEFINGS_DIR}/ folder in {self.root}")
            return []
        found = []
        with os.scandir(folder) as listing:  # the entries know their type: no stat each
            items = sorted(listing, key=lambda item: item.name)
        for item in items:
            name = item.name
            if name.startswith((".", "_")):
                continue  # editors' and tools' own files: _intro.md, .swp files
            path = folder / name
            where = Position(f"{BRIEFINGS_DIR}/{name}")
            if item.is_dir(follow_symlinks=False) and not name.endswith(".yaml"):
                if any(path.rglob("*.y*ml")):
                    problems.add(where, "briefings in subfolders are not read",
                                 f"move the files out of {BRIEFINGS_DIR}/{name}/ into "
                                 f"{BRIEFINGS_DIR}/")
                continue
            if name.endswith(".yaml"):
                regular = item.is_file(follow_symlinks=False)  # neither a link nor a device
                reason = None if regular else refusal(path, self.root)
                if reason:
                    problems.add(where, f"cannot read the file: {reason}")
                else:
                    found.append(path)
                continue
            plain = name.strip().lower()
            if plain.endswith((".yaml", ".yml")):
                stem = plain.rsplit(".", 1)[0].strip()
                problems.add(where, "briefing files end in .yaml; this file would be ignored",
                             f"rename it to {stem}.yaml")
        return found
