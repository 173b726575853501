"""PySide's look at every module imported after it, made a read of the file instead of a parse.

Once PySide6 is loaded, its import hook asks of each module imported (and of each module an
import statement names for the first time) whether it uses PySide6, so that `from __feature__
import snake_case` can switch that module alone. It answers with `inspect.getsource(module)`
and a search for "PySide6" in the text: linecache reads the file and splits it into lines
first, 0.1-1 ms a module, and the start of the app names about a hundred (ours, and standard
modules such as typing and logging that ours import): 14-15 ms of every start.

`install` puts in its place the same search over the file's bytes, read whole (0.02-0.05 ms):
the same answer for every source file ("PySide6" is the same ASCII bytes in any encoding a
Python source may declare); anything else (no file, not a .py, unreadable) still goes to
PySide's own check. Where PySide has no such function (another version), nothing changes.
"""
from __future__ import annotations

import sys

MARK = "_annotator_reads_bytes"


def install() -> bool:
    """Replace PySide's check (once); False where this PySide has none to replace."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if getattr(original, MARK, False):
        return True

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    setattr(uses_pyside, MARK, True)
    uses_pyside.__wrapped__ = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
    return True
