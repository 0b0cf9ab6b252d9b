"""Calm editing: every defect an editor or an adversary hit, each with the test that failed before.

Bad input gets a clear `file:line:column` message, never a traceback or a hang;
nothing is read from outside the project; no edit is lost; `docs/` is never
left half-written.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from generator import serve_panel
from generator.cli import main
from generator.engine import build, builder, check, write
from generator.engine.stamp import STAMP_NAME

VALID = (Path(__file__).parent / "fixtures" / "core" / "valid.yaml").read_text(encoding="utf-8")
NAME = "2022-02-02-valid.yaml"


def formatted(root: Path) -> list[str]:
    return [p.format() for p in check(root).problems]


@pytest.fixture
def root(project) -> Path:
    return project({NAME: VALID})


# -- source.text that names no file -----------------------------------------------------


@pytest.mark.parametrize("text", [".", "./", "seeds/."])
def test_source_text_naming_a_folder_is_a_clear_error(project, text):
    root = project({NAME: VALID.replace("text: seeds/000_65ba11957278d949.txt", f'text: "{text}"')})
    (problem,) = check(root).problems.errors
    assert problem.format().startswith(f"briefings/{NAME}:8:9: source.text ")
    assert "must name the article's file" in problem.message or "a folder" in problem.message


# -- no edit is ever lost -----------------------------------------------------------------


def test_a_save_during_a_running_build_is_written_by_the_next_build(root, monkeypatch):
    path = root / "briefings" / NAME
    original = builder.check_project

    def check_then_save(*args, **kwargs):
        result = original(*args, **kwargs)  # the build has read the file ...
        text = path.read_text(encoding="utf-8")  # ... and the editor saves meanwhile
        path.write_text(text.replace("meet at the Olympics", "meet in Beijing"), "utf-8")
        return result

    monkeypatch.setattr(builder, "check_project", check_then_save)
    first = build(root)
    assert (
        "Putin and Xi meet at the Olympics"
        in (root / "docs/briefings/2022-02-02-valid.md").read_text()
    )
    monkeypatch.setattr(builder, "check_project", original)
    second = build(root)
    assert second.report.written, "the stamp must not hide the save"
    assert (
        "Putin and Xi meet in Beijing" in (root / "docs/briefings/2022-02-02-valid.md").read_text()
    )
    assert first.written


# -- never follow a link out of the project, never open a special file ----------------------


def test_a_symlinked_intro_outside_the_project_is_refused(root, tmp_path_factory):
    secret = tmp_path_factory.mktemp("outside") / "secret.txt"
    secret.write_text("private words", encoding="utf-8")
    (root / "briefings" / "_intro.md").symlink_to(secret)
    assert (
        "briefings/_intro.md:1:1: not read: it is a symbolic link to a file outside the project"
        in formatted(root)
    )
    result = build(root)
    assert not result.written
    assert "private words" not in "".join(p.format() for p in result.problems)


def test_a_symlinked_briefing_outside_the_project_never_prints_its_lines(root, tmp_path_factory):
    secret = tmp_path_factory.mktemp("outside") / "passwords.yaml"
    secret.write_text("root: hunter2\n", encoding="utf-8")
    (root / "briefings" / "2022-01-01-leak.yaml").symlink_to(secret)
    found = formatted(root)
    assert found == [
        "briefings/2022-01-01-leak.yaml:1:1: cannot read the file: it is a symbolic link to a "
        "file outside the project"
    ]
    assert "hunter2" not in "".join(found)


def test_a_symlink_inside_the_project_is_followed(root):
    shutil.copy(root / "briefings" / NAME, root / "seeds" / "copy.yaml")
    (root / "briefings" / NAME).unlink()
    (root / "briefings" / NAME).symlink_to(root / "seeds" / "copy.yaml")
    assert formatted(root) == []


def test_a_named_pipe_in_briefings_never_blocks_check(root):
    os.mkfifo(root / "briefings" / "2022-01-01-pipe.yaml")
    outcome: list[list[str]] = []
    worker = threading.Thread(target=lambda: outcome.append(formatted(root)), daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert outcome, "check hung on a named pipe"
    assert outcome[0] == [
        "briefings/2022-01-01-pipe.yaml:1:1: cannot read the file: it is a named pipe, not a "
        "regular file"
    ]


def test_an_article_larger_than_the_limit_is_refused_before_it_is_read(root):
    big = root / "seeds" / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(3 * 1024 * 1024)
    text = VALID.replace("seeds/000_65ba11957278d949.txt", "seeds/big.txt")
    (root / "briefings" / NAME).write_text(text, encoding="utf-8")
    (problem,) = check(root).problems.errors
    assert problem.message == (
        "source.text 'seeds/big.txt' is not read: it is larger than 2 MiB, the limit"
    )


# -- misnamed files are reported, not silently ignored ---------------------------------------


def test_misnamed_briefing_files_are_reported(root):
    folder = root / "briefings"
    shutil.copy(folder / NAME, folder / "2022-03-03-X.YAML")
    shutil.copy(folder / NAME, folder / "2022-03-04-x.yaml ")
    (folder / "sub").mkdir()
    shutil.copy(folder / NAME, folder / "sub" / "2022-03-05-x.yaml")
    found = [line.split("\n")[0] for line in formatted(root)]
    assert found == [
        "briefings/2022-03-03-X.YAML:1:1: briefing files end in .yaml; this file would be ignored",
        "briefings/2022-03-04-x.yaml :1:1: briefing files end in .yaml; this file would be "
        "ignored",
        "briefings/sub:1:1: briefings in subfolders are not read",
    ]
    assert CliRunner().invoke(main, ["check", "--root", str(root)]).exit_code == 1


# -- invisible characters ---------------------------------------------------------------------


def test_bidi_controls_and_zero_width_characters_are_named_and_never_reach_a_page(root):
    text = VALID.replace("Putin and Xi meet", "Putin\u202e and\u200b Xi meet")
    (root / "briefings" / NAME).write_text(text, encoding="utf-8")
    found = formatted(root)
    assert found == [
        f"briefings/{NAME}:2:8: warning: title contains an invisible character (U+202E "
        "RIGHT-TO-LEFT OVERRIDE); pages show the text without it\n"
        "    hint: delete it: it is usually pasted in by accident"
    ]
    build(root)
    page = (root / "docs" / "briefings" / "2022-02-02-valid.md").read_text(encoding="utf-8")
    assert "\u202e" not in page and "\u200b" not in page
    assert 'title: "Putin and Xi meet at the Olympics"' in page


# -- speakers that look like ids ----------------------------------------------------------------


def test_a_speaker_written_like_a_mistyped_id_gets_the_closest_id(root):
    text = VALID.replace("speaker: Alexander Gabuev", "speaker: alexander-gabuv")
    (root / "briefings" / NAME).write_text(text, encoding="utf-8")
    assert formatted(root) == [
        f"briefings/{NAME}:24:14: warning: speaker 'alexander-gabuv' looks like an analyst id, "
        "but no analyst of this briefing has it\n    hint: did you mean 'alexander-gabuev'?"
    ]


def test_a_claim_by_written_like_a_mistyped_id_gets_the_closest_id(root):
    text = VALID.replace("by: alexander-gabuev", "by: alexander-gabuv")
    assert text != VALID
    (root / "briefings" / NAME).write_text(text, encoding="utf-8")
    assert formatted(root) == [
        f"briefings/{NAME}:19:9: warning: by 'alexander-gabuv' looks like an analyst id, "
        "but no analyst of this briefing has it\n    hint: did you mean 'alexander-gabuev'?"
    ]


def test_the_preview_panel_names_an_invented_quote_and_a_mistyped_key(project, tmp_path):
    """What the open preview page shows (problems.json, read by the panel's script)."""
    invented = VALID.replace(
        "It’s a very dramatic moment in Russia’s confrontation with the West",
        "It’s a triumph for the friendship of our peoples",
    )
    misspelt = VALID.replace("    context:", "    contxt:")
    root = project({NAME: invented, "2022-02-03-other.yaml": misspelt})
    serve_panel.write_problems(tmp_path / "site", check(root).problems)
    data = json.loads((tmp_path / "site" / "__briefings" / "problems.json").read_text("utf-8"))
    assert data["summary"].startswith("2 problem(s) in the briefings")
    shown = [(p["where"], p["message"], p["hint"], p["warning"]) for p in data["problems"]]
    assert shown[0][0] == "briefings/2022-02-02-valid.yaml:23:11"
    assert shown[0][1].startswith("quote not found in seeds/000_65ba11957278d949.txt")
    assert "[brackets]" in shown[0][2] and shown[0][3] is False
    assert shown[1][:2] == ("briefings/2022-02-03-other.yaml:25:5", "unknown key 'contxt'")
    assert "context" in shown[1][2] and shown[1][3] is False


# -- writes: checked first, named by page, unique temp names, leftovers removed ---------------


def test_an_unwritable_folder_names_the_page_and_nothing_is_written(root, monkeypatch):
    build(root)
    page = root / "docs" / "briefings" / "2022-02-02-valid.md"
    (root / "briefings" / NAME).write_text(VALID.replace("Olympics", "Games"), "utf-8")
    real_access = os.access
    monkeypatch.setattr(
        write.os,
        "access",
        lambda path, mode: False if Path(path).name == "briefings" else real_access(path, mode),
    )
    before = {p: p.read_bytes() for p in (root / "docs").rglob("*.md")}
    result = build(root)
    assert [p.format() for p in result.problems.errors] == [
        "docs/briefings/2022-02-02-valid.md:1:1: cannot write this page: permission denied"
    ]
    assert {p: p.read_bytes() for p in (root / "docs").rglob("*.md")} == before
    assert "Olympics" in page.read_text(encoding="utf-8")


def test_an_unwritable_stamp_is_a_warning_not_a_traceback(root, monkeypatch):
    real_replace = os.replace

    def refuse_stamp(source, target, *args, **kwargs):
        if str(target).endswith(STAMP_NAME):
            raise PermissionError(13, "Permission denied")
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", refuse_stamp)
    result = build(root)
    assert result.written
    assert [p.message for p in result.problems.warnings] == [
        "cannot save the build stamp: permission denied"
    ]
    assert not list((root / "docs").glob(f"{STAMP_NAME}.*.tmp"))


def test_a_killed_builds_temp_files_are_removed_and_a_running_ones_are_not(root):
    build(root)
    folder = root / "docs" / "briefings"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    abandoned = folder / f".x.md.{dead}.0123abcd.tmp"
    running = folder / f".y.md.{os.getppid()}.0123abcd.tmp"
    abandoned.write_text("half a page", encoding="utf-8")
    running.write_text("being written", encoding="utf-8")
    (root / "briefings" / NAME).write_text(VALID.replace("Olympics", "Games"), "utf-8")
    build(root)
    assert not abandoned.exists()
    assert running.exists()


def test_two_builds_at_once_never_share_a_temp_file(root):
    command = [sys.executable, "-m", "generator", "build", "--root", str(root)]
    for attempt in range(4):
        (root / "briefings" / NAME).write_text(
            VALID.replace("Olympics", f"Games {attempt}"), "utf-8"
        )
        runs = [
            subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True) for _ in range(2)
        ]
        for run in runs:
            _, err = run.communicate(timeout=60)
            assert "Traceback" not in err, err
            assert run.returncode == 0, err
    assert not list((root / "docs").rglob("*.tmp"))


# -- usage errors exit 2 --------------------------------------------------------------------------


def test_a_reserved_slug_for_new_is_a_usage_error(root):
    article = root / "seeds" / "000_65ba11957278d949.txt"
    result = CliRunner().invoke(
        main,
        [
            "new",
            str(article),
            "--outlet",
            "CNN",
            "--published",
            "2022-02-02",
            "--slug",
            "index",
            "--root",
            str(root),
        ],
    )
    assert result.exit_code == 2
    assert "'index' is reserved" in result.output


# -- set-up with nothing by hand ------------------------------------------------------------------


def test_make_test_installs_chromium_as_root_and_says_how_otherwise(tmp_path):
    env = {**os.environ, "MAKEFLAGS": ""}
    dry = subprocess.run(
        ["make", "-n", "CHROMIUM=/nonexistent/chromium", "test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert "apt-get install -y -qq chromium" in dry.stdout
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    (fake_bin / "id").write_text("#!/bin/sh\necho 1000\n", encoding="utf-8")
    (fake_bin / "id").chmod(0o755)
    run = subprocess.run(
        ["make", "CHROMIUM=/nonexistent/chromium", "/nonexistent/chromium"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**env, "PATH": f"{fake_bin}:{os.environ['PATH']}"},
    )
    assert run.returncode != 0
    assert "sudo apt-get install chromium" in run.stdout


# -- briefings new: size and kind before reading ------------------------------------------------


def new(root: Path, article: str) -> object:
    return CliRunner().invoke(
        main, ["new", article, "--outlet", "X", "--published", "2022-01-01", "--root", str(root)]
    )


def test_new_refuses_a_device_without_reading_it(root):
    result = new(root, "/dev/zero")
    assert result.exit_code == 1
    assert "the article is not a regular file" in result.output
    assert not (root / "seeds" / "zero").exists()


def test_new_refuses_a_large_article_from_its_size(root, tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    result = new(root, str(big))
    assert time.perf_counter() - started < 5
    assert result.exit_code == 1
    assert "over the limit of 2 MiB" in result.output
