"""Who says it, and through whom: the claimant of a sentence and the chain of sources from the
origin to the last relay.

Cues (Indonesian and English), each found by a precompiled pattern:
- claim: "menurut (laporan) (dari) X", "kata / ujar / ucap / tutur / tambah / jelas / ungkap X",
  "X mengatakan / menyatakan / melaporkan / menyebutkan …", "according to X", "X said",
  "said X", "X told …";
- relay: "(yang / sebagaimana / seperti) dikutip / dilaporkan / dirangkum / disampaikan /
  diberitakan (oleh / dari) Y", "dilansir (dari) Y", "kepada Reuters" after a speech verb,
  "as reported by Y", "quoted by Y", "told Reuters";
- cited origin: "mengutip Y", "citing Y" (the speaker relays Y).
The chain is: cited origins, the claimant when named, then relays in the order written; names
are capitalised runs (names.py) without titles. A claimant is anonymous when it is a
description headed by an unnamed-source noun ("seorang pejabat", "sumber itu", "a senior
official") or the sentence says so ("dengan syarat anonim", "on condition of anonymity");
an anonymous claimant stays out of the chain, so `origin` is its first relay.
Limits: one claimant per sentence (the first cue); reported speech across sentences (a quote
whose "kata X" is in the next sentence) is not followed.
"""
from __future__ import annotations

import re

from annotator.compare.model import Attribution
from annotator.compare.names import LINKS, NAME_RUN, UPPER, WORD, clean_name
from annotator.compare.tokens import cue_words, words_of

_NAME = rf"(?:{WORD})(?:(?:\s+(?:{LINKS}))*\s+(?:{WORD}))*"
_NAMES = rf"{_NAME}(?:(?:\s*,\s*|\s+(?:dan|serta|and)\s+)(?={UPPER}){_NAME})*"

_NAMES_RX = re.compile(_NAMES)
_SPEECH_ID = (
    r"mengatakan|menyatakan|melaporkan|menyebutkan|menyebut|menegaskan|mengungkapkan|"
    r"menjelaskan|menambahkan|menekankan|berkata|mengklaim|memberitakan|mengumumkan|"
    r"menuturkan|membantah|menyampaikan|memperingatkan"
)
_SPEECH_EN = r"said|says|told|reported|reports|stated|added|claimed|announced|confirmed|" \
             r"denied|warned|wrote|explained"
_RELAY_VERB = (
    r"dikutip|dilaporkan|dirangkum|disampaikan|diberitakan|dilansir|ditulis|dimuat|disiarkan|"
    r"digambarkan|quoted|reported|cited|carried"
)
_MENURUT = re.compile(
    r"(?<![\w])(?:menurut|according\s+to)\s+(?:(?:sebuah\s+|a\s+|the\s+)?(?:laporan|report|"
    r"keterangan|pernyataan|statement|data)\s+)?(?:(?:dari|from|by|of|in)\s+)?",
    re.IGNORECASE,
)
_SAID_AFTER = re.compile(
    r"[,”\"’]\s*(?:kata|ujar|ucap|tutur|tambah|jelas|ungkap|imbuh|terang|tegas|katanya|"
    r"said|says|added|told)\s+",
    re.IGNORECASE,
)
_SPEECH_BEFORE = re.compile(rf"\s(?:juga\s+|pun\s+|telah\s+|sudah\s+|kemudian\s+)?"
                            rf"(?:{_SPEECH_ID}|{_SPEECH_EN})(?![\w])")
_RELAY = re.compile(
    rf"(?<![\w])(?:(?:yang|sebagaimana|seperti|as)\s+)?(?:(?:pertama\s+kali|first)\s+)?"
    rf"(?i:{_RELAY_VERB})\s+(?:(?i:oleh|dari|dalam|by|in)\s+)?(?P<names>{_NAMES})"
)
_TO = re.compile(rf"(?:(?:{_SPEECH_ID}|{_SPEECH_EN})\s+(?:kepada|to)|told)\s+(?P<names>{_NAMES})")
_REPORT = re.compile(rf"(?<![\w])(?i:pelaporan|laporan|report(?:ing)?\s+by|report\s+from)\s+"
                     rf"(?:(?i:dari|from)\s+)?(?P<names>{_NAMES})")
_KEPADA = re.compile(rf"\s+(?:kepada|to)\s+(?:(?:wartawan|media|reporters)\s+)?(?P<names>{_NAMES})")
_CLOSING_SPEECH = re.compile(r"\s*(?:[,.;]|$|(?:kepada|to|citing|mengutip|on|pada)\s)")
_CITE = re.compile(rf"(?<![\w])(?i:mengutip|citing|quoting)\s+(?P<names>{_NAMES})")
_ANON_CUE = re.compile(
    r"syarat\s+anonim|anonimitas|tidak\s+(?:mau|ingin|bersedia)\s+(?:disebut|disebutkan|"
    r"diidentifikasi)|tidak\s+disebutkan\s+namanya|namanya\s+tidak\s+(?:disebut|disebutkan|"
    r"mau\s+disebut)|condition\s+of\s+anonymity|not\s+(?:to\s+)?be\s+(?:named|identified)|"
    r"speaking\s+anonymously|unnamed|anonymous",
    re.IGNORECASE,
)
ANON_HEADS = frozenset(
    """pejabat sumber seseorang diplomat orang pihak narasumber petugas pegawai staf ajudan
    penasihat official officials source sources person people diplomat diplomats aide aides
    adviser advisers insider insiders someone""".split()
)
_DETERMINERS = frozenset(
    "seorang para dua tiga beberapa sejumlah sebuah salah satu a an the two three several "
    "some senior one".split()
)
_STOP = re.compile(r"[,.;:!?“”\"()]|\s(?:bahwa|that|kepada|to|dalam|pada|di|on|in|dengan|"
                   r"with|yang|who|which)\s")
_LEADING_RELAY = re.compile(
    rf"^\s*(?:(?:dan|and|serta)\s+)?(?:(?:yang|sebagaimana|seperti|as)\s+)?(?:{_RELAY_VERB})\b"
    rf"|^\s*(?:speaking|berbicara)\b", re.IGNORECASE)
_CONJUNCTIONS = re.compile(
    r"^(?:dan|serta|tetapi|tapi|namun|sementara|sedangkan|meskipun|walaupun|karena|sambil|"
    r"sehingga|and|but|while|although|though|because|as)\s+", re.IGNORECASE)
_PRONOUNS = frozenset("dia ia mereka beliau kami kita saya aku he she they we i it itu ini".split())


_TRIGGERS = cue_words(_SPEECH_ID, _SPEECH_EN, _RELAY_VERB) | frozenset(
    "menurut according kata ujar ucap tutur tambah jelas ungkap imbuh terang tegas katanya said "
    "says added told mengutip citing quoting laporan pelaporan report reporting".split())


def find_attribution(text: str, language: str = "",
                     words: frozenset[str] | None = None) -> Attribution:
    del language
    if (words_of(text) if words is None else words).isdisjoint(_TRIGGERS):
        return Attribution()
    claim, also = _claimant(text)
    relays: list[tuple[int, str]] = []
    for rx in (_RELAY, _TO):
        for m in rx.finditer(text):
            for name in _split_names(m.group("names")):
                relays.append((m.start("names"), name))
    cites = [name for m in _CITE.finditer(text) for name in _split_names(m.group("names"))]
    anonymous = bool(claim) and _is_anonymous(claim, text)
    named = "" if anonymous or not claim else _as_name(claim)
    chain: list[str] = []
    for name in cites:
        _push(chain, name)
    if named:
        _push(chain, named)
    for name in also:
        _push(chain, name)
    for _pos, name in sorted(relays):
        if name != named:
            _push(chain, name)
    if not claim and chain:
        claim = chain[0]
    return Attribution(claimant=claim, chain=tuple(chain), anonymous=anonymous)


def _push(chain: list[str], name: str) -> None:
    if name and name not in chain:
        chain.append(name)


def _split_names(run: str) -> list[str]:
    return [n for n in (clean_name(m.group()) for m in NAME_RUN.finditer(run)) if n]


def _claimant(text: str) -> tuple[str, list[str]]:
    """The claimant and the further sources named with it ("menurut Axios dan The Daily Wire")."""
    m = _MENURUT.search(text)
    if m:
        got = _phrase(text, m.end())
        if got[0]:
            return got
    m = _SAID_AFTER.search(text)
    if m:
        claim, also = _phrase(text, m.end())
        english = m.group().rstrip().lower().endswith(("said", "says", "added", "told"))
        if claim and (not english or claim[:1].isupper() or _anon_head(claim)):
            to = _KEPADA.match(text, m.end() + len(claim))
            if to:
                also = also + _split_names(to.group("names"))
            return claim, also
    speech = list(_SPEECH_BEFORE.finditer(text))
    if len(speech) > 1 and _CLOSING_SPEECH.match(text, speech[-1].end()) and (
            "," in text[speech[0].end():speech[-1].start()]):
        # "Hamas denied the report, Al Arabiya said": the closing reporter is the source
        claim = _subject(text, speech[-1].start())
        if claim:
            return claim, []
    for m in speech[:1]:
        claim = _subject(text, m.start())
        if claim:
            return claim, []
    m = _REPORT.search(text)
    if m:
        names = _split_names(m.group("names"))
        if names:
            return names[0], names[1:]
    return "", []


def _phrase(text: str, pos: int) -> tuple[str, list[str]]:
    """The source named after a cue: a name run, else a description up to the clause's end."""
    window = text[pos:pos + 160]
    name = _NAMES_RX.match(window)
    if name and name.group()[0].isupper():
        names = _split_names(name.group())
        if names:
            return names[0], names[1:]
    stop = _STOP.search(window)
    phrase = window[:stop.start()] if stop else window
    if stop and stop.group().strip() in ("yang", "who", "which"):
        rest = window[stop.end():]
        tail = re.match(r"[^,.;:!?“”\"()]*", rest)
        phrase = f"{phrase} {stop.group().strip()} {tail.group().strip()}" if tail else phrase
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return "", []
    return " ".join(words[:9]).strip(), []


def _subject(text: str, verb: int) -> str:
    """The noun phrase before a speech verb: the clause it opens, cut at "yang"; "" when it is
    a pronoun or has neither a name nor an unnamed-source noun (nothing to trace)."""
    segments = re.split(r"[,;:“”\"]", text[:verb])
    while len(segments) > 1 and (not segments[-1].strip() or _LEADING_RELAY.match(segments[-1])):
        segments.pop()
    seg = _CONJUNCTIONS.sub("", segments[-1].strip())
    seg = re.split(r"\s(?:yang|who|which|that|bahwa)\s", f" {seg} ")[0].strip()
    seg = re.sub(r"(?:\s+(?:juga|pun|telah|sudah|kemudian|lalu|sebelumnya|also|has|had|have))+$",
                 "", seg)
    words = seg.split()
    if not words or (len(words) == 1 and words[0].lower() in _PRONOUNS):
        return ""
    if len(words) > 6:
        names = [m.group() for m in NAME_RUN.finditer(seg)]
        return clean_name(names[-1]) if names else ""
    lowered = {w.lower() for w in words}
    if not any(w[:1].isupper() for w in words) and lowered.isdisjoint(ANON_HEADS):
        return ""
    return seg


def _anon_head(claim: str) -> bool:
    """Headed by an unnamed-source noun: "seorang pejabat", "Dua pejabat AS", "a senior
    official" (a determiner or a qualifier may come first)."""
    words = [w.lower() for w in claim.split()]
    while words and words[0] in _DETERMINERS:
        words.pop(0)
    if not words:
        return False
    return words[0] in ANON_HEADS or (len(words) > 1 and words[1] in ANON_HEADS
                                      and not claim.split()[0][:1].isupper())


def _is_anonymous(claim: str, text: str) -> bool:
    if _anon_head(claim):
        return True
    return bool(_ANON_CUE.search(text)) and not claim[:1].isupper()


def _as_name(claim: str) -> str:
    """A named claimant as a chain entry: its name without titles; a description without
    any name (e.g. "para kritikus") is no chain entry."""
    names = _split_names(claim)
    return names[0] if names else ""
