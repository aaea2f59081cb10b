#include "app/label_placement.h"

#include <algorithm>

namespace ae::app {

namespace {

constexpr int kSpots = 12;

float OverlapArea(const ImVec2& a0, const ImVec2& a1, const ImVec2& b0, const ImVec2& b1) {
  const float w = std::min(a1.x, b1.x) - std::max(a0.x, b0.x);
  const float h = std::min(a1.y, b1.y) - std::max(a0.y, b0.y);
  return w > 0 && h > 0 ? w * h : 0.0f;
}

}  // namespace

std::vector<LabelSpot> PlaceLabels(const std::vector<LabelRequest>& nodes, const std::vector<int>& order,
                                   int always_shown, const std::vector<LabelRect>& obstacles,
                                   const LabelRect& bounds, float pad, size_t max_labels) {
  std::vector<LabelSpot> out(nodes.size());
  std::vector<LabelRect> placed;
  int rank = -1;
  for (int i : order) {
    ++rank;
    if (placed.size() >= max_labels) break;
    if (i < 0 || static_cast<size_t>(i) >= nodes.size()) continue;
    const LabelRequest& n = nodes[i];
    if (n.size.x <= 0) continue;
    const float r = n.radius, w = n.size.x, h = n.size.y;
    const float d = r * 0.71f;  // the diagonal spots touch the disc at 45 degrees
    const ImVec2 c = n.centre;
    const ImVec2 spots[kSpots] = {
        // Beside, below, above the disc.
        ImVec2(c.x + r + 4, c.y - h * 0.5f), ImVec2(c.x - r - 4 - w, c.y - h * 0.5f),
        ImVec2(c.x - w * 0.5f, c.y + r + 2), ImVec2(c.x - w * 0.5f, c.y - r - 2 - h),
        // The diagonals.
        ImVec2(c.x + d + 2, c.y + d), ImVec2(c.x + d + 2, c.y - d - h),
        ImVec2(c.x - d - 2 - w, c.y + d), ImVec2(c.x - d - 2 - w, c.y - d - h),
        // Below and above, flush with either side of the disc (the label hangs off it).
        ImVec2(c.x - 2, c.y + r + 2), ImVec2(c.x - 2, c.y - r - 2 - h),
        ImVec2(c.x + 2 - w, c.y + r + 2), ImVec2(c.x + 2 - w, c.y - r - 2 - h),
    };
    int best = -1;
    float best_cost = 0;
    for (int k = 0; k < kSpots; ++k) {
      const ImVec2 r0(spots[k].x - pad, spots[k].y), r1(spots[k].x + w + pad, spots[k].y + h);
      float hard = (r1.x - r0.x) * (r1.y - r0.y) - OverlapArea(r0, r1, bounds.min, bounds.max);  // outside
      for (const LabelRect& p : placed) hard += OverlapArea(r0, r1, p.min, p.max);
      for (const LabelRect& p : obstacles) hard += OverlapArea(r0, r1, p.min, p.max);
      float soft = 0;
      for (size_t j = 0; j < nodes.size(); ++j) {
        if (static_cast<int>(j) == i || !nodes[j].blocks) continue;
        const LabelRequest& o = nodes[j];
        soft += OverlapArea(r0, r1, ImVec2(o.centre.x - o.radius, o.centre.y - o.radius),
                            ImVec2(o.centre.x + o.radius, o.centre.y + o.radius));
      }
      const float cost = 4 * hard + soft;
      if (best < 0 || cost < best_cost) {
        best = k;
        best_cost = cost;
      }
      if (cost == 0) break;  // free: the first free spot in preference order
    }
    if (best_cost > 0 && rank >= always_shown) continue;  // no free spot: hidden
    out[i].placed = true;
    out[i].pos = spots[best];
    placed.push_back({ImVec2(spots[best].x - pad, spots[best].y), ImVec2(spots[best].x + w + pad, spots[best].y + h)});
  }
  return out;
}

}  // namespace ae::app
