"""The domain of Annotator, free of Qt and SQL.

Names load on first use (PEP 562): a module that needs only the errors (the launcher, the
listing `annotator docs` prints) must not load the dataclasses of core.model with them.
"""
from importlib import import_module

_ERRORS = ("AnnotatorError", "DamagedProjectError", "IngestError", "NewerProjectError",
           "NotAProjectError", "NotFoundError", "ProjectFileError", "ProjectLockedError",
           "ValidationError")
_MODEL = ("Claim", "ClaimId", "Direction", "DocId", "Document", "Evidence", "Link", "LinkId",
          "LinkKind", "Verdict", "VerdictChange")

__all__ = [*_ERRORS, *_MODEL]


def __getattr__(name: str):
    if name in _ERRORS or name in _MODEL:
        value = getattr(import_module(".errors" if name in _ERRORS else ".model", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
