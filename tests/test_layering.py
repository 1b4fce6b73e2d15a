"""The rooms of ARCHITECTURE.md: everything but the window works without Qt."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "minutes_app"
QT_FREE = [
    "minutes_app.domain",
    "minutes_app.storage",
    "minutes_app.documents",
    "minutes_app.interchange",
    "minutes_app.cli",
    "minutes_app.first_start",
    "minutes_app.messages",
]


def test_non_gui_rooms_import_without_qt():
    """Importing every non-window module in a fresh interpreter loads no PySide6 module."""
    modules = [
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE).parts and path.name != "__main__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
    assert {name.removesuffix(".__init__") for name in modules} >= set(QT_FREE)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def test_rooms_import_only_what_they_may():
    """domain imports stdlib only; storage, documents and interchange never import each other or the GUI."""
    allowed = {
        "domain": {"minutes_app.domain", "minutes_app.messages"},
        "storage": {
            "minutes_app.domain",
            "minutes_app.messages",
            "minutes_app.storage",
            "minutes_app.atomic",
            "minutes_app.outputs",
            "minutes_app.paths",
            "peewee",
            "filelock",
            "psycopg",  # the driver of a shared archive on a PostgreSQL server (an optional extra)
        },
        "documents": {
            "minutes_app.domain",
            "minutes_app.messages",
            "minutes_app.documents",
            "minutes_app.atomic",
            "minutes_app.outputs",
            "minutes_app.paths",
            "reportlab",
            "docx",
            "platformdirs",
        },
        "interchange": {
            "minutes_app.domain",
            "minutes_app.messages",
            "minutes_app.interchange",
            "minutes_app.atomic",
            "minutes_app.outputs",
            "minutes_app.paths",
            "jsonschema",
            "openpyxl",  # the directive register as a spreadsheet
        },
    }
    stdlib = set(sys.stdlib_module_names)
    for room, may in allowed.items():
        for path in (PACKAGE / room).rglob("*.py"):
            for name in _imports(path):
                top = name.split(".")[0]
                if top in stdlib or top == "__future__":
                    continue
                if name == "minutes_app.__version__":
                    continue
                assert any(name == m or name.startswith(m + ".") for m in may), f"{path}: imports {name}"
