// corrections.cpp — replaying the reader's corrections on an Analysis (see corrections.h).
#include "corrections.h"

#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>

#include "graph.h"
#include "lexicon.h"
#include "text.h"

namespace ae {

namespace {

constexpr EntityType kTypes[] = {EntityType::kPerson, EntityType::kOrg, EntityType::kPlace, EntityType::kGroup,
                                 EntityType::kMisc};
// A name typed by the reader is cut here (at a character boundary): a label, not a text.
constexpr size_t kMaxNameBytes = 200;

// PERSON | ORG | PLACE | GROUP | MISC, upper or lower case; the usual NER synonyms too
// (LOC, GPE, NORP, ...), since a reader or an older export may use them.
bool ParseType(std::string_view s, EntityType* out) {
  std::string u(s);
  for (char& c : u) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  for (EntityType t : kTypes) {
    if (u == ToString(t)) {
      *out = t;
      return true;
    }
  }
  if (u == "PER") *out = EntityType::kPerson;
  else if (u == "ORGANIZATION" || u == "ORGANISATION") *out = EntityType::kOrg;
  else if (u == "LOC" || u == "LOCATION" || u == "GPE") *out = EntityType::kPlace;
  else if (u == "NORP") *out = EntityType::kGroup;
  else return false;
  return true;
}

// A key is "TYPE:name" when its prefix is one of the five types; otherwise a bare name.
struct Key {
  bool typed = false;
  EntityType type = EntityType::kMisc;
  std::string_view name;
};

Key ParseKey(std::string_view key) {
  Key k;
  k.name = key;
  const size_t colon = key.find(':');
  if (colon == std::string_view::npos) return k;
  for (EntityType t : kTypes) {
    if (key.substr(0, colon) == ToString(t)) {
      k.typed = true;
      k.type = t;
      k.name = key.substr(colon + 1);
      break;
    }
  }
  return k;
}

bool Alive(const Entity& e) {
  for (const Mention& m : e.mentions) {
    if (m.kind == MentionKind::kName) return true;
  }
  return false;
}

int Resolve(const std::vector<Entity>& entities, std::string_view key_text) {
  if (key_text.empty()) return -1;
  const Key key = ParseKey(key_text);
  // Rank of a match, lower is better (see corrections.h); the first entity wins a tie.
  int best = -1, best_rank = 100;
  for (size_t i = 0; i < entities.size() && best_rank > 0; ++i) {
    const Entity& e = entities[i];
    if (!Alive(e)) continue;
    const bool same_type = !key.typed || e.type == key.type;
    int rank = 100;
    if (e.name == key.name) rank = same_type ? 0 : 1;
    if (rank > 2 && std::find(e.aliases.begin(), e.aliases.end(), key.name) != e.aliases.end()) rank = same_type ? 2 : 3;
    if (rank < best_rank) best = static_cast<int>(i), best_rank = rank;
  }
  if (best >= 0) return best;
  // Same comparisons after Fold (case and accents): only when nothing matched exactly.
  const std::string folded = Fold(key.name);
  if (folded.empty()) return -1;
  for (size_t i = 0; i < entities.size() && best_rank > 4; ++i) {
    const Entity& e = entities[i];
    if (!Alive(e)) continue;
    const bool same_type = !key.typed || e.type == key.type;
    int rank = 100;
    if (Fold(e.name) == folded) rank = same_type ? 4 : 5;
    if (rank > 6) {
      for (const std::string& alias : e.aliases) {
        if (Fold(alias) == folded) {
          rank = 6;
          break;
        }
      }
    }
    if (rank < best_rank) best = static_cast<int>(i), best_rank = rank;
  }
  return best;
}

// A reader's name as a label: valid UTF-8, control characters and runs of white space
// become one space, trimmed, at most kMaxNameBytes.
std::string CleanName(std::string_view in) {
  std::string repaired;
  size_t first_bad = 0;
  if (RepairUtf8(in, &repaired, &first_bad)) repaired.assign(in.data(), in.size());
  std::string out;
  out.reserve(repaired.size());
  for (char ch : repaired) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c == 0x7f || c == ' ') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(ch);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() > kMaxNameBytes) {
    size_t cut = kMaxNameBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
    while (!out.empty() && out.back() == ' ') out.pop_back();
  }
  return out;
}

template <typename T>
void AppendDistinct(std::vector<T>* to, const std::vector<T>& from) {
  for (const T& x : from) {
    if (std::find(to->begin(), to->end(), x) == to->end()) to->push_back(x);
  }
}

bool ApplyRename(const Correction& c, Analysis* a) {
  const int t = Resolve(a->entities, c.entity);
  const std::string name = CleanName(c.value);
  if (t < 0 || name.empty()) return false;
  a->entities[t].name = name;
  return true;
}

bool ApplySetType(const Correction& c, Analysis* a) {
  const int t = Resolve(a->entities, c.entity);
  EntityType type;
  if (t < 0 || !ParseType(c.value, &type)) return false;
  a->entities[t].type = type;
  return true;
}

bool ApplyMerge(const Correction& c, Analysis* a) {
  const int s = Resolve(a->entities, c.entity);
  const int o = Resolve(a->entities, c.other);
  if (s < 0 || o < 0 || s == o) return false;
  Entity& into = a->entities[s];
  Entity& from = a->entities[o];
  into.mentions.insert(into.mentions.end(), from.mentions.begin(), from.mentions.end());
  // Document order; on one span the name kind first, so the duplicate dropped is the weaker.
  std::sort(into.mentions.begin(), into.mentions.end(), [](const Mention& p, const Mention& q) {
    if (!(p.span == q.span)) return p.span < q.span;
    return static_cast<int>(p.kind) < static_cast<int>(q.kind);
  });
  into.mentions.erase(std::unique(into.mentions.begin(), into.mentions.end(),
                                  [](const Mention& p, const Mention& q) { return p.span == q.span; }),
                      into.mentions.end());
  AppendDistinct(&into.aliases, from.aliases);
  AppendDistinct(&into.roles, from.roles);
  for (Quote& q : a->quotes) {
    if (q.speaker == o) q.speaker = s;
  }
  // No name mention left: FinalizeEntities drops it.
  from.mentions.clear();
  from.aliases.clear();
  from.roles.clear();
  return true;
}

// The alias a name mention was written with: the longest alias of its entity that ends where
// the mention ends and covers it (an alias may carry an honorific before the name: "Ms Harris").
const std::string* AliasOf(const Analysis& a, const Entity& e, const Mention& m) {
  const std::string* best = nullptr;
  for (const std::string& alias : e.aliases) {
    if (alias.size() < m.span.size() || alias.size() > m.span.end) continue;
    if (best && best->size() >= alias.size()) continue;
    if (std::string_view(a.text).substr(m.span.end - alias.size(), alias.size()) == alias) best = &alias;
  }
  return best;
}

bool ApplySplit(const Correction& c, Analysis* a) {
  const int t = Resolve(a->entities, c.entity);
  if (t < 0) return false;
  std::string alias;
  {
    const Entity& e = a->entities[t];
    if (std::find(e.aliases.begin(), e.aliases.end(), c.other) != e.aliases.end()) {
      alias = c.other;
    } else {
      const std::string folded = Fold(c.other);
      for (const std::string& x : e.aliases) {
        if (!folded.empty() && Fold(x) == folded) {
          alias = x;
          break;
        }
      }
    }
  }
  if (alias.empty()) return false;

  Entity& e = a->entities[t];
  std::vector<Mention> moved, kept;
  size_t kept_names = 0;
  for (const Mention& m : e.mentions) {
    const std::string* of = m.kind == MentionKind::kName ? AliasOf(*a, e, m) : nullptr;
    if (of && *of == alias) {
      moved.push_back(m);
    } else {
      kept.push_back(m);
      kept_names += m.kind == MentionKind::kName;
    }
  }
  // Nothing to split, or nothing would be left: the entity is that alias.
  if (moved.empty() || kept_names == 0) return false;

  Entity split;
  split.type = e.type;
  for (const Mention& m : moved) {
    if (m.span.size() > split.name.size()) split.name = std::string(a->Text(m.span));
  }
  split.aliases.push_back(alias);
  split.mentions = std::move(moved);
  e.mentions = std::move(kept);
  e.aliases.erase(std::remove(e.aliases.begin(), e.aliases.end(), alias), e.aliases.end());
  if (e.name == split.name || e.name == alias) {
    // Its name went with the alias: the longest name left (first in the text on a tie).
    std::string name;
    for (const Mention& m : e.mentions) {
      if (m.kind == MentionKind::kName && m.span.size() > name.size()) name = std::string(a->Text(m.span));
    }
    e.name = name;
  }
  // Quotes whose speaker was named with the split alias follow it.
  const int n = static_cast<int>(a->entities.size());
  for (Quote& q : a->quotes) {
    if (q.speaker != t) continue;
    // By the words naming the speaker: a moved mention inside them; without a span, the
    // same words (the alias, or the split entity's name).
    bool follows = false;
    if (q.speaker_span) {
      auto it = std::lower_bound(split.mentions.begin(), split.mentions.end(), q.speaker_span->end,
                                 [](const Mention& m, uint32_t end) { return m.span.start < end; });
      // it: the first mention starting at or after the speaker span's end; the one before may overlap.
      follows = it != split.mentions.begin() && std::prev(it)->span.Overlaps(*q.speaker_span);
    } else {
      follows = q.speaker_text == alias || q.speaker_text == split.name;
    }
    if (follows) q.speaker = n;
  }
  a->entities.push_back(std::move(split));  // invalidates `e`
  return true;
}

}  // namespace

std::string EntityKey(const Entity& e) { return std::string(ToString(e.type)) + ":" + e.name; }

int FindEntityByKey(const Analysis& analysis, std::string_view key) { return Resolve(analysis.entities, key); }

void ApplyCorrections(const std::vector<Correction>& edits, Analysis* a, std::vector<bool>* applied) {
  if (applied) applied->assign(edits.size(), false);
  bool any = false;
  for (size_t i = 0; i < edits.size(); ++i) {
    const Correction& c = edits[i];
    bool ok = false;
    switch (c.kind) {
      case Correction::Kind::kRename: ok = ApplyRename(c, a); break;
      case Correction::Kind::kSetType: ok = ApplySetType(c, a); break;
      case Correction::Kind::kMerge: ok = ApplyMerge(c, a); break;
      case Correction::Kind::kSplitAlias: ok = ApplySplit(c, a); break;
    }
    if (applied) (*applied)[i] = ok;
    any = any || ok;
  }
  if (!any) return;
  // Salience, order, ids e1.., quote speakers (drops the merged-away entities), then edges.
  FinalizeEntities(a);
  BuildEdges(a);
}

const char* ToString(Correction::Kind kind) {
  switch (kind) {
    case Correction::Kind::kRename: return "rename";
    case Correction::Kind::kSetType: return "set_type";
    case Correction::Kind::kMerge: return "merge";
    case Correction::Kind::kSplitAlias: return "split_alias";
  }
  return "rename";
}

std::string DescribeCorrection(const Correction& c) {
  auto name = [](const std::string& key) { return std::string(ParseKey(key).name); };
  switch (c.kind) {
    case Correction::Kind::kRename: return "Rename " + name(c.entity) + " \xE2\x86\x92 " + c.value;
    case Correction::Kind::kSetType: return "Type of " + name(c.entity) + " \xE2\x86\x92 " + c.value;
    case Correction::Kind::kMerge: return "Merge " + name(c.other) + " into " + name(c.entity);
    case Correction::Kind::kSplitAlias: return "Split " + c.other + " off " + name(c.entity);
  }
  return "";
}

std::string CorrectionsToJson(const std::vector<Correction>& edits, const std::vector<bool>* applied) {
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (size_t i = 0; i < edits.size(); ++i) {
    const Correction& c = edits[i];
    nlohmann::ordered_json o = nlohmann::ordered_json::object();
    o["kind"] = ToString(c.kind);
    o["entity"] = c.entity;
    if (!c.other.empty()) o["other"] = c.other;
    if (!c.value.empty()) o["value"] = c.value;
    if (applied && i < applied->size()) o["applied"] = static_cast<bool>((*applied)[i]);
    arr.push_back(std::move(o));
  }
  // replace: a stored string with invalid UTF-8 becomes U+FFFD instead of an exception.
  return arr.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

bool CorrectionsFromJson(std::string_view text, std::vector<Correction>* out, size_t* skipped) {
  out->clear();
  if (skipped) *skipped = 0;
  const nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return false;
  const nlohmann::json* list = &j;
  if (j.is_object()) {
    auto it = j.find("corrections");
    if (it == j.end()) return false;
    list = &*it;
  }
  if (!list->is_array()) return false;
  for (const nlohmann::json& item : *list) {
    Correction c;
    bool ok = item.is_object();
    auto str = [&](const char* key, std::string* to, bool required) {
      if (!ok) return;
      auto it = item.find(key);
      if (it == item.end() || it->is_null()) {
        ok = !required;
        return;
      }
      if (!it->is_string()) {
        ok = false;
        return;
      }
      *to = it->get_ref<const std::string&>();
    };
    std::string kind;
    str("kind", &kind, true);
    str("entity", &c.entity, true);
    if (kind == "rename") c.kind = Correction::Kind::kRename;
    else if (kind == "set_type") c.kind = Correction::Kind::kSetType;
    else if (kind == "merge") c.kind = Correction::Kind::kMerge;
    else if (kind == "split_alias") c.kind = Correction::Kind::kSplitAlias;
    else ok = false;
    const bool needs_other = c.kind == Correction::Kind::kMerge || c.kind == Correction::Kind::kSplitAlias;
    str("other", &c.other, needs_other);
    str("value", &c.value, !needs_other);
    EntityType unused;
    if (ok && (c.entity.empty() || (needs_other ? c.other.empty() : c.value.empty()))) ok = false;
    if (ok && c.kind == Correction::Kind::kSetType && !ParseType(c.value, &unused)) ok = false;
    if (ok) {
      out->push_back(std::move(c));
    } else if (skipped) {
      ++*skipped;
    }
  }
  return true;
}

void AddCorrectionsField(const std::vector<Correction>& edits, const std::vector<bool>* applied,
                         std::string* contract_json) {
  if (edits.empty()) return;
  const size_t close = contract_json->find_last_of('}');
  if (close == std::string::npos) return;
  size_t prev = contract_json->find_last_not_of(" \t\r\n", close == 0 ? 0 : close - 1);
  const bool empty_object = close == 0 || prev == std::string::npos || (*contract_json)[prev] == '{';
  std::string field = empty_object ? "" : ",";
  field += "\"corrections\":" + CorrectionsToJson(edits, applied);
  contract_json->insert(close, field);
}

}  // namespace ae
