"""Pagefind over a built site: once for a build, in the background for a preview server.

Engine code, not MkDocs code: any builder that leaves HTML in a folder (MkDocs,
ProperDocs, a future `briefings serve`) can have it indexed the same way.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import threading
from pathlib import Path

EXCLUDE_SELECTORS = (".headerlink",)
TIMEOUT_SECONDS = 600
BACKGROUND_NICENESS = 10  # under a preview server: the rebuilds come first


class SearchIndexError(Exception):
    """Pagefind is missing or failed; the message says which."""


def pagefind_executable() -> Path:
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise SearchIndexError(
            "Pagefind is not installed; pip install 'pagefind-bin>=1.5,<2'"
        ) from None
    return get_executable()


def pagefind_command(site_dir: Path, background: bool = False) -> list[str]:
    """Pagefind's command line; `background` runs it under `nice` where there is one.

    `nice` rather than os.nice() in a preexec_fn: the background indexer runs in a
    thread of the server, and a preexec_fn is not safe with threads.
    """
    command = [str(pagefind_executable()), "--site", str(site_dir), "--quiet"]
    for selector in EXCLUDE_SELECTORS:
        command += ["--exclude-selectors", selector]
    nice = shutil.which("nice") if background else None
    if nice:
        command = [nice, "-n", str(BACKGROUND_NICENESS), *command]
    return command


def index_site(site_dir: Path, background: bool = False) -> None:
    """Write `site_dir`/pagefind/ from the HTML pages in `site_dir`."""
    try:
        result = subprocess.run(pagefind_command(site_dir, background), capture_output=True,
                                text=True, timeout=TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        raise SearchIndexError(f"Pagefind took over {TIMEOUT_SECONDS} s") from None
    if result.returncode:
        raise SearchIndexError(f"Pagefind failed:\n{result.stderr or result.stdout}")
    if not (site_dir / "pagefind" / "pagefind.js").is_file():
        raise SearchIndexError("Pagefind wrote no pagefind/pagefind.js")


class BackgroundIndexer:
    """Index after each rebuild without holding up the preview.

    Pagefind reads every page; the page a writer is looking at must not wait
    for it. One thread at a time; a rebuild during a run asks for one more
    run, so the last index is of the last build.
    """

    def __init__(self, log: logging.Logger) -> None:
        self.log = log
        self.lock = threading.Lock()
        self.pending: Path | None = None
        self.running = False

    def request(self, site_dir: Path) -> None:
        with self.lock:
            self.pending = site_dir
            if not self.running:
                self.running = True
                threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while True:
            with self.lock:
                site_dir, self.pending = self.pending, None
                if site_dir is None:
                    self.running = False
                    return
            try:
                index_site(site_dir, background=True)
                self.log.info("search index updated")
            except SearchIndexError as error:
                self.log.warning(str(error))
