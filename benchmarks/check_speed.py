"""How much slower is `briefings check` than bare libyaml parsing? (goal: at most 3x)

Generates 1,000 synthetic briefings (3-8 KB each: 5 analysts, 5 key claims with
evidence, 8 quotes), each with its own article text so that every quote and
excerpt is verified, then times in one run:

- `check_project` (load with positions and the safety pre-scan, strict
  validation, verification of every quote against its article, linking), and
- bare `yaml.load(text, Loader=yaml.CSafeLoader)` of the same files.

Usage: .venv/bin/python benchmarks/check_speed.py [--count 1000] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.pipeline import check_project

_VOCABULARY = (
    "the of and to in that for on with as by at from is was will would could "
    "beijing moscow washington europe kremlin summit leaders partnership sanctions "
    "economy trade energy gas oil pipeline security border alliance military "
    "exercises diplomats talks relations strategic cooperation pressure crisis "
    "analysts officials minister president government policy market growth "
    "growing closer distant uneasy rivals friends partners neighbours western "
    "eastern global regional power influence balance interest concerns support"
)
WORDS = _VOCABULARY.split()
NAMES = [
    ("Anna", "Ivanova"),
    ("Boris", "Chen"),
    ("Carla", "Mendes"),
    ("Dmitri", "Sato"),
    ("Elena", "Novak"),
    ("Feng", "Li"),
    ("Grace", "Okafor"),
    ("Hiro", "Tanaka"),
    ("Ingrid", "Berg"),
    ("Jamal", "Haddad"),
    ("Katya", "Orlova"),
    ("Liam", "Walsh"),
]
OUTLETS = ["CNN", "Reuters", "The Guardian", "Nikkei Asia", "Le Monde", "NPR"]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 24))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def article(rng: random.Random) -> list[str]:
    """Paragraphs of 2-4 sentences, with curly apostrophes and dashes as in print."""
    paras = []
    for _ in range(rng.randint(8, 14)):
        text = " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
        text = text.replace(" the ", " the world’s ", 1).replace(" and ", " – and ", 1)
        paras.append(text)
    return paras


def excerpt(rng: random.Random, paras: list[str], words: int) -> str:
    """A verbatim run of words from one paragraph, sometimes with a cut or straight quotes."""
    tokens = rng.choice(paras).split()
    start = rng.randint(0, max(0, len(tokens) - words))
    chosen = tokens[start : start + words]
    text = " ".join(chosen)
    roll = rng.random()
    if roll < 0.2 and len(chosen) > 8:
        text = " ".join(chosen[:3]) + " … " + " ".join(chosen[-4:])
    elif roll < 0.4:
        text = text.replace("’", "'").replace("–", "-")
    return text.replace('"', "'")


def q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def briefing(rng: random.Random, index: int, paras: list[str]) -> tuple[str, str]:
    year, month, day = 2018 + index % 6, 1 + index % 12, 1 + index % 28
    slug = f"{year}-{month:02d}-{day:02d}-synthetic-briefing-{index:04d}"
    people = rng.sample(NAMES, 5)
    lines = [
        "# yaml-language-server: $schema=../schema/briefing.schema.json",
        f"title: {q(' '.join(sentence(rng).split()[:10]))}",
        "source:",
        f"  outlet: {rng.choice(OUTLETS)}",
        f"  published: {year}-{month:02d}-{day:02d}",
        f"  url: https://example.org/{year}/{month:02d}/{slug}",
        f"  authors: [{' '.join(rng.choice(NAMES))}]",
        f"  text: seeds/{slug}.txt",
        "summary: >",
        *("  " + sentence(rng) for _ in range(4)),
        "",
        *("  " + sentence(rng) for _ in range(3)),
        "topics: ["
        + ", ".join(
            rng.sample(
                ["china-russia", "energy", "trade", "ukraine-war", "sanctions", "security"], 3
            )
        )
        + "]",
        "analysts:",
    ]
    for first, last in people:
        lines += [
            f"  - name: {first} {last}",
            f"    id: {first.lower()}-{last.lower()}",
            f"    role: {rng.choice(['senior fellow', 'professor', 'director', 'analyst'])}",
            f"    affiliation: {rng.choice(['Carnegie', 'Chatham House', 'SOAS', 'RAND'])}",
        ]
    lines.append("key_claims:")
    for _ in range(5):
        first, last = rng.choice(people)
        lines += [
            "  - claim: >",
            f"      {sentence(rng)} {sentence(rng)}",
            f"    by: {first.lower()}-{last.lower()}",
            "    evidence:",
            f"      - {q(excerpt(rng, paras, rng.randint(8, 20)))}",
            f"      - {q(excerpt(rng, paras, rng.randint(8, 20)))}",
        ]
    lines.append("quotes:")
    for _ in range(8):
        first, last = rng.choice(people)
        lines += [
            f"  - text: {q(excerpt(rng, paras, rng.randint(10, 30)))}",
            f"    speaker: {first} {last}",
            f"    context: {sentence(rng)}",
        ]
    return slug, "\n".join(lines) + "\n"


def generate(root: Path, count: int) -> list[Path]:
    rng = random.Random(20220202)
    (root / "briefings").mkdir(parents=True)
    (root / "seeds").mkdir()
    files = []
    for index in range(count):
        paras = article(rng)
        slug, text = briefing(rng, index, paras)
        (root / "seeds" / f"{slug}.txt").write_text("\n\n".join(paras) + "\n", encoding="utf-8")
        path = root / "briefings" / f"{slug}.yaml"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def bare_yaml(files: list[Path]) -> None:
    for path in files:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def best_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs")
    parser.add_argument("--profile", action="store_true", help="cProfile one check run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        files = generate(root, args.count)
        sizes = sorted(path.stat().st_size for path in files)
        result = check_project(root)  # warm up, and prove the data is valid
        if result.errors:
            print("\n".join(p.format() for p in result.errors[:10]), file=sys.stderr)
            return 1
        assert result.count == args.count
        del result  # a real run starts with an empty heap: keep the garbage collector's work fair
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(check_project, root)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        check = best_of(args.runs, lambda: check_project(root))
        bare = best_of(args.runs, lambda: bare_yaml(files))
    ratio = check / bare
    median = sizes[len(sizes) // 2]
    print(f"{args.count} briefings, {sizes[0]}-{sizes[-1]} bytes each (median {median})")
    print(f"briefings check (check_project): {check:.3f} s")
    print(f"bare yaml.load (CSafeLoader):    {bare:.3f} s")
    print(f"ratio: {ratio:.2f}x (goal <= 3x)")
    return 0 if ratio <= 3 else 2


if __name__ == "__main__":
    sys.exit(main())
