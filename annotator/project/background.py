"""The window's compare work, run in helper processes (helper_process.py says why): the
background analysis after a project opens or an import, the selected claim's matches, and the
comparison table's clusters.

Each function here is called from a worker thread of the window and blocks it (not the window)
until its helper answers. The `_…` functions are what the helpers run: each opens its own
Project on the path.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ..core.phrases import data_of, from_data
from . import helper_process, writes
from .helper_process import Cancelled, Helper, HelperError, Link, Progress
from .passages import SuggestedSources

#: Sentences per encoder call in the analysis helper: a cancel waits for one call.
ENCODE_BATCH = 32


def _open(path: Path, readonly: bool = False):
    from .facade import Project

    project = Project.open(path, readonly=readonly, page_check=False)
    writes.count(project)
    return project


# ---------------------------------------------------------------------- the analysis
#: Conflict marks per message from the analysis helper: the window's process unpickles each
#: message in one call that holds the interpreter lock, so none may be large.
MARKS_PER_MESSAGE = 2000


class Mark(NamedTuple):
    """A disagreement to show beside a sentence: the other article and why."""

    start: int
    end: int
    kind: str
    why: str
    other_doc: str
    other_start: int
    other_end: int


def marks_of(text: str) -> list[Mark]:
    """One document's marks, from the text the analysis sent (`AnalysisSummary.marks`); each
    `why` a phrase again, for the window to say in its own language."""
    if not text:
        return []
    return [Mark(s, e, kind, from_data(why), doc, os, oe)
            for s, e, kind, why, doc, os, oe in json.loads(text)]


@dataclass
class AnalysisSummary:
    analysed: int = 0
    encoded: int = 0
    #: doc id → the conflict marks on that document's sentences as JSON text (`marks_of`):
    #: tens of thousands of small objects made at once in the window's process set off a
    #: full collection of its garbage collector, which held the event loop 150 ms
    marks: dict = field(default_factory=dict)


def _send_marks(link: Link, conflicts: list) -> None:
    by_doc: dict[str, list[tuple]] = {}
    for c in conflicts:
        for here, there in ((c.a, c.b), (c.b, c.a)):
            by_doc.setdefault(here.doc, []).append(
                (here.start, here.end, c.kind, data_of(c.why), there.doc, there.start,
                 there.end))
    chunk: dict[str, str] = {}
    size = 0
    for doc, marks in by_doc.items():
        chunk[doc] = json.dumps(marks, ensure_ascii=False)
        size += len(marks)
        if size >= MARKS_PER_MESSAGE:
            link.send("marks", chunk)
            chunk, size = {}, 0
    if chunk:
        link.send("marks", chunk)


def _analysis(link: Link, path: Path) -> AnalysisSummary | None:
    out = AnalysisSummary()
    with _open(path) as project:
        cancelled = link.cancelled
        out.analysed = project.ensure_sentences(
            lambda d, t: link.progress(d, t, "sentences"), cancelled)
        if cancelled():
            return None
        out.encoded = project.encode_pending(
            lambda d, t: link.progress(d, t, "encoding"), cancelled, batch=ENCODE_BATCH)
        if cancelled():
            return None
        link.progress(0, 1, "conflicts")
        conflicts = project.conflicts(cancelled)
        if cancelled():
            return None
        _send_marks(link, conflicts)
    return out


def analyse(path: Path, progress: Progress = None,
            cancelled: Cancelled = None) -> AnalysisSummary | None:
    """Sentences, embeddings, then conflicts, in a helper; None when cancelled."""
    marks: dict[str, str] = {}
    # The window's process reads stored analyses too (margin marks, J / K), and their version
    # check imports the analysers (a third of a second of regular expressions): here, in the
    # worker thread, not on the GUI thread when the first article is marked.
    from ..compare import codec

    codec.analyser_version()

    def message(m: tuple) -> None:
        if m[0] == "marks":
            marks.update(m[1])

    out = helper_process.run(_analysis, Path(path), progress=progress, cancelled=cancelled,
                             on_message=message)
    if out is not None:
        out.marks = marks
    return out


# ---------------------------------------------------------------------- the clusters
def _clusters(link: Link, path: Path, readonly: bool) -> list | None:
    with _open(path, readonly) as project:
        found = project.clusters(progress=lambda d, t: link.progress(d, t, "clusters"),
                                 cancelled=link.cancelled)
    return None if link.cancelled() else found


def clusters(path: Path, readonly: bool, progress: Progress = None,
             cancelled: Cancelled = None) -> list | None:
    """`Project.clusters()` in a helper; None when cancelled."""
    return helper_process.run(_clusters, Path(path), readonly, progress=progress,
                              cancelled=cancelled)


# ---------------------------------------------------------------------- the matches
@dataclass
class MatchResult:
    """What the inspector shows for one claim: its matches, the sources its sentence names, and
    the summaries (title, outlet, date) of the articles involved."""

    claim_id: str
    matches: list = field(default_factory=list)
    sources: SuggestedSources = field(default_factory=SuggestedSources)
    documents: dict = field(default_factory=dict)
    #: (doc id, start, end) of the claims already linked to this one → the link's kind
    linked: dict = field(default_factory=dict)


def match_result(project: Any, claim_id: str, top: int) -> MatchResult:
    result = MatchResult(claim_id, project.match(claim_id, top, analyse_all=False))
    result.sources = project.suggested_sources(claim_id)
    doc_ids = {m.doc for m in result.matches} | {project.claim(claim_id).doc_id}
    result.documents = {d.id: d for d in project.documents(sorted(doc_ids))}
    for link in project.links(claim_id):
        other = project.claim(link.target_id if link.source_id == claim_id else link.source_id)
        result.linked[(other.doc_id, other.start, other.end)] = link.kind.label
    return result


def _matches(link: Link, path: Path) -> None:
    """Answer ("match", claim id, top) and ("warm",) requests until the pipe closes; the
    Project, and so the engine's cache, stay warm between them."""
    project = None
    try:
        while True:
            request = link.conn.recv()
            if request is None:
                return None
            try:
                if project is None:
                    project = _open(path)
                if request[0] == "warm":
                    project.prepare_matching()
                    link.send("result", None)
                    continue
                _, claim_id, top = request
                link.send("result", match_result(project, claim_id, top))
            except Exception as exc:  # a deleted claim, a busy file: a line in the panel
                link.send(*link.failure(exc))
    finally:
        if project is not None:
            project.close()


class MatchHelper:
    """The window's side of the match helper: `ask()` blocks its (worker) thread until the
    answer; the helper starts at the first request and again after it failed."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._helper: Helper | None = None

    def ask(self, claim_id: str, top: int = 5) -> MatchResult:
        return self._request(("match", claim_id, top))

    def warm(self) -> None:
        """Start the helper and build its cache now, so the first selection need not wait."""
        self._request(("warm",))

    def _request(self, request: tuple):
        if self._helper is not None and not self._helper.process.is_alive():
            self.close()  # ended while idle (killed, out of memory): a new one answers
        if self._helper is None:
            self._helper = Helper(_matches, self.path, nice=helper_process.MATCH_NICE,
                                  name="annotator-matches")
        try:
            self._helper.conn.send(request)
            while True:
                message = self._helper.receive(1.0)
                if message is not None:
                    break
        except (HelperError, OSError) as exc:
            self.close()  # the next request starts a new one
            raise HelperError(str(exc)) from None
        if message[0] == "error":
            raise HelperError(message[1])
        return message[1]

    def close(self) -> None:
        helper, self._helper = self._helper, None
        if helper is not None:
            helper.end()
