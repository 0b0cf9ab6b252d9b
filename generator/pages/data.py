"""Open data: the briefings, analysts, quotes and claims as CSV and JSON Lines, and the Data page.

- **Tables that join.** Six tables, each row with a stable id made from slugs
  and 1-based positions (`<slug>`, `<analyst id>`, `<slug>/quote-2`,
  `<slug>/claim-1/evidence-1`); the foreign keys in `datapackage.json` say
  which column points where, so a researcher can join them in any tool.
- **Described by a Frictionless data package** (`datapackage.json`, Data
  Package v1 with Table Schemas), the convention data portals and the
  `frictionless` tools read; the tests validate the files against it.
- **Text is data.** Every value is the editor's text as plain text
  (`formats.one_line`): no Markdown escaping, no entities, no HTML. In CSV, a
  cell that a spreadsheet would run as a formula (starting with = + - @) gets
  a leading apostrophe (`formats.csv_cell`); JSON Lines keeps it unchanged.
- **Verdicts, not ratings.** A quote's or excerpt's `verified` says whether
  its words were found in the article (How we verify); nothing rates a claim.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections.abc import Iterator

from . import formats
from .blocks import page as markdown_page
from .data_tables import LICENCE, TABLES, Table, analyst_rows, briefing_rows
from .kinds import Page, Site
from .routes import DATA, DATA_CSV, DATA_JSONL, DATA_PACKAGE, HOW_WE_VERIFY, relative

PACKAGE_NAME = "briefings"
# (format, resource name suffix, media type): each table is in both.
FORMATS = (("csv", "", "text/csv"), ("jsonl", "-jsonl", "application/jsonl"))


# The pages built from every briefing's rows (`_parts`): one process renders them all
# in a build shared out to several (`site.render_site`), so the rows are made once;
# making a briefing's rows costs about as much as rendering half a page (profiled).
READ_EVERY_ROW = (DATA, DATA_CSV, DATA_JSONL)
ROWS_PER_PAGE = 2


def pages(site: Site) -> Iterator[Page]:
    # Every briefing is in the data: rendered again only when one of them changed
    # (the memo compares these inputs), and the rows read once for all twelve files.
    inputs = _stable(tuple(entry.briefing for entry in site.catalog.entries))
    parts = functools.cache(lambda: _parts(site))
    yield Page(DATA, DATA.path(), lambda: page(site, _counts(parts())), inputs)
    yield Page(DATA_PACKAGE, DATA_PACKAGE.path(), lambda: package(site))
    for table in TABLES:
        yield Page(
            DATA_CSV, DATA_CSV.path(table.name),
            lambda t=table: _header(t) + "".join(p[t.name][0] for p in parts()), inputs,
        )
        yield Page(
            DATA_JSONL, DATA_JSONL.path(table.name),
            lambda t=table: "".join(p[t.name][1] for p in parts()), inputs,
        )


# A briefing's rows as CSV and JSON Lines text, kept with the checked briefing they
# come from: under `mkdocs serve` a save re-serialises the saved briefing only (the
# files still hold every briefing). The briefing is kept, so its id is never reused.
_PARTS: dict[int, tuple[object, dict[str, tuple[str, str, int]]]] = {}


def _parts(site: Site) -> list[dict[str, tuple[str, str, int]]]:
    """Each briefing's share of every table (then the analysts'), in the files' order."""
    found = []
    kept: dict[int, tuple[object, dict[str, tuple[str, str, int]]]] = {}
    for entry in site.catalog.entries:
        key = id(entry.briefing)
        known = _PARTS.get(key)
        if known is None or known[0] is not entry.briefing:
            tables: dict[str, list[dict]] = {table.name: [] for table in TABLES}
            briefing_rows(entry, tables)
            known = (entry.briefing, _serialised(tables))
        kept[key] = known
        found.append(known[1])
    _PARTS.clear()
    _PARTS.update(kept)
    found.append(_serialised(analyst_rows(site.catalog)))
    return found


def _counts(parts: list[dict[str, tuple[str, str, int]]]) -> dict[str, int]:
    """Rows per table."""
    return {t.name: sum(part[t.name][2] for part in parts) for t in TABLES}


def _serialised(tables: dict[str, list[dict]]) -> dict[str, tuple[str, str, int]]:
    """Each table's rows as CSV and as JSON Lines, and how many there are."""
    return {t.name: (_csv_rows(t, rows), to_jsonl(rows), len(rows))
            for t in TABLES for rows in [tables.get(t.name, [])]}


# The twelve files' inputs, kept while every briefing is the same object: the memo then
# finds them the same at once (`RenderMemo`), instead of once per file.
_INPUTS: list[tuple] = [()]


def _stable(inputs: tuple) -> tuple:
    last = _INPUTS[0]
    if len(last) == len(inputs) and all(a is b for a, b in zip(last, inputs, strict=True)):
        return last
    _INPUTS[0] = inputs
    return inputs


def _header(table: Table) -> str:
    return _csv_rows(table, [], header=True)


def _csv_rows(table: Table, data: list[dict], header: bool = False) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow([field.name for field in table.fields])
    for row in data:
        writer.writerow([_csv_value(row[field.name]) for field in table.fields])
    return out.getvalue()


def to_csv(table: Table, data: list[dict]) -> str:
    return _header(table) + _csv_rows(table, data)


def _csv_value(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return formats.csv_cell(value)


def to_jsonl(data: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in data)


def package(site: Site) -> str:
    """`datapackage.json`: every file, its columns, keys and licence."""
    resources = []
    for table in TABLES:
        for fmt, suffix, media in FORMATS:
            schema: dict = {
                "fields": [field.schema() for field in table.fields],
                "primaryKey": list(table.key),
                "missingValues": [""],
            }
            if table.references:
                schema["foreignKeys"] = [
                    {"fields": column,
                     "reference": {"resource": other + suffix, "fields": target}}
                    for column, (other, target) in table.references.items()
                ]
            resources.append({
                "name": table.name + suffix,
                "path": f"{table.name}.{fmt}",
                "profile": "tabular-data-resource",
                "format": fmt,
                "mediatype": media,
                "encoding": "utf-8",
                "title": table.title,
                "description": table.description,
                "schema": schema,
            })
    document = {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": formats.one_line(site.site_name),
        "description": "Curated briefings of news articles: their key claims with evidence, "
        "verbatim quotes checked against the articles, and the analysts quoted.",
        "licenses": [LICENCE],
        "resources": resources,
    }
    if address := formats.site_address(site.site_url):
        document["homepage"] = address
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def page(site: Site, counts: dict[str, int]) -> str:
    """The Data page: what can be downloaded, under which licence, and how it joins."""
    here = DATA.path()
    # Three columns, the description with the table's name: a fourth column ran
    # off a phone's screen, where readers had to scroll the table sideways to read it.
    lines = [
        "| table, and what a row is | download | rows |",
        "| --- | --- | ---: |",
    ]
    for table in TABLES:
        csv_link = f"[CSV]({_file_link(here, DATA_CSV.path(table.name))})"
        jsonl_link = f"[JSON Lines]({_file_link(here, DATA_JSONL.path(table.name))})"
        lines.append(
            f"| **{table.title}** — {table.description} | {csv_link} · {jsonl_link} "
            f"| {counts[table.name]} |"
        )
    verify = relative(here, HOW_WE_VERIFY.path())
    package_link = _file_link(here, DATA_PACKAGE.path())
    body = [
        "# Data",
        "Everything this site shows is also here as data, for researchers and "
        "re-publishers: the briefings, the analysts and each of their appearances, "
        "the verbatim quotes, the key claims and their evidence.",
        "\n".join(lines),
        f"The [data package]({package_link}) (`datapackage.json`, the Frictionless Data "
        "standard) describes every file: its columns, their types, the primary keys and "
        "which columns join which table. Ids are stable: a briefing is its slug, an analyst "
        "their id, a quote or claim its briefing's slug and its position (`…/quote-2`).",
        "## How verification works",
        "A quote's or excerpt's `verified` column says whether its words were found in the "
        "article's text, and `verdict` says where (`verified in ¶3`); `unverified` means the "
        f"article's text is not on file. [How we verify]({verify}) explains the rules. We do "
        "not rate claims: a verified quote was said as the article reports it, nothing more.",
        "## Formats",
        "- CSV files are UTF-8 with a header row. A list (authors, topics) is a JSON array "
        "in its cell. A text cell that would start with `=`, `+`, `-` or `@` starts with an "
        "apostrophe, so that no spreadsheet runs it as a formula; the JSON Lines files "
        "keep the text exactly.\n"
        "- JSON Lines files hold one JSON object per line, with the same columns.",
        "## Licence",
        f"The editors' work (summaries, key claims, contexts, the data's structure) is "
        f"published under the [{LICENCE['title']}]({LICENCE['path']}): reuse it, and name "
        "this site. Quotes and evidence are short excerpts of the articles named in each "
        "row: their words belong to their speakers and publishers.",
    ]
    return markdown_page("Data", "briefings/*.yaml", body)


def _file_link(here: str, target: str) -> str:
    """A link to a data file (its path is ours: fixed names and slugs)."""
    link = relative(here, target)
    assert all(ch.isalnum() or ch in "-./" for ch in link), link
    return link


def dataset(site: Site, here: str | None) -> dict:
    """The Data page's structured data: a schema.org `Dataset` and its downloads."""
    node: dict = {
        "@type": "Dataset",
        "name": formats.one_line(site.site_name),
        "description": "Curated briefings of news articles: key claims with evidence, "
        "verbatim quotes checked against the articles, and the analysts quoted.",
        "license": LICENCE["path"],
        "isAccessibleForFree": True,
    }
    downloads = []
    for table in TABLES:
        for route, media in ((DATA_CSV, "text/csv"), (DATA_JSONL, "application/jsonl")):
            address = formats.page_address(site.site_url, route.path(table.name))
            if address:
                downloads.append(
                    {"@type": "DataDownload", "encodingFormat": media, "contentUrl": address}
                )
    if downloads:
        node["distribution"] = downloads
    return node
