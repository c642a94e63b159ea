"""Renders the application icon from its SVG into the raster formats installers want.

`resources/icons/iali-desktop.svg` is the source; this writes `iali-desktop.png` (256 px,
for Linux menus and the window), `iali-desktop.ico` (Windows, several sizes) and
`iali-desktop.icns` (macOS) beside it. Run after changing the SVG:
`QT_QPA_PLATFORM=offscreen python scripts/render-app-icons.py`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "iali-desktop.svg"))
    if not renderer.isValid():
        print("the SVG icon could not be read", file=sys.stderr)
        return 1
    ok = render(renderer, 256).save(str(ICONS / "iali-desktop.png"))
    ok &= render(renderer, 256).save(str(ICONS / "iali-desktop.ico"))
    ok &= render(renderer, 512).save(str(ICONS / "iali-desktop.icns"))
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
