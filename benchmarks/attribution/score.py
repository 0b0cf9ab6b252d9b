#!/usr/bin/env python3
"""Score `briefings new`'s extraction against the hand labels of the attribution set.

    .venv/bin/python benchmarks/attribution/score.py [--split SPLIT] [--verbose]

SPLIT is one of tune, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7,
heldout8, heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15,
heldout16, heldout17, heldout18, heldout19, heldout20, heldout21, heldout22, heldout23,
heldout24, heldout25, heldout26, heldout27, heldout28, all, heldout29.

`all` (the default) is the tuning data: the `tune`, `heldout` and `heldout2` to `heldout28`
splits (each held-out split was scored once, with the rules frozen: `heldout2` on
2026-12-01, `heldout3` to `heldout26` on 2026-12-02, `heldout27` and `heldout28` on 2026-12-03,
and has been tuning data since). The next fresh held-out split (`heldout29`, files from 771
on, not gathered yet) is scored only
when asked for by name, once, at the end: scoring it while changing the rules would tune on
it.

The extraction is the one `briefings new` drafts from (`generator.drafting.extract`), and
only the quotes that verify word for word are counted, as the draft keeps only those.

How things are matched (see README.md, "Scoring"):

- A quote matches a label when both texts are equal after normalising quote marks,
  dashes, white space and case, and stripping quote marks and the punctuation . , ; : at
  either end. Its speaker is right when the drafted speakers include the label's `speaker`
  and every drafted speaker is the label's speaker or one of its `co_speakers`.
- A drafted quote that matches a `not_quotes` entry with `why: truncated` (the stored
  excerpt lost the closing mark) is neither right nor wrong: it is left out of precision,
  and such entries are left out of recall. Every other drafted quote with no label of the
  same text counts against precision (scare quotes, institutions' words, furniture).
- Names are compared after the same normalisation, honorifics dropped.
- An analyst is found when the drafted analysts include the name; "with affiliation"
  (and "with role") when the drafted field equals the label's, or both are absent. A
  place after the organisation ("Renmin University in Beijing") is not a difference: the
  seed labels keep it and this set's labels drop it, and both are the article's words.
"""

from __future__ import annotations

import argparse
import re
import string
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.drafting.extract import extract  # noqa: E402
from generator.drafting.plan import verifies  # noqa: E402

# what `all` covers: the tuning data
SPLITS = ("tune", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
          "heldout7", "heldout8", "heldout9",
          "heldout10", "heldout11",
          "heldout12", "heldout13",
          "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19",
          "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25",
          "heldout26", "heldout27", "heldout28")
FRESH = ("heldout29",)  # scored only with an explicit `--split`, never by default
FRESH_FROM = 771  # its files are numbered from here: by default they are not even opened
_FOLD = {
    **dict.fromkeys("‘’‚‛′`´", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys("‐‑‒–—―−", "-"),
}
_EDGE = string.whitespace + "\"'.,;:…"
_HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame"}


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join(_FOLD.get(ch, ch) for ch in text).replace("''", '"')
    return " ".join(text.split()).casefold().strip(_EDGE)


def norm_affiliation(text: str | None) -> str:
    return re.sub(r" in [a-z][\w' -]{1,30}$", "", norm(text))


def norm_name(name: str | None) -> str:
    words = [w for w in norm(name).replace(".", ". ").split() if w.rstrip(".") not in _HONORIFICS]
    return " ".join(words).replace(". ", ".").replace(" .", ".")


@dataclass
class Counts:
    """Running totals for one article, one split or all."""

    labelled_quotes: int = 0
    right_quotes: int = 0  # labelled quotes drafted with the right speaker
    drafted_quotes: int = 0  # drafted quotes, less those matching truncated not_quotes
    correct_drafted: int = 0  # drafted quotes that match a label, with the right speaker
    labelled_analysts: int = 0
    drafted_analysts: int = 0
    analysts_found: int = 0
    analysts_correct: int = 0  # drafted analysts that are labelled analysts
    with_affiliation: int = 0
    with_role: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            if name != "notes":
                setattr(self, name, getattr(self, name) + getattr(other, name))

    def rows(self) -> list[tuple[str, int, int]]:
        return [
            ("quote recall (right speaker)", self.right_quotes, self.labelled_quotes),
            ("quote precision", self.correct_drafted, self.drafted_quotes),
            ("analysts found (recall)", self.analysts_found, self.labelled_analysts),
            ("analysts precision", self.analysts_correct, self.drafted_analysts),
            ("analysts with the article's affiliation", self.with_affiliation,
             self.labelled_analysts),
            ("analysts with the article's role", self.with_role, self.labelled_analysts),
        ]


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def right_speaker(drafted: list[str], label: dict) -> bool:
    allowed = {norm_name(label["speaker"])} | {norm_name(n) for n in label.get("co_speakers", [])}
    names = {norm_name(n) for n in drafted}
    return norm_name(label["speaker"]) in names and names <= allowed


def score_article(label: dict, text: str) -> Counts:
    extraction = extract(text)
    drafted = [(q.text, [p.name for p in q.speakers]) for q in extraction.quotes
               if verifies(q.text, text)]
    return compare(label, drafted, extraction.analysts)


def compare(label: dict, quotes: list[tuple[str, list[str]]], analysts: list) -> Counts:
    """One reading of an article (quotes with their speakers' names; analysts with name,
    role and affiliation) against its labels: the engine's, or a second labeller's."""
    counts = Counts()
    drafted = [(norm(text), speakers, text) for text, speakers in quotes]
    labels = label.get("quotes") or []
    truncated = [norm(n["text"]) for n in label.get("not_quotes") or [] if n.get("why") ==
                 "truncated"]
    counts.labelled_quotes = len(labels)
    for item in labels:
        want = norm(item["text"])
        got = [d for d in drafted if d[0] == want]
        if any(right_speaker(d[1], item) for d in got):
            counts.right_quotes += 1
        elif got:
            counts.notes.append(f"  wrong speaker {got[0][1]} (not {item['speaker']}): "
                                f"{item['text'][:70]!r}")
        else:
            counts.notes.append(f"  missed ({item['speaker']}): {item['text'][:80]!r}")
    for words, speakers, raw in drafted:
        if any(t.startswith(words) or words.startswith(t) for t in truncated):
            continue
        counts.drafted_quotes += 1
        if any(norm(i["text"]) == words and right_speaker(speakers, i) for i in labels):
            counts.correct_drafted += 1
        elif not any(norm(i["text"]) == words for i in labels):
            counts.notes.append(f"  extra {speakers}: {raw[:80]!r}")
    _score_analysts(label.get("analysts") or [], analysts, counts)
    return counts


def _score_analysts(labels: list[dict], drafted: list, counts: Counts) -> None:
    by_name = {norm_name(p.name): p for p in drafted}
    names = {norm_name(a["name"]) for a in labels}
    counts.labelled_analysts = len(labels)
    counts.drafted_analysts = len(drafted)
    counts.analysts_correct = sum(name in names for name in by_name)
    for name in by_name.keys() - names:
        counts.notes.append(f"  extra analyst {by_name[name].name!r}")
    for item in labels:
        person = by_name.get(norm_name(item["name"]))
        if person is None:
            counts.notes.append(f"  analyst missed: {item['name']!r}")
            continue
        counts.analysts_found += 1
        affiliation = norm_affiliation(person.affiliation) == norm_affiliation(
            item.get("affiliation")
        )
        role = norm(person.role) == norm(item.get("role"))
        counts.with_affiliation += affiliation
        counts.with_role += role
        if not (affiliation and role):
            counts.notes.append(
                f"  analyst {item['name']!r}: role {person.role!r} / affiliation "
                f"{person.affiliation!r}, labelled {item.get('role')!r} / "
                f"{item.get('affiliation')!r}"
            )


def evaluate(split: str = "all") -> dict[str, Counts]:
    """Totals per split (and "all"), with each article's own counts under its file stem."""
    results: dict[str, Counts] = {name: Counts() for name in (*SPLITS, *FRESH, "all")}
    wanted = set(SPLITS) if split == "all" else {split}
    for path in sorted((HERE / "labels").glob("*.yaml")):
        fresh = int(path.name[:3]) >= FRESH_FROM if path.name[:3].isdigit() else True
        if fresh != (split in FRESH):
            continue  # the fresh split's files are read only when it is asked for by name
        label = yaml.safe_load(path.read_text(encoding="utf-8"))
        if label["split"] not in wanted:
            continue
        text = (HERE / label["file"]).read_text(encoding="utf-8")
        counts = score_article(label, text)
        results[path.stem] = counts
        results[label["split"]].add(counts)
        results["all"].add(counts)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "all", *FRESH), default="all",
                        help="all (default) = the tuning splits; heldout4 only when named")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    results = evaluate(args.split)
    shown = [s for s in (*SPLITS, "all") if args.split in ("all", s)] or [args.split]
    if args.verbose:
        for stem, counts in results.items():
            if stem in (*SPLITS, *FRESH, "all"):
                continue
            figures = (f"quotes {counts.right_quotes}/{counts.labelled_quotes}, precision "
                       f"{counts.correct_drafted}/{counts.drafted_quotes}, analysts "
                       f"{counts.analysts_found}/{counts.labelled_analysts}, affiliation "
                       f"{counts.with_affiliation}/{counts.labelled_analysts}")
            print(f"{stem}: {figures}")
            for note in counts.notes:
                print(note)
        print()
    width = max(len(row[0]) for row in Counts().rows())
    print(f"{'':{width}}  " + "  ".join(f"{s:>16}" for s in shown))
    for i, (title, _, _) in enumerate(Counts().rows()):
        cells = []
        for split in shown:
            _, part, whole = results[split].rows()[i]
            cells.append(f"{ratio(part, whole):5.2f} ({part:3d}/{whole:3d})")
        print(f"{title:{width}}  " + "  ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
