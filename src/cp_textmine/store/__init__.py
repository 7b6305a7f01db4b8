"""Classifications -> DuckDB: schema, views, idempotent writes, typed reads."""
