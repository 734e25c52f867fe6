"""The pipeline shows in the tree, and the imports hold its direction: each
stage imports only the model and the stages before it."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest

import generator

# Under mutation testing the modules are rewritten with a trampoline for every
# function: their length and imports are mutmut's, not ours.
pytestmark = pytest.mark.skipif("MUTANT_UNDER_TEST" in os.environ or
                                "mutants" in Path(generator.__file__).parts,
                                reason="the tree is mutmut's copy")

ROOT = Path(generator.__file__).parent
STAGES = ["load", "annotate", "resolve", "render", "write"]
# What each part of the package may import, besides itself and the JSON Schemas.
ALLOWED = {
    "model": set(),
    **{stage: {"model", *STAGES[:i]} for i, stage in enumerate(STAGES)},
    "pipeline": {"model", *STAGES},
    "preview": {"model", *STAGES},
    "hooks": {"model", *STAGES, "pipeline", "preview"},
    "tools": {"model", *STAGES},
    "cli": {"model", *STAGES, "pipeline", "preview", "tools"},
}


def _part(module: str) -> str:
    """`generator.render.pages` -> "render"."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _imports(path: str, source: str) -> set[str]:
    """The modules of ours that the module at `path` (`render/pages.py`)
    imports, as absolute names."""
    parts = ["generator", *Path(path).with_suffix("").parts]
    package = parts[:-1]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[: len(package) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found |= {base} | {f"{base}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name.split(".")[0] == "generator"}


def violations(modules: dict[str, str]) -> list[str]:
    """`path imports name` for every import against the direction."""
    wrong = []
    for path, source in sorted(modules.items()):
        part = _part("generator." + Path(path).with_suffix("").as_posix().replace("/", "."))
        allowed = ALLOWED.get(part, set()) | {part, "schemas", ""}
        wrong += [f"{path} imports {name}" for name in sorted(_imports(path, source))
                  if _part(name) in ALLOWED and _part(name) not in allowed]
    return wrong


def test_each_stage_imports_only_the_model_and_earlier_stages() -> None:
    modules = {f.relative_to(ROOT).as_posix(): f.read_text(encoding="utf-8")
               for f in ROOT.rglob("*.py")}
    assert len(modules) > 30
    assert violations(modules) == []


def test_the_check_sees_an_import_against_the_direction() -> None:
    assert violations({"model/x.py": "from ..render import render\n",
                       "load/y.py": "from generator.annotate import annotate\n",
                       "render/z.py": "from ..resolve import resolve\nfrom . import body\n"}) == [
        "load/y.py imports generator.annotate", "load/y.py imports generator.annotate.annotate",
        "model/x.py imports generator.render", "model/x.py imports generator.render.render"]


def test_the_stages_are_folders_and_no_module_is_long() -> None:
    assert all((ROOT / stage / "__init__.py").is_file() for stage in [*STAGES, "model"])
    long = [f"{f.relative_to(ROOT)}: {n} lines" for f in ROOT.rglob("*.py")
            if (n := len(f.read_text(encoding="utf-8").splitlines())) > 300]
    assert long == []
