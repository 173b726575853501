"""Which project the app opens, and the demo project a first-time user sees: our own fictional
articles with claims of each verdict.

Claims in `resources/samples/claims.json` are located by quote, so the sample articles can be
edited without recounting offsets; a quote that is not found is an error, caught by the tests.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..core.errors import ValidationError
from ..core.model import Evidence
from ..resources import resource
from ..settings import Settings, data_dir, interface_language


def demo_path() -> Path:
    return data_dir() / "demo.annot"


def build_demo(path: Path, annotator: str = "demo", language: str = "en") -> Path:
    """Write the demo project to `path` (atomically: a half-built demo is never left behind),
    its name and notes in `language` where claims.json has them (`name_id`, `note_id`)."""
    from .facade import Project  # the facade and the importers: only when the demo is built
    from .imports import import_paths

    samples = resource("samples")
    spec = json.loads((samples / "claims.json").read_text(encoding="utf-8"))
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        leftover.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    name = spec.get(f"name_{language}") or spec["name"]
    project = Project.create(tmp, name=name, annotator=annotator)
    try:
        files = sorted(samples.glob("*.md"))
        report = import_paths(project, files)
        if not report.ok:
            raise ValidationError("demo articles failed to import: " +
                                  "; ".join(r.message for r in report.results))
        doc_by_file = {r.path.name: r.doc_ids[0] for r in report.results}
        keys: dict[str, str] = {}
        for item in spec["claims"]:
            doc_id = doc_by_file[item["doc"]]
            text = project.document(doc_id).text
            start = text.find(item["quote"])
            if start < 0:
                raise ValidationError(f"demo quote not found in {item['doc']}: {item['quote']!r}")
            cs = project.add_claim(
                doc_id, start, start + len(item["quote"]), item["verdict"],
                note=item.get(f"note_{language}") or item.get("note", ""), confidence=item.get("confidence"),
                claimant=item.get("claimant", ""), reported_by=item.get("reported_by", ""),
                evidence=[Evidence(**e) for e in item.get("evidence", [])],
            )
            keys[item["key"]] = cs.created[0]
        for link in spec.get("links", []):
            project.add_link(keys[link["from"]], keys[link["to"]], link["kind"])
    finally:
        project.close()
    tmp.replace(path)
    return path


def ensure_demo(annotator: str = "demo") -> Path:
    """The demo project, built on first use in the GUI's language (settings.interface_language)."""
    path = demo_path()
    if not path.exists():
        build_demo(path, annotator, interface_language(Settings.load().language))
    return path


def choose_project(project: Path | None, demo: bool) -> tuple[Path, bool]:
    """The project file to open and whether it is the demo: the one named, else the most
    recent one that still exists, else the demo project (built on first use)."""
    if project is not None and not demo:
        return Path(project), False
    if not demo:
        for recent in Settings.load().recent_projects:
            if Path(recent).is_file():
                return Path(recent), False
    return ensure_demo("demo"), True
