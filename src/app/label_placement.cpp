#include "app/label_placement.h"

#include <algorithm>
#include <cstdint>

namespace ae::app {

namespace {

constexpr int kSpots = 12;
constexpr int kRings = 4;  // ring 0: beside the disc; rings 1-3 (always-shown only): further out

float OverlapArea(const ImVec2& a0, const ImVec2& a1, const ImVec2& b0, const ImVec2& b1) {
  const float w = std::min(a1.x, b1.x) - std::max(a0.x, b0.x);
  const float h = std::min(a1.y, b1.y) - std::max(a0.y, b0.y);
  return w > 0 && h > 0 ? w * h : 0.0f;
}

// A uniform grid over the bounds; items (disc squares, label plates) are listed in every
// cell their rectangle touches, in insertion order. Rectangles beyond the bounds clamp to
// the border cells, which keeps "overlap implies a shared cell" true.
class Grid {
 public:
  Grid(const LabelRect& bounds, float cell, size_t expected_entries) {
    x0_ = bounds.min.x;
    y0_ = bounds.min.y;
    inv_ = 1.0f / cell;
    cols_ = std::max(1, std::min(256, static_cast<int>((bounds.max.x - bounds.min.x) * inv_) + 1));
    rows_ = std::max(1, std::min(256, static_cast<int>((bounds.max.y - bounds.min.y) * inv_) + 1));
    head_.assign(static_cast<size_t>(cols_) * rows_, -1);
    tail_.assign(head_.size(), -1);
    entries_.reserve(expected_entries);
  }
  void Insert(int item, const ImVec2& a, const ImVec2& b) {
    int c0, c1, r0, r1;
    Range(a, b, &c0, &c1, &r0, &r1);
    for (int r = r0; r <= r1; ++r) {
      for (int c = c0; c <= c1; ++c) {
        const size_t cell = static_cast<size_t>(r) * cols_ + c;
        const int e = static_cast<int>(entries_.size());
        entries_.push_back({item, -1});
        if (head_[cell] < 0) {
          head_[cell] = e;
        } else {
          entries_[tail_[cell]].next = e;  // appended: cells keep insertion order
        }
        tail_[cell] = e;
      }
    }
  }
  // Calls fn(item) once per item listed in the cells of [a, b] (deduplicated with `stamp`,
  // indexed by item); stops early, returning false, when fn returns false.
  template <typename Fn>
  bool Visit(const ImVec2& a, const ImVec2& b, std::vector<uint32_t>* stamp, uint32_t query, Fn fn) const {
    int c0, c1, r0, r1;
    Range(a, b, &c0, &c1, &r0, &r1);
    for (int r = r0; r <= r1; ++r) {
      for (int c = c0; c <= c1; ++c) {
        for (int e = head_[static_cast<size_t>(r) * cols_ + c]; e >= 0; e = entries_[e].next) {
          const int item = entries_[e].item;
          if ((*stamp)[item] == query) continue;
          (*stamp)[item] = query;
          if (!fn(item)) return false;
        }
      }
    }
    return true;
  }

 private:
  struct Entry {
    int item;
    int next;
  };
  static int Clamp(float v, int n) {
    if (!(v > 0)) return 0;  // also NaN
    return v >= static_cast<float>(n - 1) ? n - 1 : static_cast<int>(v);
  }
  void Range(const ImVec2& a, const ImVec2& b, int* c0, int* c1, int* r0, int* r1) const {
    *c0 = Clamp((a.x - x0_) * inv_, cols_);
    *c1 = Clamp((b.x - x0_) * inv_, cols_);
    *r0 = Clamp((a.y - y0_) * inv_, rows_);
    *r1 = Clamp((b.y - y0_) * inv_, rows_);
  }
  float x0_ = 0, y0_ = 0, inv_ = 1;
  int cols_ = 1, rows_ = 1;
  std::vector<int> head_, tail_;
  std::vector<Entry> entries_;
};

}  // namespace

std::vector<LabelSpot> PlaceLabels(const std::vector<LabelRequest>& nodes, const std::vector<int>& order,
                                   int always_shown, const std::vector<LabelRect>& obstacles,
                                   const LabelRect& bounds, float pad, size_t max_labels) {
  std::vector<LabelSpot> out(nodes.size());
  // Cells about three labels tall (labels share one height in practice), at most 256 a side.
  float label_h = 0;
  for (int i : order) {
    if (i >= 0 && static_cast<size_t>(i) < nodes.size() && nodes[i].size.x > 0) {
      label_h = std::max(label_h, nodes[i].size.y);
    }
  }
  const float span = std::max(bounds.max.x - bounds.min.x, bounds.max.y - bounds.min.y);
  const float cell = std::max({label_h * 3.0f, span / 256.0f, 8.0f});

  // Blocking discs (as squares) that reach into the bounds.
  Grid discs(bounds, cell, nodes.size() * 2);
  for (size_t j = 0; j < nodes.size(); ++j) {
    const LabelRequest& o = nodes[j];
    if (!o.blocks || !(o.radius > 0)) continue;
    const ImVec2 a(o.centre.x - o.radius, o.centre.y - o.radius), b(o.centre.x + o.radius, o.centre.y + o.radius);
    if (b.x <= bounds.min.x || a.x >= bounds.max.x || b.y <= bounds.min.y || a.y >= bounds.max.y) continue;
    discs.Insert(static_cast<int>(j), a, b);
  }
  Grid labels(bounds, cell, std::min(max_labels, order.size()) * 4);
  std::vector<LabelRect> placed;
  std::vector<uint32_t> disc_stamp(nodes.size(), 0), label_stamp;
  uint32_t query = 0;

  int rank = -1;
  for (int i : order) {
    ++rank;
    if (placed.size() >= max_labels) break;
    if (i < 0 || static_cast<size_t>(i) >= nodes.size()) continue;
    const LabelRequest& n = nodes[i];
    if (!(n.size.x > 0)) continue;
    const bool always = rank < always_shown;
    const float w = n.size.x, h = n.size.y;
    const ImVec2 c = n.centre;
    int best = -1;
    float best_cost = 0;
    ImVec2 best_pos;
    // Further rings only while no spot clear of labels was found nearer.
    for (int ring = 0; ring < (always ? kRings : 1) && best < 0; ++ring) {
      const float r = n.radius + static_cast<float>(ring) * (h + 2);
      const float d = r * 0.71f;  // the diagonal spots touch the disc at 45 degrees
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
      for (int k = 0; k < kSpots; ++k) {
        const ImVec2 r0(spots[k].x - pad, spots[k].y), r1(spots[k].x + w + pad, spots[k].y + h);
        // Hard: outside the bounds, on an obstacle.
        float hard = (r1.x - r0.x) * (r1.y - r0.y) - OverlapArea(r0, r1, bounds.min, bounds.max);
        for (const LabelRect& p : obstacles) hard += OverlapArea(r0, r1, p.min, p.max);
        if (hard > 0 && !always) continue;
        // Another label: never.
        ++query;
        const bool label_free = labels.Visit(r0, r1, &label_stamp, query, [&](int p) {
          return !(OverlapArea(r0, r1, placed[p].min, placed[p].max) > 0);
        });
        if (!label_free) continue;
        // Soft: other nodes' discs (the first one met is enough for a label that must be free).
        float soft = 0;
        ++query;
        discs.Visit(r0, r1, &disc_stamp, query, [&](int j) {
          if (j == i) return true;
          const LabelRequest& o = nodes[j];
          soft += OverlapArea(r0, r1, ImVec2(o.centre.x - o.radius, o.centre.y - o.radius),
                              ImVec2(o.centre.x + o.radius, o.centre.y + o.radius));
          return always || !(soft > 0);
        });
        if (soft > 0 && !always) continue;
        const float cost = 4 * hard + soft;
        if (best < 0 || cost < best_cost) {
          best = k;
          best_cost = cost;
          best_pos = spots[k];
        }
        if (cost == 0) break;  // free: the first free spot in preference order
      }
    }
    if (best < 0) continue;  // no free spot (or, always shown, none clear of labels): hidden
    out[i].placed = true;
    out[i].pos = best_pos;
    const LabelRect plate{ImVec2(best_pos.x - pad, best_pos.y), ImVec2(best_pos.x + w + pad, best_pos.y + h)};
    labels.Insert(static_cast<int>(placed.size()), plate.min, plate.max);
    placed.push_back(plate);
    label_stamp.push_back(0);
  }
  return out;
}

}  // namespace ae::app
