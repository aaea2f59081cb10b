// json.h — the analysis contract (shared/spec/analysis-contract.md) as JSON.
//
// ToJson writes one Analysis as the contract's object. Key order and number formatting
// are fixed, so native and WebAssembly builds print the same bytes (stats.elapsed_ms aside).
// Provenance (several articles, JsonOptions::provenance) adds per-item article fields.
// Cost: linear in the size of the analysis.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"

namespace ae {

// Which article each item comes from, for an analysis of several articles (corpus.h,
// ArticlesOfItems fills it). Entries index `ids` / `names`; a vector whose size does not
// match the analysis is ignored. Empty (the default, one article): nothing is added.
struct ArticleProvenance {
  std::vector<std::string> ids;                // "a1", "a2", ...
  std::vector<std::string> names;              // as given, same order
  std::vector<std::vector<int>> entities;      // per entity: the articles of its mentions, ascending
  std::vector<int> quotes;                     // per quote: its article
  std::vector<std::vector<int>> edges;         // per edge: the articles of its evidence, ascending
  bool empty() const { return ids.size() < 2; }
};

struct JsonOptions {
  std::optional<std::string> id;  // --jsonl mode: echoed as "id" (a JSON value, already encoded)
  int indent = -1;                // -1: one line; >= 0: pretty-printed
  bool elapsed = true;            // include stats.elapsed_ms
  // Several articles: entities and edges get "articles": ["a1", ...] as their last field, and
  // quotes "article": "aN". nullptr or empty: the single-article contract, unchanged.
  const ArticleProvenance* provenance = nullptr;
};

std::string ToJson(const Analysis& a, const JsonOptions& options = {});

// Appends `s` as a JSON string literal (quotes included; " \\ and control characters
// escaped, other bytes as they are) — the one escaping the writer and every JSON field added
// after it (export's "text", corpus's "articles") use.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace ae
