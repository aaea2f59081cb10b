// app.h — the browser app without its platform: the article, its Analysis and the panels.
//
// What it does: App owns the current article text, the Analysis of that text and the
// UiState; DrawFrame() draws one ImGui frame of the whole window (menu bar + the article,
// network, quotes, entities and facts panels, see panels.h). Editing the text re-runs the
// analysis after a short pause (debounce); loading a text (paste onto the page, the JS
// load(), the sample) analyses it at once.
//
// The platform layer (src/platform/web) feeds input, time and the clipboard to ImGui, calls
// Tick() and DrawFrame() when something changed, and asks NeedsFrames() whether to keep
// drawing while nothing happens (an animation or a pending analysis). Nothing here knows
// about Emscripten; the headless smoke test drives the same calls.
//
// Cost: DrawFrame is linear in the visible rows plus the network size; Analyze is linear
// in the text (it runs synchronously on the calling thread).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "app/theme.h"
#include "app/ui_state.h"
#include "core/analysis.h"

namespace ae::app {

// The sample article embedded at build time (CMake AE_SAMPLE); empty when none was found.
std::string_view SampleArticle();

class App {
 public:
  explicit App(const Lexicons& lexicons);

  // Largest article the app takes (the page says so above it and keeps the previous one).
  static constexpr size_t kMaxArticleBytes = 20u << 20;

  // Replaces the article and analyses it now (paste onto the page, load(), the sample).
  // Returns false, keeping the current article and setting notice(), when the text is
  // larger than kMaxArticleBytes.
  bool LoadText(std::string text);
  void LoadSample() { LoadText(std::string(SampleArticle())); }
  // The article panel edited text_ in place at time `now` (seconds): re-analyse soon.
  void MarkEdited(double now);
  // Runs a due re-analysis and advances the network layout. Returns true when the picture
  // changed (the caller should draw a frame).
  bool Tick(double now);
  // True while frames are wanted without input: analysis pending or the layout moving.
  bool NeedsFrames() const;
  // One ImGui frame of the whole window, filling io.DisplaySize. Call between NewFrame/Render.
  void DrawFrame(double now);

  // The contract JSON of what the page shows now (cached per analysis).
  const std::string& CurrentJson();

  const Analysis& analysis() const { return analysis_; }
  const std::string& text() const { return text_; }
  std::string* mutable_text() { return &text_; }
  UiState& ui() { return ui_; }
  uint64_t analysis_generation() const { return analysis_generation_; }
  uint64_t load_generation() const { return load_generation_; }
  bool analysis_pending() const { return edit_pending_; }
  Theme theme() const { return theme_; }
  // A message for the reader about the last load ("" when none), shown in the menu bar.
  const std::string& notice() const { return notice_; }

 private:
  void Reanalyse();
  void DrawMenuBar();

  const Lexicons& lexicons_;
  std::string text_;
  Analysis analysis_;
  UiState ui_;
  Theme theme_ = Theme::kDark;
  bool edit_pending_ = false;
  double last_edit_time_ = 0;
  uint64_t analysis_generation_ = 0;  // +1 per Analyze()
  uint64_t load_generation_ = 0;      // +1 per LoadText(): the article widget is recreated
  uint64_t json_generation_ = ~0ull;
  std::string json_;
  std::string notice_;
};

}  // namespace ae::app
