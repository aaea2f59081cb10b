#!/usr/bin/env python3
"""Subsets the UI font to the glyphs the page's font atlas rasterises (build step).

    subset-font.py FONT.ttf THEME.cpp OUT.ttf

The ranges are read from UiGlyphRanges() in src/app/theme.cpp (kRanges: pairs of code points,
ended by 0), so the atlas and the subset cannot drift apart. ImGui rasterises only those
ranges with stb_truetype, which reads outlines and metrics (no hinting, no kerning, no layout
tables), so the subset draws exactly the same pixels: DejaVuSans.ttf, 760 KB, becomes about
34 KB inside the WebAssembly. Needs fontTools (Debian python3-fonttools); exits 3 without it
(the build then embeds the whole font). Deterministic: same inputs, same bytes.
"""
import re
import sys


def ranges_from(theme_cpp):
    text = open(theme_cpp, encoding="utf-8").read()
    m = re.search(r"kRanges\[\]\s*=\s*\{(.*?)\};", text, re.S)
    if not m:
        sys.exit(f"subset-font.py: no kRanges in {theme_cpp}")
    body = re.sub(r"//[^\n]*", "", m.group(1))
    values = [int(v, 16) for v in re.findall(r"0x([0-9A-Fa-f]+)", body)]
    if len(values) % 2:
        sys.exit(f"subset-font.py: odd number of range bounds in {theme_cpp}")
    return [(values[i], values[i + 1]) for i in range(0, len(values), 2)]


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    font, theme, out = sys.argv[1:]
    try:
        from fontTools import subset
    except ImportError:
        print("subset-font.py: fontTools not found (python3-fonttools): the whole font is embedded", file=sys.stderr)
        sys.exit(3)
    unicodes = ",".join(f"U+{a:04X}-{b:04X}" for a, b in ranges_from(theme))
    # FFTM (FontForge time stamps) cannot be subset and would only be dropped with a warning.
    subset.main([font, f"--unicodes={unicodes}", "--no-hinting", "--layout-features=",
                 "--drop-tables+=FFTM", f"--output-file={out}"])


if __name__ == "__main__":
    main()
