"""Claim spans of one document, indexed so a visible stretch of text finds its claims fast.

Spans go into fixed-width buckets (every bucket a span touches), so finding the claims in the
visible range costs O(claims there), and adding, changing or removing one claim costs
O(its length / bucket width) — never a pass over all 10,000 claims of a long article. Offsets
here are code points, as stored; no Qt, so it is tested on its own.
"""
from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from ..core.model import Verdict

BUCKET = 2048


@dataclass(slots=True)
class Span:
    claim_id: str
    start: int
    end: int
    verdict: Verdict
    linked: bool = False
    annotator: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start


class Agreement(enum.Enum):
    """What the annotators whose claims cover a stretch of text say about it."""

    ONE = "one annotator"
    AGREE = "several annotators, one verdict"
    DISAGREE = "several annotators, different verdicts"


def verdicts_by_annotator(spans: Iterable[Span]) -> dict[str, Verdict]:
    """Each annotator's verdict on a stretch: that of their innermost claim over it (`spans`
    innermost first, as in a Segment), so one person's nested claims are not a dispute."""
    out: dict[str, Verdict] = {}
    for s in spans:
        out.setdefault(s.annotator, s.verdict)
    return out


def agreement(spans: tuple[Span, ...] | list[Span]) -> Agreement:
    if len(spans) < 2:
        return Agreement.ONE  # the common case, decided without building anything
    first = spans[0].annotator
    if all(s.annotator == first for s in spans):
        return Agreement.ONE
    verdicts = set(verdicts_by_annotator(spans).values())
    return Agreement.AGREE if len(verdicts) == 1 else Agreement.DISAGREE


@dataclass(frozen=True)
class Segment:
    """A stretch where the set of covering claims does not change; `spans` innermost first."""

    start: int
    end: int
    spans: tuple[Span, ...]


class SpanIndex:
    def __init__(self, spans: list[Span] | None = None) -> None:
        self._spans: dict[str, Span] = {}
        self._buckets: dict[int, set[str]] = {}
        self.counts: dict[Verdict, int] = {v: 0 for v in Verdict}
        buckets, by_id, counts = self._buckets, self._spans, self.counts
        for span in spans or ():  # put(), inlined: an article can bring 10,000 spans at once
            if span.claim_id in by_id:
                self.put(span)
                continue
            by_id[span.claim_id] = span
            counts[span.verdict] += 1
            for b in range(span.start // BUCKET, max(span.start, span.end - 1) // BUCKET + 1):
                ids = buckets.get(b)
                if ids is None:
                    buckets[b] = {span.claim_id}
                else:
                    ids.add(span.claim_id)

    def __len__(self) -> int:
        return len(self._spans)

    def __contains__(self, claim_id: str) -> bool:
        return claim_id in self._spans

    def get(self, claim_id: str) -> Span | None:
        return self._spans.get(claim_id)

    def spans(self) -> list[Span]:
        return list(self._spans.values())

    @staticmethod
    def _bucket_range(start: int, end: int) -> range:
        return range(start // BUCKET, max(start, end - 1) // BUCKET + 1)

    def put(self, span: Span) -> None:
        self.remove(span.claim_id)
        self._spans[span.claim_id] = span
        self.counts[span.verdict] += 1
        for b in self._bucket_range(span.start, span.end):
            self._buckets.setdefault(b, set()).add(span.claim_id)

    def remove(self, claim_id: str) -> Span | None:
        old = self._spans.pop(claim_id, None)
        if old is not None:
            self.counts[old.verdict] -= 1
            for b in self._bucket_range(old.start, old.end):
                ids = self._buckets.get(b)
                if ids is not None:
                    ids.discard(claim_id)
                    if not ids:
                        del self._buckets[b]
        return old

    def ordered(self) -> list[Span]:
        """All spans in reading order (for stepping through claims; O(n log n) per call)."""
        return sorted(self._spans.values(), key=lambda s: (s.start, s.end, s.claim_id))

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Spans that share at least one character with [start, end), by position."""
        ids: set[str] = set()
        for b in self._bucket_range(start, end):
            ids.update(self._buckets.get(b, ()))
        found = [s for s in (self._spans[i] for i in ids) if s.start < end and s.end > start]
        found.sort(key=lambda s: (s.start, s.end, s.claim_id))
        return found

    def at(self, pos: int) -> list[Span]:
        """Spans covering the character at `pos`, innermost (shortest) first."""
        found = [s for s in self.overlapping(pos, pos + 1)]
        found.sort(key=lambda s: (s.length, s.start, s.claim_id))
        return found

    def segments(self, start: int, end: int) -> list[Segment]:
        """The visible range cut where claims begin or end: one highlight per segment."""
        spans = self.overlapping(start, end)
        if not spans:
            return []
        cuts = {max(start, s.start) for s in spans} | {min(end, s.end) for s in spans}
        points = sorted(cuts)
        out: list[Segment] = []
        # sweep: spans sorted by start; active set updated at each cut
        active: list[Span] = []
        i = 0
        for a, b in zip(points, points[1:]):
            while i < len(spans) and spans[i].start <= a:
                active.append(spans[i])
                i += 1
            active = [s for s in active if s.end > a]
            covering = [s for s in active if s.start <= a and s.end >= b]
            if covering:
                covering.sort(key=lambda s: (s.length, s.start, s.claim_id))
                out.append(Segment(a, b, tuple(covering)))
        return out
