"""Rendered pages kept with the inputs they were rendered from, for `mkdocs serve`."""

from __future__ import annotations

from collections.abc import Callable, Iterable


class RenderMemo:
    """Reuse a rendered page while its inputs are the very same objects.

    A briefing's page depends only on its file's checked `Briefing` (with the
    verdicts and links made from it); an analyst's or a topic's page only on
    the briefings it lists. The check cache hands back the very same `Briefing`
    object while a file and its article are unchanged, so comparing inputs by
    identity (`is`) is exact and cheap: after one save under `mkdocs serve`,
    only the pages listing the saved briefing are rendered again. The memo
    holds the inputs, so no object's id can be reused while it is compared.

    What a page shows of the rest of the archive (a pager's labels, a total, the
    voices heard before) is made afresh on every build, so it is compared by
    value instead (`values`): plain strings, numbers and tuples of them.
    """

    def __init__(self) -> None:
        self.pages: dict[str, tuple[tuple, tuple, str]] = {}

    def get(self, path: str, inputs: tuple, render: Callable[[], str], values: tuple = ()) -> str:
        known = self.pages.get(path)
        if known is not None and _same(known[0], inputs) and known[1] == values:
            return known[2]
        text = render()
        self.pages[path] = (inputs, values, text)
        return text

    def keep_only(self, paths: Iterable[str]) -> None:
        kept = set(paths)
        for path in [path for path in self.pages if path not in kept]:
            del self.pages[path]


def _same(old: tuple, new: tuple) -> bool:
    if old is new:
        return True
    return len(old) == len(new) and all(a is b for a, b in zip(old, new, strict=True))
