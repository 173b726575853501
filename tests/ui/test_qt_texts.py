"""Qt's own texts in an Indonesian window (ui/qt_texts.py): everything Qt asks a translator for
while our file dialogs (each mode, the list's menu, the replace-it question) and the menus of
text fields and spin boxes show has an Indonesian entry in our catalogue, Qt shipping none."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer, QTranslator
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QApplication, QFileDialog, QLineEdit, QListView, QMessageBox, QPlainTextEdit, QSpinBox,
    QTreeView,
)

from annotator.ui import file_dialogs, i18n

#: Qt's texts that stay Qt's: key names and the layout direction
KEPT = {("QShortcut", "Ctrl"), ("QGuiApplication", "QT_LAYOUT_DIRECTION"),
        ("QFileDialog", "Alt+Left"), ("QFileDialog", "Alt+Right"), ("QFileDialog", "Alt+Up")}


class Recorder(QTranslator):
    """Notes what Qt asks for under its own contexts and answers nothing (the next one does)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def isEmpty(self) -> bool:  # noqa: N802
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if context and context.startswith("Q") and source:
            self.asked.add((context, source, disambiguation or ""))
        return ""


def _close_popups_and_boxes() -> None:
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.reject()


def _soon_close(times=(50, 150, 400)) -> None:
    for ms in times:
        QTimer.singleShot(ms, _close_popups_and_boxes)


def test_the_file_dialog_and_text_menus_speak_indonesian(qtbot, tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("x")
    app = QApplication.instance()
    i18n.install(app, "id")
    recorder = Recorder()
    app.installTranslator(recorder)
    try:
        for mode in ("open", "many", "save", "folder"):
            dialog = file_dialogs._dialog(None, "t", str(tmp_path), "Teks (*.txt)")
            qtbot.addWidget(dialog)
            if mode == "many":
                dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
            elif mode == "save":
                dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            elif mode == "folder":
                dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.show()
            qtbot.wait(30)
            for view in dialog.findChildren(QTreeView) + dialog.findChildren(QListView):
                _soon_close()
                view.customContextMenuRequested.emit(QPoint(5, 5))  # the list's own menu
            if mode == "save":
                _soon_close()
                dialog.selectFile("a.txt")
                dialog.accept()  # asks whether to replace it
            dialog.close()
        for field in (QLineEdit("x"), QPlainTextEdit("x")):
            qtbot.addWidget(field)
            field.createStandardContextMenu().deleteLater()
        spin = QSpinBox()
        qtbot.addWidget(spin)
        spin.show()
        _soon_close()
        QApplication.sendEvent(spin, QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(3, 3), spin.mapToGlobal(QPoint(3, 3))))
    finally:
        app.removeTranslator(recorder)
    catalogue = QTranslator()
    assert catalogue.load(str(i18n.catalogue("id")))
    try:
        asked = {(c, s, d) for c, s, d in recorder.asked if (c, s) not in KEPT}
        assert {("QFileDialog", "&Look in:", ""), ("QLineEdit", "&Copy", ""),
                ("QFileSystemModel", "Type", "All other platforms")} <= asked  # what showed
        missing = sorted((c, s, d) for c, s, d in asked if not catalogue.translate(c, s, d or None))
        assert missing == []
        assert catalogue.translate("QFileDialog", "&Look in:") == "&Cari di:"
    finally:
        i18n.uninstall(app)
