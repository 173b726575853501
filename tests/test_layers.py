"""The layers point one way: ui and cli reach the data only through the facade (annotator.project),
and nothing below imports anything above it.

An AST scan of every import in annotator/ (module-level, inside functions and under
TYPE_CHECKING alike, relative imports resolved) checked against the table below; the check is
proved able to fail on a small package that breaks each kind of rule.
"""
from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

#: Modules of ours that import nothing of ours: anyone may use them.
LEAVES = {"__init__", "settings", "resources"}

#: room → the rooms (or single modules, "room.module") it may import, besides itself and LEAVES.
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "store": {"core"},
    # the facade, and the packages beside it that it delegates to and that use it
    "project": {"core", "store", "ingest", "export", "compare", "agreement"},
    "ingest": {"core", "project"},
    "export": {"core", "project"},
    "compare": {"core", "project"},
    "agreement": {"core", "project"},
    # the front ends: the domain and the facade only
    "ui": {"core", "project"},
    "cli": {"core", "project", "launch"},
    # the program's entry: chooses GUI or command line; starts the page check before the
    # facade loads (store.early_check) and the window (ui.app)
    "launch": {"core", "project", "cli", "store.early_check", "ui.app"},
}


def imports_of(root: Path, package: str) -> list[tuple[str, str, str, int]]:
    """(importing room, imported module, file, line) for every import of `package` itself."""
    found = []
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        mod = parts[:-1] if is_pkg else parts
        room = mod[1] if len(mod) > 1 else "__init__"
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = mod if is_pkg else mod[:-1]
                    base = base[:len(base) - (node.level - 1)]
                    if node.module:
                        targets = [".".join([*base, node.module])]
                    else:  # from .. import x: x is a module, or a name of the package
                        targets = [".".join([*base, a.name])
                                   if _is_module(root, [*base, a.name]) else ".".join(base)
                                   for a in node.names]
                elif node.module:
                    targets = [node.module]
            for target in targets:
                if target.split(".")[0] == package:
                    found.append((room, target, str(path.relative_to(root)), node.lineno))
    return found


def _is_module(root: Path, parts: list[str]) -> bool:
    where = root.joinpath(*parts)
    return where.with_suffix(".py").is_file() or (where / "__init__.py").is_file()


def violations(root: Path, package: str) -> list[str]:
    out = []
    for room, target, where, line in imports_of(root, package):
        tparts = target.split(".")
        troom = tparts[1] if len(tparts) > 1 else "__init__"
        module = ".".join(tparts[1:3])
        if troom == room:
            continue
        if room in LEAVES and room != "__init__":
            out.append(f"{where}:{line}: {room} is a leaf module but imports {target}")
            continue
        if troom in LEAVES:
            continue
        allowed = ALLOWED.get(room)
        if allowed is None:
            out.append(f"{where}:{line}: {room} is not a known room (add it to ALLOWED)")
        elif troom not in allowed and module not in allowed:
            out.append(f"{where}:{line}: {room} may not import {target}")
    return out


def test_the_layers_point_one_way():
    assert violations(REPO, "annotator") == []


def test_every_room_is_known():
    rooms = {p.name for p in (REPO / "annotator").iterdir()
             if p.is_dir() and (p / "__init__.py").exists()}
    rooms |= {p.stem for p in (REPO / "annotator").glob("*.py")}
    assert rooms <= set(ALLOWED) | LEAVES, rooms - set(ALLOWED) - LEAVES


def test_the_scan_sees_function_level_and_type_checking_imports():
    seen = {(room, target) for room, target, _, _ in imports_of(REPO, "annotator")}
    assert ("ingest", "annotator.project") in seen  # under TYPE_CHECKING in ingest.runner
    assert ("cli", "annotator.project.imports") in seen  # inside the import command


def test_the_check_catches_each_kind_of_breach(tmp_path):
    pkg = tmp_path / "fakeapp"
    for room in ("core", "store", "project", "ui", "cli"):
        (pkg / room).mkdir(parents=True)
        (pkg / room / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "settings.py").write_text("from .core import x\n")  # a leaf that is not one
    (pkg / "core" / "model.py").write_text("import json\n")
    (pkg / "store" / "db.py").write_text("from ..core import model\n")  # fine
    (pkg / "store" / "up.py").write_text("def f():\n    from ..project import facade\n")
    (pkg / "project" / "facade.py").write_text("from ..store import db\n")  # fine
    (pkg / "ui" / "window.py").write_text("from ..project import facade\nfrom ..store.db import x\n")
    (pkg / "cli" / "main.py").write_text("import fakeapp.store.db\nfrom fakeapp import settings\n")
    (pkg / "plugin.py").write_text("from .core import model\n")  # a room nobody placed

    assert violations(tmp_path, "fakeapp") == [
        "fakeapp/cli/main.py:1: cli may not import fakeapp.store.db",
        "fakeapp/plugin.py:1: plugin is not a known room (add it to ALLOWED)",
        "fakeapp/settings.py:1: settings is a leaf module but imports fakeapp.core",
        "fakeapp/store/up.py:2: store may not import fakeapp.project",
        "fakeapp/ui/window.py:2: ui may not import fakeapp.store.db",
    ]


#: The facade's edits: in the GUI, only the operations (and the undo adapter, which replays
#: them) may call these on the project, so every GUI edit is one undo step made in one place.
FACADE_EDITS = {"add_claim", "set_verdict", "update_claim", "delete_claim", "add_evidence",
                "remove_evidence", "add_link", "remove_link", "remove_document",
                "update_document", "set_language", "add_documents", "restore_records",
                "restore_fields"}


def edits_outside_operations(ui: Path) -> list[str]:
    found = []
    for path in sorted(ui.rglob("*.py")):
        rel = path.relative_to(ui)
        if rel.parts[0] == "operations" or rel.name == "undo.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                name, receiver = node.func.attr, ast.unparse(node.func.value)
                if (name in FACADE_EDITS and "project" in receiver) or (
                        name == "run" and receiver.endswith("adapter")):
                    found.append(f"{rel}:{node.lineno} calls {name}")
    return found


def test_every_gui_edit_is_made_in_the_operations():
    assert edits_outside_operations(REPO / "annotator" / "ui") == []


def test_the_operations_check_can_fail(tmp_path):
    (tmp_path / "operations").mkdir()
    (tmp_path / "operations" / "claims.py").write_text("def f(a):\n    a.project.add_claim(1)\n")
    (tmp_path / "panel.py").write_text("def g(w):\n    w.adapter.run('x', lambda: 0)\n"
                                      "    w.project.set_verdict('c', 'verified')\n"
                                      "    ops.set_verdict(w.adapter, 'c', 'verified')\n")
    assert edits_outside_operations(tmp_path) == ["panel.py:2 calls run", "panel.py:3 calls set_verdict"]
