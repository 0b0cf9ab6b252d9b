"""The one reading of an article: furniture, headline and byline, on made-up pages."""

from __future__ import annotations

from generator.drafting.extract import authors, extract
from generator.engine.article import Kind, read_article


def kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind.value, p.text) for p in read_article(text).paragraphs]


def test_more_from_mid_article_keeps_the_rest() -> None:
    """A "More from Business" widget of links mid-article is furniture; the article goes on."""
    text = (
        "Mills reopen after the strike\n\n"
        "The mills reopened on Monday after a six-week strike.\n\n"
        "More from Business\n\n"
        "Rates held steady again\n\n"
        "Shoe maker opens a new plant\n\n"
        "“We lost a month of orders,” said Tom Hale, an economist at Example Research.\n"
    )
    assert kinds(text) == [
        ("headline", "Mills reopen after the strike"),
        ("body", "The mills reopened on Monday after a six-week strike."),
        ('"More from" block', "More from Business"),
        ('"More from" block', "Rates held steady again"),
        ('"More from" block', "Shoe maker opens a new plant"),
        ("body", "“We lost a month of orders,” said Tom Hale, an economist at Example Research."),
    ]
    assert [q.text for q in extract(text).quotes] == ["We lost a month of orders"]


def test_trailing_more_from_block_is_furniture() -> None:
    text = (
        "The mills reopened on Monday.\n\n"
        "More from Example Media\n\n"
        "A farmer walks through a flooded field in May.\nJane Roe/Handout via REUTERS\n\n"
        "“Floods again,” said an official in the story below.\n"
    )
    assert [k for k, _ in kinds(text)] == ["body", *['"More from" block'] * 3]


def test_more_from_line_above_the_article_leaves_it_whole() -> None:
    """A "More from this show" link under the headline is navigation at the top of the
    page, not the tail of it: the article that follows is read, people and quotes."""
    text = (
        "Mills reopen after the strike\n\n"
        "More from this show\n\n"
        "The mills reopened on Monday after a six-week strike.\n\n"
        "According to Tom Hale, research director of Example Institute, not for long.\n\n"
        "“We lost a month of orders,” Hale said.\n"
    )
    assert [k for k, _ in kinds(text)] == ["headline", '"More from" block', "body", "body",
                                           "body"]
    found = extract(text)
    assert [(q.text, q.speaker_name) for q in found.quotes] == [
        ("We lost a month of orders", "Tom Hale")]
    assert [(a.name, a.affiliation) for a in found.analysts] == [
        ("Tom Hale", "Example Institute")]


def test_clutter_is_never_the_title() -> None:
    text = (
        "Skip to content\n\n"
        "Accessibility links\n\n"
        "MENU\n\n"
        "News Home\n\n"
        "window.dataLayer = window.dataLayer || [];\n\n"
        "Enable widget token at /includes/header.html.twig\n\n"
        "ArrowIconFacebookIconLinkedinIconMail\n\n"
        "Mills reopen after the strike\n\n"
        "By Jane Roe and John Doe\n\n"
        "12 March 2024 09:15\n\n"
        "The mills reopened on Monday.\n"
    )
    article = read_article(text)
    assert article.title == "Mills reopen after the strike"
    assert [p.kind for p in article.paragraphs].count(Kind.CLUTTER) == 7
    assert authors(article.paragraphs) == ["Jane Roe", "John Doe"]
    assert [p.text for p in article.body()] == ["The mills reopened on Monday."]


def test_byline_needs_by_and_a_person() -> None:
    """A name alone under a headline may be a picture credit; "By" an outlet is no author."""
    for text, expected in (
        ("Mills reopen\n\nJane Roe\n\nThe mills reopened.\n", []),
        ("Mills reopen\n\nBy Example News\n\nThe mills reopened.\n", []),
        ("Mills reopen\n\nBy business reporter Jane Roe\n\nThe mills reopened.\n", ["Jane Roe"]),
    ):
        assert authors(read_article(text).paragraphs) == expected, text


def test_offsets_are_the_files_even_with_a_byte_order_mark() -> None:
    text = "\ufeffThe mills reopened on Monday.\n\nWorkers cheered.\n"
    paragraphs = read_article(text).paragraphs
    assert [text[p.start : p.end].strip() for p in paragraphs] == [
        "The mills reopened on Monday.", "Workers cheered."
    ]


def test_captions_printed_twice_are_captions() -> None:
    text = (
        "Mills reopen after the strike\n\n"
        "Workers at the gate.\n\n"
        "Workers at the gate. Credit: Jane Roe/Example Photos\n\n"
        "The mills reopened on Monday.\n"
    )
    assert [k for k, _ in kinds(text)] == ["headline", "photo caption", "photo caption", "body"]
