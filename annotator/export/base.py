"""What every export format shares: the filter, the result, the source of records and the registry.

Exporters never query the store themselves: an ExportSource walks the facade (documents, then
their claims in text order), applies the filter, reports progress and honours cancel, so every
format filters and counts the same way.
"""
from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from ..core import messages
from ..core.errors import AnnotatorError, said
from ..core.model import Claim, Document, Link, Verdict, VerdictChange
from .atomic import ExportCancelled, ExportError, check_target

if TYPE_CHECKING:  # the facade, for type checks only (it loads the importers and exporters)
    from ..project import Project


Progress = Callable[[int, int], None]  # claims done, claims in total
Cancelled = Callable[[], bool]


@dataclass
class ExportFilter:
    """None means "no restriction"; an empty list means "nothing"."""

    doc_ids: list[str] | None = None
    verdicts: list[Verdict] | None = None
    annotators: list[str] | None = None

    @property
    def filters_claims(self) -> bool:
        return self.verdicts is not None or self.annotators is not None

    def accepts(self, claim: Claim) -> bool:
        return ((self.doc_ids is None or claim.doc_id in self.doc_ids)
                and (self.verdicts is None or claim.verdict in self.verdicts)
                and (self.annotators is None or claim.annotator in self.annotators))

    def as_json(self) -> dict:
        return {"doc_ids": self.doc_ids,
                "verdicts": None if self.verdicts is None else [Verdict(v).value for v in self.verdicts],
                "annotators": self.annotators}


@dataclass
class ExportResult:
    path: Path
    format: str
    documents: int
    claims: int
    warnings: list[str] = field(default_factory=list)

    def headline(self) -> str:
        """What was written, where (a phrase: the GUI says it in its own language)."""
        return said(messages.EXPORTED, str(self.claims), str(self.documents), self.format,
                    str(self.path))

    def summary(self) -> str:
        lines = [self.headline()]
        lines += [f"warning: {w}" for w in self.warnings]
        return "\n".join(lines)

    def as_json(self) -> dict:
        return {"path": str(self.path), "format": self.format, "documents": self.documents,
                "claims": self.claims, "warnings": list(self.warnings)}


class ExportSource:
    """The filtered documents and claims of one export, read lazily in text order."""

    def __init__(self, project: Project, flt: ExportFilter, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> None:
        self.project = project
        self._progress = progress
        self._cancelled = cancelled
        doc_ids = None
        if flt.doc_ids is not None:
            doc_ids = list(dict.fromkeys(project.resolve_document(d) for d in flt.doc_ids))
        self.flt = ExportFilter(doc_ids, None if flt.verdicts is None else
                                [Verdict.parse(v) for v in flt.verdicts],
                                None if flt.annotators is None else list(flt.annotators))
        self.summaries = project.documents(doc_ids)
        verdicts = self.flt.verdicts if self.flt.verdicts is not None else list(Verdict)
        #: Exact unless an annotator filter is set, when it is an upper bound.
        self.total = sum(s.counts.get(v, 0) for s in self.summaries for v in verdicts)
        self.documents_done = 0
        self.claims_done = 0
        self._links: list[Link] | None = None
        self._touching: list[Link] | None = None
        self.dropped_links = 0
        self._claim_cache: dict[str, Claim | None] = {}

    def check_cancelled(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def report(self) -> None:
        if self._progress is not None:
            self._progress(min(self.claims_done, self.total), self.total)

    def finish(self) -> None:
        """The last progress call says 100 %, even when the total was an upper bound."""
        if self._progress is not None:
            self._progress(self.claims_done, self.claims_done)

    def documents(self, *, include_empty: bool = True, with_evidence: bool = True,
                  limit: int | None = None) -> Iterator[tuple[Document, list[Claim]]]:
        """(document, its filtered claims) pairs. Documents with no claims are left out when a
        verdict or annotator filter is set, or when `include_empty` is False."""
        self.report()
        for summary in self.summaries:
            if limit is not None and self.documents_done >= limit:
                return
            self.check_cancelled()
            claims = self.project.claims(summary.id, verdicts=self.flt.verdicts,
                                         annotators=self.flt.annotators,
                                         with_evidence=with_evidence)
            if not claims and (self.flt.filters_claims or not include_empty):
                continue
            doc = self.project.document(summary.id)
            yield doc, claims
            self.documents_done += 1
            self.claims_done += len(claims)
            self.report()
        self.check_cancelled()

    def claim(self, claim_id: str) -> Claim | None:
        if claim_id not in self._claim_cache:
            try:
                self._claim_cache[claim_id] = self.project.claim(claim_id)
            except AnnotatorError:
                self._claim_cache[claim_id] = None
        return self._claim_cache[claim_id]

    def links(self) -> list[Link]:
        """Links whose two claims are both in the export (the others cannot be resolved by a
        reader of the file); `dropped_links` counts the rest."""
        if self._links is None:
            self._links = []
            self.dropped_links = 0
            if self.flt.doc_ids is None and not self.flt.filters_claims:
                self._links = list(self.touching_links())  # everything is exported
                return self._links
            for link in self.touching_links():
                ends = [self.claim(link.source_id), self.claim(link.target_id)]
                if all(c is not None and self.flt.accepts(c) for c in ends):
                    self._links.append(link)
                else:
                    self.dropped_links += 1
        return self._links

    def touching_links(self) -> list[Link]:
        """Every link with at least one end in the selected documents, whatever the filter."""
        if self._touching is None:
            self._touching = (self.project.links(doc_ids=self.flt.doc_ids)
                              if self.flt.doc_ids is not None else self.project.links())
        return self._touching

    def links_by_claim(self, *, all_links: bool = False) -> dict[str, list[Link]]:
        out: dict[str, list[Link]] = {}
        for link in self.touching_links() if all_links else self.links():
            out.setdefault(link.source_id, []).append(link)
            out.setdefault(link.target_id, []).append(link)
        return out

    def histories(self, claim_ids: Sequence[str]) -> dict[str, list[VerdictChange]]:
        bulk = getattr(self.project, "histories", None)
        if bulk is not None:
            return bulk(claim_ids)
        return {cid: self.project.history(cid) for cid in claim_ids}

    def dropped_links_warning(self) -> list[str]:
        self.links()
        if not self.dropped_links:
            return []
        return [said(messages.DROPPED_LINKS, str(self.dropped_links))]


class Exporter:
    """One output format. Options (label mappings, BOM …) are keyword arguments of the
    constructor, listed with their defaults in `OPTIONS`."""

    name: ClassVar[str] = ""
    label: ClassVar[str] = ""
    suffix: ClassVar[str] = ""
    multi_file: ClassVar[bool] = False
    #: What this format cannot hold, in one sentence for the export dialog ("" = lossless).
    limits: ClassVar[str] = ""
    OPTIONS: ClassVar[dict[str, Any]] = {}
    #: Optional packages the format needs (module name, pip extra), e.g. ("pyarrow", "parquet").
    REQUIRES: ClassVar[tuple[str, str] | None] = None

    @classmethod
    def unavailable_reason(cls) -> str:
        """"" when this format can be written here, else the sentence to show (the GUI greys
        the format out; `write` would raise ExportError with the same sentence)."""
        if cls.REQUIRES is None:
            return ""
        module, extra = cls.REQUIRES
        try:
            if importlib.util.find_spec(module) is not None:
                return ""
        except (ImportError, ValueError, AttributeError):  # a broken or blocked installation
            pass
        return said(messages.EXPORT_NEEDS, cls.name, module, extra)

    def __init__(self, **options: Any) -> None:
        unknown = set(options) - set(self.OPTIONS)
        if unknown:
            known = ", ".join(sorted(self.OPTIONS)) or "none"
            raise ExportError(f"{self.name} export has no option {', '.join(sorted(unknown))} "
                              f"(options: {known})")
        for key, value in options.items():
            default = self.OPTIONS[key]
            expected = dict if default is None else type(default)
            if value is not None and not (isinstance(value, expected)
                                          and not (expected is int and isinstance(value, bool))):
                kind = {bool: "true or false", int: "a whole number", str: "text",
                        dict: "a mapping"}.get(expected, expected.__name__)
                raise ExportError(f"{self.name} export option {key} must be {kind}")
        self.options = {**self.OPTIONS, **options}

    def write(self, project: Project, dest: Path, flt: ExportFilter | None = None,
              progress: Progress | None = None,
              cancelled: Cancelled | None = None, *,
              replace_readonly: bool = False) -> ExportResult:
        """Write the export to `dest` (through a symbolic link; never over a special file;
        over a read-only file only with `replace_readonly`, see atomic.check_target)."""
        with project.read_snapshot():
            source = ExportSource(project, flt or ExportFilter(), progress, cancelled)
            warnings: list[str] = []
            dest = Path(dest)
            if project.owns_file(dest):
                raise ExportError(said(messages.OWN_FILE, str(dest)))
            target = check_target(dest, folder=self.multi_file, replace_readonly=replace_readonly)
            self._write(source, target, warnings)
        source.finish()
        return ExportResult(dest, self.name, source.documents_done, self._claims_written(source),
                            warnings)

    def preview(self, project: Project, flt: ExportFilter | None = None, limit: int = 3) -> str:
        """The first records as the file would hold them (GUI preview pane)."""
        source = ExportSource(project, flt or ExportFilter())
        return self._preview(source, limit)

    # -- for subclasses
    def _claims_written(self, source: ExportSource) -> int:
        return source.claims_done

    def _write(self, source: ExportSource, dest: Path, warnings: list[str]) -> None:
        raise NotImplementedError

    def _preview(self, source: ExportSource, limit: int) -> str:
        raise NotImplementedError


#: Characters JSON leaves raw that str.splitlines() and some editors treat as line breaks:
#: escaped, so a JSONL line is one line for every reader.
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def outgoing_links(claims: Sequence[Claim], by_claim: dict[str, list[Link]]) -> Iterator[Link]:
    """Each link whose source is one of `claims`, once, in claim order (by_claim lists a link
    under both of its ends; only the source's entry is taken)."""
    for c in claims:
        for link in by_claim.get(c.id, ()):
            if link.source_id == c.id:
                yield link


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """JSON as every exporter writes it: real UTF-8 characters, not \\u escapes, except for the
    few that some readers would take for a line break."""
    if indent is None:
        out = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    else:
        out = json.dumps(obj, ensure_ascii=False, indent=indent)
    for char, escape in _LINE_BREAKS.items():
        if char in out:
            out = out.replace(char, escape)
    return out


def write_json_array(fh, items) -> int:
    """A JSON array written item by item, one item per line (json's C encoder, which `indent`
    would switch off); returns how many items were written."""
    count = 0
    fh.write("[")
    for item in items:
        fh.write(",\n" if count else "\n")
        fh.write(dumps(item))
        count += 1
    fh.write("\n]" if count else "]")
    return count


_REGISTRY: dict[str, type[Exporter]] = {}


def register(cls: type[Exporter]) -> type[Exporter]:
    _REGISTRY[cls.name] = cls
    return cls


def registered() -> dict[str, type[Exporter]]:
    return _REGISTRY


def verdict_map(option: dict | None, defaults: dict[Verdict, Any], what: str) -> dict[Verdict, Any]:
    """Merge a user mapping (keys: verdict names) over the defaults, refusing unknown verdicts."""
    out = dict(defaults)
    for key, value in (option or {}).items():
        try:
            out[Verdict.parse(key)] = value
        except AnnotatorError:
            raise ExportError(f"{what}: {key!r} is not a verdict (use verified, disputed, "
                              "unverified)") from None
    return out
