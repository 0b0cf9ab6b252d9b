#!/usr/bin/env python3
"""A grid of invented news articles: how the attribution engine reads quoted analysts.

    .venv/bin/python benchmarks/attribution/grid_names.py [-v] [FILTER]

Tuning the engine on the misses of the labelled set (`score.py`) did not carry over to
unseen articles: each held-out split brought forms of news writing that no rule had been
written for. This grid tries those forms systematically instead, one short invented article
per case, each with the quotes and the (name, role, affiliation) analyst a careful labeller
would expect: name forms (initials, particles, Mac and O', hyphens, suffixes, Asian order),
honorifics and re-mentions, where the speech verb stands, posts (with and without an
article, "of" fields, capitalised, former) and organisations (the, &, acronyms, possessives,
appositives, a place after the name), each tried in several sentence shapes.

The drafted quotes and analysts (`generator.drafting.extract`) are compared with the
expected ones after the normalisation `score.py` scores with (`norm`, `norm_name`,
`norm_affiliation`). A case fails unless both are equal. Every failure is printed with what
differed, then the failures and cases of each class and in all; `-v` prints the passing
cases and each failing article too, and FILTER runs only the cases whose name contains it.
`tests/test_attribution_grids.py` holds the number of failures to a ceiling.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for folder in (ROOT, HERE):  # the project, and score.py beside this file
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import score as _score  # noqa: E402

from generator.drafting.extract import extract  # noqa: E402

Quotes = list[tuple[str, str]]  # (quote, speaker)
Analysts = list[tuple[str, str | None, str | None]]  # (name, role, affiliation)

LEDE = "Prices rose again in March, official data showed on Tuesday, the third rise in a row."
Q1 = "Inflation is proving stickier than the central bank hoped,"
Q2 = "Rates will stay high for longer than markets expect,"
TAIL = "The central bank meets again next month."

# (name, article, expected quotes, expected analysts); the name's first part is its class
CASES: list[tuple[str, str, Quotes, Analysts]] = []


def case(name: str, body: str, person: str, role: str | None, aff: str | None,
         remention: str | None = None, quotes: Quotes | None = None) -> None:
    """An article of LEDE, `body` (where "{Q1}" stands for Q1), a paragraph quoting Q2 from
    `remention` if given, and TAIL; `person` is the one analyst expected, with `role` and
    `aff`, and quotes Q1 (if in `body`) and Q2 unless `quotes` says otherwise."""
    paras = [LEDE, body]
    expected = quotes if quotes is not None else ([(Q1, person)] if "{Q1}" in body else [])
    if remention:
        paras.append(f"“{Q2}” {remention} said.")
        expected = [*expected, (Q2, person)]
    paras.append(TAIL)
    text = "\n\n".join(paras).replace("{Q1}", Q1)
    text = text.replace(",.", ".").replace(".,", ",").replace("?.", "?")
    CASES.append((name, text, expected, [(person, role, aff)]))


# ---- 1. name forms, in three sentence shapes ---------------------------------------------
NAMES = [  # (name, surname it is mentioned again by, or None for no re-mention; tag)
    ("Jane Q. Doe", "Doe", "initial"),
    ("J.D. Roe", "Roe", "initials"),
    ("J. D. Roe", "Roe", "initials-spaced"),
    ("Anton de Vries", "de Vries", "particle de"),
    ("Carla De Luca", "De Luca", "particle De"),
    ("Pieter van Dijk", "van Dijk", "particle van"),
    ("Els van der Berg", "van der Berg", "particle van der"),
    ("Klaus von Arnim", "von Arnim", "particle von"),
    ("Rui da Costa", "da Costa", "particle da"),
    ("Omar al-Rashid", "al-Rashid", "particle al-"),
    ("Hamid bin Talal", None, "particle bin"),
    ("Fiona MacLeod", "MacLeod", "Mac"),
    ("Sean McCarthy", "McCarthy", "Mc"),
    ("Liam O'Brien", "O'Brien", "O' straight"),
    ("Liam O’Brien", "O’Brien", "O’ curly"),
    ("Lucie Saint-Laurent", "Saint-Laurent", "hyphen Saint-"),
    ("Elena Martín-Torres", "Martín-Torres", "hyphen accented"),
    ("Anna Kowalska-Nowak", "Kowalska-Nowak", "hyphen"),
    ("Robert Hale Jr.", "Hale", "suffix Jr."),
    ("Robert Hale Jr", "Hale", "suffix Jr"),
    ("William Forde III", "Forde", "suffix III"),
    ("Wang Lei", "Wang", "asian order"),
    ("Nguyen Thi Mai", None, "vietnamese"),
    ("Kim Min-jun", "Kim", "korean hyphen"),
    ("María José Gómez", "Gómez", "double given"),
]
for name, sur, tag in NAMES:
    case(f"name:{tag}:A", f"“{{Q1}}” said {name}, an economist at Harlow University.",
         name, "economist", "Harlow University", remention=sur)
    case(f"name:{tag}:C", f"{name}, an economist at Harlow University, said: “{{Q1}}”",
         name, "economist", "Harlow University", remention=sur)
    case(f"name:{tag}:E", f"Harlow University economist {name} said: “{{Q1}}”",
         name, "economist", "Harlow University", remention=sur)

# honorifics
for hon, full, again in [("Dr.", "Amira Haddad", "Dr. Haddad"),
                         ("Dr", "Amira Haddad", "Dr Haddad"),
                         ("Prof.", "Tom Birch", "Prof. Birch"),
                         ("Professor", "Tom Birch", "Professor Birch")]:
    case(f"honorific:{hon}:A",
         f"“{{Q1}}” said {hon} {full}, a psychiatrist at Harlow University.",
         full, "psychiatrist", "Harlow University", remention=again)
    case(f"honorific:{hon}:C",
         f"{hon} {full}, a psychiatrist at Harlow University, said: “{{Q1}}”",
         full, "psychiatrist", "Harlow University", remention=again)
for hon, full, again in [("Mr", "Ken Ito", "Mr Ito"), ("Ms", "Rosa Lind", "Ms Lind"),
                         ("Mr.", "Ken Ito", "Mr. Ito"), ("Ms.", "Rosa Lind", "Ms. Lind")]:
    case(f"honorific-remention:{hon}",
         f"“{{Q1}}” said {full}, an economist at Harlow University.",
         full, "economist", "Harlow University", remention=again)

# ---- 2. verb positions, default name ------------------------------------------------------
N, S = "Mara Ilves", "Ilves"
VERBS = {
    "A said N, post at ORG": f"“{{Q1}}” said {N}, an economist at Harlow University.",
    "B N, post at ORG, said": f"“{{Q1}}” {N}, an economist at Harlow University, said.",
    "C N, post at ORG, said “”": f"{N}, an economist at Harlow University, said “{{Q1}}”",
    "C2 N, post at ORG, said:": f"{N}, an economist at Harlow University, said: “{{Q1}}”",
    "C3 colon own para": f"{N}, an economist at Harlow University, said:\n\n“{{Q1}}”",
    "D said post N of ORG": f"“{{Q1}}” said economist {N} of Harlow University.",
    "D2 said post N at ORG": f"“{{Q1}}” said economist {N} at Harlow University.",
    "E ORG’s post N said": f"Harlow University’s economist {N} said: “{{Q1}}”",
    "E2 ORG post N said": f"Harlow University economist {N} said: “{{Q1}}”",
    "E3 said ORG post N": f"“{{Q1}}” said Harlow University economist {N}.",
    "F said ORG post, N": f"“{{Q1}}” said Harlow University economist, {N}.",
    "F2 said the ORG’s post, N": f"“{{Q1}}” said Harlow University’s economist, {N}.",
    "G according to N, post at ORG (quote)":
        f"“{{Q1}}” according to {N}, an economist at Harlow University.",
    "H told": f"“{{Q1}}” {N}, an economist at Harlow University, told reporters.",
    "I who is": f"“{{Q1}}” said {N}, who is an economist at Harlow University.",
    "J N, of ORG": f"“{{Q1}}” said {N}, of Harlow University.",
    "K N said, post at ORG": f"“{{Q1}}” {N} said. She is an economist at Harlow University.",
    "L says": f"“{{Q1}}” says {N}, an economist at Harlow University.",
    "M added": f"“{{Q1}}” added {N}, an economist at Harlow University.",
    "N2 warned": f"{N}, an economist at Harlow University, warned that “inflation is proving"
                 " stickier than hoped.”",
}
for tag, body in VERBS.items():
    role = None if tag.startswith("J ") else "economist"
    quotes = [("inflation is proving stickier than hoped.", N)] if tag.startswith("N2") else None
    case(f"verb:{tag}", body, N, role, "Harlow University", remention=S, quotes=quotes)
case("verb:G2 according to (reported)",
     f"Inflation is proving sticky, according to {N}, an economist at Harlow University.",
     N, "economist", "Harlow University")
case("verb:G3 reported said",
     f"{N}, an economist at Harlow University, said inflation was proving sticky.",
     N, "economist", "Harlow University")

# ---- 3. posts -----------------------------------------------------------------------------
POSTS = [  # (post as written, role expected, preposition before the organisation)
    ("economist", "economist", "at"),
    ("an economist", "economist", "at"),
    ("Chief Economist", "Chief Economist", "at"),
    ("chief economist", "chief economist", "at"),
    ("the chief economist", "chief economist", "at"),
    ("senior fellow", "senior fellow", "at"),
    ("a senior fellow", "senior fellow", "at"),
    ("professor of economics", "professor of economics", "at"),
    ("a professor of economics", "professor of economics", "at"),
    ("an associate professor", "associate professor", "at"),
    ("associate professor of history", "associate professor of history", "at"),
    ("a psychiatrist", "psychiatrist", "with"),
    ("an analyst", "analyst", "with"),
    ("head of research", "head of research", "at"),
    ("the head of research", "head of research", "at"),
    ("Head of Research", "Head of Research", "at"),
    ("a researcher", "researcher", "at"),
    ("an energy analyst", "energy analyst", "at"),
    ("energy analyst", "energy analyst", "at"),
    ("a senior energy analyst", "senior energy analyst", "at"),
    ("former chief economist", "former chief economist", "at"),
    ("a former chief economist", "former chief economist", "at"),
    ("a visiting scholar", "visiting scholar", "at"),
    ("a political scientist", "political scientist", "at"),
    ("a research fellow", "research fellow", "at"),
    ("director of research", "director of research", "at"),
    ("a lecturer in politics", "lecturer in politics", "at"),
    ("an epidemiologist", "epidemiologist", "at"),
    ("a senior lecturer", "senior lecturer", "at"),
    ("an assistant professor of law", "assistant professor of law", "at"),
    ("a market strategist", "market strategist", "at"),
    ("managing director", "managing director", "at"),
]
for post, role, prep in POSTS:
    case(f"post:{post}:A", f"“{{Q1}}” said {N}, {post} {prep} Harlow University.",
         N, role, "Harlow University", remention=S)
    case(f"post:{post}:C", f"{N}, {post} {prep} Harlow University, said: “{{Q1}}”",
         N, role, "Harlow University", remention=S)
    first, _, rest = post.partition(" ")
    bare = rest if first in ("a", "an", "the") else post  # the post without its article
    case(f"post:{post}:D", f"“{{Q1}}” said {bare} {N} of Harlow University.",
         N, role, "Harlow University", remention=S)
    case(f"post:{post}:E", f"Harlow University {bare} {N} said: “{{Q1}}”",
         N, role, "Harlow University", remention=S)

# posts without an org, former officials
case("post:former Secretary of Labor", f"“{{Q1}}” said {N}, a former Secretary of Labor.",
     N, "former Secretary of Labor", None, remention=S)
case("post:former Secretary of Labor:D", f"“{{Q1}}” said former Secretary of Labor {N}.",
     N, "former Secretary of Labor", None, remention=S)
case("post:researcher at ORG’s lab",
     f"“{{Q1}}” said {N}, a researcher at Harlow University’s Kessel Lab.",
     N, "researcher", "Harlow University’s Kessel Lab", remention=S)
case("post:psychiatrist with ORG", f"“{{Q1}}” said {N}, a psychiatrist with Coldwater Health.",
     N, "psychiatrist", "Coldwater Health", remention=S)
case("post:analyst with ORG", f"“{{Q1}}” said {N}, an analyst with Pike & Fenn.",
     N, "analyst", "Pike & Fenn", remention=S)
case("post:field fused ORG analyst", f"“{{Q1}}” said Pike & Fenn energy analyst {N}.",
     N, "energy analyst", "Pike & Fenn", remention=S)

# ---- 4. organisations ---------------------------------------------------------------------
# (organisation as written, affiliation expected). "University of Westmarch" is the expected
# affiliation of two, so their cases share names: `org:University of Westmarch:A` and `:C`
# each stand for two cases, with and without "the".
ORGS = [
    ("University of Westmarch", "University of Westmarch"),
    ("the University of Westmarch", "University of Westmarch"),
    ("Harlow University", "Harlow University"),
    ("Harlow State University", "Harlow State University"),
    ("the University of Carrow, Dunmore", "University of Carrow, Dunmore"),
    ("Pike & Fenn", "Pike & Fenn"),
    ("Pike and Fenn Partners", "Pike and Fenn Partners"),
    ("the Institute for Fiscal Order (IFO)", "Institute for Fiscal Order (IFO)"),
    ("the Brandt Institute — which advises the government —", "Brandt Institute"),
    ("the Corvin Centre, a think tank based in Lisbon,", "Corvin Centre"),
    ("Halden’s Analytics", "Halden’s Analytics"),
    ("Halden’s", "Halden’s"),
    ("the London School of Commerce", "London School of Commerce"),
    ("King’s College Dunmore", "King’s College Dunmore"),
    ("the Centre for Strategic and Fiscal Studies", "Centre for Strategic and Fiscal Studies"),
    ("the Tarn Institute of Technology", "Tarn Institute of Technology"),
    ("Quill Capital Markets", "Quill Capital Markets"),
    ("the Coldwater Foundation", "Coldwater Foundation"),
    ("Harlow University in Dunmore", "Harlow University in Dunmore"),
    ("HSQ Bank", "HSQ Bank"),
    ("BRN", "BRN"),
    ("the Pell Research Institute, a nonprofit,", "Pell Research Institute"),
]
for org, aff in ORGS:
    end = "" if org.endswith((",", "—")) else ","
    case(f"org:{aff}:A", f"“{{Q1}}” said {N}, an economist at {org.rstrip(',—').rstrip()}.",
         N, "economist", aff, remention=S)
    case(f"org:{aff}:C", f"{N}, an economist at {org}{end} said: “{{Q1}}”",
         N, "economist", aff, remention=S)
    if "," not in aff and "—" not in org and "(" not in org and not org.startswith("the "):
        # the organisation before the post: "ORG’s chief economist", or "ORG chief economist"
        # when it already ends in ’s
        owner = f"{aff} " if aff.endswith("’s") else f"{aff}’s "
        case(f"org:{aff}:E", f"{owner}chief economist {N} said: “{{Q1}}”",
             N, "chief economist", aff, remention=S)


def problems(text: str, quotes: Quotes, analysts: Analysts) -> list[str]:
    """How the engine's draft of `text` differs from the expected quotes and analysts."""
    ex = extract(text)
    got_q = [(_score.norm(q.text), _score.norm_name(q.speaker_name)) for q in ex.quotes]
    want_q = [(_score.norm(t), _score.norm_name(s)) for t, s in quotes]
    got_a = [(_score.norm_name(a.name), _score.norm(a.role),
              _score.norm_affiliation(a.affiliation)) for a in ex.analysts]
    want_a = [(_score.norm_name(n), _score.norm(r), _score.norm_affiliation(f))
              for n, r, f in analysts]
    found = []
    if sorted(got_q) != sorted(want_q):
        found.append(f"quotes: want {[s for _, s in want_q]} got {[s for _, s in got_q]}")
    if sorted(got_a) != sorted(want_a):
        found.append(f"analysts: want {want_a} got {got_a}")
    return found


def results(only: str | None = None) -> Iterator[tuple[str, str, list[str]]]:
    """Each case (those whose name contains `only` if given) as (name, article, problems)."""
    for name, text, quotes, analysts in CASES:
        if only and only not in name:
            continue
        yield name, text, problems(text, quotes, analysts)


def failures() -> tuple[list[str], int]:
    """The names of the failing cases, and the number of cases."""
    return [name for name, _, found in results() if found], len(CASES)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print passing cases and failing articles too")
    parser.add_argument("filter", nargs="?", help="run only the cases whose name contains it")
    args = parser.parse_args(argv)
    failed = Counter()
    totals = Counter()
    for name, text, found in results(args.filter):
        group = name.split(":")[0]
        totals[group] += 1
        if not found:
            if args.verbose:
                print(f"ok   {name}")
            continue
        failed[group] += 1
        print(f"FAIL {name}")
        for problem in found:
            print("    " + problem)
        if args.verbose:
            print("    " + text.replace("\n", "\n    "))
    print()
    for group in totals:
        print(f"{group:22s} {failed[group]:3d} / {totals[group]:3d} failed")
    print(f"{'TOTAL':22s} {sum(failed.values()):3d} / {sum(totals.values()):3d} failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
