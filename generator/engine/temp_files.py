"""Temporary files for atomic writes: unique names, and the leftovers of killed builds.

A page or the stamp is written to `.<name>.<pid>.<random>.tmp` and renamed into
place. The process id and a random part keep two builds at once from ever
sharing a name; the process id also tells a later build whether the writer is
gone, so that a killed build's leftovers are removed and a running one's are not.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

_TEMP = re.compile(r"^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$")


def temp_name(name: str) -> str:
    """A temp name for `name` (already a dot-file name, or made one)."""
    base = name if name.startswith(".") else f".{name}"
    return f"{base}.{os.getpid()}.{secrets.token_hex(4)}.tmp"


def is_abandoned_temp(path: Path) -> bool:
    """A regular temp file of ours whose writing process has ended."""
    match = _TEMP.match(path.name)
    if not match or path.is_symlink() or not path.is_file():
        return False
    pid = int(match.group(1))
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, but not ours to signal
        return False
    return False
