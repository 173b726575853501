"""Sentence analyses as compact JSON, the form the project file keeps them in.

Stored analyses are derived data: `ANALYSER_VERSION` names the rules that made them, and a
project recomputes the sentences of any document analysed by another version. Arrays instead of
objects keep a 25,000-sentence project's analyses small and quick to parse (conflicts() reads
them all).
"""
from __future__ import annotations

import hashlib
import json

from .model import (
    Attribution, Bound, DateMention, DateRole, Modality, Quantity, Sentence, SentenceAnalysis,
)

#: The analysers' own version when they declare one (annotator.compare.analyze.ANALYSER_VERSION),
#: times 1000, plus this codec's; bump either when what is stored would change.
CODEC_VERSION = 1


def analyser_version() -> int:
    try:
        from . import analyze
    except ImportError:  # the analysers are not there: nothing can be stored anyway
        return CODEC_VERSION
    return int(getattr(analyze, "ANALYSER_VERSION", 1)) * 1000 + CODEC_VERSION


def sentence_hash(text: str) -> str:
    """What caches embeddings: the same sentence in two articles is encoded once."""
    return hashlib.blake2b(" ".join(text.split()).encode("utf-8"), digest_size=12).hexdigest()


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() and abs(x) < 2**53 else float(x)


def _date(d: DateMention) -> list:
    """An event date (most) is stored without its role, as before roles existed."""
    role = DateRole(d.role)
    row = [d.start, d.end, d.text, d.date]
    return row if role is DateRole.EVENT else row + [role.value]


def dumps(a: SentenceAnalysis) -> str:
    att = a.attribution
    data = {
        "c": round(float(a.checkworthy), 4), "r": list(a.reasons),
        "q": [[q.start, q.end, q.text, _num(q.value), _num(q.min), _num(q.max), q.unit,
               Bound(q.bound).value] for q in a.quantities],
        "d": [_date(d) for d in a.dates],
        "a": [att.claimant, list(att.chain), bool(att.anonymous)],
        "m": Modality(a.modality).value, "n": bool(a.negated), "N": list(a.names),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


#: Our own compact JSON has no surrounding whitespace, so the decoder's whitespace skipping
#: (two regex calls per sentence in `json.loads`) is left out: conflicts() reads them all.
_decode = json.JSONDecoder().raw_decode


def loads(sentence: Sentence, raw: str) -> SentenceAnalysis:
    d = _decode(raw)[0]
    claimant, chain, anonymous = d.get("a") or ["", [], False]
    return SentenceAnalysis(
        sentence=sentence, checkworthy=d.get("c", 0.0), reasons=d.get("r", []),
        quantities=[Quantity(s, e, t, v, lo, hi, u, Bound(b)) for s, e, t, v, lo, hi, u, b
                    in d.get("q", [])],
        dates=[DateMention(*x[:4]) if len(x) == 4 else DateMention(*x[:4], DateRole(x[4]))
               for x in d.get("d", [])],
        attribution=Attribution(claimant, tuple(chain), anonymous),
        modality=Modality(d.get("m", "unknown")), negated=bool(d.get("n")),
        names=d.get("N", []),
    )


def may_conflict(raw: str) -> bool:
    """Could a stored analysis take part in a conflict (a figure, a date, a modality, a
    negation, a source)? Read from the JSON text without parsing it: the project-wide pass
    skips the rest of 25,000 sentences this way."""
    return ('"q":[]' not in raw or '"d":[]' not in raw or '"n":true' in raw
            or '"m":"unknown"' not in raw or '"a":["",[]' not in raw)
