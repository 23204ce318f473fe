"""The tutorial runs, top to bottom, in a real Jupyter kernel, and is committed without outputs."""

from __future__ import annotations

from pathlib import Path

import pytest

TUTORIAL = Path(__file__).resolve().parents[1] / "docs" / "tutorial.ipynb"

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")


def test_the_tutorial_is_committed_without_outputs() -> None:
    notebook = nbformat.read(TUTORIAL, as_version=4)
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


# jupyter_client and zmq warn about their own deprecations; the notebook's errors still fail.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::RuntimeWarning")
def test_the_tutorial_runs_in_a_kernel(tmp_path: Path) -> None:
    notebook = nbformat.read(TUTORIAL, as_version=4)
    # The kernel inherits this process's environment: an editable install, or PYTHONPATH=src.
    client = nbclient.NotebookClient(
        notebook, kernel_name="python3", timeout=600, resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    html = [output for output in outputs if "text/html" in output.get("data", {})]
    images = [output for output in outputs if "image/png" in output.get("data", {})]
    assert len(html) >= 5, "the catalog, entities, evidence, collections and frames show as HTML"
    assert len(images) == 3, "three plots"
    text = "".join(str(output.get("text", "")) for output in outputs)
    assert "is not a value of status" in text and "restates: World Bank" in text
