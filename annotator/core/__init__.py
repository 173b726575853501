"""The domain of Annotator, free of Qt and SQL."""
from .errors import (
    AnnotatorError,
    DamagedProjectError,
    IngestError,
    NewerProjectError,
    NotAProjectError,
    NotFoundError,
    ProjectFileError,
    ProjectLockedError,
    ValidationError,
)
from .model import (
    Claim,
    ClaimId,
    Direction,
    DocId,
    Document,
    Evidence,
    Link,
    LinkId,
    LinkKind,
    Verdict,
    VerdictChange,
)

__all__ = [
    "AnnotatorError", "DamagedProjectError", "IngestError", "NewerProjectError",
    "NotAProjectError", "NotFoundError", "ProjectFileError", "ProjectLockedError",
    "ValidationError", "Claim", "ClaimId", "Direction", "DocId", "Document", "Evidence",
    "Link", "LinkId", "LinkKind", "Verdict", "VerdictChange",
]
