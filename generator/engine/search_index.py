"""Pagefind over a built site: once for a build, in the background for a preview server.

Engine code, not MkDocs code: any builder that leaves HTML in a folder (MkDocs,
ProperDocs, a future `briefings serve`) can have it indexed the same way.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .search_delta import SearchDelta

EXCLUDE_SELECTORS = (".headerlink",)
TIMEOUT_SECONDS = 600
BACKGROUND_NICENESS = 10  # under a preview server: the rebuilds come first
BUNDLE = "pagefind"
NEXT_BUNDLE = ".pagefind-next"  # written aside, then moved in file by file
KEPT_BUNDLE = ".pagefind-kept"  # through a build's cleaning (MkDocs keeps dot-folders)
ENTRY = "pagefind-entry.json"


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


def pagefind_command(site_dir: Path, background: bool = False,
                     output: Path | None = None) -> list[str]:
    """Pagefind's command line; `background` runs it under `nice` where there is one.

    `nice` rather than os.nice() in a preexec_fn: the background indexer runs in a
    thread of the server, and a preexec_fn is not safe with threads.
    """
    command = [str(pagefind_executable()), "--site", str(site_dir), "--quiet"]
    command += ["--output-path", str(output)] if output else ["--output-subdir", NEXT_BUNDLE]
    for selector in EXCLUDE_SELECTORS:
        command += ["--exclude-selectors", selector]
    nice = shutil.which("nice") if background else None
    if nice:
        command = [nice, "-n", str(BACKGROUND_NICENESS), *command]
    return command


def index_site(site_dir: Path, background: bool = False) -> set[str]:
    """Write `site_dir`/pagefind/ from the HTML pages in `site_dir`.

    Returns the bundle's files that this index no longer uses (relative to
    pagefind/): a page loaded a moment ago may still ask for them.
    """
    run_pagefind(site_dir, background)
    return merge_in(site_dir / NEXT_BUNDLE, site_dir / BUNDLE)


def run_pagefind(site_dir: Path, background: bool = False, output: Path | None = None) -> None:
    """Index into `output`, by default `site_dir`/.pagefind-next/ beside the live bundle."""
    written = output or site_dir / NEXT_BUNDLE
    shutil.rmtree(written, ignore_errors=True)  # of a run that was killed
    try:
        result = subprocess.run(pagefind_command(site_dir, background, output),
                                capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
                                check=False)
    except subprocess.TimeoutExpired:
        raise SearchIndexError(f"Pagefind took over {TIMEOUT_SECONDS} s") from None
    if result.returncode:
        shutil.rmtree(written, ignore_errors=True)
        raise SearchIndexError(f"Pagefind failed:\n{result.stderr or result.stdout}")
    if not (written / "pagefind.js").is_file():
        raise SearchIndexError("Pagefind wrote no pagefind.js")


def merge_in(new: Path, live: Path) -> set[str]:
    """Move the new bundle's files over the live ones, one atomic rename each.

    Pagefind rewrites its fixed-name files (the entry, the WASM, the scripts) in
    place, so a page that a preview reloads meanwhile read half a file ("invalid
    gzip data"); and swapping whole folders pulled files from under a page that
    had read the old entry. Every other file's name is a hash of its content,
    so old and new live side by side; the entry, which names them, goes last.
    """
    names = sorted((str(p.relative_to(new)) for p in new.rglob("*") if p.is_file()),
                   key=lambda name: (name == ENTRY, name))
    before = {str(p.relative_to(live)) for p in live.rglob("*") if p.is_file()}
    for name in names:
        (live / name).parent.mkdir(parents=True, exist_ok=True)
        os.replace(new / name, live / name)
    shutil.rmtree(new, ignore_errors=True)
    return before - set(names)


class LiveBundle:
    """A bundle that pages may be reading while a new one is merged in.

    Files a merge left unused are deleted one merge later: a page the preview
    reloaded just before a merge may still be reading the index they made up.
    """

    def __init__(self) -> None:
        self.unused: set[str] = set()

    def merge(self, new: Path, live: Path) -> None:
        unused = merge_in(new, live)
        for name in self.unused & unused:
            (live / name).unlink(missing_ok=True)
        self.unused = unused - self.unused


class OneAtATime:
    """Runs a job on a site in one background thread, never two at once.

    A request during a run asks for one more run, and requests meanwhile fold
    into it, so the last run sees the last request while a writer saving fast
    starts no queue of runs.
    """

    def __init__(self, job: Callable[[Path], None]) -> None:
        self.job = job
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
            self.job(site_dir)


class BackgroundIndexer:
    """Index after each rebuild without holding up the preview.

    Pagefind reads every page; the page a writer is looking at must not wait
    for it, so it runs one run at a time in the background (`OneAtATime`), and
    the new index is merged into the live one file by file (`LiveBundle`).

    A rebuild that cleans the site folder (`mkdocs serve` without `--dirty`)
    would leave reloaded pages without an index until the next run: the
    builder calls `keep` before it and `restore` after it, and the server
    answers no request in between.
    """

    def __init__(self, log: logging.Logger, delta: SearchDelta | None = None) -> None:
        self.log = log
        self.delta = delta  # the pages changed since the last run, indexed meanwhile
        self.bundle_lock = threading.Lock()  # the live bundle: moved by a build or a run
        self.bundle = LiveBundle()
        self.runs = OneAtATime(self._index)

    @property
    def running(self) -> bool:
        return self.runs.running

    def keep(self, site_dir: Path) -> None:
        with self.bundle_lock:
            shutil.rmtree(site_dir / KEPT_BUNDLE, ignore_errors=True)
            if (site_dir / BUNDLE).is_dir():
                (site_dir / BUNDLE).rename(site_dir / KEPT_BUNDLE)

    def restore(self, site_dir: Path) -> None:
        with self.bundle_lock:
            if (site_dir / KEPT_BUNDLE).is_dir() and not (site_dir / BUNDLE).exists():
                (site_dir / KEPT_BUNDLE).rename(site_dir / BUNDLE)
            shutil.rmtree(site_dir / KEPT_BUNDLE, ignore_errors=True)

    def request(self, site_dir: Path) -> None:
        if self.delta is not None:
            self.delta.request(site_dir)
        self.runs.request(site_dir)

    def _index(self, site_dir: Path) -> None:
        try:
            begun = self.delta.begin(site_dir) if self.delta else None
            run_pagefind(site_dir, background=True)
            base = None
            if self.delta and begun is not None:
                base = self.delta.read_base(site_dir, begun)
            with self.bundle_lock:
                self.bundle.merge(site_dir / NEXT_BUNDLE, site_dir / BUNDLE)
            self.log.info("search index updated")
            if self.delta and base is not None:
                self.delta.rebased(site_dir, base)
        except SearchIndexError as error:
            self.log.warning(str(error))
