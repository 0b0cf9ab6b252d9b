"""A firm's name in capitals with a post in lower case after it, before the holder's name.

"said Example Brooks gas analyst, Jane Doe": the run right after the speech verb looks
like the speaker, but a post in lower case follows it and then a name, so the run is
where the post is held (a firm whose name reads like a person's) and the name after the
post is the speaker, described by both. The post ends in a title ("analyst",
"economist"), which is what tells it from a clause ("said Jane Doe would stay").
"""

from __future__ import annotations

import re

from .describe import has_post
from .names import word_class

# the post: up to three words in lower case, then perhaps a comma, then a capital
_POST_THEN_NAME = re.compile(r"^ ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*),? [A-Z]")
# a firm of one to three capitalised words, then the post
_FIRM_POST = re.compile(r"((?:[A-Z][\w&-]* ){0,2}[A-Z][\w&-]*) ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*)")


def owns_post(after: str) -> bool:
    """The words after a run are a post in lower case ending in a title, then a name."""
    post = _POST_THEN_NAME.match(after)
    return bool(post) and word_class(post.group(1).split(" ")[-1]) == "title"


def firm_post(text: str) -> tuple[str, str] | None:
    """ "Example Brooks gas analyst": the firm and the post, when the words are just that."""
    found = _FIRM_POST.fullmatch(text.strip(" ,"))
    if found is None or not has_post(found.group(2)) or not all(
        word_class(w) in ("name", "org") for w in found.group(1).split(" ")
    ):  # "His Greek colleague": a pronoun and a nationality are no firm
        return None
    return found.group(1), found.group(2)
