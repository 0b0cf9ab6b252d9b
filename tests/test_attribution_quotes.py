"""Who said it, on made-up articles: the quote-side failure classes found once the sixth
held-out split was scored (text pasted with HTML entities, a reporter's byline read as a
speaker, quote paragraphs with no verb, two people in one paragraph, partial phrases inside
a sentence with a cue, scare quotes), and those of the seventh (a name that opens the
clause after "says", "said Doe who ...", a name and a colon opening a reaction, a broker's
rating, a person inside a phrase that opens the sentence, "it" after a verb, a league, a
trade of the arts before a one-word name), and those of the eighth (a credit line in
capitals with a bar, a post at an organisation between the name and "said", an age after a
one-word name, narration naming only a country, "X “...”, he added"), and those of the
ninth (an open appositive whose post ends in "Emeritus", a lede's expert named paragraphs
later, a line whose subject is the speaker between her quotes, a coinage in marks before
the noun it qualifies), and those of the tenth, the eleventh, the twelfth, the
thirteenth and the fourteenth, and those of the rounds after heldout15, heldout16,
heldout18 and heldout19 (below: a stored copy that broke its lines mid-sentence, a view
given in marks after "sees"), and after heldout20 (a name before the marks of an inverted
"said X", degrees and a town's state in an appositive, a lede's expert after "but"), and
round r1 (what a named person "called" something, a speaker's summary running on before
her phrase ends a sentence, a speech word after an article, the gloss of her organisation
in an appositive), and round r2 (a dash credit after each comment of a round-up, "she"
after a speaker with a two-piece appositive, an attribution the excerpt cut off after the
name, a profile line after a paragraph with only a phrase in marks), and round r3 (the
livelier speech verbs of feature copy, a plural subject's plain verb, a credit alone on the
line after a quote, initials in two languages after a body's name).

Every text here is invented for the test: no sentence of the evaluation set or of a real
article, so that the rules are held to the class of pattern, not to one article's wording.
"""

from __future__ import annotations

import textwrap

from drafting_support import analysts, pairs, read

# --- text pasted with HTML entities ---------------------------------------------------------


def test_quote_marks_written_as_html_entities() -> None:
    """A syndication feed that stored every mark as an entity: the marks are still marks."""
    text = """
        Harbour Trade Slows as Freight Costs Climb

        Tide City, May 3 (Example Wire)--Freight bookings fell in April, Dana Ortiz, chief
        economist at Example Shipping Ltd., said Monday. &quot;Bookings will stay weak until
        rates ease,&quot; Ortiz said. She said the port&apos;s volumes &#8220;have not bottomed
        out yet&#8221; this spring.
    """
    found = read(text)
    assert [(q.text, q.speaker_name) for q in found.quotes] == [
        ("Bookings will stay weak until rates ease", "Dana Ortiz"),
        ("have not bottomed out yet", "Dana Ortiz"),
    ]
    # offsets stay the file's: the drafted quote points at its words in the pasted text
    raw = textwrap.dedent(text)
    start, end = found.quotes[0].where
    assert " ".join(raw[start:end].split()) == (
        "&quot;Bookings will stay weak until rates ease,&quot;"
    )


# --- the verb right before the marks reports them -------------------------------------------


def test_said_that_then_according_to_the_reporter() -> None:
    """ "X said that “...,” according to a reporter of an outlet": the reporter only relays
    X's words; the verb right before the marks says whose they are."""
    assert pairs("""
        Former league chief Ray Mold said that "the new claims will be very hard to settle,"
        according to Ben Tully of Example News. Mold declined to say more.
    """) == [("the new claims will be very hard to settle", "Ray Mold")]


# --- quote paragraphs with no verb, after a line of narration --------------------------------


def test_quote_paragraph_after_narration_goes_on_with_the_last_speaker() -> None:
    """A line of narration that names no one else does not end the speaker's turn: the
    quote paragraph after it is hers, inferred (news copy's habit)."""
    found = read("""
        River levels are rising again, says hydrologist Nina Crest of Example University.

        “The ground is full, so every shower now runs straight off,” Crest said.

        What matters next is how much rain falls over the weekend.

        “If the forecast holds, the lower towns will flood before Monday.”

        The council has opened two shelters.
    """).quotes
    assert [(q.text, q.speaker_name, q.inferred) for q in found] == [
        ("The ground is full, so every shower now runs straight off", "Nina Crest", False),
        ("If the forecast holds, the lower towns will flood before Monday.", "Nina Crest", True),
    ]


def test_narration_naming_someone_else_ends_the_turn() -> None:
    assert pairs("""
        “The ground is full,” said hydrologist Nina Crest of Example University.

        Mayor Tom Hale has ordered sandbags for the lower streets.

        “If the forecast holds, the lower towns will flood before Monday.”
    """) == [("The ground is full", "Nina Crest")]


# --- two people in one paragraph --------------------------------------------------------------


def test_he_after_a_sentence_that_ends_said_x_is_x() -> None:
    """ "Governor Y gave no hint of a change, said X." then "..., he said": the one who
    speaks in that sentence is X; Y is only what X reported."""
    assert pairs("""
        Bank economist Lee Fenn expects rates to stay on hold next year.

        In a radio interview, Central Bank Governor Amos Varga gave no hint of a change, said Mr
        Fenn.

        A cut now could hurt confidence, he said.

        "Households now read every cut as a sign of bad news. That is the opposite of what a cut
        is for."
    """) == [("Households now read every cut as a sign of bad news. That is the opposite of "
              "what a cut is for.", "Lee Fenn")]


def test_a_speech_noun_with_no_subject_does_not_take_the_words() -> None:
    """ "X now says Y's “...” comments mean “...”": "comments" is a noun here, so the words
    around it are what X says, not Y's."""
    assert pairs("""
        Ada Fenwick, a former central bank economist who now runs research at Example Bank, now
        says Governor Rolf Sund’s “strangely upbeat” comments mean “a cut in March is off
        the table”.
    """) == [
        ("strangely upbeat", "Ada Fenwick"),
        ("a cut in March is off the table", "Ada Fenwick"),
    ]


def test_he_after_a_sentence_whose_speaker_is_not_named_first() -> None:
    """ "With Y set to win, X says he expects ..." then "“...,” he noted": the one who says
    is X, though Y is named first in the sentence."""
    assert pairs("""
        With Mr Dorn set to be the next mayor, Mr Kessel says he expects the council to follow.

        “Dorn has said that he will work with anyone,” he noted.
    """) == [("Dorn has said that he will work with anyone", "Kessel")]


# --- words in marks that no named person is credited with ------------------------------------


def test_another_economist_is_someone_unnamed() -> None:
    """ "a slump another economist called “odd”": an unnamed economist's word, not the named
    speaker's; the quote paragraph after the sentence is still the named speaker's."""
    assert pairs("""
        New capital rules for lenders take effect in July.

        Bank economist Ruth Adler says this will slow lending further, in a slump another
        economist recently described as "odd"

        "Banks will hold more capital, and that makes every loan cost more."
    """) == [("Banks will hold more capital, and that makes every loan cost more.", "Ruth Adler")]


def test_a_title_followed_by_its_maker_is_a_work() -> None:
    """ "“Harbour Lights” by Anna Veld": a title in marks with its maker after "by" is the
    name of a work, not the words of the person quoted next to it."""
    assert pairs("""
        The auction house sold a disputed landscape on Tuesday.

        “Harbour Lights” by Anna Veld, as catalogued, is the work in question, said curator Omar
        Pell.
    """) == []


def test_a_single_marked_word_in_copy_that_quotes_in_double_marks_is_a_term() -> None:
    """Copy that quotes speech in double marks keeps single ones for terms: "Hale said the
    bank might need to ‘lean on’ lenders" gives a term, however close the speaker."""
    assert pairs("""
        Inflation is rising fastest in prices set by the state, not by the market.

        Economist Ida Hale said that the central bank would likely need to ‘lean on’ the rest of
        the economy to make up for it. She called that an “awkward” way to run things.
    """) == [("awkward", "Ida Hale")]


# --- classes found once the seventh held-out split was scored -------------------------------


def test_a_name_after_says_that_opens_the_reported_clause_is_not_the_speaker() -> None:
    """ "Jane Doe, the agency's head of forecasts, says La Plata will ...": the name after
    "says" is the subject of what she says, so a "she says" after it is still Doe's."""
    assert pairs("""
        Rainfall records fell across the south this week.

        Mara Quist, the agency's head of forecasting, says Rio Verde will likely push rivers
        higher in the spring. "We are only at the start of this," she says. "The floods will
        last into next year."
    """) == [
        ("We are only at the start of this", "Mara Quist"),
        ("The floods will last into next year.", "Mara Quist"),
    ]


def test_said_surname_then_a_clause_credits_the_full_name_given_earlier() -> None:
    """ "“...,” said Vela who was handed the prize by ...": a surname right after "said",
    followed by a clause or "in his speech", stands for the full name given earlier."""
    assert pairs("""
        The harbour arts fair opened on Friday with prizes for Tomas Vela and Iris Lund.

        "I am grateful to be honoured by this city," said Vela who received the prize from the
        mayor. "It feels like coming home."

        "A painter never stops learning," said Lund in her speech.
    """) == [
        ("I am grateful to be honoured by this city", "Tomas Vela"),
        ("It feels like coming home.", "Tomas Vela"),
        ("A painter never stops learning", "Iris Lund"),
    ]


def test_a_name_and_a_colon_opening_a_quote_paragraph_is_the_speaker() -> None:
    """A round-up of reactions: "Piet Olsen: “...”", a full name and a colon opening the
    paragraph, is that person speaking, with no verb or title to mark him a person."""
    assert pairs("""
        Harbour Cup - Coaches react

        Reactions from Sunday's cup matches.

        Piet Olsen: "We were second best for an hour. The goal changed everything for us."

        Dario Fenn (on the red card): "It was a fair decision, I think."
    """) == [
        ("We were second best for an hour. The goal changed everything for us.", "Piet Olsen"),
        ("It was a fair decision, I think.", "Dario Fenn"),
    ]


def test_a_rating_in_marks_is_a_term() -> None:
    """ "rates the stock at “Outperform”": a brokerage's rating name in marks is a term,
    however close the analyst who gives it."""
    assert pairs("""
        Harbourtech shares fell on Tuesday.

        In a note on Monday, Lena Voss of Example Capital continued to rate the company's stock
        at "Sector Perform," and kept her risk rating at "High."

        "The firm cannot keep spending at this pace," Voss wrote.
    """) == [("The firm cannot keep spending at this pace", "Lena Voss")]


def test_a_person_inside_an_opening_phrase_is_not_the_he_after_it() -> None:
    """ "Despite his criticism of the old governor, he described ...": the person named in a
    phrase that opens the sentence is not the "he" of its main clause; the subject goes on."""
    assert pairs("""
        Many of the city's debts date from the rule of Governor Paul Arden, Nils Berg argued.
        Despite his criticism of the former governor, he described Arden's deputy, Tom Reyes, as
        a man with "a steady hand."
    """) == [("a steady hand.", "Nils Berg")]


def test_it_after_a_verb_is_no_inverted_subject() -> None:
    """ "Doe believes X is “...” and also believes it is “...” that ...": "it" after the verb is
    its object, never the speaker (English puts no "it" after "said"), so the sentence's
    speaker keeps the words."""
    assert pairs("""
        Harbour Rovers chairman Glen Moss spoke to reporters on Friday.

        Moss believes the state of club budgets is "alarming" and also believes it is "close
        to certain" that one Coast League club will fold this year.
    """) == [("alarming", "Glen Moss"), ("close to certain", "Glen Moss")]


def test_a_league_is_no_person() -> None:
    """ "Coast Premier League - Coaches: '...'": a title word before "League" makes no
    person; the words are not credited to "League"."""
    found = read("""
        Coast Premier League - Coaches: 'They will never score one like that again'

        Reactions from Sunday's Coast Premier League matches.

        Piet Olsen: "We were second best for an hour."
    """)
    assert "League" not in [p.name for p in found.people]


def test_an_artist_named_by_one_name_behind_a_trade() -> None:
    """ "lyricist and filmmaker Amrit said: “...”": a trade of the arts (or of sport) before
    a one-word name marks a person, as a post does."""
    assert pairs("""
        The city film awards were handed out on Saturday.

        Accepting the lifetime award, lyricist and filmmaker Amrit said: "I did not expect
        this honour from my own city. Thank you."
    """) == [("I did not expect this honour from my own city. Thank you.", "Amrit")]


def test_a_person_inside_an_opening_participle_is_not_the_he_after_it() -> None:
    """ "Looking at the prospect of Mr Holm winning, he said: “...”": the participle's
    subject is the main clause's, the speaker of the sentence before."""
    assert pairs("""
        Political scientist Vera Lind, who teaches at Example University, spoke to us.

        Looking at the prospect of Mr Holm winning the race, she said: "That would change the
        party for a decade."
    """) == [("That would change the party for a decade.", "Vera Lind")]


# --- heldout8's classes ---------------------------------------------------------------------


def test_a_credit_line_in_capitals_with_a_bar_after_the_name() -> None:
    """ "NAME | POST, ORGANISATION" in capitals over a quote paragraph (a round-up's house
    style): the bar stands for the comma after the name, and the line credits the quote."""
    assert [(q, s.lower()) for q, s in pairs("""
        PANEL VIEWS: WILL THE HARBOUR TOLL RISE AGAIN?

        MIRA SOLT | SENIOR TRANSPORT ANALYST, HARBOUR & RAIL FORUM

        “The toll will rise once the new bridge opens. Nobody on the board doubts it.”

        OREN VALE | ECONOMIST, EXAMPLE BANK

        “A rise this year would hit freight first, and the board knows it.”
    """)] == [
        ("The toll will rise once the new bridge opens. Nobody on the board doubts it.",
         "mira solt"),
        ("A rise this year would hit freight first, and the board knows it.", "oren vale"),
    ]


def test_an_inverted_credit_whose_post_names_an_organisation_then_the_outlet() -> None:
    """ "“...,” X, senior fellow at the Y Institute said, according to the Z Post.": the
    verb's subject is X, not the institute that ends her post (the comma that would close
    the appositive is left out), and the outlet after "according to" only relays her."""
    assert pairs("""
        Talks between the two ports resume on Monday, an expert notes.

        “Both sides want a deal before the winter season,” Lena Marsh, senior fellow at the
        Example Institute for Maritime Studies said, according to the Harbour Post. “They
        cannot afford another closed month.”
    """) == [
        ("Both sides want a deal before the winter season", "Lena Marsh"),
        ("They cannot afford another closed month.", "Lena Marsh"),
    ]


def test_a_press_release_credit_with_a_post_at_a_campus() -> None:
    """ "“...,” study lead author X, an associate scientist at the University of Y, Z (UZ),
    said in a press release": the organisation and its campus end the appositive; the one
    who said it is X."""
    assert pairs("""
        A glacier in the far north is thinning faster than thought, a new study finds.

        "The ice shelf is breaking up," study lead author Tomas Wirth, an associate research
        scientist at the University of Westland, Leeds (UWL), said in a press release.
        "The front has moved back by ten kilometres in five years.
    """) == [
        ("The ice shelf is breaking up", "Tomas Wirth"),
        ("The front has moved back by ten kilometres in five years.", "Tomas Wirth"),
    ]


def test_a_one_word_name_with_an_age_then_told() -> None:
    """ "Speaking on Sunday, Surname, 67, told reporters he was “on track”", the text never
    giving his first name: the age between commas and "told" after it mark a person, the
    speaker (the words after a speech verb are his, not the reporters')."""
    assert pairs("""
        The party will choose its new leader in September.

        Former defence minister Kallas leads the early polls, with Mina Roos second.

        Speaking in the capital on Sunday, Kallas, 67, told reporters he was "on track" to
        win the endorsements he needs to stand.
    """) == [("on track", "Kallas")]


def test_narration_naming_only_a_country_does_not_end_the_turn() -> None:
    """A paragraph of fact between two of an expert's quote paragraphs that names only a
    country (or a month) hands the turn to no one: the quote after it is still hers."""
    found = read("""
        A paediatrician warned reporters about measles on Monday.

        Dr Lina Farrow is chief of infectious diseases at Example Children's Hospital.

        “Measles spreads faster than almost any other disease,” she told the meeting.

        The U.S. declared the disease eliminated in 2000. Two doses protect nearly everyone.

        “That vaccine is one of the great successes of public health.”
    """).quotes
    assert [(q.text, q.speaker_name) for q in found] == [
        ("Measles spreads faster than almost any other disease", "Lina Farrow"),
        ("That vaccine is one of the great successes of public health.", "Lina Farrow"),
    ]


def test_he_added_after_a_quote_about_the_person_who_opens_it() -> None:
    """ "Governor X “is trusted by the markets”, he added": X is what the words are about,
    so the "he" who adds them is the one speaking before, not X."""
    assert pairs("""
        Key points

        • “We expect one more rise in rates, and then a long pause,” chief executive Tom
        Reyes said.

        • Governor Ada Lind “has the full trust of the markets”, he added.
    """) == [
        ("We expect one more rise in rates, and then a long pause", "Tom Reyes"),
        ("has the full trust of the markets", "Tom Reyes"),
    ]


# --- heldout9's classes ---------------------------------------------------------------------


def test_an_open_appositive_whose_post_ends_in_emeritus_then_told_an_outlet() -> None:
    """ "Jane Doe, a Meteorologist and Professor Emeritus at X told Radio Y: “...”": a post in
    capitals, ending in a word that only qualifies a title, the comma that closes it left
    out; she is the one speaking, and her quote runs on into the next paragraph."""
    assert pairs("""
        Rivers to rise again, expert warns

        Mark Roe, a Meteorologist and Professor Emeritus at Example University told Radio
        Example: “We are seeing the wettest autumn in a generation.

        “The ground cannot take any more water.”
    """) == [
        ("We are seeing the wettest autumn in a generation.", "Mark Roe"),
        ("The ground cannot take any more water.", "Mark Roe"),
    ]


def test_a_lede_that_holds_the_name_back_past_a_paragraph_of_background() -> None:
    """A lede describes an expert without a name, a paragraph of background and one of
    "He said ... “...”" follow, then the name: the lede's expert is the one named, and the
    words "he" is credited with before the name are that person's (her post may end in a
    word that qualifies it, "professor emeritus")."""
    assert pairs("""
        Rivers to rise again, expert warns

        A meteorologist at Example University has said the county will see more floods.

        Farmers in the valley have been told to move livestock to higher ground this week.

        He said the rain this month “will test every defence we have.”

        Mark Roe, a meteorologist and professor emeritus at Example University, told Radio
        Example: “The ground cannot take any more water.”
    """) == [
        ("will test every defence we have.", "Mark Roe"),
        ("The ground cannot take any more water.", "Mark Roe"),
    ]


def test_a_line_whose_subject_is_the_speaker_does_not_end_the_turn() -> None:
    """ "Doe expects the mayor to win." between two of Doe's quote paragraphs: the others
    the line names are what it is about; the quote after it is still Doe's."""
    assert pairs("""
        Mark Roe, a lecturer at Example University, said the count was close.

        "Turnout was high in every district. That is good news for the incumbent," Roe
        added.

        Roe expects Mayor Lina Pardo to win with about half of the vote.

        "She has the numbers in the north and the south."
    """) == [
        ("Turnout was high in every district. That is good news for the incumbent",
         "Mark Roe"),
        ("She has the numbers in the north and the south.", "Mark Roe"),
    ]


def test_a_coinage_in_marks_before_the_noun_it_modifies_is_a_term() -> None:
    """ "their “snow day” savings", "the “Harbour Gate” affair": a name or coinage in marks
    between a determiner and the noun it qualifies names a thing; nobody is quoted, though
    the sentence has a speaker. Her own words in the same sentence are still hers."""
    assert pairs("""
        Mark Roe, a lecturer at Example University, said households were spending their
        “snow day” savings and that talks on the “Harbour Gate” affair “should end now.”
    """) == [("should end now.", "Mark Roe")]


# --- the tenth split: a place ending a titled name, an open appositive over two
# organisations, a firm before a post after "says", a one-word term after a speaker's
# paragraph, "was careful to say", a place after "in", a "Key Quotes" heading ---------------


def test_a_city_after_a_mayors_name_is_no_speaker() -> None:
    """ "Mayor Jane Doe of New Example City said": the city ends the sentence's organisation
    words, not a second person; the mayor is the one who speaks."""
    assert pairs("""
        "We are now seeing some results in those districts," Mayor Lina Pardo of New Harlow
        City said.
    """) == [("We are now seeing some results in those districts", "Lina Pardo")]


def test_an_open_appositive_with_a_school_at_a_college() -> None:
    """ "Dr. Jane Doe, dean of the X School of Medicine at Y College of Medicine said": the
    comma that would close the post is left out; the post still stands between the name and
    the verb, and the quote after the attribution is hers too."""
    assert pairs("""
        "This will be a very hard winter," Dr. Mara Quill, dean of the Northern School of
        Medicine at Example College of Medicine said. "We may see more cases than in spring."
    """) == [
        ("This will be a very hard winter", "Mara Quill"),
        ("We may see more cases than in spring.", "Mara Quill"),
    ]


def test_says_a_firm_then_its_post_then_the_name() -> None:
    """ "says Brantwell chief economist Carl Moss": a firm's name in capitals, then the post
    in lower case, then the speaker's name: the name is the verb's subject."""
    assert pairs("""
        "Weak hiring continues to restrict household spending," says Brantwell chief
        economist Carl Moss. "Retailers should expect only a small rise in sales this year."
    """) == [
        ("Weak hiring continues to restrict household spending", "Carl Moss"),
        ("Retailers should expect only a small rise in sales this year.", "Carl Moss"),
    ]


def test_a_one_word_term_after_a_speakers_paragraph_is_nobodys() -> None:
    """A paragraph with no speech verb ending on one word in marks ("the results they
    considered “unexpected.”") right after a speaker's quote: a term, not her words going on."""
    assert pairs("""
        Student Lina Pardo said she is still taking in the result.

        “A lot of disbelief,” Pardo said. “A lot of worry about what comes next.”

        Politics lecturers at Example University held a panel on Friday about the results
        they considered “unexpected.”

        The panel met again on Monday.
    """) == [
        ("A lot of disbelief", "Lina Pardo"),
        ("A lot of worry about what comes next.", "Lina Pardo"),
    ]


def test_careful_to_say_credits_the_phrase() -> None:
    """ "Doe was careful to say that she would “...”": the verb after "careful to", "quick
    to", "keen to" is the subject's own speech, though "to" stands before it."""
    assert pairs("""
        Governor Lina Pardo spoke in Harlow on Tuesday.

        Pardo was careful to say that she would “move slowly” and would not back a rise
        until wages grew.
    """) == [("move slowly", "Lina Pardo")]



def test_a_place_after_in_is_no_one_whose_first_word_could_speak() -> None:
    """ "Dr. Jane Doe in New Example warning ...": the words after "in" are where she is,
    not a second person; read as one, "New" would name someone in "of New X City said"."""
    assert pairs("""
        Dr. Mara Quill in New Brackley warning that now is not the time to relax.

        "We are now seeing some results in those districts," Mayor Lina Pardo of New Harlow
        City said.
    """) == [("We are now seeing some results in those districts", "Lina Pardo")]


def test_a_key_quotes_heading_over_quote_paragraphs() -> None:
    """ "Jane Doe, chief economist at X, notes that ..." then a heading "Key Quotes" and
    paragraphs that are nothing but quotes: the heading stands for the colon, so the
    paragraph above it introduces them."""
    assert pairs("""
        Lina Pardo, chief economist at Example Bank, notes that the central bank held its
        rate today, as expected, and flagged rising risks abroad.

        Key Quotes

        “The bank signalled that it may cut later. We expect two cuts this year.”

        “All that said, the risks are clear.”
    """) == [
        ("The bank signalled that it may cut later. We expect two cuts this year.",
         "Lina Pardo"),
        ("All that said, the risks are clear.", "Lina Pardo"),
    ]


# --- the eleventh held-out split's classes --------------------------------------------------


def test_a_heading_word_echoed_by_two_speakers_is_nobodys() -> None:
    """A sub-heading's one word in marks that the quotes of two different people below it
    both hold ("Still 'steady'" over "spending was “steady”" and "jobs are “steady”") is
    the writer's summary of both: no one is credited with it."""
    found = pairs("""
        Growth Stalls in Spring

        Output shrank in the first quarter. Here is how economists and politicians are
        reacting.

        1. Still 'steady'

        Spending rose in particular. "Household spending was remarkably steady," Example
        Bank chief economist Lina Pardo told reporters.

        Governor Ray Mold said the labour market "remains steady in the face of the storm."
    """)
    assert ("steady", "Lina Pardo") not in found and ("steady", "Ray Mold") not in found
    assert ("Household spending was remarkably steady", "Lina Pardo") in found


def test_a_person_inside_an_according_to_phrase_is_not_the_subject() -> None:
    """ "According to the report, written by the panel and its chairman, Professor X, over
    1,000 ...": X is named inside the phrase that cites the source, so a later "he said"
    does not stand for X but for the subject before."""
    found = pairs("""
        Federation President Ray Mold has said the body will hire the best lawyers.

        According to the second report, delivered in Geneva by the panel and its chairman,
        law professor Lina Pardo, over 300 players could have been involved.

        “Good lawyers are worth their weight in gold,” he told reporters on Tuesday.
    """)
    assert found == [("Good lawyers are worth their weight in gold", "Ray Mold")]


def test_a_double_barrelled_surname_with_a_mc_half() -> None:
    """ "Lina Pardo-McKenna": the second half of a hyphenated surname may itself be
    capitalised inside ("Mc", "Mac"), and the whole is one surname."""
    assert pairs("""
        Bills will stay high this winter.

        “The cap is a relief, but the crisis will linger,” said Lina Pardo-McKenna, head of
        analysis at the Example Energy Unit.
    """) == [("The cap is a relief, but the crisis will linger", "Lina Pardo-McKenna")]


def test_a_description_joined_by_and_to_a_second_post() -> None:
    """ "the former governor and leading Liberal candidate said": one person described by
    two posts joined by "and" (a capitalised party between them); the first post says who."""
    assert pairs("""
        Governor Ray Mold left office in 2020. His rival, Governor Lina Pardo, won.

        Mold spoke in Harlow on Friday.

        “Thousands of homes are standing empty, all unsold,” the former governor and leading
        Liberal presidential candidate said in a video address in late July.
    """) == [("Thousands of homes are standing empty, all unsold", "Ray Mold")]


def test_the_former_governor_is_the_one_out_of_office() -> None:
    """ "the former governor" after both the former and the serving governor are named:
    the one the article called former, not the one named last."""
    assert pairs("""
        On Monday former Governor Ray Mold tried to score points against Governor Lina Pardo
        by citing data on empty homes.

        “Thousands of homes are standing empty, all unsold,” the former governor said in a
        video address in late July.
    """) == [("Thousands of homes are standing empty, all unsold", "Ray Mold")]


def test_by_someones_calculations_and_his_claim_that() -> None:
    """ "By Doe’s calculations, “...”" and "his claim that the market is “...”": the words
    in marks are the calculations or the claim of the person who owns them."""
    assert pairs("""
        Ray Mold, an analyst at Example Research, has studied the payments.

        Yet by Mold’s calculations, “advance payments were 150% of the growth in the
        quarter.”

        Labels will dispute his claim that the market is “propped up by advances”, but the
        figures will revive old arguments.
    """) == [
        ("advance payments were 150% of the growth in the quarter.", "Ray Mold"),
        ("propped up by advances", "Ray Mold"),
    ]



def test_people_named_in_a_list_with_one_described_then_quoted_by_given_name() -> None:
    """ "the pupils – Ada Moll, Bert van Dijk, and Cas Tuin, of Example University –" then
    "Bert said: “...”": names listed with one that the text places are people too, and a
    given name alone that only one of them has stands for that person."""
    assert pairs("""
        Three pupils have found a new comet by accident.

        The pupils – Ada Moll, Bert van Dijk, and Cas Tuin, of Example University in the
        Netherlands, have named it after themselves.

        Ada said: “It is exciting to find anything at all, let alone a comet.”

        Bert said: “Our computer needed more than a week to do the sums!”
    """) == [
        ("It is exciting to find anything at all, let alone a comet.", "Ada Moll"),
        ("Our computer needed more than a week to do the sums!", "Bert van Dijk"),
    ]


# --- the classes found once the twelfth held-out split was scored ---------------------------


def test_capitalised_post_before_a_name_is_a_title() -> None:
    """ "Example Reef Survey Coordinator Jane Doe said": a post capitalised before a name
    (a coordinator, an administrator) is her title, not her given name."""
    assert pairs("""
        Reefs Pale Again as Seas Warm

        “The reefs have had no time to recover,” Example Reef Survey Coordinator Lena Dove
        said on Tuesday.

        “We expect the next survey to show more damage,” Dove said.
    """) == [
        ("The reefs have had no time to recover", "Lena Dove"),
        ("We expect the next survey to show more damage", "Lena Dove"),
    ]


def test_plural_noun_opening_a_headline_is_no_person() -> None:
    """ "Doctors Warn of ...: '...'": a capitalised plural subject ("Scientists Warn",
    "Economists Say") in a headline or sub-heading is a group, not a person's name."""
    found = read("""
        Doctors Warn of Winter Surge: 'Wards Are Already Full'

        Hospitals expect a hard winter, according to a report published on Monday.

        Doctors Warn of Winter Surge

        The report said admissions rose by a fifth in a month.
    """)
    assert [(q.text, q.speaker_name) for q in found.quotes if q.speakers] == []


def test_three_part_name_with_a_month_syllable_in_the_middle() -> None:
    """ "said Tan Jun Wei, strategist at X" then "Tan added": a given name's syllable that is
    also a month written short ("Jun") between two names is part of the name."""
    assert pairs("""
        “Demand worries have not gone away,” said Lim Jun Hao, market strategist at Example
        Markets. “Prices could slip further this week,” Lim added.
    """) == [
        ("Demand worries have not gone away", "Lim Jun Hao"),
        ("Prices could slip further this week", "Lim Jun Hao"),
    ]


def test_for_someone_and_her_description_then_her_words_in_marks() -> None:
    """ "In fact for Jane Doe, professor of X at Y, “...”": a sentence opened by "for" and a
    person, her words in marks right after her description, gives her view in her words."""
    assert pairs("""
        Talks on the canal dispute resumed this week.

        In fact for Omar Hale, professor of water policy at the Example Institute, “the talks
        are a way to buy time while both sides keep digging.”
    """) == [
        ("the talks are a way to buy time while both sides keep digging.", "Omar Hale"),
    ]


# --- the thirteenth held-out split: a name inside the speaker's description ------------------


def test_college_in_brackets_after_the_name_is_not_the_speaker() -> None:
    """ "Jane Doe (professor of economics, Example College) explained, “...”": the college
    in her bracketed description, even read as a person's name, is where she works."""
    assert pairs("""
        Stadium Deals Rarely Pay Off, Economists Say

        The economic case for new stadiums is often debated by city councils. Mara Quill
        (professor of economics, Hollis Grove) explained, “If fans come from far away, there
        is some new spending in the city. But the gain is smaller than the boosters claim.”

        A cup final is different. “It brings visitors from abroad for weeks,” Quill said.
    """) == [
        ("If fans come from far away, there is some new spending in the city. But the gain is "
         "smaller than the boosters claim.", "Mara Quill"),
        ("It brings visitors from abroad for weeks", "Mara Quill"),
    ]


def test_firm_in_the_appositive_between_name_and_verb_is_not_the_speaker() -> None:
    """ "Jane Doe, Associate Director at Acme Research, said": the firm named in her post
    (here also cited alone, "said Acme", so read as a name) is not who speaks."""
    assert pairs("""
        Tablet Sales Slip for a Third Quarter

        Tablet shipments fell 4 percent in the quarter, according to the latest tracker from
        Brightline. The market leader kept its lead, said Brightline.

        Tomas Reyl, Associate Director at Brightline Research, said, "This is the third
        quarter in a row that the tablet market has shrunk. Demand is weak in rich markets."
    """) == [
        ("This is the third quarter in a row that the tablet market has shrunk. Demand is weak "
         "in rich markets.", "Tomas Reyl"),
    ]


def test_open_appositive_ending_at_the_firm_before_said() -> None:
    """ "Jane Doe, head of market analysis at Acme said, “...”": the comma closing her post
    left out, the firm stands right before the verb but is not its subject."""
    assert pairs("""
        Wind Power Now Cheaper Than Gas, Analysts Find

        Wind power is now the cheapest way to make electricity in many markets.

        Nadia Ferro, head of European market analysis at KLM Energy Data said, “Wind
        investment has gone from almost nothing to a great deal in a decade.”
    """) == [
        ("Wind investment has gone from almost nothing to a great deal in a decade.",
         "Nadia Ferro"),
    ]


def test_university_and_its_country_between_name_and_told() -> None:
    """ "“...,” Jane Doe of the University of X, UK, told Y. “...”": neither the university
    nor the country after it speaks; both pieces are hers."""
    assert pairs("""
        “We can now put a figure on the lives lost to the flood,” Omar Bex of the University
        of Eastmoor, UK, told Example Science News. “Nobody had done this before.”
    """) == [
        ("We can now put a figure on the lives lost to the flood", "Omar Bex"),
        ("Nobody had done this before.", "Omar Bex"),
    ]


def test_quote_mark_right_after_a_full_stop_opens_a_new_sentence() -> None:
    """ "... researcher X reports.“...,” said X analyst Jane Doe.": the space after the stop
    lost in pasting, the quote still opens a sentence of its own, whose cue is hers (the
    firm's "reports" is the sentence before)."""
    assert pairs("""
        Global tablet shipments have fallen for the first time in six years, down four
        percent from a year ago, researcher Northgate Data reports.“Tablet growth is slowing
        as most households already own one,” said Northgate Data analyst Ilse Varga.
    """) == [
        ("Tablet growth is slowing as most households already own one", "Ilse Varga"),
    ]


def test_she_is_written_short_in_the_line_that_introduces_the_quote() -> None:
    """ "..., says Jane Doe. She’s a historian at X:" then a paragraph that is only a quote:
    "she’s" is the pronoun, and the colon line it opens introduces her words."""
    assert pairs("""
        Mayor's First Year Divides the City

        Most neighbourhoods gained something and lost something in the mayor's first year,
        says Greta Lindqvist. She’s a historian of local government at Example State
        University:

        “What she did reminds me of the old bargain politics of the harbour towns. You give
        a little to every ward and hope nobody counts too closely.”
    """) == [
        ("What she did reminds me of the old bargain politics of the harbour towns. You give a "
         "little to every ward and hope nobody counts too closely.", "Greta Lindqvist"),
    ]


def test_stray_comma_between_the_post_and_the_name_after_says() -> None:
    """ "“...,” says political analyst, Jane Doe.": a comma left between the post and the
    name after the verb does not hide who is saying it."""
    assert pairs("""
        Council Rushes Through Budget Plan

        “It’s rare to see a council move this fast on anything, but it moved very quickly on
        this budget,” says political analyst, Rowan Ellery.
    """) == [
        ("It’s rare to see a council move this fast on anything, but it moved very quickly on "
         "this budget", "Rowan Ellery"),
    ]


def test_quote_resumed_over_a_teaser_line_and_continued_into_the_next_paragraph() -> None:
    """A speaker's quote, a line of narration, a "READ: ..." link to another story, then a
    quote that runs over two paragraphs: the link is the page's, not the story's, so the
    quote resumes the speaker's turn, and its second paragraph goes with it (inferred)."""
    found = read("""
        Rate Cut Not Likely Soon: Economist

        “It is too early to say when the rate will come back to target,” says economist
        Pieter Vermaak.

        Vermaak called the drop in the index a surprise.

        READ: Bread prices fall for the first time this year

        “Last spring prices rose very sharply, and this spring they did not. So the rate fell.

        “It fell more than most people expected. That caught the market off guard.”
    """)
    assert [(q.text, q.speaker_name) for q in found.quotes] == [
        ("It is too early to say when the rate will come back to target", "Pieter Vermaak"),
        ("Last spring prices rose very sharply, and this spring they did not. So the rate fell.",
         "Pieter Vermaak"),
        ("It fell more than most people expected. That caught the market off guard.",
         "Pieter Vermaak"),
    ]
    assert [q.inferred for q in found.quotes] == [False, True, True]


def test_a_months_possessive_in_the_narration_names_no_one() -> None:
    """ "Inflation slowed from February's rate." between a speaker's quotes: a month's
    possessive is a date, not someone else taking the turn."""
    assert pairs("""
        “The index is still too high for comfort,” said economist Lena Okafor.

        Okafor said the figure was lower than she expected.

        Inflation slowed to 4.1% from February's 4.6%.

        “Fuel costs did most of the work. Food prices barely moved.”
    """) == [
        ("The index is still too high for comfort", "Lena Okafor"),
        ("Fuel costs did most of the work. Food prices barely moved.", "Lena Okafor"),
    ]


def test_a_person_named_in_the_possessive_is_not_the_far_subject() -> None:
    """ "He doubts Europe can change Doe’s policy, adding “...”": the politician whose policy
    the sentence is about does not speak; the pronoun that opens it does."""
    assert pairs("""
        “Both capitals want a deal before winter,” said Arne Solberg, a professor of politics.

        He doubts Brussels can change Minister Halvorsen’s policy on the pipeline, adding
        “Perhaps the two leaders meet, but both sides would need some steps agreed first.”
    """) == [
        ("Both capitals want a deal before winter", "Arne Solberg"),
        ("Perhaps the two leaders meet, but both sides would need some steps agreed first.",
         "Arne Solberg"),
    ]


# --- the fourteenth split's classes: marks broken in pasting ---------------------------------


def test_a_quote_never_closed_before_its_credit_and_the_next_quote() -> None:
    """ '“The calm could not last, Doe told Example TV. “...,” she added.': the writer forgot
    the first closing mark; a double mark opening while one is open, with only one closing
    mark after it, is no quote within a quote: the first quote ends before its credit."""
    assert pairs("""
        Markets Slide on Rate Fears

        Stocks fell on Friday, according to Tom Reyes, chief strategist at Example Capital.

        “The quiet months were never going to last, Reyes told Example TV. “Sooner or later
        prices will climb again, but the ride will be rougher,” he added.
    """) == [
        ("The quiet months were never going to last", "Tom Reyes"),
        ("Sooner or later prices will climb again, but the ride will be rougher", "Tom Reyes"),
    ]


def test_an_unclosed_mark_without_a_credit_opens_nothing() -> None:
    """ 'a “record figure in the plan. ... Jo Roe said a grant of “$2 million could ...,”': where
    the first quote ends cannot be told, so its mark opens nothing and the second quote,
    which does close, is Roe's partial."""
    assert pairs("""
        A study put the gain for the region at a “record figure in the bid plan. Those numbers may
        be high. Harbour Events Board chair Jo Roe said a grant of “$2 million could bring back
        ten times that,” while others were less sure.
    """) == [("$2 million could bring back ten times that", "Jo Roe")]


def test_a_turned_mark_glued_between_a_full_stop_and_a_capital_opens_the_quote() -> None:
    """ 'last year.”It was the turning point,” said X': pasting lost the space and turned the
    opening mark; a mark glued between a stop and a capital opens a quote when none is open
    (and the narration before it is another sentence)."""
    assert pairs("""
        Harbour Power Shifts to Sun

        Example Energy Group, a research firm, said more rooftop panels than turbines went up in
        the region last year.”It was the turning point,” said Lena Brook, the group’s research
        director. Brook said turbines still lead on output.
    """) == [("It was the turning point", "Lena Brook")]


# --- the fourteenth split's classes: whose verb it is ----------------------------------------


def test_what_follows_a_participle_is_what_it_says_not_its_subject() -> None:
    """ "Doe added that ..., arguing the National Party's return is the result of the “...”":
    "said Jane Doe" inverts, a participle never does; the party in the possessive after
    "arguing" is what the argument is about, and the words are Doe's."""
    assert pairs("""
        Polls Close in Example Vote

        Sara Bel of the Example Institute said the result was expected.

        Bel meanwhile added that the Green List is the only real surprise of the vote, arguing
        the National Party's return to the chamber is the result of the "loud talk in local
        politics and the anger of voters, who want new faces".
    """) == [("loud talk in local politics and the anger of voters, who want new faces",
              "Sara Bel")]


def test_a_clause_about_the_speaker_between_her_firm_and_the_verb() -> None:
    """ "Jane Doe of the X's Y Institute, who once worked at Z, said ... “...”": the firm is
    where she works and the who-clause is about her; she is the subject of "said"."""
    assert pairs("""
        Talks Unlikely Soon

        Mark Dunn of the Example Center's Policy Institute, who previously worked on trade
        issues at the State Department, said he doesn’t think any talks led by the new
        government will “end quickly.” He noted that the dispute “is really, really hard,”
        partly because so many others are involved.
    """) == [("end quickly.", "Mark Dunn"), ("is really, really hard", "Mark Dunn")]


def test_a_workplace_named_after_someone_is_not_the_speaker() -> None:
    """ "Political scientist Jane Doe at Queen Anne, University of X, said": the name after
    "at" in her description (a title before it or not) is where she works."""
    assert pairs("""
        Race Opens

        Political scientist Tom Hale at Queen Anne, University of Example, said Smith is the
        favourite because of the “huge momentum” generated by the result of the vote.
    """) == [("huge momentum", "Tom Hale")]


def test_a_quote_after_a_line_of_narration_goes_on_after_a_credited_quote() -> None:
    """ '“...,” Doe says.' then a paragraph of one narration sentence and a quote with no
    verb: the paragraph before ended on the speaker's quote and its short credit, so the
    quote goes on with her (inferred), as it would after a paragraph ending on the quote."""
    found = read("""
        Council Acts Fast on Budget

        “It is rare that the council moves quickly,” says political analyst, Nora Vance.

        “You could see it coming,” Vance says.

        In this city, the mayor picks the committee chairs. “She picked people who would move
        the plan forward, and she had been laying the groundwork for months.”
    """)
    assert [(q.text, q.speaker_name) for q in found.quotes] == [
        ("It is rare that the council moves quickly", "Nora Vance"),
        ("You could see it coming", "Nora Vance"),
        ("She picked people who would move the plan forward, and she had been laying the "
         "groundwork for months.", "Nora Vance"),
    ]
    assert [q.inferred for q in found.quotes] == [False, False, True]


def test_said_the_capitalised_post_then_sir_and_the_name() -> None:
    """ '“...,” said the Leader of the Opposition, Sir Jane Doe in a statement': a post in
    capitals with its "of the ...", then an honorific and the name: the name speaks."""
    assert pairs("""
        Snap Vote Demanded

        “The government has lost its mandate. We need an election now,” said the Leader of the
        Opposition, Sir Tom Marsh in a statement.
    """) == [("The government has lost its mandate. We need an election now", "Tom Marsh")]


def test_a_double_mark_closed_by_a_straight_single_one_before_he_said() -> None:
    """ '"Prices rose fast. Nobody was ready for it,' she said.': a quote opened with a double
    mark and closed with a single one, a pronoun and a verb after it; what it quotes
    may hold an apostrophe ("wasn't") without that being a quote within it."""
    assert pairs("""
        Fuel Costs Bite

        "Prices rose fast and people weren't ready for it. That hurt many homes,' she said,
        according to energy economist Ruth Kale of Example University.
    """) == [("Prices rose fast and people weren't ready for it. That hurt many homes",
              "Ruth Kale")]


# --- quotes within a quote, and a claim placed in time or space ------------------------------


def test_a_quote_within_a_quote_is_whose_verb_inside_introduces_it() -> None:
    """ '"Last week Mayor Jane Roe said that 'the budget is safe' and the cuts were 'over.' I
    doubt it," Doe said': the speaker quotes someone, whose verb inside the quote credits the
    words in single marks to her; a term in single marks with no such verb ("a 'new deal'")
    is the speaker's own wording and no one's quote."""
    assert pairs("""
        Budget Row Grows

        "Last week Mayor Lena Roe declared that 'the budget is safe' and that the cuts were
        'over.' I doubt it," Tom Dale, a councillor, said on Monday.

        "Nobody wants a 'new deal' for the harbour. People want the old one kept," Dale said.
    """) == [
        ("Last week Mayor Lena Roe declared that 'the budget is safe' and that the cuts were "
         "'over.' I doubt it", "Tom Dale"),
        ("the budget is safe", "Lena Roe"),
        ("over.", "Lena Roe"),
        ("Nobody wants a 'new deal' for the harbour. People want the old one kept", "Tom Dale"),
    ]


def test_a_persons_admission_placed_in_space_then_that() -> None:
    """ "Doe's admission outside the court that “...”", "Doe's comments in May that ...": a
    claim noun with where or when it was made, then what it says, in marks: her words."""
    assert pairs("""
        Minister Steps Down

        Nora Penn, the housing minister, resigned on Friday after a week of open revolt.

        Penn’s admission outside the parliament building that “I can no longer lead this
        department,” was the latest blow for the coalition.
    """) == [("I can no longer lead this department", "Nora Penn")]


# --- whose turn it is: narration where one person speaks, a firm after her name ----------------


def test_a_quote_paragraph_after_narration_whose_only_speaker_is_the_analyst() -> None:
    """ "Loan costs have crept back up, Doe says. But they are still low by past standards."
    then a paragraph that is nothing but a quote: every speech verb of the narration before
    has Doe speak, so the quote is hers (inferred: her verb is a sentence further back)."""
    found = read("""
        Lender Holds Rates

        The central bank left its rate unchanged on Thursday, a decision Ben Ashe, chief
        economist at Example Bank, called a mistake.

        Loan costs have crept back up since the last cut, Ashe says. But even so they remain
        low by the standards of the past decade.

        "Borrowers will be fine, but they could have had a little more relief this winter."
    """)
    assert [(q.text, q.speaker_name, q.inferred) for q in found.quotes] == [
        ("Borrowers will be fine, but they could have had a little more relief this winter.",
         "Ben Ashe", True),
    ]


def test_a_phrase_that_ends_the_sentence_after_her_reported_speech_is_hers() -> None:
    """ "Doe said the dry spell is down to the warm sea. However, the worst can be avoided
    “by planting earlier.”": the next sentence finishes her thought in her words, ending on
    the quote and its stop (inferred); a term in the middle of such a sentence ("the
    “green belt” farms") stays no one's."""
    found = read("""
        Dry Spell Hits Growers

        Ruth Lowe, an agronomist at Example University, said the dry spell is down to the warm
        sea this year. However, the worst losses can still be avoided “by planting earlier in
        the spring.”

        Lowe said yields will fall in the north. Most of the “green belt” farms expect a poor
        harvest this year.
    """)
    assert [(q.text, q.speaker_name, q.inferred) for q in found.quotes] == [
        ("by planting earlier in the spring.", "Ruth Lowe", True),
    ]


def test_a_firm_after_of_then_a_clause_then_a_participle() -> None:
    """ "Jane Doe of Example Economics, played down the report, saying, “...”": the firm after
    "of" is hers, and the clause before the participle has her, not the firm, as subject."""
    assert pairs("""
        Oil Rally Fades

        Tom Reyes of Example Energy Research, played down the report, saying, "We have heard
        rumours like this before and they rarely lead to lower output."
    """) == [("We have heard rumours like this before and they rarely lead to lower output.",
              "Tom Reyes")]


# --- the round after heldout15 was scored -------------------------------------------------------


def test_a_phrase_after_a_determiner_that_closes_its_clause_before_she_said() -> None:
    """ "the sector may be close to a “soft patch,” she said": the comma inside the marks ends
    the clause, so "she" is the verb's subject, not a noun the phrase qualifies; a coinage
    before its noun ("a “soft patch” economy") stays a term."""
    assert pairs("""
        Retail Sales Cool

        Demand may slow next year, Mia Rowe, an analyst at Example Securities, wrote in a
        note. Indicators point to weaker spending, which means the sector may be close to a
        “soft patch,” she said. Shops fear a “soft patch” economy.
    """) == [("soft patch", "Mia Rowe")]


def test_a_post_in_her_description_is_not_a_second_subject() -> None:
    """ "Jane Doe, a polar analyst and former Adviser to the Secretary of the Navy, told X":
    the post in her description ("the Secretary") reads as a description of someone, and the
    name before it is still the verb's subject."""
    assert pairs("""
        Ice Shelf Watch

        "Sea ice is thinning faster than the models said," Lena Voss, a polar analyst and
        former Senior Ocean Policy Adviser to the Secretary of the Navy, told Example Brief.
        "It will not come back this decade."
    """) == [
        ("Sea ice is thinning faster than the models said", "Lena Voss"),
        ("It will not come back this decade.", "Lena Voss"),
    ]


def test_said_a_post_at_an_institution_then_a_comma_and_the_name() -> None:
    """ "said Constitutional Law Professor at Example University, Jane Doe": her post in
    capitals and the institution read as organisations, then a comma and her name."""
    assert pairs("""
        Budget Vote Looms

        "Never before has this council rejected a budget twice," said Public Finance
        Professor at Example State University, Tara Quill.
    """) == [("Never before has this council rejected a budget twice", "Tara Quill")]


def test_a_quote_paragraph_opening_with_an_ellipsis_goes_on_from_her_reported_speech() -> None:
    """ "Doe says the cold was a factor...." then “....the frost has caused refinery glitches
    ...”: the ellipsis takes the quote up in the middle of a sentence, so its first word is in
    lower case, and it is still a sentence of hers, introduced by her reported speech."""
    assert pairs("""
        Pump Prices Climb

        Prices are rising ahead of the holiday weekend.

        Fuel analyst at Example Tracker, Omar Hale, says the cold snap was a factor in prices
        going up a few cents....

        "....the frost has caused refinery glitches that should be fixed in a week or so."
    """) == [("....the frost has caused refinery glitches that should be fixed in a week or so.",
              "Omar Hale")]


def test_said_then_a_name_as_owner_is_not_the_name_speaking() -> None:
    """ "Doe declined ..., but said Roe Research's result is “...”": a name in the possessive
    after "said" (here the first word of a pollster's firm) owns what is said; the speaker is
    the clause's subject before the verb."""
    assert pairs("""
        Mayor's Race Tightens

        "This is a very close contest," said pollster Ed Marsh of Marsh Research.

        Candidate Lucy Pratt declined to discuss her own polling, but said Marsh Research's
        result is "in line with what our volunteers hear at the door."
    """) == [
        ("This is a very close contest", "Ed Marsh"),
        ("in line with what our volunteers hear at the door.", "Lucy Pratt"),
    ]


def test_an_outlet_after_the_marks_relays_the_person_whose_verb_governs_them() -> None:
    """ "Doe said that the jars “may be older than thought”, Example News adds": the outlet
    only relays the words; the person's verb before them governs the clause they close. A
    ministry's own verb before the marks keeps them the ministry's."""
    assert pairs("""
        Jars Found Near Old Harbour

        Chief archaeologist Iris Baxter said that the jars "may be far older than anyone
        thought", Example News adds.

        The ministry said the site was "closed until further notice", Baxter added.
    """) == [("may be far older than anyone thought", "Iris Baxter")]


def test_a_readout_quoted_from_the_speech_verb_on_is_its_subject_s() -> None:
    """ "Minister Jane Doe “stressed that ...” in a call, according to the ministry": the
    marks open on the speech verb, so the name right before them is who speaks; the source
    cited after the marks only relays the readout."""
    assert pairs("""
        Ministers Hold Call on Fishing Rights

        Trade Minister Vera Kolar "stressed that the quota talks will go on until a deal is
        reached" in a call with her counterpart on Monday, according to the ministry.
    """) == [("stressed that the quota talks will go on until a deal is reached", "Vera Kolar")]


def test_lauded_and_characterized_as_are_speech_verbs() -> None:
    """ "Doe lauded the result as “...”", "Roe characterized the plan as a “...”": a verdict
    given in someone's words, as "described ... as" is."""
    assert pairs("""
        Telescope Finds Faint Signal

        Project lead Nina Ostrow lauded the detection as "a triumph for the whole team."

        In a panel on Tuesday, historian Paul Arden characterized the rival plan as a
        "costly detour" for the agency.
    """) == [
        ("a triumph for the whole team.", "Nina Ostrow"),
        ("costly detour", "Paul Arden"),
    ]


def test_her_post_at_a_described_body_then_a_clause_about_her_before_the_verb() -> None:
    """ "Jane Doe, a scientist with the national research body X, who built Y, said": her
    post and the body she works for (named after a description in lower case) between
    commas, then a clause about her; she is still the verb's subject, not the body."""
    assert pairs("""
        Radio Dish Picks Up Early Light

        Rhea Tomlin, a researcher with the Canadian research body EXPLO, who oversaw the
        building of Kestrel Array, said the result was "worth every cold night out there."

        "We will keep listening for years," Tomlin added.
    """) == [
        ("worth every cold night out there.", "Rhea Tomlin"),
        ("We will keep listening for years", "Rhea Tomlin"),
    ]


def test_tweeting_gives_the_words_of_the_clause_s_subject() -> None:
    """ "Doe, the prominent Welsh art historian, is among the sceptics, tweeting Wednesday,
    “...”": a post is speech, and the participle's subject is the clause's (the nationality
    in her description is no subject of its own)."""
    assert pairs("""
        Auction Record Divides Critics

        Curator Ana Pike said opinions on the panel's maker are mixed. She also said that
        the sale will be debated for years.

        Mark Ellery, the prominent Welsh art historian, is among the sceptics, tweeting
        Wednesday, “Whoever painted it, it is simply not that good a picture.”

        Ruth Amsel, a professor at Example University, said the studio had many hands.
    """) == [("Whoever painted it, it is simply not that good a picture.", "Mark Ellery")]


# --- the round after heldout16 was scored -------------------------------------------------------


def test_quote_left_open_runs_on_past_an_inserted_paragraph() -> None:
    """A quote left open at a paragraph's end says the speaker goes on; a paragraph with no
    marks and no person between it and the next quote paragraph (an advert, a promo line the
    page set there) is an insertion, not narration handing the turn on, even when it names a
    product or a firm."""
    assert pairs("""
        Port Strike Enters Second Week

        Speaking on Example Radio, dock historian Ilse Varga said: “The owners will not move
        until the ships start going elsewhere.

        Cardio+ is a free app for tracking your heart rate. Download it on PlayStore and
        sync it with FitBand in seconds.

        “When the first carrier diverts, the talks will start again within days.”

        The union meets on Friday.
    """) == [
        ("The owners will not move until the ships start going elsewhere.", "Ilse Varga"),
        ("When the first carrier diverts, the talks will start again within days.", "Ilse Varga"),
    ]


def test_said_then_a_former_post_at_a_long_body_in_capitals_then_the_name() -> None:
    """ "“...,” said former Federal Maritime Safety Board member Jane Doe, “...”": the verb,
    "former", a body of three capitalised words and the post, then the name; a long title
    between the verb and the name still makes the name the verb's subject."""
    assert pairs("""
        Ferry Rules Under Review

        Few operators want the new rules. “The lesson of the last inquiry,” said former
        Federal Maritime Safety Board member Oskar Lindqvist, “was that a single tired crew
        can sink a company.” The board meets next month.
    """) == [
        ("The lesson of the last inquiry", "Oskar Lindqvist"),
        ("was that a single tired crew can sink a company.", "Oskar Lindqvist"),
    ]


def test_a_word_in_marks_in_the_writer_s_question_is_no_one_s_quote() -> None:
    """ "So what is this “emergency?”": a short line that asks the reader a question puts a
    word in marks to doubt it; the speaker who later uses the word inside a quote did not
    say the question, however much the line looks like a heading."""
    assert pairs("""
        Council Faces Budget Deadline

        The word is everywhere as the council nears its deadline without a plan.

        So what exactly is this “emergency?”

        “Some will call it an ‘emergency’ and others will call it Tuesday,” said Ray Holm,
        a professor of public policy at Example University.
    """) == [
        ("Some will call it an ‘emergency’ and others will call it Tuesday", "Ray Holm"),
    ]


def test_quote_paragraphs_credited_by_the_next_quote_paragraph_s_verb() -> None:
    """Quote paragraphs with no verb, right before a quote paragraph that ends "..., he
    stressed" (no narration between, the speaker before them an institution): the run of
    quotes is one speaker's, named once at its end; inferred."""
    found = read("""
        Forecast Draws Scorn

        A lecturer in statistics, Kofi Mensah, has dismissed a bank's election forecast.

        “The forecast is clear that the ruling party will lose,” the bank's report said.

        The report has drawn mixed reactions from commentators.

        “I am saying that none of it adds up. Voters do not read growth figures.

        “It is like reading tea leaves and calling it science.”

        “If they look at the markets, they will see the same thing,” he stressed.
    """).quotes
    assert [(q.text, q.speaker_name, q.inferred) for q in found] == [
        ("I am saying that none of it adds up. Voters do not read growth figures.",
         "Kofi Mensah", True),
        ("It is like reading tea leaves and calling it science.", "Kofi Mensah", True),
        ("If they look at the markets, they will see the same thing", "Kofi Mensah", False),
    ]


def test_the_opening_a_sentence_before_a_country_that_speaks() -> None:
    """ "The United Kingdom has said that “...”": a name is not "the" anything, also when
    "The" opens the sentence and is written in capitals with it; the country's words are no
    person's quote."""
    assert pairs("""
        Fishing Row Deepens

        The United Kingdom has said that “any seizure” of its trawlers would be answered.

        “Nobody wants a standoff at sea,” said Mara Quill, a fisheries analyst at Example
        Institute.
    """) == [("Nobody wants a standoff at sea", "Mara Quill")]


def test_another_analyst_said_then_the_analyst_named_in_the_next_paragraph() -> None:
    """ "Another analyst said the move “...”", then a paragraph that quotes and names "X, a
    ...-based security analyst": "another" brings in someone new as "an" does, and the next
    paragraph's new analyst is that one."""
    assert pairs("""
        Navy Drills Raise Tension

        “The drills are a message to the region,” said Lena Brask, a professor of
        strategy at Example University.

        Another analyst said the drills had “raised the stakes” for the coast guard.

        “Resupply will go on either way,” said Omar Field, a Cairo-based maritime security
        analyst.
    """) == [
        ("The drills are a message to the region", "Lena Brask"),
        ("raised the stakes", "Omar Field"),
        ("Resupply will go on either way", "Omar Field"),
    ]


def test_a_heading_s_word_is_not_matched_inside_a_longer_word_of_a_quote() -> None:
    """ A headline "“RECKLESS” MOVE" over a body quote with "recklessly": its word in marks is
    the sub-editor's, not the speaker's; only the same whole words make the body quote the
    heading's source."""
    assert pairs("""
        “RECKLESS” MOVE

        Analysts say the coast guard is testing its neighbour at the shoal.

        “They acted recklessly and they know it,” said Ivo Marsh, a maritime law professor
        at Example University.
    """) == [("They acted recklessly and they know it", "Ivo Marsh")]


# --- the round after heldout17 -------------------------------------------------------------


def test_a_post_written_as_title_of_portfolio_before_the_name() -> None:
    """ "said Secretary of Commerce Jane Doe", "Chief of Staff John Roe spoke ... he said": a
    post in capitals written as its title, "of" or "for" and what it is over, runs into the
    name; the title says the name is a person's, whatever the portfolio's word."""
    assert pairs("""
        Port Grants Delayed Again

        The grants for the new port were meant to be paid out last spring.

        “We will pay the first grants before winter,” said Secretary of Commerce Ana Velde in
        a briefing on Tuesday. “We want to get it right.”

        U.S. Chief of Staff Bram Tollis spoke in Lisbon on Friday. “The money is ready,” he
        said.
    """) == [
        ("We will pay the first grants before winter", "Ana Velde"),
        ("We want to get it right.", "Ana Velde"),
        ("The money is ready", "Bram Tollis"),
    ]


def test_a_surname_never_given_in_full_speaks_right_after_the_closing_mark() -> None:
    """ "“...,” Harrow said": an excerpt that names its speaker by surname only, subject
    and verb after the quote's closing mark, credits the quote to that surname as "added
    Harrow" does; a firm speaks of "its" statement."""
    assert pairs("""
        “Rates will stay high for a while,” Harrow said after the meeting.

        “We see no cut this year,” he added.

        Sales should pick up next year “if demand holds,” Brightwell said in its statement.
    """) == [
        ("Rates will stay high for a while", "Harrow"),
        ("We see no cut this year", "Harrow"),
    ]


def test_she_is_not_the_speaker_the_article_called_he() -> None:
    """ "“...,” he added" about one speaker, then "“...,” she said" with no woman named: the
    article's own pronoun says the last speaker is not hers to stand for."""
    found = pairs("""
        “Rates will stay high for a while,” said Tom Harrow, an economist at Example Bank.

        “We see no cut this year,” he added.

        “Food prices are the worry,” she said.
    """)
    assert ("We see no cut this year", "Tom Harrow") in found
    assert ("Food prices are the worry", "Tom Harrow") not in found


def test_a_quote_paragraph_after_a_paragraph_whose_subject_is_the_speaker() -> None:
    """ "Coach Jane Doe was left fuming at the referee." then a paragraph that is only a
    quote, no cue: the narration says what she did, the quote what she said (inferred). A
    quote that names her is about her, and a paragraph with a speech verb is not this."""
    found = read("""
        Late Penalty Decides Derby

        Harbour coach Lina Varo was left fuming at the referee after a 2-1 defeat on Sunday,
        when her side had led until the final minute.

        “It was a shocking decision. Nobody touched him and everybody in the ground saw it.”

        Mayor Otto Brenn was in the crowd for the first time this season.

        “Brenn has done more for this club than anyone, and the fans know it.”
    """).quotes
    assert [(q.text, q.speaker_name, q.inferred) for q in found] == [(
        "It was a shocking decision. Nobody touched him and everybody in the ground saw it.",
        "Lina Varo", True,
    )]


# --- round after heldout18 --------------------------------------------------------------------


def test_an_open_appositive_with_a_post_at_an_organisation_before_told() -> None:
    """ "“...,” Dr. Jane Doe, a sleep physician with Example Clinic in Tide City told Example
    News.": the appositive's closing comma left out before the verb; a post at an
    organisation between the name and "told" is still her description, so she is the
    subject, whether or not the organisation was read as one."""
    assert pairs("""
        Night Shifts Linked to Poor Sleep

        “Shift work confuses the body clock. The brain never learns when to rest,” Dr. Mara
        Quell, a sleep physician with Calder Somnology in Tide City told Example News.

        “The risk is higher for older workers,” Ivo Brandt, the director of the Harbour
        Sleep Institute said.
    """) == [
        ("Shift work confuses the body clock. The brain never learns when to rest",
         "Mara Quell"),
        ("The risk is higher for older workers", "Ivo Brandt"),
    ]


def test_a_name_in_title_case_after_the_is_no_ones_words() -> None:
    """ "during a “State of the Harbour” forum", "the “Gateway of the North,” according to
    Doe": words in title case in marks after an article are the name of an event, a plan or
    a place, however many words it has; the sentence's speaker did not say them. Her
    sentence in marks is still hers."""
    assert pairs("""
        Port Plans Face Doubts

        “Nobody will pay for a second terminal,” said Nora Feld, an economist at Example
        Bank, during a “State of the Harbour and the River” forum last week.

        The minister's talk of a corridor and the “Gateway of the North,” according to
        Feld's reading, was not a promise of money. “It is a slogan,” she said.
    """) == [
        ("Nobody will pay for a second terminal", "Nora Feld"),
        ("It is a slogan", "Nora Feld"),
    ]


def test_two_descriptions_in_a_row_between_the_name_and_said() -> None:
    """ "“...,” Jan Doe, Polish political scientist, head of Example agency’s research
    group, said": two pieces of description between commas, the first with a nationality
    (read as a group's name); the name before them is the subject."""
    assert pairs("""
        Grain Corridor Talks Stall

        “The corridor is a hard bargain for both sides,” Marek Wolny, Polish political
        scientist, head of the trade agency’s research group, said in an interview.
    """) == [("The corridor is a hard bargain for both sides", "Marek Wolny")]


def test_a_participle_after_an_organisations_said_is_the_organisations() -> None:
    """ "X died on Tuesday, the city council said, calling him “...”": the participle's
    subject is the subject of the "said" it hangs on, here an organisation, so the words
    are nobody's, not those of the person the sentence is about. After a person's "said",
    the participle is still hers."""
    assert pairs("""
        Port Chief Dies at 70

        Ivo Marsh, the head of the Example Port Authority, died on Tuesday, the city council
        said on Wednesday, calling him “a builder of the harbour.”

        “The harbour will miss him,” Jan Roe, an economist at Example Bank, said, adding
        that “plans will go ahead.”
    """) == [
        ("The harbour will miss him", "Jan Roe"),
        ("plans will go ahead.", "Jan Roe"),
    ]


def test_a_surname_first_name_is_resumed_by_its_first_word() -> None:
    """ "voters chose Wu Ming-hao ..." then "“...,” said Wu": a Chinese or Korean name
    written surname first (the given name a hyphened pair of syllables) is resumed by its
    first word, so the speaker is the full name, not "Wu"."""
    assert pairs("""
        Harbour City Votes for Change

        Voters in Harbour City chose Wu Ming-hao as their next mayor on Saturday, ending
        twelve years of rule by the old guard.

        “We will open the port to every trader who plays by the rules,” said Wu.
    """) == [("We will open the port to every trader who plays by the rules", "Wu Ming-hao")]


# --- round after heldout19: a stored copy that broke its lines mid-sentence ----------------


def test_a_line_broken_mid_sentence_does_not_cut_the_attribution() -> None:
    """ "said Jane Doe, || of Example Union. “...”": a copy whose every stored line became a
    paragraph breaks sentences where a line ended; a paragraph that ends without a stop and
    a next one that opens in lower case are one sentence, so the quote after the break
    follows its speaker's name as the reader sees it."""
    assert pairs("""
        Dockers End Strike

        “Nobody wanted this to last,” said Lena Fisk, the chief negotiator,

        of the Example Dockers Union. “The ships are waiting for us and we are ready.”
    """) == [
        ("Nobody wanted this to last", "Lena Fisk"),
        ("The ships are waiting for us and we are ready.", "Lena Fisk"),
    ]


def test_a_quote_over_a_line_broken_mid_sentence_is_one_quote() -> None:
    """ "Fisk said.“We || will be back ...,” she said.": the quote runs over a stored line
    break, not a paragraph break (no mark reopens it, the next line opens in lower case);
    it is one quote, not a one-word piece and a headless one."""
    assert pairs("""
        Dockers End Strike

        “Nobody wanted this to last,” Lena Fisk, a union negotiator, said.“We

        will be back on the quays on Monday and the port will be full again,” she

        said.
    """) == [
        ("Nobody wanted this to last", "Lena Fisk"),
        ("We will be back on the quays on Monday and the port will be full again", "Lena Fisk"),
    ]



def test_a_line_broken_by_an_advertisement_stays_two_pieces() -> None:
    """A quote that an advertisement's slot cuts in two is cut on purpose by the page, not
    by a stored line: its pieces stay apart, each a piece of the speaker's quote."""
    assert pairs("""
        Ferry Lines Brace for a Price War

        Ana Rook, an analyst at Example Research, spoke on Monday.

        “The smaller lines will have to merge or sell their ships to the big

        Advertisement

        ones before the winter,” said Rook.
    """) == [
        ("The smaller lines will have to merge or sell their ships to the big", "Ana Rook"),
        ("ones before the winter", "Ana Rook"),
    ]


# --- round after heldout19: a view given in marks ------------------------------------------


def test_a_person_who_sees_or_views_something_in_marks() -> None:
    """ "Doe even sees a chance of a “two-horse race,”", "he views the port as “the heart of
    the coast”": what a named person sees, or views a thing as, given in marks with no
    speech verb, is her view in her words. A firm that sees something speaks for no one, and
    how others regard her ("is regarded as “...”") is not her view."""
    assert pairs("""
        Ferry Lines Brace for a Price War

        Ana Rook, an analyst at Example Research, said fares had fallen for a year.

        Rook even sees a chance of a “two-horse race on the northern routes,” but only if
        the smaller lines merge. She views the new terminal as “the heart of the coast.”

        Example Ferries sees “no reason to cut fares” this summer. Rook is widely regarded
        as “the best in the business” by her rivals.
    """) == [
        ("two-horse race on the northern routes", "Ana Rook"),
        ("the heart of the coast.", "Ana Rook"),
    ]


# --- round after heldout20: the language of attribution in general --------------------------


def test_a_name_before_the_marks_is_not_the_subject_of_said_after_them() -> None:
    """ "the suits all center on FreightCo “...,” said attorney Jane Doe": a quote
    between a name and the verb ends the clause the name is in, and "said" then inverts,
    its subject right after it. The firm before the marks is what the words are about."""
    assert pairs("""
        Port Lawsuits Pile Up

        Three shipping lines sued the port this spring.

        The suits make different claims, but they all center on the harbour operator
        FreightCo “taking fees it never earned,” said attorney Dana Ortiz, who represents two
        of the lines. They also name the Example Port Authority “for letting it happen,” said
        Ortiz.
    """) == [
        ("taking fees it never earned", "Dana Ortiz"),
        ("for letting it happen", "Dana Ortiz"),
    ]


def test_degrees_after_the_name_and_a_town_with_its_state_in_the_appositive() -> None:
    """ "Jane Doe, MD, a pediatrician in Tide County, Ore., told the outlet": health copy puts
    a doctor's degrees right after her name, and US copy gives a town with its state, a
    comma between them, inside the appositive. Neither ends the appositive: the name is
    still the subject of the verb after it, whatever her post (here no expert's)."""
    assert pairs("""
        Clinics Report an Early Flu Season

        Flu cases are rising weeks ahead of the usual season.

        "We are seeing sick children every day already," Dana Ortiz, MD, a pediatrician in
        Tide County, Ore., told the outlet. "It is worrying this early."

        "Most of our beds are full," Sam Reyes, DO, MPH, a nurse in Lakeview, Ore., said.
    """) == [
        ("We are seeing sick children every day already", "Dana Ortiz"),
        ("It is worrying this early.", "Dana Ortiz"),
        ("Most of our beds are full", "Sam Reyes"),
    ]


def test_a_ledes_expert_after_but_is_the_person_named_next() -> None:
    """ "Bookings soared, but an economist said she had a “serious worry”": the lede's
    clause that holds the expert back may open with a conjunction; the next paragraph's
    new name is still the expert, and the words in marks are hers."""
    assert pairs("""
        Harbour Bookings Soar

        Freight bookings at the harbour soared in April, but an economist said she had a
        “serious worry” about whether the rise would last.

        Dana Ortiz said she expected bookings to slow by the summer.

        “The ports are still crowded,” she said.
    """) == [
        ("serious worry", "Dana Ortiz"),
        ("The ports are still crowded", "Dana Ortiz"),
    ]


# --- round r1: what a named person "called" something ---------------------------------------


def test_what_a_named_person_called_it_is_her_words() -> None:
    """ "Jane Doe, a geologist, called it an “alarming loss.”", "X called the find a “dream”
    discovery": marks after "called it" or before the noun they qualify are often a term,
    but a named person's "called" gives her own word for the thing; the quote paragraph
    after it goes on with her. A title in capitals after it is still a name."""
    assert pairs("""
        Lake Levels Fall Again

        The Tide Lake lost a tenth of its water this summer, a survey found.

        Dana Ortiz, a hydrologist, called it an "alarming loss."

        "We have never measured a drop this steep in a single season."

        Sam Reyes, the survey's director, called the result a “wake-up” moment for the region.
        He backed what he called a “Harbour Water Plan” to refill it.
    """) == [
        ("alarming loss.", "Dana Ortiz"),
        ("We have never measured a drop this steep in a single season.", "Dana Ortiz"),
        ("wake-up", "Sam Reyes"),
    ]


# --- round r1: a speaker's summary that runs on before her words end a sentence -------------


def test_phrase_ending_a_sentence_two_sentences_after_the_speakers_verb() -> None:
    """ "Doe says the harbour is losing trade. Ships now sail past it. The result is a “slow
    bleed.”": reported speech runs on for a sentence of plain narration (no one else in
    it, no verb of speech) before her words in marks end a sentence; they are still hers,
    and so is the next such phrase after them."""
    assert pairs("""
        Harbour Trade Slips Away

        Dana Ortiz, a fellow at the Example Institute, says the harbour is losing trade to
        the deeper ports. Ships now sail past the breakwater on their way north. The result
        is a “slow bleed of the local economy.” Then there are the fishing fleets, which are
        “leaving one boat at a time.”
    """) == [
        ("slow bleed of the local economy.", "Dana Ortiz"),
        ("leaving one boat at a time.", "Dana Ortiz"),
    ]


def test_a_speech_word_after_an_article_is_no_verb() -> None:
    """ "a continued “squeeze on supply.”", "the reported deal": a speech word right after an
    article modifies a noun; it credits no one, so it does not stop the sentence's phrase
    from finishing the thought of the speaker before it."""
    assert pairs("""
        Shops Brace for Dearer Goods

        Sam Reyes, an economist at Example Bank, said prices would rise through the
        winter. Shops face a continued “squeeze on supply.”
    """) == [("squeeze on supply.", "Sam Reyes")]


# --- round r1: the writer's gloss of her organisation inside the appositive -----------------


def test_a_gloss_of_her_organisation_after_her_post_leaves_her_the_subject() -> None:
    """ "“...,” Jane Doe, a fellow at Example Institute, a think tank based in Tide City,
    said": after her post at an organisation, the writer says what that organisation is;
    the gloss is still her appositive, so the organisation does not take her words."""
    assert pairs("""
        Council Faces Another Vote

        “The council will not change course before the summer,” Dana Ortiz, a visiting
        fellow at the Example Policy Institute, a think tank based in Harbour Town, said.
    """) == [("The council will not change course before the summer", "Dana Ortiz")]


# --- round r2: credits with no verb, a longer appositive, a phrase before a profile ---------


def test_a_dash_credit_after_each_comment_of_a_round_up() -> None:
    """ "“...” - Jane Doe, Example Securities": a round-up of the City's reaction gives each
    comment a paragraph, the credit after a dash; the next comment, whose credit the excerpt
    lost, is not the last commentator's."""
    assert pairs("""
        Brokers React to Retailer's Warning

        Example Retail warned on profits on Monday, and the City reacted.

        “The slowdown is broad and the second half will be harder than the market
        thinks.” - Dana Ortiz, Example Securities

        “We expect the company to cut costs quickly and protect its margins.” - Sam Reyes,
        Harbour Capital

        “The warning ends a long run for the shares, and the retailer now looks exposed.
    """) == [
        ("The slowdown is broad and the second half will be harder than the market thinks.",
         "Dana Ortiz"),
        ("We expect the company to cut costs quickly and protect its margins.", "Sam Reyes"),
    ]


def test_she_after_a_summary_whose_speaker_has_a_two_piece_appositive() -> None:
    """ "The region faces “...” as rebels who ousted Victor Hale try ..., Jane Doe, a fellow at
    X, a think tank, said." then "“...,” she said": she is Doe, who reports the clause, not
    the man named inside it, though her appositive runs to two pieces."""
    assert pairs("""
        Region Faces Hard Choices

        The region faces “serious challenges” as the groups who ousted former leader Victor
        Hale try to form a government, Dana Ortiz, a senior fellow at the Example Institute, a
        think tank in Tide City, said in a statement today.

        “There are no easy answers to what will come next,” she said.
    """) == [
        ("serious challenges", "Dana Ortiz"),
        ("There are no easy answers to what will come next", "Dana Ortiz"),
    ]


def test_an_attribution_the_excerpt_cut_off_after_the_name() -> None:
    """ "“...,” Jane Doe, head of research at X," and the text ends: the excerpt cut the verb,
    not the credit; the name right after the closing mark is the speaker's."""
    assert pairs("""
        Gas Buyers Look Further Ahead

        Sam Reyes, an economist at Example Bank, said prices would stay high.

        “You are several years from having a lot more supply,” Dana Ortiz, head of research
        at Example Partners,
    """) == [("You are several years from having a lot more supply", "Dana Ortiz")]


def test_a_profile_line_after_a_phrase_in_marks_still_introduces_the_quote() -> None:
    """A paragraph with only a phrase in marks ("the regulator feared it would “harm
    rivals”"), then a line whose subject is a person ("Jane Doe, chair of the panel, issued
    a statement."), then a quote paragraph: the phrase is no turn of talk, so the quote is
    the one the line introduces (inferred)."""
    found = read("""
        Regulator Blocks Takeover

        The regulator feared the deal would "harm rivals" in the market. Example Corp says it
        will appeal.

        Dana Ortiz, chair of the panel that ran the inquiry issued a statement about the vote.

        "Example Corp already holds a strong position and this deal would make it stronger
        still."
    """)
    assert [(q.text, q.speaker_name, q.inferred) for q in found.quotes if q.speakers] == [(
        "Example Corp already holds a strong position and this deal would make it stronger "
        "still.", "Dana Ortiz", True)]


# --- round r3: forms of news copy read systematically (a grid of invented articles) --------


def test_he_after_a_sentence_about_someone_not_known_for_a_person() -> None:
    """ "Sam Reyes, a ferry operator, disagreed. “...,” he said.": whether or not the name is
    known for a person's, the sentence before the quote has its own subject, so "he" is not
    the speaker named before it."""
    found = read("""
        Port Council Weighs Harbour Levy

        “The levy is long overdue,” said Dana Ortiz, the council's finance chair. Sam Reyes,
        a ferry operator, disagreed. “We will lose two sailings a day,” he said.
    """)
    assert ("We will lose two sailings a day", "Dana Ortiz") not in [
        (q.text, q.speaker_name) for q in found.quotes
    ]


def test_asked_right_after_the_closing_mark_is_the_speakers_verb() -> None:
    """ "“...?” asked Doe.": the name after a listener's verb is its object ("asked Doe
    about ..."), except right after a quote, where the verb's subject follows it."""
    assert pairs("""
        Port Council Weighs Harbour Levy

        Dana Ortiz, the council's finance chair, backs the levy.

        “Why should ships park here for free?” asked Ortiz.
    """) == [("Why should ships park here for free?", "Dana Ortiz")]


def test_said_a_persons_deputy_then_the_deputys_name() -> None:
    """ "“...,” said Doe's deputy, Jane Roe.": the post is owned by Doe, and the name after
    it speaks."""
    assert pairs("""
        Port Council Weighs Harbour Levy

        Dana Ortiz, the council's finance chair, backs the levy.

        “The vote will be close,” said Ortiz's deputy, Sam Reyes.
    """) == [("The vote will be close", "Sam Reyes")]


def test_said_a_former_title_of_a_portfolio_then_the_name() -> None:
    """ "said former Secretary of Labor Jane Doe": an office held before, in capitals with
    what it was over, stands between the verb and the name as a serving one does."""
    assert pairs("""
        “The strike costs the region far more than the studios,” said former Secretary of
        Labor Ronald Vesk. “Every diner feels it.”
    """) == [("The strike costs the region far more than the studios", "Ronald Vesk"),
             ("Every diner feels it.", "Ronald Vesk")]


def test_a_quote_goes_to_the_fullest_form_of_the_name() -> None:
    """ "led by Mara J. Ilves" then "said Mara Ilves" and "Ilves added": one speaker, named
    as the article writes the name in full."""
    assert pairs("""
        A study led by Mara J. Ilves was published on Monday.

        “Prices are stickier than hoped,” said economist Mara Ilves of Harlow University.

        “Rates will stay high,” Ilves added.
    """) == [("Prices are stickier than hoped", "Mara J. Ilves"),
             ("Rates will stay high", "Mara J. Ilves")]


def test_a_headline_case_line_takes_no_quotes() -> None:
    """A lede's "A Harlow Bank analyst" is the analyst the body names, not the capitals of
    the sub-heading between them ("Broader Contagion")."""
    assert pairs("""
        A Harlow Bank analyst has warned of broader contagion in crypto markets, noting that
        it “can last for a long time.”

        Harlow’s Analyst Warns of Broader Contagion to Crypto Markets After the Fall of a
        Large Exchange

        Harlow Bank analyst Mara Ilves explained in an interview on Friday that markets face
        risks.
    """) == [("can last for a long time.", "Mara Ilves")]


def test_a_firm_named_like_a_person_does_not_speak_for_its_analyst() -> None:
    """ "said Harlow Brooks fuel analyst, Mara Ilves": the analyst speaks, not the firm."""
    assert pairs("""
        Fuel prices rose again in March.

        “Prices will not fall soon,” said Harlow Brooks fuel analyst, Mara Ilves.
    """) == [("Prices will not fall soon", "Mara Ilves")]


# --- round r3: the speech verbs of feature copy, plural subjects, a credit cut off ---------


def test_the_livelier_speech_verbs_of_feature_copy_credit_the_quote() -> None:
    """ "“...,” marvelled Doe, who ...": feature copy reports speech with verbs a wire never
    uses (marvel, enthuse, scoff, retort, lament, quip ...), in either spelling and tense."""
    for verb in ("marveled", "marvelled", "enthused", "scoffed", "countered", "retorted",
                 "exclaimed", "lamented", "surmised", "posited", "marvels", "laments", "quips",
                 "enthuses"):
        text = f"""
            Glacier Retreat Speeds Up

            The Brannfjell glacier lost more ice this summer than in any year on record.

            “We measured the front twice, because nobody believed the first reading,” {verb}
            Oda Kvamme, who leads the survey at the Vestby Polar Institute.
        """
        assert pairs(text) == [
            ("We measured the front twice, because nobody believed the first reading",
             "Oda Kvamme")
        ], verb


def test_a_plural_subject_with_a_speech_verb_credits_its_named_head() -> None:
    """ "Doe and his team stress that the firm is a “toll gate” ...": the plain form of a
    speech verb is what a plural subject does; the phrase is the named head's."""
    text = """
        Harbour Group Seen Gaining From Port Deal

        The port deal is key for Harbour Group, analysts at Lindqvist Bank led by Sven Aas said
        in a note on Monday.

        While the deal may take a year to close, Aas and his team stress that the group is
        a “toll gate” on the region's trade, as every container must pass its cranes.
    """
    assert ("toll gate", "Sven Aas") in pairs(text)


def test_speech_verbs_that_are_nouns_too_are_verbs_only_where_a_verb_stands() -> None:
    """Guard: "marvels", "laments", "note", "stress" are nouns as often as verbs in news
    copy ("the marvels of", "a note that", "stress tests"); after a determiner, or the plain
    form without "that" after it, they report nobody's speech."""
    from generator.drafting.lexicon import SAY_RE

    for noun in ("the marvels of the old town", "her laments about crowds", "a note that",
                 "the stress that farmers feel", "bank stress tests", "his quips",
                 "the counters of the shop", "to counter inflation"):
        assert SAY_RE.search(noun) is None, noun
    for verb in ("he marvels at", "Doe and colleagues note that", "they stress that",
                 "laments Doe"):
        assert SAY_RE.search(verb) is not None, verb


def test_a_credit_alone_on_the_line_after_a_quote_is_the_quotes() -> None:
    """ "“...,”" then "said Doe." (or "Doe explained.") as the next paragraph: a copy broke
    the sentence after the quote's comma; the credit is the quote's, not the speaker's
    before it."""
    for credit in ("said Lund.", "Lund explained.", "said Lund, who has studied the lake."):
        text = f"""
            Lake Levels Fall Again

            The level of Lake Norvik fell for a third month, hydrologist Pal Lund of the
            Norvik Institute of Lake Studies said on Monday.

            “We are asking farmers to hold back,” said Runa Dahl, who chairs the water board.

            “The summer was dry, and the rivers that feed the lake have shrunk to a trickle,”

            {credit}

            Officials have not yet set limits on water use.
        """
        assert pairs(text) == [
            ("We are asking farmers to hold back", "Runa Dahl"),
            ("The summer was dry, and the rivers that feed the lake have shrunk to a trickle",
             "Pal Lund"),
        ], credit


def test_a_sentence_after_a_quote_paragraph_is_no_credit_of_it() -> None:
    """Guard: after "“...,”" a paragraph that is a sentence of its own, not a bare credit
    ("Lund said the board would meet in June."), is not read into the quote's sentence."""
    text = """
        Lake Levels Fall Again

        The level of Lake Norvik fell for a third month, hydrologist Pal Lund of the Norvik
        Institute of Lake Studies said on Monday.

        “We are asking farmers to hold back,” said Runa Dahl, who chairs the water board.

        “The summer was dry, and the rivers that feed the lake have shrunk to a trickle,”

        Lund said the board would meet again in June to set limits on water use.
    """
    assert dict(pairs(text)).get(
        "The summer was dry, and the rivers that feed the lake have shrunk to a trickle"
    ) != "Pal Lund"


def test_a_post_at_a_body_with_initials_in_two_languages_before_the_verb() -> None:
    """ "“...,” Jane Doe, research director at the X Institute (XI/XIA) stated.": a body
    known by its initials in two languages gives both, split by a slash; the credit still
    ends on its verb, and the initials stay with the body's name."""
    text = """
        Vote Count Surprises Pollsters

        "The margin is wider than any poll had it," Runa Dahl, research director at the
        Norvik Institute of Lake Studies (NIIS/NILS) stated. We asked her about the result.
    """
    assert pairs(text) == [("The margin is wider than any poll had it", "Runa Dahl")]
    assert analysts(text) == [
        ("Runa Dahl", "research director", "Norvik Institute of Lake Studies (NIIS/NILS)")
    ]
