"""Sentence analysis of one document: its sentences, and for each the figures, dates, source
chain, modality, negation, names and check-worthiness. Pure and fast (precompiled patterns,
no dateparser, no model): it runs on every import."""
from __future__ import annotations

import re

from annotator.compare.attribution import find_attribution
from annotator.compare.checkworthy import score
from annotator.compare.dates import find_dates
from annotator.compare.modality import find_modality
from annotator.compare.model import Sentence, SentenceAnalysis
from annotator.compare.names import find_names
from annotator.compare.quantities import find_quantities
from annotator.compare.sentences import split_sentences
from annotator.compare.tokens import words_of

#: Names the rules: raise it when a change to any analyser changes its results, so stored
#: analyses are recomputed (compare/codec.py reads it).
ANALYSER_VERSION = 3

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
        analysis = SentenceAnalysis(
            sentence=sentence,
            quantities=find_quantities(sentence_text, start, lang, words),
            dates=find_dates(sentence_text, start, published, lang, words),
            attribution=find_attribution(sentence_text, lang, words),
            modality=modality,
            negated=negated,
            names=find_names(sentence_text),
        )
        analysis.checkworthy, analysis.reasons = score(analysis, lang, words)
        out.append(analysis)
    return out
