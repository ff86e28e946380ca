"""Every SQL statement of the plugin is put together here, and only here (the GeoPackage and the PostGIS stores
call ``statement`` with constant templates).

What goes into a statement's text: identifiers (layer, table, column, index, trigger and schema names), each quoted
by ``identifier``, because they come from files and layers a user may have received from anyone; integers the
plugin computed; SQL keywords from a fixed list; and fragments made by this module. Values go as the driver's
parameters (``?`` for sqlite3, ``%s`` for psycopg2), never into the text, except the constants of ``literal``
(numbers, or text with its quotes doubled) that a bulk insert writes once for every row.
"""
import math
from typing import Iterable, Union

# what ``keyword`` lets into a statement: conflict clauses, trigger events, column types, the signs of a count
KEYWORDS = frozenset(("IGNORE", "REPLACE", "INSERT", "DELETE", "UPDATE", "INTEGER", "REAL", "TEXT", "TEXT NOT NULL",
                      "BLOB", "integer", "double precision", "+", "-"))


class Sql(str):
    """Text made by this module: an identifier quoted, a keyword checked, a statement put together. Only such
    fragments (and integers) go into a statement as they are."""


def identifier(name: str) -> "Sql":
    """``name`` as an SQL identifier (SQLite, PostgreSQL and QGIS expressions alike): in double quotes, its own
    double quotes doubled, so no name can end the identifier early."""
    name = str(name)
    if "\x00" in name:
        raise ValueError("an SQL identifier cannot hold a NUL character")
    return Sql('"' + name.replace('"', '""') + '"')


def names(items: Iterable[str]) -> "Sql":
    """Identifiers, comma separated (a column list)."""
    return Sql(", ".join(identifier(n) for n in items))


def qualified(schema: str, table: str) -> "Sql":
    """``schema.table``, both quoted."""
    return Sql(identifier(schema) + "." + identifier(table))


def keyword(word: str) -> "Sql":
    """One of KEYWORDS; ValueError for anything else."""
    if word not in KEYWORDS:
        raise ValueError("not an SQL keyword the plugin uses: {!r}".format(word))
    return Sql(word)


def literal(value: Union[None, int, float, str]) -> "Sql":
    """A constant written into a statement: NULL, a finite number, or text in single quotes (its own doubled)."""
    if value is None:
        return Sql("NULL")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise ValueError("an SQL literal must be a finite number")
        return Sql(repr(value))
    text = str(value)
    if "\x00" in text:
        raise ValueError("an SQL literal cannot hold a NUL character")
    return Sql("'" + text.replace("'", "''") + "'")


def placeholders(count: int, mark: str = "?") -> "Sql":
    """``count`` parameter marks, comma separated (``mark``: ``?`` for sqlite3, ``%s`` for psycopg2)."""
    if mark not in ("?", "%s"):
        raise ValueError("not a parameter mark")
    return Sql(", ".join([mark] * int(count)))


def joined(fragments: Iterable["Sql"], separator: str = ", ") -> "Sql":
    """Fragments of this module, one after the other (rows of a bulk insert, column definitions)."""
    if separator not in (", ", ",", " ", " AND "):
        raise ValueError("not a separator")
    fragments = list(fragments)
    if not all(isinstance(f, Sql) for f in fragments):
        raise TypeError("only fragments made by core.sql can be joined")
    return Sql(separator.join(fragments))


def owner_filter(text: str) -> Sql:
    """A layer's own filter (its subset string, as its owner or the plugin set it in QGIS) for the WHERE of a
    read-only count: the very text QGIS hands to SQLite for that layer, so nothing it could not already do."""
    if "\x00" in text or ";" in text:
        raise ValueError("a layer filter is one expression")
    return Sql("(" + text + ")")


def statement(template: str, **parts: Union[str, int, "Sql"]) -> "Sql":
    """``template`` (a constant of the caller, its fields named: ``{table}``) with each part put in: a str is an
    identifier and is quoted, an int is written as a number, an Sql fragment of this module goes as it is; any other
    part is refused (TypeError)."""
    values = {}
    for key, value in parts.items():
        if isinstance(value, Sql):
            values[key] = value
        elif isinstance(value, bool) or not isinstance(value, (int, str)):
            raise TypeError("{} is neither a name, an integer nor an SQL fragment: {!r}".format(key, type(value)))
        elif isinstance(value, int):
            values[key] = str(int(value))
        else:
            values[key] = identifier(value)
    # only quoted identifiers, integers, checked keywords and fragments of this module go into the text; the values
    # of a statement are the driver's parameters
    return Sql(template.format(**values))
