"""Hatch build hook: compile the GUI's translations (resources/translations/*.ts) into the .qm
files Qt reads, with PySide6's lrelease, and put them in the wheel beside the .ts (see
annotator/ui/i18n.py for how they are found)."""
from __future__ import annotations

import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        sys.path.insert(0, str(root / "packaging"))
        try:
            from update_translations import release
        finally:
            sys.path.pop(0)
        out = root / "build" / "translations"
        for qm in release(out):
            build_data["force_include"][str(qm)] = f"annotator/resources/translations/{qm.name}"
