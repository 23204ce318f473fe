"""``python -m povcoop init DIR``: a minimal valid data folder to start from.

The folder holds the manifest, one source with its text, one project citing it with a stated
quote, and a README.md that explains each file. It loads on its own (``povcoop.load(DIR)``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Final

from povcoop._loading.write import dumps

SOURCE_ID: Final = "my-source"
PROJECT_ID: Final = "my-first-project"
TEXT: Final = (
    "Replace this file with the text of your source, exactly as published.\n"
    "Every stated piece of evidence quotes it verbatim; povcoop finds each quote in it.\n"
    "For example, a project record may quote this sentence: the example project trains "
    "farmers in mushroom growing.\n"
)
QUOTE: Final = "the example project trains farmers in mushroom growing"

README: Final = f"""# A povcoop data folder

Made by `python -m povcoop init`. Check it at any time with

    python -m povcoop validate .

and load it with `povcoop.load("path/to/this/folder")`. To let your records refer to the
shipped catalog's countries, regions, organisations and the release itself (`"country": "LAO"`,
evidence whose `source` is `cns-2021-03-10`), load it onto the shipped catalog:
`povcoop.load("path/to/this/folder", base=povcoop.load())`, or `validate --base`.

## The files

- `catalog.json`: the manifest. `title` names your data; `release` is the id of the source the
  data describe (a source in `sources.json`, or the shipped release when loading onto the
  shipped catalog); `data_version` is `MAJOR.MINOR.PATCH`, bumped when a file changes;
  `license` is optional.
- `sources.json`: a JSON array of sources. `{SOURCE_ID}` is an example: replace its title,
  publisher, date and text. A source whose records quote it ships its text (`text_file`).
- `texts/{SOURCE_ID}.en.txt`: the text of that source, UTF-8 without a byte-order mark.
  Quotes are found in it verbatim.
- `projects.json`: a JSON array of projects. `{PROJECT_ID}` cites the source with a stated
  quote: `basis` is `stated`, `source` the source's id, `quote` its exact words.
- Any other kind goes in its own file: `people.json`, `organizations.json`, `regions.json`,
  `countries.json`, `sectors.json`, `concepts.json`, `initiatives.json`, `metrics.json`,
  `events.json`, `statements.json`. A missing file is an empty kind. Any other file in the
  folder is reported (a misnamed `project.json` would otherwise be silently ignored); this
  README is allowed.

Each kind's fields, with their meaning, are listed in povcoop's documentation (`docs/your-data.md`)
and in its JSON Schema (`povcoop.json_schema()`).
"""


def files() -> dict[str, Any]:
    """The folder's files, by path: parsed JSON values for ``.json`` files, text for the others."""
    return {
        "catalog.json": {"title": "My povcoop data", "release": SOURCE_ID, "data_version": "0.1.0"},
        "sources.json": [
            {
                "id": SOURCE_ID,
                "name": "My source",
                "type": "report",
                "title": "The title of my source, as published",
                "publisher": "Its publisher",
                "published": "2021-03",
                "language": "en",
                "text_file": f"texts/{SOURCE_ID}.en.txt",
            }
        ],
        "projects.json": [
            {
                "id": PROJECT_ID,
                "name": "Mushroom-growing training for farmers",
                "type": "training",
                "status": "reported",
                "evidence": [{"basis": "stated", "source": SOURCE_ID, "quote": QUOTE}],
            }
        ],
        f"texts/{SOURCE_ID}.en.txt": TEXT,
        "README.md": README,
    }


def write_template(directory: str | os.PathLike[str]) -> Path:
    """Write a minimal valid data folder at ``directory`` (created; it must be absent or empty).

    Raises FileExistsError for a non-empty folder or a file in the way.

    >>> import povcoop, tempfile, pathlib
    >>> folder = write_template(pathlib.Path(tempfile.mkdtemp()) / "mine")
    >>> povcoop.load(folder).projects.ids()
    ('my-first-project',)
    """
    path = Path(directory)
    if path.exists() and not path.is_dir():
        raise FileExistsError(f"{path} exists and is not a folder")
    if path.is_dir() and any(path.iterdir()):
        raise FileExistsError(f"{path} is not empty; init writes a new folder")
    for name, value in files().items():
        target = path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        text = value if isinstance(value, str) else dumps(value)
        with open(target, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
    return path
