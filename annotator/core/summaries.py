"""Read models: what lists and search results show, without texts or Claim objects.

Kept in the domain so the GUI and the CLI can take them from the facade without importing the
store that builds them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import ClaimId, Direction, DocId, Verdict


@dataclass
class DocumentSummary:
    """A document without its text, with claim counts: what a library list needs."""

    id: DocId
    title: str
    outlet: str
    url: str
    published: str
    author: str
    language: str
    language_prob: float
    language_override: str
    direction: Direction
    source_name: str
    imported_at: str
    length: int
    counts: dict[Verdict, int] = field(default_factory=dict)

    @property
    def effective_language(self) -> str:
        return self.language_override or self.language

    @property
    def claim_count(self) -> int:
        return sum(self.counts.values())


@dataclass
class SearchHit:
    kind: str  # "document" or "claim"
    doc_id: DocId
    doc_title: str
    claim_id: ClaimId | None
    snippet: str  # with [ ] around the matched words
    start: int | None = None
    end: int | None = None
