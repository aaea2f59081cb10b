// app_harness.h — a headless ImGui context driving the whole App, for the App-level UI
// tests (tests/ui/test_app_*.cpp, test_panels_select.cpp): frames, text logging of what the
// panels draw, mouse clicks and keys, and lookups of ImGui windows. ui_smoke.cpp keeps its
// own lighter context (it also measures fonts at several raster scales).
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/theme.h"
#include "imgui.h"
#include "imgui_internal.h"

namespace ae_test {

inline constexpr const char* kFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

struct Harness {
  explicit Harness(ImVec2 size = ImVec2(1920, 1080)) {
    ctx = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = size;
    io.DeltaTime = 1.0f / 60.0f;
    for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = k;  // key index == ImGuiKey
    io.GetClipboardTextFn = [](void* user) { return static_cast<Harness*>(user)->clipboard.c_str(); };
    io.SetClipboardTextFn = [](void* user, const char* text) { static_cast<Harness*>(user)->clipboard = text; };
    io.ClipboardUserData = this;
    ae::app::ApplyTheme(ae::app::Theme::kDark);
    ae::app::LoadUiFonts(kFont, 15.0f, 1.0f);
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // "upload": the renderer would do this
  }
  ~Harness() { ImGui::DestroyContext(ctx); }

  void Frame(ae::app::App& app) {
    now += 1.0 / 60.0;
    app.Tick(now);
    ImGui::NewFrame();
    app.DrawFrame(now);
    ImGui::Render();
  }
  void Frames(ae::app::App& app, int n) {
    for (int i = 0; i < n; ++i) Frame(app);
  }
  // One frame with ImGui's text logging on: every piece of text the panels render through
  // ImGui widgets (logging also turns off the list clippers), one line per screen line.
  std::string RenderedText(ae::app::App& app) {
    now += 1.0 / 60.0;
    app.Tick(now);
    ImGui::NewFrame();
    clipboard.clear();
    ImGui::LogToClipboard();
    app.DrawFrame(now);
    ImGui::LogFinish();
    ImGui::Render();
    return clipboard;
  }
  // Presses and releases mouse button `button` at `at` (move, down, up: three frames).
  void Click(ae::app::App& app, ImVec2 at, int button = 0) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = at;
    Frame(app);
    io.MouseDown[button] = true;
    Frame(app);
    io.MouseDown[button] = false;
    Frame(app);
  }
  // Presses and releases a key (with Ctrl when asked) over two frames.
  void Key(ae::app::App& app, ImGuiKey key, bool ctrl = false) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeysDown[key] = true;
    Frame(app);
    io.KeysDown[key] = false;
    io.KeyCtrl = false;
    Frame(app);
  }
  // The active window whose name contains `part` (the last one, as a child is listed after
  // its parent), or null.
  ImGuiWindow* Window(const char* part) const {
    ImGuiWindow* found = nullptr;
    for (ImGuiWindow* w : ctx->Windows) {
      if (w->Active && std::string(w->Name).find(part) != std::string::npos) found = w;
    }
    return found;
  }
  // The open popup window (context menu), or null.
  ImGuiWindow* Popup() const {
    ImGuiWindow* found = nullptr;
    for (ImGuiWindow* w : ctx->Windows) {
      if (w->Active && (w->Flags & ImGuiWindowFlags_Popup) && !(w->Flags & ImGuiWindowFlags_Modal)) found = w;
    }
    return found;
  }

  ImGuiContext* ctx = nullptr;
  double now = 0;
  std::string clipboard;
};

inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace ae_test
