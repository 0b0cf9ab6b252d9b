"""The problems panel of the preview: every open page shows the briefings' current problems.

An editor looks at the page, not the terminal: after a save that breaks a
briefing, the reload must say so, and the next good save must clear it.
Under `mkdocs serve` only, the plugin writes the problems to
`__briefings/problems.json` in the served site after every build, and puts
into every page a placeholder and a small script that reads that file on
each load. Pages that a `--dirty` rebuild did not re-render still read the
current list. The built site never has either.

The script sets text with `textContent` only: a message quotes the editor's
YAML, which is data, never markup.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from urllib.parse import urlsplit

from .engine.problems import Problems

FOLDER = "__briefings"
FILE = "problems.json"
_ANCHOR = '<article class="md-content__inner md-typeset">'

_STYLE = """
.briefings-problems{margin:0 0 1.5em;padding:.8em 1em;border-left:.3em solid #c62828;
background:var(--md-code-bg-color);color:var(--md-default-fg-color);font-size:.75rem}
.briefings-problems ul{margin:.4em 0 0;padding-left:1.2em}
.briefings-problems li{margin:.3em 0;overflow-wrap:anywhere}
.briefings-problems .where{font-family:var(--md-code-font-family,monospace)}
.briefings-problems .hint{display:block;font-style:italic}
"""

_SCRIPT = """
(function () {
  var box = document.getElementById("briefings-problems");
  if (!box) return;
  fetch(box.dataset.source, {cache: "no-store"}).then(function (r) {
    return r.ok ? r.json() : null;
  }).then(function (data) {
    if (!data || !data.problems.length) { box.hidden = true; return; }
    var title = document.createElement("p");
    var strong = document.createElement("strong");
    strong.textContent = data.summary;
    title.appendChild(strong);
    var list = document.createElement("ul");
    data.problems.forEach(function (p) {
      var item = document.createElement("li");
      var where = document.createElement("span");
      where.className = "where";
      where.textContent = p.where + ": ";
      item.appendChild(where);
      item.appendChild(document.createTextNode((p.warning ? "warning: " : "") + p.message));
      if (p.hint) {
        var hint = document.createElement("span");
        hint.className = "hint";
        hint.textContent = "hint: " + p.hint;
        item.appendChild(hint);
      }
      list.appendChild(item);
    });
    box.replaceChildren(title, list);
    box.hidden = false;
  }).catch(function () { box.hidden = true; });
})();
"""


def source_url(site_url: str | None) -> str:
    """Where the served pages find the problems: an absolute path under the server's mount."""
    mount = urlsplit(site_url or "/").path or "/"
    return f"{mount.rstrip('/')}/{FOLDER}/{FILE}"


def inject(page_html: str, site_url: str | None) -> str:
    """The page with the (hidden until needed) panel at the top of its content."""
    if _ANCHOR not in page_html:
        return page_html
    panel = (
        f'<section id="briefings-problems" class="briefings-problems" hidden '
        f'aria-label="Problems in the briefings" '
        f'data-source="{html.escape(source_url(site_url), quote=True)}"></section>'
        f"<style>{_STYLE}</style><script>{_SCRIPT}</script>"
    )
    return page_html.replace(_ANCHOR, _ANCHOR + panel, 1)


def write_problems(site_dir: Path, problems: Problems) -> None:
    errors, warnings = len(problems.errors), len(problems.warnings)
    if errors:
        summary = (
            f"{errors} problem(s) in the briefings: the preview shows the last good version "
            "of each broken file, and every other file as saved"
        )
    else:
        summary = f"{warnings} warning(s): `make site` will refuse to publish until they are fixed"
    data = {
        "summary": summary,
        "problems": [
            {
                "where": str(p.position),
                "message": p.message,
                "hint": p.hint,
                "warning": not p.is_error,
            }
            for p in problems
        ],
    }
    folder = site_dir / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FILE).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
