"""The command line's arguments: the summary by default, --help, --version, and usage errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

import povcoop
from povcoop.__main__ import EXIT_USAGE, main


def test_no_arguments_print_what_the_catalog_summary_says(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    assert capsys.readouterr().out == povcoop.load().summary() + "\n"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"povcoop {povcoop.__version__}"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: python -m povcoop")
    for command in ("export", "validate", "init"):
        assert command in out


@pytest.mark.parametrize("argv", [["--colour"], ["bogus"], ["export"], ["validate"]])
def test_unknown_or_missing_arguments_exit_2_with_usage(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("usage: python -m povcoop") and "error:" in err


def test_the_module_runs_as_a_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "povcoop", "--nonsense"], check=False, capture_output=True, text=True
    )
    assert result.returncode == EXIT_USAGE
    assert "usage:" in result.stderr and "Traceback" not in result.stderr
