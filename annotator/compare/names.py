"""Names in a sentence: runs of capitalised words ("Nicolás Maduro", "The Daily Wire",
"Cartel de los Soles") and acronyms ("AS", "PBB", "CNN"), for the "shared names" signal of
matching and for sources in attribution.

Rules: a run may hold lower-case linking words between capitals (de, los, bin, van, al, of, the…);
titles ("Presiden", "Menteri", "President") open a run but are dropped from the name; the first
word of a sentence counts only if it is not a common opener ("Para", "Menurut", "The", "Dia")
and not a common noun capitalised for being first ("Pejabat", "Pemerintah").
"""
from __future__ import annotations

import re

# Every upper-case letter of the Basic Multilingual Plane, so "Ñ", "Ö" and Cyrillic start names.
_UPPER = "".join(
    re.escape(chr(c)) for c in range(0x41, 0x2D00) if chr(c).isupper() and chr(c).isalpha()
)
UPPER = f"[{_UPPER}]"
WORD = rf"{UPPER}[\w'’.&]*(?<![.])|{UPPER}(?:\.{UPPER})+\.?"
LINKS = "de|del|la|le|los|las|da|das|do|dos|van|von|der|den|bin|binti|al|el|of|the|and|&|y|bte"
NAME_RUN = re.compile(
    rf"(?<![\w'’])(?:{WORD})(?:(?:\s+(?:{LINKS}))*(?:\s+|-)(?:{WORD}))*(?![\w'’])"
)

TITLES = frozenset(
    """presiden wakil menteri gubernur bupati wali walikota jenderal letnan kolonel mayor
    kapten laksamana marsekal kepala ketua direktur juru bicara jubir senator anggota raja ratu
    pangeran perdana sekretaris duta besar dubes kapolri kapolda panglima hakim jaksa profesor
    prof dr ir haji hj bapak ibu pak bu tuan nyonya mantan eks calon
    president vice minister governor mayor general lieutenant colonel major captain admiral
    chief chairman director spokesman spokeswoman spokesperson secretary ambassador king queen
    prince prime senator judge professor mr mrs ms former sen rep gen""".split()
)
OPENERS = frozenset(
    """para seorang sebuah menurut kata ujar ucap tutur tambah dilansir dalam pada di ke dari dan
    tetapi namun sementara itu ini
    sejak setelah sebelum ketika saat jika karena meskipun walaupun dengan untuk bagi oleh
    kami kita saya dia ia mereka beliau tidak bukan belum sudah telah akan juga hal apa siapa
    bagaimana mengapa kenapa kapan dimana banyak beberapa semua sebagian kedua ketiga selain
    the a an in on at of for and but however meanwhile after before when while if because
    although though this that these those there he she it they we i his her their our its
    according as by with from to what who why how where many some all both several no not
    yet since during despite""".split()
)
COMMON_NOUNS = frozenset(
    """pejabat pemerintah pemerintahan pihak sumber operasi kampanye kontak pelaporan postingan
    perjalanan kunjungan hubungan pertemuan komandan ketegangan duta kedua amerika negara
    officials official sources source government police""".split()
) - {"amerika"}
PORTFOLIOS = frozenset(
    """luar dalam negeri pertahanan keuangan kesehatan agama hukum koordinator bidang negara
    sosial perhubungan perdagangan perindustrian pendidikan energi state foreign defense defence
    of for interior home treasury""".split()
)
COUNTRIES = frozenset(
    """indonesia amerika serikat venezuela rusia russia china tiongkok cina ukraina ukraine
    israel iran palestina palestine inggris britain prancis perancis france jerman germany
    jepang japan korea india malaysia singapura singapore australia filipina philippines
    thailand vietnam kuba cuba kolombia colombia brasil brazil meksiko mexico turki turkey
    mesir egypt suriah syria irak iraq arab saudi""".split()
)
# Outlets whose name begins with "The" (elsewhere a leading "The" is the article).
THE_OUTLETS = frozenset((
    "guardian", "daily wire", "new york times", "washington post", "wall street journal",
    "times", "independent", "economist", "hill", "atlantic", "jakarta post", "telegraph",
    "intercept", "daily beast", "verge", "new yorker", "observer", "straits times", "hindu",
    "diplomat", "conversation", "associated press", "daily telegraph", "sun", "globe and mail",
    "japan times", "korea herald", "nation", "star", "age",
))
COUNTRY_ACRONYMS = frozenset(("AS", "US", "U.S.", "USA", "RI", "UK", "UE", "EU", "RRT", "PRC"))
CALENDAR = frozenset(
    """senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli
    agustus september oktober november desember monday tuesday wednesday thursday friday
    saturday sunday january february march may june july august october december""".split()
)


def find_names(text: str) -> list[str]:
    """Distinct names in order of first appearance, titles dropped ("Presiden Donald Trump"
    gives "Donald Trump")."""
    out: list[str] = []
    seen: set[str] = set()
    first = _first_word_start(text)
    for m in NAME_RUN.finditer(text):
        name = clean_name(m.group(), at_start=m.start() == first)
        if name and name not in seen:
            seen.add(name)
            out.append(name)
    return out


def clean_name(run: str, at_start: bool = False) -> str:
    """A capitalised run without its leading titles, openers and common nouns."""
    words = run.split()
    if words and at_start and words[0].lower() in OPENERS | COMMON_NOUNS:
        words.pop(0)
    titled = False
    while words:
        low = words[0].lower().strip(".")
        if low in TITLES:
            words.pop(0)
            titled = True
            continue
        if titled and low in PORTFOLIOS:
            return " ".join(run.split()).strip(",;:")  # "Menteri Luar Negeri Retno Marsudi"
        if titled and len(words) > 1 and (low in COUNTRIES or words[0] in COUNTRY_ACRONYMS):
            words.pop(0)  # "Presiden AS Donald Trump", "Presiden Venezuela Nicolás Maduro"
            continue
        if titled and any(w.isupper() and len(w) > 1 and w not in COUNTRY_ACRONYMS for w in words):
            # "Kepala BPBD Aceh Utara", "Kepala Pusat Data BNPB Abdul Muhari": a role
            return " ".join(run.split()).strip(",;:")
        if words[0][:1].islower():  # a link word left at the front ("the" after a title)
            words.pop(0)
            continue
        break
    while words and words[-1][:1].islower():
        words.pop()
    if len(words) > 1 and words[0] == "The" and " ".join(words[1:]).lower() not in THE_OUTLETS:
        words.pop(0)  # "The White House" is "the White House"; "The Guardian" keeps its "The"
    if len(words) == 1 and (words[0].lower() in CALENDAR
                            or words[0].lower() in OPENERS and not words[0].isupper()):
        return ""  # "Senin", "Oktober": dates, not names
    name = " ".join(words).strip(",;:")
    if len(name) < 2 and not name.isupper():
        return ""
    return name


def _first_word_start(text: str) -> int:
    m = re.search(r"[\w]", text)
    return m.start() if m else -1

