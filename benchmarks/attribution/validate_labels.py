#!/usr/bin/env python3
"""Check the hand labels of the attribution evaluation set.

Run from anywhere with the project's interpreter:

    /work/main/.venv/bin/python benchmarks/attribution/validate_labels.py

It loads every ``labels/*.yaml`` file and checks that

* the article file named in ``file`` exists (and matches the label's name);
* the required keys are present and ``split`` follows the fixed split rule
  (``SPLIT_RULE.txt``: for articles 001-054, article number n is ``heldout`` when
  n % 5 is 2 or 4, otherwise ``tune``; articles 055-088 are ``heldout2``, the second
  held-out set gathered after the first one had been scored and used for tuning;
  articles 089-121 are ``heldout3``, the third, gathered after heldout2 had been
  scored once and folded into tuning; articles 122-151 are ``heldout4``, gathered
  after heldout3 had been scored once and folded into tuning; articles 152-179 are
  ``heldout5``, gathered after heldout4 had been scored once and folded into tuning;
  articles 180-207 are ``heldout6``, gathered after heldout5 had been scored once and
  folded into tuning; articles 208-237 are ``heldout7``, gathered after heldout6 had
  been scored once and folded into tuning; articles 238-262 are ``heldout8``, gathered
  after heldout7 had been scored once and folded into tuning; articles 263-290 are
  ``heldout9``, gathered after heldout8 had been scored once and folded into tuning;
  articles 291-319 are ``heldout10``, gathered after heldout9 had been scored once and
  folded into tuning; articles 320-345 are ``heldout11``, gathered after heldout10 had
  been scored once and folded into tuning; articles 346-370 are ``heldout12``,
  gathered after heldout11 had been scored once and folded into tuning; articles
  371-395 are ``heldout13``, gathered after heldout12 had been scored once and folded
  into tuning; articles 396-420 are ``heldout14``, gathered after heldout13 had been
  scored once and folded into tuning; articles 421-445 are ``heldout15``, gathered
  after heldout14 had been scored once and folded into tuning; articles 446-470 are
  ``heldout16``, gathered after heldout15 had been scored once and folded into tuning;
  articles 471-495 are ``heldout17``, gathered after heldout16 had been scored once
  and folded into tuning; articles 496-520 are ``heldout18``, gathered after heldout17
  had been scored once and folded into tuning; articles 521-545 are ``heldout19``,
  gathered after heldout18 had been scored once and folded into tuning; articles
  546-570 are ``heldout20``, gathered after heldout19 had been scored once and folded
  into tuning; articles 571-595 are ``heldout21``, gathered after heldout20 had been
  scored once and folded into tuning; articles 596-620 are ``heldout22``, gathered
  after heldout21 had been scored once and folded into tuning; articles 621-645 are
  ``heldout23``, gathered after heldout22 had been scored once and folded into tuning;
  articles 646-670 are ``heldout24``, gathered after heldout23 had been scored once
  and folded into tuning; articles 671-695 are ``heldout25``, gathered after heldout24
  had been scored once and folded into tuning; articles 696-720 are ``heldout26``,
  gathered after heldout25 had been scored once and folded into tuning; articles
  721-745 are ``heldout27``, gathered after heldout26 had been scored once and folded
  into tuning; articles 746-770 are ``heldout28``, gathered after heldout27 had been
  scored once and folded into tuning; every article from 771 on is ``heldout29``);
* every quote ``text``, every ``not_quotes`` text and every analyst ``role`` /
  ``affiliation`` is a verbatim substring of the article once curly/straight
  quote marks and whitespace are normalised;
* every speaker (and ``co_speakers``) and analyst name occurs in the article:
  the full name, or at least its surname (the last word; the first word when
  the entry has ``family_name_first: true``);

then prints per-split counts (articles, outlets, subjects, quotes, analysts),
the quote-mark types of the labelled quotes, and the hand-counted styles.
It exits with status 1 if any problem was found.  Standard library + PyYAML.
"""

from __future__ import annotations

import collections
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
LABELS = HERE / "labels"

# Each later collection, by the number of its last article (001-054 follow the n % 5 rule).
COLLECTIONS = (
    (88, "heldout2"), (121, "heldout3"), (151, "heldout4"), (179, "heldout5"),
    (207, "heldout6"), (237, "heldout7"), (262, "heldout8"), (290, "heldout9"),
    (319, "heldout10"), (345, "heldout11"), (370, "heldout12"), (395, "heldout13"),
    (420, "heldout14"), (445, "heldout15"), (470, "heldout16"),
    (495, "heldout17"), (520, "heldout18"), (545, "heldout19"),
    (570, "heldout20"), (595, "heldout21"), (620, "heldout22"), (645, "heldout23"),
    (670, "heldout24"), (695, "heldout25"), (720, "heldout26"),
    (745, "heldout27"), (770, "heldout28"),
)
FIRST_SET_LAST = 54
NEXT_SPLIT = "heldout29"  # every article after the last collection, still being gathered
SPLITS = ("tune", "heldout", *(split for _, split in COLLECTIONS), NEXT_SPLIT)


def fixed_split(n: int) -> str:
    """The split article n belongs to: fixed by its number before anyone looked at it."""
    if n <= FIRST_SET_LAST:
        return "heldout" if n % 5 in (2, 4) else "tune"
    return next((split for last, split in COLLECTIONS if n <= last), NEXT_SPLIT)


SUBJECTS = {
    "geopolitics", "elections", "politics", "economics", "markets", "technology",
    "climate", "energy", "health", "science", "business", "sport", "culture",
}
NOT_QUOTE_WHY = {"term", "institution", "country", "furniture", "unattributed", "truncated"}
STYLE_KEYS = {
    "multi_paragraph_quote", "colon_introduction", "partial_phrase",
    "title_between_verb_and_name", "middle_initial", "capitalised_title",
    "name_without_title", "according_to_sentence_start", "remention_surname",
    "remention_honorific", "remention_pronoun", "remention_description",
    "institution_speaks", "org_in_affiliation_fused", "cjk_name", "cyrillic_origin_name",
    "headline_quote", "page_clutter", "truncated_quote", "quote_without_attribution_verb",
    "nested_quote",
}

_SINGLE = "‘’‚‛′`´"
_DOUBLE = "“”„‟″«»"
_TRANS = str.maketrans({**{c: "'" for c in _SINGLE}, **{c: '"' for c in _DOUBLE}})


def norm(text: str) -> str:
    """Fold curly quotes, guillemets and '' to straight marks; collapse whitespace."""
    text = text.translate(_TRANS).replace("''", '"')
    return re.sub(r"\s+", " ", text).strip()


def find_raw(raw: str, needle: str) -> list[tuple[int, int]]:
    """Every place ``needle`` occurs in the raw article (whitespace-tolerant)."""
    parts = [re.escape(p) for p in needle.split()]
    if not parts:
        return []
    return [(m.start(), m.end()) for m in re.finditer(r"\s+".join(parts), raw)]


def mark_kind(raw: str, span: tuple[int, int]) -> str:
    """Name the quote marks around a located quote (opening/closing)."""
    start, end = span
    before = raw[start - 2:start] if start >= 2 else raw[:start]
    after = raw[end:end + 2]

    def kind(s: str, opening: bool) -> str:
        # French-style spacing inside guillemets ("« text »") is looked through
        if opening and s.endswith(" ") and start >= 2 and raw[start - 2] == "«":
            return "guillemet"
        if not opening and s.startswith(" »"):
            return "guillemet"
        if opening:
            s = s[-2:]
            if s == "''":
                return "two-apostrophes"
            c = s[-1:] if s else ""
        else:
            if s.startswith("''"):
                return "two-apostrophes"
            # a closing mark may follow a comma/full stop kept outside the label
            c = s[:1]
            if c in ",.!?" and len(s) > 1:
                c = s[1]
        return {
            "“": "curly-double", "”": "curly-double", '"': "straight-double",
            "‘": "curly-single", "’": "curly-single", "'": "straight-single",
            "«": "guillemet", "»": "guillemet",
        }.get(c, "none")

    o, c = kind(before, True), kind(after, False)
    if o == c:
        return o
    if c == "none":
        return f"{o} (no closing mark)"
    if o == "none":
        return f"(no opening mark) {c}"
    return f"mixed {o}/{c}"


def outlet_key(outlet: str) -> str:
    """'Reuters (via bdnews24)' -> 'Reuters'; used to count distinct outlets."""
    return re.sub(r"\s*\(.*?\)\s*", " ", outlet).strip()


def name_found(name: str, text_norm: str, family_name_first: bool = False) -> str | None:
    """Return None if the name occurs, else a problem message."""
    if norm(name) in text_norm:
        return None
    tokens = [t for t in re.split(r"\s+", name.strip()) if t]
    # the surname: the last word, or the first for family-name-first names
    # (Chinese, Japanese, Korean order) when ``family_name_first`` is set
    surname = tokens[0] if family_name_first else tokens[-1]
    if re.search(r"(?<!\w)" + re.escape(norm(surname)) + r"(?!\w)", text_norm):
        return None
    return f"name {name!r} (surname {surname!r}) not found in article"


def check(path: pathlib.Path, problems: list[str]) -> dict | None:
    def bad(msg: str) -> None:
        problems.append(f"{path.name}: {msg}")

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        bad(f"YAML error: {exc}")
        return None
    if not isinstance(data, dict):
        bad("not a mapping")
        return None
    for key in ("file", "outlet", "url", "headline", "subject", "split"):
        if not data.get(key):
            bad(f"missing {key}")
    art = HERE / str(data.get("file", ""))
    if not art.is_file():
        bad(f"article file {data.get('file')!r} does not exist")
        return None
    if art.stem != path.stem:
        bad(f"label name {path.stem!r} does not match article {art.stem!r}")
    m = re.match(r"(\d{3})-", path.stem)
    if not m:
        bad("file name does not start with a three-digit number")
    else:
        want = fixed_split(int(m.group(1)))
        if data.get("split") != want:
            bad(f"split is {data.get('split')!r} but the fixed rule gives {want!r}")
    if data.get("split") not in SPLITS:
        bad(f"split must be one of {SPLITS}")
    if data.get("subject") not in SUBJECTS:
        bad(f"subject {data.get('subject')!r} not in {sorted(SUBJECTS)}")

    raw = art.read_text(encoding="utf-8")
    text = norm(raw)
    if "\n\n\n" in raw:
        bad("article has more than one blank line between paragraphs")

    marks = collections.Counter()
    quotes = data.get("quotes") or []
    for i, q in enumerate(quotes):
        if not isinstance(q, dict) or not q.get("text") or not q.get("speaker"):
            bad(f"quote #{i + 1} needs text and speaker")
            continue
        if norm(q["text"]) not in text:
            bad(f"quote not in article: {q['text'][:70]!r}")
        else:
            spans = find_raw(raw, q["text"])
            kinds = [mark_kind(raw, sp) for sp in spans] or ["unlocated"]
            # count each occurrence that opens with a mark (a headline and the body
            # may quote the same words with different marks); an occurrence without
            # an opening mark is counted only if it is the only one (the later
            # paragraphs of a multi-paragraph quote)
            opened = [k for k in kinds if k != "none" and not k.startswith("(no opening")]
            for k in (opened or kinds[:1]):
                marks[k] += 1
        speakers = [q["speaker"], *(q.get("co_speakers") or [])]
        for s in speakers:
            if problem := name_found(s, text, bool(q.get("family_name_first"))):
                bad(f"quote #{i + 1}: {problem}")
    for i, nq in enumerate(data.get("not_quotes") or []):
        if not isinstance(nq, dict) or not nq.get("text"):
            bad(f"not_quote #{i + 1} needs text")
            continue
        if nq.get("why") not in NOT_QUOTE_WHY:
            bad(f"not_quote #{i + 1}: why {nq.get('why')!r} not in {sorted(NOT_QUOTE_WHY)}")
        if norm(nq["text"]) not in text:
            bad(f"not_quote not in article: {nq['text'][:70]!r}")
    analysts = data.get("analysts") or []
    for i, a in enumerate(analysts):
        if not isinstance(a, dict) or not a.get("name"):
            bad(f"analyst #{i + 1} needs a name")
            continue
        if problem := name_found(a["name"], text, bool(a.get("family_name_first"))):
            bad(f"analyst: {problem}")
        for key in ("role", "affiliation"):
            if a.get(key) and norm(a[key]) not in text:
                bad(f"analyst {a['name']!r}: {key} {a[key]!r} not in article")
    styles = data.get("styles") or {}
    for key, value in styles.items():
        if key not in STYLE_KEYS:
            bad(f"unknown style {key!r}")
        elif not isinstance(value, int) or value < 0:
            bad(f"style {key!r} must be a non-negative integer")
    return {
        "split": data.get("split"),
        "outlet": outlet_key(str(data.get("outlet", ""))),
        "subject": data.get("subject"),
        "quotes": len(quotes),
        "analysts": len(analysts),
        "not_quotes": len(data.get("not_quotes") or []),
        "marks": marks,
        "styles": collections.Counter({k: v for k, v in styles.items() if isinstance(v, int)}),
    }


def main() -> int:
    problems: list[str] = []
    rows = [r for p in sorted(LABELS.glob("*.yaml")) if (r := check(p, problems))]
    articles = {p.stem for p in (HERE / "articles").glob("*.txt")}
    labelled = {p.stem for p in LABELS.glob("*.yaml")}
    for stem in sorted(articles - labelled):
        problems.append(f"articles/{stem}.txt has no label file")

    def summary(subset: list[dict], title: str) -> None:
        outlets = collections.Counter(r["outlet"] for r in subset)
        subjects = collections.Counter(r["subject"] for r in subset)
        print(f"== {title}: {len(subset)} articles, {len(outlets)} outlets, "
              f"{len(subjects)} subjects, {sum(r['quotes'] for r in subset)} quotes, "
              f"{sum(r['analysts'] for r in subset)} analysts, "
              f"{sum(r['not_quotes'] for r in subset)} not_quotes")
        print("   subjects:", ", ".join(f"{k} {v}" for k, v in sorted(subjects.items())))
        print("   outlets: ", ", ".join(sorted(outlets)))

    for split in SPLITS:
        summary([r for r in rows if r["split"] == split], split)
    summary(rows, "all")
    print("== quote marks around labelled quotes (each occurrence that opens with a mark)"
          " — all | tune | heldout | heldout2 | heldout3 | heldout4")
    marks = sum((r["marks"] for r in rows), collections.Counter())
    for k, n in marks.most_common():
        per = [sum(r["marks"].get(k, 0) for r in rows if r["split"] == s) for s in SPLITS]
        print(f"   {n:4d} | " + " | ".join(f"{x:4d}" for x in per) + f"  {k}")
    print("== hand-counted styles: occurrences (articles)"
          " — all | tune | heldout | heldout2 | heldout3 | heldout4")
    for k in sorted(STYLE_KEYS):
        cells = []
        for subset in (rows, *([r for r in rows if r["split"] == s] for s in SPLITS)):
            n = sum(r["styles"].get(k, 0) for r in subset)
            n_art = sum(1 for r in subset if r["styles"].get(k))
            cells.append(f"{n:4d} ({n_art:2d})")
        print("   " + " | ".join(cells) + f"  {k}")
    if problems:
        print(f"== {len(problems)} problem(s):")
        for p in problems:
            print("   " + p)
        return 1
    print("== no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
