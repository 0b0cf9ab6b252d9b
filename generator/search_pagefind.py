"""Pagefind search behind Material's search box: an MkDocs hooks file.

Material's built-in search writes the whole site into one JSON index that every
reader downloads, and indexes in the browser, on the first page load: 36.7 MB
at 5,000 briefings. Pagefind (https://pagefind.app, the `pagefind-bin` wheel
ships its binary) splits the index into chunks; a query fetches only the
chunks for its words and the fragments of the results it shows.

Turn it on in mkdocs.yml (the path is relative to mkdocs.yml):

    hooks:
      - generator/search_pagefind.py

Then, for every build:

- `on_config` switches Material's search plugin off (no search_index.json, no
  lunr worker) and puts `pagefind_theme/` first in the theme's folders: a copy
  of Material's header with one include added, the search box in Material's
  markup, and the small script that queries Pagefind.
- `on_post_build` runs Pagefind over site/ (only each page's article, without
  the permalink anchors), writing site/pagefind/. Under `mkdocs serve` it
  runs too, so the preview's search matches the pages.
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.search_pagefind")

THEME_DIR = Path(__file__).resolve().parent / "pagefind_theme"
ROOT_SELECTOR = "article.md-content__inner"
EXCLUDE_SELECTORS = (".headerlink",)
TIMEOUT_SECONDS = 600


def pagefind_executable() -> Path:
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise PluginError(
            "search_pagefind: Pagefind is not installed; pip install 'pagefind-bin>=1.5,<2'"
        ) from None
    return get_executable()


def pagefind_command(site_dir: Path) -> list[str]:
    command = [str(pagefind_executable()), "--site", str(site_dir), "--root-selector",
               ROOT_SELECTOR, "--quiet"]
    for selector in EXCLUDE_SELECTORS:
        command += ["--exclude-selectors", selector]
    return command


def index_site(site_dir: Path) -> None:
    """Write `site_dir`/pagefind/ from the HTML pages in `site_dir`."""
    try:
        result = subprocess.run(pagefind_command(site_dir), capture_output=True, text=True,
                                timeout=TIMEOUT_SECONDS, check=False)
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
    pagefind_executable()  # fail at the start of the build, not after it
    return config


def on_post_build(config: MkDocsConfig) -> None:
    index_site(Path(config.site_dir))
