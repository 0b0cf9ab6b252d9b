"""The benchmark's corpus and report (benchmarks/), and the fast paths it asked for.

The benchmark itself is `make bench`, outside the test run; these tests keep its
parts honest: the synthetic corpus is a valid project with every quote verified,
its builds are the site's (Pagefind) and, for reference, Material's search, the
report judges the search goals on what ships, and the speed-ups in markup.py give
exactly what the character loops gave.
"""

from __future__ import annotations

import posixpath
import random
import sys
import unicodedata
from pathlib import Path

import pytest
import yaml

from generator.engine import check
from generator.engine.models import INVISIBLE
from generator.pages import markup, routes

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import common  # noqa: E402
import corpus  # noqa: E402
import run  # noqa: E402
import search  # noqa: E402


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    return corpus.make_corpus(tmp_path_factory.mktemp("corpus") / "project", 40, seed=3)


def test_the_corpus_is_a_valid_project_with_every_quote_verified(small):
    result = check(small)
    assert result.count == 40
    assert [p.format() for p in result.problems] == []
    verdicts = [q.verdict for e in result.catalog.entries for q in e.quotes]
    verdicts += [v for e in result.catalog.entries for c in e.claims for _, v in c.evidence]
    assert len(verdicts) >= 40 * (8 + 5) and all(v.verified for v in verdicts)


def test_the_corpus_looks_like_the_issue_asks(small):
    result = check(small)
    sizes = [path.stat().st_size for path in common.briefing_files(small)]
    assert min(sizes) >= 3_000 and max(sizes) <= 8_000
    entries = result.catalog.entries
    assert all(len(e.briefing.analysts) == 5 and len(e.briefing.quotes) == 8 for e in entries)
    assert all(len(e.briefing.key_claims) == 5 for e in entries)
    names = [a.name for e in entries for a in e.briefing.analysts]
    assert any("\u4e00" <= ch <= "\u9fff" for name in names for ch in name)  # Chinese
    assert any("\u0400" <= ch <= "\u04ff" for name in names for ch in name)  # Cyrillic
    assert len(result.catalog.analysts) <= 20  # a pool of about N/2, shared across briefings
    assert (small / "mkdocs.yml").is_file()
    # The story files: every topic titled, key events citing briefings, each excerpt verified.
    assert set(result.story.topics) >= set(result.catalog.topics)
    assert result.story.events and all(e.verdict.verified for e in result.story.events)


def test_the_corpus_is_deterministic(small, tmp_path):
    again = corpus.make_corpus(tmp_path / "again", 40, seed=3)
    for path in sorted(small.rglob("*")):
        if path.is_file():
            assert (again / path.relative_to(small)).read_bytes() == path.read_bytes(), path


def test_the_bare_config_drops_only_the_plugin(small):
    bare = yaml.safe_load(common.bare_config(small).read_text(encoding="utf-8"))
    full = yaml.safe_load((small / "mkdocs.yml").read_text(encoding="utf-8"))
    assert bare["plugins"] == [p for p in full["plugins"] if p != "briefings"]
    assert "briefings" in full["plugins"]
    assert "briefings-pagefind" in bare["plugins"]  # both builds index with Pagefind: like for like
    assert {k: v for k, v in bare.items() if k != "plugins"} == {
        k: v for k, v in full.items() if k != "plugins"
    }


def test_the_corpus_uses_the_real_mkdocs_yml_unchanged(small):
    real = (BENCHMARKS.parent / "mkdocs.yml").read_text(encoding="utf-8")
    assert (small / "mkdocs.yml").read_text(encoding="utf-8") == real
    assert "hooks" not in yaml.safe_load(real)


def test_the_material_reference_config_is_the_readmes_switch_back(small):
    material = yaml.safe_load(common.material_config(small).read_text(encoding="utf-8"))
    ours = yaml.safe_load((small / "mkdocs.yml").read_text(encoding="utf-8"))
    assert material["plugins"] == [
        "search", *(p for p in ours["plugins"] if p != "briefings-pagefind")
    ]
    added = [f for f in material["theme"]["features"] if f not in ours["theme"]["features"]]
    assert added == ["search.suggest", "search.highlight", "search.share"]


def reference_plain(text: str) -> str:
    kept = (
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace()
        or (unicodedata.category(ch) not in ("Cc", "Cs") and not INVISIBLE.fullmatch(ch))
    )
    return " ".join("".join(kept).split())


def reference_inline(text: str) -> str:
    return "".join(markup._TABLE.get(ch, ch) for ch in reference_plain(text))


def test_plain_and_inline_agree_with_the_character_loops():
    every = [chr(c) for c in range(0x3100)] + [chr(c) for c in range(0xD7F0, 0xE010)]
    every += ["\U0001f600", "\U000e0001", "\u2028", "\u2029", "\u3000", "\ufeff"]
    for ch in every:
        text = f"a{ch}b {ch}{ch}"
        assert markup.plain(text) == reference_plain(text), hex(ord(ch))
        assert markup.inline(text) == reference_inline(text), hex(ord(ch))
    rng = random.Random(0)
    for _ in range(2000):
        text = "".join(rng.choice(every) for _ in range(rng.randint(0, 40)))
        assert markup.inline(text) == reference_inline(text), repr(text)


def test_relative_agrees_with_relpath():
    pages = ["index.md", "timeline.md", "briefings/index.md", "briefings/a-b.md",
             "analysts/x.md", "topics/t.md", "a/b/c.md", "a/c/d.md", "a/b/index.md"]
    for source in pages:
        for target in pages:
            expected = posixpath.relpath(target, posixpath.dirname(source) or ".")
            assert routes.relative(source, target) == expected, (source, target)


def measured(n: int = 1000) -> run.Size:
    size = run.Size(n)
    size.gen = {"yaml": 1.0, "check": 2.0, "cold": 4.0, "warm": 1.0, "floor": 2.5, "pages": 10,
                "warm_written": 0, "warm_removed": 0, "check_one": 3.0, "cold_one": 6.0}
    size.gen_rss = 100
    size.full = run.Run(12.0, 200, 0)
    size.pinned = run.Run(20.0, 200, 0)
    size.preview_dirty = {"startup": 30.0, "latencies": [0.9, 1.4, 0.8], "search": [4.0, 5.0],
                          "search_full": [20.0, 22.0]}
    size.bare = run.Run(10.0, 150, 0)
    size.stats = size.bare_stats = {"site_bytes": 10**6, "site_files": 10,
                                    "pagefind_bytes": 2 * 10**5, "pagefind_files": 4,
                                    "search_index": 0, "search_index_gz": 0}
    return size


def test_the_report_marks_every_goal():
    table = run.report([measured()], None)
    assert "| `briefings check` / bare yaml.load, 1,000 | 2.00 s / 1.00 s = 2.0x | <= 3x | met |" \
        in table
    assert "4.0x (10 pages) | <= 3x | **NOT met** |" in table
    assert "write the pages) / bare yaml.load, 1,000 | 2.50 s / 1.00 s = 2.5x |" in table
    assert "| cold `briefings build` / the I/O floor, 1,000 | 4.00 s / 2.50 s = 1.6x" in table
    assert "| site / Pagefind bundle, 1,000 | 1.0 MB in 10 files / 0.2 MB in 4 files |" in table
    assert "cores / pinned to one core, 1,000 | 12.0 s / 20.0 s = 0.60x | <= 0.65x | met |" \
        in table
    assert "| edit -> preview, `make serve`, 1,000 | median 0.90 s of 3 edits" in table
    assert "| <= 1 s | met |" in table
    assert "| edit -> the preview's search finds it, 1,000 | median 4.5 s, worst 5.0 s | <= 5 s " \
        "| met |" in table
    assert "| edit -> the preview's full search index rewritten, 1,000 | median 21.0 s |" in table
    assert "Machine: " in table


def test_the_scaling_model_follows_amdahls_law():
    rows = run.scaling_rows(0.6, 2, "1,000")  # 0.6 = serial + (1 - serial) / 2: serial 0.2
    assert [row[1] for row in rows] == [
        "0.40x (serial part 20%)", "0.30x (serial part 20%)", "0.25x (serial part 20%)"
    ]


def engine(ms: float, size: int, found: bool) -> dict:
    return {"ms": ms, "all_ms": [ms, ms + 1], "bytes": size, "requests": 3,
            "found": {"title": found, "quote words": True}}


def test_the_search_goals_are_judged_on_pagefind_and_lunr_is_a_reference():
    size = measured()
    results = {
        "n": 1000,
        "engines": {search.PAGEFIND: engine(200, 600_000, True),
                    search.MATERIAL: engine(20_000, 9 * 10**7, False)},
        "reference": [search.MATERIAL],
        "material_build_seconds": 15.0,
        "material_index": {"search_index_gz": 8 * 10**6},
    }
    table = run.report([size], results)
    assert ("| first search downloads, Pagefind (default), 1,000 | 0.6 MB in 3 requests "
            "| <= 1.0 MB | met |") in table
    assert ("| first search time to results, Pagefind (default), 1,000 | 200 ms (median of 2 "
            "queries, worst 201 ms) | < 300 ms | met |") in table
    assert ("| search features, Pagefind (default), 1,000 | title: ok, quote words: ok "
            "| by analyst, quote words, title | met |") in table
    assert ("| first search downloads, Material (lunr), 1,000 | 90.0 MB (8.0 MB gzipped) in 3 "
            "requests | (reference) | - |") in table
    assert ("| search features, Material (lunr), 1,000 | title: MISSING, quote words: ok "
            "| (reference) | - |") in table
    assert "12.0 s / 15.0 s = 0.80x" in table

    results["engines"][search.PAGEFIND] = engine(400, 2_000_000, False)  # what ships fails
    table = run.report([size], results)
    assert table.count("**NOT met**") == 3 + 1  # the three search goals, and the cold build
