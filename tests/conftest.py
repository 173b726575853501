"""Test setup shared by every test: offscreen Qt, private settings folders, small projects."""
from __future__ import annotations

import os
from pathlib import Path

# Before anything imports Qt: CI has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from annotator.core.model import Document, new_id  # noqa: E402
from annotator.core.text import content_hash, normalize_text  # noqa: E402
from annotator.project import Project  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
W3C_SCHEMAS = SHARED / "validators" / "w3c-annotation"


#: the session's settings folder (pytest_configure), removed by pytest_unconfigure
_NET = pytest.StashKey[Path]()


def pytest_configure(config):
    """A net under the per-test folders below: work that outlives its test (a window closed at
    exit, a background backup) still writes to a throwaway place, never the user's folders."""
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="annotator-tests-"))
    config.stash[_NET] = base
    os.environ["ANNOTATOR_CONFIG_DIR"] = str(base / "config")
    os.environ["ANNOTATOR_DATA_DIR"] = str(base / "data")


def pytest_unconfigure(config):
    """The net goes with the session (each run left one in the temp folder)."""
    import shutil

    base = config.stash.get(_NET, None)
    if base is not None:
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory, monkeypatch):
    """Keep tests away from the user's real settings, demo project and annotator name."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ANNOTATOR_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("ANNOTATOR_NAME", "tester")


def make_document(text: str, title: str = "Doc", **meta) -> Document:
    text = normalize_text(text)
    return Document(id=new_id(), title=title, text=text, content_hash=content_hash(text), **meta)


def claim_count(path: Path) -> int:
    with Project.open(path, readonly=True) as proj:
        return proj.claim_count()


def damage_pages(path: Path) -> None:
    """Overwrite pages in the middle of the file (not the header), as a failing disk does."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        for offset in range(4096, size, 4096):
            fh.seek(offset + 8)
            fh.write(b"\xde\xad\xbe\xef" * 64)


@pytest.fixture
def project(tmp_path) -> Project:
    proj = Project.create(tmp_path / "test.annot", annotator="tester")
    yield proj
    proj.close()


@pytest.fixture
def corpus_dir() -> Path:
    if not CORPUS.is_dir() or not any(CORPUS.glob("*.txt")):
        pytest.skip("../shared/corpus is not present")
    return CORPUS


@pytest.fixture
def w3c_schemas() -> Path:
    if not (W3C_SCHEMAS / "definitions").is_dir():
        pytest.skip("../shared/validators/w3c-annotation is not present")
    return W3C_SCHEMAS
