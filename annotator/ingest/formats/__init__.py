"""One module per input format; importing this package registers them all."""
import logging

from . import html, jsonfile, pdf, plaintext, word  # noqa: F401

# The parsing libraries log warnings about broken input ("EOF marker not found"). Without a
# handler Python prints those on stderr, next to our one-sentence report; the readers already
# turn real failures into that sentence. Logging set up by the application still receives them.
for _name in ("pypdf", "trafilatura", "htmldate", "courlan", "justext", "charset_normalizer",
              "docx"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
