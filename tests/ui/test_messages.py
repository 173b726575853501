"""What the Qt-free layers say, in the GUI's language (core/messages.py, ui/messages.py): every
template is listed for the translators, each is made somewhere, and real refusals of a typed
value read in Bahasa Indonesia in an Indonesian window and as the core said them in English."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from annotator.core.errors import ValidationError
from annotator.core.model import Evidence, validate_confidence, validate_language
from annotator.core.model import validate_published, validate_url
from annotator.core import messages
from annotator.ui import i18n
from annotator.ui import messages as ui_messages
from annotator.ui.workers import user_message
from tests.conftest import make_document
from tests.ui.i18n_support import in_language

ANNOTATOR = Path(messages.__file__).resolve().parents[1]


def test_every_template_is_listed_for_the_translators_and_made_somewhere():
    assert set(ui_messages.MESSAGES) == set(messages.MESSAGES)
    names = {n for n, v in vars(messages).items() if n.isupper() and isinstance(v, str)} - {
        "MESSAGES", "LIST"}  # (LIST is made by messages.joined)
    used = set()
    for path in ANNOTATOR.rglob("*.py"):
        if path.name != "messages.py":
            used |= {n.attr for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                     if isinstance(n, ast.Attribute) and n.attr in names}
    assert sorted(names - used) == []


def _refusals(project) -> dict[str, ValidationError]:
    out = {}
    for name, call in (("url", lambda: validate_url("kompas")),
                       ("date", lambda: validate_published("kemarin")),
                       ("language", lambda: validate_language("indonesia")),
                       ("confidence", lambda: validate_confidence(2))):
        with pytest.raises(ValidationError) as caught:
            call()
        out[name] = caught.value
    doc = make_document("Polisi menyebut sembilan korban tewas dalam banjir.")
    project.add_documents([doc], undoable=False)
    a = project.add_claim(doc.id, 0, 6, "verified").created[0]
    b = project.add_claim(doc.id, 7, 14, "disputed").created[0]
    project.add_link(a, b, "supports")
    for name, call in (("itself", lambda: project.add_link(a, a, "supports")),
                       ("linked", lambda: project.add_link(a, b, "supports")),
                       ("evidence", lambda: project.add_evidence(a, Evidence(url=""))),
                       ("title", lambda: project.update_document(doc.id, title=" "))):
        with pytest.raises(ValidationError) as caught:
            call()
        out[name] = caught.value
    return out


def test_refusals_read_in_indonesian_and_as_the_core_said_in_english(qapp, project):
    refusals = _refusals(project)
    i18n.uninstall(QApplication.instance())
    assert {n: user_message(e) for n, e in refusals.items()} == {n: str(e) for n, e in refusals.items()}
    with in_language("id"):
        said = {n: user_message(e) for n, e in refusals.items()}
    assert said["url"] == "'kompas' bukan alamat web: harus diawali http:// atau https:// dan menyebut nama host"
    assert said["date"].startswith("'kemarin' bukan tanggal: gunakan yyyy-mm-dd")
    assert said["language"].startswith("'indonesia' bukan kode bahasa")
    assert said["confidence"] == "keyakinan 2.0 harus di antara 0 dan 1"
    assert said["itself"] == "klaim tidak dapat ditautkan ke dirinya sendiri"
    assert said["linked"] == "klaim-klaim ini sudah ditautkan sebagai mendukung"
    assert said["evidence"] == "bukti memerlukan URL (atau rujukan)"
    assert said["title"] == "judul dokumen tidak boleh kosong"
