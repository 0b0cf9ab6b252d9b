"""The builders around the generator: site_url for publishing, ProperDocs, and Zensical.

- A build for publishing without `site_url` warns (so `--strict` fails), and
  says how to set it; a local build (`make site` without SITE_URL) says what
  it leaves out instead; the real project's sitemap lists every page once
  `site_url` is set.
- ProperDocs, the maintained fork of MkDocs 1.x, builds the fixture project
  strictly, with the same plugins and theme, into the same site as MkDocs.
- Zensical runs neither our plugin nor Pagefind: `briefings build` writes
  the pages first, and Zensical then builds them (README, "Other builders").
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from site_project import ROOT, TEST_SITE_URL, copy_site, mkdocs_env, tree_hashes

pytestmark = pytest.mark.site

BIN = Path(sys.executable).parent
GENERATOR_META = re.compile(r'<meta name="generator" content="[^"]*">')


def run(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=180
    )


def build(tool: str, project: Path, site: Path, env: dict[str, str] | None = None):
    command = [str(BIN / tool), "build", "--strict", "-f", str(project / "mkdocs.yml")]
    return run([*command, "-d", str(site)], project, env or mkdocs_env())


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("index.html") if "pagefind" not in p.parts)


def test_a_publishing_build_without_site_url_warns_and_strict_fails(tmp_path):
    project = copy_site(tmp_path / "project")
    result = build("mkdocs", project, tmp_path / "site", mkdocs_env(site_url=None))
    assert result.returncode != 0
    assert "WARNING -  briefings: site_url is not set" in result.stderr
    assert "SITE_URL" in result.stderr
    assert not (tmp_path / "site" / "feeds").exists()


def test_a_local_build_says_what_it_leaves_out_and_passes(tmp_path):
    project = copy_site(tmp_path / "project")
    env = {**mkdocs_env(site_url=None), "BRIEFINGS_LOCAL_BUILD": "1"}
    result = build("mkdocs", project, tmp_path / "site", env)
    assert result.returncode == 0, result.stderr
    assert "a local build (no site_url)" in result.stderr
    assert "site_url is not set" not in result.stderr
    assert "<loc>" not in (tmp_path / "site" / "sitemap.xml").read_text()
    assert not (project / "docs" / "feeds").exists()
    assert (tmp_path / "site" / "data" / "datapackage.json").is_file()  # data needs no address


def test_make_site_is_local_without_site_url_and_for_publishing_with_it():
    def recipe(*args: str) -> str:
        # Under `make test` (or `make -C`), make passes MAKEFLAGS down and a
        # nested make prints "Entering/Leaving directory" lines around the recipe.
        inherited = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}
        env = {k: v for k, v in mkdocs_env(None).items() if k not in inherited}
        command = ["make", "--no-print-directory", "-n", "--always-make", "site", *args]
        result = run(command, ROOT, env)
        assert result.returncode == 0, result.stderr
        return [line for line in result.stdout.splitlines() if "mkdocs build" in line][-1]

    assert recipe().startswith("SITE_URL='' BRIEFINGS_LOCAL_BUILD=1 ")
    published = recipe("SITE_URL=https://briefings.example.org/")
    assert published.startswith("SITE_URL='https://briefings.example.org/' BRIEFINGS_LOCAL_BUILD= ")
    assert published.endswith("mkdocs build --strict")


def test_the_seed_sites_sitemap_lists_every_page(real_site):
    listed = re.findall(r"<loc>([^<]+)</loc>", (real_site / "sitemap.xml").read_text())
    expected = sorted(
        TEST_SITE_URL + ("" if p.parent == real_site else f"{p.parent.relative_to(real_site)}/")
        for p in pages(real_site)
    )
    assert sorted(listed) == expected
    assert len(listed) == len(set(listed)) > 10


@pytest.fixture(scope="module")
def both(tmp_path_factory) -> tuple[Path, Path]:
    """The fixture project built by MkDocs and by ProperDocs, each from a fresh copy."""
    base = tmp_path_factory.mktemp("builders")
    sites = []
    for tool in ("mkdocs", "properdocs"):
        project = copy_site(base / tool)
        result = build(tool, project, base / f"{tool}-site")
        assert result.returncode == 0, (tool, result.stderr)
        assert "WARNING" not in result.stderr, (tool, result.stderr)
        sites.append(base / f"{tool}-site")
    return sites[0], sites[1]


def test_properdocs_builds_the_same_site_strictly(both):
    mkdocs_site, properdocs_site = both
    ours = {path for path in tree_hashes(mkdocs_site) if "pagefind" not in path}
    theirs = {path for path in tree_hashes(properdocs_site) if "pagefind" not in path}
    assert ours == theirs
    assert {"feeds/all.xml", "data/datapackage.json", "index.html"} <= ours
    for relative in sorted(ours):
        if relative.endswith(".gz"):
            continue  # the sitemap's gzip carries a timestamp
        a = (mkdocs_site / relative).read_bytes()
        b = (properdocs_site / relative).read_bytes()
        if relative.endswith(".html"):  # each names itself in <meta name="generator">
            a, b = (GENERATOR_META.sub("", x.decode()).encode() for x in (a, b))
        assert a == b, relative
    assert (properdocs_site / "pagefind" / "pagefind.js").is_file()  # search was indexed too


def test_briefings_build_then_zensical_builds_the_pages(tmp_path):
    project = copy_site(tmp_path / "project")
    config = project / "mkdocs.yml"  # Zensical reads site_url from here only, not SITE_URL
    config.write_text(f"site_url: {TEST_SITE_URL}\n" + config.read_text(encoding="utf-8"))
    env = mkdocs_env(site_url=None)
    generated = run([str(BIN / "briefings"), "build", "--root", str(project)], project, env)
    assert generated.returncode == 0, generated.stderr
    assert (project / "docs" / "feeds" / "all.xml").is_file()  # the CLI read site_url
    result = run([str(BIN / "zensical"), "build", "--clean"], project, env)
    assert result.returncode == 0, result.stdout + result.stderr
    site = project / "site"
    assert (site / "briefings" / "2023-01-10-grain-deal" / "index.html").is_file()
    page = (site / "briefings" / "2023-01-10-grain-deal" / "index.html").read_text()
    assert "Northland and Southland sign a grain deal" in page
    assert '<script type="application/ld+json">' in page  # overrides/main.html applies
    assert (site / "data" / "quotes.csv").is_file() and (site / "feeds" / "all.json").is_file()
    listed = re.findall(r"<loc>([^<]+)</loc>", (site / "sitemap.xml").read_text())
    assert len(listed) == len(pages(site))
