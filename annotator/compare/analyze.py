"""Sentence analysis of one document: its sentences, and for each the figures, dates, source
chain, modality, negation, names and check-worthiness. Pure and fast (precompiled patterns,
no dateparser, no model): it runs on every import."""
from __future__ import annotations

import re

from annotator.compare.attribution import find_attribution
from annotator.compare.checkworthy import score
from annotator.compare.dates import find_dates
from annotator.compare.modality import find_modality
from annotator.compare.model import DateMention, DateRole, Sentence, SentenceAnalysis
from annotator.compare.names import find_names
from annotator.compare.quantities import find_quantities
from annotator.compare.sentences import split_sentences
from annotator.compare.tokens import words_of

#: Names the rules: raise it when a change to any analyser changes its results, so stored
#: analyses are recomputed (compare/codec.py reads it).
ANALYSER_VERSION = 4

_RULING_OUT = re.compile(r"(?<![\w-])(?:bukan|alih-alih|not|instead\s+of|rather\s+than)"
                         r"(?:\s+(?:hari|pada|tanggal|on|for))*\s*$", re.IGNORECASE)
_ID_WORDS = re.compile(r"\b(?:yang|dan|di|dengan|untuk|dari|tidak|ini|itu|pada|akan|telah|"
                       r"dalam|oleh|sebagai|bahwa|mereka|adalah)\b")
_EN_WORDS = re.compile(r"\b(?:the|and|of|to|in|that|is|was|for|with|on|said|by|has|have|"
                       r"from|are|were|will)\b")


def guess_language(text: str) -> str:
    """"id" or "en" from function words in the first 4,000 code points (decides how "1.000"
    and "1,000" read); "id" when neither wins, as the corpus is mostly Indonesian."""
    sample = text[:4000].lower()
    id_hits = len(_ID_WORDS.findall(sample))
    en_hits = len(_EN_WORDS.findall(sample))
    return "en" if en_hits > id_hits else "id"


def _negated_beyond_dates(text: str, offset: int, dates: list[DateMention], lang: str) -> bool:
    """Is the sentence negated once "bukan Minggu" (a date it rules out) is set aside? "akan
    digelar Senin, bukan Minggu" corrects a date; it does not deny that the meeting is held."""
    for d in sorted(dates, key=lambda d: -d.start):
        if d.role is DateRole.RULED_OUT:
            head = _RULING_OUT.sub("", text[:d.start - offset])
            text = head + " " + text[d.end - offset:]
    return find_modality(text, lang)[1]


def analyze_document(doc_id: str, text: str, language: str = "",
                     published: str = "") -> list[SentenceAnalysis]:
    """Every sentence of `text` with what was found in it; offsets are document code points.
    `language` is a code such as "id", "en", "id-ID" (guessed when empty); `published` an ISO
    date the relative dates resolve against."""
    lang = (language or "").lower()[:2] or guess_language(text)
    out: list[SentenceAnalysis] = []
    for index, (start, end) in enumerate(split_sentences(text, lang)):
        sentence_text = text[start:end]
        sentence = Sentence(doc_id=doc_id, index=index, start=start, end=end, text=sentence_text)
        words = words_of(sentence_text)
        modality, negated = find_modality(sentence_text, lang, words)
        quantities = find_quantities(sentence_text, start, lang, words)
        dates = find_dates(sentence_text, start, published, lang, words, bool(quantities))
        if negated and any(d.role is DateRole.RULED_OUT for d in dates):
            negated = _negated_beyond_dates(sentence_text, start, dates, lang)
        analysis = SentenceAnalysis(
            sentence=sentence,
            quantities=quantities,
            dates=dates,
            attribution=find_attribution(sentence_text, lang, words),
            modality=modality,
            negated=negated,
            names=find_names(sentence_text),
        )
        analysis.checkworthy, analysis.reasons = score(analysis, lang, words)
        out.append(analysis)
    return out
