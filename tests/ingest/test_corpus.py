"""The real articles in ../shared/corpus (skipped when absent): every one imports as Indonesian,
with a readable title that is not a photo caption."""
from __future__ import annotations

from annotator.ingest.runner import Outcome, import_paths
from annotator.ingest.titles import is_caption


def test_every_corpus_article_imports_as_indonesian(project, corpus_dir):
    files = sorted(corpus_dir.glob("*.txt"))
    report = import_paths(project, [corpus_dir])
    assert [r.outcome for r in report.results] == [Outcome.IMPORTED] * len(files)
    for result in report.results:
        doc = project.document(result.doc_ids[0])
        assert doc.language == "id", (result.path.name, doc.language, doc.language_prob)
        assert doc.language_prob > 0.99
        assert doc.source_name == result.path.name
        assert 10 <= len(doc.title) <= 101 and not is_caption(doc.title)
        assert "(foto" not in doc.title.lower()
    again = import_paths(project, [corpus_dir])
    assert {r.outcome for r in again.results} == {Outcome.DUPLICATE}

