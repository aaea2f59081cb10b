// facts_panel.cpp — dates, times, money, percentages and quantities, in article order,
// each with its sentence (hover for the whole sentence).
#include <string>
#include <string_view>

#include "app/app.h"
#include "app/panels.h"
#include "imgui.h"

namespace ae::app {

void DrawFactsPanel(App& app) {
  const Analysis& a = app.analysis();
  if (a.values.empty()) {
    ImGui::TextDisabled("No dates, amounts or numbers found yet.");
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##facts_table", 3, flags, ImGui::GetContentRegionAvail())) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Type", ImGuiTableColumnFlags_WidthStretch, 0.18f);
  ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthStretch, 0.27f);
  ImGui::TableSetupColumn("Sentence", ImGuiTableColumnFlags_WidthStretch, 0.55f);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(a.values.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Value& v = a.values[i];
      ImGui::PushID(i);
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextDisabled("%s", ToString(v.type));
      ImGui::TableSetColumnIndex(1);
      const std::string_view text = a.Text(v.span);
      ImGui::TextUnformatted(text.data(), text.data() + text.size());
      ImGui::TableSetColumnIndex(2);
      if (v.sentence < a.sentences.size()) {
        const std::string_view s = a.Text(a.sentences[v.sentence].span);
        ImGui::TextUnformatted(s.data(), s.data() + s.size());  // one line, clipped by the cell
        if (ImGui::IsItemHovered()) {
          ImGui::BeginTooltip();
          ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
          ImGui::TextUnformatted(s.data(), s.data() + s.size());
          ImGui::PopTextWrapPos();
          ImGui::EndTooltip();
        }
      }
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

}  // namespace ae::app
