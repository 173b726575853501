"""The SQLite project file: schema, opening rules, row recording and queries."""
from __future__ import annotations

import sys


def import_sqlite_utils() -> None:
    """sqlite-utils imports pandas and numpy whenever they are installed (0.6 s on every CLI
    command and GUI start) for DataFrame features we never use: hide them while it loads.
    Other code can still import them afterwards."""
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # `import name` raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]

