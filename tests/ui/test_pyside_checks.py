"""PySide's per-module check, read from the file's bytes (ui/pyside_checks.py): the same
answers as PySide's own, and in place once the app's modules load."""
from __future__ import annotations

import importlib
import sys

import pytest

import PySide6.QtCore  # noqa: F401  (loads shibokensupport)
from annotator.ui import pyside_checks

feature = sys.modules.get("shibokensupport.feature")
pytestmark = pytest.mark.skipif(feature is None or not hasattr(feature, "_mod_uses_pyside"),
                                reason="this PySide has no per-module check")

MODULES = ["annotator.ui.palette", "annotator.ui.pyside_checks", "annotator.core.model",
           "annotator.store.database", "typing", "json", "sqlite3", "sys", "_sqlite3",
           "PySide6.QtCore", "PySide6", "tests.ui.test_pyside_checks"]


def test_the_byte_search_answers_as_pysides_own_check(tmp_path, monkeypatch):
    assert pyside_checks.install() is True
    ours = feature._mod_uses_pyside
    theirs = ours.__wrapped__  # PySide's own
    assert getattr(ours, pyside_checks.MARK) and not getattr(theirs, pyside_checks.MARK, False)
    answers = {}
    for name in MODULES:
        module = importlib.import_module(name)
        answers[name] = ours(module)
        assert answers[name] == theirs(module), name
    assert answers["annotator.ui.palette"] is True and answers["annotator.core.model"] is False
    # a source in another declared encoding, and one that is gone since it was imported
    latin = tmp_path / "latin_mod.py"
    latin.write_bytes(b"# -*- coding: latin-1 -*-\n# caf\xe9\nimport PySide6\n")
    gone = tmp_path / "gone_mod.py"
    gone.write_text("x = 'PySide6'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name, path in (("latin_mod", latin), ("gone_mod", gone)):
        module = importlib.import_module(name)
        if path is gone:
            path.unlink()
        assert ours(module) == theirs(module), name
    assert pyside_checks.install() is True  # a second install keeps the one in place
    assert feature._mod_uses_pyside is ours
