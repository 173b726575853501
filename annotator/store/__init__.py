"""The SQLite project file: schema, opening rules, row recording and queries."""
