"""The GUI in Bahasa Indonesia: the catalogue is complete, keeps every placeholder, matches
what the code asks for, and the windows really show it (screenshots in tests/artifacts)."""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMenu

from annotator.core.model import Verdict
from annotator.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "annotator_id.ts"
ARTIFACTS = ROOT / "tests" / "artifacts"
PLACEHOLDER = re.compile(r"%(?:\d+|n|Ln)")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(c.findtext("name"), m.findtext("source"), m) for c in root.iter("context")
            for m in c.iter("message")]


def translations(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


def test_every_string_is_translated_with_the_same_placeholders():
    found = messages(TS)
    assert len(found) > 400
    problems = []
    for context, source, message in found:
        tr = message.find("translation")
        if tr.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} is {tr.get('type')}")
            continue
        for text in translations(message):
            if not text.strip() and source.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} → {text!r} changes the placeholders")
    assert not problems, "\n".join(problems)


def test_menu_accelerators_and_entries_are_unique_per_menu(qtbot, tmp_path):
    """Each menu's keys and names tell its entries apart: the View menu once listed the claim
    panel and the claims table both as "Klaim" (Indonesian has one word for claim and claims)."""
    window = _indonesian_window(qtbot, tmp_path)
    try:
        menus = [a.menu() for a in window.menuBar().actions() if a.menu()]
        bar = [a.text() for a in window.menuBar().actions()]
        for texts in [bar] + [[a.text() for a in m.actions() if not a.isSeparator()] for m in menus]:
            keys = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&])", t))]
            assert len(keys) == len(set(keys)), texts
            names = [t.replace("&", "") for t in texts]
            assert len(names) == len(set(names)), texts
    finally:
        _close(window)


def test_the_catalogue_holds_every_string_the_code_has(tmp_path):
    """lupdate over annotator/ui again: a new string that is not in the committed .ts (run
    `python packaging/update_translations.py` and translate it) fails here."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import update_translations as update
    finally:
        sys.path.pop(0)
    fresh = tmp_path / "annotator_id.ts"
    done = subprocess.run([*update.lupdate(), *update.sources(), "-locations", "none",
                           "-ts", str(fresh)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    committed = {(c, s) for c, s, _ in messages(TS)}
    assert in_code - committed == set(), "not in the .ts: run packaging/update_translations.py"
    assert committed - in_code == set(), "no longer in the code: run update_translations.py"


def test_language_follows_the_system_locale_unless_chosen():
    indonesian = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert i18n.language_for("auto", indonesian) == "id"
    assert i18n.language_for("auto", german) == "en"
    assert i18n.language_for("en", indonesian) == "en"
    assert i18n.language_for("id", german) == "id"


def test_a_source_tree_compiles_the_catalogue_into_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(tmp_path))
    shipped = TS.with_suffix(".qm")
    qm = i18n.catalogue("id")
    if shipped.is_file() and shipped.stat().st_mtime >= TS.stat().st_mtime:
        assert qm == shipped
    else:
        assert qm == tmp_path / "translations" / "annotator_id.qm" and qm.stat().st_size > 1000
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Menus", "&File") == "&Berkas"
    assert i18n.catalogue("en") is None


def test_arg_fills_placeholders_in_order_and_numbers_in_the_locale():
    app = QApplication.instance() or QApplication([])
    i18n.install(app, "id")
    try:
        assert i18n.arg("%1 dari %2 (%10)", 3, 1234, *range(3, 10), "x") == "3 dari 1.234 (x)"
        assert i18n.plural("%n file(s)", 1) == "%n file"
    finally:
        i18n.uninstall(app)
    i18n.install(app, "en")
    try:
        assert i18n.arg("%1 of %2", 3, 1234) == "3 of 1,234"
        assert i18n.plural(QCoreApplication.translate("ImportDialog", "%n file(s)", None, 2), 2) \
            == "2 files"
    finally:
        i18n.uninstall(app)


class RecordingTranslator(QTranslator):
    """The Indonesian catalogue, noting every text of ours that it has no translation for."""

    def __init__(self, qm: Path, contexts: set[str]) -> None:
        super().__init__()
        assert self.load(str(qm))
        self.contexts = contexts
        self.missing: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        found = super().translate(context, source, disambiguation, n)
        if not found and source and context not in ("QObject",) and not context.startswith("Q") \
                and re.search(r"[A-Za-z]{2}", source):
            self.missing.add((context, source))
        return found


def _indonesian_window(qtbot, tmp_path, recorder: RecordingTranslator | None = None):
    from annotator.project import Project
    from annotator.project.demo import build_demo
    from tests.ui.workbench_support import make_window

    app = QApplication.instance()
    i18n.install(app, "id")
    if recorder is not None:
        app.installTranslator(recorder)
    path = tmp_path / "demo.annot"
    build_demo(path, "demo")
    return make_window(qtbot, Project.open(path, annotator="dewi"))


def _close(window, recorder: RecordingTranslator | None = None) -> None:
    app = QApplication.instance()
    window.close()
    window.project.close()
    if recorder is not None:
        app.removeTranslator(recorder)
    i18n.uninstall(app)


def _open_two_articles(window) -> None:
    docs = window.project.documents()
    window.open_document(docs[0].id)
    pane = window.panes.add_pane()
    window.open_document(docs[1].id, pane)
    claims = window.project.claims(docs[0].id)
    window.select_claim(claims[0].id, window.panes.panes[0])
    window.flush()


def _grab(widget, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    out = ARTIFACTS / name
    assert widget.grab().save(str(out))
    return out


def test_the_window_speaks_indonesian_and_every_text_it_shows_is_translated(qtbot, tmp_path):
    contexts = {c for c, _, _ in messages(TS)}
    recorder = RecordingTranslator(i18n.catalogue("id"), contexts)
    window = _indonesian_window(qtbot, tmp_path, recorder)
    try:
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles == ["&Berkas", "&Sunting", "&Klaim", "&Tampilan", "B&antuan"]
        assert window.inspector_dock.windowTitle() == "Klaim"
        # the table's dock is named apart from the claim's: both were "Klaim", twice in Tampilan
        assert window.claims_dock.windowTitle() == "Daftar klaim"
        assert window.library_dock.windowTitle() == "Pustaka"
        assert window.actions_[Verdict.VERIFIED.value].text() == "Tandai ✓ terverifikasi"
        _open_two_articles(window)
        for action in window.menuBar().actions():  # open each menu, as a user would
            menu: QMenu = action.menu()
            menu.aboutToShow.emit()
            for sub in menu.actions():
                if sub.menu() is not None:
                    sub.menu().aboutToShow.emit()
        window.resize(1500, 900)
        qtbot.wait(50)
        _grab(window, "workbench-id.png")
        window.resizeDocks([window.inspector_dock], [420], Qt.Orientation.Horizontal)
        qtbot.wait(50)
        _grab(window.inspector_dock, "inspector-id.png")
        assert recorder.missing == set(), sorted(recorder.missing)
    finally:
        _close(window, recorder)


def test_the_export_dialog_in_indonesian(qtbot, tmp_path):
    from annotator.project.demo import build_demo
    from annotator.ui.dialogs.export_dialog import ExportDialog

    contexts = {c for c, _, _ in messages(TS)}
    recorder = RecordingTranslator(i18n.catalogue("id"), contexts)
    app = QApplication.instance()
    i18n.install(app, "id")
    app.installTranslator(recorder)
    path = tmp_path / "demo.annot"
    build_demo(path, "demo")
    try:
        dialog = ExportDialog(path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.choices is not None, timeout=20000)
        qtbot.waitUntil(lambda: dialog.preview.toPlainText() != "", timeout=20000)
        assert dialog.windowTitle() == "Ekspor anotasi"
        assert dialog.export_button.text() == "&Ekspor"
        # the formats' names and limits too (ui/dialogs/export_texts.py), not the exporters' English
        combo = dialog.format_combo
        assert combo.itemText(0) == "Annotator JSONL (tanpa kehilangan data, bisa diimpor ulang)"
        csv = combo.findData("csv")
        assert combo.itemText(csv) == "Lembar kerja CSV (satu baris per klaim)"
        assert combo.itemData(csv, Qt.ItemDataRole.ToolTipRole).startswith("Bukti dan tautan")
        dialog.resize(900, 700)
        qtbot.wait(50)
        _grab(dialog, "export-id.png")
        assert recorder.missing == set(), sorted(recorder.missing)
        dialog.close()
    finally:
        app.removeTranslator(recorder)
        i18n.uninstall(app)


def test_settings_choose_the_language_for_the_next_start(qtbot):
    from annotator.settings import Settings
    from annotator.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == "auto"
    assert [dialog.language_combo.itemData(i) for i in range(dialog.language_combo.count())] \
        == ["auto", "en", "id"]
    dialog.name_edit.setText("Dewi")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("id"))
    dialog.accept()
    assert Settings.load().language == "id"


@pytest.mark.parametrize("setting, expected", [("id", "&Berkas"), ("en", "&File")])
def test_the_app_starts_in_the_language_of_the_settings(tmp_path, setting, expected):
    """A fresh process (the language is applied once, at start), as a user's next launch is."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(f'{{"language": "{setting}"}}', encoding="utf-8")
    probe = ("from annotator.ui.app import application\n"
             "from PySide6.QtCore import QCoreApplication, QLocale\n"
             "app = application()\n"
             "print(QCoreApplication.translate('Menus', '&File'), QLocale().name())\n")
    env = {**__import__("os").environ, "ANNOTATOR_CONFIG_DIR": str(config),
           "ANNOTATOR_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True,
                         cwd=ROOT)
    assert run.returncode == 0, run.stderr
    text, locale = run.stdout.split()
    assert text == expected
    assert locale == ("id_ID" if setting == "id" else "en_US")


def test_the_user_guide_follows_the_language(qtbot):
    from annotator.ui.dialogs.help_dialogs import guide_path

    app = QApplication.instance()
    assert guide_path().name == "user-guide.md"
    i18n.install(app, "id")
    try:
        assert guide_path().name == "user-guide.id.md"
        assert "Tandai klaim" in guide_path().read_text(encoding="utf-8")
    finally:
        i18n.uninstall(app)


def test_arg_fills_in_one_pass():
    """A value that itself holds a placeholder (a quoted headline "naik %2") is shown as written."""
    assert i18n.arg("%1 — %2", "naik %2 persen", "Kompas") == "naik %2 persen — Kompas"
