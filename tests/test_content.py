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
        "affiliation": "Ohio’s Wittenberg University",
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
SINGLE_ARTICLE_TOPICS = {"beijing-olympics", "central-asia", "nuclear-threat"}


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
def test_five_to_twelve_key_claims(slug):
    assert 5 <= len(BRIEFINGS[slug]["key_claims"]) <= 12


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


# -- the corrections of issue 12: each fault found on review, and its fix ----------------

FEB, GZERO, SEPT = sorted(EXPECTED_SLUGS)


def claims_by(slug: str, who: str | None) -> list[dict]:
    return [c for c in BRIEFINGS[slug]["key_claims"] if c.get("by") == who]


def claim_with(slug: str, evidence: str) -> dict:
    (found,) = [
        c for c in BRIEFINGS[slug]["key_claims"] if any(evidence in e for e in c["evidence"])
    ]
    return found


def test_faltering_is_cnns_word_and_is_never_credited_to_putin():
    (putin,) = claims_by(SEPT, "Vladimir Putin")
    assert not any("faltering" in text for text in [putin["claim"], *putin["evidence"]])
    quote = next(q for q in BRIEFINGS[SEPT]["quotes"] if q["text"] == "questions and concerns")
    assert "faltering" not in quote["context"]


def test_the_limits_of_chinas_backing_are_tied_to_putins_concession_not_the_mood():
    nod = claim_with(SEPT, "a subtle nod to the limits of China’s backing")
    mood = claim_with(SEPT, "the mood was noticeably different")
    assert nod is not mood
    assert "concession" in nod["claim"] and "limits of China" not in mood["claim"]
    assert "by" not in nod  # CNN's reading, not Putin's


def test_shi_yinhongs_hedge_somewhat_is_kept():
    assert "somewhat" in BRIEFINGS[SEPT]["summary"]
    (shi,) = [c for c in claims_by(SEPT, "shi-yinhong") if "choice" in c["claim"]]
    assert "somewhat" in shi["claim"]


def test_the_september_date_is_the_range_the_text_supports_and_the_title_is_the_editors():
    source = BRIEFINGS[SEPT]["source"]
    assert (str(source["published"]), str(source["published_latest"])) == (
        "2022-09-21", "2022-09-25"
    )
    assert BRIEFINGS[SEPT]["title_by_editor"] is True
    assert "beijing-olympics" not in BRIEFINGS[SEPT]["topics"]


def test_only_wynes_own_words_are_credited_to_wyne():
    for claim in claims_by(GZERO, "ali-wyne"):
        for evidence in claim["evidence"]:
            assert "Wyne" in evidence or evidence in {
                "China is wary of throwing Russia under the bus",
                "Obviously, the war hasn't gone the way that Russia intended or the way "
                "that China expected",
            }, evidence
    writer = claim_with(GZERO, "out of anxiety, not confidence")
    assert "by" not in writer
    assert "by" not in claim_with(GZERO, "no on other major powers to turn to")
    taiwan = claim_with(GZERO, "boxed himself in with Taiwan")
    assert taiwan["by"] == "ali-wyne" and "rigidity" not in taiwan["claim"]


def test_the_gzero_summary_credits_wyne_only_with_his_point():
    summary = " ".join(BRIEFINGS[GZERO]["summary"].split())
    sentence = next(s for s in summary.split(". ") if "no other major power" in s)
    assert "Wyne" not in sentence


def test_that_scares_china_is_marked_as_an_inferred_attribution():
    quote = next(q for q in BRIEFINGS[GZERO]["quotes"] if q["text"] == "That scares China")
    assert quote["speaker_inferred"] is True


def test_gzero_adds_central_asia_cooling_and_putins_other_pressures():
    cold_feet = claim_with(GZERO, "getting cold feet about dealing with Moscow")
    assert cold_feet["by"] == "ali-wyne"
    assert "G7" in claim_with(GZERO, "bracing for a G7 cap")["claim"]
    assert "pushback" in BRIEFINGS[GZERO]["summary"]


def test_yu_bin_has_one_post_and_kireevas_hedge_is_kept():
    yu = next(a for a in BRIEFINGS[FEB]["analysts"] if a["id"] == "yu-bin")
    assert " and a senior fellow" not in yu["affiliation"]
    (kireeva,) = claims_by(FEB, "anna-kireeva")
    assert "likely" in kireeva["claim"]


def test_the_february_briefing_adds_the_articles_central_question_and_missing_points():
    georgia = claim_with(FEB, "when Russia invaded a different former Soviet state, Georgia")
    assert "Crimea" in georgia["claim"] and "Sochi" in georgia["claim"]
    reliance = claim_with(FEB, "increasing Moscow’s economic reliance on China")
    assert "sanctions" in reliance["claim"]
    briefing = claim_with(FEB, "Putin will brief his Chinese counterpart")
    assert "NATO" in briefing["claim"]
