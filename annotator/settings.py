"""User settings shared by the GUI and the CLI (a small JSON file; no Qt so the CLI can read it).

The GUI keeps its window layout in QSettings; what both front ends need (the annotator's name,
recent projects, the import size limit) lives here.
"""
from __future__ import annotations

import getpass
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP = "Annotator"


def config_dir() -> Path:
    return Path(os.environ.get("ANNOTATOR_CONFIG_DIR") or user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    return Path(os.environ.get("ANNOTATOR_DATA_DIR") or user_data_dir(APP, appauthor=False))


@dataclass
class Settings:
    annotator: str = ""
    recent_projects: list[str] = field(default_factory=list)
    max_import_mb: int = 20
    #: the GUI's language: "auto" (the system locale's), "en" or "id"; read at start
    language: str = "auto"

    @classmethod
    def load(cls) -> "Settings":
        path = config_dir() / "settings.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__} if isinstance(raw, dict) else {}
        try:
            return cls(**known)
        except TypeError:
            return cls()

    def save(self) -> None:
        path = config_dir() / "settings.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)

    def add_recent(self, project: Path, keep: int = 10) -> None:
        p = str(Path(project).resolve())
        self.recent_projects = [p] + [r for r in self.recent_projects if r != p][:keep - 1]


def default_annotator() -> str:
    """The name stored with edits when the user has not set one: settings, env, login name."""
    name = os.environ.get("ANNOTATOR_NAME") or Settings.load().annotator
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return ""


def interface_language(setting: str) -> str:
    """"en" or "id", the GUI's language as far as it can be told without Qt: the demo project
    is built before Qt loads, in the language its window will speak. The setting, else what
    Qt reads on Unix: the messages' locale (LC_ALL, LC_MESSAGES, LANG, the first set), whose
    language GNU's LANGUAGE list overrides unless that locale is C; else Python's locale."""
    if setting in ("en", "id"):
        return setting
    messages = next((v for v in (os.environ.get(n, "") for n in ("LC_ALL", "LC_MESSAGES", "LANG"))
                     if v), "")
    if messages:
        if messages in ("C", "POSIX"):  # (C.UTF-8 is not: LANGUAGE counts there)
            return "en"
        first = os.environ.get("LANGUAGE", "").split(":")[0]
        return _indonesian(first or messages)
    import locale

    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "id" if code.lower().startswith("indonesian") else _indonesian(code)


def _indonesian(name: str) -> str:
    """ "id" for an Indonesian locale or language name (id, id_ID.UTF-8, the old in_ID)."""
    return "id" if name.lower().split("_")[0].split(".")[0] in ("id", "in") else "en"
