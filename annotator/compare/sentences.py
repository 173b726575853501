"""Sentence boundaries of news text (Indonesian and English), as code-point spans.

A rule-based splitter: one pass over the candidate boundaries (".", "!", "?", "…", Arabic "؟"
and "۔", CJK "。！？", and line breaks), each judged from a few characters around it, so a
10 MB one-line text costs linear time. Why rules and not a trained tokenizer: the words that
decide a boundary in this domain (Indonesian abbreviations, "AS." as the United States, dateline
dashes, "(29/11)") are few and known, and rules are predictable for fact-checkers.

Decisions:
- a full stop ends a sentence when whitespace (or the end) follows and the next word does not
  start with a lower-case letter or a digit after an abbreviation;
- a closing quote or bracket right after the stop belongs to the sentence that ends;
- title abbreviations ("Jl.", "dr.", "Prof.", "No.", "Mr.") never end a sentence; dotted
  initials ("U.S.", "a.m.") end one only when a common sentence opener follows ("The", "Dia");
- "AS." (Amerika Serikat) is a word, not an abbreviation: it ends a sentence like any word;
- a number alone at a paragraph's start ("1. ...") is a list marker, not a sentence;
- a line break ends a sentence, except a single break inside a hard-wrapped sentence (the line
  does not end in punctuation and the next one starts in lower case);
- a stop glued to a capitalised word ("saja.Presiden") ends a sentence (joined paragraphs);
- a sentence longer than MAX_SENTENCE code points is cut at a space so that later analysis
  stays bounded on texts without punctuation.
"""
from __future__ import annotations

import re

MAX_SENTENCE = 4000

# Never end a sentence: they stand before a name or a figure.
TITLE_ABBREVIATIONS = frozenset(
    """jl jln gg no nomor dr drs dra ir prof h hj kh st sdr sdri bpk ny nn tn mr mrs ms dr sr jr
    st vs etc dll dsb dst tsb yth kol brigjen mayjen letjen jend kapt lettu serda bripda kompol
    akbp kombes irjen komjen pol ak apt mt sh se si mm mh phd mba mpd spd skom kec kab kel prov
    rt rw tel telp hlm hal fig gen gov rep sen sgt lt col capt maj adm rev inc ltd co corp dept
    approx est vol ed eds pp ca cf al op""".split()
)
OPENERS = frozenset(
    """the a an he she it they we i this that these those there but and in on at for however
    meanwhile dia ia mereka kami kita saya ini itu namun tetapi sementara para seorang di pada
    dalam menurut sebelumnya kemudian lalu""".split()
)

_CANDIDATE = re.compile(
    # a stop (and its closing marks) before a space
    r"(?:\.{2,}|[.!?…؟۔。！？]+)[\"'”’»)\]]*(?=\s|$)"
    r"|(?<=[a-z]{2})\.(?=[A-Z][a-z])"  # a stop glued to a capitalised word: joined paragraphs
    r"|\n"
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_NEXT_WORD = re.compile(r"\s*[\"'“‘«(\[]*(\w+)")
_END_PUNCT = frozenset(".!?…؟۔。！？:;\"'”’»)]")


def split_sentences(text: str, language: str = "") -> list[tuple[int, int]]:
    """Half-open [start, end) spans of the sentences of `text`, trimmed of spaces."""
    del language  # the rules serve both languages; kept for a future language-specific list
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _CANDIDATE.finditer(text):
        end = m.end()
        if m.group() == "\n":
            if not _paragraph_break(text, start, m.start()):
                continue
            _add(text, start, m.start(), spans)
            start = end
            continue
        if not _ends_sentence(text, start, m.start(), end, n):
            continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, n, spans)
    return spans


def _paragraph_break(text: str, start: int, pos: int) -> bool:
    """A line break ends a sentence unless it is a hard wrap inside one."""
    if pos + 1 < len(text) and text[pos + 1] == "\n":
        return True
    i = pos - 1
    while i >= start and text[i] in " \t\r":
        i -= 1
    if i < start or text[i] in _END_PUNCT:
        return True
    j = pos + 1
    while j < len(text) and text[j] in " \t\r":
        j += 1
    return not (j < len(text) and text[j].islower())


def _ends_sentence(text: str, start: int, stop: int, end: int, n: int) -> bool:
    mark = text[stop]
    nxt = _NEXT_WORD.match(text, end, min(n, end + 80))
    next_word = nxt.group(1) if nxt else ""
    if next_word and next_word[0].islower():
        return False  # "akrab. dengan", "etc. and", "... dan"
    if mark != ".":
        return True
    if end - stop > 1:
        return True  # an ellipsis before a capital or the end; a stop inside closing quotes
    if next_word[:1].isdigit() and text[max(0, stop - 5):stop].lower().endswith(("no", "nomor")):
        return False  # "No. 5"
    before = _WORD_BEFORE.search(text, max(start, stop - 40), stop)
    word = before.group(1) if before else ""
    if not word:
        return True
    low = word.lower().strip(".")
    if low in ("no", "nomor"):
        return True  # "No." before anything but a figure is the word "no"
    if low in TITLE_ABBREVIATIONS and "." not in word and len(word) <= 6:
        return not next_word  # "Prof. Budi", "Jl. Sudirman", "No. 5"
    if "." in word and re.fullmatch(r"(?:\w\.)+\w", word):
        # dotted initials: "U.S", "a.m", "S.H" — a sentence ends only before an opener
        return not next_word or next_word.lower() in OPENERS
    if word.isdigit() and len(word) <= 3 and text[start:stop].strip() == word:
        return False  # "1. " at a paragraph's start: a list marker
    return True


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut < 0:
            cut = start + MAX_SENTENCE
        spans.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))
