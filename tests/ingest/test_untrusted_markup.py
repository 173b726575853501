"""Markup never reaches out: no network request and no local file read from HTML or DOCX, and no
entity-expansion bombs. A local listener must see no connection; a FIFO stands in for a local
file, so any attempt to open it (even from C inside libxml2) is seen by a watcher thread."""
from __future__ import annotations

import io
import os
import socket
import threading
import time
import zipfile

import pytest

from annotator.ingest.runner import Outcome, import_paths

from .builders import ARTICLE_EN, html_page, make_docx, project_dump, replace_part


class Listener:
    """A TCP port on 127.0.0.1 that records every connection attempt."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.05)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


class FifoWatch:
    """A named pipe; `opened` becomes true if anything opens it for reading."""

    def __init__(self, path) -> None:
        self.path = path
        os.mkfifo(path)
        self.opened = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:  # succeeds only while a reader has the FIFO open (or is opening it)
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                time.sleep(0.001)
                continue
            self.opened = True
            try:
                os.write(fd, b"SECRET-FROM-LOCAL-FILE")
            except OSError:  # the reader is already gone
                pass
            finally:
                os.close(fd)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)


@pytest.fixture
def listener():
    server = Listener()
    yield server
    server.close()


@pytest.fixture
def fifo(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs named pipes")
    watch = FifoWatch(tmp_path / "secret")
    yield watch
    watch.close()


def hostile_html(url: str, file_url: str) -> str:
    doctype = (f'<!DOCTYPE html SYSTEM "{url}/dtd" [<!ENTITY remote SYSTEM "{url}/entity">'
               f'<!ENTITY local SYSTEM "{file_url}">]>')
    head = (f'<link rel="stylesheet" href="{url}/style.css"><script src="{url}/app.js"></script>'
            f'<link rel="import" href="{file_url}"><meta http-equiv="refresh" content="0; url={url}/r">'
            f'<base href="{url}/base/"><style>@import url("{url}/more.css");</style>')
    body = [*ARTICLE_EN.split("\n"), "Entities here: &remote; and &local;.",
            f'<img src="{url}/photo.jpg" srcset="{url}/p2.jpg 2x"> <img src="{file_url}">']
    extra = (f'<iframe src="{url}/frame"></iframe><iframe src="{file_url}"></iframe>'
             f'<object data="{url}/object"></object><embed src="{file_url}">'
             f'<video poster="{url}/poster.png"><source src="{url}/v.mp4"></video>'
             f'<svg><image href="{url}/svg.png"/><use href="{file_url}#x"/></svg>')
    return html_page(body, title="Bridge opens", head=head, extra_body=extra).replace(
        "<!DOCTYPE html>", doctype, 1)


def test_html_fetches_nothing_and_reads_no_local_file(project, tmp_path, listener, fifo):
    page = tmp_path / "hostile.html"
    page.write_text(hostile_html(listener.url, fifo.path.as_uri()), encoding="utf-8")
    (result,) = import_paths(project, [page]).results
    time.sleep(0.2)  # give a late connection or open the chance to show up
    assert result.outcome is Outcome.IMPORTED, result.message
    doc = project.document(result.doc_ids[0])
    assert "The mayor told reporters" in doc.text
    assert "SECRET" not in doc.text
    assert listener.connections == 0
    assert not fifo.opened


def test_the_watchers_do_see_a_real_fetch_and_read(listener, fifo):
    """The two tests above could pass vacuously if the watchers were blind: prove they are not."""
    with socket.create_connection(("127.0.0.1", listener.port), timeout=2):
        pass
    with open(fifo.path, "rb") as fh:
        assert fh.read().startswith(b"SECRET-FROM-LOCAL-FILE")
    deadline = time.monotonic() + 2
    while listener.connections == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert listener.connections == 1 and fifo.opened


def _with_dtd(xml: str, dtd: str, entity_refs: str) -> str:
    xml = xml.replace("?>", "?>" + dtd, 1)
    return xml.replace("Bridge paragraph", "Bridge paragraph " + entity_refs, 1)


def _laughs(root: str = "w:document") -> str:
    entities = '<!ENTITY a0 "hahahahahahahahahaha">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    return f"<!DOCTYPE {root} [{entities}]>"


def test_docx_with_entity_bomb_is_refused_quickly(project, tmp_path):
    crafted = replace_part(make_docx(["Bridge paragraph", ARTICLE_EN]), "word/document.xml",
                           lambda xml: _with_dtd(xml, _laughs(), "&a9;"))
    f = tmp_path / "bomb.docx"
    f.write_bytes(crafted)
    before = project_dump(project)
    started = time.monotonic()
    (result,) = import_paths(project, [f]).results
    assert time.monotonic() - started < 5
    assert result.outcome is Outcome.FAILED
    assert "document type declaration" in result.message and "word/document.xml" in result.message
    assert project_dump(project) == before


def test_docx_external_entity_is_refused_and_never_read(project, tmp_path, listener, fifo):
    dtd = (f'<!DOCTYPE w:document [<!ENTITY local SYSTEM "{fifo.path.as_uri()}">'
           f'<!ENTITY remote SYSTEM "{listener.url}/x">]>')
    crafted = replace_part(make_docx(["Bridge paragraph", ARTICLE_EN]), "word/document.xml",
                           lambda xml: _with_dtd(xml, dtd, "&local; &remote;"))
    f = tmp_path / "xxe.docx"
    f.write_bytes(crafted)
    (result,) = import_paths(project, [f]).results
    time.sleep(0.2)
    assert result.outcome is Outcome.FAILED and "document type declaration" in result.message
    assert listener.connections == 0 and not fifo.opened


def test_python_docx_itself_neither_expands_nor_fetches(listener, fifo):
    """Our DTD check is the first wall; this pins the second: python-docx parses with
    resolve_entities=False and lxml's defaults (no DTD loading, no network), and libxml2 caps
    entity amplification. If an upgrade changed that, this test says so."""
    import docx
    from lxml import etree

    dtd = (f'<!DOCTYPE w:document [<!ENTITY local SYSTEM "{fifo.path.as_uri()}">'
           f'<!ENTITY remote SYSTEM "{listener.url}/x">]>')
    crafted = replace_part(make_docx(["Bridge paragraph"]), "word/document.xml",
                           lambda xml: _with_dtd(xml, dtd, "&local;&remote;"))
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(crafted)).paragraphs)
    assert "SECRET" not in text and "Bridge paragraph" in text
    bomb = replace_part(make_docx(["Bridge paragraph"]), "word/document.xml",
                        lambda xml: _with_dtd(xml, _laughs(), "&a9;"))
    started = time.monotonic()
    try:
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(bomb)).paragraphs)
    except etree.XMLSyntaxError:
        text = ""
    assert time.monotonic() - started < 5 and len(text) < 10_000
    time.sleep(0.2)
    assert listener.connections == 0 and not fifo.opened


def test_docx_zip_bomb_is_refused_before_unpacking(project, tmp_path, monkeypatch):
    from annotator.ingest.formats import word

    monkeypatch.setattr(word, "MAX_UNPACKED_BYTES", 5 * 1024 * 1024)
    good = make_docx([ARTICLE_EN])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("word/media/padding.bin", bytes(8 * 1024 * 1024))  # compresses to ~8 KB
    f = tmp_path / "zipbomb.docx"
    f.write_bytes(out.getvalue())
    assert f.stat().st_size < 100_000
    (result,) = import_paths(project, [f]).results
    assert result.outcome is Outcome.FAILED and "would unpack to" in result.message


def test_docx_external_relationships_are_not_followed(project, tmp_path, listener, fifo):
    """Linked (not embedded) images, hyperlinks and attached templates are legal in a .docx;
    importing one must still fetch and read nothing."""
    rels = (f'<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/relationships/hyperlink" Target="{listener.url}/link" TargetMode="External"/>'
            f'<Relationship Id="rIdExt2" Type="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/relationships/image" Target="{fifo.path.as_uri()}" TargetMode="External"/>'
            f'<Relationship Id="rIdExt3" Type="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/relationships/attachedTemplate" Target="{listener.url}/t.dotm" '
            f'TargetMode="External"/>')
    crafted = replace_part(make_docx(["Bridge paragraph", ARTICLE_EN]),
                           "word/_rels/document.xml.rels",
                           lambda xml: xml.replace("</Relationships>", rels + "</Relationships>"))
    f = tmp_path / "linked.docx"
    f.write_bytes(crafted)
    (result,) = import_paths(project, [f]).results
    time.sleep(0.2)
    assert result.outcome is Outcome.IMPORTED, result.message
    assert listener.connections == 0 and not fifo.opened
