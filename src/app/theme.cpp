#include "app/theme.h"

#include <cstdio>

namespace ae::app {

namespace {
Theme g_theme = Theme::kDark;
}

void ApplyTheme(Theme theme) {
  g_theme = theme;
  ImGuiStyle style;  // fresh defaults, then our look
  if (theme == Theme::kDark) {
    ImGui::StyleColorsDark(&style);
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.10f, 0.11f, 0.13f, 1.00f);
    c[ImGuiCol_ChildBg] = ImVec4(0.13f, 0.14f, 0.16f, 1.00f);
    c[ImGuiCol_FrameBg] = ImVec4(0.17f, 0.18f, 0.21f, 1.00f);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.15f, 0.16f, 0.19f, 1.00f);
    c[ImGuiCol_Border] = ImVec4(0.26f, 0.28f, 0.32f, 1.00f);
    c[ImGuiCol_Text] = ImVec4(0.90f, 0.91f, 0.93f, 1.00f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.55f, 0.57f, 0.62f, 1.00f);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.19f, 0.20f, 0.24f, 1.00f);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(1.00f, 1.00f, 1.00f, 0.03f);
  } else {
    ImGui::StyleColorsLight(&style);
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.95f, 0.95f, 0.96f, 1.00f);
    c[ImGuiCol_ChildBg] = ImVec4(1.00f, 1.00f, 1.00f, 1.00f);
    c[ImGuiCol_Border] = ImVec4(0.78f, 0.79f, 0.82f, 1.00f);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.00f, 0.00f, 0.00f, 0.03f);
  }
  style.WindowRounding = 0.0f;
  style.ChildRounding = 4.0f;
  style.FrameRounding = 3.0f;
  style.GrabRounding = 3.0f;
  style.TabRounding = 3.0f;
  style.ScrollbarRounding = 4.0f;
  style.WindowPadding = ImVec2(8, 8);
  style.FramePadding = ImVec2(6, 4);
  style.ItemSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(6, 3);
  style.ScrollbarSize = 12.0f;
  style.WindowBorderSize = 0.0f;
  style.ChildBorderSize = 1.0f;
  ImGui::GetStyle() = style;
}

const ImWchar* UiGlyphRanges() {
  static const ImWchar kRanges[] = {
      0x0020, 0x00FF,  // Basic Latin + Latin-1 Supplement (é ñ ü « »)
      0x0100, 0x017F,  // Latin Extended-A (ł ő š ž)
      0x2000, 0x206F,  // General Punctuation (“ ” ‘ ’ — – … •)
      0x20AC, 0x20AC,  // €
      0x2190, 0x2193,  // arrows used by the UI (← ↑ → ↓)
      0x25A0, 0x25FF,  // geometric shapes used by the UI (▾ ▸ ◀ ▶)
      0xFFFD, 0xFFFD,  // replacement character (repaired invalid UTF-8)
      0,
  };
  return kRanges;
}

bool LoadUiFonts(const char* ttf_path, float size_px, float raster_scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  if (raster_scale < 1.0f) raster_scale = 1.0f;
  bool ok = false;
  if (ttf_path) {
    if (FILE* f = std::fopen(ttf_path, "rb")) {  // AddFontFromFileTTF asserts on a missing file
      std::fclose(f);
      ImFontConfig cfg;
      cfg.OversampleH = 2;  // the atlas is already at device resolution
      cfg.OversampleV = 1;
      ok = io.Fonts->AddFontFromFileTTF(ttf_path, size_px * raster_scale, &cfg, UiGlyphRanges()) != nullptr;
    }
  }
  if (!ok) {
    ImFontConfig cfg;
    cfg.SizePixels = 13.0f * raster_scale;
    io.Fonts->AddFontDefault(&cfg);
  }
  io.FontGlobalScale = 1.0f / raster_scale;
  io.Fonts->Build();
  return ok;
}

ImU32 TypeColor(EntityType type) {
  const bool dark = g_theme == Theme::kDark;
  switch (type) {
    case EntityType::kPerson: return dark ? IM_COL32(96, 165, 250, 255) : IM_COL32(37, 99, 235, 255);
    case EntityType::kOrg: return dark ? IM_COL32(251, 146, 60, 255) : IM_COL32(234, 88, 12, 255);
    case EntityType::kPlace: return dark ? IM_COL32(74, 222, 128, 255) : IM_COL32(22, 163, 74, 255);
    case EntityType::kGroup: return dark ? IM_COL32(192, 132, 252, 255) : IM_COL32(147, 51, 234, 255);
    case EntityType::kMisc: break;
  }
  return dark ? IM_COL32(163, 163, 163, 255) : IM_COL32(100, 100, 100, 255);
}

}  // namespace ae::app
