// analysis.cpp — the pipeline: repair -> segment -> entities -> values -> quotes -> graph.
#include "analysis.h"

#include <chrono>

#include "entities.h"
#include "graph.h"
#include "lexicon.h"
#include "quotes.h"
#include "text.h"
#include "values.h"

namespace ae {

const char* ToString(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrg: return "ORG";
    case EntityType::kPlace: return "PLACE";
    case EntityType::kGroup: return "GROUP";
    case EntityType::kMisc: return "MISC";
  }
  return "MISC";
}
const char* ToString(MentionKind k) {
  switch (k) {
    case MentionKind::kName: return "name";
    case MentionKind::kPronoun: return "pronoun";
    case MentionKind::kDescriptor: return "descriptor";
  }
  return "name";
}
const char* ToString(ValueType t) {
  switch (t) {
    case ValueType::kDate: return "DATE";
    case ValueType::kTime: return "TIME";
    case ValueType::kMoney: return "MONEY";
    case ValueType::kPercent: return "PERCENT";
    case ValueType::kQuantity: return "QUANTITY";
  }
  return "DATE";
}
const char* ToString(QuoteKind k) {
  switch (k) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kPartial: return "partial";
    case QuoteKind::kIndirect: return "indirect";
  }
  return "direct";
}
const char* ToString(EdgeKind k) {
  return k == EdgeKind::kQuote ? "quote" : "cooccurrence";
}

namespace {

// Cuts s to at most n bytes without splitting a UTF-8 sequence.
size_t Utf8Cut(std::string_view s, size_t n) {
  if (n >= s.size()) return s.size();
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return n;
}

}  // namespace

Analysis Analyze(std::string_view input, const Lexicons& lex, const AnalyzeOptions& options) {
  const auto t0 = std::chrono::steady_clock::now();
  Analysis a;
  if (input.size() > options.max_bytes) {
    const size_t cut = Utf8Cut(input, options.max_bytes);
    a.warnings.push_back({"truncated",
                          "The text is longer than " + std::to_string(options.max_bytes >> 20) +
                              " MB; only its first " + std::to_string(cut) + " bytes were analysed.",
                          static_cast<int64_t>(cut)});
    input = input.substr(0, cut);
  }
  size_t first_bad = 0;
  if (RepairUtf8(input, &a.text, &first_bad)) {
    a.text.assign(input.data(), input.size());
  } else {
    a.warnings.push_back({"invalid-utf8",
                          "The text was not valid UTF-8; invalid bytes were replaced by U+FFFD.",
                          static_cast<int64_t>(first_bad)});
  }
  if (a.text.find('\0') != std::string::npos) {
    a.warnings.push_back({"nul-bytes", "The text contains NUL bytes; they are treated as spaces.",
                          static_cast<int64_t>(a.text.find('\0'))});
  }
  a.stats.bytes = a.text.size();

  Segment(&a, lex);
  if (a.tokens.empty()) {
    a.warnings.push_back({"empty", "The text has no words to analyse.", -1});
  }
  FindEntities(&a, lex);
  FindValues(&a, lex);
  FindQuotes(&a, lex);
  FinalizeEntities(&a);
  BuildEdges(&a);

  a.stats.sentences = static_cast<uint32_t>(a.sentences.size());
  a.stats.paragraphs = static_cast<uint32_t>(a.paragraphs.size());
  if (options.measure_time) {
    a.stats.elapsed_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  }
  return a;
}

}  // namespace ae
