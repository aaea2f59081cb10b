// entities_panel.cpp — the entity list: name, type, mentions, aliases; sortable by any
// column (ties broken by salience order, so the order is total), filterable, clipped for
// long lists. Clicking a row selects the entity; hovering highlights it in the network.
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
  if (!ImGui::BeginTable("##entities_table", 4, flags, ImGui::GetContentRegionAvail())) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  // Type and Mentions are as wide as their longest content; Name and Aliases share the rest.
  const float pad = ImGui::GetStyle().CellPadding.x * 2 + 14;  // + the sort arrow
  ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoSort, 0.5f);
  ImGui::TableSetupColumn("Type", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("PERSON").x + pad);
  ImGui::TableSetupColumn("Mentions", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending,
                          ImGui::CalcTextSize("Mentions").x + pad);
  ImGui::TableSetupColumn("Aliases", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoSort, 0.5f);
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
      if (ImGui::IsItemHovered()) ui.hovered_entity = i;
      ImGui::SameLine(0, 0);
      ImGui::PushStyleColor(ImGuiCol_Text, TypeColor(e.type));
      ImGui::TextUnformatted(e.name.c_str());
      ImGui::PopStyleColor();
      ImGui::TableSetColumnIndex(1);
      ImGui::TextDisabled("%s", ToString(e.type));
      ImGui::TableSetColumnIndex(2);
      ImGui::Text("%zu", e.mentions.size());
      ImGui::TableSetColumnIndex(3);
      const std::string aliases = JoinAliases(e);
      ImGui::TextUnformatted(aliases.c_str());
      if (!aliases.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", aliases.c_str());
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

}  // namespace ae::app
