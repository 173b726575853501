"""A Unicode torture corpus survives import → tag → export (native JSONL) → re-import.

Emoji with ZWJ sequences, skin tones and flags (astral, several code points per glyph), NFD
text (normalised to NFC on import, so offsets are counted once), Arabic and Hebrew with digits,
bidi controls, CRLF and lone CR line ends, a byte-order mark, combining marks with no precomposed
form, CJK Extension B. Files come as UTF-8 with BOM and CRLF, UTF-16, Markdown and JSON with
escaped surrogate pairs. Claims are tagged over the hardest spans; after the round trip every
span, quote, prefix, suffix and note must be identical, and the UTF-16 offsets the GUI uses must
map back to the same code points.
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path


from annotator.core.offsets import OffsetMap
from annotator.ingest.runner import Outcome, import_one, import_paths
from annotator.project import Project

FAMILY = "\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"  # 👩‍👩‍👧‍👦
SKIN = "\U0001F44D\U0001F3FD"  # 👍🏽
FLAG = "\U0001F1EE\U0001F1E9"  # 🇮🇩
CJK_B = "\U00020000\U0002A6D6"
ARABIC = "قال الوزير إن 42 شخصا أصيبوا"
HEBREW = "הוא אמר ש־3 בתים נהרסו"
COMBINING = "q\u0303 n\u0303 x\u0301\u0323"  # no precomposed forms: stay several code points
NFD_WORD = unicodedata.normalize("NFD", "Kecamatan Cikarang Utara · café · Ñuñoa · Hà Nội")
BIDI = "\u202bembedded\u202c \u2067isolate\u2069 \u200f"

LINES = [
    f"Warga {FAMILY} mengungsi; relawan {SKIN} membantu di {FLAG} Bekasi.",
    f"Laporan {NFD_WORD} menyebut banjir setinggi dua meter.",
    f"Kutipan: «{ARABIC}» dan „{HEBREW}“ dalam satu kalimat.",
    f"Tanda {COMBINING} dan aksara {CJK_B} serta kontrol {BIDI} tetap utuh.",
    "Baris terakhir tanpa keanehan, kecuali tanda kutip \"ganda\" dan 'tunggal'.",
]
# what the stored (NFC) text holds: n + U+0303 composes to ñ, combining marks are reordered
TARGETS = [unicodedata.normalize("NFC", t) for t in (
    FAMILY, SKIN, FLAG, NFD_WORD, ARABIC, HEBREW, COMBINING, CJK_B, BIDI.strip(), "\"ganda\"")]


def _files(folder: Path) -> list[Path]:
    text = "\r\n".join(LINES)
    out = []
    p = folder / "bom_crlf.txt"
    p.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    out.append(p)
    p = folder / "utf16.txt"
    p.write_bytes(("Judul UTF-16\r" + "\r".join(LINES)).encode("utf-16"))
    out.append(p)
    p = folder / "nfd.md"
    p.write_text(unicodedata.normalize("NFD", "# Judul NFD é\n\n" + "\n".join(LINES)),
                 encoding="utf-8", newline="")
    out.append(p)
    p = folder / "escaped.json"
    p.write_text(json.dumps({"text": "JSON\r\n" + "\n".join(LINES), "title": f"JSON {FAMILY}"},
                            ensure_ascii=True), encoding="ascii")  # \\ud83d\\udc69 pairs
    out.append(p)
    return out


def _snapshot(project: Project) -> dict:
    docs = {d.id: project.document(d.id) for d in project.documents()}
    claims = {c.id: (c.doc_id, c.start, c.end, c.quote, c.prefix, c.suffix, c.verdict, c.note,
                     c.claimant) for c in project.claims()}
    return {"texts": {i: (d.text, d.title) for i, d in docs.items()}, "claims": claims}


def test_torture_corpus_round_trip(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    files = _files(src)
    with Project.create(tmp_path / "a.annot", annotator="tortür 😀") as p:
        report = import_paths(p, files)
        assert [r.outcome for r in report.results] == [Outcome.IMPORTED] * len(files), \
            [r.message for r in report.results]
        tagged = 0
        for d in p.documents():
            text = p.document(d.id).text
            assert "\r" not in text and "\ufeff" not in text
            assert unicodedata.is_normalized("NFC", text)
            omap = OffsetMap(text)
            for target in TARGETS:
                start = text.find(target)
                assert start >= 0, (d.source_name, target)
                end = start + len(target)
                cid = p.add_claim(d.id, start, end, "disputed", note=f"catatan {target} ↔ \u200d",
                                  claimant=target).created[0]
                c = p.claim(cid)
                assert c.quote == target
                # the GUI's UTF-16 view of the span maps back to the same code points
                u16 = (omap.to_utf16(start), omap.to_utf16(end))
                assert text.encode("utf-16-le")[2 * u16[0]:2 * u16[1]].decode("utf-16-le") == target
                assert (omap.to_codepoint(u16[0]), omap.to_codepoint(u16[1])) == (start, end)
                tagged += 1
        assert tagged == len(TARGETS) * len(files)
        before = _snapshot(p)

        from annotator.export import get_exporter

        out = tmp_path / "export.jsonl"
        get_exporter("jsonl").write(p, out)
    raw = out.read_text(encoding="utf-8")
    assert FAMILY in raw or "\\ud83d" in raw.lower()

    with Project.create(tmp_path / "b.annot", annotator="other") as q:
        result = import_one(q, out)
        assert result.outcome is Outcome.IMPORTED, result.message
        after = _snapshot(q)
        assert q.integrity_problems() == []
    assert after == before

    # and once more: what came back exports to the same lines
    with Project.open(tmp_path / "b.annot", readonly=True) as q:
        get_exporter("jsonl").write(q, tmp_path / "again.jsonl")
    assert (tmp_path / "again.jsonl").read_text(encoding="utf-8") == raw

