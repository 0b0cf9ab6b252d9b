"""People as readers look them up: by surname, with what they do and how often they speak.

A reader scanning an index looks for "Gabuev" under G. Chinese names are
written family name first ("Shi Yinhong", "Yu Bin"), so they go under S and
Y; a name written in Chinese characters is sorted by its id, which is its
romanisation in the same order. The check is a list of common Chinese
family names in pinyin, applied only to two-word names, which is where
the order is ambiguous in practice.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

from ..engine.link import AnalystProfile, Catalog

# Common Chinese family names in pinyin (without tones).
FAMILY_FIRST = frozenset({
    "bai", "cai", "cao", "chang", "chen", "cheng", "cui", "dai", "deng", "ding", "dong", "du",
    "duan", "fan", "fang", "feng", "fu", "gao", "gong", "gu", "guo", "han", "hao", "he", "hou",
    "hu", "huang", "jia", "jiang", "jin", "kang", "kong", "lai", "lei", "li", "liang", "liao",
    "lin", "liu", "long", "lu", "luo", "ma", "mao", "meng", "pan", "pang", "peng", "qian",
    "qiao", "qin", "qiu", "ren", "shao", "shen", "shi", "song", "su", "sun", "tan", "tang",
    "tian", "wan", "wang", "wei", "wen", "wu", "xia", "xiao", "xie", "xiong", "xu", "xue",
    "yan", "yang", "yao", "ye", "yi", "yin", "yu", "yuan", "zeng", "zhang", "zhao", "zheng",
    "zhong", "zhou", "zhu", "zou",
})


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _ideographic(text: str) -> bool:
    return any("CJK" in unicodedata.name(c, "") for c in text)


@lru_cache(maxsize=1 << 16)  # every index and analyst page sorts the same names again
def surname_first(name: str, key: str) -> tuple[str, ...]:
    """The sort key of a person: surname, then the other names, then the id."""
    if _ideographic(name):
        return (*key.split("-"), key)
    words = [_plain(w) for w in name.split()]
    if not words:
        return (key,)
    if len(words) == 2 and words[0] in FAMILY_FIRST:
        return (words[0], words[1], key)
    return (words[-1], *words[:-1], key)


def initial(profile: AnalystProfile) -> str:
    """The letter a person is listed under (A-Z, or # for anything else)."""
    first = surname_first(profile.name, profile.id)[0][:1].upper()
    return first if "A" <= first <= "Z" else "#"


def by_surname(catalog: Catalog) -> list[AnalystProfile]:
    return sorted(catalog.analysts.values(), key=lambda p: surname_first(p.name, p.id))


def quote_count(profile: AnalystProfile) -> int:
    return sum(
        1 for a in profile.appearances for q in a.entry.quotes if q.speaker.analyst_id == profile.id
    )


def most_quoted(catalog: Catalog, limit: int) -> list[tuple[AnalystProfile, int]]:
    """The people quoted most often (then in most briefings, then by surname)."""
    # One pass over the quotes: a quote's speaker is resolved within its own briefing,
    # so this counts what `quote_count` counts, for everyone at once.
    quotes = Counter(q.speaker.analyst_id for entry in catalog.entries for q in entry.quotes)
    counted = [(p, quotes[p.id]) for p in catalog.analysts.values() if quotes[p.id]]
    counted.sort(key=lambda pn: (-pn[1], -len(pn[0].appearances), surname_first(pn[0].name,
                                                                                 pn[0].id)))
    return counted[:limit]


def latest_role(profile: AnalystProfile) -> tuple[str | None, str | None]:
    """The role and affiliation the newest article gave (appearances are newest first)."""
    if not profile.appearances:
        return None, None
    analyst = profile.appearances[0].analyst
    return analyst.role, analyst.affiliation
