"""The README's example runs as written, and its set-up commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_example_runs(capsys: object) -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)
    assert blocks, "the README has a Python example"
    namespace: dict[str, object] = {}
    exec(compile(blocks[0], "README.md", "exec"), namespace)
    assert "cat" in namespace


def test_ci_runs_the_readme_commands() -> None:
    commands = re.findall(r"```sh\n(.*?)\n```", README, flags=re.DOTALL)
    assert len(commands) == 3
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in commands:
        assert command.replace("pip install ", "pip install --quiet ") in ci


def test_the_layout_names_every_module_and_package_of_the_tree() -> None:
    layout = README.split("## Layout", 1)[1].split("```")[1]
    named = set(re.findall(r"([A-Za-z_]+(?:\.py|/))", layout))
    package = ROOT / "src" / "povcoop"
    present = {f"{p.name}/" if p.is_dir() else p.name for p in package.iterdir() if p.suffix == ".py" or p.is_dir()}
    present -= {"__pycache__/"}
    assert present <= named, f"the README's layout omits {sorted(present - named)}"
    stale = {name for name in named if name.startswith("_") and name not in present}
    assert not stale, f"the README's layout names what does not exist: {sorted(stale)}"
