"""Fuzzing every registered importer with random and mutated files (Hypothesis).

Each reader (one per group of extensions that share it, plus the native-JSONL route) gets
random bytes and mutations of a valid seed file (bit flips, inserted junk, deleted and repeated
chunks, truncation). Whatever the input, `import_one` must return a FileResult — imported,
duplicate or failed with a one-line reason that is a documented import error, not a reader's
stray exception — and a failed or duplicate file must leave no row behind. New formats are
picked up from `supported_extensions()`; one without a seed here gets random bytes and text.

FUZZ_EXAMPLES sets the number of examples per reader (default 40; try 500 locally).
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.ingest.base import reader_for, supported_extensions
from annotator.ingest.runner import FileResult, Outcome, import_one
from annotator.project import Project
from tests.conftest import make_document
from tests.ingest import builders

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))

TEXT = builders.ARTICLE_ID + "\n\n" + builders.ARTICLE_EN


def _native_seed() -> bytes:
    from annotator.export import get_exporter

    folder = Path(tempfile.mkdtemp())
    try:
        with Project.create(folder / "seed.annot", annotator="seed") as p:
            p.add_documents([make_document(builders.ARTICLE_EN, "Bridge")])
            doc = p.documents()[0].id
            a = p.add_claim(doc, 0, 15, "verified", note="n").created[0]
            b = p.add_claim(doc, 20, 40, "disputed").created[0]
            p.add_link(a, b, "supports")
            get_exporter("jsonl").write(p, folder / "out.jsonl")
        return (folder / "out.jsonl").read_bytes()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _seeds(ext: str) -> list[bytes]:
    text = TEXT.encode("utf-8")
    if ext in (".txt", ".text"):
        return [text, b"\xef\xbb\xbf" + text.replace(b"\n", b"\r\n"), TEXT.encode("utf-16")]
    if ext in (".md", ".markdown"):
        return [b"---\ntitle: Jembatan\nurl: https://e.org\n---\n# Jembatan\n\n" + text]
    if ext in (".html", ".htm", ".xhtml"):
        return [builders.html_page(TEXT.split("\n"), title="Jembatan baru").encode("utf-8")]
    if ext == ".json":
        return [json.dumps({"text": TEXT, "title": "T", "language": "id"}).encode(),
                json.dumps([{"text": builders.ARTICLE_ID}, {"text": builders.ARTICLE_EN}]).encode()]
    if ext in (".jsonl", ".ndjson"):
        lines = [json.dumps({"text": t, "url": "https://e.org"}) for t in
                 (builders.ARTICLE_ID, builders.ARTICLE_EN)]
        return ["\n".join(lines).encode()]
    if ext == ".docx":
        return [builders.make_docx(TEXT.split("\n"), title="T", heading="Jembatan",
                                   table=[["a", "b"], ["c", "d"]])]
    if ext == ".pdf":
        return [builders.make_pdf(builders.ARTICLE_EN.split("\n"), title="Bridge")]
    return [text]


def _targets() -> list[tuple[str, str]]:
    """(extension, label) for one extension per reader, plus the native export route."""
    seen: dict[object, str] = {}
    for ext in supported_extensions():
        reader = reader_for(Path("x" + ext))
        seen.setdefault(reader, ext)
    out = [(ext, ext) for ext in seen.values()]
    if ".jsonl" in supported_extensions():
        out.append((".jsonl", "native-jsonl"))
    return out


_SEED_CACHE: dict[str, list[bytes]] = {}


def seeds_for(label: str, ext: str) -> list[bytes]:
    if label not in _SEED_CACHE:
        _SEED_CACHE[label] = [_native_seed()] if label == "native-jsonl" else _seeds(ext)
    return _SEED_CACHE[label]


@st.composite
def mutated(draw, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        op = draw(st.sampled_from(["flip", "insert", "delete", "repeat", "truncate", "splice"]))
        i = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            data[i:i] = draw(st.binary(min_size=1, max_size=64))
        elif op == "delete":
            del data[i:i + draw(st.integers(1, 256))]
        elif op == "repeat":
            chunk = data[i:i + draw(st.integers(1, 128))]
            data[i:i] = chunk * draw(st.integers(1, 20))
        elif op == "truncate":
            del data[i:]
        else:  # characters that break parsers: quotes, brackets, NUL, lone surrogates, BOMs
            junk = draw(st.sampled_from([b"\x00", b'"', b"<", b"]]>", b"\xed\xa0\x80", b"\xff\xfe",
                                         b"{", b"\\u", b"%PDF", b"PK\x03\x04", b"<!ENTITY"]))
            data[i:i] = junk
    return bytes(data)


def _inputs(label: str, ext: str):
    seeds = seeds_for(label, ext)
    return st.one_of(
        st.binary(max_size=2048),
        st.text(max_size=500).map(lambda s: s.encode("utf-8", "surrogatepass")),
        st.sampled_from(seeds).flatmap(mutated),
        st.sampled_from(seeds),
    )


def _counts(p: Project) -> tuple[int, ...]:
    return tuple(p._conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("documents", "claims", "evidence", "links", "verdict_history"))


@pytest.mark.parametrize("ext,label", _targets(), ids=[t[1] for t in _targets()])
def test_importer_never_crashes_and_never_leaves_partial_rows(ext, label):
    folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
    project = Project.create(folder / "fuzz.annot", annotator="fuzz")
    counter = [0]
    try:
        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
        @given(data=_inputs(label, ext))
        def check(data: bytes) -> None:
            counter[0] += 1
            path = folder / f"input{counter[0]}{ext}"
            path.write_bytes(data)
            before = _counts(project)
            result = import_one(project, path, max_bytes=1_000_000)
            assert isinstance(result, FileResult)
            assert result.outcome in (Outcome.IMPORTED, Outcome.DUPLICATE, Outcome.FAILED)
            after = _counts(project)
            if result.outcome is Outcome.IMPORTED:
                assert after[0] > before[0] or after[1] > before[1]
                for doc_id in result.doc_ids:
                    assert project.document(doc_id).text
            else:
                assert after == before, f"{result.outcome.value} file left rows: {result.message}"
                assert result.message and "\n" not in result.message
                assert "(unexpected " not in result.message, f"reader broke its contract: {result.message}"
            path.unlink()

        check()
        assert project.integrity_problems() == []
    finally:
        project.close()
        shutil.rmtree(folder, ignore_errors=True)


def test_fuzz_covers_every_registered_extension():
    covered = {ext for ext, _ in _targets()}
    for ext in supported_extensions():
        assert reader_for(Path("x" + ext)) in {reader_for(Path("x" + c)) for c in covered}


# ---------------------------------------------------------------- structured: native records
_ANY = st.one_of(st.none(), st.booleans(), st.integers(-10, 10_000), st.floats(allow_nan=True),
                 st.text(max_size=40), st.lists(st.integers(), max_size=3),
                 st.dictionaries(st.text(max_size=5), st.integers(), max_size=2))


@st.composite
def mutated_record(draw, record: dict) -> dict:
    """A native export record with some fields given wrong types or wrong values, at the top
    level or inside a claim, its evidence or its history."""
    rec = json.loads(json.dumps(record))
    for _ in range(draw(st.integers(1, 4))):
        where = rec
        claims = rec.get("claims")
        if isinstance(claims, list) and claims and draw(st.booleans()):
            where = claims[draw(st.integers(0, len(claims) - 1))]
        if not isinstance(where, dict) or not where:
            break
        key = draw(st.sampled_from(sorted(where)))
        action = draw(st.sampled_from(["replace", "delete", "shift"]))
        if action == "delete":
            del where[key]
        elif action == "shift" and isinstance(where[key], int) and not isinstance(where[key], bool):
            where[key] += draw(st.integers(-3, 3))
        else:
            where[key] = draw(_ANY)
    return rec


def test_native_import_refuses_inconsistent_records_whole():
    seed_lines = [json.loads(line) for line in _native_seed().decode().splitlines() if line.strip()]
    folder = Path(tempfile.mkdtemp(prefix="fuzz-native-"))
    project = Project.create(folder / "native.annot", annotator="fuzz")
    counter = [0]
    try:
        @settings(max_examples=EXAMPLES * 2, deadline=None, database=None)
        @given(lines=st.lists(st.sampled_from(seed_lines).flatmap(mutated_record), min_size=1,
                              max_size=3))
        def check(lines: list[dict]) -> None:
            counter[0] += 1
            path = folder / f"native{counter[0]}.jsonl"
            path.write_text("\n".join(json.dumps(x, allow_nan=True) for x in lines) + "\n")
            before = _counts(project)
            result = import_one(project, path)
            after = _counts(project)
            if result.outcome is not Outcome.IMPORTED:
                assert after == before, result.message
                assert "(unexpected " not in result.message, result.message
            # whatever got in is consistent: every quote is the text at its span
            assert project.integrity_problems() == []
            if result.outcome is Outcome.IMPORTED and project.can_undo:
                project.undo()  # so the next example's document is not a duplicate
            path.unlink()

        check()
    finally:
        project.close()
        shutil.rmtree(folder, ignore_errors=True)
