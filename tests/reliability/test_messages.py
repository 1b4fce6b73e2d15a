"""Every failure message exists in Vietnamese and English with the same parameters, and no raw exception
text reaches the window or the command line except through the messages catalogue."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from minutes_app import messages

PACKAGE = Path(messages.__file__).resolve().parent
# Where text is shown to the user: the window and the command line.
SHOWN_BY = sorted((PACKAGE / "gui").glob("*.py")) + [PACKAGE / "cli.py", PACKAGE / "first_start.py"]
# Calls through which an exception may pass: they build the message from the catalogue, or only log.
THROUGH_MESSAGES = {
    "UserError",
    "text",
    "translate",
    "translate_os_error",
    "corrupt_error",
    "read_only_error",
}
QUIET_ATTRIBUTES = {"errno", "key", "sqlite_errorname", "params", "code"}
# Handlers whose exception carries the program's own translated words, not a library's text.
# PrintingError carries the printer's or file's name and the system's strerror, as UserError details do.
OWN_WORDS = {("print_preview.py", "PrintingError")}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(messages.CATALOGUE))
def test_every_message_has_both_languages_and_the_same_parameters(key):
    """Each catalogue entry has a Vietnamese and an English text naming the same {parameters}."""
    vietnamese, english = messages.CATALOGUE[key]
    assert vietnamese.strip() and english.strip(), key
    assert vietnamese != english or not any(c.isalpha() for c in vietnamese), key
    assert _fields(vietnamese) == _fields(english), key
    params = {name: f"<{name}>" for name in _fields(vietnamese)}
    messages.set_language("en")
    assert messages.text(key, **params) == english.format(**params)
    messages.set_language("vi")
    assert messages.text(key, **params) == vietnamese.format(**params)


def _caught_names(handler: ast.ExceptHandler) -> set[str]:
    kinds = (
        handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type] if handler.type else []
    )
    return {ast.unparse(kind).split(".")[-1] for kind in kinds}


def _call_name(call: ast.Call) -> str:
    return ast.unparse(call.func).split(".")[-1]


def _raw_uses(tree: ast.AST, file: str = "") -> list[str]:
    """Uses of an exception caught as ``except <not only UserError> as e`` that could show its own text."""
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for handler in (n for n in ast.walk(tree) if isinstance(n, ast.ExceptHandler) and n.name):
        caught = _caught_names(handler)
        if caught and caught <= {
            "UserError",
            "StorageError",
            "CorruptError",
            "DiskFullError",
            "ReadOnlyError",
            "BusyError",
            "LockedError",
            "TooNewError",
            "UsageError",
        }:
            continue  # already the user's words
        if any((file, name) in OWN_WORDS for name in caught):
            continue
        for node in ast.walk(ast.Module(body=handler.body, type_ignores=[])):
            if not (isinstance(node, ast.Name) and node.id == handler.name):
                continue
            allowed, child, parent = False, node, parents.get(node)
            while parent is not None and parent is not handler:
                if (
                    isinstance(parent, ast.Attribute)
                    and parent.attr in QUIET_ATTRIBUTES
                    or isinstance(parent, ast.Raise)
                    and child is parent.cause
                ):
                    allowed = True
                elif isinstance(parent, ast.Call):
                    name = _call_name(parent)
                    if (
                        name in THROUGH_MESSAGES
                        or name.endswith("Error")
                        or name in {"isinstance", "type"}
                        or ast.unparse(parent.func).startswith(("log.", "logging."))
                    ):
                        allowed = True
                if allowed:
                    break
                child, parent = parent, parents.get(parent)
            if not allowed:
                found.append(f"line {node.lineno}: {ast.unparse(parents.get(node, node))}")
    return found


@pytest.mark.parametrize("path", SHOWN_BY, ids=lambda p: p.name)
def test_no_raw_exception_text_is_shown(path):
    """In the window and the command line a caught exception reaches the user only through messages."""
    found = _raw_uses(ast.parse(path.read_text("utf-8")), path.name)
    assert not found, f"{path.name}: raw exception text shown: {found}"


def test_the_scanner_finds_a_raw_message():
    """The scan above is not vacuous: a handler showing str(exc) of an OSError is reported."""
    sample = (
        "try:\n    pass\nexcept OSError as error:\n    box.warning(None, 'x', str(error))\n"
        "except sqlite3.Error as exc:\n    label.setText(f'{exc}')\n"
        "except OSError as fine:\n    raise UserError('file.cannot_write', detail=fine.strerror) from fine\n"
    )
    assert len(_raw_uses(ast.parse(sample))) == 2
