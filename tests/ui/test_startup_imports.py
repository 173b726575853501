"""What the first paint of `annotator PROJECT` loads (issue 18, P1): none of the importers, the
statistics charts, the compare package or multiprocessing. Each of these once loaded on every
start without anything in the first frame needing it; this catches one coming back."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from annotator.project import Project
from tests.ui.workbench_support import add_docs

REPO = Path(__file__).resolve().parents[2]

#: modules the first paint must not need (most are installed here, so a stray import shows)
NOT_AT_START = ("trafilatura", "lxml", "pypdf", "docx", "numpy", "pyqtgraph", "dateparser",
                "langdetect", "Sastrawi", "sqlite_utils", "click", "multiprocessing",
                "annotator.ingest", "annotator.compare.clusters", "annotator.compare.matching",
                "annotator.project.clusters", "annotator.ui.comparison",
                "annotator.ui.statistics", "annotator.ui.dialogs.search_panel",
                # the search's thread pool, the id tokens' hmac, the conflict finder's
                # results and the exporters: each loaded by the facade at every start once
                "concurrent.futures", "secrets", "hmac", "annotator.compare.results",
                "annotator.export",
                # OpenSSL, for the sha256 of three short keys (core/digest.py)
                "_hashlib",
                # the inspector's form and its matches panel come with the first claim shown
                "annotator.ui.matches_panel", "annotator.ui.sources_hint",
                # the background analysis' runner comes with its first run, after the paint
                "annotator.ui.compare_worker", "annotator.project.background")

# The real launch (`annotator PROJECT`), stopped after the window's first show and paint, as
# benchmark P1 does; then the Comparison dock is opened, which builds its panel.
LAUNCH = """
import importlib.util, json, os, sys

class ShownHook:
    def find_spec(self, name, path=None, target=None):
        if name != "annotator.ui.main_window":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            show = module.MainWindow.show

            def shown(window):
                show(window)
                from PySide6.QtWidgets import QApplication
                QApplication.processEvents()
                at_start = sorted(sys.modules)
                import PySide6.QtWidgets as widgets  # PySide makes a Qt class' type when first used
                style_type = "QStyle" in vars(widgets)
                # classes the workbench never uses: made only by PySide's search for the class
                # of a widget Qt made (a viewport asked for before its wrapper exists)
                feature = sys.modules.get("shibokensupport.feature")
                check = getattr(feature, "_mod_uses_pyside", None)
                reads_bytes = ("no check" if check is None
                               else getattr(check, "_annotator_reads_bytes", False))
                unused_types = [n for n in ("QLCDNumber", "QCalendarWidget", "QWizard",
                                            "QMdiArea") if n in vars(widgets)]
                window.actions_["comparison"].trigger()
                QApplication.processEvents()
                print(json.dumps({"start": at_start, "style_type": style_type,
                                  "unused_types": unused_types,
                                  "reads_bytes": reads_bytes,
                                  "panel": window.comparison.isVisible(),
                                  "after": sorted(sys.modules)}), flush=True)
                if window.server is not None:  # its socket, as a normal exit removes it
                    window.server.close()
                os._exit(0)
            module.MainWindow.show = shown
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, ShownHook())
from annotator.launch import main
main([sys.argv[1]])
"""


def _loaded(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_the_first_paint_loads_neither_importers_nor_the_compare_package(tmp_path):
    import json

    path = tmp_path / "p.annot"
    with Project.create(path, annotator="t") as project:
        (doc,) = add_docs(project, "Sebuah kalimat yang cukup panjang untuk diklaim.")
        project.add_claim(doc.id, 0, 6, "verified")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
           "ANNOTATOR_CONFIG_DIR": str(tmp_path / "config"),
           "ANNOTATOR_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-c", LAUNCH, str(path)], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert "annotator.ui.main_window" in seen["start"]  # the window was built and painted
    assert [m for m in NOT_AT_START if _loaded(seen["start"], m)] == []
    # no QStyle reached from Python: its type's enums (hundreds of members) cost 15 ms
    assert seen["style_type"] is False
    # no search through every QWidget class for a viewport's (ui/known_wrappers.py): 16 ms
    assert seen["unused_types"] == []
    # PySide's check of each module imported reads its bytes (ui/pyside_checks.py): 14 ms
    assert seen["reads_bytes"] in (True, "no check")
    # the Comparison dock builds its panel when first shown
    assert seen["panel"] is True
    assert _loaded(seen["after"], "annotator.ui.comparison")
