"""Language detection with langdetect, made stable and honest.

langdetect is random unless seeded, and guesses wildly on short texts. We seed it, and return
"" (unknown / mixed) when the text is too short or no language clearly wins, instead of a guess
the user would take as fact.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass

#: Fewer letters than this and langdetect's answer is noise.
MIN_LETTERS = 40
#: The winning language must have at least this probability.
MIN_PROBABILITY = 0.80
#: Share of paragraph letters that must agree with the whole-text language.
MIN_AGREEMENT = 0.75

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_lock = threading.Lock()
_factory_ready = False


@dataclass(frozen=True)
class LanguageGuess:
    code: str  # ISO 639-1 ("id", "en" …), or "" when unknown / mixed
    probability: float
    reason: str = ""  # why code is "", for the UI

    @property
    def known(self) -> bool:
        return bool(self.code)


def _detect_langs(text: str) -> list[tuple[str, float]]:
    global _factory_ready
    from langdetect import DetectorFactory, detector_factory
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:  # langdetect's factory is a module-level singleton
        if not _factory_ready:
            DetectorFactory.seed = 0
            detector_factory.init_factory()
            _factory_ready = True
        try:
            detector = detector_factory._factory.create()
            detector.append(text)
            return [(lang.lang, lang.prob) for lang in detector.get_probabilities()]
        except LangDetectException:
            return []


def _letters(text: str) -> int:
    return len(_LETTER.findall(text))


def detect_language(text: str) -> LanguageGuess:
    if _letters(text) < MIN_LETTERS:
        return LanguageGuess("", 0.0, "too short to tell")
    ranked = _detect_langs(text)
    if not ranked:
        return LanguageGuess("", 0.0, "no language recognised")
    code, prob = ranked[0]
    if prob < MIN_PROBABILITY:
        return LanguageGuess("", prob, "mixed languages")
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if _letters(p) >= MIN_LETTERS]
    if len(paragraphs) > 1:
        agree = total = 0
        for para in paragraphs:
            n = _letters(para)
            total += n
            para_ranked = _detect_langs(para)
            if para_ranked and para_ranked[0][0] == code:
                agree += n
        if total and agree / total < MIN_AGREEMENT:
            return LanguageGuess("", prob, "mixed languages")
    return LanguageGuess(_normalise_code(code), prob)


def _normalise_code(code: str) -> str:
    # langdetect says zh-cn / zh-tw; keep the region but lower-case, as BCP 47 allows
    return code.lower()
