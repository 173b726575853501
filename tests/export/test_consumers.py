"""Each export loaded by the tool it is meant for (test-only dependencies; no network)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from annotator.core.model import Verdict
from annotator.export import ExportFilter, get_exporter
from annotator.resources import resource

from .conftest import FAMILY


def _claims_by_span(project):
    return {(c.doc_id, c.start, c.end): c for c in project.claims()}


# ---------------------------------------------------------------- spaCy
def test_spacy_docbin_loads_with_blank_pipeline_and_strict_spans(corpus, tmp_path):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    dest = tmp_path / "claims.spacy"
    result = get_exporter("spacy").write(corpus.project, dest, ExportFilter())
    assert any("split" in w for w in result.warnings)  # mid-word and mid-ZWJ claims are reported
    nlp = spacy.blank("id")
    docs = list(DocBin().from_disk(dest).get_docs(nlp.vocab))
    assert len(docs) == 4
    stored = _claims_by_span(corpus.project)
    seen = 0
    for doc in docs:
        doc_id = doc.user_data["annotator"]["doc_id"]
        assert doc.text == corpus.project.document(doc_id).text
        for c in corpus.project.claims(doc_id):
            span = doc.char_span(c.start, c.end, alignment_mode="strict")
            assert span is not None, c.quote
            assert span.text == c.quote
        for span in doc.spans["claims"]:
            claim = stored[(doc_id, span.start_char, span.end_char)]
            assert span.id_ == claim.id and span.label_ == claim.verdict.value
            seen += 1
    assert seen == corpus.project.claim_count()
    # overlapping claims live side by side in one span group
    id_doc = next(d for d in docs if d.user_data["annotator"]["doc_id"] == corpus.docs["id"])
    starts = sorted((s.start_char, s.end_char) for s in id_doc.spans["claims"])
    assert any(a[1] > b[0] for a, b in zip(starts, starts[1:]))


# ---------------------------------------------------------------- Hugging Face datasets
@pytest.fixture
def hf_offline(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf" / "datasets"))
    return pytest.importorskip("datasets")


def test_datasets_loads_native_jsonl(corpus, tmp_path, hf_offline):
    dest = tmp_path / "claims.jsonl"
    get_exporter("jsonl").write(corpus.project, dest, ExportFilter())
    ds = hf_offline.load_dataset("json", data_files=str(dest), split="train",
                                 cache_dir=str(tmp_path / "cache"))
    assert ds.num_rows == 4
    total = 0
    for row in ds:
        for claim in row["claims"]:
            assert row["text"][claim["start"]:claim["end"]] == claim["quote"]
            total += 1
    assert total == corpus.project.claim_count()


def test_datasets_loads_parquet(corpus, tmp_path, hf_offline):
    pytest.importorskip("pyarrow")
    dest = tmp_path / "claims.parquet"
    get_exporter("parquet").write(corpus.project, dest, ExportFilter())
    ds = hf_offline.load_dataset("parquet", data_files=str(dest), split="train",
                                 cache_dir=str(tmp_path / "cache"))
    assert ds.num_rows == corpus.project.claim_count()
    assert ds.features["start"].dtype == "int64"
    assert ds.features["confidence"].dtype == "float64"
    for row in ds:
        assert row["doc_text"][row["start"]:row["end"]] == row["quote"]
    family = next(r for r in ds if r["claim_id"] == corpus.claims["family"])
    assert [e["url"] for e in family["evidence"]] == ["https://example.org/ev1", "https://example.org/ev2"]
    assert family["confidence"] == pytest.approx(0.9)
    assert {link["kind"] for link in family["links"]} == {"supports"}


# ---------------------------------------------------------------- JSON Schema
def test_native_jsonl_validates_against_the_published_schema(corpus, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(resource("schema", "annotator-export.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    dest = tmp_path / "claims.jsonl"
    get_exporter("jsonl").write(corpus.project, dest, ExportFilter())
    lines = dest.read_text(encoding="utf-8").splitlines()
    for line in lines:
        errors = list(validator.iter_errors(json.loads(line)))
        assert not errors, errors[0].message
    broken = json.loads(lines[0])
    broken["claims"][0]["verdict"] = "maybe"
    assert list(validator.iter_errors(broken))


def _w3c_validators(root: Path):
    jsonschema = pytest.importorskip("jsonschema")
    referencing = pytest.importorskip("referencing")
    from referencing.jsonschema import DRAFT4

    resources = []
    for path in sorted((root / "definitions").glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((path.name, referencing.Resource(contents, DRAFT4)))
    registry = referencing.Registry().with_resources(resources)
    musts = json.loads((root / "annotations" / "annotationMusts.test").read_text(encoding="utf-8"))
    validators = []
    for rel in musts["assertions"]:
        schema = json.loads((root / rel).read_text(encoding="utf-8"))
        assert schema.get("expectedResult", "valid") == "valid"
        validators.append((rel, jsonschema.Draft4Validator(schema, registry=registry)))
    return validators


def test_w3c_annotations_pass_every_must_assertion(corpus, tmp_path, w3c_schemas):
    validators = _w3c_validators(w3c_schemas)
    assert len(validators) > 40
    dest = tmp_path / "claims.jsonld"
    get_exporter("w3c").write(corpus.project, dest, ExportFilter())
    collection = json.loads(dest.read_text(encoding="utf-8"))
    assert collection["type"] == "AnnotationCollection"
    items = collection["first"]["items"]
    assert collection["total"] == len(items) == corpus.project.claim_count() + len(corpus.project.links())
    for item in items:
        annotation = {"@context": collection["@context"], **item}
        for name, validator in validators:
            errors = list(validator.iter_errors(annotation))
            assert not errors, f"{name}: {errors[0].message}"
    # the validators do reject a broken annotation (the test can fail)
    bad = {**items[0], "@context": "http://example.org/other"}
    assert any(list(v.iter_errors(bad)) for _, v in validators)
    family = next(i for i in items if i["id"] == f"urn:uuid:{corpus.claims['family']}")
    purposes = [b.get("purpose") for b in family["body"]]
    assert purposes == ["tagging", "commenting", "linking", "linking"]
    assert family["motivation"] == "assessing"
    position = next(s for s in family["target"]["selector"] if s["type"] == "TextPositionSelector")
    quote = next(s for s in family["target"]["selector"] if s["type"] == "TextQuoteSelector")
    assert quote["exact"].startswith(FAMILY)
    assert position["end"] - position["start"] == len(quote["exact"])


def test_w3c_plain_array_option(corpus, tmp_path):
    dest = tmp_path / "a.jsonld"
    get_exporter("w3c", collection=False, links=False).write(corpus.project, dest, ExportFilter())
    items = json.loads(dest.read_text(encoding="utf-8"))
    assert isinstance(items, list) and len(items) == corpus.project.claim_count()
    assert all(i["@context"] == "http://www.w3.org/ns/anno.jsonld" for i in items)


# ---------------------------------------------------------------- Label Studio
def test_label_studio_converter_reads_tasks_and_config(corpus, tmp_path):
    converter_mod = pytest.importorskip("label_studio_converter")
    dest = tmp_path / "ls"
    get_exporter("labelstudio").write(corpus.project, dest, ExportFilter())
    config = (dest / "labeling_config.xml").read_text(encoding="utf-8")
    conv = converter_mod.Converter(config=config, project_dir=str(tmp_path), download_resources=False)
    out = tmp_path / "converted"
    conv.convert_to_json_min(str(dest / "tasks.json"), str(out), is_dir=False)
    records = json.loads((out / "result.json").read_text(encoding="utf-8"))
    stored = _claims_by_span(corpus.project)
    regions = 0
    for record in records:
        for region in record.get("verdict", []):
            claim = stored[(record["doc_id"], region["start"], region["end"])]
            assert record["text"][region["start"]:region["end"]] == region["text"] == claim.quote
            assert region["labels"] == [claim.verdict.value]
            regions += 1
    assert regions == corpus.project.claim_count()
    # one annotation per annotator: "ana" and "tester" both annotated the Indonesian article
    tasks = json.loads((dest / "tasks.json").read_text(encoding="utf-8"))
    id_task = next(t for t in tasks if t["data"]["doc_id"] == corpus.docs["id"])
    assert sorted(a["meta"]["annotator"] for a in id_task["annotations"]) == ["ana", "tester"]
    relations = [r for a in id_task["annotations"] for r in a["result"] if r["type"] == "relation"]
    assert {(r["from_id"], r["to_id"]) for r in relations} == {(corpus.claims["formula"], corpus.claims["minus"])}


# ---------------------------------------------------------------- brat
def test_brat_standoff_rules(corpus, tmp_path):
    from .readers import read_brat

    dest = tmp_path / "brat"
    result = get_exporter("brat").write(corpus.project, dest, ExportFilter())
    assert any("line break" in w for w in result.warnings)
    spans = read_brat(dest, corpus.project)  # asserts each T line's text equals the .txt slice
    assert len(spans) == corpus.project.claim_count()
    conf = (dest / "annotation.conf").read_text(encoding="utf-8")
    assert "[entities]\nClaim" in conf and "Verdict\tArg:Claim, Value:verified|disputed|unverified" in conf
    for ann in dest.glob("*.ann"):
        lines = ann.read_text(encoding="utf-8").splitlines()
        ids = {line.split("\t")[0] for line in lines}
        for line in lines:
            kind = line[0]
            assert kind in "TAR#"
            if kind == "R":
                _, rest = line.split("\t")
                rel, a1, a2 = rest.split(" ")
                assert rel in conf and a1.split(":")[1] in ids and a2.split(":")[1] in ids
            if kind == "#":
                assert line.split("\t")[1].split(" ")[1] in ids
                assert "\n" not in line and line.count("\t") == 2
    ar = next(dest.glob(f"*{corpus.docs['ar'][:8]}.ann")).read_text(encoding="utf-8")
    assert "R1\tcontradicts Arg1:" in ar


# ---------------------------------------------------------------- CSV
def test_csv_reads_back_and_neutralises_formulas(corpus, tmp_path):
    dest = tmp_path / "claims.csv"
    result = get_exporter("csv").write(corpus.project, dest, ExportFilter())
    raw = dest.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with open(dest, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == corpus.project.claim_count()
    by_id = {r["claim_id"]: r for r in rows}
    assert by_id[corpus.claims["formula"]]["quote"] == "'=SUM(A1) bukan angka resmi"
    assert by_id[corpus.claims["minus"]]["quote"].startswith("'-40%")
    assert by_id[corpus.claims["accent"]]["note"].startswith("'=cmd")
    assert by_id[corpus.claims["he1"]]["quote"].startswith("'@")
    assert by_id[corpus.claims["family"]]["note"] == "ZWJ family\nwith a tab\t."  # embedded, not leading
    assert by_id[corpus.claims["family"]]["evidence_urls"].split("\n") == [
        "https://example.org/ev1", "https://example.org/ev2"]
    assert by_id[corpus.claims["family"]]["confidence"] == "0.9"
    for row in rows:
        for cell in row.values():
            assert not cell.lstrip("\n").startswith(("=", "+", "-", "@", "\t", "\r"))
    warning = next(w for w in result.warnings if "formulas" in w)
    line = 2 + [r["claim_id"] for r in rows].index(corpus.claims["formula"])
    assert f"row {line} quote" in warning  # the cells changed are named
    # the native JSONL keeps the raw text
    jl = tmp_path / "claims.jsonl"
    get_exporter("jsonl").write(corpus.project, jl, ExportFilter())
    assert '"quote":"=SUM(A1) bukan angka resmi"' in jl.read_text(encoding="utf-8")


def test_csv_bom_for_excel(corpus, tmp_path):
    dest = tmp_path / "claims.csv"
    get_exporter("csv", bom=True).write(corpus.project, dest, ExportFilter(verdicts=[Verdict.VERIFIED]))
    assert dest.read_bytes().startswith(b"\xef\xbb\xbfclaim_id,")
    with open(dest, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["verdict"] for r in rows} == {"verified"}


def test_spacy_falls_back_to_the_multi_language_tokenizer(project, tmp_path):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    from tests.conftest import make_document

    doc = make_document("東京で大雨が降り、三つの橋が閉鎖された。", title="雨", language="ja")
    project.add_documents([doc])
    project.add_claim(doc.id, 3, 5, "verified")
    dest = tmp_path / "ja.spacy"
    result = get_exporter("spacy").write(project, dest, ExportFilter())
    (loaded,) = DocBin().from_disk(dest).get_docs(spacy.blank("id").vocab)
    assert loaded.char_span(3, 5, alignment_mode="strict").text == "大雨"
    try:
        spacy.blank("ja")
    except ImportError:
        assert any("no spaCy tokenizer could be loaded for ja" in w for w in result.warnings)


def test_datasets_loads_big_native_jsonl_with_the_published_features(project, tmp_path, hf_offline):
    """datasets infers types from the first chunk of a JSON file: when confidence, evidence or a
    non-null history value first appear later, the published Features make the load work."""
    from annotator.core.model import Evidence
    from tests.conftest import make_document

    docs = [make_document(f"Berita nomor {i}. " * 40, title=f"D{i}") for i in range(60)]
    project.add_documents(docs)
    for d in docs[:-1]:
        project.add_claim(d.id, 0, 6, "verified")
    last = project.add_claim(docs[-1].id, 0, 6, "disputed", confidence=0.25,
                             evidence=[Evidence(url="https://example.org/e")]).created[0]
    project.set_verdict(last, "verified")
    project.add_link(last, project.claims(docs[0].id)[0].id, "supports")
    dest = tmp_path / "big.jsonl"
    get_exporter("jsonl").write(project, dest, ExportFilter())
    features = hf_offline.Features.from_dict(json.loads(
        resource("schema", "annotator-export.hf-features.json").read_text(encoding="utf-8")))
    ds = hf_offline.load_dataset("json", data_files=str(dest), split="train", features=features,
                                 chunksize=16 << 10, cache_dir=str(tmp_path / "cache"))
    assert ds.num_rows == 60
    claim = ds[59]["claims"][0]
    assert claim["confidence"] == 0.25 and claim["evidence"][0]["url"] == "https://example.org/e"
    assert [h["old"] for h in claim["history"]] == [None, "disputed"]
    assert ds[59]["links"][0]["kind"] == "supports"
    assert ds[0]["claims"][0]["confidence"] is None


def test_published_features_match_the_json_schema():
    schema = json.loads(resource("schema", "annotator-export.schema.json").read_text(encoding="utf-8"))
    features = json.loads(resource("schema", "annotator-export.hf-features.json").read_text(encoding="utf-8"))
    assert set(features) == set(schema["properties"])
    defs = schema["$defs"]
    claim = features["claims"]["feature"]
    assert set(claim) == set(defs["claim"]["properties"])
    assert set(claim["evidence"]["feature"]) == set(defs["evidence"]["properties"])
    assert set(claim["history"]["feature"]) == set(defs["change"]["properties"])
    assert set(features["links"]["feature"]) == set(defs["link"]["properties"])
