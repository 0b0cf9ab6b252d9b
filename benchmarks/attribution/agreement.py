#!/usr/bin/env python3
"""How often two labellers agree: a second, independent labelling of a sample, scored
against the first with the same scorer the engine is scored with.

    .venv/bin/python benchmarks/attribution/agreement.py [--verbose]

The engine's goals are figures of agreement with one labeller. Where two careful people
following the same written rules agree less than that, the shortfall is in the labels, not
the engine, so this measures the ceiling the goals sit under. The sample (`relabels/`) is
every article whose number n has n % 16 == 5 or 13, chosen by number before anyone looked
at what the engine does on them; the second labellers never saw the first one's labels
for them.
Both directions are printed: the first labeller's labels as the reference and the second's
as the reading, then the other way round (recall one way is precision the other).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
RELABELS = HERE / "relabels"
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))  # score.py beside this file

import score  # noqa: E402


@dataclass(frozen=True)
class Analyst:
    """A labelled analyst, read as the scorer reads a drafted one."""

    name: str
    role: str | None
    affiliation: str | None


def reading(label: dict) -> tuple[list[tuple[str, list[str]]], list[Analyst]]:
    """A label file as if it were a draft: its quotes with their speakers, its analysts."""
    quotes = [(q["text"], [q["speaker"], *q.get("co_speakers", [])])
              for q in label.get("quotes") or []]
    analysts = [Analyst(a["name"], a.get("role"), a.get("affiliation"))
                for a in label.get("analysts") or []]
    return quotes, analysts


def agreement(verbose: bool = False) -> dict[str, object]:
    one_way, other_way = score.Counts(), score.Counts()
    for path in sorted(RELABELS.glob("*.yaml")):
        second = yaml.safe_load(path.read_text(encoding="utf-8"))
        first = yaml.safe_load((HERE / "labels" / path.name).read_text(encoding="utf-8"))
        counts = score.compare(first, *reading(second))
        one_way.add(counts)
        other_way.add(score.compare(second, *reading(first)))
        if verbose and counts.notes:
            print(path.stem)
            print("\n".join(counts.notes))
    return {"score": score, "first as reference": one_way, "second as reference": other_way,
            "articles": len(list(RELABELS.glob("*.yaml")))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    result = agreement(args.verbose)
    score = result["score"]
    print(f"\n{result['articles']} articles labelled twice")
    for title, counts in result.items():
        if isinstance(counts, score.Counts):
            print(f"\n{title}:")
            for row, part, whole in counts.rows():
                print(f"  {row:<42}{score.ratio(part, whole):5.2f} ({part:3}/{whole:3})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
