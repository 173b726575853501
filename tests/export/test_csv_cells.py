"""CSV formula neutralising: what it changes, it names; a line break is not a formula."""
from __future__ import annotations

import csv

from annotator.export import ExportFilter, get_exporter
from tests.conftest import make_document


def _export(project, tmp_path, text: str, spans: list[tuple[int, int]]):
    doc = make_document(text, title="Artikel")
    project.add_documents([doc], undoable=False)
    ids = [project.add_claim(doc.id, s, e, "verified").created[0] for s, e in spans]
    dest = tmp_path / "claims.csv"
    result = get_exporter("csv").write(project, dest, ExportFilter())
    with open(dest, encoding="utf-8", newline="") as fh:
        rows = {r["claim_id"]: r for r in csv.DictReader(fh)}
    return result, [rows[i] for i in ids]


def test_a_suffix_starting_with_a_line_break_is_kept_as_it_is(project, tmp_path):
    text = "Polisi menyebut sembilan orang.\n\nRapat digelar Senin."
    end = text.index(".") + 1
    result, [row] = _export(project, tmp_path, text, [(0, end)])
    assert row["suffix"].startswith("\n\nRapat")
    assert not any("formulas" in w for w in result.warnings)


def test_a_formula_after_line_breaks_is_still_neutralised_and_each_change_is_named(
        project, tmp_path):
    text = "Polisi menyebut sembilan.\n=HYPERLINK(\"x\")\n\n-40% kata warga."
    first = (0, text.index(".") + 1)
    second = (text.index("-40%"), len(text))
    result, rows = _export(project, tmp_path, text, [first, second])
    assert rows[0]["suffix"].startswith("'\n=HYPERLINK")
    assert rows[1]["quote"].startswith("'-40%")
    warning = next(w for w in result.warnings if "formulas" in w)
    lines = {r["claim_id"]: n for n, r in enumerate(rows, start=2)}
    assert f"row {lines[rows[0]['claim_id']]} suffix" in warning
    assert f"row {lines[rows[1]['claim_id']]} quote" in warning
