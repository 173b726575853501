"""Test inputs written by us: articles, and Word/PDF/HTML files built from them."""
from __future__ import annotations

import io
import zipfile

ARTICLE_ID = (
    "Pemerintah kota mengumumkan bahwa jembatan baru di atas sungai akan dibuka untuk umum pada "
    "akhir bulan depan, setelah pembangunan yang tertunda hampir dua tahun karena banjir.\n"
    "Wali kota mengatakan kepada wartawan bahwa biaya proyek naik sekitar sepuluh persen dari "
    "rencana awal, tetapi sebagian besar kenaikan itu ditanggung oleh pemerintah provinsi.\n"
    "Warga di kedua sisi sungai menyambut kabar itu karena mereka selama ini harus memutar "
    "sejauh tujuh kilometer untuk mencapai pasar dan sekolah di pusat kota."
)
ARTICLE_EN = (
    "The city council announced on Tuesday that the new bridge across the river will open to the "
    "public at the end of next month, after construction was delayed for almost two years.\n"
    "The mayor told reporters that the cost of the project rose by about ten percent over the "
    "original budget, but that most of the increase would be covered by the provincial government.\n"
    "Residents on both banks welcomed the news, since they have had to drive seven kilometres "
    "around to reach the market and the schools in the centre of town."
)
ARTICLE_AR = (
    "أعلن مجلس المدينة يوم الثلاثاء أن الجسر الجديد فوق النهر سيفتح للجمهور في نهاية الشهر المقبل "
    "بعد تأخر البناء لمدة عامين تقريبا بسبب الفيضانات.\n"
    "وقال رئيس البلدية للصحفيين إن تكلفة المشروع ارتفعت بنحو عشرة في المئة عن الميزانية الأصلية."
)


def make_docx(paragraphs: list[str], *, title: str = "", heading: str = "",
              table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    if heading:
        document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def replace_part(docx_bytes: bytes, name: str, transform) -> bytes:
    """A copy of a .docx with one XML part rewritten (to craft hostile files)."""
    src = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == name:
                data = transform(data.decode("utf-8")).encode("utf-8")
            dst.writestr(info, data)
    return out.getvalue()


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str] | None, *, title: str = "") -> bytes:
    """A one-page PDF; with `lines` it has a text layer (Helvetica, WinAnsi), without it the
    page only draws a grey rectangle, like a scan has pixels but no text."""
    if lines:
        body = "BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(
            f"({_pdf_escape(line)}) Tj T*" for line in lines) + " ET"
    else:
        body = "0.5 g 72 400 300 200 re f"
    stream = body.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    if title:
        objects.append(b"<< /Title (" + _pdf_escape(title).encode("cp1252") + b") >>")
    return _pdf_file(objects, info=bool(title))


def _pdf_file(objects: list[bytes], *, info: bool = False) -> bytes:
    """A PDF of `objects` (numbered from 1, the catalog first; with `info`, the last one is
    the document information dictionary) with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if info:
        trailer += b" /Info %d 0 R" % len(objects)
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def html_page(body_paragraphs: list[str], *, title: str = "", head: str = "",
              before_body: str = "", extra_body: str = "") -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in body_paragraphs)
    return (f"<!DOCTYPE html>{before_body}\n<html><head><meta charset=\"utf-8\">"
            f"<title>{title}</title>{head}</head>\n<body><nav><a href=\"/\">Home</a> "
            f"<a href=\"/news\">News</a></nav>\n<article><h1>{title}</h1>\n{paras}\n</article>"
            f"{extra_body}<footer>All rights reserved</footer></body></html>")


def project_dump(project) -> list[str]:
    """Every row of the project file as SQL: equal dumps mean the project is unchanged."""
    return list(project._conn.iterdump())


# ---------------------------------------------------------------- hostile files (issue 12, item 3)
def docx_bomb(paragraphs: int = 30_000_000) -> bytes:
    """~300 KB of .docx holding millions of empty paragraphs (~180 MB of XML unpacked)."""
    return replace_part(make_docx(["Halo dunia, ini artikel pendek tentang banjir."]),
                        "word/document.xml",
                        lambda xml: xml.replace("<w:body>", "<w:body>" + "<w:p/>" * paragraphs, 1))


def docx_runs_bomb(runs: int = 5_000_000) -> bytes:
    """One paragraph of millions of one-letter runs: few paragraphs, a huge tree."""
    return replace_part(make_docx(["Halo dunia."]), "word/document.xml",
                        lambda xml: xml.replace("<w:body>", "<w:body><w:p>"
                                                + "<w:r><w:t>a</w:t></w:r>" * runs + "</w:p>", 1))


def under_declared(zip_bytes: bytes, declared: int = 1000) -> bytes:
    """A copy of a zip whose members all claim to unpack to `declared` bytes (headers lie)."""
    import struct

    data = bytearray(zip_bytes)
    for info in zipfile.ZipFile(io.BytesIO(zip_bytes)).infolist():
        struct.pack_into("<I", data, info.header_offset + 22, min(declared, info.file_size))
    pos = 0
    while (pos := data.find(b"PK\x01\x02", pos)) >= 0:  # central directory entries
        size = struct.unpack_from("<I", data, pos + 24)[0]
        struct.pack_into("<I", data, pos + 24, min(declared, size))
        pos += 4
    return bytes(data)


def html_many_paragraphs(paragraphs: int = 480_000) -> bytes:
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Banjir</title></head>"
            "<body><article>" + "<p>Warga mengungsi ke balai desa.</p>\n"
            * paragraphs + "</article></body></html>").encode("utf-8")


def pdf_shared_stream(pages: int = 30, stream_bytes: int = 6_000_000) -> bytes:
    """A small PDF whose pages all draw one compressed content stream of `stream_bytes`."""
    import zlib

    op = b"(kata) Tj "
    body = b"BT /F1 11 Tf 72 770 Td " + op * (stream_bytes // len(op)) + b"ET"
    packed = zlib.compress(body, 9)
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ] + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
         b"/Resources << /Font << /F1 4 0 R >> >> >>"] * pages
    return _pdf_file(objects)
