"""Build the site's pages on every core: MkDocs' own build, shared out to forked workers.

MkDocs renders every page in one process. Most of a build is per page
(Python-Markdown, then the theme's templates), and pages do not depend on
each other once the file list and the navigation exist. So, at the last
plugin event before the pages are read (`on_nav`), the build forks: each
worker process continues the very same build but reads and renders only its
share of the pages, writing them into the same site folder; the first
process renders its own share, copies the static files, writes the theme's
templates (sitemap, 404) and, once every worker has finished, runs the steps
after the pages (Pagefind). A page comes out byte for byte as a one-process
build writes it, because it is rendered by the same code from the same state.

Two internal functions of MkDocs' build module (`_populate_page`,
`_build_page`) are wrapped for the rest of one build; ProperDocs, a fork of
MkDocs 1.x, has the same module. Where this cannot run (no `fork`, one core,
a small site, `serve`), the build is the ordinary one-process build.

Not checked across workers: a link to an `#anchor` of a page rendered by
another process (MkDocs skips pages it did not render); the link walk of the
test suite checks every anchor of the built site instead.
"""

from __future__ import annotations

import gc
import importlib
import logging
import os
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType

log = logging.getLogger("mkdocs.plugins.briefings")

@dataclass
class ParallelBuild:
    """One build's workers: started at `on_nav`, waited for in `on_post_build`."""

    workers: int
    children: list[int] = field(default_factory=list)
    _restore: list[Callable[[], None]] = field(default_factory=list)

    def start(self, config, files) -> None:
        pages = sorted(files.documentation_pages(), key=lambda f: f.src_uri)
        if self.workers <= 1:
            return
        shares = [pages[i :: self.workers] for i in range(self.workers)]
        module = build_module(config)
        sys.stdout.flush()
        sys.stderr.flush()
        gc.freeze()  # the workers then share the heap instead of copying it for the collector
        for share in shares[1:]:
            pid = os.fork()
            if pid == 0:
                self.children = []
                _work_on(module, files, share)
                return  # this process is now a worker: MkDocs' build goes on, for its share
            self.children.append(pid)
        self._restore = _only(module, {f.src_uri for f in shares[0]})
        log.info(f"briefings: rendering {len(pages)} pages in {self.workers} processes")

    def stop(self) -> None:
        """The build failed in this process: end the workers too."""
        for undo in self._restore:
            undo()
        self._restore = []
        for pid in self.children:
            try:
                os.kill(pid, signal.SIGTERM)
                os.waitpid(pid, 0)
            except OSError:
                pass
        self.children = []
        gc.unfreeze()

    def finish(self) -> None:
        """Wait for every worker; a worker that failed fails the build."""
        for undo in self._restore:
            undo()
        self._restore = []
        failed = 0
        for pid in self.children:
            _, status = os.waitpid(pid, 0)
            failed += os.waitstatus_to_exitcode(status) != 0
        self.children = []
        gc.unfreeze()
        if failed:
            raise PagesFailed(f"{failed} of the processes rendering pages failed (see above)")


class PagesFailed(Exception):
    """A worker process logged an error or a warning, or crashed."""


def build_module(config) -> ModuleType:
    """`mkdocs.commands.build`, or ProperDocs' copy of it: whichever runs this build."""
    package = type(config).__module__.split(".")[0]
    return importlib.import_module(f"{package}.commands.build")


def _only(module: ModuleType, share: set[str]) -> list[Callable[[], None]]:
    """Make this process read and render only the pages in `share`."""
    undo = []
    for name in ("_populate_page", "_build_page"):
        original = getattr(module, name)

        def restricted(page, *args, _original=original, **kwargs):
            if page.file.src_uri in share:
                return _original(page, *args, **kwargs)
            return None

        setattr(module, name, restricted)
        undo.append(lambda name=name, original=original: setattr(module, name, original))
    return undo


def _work_on(module: ModuleType, files, share: list) -> None:
    """In a worker: render the share's pages only, then leave before the build's last steps."""
    if not share:
        _leave(0)
    wanted = {f.src_uri for f in share}
    left = set(wanted)
    populate, build = module._populate_page, module._build_page

    def populate_share(page, *args, **kwargs):
        if page.file.src_uri in wanted:
            _guarded(populate, page, *args, **kwargs)

    def build_share(page, *args, **kwargs):
        if page.file.src_uri not in wanted:
            return
        _guarded(build, page, *args, **kwargs)
        left.discard(page.file.src_uri)
        if not left:
            _leave(1 if _warnings_logged() else 0)

    module._populate_page = populate_share
    module._build_page = build_share
    module._build_theme_template = lambda *args, **kwargs: None
    module._build_extra_template = lambda *args, **kwargs: None
    files.copy_static_files = lambda *args, **kwargs: None


def _guarded(function, *args, **kwargs) -> None:
    try:
        function(*args, **kwargs)
    except BaseException as error:  # the first process reports the failure
        log.error(f"briefings: a page failed in a worker process: {error}")
        _leave(1)


def _warnings_logged() -> bool:
    """Whether MkDocs' strict-mode counter saw a warning or an error in this worker."""
    for name in ("mkdocs", "properdocs"):
        for handler in logging.getLogger(name).handlers:
            counts = getattr(handler, "get_counts", None)
            if counts is not None and counts():
                return True
    return False


def _leave(code: int) -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code)
