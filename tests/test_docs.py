"""The documentation site: its generated pages are current, its examples run, and it builds.

The site build (``-m docs`` selects it, ``-m "not docs"`` leaves it out) runs Sphinx with ``-W``
in a subprocess; it is skipped when the docs extra is not installed.
"""

from __future__ import annotations

import doctest
import importlib.util
import inspect
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import povcoop

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
REGENERATE = "run `python tools/generate_docs.py`"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_docs", ROOT / "tools" / "generate_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generate_docs = _generator()
GENERATED: dict[str, str] = generate_docs.pages()


# -- the generated pages ------------------------------------------------------------------------


@pytest.mark.parametrize("page", sorted(GENERATED))
def test_generated_page_is_current(page: str) -> None:
    path = DOCS / page
    assert path.exists(), f"docs/{page} is missing: {REGENERATE}"
    assert path.read_text(encoding="utf-8") == GENERATED[page], f"docs/{page} is out of date: {REGENERATE}"


def test_no_stale_data_pages() -> None:
    committed = {f"data/{path.name}" for path in (DOCS / "data").glob("*.md")}
    assert committed <= set(GENERATED), f"data pages of no kind: {committed - set(GENERATED)}; {REGENERATE}"


def test_the_api_reference_documents_every_public_name() -> None:
    api = GENERATED["api.md"]
    documented = set(re.findall(r"^\.\. (?:autoclass|autofunction|automodule):: povcoop\.(\w+)$", api, flags=re.M))
    documented |= set(re.findall(r"^\.\. py:data:: (\w+)\n   :module: povcoop$", api, flags=re.M))
    assert documented == set(povcoop.__all__)


def test_the_data_dictionary_covers_every_field_and_vocabulary() -> None:
    from povcoop._base.vocab import VOCABULARIES
    from povcoop._domain.entities import ENTITY_TYPES
    from povcoop._domain.fields import fields_of

    page = GENERATED["data-dictionary.md"]
    for kind, entity_type in ENTITY_TYPES.items():
        section = page.split(f"(kind-{kind})=\n", 1)[1].split("\n(", 1)[0]
        for field in fields_of(entity_type):
            row = next((line for line in section.splitlines() if line.startswith(f"| `{field.name}` |")), None)
            assert row is not None, f"{kind}.{field.name} is not in the data dictionary"
            assert field.doc.split()[0] in row
            if field.target:
                assert f"#kind-{field.target}" in row
            if field.scheme:
                assert f"`{field.scheme}`" in row
            for value in field.vocabulary or ():
                assert f"`{value}`" in row
    for name, values in VOCABULARIES.items():
        assert f"### {name}\n" in page
        assert all(f"`{value}`" in page for value in values)


def test_the_data_pages_hold_every_record_and_every_piece_of_evidence() -> None:
    cat = povcoop.load()
    for kind, collection in cat.collections.items():
        page = GENERATED[f"data/{kind}.md"]
        for entity in collection:
            assert f"({generate_docs.label(kind, entity.id)})=\n" in page
            for ev in entity.evidence:
                assert generate_docs.escape(povcoop.cite(ev).removeprefix("Inferred: ")) in page
    assert cat.release.text is not None
    assert cat.release.text.rstrip("\n") in GENERATED["data/sources.md"]


def test_escaped_text_reads_back_as_written() -> None:
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py comes with the docs extra")
    MarkdownIt = markdown_it.MarkdownIt

    text = "a *b* _c_ [d](e) <f> `g` #h {i} |j| ~k~ $l$ \\m"
    rendered = MarkdownIt("commonmark").renderInline(generate_docs.escape(text))
    assert rendered == text.replace("<", "&lt;").replace(">", "&gt;")


# -- the examples of the hand-written pages ------------------------------------------------------


def test_the_index_shows_the_readme_example() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    example = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)[0]
    assert f"```python\n{example}```" in index, "docs/index.md's example differs from the README's"


def _blocks(text: str, language: str) -> list[tuple[int, str]]:
    """Each fenced block of ``language``: the line it starts on, and its content."""
    found = []
    for match in re.finditer(rf"^```{language}\n(.*?)^```$", text, flags=re.MULTILINE | re.DOTALL):
        found.append((text.count("\n", 0, match.start()) + 2, match.group(1)))
    return found


def test_the_index_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    ((_, example),) = _blocks((DOCS / "index.md").read_text(encoding="utf-8"), "python")
    namespace: dict[str, Any] = {}
    exec(compile(example, "docs/index.md", "exec"), namespace)
    assert "Laos" in capsys.readouterr().out


@pytest.mark.parametrize("page", ["guide.md", "cite.md", "exports.md"])
def test_the_examples_of_a_page_run_as_shown(page: str) -> None:
    """The ``pycon`` blocks of a page run in order in one namespace, as a reader would type
    them, and print what the page shows."""
    path = DOCS / page
    blocks = _blocks(path.read_text(encoding="utf-8"), "pycon")
    assert blocks, f"docs/{page} has no examples"
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    namespace: dict[str, Any] = {}
    report: list[str] = []
    for line, block in blocks:
        test = parser.get_doctest(block, namespace, f"docs/{page}", str(path), line - 1)
        runner.run(test, out=report.append, clear_globs=False)
        namespace = test.globs  # a DocTest works on a copy of the namespace it is given
    assert runner.failures == 0, "".join(report)
    assert runner.tries >= len(blocks)


# -- the site ---------------------------------------------------------------------------------------


@pytest.mark.docs
def test_the_site_builds_without_warnings(tmp_path: Path) -> None:
    for module in ("sphinx", "myst_nb", "furo", "sphinx_autodoc_typehints"):
        pytest.importorskip(module, reason='the docs extra is not installed: pip install -e ".[docs]"')
    output = tmp_path / "html"
    command = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html", str(DOCS), str(output)]
    command += ["-d", str(tmp_path / "doctrees")]
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
    assert result.returncode == 0, result.stderr[-5000:]
    pages = [
        "index",
        "guide",
        "cite",
        "exports",
        "your-data",
        "scale",
        "iati",
        "methodology",
        "architecture",
        "changelog",
        "data-dictionary",
        "api",
    ]
    pages += ["data/index"]
    pages += [f"data/{kind}" for kind in povcoop.load().collections]
    for page in pages:
        assert (output / f"{page}.html").is_file(), f"{page}.html was not built"
    api = (output / "api.html").read_text(encoding="utf-8")
    for name in povcoop.__all__:
        anchor = f"module-povcoop.{name}" if inspect.ismodule(getattr(povcoop, name)) else f"povcoop.{name}"
        assert f'id="{anchor}"' in api, f"povcoop.{name} is not in the API reference"
    projects = (output / "data" / "projects.html").read_text(encoding="utf-8")
    assert 'id="projects-east-asia-poverty-reduction-demonstration"' in projects
    if (DOCS / "tutorial.ipynb").exists():
        tutorial = (output / "tutorial.html").read_text(encoding="utf-8")
        assert "cell_output" in tutorial, "the tutorial's outputs are not in the built page"
