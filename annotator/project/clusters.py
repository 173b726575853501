"""The claim clusters' types, for the front ends and the exporters (which reach the compare
engine only through the facade): `Project.clusters()` returns `Cluster`s."""
from __future__ import annotations

from ..compare.clusters import NOT_TAGGED, Cluster, ClusterConflict, Member, member_json
from .compare import CHECKWORTHY_THRESHOLD

__all__ = ["CHECKWORTHY_THRESHOLD", "NOT_TAGGED", "Cluster", "ClusterConflict", "Member",
           "member_json"]
