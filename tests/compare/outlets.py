"""Two short Indonesian reports of the same strikes that disagree (21 serangan vs belasan),
and an unrelated third: a project the cluster, table and export tests share."""
from __future__ import annotations

from pathlib import Path

from annotator.core.model import Document, new_id
from annotator.core.text import normalize_text
from annotator.project import Project

from .test_cli_compare import A, B, C  # the reports the compare CLI tests use


def build(path: Path) -> tuple[Project, dict[str, str]]:
    """The project with A, B, C (outlets Kompas, Tempo, Detik); ids by letter."""
    project = Project.create(path, name="outlets")
    ids = {}
    docs = []
    for letter, text, outlet, published in (("A", A, "Kompas", "2025-11-21"),
                                            ("B", B, "Tempo", "2025-10-30"),
                                            ("C", C, "Detik", "")):
        text = normalize_text(text)
        doc = Document(id=new_id(), title=f"Laporan {letter}", text=text,
                       content_hash=new_id(), outlet=outlet, published=published)
        ids[letter] = doc.id
        docs.append(doc)
    project.add_documents(docs)
    project.ensure_sentences()
    return project, ids


def first_sentence(text: str) -> tuple[int, int]:
    return 0, text.index(".") + 1
