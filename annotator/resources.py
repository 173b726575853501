"""Where the top-level `resources/` folder is, however Annotator was installed.

The folder sits beside the package in the source tree (design card). A wheel carries it inside
the package as `annotator/resources` (see pyproject's force-include), and a PyInstaller bundle
puts it next to the executable's modules under the same name; this module looks in each place.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    candidates = [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "annotator" / "resources")
    for candidate in candidates:
        if (candidate / "samples").is_dir():
            return candidate
    raise FileNotFoundError(
        "Annotator's resources folder is missing: looked in " + ", ".join(map(str, candidates))
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
