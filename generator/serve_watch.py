"""What `mkdocs serve` watches, and with what: the system's own file watcher.

MkDocs polls every watched file twice a second. At thousands of briefings and
articles that is a steady load on one core, and a save waits up to half a
second before anyone notices it. The system's watcher (inotify on Linux,
FSEvents on macOS, ReadDirectoryChangesW on Windows; watchdog picks it) reports
a save at once and costs nothing while nobody types. Folders on network or
container mounts may never see native events: `watcher: polling` keeps MkDocs'
own way.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from watchdog.events import (
    FileAttribEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
)
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from .pages.routes import generated_roots

WATCHERS = ("native", "polling")
# What a save looks like. A native watcher also reports files opened and closed
# unwritten, and every build reads the briefings: MkDocs rebuilds on any event,
# so without this filter each build would ask for the next.
CHANGES = [FileCreatedEvent, FileModifiedEvent, FileDeletedEvent, FileMovedEvent,
           FileClosedEvent, FileAttribEvent]


class ChangesOnly(Observer):  # type: ignore[misc, valid-type]
    """The native observer, reporting writes, creations, deletions and moves only."""

    def schedule(self, event_handler, path, *, recursive=False, event_filter=None,
                 follow_symlink=False):
        return super().schedule(event_handler, path, recursive=recursive,
                                event_filter=event_filter or CHANGES,
                                follow_symlink=follow_symlink)


def use_native_watcher(server: LiveReloadServer, config: MkDocsConfig) -> bool:
    """Move what MkDocs watches so far to a native observer; False if none exists here.

    Only before the server starts: its observer is started by `server.serve()`.
    """
    current = getattr(server, "observer", None)
    if Observer is PollingObserver or not isinstance(current, PollingObserver):
        return False  # no native watcher here, or not MkDocs' own polling one
    if current.is_alive():
        return False
    candidates = [config.config_file_path, config.docs_dir, *config.theme.dirs]
    moved = []
    for path in dict.fromkeys(str(p) for p in candidates if p):
        try:
            server.unwatch(path)
        except KeyError:  # not watched (a theme folder under --no-theme-watch)
            continue
        moved.append(path)
    server.observer = ChangesOnly()
    for path in moved:
        server.watch(path)
    return True


def watch_hand_written_only(server: LiveReloadServer, docs: Path) -> None:
    """Watch docs/'s hand-written folders instead of docs/ itself.

    MkDocs watches docs/ whole; every page this plugin writes during a build
    would then ask for a second rebuild and a second reload of the browser.
    """
    try:
        server.unwatch(str(docs))
    except KeyError:  # not watched: nothing to replace
        return
    owned = {root.rstrip("/") for root in generated_roots()}
    for path in sorted(docs.iterdir()) if docs.is_dir() else []:
        if path.is_dir() and path.name not in owned and not path.name.startswith("."):
            server.watch(str(path))
