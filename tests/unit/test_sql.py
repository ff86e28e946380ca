"""core.sql: the one place statements are put together. Names from anywhere stay names; nothing but names,
integers, checked keywords and its own fragments gets into a statement's text."""
import sqlite3

import pytest

from clms_egms.core import sql

HOSTILE = ['x"; DROP TABLE victim; --', "a'b", 'q""q', "ünïcødé layer", "x) OR 1=1 --"]


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_name_is_a_table_name_and_nothing_more(name):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE victim (v INTEGER)")
    conn.execute(sql.statement("CREATE TABLE {t} ({c} INTEGER)", t=name, c=name))
    conn.execute(sql.statement("INSERT INTO {t} ({c}) VALUES (?)", t=name, c=name), (7,))
    assert conn.execute(sql.statement("SELECT {c} FROM {t}", t=name, c=name)).fetchall() == [(7,)]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"victim", name}


def test_literals_and_fragments():
    conn = sqlite3.connect(":memory:")
    values = [None, 3, -2.5, "it's", "; DROP"]
    row = conn.execute(sql.statement("SELECT {values}", values=sql.joined(sql.literal(v) for v in values))).fetchone()
    assert list(row) == values
    assert sql.placeholders(3) == "?, ?, ?" and sql.placeholders(2, "%s") == "%s, %s"
    assert sql.qualified('s"x', "t") == '"s""x"."t"'
    assert sql.names(["a", 'b"']) == '"a", "b"""'


@pytest.mark.parametrize("call", [
    lambda: sql.statement("SELECT {v}", v=1.5),  # a value, not a name: a parameter or sql.literal
    lambda: sql.statement("SELECT {v}", v=True),
    lambda: sql.statement("SELECT {v}", v=b"x"),
    lambda: sql.keyword("DROP TABLE x"),
    lambda: sql.joined(["1", "2"]),  # plain text is not a fragment of core.sql
    lambda: sql.placeholders(2, "x"),
    lambda: sql.literal(float("nan")),
    lambda: sql.identifier("a\x00b"),
    lambda: sql.owner_filter("1=1; DROP TABLE x"),  # a layer's filter is one expression
])
def test_what_cannot_go_into_a_statement(call):
    with pytest.raises((TypeError, ValueError)):
        call()


def test_the_stores_and_filters_build_no_sql_of_their_own():
    """Bandit's B608 (SQL built from strings), as plugins.qgis.org runs it, finds nothing in the plugin: every
    statement is put together by core.sql. (make lint runs Bandit with the site's whole rule set.)"""
    import ast
    import os
    import re

    root = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    keyword = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|COPY|ANALYZE|PRAGMA)\b", re.I)
    found = []
    for folder in ("core", "ui", "algorithms", "expressions"):
        for path, _dirs, files in os.walk(os.path.join(root, folder)):
            for name in files:
                if not name.endswith(".py") or name == "sql.py" and path.endswith("core"):
                    continue
                tree = ast.parse(open(os.path.join(path, name), encoding="utf-8").read())
                for node in ast.walk(tree):
                    # "...".format(...), "..." % x, f"...", "..." + x with SQL at the start of the text
                    text = None
                    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                            node.func.attr == "format" and isinstance(node.func.value, ast.Constant):
                        text = node.func.value.value
                    elif isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant) and \
                            not isinstance(node.right, ast.Constant):
                        text = node.left.value
                    elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                        text = node.values[0].value
                    if isinstance(text, str) and keyword.match(text):
                        found.append("{}:{}".format(os.path.relpath(os.path.join(path, name), root), node.lineno))
    assert found == []
