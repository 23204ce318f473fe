"""``python -m povcoop``: print a summary of the shipped catalog."""

from __future__ import annotations

import sys


def main() -> int:
    """Print the shipped catalog's summary; the exit status is 0."""
    from povcoop._catalog import load
    from povcoop._helpers.summary import summary

    sys.stdout.write(summary(load()) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
