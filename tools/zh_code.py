"""Code cells of the Chinese edition: the same code as the English cell, comments in Chinese.

A Chinese code cell may differ from its English cell only in what Python sets aside:
comments, and docstrings (a string standing alone as the first statement of the module,
a `def` or a `class`). `same_code(zh, en)` says whether that holds: both are parsed,
docstrings are removed, and the two trees must be equal (`ast.dump`, which ignores line
numbers, spacing and comments). Any other change, a number, a name, a string that is
printed, fails it.

IPython's own syntax (`%matplotlib inline`, `!pip install x`) is not Python; it is turned
into Python first, by IPython's TransformerManager when IPython is there, else each such
line becomes `pass`.

`prose(source)` gives what a reader reads rather than runs: the comments and docstrings
(tests/test_zh.py scans them for English words).
"""

from __future__ import annotations

import ast
import io
import re
import tokenize

_MAGIC = re.compile(r"^(\s*)[%!].*$", re.MULTILINE)


def python_source(source: str) -> str:
    """The cell's source as plain Python (IPython magics and shell lines transformed)."""
    if not _MAGIC.search(source):
        return source
    try:
        from IPython.core.inputtransformer2 import TransformerManager
    except ImportError:
        return _MAGIC.sub(r"\1pass", source)
    return TransformerManager().transform_cell(source)


def _without_docstrings(tree: ast.AST) -> ast.AST:
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            body = node.body
            if (body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
                    and isinstance(body[0].value.value, str)):
                node.body = body[1:] or [ast.Pass()]
    return tree


def code_key(source: str) -> str:
    """What the cell does, without comments and docstrings: `ast.dump` of the stripped tree
    (the source itself when it does not parse, so that only identical text matches)."""
    try:
        tree = ast.parse(python_source(source))
    except SyntaxError:
        return source
    return ast.dump(_without_docstrings(tree))


def same_code(zh: str, en: str) -> bool:
    """True when `zh` is `en` apart from comments and docstrings."""
    return zh == en or code_key(zh) == code_key(en)


def docstrings(source: str) -> list[str]:
    """The docstrings of a cell: of the cell itself, and of each def and class in it."""
    try:
        tree = ast.parse(python_source(source))
    except SyntaxError:
        return []
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            doc = ast.get_docstring(node, clean=False)
            if doc is not None:
                found.append(doc)
    return found


def comments(source: str) -> list[str]:
    """The comments of a cell, each without its `#`."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(python_source(source)).readline))
    except (tokenize.TokenError, SyntaxError):
        return []
    return [tok.string.lstrip("#").strip() for tok in tokens if tok.type == tokenize.COMMENT]


def prose(source: str) -> list[str]:
    """What a reader reads in a cell: its docstrings, then its comments."""
    return docstrings(source) + comments(source)


def code_words(source: str) -> set[str]:
    """The words of the code itself: names, attributes, and the words inside its strings
    (a comment may name a column, "train", or a function, `window`)."""
    try:
        tree = ast.parse(python_source(source))
    except SyntaxError:
        return set()
    words: set[str] = set()
    for node in ast.walk(_without_docstrings(tree)):
        if isinstance(node, ast.Name):
            words.add(node.id)
        elif isinstance(node, ast.Attribute):
            words.add(node.attr)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef):
            words.add(node.name)
        elif isinstance(node, ast.arg):
            words.add(node.arg)
        elif isinstance(node, ast.keyword) and node.arg:
            words.add(node.arg)
        elif isinstance(node, ast.alias):
            words.update(re.findall(r"\w+", node.name + " " + (node.asname or "")))
        elif isinstance(node, ast.ImportFrom) and node.module:
            words.update(node.module.split("."))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            words.update(re.findall(r"[A-Za-z_]\w*", node.value))
    return words
