"""``python -m povcoop`` prints the shipped catalog's summary."""

from __future__ import annotations

import subprocess
import sys

import povcoop


def test_main_job_prints_the_summary() -> None:
    result = subprocess.run([sys.executable, "-m", "povcoop"], capture_output=True, text=True, check=True)
    out = result.stdout
    cat = povcoop.load()
    assert "China News Service, Beijing, 2021-03-10" in out
    for kind, collection in cat.collections.items():
        assert f"{len(collection)} {kind}" in out
    for region in cat.regions:
        assert region.name in out
    for project in cat.projects:
        assert project.name in out
    for metric in cat.metrics:
        assert metric.name in out and metric.type in out
    # Metrics as their sources word them, with their main caveats; never more digits than those.
    assert "“will lift 7.6 million people out of absolute poverty”" in out
    assert "7,600,000" not in out and "0.2 share" not in out
    assert "nearly one fifth (about 18% in 2020)" in out
    assert "Laos (LAO)" in out
    assert result.stderr == ""
