"""Words as matching compares them: lower case, accents dropped, Indonesian affixes stripped.

Why a stemmer: two outlets write "menewaskan" and "tewas", "serangan" and "menyerang",
"dilaporkan" and "melaporkan"; FTS5's unicode61 tokenizer finds candidates by whole words, so the
ranking compares stems. The stemmer is deliberately light (particles, possessives, -kan/-an,
the common prefixes with their nasal changes): a wrong stem only costs a little similarity,
since both sides are stemmed alike. English gets plural and -ed/-ing stripping.
"""
from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"[^\W_]+", re.UNICODE)

STOPWORDS = frozenset("""
yang dan di ke dari ini itu dengan untuk pada dalam atau juga tidak akan telah sudah adalah
oleh sebagai bahwa karena tersebut para ia dia mereka kami kita saya nya se bisa dapat lebih
masih saat setelah sebelum antara serta namun tetapi tapi jika kalau agar supaya hanya secara
bagi hal apa siapa lain lainnya seperti sangat pun lah kah yaitu yakni ada atas bawah hari
kata ujar menurut mengatakan tambah jadi maka begitu sementara belum pernah ketika
the a an of to in on at for and or but is are was were be been by with as from that this
these those it its he she they we his her their said says not no has have had will would
""".split())

_PARTICLES = ("lah", "kah", "tah", "pun")
_POSSESSIVES = ("nya", "ku", "mu")


def fold(text: str) -> str:
    """Lower case without accents: "Nicolás" and "Nicolas" are one name."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.casefold())
    # Each distinct character is looked at once: a news sentence has a few dozen, so this is
    # quick even when nothing is to be dropped (a dash or a curly quote makes a text non-ASCII).
    marks = {ord(c): None for c in set(text) if c > "\u02ff" and unicodedata.combining(c)}
    return text.translate(marks) if marks else text


def words(text: str) -> list[str]:
    """The words of a text as FTS5's unicode61 tokenizer (remove_diacritics 2) sees them."""
    return _WORD.findall(fold(text))


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    w = word
    if w.isdigit() or len(w) <= 4:
        return w
    for p in _PARTICLES:
        if w.endswith(p) and len(w) - len(p) >= 4:
            w = w[:-len(p)]
            break
    for p in _POSSESSIVES:
        if w.endswith(p) and len(w) - len(p) >= 4:
            w = w[:-len(p)]
            break
    for suffix in ("kan", "an"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[:-len(suffix)]
            break
    w = _strip_prefix(w)
    if w.isascii() and len(w) > 5:  # English inflections
        for suffix in ("ing", "ed", "s"):
            if w.endswith(suffix) and not w.endswith("ss"):
                w = w[:-len(suffix)]
                break
    return w


def _strip_prefix(w: str) -> str:
    if len(w) < 6:
        return w
    for prefix in ("di", "ter"):
        if w.startswith(prefix) and len(w) - len(prefix) >= 4:
            return w[len(prefix):]
    for prefix in ("ber", "per", "be"):
        if w.startswith(prefix) and len(w) - len(prefix) >= 4:
            return w[len(prefix):]
    vowels = "aeiou"  # meng- keeps the root as it is ("mengambil": ambil; "mengirim" loses k)
    for nasal in ("meng", "peng"):
        if w.startswith(nasal):
            rest = w[4:]
            return rest
    for nasal, first in (("meny", "s"), ("peny", "s")):
        if w.startswith(nasal) and w[4:5] in vowels:
            return first + w[4:]
    for nasal, first in (("mem", "p"), ("pem", "p"), ("men", "t"), ("pen", "t")):
        if w.startswith(nasal):
            rest = w[3:]
            if rest[:1] in vowels:
                return first + rest
            if nasal.startswith("me") or nasal.startswith("pe"):
                return rest
    if w.startswith("me") and w[2:3] in "lrwy" and len(w) >= 6:
        return w[2:]
    return w


def content_words(text: str) -> list[str]:
    """Words that can tell two reports apart: no stopwords, no single letters."""
    return significant(words(text))


def significant(words_: Iterable[str]) -> list[str]:
    return [w for w in words_ if len(w) > 1 and w not in STOPWORDS]


def weighted_stems(words_: Iterable[str], idf: dict[str, float], default: float) -> dict[str, float]:
    """Each word's stem with the word's rarity as its weight (the rarer, the more telling)."""
    out: dict[str, float] = {}
    for w in words_:
        s = stem(w)
        weight = idf.get(w, default)
        if weight > out.get(s, 0.0):
            out[s] = weight
    return out


def idf(document_frequency: int, total: int) -> float:
    return math.log(1.0 + total / (1.0 + document_frequency))


def weighted_dice(a: dict[str, float], b: dict[str, float]) -> float:
    """Shared weight over the two sentences' weight, 0..1 (1: the same words)."""
    if not a or not b:
        return 0.0
    shared = sum(min(w, b[s]) for s, w in a.items() if s in b)
    return 2.0 * shared / (sum(a.values()) + sum(b.values()))


def name_keys(names: Iterable[str]) -> dict[str, str]:
    """Folded name (and its last word, so "Trump" meets "Donald Trump") -> the name as written."""
    out: dict[str, str] = {}
    for name in names:
        folded = " ".join(words(name))
        if not folded:
            continue
        out.setdefault(folded, name)
        last = folded.rsplit(" ", 1)[-1]
        if len(last) > 2 and last not in STOPWORDS:
            out.setdefault(last, name)
        for token in name.split()[1:]:  # an acronym inside a name: "Militer AS" meets "AS"
            if token.isupper() and 2 <= len(token) <= 6 and token.isalpha():
                out.setdefault(token.lower(), name)
    return out
