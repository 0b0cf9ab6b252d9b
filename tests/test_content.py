"""Tests for the editorial content: the briefings in briefings/*.yaml and the home-page intro.

These check what the generator's schema cannot know: which briefings exist, who the analysts
are, and that no page boilerplate from the seed articles has leaked into a briefing.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
BRIEFINGS_DIR = ROOT / "briefings"
SCHEMA_LINE = "# yaml-language-server: $schema=../schema/briefing.schema.json"

EXPECTED_SLUGS = {
    "2022-02-02-putin-xi-olympic-meeting",
    "2022-09-13-china-russia-its-complicated",
    "2022-09-22-putin-xi-questions-and-concerns",
}

# Every analyst, keyed by id, with role and affiliation exactly as their article gives them.
EXPECTED_ANALYSTS = {
    "alexander-gabuev": {
        "name": "Alexander Gabuev",
        "role": "senior fellow and the chair of the Russia in the Asia-Pacific Program",
        "affiliation": "Carnegie Moscow Center",
    },
    "anna-kireeva": {
        "name": "Anna Kireeva",
        "role": "associate professor",
        "affiliation": "Moscow State Institute of International Relations",
    },
    "steve-tsang": {
        "name": "Steve Tsang",
        "role": "director",
        "affiliation": "SOAS China Institute at the University of London",
    },
    "yu-bin": {
        "name": "Yu Bin",
        "role": "professor of political science",
        "affiliation": (
            "Ohio’s Wittenberg University and a senior fellow at the Russian Studies Center"
            " of the East China Normal University in Shanghai"
        ),
    },
    "ali-wyne": {
        "name": "Ali Wyne",
        "role": "senior analyst",
        "affiliation": "Eurasia Group",
    },
    "shi-yinhong": {
        "name": "Shi Yinhong",
        "role": "international relations professor",
        "affiliation": "Renmin University in Beijing",
    },
    "theresa-fallon": {
        "name": "Theresa Fallon",
        "role": "director",
        "affiliation": "Centre for Russia Europe Asia Studies in Brussels",
    },
    "brian-hart": {
        "name": "Brian Hart",
        "role": "fellow with the China Power Project",
        "affiliation": "Center for Strategic and International Studies",
    },
}

# Text from the seed pages that is not part of any article (captions, newsletter notes,
# the "More from GZERO Media" items and an image credit). Matched as whole words.
BOILERPLATE_MARKERS = [
    "Fogel",
    "Witkoff",
    "Abdullah",
    "Guantanamo",
    "Guantánamo",
    "Sudan",
    "Khartoum",
    "Walmart",
    "Athletic Brewing",
    "Fei-Fei",
    "Microsoft",
    "Midjourney",
    "Musk",
    "Modi",
    "Sign up here",
    "Luisa Vieira",
    "Editor’s Note",
    "Editor's Note",
]

# Topics that may legitimately appear in only one briefing.
SINGLE_ARTICLE_TOPICS = {"central-asia", "nuclear-threat"}


def load_briefings() -> dict[str, dict]:
    return {
        path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted(BRIEFINGS_DIR.glob("*.yaml"))
        if not path.name.startswith("_")
    }


BRIEFINGS = load_briefings()


def strings_in(value) -> list[str]:
    """Every string value in a loaded YAML document, recursively."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings_in(item)]
    if isinstance(value, list):
        return [s for item in value for s in strings_in(item)]
    return []


def test_exactly_the_expected_briefings():
    assert set(BRIEFINGS) == EXPECTED_SLUGS


@pytest.mark.parametrize("slug", sorted(EXPECTED_SLUGS))
def test_file_starts_with_schema_line(slug):
    first_line = (BRIEFINGS_DIR / f"{slug}.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first_line == SCHEMA_LINE


@pytest.mark.parametrize("slug", sorted(EXPECTED_SLUGS))
def test_source_text_exists(slug):
    assert (ROOT / BRIEFINGS[slug]["source"]["text"]).is_file()


def test_analysts_have_exact_ids_names_roles_and_affiliations():
    found = {}
    for slug, briefing in BRIEFINGS.items():
        for analyst in briefing.get("analysts", []):
            entry = {key: analyst[key] for key in ("name", "role", "affiliation")}
            assert analyst["id"] not in found, f"{analyst['id']} listed twice ({slug})"
            found[analyst["id"]] = entry
    assert found == EXPECTED_ANALYSTS


@pytest.mark.parametrize("slug", sorted(EXPECTED_SLUGS))
def test_five_to_eight_key_claims(slug):
    assert 5 <= len(BRIEFINGS[slug]["key_claims"]) <= 8


@pytest.mark.parametrize("slug", sorted(EXPECTED_SLUGS))
def test_summary_is_one_to_three_short_paragraphs(slug):
    summary = BRIEFINGS[slug]["summary"]
    # A folded scalar turns each blank line between paragraphs into one newline.
    paragraphs = [line for line in summary.split("\n") if line.strip()]
    assert 1 <= len(paragraphs) <= 3
    assert len(summary) <= 1200


@pytest.mark.parametrize("slug", sorted(EXPECTED_SLUGS))
def test_every_analyst_is_quoted(slug):
    briefing = BRIEFINGS[slug]
    speakers = {quote["speaker"] for quote in briefing.get("quotes", [])}
    unquoted = {a["id"] for a in briefing.get("analysts", [])} - speakers
    assert not unquoted, f"analysts without a quote: {sorted(unquoted)}"


@pytest.mark.parametrize("slug", sorted(EXPECTED_SLUGS))
@pytest.mark.parametrize("marker", BOILERPLATE_MARKERS)
def test_no_boilerplate(slug, marker):
    pattern = re.compile(rf"\b{re.escape(marker)}\b", re.IGNORECASE)
    offending = [s for s in strings_in(BRIEFINGS[slug]) if pattern.search(s)]
    assert not offending, f"{marker!r} found in: {offending}"


def test_topics_connect_briefings():
    uses: dict[str, set[str]] = {}
    for slug, briefing in BRIEFINGS.items():
        for topic in briefing.get("topics", []):
            uses.setdefault(topic, set()).add(slug)
    lonely = {t for t, slugs in uses.items() if len(slugs) < 2} - SINGLE_ARTICLE_TOPICS
    assert not lonely, f"topics used by one briefing only: {sorted(lonely)}"
    assert set(uses) >= SINGLE_ARTICLE_TOPICS, "allow-listed topic no longer used"


def test_intro_is_two_or_three_plain_sentences():
    intro = (BRIEFINGS_DIR / "_intro.md").read_text(encoding="utf-8").strip()
    assert "<" not in intro
    sentences = re.findall(r"[^.!?]+[.!?]+[\"”’']?(?=\s|$)", intro)
    assert 2 <= len(sentences) <= 3


def test_generator_verifies_all_briefings():
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check", "--root", str(ROOT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 briefings OK" in result.stdout
