"""Planned vs happened, and negation."""
from __future__ import annotations

import pytest

from annotator.compare.modality import find_modality
from annotator.compare.model import Modality


@pytest.mark.parametrize("text", [
    "Trump akan berbicara dengan Maduro pekan depan.",
    "Pemerintah berencana membuka perbatasan.",
    "Rencananya, pertemuan digelar di Caracas.",
    "Presiden dijadwalkan meresmikan bendungan.",
    "Pemilu direncanakan pada Desember.",
    "Harga bakal naik lagi.",
    "Dia hendak pergi ke Jakarta.",
    "Inflasi diperkirakan akan turun.",
    "Panggilan yang diusulkan Trump–Maduro masih dalam tahap perencanaan.",
    "Trump will speak with Maduro next week.",
    "The government plans to reopen the border.",
    "The president is expected to sign the bill.",
    "The call is scheduled for Friday.",
])
def test_planned(text):
    assert find_modality(text)[0] is Modality.PLANNED


@pytest.mark.parametrize("text", [
    "Trump telah berbicara dengan Maduro.",
    "Pertemuan sudah digelar di Caracas.",
    "Dia sempat bertemu Maduro.",
    "Pembicaraan berlangsung tiga jam.",
    "Serangan itu menewaskan 83 orang.",
    "Pejabat AS dan Venezuela mengadakan putaran pembicaraan pada hari Sabtu.",
    "Trump and Maduro held a call on Saturday.",
    "The two leaders spoke for an hour.",
    "The strikes have killed 83 people.",
    "Officials met in Caracas.",
])
def test_happened(text):
    assert find_modality(text)[0] is Modality.HAPPENED


def test_unknown():
    assert find_modality("Venezuela kaya minyak.")[0] is Modality.UNKNOWN
    assert find_modality("")[0] is Modality.UNKNOWN


def test_a_plan_reported_in_the_past_tense_is_planned():
    text = "Trump telah memberi tahu penasihatnya bahwa ia ingin berbicara dengan Maduro."
    assert find_modality(text)[0] is Modality.PLANNED


@pytest.mark.parametrize("text", [
    "Amerika Serikat tidak terlibat dalam upaya pembunuhan itu.",
    "Presiden tak terluka.",
    "Itu bukan rencana sekarang.",
    "Kabar itu belum dikonfirmasi.",
    "Saya tidak pernah mengatakannya.",
    "Kementerian membantah laporan itu.",
    "Venezuela menyangkal tuduhan tersebut.",
    "The United States was not involved.",
    "He never met Maduro.",
    "The ministry denied the report.",
    "Officials didn't comment.",
    "There is no plan to strike.",
])
def test_negated(text):
    assert find_modality(text)[1] is True


@pytest.mark.parametrize("text", [
    "Seorang pejabat yang tidak disebutkan namanya mengatakan serangan berlanjut.",
    "Sumber yang tidak mau disebut namanya membenarkan kabar itu.",
    "An official who asked not to be named confirmed the strike.",
    "Serangan itu menewaskan 83 orang.",
    "Nothingness is a word; notable people came.",
])
def test_not_negated(text):
    assert find_modality(text)[1] is False


def test_plan_as_a_noun_is_no_plan_and_english_past_forms_happened():
    assert find_modality("Para pejabat bertemu tahun lalu untuk membahas rencana kudeta.")[0] \
        is Modality.HAPPENED
    assert find_modality("The strikes hit seven boats.")[0] is Modality.HAPPENED
    assert find_modality("The United Nations counted the boats.")[0] is Modality.HAPPENED
    assert find_modality("The United Nations")[0] is Modality.UNKNOWN
    assert find_modality("Polisi menangkap tiga tersangka.")[0] is Modality.HAPPENED


def test_melakukan_reports_a_deed():
    text = "Para pejabat senior AS melakukan perjalanan ke Venezuela pada Sabtu, 5 Maret."
    assert find_modality(text)[0] is Modality.HAPPENED
