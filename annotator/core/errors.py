"""Exceptions the whole application shares.

Every failure a user can cause (a bad file, a span outside the text, an unknown id) is one of
these, so the GUI and CLI can show a sentence instead of a traceback.
"""
from __future__ import annotations


class AnnotatorError(Exception):
    """Base class: the message is meant for the user as it stands."""


class ValidationError(AnnotatorError, ValueError):
    """An edit that breaks a domain rule (span outside the text, unknown verdict …)."""


class NotFoundError(AnnotatorError, LookupError):
    """An id (or id prefix) that names nothing, or more than one thing."""


class ProjectFileError(AnnotatorError):
    """The project file cannot be opened; the file has not been changed."""


class NotAProjectError(ProjectFileError):
    pass


class NewerProjectError(ProjectFileError):
    pass


class DamagedProjectError(ProjectFileError):
    pass


class ProjectLockedError(ProjectFileError):
    """Another writer holds the project."""


class IngestError(AnnotatorError):
    """One input file could not be imported; nothing of it was stored."""
