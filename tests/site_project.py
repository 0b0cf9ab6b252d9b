"""Helpers shared by the site tests: a throwaway copy of the fixture project.

The copy uses the real mkdocs.yml and hand-written assets, so the tests build
the site exactly as `make site` configures it, only over three small briefings.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "site"
MKDOCS = Path(sys.executable).parent / "mkdocs"
ASSETS = ("stylesheets",)


def copy_site(target: Path) -> Path:
    """The fixture briefings and seeds, the real mkdocs.yml and docs assets, in `target`."""
    shutil.copytree(FIXTURE, target, dirs_exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    for name in ASSETS:
        shutil.copytree(ROOT / "docs" / name, target / "docs" / name, dirs_exist_ok=True)
    return target


def mkdocs_env() -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


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
