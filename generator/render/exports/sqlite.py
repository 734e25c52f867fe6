"""The dossier as a SQLite database for Datasette, and each table as CSV.

Built here, in render, because the database is a pure function of the
resolved dossier like every other file of the docs folder: it reaches the
site and the offline zip the same way, and the tests that read pages read
it too. It is built in memory and serialised, so no temporary file is left
behind and the write stage stays ignorant of formats.

The same content gives the same bytes (with the same SQLite library, whose
version the file header records): tables are created with explicit columns
in a fixed order, rows go in sorted, and nothing records the time.

Full-text search: `sources_fts` (title and text) and `annotations_fts`
(quotes) index each text twice, as written and folded the way the name
matcher folds it (`model.text.fold_name`: no accents, no case, the Turkish
dotted and dotless i as i). The tokenizer already drops accents, but not
the Turkish ı, which has none: the folded copy is what lets "Kalin" find
"Kalın".
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Iterator

import sqlite_utils

from ...model import paths
from ...model.dossier import Dossier
from .tables import ROWS, TABLES, Row, Table

TOKENIZER = "unicode61 remove_diacritics 2"
SEARCHED = {"sources": ("title", "body", "body_folded"),
            "annotations": ("quote", "quote_folded")}


def _rows(table: Table, d: Dossier) -> Iterator[Row]:
    """The table's rows, each with exactly its declared columns: SQLite would
    take "ID" for "id" without a word, and sqlite-utils would add a column
    for a name misspelt."""
    for row in ROWS[table.name](d):
        if list(row) != list(table.columns):
            raise ValueError(f"a row of {table.name} has columns {list(row)}, "
                             f"not {list(table.columns)}")
        yield row


def _fill(db: sqlite_utils.Database, d: Dossier) -> None:
    for table in TABLES:
        db.table(table.name).create(
            table.columns, pk=table.pk,
            foreign_keys=[(column, other, "id") for column, other in table.foreign_keys])
        # One prepared statement for every row: sqlite-utils' insert_all builds
        # a query per chunk, most of the export's time at a thousand sources.
        names = ", ".join(f"[{c}]" for c in table.columns)
        db.conn.executemany(
            f"insert into [{table.name}] ({names}) values "
            f"({', '.join('?' * len(table.columns))})",
            (tuple(row.values()) for row in _rows(table, d)))
        db.conn.commit()
    for name, columns in SEARCHED.items():
        db.table(name).enable_fts(columns, tokenize=TOKENIZER)


def database(d: Dossier) -> sqlite3.Connection:
    """The dossier as an in-memory database, foreign keys checked."""
    connection = sqlite3.connect(":memory:")
    db = sqlite_utils.Database(connection)
    _fill(db, d)
    problems = connection.execute("PRAGMA foreign_key_check").fetchall()
    if problems:  # resolve refuses a dossier with a dangling reference
        raise ValueError(f"dangling references in the database: {problems[:5]}")
    connection.execute("VACUUM")  # pages in order, no free pages: the same bytes every time
    return connection


def csv_text(connection: sqlite3.Connection, table: str) -> str:
    """One table as CSV (RFC 4180), header first, rows in the table's order."""
    cursor = connection.execute(f"select * from [{table}] order by rowid")
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(column[0] for column in cursor.description)
    writer.writerows(cursor)
    return out.getvalue()


def export(d: Dossier) -> dict[str, str | bytes]:
    """The database file and one CSV file per table."""
    connection = database(d)
    try:
        files: dict[str, str | bytes] = {paths.DATABASE: connection.serialize()}
        for table in TABLES:
            files[paths.table_csv(table.name)] = csv_text(connection, table.name)
    finally:
        connection.close()
    return files
