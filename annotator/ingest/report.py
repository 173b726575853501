"""What an import reports: one line per file (imported, duplicate or failed, with the reason)."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field, fields
from pathlib import Path


class Outcome(str, enum.Enum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass
class FileResult:
    path: Path
    outcome: Outcome
    message: str = ""
    doc_ids: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    #: A merged Annotator export: the claims and links it added, and on how many articles.
    claims: int = 0
    links: int = 0
    claim_documents: int = 0

    def take(self, other: "FileResult") -> None:
        """Become `other` (a result handed out before its file was stored is final once its
        batch or group is: see runner.DetectionBatch and writer.CommitGroup)."""
        for f in fields(self):
            setattr(self, f.name, getattr(other, f.name))

    def as_json(self) -> dict:
        return {"path": str(self.path), "outcome": self.outcome.value, "message": self.message,
                "documents": [{"id": d, "title": t, "language": lang} for d, t, lang in
                              zip(self.doc_ids, self.titles, self.languages)]}


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False
    #: What the import wrote, change set by change set (annotator.store.recorder.ChangeSet),
    #: when the caller asked to collect them: the GUI makes them one undo step.
    changes: list = field(default_factory=list, repr=False)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def ok(self) -> bool:
        return self.count(Outcome.FAILED) == 0
