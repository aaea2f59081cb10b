// entities_panel.cpp — the entity list: name, type, mentions, aliases; sortable by type and
// mentions (ties broken by salience order, so the order is total), filterable, clipped for
// long lists. Name stretches, Type and Mentions are narrow; a clipped name shows in full on
// hover. Clicking a row selects the entity; hovering highlights it in the network.
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

// Below this panel width (in font heights, ~450 px at 15 px) the aliases leave their column
// for the name's tooltip: Name must stay wide enough for a full personal name.
constexpr float kAliasColumnMinEms = 30.0f;

std::string JoinAliases(const Entity& e) {
  std::string s;
  for (const std::string& alias : e.aliases) {
    if (alias == e.name) continue;
    s += (s.empty() ? "" : ", ") + alias;
  }
  return s;
}

}  // namespace

void DrawEntitiesPanel(App& app) {
  const Analysis& a = app.analysis();
  UiState& ui = app.ui();
  if (a.entities.empty()) {
    ImGui::TextDisabled("No entities found yet.");
    return;
  }
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##entity_filter", "Filter entities", &ui.entity_filter);
  const std::string needle = Fold(ui.entity_filter);

  std::vector<int> rows;
  rows.reserve(a.entities.size());
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    if (!needle.empty()) {
      bool hit = Fold(e.name).find(needle) != std::string::npos || Fold(ToString(e.type)).find(needle) == 0;
      for (const std::string& alias : e.aliases) hit = hit || Fold(alias).find(needle) != std::string::npos;
      if (!hit) continue;
    }
    rows.push_back(static_cast<int>(i));
  }

  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_Sortable | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_SizingStretchProp;
  // Name stretches; Type and Mentions are as narrow as their content. Aliases get a column
  // only where the panel is wide enough to keep Name readable; otherwise (and whenever a
  // name is clipped) hovering the name shows it in full with its aliases.
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const bool alias_column = avail.x >= ImGui::GetFontSize() * kAliasColumnMinEms;
  const int columns = alias_column ? 4 : 3;
  if (!ImGui::BeginTable(alias_column ? "##entities_table4" : "##entities_table3", columns, flags, avail)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float arrow = ImGui::GetFontSize() * 0.65f + style.ItemInnerSpacing.x;  // the header's sort arrow
  const float type_w = std::max(ImGui::CalcTextSize("PERSON").x, ImGui::CalcTextSize("Type").x + arrow);
  const float mentions_w = ImGui::CalcTextSize("Mentions").x + arrow;
  ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoSort, 0.65f);
  ImGui::TableSetupColumn("Type", ImGuiTableColumnFlags_WidthFixed, type_w);
  ImGui::TableSetupColumn("Mentions",
                          ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultSort |
                              ImGuiTableColumnFlags_PreferSortDescending,
                          mentions_w);
  if (alias_column) {
    ImGui::TableSetupColumn("Aliases", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoSort, 0.35f);
  }
  ImGui::TableHeadersRow();

  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
    const ImGuiTableColumnSortSpecs& spec = specs->Specs[0];
    const bool asc = spec.SortDirection == ImGuiSortDirection_Ascending;
    auto key = [&](int i) -> long {
      const Entity& e = a.entities[i];
      return spec.ColumnIndex == 1 ? static_cast<long>(e.type) : static_cast<long>(e.mentions.size());
    };
    std::sort(rows.begin(), rows.end(), [&](int x, int y) {
      const long kx = key(x), ky = key(y);
      if (kx != ky) return asc ? kx < ky : kx > ky;
      return x < y;  // salience order breaks ties: a total order
    });
  }

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const int i = rows[r];
      const Entity& e = a.entities[i];
      ImGui::PushID(i);
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      const bool selected = ui.selected_entity == i;
      if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap)) {
        SelectEntity(app, selected ? -1 : i);
      }
      const bool row_hovered = ImGui::IsItemHovered();
      if (row_hovered) ui.hovered_entity = i;
      ImGui::SameLine(0, 0);
      const bool clipped = ImGui::CalcTextSize(e.name.c_str()).x > ImGui::GetContentRegionAvail().x;
      ImGui::PushStyleColor(ImGuiCol_Text, TypeColor(e.type));
      ImGui::TextUnformatted(e.name.c_str());
      ImGui::PopStyleColor();
      const std::string aliases = JoinAliases(e);
      if (row_hovered && (ImGui::TableGetColumnFlags(0) & ImGuiTableColumnFlags_IsHovered) &&
          (clipped || (!alias_column && !aliases.empty()))) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(TypeColor(e.type)), "%s", e.name.c_str());
        if (!aliases.empty()) ImGui::TextWrapped("Aliases: %s", aliases.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
      }
      ImGui::TableSetColumnIndex(1);
      ImGui::TextDisabled("%s", ToString(e.type));
      ImGui::TableSetColumnIndex(2);
      ImGui::Text("%zu", e.mentions.size());
      if (alias_column) {
        ImGui::TableSetColumnIndex(3);
        ImGui::TextUnformatted(aliases.c_str());
        if (!aliases.empty() && ImGui::IsItemHovered() &&
            ImGui::CalcTextSize(aliases.c_str()).x > ImGui::GetColumnWidth()) {
          ImGui::SetTooltip("%s", aliases.c_str());
        }
      }
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

}  // namespace ae::app
