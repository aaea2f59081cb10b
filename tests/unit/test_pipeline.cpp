// Tests for the whole pipeline (analysis.h, graph.h, json.h): the contract's invariants hold
// on the sample article and on hostile inputs, and the JSON has the contract's shape.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <string>

#include "assets/builtin_assets.h"
#include "core/analysis.h"
#include "core/json.h"
#include "../common/invariants.h"

namespace {

bool OnBoundary(const std::string& s, uint32_t pos) {
  return pos == s.size() || (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80);
}

void CheckSpan(const ae::Analysis& a, ae::Span sp) {
  CHECK(sp.start <= sp.end);
  CHECK(sp.end <= a.text.size());
  CHECK(OnBoundary(a.text, sp.start));
  CHECK(OnBoundary(a.text, sp.end));
}

// Every invariant the contract promises, checked on an analysis and its JSON.
void CheckInvariants(const ae::Analysis& a) {
  for (const ae::Token& t : a.tokens) CheckSpan(a, t.span);
  for (size_t i = 1; i < a.tokens.size(); ++i) CHECK(a.tokens[i - 1].span.end <= a.tokens[i].span.start);
  for (const ae::Sentence& s : a.sentences) CheckSpan(a, s.span);
  std::set<std::string> ids;
  for (const ae::Entity& e : a.entities) {
    CHECK(ids.insert(e.id).second);
    CHECK_FALSE(e.name.empty());
    CHECK(e.salience >= 0.0);
    CHECK(e.salience <= 1.0);
    bool has_name = false;
    for (const ae::Mention& m : e.mentions) {
      CheckSpan(a, m.span);
      has_name |= m.kind == ae::MentionKind::kName;
    }
    CHECK(has_name);
  }
  for (const ae::Value& v : a.values) CheckSpan(a, v.span);
  for (const ae::Quote& q : a.quotes) {
    CheckSpan(a, q.span);
    CHECK(q.speaker < static_cast<int>(a.entities.size()));
    CHECK(q.confidence >= 0.0);
    CHECK(q.confidence <= 1.0);
  }
  for (const ae::Edge& e : a.edges) {
    CHECK(e.source >= 0);
    CHECK(e.target < static_cast<int>(a.entities.size()));
    if (e.kind == ae::EdgeKind::kCooccurrence) CHECK(e.source < e.target);
  }
  CHECK(ae_test::CheckContract(a.text, ae::ToJson(a)) == "");
}

ae::Analysis Run(const std::string& text) { return ae::Analyze(text, ae::BuiltinLexicons()); }

bool HasWarning(const ae::Analysis& a, const std::string& code) {
  for (const ae::Warning& w : a.warnings) {
    if (w.code == code) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("the sample article keeps every invariant") {
  std::ifstream in(AE_SHARED_DIR "/corpus/harris-mexico.txt", std::ios::binary);
  if (!in) {
    MESSAGE("../shared/corpus not found; sample-article test skipped");
    return;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  const ae::Analysis a = Run(ss.str());
  CheckInvariants(a);
  CHECK(a.stats.paragraphs > 20);
  CHECK(a.title.has_value());
}

TEST_CASE("hostile inputs: no crash, invariants hold, warnings say what happened") {
  CHECK(HasWarning(Run(""), "empty"));
  CHECK(HasWarning(Run(" \n\t\r\n "), "empty"));
  const ae::Analysis bad = Run("Caf\xC3 \xFF\xFE Mr Smith said \"hi\".");
  CHECK(HasWarning(bad, "invalid-utf8"));
  CheckInvariants(bad);
  {
    static const char kNul[] = "NUL\0bytes \"in\0side\" said Ann.";
    CheckInvariants(Run(std::string(kNul, sizeof(kNul) - 1)));
  }
  CheckInvariants(Run("\xEF\xBB\xBF" "Line one.\r\nLine two said Bob Jones.\r\n"));
  CheckInvariants(Run(std::string(20000, '"')));
  CheckInvariants(Run(std::string(20000, '\'')));
  CheckInvariants(Run("\"open and never closed, said Mr Brown. \xE2\x80\x9C nested 'inner \xE2\x80\x9D' \" end"));
  CheckInvariants(Run("\xD9\x82\xD8\xA7\xD9\x84 \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80 e\xCC\x81t\xC3\xA9 said Ana."));
  CheckInvariants(Run("<html><body><p class=\"x\">Mr Smith said \"hi\"</p><script>var a='b';</script></body></html>"));
  CheckInvariants(Run("THE PRESIDENT SAID \"NO\". MR SMITH AGREED."));
  std::mt19937 rng(42);
  std::string binary(50000, '\0');
  for (char& c : binary) c = static_cast<char>(rng() & 0xFF);
  CheckInvariants(Run(binary));
}

TEST_CASE("oversized input is cut with a warning") {
  ae::AnalyzeOptions options;
  options.max_bytes = 1000;
  std::string text;
  while (text.size() < 3000) text += "Ana L\xC3\xB3pez met Bob. ";
  const ae::Analysis a = ae::Analyze(text, ae::BuiltinLexicons(), options);
  CHECK(HasWarning(a, "truncated"));
  CHECK(a.text.size() <= 1000);
  CheckInvariants(a);
}

TEST_CASE("JSON: ids echo, elapsed can be left out, output is stable") {
  const ae::Analysis a = Run("Ana Lopez met Bob Jones in Paris on Monday.");
  ae::JsonOptions options;
  options.id = "\"doc-7\"";
  options.elapsed = false;
  const std::string once = ae::ToJson(a, options);
  CHECK(once.find("\"id\":\"doc-7\"") != std::string::npos);
  CHECK(once.find("elapsed_ms") == std::string::npos);
  ae::AnalyzeOptions no_time;
  no_time.measure_time = false;
  CHECK(ae::ToJson(ae::Analyze(a.text, ae::BuiltinLexicons(), no_time), options) == once);
}
