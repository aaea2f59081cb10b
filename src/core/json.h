// json.h — the analysis contract (shared/spec/analysis-contract.md) as JSON.
//
// ToJson writes one Analysis as the contract's object. Key order and number formatting
// are fixed, so native and WebAssembly builds print the same bytes (stats.elapsed_ms aside).
// Cost: linear in the size of the analysis.
#pragma once

#include <optional>
#include <string>

#include "analysis.h"

namespace ae {

struct JsonOptions {
  std::optional<std::string> id;  // --jsonl mode: echoed as "id" (a JSON value, already encoded)
  int indent = -1;                // -1: one line; >= 0: pretty-printed
  bool elapsed = true;            // include stats.elapsed_ms
};

std::string ToJson(const Analysis& a, const JsonOptions& options = {});

}  // namespace ae
