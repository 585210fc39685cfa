"""Draws the viewer's app icons (a folded newspaper on the paper's red) as PNGs.

Run once with `python3 draw_icons.py`; the PNGs are committed. Standard library only.
"""
import struct
import zlib

RED = (0x9B, 0x1C, 0x1C)
PAPER = (0xFD, 0xFC, 0xF8)
INK = (0x9B, 0x1C, 0x1C)
GREY = (0xB8, 0xB0, 0xA4)


def icon(n, safe):
    """An n×n icon; `safe` is the fraction of the side the drawing may use (maskable: 0.6)."""
    px = [[RED] * n for _ in range(n)]
    side = int(n * safe)
    x0 = (n - side) // 2
    y0 = (n - side) // 2
    w = side
    h = int(side * 0.8)
    y0 += (side - h) // 2

    def rect(x, y, rw, rh, color):
        for yy in range(max(0, y), min(n, y + rh)):
            for xx in range(max(0, x), min(n, x + rw)):
                px[yy][xx] = color

    rect(x0, y0, w, h, PAPER)
    m = w // 12
    rect(x0 + m, y0 + m, w - 2 * m, h // 6, INK)  # masthead
    col = (w - 4 * m) // 3
    top = y0 + m + h // 6 + m
    for c in range(3):
        x = x0 + m + c * (col + m)
        y = top
        while y + m // 2 < y0 + h - m:
            rect(x, y, col, max(1, m // 2), GREY)
            y += m
    return px


def png(path, px):
    n = len(px)
    raw = b"".join(b"\x00" + b"".join(bytes(c) for c in row) for row in px)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", n, n, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


png("icon-192.png", icon(192, 0.78))
png("icon-512.png", icon(512, 0.78))
png("maskable-512.png", icon(512, 0.6))
