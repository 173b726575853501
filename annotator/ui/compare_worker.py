"""The compare engine's background work: analysing and encoding sentences after a project opens
or an import, and finding a selected claim's matches.

Both run in helper processes (project/helper_process.py: a worker thread computing in Python
stalled the window for 100 ms and more, whatever its batch size); here a worker thread only
waits on the helper's pipe. `AnalysisRunner` runs ensure_sentences → encode_pending →
conflicts() as one `Task` with progress in the status bar; a second request while it runs is
remembered and runs after it (an import during analysis), and closing cancels it between
batches. Its writes count as the window's own (project/writes.py), so the window's watcher
tells another program's edits from them meanwhile. `MatchService` keeps one match helper per window, whose Project and engine
cache stay warm between requests (building the cache is what makes the first match slow);
the latest request wins: older ones still queued are dropped unanswered.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication

from ..project.background import Mark, MatchHelper, MatchResult, analyse, marks_of
from ..project.matching import encoder_installed
from .workers import Control, Task, ThreadState as _ThreadState, user_message

__all__ = ["AnalysisOutcome", "AnalysisRunner", "Mark", "MatchResult", "MatchService",
           "analyse_project", "marks_of"]


def _thousands(n: int) -> str:
    return f"{n:,}"


@dataclass
class AnalysisOutcome:
    analysed: int = 0
    encoded: int = 0
    #: doc id → conflict marks on that document's sentences, as text: `marks_of` reads them
    marks: dict[str, str] = field(default_factory=dict)


def analyse_project(path: Path, control: Control) -> AnalysisOutcome:
    """The Task body: sentences, embeddings, then the conflicts the margin marks show (in a
    helper process; this thread waits for it). A new phase's first step is always shown."""
    phase = [""]

    def progress(done: int, total: int, what: str) -> None:
        control.progress(done, total, what, force=what != phase[0])
        phase[0] = what

    summary = analyse(path, progress, control.cancelled)
    control.check()
    out = AnalysisOutcome()
    if summary is not None:
        out.analysed, out.encoded, out.marks = summary.analysed, summary.encoded, summary.marks
    return out


class AnalysisRunner(QObject):
    """One analysis at a time for the window's project; `request()` after each open/import."""

    finished = Signal(object)  # AnalysisOutcome
    message = Signal(str, int)  # status-bar text, timeout in ms (0: until replaced)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.task: Task | None = None
        self._again = False
        self._told_lexical = False
        self.outcome = AnalysisOutcome()

    def request(self, path: Path) -> None:
        if self.task is not None and self.task.running:
            if Path(path) == self.path:
                self._again = True
                return
            self.cancel()
        self.path = Path(path)
        self._again = False
        path = self.path
        # parentless: a window deleted without closing (a test, a crash) must not delete a
        # running thread; `_LIVE` keeps it until it ends, and at exit it is cancelled
        self.task = Task(lambda control: analyse_project(path, control))
        self.task.progress.connect(self._progress)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(lambda text: self.message.emit(
            QCoreApplication.translate("Compare", "Sentence analysis stopped: %1").replace("%1", text), 10000))
        self.task.done.connect(self._done)
        self.task.start()

    def cancel(self, wait: bool = True) -> None:
        """Stop between batches (what is done stays done); on close, wait for the thread."""
        task, self.task = self.task, None
        self._again = False
        if task is not None and task.running:
            task.cancel()
            if wait:
                task.wait()
            task.done.disconnect(self._done)

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def _progress(self, done: int, total: int, what: str) -> None:
        if what == "sentences":
            text = QCoreApplication.translate("Compare", "Analysing sentences %1/%2")
        elif what == "encoding":
            text = QCoreApplication.translate("Compare", "Encoding sentences for matching %1/%2")
        else:
            self.message.emit(QCoreApplication.translate("Compare", "Looking for conflicting reports…"), 0)
            return
        self.message.emit(text.replace("%1", _thousands(done)).replace("%2", _thousands(total)), 0)

    def _succeeded(self, outcome: AnalysisOutcome) -> None:
        self.outcome = outcome
        if not self._told_lexical and not encoder_installed():
            self._told_lexical = True
            self.message.emit(QCoreApplication.translate("Compare", "Matching is lexical (words, names, figures, dates): the "
                                 "sentence encoder is not installed."), 15000)
        else:
            self.message.emit("", 0)
        self.finished.emit(outcome)

    def _done(self) -> None:
        if self._again and self.path is not None:
            self._again = False
            self.request(self.path)


class _MatchWorker(QObject):
    """Lives in the match thread; owns the window's match helper (a process)."""

    found = Signal(int, object)  # generation, MatchResult
    failed = Signal(int, str, str)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.helper = MatchHelper(path)
        self.latest = 0  # set from the GUI thread; a plain int store is atomic in CPython

    @Slot(int, str, int)
    def match(self, generation: int, claim_id: str, top: int) -> None:
        if generation < self.latest:
            return  # another claim was selected since: only the latest is answered
        try:
            result = self.helper.ask(claim_id, top)
        except Exception as exc:  # a deleted claim, a busy file: a line in the panel
            self.failed.emit(generation, claim_id, user_message(exc))
            return
        self.found.emit(generation, result)

    @Slot()
    def warm(self) -> None:
        try:
            self.helper.warm()
        except Exception:  # nothing asked for: the next request says what is wrong
            pass

    def close(self) -> None:
        self.helper.close()


class MatchService(QObject):
    """The GUI side of the match thread: `ask(claim_id)`; `found` carries the latest answer."""

    found = Signal(object)  # MatchResult
    failed = Signal(str, str)  # claim id, a sentence for the user
    _request = Signal(int, str, int)
    _warm = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._state = _ThreadState()
        worker = _MatchWorker(Path(path))
        self._state.start("matches", worker, self._request, worker.match, self._on_found,
                          self._on_failed)
        self._warm.connect(worker.warm, Qt.ConnectionType.QueuedConnection)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._state.stop)
        self.destroyed.connect(self._state.stop)

    def ask(self, claim_id: str, top: int = 5) -> int:
        self.generation += 1
        if self._state.worker is not None:
            self._state.worker.latest = self.generation
            self._request.emit(self.generation, claim_id, top)
        return self.generation

    def warm(self) -> None:
        """Have the match helper start and build its cache (after the analysis), so the first
        selection is answered as fast as the next ones."""
        if self._state.worker is not None:
            self._warm.emit()

    def shutdown(self) -> None:
        self._state.stop()

    def _on_found(self, generation: int, result: "MatchResult") -> None:
        if generation == self.generation:
            self.found.emit(result)

    def _on_failed(self, generation: int, claim_id: str, text: str) -> None:
        if generation == self.generation:
            self.failed.emit(claim_id, text)
