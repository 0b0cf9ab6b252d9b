"""The pipeline pauses the cyclic garbage collector for a bulk pass, and only then."""

from __future__ import annotations

import gc

import pytest

from generator.engine import check
from generator.engine.check import collector_paused


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_state_is_restored(project, enabled):
    root = project()
    (gc.enable if enabled else gc.disable)()
    try:
        check(root)
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_the_collector_is_restored_after_an_error():
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("boom")
    assert gc.isenabled()
