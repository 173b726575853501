"""Small and large screens: the reading areas keep their room, titles stay two lines, docks
keep usable sizes, and a layout saved on another screen is fitted to this one.

Screenshots of each size are written to tests/artifacts/screens/ (git-ignored) to look at.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt

from annotator.ui import layout
from tests.conftest import make_document
from tests.ui.workbench_support import TEXT_A, TEXT_B, make_window, settle

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "screens"
LONG_TITLE = ("Bupati Waru Bantah Laporan Kabar Pesisir Soal Jumlah Korban Jembatan Runtuh di "
              "Kecamatan Tanjung dan Janji Audit Menyeluruh Pekan Depan")


def _screen(monkeypatch, width: int, height: int) -> None:
    monkeypatch.setattr(layout, "available", lambda _w: QRect(0, 0, width, height))


def _project_with_long_titles(project):
    meta = dict(language="id", outlet="Kabar Pesisir Online (fiktif)", published="2026-03-14",
                author="Rini Pratiwi dan Agus Wibowo")  # a long line under the title
    docs = [make_document(TEXT_A, title=LONG_TITLE, **meta),
            make_document(TEXT_B, title="Kabar Pesisir: " + LONG_TITLE, **meta)]
    project.add_documents(docs, undoable=False)
    project.add_claim(docs[0].id, 0, 6, "verified")
    project.add_claim(docs[1].id, 0, 5, "disputed")
    return docs


@pytest.mark.parametrize("width,height", [(1024, 700), (1366, 768), (1920, 1080)])
def test_the_workbench_fits_the_screen(qtbot, project, monkeypatch, width, height):
    _project_with_long_titles(project)
    _screen(monkeypatch, width, height)
    window = make_window(qtbot, project)
    window.resize(width, height)
    settle()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(ARTIFACTS / f"workbench-{width}x{height}.png"))
    assert window.width() <= width and window.height() <= height  # nothing off the screen
    pane = window.panes.panes[0]
    line = pane.title.fontMetrics().lineSpacing()
    assert pane.title.height() <= 2 * line + 4  # two lines at most …
    assert pane.title.text().count("\n") <= 1
    assert LONG_TITLE in pane.title.toolTip()  # … the whole title in the tooltip
    assert pane.view.height() >= 0.45 * height  # the text being read keeps its room
    assert window.claims_dock.height() <= 0.3 * height  # two claims: no 40 % of the screen
    assert window.inspector_dock.width() >= layout.MIN_SIDE_WIDTH["inspectorDock"]
    assert window.library_dock.width() >= layout.MIN_SIDE_WIDTH["libraryDock"]
    inspector = window.inspector
    assert inspector.widget().minimumSizeHint().width() <= inspector.viewport().width()


def _relaunch(qtbot, project, monkeypatch, width: int, height: int):
    _screen(monkeypatch, width, height)
    window = make_window(qtbot, project)
    settle()
    return window


def test_a_layout_saved_on_a_small_screen_is_fitted_on_a_large_one(qtbot, project, monkeypatch):
    _project_with_long_titles(project)
    window = _relaunch(qtbot, project, monkeypatch, 1024, 700)
    window.resize(1024, 700)
    window.inspector_dock.setMinimumWidth(0)  # squeezed as Qt did at 1024 px
    window.resizeDocks([window.inspector_dock], [150], Qt.Orientation.Horizontal)
    window.resizeDocks([window.claims_dock], [300], Qt.Orientation.Vertical)
    settle()
    assert window.inspector_dock.width() < 200
    window.close()
    again = _relaunch(qtbot, project, monkeypatch, 1600, 1000)
    again.resize(1600, 1000)
    layout.fit_docks(again)
    settle()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    again.grab().save(str(ARTIFACTS / "relaunched-1600-after-1024.png"))
    assert again.inspector_dock.width() >= layout.MIN_SIDE_WIDTH["inspectorDock"]
    assert again.claims_dock.height() <= 0.3 * 1000


def test_a_layout_saved_on_a_large_screen_is_fitted_on_a_small_one(qtbot, project, monkeypatch):
    _project_with_long_titles(project)
    window = _relaunch(qtbot, project, monkeypatch, 1920, 1080)
    window.setGeometry(0, 0, 1900, 1040)
    settle()
    window.close()
    again = _relaunch(qtbot, project, monkeypatch, 1024, 700)
    assert again.width() <= 1024 and again.height() <= 700
    assert again.claims_dock.height() <= 0.3 * 700
    assert again.inspector_dock.width() <= 0.3 * 1024


@pytest.mark.parametrize("language", ["en", "id"])
@pytest.mark.parametrize("width", [1024, 1366, 1920])
def test_the_status_bar_legend_is_never_cut(qtbot, tmp_path, monkeypatch, width, language):
    """The key to the highlights gives up detail as the status bar narrows (palette.Legend)
    instead of being cut mid-word ("✗ diperdebatkan [" at 1024 pixels in Indonesian): every
    label it shows has the width its text needs."""
    from PySide6.QtWidgets import QApplication, QLabel

    from annotator.project import Project
    from annotator.project.demo import build_demo
    from annotator.ui import i18n
    from annotator.ui.palette import Legend

    app = QApplication.instance()
    i18n.install(app, language)
    try:
        path = tmp_path / "demo.annot"
        build_demo(path, "demo")
        _screen(monkeypatch, width, 700)
        window = make_window(qtbot, Project.open(path, annotator="dewi"))
        window.resize(width, 700)
        settle()
        legend = window.statusBar().findChild(Legend)
        shown = [lb for lb in legend.findChildren(QLabel) if lb.isVisible()]
        assert len(shown) >= 3  # a mark per verdict at least
        for label in shown:
            assert label.width() >= label.sizeHint().width(), (legend.level, label.text())
        assert all(label.toolTip() for label in shown[:3])  # the whole key stays in reach
        if width >= 1920:
            assert legend.level == Legend.LEVELS[0]  # room for all of it
        window.close()
        window.project.close()
    finally:
        i18n.uninstall(app)


def test_claim_counts_are_written_the_locales_way():
    from PySide6.QtCore import QLocale

    from annotator.core.model import Verdict
    from annotator.ui.badges import counts_text

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        assert counts_text({Verdict.VERIFIED: 400000, Verdict.DISPUTED: 3}) == "✓ 400.000  ✗ 3  ? 0"
    finally:
        QLocale.setDefault(before)


def test_the_legend_steps_aside_for_a_message_shown_before_the_window(qtbot):
    """Qt hides a status bar's normal widgets for a message only if they are visible then: a
    message shown while the window was being built was painted over the legend."""
    from PySide6.QtWidgets import QMainWindow

    from annotator.ui.palette import Legend

    window = QMainWindow()
    qtbot.addWidget(window)
    legend = Legend()
    window.statusBar().addWidget(legend)
    window.statusBar().showMessage("Checking the project for damage (you can go on working)…")
    window.show()
    qtbot.waitExposed(window)
    assert not legend.isVisible()
    window.statusBar().clearMessage()
    assert legend.isVisible()
    window.statusBar().showMessage("Saved")
    assert not legend.isVisible()


def test_a_narrow_panes_outlet_line_ends_with_an_ellipsis(qtbot):
    from annotator.ui.elided_title import ElidedLine

    line = ElidedLine()
    qtbot.addWidget(line)
    whole = "Kabar Waru (fiktif)  ·  2026-03-14  ·  Rini Pratiwi  ·  ✓ 1  ✗ 2  ? 1"
    line.setText(whole)
    line.resize(line.fontMetrics().horizontalAdvance(whole) // 3, 20)
    shown = line.shown_text()
    assert shown.endswith("…") and whole.startswith(shown[:-1])
    assert line.text() == whole  # the whole line for the tooltip and for readers
    line.resize(line.fontMetrics().horizontalAdvance(whole) + 20, 20)
    assert line.shown_text() == whole
    line.grab()  # paints


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_claim_form_fits_a_narrow_dock(qtbot, tmp_path, monkeypatch, language):
    """At 1024 pixels the verdict buttons side by side were wider than the Claim dock, which
    made the whole form wider than its view: every field cut on the right, no way to scroll.
    They stack instead, and the form, built at the first claim, fits."""
    from PySide6.QtWidgets import QApplication

    from annotator.project import Project
    from annotator.project.demo import build_demo
    from annotator.ui import i18n

    app = QApplication.instance()
    i18n.install(app, language)
    try:
        path = tmp_path / "demo.annot"
        build_demo(path, "demo")
        _screen(monkeypatch, 1024, 700)
        window = make_window(qtbot, Project.open(path, annotator="dewi"))
        window.resize(1024, 700)
        doc = window.project.documents()[0]
        window.open_document(doc.id)
        window.select_claim(window.project.claims(doc.id)[0].id, window.panes.panes[0])
        settle()
        inspector = window.inspector
        assert inspector.widget().minimumSizeHint().width() <= inspector.viewport().width()
        assert inspector.form_widget.width() <= inspector.viewport().width()
        if language == "id":  # the match panel's link buttons speak the GUI's language too
            assert "klaim yang sama" in [b.text() for b in inspector.matches.link_buttons.values()]
        for button in inspector.verdict_buttons.values():
            right = button.mapTo(inspector.viewport(), button.rect().topRight()).x()
            assert right <= inspector.viewport().width(), button.text()
            assert button.width() >= button.sizeHint().width(), button.text()  # not cut
        window.resize(1920, 1080)
        settle()
        row = inspector.verdict_row
        assert row.stacked == (row.width() < row.sizeHint().width())  # side by side if room
        window.close()
        window.project.close()
    finally:
        i18n.uninstall(app)
