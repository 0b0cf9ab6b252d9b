#!/usr/bin/env python3
"""Every held-out split's first score again, with the rules it was scored with, and how the
draft's precision splits between quotes credited in so many words and inferred ones.

    .venv/bin/python benchmarks/attribution/first_scores.py [SPLIT ...]

Each split was scored once, when its labels were committed, with the rules frozen just
before; the engine of that commit (`git archive COMMIT generator`) drafts the split's
articles again in a subprocess, and today's scorer (`score.py`) compares. Only the fresh
splits' first scores say how the engine does on text it has not seen; a split scored with
later rules is tuning data.

A draft marks a quote `speaker_inferred` when no cue in its own sentence or the next
credits it (the speaker is carried over from the quotes around it), and `check` flags such
quotes until an editor confirms them. Whether an editor may trust the rest, the quotes
credited in so many words, is the question this answers: precision per kind, pooled over
the splits, next to recall if the draft kept only those. The fresh split being gathered is
never read (`score.FRESH_FROM`).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import score  # noqa: E402

# The engine of a past commit drafts in its own interpreter, so that none of today's
# modules can leak in; it prints, per article, the quotes the draft keeps and the analysts.
_DRAFT = """
import json, sys
from generator.drafting.extract import extract
try:
    from generator.drafting.plan import verifies
except ImportError:  # the engines before it kept every quote they found
    def verifies(quote, text):
        return True
out = []
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    found = extract(text)
    out.append({
        "quotes": [[q.text, [p.name for p in q.speakers], bool(getattr(q, "inferred", False))]
                   for q in found.quotes if verifies(q.text, text)],
        "analysts": [[p.name, p.role, p.affiliation] for p in found.analysts],
    })
print(json.dumps(out))
"""


@dataclass
class Person:
    """An analyst as a past engine drafted it: what `score.compare` reads of one."""

    name: str
    role: str | None
    affiliation: str | None


@dataclass
class ByCredit:
    """Drafted quotes of one kind (credited in words, or inferred): how many, how many right."""

    drafted: int = 0
    right: int = 0

    def add(self, other: ByCredit) -> None:
        self.drafted += other.drafted
        self.right += other.right


def split_by_credit(label: dict, quotes: list[tuple[str, list[str], bool]]
                    ) -> dict[bool, ByCredit]:
    """Precision of the drafted quotes, counted apart by whether the draft inferred the
    speaker, with the same matching as `score.compare` (truncated quotes left out)."""
    labels = label.get("quotes") or []
    truncated = [score.norm(n["text"]) for n in label.get("not_quotes") or []
                 if n.get("why") == "truncated"]
    kinds = {False: ByCredit(), True: ByCredit()}
    for text, speakers, inferred in quotes:
        words = score.norm(text)
        if any(t.startswith(words) or words.startswith(t) for t in truncated):
            continue
        kinds[inferred].drafted += 1
        kinds[inferred].right += any(
            score.norm(i["text"]) == words and score.right_speaker(speakers, i) for i in labels
        )
    return kinds


def split_commits() -> dict[str, str]:
    """The commit that recorded each held-out split's first score (`HELDOUTn_RESULT.md`):
    its engine is the one that score was taken with. (The commit that added a split's
    labels is not always it: heldout7's were committed before its rules were frozen.)"""
    first: dict[str, str] = {}
    for path in sorted(HERE.glob("HELDOUT*_RESULT.md"), key=lambda p: int(p.stem[7:-7])):
        log = subprocess.run(
            ["git", "log", "--diff-filter=A", "--format=%H", "--", path.name],
            cwd=HERE, capture_output=True, text=True, check=True,
        ).stdout.split()
        first[f"heldout{path.stem[7:-7]}"] = log[-1]
    return first


def draft_with(commit: str, articles: list[Path]) -> list[dict]:
    """What the engine of `commit` drafts from each article."""
    archive = subprocess.run(["git", "archive", commit, "generator"], cwd=score.ROOT,
                             capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory() as tree:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
        result = subprocess.run(
            [sys.executable, "-c", _DRAFT, *map(str, articles)], cwd=tree,
            capture_output=True, text=True,
        )
    if result.returncode:
        raise SystemExit(f"the engine of {commit[:7]} failed:\n{result.stderr}")
    return json.loads(result.stdout)


def first_score(split: str, commit: str) -> tuple[score.Counts, dict[bool, ByCredit]]:
    labels = [yaml.safe_load(p.read_text(encoding="utf-8"))
              for p in sorted((HERE / "labels").glob("*.yaml"))
              if p.name[:3].isdigit() and int(p.name[:3]) < score.FRESH_FROM]
    labels = [label for label in labels if label["split"] == split]
    drafts = draft_with(commit, [HERE / label["file"] for label in labels])
    counts, kinds = score.Counts(), {False: ByCredit(), True: ByCredit()}
    for label, draft in zip(labels, drafts, strict=True):
        quotes = [(text, speakers) for text, speakers, _ in draft["quotes"]]
        analysts = [Person(*person) for person in draft["analysts"]]
        counts.add(score.compare(label, quotes, analysts))
        for inferred, part in split_by_credit(label, draft["quotes"]).items():
            kinds[inferred].add(part)
    return counts, kinds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="*", help="held-out splits (default: every one)")
    args = parser.parse_args(argv)
    commits = split_commits()
    wanted = args.splits or list(commits)
    total, kinds = score.Counts(), {False: ByCredit(), True: ByCredit()}
    print(f"{'split':10} {'commit':8} {'recall':>13} {'precision':>13} "
          f"{'affiliation':>13} {'in words':>13} {'inferred':>13}")
    for split in wanted:
        counts, parts = first_score(split, commits[split])
        total.add(counts)
        for inferred, part in parts.items():
            kinds[inferred].add(part)
        print(_row(split, commits[split][:7], counts, parts))
    print(_row("pooled", "", total, kinds))
    words = kinds[False]
    print(f"\nIf the draft kept only the quotes credited in words: recall "
          f"{score.ratio(words.right, total.labelled_quotes):.2f} "
          f"({words.right}/{total.labelled_quotes}), precision "
          f"{score.ratio(words.right, words.drafted):.2f} ({words.right}/{words.drafted}).")
    return 0


def _row(split: str, commit: str, counts: score.Counts, kinds: dict[bool, ByCredit]) -> str:
    def cell(part: int, whole: int) -> str:
        return f"{score.ratio(part, whole):.2f} ({part}/{whole})"

    return (f"{split:10} {commit:8} {cell(counts.right_quotes, counts.labelled_quotes):>13} "
            f"{cell(counts.correct_drafted, counts.drafted_quotes):>13} "
            f"{cell(counts.with_affiliation, counts.labelled_analysts):>13} "
            f"{cell(kinds[False].right, kinds[False].drafted):>13} "
            f"{cell(kinds[True].right, kinds[True].drafted):>13}")


if __name__ == "__main__":
    sys.exit(main())
