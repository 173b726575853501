"""Only annotator/ui may import Qt: everything else must import, and work, with PySide6 absent.

Two checks, because each misses what the other sees: a child process imports every non-ui module
with a meta-path finder that refuses PySide6/shiboken6 (catches imports through third-party
code), and an AST scan finds Qt imports hidden inside functions (which a plain import misses).
Both are proved able to fail on a tiny package with a non-ui module importing Qt.
"""
from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QT_ROOTS = ("PySide6", "shiboken6", "PyQt5", "PyQt6")

CHILD = textwrap.dedent("""
    import importlib, importlib.abc, json, sys, traceback
    QT = {qt!r}

    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in QT:
                raise ImportError(f"Qt is blocked outside the ui package: {{name}}")
            return None

    sys.meta_path.insert(0, BlockQt())
    sys.path.insert(0, {root!r})
    failures = {{}}
    for module in json.loads(sys.argv[1]):
        try:
            importlib.import_module(module)
        except BaseException as exc:
            failures[module] = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in QT)
    print(json.dumps({{"failures": failures, "qt_loaded": loaded}}))
""")


def non_ui_modules(root: Path, package: str) -> list[str]:
    out = []
    for path in sorted((root / package).rglob("*.py")):
        rel = path.relative_to(root).with_suffix("")
        parts = list(rel.parts)
        if parts[1:2] == ["ui"] or parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out.append(".".join(parts))
    return out


def import_without_qt(root: Path, package: str) -> dict:
    script = CHILD.format(qt=QT_ROOTS, root=str(root))
    res = subprocess.run([sys.executable, "-c", script, json.dumps(non_ui_modules(root, package))],
                         capture_output=True, text=True, timeout=120, cwd=str(root))
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout.strip().splitlines()[-1])


def qt_imports_in_source(root: Path, package: str) -> list[str]:
    found = []
    for path in sorted((root / package).rglob("*.py")):
        rel = path.relative_to(root)
        if rel.parts[1:2] == ("ui",):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", ""))
                  in ("import_module", "__import__") and node.args
                  and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                names = [node.args[0].value]
            for name in names:
                if name.split(".")[0] in QT_ROOTS:
                    found.append(f"{rel}:{node.lineno} imports {name}")
    return found


def test_every_non_ui_module_imports_without_qt():
    modules = non_ui_modules(REPO, "annotator")
    assert "annotator.cli" in modules and "annotator.project" in modules
    assert not any(m.startswith("annotator.ui") for m in modules)
    result = import_without_qt(REPO, "annotator")
    assert result["failures"] == {}
    assert result["qt_loaded"] == []


def test_no_non_ui_source_mentions_a_qt_import():
    assert qt_imports_in_source(REPO, "annotator") == []


def test_the_checks_catch_a_non_ui_module_importing_qt(tmp_path):
    pkg = tmp_path / "fakeapp"
    (pkg / "core").mkdir(parents=True)
    (pkg / "ui").mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "core" / "__init__.py").write_text("")
    (pkg / "core" / "clean.py").write_text("import json\n")
    (pkg / "core" / "sneaky.py").write_text("from PySide6.QtCore import QObject\n")
    (pkg / "core" / "lazy.py").write_text("def f():\n    import shiboken6\n")
    (pkg / "ui" / "__init__.py").write_text("")
    (pkg / "ui" / "window.py").write_text("from PySide6.QtWidgets import QWidget\n")

    assert non_ui_modules(tmp_path, "fakeapp") == [
        "fakeapp", "fakeapp.core", "fakeapp.core.clean", "fakeapp.core.lazy", "fakeapp.core.sneaky"]
    result = import_without_qt(tmp_path, "fakeapp")
    assert list(result["failures"]) == ["fakeapp.core.sneaky"]
    assert "Qt is blocked" in result["failures"]["fakeapp.core.sneaky"]
    found = qt_imports_in_source(tmp_path, "fakeapp")
    assert found == ["fakeapp/core/lazy.py:2 imports shiboken6",
                     "fakeapp/core/sneaky.py:1 imports PySide6.QtCore"]
