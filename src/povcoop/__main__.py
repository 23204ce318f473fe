"""``python -m povcoop``: the command line.

Without a command, a summary of the shipped catalog. ``export FORMAT OUTDIR`` writes a catalog
in a format other tools read; ``validate PATH`` checks a user's data folder and lists every
problem; ``init DIR`` writes a minimal valid folder to start from; ``import iati OUTDIR FILE...`` reads IATI
activity files into a data folder and shows what it did not map; ``validate FILE.xml`` checks an
IATI file against IATI's schema and povcoop's rules. Any error ends with one line
on standard error and a non-zero status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from povcoop._base.errors import clip

EXIT_PROBLEMS = 1
"""The data have problems (``validate``), or a command failed."""
EXIT_USAGE = 2
"""The command line itself is wrong (argparse's own status)."""


def _parser() -> argparse.ArgumentParser:
    from povcoop._base.version import __version__

    parser = argparse.ArgumentParser(
        prog="python -m povcoop",
        description="China's international poverty-reduction cooperation (China News Service, 10 March 2021) "
        "as a typed, linked and cited dataset. Without a command: print a summary of the shipped catalog.",
    )
    parser.add_argument("--version", action="version", version=f"povcoop {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    export = commands.add_parser("export", help="write a catalog in a format other tools read")
    export.add_argument("format", metavar="FORMAT", help="json, csv, datapackage, parquet, xlsx or iati")
    export.add_argument("outdir", metavar="OUTDIR", help="the folder to write (must be empty or absent)")
    export.add_argument("--catalog", metavar="PATH", help="export this data folder instead of the shipped catalog")
    export.add_argument("--overwrite", action="store_true", help="replace OUTDIR's content")
    export.add_argument(
        "--placeholders",
        action="store_true",
        help="iati only: where IATI requires what the data lack (a status, a start to the day, shares), "
        "write placeholders, marked as such in each activity's description and the file's header",
    )
    export.add_argument(
        "--lines",
        action="store_true",
        help="json only: write each kind as JSON Lines (projects.jsonl, one record a line), for large catalogs",
    )
    export.set_defaults(run=_export)

    validate = commands.add_parser(
        "validate", help="check a data folder, or an IATI activity file (FILE.xml), and list every problem"
    )
    validate.add_argument(
        "path", metavar="PATH", help="a data folder in povcoop's layout, or an IATI activity file (.xml)"
    )
    validate.add_argument(
        "--base", action="store_true", help="let the records reference the shipped catalog's entities and texts"
    )
    validate.add_argument("--format", choices=("text", "json"), default="text", help="how to print the problems")
    validate.set_defaults(run=_validate)

    import_ = commands.add_parser("import", help="read files of another standard into a povcoop data folder")
    import_.add_argument("standard", metavar="STANDARD", choices=("iati",), help="iati: IATI activity files")
    import_.add_argument("outdir", metavar="OUTDIR", help="the data folder to write (must be empty or absent)")
    import_.add_argument("files", metavar="FILE", nargs="+", help="IATI activity files (.xml) or folders of them")
    import_.add_argument(
        "--base", action="store_true", help="link to the shipped catalog's entities (and write them too)"
    )
    import_.add_argument("--overwrite", action="store_true", help="replace OUTDIR's content")
    import_.set_defaults(run=_import)

    init = commands.add_parser("init", help="write a minimal valid data folder to start from")
    init.add_argument("directory", metavar="DIR", help="the folder to create (must be empty or absent)")
    init.set_defaults(run=_init)
    return parser


def _summary(args: argparse.Namespace) -> int:
    from povcoop._catalog.load import load

    _write(load().summary() + "\n")
    return 0


def _export(args: argparse.Namespace) -> int:
    from povcoop._base.errors import DataError
    from povcoop._catalog.load import load
    from povcoop._export import export

    catalog = load(args.catalog) if args.catalog else load()
    try:
        path = export(
            catalog,
            args.format,
            args.outdir,
            overwrite=args.overwrite,
            placeholders=args.placeholders,
            lines=args.lines,
        )
    except DataError as error:
        if args.format != "iati":
            raise
        # Every activity and what it lacks, then how to opt in: the user needs the whole list.
        count = len(error.problems)
        lines = [f"povcoop: error: the data lack {count} thing{'s' if count != 1 else ''} IATI requires:"]
        lines += [f"  {problem}" for problem in error.problems]
        lines.append("Add them to the data, or write marked placeholders with --placeholders.")
        sys.stderr.write("\n".join(lines) + "\n")
        return EXIT_PROBLEMS
    _write(f"wrote {args.format} to {_shown(path)}\n")
    return 0


def _import(args: argparse.Namespace) -> int:
    from povcoop._catalog.load import load
    from povcoop._catalog.save import save
    from povcoop._iati_in.read import read_iati

    catalog = read_iati(*args.files, base=load() if args.base else None)
    path = save(catalog, args.outdir, overwrite=args.overwrite)
    counts = ", ".join(f"{len(c)} {kind}" for kind, c in catalog.collections.items() if len(c))
    lines = [f"wrote {counts} to {_shown(path)}"]
    lines.extend(_shown(line, limit=None) for line in catalog.unmapped_report().splitlines())
    lines.extend(f"note: {_shown(note, limit=None)}" for note in catalog.notes)
    _write("\n".join(lines) + "\n")
    return 0


def _validate(args: argparse.Namespace) -> int:
    from povcoop._base.errors import DataError
    from povcoop._catalog.catalog import Catalog
    from povcoop._catalog.load import load

    iati = str(args.path).lower().endswith(".xml")
    catalog: Catalog
    try:
        if iati:
            from povcoop._iati_in.read import read_iati

            catalog = read_iati(args.path, base=load() if args.base else None)
        else:
            catalog = load(args.path, base=load()) if args.base else load(args.path)
    except DataError as error:
        if args.format == "json":
            problems = [_problem_dict(p) for p in error.problems]
            _write(json.dumps({"valid": False, "problems": problems}, ensure_ascii=False, indent=2) + "\n")
        else:
            count = len(error.problems)
            lines = [f"{count} problem{'s' if count != 1 else ''} in {_shown(args.path)}:"]
            lines.extend(f"  {_shown(problem, limit=None)}" for problem in error.problems)
            _write("\n".join(lines) + "\n")
        return EXIT_PROBLEMS
    counts = {kind: len(collection) for kind, collection in catalog.collections.items() if len(collection)}
    if args.format == "json":
        _write(json.dumps({"valid": True, "counts": counts}, indent=2) + "\n")
    else:
        listed = ", ".join(f"{n} {kind}" for kind, n in counts.items()) or "no records"
        _write(f"{_shown(args.path)}: valid ({listed})\n")
    return 0


def _problem_dict(problem: Any) -> dict[str, Any]:
    return {
        "file": problem.file,
        "index": problem.index,
        "id": problem.id,
        "field": problem.field,
        "code": problem.code,
        "message": problem.message,
    }


def _init(args: argparse.Namespace) -> int:
    from povcoop._catalog.template import write_template

    path = write_template(args.directory)
    shown = _shown(path)
    _write(f"wrote a minimal data folder to {shown}; check it with: python -m povcoop validate {shown}\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (the process's arguments by default); the exit status.

    >>> main(["--help"])  # doctest: +ELLIPSIS
    usage: python -m povcoop ...
    0
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    run: Callable[[argparse.Namespace], int] = getattr(args, "run", _summary)
    try:
        return run(args)
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        problems = getattr(error, "problems", ())
        message = str(problems[0]) if problems else (str(error).splitlines() or [type(error).__name__])[0]
        count = len(problems)
        more = f" (and {count - 1} more problems; run validate for all)" if count > 1 else ""
        sys.stderr.write(f"povcoop: error: {_shown(message, limit=_MESSAGE_LIMIT)}{more}\n")
        return EXIT_PROBLEMS


_PATH_LIMIT = 200
_MESSAGE_LIMIT = 500


def _shown(value: object, limit: int | None = _PATH_LIMIT) -> str:
    """``value`` as text safe for a terminal: every character that is not printable (escape
    codes, line breaks, bytes of a name that is not UTF-8) as its Python escape, and clipped to
    ``limit`` characters, so that a path or an argument cannot move the cursor, recolour the
    terminal or fill the screen.

    >>> _shown("a\\x1b[31mb\\nc")
    'a\\\\x1b[31mb\\\\nc'
    """
    text = str(value)
    if not text.isprintable():
        text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if limit is None else clip(text, limit)


def _write(text: str) -> None:
    """Write to standard output on any terminal encoding."""
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        encoding = sys.stdout.encoding or "ascii"
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode(encoding, errors="replace"))
    sys.stdout.flush()


def _silence_stdout() -> None:
    """After a closed pipe: point standard output at nothing, so exiting flushes no error."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    raise SystemExit(main())
