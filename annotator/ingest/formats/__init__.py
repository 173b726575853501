"""One module per input format; importing this package registers them all."""
from . import plaintext  # noqa: F401
