"""Agreement between annotators: spans matched into units, and the coefficients over them.

Qt-free and SQL-free: the facade reads the spans (store.spans) and calls `agreement`. The
rules (matching threshold, how unmatched spans count, each measure) are in units.py and
README "Agreement".
"""
from .disagreements import Disagreement, Kind, disagreements, document_disagreements
from .measures import Undefined
from .report import (
    Agreement, AgreementGroup, AgreementReport, PairAgreement, UNTAGGED, agreement,
)
from .units import THRESHOLD, DocumentUnits, Span, jaccard, match_all, match_document

__all__ = ["Agreement", "AgreementGroup", "AgreementReport", "Disagreement", "DocumentUnits",
           "Kind", "PairAgreement", "Span", "THRESHOLD", "UNTAGGED", "Undefined", "agreement",
           "disagreements", "document_disagreements", "jaccard", "match_all", "match_document"]
