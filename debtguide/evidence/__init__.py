"""The evidence log: the entry model, its storage (SQLite) and the report on it."""
