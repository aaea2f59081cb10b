// Tests for json_read.h: FromJson(ToJson(a)) gives back the same JSON byte for byte (sample
// article, tests/data, hostile inputs), restores the text, ignores unknown fields, and turns
// malformed or inconsistent input into false + a one-line reason, never a crash.
#include <doctest/doctest.h>

#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "assets/builtin_assets.h"
#include "core/analysis.h"
#include "core/export.h"
#include "core/json.h"
#include "core/json_read.h"

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

ae::Analysis Analyse(const std::string& text) { return ae::Analyze(text, ae::BuiltinLexicons()); }

// Both forms: the bare contract (text rebuilt from the spans) and the export (text given).
void CheckRoundTrip(const ae::Analysis& a) {
  const std::string json = ae::ToJson(a);
  ae::Analysis back;
  std::string error = "stale";
  REQUIRE_MESSAGE(ae::FromJson(json, &back, &error), error);
  CHECK(error.empty());
  CHECK(ae::ToJson(back) == json);
  CHECK(back.text.size() == a.text.size());
  // Every span's bytes are right even in a rebuilt text.
  for (const ae::Quote& q : a.quotes) CHECK(back.Text(q.span) == a.Text(q.span));

  std::string exported;
  REQUIRE(ae::Export(a, "json", &exported));
  ae::Analysis restored;
  REQUIRE_MESSAGE(ae::FromJson(exported, &restored, &error), error);
  CHECK(restored.text == a.text);
  CHECK(ae::ToJson(restored) == json);
  CHECK(restored.title == a.title);
  // Pretty-printed JSON reads the same.
  ae::JsonOptions pretty;
  pretty.indent = 2;
  ae::Analysis from_pretty;
  REQUIRE_MESSAGE(ae::FromJson(ae::ToJson(a, pretty), &from_pretty, &error), error);
  CHECK(ae::ToJson(from_pretty) == json);
}

// FromJson must refuse `json` with a one-line reason containing `want`, leaving *out alone.
void CheckRefused(const std::string& json, const std::string& want) {
  CAPTURE(json.substr(0, 200));
  ae::Analysis out;
  out.text = "untouched";
  std::string error;
  CHECK_FALSE(ae::FromJson(json, &out, &error));
  CHECK(out.text == "untouched");
  CHECK_FALSE(error.empty());
  CHECK(error.find('\n') == std::string::npos);
  CHECK(error.find('\r') == std::string::npos);
  CHECK_MESSAGE(error.find(want) != std::string::npos, "error: ", error, " / want: ", want);
}

// A small analysis with one entity, one quote and one edge, as JSON to edit in tests.
nlohmann::json SmallDoc() {
  const ae::Analysis a = Analyse(
      "Mayor Anna Berg met Tom Reyes in Oslo on Monday.\n"
      "\"We will build the bridge,\" Ms Berg said.\n"
      "Mr Reyes said the council had agreed with Anna Berg.\n");
  REQUIRE(a.entities.size() >= 2);
  REQUIRE(!a.quotes.empty());
  REQUIRE(a.quotes[0].speaker >= 0);
  REQUIRE(!a.edges.empty());
  return nlohmann::json::parse(ae::ToJson(a));
}

}  // namespace

TEST_CASE("json_read: round trip on the sample article and tests/data") {
  std::vector<std::string> paths = {std::string(AE_SHARED_DIR) + "/corpus/harris-mexico.txt"};
  for (const char* name : {"clinic-strike.txt", "harbour-bridge.txt", "tech-merger.txt"}) {
    paths.push_back(std::string(AE_SOURCE_DIR) + "/tests/data/" + name);
  }
  for (const std::string& path : paths) {
    CAPTURE(path);
    const std::string text = ReadFile(path);
    REQUIRE(text.size() > 500);
    const ae::Analysis a = Analyse(text);
    CHECK(!a.entities.empty());
    CHECK(!a.quotes.empty());
    CheckRoundTrip(a);
  }
}

TEST_CASE("json_read: round trip on hostile inputs") {
  std::vector<std::string> inputs = {
      "",
      " \n\t\r\n ",
      "Anna Berg said \xff\xfe it was \xc3( fine.\n",
      std::string("NUL\0bytes Anna Berg said \"so\".", 30),
      "Mr Smith said \"\"\"\" \u201copen \u2018nested \u201d\u2019 \"unbalanced.\n",
      "Line one.\r\nAnna Berg said \"we agree\".\r\n\r\nTom Reyes replied: \"No.\"\r\n",
      "\xEF\xBB\xBF" "Anna Berg told reporters \"\xF0\x9F\x98\x80 fine\".",
      "<html><body><p>Anna Berg said &quot;x&quot;</p><script>var a = \"1\";</script></body></html>",
      "\xD9\x82\xD8\xA7\xD9\x84 \"\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7\" \xE5\x8C\x97\xE4\xBA\xAC said Li Wei.",
      "Title\n=Ms Berg= said \"=SUM(A1)\", adding: \"@evil\"\n+ - @ \t tabs\n",
  };
  std::mt19937 rng(5);
  std::string binary;
  for (int i = 0; i < 4000; ++i) binary.push_back(static_cast<char>(rng() & 0xFF));
  inputs.push_back(binary);
  std::string quotes;
  for (int i = 0; i < 3000; ++i) quotes += (i % 3 == 0) ? "\" Anna Berg said " : (i % 3 == 1) ? "\u201c x " : "\u201d. ";
  inputs.push_back(quotes);
  for (const std::string& input : inputs) {
    CAPTURE(input.substr(0, 80));
    CheckRoundTrip(Analyse(input));
  }
}

TEST_CASE("json_read: extra fields are ignored (the contract can grow)") {
  nlohmann::json j = SmallDoc();
  const std::string want = ae::ToJson([&] {
    ae::Analysis a;
    std::string e;
    REQUIRE(ae::FromJson(j.dump(), &a, &e));
    return a;
  }());
  j["corrections"] = nlohmann::json::array({{{"kind", "rename"}, {"entity", "PERSON:Anna Berg"}, {"value", "A. Berg"}}});
  j["future"] = {{"nested", {1, 2, 3}}};
  j["id"] = "article-7";
  j["entities"][0]["wikidata"] = "Q1";
  j["entities"][0]["mentions"][0]["confidence"] = 0.5;
  j["quotes"][0]["article"] = 2;
  j["edges"][0]["label"] = "x";
  j["stats"]["tokens"] = 99;
  ae::Analysis a;
  std::string error;
  REQUIRE_MESSAGE(ae::FromJson(j.dump(), &a, &error), error);
  CHECK(ae::ToJson(a) == want);
}

TEST_CASE("json_read: the speaker, the edges and the text are restored") {
  const std::string text = "Mayor Anna Berg met Tom Reyes in Oslo.\n\"We will build it,\" Ms Berg said.\n";
  const ae::Analysis a = Analyse(text);
  std::string exported;
  REQUIRE(ae::Export(a, "json", &exported));
  ae::Analysis b;
  std::string error;
  REQUIRE_MESSAGE(ae::FromJson(exported, &b, &error), error);
  CHECK(b.text == text);
  REQUIRE(b.entities.size() == a.entities.size());
  REQUIRE(b.quotes.size() == a.quotes.size());
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    CHECK(b.quotes[i].speaker == a.quotes[i].speaker);
    CHECK(b.quotes[i].span == a.quotes[i].span);
    CHECK(b.quotes[i].speaker_text == a.quotes[i].speaker_text);
    CHECK(b.quotes[i].speaker_span == a.quotes[i].speaker_span);
  }
  REQUIRE(b.edges.size() == a.edges.size());
  for (size_t i = 0; i < a.edges.size(); ++i) {
    CHECK(b.edges[i].source == a.edges[i].source);
    CHECK(b.edges[i].target == a.edges[i].target);
    CHECK(b.edges[i].evidence == a.edges[i].evidence);
  }
  // The exports of the restored analysis equal those of the original.
  for (const char* format : {"quotes.csv", "entities.csv", "gexf", "graphml", "json"}) {
    std::string x, y;
    REQUIRE(ae::Export(a, format, &x));
    REQUIRE(ae::Export(b, format, &y));
    CHECK_MESSAGE(x == y, format);
  }
}

TEST_CASE("json_read: malformed JSON gives false and a one-line message") {
  const std::string good = SmallDoc().dump();
  CheckRefused("", "not valid JSON");
  CheckRefused(good.substr(0, good.size() / 2), "not valid JSON");  // truncated
  CheckRefused(good.substr(0, good.size() - 1), "not valid JSON");  // last brace missing
  CheckRefused("{\"schema\": \"article-explorer.analysis/1\",\n\"entities\": [,]}", "not valid JSON");
  CheckRefused("[1, 2, 3]", "not a JSON object");
  CheckRefused("\"text\"", "not a JSON object");
  CheckRefused("{}", "schema");
  CheckRefused("{\"schema\": \"other/2\", \"entities\": [], \"quotes\": []}", "unsupported schema");
  CheckRefused(std::string(200000, '[') + std::string(200000, ']'), "not a JSON object");  // deep, no crash
  CheckRefused(std::string(200000, '['), "not valid JSON");
  CheckRefused("{\"schema\": \"article-explorer.analysis/1\", \"text\": \"\xff\", \"entities\": [], \"quotes\": []}",
               "not valid JSON");  // invalid UTF-8 in a string
}

TEST_CASE("json_read: wrong types give false, never an exception") {
  const nlohmann::json good = SmallDoc();
  auto with = [&good](const std::function<void(nlohmann::json&)>& edit) {
    nlohmann::json j = good;
    edit(j);
    return j.dump();
  };
  CheckRefused(with([](nlohmann::json& j) { j["entities"] = "none"; }), "entities: expected an array");
  CheckRefused(with([](nlohmann::json& j) { j.erase("entities"); }), "entities: missing");
  CheckRefused(with([](nlohmann::json& j) { j.erase("quotes"); }), "quotes: missing");
  CheckRefused(with([](nlohmann::json& j) { j["entities"][0] = 5; }), "entities[0]: expected an object");
  CheckRefused(with([](nlohmann::json& j) { j["entities"][0]["id"] = 1; }), "entities[0].id: expected a string");
  CheckRefused(with([](nlohmann::json& j) { j["entities"][0]["type"] = "ALIEN"; }), "unknown type");
  CheckRefused(with([](nlohmann::json& j) { j["entities"][0]["aliases"] = {1}; }), "aliases[0]: expected a string");
  CheckRefused(with([](nlohmann::json& j) { j["entities"][0]["mentions"][0]["start"] = "0"; }),
               "mentions[0].start: expected a non-negative integer");
  CheckRefused(with([](nlohmann::json& j) { j["entities"][0]["mentions"][0]["start"] = -1; }),
               "expected a non-negative integer");
  CheckRefused(with([](nlohmann::json& j) { j["entities"][0]["mentions"][0]["end"] = 1.5; }),
               "expected a non-negative integer");
  CheckRefused(with([](nlohmann::json& j) { j["entities"][0]["mentions"][0]["kind"] = nullptr; }),
               "kind: expected a string");
  CheckRefused(with([](nlohmann::json& j) { j["entities"][0]["salience"] = "high"; }), "salience: expected a number");
  CheckRefused(with([](nlohmann::json& j) { j["entities"][0]["salience"] = 7; }), "salience: out of range");
  CheckRefused(with([](nlohmann::json& j) { j["quotes"][0]["speaker"] = 0; }), "expected an entity id or null");
  CheckRefused(with([](nlohmann::json& j) { j["quotes"][0]["confidence"] = true; }), "expected a number");
  CheckRefused(with([](nlohmann::json& j) { j["quotes"][0]["kind"] = "shouted"; }), "unknown kind");
  CheckRefused(with([](nlohmann::json& j) { j["edges"][0]["evidence"] = {"a"}; }), "evidence[0]");
  CheckRefused(with([](nlohmann::json& j) { j["title"] = 3; }), "title");
  CheckRefused(with([](nlohmann::json& j) { j["stats"] = {1, 2}; }), "stats: expected an object");
  CheckRefused(with([](nlohmann::json& j) { j["text"] = 3; }), "text: expected a string");
  CheckRefused(with([](nlohmann::json& j) { j["warnings"] = {{{"code", 1}}}; }), "warnings[0].code");
}

TEST_CASE("json_read: inconsistent input (spans out of range, unknown ids) gives false") {
  const nlohmann::json good = SmallDoc();
  const uint64_t bytes = good["stats"]["bytes"].get<uint64_t>();
  auto with = [&good](const std::function<void(nlohmann::json&)>& edit) {
    nlohmann::json j = good;
    edit(j);
    return j.dump();
  };
  CheckRefused(with([&](nlohmann::json& j) {
                 j["entities"][0]["mentions"][0]["end"] = bytes + 1;
               }),
               "out of range");
  CheckRefused(with([&](nlohmann::json& j) { j["quotes"][0]["end"] = bytes + 100; }), "out of range");
  CheckRefused(with([&](nlohmann::json& j) { j["quotes"][0]["start"] = 4294967296ull; }), "too large");
  CheckRefused(with([&](nlohmann::json& j) {
                 j["entities"][0]["mentions"][0]["start"] = j["entities"][0]["mentions"][0]["end"].get<uint64_t>() + 1;
               }),
               "is after");
  CheckRefused(with([](nlohmann::json& j) { j["quotes"][0]["speaker"] = "e999"; }), "no entity has the id \"e999\"");
  CheckRefused(with([](nlohmann::json& j) { j["edges"][0]["target"] = "nobody"; }), "edges[0].target");
  CheckRefused(with([](nlohmann::json& j) { j["edges"][0]["source"] = "e0"; }), "edges[0].source");
  CheckRefused(with([](nlohmann::json& j) { j["entities"][1]["id"] = j["entities"][0]["id"]; }), "used twice");
  CheckRefused(with([](nlohmann::json& j) { j["quotes"][0]["text"] = "words never said"; }), "bytes for a span");
  // The span's own text disagrees with another span over the same bytes.
  CheckRefused(with([&](nlohmann::json& j) {
                 nlohmann::json& m = j["entities"][0]["mentions"][0];
                 std::string t = m["text"];
                 t[0] = t[0] == 'X' ? 'Y' : 'X';
                 m["text"] = t;
                 j["entities"][0]["mentions"].push_back(j["entities"][0]["mentions"][0]);
                 j["entities"][0]["mentions"].back()["text"] = good["entities"][0]["mentions"][0]["text"];
               }),
               "disagrees");
  // With the text given, a mention's text must be the text at its span.
  {
    nlohmann::json j = good;
    j["text"] = std::string(bytes, 'z');
    CheckRefused(j.dump(), "differs from the text");
    j["text"] = std::string(bytes - 1, 'z');
    CheckRefused(j.dump(), "stats.bytes");
  }
  CheckRefused(with([](nlohmann::json& j) { j.erase("stats"); }), "no \"text\" and no \"stats\"");
  CheckRefused(with([](nlohmann::json& j) { j["stats"]["bytes"] = 1ull << 40; }), "too large");
  CheckRefused(with([](nlohmann::json& j) { j["edges"][0]["kind"] = "quote"; j["edges"][0]["evidence"] = {50}; }),
               "quote index 50");
  CheckRefused(with([](nlohmann::json& j) { j["entities"][0]["mentions"][0]["sentence"] = 1000; }),
               "stats.sentences");
  CheckRefused(with([](nlohmann::json& j) { j["quotes"][0].erase("speaker_end"); }), "come together");
}

TEST_CASE("json_read: mutated documents never crash") {
  const std::string good = ae::ToJson(Analyse(ReadFile(std::string(AE_SOURCE_DIR) + "/tests/data/harbour-bridge.txt")));
  std::mt19937 rng(42);
  int accepted = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string s = good;
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int k = 0; k < edits; ++k) {
      const size_t at = rng() % s.size();
      switch (rng() % 4) {
        case 0: s[at] = static_cast<char>(rng() & 0xFF); break;
        case 1: s.erase(at, 1 + rng() % 8); break;
        case 2: s.insert(at, 1, "0123456789\",:[]{}-e"[rng() % 19]); break;
        default: s.resize(at); break;
      }
      if (s.empty()) s = "{";
    }
    ae::Analysis a;
    std::string error;
    if (ae::FromJson(s, &a, &error)) {
      ++accepted;
      const std::string again = ae::ToJson(a);  // whatever was accepted can be written...
      ae::Analysis b;
      REQUIRE_MESSAGE(ae::FromJson(again, &b, &error), error);  // ...and read back
      CHECK(ae::ToJson(b) == again);
      std::string out;
      for (const char* f : {"quotes.csv", "entities.csv", "gexf", "graphml"}) CHECK(ae::Export(a, f, &out));
    } else {
      CHECK(!error.empty());
      CHECK(error.find('\n') == std::string::npos);
    }
  }
  MESSAGE("mutations accepted: ", accepted, " of 3000");
}
