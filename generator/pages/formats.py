"""The escaping for each output that is not Markdown: HTML head values, JSON-LD, XML, CSV.

`markup` is the one way editor text reaches Markdown; this module is its
counterpart for everything else, so that "text from YAML is data" holds in
every format and each rule is written once:

- `one_line` is the text every format starts from: no control character, no
  lone surrogate, no code point XML forbids (U+FFFE, U+FFFF), white space
  folded. Feeds (lxml refuses those characters outright), CSV and JSON all
  use it, so a value reads the same everywhere.
- `script_json` is JSON that can sit inside `<script>`: `<`, `>` and `&`
  (so no `</script>` or `<!--`) and U+2028/U+2029 (line breaks to older
  JavaScript) are written as `\\u` escapes, which every JSON parser reads back
  as the same characters.
- `meta_text` is for front-matter values the theme prints raw into an
  attribute (Material's `description`, as it does `title`): angle brackets
  become look-alikes, `& " '` entities, so the value can neither close the
  attribute nor open a tag, and a browser shows the text.
- `csv_cell` defuses spreadsheet formulas (OWASP's CSV injection rule).
- `site_address` / `page_address` build absolute addresses only from the
  configured `site_url` and paths made from slugs.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from ..engine.models import editor_paragraphs
from . import markup

# Code points that XML 1.0 does not allow at all (besides the controls `plain` removes).
_NOT_XML = re.compile("[\ufffe\uffff]")
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                  "\u2029": "\\u2029"}
_SCRIPT_RE = re.compile("[<>&\u2028\u2029]")
_ATTRIBUTE = str.maketrans({"<": "‹", ">": "›", "&": "&amp;", '"': "&quot;", "'": "&#39;"})
# A spreadsheet reads a cell starting with one of these as a formula (OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def one_line(text: str) -> str:
    """Editor text as one line of plain text, safe in XML, JSON and CSV alike."""
    return _NOT_XML.sub("", markup.plain(text))


def paragraphs(text: str) -> str:
    """Blank-line separated editor text (a summary) as plain paragraphs, "\\n\\n" apart."""
    return "\n\n".join(p for p in (one_line(part) for part in editor_paragraphs(text)) if p)


def script_json(value: object) -> str:
    """`value` as JSON that no string in it can end or comment out a `<script>` element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    return _SCRIPT_RE.sub(lambda match: _SCRIPT_UNSAFE[match.group()], text)


def meta_text(text: str) -> str:
    """Text for an attribute the theme prints without escaping (see the module docstring)."""
    return one_line(text).translate(_ATTRIBUTE)


def yaml_value(text: str) -> str:
    """A front-matter scalar that reads back as exactly `text` (a JSON string is YAML)."""
    return json.dumps(text, ensure_ascii=True)


def csv_cell(value: object) -> object:
    """A value for a CSV cell: text that a spreadsheet would run as a formula gets a
    leading apostrophe (the JSON Lines files keep the text as it is)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def shorten(text: str, limit: int = 200) -> str:
    """The first sentences of `text` that fit in `limit` characters, or its first words.

    A description should be what the page says, never cut mid-word.
    """
    text = one_line(text)
    if len(text) <= limit:
        return text
    sentences = re.findall(r".+?[.!?](?:\s|$)|.+$", text)
    kept = ""
    for sentence in sentences:
        if len(kept) + len(sentence) > limit:
            break
        kept += sentence
    if kept.strip():
        return kept.strip()
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def page_url(docs_path: str) -> str:
    """The URL path (from the site root) MkDocs gives a docs/ file, with directory URLs:
    "briefings/x.md" -> "briefings/x/", "index.md" -> "", "data/q.csv" -> as it is."""
    if not docs_path.endswith(".md"):
        return docs_path
    stem = docs_path.removesuffix(".md")
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def site_address(site_url: str | None) -> str | None:
    """The configured site address, ending in "/", if it is an http(s) one."""
    if not site_url:
        return None
    parts = urlsplit(site_url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    address = markup.url(site_url.strip())
    if address is None:
        return None
    return address if address.endswith("/") else address + "/"


def page_address(site_url: str | None, docs_path: str) -> str | None:
    """The absolute address of a generated file, or None without a usable site_url."""
    base = site_address(site_url)
    return None if base is None else base + page_url(docs_path)
