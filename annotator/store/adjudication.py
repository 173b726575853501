"""The adjudicator's decisions as the verdict history holds them (no table of their own).

A decision writes one history line per annotator claim of the unit, old = new = its verdict,
cause "adjudication: accepted" or "adjudication: rejected"; its undo and redo log the same
line again with "undo: " or "redo: " before the cause (store.recorder.replay). A claim's
standing decision is read by replaying its lines as a stack: a decision or a redo puts one
on, an undo takes the top one off (undo and redo come in stack order), the top one stands.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence

ACCEPTED = "adjudication: accepted"
REJECTED = "adjudication: rejected"


def decisions(conn: sqlite3.Connection, claim_ids: Sequence[str]) -> dict[str, str]:
    """The standing decision on each of these claims that has one: "accepted" or "rejected"."""
    stacks: dict[str, list[str]] = {}
    ids = list(dict.fromkeys(claim_ids))
    for i in range(0, len(ids), 500):  # under SQLite's variable limit
        chunk = ids[i:i + 500]
        rows = conn.execute(
            "SELECT claim_id, cause FROM verdict_history WHERE cause LIKE '%adjudication: %' "
            f"AND claim_id IN ({', '.join('?' * len(chunk))}) ORDER BY seq", chunk)
        for claim_id, cause in rows:
            stack = stacks.setdefault(claim_id, [])
            if cause.startswith("undo: "):
                if stack:
                    stack.pop()
            else:
                stack.append(cause.removeprefix("redo: "))
    return {cid: stack[-1].removeprefix("adjudication: ") for cid, stack in stacks.items()
            if stack and stack[-1] in (ACCEPTED, REJECTED)}
