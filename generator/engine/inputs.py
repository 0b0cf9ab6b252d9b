"""What the generator agrees to read: regular files inside the project, of a sane size.

Every file it reads comes from a folder an editor (or a checkout) controls, so
each is looked at before it is opened: a symbolic link is followed only if it
stays inside the project, a named pipe or a device is never opened (opening a
FIFO blocks forever), and a size limit is applied from the file's size, not
after reading it all.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

ARTICLE_MAX_BYTES = 2 * 1024 * 1024  # an article's plain text; a long one is ~100 KB

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


def refusal(path: Path, root: Path, max_bytes: int | None = None) -> str | None:
    """Why `path` is not read (a short phrase), or None when it may be."""
    try:
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(root.resolve()):
                return "it is a symbolic link to a file outside the project"
        status = os.stat(path)
    except FileNotFoundError:
        return "no such file or directory"
    except (OSError, ValueError, RuntimeError) as error:  # RuntimeError: a symlink loop
        return (getattr(error, "strerror", None) or str(error)).lower()
    for test, kind in _KINDS:
        if test(status.st_mode):
            return f"it is {kind}" if kind == "a folder" else f"it is {kind}, not a regular file"
    if max_bytes is not None and status.st_size > max_bytes:
        return larger_than(max_bytes)
    return None


def larger_than(max_bytes: int) -> str:
    """The refusal of a file over `max_bytes`, which a caller may word its own way."""
    return f"it is larger than {_size(max_bytes)}, the limit"


def _size(count: int) -> str:
    return f"{count // (1024 * 1024)} MiB" if count >= 1024 * 1024 else f"{count} bytes"
