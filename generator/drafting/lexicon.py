"""The words of English news copy that attribution reads: titles, speech verbs, stop words.

Kept apart from the rules that use them so that a new title or verb is a
one-line change, and so that an editor can read what the tool knows.
"""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
LOW = "a-z\u00df-\u00f6\u00f8-\u00ff"
TOKEN = rf"[{UP}][{LOW}]+(?:-[{UP}]?[{LOW}]+)*(?:[’'][{UP}][{LOW}]+)?"
RUN = re.compile(rf"(?<![\w’'-]){TOKEN}(?: {TOKEN})*(?![\w-])")
PRONOUN = re.compile(r"(?<![\w’'-])(?:he|she|He|She)(?![\w’'-])")

# Titles that introduce an official when they stand right before a name.
TITLES = words(
    "President Minister Secretary King Queen Prince Premier Chancellor Ambassador Governor "
    "Mayor Senator General Chairman Envoy Spokesperson Spokesman Spokeswoman Pope"
)
OFFICIAL_NOUNS = words(
    "president minister secretary premier chancellor leader diplomat spokesperson spokesman "
    "spokeswoman ambassador envoy official governor mayor senator lawmaker commander"
)
ANALYST_NOUNS = words(
    "analyst professor fellow researcher economist expert scholar strategist director adviser "
    "advisor lecturer historian specialist commentator chair chairman chairwoman head founder "
    "dean editor author partner officer chief principal correspondent observer"
)
# Capitalised words that start sentences or name places, groups and dates: never
# part of a person's name.
STOP = words(
    "The A An But And Or In On At For With When While If As So Yet After Before Since Still "
    "Instead Meanwhile However Back Then This That These Those It He She They We I You Mr Mrs "
    "Ms Dr Prof Like Under Over Days Six Such Both Even Already Interestingly Obviously Expect "
    "Hardly Last Next Every Some Many Most Other Others Those What Why How Where Who Whether "
    "Personality Analysis Editor Note Source Sign Watch Read Related More"
)
NON_NAME = STOP | words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December States Union Kingdom Nations "
    "Council Ministry Department Office House Group Center Centre Institute University "
    "College School Agency Bank Party Government Committee Media News Times Post Press Service "
    "Program Programme Project Organization Organisation Forum Foundation Association Olympics "
    "Games Ceremony Summit Congress Parliament Assembly Court Army Navy Force Forces Guard "
    "Republic Federation Empire Sea Ocean River Island Islands City Province Region Street "
    "Square Palace Kremlin Pentagon Asia Europe Africa America Pacific Atlantic Arctic "
    "Western Eastern Northern Southern Chinese Russian American British European Soviet "
    "Ukrainian Indian Japanese Korean German French China Russia Ukraine Britain India Japan "
    "Korea Germany France Moscow Beijing Washington Taiwan Brussels London Shanghai"
)

# Verbs that attribute a quote when the speaker stands next to them.
SAY = (
    r"said|says|added|adds|told|tells|observed|noted|explained|wrote|argued|continued|asked|replied"
    r"|insisted|warned|stressed|recalled|concluded|cautioned|according to"
)
SAY_AFTER = re.compile(rf"(?<![\w’'-])(?:{SAY})(?![\w’'-])")
# Verbs before a quote whose subject is its speaker ("Wang called for ...").
SPEECH_WORDS = (
    r"said|says|say|added|told|called for|calling for|called on|calling on|called|calling"
    r"|saying|conceded|announced|declared|vowed|vowing|pledged|pledging|urged|urging|warned"
    r"|warning|insisted|described|describing|stressed|noted|wrote|asked|argued|claimed"
    r"|acknowledged|admitted|promised|demanded|proposed|hailed|praised|observed"
)
SPEECH_VERB = re.compile(rf"(?<![\w’'-])(?:{SPEECH_WORDS})(?![\w’'-])")
# Quote marks after these words mark a term that is mentioned, not speech.
TERM = re.compile(
    r"(?<![\w’'-])(?:refer(?:s|red|ring)? to(?: as)?|dubbed|known as|so-called|termed"
    r"|nicknamed|labell?ed)\s+(?:\S+\s+){0,3}$"
)
VERB_WINDOW = 8  # words before a quote in which a speech verb counts
