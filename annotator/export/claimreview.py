"""schema.org ClaimReview (JSON-LD), as fact-checkers publish for search engines.

One ClaimReview per claim whose verdict maps to a rating; by default verified → "True" (5 of
5), disputed → "False" (1 of 5), and unverified claims are left out (a ClaimReview states a
finding). The mapping is the `ratings` option: verdict → {"alternateName", "ratingValue"} or
None to leave that verdict out.
"""
from __future__ import annotations

from pathlib import Path

from ..core import messages
from ..core.errors import said
from ..core.model import Claim, Document, Verdict
from .atomic import ExportError, atomic_file
from .base import Exporter, ExportSource, dumps, register, verdict_map, write_json_array

DEFAULT_RATINGS: dict[Verdict, dict | None] = {
    Verdict.VERIFIED: {"alternateName": "True", "ratingValue": 5},
    Verdict.DISPUTED: {"alternateName": "False", "ratingValue": 1},
    Verdict.UNVERIFIED: None,
}


def _rating(value: dict, best: int, worst: int) -> dict:
    if not isinstance(value, dict) or not str(value.get("alternateName", "")).strip():
        raise ExportError("claimreview ratings: each verdict needs an alternateName "
                          "(e.g. {'alternateName': 'False', 'ratingValue': 1}) or None")
    rating = {"@type": "Rating", "alternateName": str(value["alternateName"])}
    if value.get("ratingValue") is not None:
        rating.update(ratingValue=value["ratingValue"], bestRating=best, worstRating=worst)
    return rating


def review(doc: Document, c: Claim, rating: dict, organisation: str, url_template: str = "") -> dict:
    claim: dict = {"@type": "Claim"}
    if c.claimant or doc.outlet:
        claim["author"] = {"@type": "Person" if c.claimant else "Organization",
                           "name": c.claimant or doc.outlet}
    if doc.published:
        claim["datePublished"] = doc.published
    if doc.url:
        appearance = {"@type": "CreativeWork", "url": doc.url}
        if doc.title:
            appearance["headline"] = doc.title
        if doc.outlet:
            appearance["publisher"] = {"@type": "Organization", "name": doc.outlet}
        claim["appearance"] = appearance
    out = {
        "@type": "ClaimReview", "identifier": c.id, "claimReviewed": c.quote,
        "reviewRating": rating, "itemReviewed": claim,
    }
    if url_template:
        out["url"] = url_template.format(claim_id=c.id, doc_id=doc.id)
    if c.updated_at:
        out["datePublished"] = c.updated_at[:10]
    if organisation:
        out["author"] = {"@type": "Organization", "name": organisation}
    elif c.annotator:
        out["author"] = {"@type": "Person", "name": c.annotator}
    if doc.effective_language:
        out["inLanguage"] = doc.effective_language
    if c.note:
        out["reviewBody"] = c.note
    if c.evidence:
        out["citation"] = [{"@type": "CreativeWork", "url": e.url, **({"name": e.title} if e.title else {})}
                           for e in c.evidence]
    return out


@register
class ClaimReviewExporter(Exporter):
    name = "claimreview"
    label = "schema.org ClaimReview (JSON-LD)"
    suffix = ".jsonld"
    limits = 'Only claims whose verdict maps to a rating; no links, confidence or history.'
    #: url_template: the address of each published review, e.g.
    #: "https://cekfakta.example/review/{claim_id}" ({doc_id} works too); Google requires one.
    OPTIONS = {"ratings": None, "best_rating": 5, "worst_rating": 1, "organisation": "",
               "url_template": ""}

    def _ratings(self) -> dict[Verdict, dict | None]:
        merged = verdict_map(self.options["ratings"], DEFAULT_RATINGS, "claimreview ratings")
        return {v: None if r is None else _rating(r, self.options["best_rating"],
                                                   self.options["worst_rating"])
                for v, r in merged.items()}

    def _url_template(self) -> str:
        template = self.options["url_template"] or ""
        try:
            template.format(claim_id="x", doc_id="y")
        except (KeyError, IndexError, ValueError):
            raise ExportError(f"claimreview url_template {template!r}: use {{claim_id}} and "
                              "{doc_id} only") from None
        return template

    def _items(self, source: ExportSource, stats: dict, limit: int | None = None):
        ratings = self._ratings()
        for doc, claims in source.documents(include_empty=False, limit=limit):
            for c in claims:
                rating = ratings[c.verdict]
                if rating is None:
                    stats["skipped"][c.verdict.value] = stats["skipped"].get(c.verdict.value, 0) + 1
                    continue
                if not doc.url:
                    stats["no_url"] += 1
                stats["written"] += 1
                yield review(doc, c, rating, self.options["organisation"], self._url_template())

    def _write(self, source: ExportSource, dest: Path, warnings: list[str]) -> None:
        stats = {"skipped": {}, "no_url": 0, "written": 0}
        with atomic_file(dest) as fh:
            fh.write('{"@context":"https://schema.org","@graph":')
            write_json_array(fh, self._items(source, stats))
            fh.write("}\n")
        self._written = stats["written"]
        for verdict, n in stats["skipped"].items():
            warnings.append(said(messages.NO_RATING, str(n), str(verdict)))
        if stats["no_url"]:
            warnings.append(said(messages.NO_APPEARANCE, str(stats["no_url"])))

    def _claims_written(self, source: ExportSource) -> int:
        return self._written

    def _preview(self, source: ExportSource, limit: int) -> str:
        stats = {"skipped": {}, "no_url": 0, "written": 0}
        out = []
        for item in self._items(source, stats):
            out.append(dumps(item, indent=2))
            if len(out) >= limit:
                break
        return "\n".join(out)
