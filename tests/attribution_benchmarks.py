"""The evaluation set's scripts (`benchmarks/attribution/*.py`) as modules for the tests.

They are scripts, not a package, so each is loaded from its file, afresh at every call: a
test may patch what a module reads, and the next one gets a clean copy.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks" / "attribution"


def load(filename: str) -> ModuleType:
    """`benchmarks/attribution/<filename>` as the module `attribution_<stem>`."""
    spec = importlib.util.spec_from_file_location(f"attribution_{Path(filename).stem}",
                                                  BENCHMARKS / filename)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module
