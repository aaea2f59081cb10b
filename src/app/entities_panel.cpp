// entities_panel.cpp — the entity list and its corrections (issue 5).
//
// The table: name, type, mentions, aliases, roles; every column sortable (ties broken by
// salience order, so the order is total), filterable, clipped for long lists. Name
// stretches, Type and Mentions are narrow; Aliases and Roles get columns only where the
// panel is wide enough, otherwise hovering the name shows them. Clicking a row selects the
// entity; hovering highlights it in the network.
//
// Corrections (core/corrections.h, kept by the App): right-click a row, or use the buttons
// under the filter for the selected entity — Rename… (a small dialog), Type ▾, Merge into…
// (a dialog listing the other entities, with a filter), Split alias ▾ (its aliases). Undo
// and Redo buttons (and Ctrl+Z / Ctrl+Y, Ctrl+Shift+Z while this panel has focus and no text
// field is being typed in), and "corrections: N", which lists them (inert ones dimmed).
// A correction is applied after the frame's table is drawn, never while the table reads
// the analysis.
#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/panels.h"
#include "app/theme.h"
#include "core/corrections.h"
#include "core/lexicon.h"
#include "imgui.h"
#include "imgui_stdlib.h"

namespace ae::app {

namespace {

// Below this panel width (in font heights, ~450 px at 15 px) the aliases leave their column
// for the name's tooltip: Name must stay wide enough for a full personal name.
constexpr float kAliasColumnMinEms = 30.0f;
// Roles need a wider panel still (~720 px at 15 px).
constexpr float kRolesColumnMinEms = 48.0f;

// Column user ids: stable whichever columns are shown.
enum Column : ImGuiID { kColName, kColType, kColMentions, kColAliases, kColRoles };

constexpr EntityType kAllTypes[] = {EntityType::kPerson, EntityType::kOrg, EntityType::kPlace, EntityType::kGroup,
                                    EntityType::kMisc};

std::string JoinAliases(const Entity& e) {
  std::string s;
  for (const std::string& alias : e.aliases) {
    if (alias == e.name) continue;
    s += (s.empty() ? "" : ", ") + alias;
  }
  return s;
}

std::string JoinRoles(const Entity& e) {
  std::string s;
  for (const std::string& role : e.roles) s += (s.empty() ? "" : ", ") + role;
  return s;
}

// What the reader is correcting (one panel per window, so one of these).
struct EditState {
  std::string target;        // EntityKey of the entity being corrected
  std::string rename_buffer;
  std::string merge_filter;
  enum class Open { kNone, kRename, kMerge, kList } open = Open::kNone;  // open this popup this frame
};
EditState& Edit() {
  static EditState state;
  return state;
}

// The filtered, sorted rows, rebuilt only when the analysis, the filter or the sort changes.
struct RowCache {
  // Which analysis: an App (a test makes several, maybe at one address), its generation, and
  // the entity vector, so a stale cache never holds an index out of range.
  const App* app = nullptr;
  uint64_t generation = ~0ull;
  const Entity* entities = nullptr;
  size_t count = 0;
  std::string filter;
  ImGuiID column = ~0u;
  bool ascending = false;
  std::vector<int> rows;
};

// Index of the entity whose key is exactly `key`, -1 when none (the dialogs' target).
int ExactIndex(const Analysis& a, const std::string& key) {
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (EntityKey(a.entities[i]) == key) return static_cast<int>(i);
  }
  return -1;
}

// Aliases that can be split off: any but the last name the entity would keep.
bool CanSplit(const Entity& e) { return e.aliases.size() >= 2; }

// The items of the correction menu for entity i (row context menu). Rename and Merge open
// their dialogs (next frame's popups); Type and Split apply at once.
void CorrectionMenuItems(const Analysis& a, int i, std::optional<Correction>* apply) {
  const Entity& e = a.entities[i];
  const std::string key = EntityKey(e);
  if (ImGui::MenuItem("Rename\xE2\x80\xA6")) {
    Edit().target = key;
    Edit().rename_buffer = e.name;
    Edit().open = EditState::Open::kRename;
  }
  if (ImGui::BeginMenu("Type")) {
    for (EntityType t : kAllTypes) {
      if (ImGui::MenuItem(ToString(t), nullptr, e.type == t, e.type != t)) {
        *apply = Correction{Correction::Kind::kSetType, key, "", ToString(t)};
      }
    }
    ImGui::EndMenu();
  }
  if (ImGui::MenuItem("Merge into\xE2\x80\xA6", nullptr, false, a.entities.size() >= 2)) {
    Edit().target = key;
    Edit().merge_filter.clear();
    Edit().open = EditState::Open::kMerge;
  }
  if (ImGui::BeginMenu("Split alias", CanSplit(e))) {
    for (const std::string& alias : e.aliases) {
      if (ImGui::MenuItem(alias.c_str())) *apply = Correction{Correction::Kind::kSplitAlias, key, alias, ""};
    }
    ImGui::EndMenu();
  }
}

// Undo / Redo buttons and the "corrections: N" indicator (a button listing them).
void DrawCorrectionsBar(App& app, int* undo_redo) {
  const size_t n = app.corrections().size();
  ImGui::BeginDisabled(!app.CanUndoCorrection());
  if (ImGui::SmallButton("Undo")) *undo_redo = -1;
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && n > 0) {
    ImGui::SetTooltip("Undo: %s", DescribeCorrection(app.corrections().back()).c_str());
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!app.CanRedoCorrection());
  if (ImGui::SmallButton("Redo")) *undo_redo = 1;
  ImGui::EndDisabled();
  ImGui::SameLine();
  size_t inert = 0;
  for (bool applied : app.corrections_applied()) inert += !applied;
  char label[64];
  if (inert > 0) {
    std::snprintf(label, sizeof label, "corrections: %zu (%zu inactive)###corr_list", n, inert);
  } else {
    std::snprintf(label, sizeof label, "corrections: %zu###corr_list", n);
  }
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  if (ImGui::SmallButton(label) && n > 0) Edit().open = EditState::Open::kList;
  ImGui::PopStyleColor(2);
  if (ImGui::IsItemHovered() && n == 0) {
    ImGui::SetTooltip("Right-click an entity to rename it, change its type, merge it or split an alias off.");
  }
}

// The buttons for the selected entity: Rename…, Type ▾, Merge into…, Split alias ▾.
void DrawSelectionBar(const Analysis& a, int i, std::optional<Correction>* apply) {
  const Entity& e = a.entities[i];
  const std::string key = EntityKey(e);
  if (ImGui::SmallButton("Rename\xE2\x80\xA6")) {
    Edit().target = key;
    Edit().rename_buffer = e.name;
    Edit().open = EditState::Open::kRename;
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("Type \xE2\x96\xBE")) ImGui::OpenPopup("##type_popup");
  if (ImGui::BeginPopup("##type_popup")) {
    for (EntityType t : kAllTypes) {
      if (ImGui::MenuItem(ToString(t), nullptr, e.type == t, e.type != t)) {
        *apply = Correction{Correction::Kind::kSetType, key, "", ToString(t)};
      }
    }
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(a.entities.size() < 2);
  if (ImGui::SmallButton("Merge into\xE2\x80\xA6")) {
    Edit().target = key;
    Edit().merge_filter.clear();
    Edit().open = EditState::Open::kMerge;
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!CanSplit(e));
  if (ImGui::SmallButton("Split alias \xE2\x96\xBE")) ImGui::OpenPopup("##split_popup");
  ImGui::EndDisabled();
  if (ImGui::BeginPopup("##split_popup")) {
    ImGui::TextDisabled("Split off, with its mentions:");
    for (const std::string& alias : e.aliases) {
      if (ImGui::MenuItem(alias.c_str())) *apply = Correction{Correction::Kind::kSplitAlias, key, alias, ""};
    }
    ImGui::EndPopup();
  }
}

// The Rename, Merge and list dialogs (modal popups at the panel's level).
void DrawDialogs(App& app, std::optional<Correction>* apply) {
  const Analysis& a = app.analysis();
  EditState& edit = Edit();
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec2 centre(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f);
  if (edit.open == EditState::Open::kRename) ImGui::OpenPopup("Rename entity");
  if (edit.open == EditState::Open::kMerge) ImGui::OpenPopup("Merge entity");
  if (edit.open == EditState::Open::kList) ImGui::OpenPopup("Corrections");
  const bool appearing = edit.open != EditState::Open::kNone;
  edit.open = EditState::Open::kNone;
  const float em = ImGui::GetFontSize();
  const ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings;

  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal("Rename entity", nullptr, flags)) {
    const int i = ExactIndex(a, edit.target);
    if (i < 0) {
      ImGui::CloseCurrentPopup();
    } else {
      const Entity& e = a.entities[i];
      ImGui::Text("Rename ");
      ImGui::SameLine(0, 0);
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(TypeColor(e.type)), "%s", e.name.c_str());
      ImGui::SameLine(0, 0);
      ImGui::TextDisabled(" (%s) to:", ToString(e.type));
      if (appearing) ImGui::SetKeyboardFocusHere();
      ImGui::SetNextItemWidth(em * 22);
      const bool enter = ImGui::InputText("##new_name", &edit.rename_buffer, ImGuiInputTextFlags_EnterReturnsTrue |
                                                                              ImGuiInputTextFlags_AutoSelectAll);
      const bool ok_enabled = !edit.rename_buffer.empty() && edit.rename_buffer != e.name;
      ImGui::BeginDisabled(!ok_enabled);
      const bool ok = ImGui::Button("Rename", ImVec2(em * 7, 0));
      ImGui::EndDisabled();
      ImGui::SameLine();
      if (ImGui::Button("Cancel", ImVec2(em * 7, 0)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        ImGui::CloseCurrentPopup();
      } else if ((ok || enter) && ok_enabled) {
        *apply = Correction{Correction::Kind::kRename, edit.target, "", edit.rename_buffer};
        ImGui::CloseCurrentPopup();
      }
    }
    ImGui::EndPopup();
  }

  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal("Merge entity", nullptr, flags)) {
    const int i = ExactIndex(a, edit.target);
    if (i < 0) {
      ImGui::CloseCurrentPopup();
    } else {
      const Entity& e = a.entities[i];
      ImGui::Text("Merge ");
      ImGui::SameLine(0, 0);
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(TypeColor(e.type)), "%s", e.name.c_str());
      ImGui::SameLine(0, 0);
      ImGui::TextUnformatted(" into:");
      ImGui::TextDisabled("The chosen entity keeps its name and type; this one's mentions,\naliases and quotes join it.");
      if (appearing) ImGui::SetKeyboardFocusHere();
      ImGui::SetNextItemWidth(em * 24);
      ImGui::InputTextWithHint("##merge_filter", "Filter", &edit.merge_filter);
      const std::string needle = Fold(edit.merge_filter);
      ImGui::BeginChild("##merge_list", ImVec2(em * 24, em * 14), true);
      for (size_t k = 0; k < a.entities.size(); ++k) {
        if (static_cast<int>(k) == i) continue;
        const Entity& o = a.entities[k];
        if (!needle.empty()) {
          bool hit = Fold(o.name).find(needle) != std::string::npos;
          for (const std::string& alias : o.aliases) hit = hit || Fold(alias).find(needle) != std::string::npos;
          if (!hit) continue;
        }
        ImGui::PushID(static_cast<int>(k));
        // Same type first in the eye: others dimmed, still choosable.
        ImGui::PushStyleColor(ImGuiCol_Text, TypeColor(o.type));
        const bool chosen = ImGui::Selectable(o.name.c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine();
        ImGui::TextDisabled("%s · %zu", ToString(o.type), o.mentions.size());
        if (chosen) {
          *apply = Correction{Correction::Kind::kMerge, EntityKey(o), edit.target, ""};
          ImGui::CloseCurrentPopup();
        }
        ImGui::PopID();
      }
      ImGui::EndChild();
      if (ImGui::Button("Cancel", ImVec2(em * 7, 0)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        ImGui::CloseCurrentPopup();
      }
    }
    ImGui::EndPopup();
  }

  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopup("Corrections", flags)) {
    ImGui::TextUnformatted("Corrections, oldest first");
    ImGui::Separator();
    const auto& list = app.corrections();
    const auto& applied = app.corrections_applied();
    for (size_t k = 0; k < list.size(); ++k) {
      const bool on = k < applied.size() && applied[k];
      const std::string line = DescribeCorrection(list[k]);
      if (on) {
        ImGui::Text("%zu. %s", k + 1, line.c_str());
      } else {
        ImGui::TextDisabled("%zu. %s (not in this text)", k + 1, line.c_str());
      }
    }
    if (list.empty()) ImGui::TextDisabled("None.");
    ImGui::EndPopup();
  }
}

}  // namespace

void DrawEntitiesPanel(App& app) {
  const Analysis& a = app.analysis();
  UiState& ui = app.ui();
  std::optional<Correction> apply;  // applied at the end of the frame
  int undo_redo = 0;                // -1 undo, +1 redo

  // Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) while this panel has focus and nothing is being typed.
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows) && !io.WantTextInput && (io.KeyCtrl || io.KeySuper)) {
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false)) undo_redo = io.KeyShift ? 1 : -1;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false)) undo_redo = 1;
  }

  if (a.entities.empty()) {
    ImGui::TextDisabled("No entities found yet.");
    if (!app.corrections().empty()) DrawCorrectionsBar(app, &undo_redo);
  } else {
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##entity_filter", "Filter entities", &ui.entity_filter);
    DrawCorrectionsBar(app, &undo_redo);
    const bool has_selection = ui.selected_entity >= 0 && static_cast<size_t>(ui.selected_entity) < a.entities.size();
    // The selection's buttons are always there (disabled without a selection), so selecting
    // a row never moves the table under the mouse.
    ImGui::SameLine();
    ImGui::TextDisabled("|");
    ImGui::SameLine();
    // They wrap to their own line when they do not fit.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float need = ImGui::CalcTextSize("Rename\xE2\x80\xA6 Type \xE2\x96\xBE Merge into\xE2\x80\xA6 Split alias \xE2\x96\xBE").x +
                       style.FramePadding.x * 8 + style.ItemSpacing.x * 3;
    if (ImGui::GetContentRegionAvail().x < need) ImGui::NewLine();
    if (has_selection) {
      DrawSelectionBar(a, ui.selected_entity, &apply);
    } else {
      ImGui::BeginDisabled();
      ImGui::SmallButton("Rename\xE2\x80\xA6");
      ImGui::SameLine();
      ImGui::SmallButton("Type \xE2\x96\xBE");
      ImGui::SameLine();
      ImGui::SmallButton("Merge into\xE2\x80\xA6");
      ImGui::SameLine();
      ImGui::SmallButton("Split alias \xE2\x96\xBE");
      ImGui::EndDisabled();
      if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Select an entity first");
    }

    const std::string needle = Fold(ui.entity_filter);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_Sortable | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingStretchProp;
    // Name stretches; Type and Mentions are as narrow as their content. Aliases and Roles get
    // a column only where the panel is wide enough to keep Name readable; otherwise (and
    // whenever a name is clipped) hovering the name shows it in full with them.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const bool alias_column = avail.x >= ImGui::GetFontSize() * kAliasColumnMinEms;
    const bool roles_column = avail.x >= ImGui::GetFontSize() * kRolesColumnMinEms;
    const int columns = 3 + alias_column + roles_column;
    const char* table_id = roles_column ? "##entities_table5" : alias_column ? "##entities_table4" : "##entities_table3";
    if (ImGui::BeginTable(table_id, columns, flags, avail)) {
      ImGui::TableSetupScrollFreeze(0, 1);
      const ImGuiStyle& style = ImGui::GetStyle();
      const float arrow = ImGui::GetFontSize() * 0.65f + style.ItemInnerSpacing.x;  // the header's sort arrow
      const float type_w = std::max(ImGui::CalcTextSize("PERSON").x, ImGui::CalcTextSize("Type").x + arrow);
      const float mentions_w = ImGui::CalcTextSize("Mentions").x + arrow;
      ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, roles_column ? 0.45f : 0.65f, kColName);
      ImGui::TableSetupColumn("Type", ImGuiTableColumnFlags_WidthFixed, type_w, kColType);
      ImGui::TableSetupColumn("Mentions",
                              ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultSort |
                                  ImGuiTableColumnFlags_PreferSortDescending,
                              mentions_w, kColMentions);
      if (alias_column) {
        ImGui::TableSetupColumn("Aliases", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_PreferSortDescending,
                                roles_column ? 0.3f : 0.35f, kColAliases);
      }
      if (roles_column) ImGui::TableSetupColumn("Roles", ImGuiTableColumnFlags_WidthStretch, 0.25f, kColRoles);
      ImGui::TableHeadersRow();

      ImGuiID sort_column = kColMentions;
      bool ascending = false;
      if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
        sort_column = specs->Specs[0].ColumnUserID;
        ascending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
      }
      static RowCache cache;
      if (cache.app != &app || cache.generation != app.analysis_generation() || cache.entities != a.entities.data() ||
          cache.count != a.entities.size() || cache.filter != ui.entity_filter || cache.column != sort_column ||
          cache.ascending != ascending) {
        cache.app = &app;
        cache.generation = app.analysis_generation();
        cache.entities = a.entities.data();
        cache.count = a.entities.size();
        cache.filter = ui.entity_filter;
        cache.column = sort_column;
        cache.ascending = ascending;
        cache.rows.clear();
        for (size_t i = 0; i < a.entities.size(); ++i) {
          const Entity& e = a.entities[i];
          if (!needle.empty()) {
            bool hit = Fold(e.name).find(needle) != std::string::npos || Fold(ToString(e.type)).find(needle) == 0;
            for (const std::string& alias : e.aliases) hit = hit || Fold(alias).find(needle) != std::string::npos;
            for (const std::string& role : e.roles) hit = hit || Fold(role).find(needle) != std::string::npos;
            if (!hit) continue;
          }
          cache.rows.push_back(static_cast<int>(i));
        }
        // Text keys folded once per rebuild (case and accents do not decide the order).
        std::vector<std::string> text_key(a.entities.size());
        if (sort_column == kColName || sort_column == kColAliases || sort_column == kColRoles) {
          for (int i : cache.rows) {
            const Entity& e = a.entities[i];
            text_key[i] = Fold(sort_column == kColName ? e.name : sort_column == kColAliases ? JoinAliases(e) : JoinRoles(e));
          }
        }
        auto count = [&](int i) -> long {
          const Entity& e = a.entities[i];
          switch (sort_column) {
            case kColType: return static_cast<long>(e.type);
            case kColMentions: return static_cast<long>(e.mentions.size());
            case kColAliases: return static_cast<long>(e.aliases.size() - (std::find(e.aliases.begin(), e.aliases.end(), e.name) != e.aliases.end()));
            default: return 0;
          }
        };
        std::sort(cache.rows.begin(), cache.rows.end(), [&](int x, int y) {
          const long kx = count(x), ky = count(y);
          if (kx != ky) return ascending ? kx < ky : kx > ky;
          const std::string& tx = text_key[x];
          const std::string& ty = text_key[y];
          if (tx != ty) {
            if (sort_column == kColRoles && (tx.empty() || ty.empty())) return ty.empty();  // no role: last
            return ascending ? tx < ty : tx > ty;
          }
          return x < y;  // salience order breaks ties: a total order
        });
      }
      const std::vector<int>& rows = cache.rows;

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
          if (ImGui::Selectable("##row", selected,
                                ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap)) {
            SelectEntity(app, selected ? -1 : i);
          }
          const bool row_hovered = ImGui::IsItemHovered();
          if (row_hovered) ui.hovered_entity = i;
          // Right click: select the row and offer its corrections.
          if (ImGui::BeginPopupContextItem("##row_menu")) {
            if (ui.selected_entity != i) SelectEntity(app, i);
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(TypeColor(e.type)), "%s", e.name.c_str());
            ImGui::Separator();
            CorrectionMenuItems(a, i, &apply);
            ImGui::Separator();
            if (ImGui::MenuItem("Undo last correction", nullptr, false, app.CanUndoCorrection())) undo_redo = -1;
            ImGui::EndPopup();
          }
          ImGui::SameLine(0, 0);
          const bool clipped = ImGui::CalcTextSize(e.name.c_str()).x > ImGui::GetContentRegionAvail().x;
          ImGui::PushStyleColor(ImGuiCol_Text, TypeColor(e.type));
          ImGui::TextUnformatted(e.name.c_str());
          ImGui::PopStyleColor();
          const std::string aliases = JoinAliases(e);
          const std::string roles = JoinRoles(e);
          const std::string articles = app.EntityArticles(i);  // "" with one article
          if (row_hovered && (ImGui::TableGetColumnFlags(0) & ImGuiTableColumnFlags_IsHovered) &&
              (clipped || (!alias_column && !aliases.empty()) || (!roles_column && !roles.empty()) ||
               !articles.empty())) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(TypeColor(e.type)), "%s", e.name.c_str());
            if (!aliases.empty()) ImGui::TextWrapped("Aliases: %s", aliases.c_str());
            if (!roles.empty()) ImGui::TextWrapped("Roles: %s", roles.c_str());
            if (!articles.empty()) ImGui::TextWrapped("In: %s", articles.c_str());
            ImGui::TextDisabled("Right-click to correct.");
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
          if (roles_column) {
            ImGui::TableSetColumnIndex(4);
            ImGui::TextUnformatted(roles.c_str());
            if (!roles.empty() && ImGui::IsItemHovered() && ImGui::CalcTextSize(roles.c_str()).x > ImGui::GetColumnWidth()) {
              ImGui::SetTooltip("%s", roles.c_str());
            }
          }
          ImGui::PopID();
        }
      }
      ImGui::EndTable();
    }
  }

  DrawDialogs(app, &apply);

  // Last: these replace the analysis that `a` refers to.
  if (apply) {
    app.AddCorrection(std::move(*apply));
  } else if (undo_redo < 0) {
    app.UndoCorrection();
  } else if (undo_redo > 0) {
    app.RedoCorrection();
  }
}

}  // namespace ae::app
