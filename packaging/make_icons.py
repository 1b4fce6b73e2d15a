"""Render the program's icon (resources/icons/minutes-app.svg) at the sizes desktops and installers use.

Writes resources/icons/hicolor/NxN/apps/minutes-app.png (the Linux menu, package data), and
packaging/icons/minutes-app.ico (Windows) and .icns (macOS) for the one-folder build, each holding PNG
images. Run again after changing the SVG: ``.venv/bin/python packaging/make_icons.py``.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "resources" / "icons" / "minutes-app.svg"
HICOLOR = REPO / "resources" / "icons" / "hicolor"
LINUX_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (Windows Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """An ICNS file of PNG entries (macOS 10.7 and later)."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png for size, png in sorted(images.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    for size in LINUX_SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / "minutes-app.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_png(renderer, size))
    folder = REPO / "packaging" / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "minutes-app.ico").write_bytes(ico({s: render_png(renderer, s) for s in ICO_SIZES}))
    (folder / "minutes-app.icns").write_bytes(icns({s: render_png(renderer, s) for s in ICNS_TYPES}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
