"""`mkdocs serve` notices a save through the system's watcher, and only a save.

MkDocs polls every watched file twice a second; the plugin moves its watches
to a native observer (generator/serve_watch.py). MkDocs rebuilds on any event
it is told of, so the observer must stay silent when a build merely reads.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer
from site_project import copy_site
from watchdog.events import FileSystemEventHandler
from watchdog.observers.polling import PollingObserver

from generator.mkdocs_plugin import BriefingsPlugin
from generator.serve_watch import ChangesOnly


def served(project: Path, watcher: str | None, monkeypatch) -> LiveReloadServer:
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    config = load_config(str(project / "mkdocs.yml"))
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0,
                              root=str(project / "site"))
    server.watch(config.docs_dir)  # what `mkdocs serve` watches before the plugins' turn
    server.watch(config.config_file_path)
    plugin = BriefingsPlugin()
    errors, warnings = plugin.load_config({} if watcher is None else {"watcher": watcher})
    assert errors == warnings == []
    plugin.on_startup(command="serve", dirty=True)
    return plugin.on_serve(server, config=config, builder=None)


def wants_rebuild(server: LiveReloadServer, change, within: float) -> bool:
    """Whether MkDocs' server asks for a rebuild after `change` (its flag is private)."""
    time.sleep(0.5)  # the previous change's last events (a write is several) have arrived
    server._want_rebuild = False
    change()
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if server._want_rebuild:
            return True
        time.sleep(0.05)
    return False


def append(path: Path, text: str = "\n"):
    return lambda: path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_serve_moves_every_watch_to_a_native_observer(tmp_path, monkeypatch):
    project = copy_site(tmp_path / "project")
    server = served(project, None, monkeypatch)
    assert isinstance(server.observer, ChangesOnly)
    briefing = next((project / "briefings").glob("*.yaml"))
    seed = next((project / "seeds").glob("*.txt"))
    page = project / "docs" / "briefings" / "generated.md"
    page.parent.mkdir(parents=True, exist_ok=True)
    server.observer.start()
    try:
        time.sleep(0.3)
        # MkDocs' own watch came along, and ours are there.
        assert wants_rebuild(server, append(project / "mkdocs.yml", "# edited\n"), 5)
        assert wants_rebuild(server, append(briefing), 5)
        assert wants_rebuild(server, append(seed), 5)
        css = next((project / "docs" / "stylesheets").glob("*.css"))
        assert wants_rebuild(server, append(css), 5)
        # A build reads every briefing, and writes pages into docs/: neither asks again.
        assert not wants_rebuild(server, lambda: [p.read_bytes() for p in project.rglob("*.y*ml")],
                                 1)
        assert not wants_rebuild(server, lambda: page.write_text("x", encoding="utf-8"), 1)
    finally:
        server.observer.stop()
        server.observer.join()


def test_watcher_polling_keeps_mkdocs_own_observer(tmp_path, monkeypatch):
    project = copy_site(tmp_path / "project")
    server = served(project, "polling", monkeypatch)
    assert type(server.observer) is PollingObserver


def test_reading_a_file_is_no_event_and_saving_it_is(tmp_path):
    folder = tmp_path / "briefings"
    folder.mkdir()
    briefing = folder / "a.yaml"
    briefing.write_text("title: x\n", encoding="utf-8")
    seen: list[str] = []
    changed = threading.Event()

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event):
            seen.append(event.event_type)
            changed.set()

    observer = ChangesOnly()
    observer.schedule(Handler(), str(folder), recursive=True)
    observer.start()
    try:
        time.sleep(0.2)
        for _ in range(3):  # what every build does with every briefing
            briefing.read_text(encoding="utf-8")
        assert not changed.wait(1.0), seen
        briefing.write_text("title: y\n", encoding="utf-8")
        assert changed.wait(5.0)
        assert set(seen) <= {"modified", "closed", "created", "attrib"}, seen
    finally:
        observer.stop()
        observer.join()
