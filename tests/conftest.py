"""Shared test helpers: throwaway projects and golden files."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.engine import check
from generator.engine.link import Catalog
from generator.engine.project import Project

# Chromium, the built sites and their loopback servers for the browser tests.
pytest_plugins = ("browser_support",)

ROOT = Path(__file__).resolve().parent.parent
GOLDENS = Path(__file__).resolve().parent / "goldens"


# Tests that use these fixtures drive Debian's Chromium: marked `browser`, so that
# `make test-unit` (pytest -m "not browser and not site") leaves them out.
BROWSER_FIXTURES = frozenset({"chromium", "open_tab", "browser", "site_url"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens", action="store_true", help="rewrite golden files from the output"
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with tests/goldens/NAME; `--update-goldens` rewrites it."""
    update = request.config.getoption("--update-goldens")

    def check(name: str, actual: str) -> None:
        path = GOLDENS / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
        assert path.is_file(), f"missing golden {path}; run pytest --update-goldens"
        assert actual == path.read_text(encoding="utf-8")

    return check


@pytest.fixture
def project(tmp_path: Path) -> Callable[..., Path]:
    """Make a project folder with the given briefings (and the real seeds)."""

    def make(briefings: dict[str, str] | None = None, seeds: bool = True) -> Path:
        (tmp_path / "briefings").mkdir(exist_ok=True)
        if seeds:
            shutil.copytree(ROOT / "seeds", tmp_path / "seeds", dirs_exist_ok=True)
        for name, text in (briefings or {}).items():
            path = tmp_path / "briefings" / name
            if isinstance(text, bytes):
                path.write_bytes(text)
            else:
                path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return tmp_path

    return make


def load_catalog(root: Path) -> Catalog:
    """The catalog of a project that must have no error (a test fixture's)."""
    result = check(root)
    assert result.problems.errors == [], [p.format() for p in result.problems.errors]
    return result.catalog


def read_intro(root: Path) -> str:
    return Project.at(root).intro()
