"""The comparison table as a file: one row per member of each claim cluster
(annotator/compare/clusters.py), with its cluster's id, so a spreadsheet can sort or pivot it.

`clusters` writes CSV (formula cells neutralised like the csv export), `clusters-jsonl` one JSON
object per line (raw text). A cluster is kept when one of its claims passes the filter
(documents, verdicts, annotators); it is written with those of its claims that pass (a
filter selects exactly the claims it selects in every format) and all its matched sentences
nobody tagged yet, since the point of the table is the reports side by side.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ..project.clusters import Cluster, member_json
from .atomic import atomic_file
from .base import Exporter, ExportSource, dumps, register
from .csv_rows import changed_cells_warning, neutralised

COLUMNS = ["cluster", "members", "kind", "claim_id", "doc_id", "outlet", "title", "published",
           "start", "end", "wording", "figures", "dates", "source", "verdict",
           "unlinked_matches", "conflicts"]


def _kept(source: ExportSource, cluster: Cluster) -> list[int]:
    """The members of `cluster` to write: [] when none of its claims passes the filter."""
    flt = source.flt
    if flt.doc_ids is None and not flt.filters_claims:
        return list(range(len(cluster.members)))
    passing = set()
    for i, m in enumerate(cluster.members):
        if m.is_claim:
            claim = source.claim(m.claim_id)
            if claim is not None and flt.accepts(claim):
                passing.add(i)
    if not passing:
        return []
    return [i for i, m in enumerate(cluster.members) if i in passing or not m.is_claim]


class _ClustersExporter(Exporter):
    def _records(self, source: ExportSource, limit: int | None = None):
        """(cluster, member records) of the kept clusters; counts documents and claims."""
        progress = source._progress

        def step(done: int, total: int) -> None:
            source.check_cancelled()
            if progress is not None:
                progress(done, total)

        source.report()  # 0 of the claims
        clusters = source.project.clusters(progress=step, cancelled=source._cancelled)
        source.check_cancelled()
        docs: set[str] = set()
        kept = 0
        for cluster in clusters:
            if limit is not None and kept >= limit:
                return
            members = _kept(source, cluster)
            if not members:
                continue
            kept += 1
            records = [member_json(cluster, i) for i in members]
            docs.update(r["doc_id"] for r in records)
            source.claims_done += sum(1 for r in records if r["kind"] == "claim")
            source.documents_done = len(docs)
            yield records

    def _rows(self, source: ExportSource, changed: list[str], limit: int | None = None):
        line = 1
        for records in self._records(source, limit):
            for r in records:
                row = [str(r[k]) if isinstance(r[k], int) else (r[k] or "") for k in COLUMNS[:10]]
                row += [r["wording"], "\n".join(r["figures"]), "\n".join(r["dates"]), r["source"],
                        r["verdict"], str(r["unlinked_matches"]),
                        "\n".join(f"{c['kind']}: {c['why']}" for c in r["conflicts"])]
                line += 1
                yield neutralised(row, line, COLUMNS, changed)


@register
class ClustersCsvExporter(_ClustersExporter):
    name = "clusters"
    label = "Claim clusters, CSV (the comparison table: one row per report)"
    suffix = ".csv"
    limits = ("The comparison table only: wording, figures, dates, source and verdict of each "
              "report; no evidence or history.")

    def _write(self, source: ExportSource, dest: Path, warnings: list[str]) -> None:
        changed: list[str] = []
        with atomic_file(dest) as fh:
            writer = csv.writer(fh, dialect="excel", lineterminator="\r\n")
            writer.writerow(COLUMNS)
            writer.writerows(self._rows(source, changed))
        if changed:
            warnings.append(changed_cells_warning(changed))

    def _preview(self, source: ExportSource, limit: int) -> str:
        out = io.StringIO()
        writer = csv.writer(out, dialect="excel", lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(self._rows(source, [], limit))
        return out.getvalue()


@register
class ClustersJsonlExporter(_ClustersExporter):
    name = "clusters-jsonl"
    label = "Claim clusters, JSONL (one object per report)"
    suffix = ".jsonl"
    limits = ClustersCsvExporter.limits

    def _write(self, source: ExportSource, dest: Path, warnings: list[str]) -> None:
        with atomic_file(dest) as fh:
            for records in self._records(source):
                for r in records:
                    fh.write(dumps(r) + "\n")

    def _preview(self, source: ExportSource, limit: int) -> str:
        return "".join(dumps(r) + "\n" for records in self._records(source, limit) for r in records)
