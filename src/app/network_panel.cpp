// network_panel.cpp — the entity network: nodes coloured by type and sized by mentions,
// edges (co-occurrence grey, quote amber) widened by weight, labels placed greedily so they
// never overlap (label_placement.h: the most salient first and always shown, the least
// salient hidden first), a legend, a tooltip on hover.
// Toolbar: a checkbox per type (coloured like the legend: unticked types are hidden), the
// minimum edge weight, and a search box (matches are ringed and labelled first, the rest
// dimmed; Enter centres on and selects the most salient match).
// Drag the background to pan, drag a node to pin it (double-click it to release), wheel
// (or ctrl+wheel: a pinch in the browser) to zoom at the cursor, double-click the
// background to reset the view, click a node to select its entity; hover lights a node's
// neighbours and dims the rest. The picture is fitted to the panel until the reader first
// moves the view; from then on it holds still (NetworkView::fit_locked).
// Cost per frame: O(n + e) plus label placement (grid, bounded by local density); nodes and
// edges outside the canvas are not sent to the draw list.
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
#include "imgui_stdlib.h"

namespace ae::app {

namespace {

constexpr int kAlwaysLabelled = 5;  // the most salient nodes always keep their names
constexpr size_t kMaxLabels = 400;  // more names than this is no longer readable
// Labels tried per frame: past the 3,000 most salient nodes a crowded picture has no room
// left, and trying 20,000 would cost more than drawing them.
constexpr size_t kMaxLabelTries = 3000;
constexpr ImU32 kMatchRing = IM_COL32(250, 204, 21, 255);  // search matches (amber-yellow)

float NodeRadius(const Entity& e) {
  // Area grows with mentions, capped so one protagonist does not cover the picture.
  return std::min(5.0f + 2.6f * std::sqrt(static_cast<float>(e.mentions.size())), 24.0f);
}

// Integer widths 1..5: ImGui draws integer-wide anti-aliased lines from its texture
// (4 vertices a line instead of 8), which keeps 10,000 edges cheap.
float EdgeWidth(double weight) {
  return 1.0f + std::floor(static_cast<float>(std::min(weight, 8.0)) * 0.45f + 0.5f);
}

ImU32 WithAlpha(ImU32 c, float a) {
  const ImU32 alpha = static_cast<ImU32>(((c >> IM_COL32_A_SHIFT) & 0xFF) * a);
  return (c & ~IM_COL32_A_MASK) | (alpha << IM_COL32_A_SHIFT);
}

constexpr EntityType kLegendTypes[] = {EntityType::kPerson, EntityType::kOrg, EntityType::kPlace,
                                      EntityType::kGroup, EntityType::kMisc};

uint32_t TypeBit(EntityType t) { return 1u << static_cast<unsigned>(t); }

float LegendWidth() {
  float w = 0;
  for (EntityType t : kLegendTypes) w += 14 + ImGui::CalcTextSize(ToString(t)).x + 12;
  return w;
}

// The legend; hidden types are drawn faint.
void DrawLegend(ImDrawList* dl, ImVec2 at, uint32_t hidden_types) {
  const float h = ImGui::GetTextLineHeight();
  for (EntityType t : kLegendTypes) {
    const bool hidden = (hidden_types & TypeBit(t)) != 0;
    dl->AddCircleFilled(ImVec2(at.x + 5, at.y + h * 0.5f), 5.0f, WithAlpha(TypeColor(t), hidden ? 0.25f : 1.0f));
    dl->AddText(ImVec2(at.x + 14, at.y), ImGui::GetColorU32(ImGuiCol_TextDisabled, hidden ? 0.5f : 1.0f), ToString(t));
    at.x += 14 + ImGui::CalcTextSize(ToString(t)).x + 12;
  }
}

// ASCII case-insensitive substring test without allocating (other bytes compare as is).
bool ContainsFolded(const std::string& hay, const std::string& needle_lower) {
  if (needle_lower.empty() || needle_lower.size() > hay.size()) return needle_lower.empty();
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (size_t i = 0; i + needle_lower.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle_lower.size() && lower(hay[i + k]) == needle_lower[k]) ++k;
    if (k == needle_lower.size()) return true;
  }
  return false;
}

void EntityTooltip(const App& app, const Analysis& a, int index, bool pinned) {
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
  // Several articles: which ones this entity comes from.
  const std::string articles = app.EntityArticles(index);
  if (!articles.empty()) ImGui::TextWrapped("In: %s", articles.c_str());
  if (pinned) ImGui::TextDisabled("Pinned: double-click to release");
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

// Puts the next toolbar item on this line when `width` still fits, else on the next.
void FlowItem(float width, bool first) {
  if (first) return;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  const float x = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
  if (x + width <= right) ImGui::SameLine();
}

// The filter row. Returns true when Enter was pressed in the search box.
bool DrawToolbar(NetworkView& view, const Analysis& a, bool focus_search) {
  const ImGuiStyle& style = ImGui::GetStyle();
  bool first = true;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(style.FramePadding.x, 1.0f));
  for (EntityType t : kLegendTypes) {
    const char* name = ToString(t);
    FlowItem(ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(name).x, first);
    first = false;
    bool shown = (view.hidden_types & TypeBit(t)) == 0;
    ImGui::PushStyleColor(ImGuiCol_CheckMark, ImGui::ColorConvertU32ToFloat4(TypeColor(t)));
    if (ImGui::Checkbox(name, &shown)) view.hidden_types ^= TypeBit(t);
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show %s nodes", name);
  }
  double max_weight = 1;
  for (const Edge& e : a.edges) max_weight = std::max(max_weight, e.weight);
  const float fw = ImGui::GetFontSize();
  FlowItem(fw * 7, false);
  ImGui::SetNextItemWidth(fw * 7);
  const float top = static_cast<float>(std::max(2.0, std::min(max_weight, 50.0)));
  ImGui::SliderFloat("##minweight", &view.min_edge_weight, 1.0f, top, "min weight %.0f");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Hide edges lighter than this (co-occurrences or quotes)");
  view.min_edge_weight = std::max(1.0f, view.min_edge_weight);
  FlowItem(fw * 9, false);
  ImGui::SetNextItemWidth(fw * 9);
  if (focus_search) ImGui::SetKeyboardFocusHere();  // Ctrl/Cmd+F
  const bool enter = ImGui::InputTextWithHint("##netsearch", "Find a name\xE2\x80\xA6", &view.search,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  if (ImGui::IsItemHovered() && !ImGui::IsItemActive()) ImGui::SetTooltip("Matches are ringed; Enter centres on the first");
  if (!view.search.empty()) {
    ImGui::SameLine();
    ImGui::TextDisabled("%d", view.search_matches);
  }
  ImGui::PopStyleVar();
  return enter;
}

}  // namespace

void DrawNetworkPanel(App& app) {
  const Analysis& a = app.analysis();
  UiState& ui = app.ui();
  NetworkView& view = ui.network;
  std::vector<LayoutNode>& nodes = view.layout.nodes();
  view.labels_placed = 0;
  view.label_rects.clear();
  const size_t n = nodes.size() == a.entities.size() ? nodes.size() : 0;

  // Which nodes the filters show, and which match the search.
  std::vector<char> shown(n, 1), match(n, 0);
  size_t shown_count = 0;
  for (size_t i = 0; i < n; ++i) {
    shown[i] = (view.hidden_types & TypeBit(a.entities[i].type)) == 0;
    shown_count += shown[i];
  }
  char note[128];
  if (shown_count == n) {
    std::snprintf(note, sizeof note, "%zu nodes · %zu edges", a.entities.size(), a.edges.size());
  } else {
    std::snprintf(note, sizeof note, "%zu of %zu nodes shown · %zu edges", shown_count, a.entities.size(), a.edges.size());
  }
  PanelHeader("Network", note);
  const bool search_enter = DrawToolbar(view, a, app.TakeSearchFocusRequest());

  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  const ImVec2 size = ImGui::GetContentRegionAvail();
  view.panel_min = p0;
  view.panel_max = ImVec2(p0.x + std::max(size.x, 0.0f), p0.y + std::max(size.y, 0.0f));
  if (size.x < 10 || size.y < 10) return;
  const ImVec2 p1(p0.x + size.x, p0.y + size.y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImGui::InvisibleButton("##canvas", size, ImGuiButtonFlags_MouseButtonLeft);
  const bool hovered = ImGui::IsItemHovered();
  const bool active = ImGui::IsItemActive();

  if (n == 0) {
    const char* msg = "People, organisations and places of the article appear here.";
    const ImVec2 ts = ImGui::CalcTextSize(msg);
    dl->AddText(ImVec2(p0.x + (size.x - ts.x) * 0.5f, p0.y + (size.y - ts.y) * 0.5f),
                ImGui::GetColorU32(ImGuiCol_TextDisabled), msg);
    return;
  }

  // Search: lower-cased needle against the name and the aliases.
  std::string needle;
  for (char c : view.search) needle += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  while (!needle.empty() && needle.back() == ' ') needle.pop_back();
  int first_match = -1;
  view.search_matches = 0;
  if (!needle.empty()) {
    for (size_t i = 0; i < n; ++i) {
      if (!shown[i]) continue;
      const Entity& e = a.entities[i];
      bool m = ContainsFolded(e.name, needle);
      for (size_t k = 0; !m && k < e.aliases.size(); ++k) m = ContainsFolded(e.aliases[k], needle);
      match[i] = m;
      if (m) {
        ++view.search_matches;
        if (first_match < 0) first_match = static_cast<int>(i);
      }
    }
  }

  // Fit the layout's bounding box to the panel, until the reader moved the view (then the
  // picture holds still, so a pinned node stays under the mouse and edits do not rescale
  // it). All nodes count, shown or not, so toggling a filter does not move the picture.
  if (view.fit_load_generation != app.load_generation() || view.layout.iterations() < view.fit_layout_iterations) {
    view.fit_locked = false;  // a new article or a fresh layout ("Re-run network layout")
    view.fit_load_generation = app.load_generation();
  }
  view.fit_layout_iterations = view.layout.iterations();
  const float margin = 36.0f;
  if (!view.fit_locked && view.dragged_node < 0) {
    float minx = nodes[0].x, maxx = nodes[0].x, miny = nodes[0].y, maxy = nodes[0].y;
    for (const LayoutNode& nd : nodes) {
      minx = std::min(minx, nd.x);
      maxx = std::max(maxx, nd.x);
      miny = std::min(miny, nd.y);
      maxy = std::max(maxy, nd.y);
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
  auto to_screen = [&](const LayoutNode& nd) {
    return ImVec2(centre.x + (nd.x - view.fit_cx) * s * view.fit_stretch_x + view.pan_x,
                  centre.y + (nd.y - view.fit_cy) * s * view.fit_stretch_y + view.pan_y);
  };
  std::vector<ImVec2> pos(n);
  std::vector<float> radius(n);
  for (size_t i = 0; i < n; ++i) {
    pos[i] = to_screen(nodes[i]);
    radius[i] = NodeRadius(a.entities[i]);
  }

  // Hover: the shown node under the mouse (the smallest distance inside its radius + slack).
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 mouse = io.MousePos;
  int hover = -1;
  if (hovered || active) {
    float best = 1e30f;
    for (size_t i = 0; i < n; ++i) {
      if (!shown[i]) continue;
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
  if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    view.dragged_node = hover;
    SelectEntity(app, hover >= 0 ? hover : ui.selected_entity);
  }
  if (active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
    view.fit_locked = true;
    if (view.dragged_node >= 0 && static_cast<size_t>(view.dragged_node) < n) {
      LayoutNode& nd = nodes[view.dragged_node];
      nd.x = view.fit_cx + (mouse.x - centre.x - view.pan_x) / (s * view.fit_stretch_x);
      nd.y = view.fit_cy + (mouse.y - centre.y - view.pan_y) / (s * view.fit_stretch_y);
      nd.pinned = true;
      view.layout.Reheat(0.05f);
    } else {
      view.pan_x += io.MouseDelta.x;
      view.pan_y += io.MouseDelta.y;
    }
  }
  if (!active) view.dragged_node = -1;
  if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
    if (hover >= 0) {
      if (nodes[hover].pinned) {  // release a pinned node to the forces
        nodes[hover].pinned = false;
        view.layout.Reheat(0.05f);
      }
    } else {
      view.zoom = 1.0f;
      view.pan_x = view.pan_y = 0;
      view.fit_locked = false;
      SelectEntity(app, -1);
    }
  }
  // Wheel zooms at the cursor; a pinch arrives as ctrl+wheel (browsers) and does the same.
  if (hovered && io.MouseWheel != 0) {
    view.fit_locked = true;
    const float old_s = s;
    view.zoom = std::min(std::max(view.zoom * std::pow(1.15f, io.MouseWheel), 0.2f), 40.0f);
    const float new_s = view.fit_scale * view.zoom;
    // Keep the point under the cursor fixed.
    const float wx = (mouse.x - centre.x - view.pan_x) / old_s, wy = (mouse.y - centre.y - view.pan_y) / old_s;
    view.pan_x = mouse.x - centre.x - wx * new_s;
    view.pan_y = mouse.y - centre.y - wy * new_s;
    const float k = new_s / old_s;
    for (size_t i = 0; i < n; ++i) {  // this frame's picture follows at once
      pos[i] = ImVec2(mouse.x + (pos[i].x - mouse.x) * k, mouse.y + (pos[i].y - mouse.y) * k);
    }
  }
  // Enter in the search box: centre the most salient match and select it.
  if (search_enter && first_match >= 0) {
    view.fit_locked = true;
    const ImVec2 target(p0.x + size.x * 0.5f, p0.y + size.y * 0.5f);
    const float dx = target.x - pos[first_match].x, dy = target.y - pos[first_match].y;
    view.pan_x += dx;
    view.pan_y += dy;
    for (size_t i = 0; i < n; ++i) pos[i] = ImVec2(pos[i].x + dx, pos[i].y + dy);
    SelectEntity(app, first_match);
  }
  if (hover >= 0) ui.hovered_entity = hover;

  // Which edges the filters keep.
  auto edge_shown = [&](const Edge& e) {
    return e.source >= 0 && e.target >= 0 && static_cast<size_t>(e.source) < n && static_cast<size_t>(e.target) < n &&
           shown[e.source] && shown[e.target] && e.weight >= view.min_edge_weight;
  };

  // Focus: the hovered entity (this or another panel, last frame) or the selection; it and
  // its neighbours are lit. Without a focus, a search lights its matches; else all are lit.
  int focus = hover >= 0 ? hover : (ui.hovered_entity_prev >= 0 ? ui.hovered_entity_prev : ui.selected_entity);
  if (focus >= static_cast<int>(n) || (focus >= 0 && !shown[focus])) focus = -1;
  const bool searching = !needle.empty();
  std::vector<char> lit(n, 1);
  if (focus >= 0) {
    std::fill(lit.begin(), lit.end(), 0);
    lit[focus] = 1;
    for (const Edge& e : a.edges) {
      if (!edge_shown(e)) continue;
      if (e.source == focus) lit[e.target] = 1;
      if (e.target == focus) lit[e.source] = 1;
    }
  } else if (searching) {
    lit = match;
  }

  dl->PushClipRect(p0, p1, true);
  // Edges (skipped when both ends lie beyond the same side of the canvas).
  const ImU32 edge_col = ImGui::GetColorU32(ImGuiCol_Text, 0.28f);
  const ImU32 quote_col = IM_COL32(245, 180, 60, 170);
  for (const Edge& e : a.edges) {
    if (!edge_shown(e)) continue;
    const ImVec2 u = pos[e.source], v = pos[e.target];
    if ((u.x < p0.x && v.x < p0.x) || (u.x > p1.x && v.x > p1.x) || (u.y < p0.y && v.y < p0.y) ||
        (u.y > p1.y && v.y > p1.y)) {
      continue;
    }
    const bool on = focus >= 0 ? (e.source == focus || e.target == focus) : (!searching || (match[e.source] && match[e.target]));
    ImU32 c = e.kind == EdgeKind::kQuote ? quote_col : edge_col;
    if (!on) c = WithAlpha(c, 0.25f);
    dl->AddLine(u, v, c, EdgeWidth(e.weight));
  }
  // Nodes, least salient first so the protagonists are drawn on top.
  const ImU32 ring_col = ImGui::GetColorU32(ImGuiCol_Text);
  const ImU32 pin_col = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  for (size_t k = n; k-- > 0;) {
    if (!shown[k]) continue;
    const ImVec2 c = pos[k];
    const float r = radius[k] + 5;
    if (c.x + r < p0.x || c.x - r > p1.x || c.y + r < p0.y || c.y - r > p1.y) continue;
    const ImU32 col = TypeColor(a.entities[k].type);
    dl->AddCircleFilled(c, radius[k], lit[k] ? col : WithAlpha(col, 0.25f));
    if (match[k]) dl->AddCircle(c, radius[k] + 4, kMatchRing, 0, 2.0f);
    if (static_cast<int>(k) == ui.selected_entity) {
      dl->AddCircle(c, radius[k] + 2, ring_col, 0, 2.0f);
    } else if (nodes[k].pinned) {
      dl->AddCircle(c, radius[k] + 2, pin_col, 0, 1.0f);
    }
  }
  // Labels: greedy, the focus first, then the search matches, then the lit nodes by
  // salience (the core's entity order); the first few are always shown, the least salient
  // are hidden first (label_placement.h). Text sizes are measured once per analysis.
  const float font_size = ImGui::GetFontSize();
  if (view.label_generation != app.analysis_generation() || view.label_font_size != font_size ||
      view.label_sizes.size() != n) {
    view.label_sizes.assign(n, ImVec2(-1, -1));
    view.label_generation = app.analysis_generation();
    view.label_font_size = font_size;
  }
  std::vector<int> order;
  order.reserve(n);
  if (focus >= 0) order.push_back(focus);
  if (searching) {
    for (size_t i = 0; i < n; ++i) {
      if (match[i] && static_cast<int>(i) != focus) order.push_back(static_cast<int>(i));
    }
  }
  for (size_t i = 0; i < n && order.size() < kMaxLabelTries; ++i) {
    if (static_cast<int>(i) != focus && lit[i] && shown[i] && !match[i]) order.push_back(static_cast<int>(i));
  }
  const float lh = ImGui::GetTextLineHeight();
  std::vector<LabelRequest> requests(n);
  for (size_t i = 0; i < n; ++i) {
    requests[i].centre = pos[i];
    requests[i].radius = shown[i] ? radius[i] : 0.0f;
    requests[i].blocks = lit[i] && shown[i];  // dimmed and hidden nodes may be covered
  }
  for (int i : order) {
    if (view.label_sizes[i].x < 0) view.label_sizes[i] = ImGui::CalcTextSize(a.entities[i].name.c_str());
    requests[i].size = view.label_sizes[i];
  }
  const std::vector<LabelRect> obstacles = {{ImVec2(p0.x, p1.y - lh - 6), ImVec2(p0.x + LegendWidth() + 8, p1.y)}};
  const int always_shown = kAlwaysLabelled + (focus >= 0 ? 1 : 0);
  const float pad = 2.0f;
  const std::vector<LabelSpot> spots = PlaceLabels(requests, order, always_shown, obstacles, {p0, p1}, pad, kMaxLabels);
  const ImU32 label_bg = ImGui::GetColorU32(ImGuiCol_ChildBg, 0.78f);
  const ImU32 label_fg = ImGui::GetColorU32(ImGuiCol_Text);
  for (int i : order) {
    if (!spots[i].placed) continue;
    const ImVec2 c = spots[i].pos, ts = requests[i].size;
    const LabelRect plate{ImVec2(c.x - pad, c.y), ImVec2(c.x + ts.x + pad, c.y + lh)};
    dl->AddRectFilled(plate.min, plate.max, label_bg, 3.0f);
    dl->AddText(c, label_fg, a.entities[i].name.c_str());
    view.label_rects.push_back(plate);
  }
  view.labels_placed = static_cast<int>(view.label_rects.size());
  DrawLegend(dl, ImVec2(p0.x + 4, p1.y - lh - 4), view.hidden_types);
  dl->PopClipRect();

  if (hover >= 0 && view.dragged_node < 0) EntityTooltip(app, a, hover, nodes[hover].pinned);
}

}  // namespace ae::app
