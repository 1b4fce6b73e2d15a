"""The one serif family every document is set in: an installed Times New Roman, else bundled Liberation Serif 2.

The decrees demand Times New Roman, which cannot be redistributed; Liberation Serif 2.x has the same advance
widths and every Vietnamese letter, so a page breaks at the same places with either. The family is
registered once per process under fixed names so that PDFs do not depend on which file was found except
for the embedded glyphs.
"""

from __future__ import annotations

import functools
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from minutes_app import paths

REGULAR = "MinutesSerif"
BOLD = "MinutesSerif-Bold"
ITALIC = "MinutesSerif-Italic"
BOLD_ITALIC = "MinutesSerif-BoldItalic"
DOCX_FONT = "Times New Roman"
"""The font name written into DOCX files: Word on the office's machine has it, LibreOffice maps it."""

# File names of the four faces of Times New Roman as Windows, macOS and Linux (msttcorefonts) ship them.
_TIMES_FACES = {
    REGULAR: ("times.ttf", "Times New Roman.ttf", "Times_New_Roman.ttf"),
    BOLD: ("timesbd.ttf", "Times New Roman Bold.ttf", "Times_New_Roman_Bold.ttf"),
    ITALIC: ("timesi.ttf", "Times New Roman Italic.ttf", "Times_New_Roman_Italic.ttf"),
    BOLD_ITALIC: ("timesbi.ttf", "Times New Roman Bold Italic.ttf", "Times_New_Roman_Bold_Italic.ttf"),
}
_LIBERATION_FACES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_SUBSTITUTES = ("\ufffd", "\u25a1", "?")


@dataclass(frozen=True)
class FontFamily:
    """Which files were registered, and the glyph drawn for characters the font lacks."""

    source: str
    files: dict[str, Path]
    substitute: str


def font_folders(platform: str | None = None) -> list[Path]:
    """Where the running system keeps system-wide and per-user fonts (Windows, macOS, else XDG)."""
    import platformdirs

    platform = platform or sys.platform
    if platform == "win32":
        windows = Path(os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows")
        # Fonts installed "for me only" (Windows 10 1809 and later) sit in the local application data.
        return [windows / "Fonts", Path(platformdirs.user_data_dir()) / "Microsoft" / "Windows" / "Fonts"]
    home = Path.home()
    if platform == "darwin":
        return [
            home / "Library" / "Fonts",
            Path("/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"),
            Path("/System/Library/Fonts"),
        ]
    data_dirs = platformdirs.site_data_dir(multipath=True).split(os.pathsep)
    return [
        Path(platformdirs.user_data_dir()) / "fonts",
        home / ".fonts",
        *(Path(folder) / "fonts" for folder in data_dirs if folder),
    ]


def _candidates(folder: Path) -> dict[str, Path]:
    """All font files below a folder by lower-cased name (Linux keeps them in sub-folders)."""
    found: dict[str, Path] = {}
    if not folder.is_dir():
        return found
    try:
        for path in folder.rglob("*.[tT][tT][fF]"):
            found.setdefault(path.name.lower(), path)
    except OSError:
        pass
    return found


def find_times_new_roman(folders: list[Path] | None = None) -> dict[str, Path] | None:
    """The four faces of an installed Times New Roman, or None unless all four are present."""
    names: dict[str, Path] = {}
    for folder in folders if folders is not None else font_folders():
        for name, path in _candidates(folder).items():
            names.setdefault(name, path)
    faces = {}
    for face, options in _TIMES_FACES.items():
        path = next((names[o.lower()] for o in options if o.lower() in names), None)
        if path is None:
            return None
        faces[face] = path
    return faces


def bundled_faces() -> dict[str, Path]:
    return {face: paths.FONTS / name for face, name in _LIBERATION_FACES.items()}


class _Face(TTFont):
    """A TrueType face whose string widths are memoized.

    Line breaking measures every word of every paragraph, and Vietnamese text repeats a small set of
    syllables ("công", "tác", "tuyên"...): caching the unit width makes a 50-page biên bản about a third
    faster without the optional C accelerator. The arithmetic is reportlab's own, so widths are identical.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._unit_width = functools.lru_cache(maxsize=1 << 16)(self._measure)

    def _measure(self, text: str) -> int:
        widths, default = self.face.charWidths.get, self.face.defaultWidth
        return sum(widths(ord(char), default) for char in text)

    def stringWidth(self, text, size, encoding="utf8"):  # noqa: N802 (reportlab's name)
        if not isinstance(text, str):
            text = text.decode(encoding or "utf8")
        return 0.001 * size * self._unit_width(text)


def _load(faces: dict[str, Path]) -> dict[str, TTFont]:
    return {face: _Face(face, str(path)) for face, path in faces.items()}


@functools.cache
def family() -> FontFamily:
    """Register the family once; Times New Roman when installed and loadable, else Liberation Serif."""
    source, faces = "Times New Roman", find_times_new_roman()
    loaded = None
    if faces is not None:
        try:
            loaded = _load(faces)
        except Exception:  # a damaged or CFF-flavoured file: the bundled font always works
            loaded = None
    if loaded is None:
        source, faces = "Liberation Serif", bundled_faces()
        loaded = _load(faces)
    for font in loaded.values():
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(REGULAR, bold, italic, face)
    cmap = loaded[REGULAR].face.charToGlyph
    substitute = next(s for s in _SUBSTITUTES if ord(s) in cmap or s == "?")
    return FontFamily(source, dict(faces), substitute)


@functools.cache
def covered() -> frozenset[int]:
    """Code points every face can draw: a character is printed only if all four faces have it."""
    family()
    sets = [set(pdfmetrics.getFont(face).face.charToGlyph) for face in (REGULAR, BOLD, ITALIC, BOLD_ITALIC)]
    return frozenset(set.intersection(*sets))
