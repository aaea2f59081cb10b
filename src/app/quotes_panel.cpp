// quotes_panel.cpp — who said what: speaker, the quote, the cue, with a filter box, in
// article order or grouped by speaker. The speaker is the entity's name when the core
// resolved it, else the words that named the speaker (dim), else a dash. Grouped, each
// speaker gets a collapsible header with its count (most quoted first, "Unattributed" last)
// and the rows drop the speaker column. Clicking a row selects the speaker and scrolls the
// article view to the quote (with several articles it first shows the quote's article; an
// Article column then says where each quote comes from). The filter applies in both modes.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/panels.h"
#include "app/theme.h"
#include "core/lexicon.h"
#include "imgui.h"
#include "imgui_stdlib.h"

namespace ae::app {

namespace {

bool KnownSpeaker(const Analysis& a, const Quote& q) {
  return q.speaker >= 0 && static_cast<size_t>(q.speaker) < a.entities.size();
}

std::string SpeakerOf(const Analysis& a, const Quote& q) {
  return KnownSpeaker(a, q) ? a.entities[q.speaker].name : q.speaker_text;
}

// Does quote i pass the filter (its speaker, its words or its article's name)?
bool Matches(App& app, size_t i, const std::string& needle, bool several) {
  if (needle.empty()) return true;
  const Analysis& a = app.analysis();
  const Quote& q = a.quotes[i];
  if (Fold(SpeakerOf(a, q)).find(needle) != std::string::npos) return true;
  if (Fold(a.Text(q.span)).find(needle) != std::string::npos) return true;
  return several && Fold(app.ArticleLabel(static_cast<size_t>(app.ArticleOf(q.span.start)))).find(needle) != std::string::npos;
}

// One row of a quotes table: [speaker,] quote, cue [, article].
void DrawQuoteRow(App& app, size_t i, bool with_speaker, bool several) {
  const Analysis& a = app.analysis();
  UiState& ui = app.ui();
  const Quote& q = a.quotes[i];
  const bool known = KnownSpeaker(a, q);
  const std::string_view words = a.Text(q.span);
  const int article = app.ArticleOf(q.span.start);
  ImGui::PushID(static_cast<int>(i));
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  const bool selected = ui.selected_quote == static_cast<int>(i);
  // The selectable spans the row; its label is empty, the cells draw the text.
  if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap)) {
    ui.selected_quote = static_cast<int>(i);
    if (known) SelectEntity(app, q.speaker);
    if (several) app.SetCurrentArticle(static_cast<size_t>(article));
    // Show the quote itself, not the speaker's first mention (the selection counts as followed).
    ui.article.seen_key = ui.selected_key;
    ui.article.seen_entity = ui.selected_entity;
    ui.article.ShowOffset(q.span.start);
  }
  if (ImGui::IsItemHovered() && known) ui.hovered_entity = q.speaker;
  ImGui::SameLine(0, 0);
  int column = 0;
  if (with_speaker) {
    const std::string speaker = SpeakerOf(a, q);
    if (known) {
      ImGui::PushStyleColor(ImGuiCol_Text, TypeColor(a.entities[q.speaker].type));
      ImGui::TextWrapped("%s", speaker.c_str());
      ImGui::PopStyleColor();
    } else if (!speaker.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
      ImGui::TextWrapped("%s", speaker.c_str());
      ImGui::PopStyleColor();
    } else {
      ImGui::TextDisabled("—");
    }
    ImGui::TableSetColumnIndex(++column);
  }
  // Direct and partial quotes are shown in curly quotes; indirect speech without.
  const char* open = q.kind == QuoteKind::kIndirect ? "" : "“";
  const char* close = q.kind == QuoteKind::kIndirect ? "" : "”";
  ImGui::TextWrapped("%s%.*s%s", open, static_cast<int>(words.size()), words.data(), close);
  ImGui::TableSetColumnIndex(++column);
  if (q.cue.empty()) {
    ImGui::TextDisabled("—");
  } else {
    ImGui::TextWrapped("%s", q.cue.c_str());
  }
  if (q.kind != QuoteKind::kDirect) ImGui::TextDisabled("%s", ToString(q.kind));
  if (several) {
    ImGui::TableSetColumnIndex(++column);
    ImGui::TextWrapped("%s", app.ArticleLabel(static_cast<size_t>(article)).c_str());
  }
  ImGui::PopID();
}

bool BeginQuotesTable(const char* id, bool with_speaker, bool several, ImGuiTableFlags extra, ImVec2 size) {
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_SizingStretchProp | extra;
  const int columns = (with_speaker ? 1 : 0) + 2 + (several ? 1 : 0);
  if (!ImGui::BeginTable(id, columns, flags, size)) return false;
  ImGui::TableSetupScrollFreeze(0, 1);
  // With an Article column the quote gives it room (file names do not wrap well).
  if (with_speaker) ImGui::TableSetupColumn("Speaker", ImGuiTableColumnFlags_WidthStretch, several ? 0.22f : 0.26f);
  ImGui::TableSetupColumn("Quote", ImGuiTableColumnFlags_WidthStretch, several ? 0.46f : 0.60f);
  ImGui::TableSetupColumn("Cue", ImGuiTableColumnFlags_WidthStretch, 0.14f);
  if (several) ImGui::TableSetupColumn("Article", ImGuiTableColumnFlags_WidthStretch, 0.22f);
  return true;
}

// A speaker group: the entity, else the speaker's words, else nobody (unattributed).
struct SpeakerGroup {
  int entity = -1;
  std::string text;      // speaker_text when entity < 0; empty: unattributed
  std::string label;     // what the header says
  std::vector<size_t> quotes;  // indices into Analysis::quotes, article order
};

// Groups by speaker: most quotes first, ties by first quote; "Unattributed" last. Linear in
// the quotes plus n log n for the sort.
std::vector<SpeakerGroup> GroupBySpeaker(const Analysis& a) {
  std::vector<SpeakerGroup> groups;
  std::vector<int> by_entity(a.entities.size(), -1);
  std::vector<std::pair<std::string, int>> by_text;  // sorted by text for lookup
  int unattributed = -1;
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const Quote& q = a.quotes[i];
    int g = -1;
    if (KnownSpeaker(a, q)) {
      g = by_entity[static_cast<size_t>(q.speaker)];
      if (g < 0) {
        g = by_entity[static_cast<size_t>(q.speaker)] = static_cast<int>(groups.size());
        groups.push_back({q.speaker, "", a.entities[q.speaker].name, {}});
      }
    } else if (!q.speaker_text.empty()) {
      auto it = std::lower_bound(by_text.begin(), by_text.end(), std::make_pair(q.speaker_text, -1));
      if (it != by_text.end() && it->first == q.speaker_text) {
        g = it->second;
      } else {
        g = static_cast<int>(groups.size());
        by_text.insert(it, {q.speaker_text, g});
        groups.push_back({-1, q.speaker_text, q.speaker_text, {}});
      }
    } else {
      if (unattributed < 0) {
        unattributed = static_cast<int>(groups.size());
        groups.push_back({-1, "", "Unattributed", {}});
      }
      g = unattributed;
    }
    groups[static_cast<size_t>(g)].quotes.push_back(i);
  }
  std::sort(groups.begin(), groups.end(), [](const SpeakerGroup& x, const SpeakerGroup& y) {
    const bool xu = x.entity < 0 && x.text.empty(), yu = y.entity < 0 && y.text.empty();
    if (xu != yu) return yu;
    if (x.quotes.size() != y.quotes.size()) return x.quotes.size() > y.quotes.size();
    return x.quotes.front() < y.quotes.front();  // a total order: each quote is in one group
  });
  return groups;
}

void DrawGrouped(App& app, const std::string& needle, bool several) {
  const Analysis& a = app.analysis();
  if (!ImGui::BeginChild("##quote_groups", ImVec2(0, 0))) {
    ImGui::EndChild();
    return;
  }
  for (const SpeakerGroup& group : GroupBySpeaker(a)) {
    std::vector<size_t> shown;
    for (size_t i : group.quotes) {
      if (Matches(app, i, needle, several)) shown.push_back(i);
    }
    if (shown.empty()) continue;
    char label[400];
    const int label_len = static_cast<int>(std::min<size_t>(group.label.size(), 200));
    // The ID after ### is the group's identity, so a header stays open or closed while the
    // filter changes its count.
    std::string id = group.entity >= 0 ? "e" + std::to_string(group.entity) : group.text.empty() ? "u" : "t" + group.text;
    if (needle.empty()) {
      std::snprintf(label, sizeof label, "%.*s (%zu)###", label_len, group.label.c_str(), group.quotes.size());
    } else {
      std::snprintf(label, sizeof label, "%.*s (%zu of %zu)###", label_len, group.label.c_str(), shown.size(),
                    group.quotes.size());
    }
    ImGui::PushID(id.c_str());
    const bool known = group.entity >= 0;
    if (known) ImGui::PushStyleColor(ImGuiCol_Text, TypeColor(a.entities[group.entity].type));
    const bool open = ImGui::CollapsingHeader(label, ImGuiTreeNodeFlags_DefaultOpen);
    if (known) ImGui::PopStyleColor();
    if (known && ImGui::IsItemHovered()) app.ui().hovered_entity = group.entity;
    if (open && BeginQuotesTable("##group", false, several, 0, ImVec2(0, 0))) {
      for (size_t i : shown) DrawQuoteRow(app, i, false, several);
      ImGui::EndTable();
    }
    ImGui::PopID();
  }
  ImGui::EndChild();
}

}  // namespace

void DrawQuotesPanel(App& app) {
  const Analysis& a = app.analysis();
  UiState& ui = app.ui();
  char note[64];
  std::snprintf(note, sizeof note, "%zu", a.quotes.size());
  PanelHeader("Quotes", note);
  if (a.quotes.empty()) {
    ImGui::TextDisabled("No quotes found yet.");
    return;
  }
  if (ImGui::RadioButton("Article order", !ui.quotes_by_speaker)) ui.quotes_by_speaker = false;
  ImGui::SameLine();
  if (ImGui::RadioButton("Group by speaker", ui.quotes_by_speaker)) ui.quotes_by_speaker = true;
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##quote_filter", "Filter (speaker or words)", &ui.quote_filter);
  const std::string needle = Fold(ui.quote_filter);
  const bool several = app.article_ranges().size() > 1;

  if (ui.quotes_by_speaker) {
    DrawGrouped(app, needle, several);
    return;
  }
  if (!BeginQuotesTable("##quotes_table", true, several, ImGuiTableFlags_ScrollY, ImGui::GetContentRegionAvail())) return;
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    if (Matches(app, i, needle, several)) DrawQuoteRow(app, i, true, several);
  }
  ImGui::EndTable();
}

}  // namespace ae::app
