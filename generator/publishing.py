"""Where the site will be published: `site_url`, from mkdocs.yml or the environment, and the
warning a build for publishing gives without it.

Why a warning, and why it can be silenced:

- Without `site_url`, MkDocs writes a sitemap with no page in it and pages
  with no canonical address, and the generator writes no feed (feeds need
  absolute addresses). A site published like that looks fine and is
  invisible to feed readers and search engines, so `mkdocs build` and
  `mkdocs gh-deploy` warn, and a strict build (`make site`) fails.
- The address is the deployment's, not the repository's: `SITE_URL` in the
  environment sets it when mkdocs.yml does not (`make site
  SITE_URL=https://...`, or a CI variable), so a fork or a staging copy
  needs no edit.
- A build only to look at on this machine (`make site` without `SITE_URL`)
  sets `BRIEFINGS_LOCAL_BUILD=1`, which turns the warning into a note:
  contributors can build and test the site before anyone knows its address.
`mkdocs serve` always has an address (its own), so it never warns.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

SITE_URL_ENV = "SITE_URL"
LOCAL_ENV = "BRIEFINGS_LOCAL_BUILD"
PUBLISHING = ("build", "gh-deploy")
NO_SITE_URL = (
    "briefings: site_url is not set, so the sitemap lists no page, pages have no canonical "
    "address and no feed is written. Set site_url in mkdocs.yml or SITE_URL in the "
    "environment (make site SITE_URL=https://your.host/); for a build only to look at here, "
    f"set {LOCAL_ENV}=1 (README, Publishing)"
)
LOCAL_NOTE = (
    "briefings: a local build (no site_url): no canonical addresses, sitemap entries or "
    "feeds; build with SITE_URL=https://your.host/ to publish"
)


def settle_site_url(config: MkDocsConfig, command: str | None, log: logging.Logger) -> None:
    """Fill `config.site_url` from the environment if mkdocs.yml has none; warn if a build
    for publishing still has none."""
    from mkdocs.config import config_options as c
    from mkdocs.config.base import ValidationError
    from mkdocs.exceptions import PluginError

    address = os.environ.get(SITE_URL_ENV, "").strip()
    if not config.site_url and address:
        try:
            config.site_url = c.URL(is_dir=True).validate(address)
        except ValidationError as error:
            raise PluginError(f"briefings: {SITE_URL_ENV}={address!r}: {error}") from None
        if not config.site_url.lower().startswith(("http://", "https://")):
            raise PluginError(f"briefings: {SITE_URL_ENV} must be an http(s) address")
    if command not in PUBLISHING or config.site_url:
        return
    if os.environ.get(LOCAL_ENV, "").strip() not in ("", "0"):
        log.info(LOCAL_NOTE)
    else:
        log.warning(NO_SITE_URL)


class _AnyTags(yaml.SafeLoader):
    """Reads mkdocs.yml's plain values; a tag (`!ENV`, `!!python/name`) reads as nothing."""


_AnyTags.add_multi_constructor("", lambda loader, suffix, node: None)
_AnyTags.add_multi_constructor("!", lambda loader, suffix, node: None)


def cli_settings(root: Path) -> tuple[str | None, str | None]:
    """`site_url` and `site_name` as `mkdocs build` in `root` would have them (mkdocs.yml,
    then SITE_URL), so that `briefings build` writes the same pages as the plugin."""
    try:
        config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTags)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        config = None
    config = config if isinstance(config, dict) else {}
    site_url = config.get("site_url") or os.environ.get(SITE_URL_ENV, "").strip() or None
    site_name = config.get("site_name")
    if isinstance(site_url, str) and not site_url.endswith("/"):
        site_url += "/"  # as MkDocs writes it (c.URL(is_dir=True))
    return (
        site_url if isinstance(site_url, str) else None,
        site_name if isinstance(site_name, str) else None,
    )
