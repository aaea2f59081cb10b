// network_layout.h — a deterministic force-directed layout of the entity network.
//
// What it does: keeps one position per entity, keyed by "TYPE:name", so that the picture
// stays put when the article changes a little (a re-analysis keeps the known nodes where
// they were; new nodes start next to their strongest known neighbour). The forces are
// Fruchterman–Reingold with a cooling temperature: repulsion between every pair, springs
// along the edges (stronger for heavier edges), a weak pull to the centre.
//
// Determinism: initial positions come from an FNV-1a hash of the key, never from a random
// generator or from pointer values; the arithmetic is + - * / and sqrt only (correctly
// rounded in IEEE 754), so the same article gives the same picture everywhere.
//
// Coordinates are abstract (edge length ~1); the network panel fits them to its rectangle.
// Cost: one Step() is O(n^2 + e); Step() limits its own work so a frame stays short
// (issue 5 replaces the pair loop by Barnes–Hut for 2,000 nodes).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/analysis.h"

namespace ae::app {

struct LayoutNode {
  std::string key;   // "PERSON:Kamala Harris"
  float x = 0, y = 0;
  float dx = 0, dy = 0;  // displacement accumulated in one step
  float mass = 1;        // grows with mentions: heavy nodes move less
  bool pinned = false;   // dragged by the reader: forces do not move it
};

class NetworkLayout {
 public:
  // Rebuilds the node list from `analysis` (node i = entity i), keeping the positions of
  // nodes whose key is known, and reheats the simulation (a little when most nodes are
  // known, fully for a new article).
  void Sync(const Analysis& analysis);

  // Advances the simulation by up to `max_iterations` iterations (fewer for large graphs).
  // Returns true while the layout still moves noticeably.
  bool Step(int max_iterations);

  // Lets the layout move again (after the reader dragged a node), at least this hot.
  void Reheat(float temperature) { temperature_ = temperature_ > temperature ? temperature_ : temperature; }
  bool Moving() const { return temperature_ > kMinTemperature; }
  std::vector<LayoutNode>& nodes() { return nodes_; }
  const std::vector<LayoutNode>& nodes() const { return nodes_; }
  static std::string KeyOf(const Entity& e);

 private:
  static constexpr float kMinTemperature = 0.004f;
  struct Spring {
    int a = 0, b = 0;
    float strength = 1;
  };
  void Iterate();

  std::vector<LayoutNode> nodes_;
  std::vector<Spring> springs_;
  float temperature_ = 0;
};

}  // namespace ae::app
