"""Text the compare layer writes for people ("shared words (0.29): banjir, warga"), kept in a
form the GUI can say in its own language.

A `Phrase` is the English text itself (a str: the CLI prints it, JSON writes it, sets and
dicts compare it as before) that also remembers its template and arguments. The GUI looks the
template up in its translations and fills in the arguments, themselves phrases or plain text
quoted from the articles, so an Indonesian window explains a match in Indonesian while
`annotator compare --json` keeps the one English wording its readers parse.

Templates number their arguments as Qt does (%1 … %9); the GUI lists every template for its
translators (ui/compare_texts.py) and a test keeps that list equal to `TEMPLATES`.
"""
from __future__ import annotations

_DIGITS = "0123456789"
#: template → its pieces: literal text at even places, argument numbers (0-based) at odd ones
_PIECES: dict[str, list] = {}


def _number_at(text: str, i: int) -> str:
    """The one or two digits of a placeholder's number starting at `i` ("" when none: "%0",
    "%n" and a "%" at the end are text)."""
    if i < len(text) and text[i] in _DIGITS and text[i] != "0":
        return text[i:i + 2] if i + 1 < len(text) and text[i + 1] in _DIGITS else text[i]
    return ""


def _pieces(template: str) -> list:
    pieces = _PIECES.get(template)
    if pieces is None:
        pieces, literal, i = [], [], 0
        while i < len(template):
            digits = _number_at(template, i + 1) if template[i] == "%" else ""
            if digits:  # %1 … %99, as Qt numbers them
                pieces += ["".join(literal), int(digits) - 1]
                literal, i = [], i + 1 + len(digits)
            else:
                literal.append(template[i])
                i += 1
        pieces.append("".join(literal))
        if len(_PIECES) < 1000:  # the GUI's translations and ours: a few dozen
            _PIECES[template] = pieces
    return pieces


def fill(template: str, args: tuple[str, ...] | list[str]) -> str:
    """`template` with %1 … %99 replaced by `args`, in one pass: an argument that itself holds
    "%2" (a quoted sentence may) is left as written; a missing one stays "%n". The GUI's
    i18n.arg fills its translated texts with this too."""
    pieces = _pieces(template)
    out = [pieces[0]]
    for k in range(1, len(pieces), 2):
        n = pieces[k]
        out.append(args[n] if n < len(args) else f"%{n + 1}")
        out.append(pieces[k + 1])
    return "".join(out)


class Phrase(str):
    """English text made from `template` and `args`, which remembers both (see the module)."""

    template: str
    args: tuple

    def __new__(cls, template: str, *args: str) -> "Phrase":
        try:
            text = _FORMATS[template].format(*args)
        except KeyError:
            raise ValueError(f"not a known template: {template!r}") from None
        except IndexError:  # fewer arguments than the template has: shown, as `fill` does
            text = fill(template, [str(a) for a in args])
        self = super().__new__(cls, text)
        self.template = template
        self.args = args
        return self

    def __reduce__(self):  # pickled to and from the helper processes
        return (Phrase, (self.template, *self.args))

    def as_data(self) -> list:
        """The phrase as JSON-able data, for `from_data` on the other side of a pipe."""
        return [self.template, [a.as_data() if isinstance(a, Phrase) else str(a)
                                for a in self.args]]


def from_data(data) -> str:
    """A phrase back from `Phrase.as_data` (plain text stays text)."""
    if isinstance(data, str):
        return data
    template, args = data
    return Phrase(template, *(from_data(a) for a in args))


def data_of(text: str):
    """`text` as JSON-able data: a phrase's template and arguments, else the text itself."""
    return text.as_data() if isinstance(text, Phrase) else text


# ---------------------------------------------------------------------- the templates
# matching: why a sentence matched
SHARED_WORDS = "shared words (%1): %2"
SHARED_NAMES = "shared names: %1"
SAME_FIGURE = "same figure: %1 / %2"
COUNT_BOTH_SIDES = "a count of %1 on both sides"
SAME_DATE = "same date: %1"
SIMILAR_MEANING = "similar meaning (encoder cosine %1)"
# conflicts: where two reports disagree
QUOTED = "“%1”"
QUOTED_RANGE = "“%1” (%2–%3)"
PUBLISHED = "published %1"
PUBLISHED_UNKNOWN = "publication date unknown"
COUNTS_DIFFER = "different counts of %1 — check when each was reported: %2 (%3) vs %4 (%5)"
COUNTS_CLASH = "%1 and %2 cannot both hold for the number of %3"
DATES_DISAGREE = "the dates disagree: “%1” (%2) vs “%3” (%4)"
AS_PLANNED = "as planned"
AS_HAPPENED = "as having happened"
MODALITY_DIFFERS = "one report gives it %1, the other %2"
NEGATION_DIFFERS = "one report denies what the other states (a negation in only one)"
SAME_ORIGIN = "both reports trace back to %1: not independent corroboration"
SINGLE_ORIGIN = "all %1 reports in %2 documents trace back to %3: not independent corroboration"

TEMPLATES = frozenset({
    SHARED_WORDS, SHARED_NAMES, SAME_FIGURE, COUNT_BOTH_SIDES, SAME_DATE, SIMILAR_MEANING,
    QUOTED, QUOTED_RANGE, PUBLISHED, PUBLISHED_UNKNOWN, COUNTS_DIFFER, COUNTS_CLASH,
    DATES_DISAGREE, AS_PLANNED, AS_HAPPENED, MODALITY_DIFFERS, NEGATION_DIFFERS, SAME_ORIGIN,
    SINGLE_ORIGIN,
})

# ---------------------------------------------------------------------- check-worthiness
#: The labels of compare.checkworthy's reasons, which are "label" or "label: text of the
#: sentence" and are stored so in the project's analyses: the GUI translates the label.
CHECKWORTHY_LABELS = ("figure", "date", "named source", "anonymous source", "names",
                      "casualty verb", "accusation verb", "reported as happened", "question",
                      "opinion", "modal", "short")


def reason_parts(reason: str) -> tuple[str, str]:
    """(label, text) of a check-worthiness reason; ("", reason) when it has no known label."""
    label, sep, rest = reason.partition(": ")
    if sep and label in CHECKWORTHY_LABELS:
        return label, rest
    if not sep and reason in CHECKWORTHY_LABELS:
        return reason, ""
    return "", reason


def _format_of(template: str) -> str:
    """`template` as a str.format pattern ("%1" → "{0}"): the conflict pass makes tens of
    thousands of phrases, and format runs in C."""
    pieces = _pieces(template)
    out = [pieces[0].replace("{", "{{").replace("}", "}}")]
    for k in range(1, len(pieces), 2):
        out += ["{%d}" % pieces[k], pieces[k + 1].replace("{", "{{").replace("}", "}}")]
    return "".join(out)


from .messages import MESSAGES  # noqa: E402  (the other layers' templates: core/messages.py)

_FORMATS = {t: _format_of(t) for t in TEMPLATES | MESSAGES}
