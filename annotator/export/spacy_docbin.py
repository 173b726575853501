"""spaCy DocBin (`.spacy`): one Doc per document, claims in `doc.spans["claims"]`.

Spans may overlap (a SpanGroup allows it). spaCy spans cover whole tokens, so where a claim
starts or ends inside a token (or on a space spaCy keeps as trailing whitespace), that token is
split at the claim's edge: every span then equals its stored quote exactly and loads with
`char_span(..., alignment_mode="strict")`. The claims needing a split are reported, never
dropped. Each span's `id_` is the claim id and its label the verdict; `doc.user_data` keeps the
document's metadata and each claim's note, annotator and times.

Needs spaCy (`pip install 'annotator[spacy]'`); blank tokenizers need no model download.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..core import messages
from ..core.errors import said
from ..core.model import Claim, Document
from .atomic import ExportError, atomic_file
from .base import Exporter, ExportSource, register

SPAN_KEY = "claims"


def _spacy():
    try:
        import spacy
        from spacy.tokens import Doc, DocBin
    except ImportError:
        raise ExportError(SpacyExporter.unavailable_reason() or "spaCy cannot be imported") from None
    return spacy, Doc, DocBin


@lru_cache(maxsize=16)
def _blank(language: str):
    """The language's blank tokenizer, or spaCy's multi-language one (and True) when spaCy has
    none for it or it needs a package that is not installed (Japanese, Thai …)."""
    spacy, _, _ = _spacy()
    try:
        return spacy.blank(language or "xx"), False
    except Exception:  # spaCy raises ImportError or its own errors for these
        return spacy.blank("xx"), bool(language)


def words_for(nlp, text: str, claims: list[Claim]) -> tuple[list[str], list[bool], set[str]]:
    """The tokenizer's words, split further so every claim edge is a token edge."""
    starts = {c.start for c in claims}
    ends = {c.end for c in claims}
    edges = starts | ends
    words: list[str] = []
    spaces: list[bool] = []
    split_at: set[int] = set()
    for token in nlp.make_doc(text):
        s, e = token.idx, token.idx + len(token.text)
        cuts = sorted(b for b in edges if s < b < e)
        split_at.update(cuts)
        pieces = [s, *cuts, e]
        for i in range(len(pieces) - 1):
            words.append(text[pieces[i]:pieces[i + 1]])
            spaces.append(False)
        if token.whitespace_:
            if e in starts or e + 1 in ends:
                split_at.add(e)
                words.append(token.whitespace_)
                spaces.append(False)
            else:
                spaces[-1] = True
    split_claims = {c.id for c in claims if c.start in split_at or c.end in split_at}
    return words, spaces, split_claims


def make_doc(document: Document, claims: list[Claim]):
    _, Doc, _ = _spacy()
    nlp, fallback = _blank(document.effective_language)
    words, spaces, split = words_for(nlp, document.text, claims)
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    if doc.text != document.text:
        raise ExportError(f"spaCy export: the tokens of {document.title!r} do not rebuild its text")
    spans, missing = [], []
    for c in claims:
        span = doc.char_span(c.start, c.end, label=c.verdict.value, alignment_mode="strict")
        if span is None:
            missing.append(c.id)
            continue
        span.id_ = c.id
        spans.append(span)
    doc.spans[SPAN_KEY] = spans
    doc.user_data["annotator"] = {
        "doc_id": document.id, "title": document.title, "url": document.url,
        "outlet": document.outlet, "language": document.effective_language,
        "claims": {c.id: {"verdict": c.verdict.value, "note": c.note, "annotator": c.annotator,
                          "confidence": c.confidence, "created_at": c.created_at,
                          "updated_at": c.updated_at, "evidence": [e.url for e in c.evidence]}
                   for c in claims},
    }
    return doc, split, missing, (document.effective_language if fallback else "")


@register
class SpacyExporter(Exporter):
    name = "spacy"
    label = "spaCy DocBin (.spacy, claims in doc.spans)"
    suffix = ".spacy"
    limits = 'Links and history are left out; tokens are split where a claim edge falls inside one.'
    REQUIRES = ("spacy", "spacy")

    def _write(self, source: ExportSource, dest: Path, warnings: list[str]) -> None:
        _, _, DocBin = _spacy()
        docbin = DocBin(store_user_data=True)
        split_total, missing_total, fallbacks = 0, [], set()
        for document, claims in source.documents():
            doc, split, missing, fallback = make_doc(document, claims)
            split_total += len(split)
            missing_total += missing
            if fallback:
                fallbacks.add(fallback)
            docbin.add(doc)
        data = docbin.to_bytes()
        with atomic_file(dest, binary=True) as fh:
            fh.write(data)
        if split_total:
            warnings.append(said(messages.TOKENS_SPLIT, str(split_total)))
        if fallbacks:
            warnings.append(said(messages.NO_TOKENIZER, ", ".join(sorted(fallbacks))))
        if missing_total:
            warnings.append(said(messages.NO_SPANS, str(len(missing_total)),
                                 ", ".join(missing_total[:10])))

    def _preview(self, source: ExportSource, limit: int) -> str:
        out = []
        for document, claims in source.documents(limit=limit):
            doc, split, _, _ = make_doc(document, claims)
            out.append(f"== {document.title} ({len(doc)} tokens) ==")
            for span in doc.spans[SPAN_KEY]:
                mark = " (token split)" if span.id_ in split else ""
                out.append(f"[{span.start_char}, {span.end_char}) {span.label_}: {span.text!r}{mark}")
        return "\n".join(out)
