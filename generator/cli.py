"""The `briefings` command: check, build, schema and new, for editors and CI.

Exit codes: 0 all good, 1 the briefings have problems (listed), 2 usage errors.
A user's mistake never ends in a traceback: it ends in a list of problems.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .pipeline import check_project
from .problems import Problem
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


def report(problems: list[Problem]) -> None:
    for problem in problems:
        click.echo(problem.format(), err=True)


@main.command()
@ROOT_OPTION
def check(root: Path) -> None:
    """Validate every briefing and verify every quote against its article.

    \b
    Example:
      briefings check --root .
    """
    result = check_project(root)
    report(result.problems)
    if result.errors:
        files = len({p.position.path for p in result.errors})
        click.echo(
            f"{len(result.errors)} problem(s) in {files} file(s); nothing was published",
            err=True,
        )
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
    from .build import build_docs
    from .problems import BriefingsError

    try:
        result = build_docs(root)
    except BriefingsError as error:
        report(error.problems)
        errors = [p for p in error.problems if p.severity == "error"]
        click.echo(f"{len(errors)} problem(s); nothing was written", err=True)
        sys.exit(1)
    report(result.warnings)
    click.echo(result.report.summary())
