"""What a date is the date of (compare/date_roles.py), which way a planned weekday points, and
what that changes in the date conflicts between two outlets' reports."""
from __future__ import annotations

import pytest

from annotator.compare import codec
from annotator.compare.analyze import analyze_document
from annotator.compare.conflicts import date_notes, pair_notes
from annotator.compare.model import DateRole

PUBLISHED = "2026-03-15"  # a Sunday


def roles(text: str, published: str = PUBLISHED) -> list[tuple[str, str, str]]:
    return [(d.text, d.date, d.role.value) for a in analyze_document("d", text, "", published)
            for d in a.dates]


@pytest.mark.parametrize("text, expected", [
    # when it was said: the date ends the attribution
    ("Jumlah korban bertambah menjadi sembilan orang, seperti dilaporkan Kabar Waru mengutip "
     "keterangan Polres Waru, Minggu (15/3/2026).", ("Minggu (15/3/2026)", "statement")),
    ("“Kami terus mencari,” kata Kapolres Waru AKBP Yudi Hartono kepada wartawan di Waru, "
     "Sabtu (14/3).", ("Sabtu (14/3)", "statement")),
    ("Pencarian dilanjutkan besok, ujarnya, Sabtu (14/3).", ("Sabtu (14/3)", "statement")),
    ("Jembatan itu sudah lama rusak, katanya dalam keterangan tertulis pada Jumat (13/3).",
     ("Jumat (13/3)", "statement")),
    ("Minggu (15/3), Kapolres Waru mengatakan pencarian dihentikan.",
     ("Minggu (15/3)", "statement")),
    ("Nine people were killed when the bridge collapsed, provincial police said on Sunday.",
     ("on Sunday", "statement")),
    ("The ministry said in a statement on March 14 that the bridge had been inspected.",
     ("March 14", "statement")),
    ("On Saturday, police said the search would go on.", ("On Saturday", "statement")),
    # the day a count stands at
    ("Per 14 Maret, jumlah pengungsi mencapai 1.200 orang.", ("14 Maret", "as_of")),
    ("Hingga Minggu (15/3), korban tewas mencapai sembilan orang.", ("Minggu (15/3)", "as_of")),
    ("As of Sunday night, 12 people were still missing.", ("Sunday", "as_of")),
    # ruled out
    ("Rapat akan digelar Senin, bukan Minggu seperti diumumkan sebelumnya.", ("Minggu", "ruled_out")),
    ("The vote is now on Monday, not on Sunday.", ("on Sunday", "ruled_out")),
    ("Sidang yang semula dijadwalkan pada Kamis (12/3) diundur.", ("Kamis (12/3)", "ruled_out")),
    # the event's own date, even beside an attribution
    ("Polisi mengatakan jembatan itu putus pada Sabtu (14/3).", ("Sabtu (14/3)", "event")),
    ("Jembatan itu putus pada Sabtu (14/3), kata polisi.", ("Sabtu (14/3)", "event")),
    ("Menurut Polres Waru, jembatan putus pada Sabtu (14/3) pagi.", ("Sabtu (14/3)", "event")),
    ("Officials said the bridge collapsed on Saturday.", ("on Saturday", "event")),
    ("The first victims were found on Saturday.", ("on Saturday", "event")),
    ("Pendaftaran diperpanjang hingga 20 Maret.", ("20 Maret", "event")),
    ("Sidang semula dijadwalkan Kamis, kini digelar pada Jumat (13/3).", ("Jumat (13/3)", "event")),
    ("Pada Sabtu (14/3), jembatan gantung itu putus.", ("Sabtu (14/3)", "event")),
])
def test_a_dates_role(text, expected):
    found = {t: role for t, _, role in roles(text)}
    assert found.get(expected[0]) == expected[1], roles(text)


def test_one_sentence_holds_the_events_date_and_the_statements():
    assert [r for _, _, r in roles("Polisi menangkap dua orang pada Sabtu (14/3), kata juru "
                                   "bicara kepolisian, Minggu (15/3).")] == ["event", "statement"]


@pytest.mark.parametrize("text, expected", [
    ("Rapat darurat akan digelar Senin.", "2026-03-16"),
    ("Bupati dijadwalkan menggelar rapat darurat bersama dinas pekerjaan umum pada Minggu.",
     "2026-03-15"),
    ("The regent will meet the families on Friday.", "2026-03-20"),
    ("Rapat darurat digelar Senin.", "2026-03-09"),           # reported as done: the past
    ("Jembatan putus pada Sabtu dan rapat akan digelar Selasa.", None),
])
def test_a_planned_weekday_points_ahead(text, expected):
    dates = roles(text)
    if expected is None:  # each weekday reads its own clause
        assert [d for _, d, _ in dates] == ["2026-03-14", "2026-03-17"]
    else:
        assert dates[0][1] == expected


def test_ruling_a_date_out_does_not_negate_the_sentence():
    moved, = analyze_document("d", "Rapat akan digelar Senin, bukan Minggu seperti diumumkan "
                              "sebelumnya.", "id", PUBLISHED)
    denied, = analyze_document("d", "Rapat tidak akan digelar Senin, bukan Minggu.", "id",
                               PUBLISHED)
    english, = analyze_document("d", "The vote is now on Monday, not on Sunday.", "en", PUBLISHED)
    assert (moved.negated, denied.negated, english.negated) == (False, True, False)


def test_roles_survive_the_stored_form():
    text = ("Rapat akan digelar Senin, bukan Minggu, kata juru bicara pemerintah kabupaten, "
            "Sabtu (14/3).")
    a, = analyze_document("d", text, "id", PUBLISHED)
    assert [d.role for d in a.dates] == [DateRole.EVENT, DateRole.RULED_OUT, DateRole.STATEMENT]
    back = codec.loads(a.sentence, codec.dumps(a))
    assert back.dates == a.dates
    plain, = analyze_document("d", "Jembatan putus pada Sabtu (14/3).", "id", PUBLISHED)
    assert codec.dumps(plain).count('"d":[[') == 1 and "event" not in codec.dumps(plain)


def _one(text: str, published: str):
    return analyze_document("d", text, "id", published)[0]


def test_the_day_a_toll_was_reported_is_not_a_date_conflict():
    """The demo's pair: one outlet dates the collapse, the other the day the toll was given."""
    collapse = _one("Jembatan gantung di Desa Tanjung Waru putus pada Sabtu pagi (14/3/2026), "
                    "saat puluhan warga menyeberang.", "2026-03-14")
    toll = _one("Jumlah korban meninggal akibat putusnya jembatan gantung di Desa Tanjung Waru "
                "bertambah menjadi sembilan orang, seperti dilaporkan Kabar Waru mengutip "
                "keterangan Polres Waru, Minggu (15/3/2026).", PUBLISHED)
    assert date_notes(collapse, toll) == []
    other_day = _one("Jembatan gantung di Desa Tanjung Waru putus pada Minggu pagi (15/3/2026).",
                     PUBLISHED)
    assert [n.kind for n in date_notes(collapse, other_day)] == ["date"]


def test_a_moved_meeting_is_a_date_conflict_and_not_a_denial():
    first = _one("Bupati Waru, Siti Marlina, dijadwalkan menggelar rapat darurat bersama dinas "
                 "pekerjaan umum pada Minggu.", "2026-03-14")
    later = _one("Rapat darurat yang direncanakan Bupati Siti Marlina akan digelar Senin, bukan "
                 "Minggu seperti diumumkan sebelumnya, kata juru bicara pemerintah kabupaten.",
                 PUBLISHED)
    kinds = [n.kind for n in pair_notes(first, later, "2026-03-14", PUBLISHED)]
    assert "date" in kinds and "negation" not in kinds
    note, = date_notes(first, later)
    assert "2026-03-15" in note.why and "2026-03-16" in note.why


def test_two_as_of_dates_of_a_growing_toll_do_not_conflict():
    a = _one("Hingga Sabtu (14/3), korban tewas mencapai tujuh orang.", "2026-03-14")
    b = _one("Hingga Minggu (15/3), korban tewas mencapai sembilan orang.", PUBLISHED)
    assert date_notes(a, b) == []


def test_matching_counts_a_shared_day_only_in_the_same_role():
    """"dijadwalkan … pada Minggu" (the meeting's day) and "police said on Sunday" (the day it
    was said) share no date; two statements made on one day do."""
    from annotator.compare.matching import profile, score

    meeting = profile(_one("Bupati dijadwalkan menggelar rapat darurat pada Minggu.", "2026-03-14"))
    said = profile(analyze_document("d", "Nine people were killed, police said on Sunday.", "en",
                                    PUBLISHED)[0])
    said_too = profile(_one("Sembilan orang tewas, kata polisi, Minggu (15/3).", PUBLISHED))
    ruled_out = profile(_one("Rapat akan digelar Senin, bukan Minggu.", PUBLISHED))
    assert meeting.days and said.days

    def reasons(a, b):
        return [str(r) for r in score(a, b, {}, 1.0)[2] if str(r).startswith("same date")]

    assert reasons(meeting, said) == [] and reasons(meeting, ruled_out) == []
    assert reasons(said, said_too) != []
