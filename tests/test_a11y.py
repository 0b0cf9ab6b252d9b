"""Accessibility: axe-core (shipped inside axe-playwright-python, no network) on the real site.

The home page, a briefing, an analyst, a topic and the timeline, in the light and the
dark palette: no serious or critical violation. The counts per page and impact are
printed (see them with `pytest -s tests/test_a11y.py`) and written to
tests/artifacts/axe.txt.
"""

from __future__ import annotations

from collections import Counter

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser_support import ARTIFACTS
from site_project import ROOT

from generator.pipeline import load_catalog

IMPACTS = ("critical", "serious", "moderate", "minor")
BLOCKING = {"critical", "serious"}


def sample_pages() -> dict[str, str]:
    catalog = load_catalog(ROOT)
    entry = catalog.entries[0]
    return {
        "home": "",
        "briefing": f"briefings/{entry.slug}/",
        "analyst": f"analysts/{entry.briefing.analysts[0].key}/",
        "topic": f"topics/{entry.briefing.topics[0]}/",
        "timeline": "timeline/",
    }


@pytest.fixture(scope="module")
def report():
    lines: list[str] = []
    yield lines
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "axe.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_or_critical_accessibility_violations(scheme, site_url, open_tab, report):
    tab = open_tab(site_url, color_scheme=scheme)
    axe = Axe()
    blocking = []
    for name, url in sample_pages().items():
        tab.page.goto(url)
        violations = axe.run(tab.page).response["violations"]
        counts = Counter(v["impact"] for v in violations)
        line = f"axe {scheme:5} {name:8} " + " ".join(f"{i}={counts[i]}" for i in IMPACTS)
        print(line)
        report.append(line)
        for v in violations:
            detail = f"  {v['impact']}: {v['id']} ({len(v['nodes'])} nodes) {v['help']}"
            targets = [node["target"] for node in v["nodes"][:3]]
            report.append(f"{detail} {targets}")
            if v["impact"] in BLOCKING:
                blocking.append(f"{name}: {detail} {targets}")
    assert blocking == [], "\n".join(blocking)
