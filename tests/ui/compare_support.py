"""Two articles that report the same strikes differently (21 serangan vs belasan, both tracing
part of it to Axios), and a window on them with the background analysis finished."""
from __future__ import annotations

from annotator.core.model import Verdict
from tests.compare.analyses import AXIOS, BELASAN
from tests.compare.test_matching import CLOSE
from tests.conftest import make_document
from tests.ui.workbench_support import make_window, settle

TEXT_A = ("Presiden Donald Trump ingin berbicara langsung dengan Maduro. " + AXIOS +
          " Gedung Putih menolak berkomentar.")
TEXT_B = "Kapal perang AS tiba di Karibia pekan lalu. " + BELASAN + "\n\n" + CLOSE


def strike_project(project):
    a = make_document(TEXT_A, title="Trump ingin bicara dengan Maduro", language="id",
                      outlet="Kompas", published="2025-11-21")
    b = make_document(TEXT_B, title="Serangan di Karibia", language="id",
                      outlet="DEMOCRAZY.ID", published="2025-10-30")
    project.add_documents([a, b], undoable=False)
    start = TEXT_A.index(AXIOS)
    claim_id = project.add_claim(a.id, start, start + len(AXIOS), Verdict.VERIFIED).created[0]
    project.forget_history()
    return a, b, claim_id


def analysis_done(window) -> bool:
    """The first analysis (started a moment after opening) has run and is finished."""
    runner = window.compare_runner
    return runner.path is not None and not runner.running


def analysed_window(qtbot, project):
    window = make_window(qtbot, project)
    qtbot.waitUntil(lambda: analysis_done(window), timeout=60000)
    settle()
    return window


def wait_for_matches(qtbot, window, n: int = 1):
    qtbot.waitUntil(lambda: window.inspector.matches.list.count() >= n, timeout=20000)
    settle()


def select_strike_claim(qtbot, window, doc_id):
    """Open TEXT_A's article, click its claim's highlight (which selects the claim) and wait
    for its two matches; the pane."""
    from tests.ui.workbench_support import click_at

    pane = window.open_document(doc_id)
    settle()
    click_at(pane, TEXT_A.index("21 serangan"))
    settle()
    wait_for_matches(qtbot, window, 2)
    return pane
