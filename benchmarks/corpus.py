"""A synthetic, deterministic corpus of N realistic briefings for the benchmarks.

`make_corpus(dest, n, seed)` writes a complete project into `dest`: N briefings
(3-8 KB of YAML each: 5 claims, 8 quotes, 5 analysts from a pool of about N/2,
topics from a pool of 20, Chinese, Cyrillic and accented Latin names among the
analysts), one article per briefing in seeds/ that every quote and evidence
excerpt is taken from (so every one of them verifies), the story files (a
title for every topic, and a key event every 50 briefings citing a sentence
of its article), the real project's mkdocs.yml, briefings/_intro.md,
overrides and hand-written docs/ assets.

The same (n, seed) always gives the same bytes: random.Random(seed) drives
every choice, and nothing reads the clock.

    python benchmarks/corpus.py /tmp/corpus --n 1000
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from generator.engine.models import slugify
from generator.engine.write import is_generated

ROOT = Path(__file__).resolve().parent.parent

TOPICS = [
    "china-russia-relations", "ukraine-war", "energy-security", "sanctions", "arms-control",
    "central-asia", "arctic-policy", "trade-and-tariffs", "nuclear-diplomacy", "taiwan-strait",
    "belt-and-road", "european-security", "middle-east", "cyber-security", "food-security",
    "climate-diplomacy", "space-race", "semiconductors", "elections", "the-west",
]

EN_FIRST = [
    "Alexander", "Bonnie", "Charles", "Dana", "Elizabeth", "Fiona", "George", "Hannah",
    "Isaac", "Julia", "Kevin", "Laura", "Michael", "Nadia", "Oliver", "Patricia", "Quentin",
    "Rachel", "Samuel", "Theresa", "Ursula", "Victor", "Wendy", "Xavier", "Yvonne", "Zachary",
    "Ali", "Brian", "Catherine", "Daniel", "Emma", "Frank", "Grace", "Henry", "Irene", "James",
    "José", "Zoë", "Søren", "Agnès",
]
EN_LAST = [
    "Abbott", "Baker", "Carter", "Dawson", "Ellis", "Fischer", "Garcia", "Hughes", "Ingram",
    "Jensen", "Keller", "Lambert", "Morrison", "Novak", "Okafor", "Parker", "Quinn", "Ramirez",
    "Schmidt", "Turner", "Underwood", "Vargas", "Walsh", "Young", "Zimmerman", "Adler", "Brooks",
    "Chen-Lewis", "Duarte", "Evans", "Foster", "Gallagher", "Holt", "Iverson", "Jordan", "Kim",
    "Núñez", "Müller", "Ødegaard", "Brennan",
]
# (hanzi, pinyin) pairs: a Chinese name needs an explicit ASCII id.
ZH_FAMILY = [
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
    ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"),
    ("胡", "Hu"), ("朱", "Zhu"), ("高", "Gao"), ("林", "Lin"), ("何", "He"), ("郭", "Guo"),
    ("马", "Ma"), ("罗", "Luo"),
]
ZH_GIVEN = [
    ("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("丽", "Li"),
    ("强", "Qiang"), ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"), ("勇", "Yong"), ("艳", "Yan"),
    ("杰", "Jie"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"), ("秀英", "Xiuying"),
    ("晓东", "Xiaodong"), ("建华", "Jianhua"), ("海燕", "Haiyan"), ("志强", "Zhiqiang"),
    ("丹", "Dan"), ("鹏", "Peng"), ("辉", "Hui"), ("玲", "Ling"), ("宇", "Yu"), ("浩", "Hao"),
    ("欣", "Xin"), ("博", "Bo"), ("婷", "Ting"),
]
RU_FIRST = [
    ("Алексей", "aleksei"), ("Мария", "maria"), ("Дмитрий", "dmitry"), ("Елена", "elena"),
    ("Сергей", "sergei"), ("Ольга", "olga"), ("Андрей", "andrei"), ("Наталья", "natalya"),
    ("Иван", "ivan"), ("Татьяна", "tatyana"), ("Михаил", "mikhail"), ("Анна", "anna"),
    ("Николай", "nikolai"), ("Ирина", "irina"), ("Павел", "pavel"), ("Светлана", "svetlana"),
    ("Владимир", "vladimir"), ("Юлия", "yulia"), ("Григорий", "grigory"), ("Вера", "vera"),
    ("Тарас", "taras"), ("Оксана", "oksana"), ("Богдан", "bohdan"), ("Людмила", "lyudmila"),
    ("Фёдор", "fyodor"), ("Ксения", "ksenia"), ("Артём", "artyom"), ("Дарья", "darya"),
    ("Егор", "yegor"), ("Полина", "polina"),
]
RU_LAST = [
    "Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов",
    "Новиков", "Морозов", "Волков", "Соловьёв", "Васильев", "Зайцев", "Павлов", "Семёнов",
    "Голубев", "Виноградов", "Богданов", "Воробьёв", "Фёдоров", "Михайлов", "Беляев",
    "Тарасов", "Белов", "Комаров", "Орлов", "Киселёв", "Макаров", "Андреев",
]
_CYR = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
    strict=True,
))

ROLES = [
    "senior fellow", "director of the China programme", "professor of international relations",
    "research fellow", "former ambassador", "chief economist", "head of the Russia desk",
    "associate professor", "visiting scholar", "senior analyst", "programme director",
    "non-resident fellow", "political scientist", "former deputy foreign minister",
]
AFFILIATIONS = [
    "Carnegie Endowment for International Peace", "Eurasia Group", "Brookings Institution",
    "Chatham House", "Renmin University of China", "Moscow State Institute of International "
    "Relations", "Council on Foreign Relations", "Lowy Institute", "Stimson Center",
    "European Council on Foreign Relations", "Tsinghua University", "Higher School of Economics",
    "RAND Corporation", "Mercator Institute for China Studies", "Kyiv School of Economics",
    "International Crisis Group", "Peking University", "King's College London",
]
OUTLETS = [
    "CNN", "GZERO Media", "Reuters", "The Guardian", "Financial Times", "Associated Press",
    "Foreign Policy", "The Diplomat", "Al Jazeera", "BBC News", "Nikkei Asia", "Le Monde",
]
OTHERS = ["Vladimir Putin", "Xi Jinping", "Joe Biden", "Olaf Scholz", "Emmanuel Macron",
          "Narendra Modi", "Recep Tayyip Erdoğan", "Volodymyr Zelensky"]

ACTORS = [
    "Beijing", "Moscow", "Washington", "Brussels", "Kyiv", "Tokyo", "New Delhi", "Ankara",
    "the Kremlin", "the European Union", "NATO", "the United Nations", "China's leadership",
    "Russia's foreign ministry", "the White House", "Central Asian governments",
    "state-owned energy companies", "Western investors", "the People's Liberation Army",
    "the Group of Seven", "regional diplomats", "the Shanghai Cooperation Organization",
]
VERBS = [
    "has quietly expanded", "is unlikely to abandon", "has signalled support for",
    "remains wary of", "is betting heavily on", "has struggled to contain",
    "is preparing to renegotiate", "publicly welcomed", "privately questioned",
    "has doubled down on", "is reluctant to finance", "has moved closer to",
    "will closely watch", "cannot afford to ignore", "has repeatedly criticised",
]
OBJECTS = [
    "the new pipeline deal", "a long-term gas contract", "joint military exercises",
    "the sanctions regime", "a ceasefire proposal", "payments in roubles and yuan",
    "the grain corridor", "arms sales to the region", "cooperation in the Arctic",
    "the export controls on chips", "a summit in Samarkand", "the peace plan",
    "its partnership without limits", "the security guarantees", "a trade agreement",
    "new port investments", "satellite navigation links", "the nuclear talks",
]
TAILS = [
    "despite mounting pressure from its trading partners",
    "at a moment when the war has not gone as planned",
    "according to officials familiar with the discussions",
    "even as economic growth slows at home",
    "while insisting that its position is neutral",
    "as relations with the West continue to deteriorate",
    "ahead of a party congress that matters more than any summit",
    "in a move that surprised many diplomats",
    "after months of difficult negotiations",
    "with an eye on the next round of elections",
    "because there is no other major power to turn to",
    "though the details remain unclear",
]
OPINIONS = [
    "This is a marriage of convenience, not an alliance",
    "Neither side wants to be seen as the junior partner",
    "The relationship is stronger than it looks from the outside",
    "Sanctions have changed the balance of power between the two",
    "What we are seeing is a hedge, not a commitment",
    "Energy is the glue that holds this partnership together",
    "The summit was more about symbolism than substance",
    "Nobody in the region wants to choose between the two",
    "The West underestimated how much they need each other",
    "There are limits to the friendship without limits",
    "Trade figures tell a more complicated story than the speeches",
    "The real test will come when interests collide in Central Asia",
    "Beijing is playing a long game and it can afford to wait",
    "Moscow has fewer options than it did a year ago",
    "It's a very dramatic moment for everyone involved",
    "The economic logic points one way and the politics another",
]
HEADLINES = [
    "{a} and {b} test the limits of partnership over {o}",
    "Analysis: why {a} {v} {o}",
    "{a} {v} {o} as {b} watches",
    "What the {o} reveals about {a} and {b}",
    "Inside the talks: {a}, {b} and {o}",
]


@dataclass(frozen=True)
class Person:
    name: str
    id: str | None  # None: the id is the slug of the name
    key: str


def _slug(text: str) -> str:
    out = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in text.lower())
    return "-".join(part for part in out.split("-") if part)


def _ru_latin(word: str) -> str:
    return "".join(_CYR.get(ch, ch) for ch in word.lower())


def analyst_pool(rng: random.Random, size: int) -> list[Person]:
    """`size` people with unique names and unique ids: about 15% Chinese, 15% Cyrillic."""
    people: list[Person] = []
    names: set[str] = set()
    keys: set[str] = set()
    attempts = 0
    while len(people) < size:
        attempts += 1
        if attempts > size * 200:
            raise ValueError(f"cannot draw {size} distinct analyst names")
        kind = rng.random()
        if kind < 0.15:
            (family, family_py), (given, given_py) = rng.choice(ZH_FAMILY), rng.choice(ZH_GIVEN)
            name, key, explicit = family + given, _slug(f"{family_py} {given_py}"), True
        elif kind < 0.30:
            (first, first_lat), last = rng.choice(RU_FIRST), rng.choice(RU_LAST)
            name, key, explicit = f"{first} {last}", _slug(f"{first_lat} {_ru_latin(last)}"), True
        else:
            name = f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
            key, explicit = None, rng.random() < 0.3
        if key is None:
            key = slugify(name)
        if name.casefold() in names or key in keys:
            continue
        names.add(name.casefold())
        keys.add(key)
        people.append(Person(name, key if explicit else None, key))
    return people


def _sentence(rng: random.Random) -> str:
    return _fix_case(
        f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."
    )


def _fix_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _folded(text: str, indent: str) -> str:
    """A `>` block: paragraphs separated by a blank line, lines wrapped near 88 columns."""
    out: list[str] = []
    for number, para in enumerate(text.split("\n\n")):
        if number:
            out.append("")
        line = ""
        for word in para.split():
            if line and len(indent) + len(line) + 1 + len(word) > 88:
                out.append(indent + line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        out.append(indent + line)
    return "\n".join(out)


def make_briefing(
    rng: random.Random, index: int, pool: list[Person]
) -> tuple[str, str, str, str]:
    """One briefing: (slug, YAML text, article text, the article's project path)."""
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    outlet = rng.choice(OUTLETS)
    analysts = rng.sample(pool, 5)
    appearances = [(p, rng.choice(ROLES), rng.choice(AFFILIATIONS)) for p in analysts]
    a, b = rng.sample(ACTORS[:8], 2)
    obj = rng.choice(OBJECTS)
    title = _fix_case(rng.choice(HEADLINES).format(a=a, b=b, o=obj, v=rng.choice(VERBS)))
    title = f"{title} ({index + 1})"
    slug = f"{day.isoformat()}-{_slug(title)[:50].strip('-')}-{index + 1}"

    # The article: narrative paragraphs, with every analyst quoted in some of them.
    paragraphs: list[list[str]] = [[_sentence(rng) for _ in range(rng.randint(2, 4))]
                                   for _ in range(rng.randint(12, 18))]
    quotes: list[tuple[str, str, str]] = []  # (text, speaker, context)
    for number in range(8):
        person, role, affiliation = appearances[number % 5]
        if number == 7:
            speaker_name = rng.choice(OTHERS)
            speaker = speaker_name
        else:
            speaker_name = person.name
            speaker = person.key if number % 3 else person.name
        said = rng.choice(OPINIONS)
        extra = _sentence(rng).rstrip(".")
        if extra.startswith("The "):
            extra = "t" + extra[1:]
        words = f"{said}, and {extra}"
        where = rng.randrange(len(paragraphs))
        if speaker_name == person.name:
            line = f"“{words},” said {speaker_name}, {role} at {affiliation}."
        else:
            line = f"“{words},” {speaker_name} told reporters."
        paragraphs[where].insert(rng.randrange(len(paragraphs[where]) + 1), line)
        text = f"{said} ... {extra}" if number == 2 else words
        context = f"On {rng.choice(OBJECTS)}"
        quotes.append((text, speaker, context))
    article = "\n\n".join(" ".join(p) for p in paragraphs) + "\n"

    narrative = [s for p in paragraphs for s in p if not s.startswith("“")]
    claims: list[tuple[str, str | None, list[str]]] = []
    for number in range(5):
        evidence = rng.sample(narrative, rng.randint(1, 2))
        by = appearances[number][0].key if number % 2 else None
        claim = (f"{_fix_case(rng.choice(ACTORS))} {rng.choice(VERBS)} {rng.choice(OBJECTS)}, "
                 f"{rng.choice(TAILS)}; the article ties this to {rng.choice(OBJECTS)}.")
        claims.append((claim, by, [e.rstrip(".") for e in evidence]))

    summary = "\n\n".join(
        " ".join(_sentence(rng) for _ in range(rng.randint(2, 3))) for _ in range(rng.randint(2, 3))
    )
    digest = hashlib.sha256(article.encode()).hexdigest()[:16]
    seed_name = f"seeds/{index:05d}_{digest}.txt"
    topics = sorted(rng.sample(TOPICS, rng.randint(2, 5)))

    lines = [
        "# yaml-language-server: $schema=../schema/briefing.schema.json",
        f"title: {_quote(title)}",
        "source:",
        f"  outlet: {_quote(outlet)}",
        f"  published: {day.isoformat()}",
        f"  url: https://example.org/{day.year}/{slug}",
        f"  authors: [{_quote(rng.choice(EN_FIRST) + ' ' + rng.choice(EN_LAST))}]",
        f"  text: {seed_name}",
        "summary: >",
        _folded(summary, "  "),
        "topics: [" + ", ".join(topics) + "]",
        "analysts:",
    ]
    for person, role, affiliation in appearances:
        lines.append(f"  - name: {_quote(person.name)}")
        if person.id:
            lines.append(f"    id: {person.id}")
        lines.append(f"    role: {_quote(role)}")
        lines.append(f"    affiliation: {_quote(affiliation)}")
    lines.append("key_claims:")
    for claim, by, evidence in claims:
        lines.append("  - claim: >")
        lines.append(_folded(claim, "      "))
        if by:
            lines.append(f"    by: {by}")
            lines.append("    by_inferred: true")  # narration: the article credits nobody
        lines.append("    evidence:")
        lines.extend(f"      - {_quote(e)}" for e in evidence)
    lines.append("quotes:")
    for text, speaker, context in quotes:
        lines.append(f"  - text: {_quote(text)}")
        lines.append(f"    speaker: {_quote(speaker)}")
        lines.append(f"    context: {_quote(context)}")
    return slug, "\n".join(lines) + "\n", article, seed_name


def copy_project_files(dest: Path, source: Path = ROOT) -> None:
    """The real site's configuration, introduction, overrides and hand-made docs/ assets."""
    for name in ("mkdocs.yml",):
        if (source / name).is_file():
            shutil.copy2(source / name, dest / name)
    intro = source / "briefings" / "_intro.md"
    if intro.is_file():
        shutil.copy2(intro, dest / "briefings" / "_intro.md")
    if (source / "overrides").is_dir():
        shutil.copytree(source / "overrides", dest / "overrides", dirs_exist_ok=True)
    docs = source / "docs"
    if docs.is_dir():
        for path in sorted(docs.rglob("*")):
            if path.is_file() and not _generated(path):
                target = dest / "docs" / path.relative_to(docs)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)


def _generated(path: Path) -> bool:
    """Pages the generator made (they carry its ownership marker) are not copied."""
    if path.suffix != ".md":
        return False
    return is_generated(path.read_text(encoding="utf-8", errors="replace"))


def make_corpus(dest: Path, n: int, seed: int = 0) -> Path:
    """Write a project with `n` briefings into `dest` (created; must be empty or absent)."""
    dest = Path(dest)
    if dest.exists() and any(dest.iterdir()):
        raise FileExistsError(f"{dest} is not empty")
    rng = random.Random(seed)
    (dest / "briefings").mkdir(parents=True, exist_ok=True)
    (dest / "seeds").mkdir(exist_ok=True)
    (dest / "docs").mkdir(exist_ok=True)
    pool = analyst_pool(rng, max(10, n // 2))
    cited: list[tuple[str, str, str]] = []  # (slug, date, a sentence of its article)
    for index in range(n):
        slug, text, article, seed_name = make_briefing(rng, index, pool)
        (dest / "briefings" / f"{slug}.yaml").write_text(text, encoding="utf-8")
        (dest / seed_name).write_text(article, encoding="utf-8")
        if index % EVENT_EVERY == 0 and len(cited) < EVENTS_MAX:
            cited.append((slug, slug[:10], _narrative_sentence(article)))
    (dest / "briefings" / "_topics.yaml").write_text(topics_file(), encoding="utf-8")
    (dest / "briefings" / "_story.yaml").write_text(story_file(cited), encoding="utf-8")
    copy_project_files(dest)
    return dest


# The story files (generator/engine/story_files.py): a title per topic, and key events,
# each citing a briefing with a sentence its article holds, so that every one verifies.
EVENT_EVERY = 50
EVENTS_MAX = 60


def _narrative_sentence(article: str) -> str:
    for paragraph in article.split("\n\n"):
        for sentence in paragraph.split(". "):
            if sentence and not sentence.startswith("“") and "”" not in sentence:
                return sentence.rstrip(".")
    raise ValueError("an article without a narrative sentence")


def topics_file() -> str:
    lines = ["# yaml-language-server: $schema=../schema/topics.schema.json"]
    for order, slug in enumerate(TOPICS):
        title = slug.replace("-", " ").capitalize()
        lines += [f"{slug}:", f"  title: {_quote(title)}",
                  f"  description: {_quote(f'Briefings about {title.lower()}, oldest first.')}"]
        if order < 5:
            lines.append(f"  order: {order + 1}")
    return "\n".join(lines) + "\n"


def story_file(cited: list[tuple[str, str, str]]) -> str:
    lines = [
        "# yaml-language-server: $schema=../schema/story.schema.json",
        'title: "A synthetic story"',
        'lede: "Briefings generated for the benchmark, with a key event every few dozen."',
        "events:",
    ]
    for number, (slug, day, sentence) in enumerate(cited, start=1):
        lines += [f"  - date: {day}", f"    title: {_quote(f'Key event {number}')}",
                  f"    briefing: {slug}", f"    excerpt: {_quote(sentence)}"]
    if not cited:
        lines[-1] = "events: []"
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    make_corpus(args.dest, args.n, args.seed)
    print(f"wrote {args.n} briefings to {args.dest}")


if __name__ == "__main__":
    main()
