import pytest

from annotator.core.errors import ValidationError
from annotator.core.model import (
    LinkKind, Verdict, validate_confidence, validate_span_length,
)
from annotator.core.offsets import OffsetMap
from annotator.core.text import is_rtl, normalize_text


def test_verdict_parse_accepts_case_and_rejects_unknown():
    assert Verdict.parse("Disputed") is Verdict.DISPUTED
    with pytest.raises(ValidationError, match="verified, disputed, unverified"):
        Verdict.parse("true")


def test_link_kind_parse_accepts_spaces_and_dashes():
    assert LinkKind.parse("same claim") is LinkKind.SAME_CLAIM
    assert LinkKind.parse("same-claim") is LinkKind.SAME_CLAIM
    with pytest.raises(ValidationError):
        LinkKind.parse("refutes")


@pytest.mark.parametrize("start,end", [(-1, 2), (0, 0), (3, 2), (0, 11)])
def test_validate_span_rejects_bad_spans(start, end):
    with pytest.raises(ValidationError):
        validate_span_length(len("ten chars!"), start, end)


def test_validate_span_accepts_whole_text():
    validate_span_length(len("ten chars!"), 0, 10)


def test_confidence_range():
    assert validate_confidence(None) is None
    assert validate_confidence("0.5") == 0.5
    for bad in (-0.1, 1.5, "high"):
        with pytest.raises(ValidationError):
            validate_confidence(bad)


def test_normalize_text_nfc_and_newlines():
    assert normalize_text("\ufeffe\u0301\r\nx\ry") == "\u00e9\nx\ny"


def test_is_rtl():
    assert is_rtl("مرحبا بالعالم hello")
    assert not is_rtl("Halo dunia, apa kabar?")


def test_offset_map_round_trips_with_astral_characters():
    text = "a😀b👩‍👩‍👧c\u0301d"
    m = OffsetMap(text)
    for cp in range(len(text) + 1):
        u16 = m.to_utf16(cp)
        assert u16 == len(text[:cp].encode("utf-16-le")) // 2
        assert m.to_codepoint(u16) == cp


def test_offset_map_snaps_inside_surrogate_pair_to_char_start():
    m = OffsetMap("x😀y")
    assert m.to_codepoint(2) == 1  # between the two halves of 😀


def test_offset_map_trivial_for_bmp_text():
    m = OffsetMap("é and 中文")
    assert all(m.to_utf16(i) == i and m.to_codepoint(i) == i for i in range(10))


def test_is_normalized_text_says_what_normalising_would_say():
    """The facade checks every stored text with it instead of normalising a copy."""
    import itertools

    from annotator.core.text import is_normalized_text, normalize_text

    pieces = ["a", "\r", "\n", "\r\n", "\u2028", "\u2029", "\ufeff", "e\u0301", "\u00e9",
              "\u0958", "\u0915\u093c", "\u1100\u1161", "\uac00", " "]
    for n in range(4):
        for combo in itertools.product(pieces, repeat=n):
            text = "".join(combo)
            assert is_normalized_text(text) == (normalize_text(text) == text), repr(text)
