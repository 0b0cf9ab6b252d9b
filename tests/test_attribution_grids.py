"""The attribution engine on the grids of invented articles (`benchmarks/attribution/grid_*.py`):
forms of news writing tried systematically, one short article per case.

The numbers below are ceilings, not goals: each is the number of cases that failed when it
was last set, so a change that breaks a passing case fails here. Lower a ceiling as failure
classes are fixed, never raise it to let a change through. The number of cases is asserted
too, so that a case dropped from a grid cannot pass for a fixed one.
"""

from __future__ import annotations

import pytest
from attribution_benchmarks import load

# grid module -> (number of cases, ceiling on the number of failing cases)
CEILINGS = {
    "grid_quotes.py": (272, 27),  # (quote, speaker) pairs: marks, cues, verbs, phrases, pronouns
    "grid_names.py": (299, 26),  # analysts: name forms, posts, organisations
}


@pytest.mark.parametrize("filename", sorted(CEILINGS))
def test_grid_fails_no_more_cases_than_its_ceiling(filename: str) -> None:
    cases, ceiling = CEILINGS[filename]
    failed, total = load(filename).failures()
    assert total == cases, f"{filename} has {total} cases, not {cases}"
    assert len(failed) <= ceiling, (
        f"{filename}: {len(failed)} cases fail, above the ceiling of {ceiling}: {sorted(failed)}")
