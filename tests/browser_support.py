"""Fixtures for the browser tests: Debian's Chromium through Playwright, built sites on loopback.

Loaded for every test module by `pytest_plugins` in conftest.py; the session
fixtures cost nothing until a test asks for them.

- `chromium`: Chromium for a test module, `/usr/bin/chromium` (never a
  downloaded browser). If it is missing or does not start, every browser test
  fails with the reason: there are no skips, locally or in CI.
- `real_site` / `site_url`: the real project built once (`mkdocs build --strict`
  into a temporary folder) and served by `http.server` on 127.0.0.1, port 0.
- `open_tab`: a fresh browser context and page, whose requests to anything but
  127.0.0.1 are refused (Material asks Google Fonts for Roboto; the tests do not
  depend on the network), and which records every JavaScript dialog and
  uncaught page error so a test can assert there were none.
- `ARTIFACTS`: tests/artifacts/, git-ignored, where screenshots go.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from site_project import ROOT, mkdocs_build

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # the tests run as root
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 390, "height": 844}  # a phone of today (iPhone 12-15)
NOT_LOOPBACK = re.compile(r"^(?!https?://127\.0\.0\.1[:/])[a-z]+://")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """A static server for `folder` on a free loopback port; yields its base URL."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def build_site(project: Path, site: Path) -> Path:
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return site


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    # Per module, not per session: Playwright's sync API allows one instance at a time in
    # a thread, and other modules (test_pagefind.py) start their own.
    if not CHROMIUM.is_file():
        pytest.fail(
            f"the browser tests need Debian's Chromium at {CHROMIUM} "
            "(apt-get install chromium); they never download a browser",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        except Exception as error:
            pytest.fail(f"{CHROMIUM} did not start: {error}", pytrace=False)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project's site, built once per session (it also refreshes docs/)."""
    return build_site(ROOT, tmp_path_factory.mktemp("real") / "site")


@pytest.fixture(scope="session")
def site_url(real_site: Path) -> Iterator[str]:
    with serve_folder(real_site) as url:
        yield url


@dataclass
class Tab:
    """A page, and what it did that a reader would notice: dialogs and script errors."""

    page: Page
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


OpenTab = Callable[..., Tab]


@pytest.fixture
def open_tab(chromium: Browser) -> Iterator[OpenTab]:
    """`open_tab(base_url, viewport=DESKTOP, **context_options)`: a new context and page."""
    contexts = []

    def open_(base_url: str, viewport: dict | None = None, **options) -> Tab:
        options.setdefault("color_scheme", "light")
        context = chromium.new_context(base_url=base_url, viewport=viewport or DESKTOP, **options)
        context.set_default_timeout(10_000)
        context.route(NOT_LOOPBACK, lambda route: route.abort())
        contexts.append(context)
        tab = Tab(context.new_page())

        def on_dialog(dialog) -> None:
            tab.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

        tab.page.on("dialog", on_dialog)
        tab.page.on("pageerror", lambda error: tab.errors.append(str(error)))
        return tab

    yield open_
    for context in contexts:
        context.close()


def screenshot(page: Page, name: str) -> Path:
    """A full-page PNG in tests/artifacts/ for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def html_pages(site: Path) -> list[str]:
    """Every page of a built site as a URL path relative to the root ('' is the home)."""
    pages = []
    for path in site.rglob("index.html"):
        folder = path.parent.relative_to(site).as_posix()
        pages.append("" if folder == "." else f"{folder}/")
    return sorted(pages)
