"""The desktop GUI: the only package that imports PySide6. It edits through annotator.project."""
