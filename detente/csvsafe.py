"""Spreadsheet-safe CSV cells (guard against CSV / formula injection).

A spreadsheet treats a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return as a formula.  :func:`escape_cell` prefixes such a cell
with a single quote ``'``; :func:`unescape_cell` removes it again.

The rule is exactly reversible: a string is escaped when it matches
``^'*[=+\\-@\\t\\r]`` (any number of leading quotes, then a trigger character),
and unescaped when it matches ``^'+[=+\\-@\\t\\r]``.  So ``"=1+1"`` becomes
``"'=1+1"`` and back, ``"'=x"`` becomes ``"''=x"`` and back, and ordinary text
such as ``"'quoted'"`` or ``"2024-05-01"`` is left alone.  Non-strings
(numbers, None, NaN) are returned unchanged.
"""
from __future__ import annotations

import re
from typing import Any

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NEEDS_ESCAPE = re.compile(r"^'*[=+\-@\t\r]")
_IS_ESCAPED = re.compile(r"^'+[=+\-@\t\r]")


def escape_cell(value: Any) -> Any:
    """Return ``value`` made safe for a spreadsheet cell (strings only)."""
    if isinstance(value, str) and _NEEDS_ESCAPE.match(value):
        return "'" + value
    return value


def unescape_cell(value: Any) -> Any:
    """Undo :func:`escape_cell` (strings only)."""
    if isinstance(value, str) and _IS_ESCAPED.match(value):
        return value[1:]
    return value


def escape_frame(df):
    """Return a copy of a pandas DataFrame with every text cell escaped.

    Numeric, date and boolean columns are left as they are (a negative
    number is a number, not a formula).  Column labels are not changed.
    """
    import pandas as pd  # local import: csvsafe itself needs no pandas

    out = df.copy()
    for col in out.columns:
        series = out[col]
        if pd.api.types.is_object_dtype(series) or pd.api.types.is_string_dtype(series):
            out[col] = series.map(escape_cell)
    return out
