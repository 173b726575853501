"""What a search looks for: the user's words, their Indonesian word forms, and a cap on length.

The FTS5 index stores words as written (unicode61, no stemmer: changing the tokenizer would
mean a migration and a rebuild of every project's index). So word forms are matched by
expanding the query instead: each word's root (PySastrawi, whose dictionary of roots ships
inside the package) and the root's affixed forms — meN-/peN- with nasal assimilation
(tolak → menolak, pukul → memukul, sapu → menyapu, kirim → mengirim), di-, ter-, ber-, ke-,
se-, per-, memper-, diper- — each as an FTS prefix term, so suffixes (-kan, -i, -an, -nya,
-lah) match too. A word whose root is not in the Indonesian dictionary (English, names,
numbers) is searched as written, as before.

A pasted paragraph is shortened to its most distinctive words (stop words dropped, longest
kept): ANDing 200 prefix terms with snippets took minutes, and such a query means "find this
passage", which a handful of its rarer words does as well.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

#: At most this many words are searched; longer queries are shortened (and the user told).
MAX_WORDS = 8
#: Longer "words" are pasted junk (URLs, hashes): cut, they still match by prefix.
MAX_WORD_CHARS = 40

_TOKEN = re.compile(r"\w+", re.UNICODE)

#: Function words that say nothing about which article is meant (Indonesian and English).
STOP_WORDS = frozenset("""
yang dan di ke dari untuk dengan pada ini itu dalam tidak akan juga atau ada adalah oleh
sebagai karena bahwa telah sudah saat para kata bisa dapat lebih hanya masih harus agar
namun tersebut mereka kami kita saya ia dia nya pun lagi jika kalau maka setelah sebelum
serta hingga sampai antara tak belum bagi tentang seperti secara yaitu yakni per atas bawah
the a an and or of to in on at by for with from is are was were be been being it its this
that these those as not no but if then than so such into over under about after before
has have had do does did will would can could should may might he she they we you i
""".split())

#: Prefixes joined to a root as they are.
_PLAIN_PREFIXES = ("di", "ke", "se", "ter", "ber", "per", "memper", "diper")


@dataclass(frozen=True)
class QueryPlan:
    """The words searched for, and what was left out of a long query."""

    words: tuple[str, ...]
    shortened: bool = False
    dropped: int = 0

    @property
    def note(self) -> str:
        """One sentence for the user when the query was shortened ("" otherwise)."""
        if not self.shortened:
            return ""
        return (f"Long query shortened: searched for its {len(self.words)} most distinctive "
                f"words ({' '.join(self.words)}); {self.dropped} other word"
                f"{'s were' if self.dropped != 1 else ' was'} left out.")


@functools.lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@functools.lru_cache(maxsize=4096)
def indonesian_root(word: str) -> str:
    """The word's root when it is an Indonesian word PySastrawi knows, else ""."""
    if not word.isalpha() or len(word) < 3:
        return ""
    stemmer = _stemmer()
    root = stemmer.stem(word)
    dictionary = stemmer.delegatedStemmer.dictionary
    return root if root and dictionary.contains(root) else ""


def _nasal(prefix: str, root: str) -> list[str]:
    """meN-/peN- + root, with the nasal assimilated as Indonesian spells it (prefix "me"/"pe")."""
    head, rest = root[0], root[1:]
    if head in "aiueo":
        forms = [prefix + "ng" + root]
    elif head == "p":
        forms = [prefix + "m" + rest, prefix + "mp" + rest]  # memukul; mempunyai (loan words)
    elif head in "bfv":
        forms = [prefix + "m" + root]
    elif head == "t":
        forms = [prefix + "n" + rest]
    elif head in "dcjz":
        forms = [prefix + "n" + root]
    elif head == "s":
        forms = [prefix + "ny" + rest]
    elif head == "k":
        forms = [prefix + "ng" + rest, prefix + "ngk" + rest]  # mengirim; mengkritik
    elif head in "gh":
        forms = [prefix + "ng" + root]
    else:  # l m n r w y (and ng-, ny-)
        forms = [prefix + root]
    if len(root) <= 3:  # one-syllable roots take menge-/penge-: mengebom, pengecat
        forms.append(prefix + "nge" + root)
    return forms


def word_forms(word: str) -> tuple[str, ...]:
    """`word` itself first, then the forms sharing its Indonesian root (all lower case)."""
    word = word.lower()
    root = indonesian_root(word)
    if not root:
        return (word,)
    forms = [word, root, *_nasal("me", root), *_nasal("pe", root)]
    for prefix in _PLAIN_PREFIXES:
        forms.append(prefix + root)
    if root[0] == "r":  # ber- and ter- before r: berencana, terasa
        forms += ["be" + root, "te" + root]
    seen: dict[str, None] = {}
    for f in forms:
        seen.setdefault(f, None)
    return tuple(seen)


def plan(text: str) -> QueryPlan:
    """The words to search for in `text`: all of them, or the most distinctive MAX_WORDS."""
    words = [w[:MAX_WORD_CHARS] for w in _TOKEN.findall(text)]
    if len(words) <= MAX_WORDS:
        return QueryPlan(tuple(words))
    unique: dict[str, None] = {}
    for w in words:
        if w.lower() not in STOP_WORDS:
            unique.setdefault(w.lower(), None)
    candidates = list(unique) or list(dict.fromkeys(w.lower() for w in words))
    # distinctive: long words and numbers; ties keep the order of the text
    ranked = sorted(range(len(candidates)),
                    key=lambda i: (-len(candidates[i]) - 3 * candidates[i].isdigit(), i))
    keep = sorted(ranked[:MAX_WORDS])
    chosen = tuple(candidates[i] for i in keep)
    return QueryPlan(chosen, shortened=True, dropped=len(words) - len(chosen))


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"*'


def exact_query(words: tuple[str, ...]) -> str:
    """Every word as a prefix term (the search as it always was)."""
    return " ".join(_quoted(w) for w in words)


def any_query(words: tuple[str, ...]) -> str:
    """Any of the words (FTS ranks the texts holding more, and rarer, of them first)."""
    return " OR ".join(_quoted(w) for w in words)


def expanded_query(words: tuple[str, ...]) -> str:
    """Every word, or one of its Indonesian forms; "" when no word has other forms."""
    groups = []
    widened = False
    for w in words:
        forms = word_forms(w)
        widened |= len(forms) > 1
        groups.append(_quoted(w) if len(forms) == 1 else
                      "(" + " OR ".join(_quoted(f) for f in forms) + ")")
    return " AND ".join(groups) if widened else ""
