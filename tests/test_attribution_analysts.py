"""Analysts' role and affiliation, on made-up articles: the classes of description that the
later held-out splits showed read wrong or not at all (a place or a kind of organisation
written before the institution's name, a second post run into the first, a capitalised post
and organisation after a name between commas, an expert's post with a clause after it).

Every text here is invented for the test: no sentence of the evaluation set or of a real
article, so that the rules are held to the class of pattern, not to one article's wording.
"""

from __future__ import annotations

from drafting_support import analysts, pairs, read

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


# --- a biography, a hierarchy, a relative clause -------------------------------------------


def test_a_former_life_and_a_current_post_in_the_lede() -> None:
    """"a former X citizen and current Y University professor": what they do now is the post,
    split as the fused form is."""
    assert analysts("""
        At a talk in the city library on Monday, a former Latvian diplomat and current
        Westfield University professor warned that the treaty would not hold.

        Jan Brody said the talks had stalled for a year.
    """) == [("Jan Brody", "professor", "Westfield University")]


def test_an_organisation_written_as_a_hierarchy_between_commas() -> None:
    """"Director of the X Centre, Y Institute, Z Academy": the unit, then what it belongs to,
    each a name of its own between commas, is one affiliation."""
    assert analysts("""
        Savings rates will keep falling, economists say.

        Lu Haomin, Director of the Monetary Policy Centre, Institute of Banking Studies,
        Eastland Academy of Sciences, said the central bank should move slowly. Lu argued
        that deposits would follow.
    """) == [("Lu Haomin", "Director",
              "Monetary Policy Centre, Institute of Banking Studies, Eastland Academy of "
              "Sciences")]


def test_a_place_after_the_organisation_ends_the_hierarchy() -> None:
    assert analysts("""
        Savings rates will keep falling, economists say.

        Lu Haomin, a professor at the Eastland Academy of Sciences, Marlow, said the central
        bank should move slowly.
    """) == [("Lu Haomin", "professor", "Eastland Academy of Sciences")]


def test_an_analyst_who_covers_a_company_for_a_firm() -> None:
    """"analyst X, who covers the company for Y": Y is where the analyst works."""
    assert analysts("""
        Shares of the drug maker fell by a third on Tuesday.

        “Nobody saw it coming,” says analyst Mira Castellane, who follows the company for
        Dunmore Kessling. “They have to speak to investors at once.”
    """) == [("Mira Castellane", "analyst", "Dunmore Kessling")]


# --- posts in capitals before the name -----------------------------------------------------


def test_a_state_post_before_the_name_is_the_role() -> None:
    """"Nevada State Epidemiologist Dr. X": the state's post is one title, not a post at an
    organisation called "Nevada"."""
    assert analysts("""
        Cases rose again across the region this week.

        The dry air makes it worse, according to Nevada State Epidemiologist Dr. Lorna Quist.
    """) == [("Lorna Quist", "Nevada State Epidemiologist", None)]


def test_a_former_official_named_by_his_old_council() -> None:
    """"Former X Council official Jane Doe": out of office, she comments as a former
    official; "Former" is no part of the council's name."""
    assert analysts("""
        Tariffs will hurt farmers most, a forum heard on Thursday.

        Former Regional Trade Council official Omar Lindqvist criticised the plan.

        “It is a tax on our own buyers,” Lindqvist said.
    """) == [("Omar Lindqvist", "official", "Regional Trade Council")]


def test_a_moderator_named_in_passing_is_not_cited() -> None:
    """"the panel, moderated by X, a professor at Y": the host of the talk is not the expert
    the story cites."""
    assert [a[0] for a in analysts("""
        Former Regional Trade Council official Omar Lindqvist criticised the plan.

        During the panel, moderated by Petra Szabo, a professor at Westfield University,
        Lindqvist said the tariffs would fail.
    """)] == ["Omar Lindqvist"]


def test_a_short_title_inside_a_three_word_name() -> None:
    """"Indira Sen Varma, Chief Economist, X": "Sen" between two names is a name's part."""
    assert analysts("""
        Economists expect the central bank to hold rates on Thursday.

        Indira Sen Varma, Chief Economist, Tarvel Ratings, expects a cut in April.
    """) == [("Indira Sen Varma", "Chief Economist", "Tarvel Ratings")]


def test_a_sentence_opening_at_an_analyst_note() -> None:
    """"In an analyst note Monday, X of Y kept the rating": the one named wrote the note."""
    assert analysts("""
        Shares of the phone maker fell on Monday.

        In an analyst note Monday, Carl Osgood of Northgate Financial kept his rating on the
        stock and expected it to fall further.
    """) == [("Carl Osgood", None, "Northgate Financial")]


def test_a_clause_after_was_is_no_description() -> None:
    """"Dr Doe was in conversation with X and Y, Vice-Chancellor of Z": what she did, not what
    she is; Z is the other guest's university."""
    assert [(a[0], a[2]) for a in analysts("""
        Research must lead, not follow, said Dr Kiran Moss, a noted academician.

        Dr Moss was in conversation with senior journalist Ada Lind and Dr Ravi Tan,
        Vice-Chancellor of Kestrel University, at the book festival on Friday.
    """)] == [("Kiran Moss", None)]


def test_the_country_after_a_university_is_no_part_of_its_name() -> None:
    """"a professor at the University of X in Greece": where the university is."""
    assert analysts("""
        Most published findings are never repeated, a review found.

        “Few of them hold up,” said Petros Alexiou, a professor at the University of Kastri
        in Norland.
    """) == [("Petros Alexiou", "professor", "University of Kastri")]


# --- a post left inside its organisation, or cut short -------------------------------------


def test_a_post_in_a_named_school_divides_at_in() -> None:
    """"professor of X in Y University’s Z School": the school is where the post is held."""
    assert analysts("""
        The vote surprised the town, residents said.

        “Nobody saw it coming,” said Lena Varga, associate professor of sociology in Quorvik
        University’s Hallam School of Public Affairs.
    """) == [("Lena Varga", "associate professor of sociology",
              "Quorvik University’s Hallam School of Public Affairs")]


def test_a_long_post_of_the_board_ends_at_the_organisation() -> None:
    """"adviser to the chairman of the board of X Capital": X Capital is the affiliation."""
    assert analysts("""
        The currency weakened again on Tuesday, traders said.

        “The slide is not over,” said Pavel Orlov, adviser to the chairman of the board of
        Norvik Capital.
    """) == [("Pavel Orlov", "adviser to the chairman of the board", "Norvik Capital")]


def test_a_fused_post_keeps_its_field() -> None:
    """"X, Bank head of metals": the post is the head of metals, not a head."""
    assert analysts("""
        Copper rose for a third day, traders said.

        “Supply is tight,” said Jonas Kell, Norvik head of metals.
    """) == [("Jonas Kell", "head of metals", "Norvik")]


def test_a_doctoral_candidate_holds_no_office() -> None:
    """"a doctoral candidate in X at Y University": a researcher, not a candidate for office,
    and an analyst though cited without quote marks."""
    assert analysts("""
        A new study projects a close race in the coming election.

        Mira Oduya, a doctoral candidate in Political Economy at Kestrel University, worked on
        the analysis for months.
    """) == [("Mira Oduya", "doctoral candidate in Political Economy", "Kestrel University")]


def test_a_degree_after_a_name_is_no_affiliation() -> None:
    """"Jane Doe, M.D., is a professor at X": the degree stands between name and post."""
    assert analysts("""
        Vaccination rates have fallen in the county, officials said.

        Clara Menz, M.D., is a professor of pediatrics at Kestrel Medical School.

        “Every case was preventable,” Menz said.
    """) == [("Clara Menz", "professor of pediatrics", "Kestrel Medical School")]


def test_a_hyphenated_post_in_capitals_is_no_name() -> None:
    """"said X, Head-Fixed Income, Y Asset Management": the post between commas is no one."""
    assert analysts("""
        Bond yields fell on Friday.

        “Rates have peaked,” said Ravi Menon, Head-Equities, Kestrel Asset Management.
    """) == [("Ravi Menon", "Head-Equities", "Kestrel Asset Management")]


def test_a_plural_post_before_a_pair_of_names_is_each_ones() -> None:
    """"Two Kestrel-based economists, Jane Doe and John Roe, have projected ...": both are
    analysts, cited without quote marks, and the plural is the post each holds."""
    assert analysts("""
        A new model gives the opposition a narrow win in next month's vote.

        Two Kestrel-based economists, Ada Mbeki and Tunde Ilori, have explained how the vote
        may swing in the last weeks of the campaign.
    """) == [("Ada Mbeki", "economists", None), ("Tunde Ilori", "economists", None)]


# --- press-release copy: the study's author, then the post -----------------------------------


def test_a_study_author_takes_the_post_given_after_the_name() -> None:
    """"said study lead author Jane Doe, a research scientist at X": authorship is her task
    on the study; the post after her name is the role."""
    assert analysts("""
        The lake has lost a third of its ice since 2010, a new study finds.

        “The loss is speeding up,” study lead author Mara Lind, a research scientist at
        Kestrel University, said in a press release.
    """) == [("Mara Lind", "research scientist", "Kestrel University")]


def test_a_named_chair_with_a_possessive_is_one_title() -> None:
    """"X, Regents' Professor of Y at Z,": the chair's possessive opens the capitalised title."""
    assert analysts("""
        The glacier is retreating faster, a new study finds.

        “It is breaking up,” study senior author Tomas Berg, Regents' Professor of Earth
        science at KU, said in the release.
    """) == [("Tomas Berg", "Regents' Professor of Earth science", "KU")]


def test_a_campus_after_a_comma_is_part_of_the_university_when_its_initials_say_so() -> None:
    """"the University of Norland, Kestrel (UNK)": the initials in brackets span the campus."""
    assert analysts("""
        The glacier is retreating faster, a new study finds.

        “It is breaking up,” said Mara Lind, a project scientist at the University of Norland,
        Kestrel (UNK), in a statement.
    """) == [("Mara Lind", "project scientist", "University of Norland, Kestrel (UNK)")]


def test_a_former_party_post_is_a_politicians() -> None:
    """"former party secretary general X" running for leader is a politician, not a former
    official commenting; the professor quoted about him is the analyst."""
    assert [a[0] for a in analysts("""
        The ruling party will pick a new leader this month.

        “He may lead now, but he has lost before,” Lina Sato, a professor of politics at
        Kestrel University, said.

        Speaking on Sunday, former party secretary general Kenji Mori told reporters he was
        “on track” to win enough endorsements.
    """)] == ["Lina Sato"]


# --- heldout9's classes: where a post and its organisation divide --------------------------


def test_a_topic_in_capitals_before_a_lower_case_post_at_an_organisation() -> None:
    """"a COVID modeller and statistician at X University": the capitals name what she
    studies, not where she works; the organisation is the one after "at"."""
    assert analysts("""
        Flu cases rose again this week.

        Vera Lindqvist, a RSV modeller and statistician at Kestrel University, says the rise
        will slow.
    """) == [("Vera Lindqvist", "RSV modeller and statistician", "Kestrel University")]


def test_a_capitalised_post_in_a_unit_at_a_firm() -> None:
    """"Partner in the X Group at Y": the post in capitals, then the unit and the firm it is
    part of, all one affiliation."""
    assert analysts("""
        Club revenues rose by a tenth last season.

        “The growth will not last,” said Ilse Brandt, Partner in the Football Finance Group at
        Marlow Hale. “Costs are rising faster.”
    """) == [("Ilse Brandt", "Partner", "Football Finance Group at Marlow Hale")]


def test_two_capitalised_posts_joined_then_the_firm() -> None:
    """"Jane Doe, Proprietary Trader and Technical Analyst, X Investments": the posts in
    capitals joined by "and" (one of them no title word) are the role, the firm after it."""
    assert analysts("""
        Shares fell for a third day.

        "We are at a crucial level," said Devan Rao, Proprietary Index Trader and Technical
        Analyst, Kestrel Ridge Investments.
    """) == [("Devan Rao", "Proprietary Index Trader and Technical Analyst",
              "Kestrel Ridge Investments")]


def test_a_director_of_a_policy_field_at_an_association_is_an_expert() -> None:
    """"the director for arms policy at X Association" runs a line of analysis, not the
    association: she comments as an expert."""
    assert analysts("""
        The two sides agreed to hold technical talks.

        Mira Castell, the director for disarmament policy at the Treaty Watch Association,
        told reporters that "talks at this level suggest both sides are serious."
    """) == [("Mira Castell", "director for disarmament policy", "Treaty Watch Association")]


def test_a_lecturer_of_a_field_in_capitals_at_a_university() -> None:
    """"a lecturer of International Affairs at X University": the field is part of the
    post, the university the affiliation."""
    assert analysts("""
        The deal is further away than ever, experts say.

        Omid Farsi, a lecturer of International Relations at Kestrel State University, said
        neither side would move first.
    """) == [("Omid Farsi", "lecturer of International Relations", "Kestrel State University")]


def test_a_former_post_at_a_saints_college() -> None:
    """"a former senior associate at St. Mary's College, X University": the abbreviation's
    full stop ends nothing, and a former post "at" a college is placed at the college."""
    assert analysts("""
        The talks resumed in Vienna on Monday.

        “They will fail,” said Lena Faris, a former senior associate at St. Brendan's
        College, Kestrel University.
    """) == [("Lena Faris", "former senior associate", "St. Brendan's College, Kestrel University")]


def test_where_an_expert_is_based_is_no_part_of_the_post() -> None:
    """"a Toronto-based infectious disease specialist": the city says where she works."""
    assert analysts("""
        A new variant is spreading.

        "It never went away," Dr. Nadia Sorel, a Kestrel-based infectious disease specialist,
        told a radio station.
    """) == [("Nadia Sorel", "infectious disease specialist", None)]


def test_two_capitalised_posts_and_a_rank_at_a_university() -> None:
    """"a Climatologist and Professor Emeritus at X University": two posts in capitals
    joined by "and", the rank after the title, then the university."""
    assert analysts("""
        Temperatures will pass 40C in the south this weekend.

        Ruairi Dolan, a Glaciologist and Professor Emeritus at Kestrel University told a
        morning show: “We are getting a taste of it here.”
    """) == [("Ruairi Dolan", "Glaciologist and Professor Emeritus", "Kestrel University")]


def test_a_hyphenated_field_opening_a_sentence_is_part_of_the_post() -> None:
    """"Box-office analyst Jane Doe from research firm X": the capital opens the sentence; the
    compound is the analyst's field, not an organisation, and the firm comes after the name."""
    assert analysts("""
        Ticket sales fell by a tenth this summer.

        Stage-door analyst Pia Lund from media research firm Curtain Metrics says streaming is
        to blame. “Audiences stay home,” Lund said.
    """) == [("Pia Lund", "Stage-door analyst", "Curtain Metrics")]


def test_initials_in_brackets_after_a_possessive_go_on_with_the_affiliation() -> None:
    """"director of X University’s (XU) Reef Initiative project": the initials in brackets
    end neither the description nor the organisation."""
    assert analysts("""
        Reefs are bleaching again.

        “They are suffering,” said Ada Frost, director of Kestrel University of Marine
        Science’s (KUMS) Reef Repair Initiative project, located on the coast.
    """) == [("Ada Frost", "director",
              "Kestrel University of Marine Science’s (KUMS) Reef Repair Initiative project")]


# --- heldout9's classes: who is cited as an expert -----------------------------------------


def test_the_authors_of_a_report_are_cited_as_experts() -> None:
    """"X and Y wrote in the report": a report's authors comment as researchers do, with no
    post given."""
    assert analysts("""
        Tension at sea is rising, a think tank warned in a report on Tuesday.

        “The risk of a clash grows each year,” Nell Harrow and Piet Vandame wrote in the report
        titled “Crowded Waters.”
    """) == [("Nell Harrow", None, None), ("Piet Vandame", None, None)]


def test_a_doctor_quoted_with_no_post_is_cited_as_an_expert() -> None:
    """"said Dr. Jane Doe", no post anywhere: the title says what she knows; a plain name
    quoted with no post stays no analyst."""
    assert analysts("""
        A long study of middle age is looking for the causes of memory loss.

        “We want to know what raises the risk,” said Dr. Ines Calloway.

        “I signed up for my children,” said Marta Quill, who joined last year.
    """) == [("Ines Calloway", None, None)]


def test_another_persons_title_does_not_describe_a_namesake() -> None:
    """"the Prime Minister Omar Rahim" in a story quoting Dr Idris Rahim: the office is the
    other Rahim's, so the economist, placed by a later sentence, stays an expert."""
    assert analysts("""
        The loan will be painful, said Dr Idris Rahim in an interview.

        Dr Rahim is the dean of the School of Economics at Kestrel University.

        “The programme will choke growth,” he said. Dr Rahim said that the Prime Minister Omar
        Rahim first opposed the loan.
    """) == [("Idris Rahim", "dean of the School of Economics", "Kestrel University")]


# --- heldout10's classes: the firm after "for", a place inside a name or a post, a list -------


def test_an_analyst_for_a_firm_is_placed_at_the_firm() -> None:
    """"poll analyst for The Daily X", "analyst for B. Example FBR": the firm after "for"."""
    assert analysts("""
        Cinema takings fell again in March.

        Tomas Rell, entertainment analyst for D. Quill KBR Partners, believes the slump is
        over. “The summer slate is strong,” Rell said.
    """) == [("Tomas Rell", "entertainment analyst", "D. Quill KBR Partners")]
    assert analysts("""
        The count went on through the night.

        Mira Adell, statistician and poll analyst for The Westmarch Gazette, said the result
        matched her model. “It was not close,” Adell said.
    """) == [("Mira Adell", "statistician and poll analyst", "The Westmarch Gazette")]


def test_a_field_after_for_is_still_no_firm() -> None:
    assert analysts("""
        Talks resumed on Monday.

        “Nobody expects a deal,” said Ivo Marn, senior fellow for Asia at the Harbour Policy
        Institute.
    """) == [("Ivo Marn", "senior fellow for Asia", "Harbour Policy Institute")]


def test_two_organisations_joined_by_and_the_are_one_affiliation() -> None:
    """"a senior fellow with the X Institute and the Y Center": both bodies, as written."""
    assert analysts("""
        The front line has barely moved.

        Lars Vint, a senior fellow with the Institute for Coastal Studies and the Center for
        Northern Security, says the army lacks reserves.
    """) == [("Lars Vint", "senior fellow",
              "Institute for Coastal Studies and the Center for Northern Security")]


def test_a_surname_that_is_also_a_title() -> None:
    """"Seema Shah": after a given name a title word ("Shah", as "King") is the surname."""
    assert analysts("""
        House prices fell for a third month.

        Priya Shah from Vantor Economics commented: prices will fall further this year.
    """) == [("Priya Shah", None, "Vantor Economics")]


def test_a_list_whose_description_runs_into_the_next_name() -> None:
    """"Political analyst A, senior fellow at X Research B, and ... C": the words after A's
    name are B's description (X Research, then B's name), not A's."""
    assert analysts("""
        The race is wide open, observers say.

        Political analyst Tan Wei Loon, senior fellow at Kestrel Academy for Strategic Research
        Rahim Osman, and lecturer Dr Noor Aziz all agreed that no coalition would win outright.

        Tan said voters wanted stability. Rahim said a hung parliament was unlikely.
    """)[:2] == [("Tan Wei Loon", "Political analyst", None),
                ("Rahim Osman", "senior fellow", "Kestrel Academy for Strategic Research")]


def test_a_place_that_ends_an_institution_name_before_a_post() -> None:
    """"Universiti Sains Malaysia senior lecturer": after a word of a name, the place ends
    the university's name; it is no field of the post ("China analyst")."""
    assert analysts("""
        Turnout is expected to be high.

        Universiti Awan Malaysia senior lecturer Dr Rosli Hamid said the opposition would gain.
    """) == [("Rosli Hamid", "senior lecturer", "Universiti Awan Malaysia")]


def test_a_place_written_with_full_stops_inside_a_post() -> None:
    """"X’s senior U.S. economist Jane Doe": the place is the post's field, X the firm."""
    assert analysts("""
        Shoppers are expected to spend more this winter.

        In a statement, Varnum’s senior U.S. economist Dana Holt noted that wages are rising.
        “Consumers are confident,” Holt said.
    """) == [("Dana Holt", "senior U.S. economist", "Varnum")]


def test_a_post_after_the_organisation() -> None:
    """"Jane Doe of X University, a scientist who studies Y,": her post comes second."""
    assert analysts("""
        The ice shelf is thinning fast.

        Ola Brenn of the University of Kestrel, a scientist who studies the shelf, said the
        melt was faster than models predicted.
    """) == [("Ola Brenn", "scientist", "University of Kestrel")]


def test_a_round_up_of_economists_named_by_their_firms() -> None:
    """A story about what economists expect, each named only as "Firm’s Jane Doe"."""
    assert analysts("""
        Economists are divided on Thursday's rate decision.

        Halvard Bank’s Nina Sorel said “the case for a pause is stronger”.

        Quorvo’s Peter Lind said the meeting is a “genuine coin toss”.
    """) == [("Nina Sorel", None, "Halvard Bank"), ("Peter Lind", None, "Quorvo")]


def test_one_firms_person_with_no_post_is_its_commentator() -> None:
    """One "Firm’s Jane Doe" with no post anywhere: news copy gives a firm's own people their
    office ("Velox's chief executive"), so the firm alone is the form of its commentator."""
    assert analysts("""
        Analysts expect a weak quarter for the carmaker.

        Velox’s Ada Strand said “demand is holding up”.
    """) == [("Ada Strand", None, "Velox")]


def test_a_firms_person_with_an_office_is_no_commentator() -> None:
    """ "Velox’s Ada Strand" whom the story later calls the firm's chief executive."""
    assert analysts("""
        Analysts expect a weak quarter for the carmaker.

        Velox’s Ada Strand said “demand is holding up”. Strand, the chief executive of
        Velox, took over in May.
    """) == []


def test_whom_the_speaker_urges_is_no_description_of_her() -> None:
    """"urging executives to be careful, Doe said": the executives are her listeners."""
    assert analysts("""
        The course teaches planning for clubs.

        “Football is different,” said Rob Tain, director of studies at Kestrel University.
        Often that means urging executives to be more careful, Tain said.
    """) == [("Rob Tain", "director of studies", "Kestrel University")]


def test_a_politicians_adviser_is_no_analyst() -> None:
    """"Example adviser Jane Doe", Example a politician in the story: an aide, in office."""
    assert analysts("""
        President Aldo Vance won a second term.

        The daily quoted Vance adviser Mila Ost as saying the campaign was better organised.
        Ida Krell, a political scientist at Kestrel University, said “it was no surprise”.
    """) == [("Ida Krell", "political scientist", "Kestrel University")]


# --- a person needs evidence that holds up (`vouched`) --------------------------------------


def test_an_owners_product_or_section_is_no_person() -> None:
    """"Quillo's Prime Value Screens", "Orbix's Neural Compute Blocks (NCBs)": an owner
    before a run names a thing of the owner's unless the run speaks or comes back."""
    assert analysts("""
        Widgetco shares rose 3% as analysts backed the firm's lead.

        - Join Quillo's Prime Value Screens and get our picks today

        Sample Bank analyst Jane Roe kept a Buy rating on the stock.

        The analysts’ notes came after a dip on reports that Brightly may use Orbix’s
        Neural Compute Blocks (NCBs) in its servers.
    """) == [("Jane Roe", "analyst", "Sample Bank")]


def test_a_sub_heading_in_headline_case_names_no_one() -> None:
    """"Sample Analyst Backs Widgetco's Lead": a line in headline case, no stop."""
    assert analysts("""
        Widgetco shares rose 3% on Monday.

        Sample Bank analyst Jane Roe kept a Buy rating on the stock.

        Sample Analyst Backs Widgetco’s Lead

        Roe noted that the firm's scale keeps it ahead of rivals.
    """) == [("Jane Roe", "analyst", "Sample Bank")]


def test_a_persons_report_named_in_capitals_is_no_one() -> None:
    """"Roe's Part Two report claimed": what a person owns, no second person."""
    found = read("""
        Sample Bank analyst Jane Roe published her findings on Monday.

        Roe’s Part Two report claimed the ratings were inflated. “It is a scandal,” she said.
    """)
    assert [p.name for p in found.people] == ["Jane Roe"]


# --- a plural post before a pair, and a month inside a name ---------------------------------


def test_a_plural_post_before_a_pair_of_names() -> None:
    """"Dutch climate scientists Jane Doe and John Roe": the post they share, as written."""
    assert analysts("""
        Last summer—before the drought—Nordic climate scientists Ilse Marten and Pavel Ruk
        were planning a study of the heat. “We knew it would be bad,” Ruk said.
    """) == [("Ilse Marten", "climate scientists", None),
             ("Pavel Ruk", "climate scientists", None)]


def test_a_plural_post_before_a_firm_is_no_person() -> None:
    """"Energy analysts Example Insight expect ...": the plural says what the firm is."""
    assert analysts("""
        Energy market analysts Quarro Insight expect prices to fall this winter.

        Quarro Insight’s principal consultant Dr Lena Varga said “bills will ease”.
    """) == [("Lena Varga", "principal consultant", "Quarro Insight")]


def test_a_month_between_given_name_and_particle_is_a_given_name() -> None:
    """"Geert Jan van Doe": "Jan" is no date there; "Van Doe" opening a sentence is him."""
    found = read("""
        Climate scientist Piet Jan van Velden studies heat waves at Kestrel University.

        “It was beyond anything we had seen,” Van Velden told a newspaper.
    """)
    assert [(q.speaker_name) for q in found.quotes] == ["Piet Jan van Velden"]
    assert [(a.name, a.role, a.affiliation) for a in found.analysts] == [
        ("Piet Jan van Velden", "Climate scientist", None)
    ]


def test_initials_in_brackets_after_a_lower_case_posts_organisation() -> None:
    """"an economist at the X Policy Forum (XPF)": the initials are written with its name."""
    assert analysts("""
        Inflation slowed for a third month.

        Ada Strand, an economist at the Westland Policy Forum (WPF), said “the worst is over”.
    """) == [("Ada Strand", "economist", "Westland Policy Forum (WPF)")]


# --- the organisation's own name inside the affiliation (orgname) -----------------------------


def test_a_based_place_before_the_name_is_dropped() -> None:
    """"the Quorvik City-based X": where the body is, not its name."""
    assert analysts("""
        Harbour fees were raised again this spring.

        "Nobody expected this," said Ilse Marrow, professor of maritime law at the Port
        Vessa-based Centre for Harbour Studies.
    """) == [("Ilse Marrow", "professor of maritime law", "Centre for Harbour Studies")]


def test_a_place_and_a_kind_of_body_before_the_name_are_dropped() -> None:
    assert analysts("""
        The dam was finished two years late.

        "It will pay for itself," said Oren Talby, an energy expert at Washington D.C.
        advisory consultancy Brenmoor Halloway.
    """) == [("Oren Talby", "energy expert", "Brenmoor Halloway")]


def test_based_in_after_the_name_is_dropped() -> None:
    assert analysts("""
        Shipping rates fell for a third month.

        "The glut will last," said Pia Lundqvist, an analyst with Corvanta based in Lisbon.
    """) == [("Pia Lundqvist", "analyst", "Corvanta")]


def test_a_second_body_after_a_place_is_no_part_of_the_first() -> None:
    assert analysts("""
        Turnout was the lowest in decades.

        "Voters stayed home," said Rune Aalto, a political scientist at Quorvik Polytechnic
        in Tallinn and the University of Vessa in Estonia.
    """) == [("Rune Aalto", "political scientist", "Quorvik Polytechnic in Tallinn")]


def test_a_field_before_at_the_body_belongs_to_the_post() -> None:
    """"director of Alzheimer's research at the X": the field is the post's."""
    assert analysts("""
        The trial ended early.

        "These are striking results," said Vera Lindqvist, director of Huntington's research
        at the National Institute on Memory.
    """) == [("Vera Lindqvist", "director of Huntington's research",
              "National Institute on Memory")]


def test_a_region_before_for_the_firm_belongs_to_the_post() -> None:
    assert analysts("""
        Solar investment set a record.

        "Costs keep falling," said Tomas Reyna, head of Americas for QENF, noting the trend.
    """) == [("Tomas Reyna", "head of Americas", "QENF")]


def test_a_field_after_head_of_is_kept_when_it_reads_like_a_verb() -> None:
    """"X's head of forecasts": "forecasts" after "of" is the field, not a verb of saying."""
    assert analysts("""
        Factory orders shrank in June.

        "The weakness is spreading," said Jonas Pelt, Quorvo's head of forecasts.
    """) == [("Jonas Pelt", "head of forecasts", "Quorvo")]


def test_initials_or_a_branch_place_in_brackets_stay_with_the_name() -> None:
    assert analysts("""
        The yen weakened further.

        "A hike is likely in April," said Kenji Arata, chief economist at Veltrane Securities
        (Japan) Ltd., on Friday.
    """) == [("Kenji Arata", "chief economist", "Veltrane Securities (Japan) Ltd.")]


def test_two_posts_before_the_name_with_the_firm_first() -> None:
    assert analysts("""
        Store closures doubled this year.

        Brenmark restructuring partner and retail specialist Ola Nystad said: "Too many shops
        are open."
    """) == [("Ola Nystad", "restructuring partner and retail specialist", "Brenmark")]


def test_a_second_post_with_its_own_article_is_no_part_of_the_role() -> None:
    assert analysts("""
        The vote is due in June.

        "Populists will gain," says Anouk Verbeke, a professor of history-geography and a
        researcher in geopolitics in the Castell Institute.
    """) == [("Anouk Verbeke", "professor of history-geography", "Castell Institute")]


def test_a_hyphenated_post_before_and_keeps_both_posts() -> None:
    assert analysts("""
        Chip exports were curbed.

        "They have been stockpiling," said Jon Lewin, senior vice-president and technology
        specialist at the Institute for Strategic Studies.
    """) == [("Jon Lewin", "senior vice-president and technology specialist",
              "Institute for Strategic Studies")]


def test_a_region_in_capitals_before_a_post_at_a_university() -> None:
    assert analysts("""
        The ruling coalition lost its majority.

        "This is a repudiation," said Bridie Walsh, a Southeast Asia expert at Quorvik
        University.
    """) == [("Bridie Walsh", "Southeast Asia expert", "Quorvik University")]


def test_a_body_noun_opening_a_sentence_before_a_post_is_the_body() -> None:
    """The campus paper's "University political science professor": "University" is the
    body, named short, and no field of the post."""
    assert analysts("""
        Polls may sway voters, some say.

        University political science professor Karl Brandvold, however, said polls matter.
        "They can change how people think," Brandvold said.
    """) == [("Karl Brandvold", "political science professor", "University")]


# --- who counts as an analyst ---------------------------------------------------------------


def test_a_manager_of_market_research_is_no_bystander() -> None:
    """A "manager" is read as a team's or a shop's (a bystander); a market research manager
    at a firm studies the market the story is about."""
    assert analysts("""
        Sales of electric scooters stalled this spring.

        "It is a pause, not a collapse," said Tova Lindqvist, the consumer research manager
        at Varno Mobility Insights.
    """) == [("Tova Lindqvist", "consumer research manager", "Varno Mobility Insights")]


def test_a_scientist_of_a_national_survey_is_a_researcher() -> None:
    """A geological survey is a public research body: its people speak as researchers."""
    assert analysts("""
        The tremors under the bay grew stronger overnight.

        "The fault is loading faster than we thought," says Ruben Okafor of the Geological
        Survey of Varnia.
    """) == [("Ruben Okafor", None, "Geological Survey of Varnia")]


def test_a_post_and_its_organisation_right_after_a_closing_quote() -> None:
    """'“...,” the head of X at Y, Jane Doe, said': the credit after the quote describes her
    before her name, as one opening a sentence does."""
    assert analysts("""
        Copper slid for a third day.

        “A weaker yuan keeps pressure on metals,” the head of metals research at Tarrow
        Bank, Ines Moreau, said.
    """) == [("Ines Moreau", "head of metals research", "Tarrow Bank")]


def test_a_post_and_college_in_brackets_after_the_name() -> None:
    """"Jane Doe (professor of economics, Example College) explained": the brackets hold her
    description, and the college's name before the closing bracket is no one who speaks."""
    assert analysts("""
        Host cities rarely profit from big tournaments.

        Tomas Keel (professor of economics, Brantwood College) explained, "The money mostly
        moves from one pocket to another."
    """) == [("Tomas Keel", "professor of economics", "Brantwood College")]


# --- classes of heldout13/heldout14: a firm's name, a kind, a title, degrees ----------------


def test_initials_run_into_a_firms_name_are_the_firm() -> None:
    """"JPMorgan analyst Jane Doe": capitals run into a capitalised word name a firm (no
    person's name is written so), which is the analyst's affiliation."""
    assert analysts("""
        Shares of both carriers jumped on merger talk.

        KLVarden analyst Nora Veil said the deal "would make sense for both sides," given
        their routes.
    """) == [("Nora Veil", "analyst", "KLVarden")]


def test_a_stock_widgets_get_report_line_names_no_one() -> None:
    """"(WDG) - Get Widgetco, Inc. Report": a page's stock button; "Get" opens no name, so
    two such buttons in a story about analysts are no round-up of firms' economists."""
    assert analysts("""
        Shares of Brightly were surging on merger chatter. Stock in

        (WDG) - Get Widgetco, Inc. Report

        , which has also been in talks, was up 85 cents.

        Analysts generally applauded the idea.

        Varro Bank analyst Lena Holt said the deal "would be the most logical combination."

        (QRT) - Get Quartly Air Lines, Inc. Report

        and Brightly rose too.
    """) == [("Lena Holt", "analyst", "Varro Bank")]


def test_an_institute_named_for_analyses_ends_before_the_name() -> None:
    """"Researcher of X Institute for Defense Analyses Jane Doe": "Analyses" closes the
    institute's name as "Studies" does; it is no given name."""
    assert analysts("""
        The launch drew a muted response in the capital.

        Researcher of Varnia Institute for Security Analyses Lee Min Ho said that, “The
        test was aimed at the talks.”
    """) == [("Lee Min Ho", "Researcher", "Varnia Institute for Security Analyses")]


def test_a_post_before_the_name_and_a_kind_of_firm_after_it() -> None:
    """"said analyst Jane Doe at trading firm X": the kind before the firm's name is the
    writer's gloss; the name is where she works (a trade's kind makes no one an expert)."""
    assert analysts("""
        Oil slipped under $60 a barrel for the first time this year.

        “The floor has given way,” said analyst Rhea Tamm at brokerage firm Quellin.
    """) == [("Rhea Tamm", "analyst", "Quellin")]


def test_an_owner_and_a_capitalised_title_after_the_name() -> None:
    """"Jane Doe, Example’s Chief China Economist, said": the owner is the affiliation and
    the title in capitals (a place inside it) the role, as in lower case."""
    assert analysts("""
        Growth is set to slow in the second half, a bank warned.

        In a report released on Monday, Wen Hsu, Tarrow’s Chief Asia Economist, said exports
        would turn lower by the autumn.
    """) == [("Wen Hsu", "Chief Asia Economist", "Tarrow")]


def test_degrees_after_the_name_are_no_post() -> None:
    """"Jane Doe, MBBS, MPH, PhD, professor at X, and colleagues found": the letters of a
    doctor's degrees stand between the name and the post."""
    assert analysts("""
        Clusters of measles have grown where fewer children are vaccinated.

        As Omar Feld, MBBS, MPH, PhD, professor at the Varnia School of Public Health, and
        colleagues wrote, the review "has broad implications for practice."
    """) == [("Omar Feld", "professor", "Varnia School of Public Health")]


def test_a_post_in_a_department_at_a_university() -> None:
    """"a research fellow from the School of X at Y University": the school or department
    the post is in, with its university, is one affiliation; the post alone is the role."""
    assert analysts("""
        The prime minister's resignation stunned the party.

        Dr Lise Ambler, a research fellow from the School of Government and Public Policy at
        Kestrel National University, said the pressure for an early vote would grow.

        “Nobody saw this coming,” said Ivo Brand, a lecturer in the Department of Modern
        History at Tarrow University.
    """) == [
        ("Lise Ambler", "research fellow",
         "School of Government and Public Policy at Kestrel National University"),
        ("Ivo Brand", "lecturer", "Department of Modern History at Tarrow University"),
    ]


def test_a_pointer_before_the_post_is_no_part_of_the_role() -> None:
    """"another film trade expert Jane Doe", "Jane Doe, their chief economist,": "another"
    and "their" point back in the story; the post is what follows them."""
    assert analysts("""
        Cinema owners fear a long closure.

        "Screens will stay dark till June," said another film trade expert Ravi Kapoor.
    """) == [("Ravi Kapoor", "film trade expert", None)]


# --- classes of round 10: a public agency's head, a clause with no comma, a title's cut -----


def test_the_director_of_a_national_public_agency_is_an_official() -> None:
    """"director of the National Center for X at the Y Agency": the head of a national body
    that is no research house speaks for it, as a serving official; its head of research,
    or the director of a national institute of economic research, comments as an expert."""
    assert analysts("""
        Cases of the fever rose again in the north.

        “We expect more cases this month,” said Dr. Hana Ostrow, director of the National
        Center for Vector-Borne Diseases at the Federal Health Service.

        “The season is longer than it was,” said Pim Aldous, director of the National
        Institute of Economic and Social Studies.

        “Warmer winters help the mosquito,” said Lea Varn, director of research at the
        National Institute of Tropical Medicine.
    """) == [
        ("Pim Aldous", "director", "National Institute of Economic and Social Studies"),
        ("Lea Varn", "director of research", "National Institute of Tropical Medicine"),
    ]


def test_a_who_clause_with_no_comma_gives_the_post_and_its_organisation() -> None:
    """"Jane Doe who is the Professor of X at Y pointed to ...", "Doe who served as Director
    of X (XI) told ...": the clause is the description all the same, and ends with the
    organisation's name; a post once served places an expert first described without one."""
    assert analysts("""
        Talks resumed in Vienna on Monday.

        Speaking to reporters, Olaf M. Brenner who is the Professor of Political Science at
        Tarrow University pointed to the sanctions and said “Neither side will back down.”

        The front is moving, military analyst Ruth Kessel said on Tuesday.

        Kessel who served as Director General of the Kestrel Defence Institute (KDI) from
        2007 to 2015 told reporters: “The troops are building up.”
    """) == [
        ("Olaf M. Brenner", "Professor of Political Science", "Tarrow University"),
        ("Ruth Kessel", "military analyst", "Kestrel Defence Institute"),
    ]


def test_a_book_title_after_a_second_task_leaves_the_post_whole() -> None:
    """"a professor at X and author of “...”": the words stop at the book's title, but the
    post and its organisation came before the "and"; only the second task is cut off."""
    assert analysts("""
        The ruling could reshape the race in the suburbs.

        Mira Solberg, a political science professor at Tarrow State University and author of
        “Courts and Crowds,” suggests the ruling could disillusion younger voters.
    """) == [("Mira Solberg", "political science professor", "Tarrow State University")]


def test_a_country_possessive_before_an_institute_is_no_part_of_its_name() -> None:
    """"Ecuador's Institute for X": the country says where the institute is, as a city's
    possessive does before a university."""
    assert analysts("""
        The runoff is too close to call.

        Lina Okafor, a professor of political science at Ghana's Institute for Advanced
        Public Studies, said turnout would decide it.
    """) == [("Lina Okafor", "professor of political science",
              "Institute for Advanced Public Studies")]


def test_a_body_after_a_second_comma_places_a_post_given_without_one() -> None:
    """"Jane Doe is the lead author of a study on X, from the University of Y": the body
    after the comma is where the author works, as one right after the post would be."""
    assert analysts("""
        Droughts are getting worse, a study finds.

        Felix Amsel is the lead author of a new study on droughts and floods, from the
        University of Tarrow.

        “Both at once is new,” Amsel says.
    """) == [("Felix Amsel", "lead author of a new study on droughts and floods",
              "University of Tarrow")]


def test_independent_or_local_before_an_analysts_post_is_no_part_of_the_role() -> None:
    """"Independent political analyst X", "says local analyst Y": the writer's note on the
    commentator (no employer, or from the place), not the post's name."""
    assert analysts("""
        A hung parliament is likely, says local analyst Omar Tessel.

        Independent political analyst Rina Kovac said no coalition would win a majority.
    """) == [("Omar Tessel", "analyst", None), ("Rina Kovac", "political analyst", None)]


def test_a_town_written_after_a_universitys_name_is_part_of_it() -> None:
    """"X University, Example, made the remark", "University of X, Example County.": a
    campus's town or county after a comma is written as part of the name (a country after
    it, "University of X, China", only says where it is)."""
    assert analysts("""
        Hosting the games rarely pays, experts say.

        Not so fast, said Lena Brack, an economist and professor at the University of Tarrow,
        Orville County.

        Ada Okoro, a visiting Professor of Economics at the Kestrel State University, Umbra,
        made the remark in a paper she presented at a symposium.

        Owen Marsh, a political scientist at the University of Pellam, China, said the bids
        had grown.
    """) == [("Lena Brack", "economist and professor", "University of Tarrow, Orville County"),
             ("Ada Okoro", "visiting Professor of Economics", "Kestrel State University, Umbra"),
             ("Owen Marsh", "political scientist", "University of Pellam")]


def test_an_art_named_in_capitals_is_the_posts_field() -> None:
    """"curator of Egyptian Art at the University of X": the art is what the curator keeps,
    a field of the post as "International Affairs" is, not part of the university's name."""
    assert analysts("""
        The tomb is older than thought.

        Nora Vell, curator of Nubian Art at the University of Tarrow, said the seals were
        from a later dynasty.
    """) == [("Nora Vell", "curator of Nubian Art", "University of Tarrow")]


def test_a_think_tank_is_a_level_of_an_organisation_between_commas() -> None:
    """"Deputy Director of X at the Y Center, Z Think Tank": the think tank the centre
    belongs to is a level of the affiliation, as an institute after a comma is."""
    assert analysts("""
        The drills send a message.

        Pressure will grow, according to Dr. Lin Pei-wen, Deputy Director of the Maritime
        Program at the Harbor Center, Pacific Think Tank.
    """) == [("Lin Pei-wen", "Deputy Director of the Maritime Program",
              "Harbor Center, Pacific Think Tank")]


def test_a_firm_named_for_a_person_the_story_only_cites_stays_the_employer() -> None:
    """"according to Peter J. Holloway" ... "Holloway analyst Mia Stroud": a name the story
    cites as a source and never describes is a firm's, named after its founder; its
    analyst works there."""
    assert analysts("""
        Demand for watches may be slowing, said Holloway analyst Mia Stroud.

        Shoppers are spending less on jewellery, according to Peter J. Holloway.

        “Sales have reached a plateau,” Mia Stroud, analyst at Holloway, wrote in a note.
    """) == [("Mia Stroud", "analyst", "Holloway")]


def test_a_former_office_after_and_is_no_part_of_the_analysts_role() -> None:
    """"Jane Doe, an analyst and former Example MP,": the post she holds now is the role;
    the office she left names no body she works for (a former post that shares the first
    one's body, "professor and former chair of X at Y", stays one description)."""
    assert analysts("""
        The ruling party has lost its majority.

        Mara Lindqvist, an analyst and former Union Party MP, told reporters that voters
        were tired.

        “Patrol flights have doubled,” said Tomas Reyne, a naval analyst and former Senior
        Policy Adviser to the Secretary of the Navy.

        Ilse Baum, a professor and former chair of the Department of History at Kestrel
        University, said it was overdue.
    """) == [("Mara Lindqvist", "analyst", None), ("Tomas Reyne", "naval analyst", None),
             ("Ilse Baum", "professor and former chair of the Department of History",
              "Kestrel University")]


def test_a_later_description_or_pronoun_gives_a_post_the_first_mention_lacks() -> None:
    """"Professor Jane Doe estimated ... Speaking to radio, the professor of X at Y said",
    "... says Jane Doe. She's a political analyst with Y": the post told after the bare
    name stands for the person named last, and is the first that gives role and body."""
    assert analysts("""
        The tremors point to rising magma.

        Internationally renowned Professor Dimos Kallas estimated that the swarm was volcanic.

        Speaking to public radio on Saturday, the professor of Geophysics at the University
        of Tarrow said the tremors had stopped.

        Most groups won and lost this year, says Vera Holm. She's a political analyst with
        the University of Pellam: “It is hard to connect the dots.”
    """) == [("Dimos Kallas", "professor of Geophysics", "University of Tarrow"),
             ("Vera Holm", "political analyst", "University of Pellam")]


def test_a_post_at_its_organisation_before_the_name_across_a_comma() -> None:
    """ "said Constitutional Law Professor at X University, Jane Doe", "Senior fuel analyst at
    the website example.com, Jane Doe, says": the post and where it is held come first, a
    comma, then the name; the post is the role and the organisation (a website's domain,
    without the writer's "the website") the affiliation."""
    assert analysts("""
        The vote is due on Thursday.

        “It has never happened before,” said Electoral Law Professor at Kestrel University,
        Tom Barre.

        Senior fuel analyst at the website pumpwatch.com, Ilse Baum, says prices rose this week.
    """) == [("Tom Barre", "Electoral Law Professor", "Kestrel University"),
             ("Ilse Baum", "Senior fuel analyst", "pumpwatch.com")]


def test_a_sentence_opening_connective_is_no_part_of_the_organisation() -> None:
    """ "But Kestrel University professor Jane Doe says": the connective opens the sentence
    and is capitalised only for that; the organisation's name starts after it."""
    assert analysts("""
        Ransom attacks are rising, the agency says.

        But Kestrel University professor Tomas Reyne says most can be stopped.

        And Pellam Institute economist Vera Holm said the costs are rising.
    """) == [("Tomas Reyne", "professor", "Kestrel University"),
             ("Vera Holm", "economist", "Pellam Institute")]


def test_an_adverb_opening_the_description_after_a_name_is_no_part_of_it() -> None:
    """ "Jane Doe, also from X University, said", "Jane Doe, now a fellow at X,": "also",
    "now" or "currently" tie the description to the story or the time, not to the post; the
    organisation and the post after them are hers."""
    assert analysts("""
        The turnout was the highest in decades.

        Professor Ilse Baum of Kestrel University said the count was clean.

        Professor Tomas Reyne, also from Kestrel University, said the voter turnout was high.

        Vera Holm, now a fellow at the Pellam Institute, said the result was no surprise.
    """) == [("Ilse Baum", None, "Kestrel University"),
             ("Tomas Reyne", None, "Kestrel University"),
             ("Vera Holm", "fellow", "Pellam Institute")]


def test_an_organisation_glossed_by_its_kind_after_the_post_places_the_analyst() -> None:
    """ "a marine ecologist who tracks the trade at X, a consultancy", "who runs X, a political
    risk advisory firm", "director of housing research, for X, a real estate research firm":
    the organisation is given in a relative clause or a comma phrase of its own, by a name
    with no organisation's word in it; the writer's gloss of what it is says it is one."""
    assert analysts("""
        Rents rose again in May.

        "The market is cooling," said Vera Holm, a marine ecologist who tracks the trade at \
Pellmark Biologic, a consultancy in Dover, Kent.

        "The vote was close," said Tomas Reyne, who runs Harrow Foresight, a political risk \
advisory firm in Boston.

        "Renters are stuck," said Ilse Baum, director of housing research, for Quillby, a real \
estate research firm.
    """) == [("Vera Holm", "marine ecologist", "Pellmark Biologic"),
             ("Tomas Reyne", None, "Harrow Foresight"),
             ("Ilse Baum", "director of housing research", "Quillby")]


def test_a_post_held_in_a_relative_clause_places_the_analyst_not_the_place_after_it() -> None:
    """ "a climate scientist who is president of the X Research Center in Y, Z": the post
    names its holder's organisation in the relative clause; the state after the town's
    comma goes on with the clause and is no organisation."""
    assert analysts("""
        The fires are spreading faster.

        "It is simple," says Ana Corte, a climate scientist who is president of the Larch \
Climate Research Center in Denby, Ohio.
    """) == [("Ana Corte", "climate scientist", "Larch Climate Research Center")]


def test_an_authorship_opening_the_sentence_is_a_task_not_a_given_name() -> None:
    """ "Co-author Jane Doe, an economist at X, said": a hyphenated word ending in a person's
    noun in lower case is no given name, and authorship in capitals is her task on one study
    as it is in lower case; the post after her name is what she is."""
    assert analysts("""
        Prices held in May, a new paper finds.

        Co-author Lena Fisk, an economist at Kestrel University, said prices held.

        Lead author Omar Dant, a fellow at the Pellam Institute, said the rise was slow.
    """) == [("Lena Fisk", "economist", "Kestrel University"),
             ("Omar Dant", "fellow", "Pellam Institute")]


def test_a_head_of_a_body_the_writer_glosses_as_an_expert_kind_is_an_analyst() -> None:
    """ "director of X programs at Y, a consultancy based in Z": a director of a firm whose
    name says nothing of what it is comments as an expert when the writer glosses it as a
    consultancy or a research firm (a name opening with a number too); the head of one
    glossed as a trading firm speaks for it."""
    assert analysts("""
        The coup has changed the region.

        "The strategy can only work if the army holds," said Vera Holm, director of \
regional programs at 12 Pellmark Strategies, a consultancy based in Dover.

        "Prices will fall," said Omar Dant, who runs Kessel Marsh, a trading firm in Leeds.
    """) == [("Vera Holm", "director of regional programs", "12 Pellmark Strategies")]


def test_a_post_for_a_firm_whose_name_is_joined_by_an_ampersand() -> None:
    """ "a solar analyst for X Power & Y": names joined by "&" are a firm's, so the post "for"
    it is held at the firm (where "an expert for Asia" names a field)."""
    assert analysts("""
        Panel prices fell again.

        "Prices will fall," said Omar Dant, a solar analyst for Kessel Marsh Power & Renewables.
    """) == [("Omar Dant", "solar analyst", "Kessel Marsh Power & Renewables")]


# --- round 14: a unit at its institution, and where a bank's desk ends ------------------------


def test_a_post_with_a_named_unit_at_an_institution_keeps_the_unit_with_it() -> None:
    """ "an analyst with the X Centre at Y University": a centre or a laboratory is where the
    post is held, kept whole with its home whatever joins the post to it, as after "at" ("a
    fellow at the X Centre at Y University"); a field after the post stays with the post."""
    assert analysts("""
        The pill cut weight by a fifth in a year.

        "It works better than we hoped," said Dr. Mira Castell, a research fellow in cardiology
        with the Heart Rhythm Laboratory at the Vandor Clinic.

        Tomas Reyn, a security analyst with the Centre for Regional Dialogue at Universiti
        Kembang, said the trial was small.
    """) == [
        ("Mira Castell", "research fellow in cardiology",
         "Heart Rhythm Laboratory at the Vandor Clinic"),
        ("Tomas Reyn", "security analyst", "Centre for Regional Dialogue at Universiti Kembang"),
    ]


def test_fields_joined_by_and_before_one_post_are_all_the_posts() -> None:
    """ "a foreign affairs and security analyst": two fields in lower case share the one post
    after them (where "a longtime X watcher and chief economist" holds two posts)."""
    assert analysts("""
        Bond yields rose for a third day.

        "The market is nervous," said Lina Moreau, a global equity and technical strategist at
        the Orvel Investment Institute.
    """) == [
        ("Lina Moreau", "global equity and technical strategist", "Orvel Investment Institute"),
    ]


def test_a_post_of_two_fields_joined_by_and_at_a_bank() -> None:
    """ "director of X FX and commodities sales at Y Bank": both fields are the post's, and
    the bank after "at" is the employer (a desk is no organisation of its own)."""
    assert analysts("""
        The currency fell to a four-month low.

        "Exporters are selling," said Tomas Reyn, director of Nordic FX and commodities sales
        at Orvel Banking Group.
    """) == [("Tomas Reyn", "director of Nordic FX and commodities sales", "Orvel Banking Group")]


def test_the_head_of_a_body_glossed_as_a_consultancy_before_its_name_is_an_analyst() -> None:
    """ "president of consulting firm X", "founder of the political consultancy group X": the
    writer's gloss before the name says the firm's people comment as experts, as it does
    after the name ("X, a consultancy"); the gloss is no part of the affiliation."""
    assert analysts("""
        Fuel stocks fell for a second week.

        Prices could climb by another 50 cents, according to Omar Dant, president of consulting
        firm Dant Fuel Associates.

        "Voters are tired," said Vera Holm, founder and general manager of the political
        consultancy group Pellmark Asia.
    """) == [
        ("Omar Dant", "president", "Dant Fuel Associates"),
        ("Vera Holm", "founder and general manager", "Pellmark Asia"),
    ]


def test_a_given_name_cut_short_with_a_full_stop_opens_the_name() -> None:
    """ "said Ma. Lourdes Doe": Filipino copy writes Maria short, and the name goes on after
    the stop; after a capital, "Ma." is a surname ending the sentence."""
    text = """
        Turnout was low in the provinces.

        The unseeded candidates gained, said Ma. Celia Brandt, a political analyst at the
        Pellmark Institute.

        "We will keep growing," said Jack Ma. Shares in his firm rose.
    """
    assert analysts(text) == [("Ma. Celia Brandt", "political analyst", "Pellmark Institute")]
    assert pairs(text) == [("We will keep growing", "Jack Ma")]


def test_half_of_a_two_word_place_inside_a_name_is_a_surname() -> None:
    """ "Dr. Mara Chin Hong": "Hong" names a place only beside "Kong"; after a given name it
    is part of the name (and "Hong Kong" before a post is still a place)."""
    assert analysts("""
        Measles cases are rising.

        "Vaccination is falling," said Dr. Mara Chin Hong, an infectious disease expert at
        Pellmark University.

        "Rents in Hong Kong are high," said Hong Kong analyst Vera Holm of Pellmark Research.
    """) == [
        ("Mara Chin Hong", "infectious disease expert", "Pellmark University"),
        ("Vera Holm", "Hong Kong analyst", "Pellmark Research"),
    ]


def test_a_former_post_of_a_named_body_is_placed_at_that_body() -> None:
    """ "Jane Doe, the former president of X Media": the post is the role and the body the
    affiliation, as for "former post at X"; a state's office, its country written before the
    body ("former director general of Norway's Foreign Ministry"), stays one post."""
    assert analysts("""
        Ratings for the games fell to a record low.

        "Viewers have moved on," said Tomas Brenn, the former president of Kestrel Sports who
        now runs a small consultancy.

        "It is a slow decline," said Ida Vermeer, former acting administrator of the Bureau
        for Harbour Statistics.

        "Talks will resume," said Lars Moen, the former director general of Norway’s Foreign
        Ministry.
    """) == [
        ("Tomas Brenn", "former president", "Kestrel Sports"),
        ("Ida Vermeer", "former acting administrator", "Bureau for Harbour Statistics"),
        ("Lars Moen", "former director general of Norway’s Foreign Ministry", None),
    ]


def test_a_region_named_before_the_post_is_the_posts_field() -> None:
    """ "Latin America director at X": a region before the post says what the post covers,
    as "Asia director" does; it is no organisation."""
    assert analysts("""
        The new cabinet faces a hostile congress.

        "No president here finishes a term in peace," said Vera Holm, Latin America director
        at the Kestrel Group.

        Tomas Brenn, a Latin American politics analyst at Pellmark University, agreed.
    """) == [
        ("Vera Holm", "Latin America director", "Kestrel Group"),
        ("Tomas Brenn", "Latin American politics analyst", "Pellmark University"),
    ]


def test_a_wire_credit_line_in_capitals_names_the_firm_before_the_city() -> None:
    """ "JANE DOE, SENIOR ANALYST, EXAMPLE MARKETS, OSLO" over a round-up's quotes: the
    segment after the post (or the words after its "AT") name the firm; a city closing the
    line says where the person works, and is no affiliation."""
    assert analysts("""
        Here are comments from market analysts on the rally:

        MARA ILVES, SENIOR MARKET ANALYST, KESTREL MARKETS, OSLO

        "The rally is too fast. It will not last."

        PIET LOMOND, CHIEF STRATEGIST AT TARVEL SECURITIES, LONDON

        "We expect a pause before the next leg up."

        IDA VERMEER, ECONOMIST, HARBOUR ECONOMICS

        "Growth is slowing, but not by much."
    """) == [
        ("Mara Ilves", "senior market analyst", "Kestrel Markets"),
        ("Piet Lomond", "chief strategist", "Tarvel Securities"),
        ("Ida Vermeer", "economist", "Harbour Economics"),
    ]


def test_a_name_glossed_as_a_kind_of_firm_is_an_organisation_not_a_person() -> None:
    """ "at Doe & Roe Gaming, a California-based research firm, told": the words after the
    firm's name say what it is, and a person is never "a research firm"; the post before
    it places the analyst there."""
    assert analysts("""
        Betting on sports will spread slowly, a new survey shows.

        Tomas Brenn, managing director at Holm & Vesk Gaming, a Nevada-based research firm
        that serves the betting trade, told a newspaper it will be a year before most act:

        "States move slowly on anything that touches taxes."
    """) == [("Tomas Brenn", "managing director", "Holm & Vesk Gaming")]


# --- posts put in the past, and posts the lexicon rarely meets ------------------------------


def test_a_retired_agent_comments_as_a_former_one_does() -> None:
    """"a retired FBI agent": retired is former; out of the service, he comments on it."""
    assert analysts("""
        Stolen paintings often resurface decades later, dealers said.

        Orla Brenning, a retired customs agent, said most stolen works turn up within a
        generation.
    """) == [("Orla Brenning", "retired customs agent", None)]


def test_a_retired_witness_is_still_no_expert() -> None:
    """Retirement makes no commentator of a witness: a retired teacher is a bystander."""
    assert analysts("""
        The flood reached the square by noon.

        Orla Brenning, a retired teacher, said the water rose faster than in 1998.
    """) == []


def test_an_agent_at_a_university_is_described() -> None:
    """"an agriculture extension agent at X University": a post by a noun that is neither
    an expert's nor an official's is still read, and the university makes it an expert's."""
    assert analysts("""
        The harvest will be late this year, farmers said.

        Tomas Wendt, an agriculture extension agent at Varlow State University, said crops
        left in the fields would rot.
    """) == [("Tomas Wendt", "agriculture extension agent", "Varlow State University")]


# --- one plural post before a list of names -------------------------------------------------


def test_a_plural_post_is_shared_across_names_with_degrees() -> None:
    """"school professors A, MD, MPH, and B, MD": the degrees after each name are no end to
    the list, and the post before it is every name's."""
    assert analysts("""
        Trust is what overcomes doubt about vaccines, doctors say.

        On Tuesday, HSPH professors Ivo Kranj, MD, MPH, and Nela P. Brisk, MD, met
        reporters online to discuss the shots.
    """) == [("Ivo Kranj", "professors", "HSPH"),
             ("Nela P. Brisk", "professors", "HSPH")]


def test_a_plural_post_is_shared_across_a_list_of_titled_names() -> None:
    """"with government professors Dr. A, Dr. B, and Dr. C": three names, each behind an
    honorific, all hold the post."""
    assert analysts("""
        Results came in late on Tuesday.

        Some 30 students watched the count with government professors Dr. Ivo Kranj,
        Dr. Nela Brisk, and Dr. Aleks Molter.
    """) == [("Ivo Kranj", "government professors", None),
             ("Nela Brisk", "government professors", None),
             ("Aleks Molter", "government professors", None)]


# --- an expert's post, and an office held before ----------------------------------------------


def test_an_office_left_after_the_post_makes_no_official() -> None:
    """"professor emeritus and former judge at X": the judge's office is past, the professor
    comments as an expert."""
    assert analysts("""
        The treaty gives the navy wide rights on the island, lawyers say.

        Edvin Tollak, professor emeritus and former judge at the Northern Maritime Court,
        pointed to the 1951 accord. “The rights are already there,” he said.
    """) == [("Edvin Tollak", "professor emeritus and former judge",
              "Northern Maritime Court")]


def test_the_former_office_after_the_post_is_no_part_of_the_role() -> None:
    """"a virologist and the former head of X": the post held now is the role."""
    assert analysts("""
        Too little is known about how far the virus has spread, experts say.

        “We still need to know how bad this is,” says Dr. Oren Maltby, a virologist and the
        former head of the Coastal Disease Agency.
    """) == [("Oren Maltby", "virologist", None)]


# --- an organisation run into a post named by its ending --------------------------------------


def test_an_organisation_before_a_post_named_by_its_ending() -> None:
    """"Jane Doe, a UNESCO archaeologist, said": the post is known by its ending (-ologist),
    as "economist" is by its word; the capitals before it are her organisation."""
    assert analysts("""
        Divers found two more wrecks off the cape this summer.

        “It was a relief to find them,” Irma Vastel, a QUORA archeologist, told reporters.

        In August, the archeologists boarded the research vessel.
    """) == [("Irma Vastel", "archeologist", "QUORA")]


# --- a field of study before a capitalised "Professor" ----------------------------------------


def test_a_field_before_a_capitalised_professor_makes_it_a_post() -> None:
    """"political science Professor Jane Doe said": the field makes the honorific a post,
    and the article's words are the role; "Professor Jane Doe" alone still gives none."""
    assert analysts("""
        Congress again failed to pass a budget on Friday.

        “Voters reward the standoff,” political science Professor Odile Fenwick said.

        “It will not last,” said Professor Arno Bakke of Marlow College.
    """) == [("Odile Fenwick", "political science Professor", None),
             ("Arno Bakke", None, "Marlow College")]


# --- a city and its state before an organisation ----------------------------------------------


def test_a_city_and_state_based_gloss_is_no_part_of_the_affiliation() -> None:
    """"at Example City, Ore.-based X": the city and its state say where X is; the comma
    between them and the state's full stop end neither the description nor the name."""
    assert analysts("""
        Hospitals are bracing for a hard winter.

        “The south has had a bad season, so the north should get ready,” Arlo Pendry, DO,
        an infectious disease specialist at Cedar Falls, Ore.-based Harrowgate Health, told
        a local paper.
    """) == [("Arlo Pendry", "infectious disease specialist", "Harrowgate Health")]


# --- praise before a post -----------------------------------------------------------------------


def test_praise_before_the_post_is_the_writers_not_the_role() -> None:
    """"Well-regarded analyst Jane Doe said": how the writer rates her is no part of her post,
    as "prominent economist" or "top epidemiologist" is not."""
    assert analysts("""
        The new headset sold out within hours of going on sale.

        Well-regarded analyst Pell Ostrander said he estimated about 170,000 units were sold.
    """) == [("Pell Ostrander", "analyst", None)]


def test_a_plural_post_is_shared_across_names_each_with_an_organisation() -> None:
    """"analysts A from X and B from Y": each name's own organisation ends no list, and the
    plural post before it is every name's."""
    assert analysts("""
        Several seats are still too close to call.

        On Monday, political analysts Ivo Kranj from Tessel Group and Nela Brisk from Quarry
        Research spoke to reporters. “The north has held,” Brisk said. “It is close,” Kranj
        said.
    """) == [("Ivo Kranj", "political analysts", "Tessel Group"),
             ("Nela Brisk", "political analysts", "Quarry Research")]


# --- a commentator placed at a body, with no post -------------------------------------------


def test_a_name_of_a_body_with_no_post_is_the_bodys_expert() -> None:
    """"Jane Doe of Example House, a nonprofit, noted that ...": named once, placed only at the
    body whose weight her words carry, she is cited as its expert."""
    assert analysts("""
        The regulator blocked three messaging apps on Monday.

        Tovi Marrek of Ardell House, a Quorvis-based nonprofit, noted that while governments
        have a “legitimate concern” about fraud, the ban went much further.
    """) == [("Tovi Marrek", None, "Ardell House")]


def test_a_firms_possessive_before_a_name_with_no_post() -> None:
    """"Example Securities’ Jane Doe said": the firm is all the writer gives of her post."""
    assert analysts("""
        Shares in airlines fell sharply in London.

        Despite the gloom, Wendrick’s Hallam Osterby played down fears of a wider slump,
        saying: “The spare seats are mostly on routes into the mainland.”
    """) == [("Hallam Osterby", None, "Wendrick")]


def test_a_reporter_a_farmer_or_a_hometown_is_no_bodys_expert() -> None:
    """A paper's reporter, a farm named after its owner, and where a patient is from."""
    assert analysts("""
        The drought has cut yields across the state.

        “It depends on the county,” said Brel Tannick of Tannick Farms, near the river.

        The Quorvis Herald’s Ama Ludd reported that “rain is weeks away.”

        Sefa Orlan, from Quorvis Town, said: “We have never seen it this dry.”
    """) == []


# --- an office's noun over a desk of study ---------------------------------------------------


def test_a_vice_president_of_data_and_analytics_is_an_analyst() -> None:
    """The office heads a desk of study, not the firm: its holder is cited for what the desk
    knows ("vice president of data and analytics at X")."""
    assert analysts("""
        Sales of electric cars rose again in May.

        The share of such cars in stock is falling, said Orin Valdt, vice president of data
        and analytics at Quellmark Insight.
    """) == [("Orin Valdt", "vice president of data and analytics", "Quellmark Insight")]


def test_a_general_manager_of_a_research_department_is_no_general() -> None:
    """ "general manager of the investment research department": "general" before a noun is
    no general, and the department is one of research."""
    assert analysts("""
        Stocks in Quorvis rose to a record on Tuesday.

        “The rally is too fast,” said Rei Tamsin, general manager of the investment research
        department at Hollow Pine Securities.
    """) == [("Rei Tamsin", "general manager of the investment research department",
              "Hollow Pine Securities")]


def test_a_disciplines_chairman_is_an_academic() -> None:
    """ "political science chairman": the chair of a university department, not of a body."""
    assert analysts("""
        Early polls shape how campaigns raise money.

        Nils Haverd, political science chairman, said early polls give donors a signal. “They
        matter a lot,” Haverd said.
    """) == [("Nils Haverd", "political science chairman", None)]


def test_a_minister_of_research_still_holds_office() -> None:
    assert analysts("""
        The budget for universities was cut.

        “We must choose,” said Ella Morvin, minister of research and higher education.
    """) == []


# --- the next name of a list ends an organisation -------------------------------------------


def test_the_next_name_in_a_list_is_no_part_of_the_first_ones_organisation() -> None:
    """"I spoke with professor A at X and B, professor and chair of Y": B has a post of his
    own, so X ends before "and B"."""
    assert analysts("""
        Cities fear the strike will cost them.

        I spoke with economics professor Tam Orrel at the University of Quorvis and Ivo
        Brandel, professor of economics at Kestrel State College.

        “There is no evidence that tax revenues are hurt,” Orrel said. “People spend the money
        elsewhere,” Brandel said.
    """) == [("Tam Orrel", "economics professor", "University of Quorvis"),
             ("Ivo Brandel", "professor of economics", "Kestrel State College")]


def test_a_name_ending_in_and_two_capitalised_words_stays_whole() -> None:
    """ "the School of Hygiene and Tropical Medicine, told": no post follows, so no person."""
    assert analysts("""
        The vaccine trial ended early.

        “The results are clear,” Mira Salk, a professor at the Quorvis School of Hygiene and
        Tropical Medicine, told reporters.
    """) == [("Mira Salk", "professor", "Quorvis School of Hygiene and Tropical Medicine")]


def test_the_next_name_after_an_appositive_post_ends_the_organisation() -> None:
    """ "A, a professor at X and B, a fellow at Y": the same list after commas."""
    assert analysts("""
        Cities fear the strike will cost them.

        I spoke with Tam Orrel, an economics professor at the University of Quorvis and Ivo
        Brandel, a fellow at the Kestrel Institute.

        “There is no evidence that tax revenues are hurt,” Orrel said. “People spend the money
        elsewhere,” Brandel said.
    """) == [("Tam Orrel", "economics professor", "University of Quorvis"),
             ("Ivo Brandel", "fellow", "Kestrel Institute")]


# --- forms of news copy, read systematically: clinicians -------------------------------------


def test_a_clinician_at_an_institution_is_cited_with_post_and_body() -> None:
    """ "Dr. X, a psychiatrist with Y": a post named by its ending, like a scientist's."""
    assert analysts("""
        Pharmacies cannot fill prescriptions for the drug, patients say.

        Dr. Oren Vale, a psychiatrist with Marrow Creek Behavioral Health, said many of his
        patients had gone without it for weeks.

        “Talk to your pharmacist,” Vale said.
    """) == [("Oren Vale", "psychiatrist", "Marrow Creek Behavioral Health")]


def test_a_clinician_placed_only_in_a_town_and_state_is_no_expert() -> None:
    """ "a pediatrician in Orange County, Calif.": a practitioner's view, and the state's
    abbreviation is where she works, not who employs her."""
    assert analysts("""
        Flu season has started early this year, doctors say.

        "We are seeing the flu start very early," Ada Merle, a pediatrician in Kesting
        County, Calif., told the outlet.
    """) == []


# --- forms of news copy, read systematically: a dash after the organisation ------------------


def test_a_dash_after_the_organisation_ends_its_name() -> None:
    """ "according to X, the chief strategist at the Y Institute — it may have ...": the
    dash opens the rest of the sentence, which is no part of the institute's name."""
    assert analysts("""
        The strike cost the region dearly, even outside the studios.

        It slowed the whole economy, according to Noor Adler, the chief strategist at the
        Pellam Institute — it may even have brought the recession forward.
    """) == [("Noor Adler", "chief strategist", "Pellam Institute")]


# --- forms of news copy, read systematically: a portfolio's title before the name ------------


def test_a_former_title_of_a_portfolio_before_the_name_is_the_role() -> None:
    """ "said former Secretary of Labor Jane Doe": the portfolio's words run into her name's
    run; title and portfolio are one post, put in the past, with no employer to place."""
    assert analysts("""
        The strike is costing the city far more than the studios admit.

        “The whole economy becomes more fragile,” said former Secretary of Labor Ravi Ostrand.

        “Nobody is immune,” Ostrand said.
    """) == [("Ravi Ostrand", "former Secretary of Labor", None)]


def test_a_serving_title_of_a_portfolio_before_the_name_credits_the_quote() -> None:
    """ "said Secretary of Commerce Jane Doe": she speaks, as an official (no analyst)."""
    text = """
        Exports fell for a third month.

        “We expect a rebound by summer,” said Secretary of Commerce Ravi Ostrand.
    """
    assert pairs(text) == [("We expect a rebound by summer", "Ravi Ostrand")]
    assert analysts(text) == []


# --- one person under several forms of the name --------------------------------------------


def test_a_middle_initial_given_first_names_the_person() -> None:
    """ "a team led by Mara J. Ilves" and then "said economist Mara Ilves": one person,
    drafted under the fullest form the article writes (the evidence is at the shorter)."""
    assert analysts("""
        A study led by Mara J. Ilves was published on Monday.

        “Prices are stickier than hoped,” said economist Mara Ilves of Harlow University.
    """) == [("Mara J. Ilves", "economist", "Harlow University")]


def test_a_middle_initial_added_later_names_the_person() -> None:
    assert analysts("""
        Prices rose again in March.

        “Prices are stickier than hoped,” said Mara Ilves, an economist at Harlow University.

        “Rates will stay high,” said Mara J. Ilves.
    """) == [("Mara J. Ilves", "economist", "Harlow University")]


def test_a_suffix_given_first_names_the_person() -> None:
    assert analysts("""
        A study by Tomas Varga Jr. was published on Monday.

        “Prices are stickier than hoped,” said economist Tomas Varga of Harlow University.
    """) == [("Tomas Varga Jr.", "economist", "Harlow University")]


def test_a_regnal_number_after_a_name_is_part_of_it() -> None:
    """ "Nana Tomas Varga VII": a chief's or monarch's number, like "III", ends the name; the
    person is found, with the post after it, and "he said" goes to him."""
    text = """
        Power cuts will persist, warns Nana Tomas Varga VII, Executive Director of the
        Harlow Energy Institute.

        “We will continue to have this challenge,” he said.
    """
    assert analysts(text) == [("Nana Tomas Varga VII", "Executive Director",
                               "Harlow Energy Institute")]
    assert pairs(text) == [("We will continue to have this challenge", "Nana Tomas Varga VII")]


def test_two_initials_that_differ_do_not_rename_the_person() -> None:
    """ "Tomas A. Varga" and "Tomas B. Varga": which is meant cannot be told, so the name
    stays as the person was first found."""
    assert analysts("""
        “Prices are stickier than hoped,” said Tomas A. Varga, an economist at Harlow
        University.

        A rival study by Tomas B. Varga was published on Monday.
    """) == [("Tomas A. Varga", "economist", "Harlow University")]


# --- capitals that name no one -------------------------------------------------------------


def test_a_sub_heading_between_a_lede_and_the_name_names_no_one() -> None:
    """A lede holds the name back ("A Harlow Bank analyst has warned ..."); the next line is
    a sub-heading in headline case, whose capitals ("Broader Contagion") are no name, so
    the lede's description goes to the name in the paragraph after it."""
    assert analysts("""
        A Harlow Bank analyst has warned of broader contagion in crypto markets, noting that
        it “can last for a long time.”

        Harlow’s Analyst Warns of Broader Contagion to Crypto Markets

        Harlow Bank analyst Mara Ilves explained in an interview on Friday that markets face
        risks.
    """) == [("Mara Ilves", "analyst", "Harlow Bank")]


def test_a_section_heading_in_headline_case_names_no_one() -> None:
    """ "Harlow Analyst Says Supply Shock Persists" as a short heading line: no person
    "Says Supply Shock Persists" described as Harlow's analyst."""
    assert analysts("""
        Rates Outlook

        Prices rose again in March, official data showed on Tuesday.

        Harlow Analyst Says Supply Shock Persists

        “Rates will stay high,” said Mara Ilves, an analyst at Harlow Bank.
    """) == [("Mara Ilves", "analyst", "Harlow Bank")]


def test_a_firm_named_like_a_person_before_its_analysts_post() -> None:
    """ "said Harlow Brooks fuel analyst, Mara Ilves": the run after the verb owns the post;
    the name after the post is the analyst, described by both."""
    assert analysts("""
        Fuel prices rose again in March.

        “Prices will not fall soon,” said Harlow Brooks fuel analyst, Mara Ilves.
    """) == [("Mara Ilves", "fuel analyst", "Harlow Brooks")]


# --- heldout26/27's classes: a research unit's leader, a field in capitals, a place after --
# --- the organisation, a possessive owner, a domain, a team led by an analyst --------------


def test_the_leader_of_a_research_group_at_a_university_is_an_expert() -> None:
    """"leader of the X group at Y University Medical Center": the unit is the post's, the
    leader is cited for what it studies, as a professor there would be."""
    assert analysts("""
        The outbreak has puzzled doctors in the region.

        “It is hard to tell,” said Tomas Verel, leader of the experimental virology group at
        Halvern University Medical Center. “It may be several things.”
    """) == [("Tomas Verel", "leader of the experimental virology group",
              "Halvern University Medical Center")]


def test_a_team_leader_at_an_institute_is_an_expert() -> None:
    assert analysts("""
        The new alloy is lighter than steel.

        “It changes what can be built,” said Ines Marlow, leader of the materials team at the
        Corvane Institute of Technology.
    """) == [("Ines Marlow", "leader of the materials team", "Corvane Institute of Technology")]


def test_a_party_group_leader_is_no_expert() -> None:
    """Guard: a group's leader at a body that is no expert one (a parliament's party group)
    holds office."""
    assert analysts("""
        The bill passed on Tuesday.

        “We will vote against it,” said Tomas Verel, leader of the green group in the
        Westmarch Assembly.
    """) == []


def test_a_place_after_the_institution_is_no_part_of_its_name() -> None:
    """"at X University Medical Center in the Netherlands": the country says where it is."""
    assert analysts("""
        The outbreak has puzzled doctors in the region.

        “It is hard to tell,” said Tomas Verel, a virologist at Halvern University Medical
        Center in the Netherlands.
    """) == [("Tomas Verel", "virologist", "Halvern University Medical Center")]


def test_a_name_with_in_inside_it_stays_whole() -> None:
    """Guard: "Democracy in Africa", "More in Common": the name goes on after "in"."""
    assert analysts("""
        The election is close, polls show.

        “It is a two-horse race,” said Tomas Verel, a researcher at Harvest in Common.
    """) == [("Tomas Verel", "researcher", "Harvest in Common")]


def test_a_nationality_and_a_kind_keep_their_place() -> None:
    """Guard: "American University in Cairo": a nationality and a kind alone are no name."""
    assert analysts("""
        The election is close, polls show.

        “It is a two-horse race,” said Tomas Verel, a professor at the Danish Institute in
        Egypt.
    """) == [("Tomas Verel", "professor", "Danish Institute in Egypt")]


def test_a_city_after_the_university_is_kept() -> None:
    """Guard: "X University in Beijing": a campus may be known by its city (the seed
    articles' labels keep it)."""
    assert analysts("""
        The election is close, polls show.

        “It is a two-horse race,” said Tomas Verel, a professor at Halvern University in
        Beijing.
    """) == [("Tomas Verel", "professor", "Halvern University in Beijing")]


def test_a_capitalised_field_after_the_verb_is_part_of_the_post() -> None:
    """"said Market expert Jane Doe": the field is capitalised as at a sentence's start."""
    assert analysts("""
        Shares of the lender fell to a record low.

        “Nobody will buy into it now,” said Market expert Oskar Lindqvist.
    """) == [("Oskar Lindqvist", "Market expert", None)]


def test_a_capitalised_field_opening_the_sentence_is_part_of_the_post() -> None:
    """"Computer scientist Jane Doe of X": the field is the post's, X the affiliation."""
    assert analysts("""
        The ancient scrolls can be read at last.

        Computer scientist Oskar Lindqvist of the University of Westmarch said the scans were
        the key.
    """) == [("Oskar Lindqvist", "Computer scientist", "University of Westmarch")]


def test_a_field_in_a_title_in_capitals_is_part_of_the_post() -> None:
    """"Financial Analyst Jane Doe": a field in title case, no employer."""
    assert analysts("""
        The arena opened last year.

        Financial Analyst Oskar Lindqvist said the arena would soon turn a profit.
    """) == [("Oskar Lindqvist", "Financial Analyst", None)]


def test_a_firm_before_the_post_keeps_its_name() -> None:
    """Guard: "Nordvik analyst", "SEB economist": a proper name or initials before the post
    is the firm that holds it."""
    assert analysts("""
        The krona rose on Monday.

        “The krona will keep rising,” said Nordvik analyst Oskar Lindqvist.

        SKB economist Mara Ilves said rates would fall.
    """) == [("Oskar Lindqvist", "analyst", "Nordvik"), ("Mara Ilves", "economist", "SKB")]


def test_a_possessive_owner_then_a_place_in_the_post() -> None:
    """"More in Common’s UK director Jane Doe": the owner's name runs over "in", and the place
    after its possessive is the post's."""
    assert analysts("""
        The prime minister's approval hit a new low.

        Harvest in Common’s UK director Tomas Verel said: “It is an unhappy week for him.”
    """) == [("Tomas Verel", "UK director", "Harvest in Common")]


def test_a_possessive_owner_then_an_office_over_research_in_capitals() -> None:
    """"Jane Doe, X’s Senior Vice President of Energy Research": a title over a field of
    study, owned by the firm."""
    assert analysts("""
        The offshore find is large.

        “It is truly a game-changer,” said Dr. Tomas Verel, Kestrel Mackay’s Senior Vice
        President of Energy Research.
    """) == [("Tomas Verel", "Senior Vice President of Energy Research", "Kestrel Mackay")]


def test_a_possessive_owner_then_an_office_over_sales_is_no_expert() -> None:
    """Guard: an office over anything but a field of study runs the firm."""
    assert analysts("""
        The offshore find is large.

        “It is truly a game-changer,” said Tomas Verel, Kestrel Mackay’s Vice President of
        Sales.
    """) == []


def test_a_domain_name_is_the_organisation() -> None:
    """"an analyst from Example.com": the site's name is the domain, dot and all."""
    assert analysts("""
        The yen rose on Monday.

        According to Tomas Verel, a market analyst from Tradewise.com, the yen will rise.
    """) == [("Tomas Verel", "market analyst", "Tradewise.com")]


def test_the_leader_of_a_firms_analysts_is_its_analyst() -> None:
    """"X analysts led by Jane Doe said": she leads the firm's analysts and is one of them;
    the article gives the team's post, not hers."""
    assert analysts("""
        The deal is key for growth in China, Kestrel Partners analysts led by Tomas Verel said
        in a note on Monday.
    """) == [("Tomas Verel", None, "Kestrel Partners")]


def test_officers_led_by_someone_are_no_analysts() -> None:
    """Guard: only a team of experts' leader is one."""
    assert analysts("""
        Police officers led by Tomas Verel searched the building on Monday.
    """) == []
