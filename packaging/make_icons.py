"""Render resources/icons/meetdesk.svg into the icon files the installers need.

    python packaging/make_icons.py [OUT_DIR]

writes OUT_DIR/meetdesk.png (512 px), meetdesk.ico (16-256 px) and meetdesk.icns
(16-1024 px); OUT_DIR defaults to packaging/icons/ (ignored by git: generated at build
time, never committed). Qt draws the SVG (headless), Pillow writes .ico and .icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "meetdesk.svg"
DEFAULT_OUT = Path(__file__).resolve().parent / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(svg: Path, size: int, out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"make_icons: cannot write {out}")


def make_icons(out_dir: Path = DEFAULT_OUT, svg: Path = SVG) -> dict[str, Path]:
    from PIL import Image

    out_dir.mkdir(parents=True, exist_ok=True)
    master = out_dir / "meetdesk-1024.png"
    render_png(svg, 1024, master)
    png = out_dir / "meetdesk.png"
    ico = out_dir / "meetdesk.ico"
    icns = out_dir / "meetdesk.icns"
    with Image.open(master) as image:
        rgba = image.convert("RGBA")
        rgba.resize((512, 512), Image.Resampling.LANCZOS).save(png)
        rgba.save(ico, sizes=[(s, s) for s in ICO_SIZES])
        smaller = [rgba.resize((s, s), Image.Resampling.LANCZOS) for s in ICNS_SIZES[:-1]]
        rgba.save(icns, append_images=smaller)
    master.unlink()
    return {"png": png, "ico": ico, "icns": icns}


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    for path in make_icons(target).values():
        print(path)
