// network_panel.cpp — the entity network: nodes coloured by type and sized by mentions,
// edges (co-occurrence grey, quote amber) widened by weight, labels placed greedily so they
// never overlap (label_placement.h: the most salient first and always shown, the least
// salient hidden first), a legend, a tooltip on hover.
// Drag the background to pan, drag a node to pin it, wheel to zoom at the cursor,
// double-click the background to reset the view, click a node to select its entity.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/label_placement.h"
#include "app/panels.h"
#include "app/theme.h"
#include "imgui.h"

namespace ae::app {

namespace {

constexpr int kAlwaysLabelled = 5;  // the most salient nodes always keep their names
constexpr size_t kMaxLabels = 400;  // label placement is quadratic in the labels tried

float NodeRadius(const Entity& e) {
  // Area grows with mentions, capped so one protagonist does not cover the picture.
  return std::min(5.0f + 2.6f * std::sqrt(static_cast<float>(e.mentions.size())), 24.0f);
}

ImU32 WithAlpha(ImU32 c, float a) {
  const ImU32 alpha = static_cast<ImU32>(((c >> IM_COL32_A_SHIFT) & 0xFF) * a);
  return (c & ~IM_COL32_A_MASK) | (alpha << IM_COL32_A_SHIFT);
}

constexpr EntityType kLegendTypes[] = {EntityType::kPerson, EntityType::kOrg, EntityType::kPlace,
                                      EntityType::kGroup, EntityType::kMisc};

float LegendWidth() {
  float w = 0;
  for (EntityType t : kLegendTypes) w += 14 + ImGui::CalcTextSize(ToString(t)).x + 12;
  return w;
}

void DrawLegend(ImDrawList* dl, ImVec2 at) {
  const float h = ImGui::GetTextLineHeight();
  for (EntityType t : kLegendTypes) {
    dl->AddCircleFilled(ImVec2(at.x + 5, at.y + h * 0.5f), 5.0f, TypeColor(t));
    dl->AddText(ImVec2(at.x + 14, at.y), ImGui::GetColorU32(ImGuiCol_TextDisabled), ToString(t));
    at.x += 14 + ImGui::CalcTextSize(ToString(t)).x + 12;
  }
}

void EntityTooltip(const Analysis& a, int index) {
  const Entity& e = a.entities[index];
  size_t names = 0, quotes = 0;
  for (const Mention& m : e.mentions) names += m.kind == MentionKind::kName;
  for (const Quote& q : a.quotes) quotes += q.speaker == index;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(TypeColor(e.type)), "%s", e.name.c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("%s", ToString(e.type));
  ImGui::Text("%zu mentions (%zu by name) · %zu quotes", e.mentions.size(), names, quotes);
  if (!e.aliases.empty()) {
    std::string aliases;
    for (const std::string& s : e.aliases) aliases += (aliases.empty() ? "" : ", ") + s;
    ImGui::TextWrapped("Aliases: %s", aliases.c_str());
  }
  if (!e.roles.empty()) {
    std::string roles;
    for (const std::string& s : e.roles) roles += (roles.empty() ? "" : "; ") + s;
    ImGui::TextWrapped("Roles: %s", roles.c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

}  // namespace

void DrawNetworkPanel(App& app) {
  const Analysis& a = app.analysis();
  UiState& ui = app.ui();
  NetworkView& view = ui.network;
  std::vector<LayoutNode>& nodes = view.layout.nodes();
  char note[96];
  std::snprintf(note, sizeof note, "%zu nodes · %zu edges", a.entities.size(), a.edges.size());
  PanelHeader("Network", note);

  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  const ImVec2 size = ImGui::GetContentRegionAvail();
  if (size.x < 10 || size.y < 10) return;
  const ImVec2 p1(p0.x + size.x, p0.y + size.y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImGui::InvisibleButton("##canvas", size, ImGuiButtonFlags_MouseButtonLeft);
  const bool hovered = ImGui::IsItemHovered();
  const bool active = ImGui::IsItemActive();

  if (a.entities.empty() || nodes.size() != a.entities.size()) {
    const char* msg = "People, organisations and places of the article appear here.";
    const ImVec2 ts = ImGui::CalcTextSize(msg);
    dl->AddText(ImVec2(p0.x + (size.x - ts.x) * 0.5f, p0.y + (size.y - ts.y) * 0.5f),
                ImGui::GetColorU32(ImGuiCol_TextDisabled), msg);
    return;
  }

  // Fit the layout's bounding box to the panel (frozen while a node is dragged).
  const float margin = 36.0f;
  if (view.dragged_node < 0) {
    float minx = nodes[0].x, maxx = nodes[0].x, miny = nodes[0].y, maxy = nodes[0].y;
    for (const LayoutNode& n : nodes) {
      minx = std::min(minx, n.x);
      maxx = std::max(maxx, n.x);
      miny = std::min(miny, n.y);
      maxy = std::max(maxy, n.y);
    }
    const float bw = std::max(maxx - minx, 1e-3f), bh = std::max(maxy - miny, 1e-3f);
    // Leave room on the right for labels (they extend to the right of their node) and at
    // the bottom for the legend. The axes may stretch differently, up to 1.7x, so a tall
    // layout still uses a wide panel.
    const float sx = (size.x - 2 * margin - 60) / bw, sy = (size.y - 2 * margin - 12) / bh;
    view.fit_scale = std::max(std::min(std::min(sx, sy), 160.0f), 1.0f);
    view.fit_stretch_x = std::max(1.0f, std::min(sx / view.fit_scale, 1.7f));
    view.fit_stretch_y = std::max(1.0f, std::min(sy / view.fit_scale, 1.7f));
    view.fit_cx = (minx + maxx) * 0.5f;
    view.fit_cy = (miny + maxy) * 0.5f;
  }
  const ImVec2 centre(p0.x + size.x * 0.5f - 30, p0.y + size.y * 0.5f - 6);
  const float s = view.fit_scale * view.zoom;
  auto to_screen = [&](const LayoutNode& n) {
    return ImVec2(centre.x + (n.x - view.fit_cx) * s * view.fit_stretch_x + view.pan_x,
                  centre.y + (n.y - view.fit_cy) * s * view.fit_stretch_y + view.pan_y);
  };
  std::vector<ImVec2> pos(nodes.size());
  std::vector<float> radius(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) {
    pos[i] = to_screen(nodes[i]);
    radius[i] = NodeRadius(a.entities[i]);
  }

  // Hover: the node under the mouse (the smallest distance inside its radius + slack).
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  int hover = -1;
  if (hovered || active) {
    float best = 1e30f;
    for (size_t i = 0; i < nodes.size(); ++i) {
      const float dx = mouse.x - pos[i].x, dy = mouse.y - pos[i].y;
      const float d2 = dx * dx + dy * dy;
      const float r = radius[i] + 4;
      if (d2 <= r * r && d2 < best) {
        best = d2;
        hover = static_cast<int>(i);
      }
    }
  }

  // Interaction.
  ImGuiIO& io = ImGui::GetIO();
  if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    view.dragged_node = hover;
    SelectEntity(app, hover >= 0 ? hover : ui.selected_entity);
  }
  if (active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
    if (view.dragged_node >= 0 && static_cast<size_t>(view.dragged_node) < nodes.size()) {
      LayoutNode& n = nodes[view.dragged_node];
      n.x = view.fit_cx + (mouse.x - centre.x - view.pan_x) / (s * view.fit_stretch_x);
      n.y = view.fit_cy + (mouse.y - centre.y - view.pan_y) / (s * view.fit_stretch_y);
      n.pinned = true;
      view.layout.Reheat(0.05f);
    } else {
      view.pan_x += io.MouseDelta.x;
      view.pan_y += io.MouseDelta.y;
    }
  }
  if (!active) view.dragged_node = -1;
  if (hovered && hover < 0 && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
    view.zoom = 1.0f;
    view.pan_x = view.pan_y = 0;
    SelectEntity(app, -1);
  }
  if (hovered && io.MouseWheel != 0) {
    const float old_s = s;
    view.zoom = std::min(std::max(view.zoom * std::pow(1.15f, io.MouseWheel), 0.2f), 12.0f);
    const float new_s = view.fit_scale * view.zoom;
    // Keep the point under the cursor fixed.
    const float wx = (mouse.x - centre.x - view.pan_x) / old_s, wy = (mouse.y - centre.y - view.pan_y) / old_s;
    view.pan_x = mouse.x - centre.x - wx * new_s;
    view.pan_y = mouse.y - centre.y - wy * new_s;
  }
  if (hover >= 0) ui.hovered_entity = hover;

  // Focus: the hovered entity (this or another panel, last frame) or the selection.
  int focus = hover >= 0 ? hover : (ui.hovered_entity_prev >= 0 ? ui.hovered_entity_prev : ui.selected_entity);
  if (focus >= static_cast<int>(nodes.size())) focus = -1;
  std::vector<bool> lit(nodes.size(), focus < 0);
  if (focus >= 0) {
    lit[focus] = true;
    for (const Edge& e : a.edges) {
      if (e.source == focus && e.target >= 0 && static_cast<size_t>(e.target) < lit.size()) lit[e.target] = true;
      if (e.target == focus && e.source >= 0 && static_cast<size_t>(e.source) < lit.size()) lit[e.source] = true;
    }
  }

  dl->PushClipRect(p0, p1, true);
  // Edges.
  const ImU32 edge_col = ImGui::GetColorU32(ImGuiCol_Text, 0.28f);
  const ImU32 quote_col = IM_COL32(245, 180, 60, 170);
  for (const Edge& e : a.edges) {
    if (e.source < 0 || e.target < 0 || static_cast<size_t>(e.source) >= nodes.size() ||
        static_cast<size_t>(e.target) >= nodes.size()) {
      continue;
    }
    const bool on = focus < 0 || e.source == focus || e.target == focus;
    const float w = 1.0f + std::min(static_cast<float>(e.weight), 8.0f) * 0.45f;
    ImU32 c = e.kind == EdgeKind::kQuote ? quote_col : edge_col;
    if (!on) c = WithAlpha(c, 0.25f);
    dl->AddLine(pos[e.source], pos[e.target], c, w);
  }
  // Nodes, least salient first so the protagonists are drawn on top.
  for (size_t k = nodes.size(); k-- > 0;) {
    const ImU32 col = TypeColor(a.entities[k].type);
    dl->AddCircleFilled(pos[k], radius[k], lit[k] ? col : WithAlpha(col, 0.25f));
    if (static_cast<int>(k) == ui.selected_entity) {
      dl->AddCircle(pos[k], radius[k] + 3, ImGui::GetColorU32(ImGuiCol_Text), 0, 2.0f);
    } else if (nodes[k].pinned) {
      dl->AddCircle(pos[k], radius[k] + 2, ImGui::GetColorU32(ImGuiCol_TextDisabled), 0, 1.0f);
    }
  }
  // Labels: greedy, the focus first, then by salience (the core's entity order); the
  // first few are always shown, the least salient are hidden first (label_placement.h).
  std::vector<int> order;
  order.reserve(nodes.size());
  if (focus >= 0) order.push_back(focus);
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (static_cast<int>(i) != focus && lit[i]) order.push_back(static_cast<int>(i));
  }
  const float lh = ImGui::GetTextLineHeight();
  std::vector<LabelRequest> requests(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) {
    requests[i].centre = pos[i];
    requests[i].radius = radius[i];
    requests[i].blocks = lit[i];  // dimmed nodes may be covered
  }
  for (size_t k = 0; k < order.size() && k < kMaxLabels; ++k) {
    requests[order[k]].size = ImGui::CalcTextSize(a.entities[order[k]].name.c_str());
  }
  const std::vector<LabelRect> obstacles = {{ImVec2(p0.x, p1.y - lh - 6), ImVec2(p0.x + LegendWidth() + 8, p1.y)}};
  const int always_shown = kAlwaysLabelled + (focus >= 0 ? 1 : 0);
  const std::vector<LabelSpot> spots =
      PlaceLabels(requests, order, always_shown, obstacles, {p0, p1}, 2.0f, kMaxLabels);
  const ImU32 label_bg = ImGui::GetColorU32(ImGuiCol_ChildBg, 0.78f);
  const ImU32 label_fg = ImGui::GetColorU32(ImGuiCol_Text);
  for (int i : order) {
    if (!spots[i].placed) continue;
    const ImVec2 c = spots[i].pos, ts = requests[i].size;
    dl->AddRectFilled(ImVec2(c.x - 2, c.y), ImVec2(c.x + ts.x + 2, c.y + lh), label_bg, 3.0f);
    dl->AddText(c, label_fg, a.entities[i].name.c_str());
  }
  DrawLegend(dl, ImVec2(p0.x + 4, p1.y - lh - 4));
  dl->PopClipRect();

  if (hover >= 0 && view.dragged_node < 0) EntityTooltip(a, hover);
}

}  // namespace ae::app
