"""The native JSONL re-imports into a new project with nothing lost, and the mappings and the
CLI behave as documented."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.core.errors import IngestError
from annotator.core.model import Verdict
from annotator.export import FORMATS, ExportError, ExportFilter, get_exporter
from annotator.ingest.native import import_native, is_native_export, read_native
from annotator.project import Project


def _snapshot(project: Project) -> dict:
    docs = [project.document(d.id) for d in project.documents()]
    claims = project.claims()
    return {
        "docs": sorted((vars(d) for d in docs), key=lambda d: d["id"]),
        "claims": sorted((vars(c) | {"evidence": [vars(e) for e in c.evidence]} for c in claims),
                         key=lambda c: c["id"]),
        "links": sorted((vars(link) for link in project.links()), key=lambda link: link["id"]),
        "history": {c.id: [vars(h) for h in project.history(c.id)] for c in claims},
    }


def test_round_trip_loses_nothing(corpus, tmp_path):
    dest = tmp_path / "all.jsonl"
    get_exporter("jsonl").write(corpus.project, dest, ExportFilter())
    assert is_native_export(dest)
    fresh = Project.create(tmp_path / "fresh.annot", annotator="someone-else")
    try:
        result = import_native(fresh, dest)
        assert (result.documents, result.claims, result.links) == (4, 14, 4)
        assert _snapshot(fresh) == _snapshot(corpus.project)
        assert fresh.integrity_problems() == []
        again = tmp_path / "again.jsonl"
        get_exporter("jsonl").write(fresh, again, ExportFilter())
        assert again.read_bytes() == dest.read_bytes()
        # one undoable step, and importing the same file again adds nothing
        assert import_native(fresh, dest).nothing_new
        assert fresh.claim_count() == 14
        fresh.undo()
        assert fresh.document_count() == 0 and fresh.claim_count() == 0
    finally:
        fresh.close()


def test_a_colleagues_export_merges_onto_the_same_articles(corpus, tmp_path):
    """Two annotators tag copies of the same articles; importing one's export into the other's
    project adds the claims (and links) to the articles already there, nothing twice."""
    mine = Project.create(tmp_path / "mine.annot", annotator="me")
    try:
        shared = tmp_path / "shared.jsonl"
        get_exporter("jsonl").write(corpus.project, shared, ExportFilter())
        import_native(mine, shared)  # both start from the same articles and claims
        doc = mine.documents()[0]
        before = mine.claim_count()
        theirs = tmp_path / "theirs.jsonl"
        added = corpus.project.add_claim(doc.id, 0, 5, "disputed", note="their new claim")
        new_claim = added.created[0]
        get_exporter("jsonl").write(corpus.project, theirs, ExportFilter())
        result = import_native(mine, theirs)
        assert (result.documents, result.claims, result.links) == (0, 1, 0)
        assert (result.known_documents, result.known_claims) == (4, 14)
        assert mine.document_count() == 4 and mine.claim_count() == before + 1
        merged = mine.claim(new_claim)
        assert merged.doc_id == doc.id and merged.note == "their new claim"
        assert [h.new.value for h in mine.history(new_claim)] == ["disputed"]
        assert mine.integrity_problems() == []
        mine.undo()  # one step
        assert mine.claim_count() == before
        # the importer reports it; a file with nothing new is a duplicate
        from annotator.ingest.runner import import_paths

        report = import_paths(mine, [theirs])
        assert report.results[0].outcome.value == "imported"
        assert "1 claim(s)" in report.results[0].message
        assert "4 already here" in report.results[0].message
        ndjson = tmp_path / "theirs.ndjson"
        ndjson.write_bytes(theirs.read_bytes())
        again = import_paths(mine, [ndjson])
        assert again.results[0].outcome.value == "duplicate"
        assert mine.claim_count() == before + 1
    finally:
        mine.close()


def test_filtered_export_round_trips_its_subset(corpus, tmp_path):
    dest = tmp_path / "ar.jsonl"
    get_exporter("jsonl").write(corpus.project, dest, ExportFilter(doc_ids=[corpus.docs["ar"]]))
    fresh = Project.create(tmp_path / "fresh.annot")
    try:
        result = import_native(fresh, dest)
        assert (result.documents, result.claims, result.links) == (1, 2, 1)
        assert fresh.links()[0].kind.value == "contradicts"
    finally:
        fresh.close()


def test_same_ids_with_other_text_are_refused_clearly(corpus, tmp_path):
    dest = tmp_path / "all.jsonl"
    get_exporter("jsonl").write(corpus.project, dest, ExportFilter(doc_ids=[corpus.docs["he"]]))
    line = json.loads(dest.read_text(encoding="utf-8"))
    line["text"] = line["text"].replace("הדובר", "הדוברת")  # another text, same document id
    dest.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    before = corpus.project.claim_count()
    with pytest.raises(IngestError, match=r"some documents of this file are already in the "
                                          r"project \(same ids\); nothing was imported"):
        import_native(corpus.project, dest)
    assert corpus.project.claim_count() == before


def test_plain_article_jsonl_is_not_taken_for_a_native_export(tmp_path):
    plain = tmp_path / "articles.jsonl"
    plain.write_text('{"text": "Hello", "title": "A"}\n', encoding="utf-8")
    assert not is_native_export(plain)
    with pytest.raises(IngestError, match="line 1 is not an Annotator export record"):
        read_native(plain)


@pytest.mark.parametrize("mutate, message", [
    (lambda r: r["claims"][0].update(quote="wrong"), "quote does not match"),
    (lambda r: r["claims"][0].update(start="3"), "field 'start' has the wrong type"),
    (lambda r: r.update(annotator_export=99), "newer Annotator"),
    (lambda r: r["claims"][0].update(verdict="maybe"), "unknown verdict"),
    (lambda r: r["links"].append({"id": "l", "source_id": r["claims"][0]["id"], "target_id": "gone",
                                  "kind": "supports", "created_at": "x"}), "does not hold"),
])
def test_damaged_native_files_import_nothing(corpus, tmp_path, mutate, message):
    dest = tmp_path / "all.jsonl"
    get_exporter("jsonl").write(corpus.project, dest, ExportFilter())
    lines = [json.loads(line) for line in dest.read_text(encoding="utf-8").splitlines()]
    first = next(r for r in lines if r["claims"] and r["links"])
    mutate(first)
    dest.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n", encoding="utf-8")
    fresh = Project.create(tmp_path / "fresh.annot")
    try:
        with pytest.raises(IngestError, match=message):
            import_native(fresh, dest)
        assert fresh.document_count() == 0
    finally:
        fresh.close()


def test_fever_and_claimreview_mappings_are_configurable(corpus, tmp_path):
    dest = tmp_path / "fever.jsonl"
    get_exporter("fever", labels={"unverified": "REFUTES"}).write(corpus.project, dest, ExportFilter())
    rows = {r["id"]: r for r in map(json.loads, dest.read_text(encoding="utf-8").splitlines())}
    assert rows[corpus.claims["mid_word"]]["label"] == "REFUTES"
    assert rows[corpus.claims["family"]]["label"] == "SUPPORTS"
    houses = rows[corpus.claims["houses"]]
    assert houses["label"] == "REFUTES" and houses["verifiable"] == "VERIFIABLE"
    # evidence: the claim that supports it, with its document and span
    (item,), = houses["evidence"]
    family = corpus.project.claim(corpus.claims["family"])
    assert item[1:] == [family.id, family.doc_id, [family.start, family.end]]
    with pytest.raises(ExportError, match="not one of SUPPORTS"):
        get_exporter("fever", labels={"verified": "TRUE"}).write(corpus.project, dest, ExportFilter())
    with pytest.raises(ExportError, match="'sure' is not a verdict"):
        get_exporter("fever", labels={"sure": "SUPPORTS"}).write(corpus.project, dest, ExportFilter())

    cr = tmp_path / "cr.jsonld"
    ratings = {"unverified": {"alternateName": "Unproven", "ratingValue": 3},
               "disputed": {"alternateName": "Misleading", "ratingValue": 2}}
    result = get_exporter("claimreview", ratings=ratings, organisation="Cek Fakta",
                          url_template="https://cek.example/r/{claim_id}").write(
        corpus.project, cr, ExportFilter())
    graph = json.loads(cr.read_text(encoding="utf-8"))["@graph"]
    assert result.claims == len(graph) == corpus.project.claim_count()
    names = {g["identifier"]: g["reviewRating"]["alternateName"] for g in graph}
    assert names[corpus.claims["mid_word"]] == "Unproven"
    assert names[corpus.claims["formula"]] == "Misleading"
    review = next(g for g in graph if g["identifier"] == corpus.claims["houses"])
    assert review["itemReviewed"]["appearance"]["url"] == "https://example.org/banjir"
    assert review["author"] == {"@type": "Organization", "name": "Cek Fakta"}
    assert review["reviewRating"]["bestRating"] == 5
    assert review["url"] == f"https://cek.example/r/{corpus.claims['houses']}"
    with pytest.raises(ExportError, match="url_template"):
        get_exporter("claimreview", url_template="https://x/{id}").write(corpus.project, cr, ExportFilter())
    result = get_exporter("claimreview").write(corpus.project, cr, ExportFilter(verdicts=[Verdict.UNVERIFIED]))
    assert result.claims == 0 and any("unverified" in w for w in result.warnings)


def test_doccano_relations_layout(corpus, tmp_path):
    dest = tmp_path / "d.jsonl"
    get_exporter("doccano", relations=True).write(corpus.project, dest, ExportFilter())
    lines = {r["doc_id"]: r for r in map(json.loads, dest.read_text(encoding="utf-8").splitlines())}
    ar = lines[corpus.docs["ar"]]
    assert [e["label"] for e in ar["entities"]] == ["verified", "disputed"]
    assert ar["relations"] == [{"id": 1, "type": "contradicts", "from_id": 2, "to_id": 1}]
    for e in ar["entities"]:
        assert ar["text"][e["start_offset"]:e["end_offset"]] in {c.quote for c in corpus.project.claims()}


def test_cli_export_and_help(corpus, tmp_path):
    corpus.project.close()
    runner = CliRunner()
    help_text = runner.invoke(main, ["export", "--help"]).output
    for fmt in FORMATS:
        assert fmt in help_text
    out = tmp_path / "d.csv"
    res = runner.invoke(main, ["export", str(corpus.project.path), "--format", "csv", "-o", str(out),
                               "--verdict", "disputed", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["format"] == "csv" and data["claims"] == 5
    res = runner.invoke(main, ["export", str(corpus.project.path), "--format", "xlsx", "-o", str(out)])
    assert res.exit_code == 2 and "use one of jsonl" in res.output


def test_cli_format_options(corpus, tmp_path):
    corpus.project.close()
    runner = CliRunner()
    out = tmp_path / "f.jsonl"
    res = runner.invoke(main, ["export", str(corpus.project.path), "--format", "fever", "-o", str(out),
                               "-O", 'labels={"unverified": "REFUTES"}'])
    assert res.exit_code == 0, res.output
    labels = {json.loads(line)["label"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert labels == {"SUPPORTS", "REFUTES"}
    csv_out = tmp_path / "b.csv"
    res = runner.invoke(main, ["export", str(corpus.project.path), "--format", "csv", "-o", str(csv_out),
                               "--option", "bom=true"])
    assert res.exit_code == 0 and csv_out.read_bytes().startswith(b"\xef\xbb\xbf")
    res = runner.invoke(main, ["export", str(corpus.project.path), "--format", "csv", "-o", str(csv_out),
                               "-O", "colour=red"])
    assert res.exit_code == 2 and "has no option colour" in res.output
    res = runner.invoke(main, ["export", str(corpus.project.path), "--format", "csv", "-o", str(csv_out),
                               "-O", "bom"])
    assert res.exit_code == 2 and "is not KEY=VALUE" in res.output


def test_merging_keeps_one_link_per_pair_and_one_article_per_text(corpus, tmp_path):
    """Colleagues who link the same two claims the same way (either way round) make two links
    with different ids: the merge keeps one. Two exports joined into one file may hold the
    same article twice: it is stored once, with the claims of both."""
    shared = tmp_path / "shared.jsonl"
    get_exporter("jsonl").write(corpus.project, shared, ExportFilter())
    mine = Project.create(tmp_path / "mine.annot")
    theirs = Project.create(tmp_path / "theirs.annot")
    try:
        import_native(mine, shared)
        import_native(theirs, shared)
        doc = mine.documents()[0].id
        a = mine.add_claim(doc, 0, 3, "verified").created[0]
        b = mine.add_claim(doc, 5, 9, "disputed").created[0]
        mine.add_link(a, b, "supports")
        mine_file = tmp_path / "mine.jsonl"
        get_exporter("jsonl").write(mine, mine_file, ExportFilter())
        import_native(theirs, mine_file)  # theirs now has a, b and the link a -> b
        theirs.remove_link(next(lk.id for lk in theirs.links(a) if lk.kind.value == "supports"))
        theirs.add_link(b, a, "supports")  # the same link, made the other way round
        theirs_file = tmp_path / "theirs.jsonl"
        get_exporter("jsonl").write(theirs, theirs_file, ExportFilter())
        before = len(mine.links())
        result = import_native(mine, theirs_file)
        assert result.nothing_new and len(mine.links()) == before
        assert mine.integrity_problems() == []

        joined = tmp_path / "joined.jsonl"  # both exports in one file
        joined.write_bytes(shared.read_bytes() + mine_file.read_bytes())
        fresh = Project.create(tmp_path / "fresh.annot")
        try:
            result = import_native(fresh, joined)
            assert fresh.document_count() == corpus.project.document_count()
            assert fresh.claim_count() == mine.claim_count()
            assert (result.documents, result.known_documents) == (4, 4)
        finally:
            fresh.close()
    finally:
        mine.close()
        theirs.close()


@pytest.mark.parametrize("head, native", [
    ("", True), ("\n\n  \t\n", True), ("\ufeff", True), ("\u2028\n", True),
    ("\n" * 70000, True),  # the start is past the first 64 KB read: still found
    ('{"text": "x"}\n', False),
])
def test_an_export_is_known_by_the_start_of_its_first_line(tmp_path, head, native):
    record = json.dumps({"annotator_export": 1, "id": "d", "text": "x" * 200_000})
    path = tmp_path / "e.jsonl"
    path.write_text(head + record + "\n", encoding="utf-8")
    assert is_native_export(path) is native
    if native and len(head) < 1000:  # damage after the first line: reading it says where
        broken = tmp_path / "broken.jsonl"
        broken.write_bytes((head + record + "\n").encode() + b"\xff\xfe garbage\n")
        assert is_native_export(broken)
        with pytest.raises(IngestError, match="cannot read"):
            read_native(broken)


def test_claims_read_the_quick_way_equal_those_read_field_by_field():
    """ingest/native_claims.py's claims_quick takes what Annotator writes; anything unusual
    goes to claim, which checks and names it: both give the same claims and history."""
    from annotator.core.model import change_fields, claim_fields
    from annotator.ingest.native_claims import claim, claims_quick

    base = {"id": "c1", "start": 0, "end": 4, "quote": "Kata", "prefix": "", "suffix": " lagi",
            "verdict": "verified", "note": "n", "confidence": None, "claimant": "Ana",
            "reported_by": "", "annotator": "ana", "created_at": "t0", "updated_at": "t1",
            "evidence": [], "history": [{"old": None, "new": "verified", "annotator": "ana",
                                         "at": "t0", "cause": "edit"}]}
    variants = [
        {}, {"verdict": "Disputed "}, {"confidence": 0.5}, {"confidence": 1}, {"confidence": True},
        {"history": [{"old": "verified", "new": "UNVERIFIED", "at": "t2"}]},
        {"history": []}, {"note": "line\nbreak"},
        {"evidence": [{"id": "e1", "url": "https://x.test/a"}]},
    ]
    for change in variants:
        obj = {**base, **change}
        quick = claims_quick([obj], "d", scan=True)
        if quick is not None:
            c, history = claim(obj, "d", "here")
            assert quick == ([claim_fields(c)], [change_fields(h) for h in history],
                             [0] if c.evidence else []), change
    assert claims_quick([base], "d", scan=False) is not None
    assert claims_quick([{**base, "confidence": True}], "d", scan=False) is None
    assert claims_quick([{**base, "start": "0"}], "d", scan=False) is None
    assert claims_quick([{**base, "quote": "Ka\x00ta"}], "d", scan=True) is None
