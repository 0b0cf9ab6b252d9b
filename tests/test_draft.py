"""`briefings new`: the drafted quotes, speakers and analysts, and the files it writes.

The seed measurement compares what `briefings new` writes for the three seed
articles with hand labels (tests/fixtures/seed_labels.yaml); `pytest -s` shows
the numbers. The other tests pin each attribution pattern on a made-up example.
"""

from __future__ import annotations

import string
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from generator.drafting.create import create
from generator.drafting.emit import TODO_TITLE, to_yaml
from generator.drafting.extract import Extraction, FoundQuote, extract
from generator.drafting.people import Person
from generator.drafting.plan import Draft, Request, default_slug, fill_quotes
from generator.drafting.reading import article_body
from generator.engine import check
from generator.engine.article import read_article
from generator.engine.verify import Article, Verdict, normalise

LABELS = Path(__file__).resolve().parent / "fixtures" / "seed_labels.yaml"
THRESHOLD = 0.9
_EDGE = string.punctuation + " "


# --- Measuring against the hand labels ----------------------------------------------


@dataclass(frozen=True)
class Pair:
    """A (text, who) pair: a quote and its speaker, or an analyst and their affiliation."""

    text: str
    who: str


@dataclass(frozen=True)
class Score:
    matched_drafted: int
    drafted: int
    matched_labelled: int
    labelled: int

    @property
    def precision(self) -> float:
        return self.matched_drafted / self.drafted if self.drafted else 1.0

    @property
    def recall(self) -> float:
        return self.matched_labelled / self.labelled if self.labelled else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.matched_drafted + other.matched_drafted,
            self.drafted + other.drafted,
            self.matched_labelled + other.matched_labelled,
            self.labelled + other.labelled,
        )

    def __str__(self) -> str:
        return (
            f"precision {self.precision:.3f} ({self.matched_drafted}/{self.drafted}), "
            f"recall {self.recall:.3f} ({self.matched_labelled}/{self.labelled})"
        )


def norm(text: str | None) -> str:
    return normalise(text or "").strip(_EDGE)


def same_quote(drafted: Pair, labelled: Pair) -> bool:
    """Equal normalised words, or one inside the other; and the same speaker."""
    a, b = norm(drafted.text), norm(labelled.text)
    return bool(a and b) and (a in b or b in a) and norm(drafted.who) == norm(labelled.who)


def same_analyst(drafted: Pair, labelled: Pair) -> bool:
    return norm(drafted.text) == norm(labelled.text) and norm(drafted.who) == norm(labelled.who)


def score(drafted: list[Pair], labelled: list[Pair], match: Callable[[Pair, Pair], bool]) -> Score:
    return Score(
        sum(any(match(d, lab) for lab in labelled) for d in drafted),
        len(drafted),
        sum(any(match(d, lab) for d in drafted) for lab in labelled),
        len(labelled),
    )


def seed_labels() -> list[dict]:
    return yaml.safe_load(LABELS.read_text(encoding="utf-8"))["seeds"]


def written_pairs(path: Path) -> tuple[list[Pair], list[Pair]]:
    """(quote, speaker name) and (analyst, affiliation) pairs of a written briefing."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    names = {a["id"]: a["name"] for a in data["analysts"]}
    quotes = [Pair(q["text"], names.get(q["speaker"], q["speaker"])) for q in data["quotes"]]
    analysts = [Pair(a["name"], a.get("affiliation", "")) for a in data["analysts"]]
    return quotes, analysts


@pytest.fixture
def drafted_seeds(project: Callable[..., Path]) -> tuple[Path, dict[str, Path]]:
    """`briefings new` run on each seed article, in a project that has no briefings yet."""
    root = project()
    written = {}
    for i, label in enumerate(seed_labels()):
        request = Request(root / label["file"], root, "Outlet", date(2022, 1, 1), slug=f"seed-{i}")
        outcome = create(request)
        assert not outcome.problems.errors, outcome.problems
        assert outcome.briefing is not None
        written[label["file"]] = outcome.briefing
    return root, written


def test_labels_are_verbatim() -> None:
    """A typo in a label would make the measurement meaningless."""
    root = Path(__file__).resolve().parent.parent
    for label in seed_labels():
        article = Article((root / label["file"]).read_text(encoding="utf-8"))
        for quote in label["quotes"]:
            assert isinstance(article.find(quote["text"]), Verdict), quote["text"]


def test_seed_precision_and_recall(drafted_seeds: tuple[Path, dict[str, Path]]) -> None:
    _, written = drafted_seeds
    quote_total = Score(0, 0, 0, 0)
    analyst_total = Score(0, 0, 0, 0)
    print()
    for label in seed_labels():
        quotes, analysts = written_pairs(written[label["file"]])
        expected_quotes = [Pair(q["text"], q["speaker"]) for q in label["quotes"]]
        expected_analysts = [Pair(a["name"], a["affiliation"]) for a in label["analysts"]]
        q_score = score(quotes, expected_quotes, same_quote)
        a_score = score(analysts, expected_analysts, same_analyst)
        quote_total, analyst_total = quote_total + q_score, analyst_total + a_score
        name = Path(label["file"]).name
        print(f"{name}  (quote, speaker): {q_score}")
        print(f"{name}  (analyst, affiliation): {a_score}")
    print(f"all seeds (quote, speaker): {quote_total}")
    print(f"all seeds (analyst, affiliation): {analyst_total}")
    assert quote_total.precision >= THRESHOLD and quote_total.recall >= THRESHOLD
    assert analyst_total.precision >= THRESHOLD and analyst_total.recall >= THRESHOLD


def test_seed_roles(drafted_seeds: tuple[Path, dict[str, Path]]) -> None:
    """Roles are not part of the pairs measured above; they are held to the labels too."""
    _, written = drafted_seeds
    for label in seed_labels():
        data = yaml.safe_load(written[label["file"]].read_text(encoding="utf-8"))
        roles = {a["name"]: a.get("role") for a in data["analysts"]}
        for analyst in label["analysts"]:
            assert roles.get(analyst["name"]) == analyst["role"]


def test_every_drafted_quote_verifies(drafted_seeds: tuple[Path, dict[str, Path]]) -> None:
    root, written = drafted_seeds
    for seed, path in written.items():
        article = Article((root / seed).read_text(encoding="utf-8"))
        for quote in yaml.safe_load(path.read_text(encoding="utf-8"))["quotes"]:
            assert isinstance(article.find(quote["text"]), Verdict), quote["text"]
    result = check(root)
    assert not result.problems.errors, [p.format() for p in result.problems.errors]
    assert result.count == 3


def test_seed_boilerplate_is_not_drafted(drafted_seeds: tuple[Path, dict[str, Path]]) -> None:
    _, written = drafted_seeds
    text = "\n".join(path.read_text(encoding="utf-8") for path in written.values())
    for furniture in ("highly dangerous criminal aliens", "Sign up here", "Source: CNN",
                      "Marc Fogel", "Luisa Vieira"):
        assert furniture not in text


# --- Attribution patterns, on made-up examples ---------------------------------------


def pairs(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker_name) for q in extract(textwrap.dedent(text)).quotes]


def analysts(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.name, a.role, a.affiliation) for a in extract(textwrap.dedent(text)).analysts]


def test_curly_and_straight_marks() -> None:
    assert pairs("""
        “Curly marks are quotes,” said Jane Doe, a professor at Example University.

        "Straight marks are quotes too," said Jane Doe.
    """) == [
        ("Curly marks are quotes", "Jane Doe"),
        ("Straight marks are quotes too", "Jane Doe"),
    ]


def test_pieces_split_by_he_added() -> None:
    assert pairs("""
        Mark Stone, a professor of history at Example University, was hopeful.

        “The talks went well,” he added. “Both sides want to meet again.”
    """) == [
        ("The talks went well", "Mark Stone"),
        ("Both sides want to meet again.", "Mark Stone"),
    ]


def test_quote_over_two_paragraphs() -> None:
    """An open quote at a paragraph's end continues in the next paragraph's quote."""
    assert pairs("""
        Lena Park, an economist at the Example Bank, was blunt.

        “Growth will slow this year, and the slowdown will hurt exporters first.

        “Nobody should be surprised by that,” Park said.
    """) == [
        ("Growth will slow this year, and the slowdown will hurt exporters first.", "Lena Park"),
        ("Nobody should be surprised by that", "Lena Park"),
    ]


def test_said_surname_after_first_mention() -> None:
    assert pairs("""
        Shi Yinhong, an international relations professor at Renmin University in Beijing, was
        cautious about the summit.

        “China has no other choice,” said Shi with Renmin University.
    """) == [("China has no other choice", "Shi Yinhong")]


def test_surname_added() -> None:
    assert pairs("""
        “They need to keep Russia on board,” said Theresa Fallon, director of the Centre for
        Russia Europe Asia Studies in Brussels.

        “For China it is about the long term,” Fallon added.
    """) == [
        ("They need to keep Russia on board", "Theresa Fallon"),
        ("For China it is about the long term", "Theresa Fallon"),
    ]


def test_she_said_after_a_named_person() -> None:
    """The pronoun is the most recently named person, not a name inside a quote."""
    assert pairs("""
        Beijing wanted some room, said Theresa Fallon, director of the Centre for Russia Europe
        Asia Studies in Brussels.

        “I think Putin and Xi both know it,” she said.
    """) == [("I think Putin and Xi both know it", "Theresa Fallon")]


def test_says_surname() -> None:
    assert pairs("""
        "The war has not gone the way China expected," says Eurasia Group senior analyst Ali Wyne.

        "China is wary of throwing Russia under the bus," says Wyne.
    """) == [
        ("The war has not gone the way China expected", "Ali Wyne"),
        ("China is wary of throwing Russia under the bus", "Ali Wyne"),
    ]


def test_x_said_at_the_end_of_the_sentence() -> None:
    assert pairs("""
        Shi Yinhong, an international relations professor at Renmin University, was struck.
        It was “the most low-key statement in years” by Xi, Shi said.
    """) == [("the most low-key statement in years", "Shi Yinhong")]


def test_according_to_and_speech_verbs_before_a_quote() -> None:
    """Officials are speakers of their words, named in full, but not analysts."""
    text = """
        Chinese Foreign Minister Wang Yi spoke to his US counterpart last week. Wang called for
        “legitimate security concerns” to be taken seriously. Trade will grow “in the near
        future,” according to Russian President Vladimir Putin.
    """
    assert pairs(text) == [
        ("legitimate security concerns", "Wang Yi"),
        ("in the near future", "Vladimir Putin"),
    ]
    assert analysts(text) == []


def test_role_and_affiliation_at_first_mention() -> None:
    text = """
        “No schism opened,” said Brian Hart, a fellow with the China Power Project at the Center
        for Strategic and International Studies.

        “It is a dramatic moment,” said Alexander Gabuev, a senior fellow and the chair of the
        Russia in the Asia-Pacific Program at the Carnegie Moscow Center.

        "China is wary," says Eurasia Group senior analyst Ali Wyne.

        Beijing was careful, observed Shi Yinhong, an international relations professor at
        Renmin University in Beijing. “It was prudent,” Shi said.

        “Chemistry matters,” said Steve Tsang, director of SOAS China Institute at the
        University of London. Later, Carnegie Moscow Center’s Gabuev added a caveat.
    """
    assert analysts(text) == [
        ("Brian Hart", "fellow with the China Power Project",
         "Center for Strategic and International Studies"),
        ("Alexander Gabuev",
         "senior fellow and the chair of the Russia in the Asia-Pacific Program",
         "Carnegie Moscow Center"),
        ("Ali Wyne", "senior analyst", "Eurasia Group"),
        ("Shi Yinhong", "international relations professor", "Renmin University in Beijing"),
        ("Steve Tsang", "director", "SOAS China Institute at the University of London"),
    ]


def test_name_described_before_the_verb_and_told() -> None:
    """ "X, a ..., said", "X, who ..., said" and "X told CNN" (but not "told X")."""
    assert pairs("""
        “We are ready to talk,” Jane Doe, a senior fellow at Example Institute, said.

        John Roe, who teaches at Example University, said the war “will be long.”

        “Nobody wants that,” Roe told CNN. “Talks are the answer,” Doe told John Roe.
    """) == [
        ("We are ready to talk", "Jane Doe"),
        ("will be long.", "John Roe"),
        ("Nobody wants that", "John Roe"),
        ("Talks are the answer", "Jane Doe"),
    ]


def test_honorific_and_described_by_is() -> None:
    assert pairs("""
        Jane Doe is a senior fellow at Example Institute.

        “We are ready,” said Ms. Doe.
    """) == [("We are ready", "Jane Doe")]


def test_scare_quotes_are_left_out() -> None:
    extraction = extract(textwrap.dedent("""
        Xi relied on “cloud diplomacy,” and kept the “zero-Covid” policy. He did not even refer
        to the much-heralded “strategic partnership” between Beijing and Moscow, observed Jane
        Doe, a professor at Example University.
    """))
    assert extraction.quotes == []
    assert extraction.unattributed == ["cloud diplomacy", "zero-Covid", "strategic partnership"]


def test_words_of_a_country_are_left_out() -> None:
    assert pairs("It was a call that Russia said amounted to “whipping up hysteria.”") == []


def test_joint_speakers() -> None:
    assert pairs("""
        Back then, Xi Jinping and Vladimir Putin announced a friendship "without limits."
    """) == [("without limits.", "Xi Jinping and Vladimir Putin")]


BOILERPLATE = """\
Example headline about the summit

Chinese President Xi Jinping (L) and Russian President Vladimir Putin (R) say “cheese” at a summit.

Editor’s Note: A version of this story appeared in the “Daily” newsletter. Sign up here.

Hong Kong CNN  —\u00a0

“The summit matters,” said Jane Doe, a professor at Example University.

In this image made from video, a leader speaks. (Press Service via AP)
Reporter explains what “the plan” means
02:14 - Source: CNN

More from Example Media

“Unrelated words,” said John Roe, an analyst at Other Group.
"""


def test_boilerplate_is_skipped() -> None:
    title, kept = article_body(BOILERPLATE)
    assert title == "Example headline about the summit"
    assert [p.text for p in kept] == [
        "“The summit matters,” said Jane Doe, a professor at Example University."
    ]
    assert pairs(BOILERPLATE) == [("The summit matters", "Jane Doe")]
    assert analysts(BOILERPLATE) == [("Jane Doe", "professor", "Example University")]


def test_title_guess() -> None:
    headline = "Relationship status: It’s complicated"
    repeated = f"{headline}\n\n{headline}\nA Byline\n\nText."
    assert extract(repeated).title == "Relationship status: It’s complicated"
    assert [p.text for p in extract(repeated).paragraphs] == ["Text."]
    assert read_article("When the leaders met, they smiled.\n\nMore.").title is None
    assert default_slug(date(2022, 9, 13), "China-Russia: It’s complicated", Path("x.txt")) == (
        "2022-09-13-china-russia-its-complicated"
    )
    assert default_slug(date(2022, 9, 13), None, Path("000_ab.txt")) == "2022-09-13-000-ab"


# --- Writing the files -------------------------------------------------------------------

ARTICLE = """\
Leaders meet as tensions rise

“It is a very dramatic moment,” said Alexander Gabuev, a senior fellow at the Carnegie Moscow
Center.

Xi called Putin his “old friend” in December, according to state media.
"""


def write_article(folder: Path, name: str = "article.txt", text: str = ARTICLE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def request(root: Path, article: Path, **options: object) -> Request:
    fields: dict = {"outlet": "CNN", "published": date(2022, 2, 2), **options}
    return Request(article, root, **fields)


def test_new_copies_the_article_into_seeds(tmp_path: Path) -> None:
    root = tmp_path / "project"
    article = write_article(tmp_path / "inbox")
    outcome = create(request(root, article))
    assert not outcome.problems.errors, outcome.problems
    assert outcome.copied
    assert (root / "seeds" / "article.txt").read_bytes() == article.read_bytes()
    written = (root / "briefings" / "2022-02-02-leaders-meet-as-tensions-rise.yaml")
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/briefing.schema.json\n")
    data = yaml.safe_load(text)
    assert data["title"] == "Leaders meet as tensions rise"
    assert data["source"]["text"] == "seeds/article.txt"
    assert data["quotes"] == [
        {"text": "It is a very dramatic moment", "speaker": "alexander-gabuev"}
    ]
    assert data["summary"].startswith("TODO") and data["key_claims"][0]["claim"].startswith("TODO")
    assert not check(root).problems.errors


def test_article_already_in_seeds_is_not_copied(tmp_path: Path) -> None:
    article = write_article(tmp_path / "seeds")
    outcome = create(request(tmp_path, article, slug="from-seeds"))
    assert not outcome.problems.errors and not outcome.copied
    assert sorted(p.name for p in (tmp_path / "seeds").iterdir()) == ["article.txt"]


def test_a_different_seed_of_the_same_name_is_an_error(tmp_path: Path) -> None:
    write_article(tmp_path / "seeds", text="Another article.\n")
    article = write_article(tmp_path / "inbox")
    outcome = create(request(tmp_path, article))
    assert [p.message for p in outcome.problems.errors] == [
        "a different file with this name is already in seeds/"
    ]
    assert (tmp_path / "seeds" / "article.txt").read_text() == "Another article.\n"
    assert not list((tmp_path / "briefings").glob("*.yaml"))


def test_an_identical_seed_is_reused(tmp_path: Path) -> None:
    write_article(tmp_path / "seeds")
    outcome = create(request(tmp_path, write_article(tmp_path / "inbox")))
    assert not outcome.problems.errors and not outcome.copied
    assert yaml.safe_load(outcome.briefing.read_text())["source"]["text"] == "seeds/article.txt"


def test_never_overwrites(tmp_path: Path) -> None:
    article = write_article(tmp_path / "inbox")
    first = create(request(tmp_path, article, slug="one"))
    assert first.briefing is not None
    first.briefing.write_text(first.briefing.read_text() + "# edited\n", encoding="utf-8")
    before = first.briefing.read_text()
    second = create(request(tmp_path, article, slug="one"))
    assert second.briefing is None
    assert "never overwrites" in second.problems.errors[0].message
    assert first.briefing.read_text() == before


def test_analyst_ids_agree_with_the_project(tmp_path: Path) -> None:
    """An analyst already in a briefing keeps their id; another person's id is not reused."""
    existing = """\
        title: Earlier
        source: {outlet: CNN, published: 2022-01-01}
        summary: Earlier.
        analysts:
          - {name: Alexander Gabuev, id: gabuev}
          - {name: Jane Dóe, id: jane-doe}
        key_claims: [{claim: Earlier.}]
        """
    (tmp_path / "briefings").mkdir()
    (tmp_path / "briefings" / "earlier.yaml").write_text(textwrap.dedent(existing))
    text = ARTICLE + "\n“Prices will rise,” said Jane Doe, a professor at Other University.\n"
    article = write_article(tmp_path / "inbox", text=text)
    outcome = create(request(tmp_path, article, slug="later"))
    assert not outcome.problems.errors, outcome.problems
    data = yaml.safe_load(outcome.briefing.read_text())
    assert [(a["name"], a["id"]) for a in data["analysts"]] == [
        ("Alexander Gabuev", "gabuev"),
        ("Jane Doe", "jane-doe-2"),
    ]
    assert not check(tmp_path).problems.errors


def test_yaml_is_quoted_safely(tmp_path: Path) -> None:
    """Outlets like NO and titles with YAML syntax come back as the same text."""
    article = write_article(tmp_path / "inbox")
    title = 'He said: "yes" # really, & *not* an alias'
    outcome = create(request(tmp_path, article, outlet="NO", title=title, slug="tricky",
                             url="https://example.org/a?b=c#d"))
    assert not outcome.problems.errors, outcome.problems
    data = yaml.safe_load(outcome.briefing.read_text())
    assert (data["source"]["outlet"], data["title"]) == ("NO", title)
    assert not check(tmp_path).problems.errors


def test_a_quote_that_does_not_verify_is_dropped_with_a_warning(tmp_path: Path) -> None:
    person = Person("Jane Doe", (0, 0))
    article = Article("“It is real,” said Jane Doe.")
    extraction = Extraction(
        None, [FoundQuote("It is real", (person,), 1), FoundQuote("It is invented", (person,), 1)],
        [person], [person], [], read_article("“It is real,” said Jane Doe.").body(),
    )
    draft = Draft("x", None, "seeds/a.txt", request(tmp_path, tmp_path / "a.txt"))
    warnings = fill_quotes(draft, extraction, article, "seeds/a.txt")
    assert [q.text for q in draft.quotes] == ["It is real"]
    assert [w.format() for w in warnings] == [
        "seeds/a.txt:1:1: warning: quote left out of the draft, not found verbatim in the "
        "article: “It is invented”"
    ]
    assert TODO_TITLE in to_yaml(draft)


def test_cli_new_writes_a_briefing_that_passes_check(project: Callable[..., Path]) -> None:
    root = project()
    runner = CliRunner()
    args = ["new", str(root / "seeds" / "001_28fd252f425cbc12.txt"), "--outlet", "GZERO Media",
            "--published", "2022-09-13", "--root", str(root)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    slug = "2022-09-13-china-russia-relationship-status-its-complicated"
    assert f"wrote briefings/{slug}.yaml: 4 quote(s), 1 analyst(s)" in result.output
    # the draft is an aid: the editor is told to check who said each quote and each
    # analyst's post against the article, not only to fill in the TODOs
    assert ("check each quote's speaker and each analyst's role and affiliation against "
            "the article") in result.output
    assert not check(root).problems.errors
    assert runner.invoke(main, ["check", "--root", str(root)]).exit_code == 0
    again = runner.invoke(main, args)
    assert again.exit_code == 1
    assert "never overwrites" in again.output


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--published", "2022-02-30"], "is not a date written YYYY-MM-DD"),
        (["--published", "2022-02-02", "--slug", "Bad Slug"], "is not a slug"),
        (["--published", "2022-02-02", "--url", "ftp://x.org/a"], "http:// or https://"),
        (["--published", "2022-02-02", "--outlet", " "], "must not be empty"),
        ([], "Missing option '--published'"),
    ],
)
def test_cli_new_usage_errors(tmp_path: Path, extra: list[str], message: str) -> None:
    article = write_article(tmp_path / "inbox")
    args = ["new", str(article), "--outlet", "CNN", *extra, "--root", str(tmp_path)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "briefings").exists() and not (tmp_path / "seeds").exists()


def test_cli_new_reports_a_non_utf8_article(tmp_path: Path) -> None:
    article = tmp_path / "latin1.txt"
    article.write_bytes("caf\xe9".encode("latin-1"))
    result = CliRunner().invoke(
        main, ["new", str(article), "--outlet", "CNN", "--published", "2022-02-02",
               "--root", str(tmp_path)]
    )
    assert result.exit_code == 1
    assert "not UTF-8" in result.output and "nothing was written" in result.output


def test_byline_and_inferred_date_are_drafted(tmp_path: Path) -> None:
    text = "Leaders meet as tensions rise\n\nBy Jane Roe and John Doe\n\n" + ARTICLE.split(
        "\n\n", 1
    )[1]
    article = write_article(tmp_path / "inbox", text=text)
    outcome = create(request(tmp_path, article, published_latest=date(2022, 2, 5)))
    assert not outcome.problems.errors, outcome.problems
    data = yaml.safe_load(outcome.briefing.read_text(encoding="utf-8"))
    assert data["source"]["authors"] == ["Jane Roe", "John Doe"]
    assert data["source"]["published_latest"] == date(2022, 2, 5)
    assert "title_by_editor" not in data  # the article's own headline


def test_title_by_editor_when_no_headline_or_given(tmp_path: Path) -> None:
    body = ARTICLE.split("\n\n", 1)[1]
    outcome = create(request(tmp_path, write_article(tmp_path / "a", text=body), slug="a"))
    data = yaml.safe_load(outcome.briefing.read_text(encoding="utf-8"))
    assert (data["title"], data["title_by_editor"]) == (TODO_TITLE, True)
    outcome = create(request(tmp_path, write_article(tmp_path / "b", "b.txt", body), slug="b",
                             title="Leaders meet in Beijing"))
    text = outcome.briefing.read_text(encoding="utf-8")
    assert "given with --title" in text
    assert yaml.safe_load(text)["title_by_editor"] is True
    assert not check(tmp_path).problems.errors


def test_cli_new_published_latest_must_follow_published(tmp_path: Path) -> None:
    article = write_article(tmp_path / "inbox")
    args = ["new", str(article), "--outlet", "CNN", "--published", "2022-02-02",
            "--published-latest", "2022-02-01", "--root", str(tmp_path)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "published_latest must be after published" in result.output
