"""One module per input format; importing this package registers them all."""
from . import html, jsonfile, pdf, plaintext, word  # noqa: F401
