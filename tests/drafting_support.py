"""What the attribution tests read from a made-up article: the drafting engine's quotes with
their speakers, and its analysts with role and affiliation (one place, so that the tests of
each failure class read the engine the same way)."""

from __future__ import annotations

import textwrap

from generator.drafting.extract import Extraction, extract


def read(text: str) -> Extraction:
    return extract(textwrap.dedent(text))


def pairs(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker_name) for q in read(text).quotes]


def analysts(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.name, a.role, a.affiliation) for a in read(text).analysts]
