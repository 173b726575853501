"""Every format: offsets slice the stored text to exactly the stored quotes, and the document,
verdict and annotator filters select exactly the claims the project selects."""
from __future__ import annotations

import pytest

from annotator.core.model import Verdict
from annotator.export import FORMATS, ExportError, ExportFilter, exporter_class, get_exporter

from .readers import READERS


def _dest(tmp_path, fmt):
    cls = exporter_class(fmt)
    return tmp_path / (f"out-{fmt}" + cls.suffix)


def _skip_missing(fmt):
    if fmt == "spacy":
        pytest.importorskip("spacy")
    if fmt == "parquet":
        pytest.importorskip("pyarrow")


def _expected(project, flt: ExportFilter, fmt: str) -> set:
    claims = project.claims(doc_ids=flt.doc_ids, verdicts=flt.verdicts, annotators=flt.annotators)
    if fmt == "claimreview":  # unverified has no rating by default
        claims = [c for c in claims if c.verdict is not Verdict.UNVERIFIED]
    return {(c.doc_id, c.start, c.end, c.verdict.value) for c in claims}


@pytest.mark.parametrize("fmt", FORMATS)
def test_offsets_slice_to_the_stored_quotes(fmt, corpus, tmp_path):
    _skip_missing(fmt)
    project = corpus.project
    dest = _dest(tmp_path, fmt)
    result = get_exporter(fmt).write(project, dest, ExportFilter())
    spans = READERS[fmt](dest, project)
    assert {s.key for s in spans} == _expected(project, ExportFilter(), fmt)
    assert result.claims == len(spans)
    stored = {(c.doc_id, c.start, c.end): c for c in project.claims()}
    texts = {d.id: project.document(d.id).text for d in project.documents()}
    for s in spans:
        claim = stored[(s.doc_id, s.start, s.end)]
        text = texts[s.doc_id]
        assert text[s.start:s.end] == claim.quote
        assert s.quote == claim.quote, (fmt, s)
        if s.text is not None:
            assert s.text == text
            assert s.text[s.start:s.end] == claim.quote
        if s.claim_id is not None:
            assert s.claim_id == claim.id


FILTERS = {
    "one_doc": lambda c: ExportFilter(doc_ids=[c.docs["ar"]]),
    "two_docs": lambda c: ExportFilter(doc_ids=[c.docs["he"], c.docs["id"]]),
    "disputed": lambda c: ExportFilter(verdicts=[Verdict.DISPUTED]),
    "verified_or_unverified": lambda c: ExportFilter(verdicts=[Verdict.VERIFIED, Verdict.UNVERIFIED]),
    "annotator": lambda c: ExportFilter(annotators=["ana"]),
    "combined": lambda c: ExportFilter(doc_ids=[c.docs["id"]], verdicts=[Verdict.VERIFIED],
                                       annotators=["ana"]),
    "nothing": lambda c: ExportFilter(annotators=["nobody"]),
}


@pytest.mark.parametrize("name", FILTERS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_filters(fmt, name, corpus, tmp_path):
    _skip_missing(fmt)
    flt = FILTERS[name](corpus)
    dest = _dest(tmp_path, fmt)
    result = get_exporter(fmt).write(corpus.project, dest, flt)
    got = {s.key for s in READERS[fmt](dest, corpus.project)}
    assert got == _expected(corpus.project, flt, fmt)
    assert result.claims == len(got)


def test_document_prefix_and_unknown_document(corpus, tmp_path):
    dest = tmp_path / "a.jsonl"
    flt = ExportFilter(doc_ids=[corpus.docs["ar"][:8]])
    assert get_exporter("jsonl").write(corpus.project, dest, flt).documents == 1
    with pytest.raises(Exception, match="no document"):
        get_exporter("jsonl").write(corpus.project, tmp_path / "b.jsonl",
                                    ExportFilter(doc_ids=["zzzz"]))
    assert not (tmp_path / "b.jsonl").exists()


def test_documents_without_claims_are_kept_only_without_a_claim_filter(corpus, tmp_path):
    dest = tmp_path / "a.jsonl"
    assert get_exporter("jsonl").write(corpus.project, dest, ExportFilter()).documents == 4
    assert get_exporter("jsonl").write(
        corpus.project, dest, ExportFilter(verdicts=[Verdict.VERIFIED])).documents == 2


@pytest.mark.parametrize("fmt", FORMATS)
def test_preview_and_metadata(fmt, corpus):
    _skip_missing(fmt)
    cls = exporter_class(fmt)
    assert cls.name == fmt and cls.label
    assert cls.multi_file == (fmt in ("brat", "labelstudio"))
    assert cls.multi_file or cls.suffix.startswith(".")
    assert bool(cls.limits) == (fmt != "jsonl")  # only the native format is lossless
    text = get_exporter(fmt).preview(corpus.project, ExportFilter(), limit=2)
    assert text.strip()
    # the preview shows real characters, never \\u escapes of them
    assert "\U0001F469" in text or "اثني" in text


def test_unknown_format_and_option_are_clear_errors():
    with pytest.raises(ExportError, match="use one of jsonl, csv, w3c"):
        get_exporter("xlsx")
    with pytest.raises(ExportError, match="has no option colour"):
        get_exporter("csv", colour=True)
    assert get_exporter(" JSONL ").name == "jsonl"
    with pytest.raises(ExportError, match="option bom must be true or false"):
        get_exporter("csv", bom="red")
    with pytest.raises(ExportError, match="option labels must be a mapping"):
        get_exporter("fever", labels="SUPPORTS")
    with pytest.raises(ExportError, match="option best_rating must be a whole number"):
        get_exporter("claimreview", best_rating=True)


@pytest.mark.parametrize("fmt, module", [("parquet", "pyarrow"), ("spacy", "spacy")])
def test_missing_optional_dependency_is_reported_not_crashed(fmt, module, corpus, tmp_path, monkeypatch):
    import sys

    from annotator.export import base

    cls = exporter_class(fmt)
    real = base.importlib.util.find_spec
    monkeypatch.setattr(base.importlib.util, "find_spec",
                        lambda name, *a: None if name == module else real(name, *a))
    for name in [m for m in sys.modules if m == module or m.startswith(module + ".")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)  # `import module` now fails
    reason = cls.unavailable_reason()
    assert reason == f"the {fmt} export needs {module}: pip install 'annotator[{fmt}]'"
    with pytest.raises(ExportError, match="pip install"):
        get_exporter(fmt).write(corpus.project, tmp_path / ("x" + cls.suffix), ExportFilter())
    assert not (tmp_path / ("x" + cls.suffix)).exists()
    assert exporter_class("csv").unavailable_reason() == ""


@pytest.mark.parametrize("fmt", ["jsonl", "fever", "doccano"])
def test_jsonl_lines_survive_splitlines(fmt, corpus, tmp_path):
    """A note holding U+2028 / NEL must not split a record for readers using str.splitlines()."""
    import json

    dest = _dest(tmp_path, fmt)
    get_exporter(fmt).write(corpus.project, dest, ExportFilter())
    text = dest.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert len(lines) == text.count("\n")
    notes = json.dumps([json.loads(line) for line in lines], ensure_ascii=False)
    assert "\u2028" in notes and "\x85" in notes  # the characters themselves are kept


@pytest.mark.parametrize("fmt", FORMATS)
def test_real_indonesian_articles(fmt, project, corpus_dir, tmp_path):
    """The shared corpus (real news articles): one claim per sentence-ish stretch of text."""
    import re

    from annotator.ingest.runner import import_paths

    _skip_missing(fmt)
    report = import_paths(project, [corpus_dir])
    assert report.ok
    verdicts = list(Verdict)
    for summary in project.documents():
        text = project.document(summary.id).text
        for i, m in enumerate(re.finditer(r"[^.\n]{20,}\.", text)):
            project.add_claim(summary.id, m.start(), m.end(), verdicts[i % 3])
    dest = _dest(tmp_path, fmt)
    result = get_exporter(fmt).write(project, dest, ExportFilter())
    spans = READERS[fmt](dest, project)
    assert {s.key for s in spans} == _expected(project, ExportFilter(), fmt)
    assert result.claims == len(spans) > 20
    stored = {(c.doc_id, c.start, c.end): c.quote for c in project.claims()}
    for s in spans:
        assert s.quote == stored[(s.doc_id, s.start, s.end)]
