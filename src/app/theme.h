// theme.h — colours, fonts and style of the app (no platform code).
//
// Fonts: the UI font is a TTF file (DejaVu Sans; in the browser it is embedded at
// /fonts/ui.ttf) rasterised at `size * raster_scale` pixels, with io.FontGlobalScale =
// 1 / raster_scale, so that at devicePixelRatio 2 the glyphs are drawn from a 2x atlas and
// stay crisp while layout stays in CSS pixels. The glyph ranges cover Latin-1, Latin
// Extended-A, General Punctuation (“ ” ‘ ’ — …), € and U+FFFD, which ImGui's default font
// lacks. Call LoadUiFonts outside a frame; the renderer must rebuild its font texture after.
#pragma once

#include "core/analysis.h"
#include "imgui.h"

namespace ae::app {

enum class Theme { kDark, kLight };

// Applies colours and sizes (in CSS pixels) to the current ImGui context.
void ApplyTheme(Theme theme);

// Replaces the font atlas contents with the UI font. Falls back to ImGui's default font
// (ASCII only) when `ttf_path` is null or cannot be read; returns false then.
bool LoadUiFonts(const char* ttf_path, float size_px, float raster_scale);

// The glyph ranges described above (static storage).
const ImWchar* UiGlyphRanges();

// Node / legend colour of an entity type, readable on the current theme.
ImU32 TypeColor(EntityType type);

}  // namespace ae::app
