"""Refresh the GUI's translation sources after strings changed in annotator/ui.

    python packaging/update_translations.py          # update resources/translations/*.ts

Runs PySide6's lupdate over every module of annotator/ui: new strings join each .ts as
"unfinished" (translate them in Qt Linguist, `pyside6-linguist`, or by hand), translations of
unchanged strings are kept, and strings no longer in the code are dropped. No line numbers are
stored, so a .ts changes only when the texts do. tests/ui/test_translations.py fails while a
string is untranslated. The build compiles the .ts into .qm with `release` (hatch_build.py for
the wheel, annotator.spec for the bundle).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("id",)


def qt_tool(name: str) -> list[str]:
    """The command of one of the Qt tools PySide6 ships (lupdate, lrelease)."""
    import PySide6

    here = Path(PySide6.__file__).resolve().parent
    tool = here / (f"{name}.exe" if sys.platform == "win32" else name)
    return [str(tool)] if tool.is_file() else [sys.executable, "-m", "PySide6.scripts.pyside_tool", name]


def lupdate() -> list[str]:
    return qt_tool("lupdate")


def release(dest: Path) -> list[Path]:
    """Compile every .ts into `dest` (the wheel's and the bundle's build step): the .qm files."""
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for ts in sorted(TRANSLATIONS.glob("annotator_*.ts")):
        qm = dest / ts.with_suffix(".qm").name
        done = subprocess.run([*qt_tool("lrelease"), str(ts), "-qm", str(qm)],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"lrelease could not compile {ts}: {done.stderr or done.stdout}")
        out.append(qm)
    return out


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "annotator" / "ui").rglob("*.py"))


def update(ts: Path) -> None:
    """Bring `ts` up to date with the code (created when missing)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([*lupdate(), *sources(), "-locations", "none", "-no-obsolete",
                           "-target-language", ts.stem.split("_", 1)[1], "-ts", str(ts)],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"lupdate failed: {done.stderr.strip() or done.stdout.strip()}")
    print(done.stdout.strip().splitlines()[-1].strip() if done.stdout.strip() else ts.name)


def main(argv: list[str]) -> int:
    for language in LANGUAGES:
        update(TRANSLATIONS / f"annotator_{language}.ts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
