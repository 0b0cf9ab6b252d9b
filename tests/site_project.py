"""Helpers shared by the site tests: a throwaway copy of the fixture project.

The copy uses the real mkdocs.yml (unchanged: the plugins are found by their
entry points) and hand-written assets, so the tests build the site exactly as
`make site` configures it, only over three small briefings.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "site"
MKDOCS = Path(sys.executable).parent / "mkdocs"
ASSETS = ("stylesheets", "assets")  # the extra CSS; the favicon
SERVE_TIMEOUT = 30.0
PAGEFIND_LINE = "  - briefings-pagefind\n"
MATERIAL_SEARCH_FEATURES = ("search.suggest", "search.highlight", "search.share")


def copy_site(target: Path) -> Path:
    """The fixture briefings and seeds, the real mkdocs.yml, theme overrides and docs assets."""
    shutil.copytree(FIXTURE, target, dirs_exist_ok=True)
    shutil.copyfile(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", target / "overrides", dirs_exist_ok=True)
    for name in ASSETS:
        shutil.copytree(ROOT / "docs" / name, target / "docs" / name, dirs_exist_ok=True)
    return target


def material_search(project: Path) -> Path:
    """Switch `project` back to Material's search, as the README says: no Pagefind
    plugin, the `search` plugin and its three features."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    pagefind = text.count(PAGEFIND_LINE)
    text = text.replace(PAGEFIND_LINE, "")
    text, plugins = re.subn(r"(?m)^plugins:\n", "plugins:\n  - search\n", text)
    features = "".join(f"    - {name}\n" for name in MATERIAL_SEARCH_FEATURES)
    text, instant = re.subn(r"(?m)^    - navigation\.instant\n", rf"\g<0>{features}", text)
    assert pagefind == plugins == instant == 1, (pagefind, plugins, instant)
    config.write_text(text, encoding="utf-8")
    return project


# Where the test sites say they are published (a reserved example domain): a build for
# publishing needs a site_url (generator/publishing.py), and feeds need one to exist.
TEST_SITE_URL = "https://briefings.example.org/"


def mkdocs_env(site_url: str | None = TEST_SITE_URL) -> dict[str, str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("BRIEFINGS_LOCAL_BUILD", None)
    env.pop("SITE_URL", None)
    if site_url:
        env["SITE_URL"] = site_url
    return env


def mkdocs_build(project: Path, site: Path, strict: bool = True) -> subprocess.CompletedProcess:
    args = [str(MKDOCS), "build", "-f", str(project / "mkdocs.yml"), "-d", str(site)]
    if strict:
        args.append("--strict")
    return subprocess.run(
        args, cwd=project, env=mkdocs_env(), capture_output=True, text=True, timeout=120
    )


def tree_hashes(folder: Path) -> dict[str, str]:
    """Every file under `folder` by relative path, with a digest of its bytes."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str | None:
    """The page at `url` as text, or None while the server is not (yet) answering."""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(condition: Callable[[], bool], what: str, log: Path) -> None:
    deadline = time.monotonic() + SERVE_TIMEOUT
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}; server log:\n{log.read_text()}")


@contextmanager
def mkdocs_serve(
    project: Path, port: int, log: Path, *options: str
) -> Iterator[subprocess.Popen]:
    """`mkdocs serve --livereload [options]` on 127.0.0.1:`port`, always stopped."""
    with log.open("w") as out:
        server = subprocess.Popen(
            [str(MKDOCS), "serve", "--livereload", *options, "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env=mkdocs_env(),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        yield server
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
