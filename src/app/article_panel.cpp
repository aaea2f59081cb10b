// article_panel.cpp — the article: a reading view and an editor.
//
// Reading view (default): the analysed text word-wrapped to the panel, names in their
// type's colour, pronouns and descriptions underlined, quotes on a faint amber ground, the
// hovered or selected entity's mentions highlighted. The wrapped layout is cached per
// analysis and width, and only visible lines are drawn (ImGuiListClipper), so a long
// article costs one layout pass, not one per frame.
//
// Editor: a click on the text opens ImGui's InputTextMultiline with the cursor where the
// click was (a click on a name also selects its entity); typing, Backspace, arrows,
// selection and the clipboard are ImGui's, the platform turns the browser's paste event
// into ImGui's paste shortcut. Each edit marks the text for a debounced re-analysis; the
// editor closes when it loses focus. The editor's ID includes App::load_generation(), so
// a text loaded from outside replaces what an active editor held instead of being
// overwritten by it. ImGui 1.86's editor does not wrap lines (it scrolls sideways).
//
// Following the selection: when the selected entity changes (network, entity table, quotes),
// the reading view scrolls to its first mention in the current article, and the header shows
// "mention k/n" with arrows that step through its mentions (each step scrolls). Only such a
// change or step scrolls, never a frame on its own, so the reader's scrolling is left alone;
// a click on a quote row scrolls to the quote instead (ArticleView::ShowOffset).
//
// Several articles: a tab per article above the text (each with a close button that removes
// that article); the reading view shows only the current article's range of the merged text
// (App::article_ranges), the editor edits that article's own text.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include "app/app.h"
#include "app/panels.h"
#include "app/theme.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"

namespace ae::app {

namespace {

constexpr float kExtraLeading = 3.0f;  // pixels between lines: easier reading than ImGui's default

size_t Utf8Length(unsigned char c) { return c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1; }

void BuildLayout(const Analysis& a, Span range, ArticleView& v, float width, float font_size, uint64_t generation) {
  v.layout_generation = generation;
  v.layout_width = width;
  v.layout_font_size = font_size;
  v.lines.clear();
  ImFont* font = ImGui::GetFont();
  const float scale = font_size / font->FontSize;
  const char* s = a.text.data();
  const char* end = s + std::min<size_t>(range.end, a.text.size());
  const char* p = s + std::min<size_t>(range.start, a.text.size());
  while (true) {
    const char* eol = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
    if (!eol) eol = end;
    const char* q = p;
    if (q == eol) v.lines.push_back({static_cast<uint32_t>(q - s), static_cast<uint32_t>(q - s)});
    while (q < eol) {
      const char* w = font->CalcWordWrapPositionA(scale, q, eol, width);
      if (w <= q) w = std::min(eol, q + Utf8Length(static_cast<unsigned char>(*q)));  // always progress
      v.lines.push_back({static_cast<uint32_t>(q - s), static_cast<uint32_t>(w - s)});
      q = w;
      while (q < eol && (*q == ' ' || *q == '\t')) ++q;  // a wrapped line starts at its word
    }
    if (eol == end) break;
    p = eol + 1;
  }
  v.marks.clear();
  for (size_t i = 0; i < a.entities.size(); ++i) {
    for (const Mention& m : a.entities[i].mentions) v.marks.push_back({m.span, static_cast<int>(i), m.kind});
  }
  std::sort(v.marks.begin(), v.marks.end(), [](const ArticleMark& x, const ArticleMark& y) {
    return x.span.start != y.span.start ? x.span.start < y.span.start : x.entity < y.entity;
  });
  v.quote_spans.clear();
  for (const Quote& q : a.quotes) v.quote_spans.push_back(q.span);
  std::sort(v.quote_spans.begin(), v.quote_spans.end());
}

float TextWidth(const char* b, const char* e) {
  return ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0.0f, b, e).x;
}

// Byte offset in line `l` nearest to x (relative to the line start).
uint32_t OffsetAtX(const Analysis& a, const ArticleLine& l, float x) {
  const char* s = a.text.data();
  float pos = 0;
  uint32_t i = l.start;
  while (i < l.end) {
    const uint32_t n = static_cast<uint32_t>(std::min<size_t>(Utf8Length(static_cast<unsigned char>(s[i])), l.end - i));
    const float w = TextWidth(s + i, s + i + n);
    if (pos + w * 0.5f > x) break;
    pos += w;
    i += n;
  }
  return i;
}

int InputCallback(ImGuiInputTextCallbackData* data) {
  auto* v = static_cast<ArticleView*>(data->UserData);
  if (v->pending_cursor >= 0) {
    const int c = std::min(v->pending_cursor, data->BufTextLen);
    data->CursorPos = data->SelectionStart = data->SelectionEnd = c;
    v->pending_cursor = -1;
  }
  return 0;
}

// The current article's bytes in the merged text (all of it with one article).
Span CurrentRange(const App& app) {
  const Analysis& a = app.analysis();
  const auto& ranges = app.article_ranges();
  if (app.article_count() > 1 && app.current_article() < ranges.size()) return ranges[app.current_article()].span;
  return Span{0, static_cast<uint32_t>(a.text.size())};
}

// Where the entity's mentions start in `range`, in text order (all kinds: the reading view
// highlights pronouns and descriptions too).
std::vector<uint32_t> MentionStarts(const Analysis& a, int entity, Span range) {
  std::vector<uint32_t> starts;
  if (entity < 0 || static_cast<size_t>(entity) >= a.entities.size()) return starts;
  for (const Mention& m : a.entities[entity].mentions) {
    if (m.span.start >= range.start && m.span.start < range.end) starts.push_back(m.span.start);
  }
  std::sort(starts.begin(), starts.end());
  return starts;
}

constexpr int kScrollFrames = 4;  // a selection made while the editor is open waits for it to close

void RequestScroll(ArticleView& v, uint32_t offset) {
  v.scroll_to = offset;
  v.scroll_frames_left = kScrollFrames;
}

void DrawReadingView(App& app, ArticleView& v) {
  const Analysis& a = app.analysis();
  const Span range = CurrentRange(app);
  // The cached layout belongs to one analysis and one article shown.
  const uint64_t generation = app.analysis_generation() ^ (app.view_generation() << 40);
  UiState& ui = app.ui();
  ImGui::BeginChild("##read", ImVec2(0, 0), false, ImGuiWindowFlags_NoNavInputs);
  const float width = ImGui::GetContentRegionAvail().x - 4;
  const float font_size = ImGui::GetFontSize();
  if (v.layout_generation != generation || v.layout_width != width || v.layout_font_size != font_size) {
    BuildLayout(a, range, v, width, font_size, generation);
  }
  const float line_h = ImGui::GetTextLineHeight() + kExtraLeading;
  if (v.scroll_to >= 0 && v.scroll_to >= range.start && v.scroll_to <= range.end && !v.lines.empty()) {
    // Bring the line holding the offset into view, a third of the way down (context above it).
    const uint32_t off = static_cast<uint32_t>(v.scroll_to);
    auto it = std::upper_bound(v.lines.begin(), v.lines.end(), off,
                               [](uint32_t o, const ArticleLine& l) { return o < l.start; });
    const int li = std::max(0, static_cast<int>(it - v.lines.begin()) - 1);
    ImGui::SetScrollY(std::max(0.0f, li * line_h - ImGui::GetWindowHeight() * 0.3f));
    v.scroll_to = -1;
  }
  const ImVec2 origin = ImGui::GetCursorScreenPos();  // line 0 (moves with the scroll)
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const char* s = a.text.data();
  const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
  const ImU32 quote_bg = IM_COL32(245, 180, 60, 34);
  const int focus = ui.hovered_entity_prev >= 0 ? ui.hovered_entity_prev : ui.selected_entity;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool hovered = ImGui::IsWindowHovered();
  int hover_entity = -1;

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(v.lines.size()), line_h);
  while (clipper.Step()) {
    for (int li = clipper.DisplayStart; li < clipper.DisplayEnd; ++li) {
      const ArticleLine& l = v.lines[li];
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      auto x_of = [&](uint32_t off) { return pos.x + TextWidth(s + l.start, s + std::min(std::max(off, l.start), l.end)); };
      // Quote grounds.
      auto q = std::lower_bound(v.quote_spans.begin(), v.quote_spans.end(), Span{l.start, 0});
      if (q != v.quote_spans.begin()) --q;
      for (; q != v.quote_spans.end() && q->start < l.end; ++q) {
        if (q->end <= l.start) continue;
        dl->AddRectFilled(ImVec2(x_of(q->start), pos.y), ImVec2(x_of(q->end), pos.y + line_h), quote_bg);
      }
      // Text, split at mention boundaries.
      auto m = std::lower_bound(v.marks.begin(), v.marks.end(), l.start,
                                [](const ArticleMark& mk, uint32_t off) { return mk.span.start < off; });
      while (m != v.marks.begin() && std::prev(m)->span.end > l.start) --m;
      uint32_t cur = l.start;
      float x = pos.x;
      for (; m != v.marks.end() && m->span.start < l.end; ++m) {
        if (m->span.end <= cur) continue;
        const uint32_t ms = std::max(m->span.start, cur), me = std::min(m->span.end, l.end);
        if (ms > cur) {
          dl->AddText(ImVec2(x, pos.y), text_col, s + cur, s + ms);
          x += TextWidth(s + cur, s + ms);
        }
        const float w = TextWidth(s + ms, s + me);
        const ImU32 col = TypeColor(a.entities[m->entity].type);
        if (m->entity == focus) {
          dl->AddRectFilled(ImVec2(x - 1, pos.y), ImVec2(x + w + 1, pos.y + line_h - 1),
                            (col & ~IM_COL32_A_MASK) | (60u << IM_COL32_A_SHIFT), 2.0f);
        }
        if (m->kind == MentionKind::kName) {
          dl->AddText(ImVec2(x, pos.y), col, s + ms, s + me);
        } else {
          dl->AddText(ImVec2(x, pos.y), text_col, s + ms, s + me);
          dl->AddLine(ImVec2(x, pos.y + line_h - 2), ImVec2(x + w, pos.y + line_h - 2), col, 1.0f);
        }
        if (hovered && mouse.y >= pos.y && mouse.y < pos.y + line_h && mouse.x >= x && mouse.x < x + w) {
          hover_entity = m->entity;
        }
        x += w;
        cur = me;
      }
      if (cur < l.end) dl->AddText(ImVec2(x, pos.y), text_col, s + cur, s + l.end);
      ImGui::Dummy(ImVec2(width, line_h));
    }
  }
  clipper.End();

  if (hover_entity >= 0) ui.hovered_entity = hover_entity;
  if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    // Open the editor with its cursor where the click was.
    const int li = static_cast<int>((mouse.y - origin.y) / line_h);
    uint32_t offset = range.end;
    if (li >= 0 && li < static_cast<int>(v.lines.size())) offset = OffsetAtX(a, v.lines[li], mouse.x - origin.x);
    v.editing = true;
    v.edit_was_active = false;
    v.pending_cursor = static_cast<int>(offset - std::min(offset, range.start));  // in the article's own text
    // Characters that came with the click (typed at once after it) go into the editor too.
    ImGuiIO& io = ImGui::GetIO();
    v.carried.assign(io.InputQueueCharacters.begin(), io.InputQueueCharacters.end());
    io.InputQueueCharacters.resize(0);
    if (hover_entity >= 0) {
      SelectEntity(app, hover_entity);
      // The reader clicked this mention: follow it from here, without scrolling away.
      v.seen_key = ui.selected_key;
      v.seen_entity = ui.selected_entity;
      v.mention_index = -1;
      v.mention_anchor = offset;
    }
  }
  ImGui::EndChild();
}

// One tab per article (2+), each closable. ImGui applies a tab selection one frame late, so
// after the App changed the current article the tab bar is steered to it (SetSelected) and
// other selections are ignored until it shows the current tab.
void DrawArticleTabs(App& app) {
  if (app.article_count() < 2) return;
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID key = ImGui::GetID("##article_tabs_generation");
  const int generation = static_cast<int>(app.view_generation() & 0x7fffffff);
  const bool syncing = storage->GetInt(key, -1) != generation;
  int switch_to = -1, remove = -1;
  bool synced = false;
  if (ImGui::BeginTabBar("##article_tabs", ImGuiTabBarFlags_FittingPolicyScroll | ImGuiTabBarFlags_TabListPopupButton)) {
    for (size_t i = 0; i < app.article_count(); ++i) {
      const bool current = i == app.current_article();
      char label[200];
      std::snprintf(label, sizeof label, "%s###article%zu", app.ArticleLabel(i).c_str(), i);
      bool open = true;
      const ImGuiTabItemFlags flags = syncing && current ? ImGuiTabItemFlags_SetSelected : 0;
      if (ImGui::BeginTabItem(label, &open, flags)) {
        if (current) synced = true;
        else if (!syncing) switch_to = static_cast<int>(i);
        ImGui::EndTabItem();
      }
      if (ImGui::IsItemHovered()) {
        const auto& ranges = app.article_ranges();
        ImGui::SetTooltip("%s \xC2\xB7 %zu bytes%s", app.ArticleLabel(i).c_str(), app.article_text(i).size(),
                          i < ranges.size() ? "" : " \xC2\xB7 analysing");
      }
      if (!open) remove = static_cast<int>(i);
    }
    ImGui::EndTabBar();
  }
  if (synced) storage->SetInt(key, generation);
  if (remove >= 0) {
    app.RemoveArticle(static_cast<size_t>(remove));
  } else if (switch_to >= 0) {
    app.SetCurrentArticle(static_cast<size_t>(switch_to));
  }
}

// Follows the selection: a new one (by key, so a re-analysis that renumbers the entities is
// not a change) scrolls to its first mention in the current article. With several articles
// SelectEntity has already shown the article of its first mention.
void FollowSelection(App& app, ArticleView& v, const std::vector<uint32_t>& starts) {
  const UiState& ui = app.ui();
  const bool changed = ui.selected_key != v.seen_key || (ui.selected_key.empty() && ui.selected_entity != v.seen_entity);
  v.seen_entity = ui.selected_entity;
  if (changed) {
    v.seen_key = ui.selected_key;
    v.mention_index = 0;
    if (!starts.empty()) RequestScroll(v, starts.front());
  }
  if (v.mention_index >= static_cast<int>(starts.size())) v.mention_index = starts.empty() ? 0 : -1;
  if (v.scroll_to >= 0 && --v.scroll_frames_left < 0) v.scroll_to = -1;
}

// The panel title, its note, and for a selected entity "mention k/n" with arrows that step
// through its mentions in the current article (each step scrolls to it; wraps around).
void DrawHeader(App& app, ArticleView& v, const char* note) {
  const Analysis& a = app.analysis();
  const std::vector<uint32_t> starts = MentionStarts(a, app.ui().selected_entity, CurrentRange(app));
  FollowSelection(app, v, starts);
  ImGui::TextUnformatted("Article");
  if (*note) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", note);
  }
  v.next_mention_at = ImVec2(-1, -1);
  if (!starts.empty()) {
    const int n = static_cast<int>(starts.size());
    char label[64];
    if (v.mention_index >= 0) {
      std::snprintf(label, sizeof label, "mention %d/%d", v.mention_index + 1, n);
    } else {
      std::snprintf(label, sizeof label, "mention \xE2\x80\x93/%d", n);  // en dash: between mentions
    }
    // On the title line, never below it (a selection must not move the text): arrows one text
    // line high, and only "k/n" when the panel is narrow.
    const float h = ImGui::GetTextLineHeight();
    const float need = ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemSpacing.x + 2 + 2 * h;
    ImGui::SameLine(0, 16);
    const char* shown = label;
    if (ImGui::GetContentRegionAvail().x < need) shown = label + std::strlen("mention ");
    ImGui::TextUnformatted(shown);
    ImGui::SameLine();
    int step = 0;
    if (ImGui::ArrowButtonEx("##mention_prev", ImGuiDir_Left, ImVec2(h, h))) step = -1;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous mention");
    ImGui::SameLine(0, 2);
    if (ImGui::ArrowButtonEx("##mention_next", ImGuiDir_Right, ImVec2(h, h))) step = 1;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next mention");
    const ImVec2 bmin = ImGui::GetItemRectMin(), bmax = ImGui::GetItemRectMax();
    v.next_mention_at = ImVec2((bmin.x + bmax.x) * 0.5f, (bmin.y + bmax.y) * 0.5f);
    if (step != 0) {
      int i = v.mention_index;
      if (i < 0) {  // from the anchor (a clicked mention or a shown quote) to its neighbour
        if (step > 0) {
          i = static_cast<int>(std::upper_bound(starts.begin(), starts.end(), v.mention_anchor) - starts.begin());
          if (i >= n) i = 0;
        } else {
          i = static_cast<int>(std::lower_bound(starts.begin(), starts.end(), v.mention_anchor) - starts.begin()) - 1;
          if (i < 0) i = n - 1;
        }
      } else {
        i = (i + step + n) % n;
      }
      v.mention_index = i;
      RequestScroll(v, starts[static_cast<size_t>(i)]);
    }
  }
  ImGui::Separator();
}

}  // namespace

void DrawArticlePanel(App& app, double now) {
  const Analysis& a = app.analysis();
  ArticleView& v = app.ui().article;
  if (v.load_generation != app.view_generation()) {  // another article: show it to read
    v.load_generation = app.view_generation();
    v.editing = false;
    v.pending_cursor = -1;
  }
  // The reading view shows the analysed text; while an edit awaits analysis, the editor stays.
  const bool can_read = !app.analysis_pending() && !app.text().empty();
  const bool editing = v.editing || !can_read;

  char note[160];
  note[0] = '\0';
  if (!app.text().empty()) {
    // The current article's own counts (with several articles a.stats counts them all).
    const Stats& st = app.article_count() > 1 ? app.article_analysis(app.current_article()).stats : a.stats;
    std::snprintf(note, sizeof note, "%u words · %u sentences%s", st.words, st.sentences,
                  editing ? " · editing" : " · click to edit");
  }
  DrawHeader(app, v, note);
  DrawArticleTabs(app);
  if (v.load_generation != app.view_generation()) {  // a tab changed the article this frame
    v.load_generation = app.view_generation();
    v.editing = false;
    v.pending_cursor = -1;
  }
  for (const Warning& w : a.warnings) {
    if (w.code == "empty" && app.text().empty()) continue;  // the empty state says it better
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(250, 190, 80, 255));
    ImGui::TextWrapped("%s", w.message.empty() ? w.code.c_str() : w.message.c_str());
    ImGui::PopStyleColor();
  }

  if (!editing) {
    DrawReadingView(app, v);
    return;
  }
  ImGui::PushID(static_cast<int>(app.view_generation()));
  const ImVec2 size = ImGui::GetContentRegionAvail();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGuiIO& io = ImGui::GetIO();
  // ImGui focuses the editor one frame after the click, and what arrives in the frame it
  // becomes active is not written back; characters typed until then are carried over.
  const bool focusing = v.editing && !v.edit_was_active;
  if (focusing) {
    ImGui::SetKeyboardFocusHere();
    v.carried.insert(v.carried.end(), io.InputQueueCharacters.begin(), io.InputQueueCharacters.end());
    io.InputQueueCharacters.resize(0);
  } else if (!v.carried.empty()) {
    ImVector<ImWchar> queue;
    for (ImWchar c : v.carried) queue.push_back(c);
    for (ImWchar c : io.InputQueueCharacters) queue.push_back(c);
    io.InputQueueCharacters.swap(queue);
    v.carried.clear();
  }
  if (ImGui::InputTextMultiline("##text", app.mutable_text(), size,
                                ImGuiInputTextFlags_AllowTabInput | ImGuiInputTextFlags_CallbackAlways,
                                InputCallback, &v)) {
    app.MarkEdited(now);
  }
  if (ImGui::IsItemActive()) v.edit_was_active = true;
  if (v.editing && !focusing && !ImGui::IsItemActive()) {  // focus left the editor
    v.editing = false;
    v.carried.clear();
  }
  ImGui::PopID();

  if (app.text().empty() && !ImGui::IsItemActive()) {
    // Empty state: what to do, inside the text area.
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::SetCursorScreenPos(ImVec2(origin.x + style.FramePadding.x + 4, origin.y + style.FramePadding.y + 4));
    ImGui::PushTextWrapPos(origin.x + size.x - 12);
    ImGui::TextUnformatted("No article yet.");
    ImGui::Spacing();
    ImGui::TextDisabled("%s", app.platform_files()
                                  ? "Paste a news article here or anywhere on the page (Ctrl+V / Cmd+V), drop a "
                                    ".txt file, or choose Article > Load sample."
                                  : "Paste a news article here or anywhere on the page (Ctrl+V / Cmd+V), or choose "
                                    "Article > Load sample.");
    ImGui::PopTextWrapPos();
  }
}

}  // namespace ae::app
