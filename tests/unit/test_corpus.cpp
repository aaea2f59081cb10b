// Tests for corpus.h: the same person merged across two invented articles, two people with
// one surname kept apart, spans shifted (mention text == text.substr), the contract on the
// merged result, removing an article removes its entities, one article unchanged, the
// "articles" JSON field and ArticleAt, and per-item provenance (ArticlesOfItems, ToJson fields).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "assets/builtin_assets.h"
#include "core/analysis.h"
#include "core/corpus.h"
#include "core/json.h"
#include "../common/invariants.h"

namespace {

// Two made-up articles: Kamala Harris in both (named fully in one, "Ms Harris" too), a
// different Harris (Doug) only in the second; a place only in the first, an ORG only in
// the second.
const char* kFirst =
    "Kamala Harris visited Mexico City on Tuesday to discuss migration.\n\n"
    "\"We are partners in this work,\" Ms Harris told reporters after the meeting.\n\n"
    "Harris will travel to Guatemala next month.\n";
const char* kSecond =
    "Kamala Harris spoke in Denver on Friday about water rights.\n\n"
    "Doug Harris, a farmer from the Western Slope, said the river had never been so low.\n\n"
    "\"We need rain more than speeches,\" Doug Harris said. The Colorado Farm Bureau agreed.\n";

// Only a surname: "Harris" joins the one Harris known, and no Harris when two are known.
const char* kThird =
    "Ms Harris arrived in Lima on Monday, officials said.\n\n"
    "\"This visit matters,\" Harris told reporters.\n";

ae::Analysis Run(const std::string& text) {
  ae::AnalyzeOptions options;
  options.measure_time = false;
  return ae::Analyze(text, ae::BuiltinLexicons(), options);
}

std::string Json(const ae::Analysis& a) {
  ae::JsonOptions o;
  o.elapsed = false;
  return ae::ToJson(a, o);
}

int FindByName(const ae::Analysis& a, const std::string& name) {
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (a.entities[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

TEST_CASE("corpus: one article is returned unchanged (byte-identical JSON)") {
  const ae::Analysis a = Run(kFirst);
  std::vector<ae::ArticleRange> ranges;
  const ae::Analysis m = ae::MergeCorpus({{"first", a}}, &ranges);
  CHECK(Json(m) == Json(a));
  REQUIRE(ranges.size() == 1);
  CHECK(ranges[0].id == "a1");
  CHECK(ranges[0].span.end == a.text.size());
  std::string json = Json(m);
  ae::AddArticlesField(ranges, &json);
  CHECK(json == Json(a));  // no "articles" field for a single article
  CHECK(ae::MergeCorpus({}).entities.empty());
}

TEST_CASE("corpus: the same person is one entity across articles, another Harris stays apart") {
  const ae::Analysis a = Run(kFirst), b = Run(kSecond);
  // Preconditions on the analyses themselves (so a failure below is about merging).
  REQUIRE(FindByName(a, "Kamala Harris") >= 0);
  REQUIRE(FindByName(b, "Kamala Harris") >= 0);
  REQUIRE(FindByName(b, "Doug Harris") >= 0);

  std::vector<ae::ArticleRange> ranges;
  const ae::Analysis m = ae::MergeCorpus({{"first.txt", a}, {"second.txt", b}}, &ranges);
  REQUIRE(ranges.size() == 2);
  CHECK(m.text == std::string(kFirst) + "\n\n" + kSecond);
  CHECK(ranges[0].span.start == 0);
  CHECK(ranges[0].span.end == std::string(kFirst).size());
  CHECK(ranges[1].span.start == std::string(kFirst).size() + 2);
  CHECK(ranges[1].span.end == m.text.size());
  CHECK(ranges[1].id == "a2");
  CHECK(ranges[1].name == "second.txt");

  int kamala = 0, doug = 0;
  for (const ae::Entity& e : m.entities) {
    if (e.name == "Kamala Harris") ++kamala;
    if (e.name == "Doug Harris") ++doug;
  }
  CHECK(kamala == 1);
  CHECK(doug == 1);
  const int k = FindByName(m, "Kamala Harris");
  const int d = FindByName(m, "Doug Harris");
  REQUIRE(k >= 0);
  REQUIRE(d >= 0);
  CHECK(k != d);
  bool in_first = false, in_second = false;
  for (const ae::Mention& mention : m.entities[k].mentions) {
    const int art = ae::ArticleAt(ranges, mention.span.start);
    in_first |= art == 0;
    in_second |= art == 1;
  }
  CHECK(in_first);
  CHECK(in_second);
  for (const ae::Mention& mention : m.entities[d].mentions) CHECK(ae::ArticleAt(ranges, mention.span.start) == 1);
  // Merged mentions cover both articles' mentions of her.
  const size_t expected = a.entities[FindByName(a, "Kamala Harris")].mentions.size() +
                          b.entities[FindByName(b, "Kamala Harris")].mentions.size();
  CHECK(m.entities[k].mentions.size() == expected);
  // Entities only in one article are kept, once.
  CHECK(m.entities.size() == a.entities.size() + b.entities.size() - 1);
  // Quote counts add up; quote ids renumbered in order.
  CHECK(m.quotes.size() == a.quotes.size() + b.quotes.size());
  for (size_t i = 0; i < m.quotes.size(); ++i) CHECK(m.quotes[i].id == "q" + std::to_string(i + 1));
}

TEST_CASE("corpus: spans shifted, contract holds, edges stay inside one article") {
  const ae::Analysis a = Run(kFirst), b = Run(kSecond);
  std::vector<ae::ArticleRange> ranges;
  const ae::Analysis m = ae::MergeCorpus({{"first", a}, {"second", b}}, &ranges);
  const std::string err = ae_test::CheckContract(m.text, Json(m));
  CHECK_MESSAGE(err.empty(), err);
  // Surfaces are the same strings as in the source article.
  for (const ae::Entity& e : m.entities) {
    for (const ae::Mention& mention : e.mentions) {
      const int art = ae::ArticleAt(ranges, mention.span.start);
      REQUIRE(art >= 0);
      CHECK(ranges[art].span.Contains(mention.span));
      const ae::Analysis& src = art == 0 ? a : b;
      const uint32_t off = ranges[art].span.start;
      CHECK(m.Text(mention.span) == src.text.substr(mention.span.start - off, mention.span.size()));
      CHECK(m.sentences[mention.sentence].span.Contains(mention.span));
    }
  }
  for (const ae::Quote& q : m.quotes) {
    const int art = ae::ArticleAt(ranges, q.span.start);
    CHECK(ranges[art].span.Contains(q.span));
    CHECK(m.sentences[q.sentence].span.start <= q.span.start);
  }
  for (const ae::Value& v : m.values) CHECK(m.sentences[v.sentence].span.Contains(v.span));
  for (size_t t = 0; t < m.tokens.size(); ++t) {
    const ae::Sentence& s = m.sentences[m.tokens[t].sentence];
    CHECK(s.first_token <= t);
    CHECK(t < s.end_token);
  }
  CHECK(m.stats.sentences == a.stats.sentences + b.stats.sentences);
  CHECK(m.stats.words == a.stats.words + b.stats.words);
  // A co-occurrence edge's evidence sentences are each inside one article.
  for (const ae::Edge& e : m.edges) {
    if (e.kind != ae::EdgeKind::kCooccurrence) continue;
    for (uint32_t s : e.evidence) {
      const ae::Span sp = m.sentences[s].span;
      CHECK(ae::ArticleAt(ranges, sp.start) == ae::ArticleAt(ranges, sp.end - 1));
    }
  }
  // Deterministic.
  CHECK(Json(ae::MergeCorpus({{"first", a}, {"second", b}})) == Json(m));
}

TEST_CASE("corpus: removing an article removes its entities; the articles field") {
  const ae::Analysis a = Run(kFirst), b = Run(kSecond);
  std::vector<ae::ArticleRange> ranges;
  const ae::Analysis both = ae::MergeCorpus({{"first", a}, {"second \"b\"", b}}, &ranges);
  CHECK(FindByName(both, "Doug Harris") >= 0);
  const ae::Analysis only_first = ae::MergeCorpus({{"first", a}});
  CHECK(FindByName(only_first, "Doug Harris") < 0);
  CHECK(FindByName(only_first, "Kamala Harris") >= 0);
  CHECK(Json(only_first) == Json(a));

  std::string json = Json(both);
  ae::AddArticlesField(ranges, &json);
  const nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
  REQUIRE(!j.is_discarded());
  REQUIRE(j.contains("articles"));
  REQUIRE(j["articles"].size() == 2);
  CHECK(j["articles"][1]["id"] == "a2");
  CHECK(j["articles"][1]["name"] == "second \"b\"");
  CHECK(j["articles"][1]["start"] == ranges[1].span.start);
  CHECK(j["articles"][0]["end"] == std::string(kFirst).size());
  CHECK(j["articles"][0]["sentences"] == nlohmann::json::array({0, a.sentences.size()}));
  CHECK(j["articles"][1]["sentences"] == nlohmann::json::array({a.sentences.size(), a.sentences.size() + b.sentences.size()}));
  // Every co-occurrence evidence sentence lies in one article's sentence range.
  for (const ae::Edge& e : both.edges) {
    if (e.kind != ae::EdgeKind::kCooccurrence) continue;
    for (uint32_t s : e.evidence) CHECK(s < ranges[1].end_sentence);
  }
  CHECK(ae_test::CheckContract(both.text, json).empty());

  // ArticleAt: separators belong to the article before; out of range to the last.
  CHECK(ae::ArticleAt(ranges, 0) == 0);
  CHECK(ae::ArticleAt(ranges, ranges[0].span.end) == 0);
  CHECK(ae::ArticleAt(ranges, ranges[1].span.start) == 1);
  CHECK(ae::ArticleAt(ranges, 1u << 30) == 1);
  CHECK(ae::ArticleAt({}, 0) == -1);
}

TEST_CASE("corpus: a bare surname joins the only entity with that alias, and none when two have it") {
  const ae::Analysis a = Run(kFirst), b = Run(kSecond), c = Run(kThird);
  REQUIRE(FindByName(c, "Harris") >= 0);
  // With the first article only one Harris is known: "Harris" is her.
  const ae::Analysis ac = ae::MergeCorpus({{"first", a}, {"third", c}});
  CHECK(FindByName(ac, "Harris") < 0);
  REQUIRE(FindByName(ac, "Kamala Harris") >= 0);
  CHECK(ac.entities.size() == a.entities.size() + c.entities.size() - 1);
  // The quote of the third article is hers now.
  bool quoted = false;
  for (const ae::Quote& q : ac.quotes) quoted |= q.speaker == FindByName(ac, "Kamala Harris") && q.span.start > a.text.size();
  CHECK(quoted);
  // With Doug Harris known too, "Harris" is ambiguous: kept apart from both.
  const ae::Analysis abc = ae::MergeCorpus({{"first", a}, {"second", b}, {"third", c}});
  CHECK(FindByName(abc, "Harris") >= 0);
  CHECK(FindByName(abc, "Kamala Harris") >= 0);
  CHECK(FindByName(abc, "Doug Harris") >= 0);
  CHECK(ae_test::CheckContract(abc.text, Json(abc)).empty());
}

TEST_CASE("corpus: every entity, quote and edge names its article(s) (issue 5, provenance)") {
  std::vector<ae::ArticleRange> ranges;
  const ae::Analysis m = ae::MergeCorpus({{"first.txt", Run(kFirst)}, {"second.txt", Run(kSecond)}}, &ranges);
  REQUIRE(ranges.size() == 2);
  const ae::ArticleProvenance p = ae::ArticlesOfItems(m, ranges);
  REQUIRE(p.ids == std::vector<std::string>{"a1", "a2"});
  CHECK(p.names == std::vector<std::string>{"first.txt", "second.txt"});
  REQUIRE(p.entities.size() == m.entities.size());
  REQUIRE(p.quotes.size() == m.quotes.size());
  REQUIRE(p.edges.size() == m.edges.size());

  ae::JsonOptions o;
  o.elapsed = false;
  o.provenance = &p;
  const nlohmann::json j = nlohmann::json::parse(ae::ToJson(m, o));
  // Kamala Harris is in both articles; Doug Harris only in the second; Mexico City only in the first.
  const int kamala = FindByName(m, "Kamala Harris");
  const int doug = FindByName(m, "Doug Harris");
  REQUIRE(kamala >= 0);
  REQUIRE(doug >= 0);
  CHECK(j["entities"][kamala]["articles"] == nlohmann::json::array({"a1", "a2"}));
  CHECK(j["entities"][doug]["articles"] == nlohmann::json::array({"a2"}));
  // Every entity's list is exactly the articles of its mentions (ascending, no repeats).
  for (size_t i = 0; i < m.entities.size(); ++i) {
    std::vector<std::string> want;
    for (const ae::Mention& mention : m.entities[i].mentions) {
      const std::string id = mention.span.start < ranges[1].span.start ? "a1" : "a2";
      if (want.empty() || want.back() != id) want.push_back(id);
    }
    CHECK(j["entities"][i]["articles"].get<std::vector<std::string>>() == want);
  }
  // Each quote names the article it stands in: the first quote is in a1, the Doug Harris one in a2.
  REQUIRE(m.quotes.size() >= 2);
  bool saw_a1 = false, saw_a2 = false;
  for (size_t i = 0; i < m.quotes.size(); ++i) {
    const std::string want = m.quotes[i].span.start < ranges[1].span.start ? "a1" : "a2";
    CHECK(j["quotes"][i]["article"] == want);
    saw_a1 |= want == "a1";
    saw_a2 |= want == "a2";
  }
  CHECK(saw_a1);
  CHECK(saw_a2);
  // Edges come from one article each (sentences never cross): a one-element list.
  REQUIRE(!m.edges.empty());
  for (size_t i = 0; i < m.edges.size(); ++i) {
    REQUIRE(j["edges"][i]["articles"].size() == 1);
    const ae::Edge& e = m.edges[i];
    const uint32_t s = e.kind == ae::EdgeKind::kQuote ? m.quotes[e.evidence[0]].sentence : e.evidence[0];
    CHECK(j["edges"][i]["articles"][0] == (s < ranges[1].first_sentence ? "a1" : "a2"));
  }
  // The merged contract still holds with the extra fields (pretty output parses the same).
  CHECK(ae_test::CheckContract(m.text, ae::ToJson(m, o)) == "");
  o.indent = 2;
  CHECK(nlohmann::json::parse(ae::ToJson(m, o)) == j);
}

TEST_CASE("corpus: one article has no provenance fields (byte-identical JSON)") {
  const ae::Analysis a = Run(kFirst);
  std::vector<ae::ArticleRange> ranges;
  const ae::Analysis m = ae::MergeCorpus({{"first", a}}, &ranges);
  const ae::ArticleProvenance p = ae::ArticlesOfItems(m, ranges);
  CHECK(p.empty());
  CHECK(p.entities.empty());
  ae::JsonOptions o;
  o.elapsed = false;
  o.provenance = &p;
  CHECK(ae::ToJson(m, o) == Json(a));
  CHECK(ae::ArticlesOfItems(m, {}).empty());
  // A provenance that does not fit the analysis (stale sizes) adds nothing rather than garbage.
  std::vector<ae::ArticleRange> two;
  const ae::Analysis m2 = ae::MergeCorpus({{"x", Run(kFirst)}, {"y", Run(kThird)}}, &two);
  const ae::ArticleProvenance stale = ae::ArticlesOfItems(m2, two);
  o.provenance = &stale;
  CHECK(ae::ToJson(m, o) == Json(a));
}
