"""Each page's structured data (schema.org, as JSON-LD): what search engines and re-publishers read.

The rules, each for a reason:

- Say only what the briefing says. A briefing page is an `Article` of ours
  that `isBasedOn` the outlet's `NewsArticle`; each *verified* quote is a
  `Quotation` of that article (an unverified one is not asserted at all). We
  rate no claim, so there is no `ClaimReview`.
- Inferred facts stay inferred. A date the editor inferred (`published_latest`)
  is no `datePublished` (schema.org has no date range for it); the range is
  said in words instead. A title by the editor is no `headline` of the
  article. A speaker the editor inferred is not the quote's `creator`.
- People change jobs: an analyst's role and affiliation are given per
  appearance, as an `OrganizationRole` (schema.org's Role pattern) naming the
  briefing it comes from.
- Without `site_url` there is no absolute address: nodes are identified by
  fragments ("#article"), which JSON-LD resolves against the page's address.

Every string goes through `formats.one_line`; `formats.script_json` makes the
result safe inside `<script>`.
"""

from __future__ import annotations

from ..engine.link import AnalystProfile, Entry, LinkedQuote, newest_first
from . import formats
from .feeds import FEED_ENTRIES
from .kinds import Page, Site
from .routes import ANALYST, BRIEFING, DATA, HOME, TOPIC

CONTEXT = "https://schema.org"


def for_page(page: Page, site: Site) -> dict | None:
    """The JSON-LD object for a Markdown page (None for a page that has no subject)."""
    here = formats.page_address(site.site_url, page.path)
    subject = page.subject
    if page.route is BRIEFING and isinstance(subject, Entry):
        node = briefing(subject, site, here)
    elif page.route is ANALYST and isinstance(subject, AnalystProfile):
        node = analyst(subject, site, here)
    elif page.route is TOPIC and isinstance(subject, tuple):
        node = topic(subject[0], subject[1], site, here)
    elif page.route is HOME:
        node = {"@type": "WebSite", "name": formats.one_line(site.site_name)}
    elif page.route is DATA:
        return None  # pages/data.py describes its Dataset itself (`data.dataset`)
    elif page.route is BRIEFING:
        return None  # a preview's page about a broken briefing
    else:
        node = {"@type": "CollectionPage" if page.route.nav else "WebPage"}
    return with_context(node, here, site)


def with_context(node: dict, here: str | None, site: Site) -> dict:
    node = {"@context": CONTEXT, **node}
    if here:
        node["url"] = here
    if node["@type"] != "WebSite":
        node.setdefault("isPartOf", _website(site))
    return node


def _website(site: Site) -> dict:
    node = {"@type": "WebSite", "name": formats.one_line(site.site_name)}
    address = formats.site_address(site.site_url)
    if address:
        node["url"] = address
    return node


def _page(site: Site, docs_path: str) -> str | None:
    return formats.page_address(site.site_url, docs_path)


def article(entry: Entry) -> dict:
    """The outlet's article the briefing is based on, as far as the briefing knows it."""
    b = entry.briefing
    source = b.source
    node: dict = {"@type": "NewsArticle", "@id": "#article"}
    if not b.title_by_editor:
        node["headline"] = formats.one_line(b.title)
    if source.published_latest is None:
        node["datePublished"] = source.published.isoformat()
    else:
        node["disambiguatingDescription"] = (
            f"Published between {source.published.isoformat()} and "
            f"{source.published_latest.isoformat()}: the date is inferred from the "
            "article's wording, not confirmed."
        )
    node["publisher"] = {"@type": "Organization", "name": formats.one_line(source.outlet)}
    if source.authors:
        node["author"] = [
            {"@type": "Person", "name": formats.one_line(name)} for name in source.authors
        ]
    if source.url and (address := formats.markup.url(source.url)):
        node["url"] = address
    return node


def _article_id(here: str | None) -> str:
    return f"{here}#article" if here else "#article"


def briefing(entry: Entry, site: Site, here: str | None) -> dict:
    b = entry.briefing
    based_on = article(entry)
    based_on["@id"] = _article_id(here)
    node: dict = {
        "@type": "Article",
        "headline": formats.one_line(b.title),
        "abstract": formats.paragraphs(b.summary),
        "publisher": {"@type": "Organization", "name": formats.one_line(site.site_name)},
        "isBasedOn": based_on,
    }
    if b.topics:
        node["keywords"] = [
            formats.one_line(site.story.topic_title(t)) for t in dict.fromkeys(b.topics)
        ]
    mentions = [_person(ref_name, ref_id, site) for ref_name, ref_id in _analysts(entry)]
    if mentions:
        node["mentions"] = mentions
    quotes = [quotation(linked, based_on["@id"], site) for linked in entry.quotes]
    quotes = [q for q in quotes if q is not None]
    if quotes:
        node["hasPart"] = quotes
    return node


def _analysts(entry: Entry) -> list[tuple[str, str]]:
    return list(dict.fromkeys((a.name, a.key) for a in entry.briefing.analysts))


def _person(name: str, analyst_id: str | None, site: Site) -> dict:
    node = {"@type": "Person", "name": formats.one_line(name)}
    if analyst_id and (address := _page(site, ANALYST.path(analyst_id))):
        node["url"] = address
    return node


def quotation(linked: LinkedQuote, article_id: str, site: Site) -> dict | None:
    """A verified quote as a `Quotation` of the article; None for an unverified one."""
    if not linked.verdict.verified:
        return None
    node: dict = {
        "@type": "Quotation",
        "text": formats.one_line(linked.quote.text),
        "isBasedOn": {"@id": article_id},
    }
    speaker = _person(linked.speaker.name, linked.speaker.analyst_id, site)
    if linked.quote.speaker_inferred:
        node["description"] = (
            f"Attribution inferred by the editor: {speaker['name']}; "
            "the article does not name the speaker at these words."
        )
    else:
        node["creator"] = speaker
    if linked.quote.context:
        node["about"] = formats.one_line(linked.quote.context)
    return node


def analyst(profile: AnalystProfile, site: Site, here: str | None) -> dict:
    node: dict = {"@type": "ProfilePage", "mainEntity": _analyst_person(profile, site, here)}
    return node


def _analyst_person(profile: AnalystProfile, site: Site, here: str | None) -> dict:
    person: dict = {"@type": "Person", "name": formats.one_line(profile.name)}
    if here:
        person["url"] = here
    roles = []
    for appearance in profile.appearances:
        entry, who = appearance.entry, appearance.analyst
        if not (who.role or who.affiliation):
            continue
        role: dict = {"@type": "OrganizationRole"}
        if who.role:
            role["roleName"] = formats.one_line(who.role)
        if who.affiliation:
            role["affiliation"] = {
                "@type": "Organization", "name": formats.one_line(who.affiliation)
            }
        role["subjectOf"] = _briefing_ref(entry, site)
        roles.append(role)
    if roles:
        person["affiliation"] = roles
    return person


def _briefing_ref(entry: Entry, site: Site) -> dict:
    node = {"@type": "Article", "name": formats.one_line(entry.briefing.title)}
    if address := _page(site, BRIEFING.path(entry.slug)):
        node["url"] = address
    return node


def topic(name: str, entries: list[Entry], site: Site, here: str | None) -> dict:
    return {
        "@type": "CollectionPage",
        "name": formats.one_line(site.story.topic_title(name)),
        # The newest ones, as many as a feed holds: a page's head stays the same size
        # however long the topic's archive grows.
        "hasPart": [
            _briefing_ref(entry, site)
            for entry in sorted(entries, key=newest_first)[:FEED_ENTRIES]
        ],
    }
