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


def said(template: str, *args: str) -> str:
    """The sentence of `template` (core/messages.py) with `args`, as a Phrase the GUI can say
    in its own language; the phrase module is loaded only when something is refused."""
    from .phrases import Phrase

    return Phrase(template, *args)


def message_of(exc: BaseException) -> str:
    """An error's sentence, the Phrase itself when it was raised with one (str(exc) would be
    its English text alone)."""
    if len(exc.args) == 1 and isinstance(exc.args[0], str):
        return exc.args[0]
    return str(exc)
