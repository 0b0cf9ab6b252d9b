"""The `briefings` command: check and schema, for editors and CI; never a traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.schema import SCHEMA_PATH, schema_text

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "core"
BROKEN = FIXTURES / "broken"
VALID = (FIXTURES / "valid.yaml").read_text(encoding="utf-8")
# Briefings only: `_story.yaml` and `_topics.yaml` are the story files beside them.
REAL_COUNT = len([p for p in (ROOT / "briefings").glob("*.yaml") if not p.name.startswith("_")])


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    # A user's mistake ends in a list of problems and an exit code, never in a traceback.
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def broken_project(project) -> Path:
    root = project({})
    for path in BROKEN.iterdir():
        shutil.copyfile(path, root / "briefings" / path.name)
    return root


# -- check ----------------------------------------------------------------------------------


def test_check_passes_on_the_real_project():
    result = run("check", "--root", str(ROOT))
    assert result.exit_code == 0
    assert result.stdout == f"{REAL_COUNT} briefings OK\n"
    assert result.stderr == ""


def test_python_dash_m_generator_check_runs_in_the_project_folder():
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"{REAL_COUNT} briefings OK\n",
        "",
    )


def test_the_console_script_is_installed():
    script = Path(sys.executable).with_name("briefings")
    assert script.exists(), "pip install -e . (make test does) installs the console script"
    result = subprocess.run(
        [str(script), "check", "--root", str(ROOT)], capture_output=True, text=True, timeout=60
    )
    assert (result.returncode, result.stdout) == (0, f"{REAL_COUNT} briefings OK\n")


def test_check_reports_every_problem_of_every_file_at_once(project, golden):
    root = broken_project(project)
    result = run("check", "--root", str(root))
    assert result.exit_code == 1
    assert result.stdout == ""
    golden("errors/check.txt", result.stderr)
    lines = result.stderr.splitlines()
    assert lines[-1] == "37 problem(s) in 12 file(s); nothing was published"
    files = {line.split(":", 1)[0] for line in lines if line.startswith("briefings/")}
    assert files == {f"briefings/{p.name}" for p in BROKEN.iterdir()} - {
        "briefings/2022-03-04-valid.yaml"
    }
    assert not (root / "pwned").exists() and not Path("pwned").exists()


def test_the_output_is_sorted_by_file_line_and_column(project):
    result = run("check", "--root", str(broken_project(project)))
    positions = []
    for line in result.stderr.splitlines()[:-1]:
        if line.startswith("briefings/"):
            path, row, column = line.split(": ", 1)[0].rsplit(":", 2)
            positions.append((path, int(row), int(column)))
    assert positions == sorted(positions)


def test_a_problem_makes_check_exit_1(project):
    root = project({"2022-02-02-valid.yaml": VALID.replace("outlet: CNN", "outlet: NO")})
    result = run("check", "--root", str(root))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "1 problem(s) in 1 file(s); nothing was published"


def test_a_warning_alone_does_not_fail_check(project):
    other = VALID.replace("    id: alexander-gabuev\n", "    id: a-gabuev\n").replace(
        "by: alexander-gabuev", "by: a-gabuev"
    )
    root = project({"2022-02-02-valid.yaml": VALID, "2022-02-03-other.yaml": other})
    result = run("check", "--root", str(root))
    assert result.exit_code == 0
    assert result.stdout == "2 briefings OK\n"
    # The warning stands at the first appearance of the id that sorts last.
    assert result.stderr.startswith("briefings/2022-02-02-valid.yaml:13:11: warning: ")


def test_a_root_without_a_briefings_folder_is_a_problem_not_a_traceback(tmp_path):
    result = run("check", "--root", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr == (
        f"briefings:1:1: no briefings/ folder in {tmp_path.resolve()}\n"
        "1 problem(s) in 1 file(s); nothing was published\n"
    )


def test_a_root_that_does_not_exist_is_a_problem_not_a_traceback(tmp_path):
    result = run("check", "--root", str(tmp_path / "nowhere"))
    assert result.exit_code == 1
    assert "no briefings/ folder in" in result.stderr


def test_a_root_that_is_a_file_is_a_usage_error(tmp_path):
    (tmp_path / "file.txt").write_text("x")
    result = run("check", "--root", str(tmp_path / "file.txt"))
    assert result.exit_code == 2
    assert "is a file" in result.stderr


def test_an_empty_briefings_folder_checks(project):
    result = run("check", "--root", str(project({})))
    assert (result.exit_code, result.stdout) == (0, "0 briefings OK\n")


def test_a_folder_named_like_a_briefing_is_a_problem_not_a_traceback(project):
    root = project({"2022-02-02-valid.yaml": VALID})
    (root / "briefings" / "x.yaml").mkdir()
    result = run("check", "--root", str(root))
    assert result.exit_code == 1
    assert result.stderr.startswith("briefings/x.yaml:1:1: cannot read the file: it is a folder\n")


def test_an_unreadable_file_is_a_problem_not_a_traceback(project, monkeypatch):
    root = project({"2022-02-02-valid.yaml": VALID, "locked.yaml": VALID})
    real_open = Path.open

    def guarded(self, *args, **kwargs):
        if self.name == "locked.yaml":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded)
    result = run("check", "--root", str(root))
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "briefings/locked.yaml:1:1: cannot read the file: permission denied\n"
    )


def test_a_hostile_file_is_refused_by_the_cli_and_nothing_runs(project, tmp_path):
    marker = tmp_path / "pwned"
    root = project({"x.yaml": f"title: !!python/object/apply:os.system ['touch {marker}']\n"})
    result = run("check", "--root", str(root))
    assert result.exit_code == 1
    assert "YAML tags (!!python/object/apply:os.system) are not allowed" in result.stderr
    assert not marker.exists()


# -- schema and help ------------------------------------------------------------------------


def test_schema_writes_the_json_schema_and_says_when_unchanged(tmp_path):
    result = run("schema", "--root", str(tmp_path))
    target = tmp_path / SCHEMA_PATH
    assert result.exit_code == 0
    assert result.stdout == f"wrote {target}\n"
    assert target.read_text(encoding="utf-8") == schema_text()
    again = run("schema", "--root", str(tmp_path))
    assert again.stdout == f"unchanged {target}\n"


def test_schema_repairs_a_stale_file(tmp_path):
    target = tmp_path / SCHEMA_PATH
    target.parent.mkdir()
    target.write_text("{}\n", encoding="utf-8")
    assert run("schema", "--root", str(tmp_path)).stdout == f"wrote {target}\n"
    assert target.read_text(encoding="utf-8") == schema_text()


@pytest.mark.parametrize("command", ["check", "schema"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert f"briefings {command}" in result.stdout
    assert "--root" in result.stdout


def test_the_group_help_lists_the_commands():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("check", "schema"):
        assert f"briefings {command}" in result.stdout
