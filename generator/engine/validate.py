"""Turn a loaded document into a `Briefing`, or into problems an editor can act on.

pydantic finds what is wrong; this module says it in the editor's terms, at the
YAML position of the value (or of the key, for an unknown key; or of the parent
mapping, for a missing one).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import BaseModel, ValidationError

from .inputs import ARTICLE_MAX_BYTES, refusal
from .load import Document, InvalidScalar, Loc
from .models import INVISIBLE, Briefing
from .problems import Problem, Problems, Severity

_PLACEHOLDER = re.compile(r"\bTODO\b")


def placeholder_warnings(document: Document, briefing: Briefing) -> Problems:
    """A `TODO:` left by `briefings new` is valid YAML but not yet journalism.

    A warning, not an error: `briefings check` passes on a fresh draft, while
    `mkdocs build --strict` (make site) refuses to publish it.
    """
    fields: list[tuple[Loc, str | None]] = [(("title",), briefing.title)]
    fields.append((("summary",), briefing.summary))
    fields += [(("key_claims", i, "claim"), c.claim) for i, c in enumerate(briefing.key_claims)]
    fields += [(("quotes", i, "context"), q.context) for i, q in enumerate(briefing.quotes)]
    return Problems(
        [
            Problem(
                document.position(loc),
                f"{field_name(loc)} still holds a TODO placeholder",
                "replace it with your own words before publishing",
                Severity.WARNING,
            )
            for loc, text in fields
            if text and _PLACEHOLDER.search(text)
        ]
    )


def validate_model(document: Document) -> tuple[Briefing | None, Problems]:
    """The fields only: types, required keys, lengths, slugs, URLs."""
    invisible = invisible_warnings(document)
    try:
        briefing = Briefing.model_validate(document.data)
    except ValidationError as error:
        found = (_explain(item, document) for item in error.errors(include_url=False))
        return None, invisible.extend(p for p in found if p is not None)
    return briefing, invisible.extend(placeholder_warnings(document, briefing))


def invisible_warnings(document: Document) -> Problems:
    """Text with bidirectional controls or zero-width characters, said where it is.

    They can make a quote read differently from what it says (or hide words);
    pages drop them, and a strict build refuses until they are deleted.
    """
    problems = Problems()
    for loc, text in _strings(document.data, ()):
        found = INVISIBLE.search(text)
        if found:
            char = found.group()
            name = unicodedata.name(char, f"U+{ord(char):04X}")
            problems.warn(
                document.position(loc),
                f"{field_name(loc) or 'a value'} contains an invisible character "
                f"(U+{ord(char):04X} {name}); pages show the text without it",
                "delete it: it is usually pasted in by accident",
            )
    return problems


def _strings(value: Any, loc: Loc) -> list[tuple[Loc, str]]:
    if isinstance(value, str):
        return [(loc, value)]
    if isinstance(value, dict):
        return [item for key, sub in value.items() for item in _strings(sub, (*loc, key))]
    if isinstance(value, list):
        return [item for i, sub in enumerate(value) for item in _strings(sub, (*loc, i))]
    return []


def source_text_of(document: Document) -> str | None:
    """`source.text` from the raw data, when it is text at all."""
    source = document.data.get("source") if isinstance(document.data, dict) else None
    text = source.get("text") if isinstance(source, dict) else None
    return text if isinstance(text, str) and text.strip() else None


def check_source_text(document: Document, root: Path) -> Problems:
    """`source.text` must be a file inside the project: no absolute paths, no `..`."""
    text = source_text_of(document)
    problem = None if text is None else _source_text_problem(document, root, text)
    return Problems([problem] if problem else [])


def _source_text_problem(document: Document, root: Path, text: str) -> Problem | None:
    where = document.position(("source", "text"))
    relative = PurePosixPath(text.replace("\\", "/"))
    if not relative.parts or relative.name in ("", ".", ".."):
        return Problem(where, f"source.text {text!r} must name the article's file",
                       "e.g. seeds/000_65ba11957278d949.txt")
    if relative.is_absolute() or text.startswith(("/", "\\")) or ":" in relative.parts[0]:
        return Problem(where, f"source.text {text!r} must be relative to the project root",
                        "e.g. seeds/000_65ba11957278d949.txt")
    if ".." in relative.parts:
        return Problem(where, f"source.text {text!r} must stay inside the project (no '..')")
    if "\0" in text:
        return Problem(where, f"source.text {text!r}: no such file in the project")
    target = root / relative
    try:
        inside = target.resolve().is_relative_to(root.resolve())
        is_file = target.is_file()
    except OSError:
        inside = is_file = False
    if not inside:
        return Problem(where, f"source.text {text!r} points outside the project")
    if not is_file and not target.exists():
        return Problem(where, f"source.text {text!r}: no such file in the project")
    reason = refusal(target, root, ARTICLE_MAX_BYTES)
    if reason:
        return Problem(where, f"source.text {text!r} is not read: {reason}")
    return None


def _explain(error: dict[str, Any], document: Document) -> Problem | None:
    loc: Loc = tuple(error["loc"])
    kind = error["type"]
    value = error.get("input")
    field = field_name(loc) or "the file"
    if kind == "missing":
        return Problem(document.position(loc[:-1]), f"missing required field {field!r}")
    if kind == "extra_forbidden":
        return _unknown_key(loc, document)
    if isinstance(value, InvalidScalar):
        return None  # load has said what is wrong with it, at this very place
    where = document.position(loc)
    if kind.endswith("_type"):
        return _wrong_type(kind, loc, value, document)
    if kind == "string_pattern_mismatch":
        return Problem(
            where,
            f"{field}: {value!r} is not a valid slug",
            "use lower-case letters, digits and single hyphens, e.g. china-russia",
        )
    if kind == "string_too_short":
        return Problem(where, f"{field} must not be empty")
    if kind == "string_too_long":
        limit = error.get("ctx", {}).get("max_length")
        return Problem(where, f"{field} is too long ({len(value)} characters, at most {limit})")
    if kind == "too_short":
        return Problem(where, f"{field} needs at least one entry")
    message = error["msg"].removeprefix("Value error, ")
    return Problem(where, f"{field}: {message}")


def field_name(loc: Loc) -> str:
    """`quotes.text` rather than `quotes.3.text`: the line number says which one."""
    return ".".join(str(part) for part in loc if not isinstance(part, int))


def _unknown_key(loc: Loc, document: Document) -> Problem:
    key = str(loc[-1])
    known = _known_keys(loc[:-1])
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.5)
    hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(known)}"
    return Problem(document.key_position(loc), f"unknown key {key!r}", hint)


def _known_keys(parent: Loc) -> list[str]:
    """The field names allowed in the mapping at `parent`, by walking the models."""
    model: type[BaseModel] = Briefing
    for part in parent:
        if isinstance(part, int):
            continue
        annotation = model.model_fields[str(part)].annotation
        inner = getattr(annotation, "__args__", (annotation,))[0]
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            model = inner
    return list(model.model_fields)


_TYPE_NAMES = {
    "string_type": "text",
    "bool_type": "a boolean (true or false)",
    "date_type": "a date (YYYY-MM-DD)",
    "list_type": "a list",
    "model_type": "a mapping of keys",
    "dict_type": "a mapping of keys",
}


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, datetime):
        return "a date and time"
    if isinstance(value, date):
        return "a date"
    if value is None:
        return "nothing (null)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "text"


def _wrong_type(kind: str, loc: Loc, value: Any, document: Document) -> Problem:
    field = field_name(loc) or "the file"
    expected = _TYPE_NAMES.get(kind, kind.removesuffix("_type"))
    message = f"{field}: expected {expected}, but YAML read {_describe(value)}"
    raw = document.raw.get(loc)
    hint = None
    if kind == "string_type" and raw and value is not None:
        if isinstance(value, bool):
            message += f" ({raw} means {str(value).lower()} in YAML)"
        hint = f'quote it: "{raw}"'
    elif kind == "date_type" and isinstance(value, str):
        hint = "write the date as YYYY-MM-DD, e.g. 2022-02-03"
    elif kind == "date_type" and isinstance(value, datetime):
        hint = "give the date only, without a time"
    return Problem(document.position(loc), message, hint)
