"""Skip a build whose inputs and outputs are exactly as the last build left them.

An unchanged `briefings build` (or `mkdocs build`) would otherwise load,
validate, verify, link and render every briefing only to find that no page
differs. The stamp, a small JSON file in docs/ (MkDocs ignores dot-files),
records what the last successful build read and wrote, by path, size and
modification time: every file in briefings/, every article a briefing
verified against, the generator's own code, and every page it wrote. When
all of them stat the same, nothing can have changed, and the warnings of
that build are replayed so a strict build still fails on them.

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

from .problems import Position, Problem, Severity

STAMP_NAME = ".briefings-stamp.json"
_CODE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Stamp:
    inputs: str
    outputs: str
    pages: tuple[str, ...]
    sources: tuple[str, ...]
    warnings: tuple[Problem, ...]


def file_stat(path: Path | str) -> tuple[int, int] | None:
    """(modification time, size), or None for a file that cannot be stat'ed."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):  # ValueError: a NUL byte in a path from YAML
        return None
    return (status.st_mtime_ns, status.st_size)


def _stats(base: Path, names: list[str]) -> list[tuple[str, tuple[int, int] | None]]:
    """Stat data of files named relative to `base` (string paths: thousands per build)."""
    prefix = f"{base}{os.sep}"
    return [(name, file_stat(prefix + name)) for name in names]


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, separators=(",", ":")).encode()).hexdigest()


def inputs_digest(root: Path, sources: tuple[str, ...]) -> str:
    folder = root / "briefings"
    listed = sorted(f"briefings/{name}" for name in os.listdir(folder)) if folder.is_dir() else []
    code = sorted(path.relative_to(_CODE).as_posix() for path in _CODE.rglob("*.py"))
    return _digest([_stats(root, listed), _stats(root, list(sources)), _stats(_CODE, code)])


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
            tuple(
                Problem(Position(*w["at"]), w["message"], w["hint"], Severity.WARNING)
                for w in data["warnings"]
            ),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def still_fresh(root: Path, docs: Path) -> Stamp | None:
    """The last build's stamp when nothing it read or wrote has changed since."""
    stamp = read_stamp(docs)
    if stamp is None:
        return None
    if stamp.inputs != inputs_digest(root, stamp.sources):
        return None
    if stamp.outputs != outputs_digest(docs, stamp.pages):
        return None
    return stamp


def write_stamp(
    root: Path, docs: Path, pages: list[str], sources: list[str], warnings: list[Problem]
) -> None:
    """Record this build; rewritten only when it differs (serve watches docs/)."""
    page_list, source_list = tuple(sorted(pages)), tuple(sorted(set(sources)))
    text = json.dumps(
        {
            "inputs": inputs_digest(root, source_list),
            "outputs": outputs_digest(docs, page_list),
            "pages": page_list,
            "sources": source_list,
            "warnings": [
                {
                    "at": [w.position.path, w.position.line, w.position.column],
                    "message": w.message,
                    "hint": w.hint,
                }
                for w in warnings
            ],
        },
        indent=1,
    )
    target = docs / STAMP_NAME
    try:
        if target.read_text(encoding="utf-8") == text:
            return
    except OSError:
        pass
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, target)
