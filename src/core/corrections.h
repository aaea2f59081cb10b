// corrections.h — the reader's corrections of the entity list, kept as edits (issue 5).
//
// What: a Correction renames an entity, changes its type, merges one entity into another or
// splits one alias (with its name mentions) off into an entity of its own. ApplyCorrections
// replays a list of them, in order, on the Analysis that Analyze() produced, then recomputes
// salience, entity order and ids (e1..), quote speakers and the edges (graph.h), so every
// view of the analysis (JSON, network, quotes, exports) shows the corrected data and the
// contract still holds.
//
// Keys, not indices: a correction names its entity by key "TYPE:name" (EntityKey: what the
// panels show when the correction is made) or by one of its aliases, so it survives a
// re-analysis of an edited text that renumbers the entities. A key is resolved against the
// entities as the earlier corrections left them: exact type and name first, then the name
// with any type, then an alias, then the same comparisons after Fold() (case, accents); ties
// go to the first entity in order. A correction whose target cannot be found (the name left
// the text) or that has become meaningless (merging an entity with itself, splitting the
// only alias) is kept but inert: it changes nothing and `applied` says false.
//
// JSON: CorrectionsToJson / CorrectionsFromJson (de)serialise a list for local storage and
// exports: [{"kind":"rename","entity":"PERSON:Harris","value":"Kamala Harris"}, ...] with
// kind rename | set_type | merge | split_alias. Reading never throws: malformed input gives
// false, and items that are not a valid correction are skipped (and counted).
//
// Cost: ApplyCorrections is O(corrections x entities + mentions + quotes) plus one
// FinalizeEntities/BuildEdges pass; deterministic (no unordered container reaches the result).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"

namespace ae {

struct Correction {
  enum class Kind { kRename, kSetType, kMerge, kSplitAlias };
  Kind kind = Kind::kRename;
  std::string entity;  // key of the target: "TYPE:name" (EntityKey) or an alias of it
  std::string other;   // merge: the entity merged into `entity`; split: the alias split off
  std::string value;   // rename: the new name; set type: PERSON | ORG | PLACE | GROUP | MISC

  friend bool operator==(const Correction& a, const Correction& b) {
    return a.kind == b.kind && a.entity == b.entity && a.other == b.other && a.value == b.value;
  }
};

// "TYPE:name", e.g. "PERSON:Kamala Harris" (the same key the network layout uses).
std::string EntityKey(const Entity& e);

// Index into analysis.entities of the entity `key` names (rules above), -1 when none.
int FindEntityByKey(const Analysis& analysis, std::string_view key);

// Replays `edits` in order on `analysis` (as Analyze() left it). applied, when given, gets
// one flag per edit: true when it took effect (its target found, the edit valid; renaming to
// the same name counts). With no edit applied the analysis is left exactly as it was.
void ApplyCorrections(const std::vector<Correction>& edits, Analysis* analysis,
                      std::vector<bool>* applied = nullptr);

// "rename" | "set_type" | "merge" | "split_alias".
const char* ToString(Correction::Kind kind);
// One line for a person: "Rename Harris → Kamala Harris", "Merge Ms Harris into Kamala Harris".
std::string DescribeCorrection(const Correction& c);

// A JSON array of the edits (one line, key order kind, entity, other, value; empty strings
// left out). With `applied` (same length as edits) each item also carries "applied": bool.
std::string CorrectionsToJson(const std::vector<Correction>& edits, const std::vector<bool>* applied = nullptr);
// Reads an array as CorrectionsToJson writes it, or an object with such an array under
// "corrections" (a saved export). Returns false (out cleared) when the text is not such JSON;
// items that are not a valid correction are skipped and counted in *skipped.
bool CorrectionsFromJson(std::string_view json, std::vector<Correction>* out, size_t* skipped = nullptr);

// Adds "corrections": [...] (CorrectionsToJson with `applied`) as the last field of the
// contract object `contract_json` (ToJson's output); nothing when edits is empty, so an
// uncorrected analysis exports exactly the contract.
void AddCorrectionsField(const std::vector<Correction>& edits, const std::vector<bool>* applied,
                         std::string* contract_json);

}  // namespace ae
