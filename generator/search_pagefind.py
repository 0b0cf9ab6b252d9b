"""Pagefind search behind Material's search box: an MkDocs hooks file.

Material's built-in search writes the whole site into one JSON index that every
reader downloads, and indexes in the browser, on the first page load: 89 MB
(7.9 MB gzipped) and 20 s before the first result for the 5,000 briefings of
`make bench`. Pagefind (https://pagefind.app; the `pagefind-bin` wheel ships
its binary) splits the index into chunks; a query fetches only the chunks for
its words and the fragments of the results it shows.

It is this project's search: mkdocs.yml lists it (the path is relative to
mkdocs.yml) and no `search` plugin:

    hooks:
      - generator/search_pagefind.py

Then, for every build:

- `on_config` switches Material's search plugin off if it is listed (no
  search_index.json, no lunr worker) and puts `pagefind_theme/` first in the
  theme's folders: a copy of Material's header with one include added, the
  search box in Material's markup, the script that queries Pagefind
  (pagefind-search.js) and pagefind-search.css (two of the results' colours,
  with enough contrast), which it adds to extra_css.
- `on_page_content` marks what Pagefind indexes: a briefing page in full;
  every other page (analyst, topic, section, timeline, home) by its heading
  and introduction, the part before its first `<h2>` or list. Those pages
  repeat the briefings' titles, quotes and claims; indexing the repeats made
  the index chunks of common words several times bigger, while a query still
  finds the briefing that says it, and the analyst or topic page by its name.
- `on_post_build` runs Pagefind over site/ (without the permalink anchors),
  writing site/pagefind/. Under `mkdocs serve` it runs in the background
  after each rebuild, at a lower CPU priority (`nice -n 10`), so neither the
  preview nor the next edit's rebuild is held up; its search catches up a few
  seconds later.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import threading
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.search_pagefind")

THEME_DIR = Path(__file__).resolve().parent / "pagefind_theme"
STYLESHEET = "assets/stylesheets/pagefind-search.css"  # in THEME_DIR, copied into the site
FULL_TEXT_SECTIONS = ("briefings/",)  # pages under these URLs are indexed in full
EXCLUDE_SELECTORS = (".headerlink",)
_LISTING = re.compile(r"<(h2|ul|ol)\b")  # where a page's heading and introduction end
TIMEOUT_SECONDS = 600
BACKGROUND_NICENESS = 10  # under `mkdocs serve`: the rebuilds come first


def pagefind_executable() -> Path:
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise PluginError(
            "search_pagefind: Pagefind is not installed; pip install 'pagefind-bin>=1.5,<2'"
        ) from None
    return get_executable()


def pagefind_command(site_dir: Path, background: bool = False) -> list[str]:
    """Pagefind's command line; `background` runs it under `nice` where there is one.

    `nice` rather than os.nice() in a preexec_fn: the background indexer runs in a
    thread of `mkdocs serve`, and a preexec_fn is not safe with threads.
    """
    command = [str(pagefind_executable()), "--site", str(site_dir), "--quiet"]
    for selector in EXCLUDE_SELECTORS:
        command += ["--exclude-selectors", selector]
    nice = shutil.which("nice") if background else None
    if nice:
        command = [nice, "-n", str(BACKGROUND_NICENESS), *command]
    return command


def index_site(site_dir: Path, background: bool = False) -> None:
    """Write `site_dir`/pagefind/ from the HTML pages in `site_dir`.

    `background` (under `mkdocs serve`) lowers Pagefind's CPU priority, so that on a
    small machine the next edit's rebuild is not slowed down by the indexing.
    """
    try:
        result = subprocess.run(pagefind_command(site_dir, background), capture_output=True,
                                text=True, timeout=TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        raise PluginError(f"search_pagefind: Pagefind took over {TIMEOUT_SECONDS} s") from None
    if result.returncode:
        raise PluginError(f"search_pagefind: Pagefind failed:\n{result.stderr or result.stdout}")
    if not (site_dir / "pagefind" / "pagefind.js").is_file():
        raise PluginError("search_pagefind: Pagefind wrote no pagefind/pagefind.js")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if config.theme.name != "material":
        raise PluginError("search_pagefind: the search box override needs theme 'material'")
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is not None and getattr(search.config, "enabled", False):
        search.config.enabled = False
        log.debug("search_pagefind: Material's search is off; Pagefind answers the search box")
    if str(THEME_DIR) not in config.theme.dirs:
        config.theme.dirs.insert(0, str(THEME_DIR))
    if STYLESHEET not in config.extra_css:
        config.extra_css.append(STYLESHEET)
    pagefind_executable()  # fail at the start of the build, not after it
    return config


def indexed_part(html: str, url: str) -> str:
    """The page's content with the part Pagefind should index in a data-pagefind-body."""
    if any(url.startswith(section) and url != section for section in FULL_TEXT_SECTIONS):
        return f"<div data-pagefind-body>{html}</div>"
    listing = _LISTING.search(html)
    cut = listing.start() if listing else len(html)
    return f"<div data-pagefind-body>{html[:cut]}</div>{html[cut:]}"


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return indexed_part(html, page.url)


class BackgroundIndexer:
    """Under `mkdocs serve`: index after each rebuild without holding up the preview.

    Pagefind reads every page (about 15 s at 1,000 briefings); the page a writer
    is looking at must not wait for it. One thread at a time; a rebuild during a
    run asks for one more run, so the last index is of the last build.
    """

    def __init__(self) -> None:
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
                log.info("search_pagefind: search index updated")
            except PluginError as error:
                log.warning(str(error))


_serve_indexer: BackgroundIndexer | None = None


def on_startup(command: str, dirty: bool) -> None:
    global _serve_indexer
    _serve_indexer = BackgroundIndexer() if command == "serve" else None


def on_post_build(config: MkDocsConfig) -> None:
    if _serve_indexer is not None:
        _serve_indexer.request(Path(config.site_dir))
    else:
        index_site(Path(config.site_dir))
