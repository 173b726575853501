"""Language detection with langdetect, made stable and honest.

langdetect is random unless seeded, and guesses wildly on short texts. We seed our own factory
(not langdetect's global one, so other users of langdetect in the process are untouched), and
return "" (unknown / mixed) when the text is too short or no language clearly wins, instead of a
guess the user would take as fact.

Two interchangeable backends: langdetect-rs (the `fast` extra: a Rust port that returns
langdetect's probabilities bit for bit, tens of times faster) when installed, else langdetect.

Why the paragraph check depends on the backend: a clean article's whole-text probability stays
at 0.99999 even when a third of its paragraphs are in another language, so only a per-paragraph
pass finds mixed texts. With langdetect-rs that pass costs well under a millisecond; with plain
langdetect it costs about four times the whole-text detection, which would make import five
times slower than detection alone. So with plain langdetect the pass runs only when the
whole-text answer is already borderline or the text mixes writing systems.
"""
from __future__ import annotations

import enum
import importlib
import os
import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

#: Fewer letters than this and langdetect's answer is noise.
MIN_LETTERS = 40
#: The winning language must have at least this probability.
MIN_PROBABILITY = 0.80
#: Share of the paragraphs, weighted by their length, that must agree with the whole text.
MIN_AGREEMENT = 0.75
#: Below this whole-text probability, plain langdetect still checks the paragraphs.
BORDERLINE_PROBABILITY = 0.999
#: At most this many paragraphs are checked (evenly spaced), so a huge file stays quick.
MAX_PARAGRAPHS = 200
#: langdetect's own seed; any fixed value makes results repeatable.
SEED = 0

_ENOUGH_LETTERS = re.compile(r"(?:[\W\d_]*[^\W\d_]){%d}" % MIN_LETTERS, re.UNICODE)
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z]", re.UNICODE)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_BACKENDS = ("langdetect_rs", "langdetect")


class ParagraphCheck(str, enum.Enum):
    ALWAYS = "always"  # every paragraph of MIN_LETTERS letters or more
    BORDERLINE = "borderline"  # only when the whole text is borderline or mixes scripts


@dataclass(frozen=True)
class LanguageGuess:
    code: str  # ISO 639-1 ("id", "en" …), or "" when unknown / mixed
    probability: float
    reason: str = ""  # why code is "", for the UI

    @property
    def known(self) -> bool:
        return bool(self.code)


class _Detector:
    """One seeded factory of one backend module; its lock makes it safe from any thread."""

    def __init__(self, module_name: str) -> None:
        module = importlib.import_module(module_name)
        factory_mod = importlib.import_module(f"{module_name}.detector_factory")
        exc_mod = importlib.import_module(f"{module_name}.lang_detect_exception")
        self.name = module_name
        self._error = exc_mod.LangDetectException
        self._factory = module.DetectorFactory()
        self._factory.load_profile(factory_mod.PROFILES_DIRECTORY)
        self._factory.set_seed(SEED)
        _untrack_profiles(self._factory)
        self._lock = threading.Lock()

        self._batch = _batch_entry(self._factory) if module_name == "langdetect_rs" else None
        if self._batch is not None:
            _size_thread_pool(self._batch)

    def ranked(self, text: str) -> list[tuple[str, float]]:
        with self._lock:
            try:
                detector: Any = self._factory.create()
                detector.append(text)
                return [(lang.lang, lang.prob) for lang in detector.get_probabilities()]
            except self._error:
                return []

    def ranked_many(self, texts: list[str]) -> list[list[tuple[str, float]]]:
        """`ranked` of each text. With langdetect-rs, in one call that runs the texts in
        parallel without holding the GIL (the GUI thread keeps running while an import
        detects); a text without features gives [] as in `ranked`."""
        if self._batch is None or len(texts) < 2:
            return [self.ranked(t) for t in texts]
        with self._lock:
            return [list(r) if r else [] for r in self._batch(texts)]


def _batch_entry(factory: Any) -> Any:
    """langdetect-rs's batch detection on OUR factory and seed (its public detect_langs_batch
    uses a module-wide factory whose seed is process-global). This is what that function
    calls; the tests check it gives what the Detector path gives, and without it (another
    release of langdetect-rs) detection falls back to the Detector path."""
    try:
        from langdetect_rs._seed import seed_state

        core, state = factory._core, seed_state(factory.seed)
        batch = core.detect_langs_batch
    except (ImportError, AttributeError):
        return None
    return lambda texts: batch(texts, state)


#: langdetect-rs's batch runs in rayon's thread pool, sized by this variable when it is built
_POOL_SIZE = "RAYON_NUM_THREADS"


def _size_thread_pool(batch: Any) -> None:
    """Build the batch entry's thread pool with one thread less than the machine has cores.
    Its default, a thread per core, takes every core while an import detects, and the GUI
    thread then waited 120 ms for one (bench_import p4_max_stall_ms); the import's own
    thread needs one too, as the detector works beside it (ingest/batch.py). The pool is
    made at the first batch, so a two-text batch makes it now, with the variable set for
    that moment only; one the user set is left as it is."""
    if _POOL_SIZE in os.environ:
        return
    os.environ[_POOL_SIZE] = str(max(1, (os.cpu_count() or 2) - 1))
    try:
        batch(["pool", "size"])
    finally:
        os.environ.pop(_POOL_SIZE, None)


def _untrack_profiles(factory: Any) -> None:
    """langdetect keeps its n-gram profiles as ~90,000 lists of floats: 100,000 objects the
    garbage collector walks on every full collection, 70 ms or more each time, during which
    the GUI thread is frozen too. As tuples (langdetect only reads them) the collector stops
    tracking them after one pass. The Rust backend keeps its profiles outside Python."""
    table = getattr(factory, "word_lang_prob_map", None)
    if isinstance(table, dict):
        for word, probs in table.items():
            table[word] = tuple(probs)


_detectors: dict[str, _Detector] = {}
_preferred: str | None = None
_setup_lock = threading.Lock()


def available_backends() -> list[str]:
    out = []
    for name in _BACKENDS:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        out.append(name)
    return out


def use_backend(name: str | None) -> None:
    """Force a backend ("langdetect_rs" or "langdetect"); None returns to the automatic choice.

    For the benchmark and the equivalence tests; the application never needs to call it.
    """
    global _preferred
    if name is not None and name not in _BACKENDS:
        raise ValueError(f"unknown language backend {name!r}; use one of {', '.join(_BACKENDS)}")
    _preferred = name


def _detector() -> _Detector:
    names = [_preferred] if _preferred else list(_BACKENDS)
    with _setup_lock:
        for name in names:
            if name in _detectors:
                return _detectors[name]
            try:
                _detectors[name] = _Detector(name)
            except ImportError:
                continue
            return _detectors[name]
    raise RuntimeError("no language detector installed: install langdetect")


def load_in_background() -> threading.Thread | None:
    """Start loading the detector (its profiles: a tenth of a second, which langdetect-rs
    spends without the GIL) in a thread, so the import's first detection does not wait for
    it while files are listed and read. None when it is loaded already. Not a daemon: the
    process waits for it rather than end inside the detector's native code."""
    if (_preferred or _BACKENDS[0]) in _detectors:
        return None

    def load() -> None:
        try:
            _detector()
        except Exception:  # noqa: BLE001 - the first detection meets the error and says it
            pass

    thread = threading.Thread(target=load, name="annotator-load-detector")
    thread.start()
    return thread


#: Texts per call of the detector when an import detects many articles at once: with
#: langdetect-rs one call runs them in parallel and costs less per text than many small
#: calls; plain langdetect detects one by one, so few per call keep Cancel prompt.
BATCH_TEXTS = 256
BATCH_TEXTS_SERIAL = 8


def batch_size() -> int:
    return BATCH_TEXTS if _detector()._batch is not None else BATCH_TEXTS_SERIAL


def backend_name() -> str:
    return _detector().name


def default_paragraph_check() -> ParagraphCheck:
    return ParagraphCheck.ALWAYS if backend_name() == "langdetect_rs" else ParagraphCheck.BORDERLINE


def detect_ranked(text: str) -> list[tuple[str, float]]:
    """langdetect's ranking of a text (languages above 0.1, best first); [] when no features."""
    return _detector().ranked(text)


def detect_ranked_many(texts: list[str]) -> list[list[tuple[str, float]]]:
    """`detect_ranked` of each text, in one parallel call where the backend has one."""
    return _detector().ranked_many(texts)


def _has_letters(text: str) -> bool:
    """At least MIN_LETTERS letters? Stops at the last one needed, so long texts cost nothing."""
    return _ENOUGH_LETTERS.match(text) is not None


def _scripts(text: str, sample: int = 4000) -> set[str]:
    """Coarse writing systems of the letters (first word of the Unicode name: LATIN, ARABIC …)."""
    head = text[:sample]
    seen = {unicodedata.name(ch, "?").split(" ", 1)[0] for ch in set(_OTHER_LETTER.findall(head))}
    if _ASCII_LETTER.search(head):
        seen.add("LATIN")
    return seen


def paragraphs(text: str) -> list[str]:
    """Paragraphs long enough to judge. Saved articles separate paragraphs by blank lines or, when
    there is no blank line at all, by single line breaks."""
    parts = _BLANK_LINE.split(text) if _BLANK_LINE.search(text) else text.split("\n")
    return [p for p in parts if _has_letters(p)]


def detect_language(text: str, check: ParagraphCheck | None = None) -> LanguageGuess:
    detection = Detection(text, check)
    if len(detection.asks) == 1:
        return detection.finish([detect_ranked(detection.asks[0])])
    return detection.finish(detect_ranked_many(detection.asks))


class Detection:
    """detect_language in two steps, so that an import can detect the texts of many articles
    in one call (ingest/prepare.py): `asks` are the texts whose rankings `finish` needs (the
    text, then the paragraphs that may settle the check, as detect_language asks them), and
    `finish(rankings of asks)` gives the guess, asking for any further paragraph itself.
    The guess is the same whichever way the rankings were obtained: each text's ranking
    depends on that text alone (seeded per text; tests/ingest/test_language.py)."""

    def __init__(self, text: str, check: ParagraphCheck | None = None) -> None:
        self.text = text
        self.short = not _has_letters(text)
        self.asks: list[str] = []
        if self.short:
            return
        self.check = check or default_paragraph_check()
        self.plan = _ParagraphPlan(text) if self.check is ParagraphCheck.ALWAYS else None
        # the paragraphs are checked anyway: asked with the text
        self.asks = [text, *self.plan.first] if self.plan is not None and self.plan.first \
            else [text]

    def finish(self, rankings: list[list[tuple[str, float]]]) -> LanguageGuess:
        if self.short:
            return LanguageGuess("", 0.0, "too short to tell")
        ranked, *first = rankings
        plan = self.plan
        if first:
            plan.found[:len(first)] = first
        if not ranked:
            return LanguageGuess("", 0.0, "no language recognised")
        code, prob = ranked[0]
        if prob < MIN_PROBABILITY:
            return LanguageGuess("", prob, "mixed languages")
        text = self.text
        if self.check is ParagraphCheck.ALWAYS or prob < BORDERLINE_PROBABILITY \
                or len(ranked) > 1 or len(_scripts(text)) > 1:
            if not (plan or _ParagraphPlan(text)).agree(code):
                return LanguageGuess("", prob, "mixed languages")
        return LanguageGuess(_normalise_code(code), prob)


class _ParagraphPlan:
    """Do paragraphs holding MIN_AGREEMENT of the length agree with the whole text's language?

    Weighted by length (letters would be exacter, and cost as much as detection). The longest
    paragraphs that could settle it alone (`first`) are detected first; the rest only when
    those do not: the same answer as detecting every paragraph, with a fifth to a quarter
    fewer detections, the import's largest cost."""

    def __init__(self, text: str) -> None:
        paras = paragraphs(text)
        if len(paras) > MAX_PARAGRAPHS:  # a book-length file: an even sample tells the same story
            step = len(paras) / MAX_PARAGRAPHS
            paras = [paras[int(i * step)] for i in range(MAX_PARAGRAPHS)]
        self.paras = sorted(paras, key=len, reverse=True) if len(paras) >= 2 else []
        self.total = sum(len(p) for p in self.paras)
        k, reached = 0, 0
        while k < len(self.paras) and reached / self.total < MIN_AGREEMENT:
            reached += len(self.paras[k])
            k += 1
        self.first = self.paras[:k]
        self.found: list[list[tuple[str, float]] | None] = [None] * len(self.paras)

    def agree(self, code: str) -> bool:
        if not self.paras:
            return True
        for stop in (len(self.first), len(self.paras)):
            todo = [i for i in range(stop) if self.found[i] is None]
            for i, ranked in zip(todo, detect_ranked_many([self.paras[i] for i in todo])):
                self.found[i] = ranked
            agree = sum(len(p) for p, ranked in zip(self.paras, self.found)
                        if ranked and ranked[0][0] == code)
            if agree / self.total >= MIN_AGREEMENT:
                return True
        return False


def _normalise_code(code: str) -> str:
    # langdetect says zh-cn / zh-tw; keep the region but lower-case, as BCP 47 allows
    return code.lower()
