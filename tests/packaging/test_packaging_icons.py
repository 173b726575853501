"""The app icon: an SVG source and the PNG sizes desktops look up."""
from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

from .packaging_support import ICON_SIZES, ICONS, import_packaging_module


def png_header(path) -> tuple[int, int, int]:
    data = path.read_bytes()[:29]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height, _depth, color_type = struct.unpack(">IIBB", data[16:26])
    return width, height, color_type


def test_svg_source_is_square():
    root = ET.parse(ICONS / "annotator.svg").getroot()
    _, _, w, h = (float(v) for v in root.get("viewBox").split())
    assert w == h


def test_every_size_is_a_square_png_with_transparency():
    for size in ICON_SIZES:
        width, height, color_type = png_header(ICONS / f"annotator-{size}.png")
        assert (width, height) == (size, size)
        assert color_type == 6, "RGBA: the rounded corners must be transparent"


def test_render_script_covers_the_sizes_shipped():
    render_icons = import_packaging_module("render_icons")
    assert tuple(render_icons.SIZES) == ICON_SIZES
    shipped = sorted(int(p.stem.rsplit("-", 1)[1]) for p in ICONS.glob("annotator-*.png"))
    assert shipped == sorted(ICON_SIZES)


def test_render_script_draws_the_svg(qapp, tmp_path, monkeypatch):
    # qapp first: the script would otherwise make a QGuiApplication, which widget tests cannot use
    render_icons = import_packaging_module("render_icons")
    monkeypatch.setattr(render_icons, "ICONS", tmp_path)
    (out,) = render_icons.render(ICONS / "annotator.svg", sizes=(48,))
    assert png_header(out)[:2] == (48, 48)
    from PySide6.QtGui import QImage
    image = QImage(str(out))
    corner, centre = image.pixelColor(0, 0), image.pixelColor(24, 24)
    assert corner.alpha() == 0 and centre.alpha() == 255
