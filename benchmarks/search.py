"""The first search in headless Chromium: Pagefind (the default) against Material's lunr index.

Serves a built site over a local http.server on 127.0.0.1 and, for each query,
opens the home page in a fresh browser context (empty cache), opens the search
box, types the query and waits for the first result. It records:

- the bytes of every search request from the page load until the first page
  of results is complete (Material: search/search_index.json, its worker and
  lunr; Pagefind: pagefind/* and the box's script), as served by a plain
  static server (Pagefind's files are gzip-compressed already; Material's
  index is also reported gzipped, as a compressing server would send it);
- the time from typing to the first result on screen (performance.now() in
  the page, a MutationObserver on the result list);
- whether the expected page is among the first 10 results, for a query by an
  analyst's name (Latin, Chinese and Cyrillic) and by title, and whether one
  of them holds all the words of a query by quote words.

The site as mkdocs.yml builds it searches with Pagefind: that is what ships
and what the goals are judged on. Material's lunr search is measured for
reference on a second build, from a copy of mkdocs.yml switched back to it as
the README says (no hooks, the `search` plugin and its three features).

Run alone on a corpus it builds (both sites):

    .venv/bin/python benchmarks/search.py --n 5000

`run.py` calls `measure_search` for its largest size.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from common import (  # noqa: E402
    briefing_files,
    material_config,
    mkdocs_build,
    remove_generated_pages,
    site_stats,
)

from generator.engine.models import slugify  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PAGEFIND = "Pagefind (default)"
MATERIAL = "Material (lunr)"
SEARCH_ASSETS = ("/search/", "/workers/search", "/lunr/", "/pagefind/", "pagefind-search.js")
SHOWN = 10


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@contextlib.contextmanager
def serve_directory(directory: Path):
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def pick_queries(project: Path) -> list[tuple[str, str, str]]:
    """(kind, query, expected URL path or "" for "any page containing the words")."""
    files = briefing_files(project)
    middle = files[len(files) // 2]
    data = yaml.safe_load(middle.read_text(encoding="utf-8"))
    queries = [("title", data["title"], f"/briefings/{middle.stem}/")]
    wanted = {"analyst (Latin)": str.isascii,
              "analyst (Chinese)": lambda name: any("\u4e00" <= ch <= "\u9fff" for ch in name),
              "analyst (Cyrillic)": lambda name: any("\u0400" <= ch <= "\u04ff" for ch in name)}
    for path in files[len(files) // 2:] + files[: len(files) // 2]:
        if not wanted:
            break
        for analyst in yaml.safe_load(path.read_text(encoding="utf-8"))["analysts"]:
            for kind, test in list(wanted.items()):
                if test(analyst["name"]):
                    key = analyst.get("id") or slugify(analyst["name"])
                    queries.append((kind, analyst["name"], f"/analysts/{key}/"))
                    del wanted[kind]
                    break
    quote = data["quotes"][0]["text"].split(" ... ")[0]
    queries.append(("quote words", " ".join(quote.split()[:6]), ""))
    return queries


FIRST_RESULT_JS = """
() => {
  window.__t1 = null;
  const list = document.querySelector(".md-search-result__list");
  new MutationObserver((_, observer) => {
    if (list.querySelector(".md-search-result__item")) {
      window.__t1 = performance.now();
      observer.disconnect();
    }
  }).observe(list, {childList: true, subtree: true});
  window.__t0 = performance.now();
}
"""


def first_search(browser, base: str, query: str) -> dict:
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("requestfinished", lambda request: requests.append(request))
    try:
        page.goto(base + "/", wait_until="load")
        page.click(".md-search__input")  # on a desktop-sized page the box is in the header
        page.evaluate(FIRST_RESULT_JS)
        page.fill(".md-search__input", query)
        page.keyboard.press("End")  # Material reads the query on keyup
        page.wait_for_function("window.__t1 !== null", timeout=120_000, polling=10)
        ms = page.evaluate("window.__t1 - window.__t0")
        page.wait_for_timeout(1500)  # the rest of the first page of results, for bytes and URLs
        urls = page.eval_on_selector_all(
            ".md-search-result__link", "links => links.map(a => new URL(a.href).pathname)"
        )[:SHOWN]
        search_bytes = total_bytes = count = 0
        for request in requests:
            size = request.sizes()["responseBodySize"]
            total_bytes += size
            if any(part in request.url for part in SEARCH_ASSETS):
                search_bytes += size
                count += 1
        return {"ms": ms, "bytes": search_bytes, "requests": count, "page_bytes": total_bytes,
                "urls": urls}
    finally:
        context.close()


def page_has_words(site: Path, url_path: str, query: str) -> bool:
    page = site / url_path.strip("/") / "index.html"
    if not page.is_file():
        return False
    text = " ".join(page.read_text(encoding="utf-8").split()).casefold()
    return all(word.strip(",.").casefold() in text for word in query.split())


def measure_engine(site: Path, queries: list[tuple[str, str, str]]) -> dict:
    from playwright.sync_api import sync_playwright

    results = []
    with serve_directory(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for kind, query, expected in queries:
                result = first_search(browser, base, query)
                if expected:
                    result["ok"] = expected in result["urls"]
                else:
                    result["ok"] = any(page_has_words(site, url, query) for url in result["urls"])
                results.append((kind, query, result))
        finally:
            browser.close()
    all_ms = [r["ms"] for _, _, r in results]
    return {
        "ms": statistics.median(all_ms),
        "all_ms": all_ms,
        "bytes": max(r["bytes"] for _, _, r in results),
        "requests": max(r["requests"] for _, _, r in results),
        "found": {f"{kind}": r["ok"] for kind, _, r in results},
        "queries": [{"kind": k, "query": q, **r} for k, q, r in results],
    }


def measure_search(project: Path, site: Path) -> dict:
    """Time the first search on `site` (built by mkdocs.yml: Pagefind) and, for reference,
    on a build of `project` switched back to Material's search."""
    if not Path(CHROMIUM).exists():
        return {"n": 0, "engines": {}, "skipped": f"no {CHROMIUM}"}
    n = len(briefing_files(project))
    queries = pick_queries(project)
    config = material_config(project)
    remove_generated_pages(project)  # as for the default build: the plugin generates them all
    build = mkdocs_build(project, config.name, "site-material", 600 + n * 0.6)
    material_site = project / "site-material"
    engines = {}
    for name, built in ((PAGEFIND, site), (MATERIAL, material_site)):
        started = time.perf_counter()
        try:
            engines[name] = measure_engine(built, queries)
        except Exception as error:  # report, don't lose the other numbers
            engines[name] = {"error": f"{type(error).__name__}: {error}"}
        print(f"  search, {name}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return {
        "n": n,
        "engines": engines,
        "reference": [MATERIAL],  # measured for comparison; the goals are judged on the rest
        "material_build_seconds": build.seconds,
        "material_index": site_stats(material_site),
        "pagefind_index": site_stats(site),
    }


def main() -> None:
    from corpus import make_corpus

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefings-search-") as tmp:
        project = make_corpus(Path(tmp) / "project", args.n)
        mkdocs_build(project, "mkdocs.yml", "site", 600 + args.n * 0.6)
        result = measure_search(project, project / "site")
    text = json.dumps(result, indent=2)
    if args.json:
        args.json.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
