// quotes_panel.cpp — who said what: speaker, the quote, the cue, in article order, with a
// filter box. The speaker is the entity's name when the core resolved it, else the words
// that named the speaker (dim), else a dash. Clicking a row selects the speaker (and, with
// several articles, shows the quote's article in the article panel; an Article column then
// says where each quote comes from).
#include <cstdio>
#include <string>

#include "app/app.h"
#include "app/panels.h"
#include "app/theme.h"
#include "core/lexicon.h"
#include "imgui.h"
#include "imgui_stdlib.h"

namespace ae::app {

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
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##quote_filter", "Filter quotes (speaker or words)", &ui.quote_filter);
  const std::string needle = Fold(ui.quote_filter);

  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_SizingStretchProp;
  const bool several = app.article_ranges().size() > 1;
  if (!ImGui::BeginTable("##quotes_table", several ? 4 : 3, flags, ImGui::GetContentRegionAvail())) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  // With an Article column the quote gives it room (file names do not wrap well).
  ImGui::TableSetupColumn("Speaker", ImGuiTableColumnFlags_WidthStretch, several ? 0.22f : 0.26f);
  ImGui::TableSetupColumn("Quote", ImGuiTableColumnFlags_WidthStretch, several ? 0.46f : 0.60f);
  ImGui::TableSetupColumn("Cue", ImGuiTableColumnFlags_WidthStretch, 0.14f);
  if (several) ImGui::TableSetupColumn("Article", ImGuiTableColumnFlags_WidthStretch, 0.22f);
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const Quote& q = a.quotes[i];
    const bool known = q.speaker >= 0 && static_cast<size_t>(q.speaker) < a.entities.size();
    const std::string speaker = known ? a.entities[q.speaker].name : q.speaker_text;
    const std::string_view words = a.Text(q.span);
    const int article = app.ArticleOf(q.span.start);
    const std::string article_name = several ? app.ArticleLabel(static_cast<size_t>(article)) : std::string();
    if (!needle.empty() && Fold(speaker).find(needle) == std::string::npos &&
        Fold(words).find(needle) == std::string::npos && Fold(article_name).find(needle) == std::string::npos) {
      continue;
    }
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    const bool selected = ui.selected_quote == static_cast<int>(i);
    // The selectable spans the row; its label is empty, the cells draw the text.
    if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap)) {
      ui.selected_quote = static_cast<int>(i);
      if (known) SelectEntity(app, q.speaker);
      if (several) app.SetCurrentArticle(static_cast<size_t>(article));
    }
    if (ImGui::IsItemHovered() && known) ui.hovered_entity = q.speaker;
    ImGui::SameLine(0, 0);
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
    ImGui::TableSetColumnIndex(1);
    // Direct and partial quotes are shown in curly quotes; indirect speech without.
    const char* open = q.kind == QuoteKind::kIndirect ? "" : "“";
    const char* close = q.kind == QuoteKind::kIndirect ? "" : "”";
    ImGui::TextWrapped("%s%.*s%s", open, static_cast<int>(words.size()), words.data(), close);
    ImGui::TableSetColumnIndex(2);
    if (q.cue.empty()) {
      ImGui::TextDisabled("—");
    } else {
      ImGui::TextWrapped("%s", q.cue.c_str());
    }
    if (q.kind != QuoteKind::kDirect) ImGui::TextDisabled("%s", ToString(q.kind));
    if (several) {
      ImGui::TableSetColumnIndex(3);
      ImGui::TextWrapped("%s", article_name.c_str());
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace ae::app
