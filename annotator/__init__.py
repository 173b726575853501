"""Annotator: a desktop workbench for annotating claims in news articles."""


def __getattr__(name: str) -> str:
    # Read from the installed metadata (pyproject is the one place the version is written) on
    # first use only: importlib.metadata costs ~50 ms, paid otherwise by every CLI command.
    if name == "__version__":
        from importlib import metadata

        try:
            version = metadata.version("annotator")
        except metadata.PackageNotFoundError:  # a source tree that was never installed
            version = "0+unknown"
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module 'annotator' has no attribute {name!r}")
