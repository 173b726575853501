"""What marks a file as an Annotator project, kept apart from the migrations so that opening a
project that needs no upgrade does not load sqlite-utils (a tenth of a second at every start)."""

APPLICATION_ID = 0x414E4E54  # "ANNT", in PRAGMA application_id

#: The schema version this build writes (PRAGMA user_version); files with a higher one are
#: refused. It equals the number of migrations in store/schema.py (a test checks).
SCHEMA_VERSION = 3
