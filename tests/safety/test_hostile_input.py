"""Hostile files let nothing in: no connection, no local file read, no script run.

A local TCP listener stands in for the internet (every remote reference in the files points at
it; it must see no connection). The local file they reference is a FIFO: any open() of it for
reading — from Python or from C code such as libxml2, which audit hooks cannot see — blocks
until a writer appears, and a watcher thread notices the reader and records it. Python-level
socket, subprocess and urllib activity is also recorded with an audit hook.
"""
from __future__ import annotations

import errno
import os
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

from annotator.ingest.runner import Outcome, import_one
from tests.ingest import builders

BODY = [builders.ARTICLE_EN.split("\n")[0], builders.ARTICLE_EN.split("\n")[1]]


class _Trap:
    """Watches in a thread of its own (`_run` loops until `close`)."""

    def _start(self) -> None:
        self._stop = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self._stop = True
        self._thread.join(2)


class Listener(_Trap):
    """Counts connections to a local port."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.05)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._start()

    def _run(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        super().close()
        self.sock.close()


class FifoWatch(_Trap):
    """Records whether anything opened `path` (a FIFO) for reading."""

    def __init__(self, path: Path) -> None:
        os.mkfifo(path)
        self.path = path
        self.opened = 0
        self._start()

    def _run(self) -> None:
        while not self._stop:
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                if exc.errno == errno.ENXIO:  # no reader: good
                    time.sleep(0.001)
                    continue
                raise
            self.opened += 1
            try:
                os.write(fd, b"SECRET-FILE-CONTENT\n")
            except BrokenPipeError:  # the reader opened it and left already: counted all the same
                pass
            finally:
                os.close(fd)


_EVENTS: list[tuple[str, str]] = []
_RECORDING = [False]


def _hook(event: str, args: tuple) -> None:
    if _RECORDING[0] and event in ("socket.connect", "socket.getaddrinfo", "urllib.Request",
                                   "subprocess.Popen", "os.system", "os.exec", "os.posix_spawn",
                                   "webbrowser.open", "ctypes.dlopen"):
        _EVENTS.append((event, repr(args)[:200]))


sys.addaudithook(_hook)


@pytest.fixture
def traps(tmp_path):
    listener = Listener()
    watch = FifoWatch(tmp_path / "secret.txt")
    _EVENTS.clear()
    yield listener, watch
    _RECORDING[0] = False
    listener.close()
    watch.close()


def _import(project, path: Path):
    _RECORDING[0] = True
    try:
        return import_one(project, path)
    finally:
        _RECORDING[0] = False


def _hostile_html(port: int, secret: Path) -> str:
    remote = f"http://127.0.0.1:{port}"
    local = secret.resolve().as_uri()
    head = (f'<script src="{remote}/s.js"></script>'
            f'<link rel="stylesheet" href="{remote}/s.css"><link rel="stylesheet" href="{local}">'
            f'<link rel="preload" href="{remote}/p"><link rel="import" href="{local}">'
            f'<meta http-equiv="refresh" content="0;url={remote}/refresh">'
            f'<base href="{remote}/">'
            f'<style>@import url("{remote}/i.css"); body {{ background: url("{local}") }}</style>'
            f'<script>fetch("{remote}/fetch"); new Image().src = "{remote}/img";'
            f' document.title = "SCRIPT-RAN";</script>')
    extra = (f'<img src="{remote}/a.png" onerror="fetch(\'{remote}/onerror\')">'
             f'<img src="{local}"><iframe src="{local}"></iframe><iframe src="{remote}/f"></iframe>'
             f'<object data="{local}"></object><embed src="{remote}/e">'
             f'<svg><image href="{remote}/svg.png"/><use href="{local}#x"/></svg>'
             f'<video src="{remote}/v.mp4" poster="{remote}/poster.png"></video>'
             f'<a href="{local}">local link</a><form action="{remote}/form"></form>'
             f'<body onload="fetch(\'{remote}/onload\')">')
    return builders.html_page(BODY, title="Hostile page", head=head, extra_body=extra,
                              before_body="")


def _assert_nothing_let_in(listener: Listener, watch: FifoWatch, project) -> None:
    time.sleep(0.3)  # let any stray connection or open reach the traps
    assert listener.connections == 0, "the importer connected to the network"
    assert watch.opened == 0, "the importer opened a local file named in the input"
    assert _EVENTS == [], _EVENTS
    for d in project.documents():
        text = project.document(d.id).text + d.title
        assert "SECRET-FILE-CONTENT" not in text
        assert "SCRIPT-RAN" not in text


@pytest.mark.parametrize("ext", [".html", ".xhtml"])
def test_hostile_html_fetches_and_reads_nothing(project, tmp_path, traps, ext):
    listener, watch = traps
    page = _hostile_html(listener.port, watch.path)
    path = tmp_path / f"page{ext}"
    path.write_text(page, encoding="utf-8")
    result = _import(project, path)
    assert result.outcome is Outcome.IMPORTED, result.message
    text = project.document(result.doc_ids[0]).text
    assert "city council announced" in text
    assert "fetch(" not in text and "<script" not in text
    _assert_nothing_let_in(listener, watch, project)


def test_html_with_external_entities_and_dtd_reads_nothing(project, tmp_path, traps):
    listener, watch = traps
    local = watch.path.resolve().as_uri()
    remote = f"http://127.0.0.1:{listener.port}"
    page = (f'<?xml version="1.0"?>\n<!DOCTYPE html SYSTEM "{remote}/x.dtd" [\n'
            f'<!ENTITY xxe SYSTEM "{local}">\n<!ENTITY remote SYSTEM "{remote}/ent">\n'
            f'<!ENTITY % pe SYSTEM "{remote}/pe.dtd"> %pe;\n]>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:xi="http://www.w3.org/2001/XInclude">'
            f'<head><title>XXE</title></head><body><article><p>{BODY[0]} &xxe; &remote;</p>'
            f'<p>{BODY[1]}</p><xi:include href="{local}" parse="text"/></article></body></html>')
    path = tmp_path / "xxe.xhtml"
    path.write_text(page, encoding="utf-8")
    result = _import(project, path)
    assert result.outcome in (Outcome.IMPORTED, Outcome.FAILED)
    _assert_nothing_let_in(listener, watch, project)


def test_docx_with_external_targets_and_entities_reads_nothing(project, tmp_path, traps):
    listener, watch = traps
    local = watch.path.resolve().as_uri()
    remote = f"http://127.0.0.1:{listener.port}"
    base = builders.make_docx(BODY, title="Hostile")
    rel = (f'<Relationship Id="rIdEvil1" Type="http://schemas.openxmlformats.org/officeDocument/'
           f'2006/relationships/image" Target="{remote}/x.png" TargetMode="External"/>'
           f'<Relationship Id="rIdEvil2" Type="http://schemas.openxmlformats.org/officeDocument/'
           f'2006/relationships/attachedTemplate" Target="{local}" TargetMode="External"/>')
    linked = builders.replace_part(base, "word/_rels/document.xml.rels",
                                   lambda xml: xml.replace("</Relationships>", rel + "</Relationships>"))
    path = tmp_path / "linked.docx"
    path.write_bytes(linked)
    result = _import(project, path)
    assert result.outcome is Outcome.IMPORTED, result.message

    def add_entity(xml: str) -> str:
        head, sep, rest = xml.partition("?>")
        return (head + sep + f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{local}">]>'
                + rest.replace(BODY[0][:20], "&xxe;" + BODY[0][:20], 1))

    path2 = tmp_path / "xxe.docx"
    path2.write_bytes(builders.replace_part(base, "word/document.xml", add_entity))
    result2 = _import(project, path2)
    assert result2.outcome in (Outcome.FAILED, Outcome.DUPLICATE, Outcome.IMPORTED)
    _assert_nothing_let_in(listener, watch, project)


def test_traps_do_catch_a_connection_and_a_file_read(traps):
    """The test's own detectors work: a real connection and a real open are seen."""
    listener, watch = traps
    _RECORDING[0] = True
    socket.create_connection(("127.0.0.1", listener.port), timeout=2).close()
    _RECORDING[0] = False
    with open(watch.path, "rb") as fh:
        assert fh.read().startswith(b"SECRET-FILE-CONTENT\n")
    time.sleep(0.2)
    assert listener.connections == 1
    assert watch.opened >= 1
    assert any(event == "socket.connect" for event, _ in _EVENTS)
