"""The words of reporting speech in news copy: speech verbs, "according to", and the words
that mark a quote as a term or a title rather than speech.

Kept apart from the words of people and organisations (`lexicon`, which re-exports these)
because they answer another question: not who someone is, but whether and where words are
attributed to them.
"""

from __future__ import annotations

import re

from .wordlists import words


def _not_after(determiners: str) -> str:
    """Lookbehinds that stop a word right after any of these (fixed width, one each)."""
    return "".join(f"(?<!\\b{word} )" for word in determiners.split())


# Words that make what follows them a noun ("the marvels of", "his quips", "a note that").
_DETERMINERS = "the a an this these those his her their its our my your no any each every such"
# Speech verbs whose -s form is as often a noun in news copy ("the marvels of engineering",
# "her laments"): read as the verb only with no determiner before it and no "of" after.
_NOUN_TWINS = (
    _not_after(_DETERMINERS)
    + "(?:marvels|laments|quips|sighs|muses|retorts|counters)(?! of\\b)"
)
# The plain form is what a plural subject does ("Doe and his team stress that ...",
# "Doe and colleagues argue that ..."), but the same words are nouns and infinitives
# elsewhere ("stress tests", "a note to clients"): read as the verb only when "that" opens
# the reported clause right after it and no determiner stands before it.
_PLURAL_PRESENT = (
    _not_after(_DETERMINERS)
    + "(?:stress|warn|argue|note|caution|insist|explain|contend|maintain|suggest|predict"
    "|estimate|agree|observe|concede|acknowledge|admit|claim|conclude|emphasi[sz]e|point out"
    "|believe|reckon|write|add|lament|marvel|posit|surmise|opine|counter|remark)(?= that\\b)"
)

# Verbs that attribute words to the subject next to them ("X said", "said X").
SAY = (
    "said|says|say|added|adds|told|tells|tell|observed|observes|noted|notes|explained|explains"
    "|wrote|writes|argued|argues|continued|continues|asked|asks|replied|replies|insisted"
    "|insists|warned|warns|stressed|stresses|recalled|recalls|concluded|concludes|cautioned"
    "|cautions|commented|comments|remarked|remarks|declared|declares|emphasised|emphasized"
    "|emphasises|emphasizes|acknowledged|acknowledges|admitted|admits|conceded|concedes"
    "|suggested|suggests|predicted|predicts|announced|announces|confirmed|confirms|vowed"
    "|vows|pledged|pledges|urged|urges|claimed|claims|maintained|maintains|believes|believed"
    "|thinks|thought|reckons|reckoned|estimated|estimates|forecast|forecasts|predicted"
    "|agreed|agrees|complained|complains|posted|tweeted|quipped|joked|wondered|answered"
    "|answers|responded|responds|reported|reports|described|describes|called|calls"
    "|went on|goes on|pointed out|points out|summed up|put it|puts it|analy[sz]es|analy[sz]ed"
    "|expressed|expresses|hailed|praised|demanded|proposed|alluded|testified|announced"
    "|mused|sighed|shouted|recounted|elaborated|explained|reiterated|underlined|highlighted"
    "|mentioned|opined|opines|uttered|stated|asserted|asserts|contended|contends|contending"
    "|revealed|reveals|questioned|lauded|lauds|characterized|characterised|characterizes|tweeting"
    "|characterises"
    "|saying|calling|adding|noting|describing|telling|urging|warning|insisting|vowing"
    "|pledging|agreeing|stressing|arguing|explaining|declaring|announcing|acknowledging"
    "|admitting|conceding|promising|promised|demanding|proposing|praising|hailing"
    "|welcoming|welcomed|expressing|signalling|signaling|signalled|signaled|referring"
    "|(?<!was )(?<!were )(?<!been )(?<!be )dismissed|dismisses|dismissing"
    # the livelier verbs of feature copy ("“...,” marvelled Doe", "Doe scoffs at ...")
    "|marvell?ed|marvell?ing|enthused|enthuses|enthusing|gushed|gushes|scoffed|scoffs|scoffing"
    "|posited|posits|positing|retorted|retorting|exclaimed|exclaims|exclaiming|surmised"
    "|surmises|lamented|lamenting|bemoaned|bemoans|grumbled|grumbles|quipping|joking|jokes"
    "|remarking|observing|cautioning|opining|reasoned|interjected"
    "|(?<!was )(?<!were )(?<!been )(?<!be )countered"
    f"|{_NOUN_TWINS}|{_PLURAL_PRESENT}"
)
SAY_RE = re.compile(rf"(?<![\w’'-])(?:{SAY})(?![\w’'-])")
# Verbs after which the object is a listener, not a speaker ("told Xi", "asked Putin").
LISTENER_VERBS = words(
    "told tells tell telling asked asks urged urges urging called calls calling praised "
    "praising hailed hailing welcomed welcoming"
)
# Words of reported speech that introduce the speaker after them.
ACCORDING_TO = re.compile(
    r"(?<![\w’'-])(?:[Aa]ccording to|[Aa]s (?:\w+ )?(?:put|said|noted) by"
    r"|[Ii]n the (?:opinion|view|words|estimation) of"
    r"|[Ii]n(?= (?:his|her|their) (?:own )?words\b))\s"
)
# Quote marks after these words mark a term that is mentioned, not speech.
TERM = re.compile(
    r"(?<![\w’'-])(?:refer(?:s|red|ring)? to(?: as)?|dubbed|known as|so-called|termed"
    r"|nicknamed|labell?ed|branded|the word|the term|the phrase|called it"
    # what a poster or a campaign says is printed, not spoken: "the slogan: “...”"
    r"|slogan|motto|hashtag|catchphrase|banner|placard)[,:]?\s+(?:\S+\s+){0,2}$"
)
# A quote in title case after these words is the title of a work ("who wrote “The Long
# Game,”", "in her book, “After the Storm,”"), not speech.
WORK = re.compile(
    r"(?<![\w’'-])(?:book|novel|memoir|film|movie|documentary|song|album|play|series|show"
    r"|essay|poem|paper|article|report|column|podcast|titled|entitled|wrote|written|authored"
    r"|published|author|co-author|host|presenter)[,:]?\s+(?:\S+\s+){0,2}$"
)
# ... or before these words ("in another “Morning Call” interview"): the name of a show.
WORK_AFTER = re.compile(
    r"[,.]?\s+(?:interview|show|programme|program|podcast|broadcast|segment|episode|series"
    r"|documentary|column|newsletter|book|film|report)s?(?![\w’'-])"
)
# ... or after an outlet's possessive ("told Example TV’s “Morning Call.”"): its show.
OUTLET_OWNS = re.compile(r"(?<![\w’'-])((?:[A-Z][\w&.-]* ){0,3}[A-Z][\w&.-]*)[’']s?\s$")
# Words that may stand between a speaker and the verb ("Ueda on Friday said").
BETWEEN_SUBJECT_AND_VERB = words(
    "also has have had would will then later once previously recently further again still "
    "now today yesterday on in last this next early late morning evening week month year "
    "the a an night told both separately earlier afterwards however quickly enthusiastically "
    "bluntly flatly simply publicly privately repeatedly herself himself"
)
