"""Whether a sentence reports something as done or as planned, and whether it is negated.

Cue words, precompiled: planned ("akan", "berencana", "rencananya", "dijadwalkan",
"direncanakan", "bakal", "hendak", "ingin", "diusulkan", "perencanaan"; "will", "plans to",
"is expected to", "scheduled", "proposed") wins over happened ("telah", "sudah", "sempat",
"berlangsung", event verbs such as "melakukan", "menewaskan", "bertemu", "mengadakan"; "has",
"had", "did", "held", "met", "killed" and other past forms), because a sentence that says a call "will" happen
has not reported it held, even when its reporting verb ("telah memberi tahu") is past.
Negation: "tidak", "tak", "bukan", "belum", "tidak pernah", "membantah", "menyangkal",
"menolak", "tanpa"; "not", "n't", "never", "no", "denied", "rejected". Phrases that only hide a
source's name ("yang tidak disebutkan namanya", "not authorized to speak") are not negations.
Limits: no parsing, so a cue in a subordinate clause counts for the whole sentence.
"""
from __future__ import annotations

import re

from annotator.compare.model import Modality
from annotator.compare.tokens import cue_words, words_of

_PLANNED = re.compile(
    r"(?<![\w-])(?:akan|bakal|hendak|ingin|berencana|merencanakan|rencananya|direncanakan|"
    r"dijadwalkan|terjadwal|diusulkan|perencanaan|diperkirakan\s+akan|berniat|"
    r"will|shall|plans?\s+to|planned|planning|is\s+expected\s+to|are\s+expected\s+to|"
    r"scheduled|proposed|intends?\s+to|going\s+to|wants?\s+to|would)(?![\w-])",
    re.IGNORECASE,
)
_HAPPENED = re.compile(
    r"(?<![\w-])(?:telah|sudah|sempat|pernah|berlangsung|terjadi|digelar|diadakan|dilakukan|"
    r"menewaskan|tewas|bertemu|mengadakan|menangkap|membunuh|menyerang|meninggal|melukai|"
    r"berhasil|kemarin|lalu|melakukan|ditangkap|ditemukan|menemukan|ditembak|ditenggelamkan|"
    r"dihancurkan|"
    r"diserang|dievakuasi|ditahan|dibunuh|dirusak|dibakar|disita|diledakkan|mengungsi|merendam|"
    r"menghantam|menyerbu|menembak|menenggelamkan|meledak|terbakar|tenggelam|rusak|"
    r"has|have|had|did|was|were|held|met|spoke|killed|died|struck|attacked|arrested|took|"
    r"happened|occurred|visited|signed|announced|yesterday|ago|hit|sank|fled|fell|rose|won|lost|"
    r"began|came|went|left|shot|seized|(?-i:[a-z]{3,}(?<!need)(?<!expect)(?<!schedul)(?<!plann)"
    r"(?<!propos)(?<!intend)(?<!want)ed))(?![\w-])",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"(?<![\w-])(?:tidak|tak|bukan|belum|tiada|membantah|dibantah|menyangkal|disangkal|menolak|"
    r"ditolak|tanpa|not|never|no|none|nobody|neither|nor|denied|denies|deny|rejected|"
    r"without)(?![\w-])|n't\b",
    re.IGNORECASE,
)
_NOT_NEGATION = re.compile(
    r"tidak\s+(?:mau|ingin|bersedia)\s+(?:disebut|disebutkan|diidentifikasi)(?:\s+namanya)?|"
    r"(?:yang\s+)?tidak\s+disebutkan\s+namanya|namanya\s+tidak\s+(?:disebut|disebutkan)|"
    r"not\s+(?:to\s+)?be\s+(?:named|identified)|not\s+authori[sz]ed\s+to\s+speak|"
    r"tidak\s+hanya|not\s+only|no\s+longer\s+than",
    re.IGNORECASE,
)


_PLANNED_CUES = cue_words(_PLANNED.pattern) | {"plan", "intend", "want"}
_HAPPENED_CUES = cue_words(_HAPPENED.pattern)
_NEGATION_CUES = cue_words(_NEGATION.pattern) | {"t"}


def find_modality(text: str, language: str = "",
                  words: frozenset[str] | None = None) -> tuple[Modality, bool]:
    """(modality, negated) of a sentence."""
    del language
    words = words_of(text) if words is None else words
    if not words.isdisjoint(_PLANNED_CUES) and _PLANNED.search(text):
        modality = Modality.PLANNED
    elif (not words.isdisjoint(_HAPPENED_CUES) or "ed" in text) and _HAPPENED.search(text):
        modality = Modality.HAPPENED
    else:
        modality = Modality.UNKNOWN
    if words.isdisjoint(_NEGATION_CUES):
        return modality, False
    cleaned = _NOT_NEGATION.sub(" ", text) if "tidak" in words or "not" in words else text
    return modality, bool(_NEGATION.search(cleaned))
