"""The package's layers, checked from the import graph of the source (issue 15).

Each layer imports only from layers below it; no module-level import cycles; an import inside
a function is either a command module's lazy import (start-up speed) or a heavy/optional
dependency, and says why in a comment on its line; no private name crosses modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "cp_textmine"

#: (layer, module-name prefixes). The most specific prefix wins.
LAYERS = {
    "cp_textmine.records": 0, "cp_textmine.config": 0, "cp_textmine.errors": 0, "cp_textmine.faults": 0,
    "cp_textmine.pdf": 1,
    "cp_textmine.read": 2,
    "cp_textmine.classify": 3,
    "cp_textmine.store": 4,
    "cp_textmine.pipeline": 5,
    "cp_textmine.scan": 6, "cp_textmine.annotate": 6, "cp_textmine.evaluation": 6, "cp_textmine.report": 6,
    "cp_textmine.export": 6, "cp_textmine.structure_eval": 6,
    "cp_textmine.cli": 7, "cp_textmine.cli_common": 7, "cp_textmine.train_cli": 7, "cp_textmine.demo": 7,
    "cp_textmine.scan.cli": 7, "cp_textmine.annotate.cli": 7, "cp_textmine.__main__": 7,
    "cp_textmine": 8,  # the front door re-exports lazily
}  # fmt: skip
SYNTH = "cp_textmine.synth"
#: the one seam into the optional generator: training data, imported lazily
SYNTH_SEAMS = {"cp_textmine.classify.dataset"}


def layer_of(module: str) -> int:
    best = max((p for p in LAYERS if module == p or module.startswith(p + ".")), key=len)
    return LAYERS[best]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[tuple[str, list[str], bool, int]]:
    """(imported module, names, inside a function, line) for every import of ours."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    inner = {
        id(sub)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        for sub in ast.walk(node)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import; use absolute cp_textmine.* names"
            found.append(
                (node.module or "", [a.name for a in node.names], id(node) in inner, node.lineno)
            )
        elif isinstance(node, ast.Import):
            for alias in node.names:
                found.append((alias.name, [], id(node) in inner, node.lineno))
    return found


def product_modules() -> dict[str, Path]:
    return {
        module_name(p): p for p in PACKAGE.rglob("*.py") if not module_name(p).startswith(SYNTH)
    }


def target_module(module: str, names: list[str], known: set[str]) -> list[str]:
    """``from cp_textmine.x import y`` imports module x.y when y is a module, else x."""
    subs = [f"{module}.{n}" for n in names if f"{module}.{n}" in known]
    return subs or [module]


def test_every_import_points_down_the_layers() -> None:
    modules = product_modules()
    known = set(modules) | {module_name(p) for p in PACKAGE.rglob("*.py")}
    upward = []
    for name, path in modules.items():
        for module, names, _inner, line in imports(path):
            if not module.startswith("cp_textmine"):
                continue
            for target in target_module(module, names, known):
                if target.startswith(SYNTH):
                    if name not in SYNTH_SEAMS:
                        upward.append(f"{name}:{line} imports the optional generator {target}")
                    continue
                if layer_of(target) > layer_of(name):
                    upward.append(f"{name}:{line} (layer {layer_of(name)}) imports {target} "
                                  f"(layer {layer_of(target)})")  # fmt: skip
    assert upward == []


def test_no_module_level_import_cycles() -> None:
    modules = product_modules()
    known = set(modules)
    graph = {
        name: {
            t
            for module, names, inner, _ in imports(path)
            if module.startswith("cp_textmine") and not inner
            for t in target_module(module, names, known)
            if t in known and t != name
        }
        for name, path in modules.items()
    }
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join([*stack[stack.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    assert cycles == []


def test_imports_inside_functions_say_why() -> None:
    unexplained = []
    for name, path in product_modules().items():
        lines = path.read_text(encoding="utf-8").splitlines()
        tree = ast.parse("\n".join(lines))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Import | ast.ImportFrom):
                        text = "\n".join(lines[sub.lineno - 1 : sub.end_lineno])
                        if "#" not in text:
                            unexplained.append(f"{name}:{sub.lineno}")
    assert unexplained == []


def test_no_private_names_cross_modules() -> None:
    crossing = [
        f"{name}:{line} imports {n} from {module}"
        for name, path in product_modules().items()
        for module, names, _, line in imports(path)
        if module.startswith("cp_textmine")
        for n in names
        if n.startswith("_") and not n.startswith("__")
    ]
    assert crossing == []


@pytest.mark.parametrize("module", ["cp_textmine.pdf", "cp_textmine.read", "cp_textmine.pipeline"])
def test_layer_packages_exist(module: str) -> None:
    """The folders name the steps; a test fails if one is folded back into another."""
    assert (PACKAGE / module.split(".")[1] / "__init__.py").exists()
