"""Open data: the CSV and JSON Lines files are valid against their Frictionless data package,
join on stable ids, say what the pages say, and keep a hostile briefing's text as data.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import frictionless
import pytest
from conftest import load_catalog, read_intro
from site_project import FIXTURE
from test_render import HOSTILE_BRIEFING

from generator.pages import formats
from generator.pages.data_tables import LICENCE, TABLES
from generator.pages.site import render_site

SITE = "https://briefings.example.org/"


def write_data(outputs: dict[str, str], folder: Path) -> Path:
    """The data files as the site serves them; returns the data package's path."""
    for path, text in outputs.items():
        if path.startswith("data/"):
            target = folder / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    return folder / "data" / "datapackage.json"


def validate(package: Path) -> frictionless.Report:
    return frictionless.validate(str(package))


def errors(report: frictionless.Report) -> list:
    return report.flatten(["resourcePath", "rowNumber", "fieldName", "type", "note"])


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(FIXTURE)


@pytest.fixture(scope="module")
def outputs(catalog) -> dict[str, str]:
    return render_site(catalog, read_intro(FIXTURE), site_url=SITE)


@pytest.fixture(scope="module")
def package(outputs, tmp_path_factory) -> Path:
    return write_data(outputs, tmp_path_factory.mktemp("open-data"))


def rows(outputs: dict[str, str], table: str, kind: str = "jsonl") -> list[dict]:
    text = outputs[f"data/{table}.{kind}"]
    if kind == "csv":
        return list(csv.DictReader(io.StringIO(text)))
    return [json.loads(line) for line in text.splitlines()]


def test_the_data_package_is_valid_with_every_file_and_key(package):
    report = validate(package)
    assert report.valid, errors(report)
    described = json.loads(package.read_text(encoding="utf-8"))
    names = {resource["name"] for resource in described["resources"]}
    assert names == {t.name for t in TABLES} | {f"{t.name}-jsonl" for t in TABLES}
    assert len(report.tasks) == len(names)  # every file was read against its schema
    assert described["licenses"] == [LICENCE]
    assert described["homepage"] == SITE


def test_a_broken_join_is_caught_by_the_validation(outputs, tmp_path):
    """The check itself: a quote pointing at no briefing fails the foreign key."""
    broken = dict(outputs)
    broken["data/quotes.csv"] = outputs["data/quotes.csv"].replace(
        ",2023-01-10-grain-deal,", ",no-such-briefing,", 1
    )
    report = validate(write_data(broken, tmp_path))
    assert not report.valid
    assert any(error[3] == "foreign-key" for error in errors(report))


def test_the_rows_say_what_the_catalog_says(outputs, catalog):
    briefings = {row["id"]: row for row in rows(outputs, "briefings")}
    assert list(briefings) == [entry.slug for entry in catalog.entries]  # newest first
    port = briefings["2023-03-05-port-opens"]
    assert (port["published"], port["published_latest"]) == ("2023-03-05", "2023-03-08")
    assert port["title_by_editor"] is True and port["text_on_file"] is False
    assert port["page"] == "briefings/2023-03-05-port-opens/"
    quotes = rows(outputs, "quotes")
    assert len(quotes) == sum(len(entry.quotes) for entry in catalog.entries)
    grain = next(q for q in quotes if q["briefing_id"] == "2023-01-10-grain-deal")
    assert grain["id"] == "2023-01-10-grain-deal/quote-1"
    assert (grain["verified"], grain["verdict"], grain["paragraph"]) == (True, "verified in ¶2", 2)
    assert grain["speaker_analyst_id"] == "jane-roe"
    inferred = next(q for q in quotes if q["speaker"] == "A Minister")
    assert inferred["speaker_inferred"] is True and inferred["speaker_analyst_id"] is None
    appearances = rows(outputs, "appearances")
    roe = [(a["briefing_id"], a["role"]) for a in appearances if a["analyst_id"] == "jane-roe"]
    assert sorted(roe) == [
        ("2023-01-10-grain-deal", "trade economist"),
        ("2023-03-05-deal-doubts", "senior fellow"),
    ]
    evidence = rows(outputs, "evidence")
    claims = {c["id"]: c for c in rows(outputs, "claims")}
    for row in evidence:
        assert row["claim_id"] in claims and row["id"].startswith(row["claim_id"] + "/evidence-")
    assert sum(c["evidence_count"] for c in claims.values()) == len(evidence)


def test_csv_and_json_lines_hold_the_same_rows(outputs):
    for table in TABLES:
        from_csv = rows(outputs, table.name, "csv")
        from_jsonl = rows(outputs, table.name)
        assert [r["id"] if "id" in r else r["briefing_id"] for r in from_csv] == [
            r["id"] if "id" in r else r["briefing_id"] for r in from_jsonl
        ], table.name
        assert list(from_csv[0]) == [field.name for field in table.fields]


def test_a_hostile_briefing_stays_data_and_its_package_stays_valid(tmp_path):
    root = tmp_path / "project"
    (root / "briefings").mkdir(parents=True)
    evil = HOSTILE_BRIEFING.replace(
        "quotes:\n", "quotes:\n  - text: \"=HYPERLINK(\\\"https://evil.example\\\")\"\n"
        "    speaker: \"@mention\"\n  - text: \"-2+3\"\n    speaker: \"+cmd\"\n", 1
    )
    (root / "briefings" / "evil.yaml").write_text(evil, encoding="utf-8")
    catalog = load_catalog(root)
    outputs = render_site(catalog, site_url=SITE)
    report = validate(write_data(outputs, tmp_path / "site"))
    assert report.valid, errors(report)
    (entry,) = catalog.entries
    (briefing,) = rows(outputs, "briefings")
    assert briefing["title"] == formats.one_line(entry.briefing.title)  # the words, as text
    assert "<script>alert(1)</script>" in briefing["title"] and "&lt;" not in briefing["title"]
    quotes_csv = rows(outputs, "quotes", "csv")
    quotes_jsonl = rows(outputs, "quotes")
    assert quotes_jsonl[0]["text"] == '=HYPERLINK("https://evil.example")'
    assert quotes_csv[0]["text"] == "'" + quotes_jsonl[0]["text"]  # no formula in a spreadsheet
    assert quotes_csv[0]["speaker"] == "'@mention"
    assert (quotes_csv[1]["text"], quotes_csv[1]["speaker"]) == ("'-2+3", "'+cmd")
    for table in TABLES:
        for row in rows(outputs, table.name, "csv"):
            for value in row.values():
                assert not value.startswith(formats.FORMULA_STARTS), (table.name, value)


def test_the_data_page_links_every_file_and_says_the_licence(outputs):
    page = outputs["data.md"]
    for table in TABLES:
        assert f"(data/{table.name}.csv)" in page and f"(data/{table.name}.jsonl)" in page
    assert "(data/datapackage.json)" in page
    assert f"]({LICENCE['path']})" in page
    assert "(how-we-verify.md)" in page
