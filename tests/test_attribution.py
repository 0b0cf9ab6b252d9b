"""Who said it, on made-up articles: one small article per failure class of issue 13.

Every text here is invented for the test (no sentence of the evaluation set or
of a real article), so that the rules are held to the class of pattern, not
to one article's wording.
"""

from __future__ import annotations

import textwrap

from generator.drafting.extract import extract


def pairs(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker_name) for q in extract(textwrap.dedent(text)).quotes]


def analysts(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.name, a.role, a.affiliation) for a in extract(textwrap.dedent(text)).analysts]


def test_title_between_verb_and_name() -> None:
    text = """
        “The reforms came too late,” said history research fellow Marta Olsen of Nordvik
        University.

        “Nobody trusted the numbers,” said former EU negotiator Paul Brandt.
    """
    assert pairs(text) == [
        ("The reforms came too late", "Marta Olsen"),
        ("Nobody trusted the numbers", "Paul Brandt"),
    ]
    assert analysts(text)[0] == ("Marta Olsen", "history research fellow", "Nordvik University")


def test_middle_initial_and_particles() -> None:
    assert pairs("""
        “Turnout will decide it,” said Harold P. Quince, a pollster at Example Research.

        “The count is slow,” said Ludo van der Berg, a lecturer at Example College.

        “We expected more,” said Omar bin Rashid, a fellow at Example Institute.
    """) == [
        ("Turnout will decide it", "Harold P. Quince"),
        ("The count is slow", "Ludo van der Berg"),
        ("We expected more", "Omar bin Rashid"),
    ]


def test_capitalised_title_and_org_fused() -> None:
    text = """
        Defence Expert Tomas Vary said the drills were routine.

        “Markets shrugged,” said RBC economist Lena Fisk.

        “Supply is tight,” said ESAI's managing director Hugo Lamb.

        IISS Senior Fellow Ada Kowal said the talks had stalled.
    """
    found = analysts(text)
    assert ("Lena Fisk", "economist", "RBC") in found
    assert ("Hugo Lamb", "managing director", "ESAI") in found
    assert ("Ada Kowal", "Senior Fellow", "IISS") in found
    assert pairs(text) == [("Markets shrugged", "Lena Fisk"), ("Supply is tight", "Hugo Lamb")]


def test_name_without_title_and_according_to_at_sentence_start() -> None:
    assert pairs("""
        The premier telephoned his Westland counterpart, Arno Veld, on Monday. Veld said the
        call was “frank and useful.”

        According to Dr Ines Moll, a virologist at Example University, the wave is “already
        fading.”
    """) == [("frank and useful.", "Arno Veld"), ("already fading.", "Ines Moll")]


def test_colon_introduction_over_two_paragraphs() -> None:
    assert pairs("""
        Mr Dale, the bank's deputy governor, said in a speech at a dinner in Leeds yesterday: “We
        will not be rushed into a decision.

        “The data must guide us, and the data are mixed.”
    """) == [
        ("We will not be rushed into a decision.", "Dale"),
        ("The data must guide us, and the data are mixed.", "Dale"),
    ]


def test_partial_phrase_inside_a_sentence() -> None:
    assert pairs("""
        Jana Ruiz, an economist at Example Capital, told the Courier that the Bank would face a
        “live” decision in June and that rates could go “either way.”
    """) == [("live", "Jana Ruiz"), ("either way.", "Jana Ruiz")]


def test_single_marks_and_the_apostrophe() -> None:
    assert pairs("""
        Professor Ken Ito, of Example University, said: ‘I wasn’t expecting it, but it’s here.’

        'It's not over,' he added. 'We haven't seen the peak.'
    """) == [
        ("I wasn’t expecting it, but it’s here.", "Ken Ito"),
        ("It's not over", "Ken Ito"),
        ("We haven't seen the peak.", "Ken Ito"),
    ]


def test_missing_opening_mark_and_guillemets() -> None:
    assert pairs("""
        Rosa Lind, a strategist at Example Partners, was blunt.

        The cycle has turned and it will not turn back soon,” she said.

        « Nous verrons », said Rosa Lind.
    """) == [
        ("The cycle has turned and it will not turn back soon", "Rosa Lind"),
        ("Nous verrons", "Rosa Lind"),
    ]


def test_institutions_are_not_people() -> None:
    text = """
        The Energy Information Administration said stocks fell. “Demand is soft,” it said.

        Energy Aspects said prices would rise. “The market is tight,” said Mira Holt, an
        analyst at the firm. “Inventories are thin,” she added.
    """
    assert pairs(text) == [
        ("The market is tight", "Mira Holt"),
        ("Inventories are thin", "Mira Holt"),
    ]
    assert [a[0] for a in analysts(text)] == ["Mira Holt"]


def test_description_resolves_to_the_person() -> None:
    assert pairs("""
        Westland President Karl Ostrow met investors in the capital.

        “We are open for business,” the Westland leader said.

        Economist Dora Pell, a professor at Example University, disagreed. “Nobody believes
        that,” the economist said.
    """) == [
        ("We are open for business", "Karl Ostrow"),
        ("Nobody believes that", "Dora Pell"),
    ]


def test_affiliation_given_a_sentence_later() -> None:
    assert analysts("""
        “It is a dramatic moment,” said China analyst Ivan Petrov. Petrov, a senior fellow at
        the Example Peace Institute, has followed the talks for years.

        “Prices will fall,” said Professor Wei Lan of Example University.
    """) == [
        ("Ivan Petrov", "China analyst", "Example Peace Institute"),
        ("Wei Lan", None, "Example University"),
    ]


def test_students_and_institutions_are_not_analysts() -> None:
    assert analysts("""
        “I could not find a room,” said Ella Moss, a student at Example University.

        “Rents doubled,” said the Example Tenants Union.

        “Supply is the problem,” said Tim Roe, an economist at Example Bank.
    """) == [("Tim Roe", "economist", "Example Bank")]


def test_cjk_and_cyrillic_names() -> None:
    assert pairs("""
        “The summit changes little,” said Liu Wenjun, a professor at Example University.

        “Moscow wants a deal,” said Yekaterina Vorontsova-Dashkova, a fellow at Example
        Institute. “But not at any price,” Vorontsova-Dashkova added.

        “贸易会恢复,” said 王晓明, a researcher at Example Institute.
    """) == [
        ("The summit changes little", "Liu Wenjun"),
        ("Moscow wants a deal", "Yekaterina Vorontsova-Dashkova"),
        ("But not at any price", "Yekaterina Vorontsova-Dashkova"),
        ("贸易会恢复", "王晓明"),
    ]


def test_paragraphs_pasted_with_single_newlines() -> None:
    """Each line is a paragraph: a quote opening one takes no speaker from the line before."""
    text = (
        "“Growth will return,” said Nora Blum, an economist at Example Capital.\n"
        "Officials disagreed with that view.\n"
        "“The outlook is grim,” said Finance Minister Olaf Rask.\n"
        "“We will cut spending,” he said.\n"
    )
    assert [(q.text, q.speaker_name) for q in extract(text).quotes] == [
        ("Growth will return", "Nora Blum"),
        ("The outlook is grim", "Olaf Rask"),
        ("We will cut spending", "Olaf Rask"),
    ]


def test_quote_after_narration_is_an_inferred_speaker() -> None:
    quotes = extract(textwrap.dedent("""
        “Beijing is wary,” says Example Group analyst Sam Hale. If it steps back, it has no one
        else. “That worries China,” which is why it doubles down.
    """)).quotes
    assert [(q.text, q.speaker_name, q.inferred) for q in quotes] == [
        ("Beijing is wary", "Sam Hale", False),
        ("That worries China", "Sam Hale", True),
    ]
