"""Annotator: a desktop workbench for annotating claims in news articles."""
from importlib import metadata

try:
    __version__ = metadata.version("annotator")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
