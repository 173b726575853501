"""The GUI's language: which one, where its compiled catalogue is, and filling placeholders.

Sources of the translations are Qt Linguist files, resources/translations/annotator_<lang>.ts,
kept in the repository and refreshed by `python packaging/update_translations.py`. Qt reads
only the compiled form (.qm): the wheel and the desktop bundle carry it beside the .ts (built by
hatch_build.py and packaging/annotator.spec with PySide6's own lrelease). A run from the source
tree has no .qm there, so the first start compiles the .ts into the user's data folder, and
again whenever the .ts is newer; lrelease ships with PySide6, so it exists wherever the GUI runs.

Only the GUI is translated: the CLI, exported data and the core's error texts stay English.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.phrases import fill
from ..resources import resource
from ..settings import data_dir

#: the languages the GUI speaks; "auto" follows the system locale
LANGUAGES = ("en", "id")
AUTO = "auto"
_installed: list[QTranslator] = []


def arg(text: str, *values: object) -> str:
    """Qt's QString.arg for Python: %1 … %99 of a translated text, filled in one pass (a value
    holding "%2", such as a quoted headline, is shown as written); numbers are written in the
    chosen locale."""
    shown = [str(v) if isinstance(v, bool) else number_text(v) if isinstance(v, (int, float))
             else str(v) for v in values]
    return fill(text, shown)


def number_text(value: int | float) -> str:
    """A count or a figure as the chosen locale writes it (1,234 / 1.234)."""
    return QLocale().toString(value)


def local_time(stamp: str) -> str:
    """A stored ISO time ("2024-05-31T08:15:00+00:00") as the chosen locale writes a date and
    time, to the minute; a text that is no such time is shown as it is."""
    from PySide6.QtCore import QDateTime, Qt

    when = QDateTime.fromString(stamp[:19], Qt.DateFormat.ISODate)
    if not when.isValid():
        return stamp[:19].replace("T", " ")
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def language_for(setting: str, system: QLocale | None = None) -> str:
    """The language a setting means: "en" or "id" as chosen, else the system locale's."""
    if setting in LANGUAGES:
        return setting
    system = system or QLocale.system()
    return "id" if system.language() == QLocale.Language.Indonesian else "en"


def lrelease() -> list[str]:
    """The command that compiles a .ts: PySide6's bundled lrelease."""
    import PySide6

    here = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (here / name).is_file():
            return [str(here / name)]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lrelease"]


def compile_catalogue(ts: Path, qm: Path) -> None:
    """Compile one .ts into .qm (an error names the file); writes beside and then renames, so
    a half-written catalogue is never read."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_suffix(".qm.partial")
    import subprocess  # here: only a source tree compiles a catalogue, never a start-up

    done = subprocess.run([*lrelease(), str(ts), "-qm", str(partial)], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0 or not partial.is_file():
        raise OSError(f"lrelease could not compile {ts}: {done.stderr.strip() or done.stdout}")
    partial.replace(qm)


def catalogue(language: str) -> Path | None:
    """The compiled catalogue for `language`: the shipped one (wheel, bundle), else one compiled
    from the .ts into the data folder, again whenever the .ts is newer (a source tree, which
    never holds a .qm: .gitignore); None for English (the source text)."""
    if language == "en":
        return None
    folder = resource("translations")
    shipped = folder / f"annotator_{language}.qm"
    if shipped.is_file():
        return shipped
    ts = folder / f"annotator_{language}.ts"
    if not ts.is_file():
        return None
    cached = _cache_dir() / shipped.name
    if not cached.is_file() or cached.stat().st_mtime < ts.stat().st_mtime:
        compile_catalogue(ts, cached)
    return cached


def _cache_dir() -> Path:
    """Beside the demo project in the user's data folder (ANNOTATOR_DATA_DIR in tests)."""
    return data_dir() / "translations"


def locale_for(language: str) -> QLocale:
    if language == "id":
        return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install(app: QCoreApplication, setting: str) -> str:
    """Install the translators for `setting` (auto / en / id) and make its locale the default
    for numbers and dates; returns the language used. A catalogue that cannot be had leaves
    the GUI in English rather than refusing to start."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language_for(setting)
    QLocale.setDefault(locale_for(language))
    try:
        ours = catalogue(language)
    except OSError as exc:
        print(f"annotator: {exc}; the interface stays in English", file=sys.stderr)
        ours = None
    if ours is None:
        QLocale.setDefault(locale_for("en"))
        return "en"
    translator = QTranslator(app)
    if translator.load(str(ours)):
        app.installTranslator(translator)
        _installed.append(translator)
    # Qt's own texts (standard buttons, text-field menus) where PySide6 ships a catalogue;
    # it has none for Indonesian, so ours carries those (ui/qt_texts.py)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


def plural(translated: str, count: int) -> str:
    """A %n text after QCoreApplication.translate(context, "%n file(s)", None, count): with no
    catalogue (English, the source language) Qt leaves "(s)" in place; resolve it here. Each
    language's own plural forms come from its catalogue."""
    return translated.replace("(s)", "" if count == 1 else "s")


def uninstall(app: QCoreApplication) -> None:
    """Back to the source language and the system's locale (tests switch languages)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
