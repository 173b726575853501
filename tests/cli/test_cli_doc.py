"""`annotator doc set`: article details from the command line, validated, one-line errors."""
import json

from click.testing import CliRunner

from annotator.cli import main
from annotator.project import Project
from tests.conftest import make_document


def _project(tmp_path):
    path = tmp_path / "p.annot"
    with Project.create(path) as p:
        p.add_documents([make_document("Teks berita pendek untuk diuji.", "Judul")])
        return path, p.documents()[0].id


def test_doc_set_writes_the_details_and_exports_carry_them(tmp_path):
    path, doc_id = _project(tmp_path)
    runner = CliRunner()
    out = runner.invoke(main, ["doc", "set", str(path), doc_id[:8], "--outlet", "Kompas.com",
                               "--url", "https://kompas.com/a", "--published", "2024-05-31",
                               "--author", "Ana", "--title", "Judul baru", "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["outlet"] == "Kompas.com"
    docs = json.loads(runner.invoke(main, ["docs", str(path), "--json"]).output)
    assert (docs[0]["title"], docs[0]["url"], docs[0]["published"], docs[0]["author"]) == (
        "Judul baru", "https://kompas.com/a", "2024-05-31", "Ana")
    assert runner.invoke(main, ["doc", "set", str(path), doc_id, "--published",
                                "2024-05-31T08:15:00+07:00"]).exit_code == 0
    target = tmp_path / "out.jsonl"
    with Project.open(path) as p:
        p.add_claim(doc_id, 0, 4, "verified")
    assert runner.invoke(main, ["export", str(path), "--format", "jsonl", "-o",
                                str(target)]).exit_code == 0
    exported = target.read_text(encoding="utf-8")
    assert "Kompas.com" in exported and "2024-05-31T08:15:00+07:00" in exported


def test_doc_set_refuses_bad_values_in_one_line(tmp_path):
    path, doc_id = _project(tmp_path)
    runner = CliRunner()
    for args, word in ((["--published", "31/05/2024"], "not a date"),
                       (["--published", "2024-02-30"], "not a date"),
                       (["--url", "ftp://x.org/a"], "not a web address"),
                       (["--url", "kompas.com"], "not a web address"),
                       (["--title", "  "], "title cannot be empty"),
                       ([], "nothing to change")):
        out = runner.invoke(main, ["doc", "set", str(path), doc_id, *args])
        assert out.exit_code == 2, (args, out.output)
        lines = out.stderr.strip().splitlines() if hasattr(out, "stderr") else out.output.splitlines()
        assert len(lines) == 1 and word in lines[0], (args, out.output)
    with Project.open(path) as p:
        assert p.document(doc_id).published == "" and p.document(doc_id).url == ""


def test_search_finds_word_forms_and_says_when_it_shortened_the_query(tmp_path):
    path = tmp_path / "p.annot"
    with Project.create(path) as p:
        p.add_documents([make_document("DPR menolak usulan kenaikan harga bahan bakar.", "A")])
    runner = CliRunner()
    out = runner.invoke(main, ["search", str(path), "tolak", "--json"])
    assert out.exit_code == 0 and json.loads(out.stdout)[0]["snippet"].count("[menolak]") == 1
    paste = " ".join(["DPR menolak usulan kenaikan harga bahan bakar"] * 5)
    out = runner.invoke(main, ["search", str(path), paste, "--json"])
    assert out.exit_code == 0 and json.loads(out.stdout)[0]["title"] == "A"
    assert "Long query shortened" in out.stderr
    # a passage no article holds word for word still finds the closest one
    out = runner.invoke(main, ["search", str(path), paste + " minyak sawit Kalimantan", "--json"])
    assert out.exit_code == 0 and json.loads(out.stdout)[0]["title"] == "A"
