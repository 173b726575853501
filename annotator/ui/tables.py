"""Shared setup of the read-only, row-selecting tables (library, claims)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView


def list_table(model) -> QTableView:
    """A table of whole rows: one selected at a time, not editable, sortable by a header click.

    No sort column is set until the user clicks one: sorting 50,000 rows by column 0 at start-up
    would cost a noticeable pause, and the rows already come in a sensible order.
    """
    table = QTableView()
    table.setModel(model)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    return table
