"""Conflicts between two reports of the same thing (annotator.compare.conflicts)."""
from annotator.compare.conflicts import interval, pair_notes, single_source, unit_key
from annotator.compare.model import Bound, Modality, Quantity

from .analyses import analysis, axios_strikes, belasan_strikes, date

CALL_PLANNED = "Pejabat AS mengatakan panggilan telepon Trump–Maduro masih dalam tahap perencanaan."
CALL_HELD = "Trump dan Maduro berbicara melalui telepon pada Sabtu, kata pejabat AS."


def kinds(notes):
    return sorted(n.kind for n in notes)


def test_21_strikes_and_belasan_cannot_both_hold_and_the_tolls_are_different_counts():
    notes = pair_notes(axios_strikes(), belasan_strikes(), "2025-11-21", "2025-10-30")
    strikes = [n for n in notes if "serangan" in n.why]
    tolls = [n for n in notes if "orang" in n.why]
    assert len(strikes) == 1 and strikes[0].hard and "cannot both hold" in strikes[0].why
    assert "11–19" in strikes[0].why
    assert len(tolls) == 1 and not tolls[0].hard
    assert "different counts" in tolls[0].why and "check when each was reported" in tolls[0].why
    assert "2025-11-21" in tolls[0].why and "2025-10-30" in tolls[0].why
    assert kinds(notes) == ["quantity", "quantity"]  # different origins: no warning


def test_agreeing_figures_give_no_conflict():
    a = axios_strikes()
    text = "Sebanyak 21 serangan telah menewaskan lebih dari 80 orang di Karibia."
    b = analysis("b", text, quantities=[
        Quantity(9, 20, "21 serangan", 21, 21, 21, "serangan"),
        Quantity(42, 59, "lebih dari 80 orang", None, 80, None, "orang", Bound.MORE_THAN)])
    assert [n for n in pair_notes(a, b) if n.kind == "quantity" and "serangan" in n.why] == []
    # at least 83 and more than 80 are both lower bounds of different value: a caution only
    assert all(not n.hard for n in pair_notes(a, b))


def test_an_exact_figure_below_a_lower_bound_is_a_hard_conflict():
    a = axios_strikes()
    text = "Serangan itu menewaskan 61 orang."
    b = analysis("b", text, quantities=[Quantity(24, 32, "61 orang", 61, 61, 61, "orang")])
    notes = pair_notes(a, b)
    assert [n.hard for n in notes if "orang" in n.why] == [True]


def test_intervals_of_hedges():
    assert interval(Quantity(0, 1, "x", None, 11, 19, "orang", Bound.RANGE)) == (11, 19)
    lo, hi = interval(Quantity(0, 1, "x", 100, None, None, "orang", Bound.ABOUT))
    assert lo < 100 < hi and hi < 120
    assert interval(Quantity(0, 1, "x", None, None, 50, "orang", Bound.AT_MOST)) == (0.0, 50)
    assert interval(Quantity(0, 1, "x", 50, None, None, "orang", Bound.LESS_THAN))[1] < 50
    assert unit_key("kali serangan") == "serangan" and unit_key("Jiwa") == "orang"
    assert unit_key("perahu") == unit_key("boats") == "kapal"


def test_planned_against_held_call_is_a_modality_conflict():
    a = analysis("a", CALL_PLANNED, names=["Trump", "Maduro"], modality=Modality.PLANNED)
    b = analysis("b", CALL_HELD, names=["Trump", "Maduro"], modality=Modality.HAPPENED)
    notes = pair_notes(a, b)
    assert kinds(notes) == ["modality"]
    assert "planned" in notes[0].why and notes[0].hard
    assert pair_notes(a, analysis("c", CALL_PLANNED, modality=Modality.PLANNED)) == []


def test_negation_in_only_one_report():
    a = analysis("a", "Amerika Serikat terlibat dalam upaya pembunuhan itu.")
    b = analysis("b", "Amerika Serikat tidak terlibat dalam upaya pembunuhan itu.", negated=True)
    assert kinds(pair_notes(a, b)) == ["negation"]


def test_dates_that_disagree_and_partial_dates_that_agree():
    s1 = "Pertemuan itu digelar pada Sabtu (29/11)."
    s2 = "Pertemuan itu digelar pada 21 November 2025."
    s3 = "Pertemuan itu digelar pada 29 November 2025."
    a = analysis("a", s1, dates=[date("Sabtu (29/11)", s1, "--11-29")])
    b = analysis("b", s2, dates=[date("21 November 2025", s2, "2025-11-21")])
    c = analysis("c", s3, dates=[date("29 November 2025", s3, "2025-11-29")])
    notes = pair_notes(a, b)
    assert kinds(notes) == ["date"] and "--11-29" in notes[0].why and "2025-11-21" in notes[0].why
    assert pair_notes(a, c) == []  # the year left out agrees with any year


def test_axios_relayed_by_daily_wire_in_two_outlets_is_single_source():
    s1 = "Trump ingin berbicara dengan Maduro, menurut Axios, sebagaimana dikutip The Daily Wire."
    s2 = "Trump ingin menelepon Maduro, menurut laporan Axios yang dilansir The Daily Wire."
    a = analysis("a", s1, chain=["Axios", "The Daily Wire"])
    b = analysis("b", s2, chain=["Axios", "The Daily Wire"])
    note = single_source([a, b])
    assert note is not None and note.kind == "single_source" and "Axios" in note.why
    assert kinds(pair_notes(a, b)) == ["single_source"]
    assert single_source([a, analysis("c", s2, chain=["Reuters"])]) is None
    assert single_source([a, analysis("a", s2, chain=["Axios"])]) is None  # one document
    unnamed = [analysis(d, s2, claimant="pejabat AS", anonymous=True) for d in "xy"]
    assert single_source(unnamed) is None  # two unnamed officials may be two people


def test_the_project_wide_pass_warns_of_a_single_source_across_outlets(project):
    from ..conftest import make_document

    wire = ("Presiden Donald Trump ingin berbicara langsung dengan Nicolás Maduro, menurut "
            "laporan dari Axios, sebagaimana dikutip oleh The Daily Wire.")
    retold = ("Donald Trump ingin melakukan komunikasi langsung dengan Nicolás Maduro, menurut "
              "Axios, seperti dilansir The Daily Wire.")
    docs = [make_document(f"{wire} Cuaca cerah hari ini."), make_document(f"Berita pagi. {wire}"),
            make_document(retold)]
    project.add_documents(docs)
    found = [c for c in project.conflicts() if c.kind == "single_source"]
    assert len(found) == 1 and "Axios" in found[0].why and "3 documents" in found[0].why
    assert found[0].a.doc != found[0].b.doc
    assert {found[0].a.quote, found[0].b.quote} <= {wire, retold}


def test_stored_analyses_that_cannot_conflict_are_told_apart_without_parsing():
    import dataclasses

    from annotator.compare import codec
    from annotator.compare.model import Attribution, DateMention

    plain = analysis("a", "Cuaca cerah hari ini.")
    assert not codec.may_conflict(codec.dumps(plain))
    for change in (dict(negated=True), dict(modality=Modality.PLANNED),
                   dict(attribution=Attribution("Axios", ("Axios",))),
                   dict(dates=[DateMention(0, 5, "Sabtu", "--11-29")]),
                   dict(quantities=axios_strikes().quantities)):
        assert codec.may_conflict(codec.dumps(dataclasses.replace(plain, **change))), change


def test_the_project_wide_pass_finds_what_match_calls_contradicting(project):
    """Two outlets' short reports of one event, worded apart: the project-wide pass must find
    the strike count, the death tolls and the planned-vs-held call that `match` shows, though
    the sentences share few words, one names "Militer AS" where the other says "AS", and each
    opens with its own dateline."""
    from ..conftest import make_document

    a = make_document(
        "Trump Akan Telepon Maduro\n\nDEMOCRAZY.ID – Presiden AS Donald Trump berencana "
        "menelepon Presiden Venezuela Nicolás Maduro pekan depan, menurut laporan dari Axios, "
        "sebagaimana dikutip oleh The Daily Wire.\n\nMenurut Axios, 21 serangan AS terhadap "
        "perahu narkoba di Karibia telah menewaskan setidaknya 83 orang sejak September.\n")
    b = make_document(
        "Trump dan Maduro Bicara Lewat Telepon\n\nJakarta - Presiden AS Donald Trump telah "
        "berbicara dengan Presiden Venezuela Nicolás Maduro melalui telepon pada Sabtu (29/11), "
        "kata seorang pejabat yang tidak disebutkan namanya kepada Reuters.\n\nMiliter AS telah "
        "melancarkan belasan kali serangan terhadap kapal yang diduga membawa narkoba, yang "
        "menewaskan sedikitnya 61 orang.\n")
    project.add_documents([a, b])
    found = project.conflicts()
    why = " | ".join(c.why for c in found)
    assert any(c.kind == "quantity" and "serangan" in c.why and "cannot both hold" in c.why
               for c in found), why
    assert any(c.kind == "quantity" and "orang" in c.why for c in found), why
    calls = [c for c in found if c.kind == "modality"]
    assert any("berencana menelepon" in c.a.quote + c.b.quote for c in calls), why
