"""Generate ``docs/your-data.md``: the layout of a data folder and each kind's fields, from the
registry (``fields_of``), so that the page never drifts from the code.

Run from the repository root: ``python tools/your_data_page.py`` (writes the page);
``tests/test_your_data_page.py`` checks that the committed page equals :func:`render`'s output.
"""

from __future__ import annotations

import sys
from pathlib import Path

from povcoop._base.layout import file_of
from povcoop._domain.entities import ENTITY_TYPES
from povcoop._domain.fields import Field, fields_of, rest_only
from povcoop._domain.values import Erratum, Evidence, Membership, PovertyLine, Quantity
from povcoop._loading.read import ALLOWED_EXTRA, MAX_FILE_BYTES, MAX_TOTAL_BYTES

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "your-data.md"

_AT_REST = {
    "value": "value",
    "texts": "array of text",
    "date": "date text: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`",
    "link": "the id of a record of `{target}`",
    "links": "array of ids of records of `{target}`",
    "refs": "array of `kind/id` references to records of any kind",
    "code": "a code of `{scheme}`",
    "codes": "array of codes of `{scheme}`",
    "nested": "object: see {nested}",
    "nested_list": "array of objects: see {nested}",
    "evidence": "array of objects: see Evidence",
    "text": "path of a UTF-8 text file inside the folder",
}

_VALUE_TYPES: dict[object, str] = {int: "integer", float: "number", int | float: "number"}

INTRO = f"""# Your own data

povcoop checks your records as strictly as its own and joins them to the shipped catalog.
Start from a minimal valid folder:

    python -m povcoop init my-data
    python -m povcoop validate my-data

`validate` prints every problem (file, record, id, field, code and message; `--format json`
for machines) and exits with status 1 when there is any, 0 with a summary otherwise.

## Loading

- `povcoop.load("my-data")`: the folder on its own; every reference must resolve inside it.
- `povcoop.load("my-data", base=povcoop.load())`: the folder onto the shipped catalog. Your
  records may refer to the shipped entities (`"country": "LAO"`, `"region": "asia"`) and quote
  the shipped texts (evidence whose `source` is the release, `cns-2021-03-10`). The result holds
  both, with your manifest. A record with the id of a shipped entity must equal it (it is then
  kept once); a different record with the same id is a `conflicting-id` problem, never a silent
  replacement. `validate --base` checks the same way.
- `povcoop.load("my-projects.json", base=povcoop.load())`: one file of records of one kind. The
  kind comes from the file's name (`projects.json`, `my-projects.json`, `my_projects.json`) or
  from `kind="projects"`. Its source texts are read beside it. A lone file keeps the base's
  manifest.
- `catalog.merge(other)`: two loaded catalogs together, with `other`'s manifest, under the same
  rule for shared ids.

Any problem raises `povcoop.DataError`, whose `problems` list every one, each with its file,
record index, id, field, `code` and message.

## Limits

A data folder is read defensively: only regular files inside the folder are read (a FIFO, a
device, a dangling link or a link anywhere on a file's path that leads out of the folder, such
as `texts -> /etc`, is a problem, not a hang or a leak; links that stay inside are followed).
Each part of a path is opened relative to its folder without following links, and each file is
checked on the descriptor it is then read from, so nothing can be swapped in between. Each file
is at most {MAX_FILE_BYTES:,} bytes (`load(path, max_bytes=...)` changes the limit) and one
load reads at most {MAX_TOTAL_BYTES:,} bytes in all, every file and link counted
(`load(path, max_total_bytes=...)`); links to one file share one copy of its text. Values
echoed into messages are shortened, and a file the layout does not know is reported rather
than ignored.

## The layout

    my-data/
      catalog.json        the manifest
      sources.json        one JSON array per kind, named <kind>.json
      projects.json
      ...
      texts/              the sources' texts (any path inside the folder)
        my-source.en.txt
      README.md           optional

A missing kind file is an empty kind. Besides the manifest, the kinds' files and
{", ".join(f"`{name}`" for name in sorted(ALLOWED_EXTRA))}, a folder holds nothing else; names
starting with a dot are ignored. Files are UTF-8 JSON without a byte-order mark; an object may
not repeat a key.

`catalog.json` is an object: `title` (text), `release` (the id of the source the data describe),
`data_version` (`MAJOR.MINOR.PATCH`) and, optionally, `license`.

## Vocabularies

A field with a vocabulary takes one of its values. A *closed* vocabulary takes nothing else; an
*open* one (a project's `type`) lists the release's values and accepts others: lower-case words
such as `capacity building`.

## The kinds and their fields

Each kind's file is a JSON array of objects with these fields ("required" fields must be given;
the others may be left out). Unknown fields are errors.
"""


def _where(field: Field) -> str:
    text = _AT_REST[field.role].format(
        target=field.target, scheme=field.scheme, nested=getattr(field.nested, "__name__", "")
    )
    if field.role == "value":
        plain = field.value_type
        text = f"a code of `{field.scheme}`" if field.scheme else _VALUE_TYPES.get(plain, "text")
    vocabulary = field.vocabulary
    if vocabulary:
        kind = "open" if field.open_vocabulary else "closed"
        text = f"{kind} vocabulary: " + ", ".join(f"`{value}`" for value in vocabulary)
    return text


def _table(cls: type) -> list[str]:
    lines = ["| field | required | at rest | meaning |", "| --- | --- | --- | --- |"]
    for field in fields_of(cls):
        if field.derived:
            continue
        doc = field.doc.replace("|", "\\|")
        lines.append(f"| `{field.at_rest}` | {'yes' if field.required else ''} | {_where(field)} | {doc} |")
    for extra in rest_only(cls):  # at rest only: the loader turns them into offsets
        lowest = extra.rest.ge if extra.rest is not None else None
        where = "a number" if lowest is None else f"a number from {lowest}"
        lines.append(f"| `{extra.name}` | | {where} | {extra.doc} |")
    return lines


def render() -> str:
    """The page, as Markdown."""
    parts = [INTRO]
    for kind, cls in ENTITY_TYPES.items():
        summary = (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
        parts.append(f"### {kind} (`{file_of(kind)}`)\n\n{summary}\n\n" + "\n".join(_table(cls)) + "\n")
    parts.append("## Objects inside records\n")
    values: tuple[type, ...] = (Evidence, Erratum, Membership, Quantity, PovertyLine)
    for value in values:
        summary = (value.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
        parts.append(f"### {value.__name__}\n\n{summary}\n\n" + "\n".join(_table(value)) + "\n")
    parts.append(
        "Stated evidence needs a `quote`, found verbatim in its source's text; inferred evidence "
        "needs a `note` giving the reasoning; external evidence cites an outside source.\n"
    )
    return "\n".join(parts)


def main() -> int:
    PAGE.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {PAGE}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
