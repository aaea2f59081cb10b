// label_placement.h — greedy placement of node labels in the network panel.
//
// What it does: given the nodes' screen discs and each label's size, puts labels one by one
// in the given order (most salient first) at the first of twelve spots around its node
// (right, left, below, above, the diagonals, then below / above hanging off either side)
// that overlaps no label placed before, no obstacle (the legend), no other node's disc and
// stays inside the bounds; a label with no free spot is hidden, so the least salient go
// first. The first `always_shown` labels of the order are never hidden for want of room
// among the discs: with no free spot they take the spot that covers the least (leaving the
// bounds or covering an obstacle counts four times as much as covering node discs), so the
// protagonists keep their names in a crowded centre. Placed labels never overlap one
// another: an always-shown label whose twelve spots all touch an earlier label tries the
// same spots pushed one, two, three label heights further out, and is hidden only if those
// are taken too.
//
// Input: per node its centre, radius, label size (0 width = no label wanted) and whether
// its disc blocks labels (dimmed nodes do not; discs wholly outside the bounds are ignored).
// Output: per node the label's top-left corner, or placed = false.
// Cost: O(N + L * k) for N nodes and L labels tried, k the discs and labels met in the grid
// cells a candidate spot covers (a uniform grid over the bounds, cells ~3 labels tall);
// the work per label is bounded by local density, not by N. Deterministic: cells keep
// their items in insertion order.
#pragma once

#include <cstddef>
#include <vector>

#include "imgui.h"

namespace ae::app {

struct LabelRequest {
  ImVec2 centre;
  float radius = 0;
  ImVec2 size;               // the label's text size; x == 0: no label
  bool blocks = true;        // the node's disc keeps other labels off
};

struct LabelSpot {
  bool placed = false;
  ImVec2 pos;                // top-left of the text
};

struct LabelRect {
  ImVec2 min, max;
};

// `order`: node indices, most important first (nodes not listed get no label).
// `obstacles`: rectangles no label may cover (the legend). `pad`: gap between a label's
// plate and its text, on each side horizontally (the plates are what must not overlap).
// At most `max_labels` labels are placed.
std::vector<LabelSpot> PlaceLabels(const std::vector<LabelRequest>& nodes, const std::vector<int>& order,
                                   int always_shown, const std::vector<LabelRect>& obstacles,
                                   const LabelRect& bounds, float pad, size_t max_labels);

}  // namespace ae::app
