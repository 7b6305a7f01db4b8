"""DuckDB -> scan: indicators per council and year, rendered as table, markdown, JSON or HTML."""
