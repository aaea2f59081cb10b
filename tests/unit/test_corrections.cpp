// Tests for corrections.h: each kind of correction, ids and quote speakers remapped, the
// contract after every correction, survival across a re-analysis of an edited text, inert
// corrections, undo (replaying a shorter list), and the JSON form (round trip, malformed input).
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "assets/builtin_assets.h"
#include "core/analysis.h"
#include "core/corrections.h"
#include "core/json.h"
#include "../common/invariants.h"

namespace {

using ae::Correction;
using Kind = ae::Correction::Kind;

// A made-up article: one person named three ways (with an honorific once), one named twice,
// a pronoun, places and an organisation; quotes by both people.
const char* kText =
    "Maria Lopez, the mayor of Springfield, said on Monday that the city would build a new bridge over the river.\n\n"
    "\"We have waited long enough,\" Ms Lopez told reporters.\n\n"
    "The Acme Corporation will pay for half of the bridge, according to John Carter, a spokesman for Acme.\n\n"
    "\"This is good for everyone in Springfield,\" Carter said. He added that work would start in May.\n\n"
    "Lopez said the state of Oregon had promised the other half.\n";

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

void CheckContract(const ae::Analysis& a) {
  const std::string err = ae_test::CheckContract(a.text, Json(a));
  CHECK_MESSAGE(err.empty(), err);
  // Beyond the JSON: every index in range, co-occurrence edges ordered, mentions sorted.
  for (const ae::Quote& q : a.quotes) CHECK(q.speaker < static_cast<int>(a.entities.size()));
  for (const ae::Edge& e : a.edges) {
    CHECK(e.source >= 0);
    CHECK(e.target >= 0);
    CHECK(e.source < static_cast<int>(a.entities.size()));
    CHECK(e.target < static_cast<int>(a.entities.size()));
    CHECK(e.source != e.target);
    if (e.kind == ae::EdgeKind::kCooccurrence) CHECK(e.source < e.target);
  }
  for (size_t i = 0; i < a.entities.size(); ++i) {
    CHECK(a.entities[i].id == "e" + std::to_string(i + 1));
    for (size_t k = 1; k < a.entities[i].mentions.size(); ++k) {
      CHECK(a.entities[i].mentions[k - 1].span < a.entities[i].mentions[k].span);
    }
  }
}

int Find(const ae::Analysis& a, const std::string& key) { return ae::FindEntityByKey(a, key); }

int QuoteIndex(const ae::Analysis& a, const std::string& starts_with) {
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    if (a.Text(a.quotes[i].span).substr(0, starts_with.size()) == starts_with) return static_cast<int>(i);
  }
  return -1;
}

size_t NameMentions(const ae::Entity& e) {
  size_t n = 0;
  for (const ae::Mention& m : e.mentions) n += m.kind == ae::MentionKind::kName;
  return n;
}

bool HasAlias(const ae::Entity& e, const std::string& alias) {
  for (const std::string& x : e.aliases) {
    if (x == alias) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("corrections: the test article is analysed as the tests expect") {
  const ae::Analysis a = Run(kText);
  const int lopez = Find(a, "PERSON:Maria Lopez");
  const int carter = Find(a, "PERSON:John Carter");
  REQUIRE(lopez >= 0);
  REQUIRE(carter >= 0);
  REQUIRE(Find(a, "PLACE:Springfield") >= 0);
  REQUIRE(HasAlias(a.entities[lopez], "Ms Lopez"));
  REQUIRE(HasAlias(a.entities[carter], "Carter"));
  REQUIRE(QuoteIndex(a, "This is good") >= 0);
  REQUIRE(a.quotes[QuoteIndex(a, "This is good")].speaker == carter);
  REQUIRE(a.quotes[QuoteIndex(a, "We have waited")].speaker == lopez);
}

TEST_CASE("corrections: keys resolve by type and name, then name, alias, folded") {
  const ae::Analysis a = Run(kText);
  const int lopez = Find(a, "PERSON:Maria Lopez");
  CHECK(Find(a, "ORG:Maria Lopez") == lopez);  // the type changed in a re-analysis
  CHECK(Find(a, "Ms Lopez") == lopez);         // an alias
  CHECK(Find(a, "PERSON:Lopez") == lopez);     // an alias with the key's type
  CHECK(Find(a, "maria lópez") == lopez);      // case and accents
  CHECK(Find(a, "PERSON:Nobody Here") == -1);
  CHECK(Find(a, "") == -1);
  CHECK(Find(a, "PERSON:") == -1);
}

TEST_CASE("corrections: one name, two types: the key's type decides") {
  ae::Analysis a = Run(kText);
  std::vector<bool> applied;
  ae::ApplyCorrections({{Kind::kRename, "PLACE:Springfield", "", "Maria Lopez"}}, &a, &applied);
  REQUIRE(applied == std::vector<bool>{true});
  const int person = Find(a, "PERSON:Maria Lopez"), place = Find(a, "PLACE:Maria Lopez");
  REQUIRE(person >= 0);
  REQUIRE(place >= 0);
  CHECK(person != place);
  CHECK(a.entities[person].type == ae::EntityType::kPerson);
  CHECK(a.entities[place].type == ae::EntityType::kPlace);
  // A later correction reaches the one its key names.
  ae::ApplyCorrections({{Kind::kRename, "PLACE:Springfield", "", "Maria Lopez"},
                        {Kind::kSetType, "PLACE:Maria Lopez", "", "MISC"}},
                       &a, &applied);
  CHECK(Find(a, "MISC:Maria Lopez") >= 0);
  CHECK(a.entities[Find(a, "PERSON:Maria Lopez")].type == ae::EntityType::kPerson);
}

TEST_CASE("corrections: nothing to apply leaves the analysis byte-identical") {
  ae::Analysis a = Run(kText);
  const std::string before = Json(a);
  std::vector<bool> applied;
  ae::ApplyCorrections({}, &a, &applied);
  CHECK(applied.empty());
  CHECK(Json(a) == before);
  // Only inert corrections: still identical, each reported not applied.
  ae::ApplyCorrections({{Kind::kRename, "PERSON:Nobody", "", "X"}, {Kind::kMerge, "PERSON:Maria Lopez", "PERSON:Maria Lopez", ""},
                        {Kind::kSetType, "PERSON:Maria Lopez", "", "ALIEN"}, {Kind::kRename, "PERSON:Maria Lopez", "", " \n\t "}},
                       &a, &applied);
  CHECK(applied == std::vector<bool>{false, false, false, false});
  CHECK(Json(a) == before);
}

TEST_CASE("corrections: rename") {
  ae::Analysis a = Run(kText);
  const size_t n = a.entities.size();
  const size_t mentions = a.entities[Find(a, "PERSON:John Carter")].mentions.size();
  std::vector<bool> applied;
  ae::ApplyCorrections({{Kind::kRename, "PERSON:John Carter", "", "  Johnny\n  Carter Jr. "}}, &a, &applied);
  CHECK(applied == std::vector<bool>{true});
  CheckContract(a);
  CHECK(a.entities.size() == n);
  const int k = Find(a, "PERSON:Johnny Carter Jr.");
  REQUIRE(k >= 0);
  CHECK(a.entities[k].name == "Johnny Carter Jr.");  // white space cleaned
  CHECK(a.entities[k].mentions.size() == mentions);
  CHECK(HasAlias(a.entities[k], "John Carter"));  // the surface names stay aliases
  // ... through the alias "John Carter", still a surface name of the renamed entity.
  CHECK(Find(a, "PERSON:John Carter") == k);
  CHECK(a.quotes[QuoteIndex(a, "This is good")].speaker == k);
  const nlohmann::json j = nlohmann::json::parse(Json(a));
  bool seen = false;
  for (const auto& e : j["entities"]) seen |= e["name"] == "Johnny Carter Jr.";
  CHECK(seen);
}

TEST_CASE("corrections: change type") {
  ae::Analysis a = Run(kText);
  std::vector<bool> applied;
  ae::ApplyCorrections({{Kind::kSetType, "PLACE:Springfield", "", "ORG"}, {Kind::kSetType, "PLACE:Oregon", "", "loc"}}, &a,
                       &applied);
  CHECK(applied == std::vector<bool>{true, true});
  CheckContract(a);
  const int k = Find(a, "ORG:Springfield");
  REQUIRE(k >= 0);
  CHECK(a.entities[k].type == ae::EntityType::kOrg);
  CHECK(a.entities[Find(a, "PLACE:Oregon")].type == ae::EntityType::kPlace);  // LOC is PLACE
  const nlohmann::json j = nlohmann::json::parse(Json(a));
  CHECK(j["entities"][k]["type"] == "ORG");
}

TEST_CASE("corrections: merge moves mentions, aliases and quotes; ids and edges are remapped") {
  ae::Analysis a = Run(kText);
  const ae::Analysis before = a;
  const int lopez0 = Find(before, "PERSON:Maria Lopez"), carter0 = Find(before, "PERSON:John Carter");
  const size_t total = before.entities[lopez0].mentions.size() + before.entities[carter0].mentions.size();
  std::vector<bool> applied;
  // Carter merged into Lopez (the survivor keeps its name and type).
  ae::ApplyCorrections({{Kind::kMerge, "PERSON:Maria Lopez", "PERSON:John Carter", ""}}, &a, &applied);
  CHECK(applied == std::vector<bool>{true});
  CheckContract(a);
  CHECK(a.entities.size() == before.entities.size() - 1);
  CHECK(Find(a, "PERSON:John Carter") == Find(a, "PERSON:Maria Lopez"));  // now an alias of the survivor
  const int k = Find(a, "PERSON:Maria Lopez");
  REQUIRE(k >= 0);
  const ae::Entity& e = a.entities[k];
  CHECK(e.mentions.size() == total);
  CHECK(HasAlias(e, "Carter"));
  CHECK(HasAlias(e, "Ms Lopez"));
  // Every quote of either now points to the survivor, by its (possibly new) id.
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const int s0 = before.quotes[i].speaker;
    if (s0 == lopez0 || s0 == carter0) CHECK(a.quotes[i].speaker == k);
  }
  const nlohmann::json j = nlohmann::json::parse(Json(a));
  CHECK(j["quotes"][QuoteIndex(a, "This is good")]["speaker"] == e.id);
  // The network: no edge touches a vanished entity, Lopez and Carter's shared places are
  // one edge each with the summed evidence; Springfield had one edge from each.
  const int spring = Find(a, "PLACE:Springfield");
  double weight = 0;
  for (const ae::Edge& edge : a.edges) {
    if (edge.kind == ae::EdgeKind::kCooccurrence && std::min(edge.source, edge.target) == std::min(k, spring) &&
        std::max(edge.source, edge.target) == std::max(k, spring))
      weight += edge.weight;
  }
  CHECK(weight == 2.0);
  // The merged entity gained attention: it is first.
  CHECK(k == 0);
}

TEST_CASE("corrections: split an alias off, with its mentions and the quotes it names") {
  ae::Analysis a = Run(kText);
  const ae::Analysis before = a;
  const int carter0 = Find(before, "PERSON:John Carter");
  std::vector<bool> applied;
  ae::ApplyCorrections({{Kind::kSplitAlias, "PERSON:John Carter", "Carter", ""}}, &a, &applied);
  CHECK(applied == std::vector<bool>{true});
  CheckContract(a);
  CHECK(a.entities.size() == before.entities.size() + 1);
  const int john = Find(a, "PERSON:John Carter");
  const int split = Find(a, "PERSON:Carter");
  REQUIRE(john >= 0);
  REQUIRE(split >= 0);
  CHECK(john != split);
  CHECK(a.entities[split].name == "Carter");
  CHECK(a.entities[split].aliases == std::vector<std::string>{"Carter"});
  CHECK(NameMentions(a.entities[split]) == 1);
  CHECK_FALSE(HasAlias(a.entities[john], "Carter"));
  CHECK(NameMentions(a.entities[john]) + 1 == NameMentions(before.entities[carter0]));
  // "..." Carter said: that quote follows the split entity; the quote naming John Carter stays.
  CHECK(a.quotes[QuoteIndex(a, "This is good")].speaker == split);
  CHECK(a.quotes[QuoteIndex(a, "The Acme")].speaker == john);
}

TEST_CASE("corrections: splitting an alias with an honorific takes the mention it was written with") {
  ae::Analysis a = Run(kText);
  const ae::Analysis before = a;
  std::vector<bool> applied;
  ae::ApplyCorrections({{Kind::kSplitAlias, "PERSON:Maria Lopez", "Ms Lopez", ""}}, &a, &applied);
  CHECK(applied == std::vector<bool>{true});
  CheckContract(a);
  const int maria = Find(a, "PERSON:Maria Lopez");
  REQUIRE(maria >= 0);
  int split = -1;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (a.entities[i].aliases == std::vector<std::string>{"Ms Lopez"}) split = static_cast<int>(i);
  }
  REQUIRE(split >= 0);
  CHECK(a.entities[split].name == "Lopez");  // the name, without the honorific
  CHECK(NameMentions(a.entities[split]) == 1);
  // The quote introduced by "Ms Lopez told" follows it; the later "Lopez said" does not.
  CHECK(a.quotes[QuoteIndex(a, "We have waited")].speaker == split);
  CHECK(a.quotes[QuoteIndex(a, "the state of Oregon")].speaker == maria);
  CHECK(HasAlias(a.entities[maria], "Lopez"));
}

TEST_CASE("corrections: splitting the only alias, or an alias it does not have, is inert") {
  ae::Analysis a = Run(kText);
  const std::string before = Json(a);
  std::vector<bool> applied;
  ae::ApplyCorrections({{Kind::kSplitAlias, "PLACE:Springfield", "Springfield", ""},
                        {Kind::kSplitAlias, "PERSON:John Carter", "Lopez", ""}},
                       &a, &applied);
  CHECK(applied == std::vector<bool>{false, false});
  CHECK(Json(a) == before);
}

TEST_CASE("corrections: applied in order; a later one names the entity as the earlier left it") {
  ae::Analysis a = Run(kText);
  std::vector<bool> applied;
  const std::vector<Correction> edits = {
      {Kind::kRename, "PERSON:John Carter", "", "Jon Carter"},
      {Kind::kSetType, "PERSON:Jon Carter", "", "ORG"},
      {Kind::kSplitAlias, "ORG:Jon Carter", "Carter", ""},
      {Kind::kMerge, "PERSON:Maria Lopez", "ORG:Carter", ""},
  };
  ae::ApplyCorrections(edits, &a, &applied);
  CHECK(applied == std::vector<bool>{true, true, true, true});
  CheckContract(a);
  const int jon = Find(a, "ORG:Jon Carter");
  REQUIRE(jon >= 0);
  CHECK(a.entities[jon].type == ae::EntityType::kOrg);
  const int maria = Find(a, "PERSON:Maria Lopez");
  CHECK(HasAlias(a.entities[maria], "Carter"));
  CHECK(a.quotes[QuoteIndex(a, "This is good")].speaker == maria);
  // Deterministic: the same edits on the same text give the same bytes.
  ae::Analysis b = Run(kText);
  ae::ApplyCorrections(edits, &b);
  CHECK(Json(a) == Json(b));
}

TEST_CASE("corrections: they survive a re-analysis of an edited text; a vanished target is inert") {
  const std::vector<Correction> edits = {
      {Kind::kRename, "PERSON:Maria Lopez", "", "María López"},
      {Kind::kMerge, "PERSON:María López", "PERSON:John Carter", ""},
      {Kind::kSetType, "PLACE:Oregon", "", "ORG"},
  };
  // A sentence added at the top: every offset and maybe every id moves.
  std::string edited = std::string("Officials met again on Tuesday.\n\n") + kText;
  ae::Analysis a = Run(edited);
  std::vector<bool> applied;
  ae::ApplyCorrections(edits, &a, &applied);
  CHECK(applied == std::vector<bool>{true, true, true});
  CheckContract(a);
  const int k = Find(a, "PERSON:María López");
  REQUIRE(k >= 0);
  CHECK(HasAlias(a.entities[k], "John Carter"));
  CHECK(a.quotes[QuoteIndex(a, "This is good")].speaker == k);
  CHECK(a.entities[Find(a, "ORG:Oregon")].type == ae::EntityType::kOrg);

  // Oregon and John Carter edited out: those corrections are inert, the rename still holds.
  std::string cut = kText;
  cut = cut.substr(0, cut.find("The Acme")) + "Lopez said the state had promised the other half.\n";
  ae::Analysis b = Run(cut);
  REQUIRE(Find(b, "PERSON:John Carter") == -1);
  ae::ApplyCorrections(edits, &b, &applied);
  CHECK(applied == std::vector<bool>{true, false, false});
  CheckContract(b);
  CHECK(Find(b, "PERSON:María López") >= 0);
}

TEST_CASE("corrections: undo is replaying the shorter list") {
  const std::vector<Correction> edits = {
      {Kind::kMerge, "PERSON:Maria Lopez", "PERSON:John Carter", ""},
      {Kind::kRename, "PERSON:Maria Lopez", "", "The Two"},
  };
  ae::Analysis one = Run(kText);
  ae::ApplyCorrections({edits[0]}, &one);
  ae::Analysis two = Run(kText);
  ae::ApplyCorrections(edits, &two);
  CHECK(Json(one) != Json(two));
  // Undoing the rename: the list without it gives exactly the state after the merge.
  ae::Analysis undone = Run(kText);
  ae::ApplyCorrections(std::vector<Correction>(edits.begin(), edits.end() - 1), &undone);
  CHECK(Json(undone) == Json(one));
  ae::Analysis none = Run(kText);
  ae::ApplyCorrections({}, &none);
  CHECK(Json(none) == Json(Run(kText)));
}

TEST_CASE("corrections: JSON round trip") {
  const std::vector<Correction> edits = {
      {Kind::kRename, "PERSON:Maria Lopez", "", "María \"La\" López"},
      {Kind::kSetType, "PLACE:Oregon", "", "ORG"},
      {Kind::kMerge, "PERSON:Maria Lopez", "PERSON:John Carter", ""},
      {Kind::kSplitAlias, "PERSON:Maria Lopez", "Ms Lopez", ""},
  };
  const std::string json = ae::CorrectionsToJson(edits);
  CHECK(json.rfind("[{\"kind\":\"rename\",\"entity\":\"PERSON:Maria Lopez\",\"value\":", 0) == 0);
  std::vector<Correction> back;
  size_t skipped = 9;
  REQUIRE(ae::CorrectionsFromJson(json, &back, &skipped));
  CHECK(skipped == 0);
  CHECK(back == edits);
  // With applied flags (an export): still readable, the flags ignored.
  const std::vector<bool> flags = {true, false, true, true};
  const std::string with_flags = ae::CorrectionsToJson(edits, &flags);
  CHECK(with_flags.find("\"applied\":false") != std::string::npos);
  REQUIRE(ae::CorrectionsFromJson(with_flags, &back));
  CHECK(back == edits);
  // Empty list.
  REQUIRE(ae::CorrectionsFromJson(ae::CorrectionsToJson({}), &back));
  CHECK(back.empty());
  // Invalid UTF-8 in a string never throws: it is written as U+FFFD.
  const std::string bad = ae::CorrectionsToJson({{Kind::kRename, "PERSON:A\xff", "", "B\xc3"}});
  CHECK(nlohmann::json::accept(bad));
}

TEST_CASE("corrections: malformed JSON is refused or skipped, never a crash") {
  std::vector<Correction> out = {{Kind::kRename, "x", "", "y"}};
  size_t skipped = 0;
  for (const char* text : {"", "{", "[", "null", "42", "\"rename\"", "{\"corrections\": 5}", "{\"other\": []}",
                           "[1,2", "\xff\xfe", "[\"\xff\"]"}) {
    CHECK_MESSAGE(!ae::CorrectionsFromJson(text, &out), text);
    CHECK(out.empty());
  }
  const char* items = R"([
    1, null, "rename", [],
    {"kind": "rename"},
    {"kind": "rename", "entity": 5, "value": "x"},
    {"kind": "rename", "entity": "PERSON:A", "value": ["x"]},
    {"kind": "rename", "entity": "PERSON:A", "value": ""},
    {"kind": "explode", "entity": "PERSON:A", "value": "x"},
    {"kind": "set_type", "entity": "PERSON:A", "value": "ALIEN"},
    {"kind": "merge", "entity": "PERSON:A"},
    {"kind": "split_alias", "entity": "PERSON:A", "other": null},
    {"kind": "set_type", "entity": "PERSON:A", "value": "PLACE", "extra": {"a": 1}},
    {"kind": "merge", "entity": "PERSON:A", "other": "PERSON:B", "applied": true}
  ])";
  REQUIRE(ae::CorrectionsFromJson(items, &out, &skipped));
  CHECK(skipped == 12);
  REQUIRE(out.size() == 2);
  CHECK(out[0] == Correction{Kind::kSetType, "PERSON:A", "", "PLACE"});
  CHECK(out[1] == Correction{Kind::kMerge, "PERSON:A", "PERSON:B", ""});
}

TEST_CASE("corrections: the export carries them as the extension field, the contract intact") {
  ae::Analysis a = Run(kText);
  const std::vector<Correction> edits = {{Kind::kMerge, "PERSON:Maria Lopez", "PERSON:John Carter", ""},
                                         {Kind::kRename, "PERSON:Nobody", "", "X"}};
  std::vector<bool> applied;
  ae::ApplyCorrections(edits, &a, &applied);
  std::string json = Json(a);
  const std::string plain = json;
  ae::AddCorrectionsField({}, nullptr, &json);
  CHECK(json == plain);  // no corrections: exactly the contract
  ae::AddCorrectionsField(edits, &applied, &json);
  CHECK(ae_test::CheckContract(a.text, json).empty());
  const nlohmann::json j = nlohmann::json::parse(json);
  REQUIRE(j["corrections"].is_array());
  CHECK(j["corrections"].size() == 2);
  CHECK(j["corrections"][0]["applied"] == true);
  CHECK(j["corrections"][1]["applied"] == false);
  CHECK(j["entities"] == nlohmann::json::parse(plain)["entities"]);
  // A saved export gives its corrections back.
  std::vector<Correction> back;
  REQUIRE(ae::CorrectionsFromJson(json, &back));
  CHECK(back == edits);
  // Pretty-printed JSON too.
  ae::JsonOptions pretty;
  pretty.indent = 2;
  pretty.elapsed = false;
  std::string p = ae::ToJson(a, pretty);
  ae::AddCorrectionsField(edits, &applied, &p);
  CHECK(nlohmann::json::parse(p)["corrections"] == j["corrections"]);
}

TEST_CASE("corrections: random corrections on the sample article keep the contract") {
  std::ifstream in(std::string(AE_SHARED_DIR) + "/corpus/harris-mexico.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str().empty() ? std::string(kText) : ss.str();
  const char* types[] = {"PERSON", "ORG", "PLACE", "GROUP", "MISC"};
  std::mt19937 rng(12345);
  std::vector<Correction> edits;
  ae::Analysis a = Run(text);
  for (int step = 0; step < 60 && !a.entities.empty(); ++step) {
    const ae::Entity& e = a.entities[rng() % a.entities.size()];
    const ae::Entity& f = a.entities[rng() % a.entities.size()];
    Correction c;
    c.entity = rng() % 3 == 0 ? e.aliases[rng() % e.aliases.size()] : ae::EntityKey(e);
    switch (rng() % 4) {
      case 0: c.kind = Kind::kRename; c.value = f.name + " " + std::to_string(step); break;
      case 1: c.kind = Kind::kSetType; c.value = types[rng() % 5]; break;
      case 2: c.kind = Kind::kMerge; c.other = ae::EntityKey(f); break;
      default: c.kind = Kind::kSplitAlias; c.other = e.aliases[rng() % e.aliases.size()]; break;
    }
    edits.push_back(c);
    std::vector<bool> applied;
    a = Run(text);
    ae::ApplyCorrections(edits, &a, &applied);
    REQUIRE(applied.size() == edits.size());
    const std::string err = ae_test::CheckContract(a.text, Json(a));
    REQUIRE_MESSAGE(err.empty(), err, " after ", ae::DescribeCorrection(c));
    CheckContract(a);
  }
}
