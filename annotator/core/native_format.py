"""The native JSONL export's marker and version: shared by the exporter that writes it
(annotator.export.jsonl) and the importer that reads it back (annotator.ingest.native), which
must not depend on each other."""

#: Every line of a native export carries this key, with the format version as its value.
MARKER = "annotator_export"
#: The newest format version this build writes and reads; bump it when a reader of version N
#: could not read the new lines.
FORMAT_VERSION = 1
