"""`annotator agreement` and `annotator export --agreement / --annotator`: the CLI contract."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.project import Project
from tests.conftest import make_document

TEXT = "Banjir melanda tiga desa pada Senin pagi, menurut kepala dinas setempat. " * 6
KEYS = ["annotators", "documents", "units", "fleiss_kappa", "krippendorff_alpha", "pairwise",
        "note"]
PAIR_KEYS = ["a", "b", "units", "f1_exact", "f1_overlap", "cohen_kappa"]


def invoke(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)


@pytest.fixture
def proj(tmp_path):
    path = tmp_path / "team.annot"
    with Project.create(path, annotator="ana") as p:
        doc = make_document(TEXT, "Banjir")
        p.add_documents([doc])
    return path, doc.id


def add(path, doc_id, who, start, end, verdict):
    result = invoke("claim", "add", path, "--doc", doc_id, "--start", start, "--end", end,
                    "--verdict", verdict, "--json", env={"ANNOTATOR_NAME": who})
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_the_annotator_of_a_cli_claim_is_annotator_name(proj):
    path, doc_id = proj
    assert add(path, doc_id, "citra", 0, 6, "verified")["annotator"] == "citra"
    with Project.open(path) as p:
        assert p.annotators() == ["citra"]


def test_json_contract(proj):
    path, doc_id = proj
    for who in ("ana", "budi"):
        add(path, doc_id, who, 0, 6, "verified")
        add(path, doc_id, who, 14, 20, "disputed")
    add(path, doc_id, "budi", 30, 40, "unverified")
    result = invoke("agreement", path, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert list(data) == KEYS
    assert data["annotators"] == ["ana", "budi"] and data["documents"] == 1 and data["units"] == 2
    assert [list(p) for p in data["pairwise"]] == [PAIR_KEYS]
    pair = data["pairwise"][0]
    assert pair["f1_exact"] == pytest.approx(0.8) and pair["cohen_kappa"] == 1.0
    assert data["krippendorff_alpha"] == 1.0 and data["note"] == ""

    for by, key in (("document", doc_id), ("verdict", "verified")):
        grouped = json.loads(invoke("agreement", path, "--by", by, "--json").output)
        assert list(grouped) == ["groups"]
        assert list(grouped["groups"][0]) == [by, *KEYS] and grouped["groups"][0][by] == key


def test_plain_output_is_a_table(proj):
    path, doc_id = proj
    for who in ("ana", "budi"):
        add(path, doc_id, who, 0, 6, "verified")
    add(path, doc_id, "ana", 14, 20, "disputed")
    out = invoke("agreement", path).output
    assert "ana – budi" in out and "F1 exact" in out and "Cohen kappa" in out
    assert "undefined: cohen_kappa ana–budi" in out  # one verdict only
    out = invoke("agreement", path, "--by", "document").output
    assert out.startswith(f"document {doc_id[:8]}  Banjir")


def test_fewer_than_two_annotators_gives_one_sentence(proj):
    path, doc_id = proj
    result = invoke("agreement", path, "--json")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "two or more annotators" in result.stderr
    add(path, doc_id, "ana", 0, 6, "verified")
    result = invoke("agreement", path)
    assert result.exit_code == 2 and "only 'ana'" in result.stderr


def test_export_gold_layer_and_agreement_beside_it(proj, tmp_path):
    path, doc_id = proj
    for who in ("ana", "budi", "gold"):
        add(path, doc_id, who, 0, 6, "verified")
    add(path, doc_id, "budi", 14, 20, "disputed")
    out = tmp_path / "gold.jsonl"
    result = invoke("export", path, "--format", "jsonl", "-o", out, "--annotator", "gold",
                    "--agreement", "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["claims"] == 1 and summary["agreement"] == str(out) + ".agreement.json"
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    claims = [c for r in records for c in r["claims"]]
    assert [c["annotator"] for c in claims] == ["gold"]
    figures = json.loads((tmp_path / "gold.jsonl.agreement.json").read_text(encoding="utf-8"))
    assert list(figures) == KEYS and figures["annotators"] == ["ana", "budi", "gold"]
    assert not list(tmp_path.glob(".*part"))  # written atomically: no temporary left


def test_export_agreement_of_a_single_annotator_says_why(proj, tmp_path):
    path, doc_id = proj
    add(path, doc_id, "ana", 0, 6, "verified")
    out = tmp_path / "solo.csv"
    assert invoke("export", path, "--format", "csv", "-o", out, "--agreement").exit_code == 0
    figures = json.loads((tmp_path / "solo.csv.agreement.json").read_text(encoding="utf-8"))
    assert figures["krippendorff_alpha"] is None and "two or more annotators" in figures["note"]


def test_threshold_untagged_and_by_verdict_options(proj):
    path, doc_id = proj
    add(path, doc_id, "ana", 0, 10, "verified")
    add(path, doc_id, "budi", 0, 6, "verified")  # Jaccard 0.6
    add(path, doc_id, "ana", 14, 20, "disputed")  # budi left this out
    add(path, doc_id, "budi", 30, 40, "disputed")
    add(path, doc_id, "ana", 30, 40, "disputed")

    def figures(*options):
        result = invoke("agreement", path, "--json", *options)
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    assert figures()["pairwise"][0]["units"] == 2
    assert figures("--threshold", "0.7")["pairwise"][0]["units"] == 1
    assert figures()["krippendorff_alpha"] == 1.0
    assert figures("--untagged")["krippendorff_alpha"] < 1.0
    assert invoke("agreement", path, "--threshold", "0").exit_code == 2
    out = invoke("agreement", path, "--by", "verdict").output
    heads = [line for line in out.splitlines() if line.startswith("verdict ")]
    assert heads == ["verdict verified", "verdict disputed", "verdict unverified"]
    assert "Krippendorff" in invoke("agreement", "--help").output
