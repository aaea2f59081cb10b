// test_app_corpus.cpp — several articles in the App (issue 5): AddArticle merges the same
// person across articles into one entity, the JSON names the articles, an edit re-analyses
// only its article, RemoveArticle takes an article's entities away, corrections apply to the
// merged network, "Add article from clipboard" (PasteText) adds instead of replacing, the
// article list round-trips as the page stores it, and headless frames with the tab bar keep
// the current article the App chose (the tab bar never switches it back by itself).
//
// The articles are invented for these tests. ImGui set-up as in ui_smoke.cpp.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "../common/invariants.h"
#include "app/app.h"
#include "app_harness.h"
#include "app/theme.h"
#include "assets/builtin_assets.h"
#include "core/corrections.h"
#include "imgui.h"

namespace {

using nlohmann::json;

constexpr const char* kFirst =
    "Kamala Harris visited Mexico City on Tuesday to discuss migration.\n\n"
    "\"We are partners in this work,\" Ms Harris told reporters after the meeting.\n\n"
    "Harris will travel to Guatemala next month.\n";
constexpr const char* kSecond =
    "Kamala Harris spoke in Denver on Friday about water rights.\n\n"
    "Doug Harris, a farmer from the Western Slope, said the river had never been so low.\n\n"
    "\"We need rain more than speeches,\" Doug Harris said. The Colorado Farm Bureau agreed.\n";

using ae_test::Harness;

// The JSON without stats.elapsed_ms (the one field that differs per run).
std::string Stable(const std::string& text) {
  json j = json::parse(text);
  j["stats"].erase("elapsed_ms");
  return j.dump();
}

int Count(const ae::Analysis& a, const std::string& name) {
  int n = 0;
  for (const ae::Entity& e : a.entities) n += e.name == name;
  return n;
}
int Find(const ae::Analysis& a, const std::string& name) {
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (a.entities[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

TEST_CASE("app corpus: two articles make one network; removing one takes its entities away") {
  ae::app::App single(ae::BuiltinLexicons());
  single.LoadText(kFirst, "first.txt");
  const std::string single_json = Stable(single.CurrentJson());

  ae::app::App app(ae::BuiltinLexicons());
  REQUIRE(app.AddArticle("first.txt", kFirst));  // the empty start article is replaced
  CHECK(app.article_count() == 1);
  CHECK(Stable(app.CurrentJson()) == single_json);
  REQUIRE(app.AddArticle("second.txt", kSecond));
  CHECK(app.article_count() == 2);
  CHECK(app.current_article() == 1);
  CHECK(app.text() == kSecond);
  CHECK(app.analysis().text == std::string(kFirst) + "\n\n" + kSecond);
  CHECK(Count(app.analysis(), "Kamala Harris") == 1);
  CHECK(Count(app.analysis(), "Doug Harris") == 1);
  const std::string in = app.EntityArticles(Find(app.analysis(), "Kamala Harris"));
  CHECK(in.find("first.txt") != std::string::npos);
  CHECK(in.find("second.txt") != std::string::npos);
  CHECK(app.EntityArticles(Find(app.analysis(), "Doug Harris")).find("first.txt") == std::string::npos);

  const std::string merged_json = app.CurrentJson();
  CHECK(ae_test::CheckContract(app.analysis().text, merged_json).empty());
  const json j = json::parse(merged_json);
  REQUIRE(j.contains("articles"));
  CHECK(j["articles"].size() == 2);
  CHECK(j["articles"][0]["name"] == "first.txt");
  CHECK(j["articles"][1]["start"] == std::string(kFirst).size() + 2);

  app.RemoveArticle(1);
  CHECK(app.article_count() == 1);
  CHECK(app.current_article() == 0);
  CHECK(Count(app.analysis(), "Doug Harris") == 0);
  CHECK(Count(app.analysis(), "Kamala Harris") == 1);
  CHECK(Stable(app.CurrentJson()) == single_json);  // back to exactly the single-article JSON

  app.RemoveArticle(0);  // the last one: one empty article
  CHECK(app.article_count() == 1);
  CHECK(app.text().empty());
  CHECK(app.analysis().entities.empty());
}

TEST_CASE("app corpus: an edit re-analyses its article only; corrections apply across articles") {
  ae::app::App app(ae::BuiltinLexicons());
  app.LoadText(kFirst, "first.txt");
  app.AddArticle("second.txt", kSecond);
  app.SetCurrentArticle(0);
  CHECK(app.text() == kFirst);
  *app.mutable_text() = "The Colorado Farm Bureau met on Monday.\n\n" + app.text();
  app.MarkEdited(1.0);
  app.Tick(5.0);
  CHECK(!app.analysis_pending());
  CHECK(app.article_text(1) == kSecond);  // untouched
  CHECK(Count(app.analysis(), "Doug Harris") == 1);
  CHECK(Count(app.analysis(), "Kamala Harris") == 1);
  // The Bureau is named in both articles now: one entity.
  CHECK(Count(app.analysis(), "Colorado Farm Bureau") == 1);
  CHECK(app.EntityArticles(Find(app.analysis(), "Colorado Farm Bureau")).find("first.txt") != std::string::npos);

  ae::Correction c;
  c.kind = ae::Correction::Kind::kRename;
  c.entity = "PERSON:Kamala Harris";
  c.value = "Vice President Harris";
  app.AddCorrection(c);
  CHECK(Count(app.analysis(), "Vice President Harris") == 1);
  CHECK(Count(app.analysis(), "Kamala Harris") == 0);
  CHECK(ae_test::CheckContract(app.analysis().text, app.CurrentJson()).empty());
  const json j = json::parse(app.CurrentJson());
  CHECK(j.contains("articles"));
  CHECK(j.contains("corrections"));
}

TEST_CASE("app corpus: paste adds when armed; the stored list restores the same corpus") {
  ae::app::App app(ae::BuiltinLexicons());
  app.PasteText(kFirst, "pasted");
  CHECK(app.article_count() == 1);
  app.PasteText(kFirst, "pasted");  // not armed: replaces
  CHECK(app.article_count() == 1);
  app.ArmPasteAsNewArticle();
  CHECK(app.paste_adds_article());
  app.PasteText(kSecond, "pasted 2");
  CHECK(app.article_count() == 2);
  CHECK(!app.paste_adds_article());  // once
  CHECK(app.ArticleLabel(1) == "pasted 2");

  // What the page stores: the names and texts; restoring them gives the same analysis.
  std::vector<std::pair<std::string, std::string>> stored;
  for (size_t i = 0; i < app.article_count(); ++i) stored.emplace_back(app.article_name(i), app.article_text(i));
  ae::app::App restored(ae::BuiltinLexicons());
  restored.LoadText(stored[0].second, stored[0].first);
  for (size_t i = 1; i < stored.size(); ++i) restored.AddArticle(stored[i].first, stored[i].second);
  CHECK(Stable(restored.CurrentJson()) == Stable(app.CurrentJson()));
}

TEST_CASE("app corpus: frames with the tab bar keep the App's current article; quotes name their article") {
  Harness h(ImVec2(1600, 900));
  ae::app::App app(ae::BuiltinLexicons());
  app.LoadText(kFirst, "first.txt");
  app.AddArticle("second.txt", kSecond);
  h.Frames(app, 5);
  CHECK(app.current_article() == 1);
  app.SetCurrentArticle(0);
  h.Frames(app, 5);
  CHECK(app.current_article() == 0);
  const std::string shown = h.RenderedText(app);
  CHECK(shown.find("first.txt") != std::string::npos);
  CHECK(shown.find("second.txt") != std::string::npos);
  CHECK(shown.find("Article") != std::string::npos);
  CHECK(shown.find("2 articles") != std::string::npos);
  // Removing the current article through the App while frames run.
  app.RemoveArticle(0);
  h.Frames(app, 5);
  CHECK(app.article_count() == 1);
  CHECK(app.text() == kSecond);
  const std::string after = h.RenderedText(app);
  CHECK(after.find("2 articles") == std::string::npos);
}
