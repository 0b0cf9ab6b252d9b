"""The JSON Schema editors' tools use: generated from the models, committed, current.

jsonschema is not a dependency, so a small validator below covers the keywords
the generated schema uses; it is enough to prove that the schema accepts the
real briefings and refuses the typical mistakes.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from generator.engine.load import load_document
from generator.engine.models import Analyst, Briefing, KeyClaim, Quote, Source
from generator.schema import MODELINE, SCHEMA_PATH, schema_text

ROOT = Path(__file__).resolve().parent.parent
# Briefings only: the story files (`_story.yaml`, `_topics.yaml`) have schemas of their own.
BRIEFINGS = sorted(p for p in (ROOT / "briefings").glob("*.yaml") if not p.name.startswith("_"))
SCHEMA = json.loads(schema_text())
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "core"


def test_the_committed_schema_is_current():
    committed = (ROOT / SCHEMA_PATH).read_text(encoding="utf-8")
    assert committed == schema_text(), "schema is stale: run `briefings schema`"


def test_the_schema_is_deterministic_json():
    assert schema_text() == schema_text()
    assert schema_text().endswith("}\n")
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["title"] == "Briefing"


def test_there_are_real_briefings():
    assert BRIEFINGS


@pytest.mark.parametrize("path", BRIEFINGS, ids=lambda p: p.name)
def test_every_briefing_starts_with_the_schema_modeline(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == MODELINE == "# yaml-language-server: $schema=../schema/briefing.schema.json"
    target = (path.parent / first.split("$schema=", 1)[1]).resolve()
    assert target == (ROOT / SCHEMA_PATH).resolve()


def test_the_fixtures_start_with_the_modeline_too():
    assert (FIXTURES / "valid.yaml").read_text(encoding="utf-8").startswith(MODELINE + "\n")


# -- structure ------------------------------------------------------------------------------


def objects(schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {"Briefing": schema, **schema["$defs"]}


def test_every_object_refuses_unknown_keys():
    for name, definition in objects(SCHEMA).items():
        assert definition["type"] == "object", name
        assert definition["additionalProperties"] is False, name


@pytest.mark.parametrize(
    ("name", "model", "required"),
    [
        ("Briefing", Briefing, ["title", "source", "summary", "key_claims"]),
        ("Source", Source, ["outlet", "published"]),
        ("Analyst", Analyst, ["name"]),
        ("KeyClaim", KeyClaim, ["claim"]),
        ("Quote", Quote, ["text", "speaker"]),
    ],
)
def test_the_schema_has_the_contract_fields_and_required_keys(name, model, required):
    definition = objects(SCHEMA)[name]
    assert definition["required"] == required
    assert list(definition["properties"]) == list(model.model_fields)


def test_the_contract_fields_are_all_there():
    props = SCHEMA["properties"]
    assert list(props) == [
        "title",
        "title_by_editor",
        "source",
        "summary",
        "topics",
        "analysts",
        "key_claims",
        "quotes",
    ]
    assert list(SCHEMA["$defs"]["Source"]["properties"]) == [
        "outlet",
        "published",
        "published_latest",
        "url",
        "authors",
        "text",
    ]
    assert list(SCHEMA["$defs"]["Analyst"]["properties"]) == [
        "name",
        "id",
        "role",
        "affiliation",
    ]
    assert props["title"]["maxLength"] == 200
    assert props["key_claims"]["minItems"] == 1
    assert props["topics"]["items"]["pattern"] == "^[a-z0-9]+(-[a-z0-9]+)*$"
    assert SCHEMA["$defs"]["Source"]["properties"]["published"]["format"] == "date"


# -- a small validator, for the keywords the schema uses ------------------------------------


def errors(instance: Any, schema: dict[str, Any], where: str = "") -> list[str]:
    if "$ref" in schema:
        return errors(instance, SCHEMA["$defs"][schema["$ref"].rsplit("/", 1)[1]], where)
    if "anyOf" in schema:
        options = [errors(instance, option, where) for option in schema["anyOf"]]
        return [] if any(not found for found in options) else min(options, key=len)
    kinds = {
        "object": dict,
        "array": list,
        "string": str,
        "null": type(None),
        "boolean": bool,
        "integer": int,
        "number": int | float,
    }
    expected = schema.get("type")
    if expected and (
        not isinstance(instance, kinds[expected])
        or (expected in ("integer", "number") and isinstance(instance, bool))
    ):
        return [f"{where}: not {expected}"]
    found: list[str] = []
    if isinstance(instance, dict):
        properties = schema.get("properties", {})
        found += [
            f"{where}.{key}: missing" for key in schema.get("required", []) if key not in instance
        ]
        for key, value in instance.items():
            if key in properties:
                found += errors(value, properties[key], f"{where}.{key}")
            elif schema.get("additionalProperties") is False:
                found.append(f"{where}.{key}: not allowed")
    if isinstance(instance, list):
        if len(instance) < schema.get("minItems", 0):
            found.append(f"{where}: too few items")
        for index, item in enumerate(instance):
            found += errors(item, schema.get("items", {}), f"{where}[{index}]")
    if isinstance(instance, str):
        if not schema.get("minLength", 0) <= len(instance) <= schema.get("maxLength", 10**9):
            found.append(f"{where}: bad length")
        if "pattern" in schema and not re.search(schema["pattern"], instance):
            found.append(f"{where}: does not match {schema['pattern']}")
        if schema.get("format") == "date":
            try:
                date.fromisoformat(instance)
            except ValueError:
                found.append(f"{where}: not a date")
    return found


def as_json(value: Any) -> Any:
    """What an editor's YAML plugin hands the schema (YAML 1.2 reads dates as text)."""
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def data_of(path: Path) -> Any:
    document, problems = load_document(path, path.parent.parent)
    assert list(problems) == []
    return as_json(document.data)


@pytest.mark.parametrize("path", BRIEFINGS, ids=lambda p: p.name)
def test_the_schema_accepts_every_real_briefing(path):
    assert errors(data_of(path), SCHEMA) == []


def test_the_schema_accepts_the_valid_fixture():
    assert errors(data_of(FIXTURES / "valid.yaml"), SCHEMA) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.pop("title"), [".title: missing"]),
        (lambda d: d.update(sumary="x"), [".sumary: not allowed"]),
        (lambda d: d["source"].update(outlet=False), [".source.outlet: not string"]),
        (
            lambda d: d["source"].update(url="javascript:alert(1)"),
            [".source.url: does not match ^[Hh][Tt][Tt][Pp][Ss]?://"],
        ),
        (lambda d: d["source"].update(published="2022-02-30"), [".source.published: not a date"]),
        (
            lambda d: d.update(topics=["Bad_Topic"]),
            [".topics[0]: does not match ^[a-z0-9]+(-[a-z0-9]+)*$"],
        ),
        (lambda d: d.update(key_claims=[]), [".key_claims: too few items"]),
        (
            lambda d: d["analysts"][0].update(affilation="x"),
            [".analysts[0].affilation: not allowed"],
        ),
        (lambda d: d.update(title="t" * 201), [".title: bad length"]),
    ],
)
def test_the_schema_refuses_typical_mistakes(change, expected):
    data = data_of(FIXTURES / "valid.yaml")
    change(data)
    assert errors(data, SCHEMA) == expected
