// test_entities_news.cpp — news conventions the entity and quote stages read: datelines,
// firms named "X & Y", a company named in full then by its short form, and the addressee of
// "told" kept out of the reported words (texts written for these tests).
#include <doctest/doctest.h>

#include <string>

#include "assets/builtin_assets.h"
#include "core/analysis.h"

namespace {

ae::Analysis Run(const std::string& text) {
  ae::AnalyzeOptions o;
  o.measure_time = false;
  return ae::Analyze(text, ae::BuiltinLexicons(), o);
}

// The entity with this alias (nullptr if none); *count: how many entities have it.
const ae::Entity* Find(const ae::Analysis& a, const std::string& alias, int* count = nullptr) {
  const ae::Entity* found = nullptr;
  int n = 0;
  for (const ae::Entity& e : a.entities) {
    for (const std::string& s : e.aliases) {
      if (s == alias) {
        if (!found) found = &e;
        ++n;
        break;
      }
    }
  }
  if (count) *count = n;
  return found;
}

}  // namespace

TEST_CASE("a dateline names the place the story was filed from") {
  const ae::Analysis a = Run(
      "PORT ELLEN, Scotland \xE2\x80\x94 The ferry operator Calloway Marine said on Friday it would add two "
      "sailings a week.\n\nOfficials welcomed the decision.");
  const ae::Entity* place = Find(a, "PORT ELLEN");
  REQUIRE(place != nullptr);
  CHECK(place->type == ae::EntityType::kPlace);
  const ae::Analysis b = Run("KIRKWALL (Orkney Times) - Harbour fees will rise in spring, the council said.");
  REQUIRE(Find(b, "KIRKWALL") != nullptr);
  CHECK(Find(b, "KIRKWALL")->type == ae::EntityType::kPlace);
  // An acronym opening a sentence is no dateline, whatever dash comes later.
  const ae::Analysis c = Run("NATO said on Monday that the exercise - its largest - would go ahead.");
  const ae::Entity* nato = Find(c, "NATO");
  REQUIRE(nato != nullptr);
  CHECK(nato->type != ae::EntityType::kPlace);
}

TEST_CASE("a firm named X & Y is one organisation; two people joined by & stay two") {
  const ae::Analysis a = Run(
      "The accounts were audited by Pellow & Varga, which declined to comment. A spokesman for "
      "Pellow & Varga said the review was routine.");
  int n = 0;
  const ae::Entity* firm = Find(a, "Pellow & Varga", &n);
  REQUIRE(firm != nullptr);
  CHECK(n == 1);
  CHECK(firm->type == ae::EntityType::kOrg);
  CHECK(firm->mentions.size() >= 2);
  CHECK(Find(a, "Pellow") == nullptr);
  CHECK(Find(a, "Varga") == nullptr);
  const ae::Analysis b = Run("The show was presented by Karl Henning & Maria Osei, who met at college.");
  CHECK(Find(b, "Karl Henning & Maria Osei") == nullptr);
  // A surname that is also a first name ("Keane") still closes a firm's name.
  const ae::Analysis c = Run("The complaint was filed by the law firm Dorrow & Keane on Monday.");
  const ae::Entity* firm2 = Find(c, "Dorrow & Keane");
  REQUIRE(firm2 != nullptr);
  CHECK(firm2->type == ae::EntityType::kOrg);
  CHECK(Find(c, "Keane") == nullptr);
}

TEST_CASE("a company named in full, then by its short form, is one entity") {
  const ae::Analysis a = Run(
      "Quillon Technologies said on Tuesday it would close its plant in Leeds. Quillon employs 300 "
      "people there, and shares in Quillon fell sharply after the announcement.");
  const ae::Entity* full = Find(a, "Quillon Technologies");
  REQUIRE(full != nullptr);
  CHECK(full->type == ae::EntityType::kOrg);
  const ae::Entity* short_form = Find(a, "Quillon");
  CHECK(short_form == full);
  CHECK(full->mentions.size() >= 2);
}

TEST_CASE("the addressee of 'told' is not part of what was said") {
  const ae::Analysis a = Run(
      "Ines Rocha, the mayor, told Harbour Radio the new bridge was \"long overdue\" and would open in May.");
  bool found = false;
  for (const ae::Quote& q : a.quotes) {
    const std::string text = a.text.substr(q.span.start, q.span.end - q.span.start);
    if (text.find("long overdue") == std::string::npos) continue;
    found = true;
    CHECK(text.find("Harbour Radio") == std::string::npos);
    CHECK(text.rfind("the new bridge", 0) == 0);
  }
  CHECK(found);
}
