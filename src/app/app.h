// app.h — the browser app without its platform: the article, its Analysis and the panels.
//
// What it does: App owns the current article text, the Analysis of that text and the
// UiState; DrawFrame() draws one ImGui frame of the whole window (menu bar + the article,
// network, quotes, entities and facts panels, see panels.h). Editing the text re-runs the
// analysis after a short pause (debounce); loading a text (paste onto the page, the JS
// load(), the sample) analyses it at once.
//
// Several articles (a small corpus, issue 5): App keeps a list of articles (name, text, their
// own Analysis); analysis() is MergeCorpus of them (core/corpus.h: one network, the same
// entity merged across articles) with the corrections applied. One article is the current
// one: the article panel shows and edits it, and an edit re-analyses only that article.
// With one article everything is as it was (analysis() is that article's analysis).
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
#include <utility>
#include <vector>

#include "app/theme.h"
#include "app/ui_state.h"
#include "core/analysis.h"
#include "core/corpus.h"
#include "core/corrections.h"

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
  // Replaces every article by this one (named `name`, "" for the default name).
  bool LoadText(std::string text, std::string name = std::string());
  void LoadSample() { LoadText(std::string(SampleArticle()), "sample"); }

  // ---- Several articles.
  // Adds an article after the others, makes it current and analyses it (the others are not
  // analysed again). When the only article is empty it is replaced instead. False (with a
  // notice, nothing changed) when the text is larger than kMaxArticleBytes.
  bool AddArticle(std::string name, std::string text);
  // Removes article i (its entities, quotes and edges leave the network); removing the only
  // article leaves one empty article. Corrections are kept (inert when their entity left).
  void RemoveArticle(size_t i);
  // Shows article i in the article panel (a pending edit of another article stays pending for
  // it; nothing is analysed here, so panels may call this while drawing).
  void SetCurrentArticle(size_t i);
  void SetArticleName(size_t i, std::string name);
  size_t article_count() const { return articles_.size(); }
  size_t current_article() const { return current_; }
  const std::string& article_name(size_t i) const { return articles_[i].name; }
  const std::string& article_text(size_t i) const { return texts_[i]; }
  // Article i's own analysis (uncorrected; as of its last analysis).
  const Analysis& article_analysis(size_t i) const { return articles_[i].analysis; }
  // What the reader sees as the article's name: its name, else "Article N".
  std::string ArticleLabel(size_t i) const;
  // Where each article lies in analysis().text (ids a1, a2, ...), as of the last analysis.
  const std::vector<ArticleRange>& article_ranges() const { return ranges_; }
  // The article (index) holding offset `offset` of analysis().text; 0 when there is one.
  int ArticleOf(uint32_t offset) const { return ranges_.empty() ? 0 : ArticleAt(ranges_, offset); }
  // "first.txt (3 mentions), second.txt (1 mention)": the articles entity `index` of
  // analysis() appears in; "" with one article.
  std::string EntityArticles(int index) const;
  // +1 when the article panel must show another text (a load, a switch, a removal).
  uint64_t view_generation() const { return view_generation_; }
  // Article > Add article from clipboard: the next PasteText adds instead of replacing.
  void ArmPasteAsNewArticle();
  bool paste_adds_article() const { return paste_adds_; }
  // A paste onto the page (not into a text field): a new article when armed, else LoadText.
  bool PasteText(std::string text, std::string name = std::string());
  // The article panel edited text_ in place at time `now` (seconds): re-analyse soon.
  void MarkEdited(double now);
  // Runs a due re-analysis and advances the network layout. Returns true when the picture
  // changed (the caller should draw a frame).
  bool Tick(double now);
  // True while frames are wanted without input: analysis pending or the layout moving.
  bool NeedsFrames() const;
  // One ImGui frame of the whole window, filling io.DisplaySize. Call between NewFrame/Render.
  void DrawFrame(double now);

  // The contract JSON of what the page shows now (cached per analysis), corrections applied;
  // with corrections it ends with the extension field "corrections" (AddCorrectionsField).
  const std::string& CurrentJson();

  // ---- Corrections of the entity list (core/corrections.h): kept as edits, replayed after
  // every analysis (so they survive edits of the text), undoable. Each call below updates
  // analysis() at once (no re-analysis of the text: the uncorrected entities, quotes and
  // edges are kept) and keeps the selection on the same mentions.
  void AddCorrection(Correction correction);  // appends; clears the redo stack
  void UndoCorrection();                      // the last one goes to the redo stack
  void RedoCorrection();
  bool CanUndoCorrection() const { return !corrections_.empty(); }
  bool CanRedoCorrection() const { return !redo_corrections_.empty(); }
  const std::vector<Correction>& corrections() const { return corrections_; }
  // One flag per correction: false when it is inert (its target is not in this text).
  const std::vector<bool>& corrections_applied() const { return corrections_applied_; }
  // Replaces the whole list (restoring from storage, an import, Clear); empties the redo stack.
  void SetCorrections(std::vector<Correction> corrections);
  // +1 whenever the list changes (the platform persists it then).
  uint64_t corrections_generation() const { return corrections_generation_; }

  const Analysis& analysis() const { return analysis_; }
  // The current article's text (what the article panel shows and edits).
  const std::string& text() const { return texts_[current_]; }
  std::string* mutable_text() { return &texts_[current_]; }
  UiState& ui() { return ui_; }
  uint64_t analysis_generation() const { return analysis_generation_; }
  uint64_t load_generation() const { return load_generation_; }
  bool analysis_pending() const { return edit_pending_; }
  Theme theme() const { return theme_; }
  // A message for the reader about the last load ("" when none), shown in the menu bar.
  const std::string& notice() const { return notice_; }
  void SetNotice(std::string notice) { notice_ = std::move(notice); }

  // ---- What the platform (src/platform/web) adds around the App.
  // Above this size a load shows "Analysing 3.2 MB…" for one frame before analysing (when
  // the platform asked for it: SetDeferLargeAnalysis), so the page never freezes unexplained.
  static constexpr size_t kLargeTextBytes = 256u << 10;
  void SetDeferLargeAnalysis(bool on) { defer_large_analysis_ = on; }
  // Runs a pending analysis (debounced edit or deferred load) now.
  void AnalyseNow() {
    if (edit_pending_) Reanalyse();
  }
  // The menus offer Open… and Export only where the platform can do them.
  void SetPlatformFiles(bool on) { platform_files_ = on; }
  bool platform_files() const { return platform_files_; }  // files can be opened / dropped
  // What the menus or shortcuts asked of the platform since the last call, in order:
  // "open", "cleared" (the reader confirmed Clear: forget the stored state), "export:FORMAT"
  // with FORMAT json, quotes.csv, entities.csv, gexf, graphml or png.
  std::vector<std::string> TakeRequests() {
    std::vector<std::string> r;
    r.swap(requests_);
    return r;
  }
  // Ctrl/Cmd+F: the network panel focuses its search box when this returns true (once).
  void RequestSearchFocus() { search_focus_requested_ = true; }
  bool TakeSearchFocusRequest() {
    const bool r = search_focus_requested_;
    search_focus_requested_ = false;
    return r;
  }

 private:
  void Reanalyse();        // analyses the current article, then Merge()
  void Merge();            // analysis_ = MergeCorpus(articles_) + corrections
  bool TooLarge(size_t bytes);  // sets the notice
  void StartAnalysis();    // after a load or an add: now, or after the "Analysing…" frame
  void DrawMenuBar();

  const Lexicons& lexicons_;
  std::vector<CorpusArticle> articles_;  // name + its own Analysis (uncorrected); never empty
  std::vector<std::string> texts_;       // the texts, parallel to articles_ (edited in place)
  size_t current_ = 0;
  size_t pending_article_ = 0;  // the article a pending analysis is for (edited or added)
  std::vector<ArticleRange> ranges_;
  uint64_t view_generation_ = 0;
  bool paste_adds_ = false;
  Analysis analysis_;
  UiState ui_;
  Theme theme_ = Theme::kDark;
  bool edit_pending_ = false;
  double last_edit_time_ = 0;
  uint64_t analysis_generation_ = 0;  // +1 per Analyze()
  uint64_t load_generation_ = 0;      // +1 per LoadText(): the article widget is recreated
  uint64_t json_generation_ = ~0ull;
  std::string json_;
  // Corrections (see AddCorrection). base_*: the analysis' entities, quotes and edges before
  // the corrections, so changing the list replays them without analysing the text again.
  void CorrectionsChanged();
  std::vector<Correction> corrections_;
  std::vector<Correction> redo_corrections_;
  std::vector<bool> corrections_applied_;
  uint64_t corrections_generation_ = 0;
  std::vector<Entity> base_entities_;
  std::vector<Quote> base_quotes_;
  std::vector<Edge> base_edges_;
  std::string notice_;
  // Platform additions (see SetDeferLargeAnalysis, TakeRequests).
  void DrawOverlays();  // the "Analysing…" overlay, the Clear confirmation, the empty state
  bool defer_large_analysis_ = false;
  bool large_load_waiting_ = false;  // a large load waits for one frame with the overlay
  bool platform_files_ = false;
  bool search_focus_requested_ = false;
  bool confirm_clear_ = false;
  std::vector<std::string> requests_;
};

}  // namespace ae::app
