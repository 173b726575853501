"""Claim clusters (annotator.compare.clusters via Project.clusters): linked and matched
reports form one cluster, with figures, dates, sources, verdicts and the engine's conflicts."""
from annotator.compare.clusters import NOT_TAGGED, member_json

from .outlets import A, B, build, first_sentence


def test_a_claim_and_the_matching_untagged_sentence_form_one_cluster_with_a_conflict(tmp_path):
    project, ids = build(tmp_path / "p.annot")
    start, end = first_sentence(A)
    project.add_claim(ids["A"], start, end, "disputed")
    clusters = project.clusters()
    assert len(clusters) == 1
    cluster = clusters[0]
    outlets = {m.outlet: m for m in cluster.members}
    assert set(outlets) == {"Kompas", "Tempo"}
    kompas, tempo = outlets["Kompas"], outlets["Tempo"]
    assert kompas.verdict == "disputed" and tempo.verdict == NOT_TAGGED
    assert "21 serangan" in kompas.figures and "setidaknya 83 orang" in kompas.figures
    assert any("61 orang" in f for f in tempo.figures)
    assert kompas.source == "Axios" and tempo.source == "Reuters"
    assert tempo.wording.startswith("Belasan kali serangan")
    assert cluster.has_conflict and cluster.unlinked == 1
    assert any(c.kind == "quantity" for c in cluster.conflicts)
    row = member_json(cluster, 1)
    assert row["cluster"] == 1 and row["kind"] == "sentence" and row["claim_id"] is None


def test_tagging_and_linking_the_match_makes_it_a_linked_claim(tmp_path):
    project, ids = build(tmp_path / "p.annot")
    a = project.add_claim(ids["A"], *first_sentence(A), "disputed").created[0]
    b = project.add_claim(ids["B"], *first_sentence(B), "verified").created[0]
    assert project.clusters()[0].unlinked == 1  # matched, not linked yet
    project.add_link(a, b, "contradicts")
    (cluster,) = project.clusters()
    assert cluster.unlinked == 0
    assert {m.claim_id: m.verdict for m in cluster.members} == {a: "disputed", b: "verified"}


def test_a_claim_with_nothing_alike_is_a_cluster_of_one(tmp_path):
    project, ids = build(tmp_path / "p.annot")
    project.add_claim(ids["C"], 0, 20, "unverified")
    (cluster,) = project.clusters()
    assert len(cluster.members) == 1 and not cluster.conflicts and cluster.unlinked == 0


def test_a_date_worded_twice_in_a_sentence_is_one_date_of_the_report():
    from annotator.compare.analyze import analyze_document
    from annotator.compare.clusters import _dates

    def dates(text: str) -> list[str]:
        return _dates(analyze_document("d", text, "id", "2026-03-15")[0])

    # "pada Sabtu" and "(14/3/2026)" are the same day: the matrix shows it once, as first worded
    assert dates("Jembatan gantung putus pada Sabtu pagi (14/3/2026) sekitar pukul 06.30 "
                 "WIB.") == ["pada Sabtu (2026-03-14)"]
    assert dates("Polisi menyebut sembilan orang tewas pada Minggu (15/3/2026) dan "
                 "Senin.") == ["Minggu (15/3/2026) (2026-03-15)", "Senin (2026-03-09)"]
    assert dates("Rapat darurat digelar (16/3/2026).") == ["16/3/2026 (2026-03-16)"]
