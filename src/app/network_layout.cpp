#include "app/network_layout.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace ae::app {

namespace {

constexpr float kK = 1.0f;       // ideal edge length
constexpr int kMaxDepth = 40;    // coincident nodes end in one leaf instead of recursing forever

uint32_t Fnv1a(const std::string& s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

// A point in [-1, 1]^2 derived from the key: the same entity always starts at the same place.
void HashedPoint(const std::string& key, uint32_t salt, float* x, float* y) {
  const uint32_t h = Fnv1a(key) ^ (salt * 0x9E3779B9u);
  *x = static_cast<float>(h & 0xFFFF) / 32767.5f - 1.0f;
  *y = static_cast<float>(h >> 16) / 32767.5f - 1.0f;
}

// Repulsion k^2 / d of node j on node i, added to (*fx, *fy). Coincident nodes are pushed
// apart along a direction derived from their indices (deterministic, opposite for the two,
// never NaN).
inline void RepelPair(const LayoutNode& a, size_t i, const LayoutNode& b, size_t j, float* fx, float* fy) {
  float vx = a.x - b.x, vy = a.y - b.y;
  float d2 = vx * vx + vy * vy;
  if (d2 < 1e-6f) {
    const size_t lo = std::min(i, j), hi = std::max(i, j);
    const float sign = i == lo ? 1.0f : -1.0f;
    vx = sign * 0.01f * static_cast<float>((lo * 7 + hi * 13) % 5 + 1);
    vy = sign * (0.01f * static_cast<float>((lo * 11 + hi * 3) % 5) - 0.02f);
    d2 = vx * vx + vy * vy;
  }
  const float f = kK * kK / d2;  // (k^2/d) * (v/d)
  *fx += vx * f;
  *fy += vy * f;
}

// A 64-bit mix (splitmix64's finaliser): spreads a key hash before it is summed.
uint64_t Mix(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

}  // namespace

void NetworkLayout::Reheat(float temperature) {
  temperature_ = std::max(temperature_, temperature);
  for (LayoutNode& n : nodes_) n.heat = 1;
}

std::string NetworkLayout::KeyOf(const Entity& e) { return std::string(ToString(e.type)) + ":" + e.name; }

void NetworkLayout::Sync(const Analysis& analysis) {
  // Old positions by key (lookup only: nothing iterates this map into the result).
  std::unordered_map<std::string, size_t> old;
  old.reserve(nodes_.size());
  for (size_t i = 0; i < nodes_.size(); ++i) old.emplace(nodes_[i].key, i);

  const size_t n = analysis.entities.size();
  std::vector<LayoutNode> fresh(n);
  std::vector<char> placed(n, 0);
  std::vector<uint64_t> old_signature(n, 0);
  std::vector<float> old_heat(n, 1.0f);
  size_t known_count = 0;
  for (size_t i = 0; i < n; ++i) {
    const Entity& e = analysis.entities[i];
    LayoutNode& node = fresh[i];
    node.key = KeyOf(e);
    node.mass = 1.0f + std::sqrt(static_cast<float>(e.mentions.size()));
    auto it = old.find(node.key);
    if (it != old.end()) {
      const LayoutNode& was = nodes_[it->second];
      node.x = was.x;
      node.y = was.y;
      node.pinned = was.pinned;
      old_signature[i] = was.signature;
      old_heat[i] = was.heat;
      placed[i] = 1;
      ++known_count;
    }
  }

  springs_.clear();
  springs_.reserve(analysis.edges.size());
  for (const Edge& e : analysis.edges) {
    if (e.source < 0 || e.target < 0 || static_cast<size_t>(e.source) >= n ||
        static_cast<size_t>(e.target) >= n || e.source == e.target) {
      continue;
    }
    // Heavier edges pull harder, with diminishing returns (weights run from 1 to ~20).
    const float w = static_cast<float>(std::min(e.weight, 16.0));
    springs_.push_back({e.source, e.target, 0.5f + std::sqrt(w) * 0.5f});
  }
  // Signatures: a sum (order-free) of one mixed hash per incident edge, of the neighbour's
  // key and the edge's strength.
  std::vector<uint64_t> key_hash(n);
  for (size_t i = 0; i < n; ++i) key_hash[i] = Fnv1a(fresh[i].key);
  for (const Spring& s : springs_) {
    uint32_t bits = 0;
    static_assert(sizeof(bits) == sizeof(s.strength), "float is 32 bits");
    std::memcpy(&bits, &s.strength, sizeof bits);
    fresh[s.a].signature += Mix((key_hash[s.b] << 32) ^ bits);
    fresh[s.b].signature += Mix((key_hash[s.a] << 32) ^ bits);
  }
  // New and removed nodes (two entities with one key would both count as known: no underflow).
  size_t touched = (n - known_count) + (nodes_.size() > known_count ? nodes_.size() - known_count : 0);
  for (size_t i = 0; i < n; ++i) {
    const bool changed = !placed[i] || fresh[i].signature != old_signature[i];
    // Still settling from before (e.g. an edit right after a load): keep its heat.
    fresh[i].heat = changed ? 1.0f : (Moving() ? old_heat[i] : kSettledHeat);
    touched += placed[i] && changed;
  }

  // New nodes grow out from the placed ones: each round, every unplaced node with a
  // neighbour placed in an earlier round starts beside the strongest such neighbour (ties:
  // the first edge), so a new cluster hanging off a known node appears next to it.
  if (known_count > 0 && known_count < n) {
    std::vector<int> anchor(n);
    std::vector<float> best(n);
    for (int round = 0; round < kGrowRounds; ++round) {
      std::fill(anchor.begin(), anchor.end(), -1);
      std::fill(best.begin(), best.end(), 0.0f);
      for (const Spring& s : springs_) {
        if (placed[s.a] && !placed[s.b] && s.strength > best[s.b]) {
          best[s.b] = s.strength;
          anchor[s.b] = s.a;
        } else if (placed[s.b] && !placed[s.a] && s.strength > best[s.a]) {
          best[s.a] = s.strength;
          anchor[s.a] = s.b;
        }
      }
      bool grew = false;
      for (size_t i = 0; i < n; ++i) {
        if (anchor[i] < 0) continue;
        float hx, hy;
        HashedPoint(fresh[i].key, 0, &hx, &hy);
        fresh[i].x = fresh[anchor[i]].x + hx * 0.5f;
        fresh[i].y = fresh[anchor[i]].y + hy * 0.5f;
        grew = true;
      }
      if (!grew) break;
      for (size_t i = 0; i < n; ++i) placed[i] |= anchor[i] >= 0;  // after the round: order-free
    }
  }
  // The rest: a hashed point of a disc whose radius grows with the node count (so a fresh
  // article starts spread out).
  const float spread = std::sqrt(static_cast<float>(std::max<size_t>(n, 1)));
  for (size_t i = 0; i < n; ++i) {
    if (placed[i]) continue;
    float hx, hy;
    HashedPoint(fresh[i].key, 0, &hx, &hy);
    fresh[i].x = hx * spread;
    fresh[i].y = hy * spread;
  }
  const size_t old_count = nodes_.size();
  nodes_ = std::move(fresh);
  // Mostly known nodes: a gentle reheat, mostly of what changed, keeps the picture stable;
  // nothing changed: no reheat at all; otherwise everything starts hot.
  const bool mostly_known = n > 0 && known_count * 4 >= n * 3 && old_count * 4 <= n * 5;
  if (!mostly_known) {
    for (LayoutNode& node : nodes_) node.heat = 1;
    temperature_ = std::max(temperature_, 0.5f * spread);
  } else if (touched > 0) {
    temperature_ = std::max(temperature_, 0.08f);
  }
  if (n == 0) temperature_ = 0;
}

void NetworkLayout::RepelExact() {
  const size_t n = nodes_.size();
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      float fx = 0, fy = 0;
      RepelPair(nodes_[i], i, nodes_[j], j, &fx, &fy);
      nodes_[i].dx += fx;
      nodes_[i].dy += fy;
      nodes_[j].dx -= fx;
      nodes_[j].dy -= fy;
    }
  }
  last_interactions_ = n * (n - 1) / 2;
}

// Fills cell `ci` (its square and node range already set): a leaf when small, else
// partitions its nodes into the four quadrants (stable, so the order depends on positions
// and node order only), appends one child per non-empty quadrant (siblings contiguous),
// fills them, and sums the centre of mass bottom-up in child order.
void NetworkLayout::FillCell(int ci, int depth) {
  const int begin = cells_[ci].begin, end = cells_[ci].end;
  const float mx = cells_[ci].mx, my = cells_[ci].my, half = cells_[ci].half;
  if (end - begin <= kLeafSize || depth >= kMaxDepth || !(half > 1e-5f)) {
    float sx = 0, sy = 0;
    for (int k = begin; k < end; ++k) {
      sx += nodes_[order_[k]].x;
      sy += nodes_[order_[k]].y;
      slot_[order_[k]] = k;
    }
    Cell& c = cells_[ci];
    c.charge = static_cast<float>(end - begin);
    c.cx = sx / c.charge;
    c.cy = sy / c.charge;
    return;
  }
  int count[4] = {0, 0, 0, 0};
  auto quadrant = [&](int node) { return (nodes_[node].x >= mx ? 1 : 0) + (nodes_[node].y >= my ? 2 : 0); };
  for (int k = begin; k < end; ++k) ++count[quadrant(order_[k])];
  int start[4];
  start[0] = begin;
  for (int q = 1; q < 4; ++q) start[q] = start[q - 1] + count[q - 1];
  int fill[4] = {start[0], start[1], start[2], start[3]};
  for (int k = begin; k < end; ++k) scratch_[fill[quadrant(order_[k])]++] = order_[k];
  std::copy(scratch_.begin() + begin, scratch_.begin() + end, order_.begin() + begin);

  const float h2 = half * 0.5f;
  const int first_child = static_cast<int>(cells_.size());
  for (int q = 0; q < 4; ++q) {
    if (count[q] == 0) continue;
    Cell child;
    child.mx = mx + ((q & 1) ? h2 : -h2);
    child.my = my + ((q & 2) ? h2 : -h2);
    child.half = h2;
    child.begin = start[q];
    child.end = start[q] + count[q];
    cells_.push_back(child);
  }
  const int child_count = static_cast<int>(cells_.size()) - first_child;
  cells_[ci].first_child = first_child;
  cells_[ci].child_count = child_count;
  float sx = 0, sy = 0, charge = 0;
  for (int k = first_child; k < first_child + child_count; ++k) {
    FillCell(k, depth + 1);
    sx += cells_[k].cx * cells_[k].charge;
    sy += cells_[k].cy * cells_[k].charge;
    charge += cells_[k].charge;
  }
  Cell& c = cells_[ci];
  c.charge = charge;
  c.cx = sx / charge;
  c.cy = sy / charge;
}

void NetworkLayout::RepelBarnesHut() {
  const int n = static_cast<int>(nodes_.size());
  if (n < 2) {
    last_interactions_ = 0;
    return;
  }
  // The root square: the bounding box, made square, a hair larger so every node is inside.
  float minx = nodes_[0].x, maxx = minx, miny = nodes_[0].y, maxy = miny;
  for (const LayoutNode& a : nodes_) {
    minx = std::min(minx, a.x);
    maxx = std::max(maxx, a.x);
    miny = std::min(miny, a.y);
    maxy = std::max(maxy, a.y);
  }
  const float half = std::max(maxx - minx, maxy - miny) * 0.5f * 1.001f + 1e-3f;
  order_.resize(n);
  scratch_.resize(n);
  slot_.resize(n);
  for (int i = 0; i < n; ++i) order_[i] = i;
  cells_.clear();
  Cell root;
  root.mx = (minx + maxx) * 0.5f;
  root.my = (miny + maxy) * 0.5f;
  root.half = half;
  root.begin = 0;
  root.end = n;
  cells_.push_back(root);
  FillCell(0, 0);

  // Positions in tree order: the walks below read memory mostly in sequence.
  px_.resize(n);
  py_.resize(n);
  for (int k = 0; k < n; ++k) {
    px_[k] = nodes_[order_[k]].x;
    py_[k] = nodes_[order_[k]].y;
  }
  const float theta2 = kTheta * kTheta;
  uint64_t interactions = 0;
  // Nodes in tree order too (each node's sum is independent of the others: same result).
  for (int si = 0; si < n; ++si) {
    const int i = order_[si];
    const float ax = px_[si], ay = py_[si];
    float fx = 0, fy = 0;
    stack_.clear();
    stack_.push_back(0);
    while (!stack_.empty()) {
      const Cell& c = cells_[stack_.back()];
      stack_.pop_back();
      if (si < c.begin || si >= c.end) {
        const float vx = ax - c.cx, vy = ay - c.cy;
        const float d2 = vx * vx + vy * vy;
        const float side = 2 * c.half;
        if (d2 > 1e-6f && side * side < theta2 * d2) {
          // Far enough: the whole cell as one charge at its centre of mass.
          const float f = c.charge * kK * kK / d2;
          fx += vx * f;
          fy += vy * f;
          ++interactions;
          continue;
        }
      }
      if (c.first_child < 0) {
        for (int k = c.begin; k < c.end; ++k) {
          if (k == si) continue;
          float vx = ax - px_[k], vy = ay - py_[k];
          float d2 = vx * vx + vy * vy;
          if (d2 < 1e-6f) {
            RepelPair(nodes_[i], static_cast<size_t>(i), nodes_[order_[k]], static_cast<size_t>(order_[k]), &fx, &fy);
            continue;
          }
          const float f = kK * kK / d2;  // (k^2/d) * (v/d), as RepelPair
          fx += vx * f;
          fy += vy * f;
        }
        interactions += static_cast<uint64_t>(c.end - c.begin);
      } else {
        // Children pushed in reverse: popped (and summed) in quadrant order.
        for (int k = c.first_child + c.child_count; k-- > c.first_child;) stack_.push_back(k);
      }
    }
    nodes_[i].dx += fx;
    nodes_[i].dy += fy;
  }
  last_interactions_ = interactions;
}

void NetworkLayout::Iterate(bool exact) {
  for (LayoutNode& a : nodes_) a.dx = a.dy = 0;
  if (exact) {
    RepelExact();
  } else {
    RepelBarnesHut();
  }
  // Springs d^2 / k, scaled by strength.
  for (const Spring& s : springs_) {
    LayoutNode& a = nodes_[s.a];
    LayoutNode& b = nodes_[s.b];
    const float vx = a.x - b.x, vy = a.y - b.y;
    const float d = std::sqrt(vx * vx + vy * vy);
    const float f = d / kK * s.strength;  // (d^2/k) * (v/d)
    a.dx -= vx * f;
    a.dy -= vy * f;
    b.dx += vx * f;
    b.dy += vy * f;
  }
  // Gravity towards the origin keeps unconnected nodes from drifting away.
  for (LayoutNode& a : nodes_) {
    const float d = std::sqrt(a.x * a.x + a.y * a.y);
    a.dx -= a.x * 0.08f * (1.0f + d * 0.1f);
    a.dy -= a.y * 0.08f * (1.0f + d * 0.1f);
  }
  // Move, capped by the temperature; heavy nodes move less.
  for (LayoutNode& a : nodes_) {
    if (a.pinned) continue;
    const float len = std::sqrt(a.dx * a.dx + a.dy * a.dy);
    if (!(len > 0)) continue;
    const float step = std::min(len / a.mass, temperature_ * a.heat);
    a.x += a.dx / len * step;
    a.y += a.dy / len * step;
  }
  temperature_ *= 0.97f;
  ++iterations_;
}

bool NetworkLayout::Step(int max_iterations, bool exact) {
  if (!Moving()) return false;
  // Stop once this frame's work passed kWorkPerStep interactions (counted, not timed, so
  // the same frames do the same iterations on every machine).
  uint64_t spent = 0;
  for (int i = 0; i < std::max(max_iterations, 1) && Moving(); ++i) {
    Iterate(exact);
    spent += last_interactions_ + springs_.size();
    if (spent >= kWorkPerStep) break;
  }
  return Moving();
}

}  // namespace ae::app
