"""Full-text search over every ingested page: BM25 over passages with DuckDB's fts extension.

The extension comes from the PyPI package ``duckdb-extension-fts`` (pinned with duckdb in
pyproject.toml) and is loaded from that package's file: nothing is downloaded at run time, and
auto-install is switched off so a missing file is an error rather than a network call.
Pages are split into passages (paragraphs of a few hundred characters) kept in
``cp_search.passages`` with their page offsets; the index is rebuilt when the documents change
(a fingerprint in ``settings``), with the Dutch Snowball stemmer and a Dutch stopword list.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from cp_textmine.errors import CpTextmineError
from cp_textmine.store import db as store_db

INDEX_VERSION = "1"
MARKER_KEY = "search_index"
SCHEMA = "cp_search"
DOC_TYPES = ("advies", "reactie", "jaarverslag", "verordening", "overig")
# The Snowball stopword list for Dutch (snowballstem.org/algorithms/dutch/stop.txt).
STOPWORDS_NL = frozenset({
    "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is",
    "was", "op", "aan", "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou",
    "of", "wat", "mijn", "men", "dit", "zo", "door", "over", "ze", "zich", "bij", "ook", "tot",
    "je", "mij", "uit", "der", "daar", "haar", "naar", "heb", "hoe", "heeft", "hebben", "deze",
    "u", "want", "nog", "zal", "me", "zij", "nu", "ge", "geen", "omdat", "iets", "worden", "toch",
    "al", "waren", "veel", "meer", "doen", "toen", "moet", "ben", "zonder", "kan", "hun", "dus",
    "alles", "onder", "ja", "eens", "hier", "wie", "werd", "altijd", "doch", "wordt", "wezen",
    "kunnen", "ons", "zelf", "tegen", "na", "reeds", "wil", "kon", "niets", "uw", "iemand",
    "geweest", "andere",
})  # fmt: skip
WORD = re.compile(r"[^\W_]+")
SNIPPET_CHARS = 280


class SearchUnavailable(CpTextmineError):
    """The fts extension file is missing or does not fit the installed duckdb."""


class SearchQueryError(CpTextmineError):
    """The query or a filter cannot be used."""


@dataclass(frozen=True)
class Hit:
    """One ranked passage; ``highlights`` are (start, end) offsets into ``snippet``."""

    score: float
    doc_id: str
    doc_type: str | None
    municipality: str | None
    council: str | None
    doc_date: date | None
    subject: str | None
    path: str | None
    page: int
    char_start: int
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)


def fts_extension_path() -> Path:
    """The extension file shipped in the duckdb-extension-fts wheel for this duckdb version."""
    try:
        base = resources.files("duckdb_extension_fts")
    except ModuleNotFoundError as exc:
        raise SearchUnavailable(
            f"full-text search needs the package duckdb-extension-fts=={duckdb.__version__}"
        ) from exc
    path = Path(str(base.joinpath("extensions", f"v{duckdb.__version__}", "fts.duckdb_extension")))
    if not path.is_file():
        raise SearchUnavailable(
            f"no fts extension for duckdb {duckdb.__version__} in {base}; install "
            f"duckdb-extension-fts=={duckdb.__version__} (it must match duckdb exactly)"
        )
    return path


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """LOAD the extension from the package file; never download or auto-install."""
    con.execute("SET autoinstall_known_extensions = false")
    try:
        con.execute(f"LOAD '{fts_extension_path()}'")
    except duckdb.Error as exc:
        raise SearchUnavailable(
            f"cannot load the fts extension: {str(exc).splitlines()[0]}"
        ) from exc


def split_passages(text: str, target: int = 400, hard: int = 900) -> list[tuple[int, int]]:
    """(start, end) offsets of paragraphs: blank lines, else sentence-ending lines past ``target``."""
    spans: list[tuple[int, int]] = []
    start = pos = 0
    for line in text.splitlines(keepends=True):
        pos += len(line)
        size = pos - start
        stripped = line.strip()
        if not stripped or size >= hard or (size >= target and stripped[-1] in ".:;!?"):
            if text[start:pos].strip():
                spans.append((start, pos))
            start = pos
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """Changes whenever a page is added, removed or re-read, or the index code changes."""
    n, digest = con.execute(
        "SELECT count(*), coalesce(bit_xor(hash(p.doc_id, p.page_no, p.n_chars, d.ingested_at)), 0) "
        "FROM pages p JOIN documents d USING (doc_id)"
    ).fetchone()
    return f"v{INDEX_VERSION}:{n}:{digest}"


def _index_is_current(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("SELECT value FROM settings WHERE key = ?", [MARKER_KEY]).fetchone()
    present = con.execute(
        "SELECT count(*) FROM duckdb_schemas() WHERE schema_name = ?", [f"fts_{SCHEMA}_passages"]
    ).fetchone()[0]
    return bool(row and present and row[0] == fingerprint(con))


def build_index(con: duckdb.DuckDBPyConnection) -> int:
    """(Re)build passages and the BM25 index; returns the number of passages."""

    load_fts(con)
    columns: dict[str, list] = {
        k: [] for k in ("doc_id", "page_no", "char_start", "char_end", "text")
    }
    for doc_id, page_no, text in con.execute(
        "SELECT doc_id, page_no, text FROM pages WHERE text IS NOT NULL"
    ).fetchall():
        for start, end in split_passages(text):
            for key, value in zip(
                columns, (doc_id, page_no, start, end, text[start:end]), strict=True
            ):
                columns[key].append(value)
    passages = pa.table(columns, schema=pa.schema([("doc_id", pa.string()), ("page_no", pa.int32()),
                        ("char_start", pa.int32()), ("char_end", pa.int32()), ("text", pa.string())]))  # fmt: skip
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
    con.execute(f"CREATE OR REPLACE TABLE {SCHEMA}.stopwords (sw VARCHAR)")
    con.executemany(f"INSERT INTO {SCHEMA}.stopwords VALUES (?)", [[w] for w in STOPWORDS_NL])
    con.register("_cp_passages", passages)
    con.execute(f"CREATE OR REPLACE TABLE {SCHEMA}.passages AS SELECT row_number() OVER "
                "(ORDER BY doc_id, page_no, char_start)::INTEGER AS passage_id, * FROM _cp_passages")  # fmt: skip
    con.unregister("_cp_passages")
    con.execute(f"PRAGMA create_fts_index('{SCHEMA}.passages', 'passage_id', 'text', stemmer = 'dutch', "
                f"stopwords = '{SCHEMA}.stopwords', ignore = '(\\.|[^a-z0-9])+', strip_accents = 1, "
                "lower = 1, overwrite = 1)")  # fmt: skip
    store_db.set_setting(con, MARKER_KEY, fingerprint(con))
    return len(passages)


def ensure_index(db_path: Path) -> bool:
    """Build the index if missing or stale; True when it was (re)built."""
    con = store_db.connect(db_path, read_only=True)
    try:
        if _index_is_current(con):
            return False
    finally:
        con.close()
    con = store_db.connect(db_path)
    try:
        build_index(con)
    finally:
        con.close()
    return True


def search(
    db_path: Path,
    query: str,
    municipality: list[str] | None = None,
    doc_type: str | None = None,
    limit: int = 10,
) -> list[Hit]:
    """Passages ranked by BM25 for ``query``, filtered after scoring (so scores stay comparable)."""
    if not query.strip():
        raise SearchQueryError("empty search query")
    if doc_type is not None and doc_type not in DOC_TYPES:
        raise SearchQueryError(f"unknown --type '{doc_type}'; use one of {', '.join(DOC_TYPES)}")
    if limit < 1:
        raise SearchQueryError("--limit must be at least 1")
    ensure_index(db_path)
    con = store_db.connect(db_path, read_only=True)
    try:
        load_fts(con)
        rows = con.execute(*_query_sql(query, municipality, doc_type, limit)).fetchall()
        stems = _stems(con, [w for w in _words(query) if w[2] not in STOPWORDS_NL])
        return [_hit(con, row, stems) for row in rows]
    finally:
        con.close()


def _query_sql(query: str, municipality: list[str] | None, doc_type: str | None, limit: int):
    clauses, params = [], [query]
    if municipality:
        clauses.append(f"lower(d.municipality) IN ({', '.join('?' for _ in municipality)})")
        params += [m.lower() for m in municipality]
    if doc_type:
        clauses.append("d.doc_type = ?")
        params.append(doc_type)
    where = "".join(f" AND {c}" for c in clauses)
    sql = f"""
        WITH scored AS (
            SELECT p.*, fts_{SCHEMA}_passages.match_bm25(p.passage_id, ?) AS score
            FROM {SCHEMA}.passages p)
        SELECT s.score, s.doc_id, d.doc_type, d.municipality, d.council, d.doc_date, d.subject,
               d.path, s.page_no, s.char_start, s.text
        FROM scored s JOIN documents d USING (doc_id)
        WHERE s.score IS NOT NULL{where}
        ORDER BY s.score DESC, d.doc_date DESC NULLS LAST, s.doc_id, s.page_no, s.char_start
        LIMIT {int(limit)}"""
    return sql, params


def _fold(word: str) -> str:
    """Lower case without accents, as the index sees words (strip_accents = 1, lower = 1)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), _fold(m.group())) for m in WORD.finditer(text)]


def _stems(con: duckdb.DuckDBPyConnection, words: list[tuple[int, int, str]]) -> list[str]:
    if not words:
        return []
    return con.execute(
        "SELECT list_transform(?, w -> stem(w, 'dutch'))", [[w for *_, w in words]]
    ).fetchone()[0]


def _hit(con: duckdb.DuckDBPyConnection, row: tuple, query_stems: list[str]) -> Hit:
    score, doc_id, doc_type, municipality, council, doc_date, subject, path, page, start, text = row
    snippet, highlights = highlight(con, text, query_stems)
    return Hit(score, doc_id, doc_type, municipality, council, doc_date, subject, path, page, start,
               snippet, highlights)  # fmt: skip


def highlight(
    con: duckdb.DuckDBPyConnection, text: str, query_stems: list[str], width: int = SNIPPET_CHARS
) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``text`` around the first matching word, and the matches' offsets in it."""
    flat = " ".join(text.split())
    words = _words(flat)
    wanted = {s for s in query_stems if s}
    stems = _stems(con, words)
    matches = [(a, b) for (a, b, w), s in zip(words, stems, strict=True)
               if s in wanted or any(len(q) >= 5 and w.startswith(q) for q in wanted)]  # fmt: skip
    first = matches[0][0] if matches else 0
    begin = max(0, first - width // 3)
    if begin:
        begin = flat.find(" ", begin) + 1 or begin
    end = min(len(flat), begin + width)
    if end < len(flat):
        end = flat.rfind(" ", begin, end) if flat.rfind(" ", begin, end) > begin else end
    prefix = "…" if begin else ""
    snippet = prefix + flat[begin:end] + ("…" if end < len(flat) else "")
    shift = len(prefix) - begin
    spans = [(a + shift, b + shift) for a, b in matches if a >= begin and b <= end]
    return snippet, spans
