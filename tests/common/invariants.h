// invariants.h — the contract's promises about one analysis, checked on its JSON.
// Shared by the unit tests and the fuzzer. Returns "" when every invariant holds, otherwise
// a description of the first one that does not.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

namespace ae_test {

inline bool OnUtf8Boundary(const std::string& s, uint64_t pos) {
  return pos == s.size() || (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80);
}

// `text` is the analysed text (Analysis::text: the input with invalid UTF-8 repaired).
inline std::string CheckContract(const std::string& text, const std::string& json_text) {
  const nlohmann::json j = nlohmann::json::parse(json_text, nullptr, false);
  if (j.is_discarded()) return "output is not JSON";
  if (j.value("schema", "") != "article-explorer.analysis/1") return "schema missing";
  for (const char* key : {"entities", "quotes", "values", "edges", "warnings"}) {
    if (!j.contains(key) || !j[key].is_array()) return std::string(key) + " is not an array";
  }
  auto span_ok = [&](const nlohmann::json& o, const char* what) -> std::string {
    if (!o.contains("start") || !o.contains("end") || !o["start"].is_number_unsigned() ||
        !o["end"].is_number_unsigned())
      return std::string(what) + " without start/end";
    const uint64_t s = o["start"], e = o["end"];
    if (s > e || e > text.size()) return std::string(what) + " span out of range";
    if (!OnUtf8Boundary(text, s) || !OnUtf8Boundary(text, e)) return std::string(what) + " span splits a character";
    if (o.contains("text") && o["text"] != text.substr(s, e - s)) return std::string(what) + " text differs from its span";
    return "";
  };
  std::set<std::string> ids;
  for (const auto& e : j["entities"]) {
    for (const char* key : {"id", "name", "type", "aliases", "mentions"}) {
      if (!e.contains(key)) return std::string("entity without ") + key;
    }
    if (!ids.insert(e["id"].get<std::string>()).second) return "duplicate entity id";
    bool has_name = false;
    for (const auto& m : e["mentions"]) {
      if (std::string err = span_ok(m, "mention"); !err.empty()) return err;
      has_name |= m.value("kind", "") == "name";
    }
    if (!has_name) return "entity with no name mention";
    const double sal = e.value("salience", 0.0);
    if (sal < 0 || sal > 1) return "salience out of 0..1";
  }
  for (const auto& v : j["values"]) {
    if (std::string err = span_ok(v, "value"); !err.empty()) return err;
  }
  std::set<std::string> quote_ids;
  for (const auto& q : j["quotes"]) {
    for (const char* key : {"id", "kind", "text", "start", "end", "speaker"}) {
      if (!q.contains(key)) return std::string("quote without ") + key;
    }
    quote_ids.insert(q["id"].get<std::string>());
    if (std::string err = span_ok(q, "quote"); !err.empty()) return err;
    if (!q["speaker"].is_null() && !ids.count(q["speaker"].get<std::string>())) return "quote speaker id does not exist";
    const double c = q.value("confidence", 0.0);
    if (c < 0 || c > 1) return "confidence out of 0..1";
  }
  for (const auto& e : j["edges"]) {
    if (!ids.count(e.value("source", "")) || !ids.count(e.value("target", ""))) return "edge to a missing entity";
  }
  return "";
}

}  // namespace ae_test
