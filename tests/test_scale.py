"""No page grows with the archive: every long list is cut into parts (pages/paging.py).

A synthetic catalog is rendered at two sizes, four times apart, over the same
two years, with as many people per briefing and topics as the benchmark
corpus (benchmarks/corpus.py): each analyst is cited ten times whatever the
size, as in the corpus where the pool is half the number of briefings. The
largest page of every kind must stay the same size; only the number of pages
grows. (`make bench` measures build time and site size per briefing at
1,000 and 5,000 briefings; this is the fast check of the pages' shape.)
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from generator.engine.check import CheckedFile, Inputs
from generator.engine.link import link
from generator.engine.load import Document
from generator.engine.models import Briefing
from generator.engine.problems import Problems
from generator.engine.story import LinkedEvent, Story
from generator.engine.story_files import Event, Topic
from generator.engine.verify import UNVERIFIED
from generator.pages import paging
from generator.pages.memo import RenderMemo
from generator.pages.routes import route_of
from generator.pages.site import render_site

SMALL, LARGE = 240, 960
TOPICS = [f"topic-{n}" for n in range(20)]
START = date(2021, 1, 1)
DAYS = 730


def briefing(index: int, size: int, star: bool = False) -> Briefing:
    """One briefing; with `star`, its first person is the same analyst in every briefing."""
    pool = size // 2
    people: list[int | str] = [(index * 5 + k) % pool for k in range(5)]
    if star:
        people[0] = "star"
    analysts = [{"name": f"Person{p:04d} Surname{p:04d}" if p != "star" else "Stella Star",
                 "id": f"person-{p}", "role": "senior fellow",
                 "affiliation": "An Institute of Long Names"}
                for p in people]
    day = START + timedelta(days=index * DAYS // size)
    return Briefing.model_validate({
        "title": f"A headline of some length about the partnership, number {index}",
        "source": {"outlet": f"Outlet {index % 12}", "published": day,
                   "url": f"https://example.org/{index}"},
        "summary": "A summary of two sentences. It says what the article says.",
        "topics": [TOPICS[index % 20], TOPICS[(index * 7 + 3) % 20], TOPICS[(index * 3 + 1) % 20]],
        "analysts": analysts,
        "key_claims": [
            {"claim": f"Claim {k} of briefing {index}, in the editor's words, of a usual length.",
             "by": f"person-{people[k]}" if k % 2 else None,
             "evidence": [f"an excerpt of the article, number {k}, as the article printed it"]}
            for k in range(5)
        ],
        "quotes": [
            {"text": f"A quote of a dozen words or so from the article, number {k}",
             "speaker": f"person-{people[k % 5]}", "context": "On the partnership"}
            for k in range(8)
        ],
    })


TOPIC_TITLES = {slug: Topic(title=f"Topic {slug}", description="What it covers.")
                for slug in TOPICS}


def checked(index: int, briefing: Briefing) -> CheckedFile:
    slug = f"b-{index:05d}"
    path = Path(f"briefings/{slug}.yaml")
    return CheckedFile(path, Inputs(None), Problems(), Document(path, path.as_posix(), slug, {}),
                       briefing)


def make_files(size: int, star: bool = False) -> list[CheckedFile]:
    return [checked(index, briefing(index, size, star)) for index in range(size)]


def render_files(files: list[CheckedFile], memo: RenderMemo | None = None) -> dict[str, str]:
    catalog, problems = link(files)
    assert problems.errors == []
    entries = catalog.entries[::40]  # an editor's key events: a few, not one per briefing
    events = tuple(
        LinkedEvent(Event(date=e.published, title="Something happened", briefing=e.slug,
                          excerpt="an excerpt"), e, UNVERIFIED)
        for e in entries[:12]
    )
    story = Story("The story", "The lede.", TOPIC_TITLES, events)
    return render_site(catalog, "An introduction.", memo, story=story)


def render(size: int, star: bool = False) -> dict[str, str]:
    return render_files(make_files(size, star))


# A list's first page and its other parts are one family: the page at the list's own
# address holds the newest part, which fills up as briefings arrive.
FAMILY = {"topic-part": "topic", "timeline-part": "timeline", "analysts-part": "analysts-index",
          "analyst-part": "analyst"}


def largest(pages: dict[str, str]) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for path, text in pages.items():
        if not path.endswith(".md"):
            continue
        kind = route_of(path).name
        kind = FAMILY.get(kind, kind)
        sizes[kind] = max(sizes.get(kind, 0), len(text.encode("utf-8")))
    return sizes


@pytest.fixture(scope="module")
def small() -> dict[str, str]:
    return render(SMALL)


@pytest.fixture(scope="module")
def large() -> dict[str, str]:
    return render(LARGE)


def test_the_largest_page_of_every_kind_stays_the_same_size(small, large):
    """A page listing the archive would be four times larger at four times the briefings.
    A part holds between n and 2n - 1 items (its last one takes in a short rest), so a
    bounded page may be up to twice as large at one size as at another, never more."""
    before, after = largest(small), largest(large)
    assert set(after) >= set(before)
    grown = {kind: (before[kind], size) for kind, size in after.items()
             if kind in before and size > before[kind] * 2}
    assert grown == {}
    assert max(after.values()) <= max(before.values()) * 1.5


def test_the_long_lists_are_in_parts_and_only_their_number_grows(small, large):
    def kinds(pages):
        return Counter(route_of(path).name for path in pages if path.endswith(".md"))

    few, many = kinds(small), kinds(large)
    for kind in ("timeline-part", "topic-part", "analysts-part"):
        assert many[kind] > few[kind], kind
    assert many["briefing"] == LARGE and few["briefing"] == SMALL


def test_every_part_holds_at_most_its_share(large):
    for path, text in large.items():
        if path.startswith("timeline/"):
            assert text.count('class="story-item story-item--briefing"') < 2 * paging.TIMELINE_PAGE
        if path.startswith("topics/") and not path.endswith("index.md"):
            assert text.count("\n## ") < 2 * paging.TOPIC_PAGE
    home = large["index.md"]
    assert home.count('class="story-item story-item--briefing"') == paging.HOME_STORY
    assert large["briefings/index.md"].count("\n- ") == paging.BRIEFINGS_LATEST


def test_an_analyst_cited_in_every_briefing_gets_parts_not_one_long_page():
    """A columnist quoted in every article would otherwise get a page as long as the archive."""
    size = 3 * paging.ANALYST_PAGE + 5
    pages = render(size, star=True)
    mine = {path: text for path, text in pages.items()
            if path == "analysts/person-star.md" or path.startswith("analysts/parts/person-star-")}
    assert len(mine) == 3
    counts = {path: text.count("\n## ") for path, text in mine.items()}
    assert sum(counts.values()) == size
    assert all(paging.ANALYST_PAGE <= n < 2 * paging.ANALYST_PAGE for n in counts.values())
    newest = mine["analysts/person-star.md"]
    assert "# Stella Star\n" in newest  # the own page is not called a part
    assert "# Stella Star, part 1" in mine["analysts/parts/person-star-1.md"]
    assert "parts/person-star-2.md" in newest  # the pager leads to the older parts
    # The newest part holds the newest briefing; the first part the oldest.
    assert f"b-{size - 1:05d}" in newest and "b-00000" in mine["analysts/parts/person-star-1.md"]


class CountingMemo(RenderMemo):
    """A memo that records which pages it had to render again."""

    def __init__(self) -> None:
        super().__init__()
        self.rendered: list[str] = []

    def get(self, path, inputs, render, values=()):
        def counted():
            self.rendered.append(path)
            return render()

        return super().get(path, inputs, counted, values)


def edited(files: list[CheckedFile], index: int, **changes) -> list[CheckedFile]:
    """The files with one briefing replaced by an edited copy (a save under serve)."""
    data = files[index].briefing.model_dump()
    for key, value in changes.items():
        if key == "published":
            data["source"]["published"] = value
        elif key == "extra_analyst":
            data["analysts"].append({"name": value, "id": None, "role": "senior fellow",
                                     "affiliation": "An Institute of Long Names"})
        elif key == "first_analyst":
            data["analysts"][0].update(name=value, id=None)  # a new person, not a rename
        else:
            data[key] = value
    return [*files[:index], checked(index, Briefing.model_validate(data)), *files[index + 1:]]


@pytest.mark.parametrize("changes", [
    {"title": "An edited headline"},
    {"published": date(2019, 6, 1)},  # to another year: the timeline and topic parts shift
    {"first_analyst": "Somebody Else"},  # a name: the analysts index labels may change
    {"topics": ["topic-19"]},
])
def test_a_memo_over_parts_gives_what_a_fresh_render_gives(changes):
    """Paged lists reuse parts by their briefings and by what they show of the rest
    (pager labels, totals, voices heard before): never a stale part."""
    files = make_files(SMALL)
    memo = CountingMemo()
    render_files(files, memo)
    later = edited(files, SMALL // 2, **changes)
    memo.rendered.clear()
    assert render_files(later, memo) == render_files(later)


def test_after_a_title_edit_only_the_parts_listing_it_are_rendered_again():
    files = make_files(SMALL)
    memo = CountingMemo()
    render_files(files, memo)
    memo.rendered.clear()
    assert render_files(files, memo) and all(
        route_of(path).name in {"home", "timeline", "briefings-index", "topics-index", "data-page",
                                "data-package", "how-we-verify"}
        for path in memo.rendered), memo.rendered
    memo.rendered.clear()
    render_files(edited(files, SMALL // 2, title="An edited headline"), memo)
    kinds = Counter(route_of(path).name for path in memo.rendered)
    assert kinds["analysts-part"] + kinds["analysts-index"] <= 5  # its five analysts' parts
    assert kinds["timeline-part"] == 1
    # A topic's parts up to the edited one are reused; only its own part and the
    # parts after it (whose "voices before" include it) may change.
    assert kinds["topic-part"] + kinds["topic"] < sum(
        1 for path in memo.rendered if path.startswith("topics/")) + 1
    assert len(memo.rendered) < 60, memo.rendered


def test_a_part_is_rendered_again_when_what_it_shows_of_the_rest_changes():
    """Two parts whose own briefings are untouched must still change: a topic's later
    part when a voice it called new is now heard earlier, and every part of the
    analysts index when the number of analysts changes."""
    size = 480  # topic-0 in three parts, the analysts index in two
    first, last = 20, 460  # both on topic-0, in its first and last parts
    files = edited(make_files(size), last, extra_analyst="Zoe Zulu")
    memo = RenderMemo()
    before = render_files(files, memo)
    heard_earlier = edited(files, first, extra_analyst="Zoe Zulu")
    after = render_files(heard_earlier, memo)
    assert after == render_files(heard_earlier)
    assert after["topics/topic-0.md"] != before["topics/topic-0.md"]
    one_more = edited(heard_earlier, 30, extra_analyst="Zack Zorn")  # people of the last part
    after = render_files(one_more, memo)
    assert after == render_files(one_more)
    assert "242 analysts" in after["analysts/index.md"]
