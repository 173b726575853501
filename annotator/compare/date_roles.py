"""What a date in a sentence is the date of, and which way a bare weekday points.

Two outlets disagree about a date only when both give the date of the same thing. News
sentences carry other dates as well, and comparing those flagged false conflicts:
- when something was said: "…, kata Kapolres Waru, Minggu (15/3)", "…, seperti dilaporkan
  Kabar Waru mengutip keterangan polisi, Minggu (15/3/2026)", "officials said on Sunday";
- the day a running count stands at: "per 15 Maret", "as of Sunday", "hingga Minggu (15/3),
  korban tewas sembilan orang" (a toll that grows is not a date conflict: the figures' rule
  already says "check when each was reported");
- a date the sentence rules out: "akan digelar Senin, bukan Minggu", "semula dijadwalkan
  Minggu", "originally scheduled for Sunday".
Only event dates (the rest) take part in date conflicts (conflicts.date_notes).

The cues are Indonesian and English news conventions, read from the words around the date;
there is no parser, so the rules are narrow on purpose: a date between a speech verb and the
end of its attribution ("kata X di Y, Senin") is the statement's, but a date after a reported
clause ("mengatakan jembatan putus pada Sabtu") stays the event's, because a lower-case word
other than the attribution's own ("kepada wartawan", "dalam keterangan tertulis") stands
between them.
"""
from __future__ import annotations

import re

from annotator.compare.model import DateRole

_SPEECH = (
    r"mengatakan|menyatakan|melaporkan|menyebutkan|menyebut|menegaskan|mengungkapkan|"
    r"menjelaskan|menambahkan|menekankan|berkata|mengklaim|memberitakan|mengumumkan|"
    r"menuturkan|menyampaikan|menerangkan|memaparkan|mengutip|menurut|"
    r"dikutip|dilaporkan|dirangkum|disampaikan|diberitakan|dilansir|dilansir|"
    r"(?:kata|ujar|ucap|tutur|tambah|jelas|ungkap|imbuh|terang|tegas|papar|sebut|lanjut|"
    r"pungkas|tandas|tukas)(?:nya)?|"
    r"said|says|told|reported|stated|added|announced|confirmed|according\s+to|citing|quoting|"
    r"quoted|wrote|explained"
)
_CUE = re.compile(rf"(?<![\w-])(?:{_SPEECH})(?![\w-])", re.IGNORECASE)
#: Lower-case words an attribution holds between its speech verb and its date ("kata dia
#: kepada wartawan di kantornya, Senin"); capitalised words (names, places) pass anyway.
_FILLER = frozenset("""
    di kepada wartawan media awak jurnalis pers pada hari dalam keterangan tertulis resmi
    pernyataan konferensi jumpa saat ketika dikonfirmasi dihubungi ditemui melalui lewat via
    telepon sambungan secara virtual daring dia ia mereka beliau nya pihak seperti sebagaimana
    yang juga pun dari kantornya gedung sini sana setempat sebuah suatu unggahan akun resminya
    laman situs siaran media sosial instagram x
    on in at to the a an by from of statement press conference briefing interview reporters
    journalists his her their its office phone call late early news agency told
    juru bicara jubir kepala ketua wakil direktur menteri sekretaris kepolisian polisi pejabat
    petugas pemerintah kabupaten kota provinsi desa dinas badan kantor balai seorang warga
    setempat tim gabungan spokesperson spokesman spokeswoman official officials police
    minister ministry chief head director authorities agency government local
""".split())
#: Words that may stand between a date at the head of a clause and the speech verb after it
#: ("Minggu (15/3), Kapolres Waru mengatakan …", "On Sunday, police said …").
_SUBJECT = frozenset("""
    polisi pemerintah pihak juru bicara jubir kepolisian pejabat petugas otoritas kementerian
    police officials authorities the a ministry spokesperson spokesman spokeswoman government
    dia ia mereka beliau he she they
""".split())
_TOKEN = re.compile(r"[^\W_][\w'’.-]*|[^\w\s]")
_CLAUSE_END = re.compile(r"[.;:!?…]|(?<![\w-])(?:dan|tetapi|namun|sementara|sedangkan|and|but|"
                         r"while|whereas)(?![\w-])", re.IGNORECASE)
_AS_OF = re.compile(r"(?<![\w-])(?:per|as\s+of)\s+(?:(?:hari|pada|tanggal)\s+)*$",
                    re.IGNORECASE)
_UNTIL = re.compile(r"(?<![\w-])(?:hingga|sampai(?:\s+dengan)?|until|through)\s+"
                    r"(?:(?:hari|pada|tanggal)\s+)*$", re.IGNORECASE)
_RULED_OUT = re.compile(
    r"(?<![\w-])(?:bukan|alih-alih|ketimbang|daripada|not|instead\s+of|rather\s+than)\s+"
    r"(?:(?:hari|pada|tanggal|on|for)\s+)*$", re.IGNORECASE)
#: "semula dijadwalkan pada Minggu", "originally set for Sunday": close before the date only,
#: so the new date of "semula dijadwalkan Minggu, kini digelar Senin" stays an event date.
_ORIGINALLY = re.compile(r"(?<![\w-])(?:semula|awalnya|mulanya|originally|initially)"
                         r"(?:\s+[\w-]+){0,3}\s+$", re.IGNORECASE)
_HEAD = re.compile(r"[\s,(“\"—–-]*(?:(?:pada|on|hari)\s+)*", re.IGNORECASE)
_FUTURE = re.compile(r"(?<![\w-])(?:akan|bakal|dijadwalkan|terjadwal|direncanakan|rencananya|"
                     r"berencana|hendak|will|shall|scheduled|planned|plans\s+to|due|is\s+to|"
                     r"are\s+to)(?![\w-])", re.IGNORECASE)
_WINDOW = 160  # code points either side: an attribution tail is shorter


def _clause_before(text: str, start: int) -> str:
    """The text from the last clause boundary before `start` (a full stop, a semicolon, "dan",
    "but" …) up to it; commas do not end it, since an attribution's date follows one."""
    left = text[max(0, start - _WINDOW):start]
    last = None
    for last in _CLAUSE_END.finditer(left):
        pass
    return left[last.end():] if last else left


def _attribution_only(between: str) -> bool:
    tokens = _TOKEN.findall(between)
    if len(tokens) > 16:
        return False
    for t in tokens:
        if not t[0].isalnum():
            if t not in ",()“”\"'‘’":
                return False
        elif not (t[0].isupper() or t.lower() in _FILLER or t.isdigit()):
            return False
    return True


def _said_before(clause: str) -> bool:
    """A speech verb, then nothing but its attribution, then the date."""
    cue = None
    for cue in _CUE.finditer(clause):
        pass
    return cue is not None and _attribution_only(clause[cue.end():])


def _said_after(text: str, end: int) -> bool:
    """The date heads its clause and a speech verb follows its subject: "Minggu (15/3),
    Kapolres Waru mengatakan …"."""
    right = text[end:end + _WINDOW]
    cue = _CUE.search(right)
    if cue is None:
        return False
    tokens = _TOKEN.findall(right[:cue.start()])
    if len(tokens) > 7:
        return False
    return all(t in ",“”\"" or t[0].isupper() or t.lower() in _SUBJECT for t in tokens)


def date_role(text: str, start: int, end: int, counted: bool = False) -> DateRole:
    """The role of the date at text[start:end] (offsets into `text`, the sentence);
    `counted`: the sentence holds a figure, so "hingga Minggu" is the day a count stands at."""
    head = text[:start]
    if _AS_OF.search(head[-24:]) or (counted and _UNTIL.search(head[-24:])):
        return DateRole.AS_OF
    clause = _clause_before(text, start)
    if _RULED_OUT.search(head[-24:]) or _ORIGINALLY.search(clause):
        return DateRole.RULED_OUT
    if _said_before(clause) or (_HEAD.fullmatch(clause) and _said_after(text, end)):
        return DateRole.STATEMENT
    return DateRole.EVENT


def points_ahead(text: str, start: int) -> bool:
    """Does a bare weekday at `start` name a day to come? "akan digelar Senin", "dijadwalkan
    … pada Minggu", "will meet on Monday": the clause before it says what is planned."""
    return _FUTURE.search(_clause_before(text, start)) is not None
