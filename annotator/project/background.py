"""The window's compare work, run in helper processes (helper_process.py says why): the
background analysis after a project opens or an import, the selected claim's matches, and the
comparison table's clusters.

Each function here is called from a worker thread of the window and blocks it (not the window)
until its helper answers. The `_…` functions are what the helpers run: each opens its own
Project on the path.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.errors import AnnotatorError
from . import helper_process, writes
from .helper_process import Cancelled, Helper, HelperError, Link, Progress
from .passages import SuggestedSources

#: Sentences per encoder call in the analysis helper: a cancel waits for one call.
ENCODE_BATCH = 32
#: How often the analysis looks for another program's edits (writes.py) while it works.
LOOK_SECONDS = 0.1


def _open(path: Path, readonly: bool = False):
    from .facade import Project

    project = Project.open(path, readonly=readonly, page_check=False)
    writes.count(project)
    return project


# ---------------------------------------------------------------------- the analysis
@dataclass
class AnalysisSummary:
    analysed: int = 0
    encoded: int = 0
    conflicts: list = field(default_factory=list)  # compare.results.Conflict


class _Looker:
    """The analysis helper's watch for another program's edits, between its own writes."""

    def __init__(self, link: Link, project: Any) -> None:
        self.link = link
        self.foreign = writes.ForeignEdits(project)
        self.foreign.reset()
        self._last = time.monotonic()

    def look(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last < LOOK_SECONDS:
            return
        self._last = now
        try:
            if self.foreign.look():
                self.link.send("external", self.foreign.seen_before)
        except AnnotatorError:
            pass  # busy just now: the next look covers it

    def cancelled(self) -> bool:
        self.look()
        return self.link.cancelled()


def _analysis(link: Link, path: Path) -> AnalysisSummary | None:
    out = AnalysisSummary()
    with _open(path) as project:
        looker = _Looker(link, project)
        cancelled = looker.cancelled
        out.analysed = project.ensure_sentences(
            lambda d, t: link.progress(d, t, "sentences"), cancelled)
        if cancelled():
            return None
        out.encoded = project.encode_pending(
            lambda d, t: link.progress(d, t, "encoding"), cancelled, batch=ENCODE_BATCH)
        if cancelled():
            return None
        link.progress(0, 1, "conflicts")
        out.conflicts = list(project.conflicts(cancelled))
        looker.look(force=True)
        if cancelled():
            return None
    return out


def analyse(path: Path, progress: Progress = None, cancelled: Cancelled = None,
            external=None) -> AnalysisSummary | None:
    """Sentences, embeddings, then conflicts, in a helper; None when cancelled.
    `external(seen_before)` is called when another program edited the file meanwhile."""
    return helper_process.run(_analysis, Path(path), progress=progress, cancelled=cancelled,
                              on_message=(lambda m: external(m[1])) if external else None)


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
    """Answer (claim id, top) requests until the pipe closes; the Project, and so the engine's
    cache, stay warm between them."""
    project = None
    try:
        while True:
            request = link.conn.recv()
            if request is None:
                return None
            claim_id, top = request
            try:
                if project is None:
                    project = _open(path)
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
        if self._helper is not None and not self._helper.process.is_alive():
            self.close()  # ended while idle (killed, out of memory): a new one answers
        if self._helper is None:
            self._helper = Helper(_matches, self.path, nice=helper_process.MATCH_NICE,
                                  name="annotator-matches")
        try:
            self._helper.conn.send((claim_id, top))
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
            try:
                helper.conn.send(None)
            except OSError:
                pass
            helper.close()
