"""What the benchmark's measurements share: running builds, reading sites, config variants.

`run.py` (the table) and `search.py` (the first search in Chromium) both use
these; neither imports the other.
"""

from __future__ import annotations

import gzip
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.engine.write import is_generated  # noqa: E402

BIN = Path(sys.executable).parent
# A publishing build: with a site_url, so feeds and canonical links are part of the work.
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1",
       "SITE_URL": "https://briefings.example.org/"}
MATERIAL_SEARCH_FEATURES = ("search.suggest", "search.highlight", "search.share")
PAGEFIND_PLUGIN = "briefings-pagefind"


@dataclass
class Run:
    seconds: float
    max_rss_mb: float
    returncode: int
    stdout: str = ""
    stderr: str = ""



def run(cmd: list[str], cwd: Path, timeout: float) -> Run:
    """Run `cmd`, timing it and reading its own peak RSS (os.wait4, not RUSAGE_CHILDREN)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=out, stderr=err,
                                start_new_session=True)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                os.killpg(proc.pid, signal.SIGKILL)
                os.wait4(proc.pid, 0)
                raise TimeoutError(f"{' '.join(cmd)} took more than {timeout:.0f} s")
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(seconds, usage.ru_maxrss / 1024, proc.returncode,
                   out.read().decode(errors="replace"), err.read().decode(errors="replace"))


def mkdocs_build(project: Path, config: str, site: str, timeout: float,
                 pinned: bool = False) -> Run:
    """`mkdocs build --strict`; `pinned` runs it on one core (`taskset -c 0`)."""
    command = [str(BIN / "mkdocs"), "build", "--strict", "-q", "-f", config, "-d", site]
    if pinned:
        command = ["taskset", "-c", "0", *command]
    result = run(command, project, timeout)
    if result.returncode:
        raise RuntimeError(f"mkdocs build -f {config} failed:\n{result.stderr[-3000:]}")
    return result


def best_build(project: Path, config: str, site: str, timeout: float, times: int,
               before=None, pinned: bool = False) -> Run:
    """The fastest of `times` builds, with the highest peak memory among them."""
    runs = []
    for _ in range(times):
        if before:
            before()
        runs.append(mkdocs_build(project, config, site, timeout, pinned))
    best = min(runs, key=lambda r: r.seconds)
    best.max_rss_mb = max(r.max_rss_mb for r in runs)
    return best


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, OSError):
        return None


def briefing_files(project: Path) -> list[Path]:
    """The briefings, without the story files beside them (`_story.yaml`, `_topics.yaml`)."""
    return sorted(p for p in (project / "briefings").glob("*.yaml") if not p.name.startswith("_"))


def remove_generated_pages(project: Path) -> None:
    """Empty docs/ of the generated pages, so that the next build generates them all."""
    for path in (project / "docs").rglob("*.md"):
        if is_generated(path.read_text(encoding="utf-8")):
            path.unlink()


def site_stats(site: Path) -> dict:
    """Sizes of the site, of Pagefind's bundle (site/pagefind/, already compressed) and of
    Material's search index (raw and gzipped; 0 when the site searches with Pagefind)."""
    files = [p for p in site.rglob("*") if p.is_file()]
    pagefind = [p for p in files if p.relative_to(site).parts[0] == "pagefind"]
    index = site / "search" / "search_index.json"
    raw = index.read_bytes() if index.is_file() else b""
    return {
        "site_bytes": sum(p.stat().st_size for p in files),
        "site_files": len(files),
        "pagefind_bytes": sum(p.stat().st_size for p in pagefind),
        "pagefind_files": len(pagefind),
        "search_index": len(raw),
        "search_index_gz": len(gzip.compress(raw, 6)) if raw else 0,
    }


def config_variant(project: Path, name: str, change) -> Path:
    """A copy of `project`/mkdocs.yml, changed as data (not as text) by `change(config)`."""
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    change(config)
    target = project / name
    target.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
    return target


def bare_config(project: Path) -> Path:
    """mkdocs.yml without the briefings plugin (the Markdown is already there)."""

    def change(config: dict) -> None:
        if "briefings" not in config["plugins"]:
            raise ValueError("mkdocs.yml has no briefings plugin")
        config["plugins"].remove("briefings")

    return config_variant(project, "mkdocs.bare.yml", change)


def material_config(project: Path) -> Path:
    """mkdocs.yml switched back to Material's search: the `search` plugin instead of
    Pagefind, and Material's three search features (the README's recipe)."""

    def change(config: dict) -> None:
        plugins = config["plugins"]
        if PAGEFIND_PLUGIN not in plugins:
            raise ValueError(f"mkdocs.yml has no {PAGEFIND_PLUGIN} plugin")
        plugins.remove(PAGEFIND_PLUGIN)
        plugins.insert(0, "search")
        features = config["theme"]["features"]
        at = features.index("navigation.instant") + 1
        features[at:at] = list(MATERIAL_SEARCH_FEATURES)

    return config_variant(project, "mkdocs.material.yml", change)
