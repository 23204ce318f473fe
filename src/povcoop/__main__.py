"""``python -m povcoop``: the command line (the summary of the shipped catalog by default)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _parser() -> argparse.ArgumentParser:
    from povcoop._version import __version__

    parser = argparse.ArgumentParser(
        prog="python -m povcoop",
        description="China's international poverty-reduction cooperation (China News Service, 10 March 2021) "
        "as a typed, linked and cited dataset. Without a command: print a summary of the shipped catalog.",
    )
    parser.add_argument("--version", action="version", version=f"povcoop {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (the process's arguments by default); the exit status."""
    _parser().parse_args(argv)
    from povcoop._catalog.load import load

    _write(load().summary() + "\n")
    return 0


def _write(text: str) -> None:
    """Write to standard output on any terminal encoding; a closed pipe ends quietly."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except UnicodeEncodeError:
        encoding = sys.stdout.encoding or "ascii"
        sys.stdout.buffer.write(text.encode(encoding, errors="replace"))
        sys.stdout.flush()


if __name__ == "__main__":
    raise SystemExit(main())
