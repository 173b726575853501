"""Attribution: claimant, chain from origin to relays, anonymous sources; names."""
from __future__ import annotations

import pytest

from annotator.compare.attribution import find_attribution
from annotator.compare.names import find_names


def chain(text: str):
    return find_attribution(text).chain


def test_corpus_chain_axios_then_the_daily_wire():
    text = ("Presiden Donald Trump telah memberi tahu penasihatnya bahwa ia ingin melakukan "
            "komunikasi langsung dengan penguasa Venezuela Nicolás Maduro, menurut laporan dari "
            "Axios, sebagaimana dikutip oleh The Daily Wire dan outlet lainnya.")
    att = find_attribution(text)
    assert att.chain == ("Axios", "The Daily Wire")
    assert att.origin == "Axios" and att.claimant == "Axios" and not att.anonymous


@pytest.mark.parametrize("text, expected", [
    ("Menurut Axios, 21 serangan AS telah menewaskan setidaknya 83 orang.", ("Axios",)),
    ("Pelaporan Axios, yang dirangkum oleh The Daily Wire, menunjukkan bahwa Trump ingin bicara.",
     ("Axios", "The Daily Wire")),
    ("AS menunjuk kartel itu, menurut Axios dan The Daily Wire.", ("Axios", "The Daily Wire")),
    ("Seorang pejabat menggambarkan Maduro sebagai teroris, menurut laporan Axios yang "
     "dilaporkan oleh The Daily Wire dan The Guardian.", ("Axios", "The Daily Wire", "The Guardian")),
    ("Kunjungan itu pertama kali dilaporkan oleh New York Times.", ("New York Times",)),
    ("Putin dan Maduro berbicara, kantor berita Interfax melaporkan, mengutip Kremlin.",
     ("Kremlin", "Interfax")),
    ("Hal itu disampaikan Kapolri Listyo Sigit Prabowo, seperti dikutip dari Antara.",
     ("Listyo Sigit Prabowo", "Antara")),
    ("Dilansir dari Al Jazeera, serangan itu menewaskan 10 orang.", ("Al Jazeera",)),
    ("Seperti dilansir CNN Indonesia, pasukan mundur.", ("CNN Indonesia",)),
    ("Trump mengatakan tahun lalu bahwa dia tidak akan mengesampingkan opsi militer.", ("Trump",)),
    ("Gedung Putih menyatakan semua opsi tetap terbuka.", ("Gedung Putih",)),
    ("“Kami siap berunding,” ujar Presiden Joko Widodo di Jakarta.", ("Joko Widodo",)),
    ("“Kami siap,” kata Menteri Luar Negeri Retno Marsudi.",
     ("Menteri Luar Negeri Retno Marsudi",)),
])
def test_indonesian_chains(text, expected):
    assert chain(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("According to Axios, the strikes killed at least 83 people.", ("Axios",)),
    ("According to a report by CNN, as reported by Al Jazeera, 10 died.", ("CNN", "Al Jazeera")),
    ("Trump told Reuters that he would talk to Maduro.", ("Trump", "Reuters")),
    ("Reuters reported, citing Axios, that the call was held.", ("Axios", "Reuters")),
    ("\"We will go,\" said President Joe Biden.", ("Joe Biden",)),
    ("The White House said all options were on the table.", ("White House",)),
])
def test_english_chains(text, expected):
    assert chain(text) == expected


@pytest.mark.parametrize("text, claimant, expected_chain", [
    ("“Tidak ada yang berencana menembaknya,” kata seorang pejabat yang mengetahui diskusi "
     "tersebut.", "seorang pejabat yang mengetahui diskusi tersebut", ()),
    ("“Kami akan menghentikan penyelundupan narkoba,” tambah pejabat tersebut.",
     "pejabat tersebut", ()),
    ("Pejabat AS dan Venezuela berunding pada Sabtu tetapi gagal, sumber itu mengatakan kepada "
     "Reuters dengan syarat anonim.", "sumber itu", ("Reuters",)),
    ("Seorang pejabat Gedung Putih yang dikutip oleh Axios juga mengatakan rencana itu batal.",
     "Seorang pejabat Gedung Putih", ("Axios",)),
    ("Pejabat yang dikutip oleh Axios, dan dilaporkan oleh The Daily Wire, menekankan bahwa "
     "tidak ada rencana.", "Pejabat", ("Axios", "The Daily Wire")),
    ("Dilansir UPI, para pejabat Gedung Putih mengatakan dialog itu penting.",
     "para pejabat Gedung Putih", ("UPI",)),
    ("Dua pejabat AS mengatakan Amerika Serikat tidak terlibat.", "Dua pejabat AS", ()),
    ("Seorang pejabat yang tidak disebutkan namanya mengatakan kepada CNN Indonesia bahwa "
     "operasi berlanjut.", "Seorang pejabat", ("CNN Indonesia",)),
    ("A senior official, speaking on condition of anonymity, said the talks failed.",
     "A senior official", ()),
    ("Sources told Reuters the deal was off.", "Sources", ("Reuters",)),
])
def test_anonymous_sources(text, claimant, expected_chain):
    att = find_attribution(text)
    assert att.anonymous
    assert att.claimant == claimant
    assert att.chain == expected_chain


def test_an_anonymous_claimant_leaves_its_relay_as_origin():
    att = find_attribution("Sumber itu mengatakan kepada Reuters dengan syarat anonim.")
    assert att.origin == "Reuters"


@pytest.mark.parametrize("text", [
    "Tidak jelas apakah pertemuan lebih lanjut akan diadakan.",
    "Operasi militer AS terhadap perahu-perahu itu meningkat.",
    "“Kami pergi,” kata dia.",
    "The boats sank in the Caribbean.",
    "",
])
def test_no_source(text):
    att = find_attribution(text)
    assert att.chain == () and not att.anonymous


def test_unnamed_group_is_a_claimant_but_no_chain():
    att = find_attribution("Maduro tidak boleh dibiarkan, menurut para kritikus.")
    assert att.claimant == "para kritikus" and att.chain == () and not att.anonymous


def test_names_with_titles_links_and_acronyms():
    names = find_names("Menurut The Daily Wire, Presiden AS Donald Trump bertemu PBB, Al Jazeera, "
                       "CNN Indonesia, Presiden Venezuela Nicolás Maduro dan Cartel de los Soles.")
    assert names == ["The Daily Wire", "Donald Trump", "PBB", "Al Jazeera", "CNN Indonesia",
                     "Nicolás Maduro", "Cartel de los Soles"]


def test_names_skip_sentence_openers_and_calendar_words():
    assert find_names("Para pejabat bertemu pada Senin, 5 Oktober.") == []
    assert find_names("Pejabat AS bertemu Maduro.") == ["AS", "Maduro"]
    assert find_names("The talks ended.") == []
    assert find_names("Trump mengatakan tidak.") == ["Trump"]


def test_names_of_other_scripts():
    assert find_names("Президент Владимир Путин dan Ölçer Öztürk hadir.") == [
        "Президент Владимир Путин", "Ölçer Öztürk"]


def test_a_role_of_an_organisation_keeps_its_title():
    att = find_attribution("Sedikitnya 1.200 warga mengungsi, kata Kepala BPBD Aceh Utara.")
    assert att.claimant == "Kepala BPBD Aceh Utara" and att.chain == ("Kepala BPBD Aceh Utara",)


def test_description_after_kata_and_its_kepada_relay():
    att = find_attribution("Dia belum pernah bertemu Maduro, kata juru bicara itu kepada AFP.")
    assert att.claimant == "juru bicara itu" and att.chain == ("AFP",)
    att = find_attribution("Kecelakaan menewaskan 21 orang, ujar juru bicara Basarnas.")
    assert att.claimant == "juru bicara Basarnas" and att.chain == ("Basarnas",)


def test_an_unnamed_subject_is_no_chain_entry():
    att = find_attribution("The company said it would cut about 1,500 jobs.")
    assert att.claimant == "The company" and att.chain == ()


def test_a_closing_reporter_is_the_source():
    att = find_attribution("Hamas denied the report, Al Arabiya said, citing a spokesman.")
    assert att.claimant == "Al Arabiya" and att.chain == ("Al Arabiya",)
    att = find_attribution("Polisi menyatakan 3 orang tewas, kantor berita Antara melaporkan.")
    assert att.chain == ("Antara",)
    # one speech verb: its own subject; a later verb inside reported speech does not win
    att = find_attribution("Trump mengatakan Maduro menyatakan siap berunding dengan AS.")
    assert att.claimant == "Trump"


def test_a_role_naming_its_agency_keeps_the_whole_title():
    att = find_attribution("Sebanyak 23 orang tewas, kata Kepala Pusat Data BNPB Abdul Muhari.")
    assert att.chain == ("Kepala Pusat Data BNPB Abdul Muhari",)
    assert find_names("Presiden AS Donald Trump tiba.") == ["Donald Trump"]
