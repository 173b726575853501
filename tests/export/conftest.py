"""A small project that makes offset bugs show: emoji (ZWJ sequences, flags, skin tones),
combining marks without precomposed forms, right-to-left text, claims across line breaks,
overlapping claims, formula-like quotes, several annotators, links and evidence."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from annotator.core.model import Direction, Evidence
from annotator.project import Project
from tests.conftest import make_document

FAMILY = "\U0001F469\u200D\U0001F469\u200D\U0001F467"  # woman, ZWJ, woman, ZWJ, girl
FLAG = "\U0001F1EE\U0001F1E9"  # regional indicators I + D
THUMB = "\U0001F44D\U0001F3FD"  # thumbs up, medium skin tone
X_ACUTE = "x\u0301"  # no precomposed form: stays two code points after NFC
Q_DOTS = "q\u0323\u0307"

ID_TEXT = (
    f"Warga {FAMILY} di Kota Lestari {FLAG} menyebut dua belas rumah terendam {THUMB}.\n"
    f"Kepala desa, Pak Ha{X_ACUTE}ri, berkata: \"=SUM(A1) bukan angka resmi\".\n"
    f"-40% panen hilang menurut {Q_DOTS}uota dinas pertanian."
)
AR_TEXT = (
    "قال المتحدث إن اثني عشر منزلا غمرتها المياه.\n"
    "ونفى المسؤول المحلي هذه الأرقام صباح الاثنين."
)
HE_TEXT = "הדובר אמר כי שנים עשר בתים הוצפו. @ראש העירייה הכחיש את המספרים."


@dataclass
class Corpus:
    project: Project
    docs: dict[str, str]  # short name -> doc id
    claims: dict[str, str]  # short name -> claim id


def _span(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def build_corpus(project: Project) -> Corpus:
    id_doc = make_document(ID_TEXT, title="Banjir di Lestari 🌊", url="https://example.org/banjir",
                           outlet="Kabar Lestari", language="id", published="2026-03-02")
    ar_doc = make_document(AR_TEXT, title="فيضان", url="https://example.org/ar", language="ar",
                           direction=Direction.RTL)
    he_doc = make_document(HE_TEXT, title="שיטפון", language="he", direction=Direction.RTL)
    empty_doc = make_document("A document with no claims at all.", title="Empty")
    project.add_documents([id_doc, ar_doc, he_doc, empty_doc])
    docs = {"id": id_doc.id, "ar": ar_doc.id, "he": he_doc.id, "empty": empty_doc.id}
    t = ID_TEXT
    claims: dict[str, str] = {}

    def add(name, doc, span, verdict, annotator="tester", **kw):
        project.annotator = annotator
        claims[name] = project.add_claim(docs[doc], *span, verdict, **kw).created[0]

    fam = t.index(FAMILY)
    add("family", "id", (fam, fam + len(FAMILY) + 3), "verified", note="ZWJ family\nwith a tab\t.",
        confidence=0.9, claimant="Warga", evidence=[Evidence(url="https://example.org/ev1", title="Ev 1"),
                                                    Evidence(url="https://example.org/ev2")])
    add("mid_zwj", "id", (fam + 2, fam + 5), "unverified")  # starts inside the ZWJ sequence
    add("houses", "id", _span(t, f"dua belas rumah terendam {THUMB}"), "disputed", annotator="ana",
        reported_by="Kabar Lestari")
    add("overlap", "id", _span(t, "rumah terendam"), "verified", annotator="ana")
    add("accent", "id", _span(t, f"Ha{X_ACUTE}ri"), "verified", note="=cmd|' /C calc'!A0")
    add("formula", "id", _span(t, "=SUM(A1) bukan angka resmi"), "disputed")
    add("minus", "id", _span(t, f"-40% panen hilang menurut {Q_DOTS}uota"), "disputed")
    add("crossline", "id", _span(t, f"{THUMB}.\nKepala desa"), "unverified", annotator="ana")
    add("mid_word", "id", _span(t, "ota Les"), "unverified")
    add("flag", "id", _span(t, f"Lestari {FLAG}"), "verified", annotator="ana")
    add("ar1", "ar", _span(AR_TEXT, "اثني عشر منزلا"), "verified", note="رقم صحيح\u2028سطر\x85ثالث")
    add("ar2", "ar", _span(AR_TEXT, "ونفى المسؤول المحلي"), "disputed", annotator="ana")
    add("he1", "he", _span(HE_TEXT, "@ראש העירייה הכחיש"), "disputed")
    add("he_space", "he", _span(HE_TEXT, " שנים עשר "), "unverified")
    project.annotator = "tester"
    project.set_verdict(claims["houses"], "verified")
    project.set_verdict(claims["houses"], "disputed")
    project.add_link(claims["family"], claims["houses"], "supports", note="same report")
    project.add_link(claims["ar1"], claims["houses"], "same_claim")
    project.add_link(claims["ar2"], claims["ar1"], "contradicts")
    project.add_link(claims["formula"], claims["minus"], "contradicts")
    return Corpus(project, docs, claims)


@pytest.fixture
def corpus(project) -> Corpus:
    return build_corpus(project)
