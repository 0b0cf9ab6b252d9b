"""The editor's story files: their contract (models) and their reading into models or problems.

A project tells its story in two small files beside the briefings, read like
briefings (`load.load_document`: plain YAML only, positions kept) and
validated as strictly (unknown keys with a suggestion, no coercion,
`file:line:column`):

- `briefings/_story.yaml`: the story's title and lede, and its key events;
- `briefings/_topics.yaml`: a title and a one-paragraph description per topic
  slug, so that readers see words, not slugs.

Both are optional: a project without them is titled "Briefings" and shows its
topics' slugs as plain words. Checking them against the briefings (unknown
topics, an event's excerpt) is `story.check_story`'s part.
"""

from __future__ import annotations

import difflib
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, Field, StringConstraints, ValidationError
from pydantic import model_validator as after

from .load import Document, InvalidScalar, Loc, load_document
from .models import Day, Slug, Strict, Text, Title, editor_paragraphs, is_slug
from .problems import Position, Problem, Problems
from .validate import field_name

LEDE_MAX = 600
DESCRIPTION_MAX = 1000
ORDER_MAX = 10_000
DEFAULT_TITLE = "Briefings"


def _one_paragraph(text: str) -> str:
    if not text.strip():
        raise ValueError("must not be empty or only spaces")
    if len(editor_paragraphs(text)) > 1:
        raise ValueError("must be one paragraph")
    return text


def _paragraph(limit: int):
    return Annotated[
        str, StringConstraints(min_length=1, max_length=limit), AfterValidator(_one_paragraph)
    ]


class Topic(Strict):
    """A topic as readers meet it: chips, headings, tab titles, indexes, search filters."""

    title: Title
    description: _paragraph(DESCRIPTION_MAX) = Field(  # type: ignore[valid-type]
        description="One paragraph: what the topic covers, in the editor's words."
    )
    order: Annotated[int, Field(ge=0, le=ORDER_MAX)] | None = Field(
        None, description="Lower comes first in lists of topics; unordered topics follow by title."
    )


class Event(Strict):
    """A dated key event of the story, stated by the article of one briefing."""

    date: Day
    until: Day | None = Field(None, description="The last day of an event lasting several days.")
    title: Title = Field(description="What happened, in the editor's words.")
    briefing: Slug = Field(description="The briefing whose article states it (its file's stem).")
    excerpt: Text = Field(description="The article's words stating it, verified like evidence.")

    @after(mode="after")
    def _in_order(self) -> Event:
        if self.until is not None and self.until <= self.date:
            raise ValueError("until must be after date")
        return self


class StoryFile(Strict):
    title: Title = Field(description="The story's title: the home page's heading.")
    lede: _paragraph(LEDE_MAX) = Field(  # type: ignore[valid-type]
        description="One paragraph under the title: the story in a few sentences."
    )
    events: list[Event] = Field(default_factory=list)


def topics_json_schema() -> dict[str, Any]:
    """The topics file is a mapping from slug to topic, which no model expresses by itself."""
    topic = Topic.model_json_schema()
    return {
        "type": "object",
        "propertyNames": {"pattern": Slug.__metadata__[0].pattern},
        "additionalProperties": {"$ref": "#/$defs/Topic"},
        "$defs": {"Topic": topic},
    }


# -- reading a file into models, or problems -------------------------------------------------


def read_story(path: Path, root: Path) -> tuple[StoryFile | None, Document | None, Problems]:
    document, problems = _load(path, root)
    if document is None:
        return None, None, problems
    if not isinstance(document.data, dict):
        problems.add(document.position(()), "expected a mapping with title, lede and events")
        return None, document, problems
    try:
        return StoryFile.model_validate(document.data), document, problems
    except ValidationError as error:
        return None, document, problems.extend(_explain(error, document, (), StoryFile))


def read_topics(path: Path, root: Path) -> tuple[dict[str, Topic], Document | None, Problems]:
    """Every topic that validates (a broken one is reported and left out)."""
    document, problems = _load(path, root)
    topics: dict[str, Topic] = {}
    if document is None:
        return topics, None, problems
    if not isinstance(document.data, dict):
        problems.add(document.position(()), "expected a mapping from topic slugs to topics",
                     "e.g. china-russia: {title: China–Russia relations, description: ...}")
        return topics, document, problems
    for key, value in document.data.items():
        if not is_slug(key):
            problems.add(document.key_position((key,)), f"{key!r} is not a valid topic slug",
                         "use lower-case letters, digits and single hyphens, e.g. china-russia")
            continue
        try:
            topics[key] = Topic.model_validate(value)
        except ValidationError as error:
            problems.extend(_explain(error, document, (key,), Topic))
    return topics, document, problems


def _load(path: Path, root: Path) -> tuple[Document | None, Problems]:
    """`load_document` without the briefing-only rule that a file's stem is a slug."""
    document, found = load_document(path, root)
    # A file with only comments, or nothing yet, is an empty one: no problem.
    skipped = (f"file name {path.name!r} ", "file is empty")
    return document, Problems([p for p in found if not p.message.startswith(skipped)])


def _explain(error: ValidationError, document: Document, prefix: Loc,
             model: type[BaseModel]) -> list[Problem]:
    found = []
    for item in error.errors(include_url=False):
        loc: Loc = (*prefix, *item["loc"])
        value = item.get("input")
        if isinstance(value, InvalidScalar):
            continue  # load has reported it where it is
        found.append(_problem(item, loc, value, document, model, len(prefix)))
    return found


_TYPES = {
    "string_type": "text",
    "int_type": "a whole number",
    "date_type": "a date (YYYY-MM-DD)",
    "list_type": "a list",
    "model_type": "a mapping of keys",
    "dict_type": "a mapping of keys",
}


def _problem(item: dict, loc: Loc, value: object, document: Document,
             model: type[BaseModel], skip: int) -> Problem:
    kind, field = item["type"], field_name(loc[skip:]) or "the file"
    where = document.position(loc)
    if kind == "missing":
        return Problem(document.position(loc[:-1]), f"missing required field {field!r}")
    if kind == "extra_forbidden":
        known = _known_keys(model, loc[skip:-1])
        close = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.5)
        hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(known)}"
        return Problem(document.key_position(loc), f"unknown key {loc[-1]!r}", hint)
    if kind in _TYPES or kind.endswith("_type"):
        raw = document.raw.get(loc)
        got = _described(value)
        hint = f'quote it: "{raw}"' if kind == "string_type" and raw else None
        if kind == "date_type" and isinstance(value, str):
            hint = "write the date as YYYY-MM-DD, e.g. 2022-02-04"
        expected = _TYPES.get(kind, kind.removesuffix("_type"))
        return Problem(where, f"{field}: expected {expected}, but YAML read {got}", hint)
    if kind == "string_pattern_mismatch":
        return Problem(where, f"{field}: {value!r} is not a valid slug",
                       "use the briefing's file name without .yaml")
    if kind == "string_too_long":
        limit = item.get("ctx", {}).get("max_length")
        size = len(str(value))
        return Problem(where, f"{field} is too long ({size} characters, at most {limit})")
    if kind == "string_too_short":
        return Problem(where, f"{field} must not be empty")
    return Problem(where, f"{field}: {item['msg'].removeprefix('Value error, ')}")


def _known_keys(model: type[BaseModel], parent: Loc) -> list[str]:
    for part in parent:
        if isinstance(part, int):
            continue
        annotation = model.model_fields[str(part)].annotation
        inner = getattr(annotation, "__args__", (annotation,))[0]
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            model = inner
    return list(model.model_fields)


def _described(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, date):
        return "a date"
    if value is None:
        return "nothing (null)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "text"


def position_of(document: Document | None, path: str, loc: Loc) -> Position:
    return document.position(loc) if document else Position(path)
