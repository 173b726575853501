"""The export formats' names and limits marked for translation (ui/dialogs/export_texts.py) are
the exporters' own English texts, for every format: a format added or reworded in
annotator/export without its entry here would show in English in an Indonesian window."""
from __future__ import annotations

from annotator.export.base import Exporter
from annotator.project import exports
from annotator.ui.dialogs import export_texts


def test_every_format_has_its_label_and_limits_marked_for_translation():
    for name in exports.FORMATS:
        cls = exports.exporter_class(name)
        assert export_texts.LABELS.get(name) == cls.label, name
        assert export_texts.LIMITS.get(name, "") == cls.limits, name
    assert set(export_texts.LABELS) == set(exports.FORMATS)
    assert set(export_texts.LIMITS) <= set(exports.FORMATS)


def test_the_missing_package_sentence_is_the_exporters_in_english_and_indonesian(qapp):
    from annotator.ui import i18n
    from annotator.ui.messages import message_text
    from tests.ui.i18n_support import in_language

    class Needs(Exporter):
        name = "needs"
        REQUIRES = ("no_such_module_here", "extra")

    problem = Needs.unavailable_reason()
    assert problem == "the needs export needs no_such_module_here: pip install 'annotator[extra]'"
    i18n.uninstall(qapp)
    assert message_text(problem) == problem
    with in_language("id"):
        assert message_text(problem) == ("ekspor needs memerlukan no_such_module_here: "
                                         "pip install 'annotator[extra]'")
