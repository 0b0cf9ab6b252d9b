"""Analysts' role and affiliation, on made-up articles: the classes of description that the
later held-out splits showed read wrong or not at all (a place or a kind of organisation
written before the institution's name, a second post run into the first, a capitalised post
and organisation after a name between commas, an expert's post with a clause after it).

Every text here is invented for the test: no sentence of the evaluation set or of a real
article, so that the rules are held to the class of pattern, not to one article's wording.
"""

from __future__ import annotations

import textwrap

from generator.drafting.extract import extract


def read(text: str):
    return extract(textwrap.dedent(text))


def pairs(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker_name) for q in read(text).quotes]


def analysts(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.name, a.role, a.affiliation) for a in read(text).analysts]


# --- where the institution's name begins and ends ------------------------------------------


def test_a_city_possessive_before_a_university_is_no_part_of_its_name() -> None:
    """"Tallinn's Vesna Kask University": the city says where the university is."""
    assert analysts("""
        Ports on the coast are busier than ever, traders said.

        Mara Ilves, a historian at Quorvik's Vesna Kask University, said the boom would last.
    """) == [("Mara Ilves", "historian", "Vesna Kask University")]


def test_a_city_possessive_before_a_lower_case_university() -> None:
    assert analysts("""
        The festival drew record crowds.

        Olek Brandt, an economist at Quorvis' Almaro university, said costs had tripled.
    """) == [("Olek Brandt", "economist", "Almaro university")]


def test_what_the_organisation_is_before_its_name() -> None:
    """"a scientist with the Dutch research agency TNO": the kind is the writer's gloss."""
    assert analysts("""
        The telescope saw its first light on Tuesday.

        Ida Vermeer, a scientist with the Danish research organisation QORX, said the images
        were sharper than hoped.
    """) == [("Ida Vermeer", "scientist", "QORX")]


def test_a_second_post_at_another_institute_ends_the_affiliation() -> None:
    """"a professor at X University and a senior fellow of the Y Institute": X University."""
    assert analysts("""
        The vote was a rebuke, observers said.

        “It was a clear message,” said Lena Varga, a law professor at the University of
        Westmarch and a senior fellow of the Harbour Policy Institute.
    """) == [("Lena Varga", "law professor", "University of Westmarch")]


# --- a capitalised post after the name ------------------------------------------------------


def test_capitalised_post_and_organisation_between_commas() -> None:
    """A round-up of bank economists, each "Name, Chief Economist, Org," with no quote."""
    assert analysts("""
        Economists expect the central bank to hold rates on Thursday.

        Ravi Menon Kaul, Chief Economist, Tarvel Ratings, however expected a cut in April.
    """) == [("Ravi Menon Kaul", "Chief Economist", "Tarvel Ratings")]


def test_capitalised_post_at_an_organisation_and_a_description() -> None:
    """"Jane Doe, Director at X and a keen observer of Y, told": the description after "and"
    is the writer's, not part of the organisation."""
    assert analysts("""
        New sanctions will not hurt much, an investor said.

        The measures are symbolic, Piet Lomond, Director at Kestrel Asset Management and
        keen watcher of the region's markets, told a radio station on Monday.
    """) == [("Piet Lomond", "Director", "Kestrel Asset Management")]


def test_capitalised_fellow_on_a_programme() -> None:
    """"Jane Doe, Senior Fellow on X's Economic Studies program said": a fellow is on a
    programme as at an institute."""
    assert analysts("""
        The review of the island's finances was published on Friday.

        The review is candid, Tomas Reyes, Senior Fellow on Halvard’s Trade Studies program
        said yesterday.
    """) == [("Tomas Reyes", "Senior Fellow", "Halvard’s Trade Studies program")]


# --- a post before the name ----------------------------------------------------------------


def test_a_capitalised_post_then_its_organisation_before_the_name() -> None:
    """"Head of Research, Example Bank Jane Doe hoped": the post, a comma, then the bank's
    name run into the person's."""
    assert analysts("""
        The central bank raised rates on Tuesday.

        Unsurprised by the move, Head of Research, Pellmark Bank Arjun Desai expects no
        further rise this year.
    """) == [("Arjun Desai", "Head of Research", "Pellmark Bank")]


def test_a_doctor_named_with_his_field_is_an_expert() -> None:
    """A doctor explaining a disease is cited as a physician is: for what he knows."""
    assert analysts("""
        There is cause for care but not alarm, says Quorvik’s infectious disease doctor
        Aldo Ferrante, as a new strain spreads.

        “It spreads a little faster,” Dr. Ferrante says.
    """) == [("Aldo Ferrante", "infectious disease doctor", "Quorvik")]


def test_a_former_head_of_an_agency_speaks_as_a_commentator() -> None:
    """"Former ABC President Jane Doe": no longer in office, she comments on it."""
    assert analysts("""
        The agency said on Tuesday it would review the samples.

        Former QDA President Hal Okafor, who led an inquiry into the scheme, said that “the
        review comes far too late.”
    """) == [("Hal Okafor", "President", "QDA")]


def test_two_posts_before_the_name_after_a_comma() -> None:
    """"..., Kazakh political analyst, director of the X Group Jane Doe told": the stack of
    posts may follow a clause, not only open a sentence."""
    assert analysts("""
        The port is a vital link for the region, Estonian political analyst, director of
        the Harbour Risk Group Marta Kivi told a news agency on Monday.

        “It is one of the key routes,” Kivi added.
    """) == [("Marta Kivi", "political analyst", "Harbour Risk Group")]


def test_an_opening_at_phrase_names_the_post_holder_s_organisation() -> None:
    """"At Example Bank, senior economist Jane Doe thinks ...": the bank of the sentence's
    opening is hers."""
    assert analysts("""
        Most forecasters now expect rates to stay on hold.

        At Pellmark Bank, senior economist Tariq Olsen now thinks the bank will wait until May.

        “It is a close call,” Mr Olsen said.
    """) == [("Tariq Olsen", "senior economist", "Pellmark Bank")]


def test_the_bank_s_post_is_the_post() -> None:
    """"The bank's chief economist Jane Doe": the owner named by a common noun is no part of
    her role (the bank is named elsewhere, if at all)."""
    assert analysts("""
        Pellmark expects two rate cuts this year.

        The bank's chief economist Nadia Ferro said in a note that Europe posed the main risk.
    """)[0][:2] == ("Nadia Ferro", "chief economist")


def test_an_asset_manager_s_strategist_named_by_the_firm_alone() -> None:
    """"Jane Doe of Example Asset Management wrote": an investment house, like a "Capital" or
    a "Securities" firm, is where market commentators work."""
    assert analysts("""
        The lira fell again on Monday.

        “It is a missed chance to win back trust,” Hugo Brandt of Kestrel Asset Management
        wrote on social media.
    """) == [("Hugo Brandt", None, "Kestrel Asset Management")]


def test_praise_and_nationality_after_the_name_are_no_part_of_the_post() -> None:
    """"Jane Doe, the prominent English art historian,": the post is "art historian"."""
    assert analysts("""
        The painting's sale was questioned again this week.

        Edwin Marlow, the prominent English art historian, is among the doubters. “It is
        a copy,” he said.
    """) == [("Edwin Marlow", "art historian", None)]
