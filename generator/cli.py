"""The `briefings` command: check, build, schema and new, for editors and CI.

Exit codes: 0 all good, 1 the briefings have problems (listed), 2 usage errors.
A user's mistake never ends in a traceback: it ends in a list of problems.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import click
from pydantic import ValidationError

from .engine.builder import Builder
from .engine.models import RESERVED_SLUGS, SLUG_MAX, TITLE_MAX, Source, is_slug, parse_day
from .engine.problems import Problem, display_path, report
from .engine.project import Project
from .publishing import cli_settings
from .schema import write_schema

ROOT_OPTION = click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="The project folder (holding briefings/ and seeds/).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Turn YAML briefings of news articles into a verified MkDocs site.

    \b
    Examples:
      briefings check                  # validate and verify every briefing
      briefings build                  # check, then write the pages into docs/
      briefings schema                 # regenerate schema/briefing.schema.json
    """


def echo_problems(problems: Iterable[Problem]) -> int:
    """Every problem on stderr; returns the number of errors."""
    return report(problems, lambda problem, text: click.echo(text, err=True))


@main.command()
@ROOT_OPTION
def check(root: Path) -> None:
    """Validate every briefing and verify every quote against its article.

    \b
    Example:
      briefings check --root .
    """
    result = Builder(Project.at(root)).check()
    errors = echo_problems(result.problems)
    if errors:
        files = result.problems.files_with_errors()
        click.echo(f"{errors} problem(s) in {files} file(s); nothing was published", err=True)
        sys.exit(1)
    click.echo(f"{result.count} briefings OK")


@main.command()
@ROOT_OPTION
def schema(root: Path) -> None:
    """Write the JSON Schema editors use to validate briefings as they type.

    \b
    Example:
      briefings schema   # writes schema/briefing.schema.json
    """
    target, changed = write_schema(root)
    click.echo(f"{'wrote' if changed else 'unchanged'} {target}")


@main.command()
@ROOT_OPTION
def build(root: Path) -> None:
    """Check every briefing, then write the site's pages into docs/.

    Only pages whose content changed are written; pages of deleted briefings
    are removed; a hand-written file at a page's path is never overwritten.
    Nothing is written when any briefing has a problem.

    \b
    Example:
      briefings build --root .
    """
    site_url, site_name = cli_settings(root)  # as the MkDocs plugin would have them
    project = Project.at(root, site_url=site_url, site_name=site_name)
    result = Builder(project, workers=os.environ.get("BRIEFINGS_WORKERS") or "auto").build()
    errors = echo_problems(result.problems)
    if result.report is None:
        click.echo(f"{errors} problem(s); {result.outcome()}", err=True)
        sys.exit(1)
    click.echo(result.report.summary())


def _published_option(ctx: click.Context, param: click.Parameter, value: str) -> date:
    """Dates as the contract writes them, YYYY-MM-DD, and real ones only."""
    day = parse_day(value)
    if day is None:
        raise click.BadParameter(f"{value!r} is not a date written YYYY-MM-DD, e.g. 2022-02-03")
    return day


def _slug_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value in RESERVED_SLUGS:
        raise click.BadParameter(f"{value!r} is reserved for the section's index page")
    if value is not None and not is_slug(value):
        raise click.BadParameter(
            f"{value!r} is not a slug: use lower-case letters, digits and single hyphens, "
            f"at most {SLUG_MAX} characters"
        )
    return value


def _latest_option(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    return None if value is None else _published_option(ctx, param, value)


def _check_source_options(
    outlet: str, published: date, url: str | None, latest: date | None = None
) -> None:
    """--outlet, --url and --published-latest must be what the contract accepts, said
    before any work is done."""
    fields: dict[str, object] = {"outlet": outlet, "published": published}
    if url is not None:
        fields["url"] = url
    if latest is not None:
        fields["published_latest"] = latest
    try:
        Source.model_validate(fields)
    except ValidationError as error:
        item = error.errors(include_url=False)[0]
        name = str(item["loc"][0]).replace("_", "-") if item["loc"] else "published-latest"
        message = item["msg"].removeprefix("Value error, ")
        raise click.BadParameter(message, param_hint=f"--{name}") from None


@main.command()
@click.argument("article", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--outlet", required=True, help="The publication, e.g. CNN.")
@click.option(
    "--published", required=True, metavar="YYYY-MM-DD", callback=_published_option,
    help="The date the article was published.",
)
@click.option("--url", help="The article's address (http or https).")
@click.option(
    "--slug", callback=_slug_option,
    help="The briefing's file name; by default <published>-<first words of the title>.",
)
@click.option(
    "--title",
    help="The title, when the article's text does not start with its headline "
    "(the draft marks it title_by_editor).",
)
@click.option(
    "--published-latest", metavar="YYYY-MM-DD", callback=_latest_option,
    help="When the date is inferred: the latest it can be (--published is the earliest).",
)
@ROOT_OPTION
def new(
    article: Path, outlet: str, published: date, url: str | None, slug: str | None,
    title: str | None, published_latest: date | None, root: Path,
) -> None:
    """Draft briefings/<slug>.yaml from an article's plain text.

    The article is copied into seeds/ (unless it is there already). The draft
    holds the title when the text starts with a headline, every direct quote
    with a named speaker, verified word for word, and the analysts quoted,
    with the role and affiliation the article gives them. The summary and key
    claims are TODO placeholders for the editor. The new file passes
    `briefings check` as written; an existing briefing is never overwritten.

    \b
    Example:
      briefings new ~/article.txt --outlet CNN --published 2022-09-22 \\
        --url https://edition.cnn.com/... --slug 2022-09-22-putin-xi-questions
    """
    _check_source_options(outlet, published, url, published_latest)
    if title is not None and not 0 < len(title.strip()) <= TITLE_MAX:
        raise click.BadParameter(f"must be 1 to {TITLE_MAX} characters", param_hint="--title")
    # Imported here: the drafting rules compile many patterns, which `build` and `check`
    # would otherwise pay for on every run without using them.
    from .drafting.create import Request, create

    request = Request(article, root, outlet, published, url, slug, title, published_latest)
    outcome = create(request)
    echo_problems(outcome.problems)
    if outcome.briefing is None or outcome.draft is None:
        click.echo("nothing was written", err=True)
        sys.exit(1)
    draft = outcome.draft
    shown = display_path(outcome.briefing, root)
    seed = display_path(outcome.seed, root) if outcome.seed else draft.seed
    click.echo(
        f"wrote {shown}: {len(draft.quotes)} quote(s), {len(draft.analysts)} analyst(s)"
        + (f"; copied the article to {seed}" if outcome.copied else f"; article: {seed}")
    )
    if outcome.problems.errors:
        click.echo(
            f"{len(outcome.problems.errors)} problem(s) in {shown}; fix them before publishing",
            err=True,
        )
        sys.exit(1)
    todo = "the summary and key claims" + ("" if draft.title else ", and the title")
    # The drafting engine is an aid, not a reader: on articles it was not tuned on it credits
    # some quotes to the wrong person and gives many affiliations in other words, so the
    # editor is told what to check, not just what to write.
    click.echo(f"next: write {todo} (marked TODO), check each quote's speaker and each "
               "analyst's role and affiliation against the article, then `briefings check`")

