#include "app/network_layout.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace ae::app {

namespace {

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

}  // namespace

std::string NetworkLayout::KeyOf(const Entity& e) { return std::string(ToString(e.type)) + ":" + e.name; }

void NetworkLayout::Sync(const Analysis& analysis) {
  // Old positions by key (lookup only: nothing iterates this map into the result).
  std::unordered_map<std::string, const LayoutNode*> old;
  old.reserve(nodes_.size());
  for (const LayoutNode& n : nodes_) old.emplace(n.key, &n);

  const size_t n = analysis.entities.size();
  std::vector<LayoutNode> fresh(n);
  std::vector<bool> known(n, false);
  size_t known_count = 0;
  for (size_t i = 0; i < n; ++i) {
    const Entity& e = analysis.entities[i];
    LayoutNode& node = fresh[i];
    node.key = KeyOf(e);
    node.mass = 1.0f + std::sqrt(static_cast<float>(e.mentions.size()));
    auto it = old.find(node.key);
    if (it != old.end()) {
      node.x = it->second->x;
      node.y = it->second->y;
      node.pinned = it->second->pinned;
      known[i] = true;
      ++known_count;
    }
  }

  springs_.clear();
  for (const Edge& e : analysis.edges) {
    if (e.source < 0 || e.target < 0 || static_cast<size_t>(e.source) >= n ||
        static_cast<size_t>(e.target) >= n || e.source == e.target) {
      continue;
    }
    // Heavier edges pull harder, with diminishing returns (weights run from 1 to ~20).
    const float w = static_cast<float>(std::min(e.weight, 16.0));
    springs_.push_back({e.source, e.target, 0.5f + std::sqrt(w) * 0.5f});
  }

  // New nodes: beside their strongest known neighbour, else on a hashed point of a disc
  // whose radius grows with the node count (so a fresh article starts spread out).
  const float spread = std::sqrt(static_cast<float>(std::max<size_t>(n, 1)));
  for (size_t i = 0; i < n; ++i) {
    if (known[i]) continue;
    LayoutNode& node = fresh[i];
    int anchor = -1;
    float best = 0;
    for (const Spring& s : springs_) {
      const int other = s.a == static_cast<int>(i) ? s.b : (s.b == static_cast<int>(i) ? s.a : -1);
      if (other >= 0 && known[other] && s.strength > best) {
        best = s.strength;
        anchor = other;
      }
    }
    float hx, hy;
    HashedPoint(node.key, 0, &hx, &hy);
    if (anchor >= 0) {
      node.x = fresh[anchor].x + hx * 0.5f;
      node.y = fresh[anchor].y + hy * 0.5f;
    } else {
      node.x = hx * spread;
      node.y = hy * spread;
    }
  }
  nodes_ = std::move(fresh);
  // Mostly known nodes: a gentle reheat keeps the picture stable; otherwise start hot.
  const bool mostly_known = n > 0 && known_count * 4 >= n * 3;
  temperature_ = std::max(temperature_, mostly_known ? 0.08f : 0.5f * spread);
  if (n == 0) temperature_ = 0;
}

void NetworkLayout::Iterate() {
  const size_t n = nodes_.size();
  constexpr float kK = 1.0f;  // ideal edge length
  for (LayoutNode& a : nodes_) a.dx = a.dy = 0;
  // Repulsion k^2 / d between every pair; coincident nodes are pushed apart along a
  // direction derived from their indices (deterministic, never NaN).
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      float vx = nodes_[i].x - nodes_[j].x, vy = nodes_[i].y - nodes_[j].y;
      float d2 = vx * vx + vy * vy;
      if (d2 < 1e-6f) {
        vx = 0.01f * static_cast<float>((i * 7 + j * 13) % 5 + 1);
        vy = 0.01f * static_cast<float>((i * 11 + j * 3) % 5) - 0.02f;
        d2 = vx * vx + vy * vy;
      }
      const float f = kK * kK / d2;  // (k^2/d) * (v/d)
      nodes_[i].dx += vx * f;
      nodes_[i].dy += vy * f;
      nodes_[j].dx -= vx * f;
      nodes_[j].dy -= vy * f;
    }
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
    if (len <= 0) continue;
    const float step = std::min(len / a.mass, temperature_);
    a.x += a.dx / len * step;
    a.y += a.dy / len * step;
  }
  temperature_ *= 0.97f;
}

bool NetworkLayout::Step(int max_iterations) {
  if (!Moving()) return false;
  // Keep one frame's work near 300k pair visits.
  const size_t n = nodes_.size();
  const size_t pairs = n * n / 2 + springs_.size() + 1;
  int iterations = static_cast<int>(std::min<size_t>(static_cast<size_t>(max_iterations), 300000 / pairs + 1));
  for (int i = 0; i < iterations && Moving(); ++i) Iterate();
  return Moving();
}

}  // namespace ae::app
