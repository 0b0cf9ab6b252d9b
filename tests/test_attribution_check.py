"""`check` asks who said it: a caption, the writer's narration and a quote moved to another
person are warnings; correct credits and attributions marked as inferred are not."""

from __future__ import annotations

import textwrap
from pathlib import Path

from generator.engine.attribution import check_attribution, same_person
from generator.engine.check import check_file
from generator.engine.load import load_document
from generator.engine.models import Briefing
from generator.engine.verify import Verdict, Verdicts, evidence_loc, quote_loc

ARTICLE = """\
Leaders meet as tensions rise

President Xi Jinping (L) says “welcome to Beijing” to guests at a banquet.

Westland President Karl Ostrow arrived in Beijing on Tuesday for two days of talks.

“We share a vision of a fairer world order,” Ostrow said at the airport.

Trade between the two countries has doubled in five years, and both sides want more.

“Ostrow needs the money more than Xi needs the friendship,” said Ana Ruiz, a senior fellow
at the Example Institute. Ruiz said the summit would be “mostly symbolic.”
"""

BRIEFING = """\
title: Leaders meet
source:
  outlet: Example News
  published: 2024-01-02
  text: seeds/article.txt
summary: The leaders meet.
analysts:
  - name: Ana Ruiz
    id: ana-ruiz
key_claims:
  - claim: Trade has doubled.
    by: {by}
    evidence:
      - "Trade between the two countries has doubled in five years"
  - claim: The summit will be symbolic.
    by: ana-ruiz
    evidence:
      - "Ruiz said the summit would be"
quotes:
  - text: "welcome to Beijing"
    speaker: {caption}
  - text: "We share a vision of a fairer world order"
    speaker: {moved}
  - text: "Ostrow needs the money more than Xi needs the friendship"
    speaker: ana-ruiz
  - text: "mostly symbolic"
    speaker: Ruiz
"""


def project(tmp_path: Path, **fields: str) -> tuple[Path, Path]:
    values = {"by": "ana-ruiz", "caption": "Xi Jinping", "moved": "Ana Ruiz"} | fields
    (tmp_path / "seeds").mkdir()
    (tmp_path / "briefings").mkdir()
    (tmp_path / "seeds" / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "briefings" / "leaders-meet.yaml"
    path.write_text(BRIEFING.format(**values), encoding="utf-8")
    return tmp_path, path


def place(words: str) -> tuple[int, int]:
    start = ARTICLE.index(words)
    return start, start + len(words)


def verdicts() -> Verdicts:
    """Verdicts as the verifier gives them; the caption one is made by hand, since the
    verifier itself refuses words found only in a caption."""
    found = {
        quote_loc(0): Verdict(True, None, where=place("welcome to Beijing")),
        quote_loc(1): Verdict(True, 2, where=place("We share a vision of a fairer world order")),
        quote_loc(2): Verdict(True, 4, where=place("Ostrow needs the money")),
        quote_loc(3): Verdict(True, 4, where=place("mostly symbolic")),
        evidence_loc(0, 0): Verdict(True, 3, where=place("Trade between the two countries")),
        evidence_loc(1, 0): Verdict(True, 4, where=place("Ruiz said the summit would be")),
    }
    return Verdicts(found)


def warnings(tmp_path: Path, **fields: str) -> list[str]:
    root, path = project(tmp_path, **fields)
    document, problems = load_document(path, root)
    assert document is not None and not problems.errors
    briefing = Briefing.model_validate(document.data)
    found = check_attribution(document, briefing, ARTICLE, verdicts())
    assert not found.errors  # attribution never stops a build on its own
    return [f"{p.position.line}: {p.message}" for p in found]


def test_caption_narration_and_moved_quote_are_flagged(tmp_path: Path) -> None:
    assert warnings(tmp_path) == [
        "12: the article does not credit this claim's evidence to Ana Ruiz: it credits nobody: "
        "they are the writer's narration",
        "21: the article does not credit these words to anyone: they are a photo caption",
        "23: quote credited to Karl Ostrow in the article, not to Ana Ruiz",
    ]


def test_correct_credits_are_not_flagged(tmp_path: Path) -> None:
    """Only the caption is left: the moved quote is Ostrow's again ("Ostrow" alone is his
    name), and reported speech ("Ruiz said the summit ...") credits the second claim."""
    assert warnings(tmp_path, by="Karl Ostrow", moved="Ostrow") == [
        "12: the article does not credit this claim's evidence to Karl Ostrow: it credits "
        "nobody: they are the writer's narration",
        "21: the article does not credit these words to anyone: they are a photo caption",
    ]


def test_inferred_attributions_are_not_flagged(tmp_path: Path) -> None:
    text = BRIEFING.replace("    by: {by}\n", "    by: {by}\n    by_inferred: true\n").replace(
        "    speaker: {caption}\n", "    speaker: {caption}\n    speaker_inferred: true\n"
    ).replace("    speaker: {moved}\n", "    speaker: {moved}\n    speaker_inferred: true\n")
    root, path = project(tmp_path)
    path.write_text(
        text.format(by="ana-ruiz", caption="Xi Jinping", moved="Ana Ruiz"), encoding="utf-8"
    )
    document, _ = load_document(path, root)
    briefing = Briefing.model_validate(document.data)
    assert not list(check_attribution(document, briefing, ARTICLE, verdicts()))


def test_check_file_reports_a_moved_quote(tmp_path: Path) -> None:
    """End to end: the verifier's own verdicts, the article read from the seed once."""
    article = ARTICLE.replace(
        "President Xi Jinping (L) says “welcome to Beijing” to guests at a banquet.\n\n", ""
    )
    root, path = project(tmp_path)
    (root / "seeds" / "article.txt").write_text(article, encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('  - text: "welcome to Beijing"\n    speaker: Xi Jinping\n', ""))
    checked = check_file(path, root)
    assert not checked.problems.errors, [p.format() for p in checked.problems]
    messages = [p.message for p in checked.problems.warnings]
    assert "quote credited to Karl Ostrow in the article, not to Ana Ruiz" in messages
    assert not any("mostly symbolic" in m or "Ostrow needs" in m for m in messages)


def test_names_match_by_surname_and_joint_speakers() -> None:
    assert same_person("Putin", "Vladimir Putin")
    assert same_person("Vladimir V. Putin", "Putin")
    assert same_person("Prof Shi", "Shi Yinhong")
    assert not same_person("Jane Doe", "John Doe")


def test_a_quote_the_article_attributes_by_pronoun_passes(tmp_path: Path) -> None:
    article = textwrap.dedent("""\
        Ana Ruiz, a senior fellow at the Example Institute, was blunt.

        “Nobody will blink first,” she said.
        """)
    briefing = textwrap.dedent("""\
        title: T
        source: {outlet: X, published: 2024-01-02, text: seeds/article.txt}
        summary: S.
        key_claims: [{claim: C.}]
        quotes:
          - text: "Nobody will blink first"
            speaker: Ana Ruiz
        """)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "briefings").mkdir()
    (tmp_path / "seeds" / "article.txt").write_text(article, encoding="utf-8")
    path = tmp_path / "briefings" / "t.yaml"
    path.write_text(briefing, encoding="utf-8")
    checked = check_file(path, tmp_path)
    assert not list(checked.problems), [p.format() for p in checked.problems]


QUICK = textwrap.dedent("""\
    Talks resume

    “We are close,” said Dan O'Reilly, a mediator. “But not there,” said Ana Ruiz.

    “Prices will fall,” Karl Ostrow, the finance minister, told reporters.

    “It is over,” said “Doc” Ivo Brandt, a former boxer.

    Ruiz said the summit would be “mostly symbolic,” she added.
    """)


def test_the_quick_look_agrees_with_the_full_reading() -> None:
    """Where the quick look names a speaker, it is the one the full reading credits."""
    from generator.drafting.extract import extract
    from generator.drafting.quick import glance
    from generator.engine.article import read_article

    reading, article = extract(QUICK), read_article(QUICK)
    named = 0
    for quote in reading.quotes:
        seen = glance(QUICK, article, quote.where)
        if seen.kind == "named":
            named += 1
            assert any(same_person(n, quote.speaker_name) for n in seen.names), quote.text
    assert named >= 3


def test_a_stretch_read_alone_infers_nobody_from_its_start() -> None:
    """`check` first reads a few paragraphs alone: there "he" is someone named earlier."""
    from generator.drafting.extract import extract

    text = "“We are close,” he said.\n\n“There will be a deal,” added Oskarian.\n"
    assert [q.speaker_name for q in extract(text).quotes] == ["Oskarian", "Oskarian"]
    assert [q.speaker_name for q in extract(text, stretch=True).quotes] == ["Oskarian"]


def test_a_spokesmans_words_are_not_their_principals(tmp_path: Path) -> None:
    article = "Jane Doe faced questions.\n\n“She did nothing wrong,” said Jane Doe's spokesman.\n"
    briefing = textwrap.dedent("""\
        title: T
        source: {outlet: X, published: 2024-01-02, text: seeds/article.txt}
        summary: S.
        key_claims: [{claim: C.}]
        quotes:
          - text: "She did nothing wrong"
            speaker: Jane Doe
        """)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "briefings").mkdir()
    (tmp_path / "seeds" / "article.txt").write_text(article, encoding="utf-8")
    path = tmp_path / "briefings" / "t.yaml"
    path.write_text(briefing, encoding="utf-8")
    messages = [p.message for p in check_file(path, tmp_path).problems.warnings]
    assert messages == ["quote credited to Jane Doe's spokesman in the article, not to Jane Doe"]
