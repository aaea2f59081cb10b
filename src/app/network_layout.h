// network_layout.h — a deterministic force-directed layout of the entity network.
//
// What it does: keeps one position per entity, keyed by "TYPE:name", so that the picture
// stays put when the article changes a little: a re-analysis keeps the known nodes where
// they were; a new node starts beside its strongest already-placed neighbour, a chain of
// new nodes grows out from the known ones; a node with no placed neighbour starts on a
// point hashed from its key. Only the change moves: new nodes and known nodes whose
// neighbours or edge strengths changed get the full temperature, the others kSettledHeat
// of it, and a re-analysis that changes no node or edge does not reheat at all. The forces are Fruchterman–Reingold with a cooling
// temperature: repulsion between all nodes, springs along the edges (stronger for heavier
// edges), a weak pull to the centre. Repulsion is Barnes–Hut: a quadtree over the nodes
// (leaves of up to kLeafSize nodes), a cell far enough away (size / distance < kTheta) acts
// as one charge at its centre of mass; Step(…, exact = true) keeps the all-pairs sum as the
// reference the tests and the benchmark compare against.
//
// Determinism: initial positions come from an FNV-1a hash of the key, never from a random
// generator or from pointer values; the tree is built by stable partitions in node order
// and walked in a fixed order; the arithmetic is + - * / and sqrt only (correctly rounded
// in IEEE 754), so the same article gives the same picture everywhere. How many
// iterations run per frame never changes the picture: each iteration cools by the same
// factor, so frames only group a fixed sequence of iterations differently.
//
// Coordinates are abstract (edge length ~1); the network panel fits them to its rectangle.
// Cost: Sync is O(n + e) (a hash map by key, one pass over the edges per growth round,
// at most kGrowRounds rounds). One iteration is O(n log n + e); Step() runs up to
// `max_iterations` iterations but stops once kWorkPerStep pair interactions were spent,
// so a frame stays short at 20,000 nodes (always at least one iteration).
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
  float heat = 1;        // share of the temperature this node may move by (Sync: 1 near a change)
  uint64_t signature = 0;  // its neighbours and edge strengths, hashed (Sync spots a change)
  bool pinned = false;   // dragged by the reader: forces do not move it
};

class NetworkLayout {
 public:
  static constexpr float kTheta = 0.9f;        // Barnes–Hut opening criterion (size / distance)
  static constexpr int kLeafSize = 8;          // nodes per quadtree leaf (summed exactly)
  static constexpr int kGrowRounds = 8;        // rounds seeding new nodes beside placed ones
  static constexpr float kSettledHeat = 0.1f;  // heat of known nodes a small change did not touch
  static constexpr uint64_t kWorkPerStep = 400000;  // pair interactions per Step (~2-3 ms)

  // Rebuilds the node list from `analysis` (node i = entity i), keeping the positions of
  // nodes whose key is known, and reheats the simulation (a little when most nodes are
  // known, fully for a new article).
  void Sync(const Analysis& analysis);

  // Advances the simulation by up to `max_iterations` iterations (fewer for large graphs,
  // at least one). `exact`: all-pairs repulsion instead of Barnes–Hut (reference, O(n^2)).
  // Returns true while the layout still moves noticeably.
  bool Step(int max_iterations, bool exact = false);

  // Lets the layout move again (after the reader dragged a node), at least this hot; every
  // node may move again.
  void Reheat(float temperature);
  bool Moving() const { return temperature_ > kMinTemperature; }
  float temperature() const { return temperature_; }
  // Pair interactions (node-node or node-cell) of the last iteration: the cost measure.
  uint64_t last_interactions() const { return last_interactions_; }
  uint64_t iterations() const { return iterations_; }
  std::vector<LayoutNode>& nodes() { return nodes_; }
  const std::vector<LayoutNode>& nodes() const { return nodes_; }
  static std::string KeyOf(const Entity& e);

 private:
  static constexpr float kMinTemperature = 0.004f;
  struct Spring {
    int a = 0, b = 0;
    float strength = 1;
  };
  struct Cell {
    float mx = 0, my = 0, half = 0;    // square: centre and half the side
    float cx = 0, cy = 0, charge = 0;  // centre of mass and node count
    int first_child = -1, child_count = 0;  // children are contiguous in cells_
    int begin = 0, end = 0;            // its nodes: order_[begin, end)
  };
  void Iterate(bool exact);
  void RepelExact();
  void RepelBarnesHut();
  void FillCell(int ci, int depth);

  std::vector<LayoutNode> nodes_;
  std::vector<Spring> springs_;
  float temperature_ = 0;
  uint64_t last_interactions_ = 0;
  uint64_t iterations_ = 0;
  // Barnes–Hut scratch, rebuilt every iteration (kept to avoid reallocation).
  std::vector<Cell> cells_;
  std::vector<int> order_, scratch_, slot_;  // node ids by cell; slot_[node] = its place in order_
  std::vector<float> px_, py_;               // positions in tree order
  std::vector<int> stack_;
};

}  // namespace ae::app
