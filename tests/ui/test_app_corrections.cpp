// test_app_corrections.cpp — the reader's corrections of the entity list (issue 5) through the
// App: AddCorrection / UndoCorrection / RedoCorrection / SetCorrections and what every view
// shows afterwards (the contract JSON, the quotes' speakers, the network layout, the
// selection), then through real input in headless ImGui frames: right-click an entity row,
// Rename…, type, Enter; Ctrl+Z / Ctrl+Y in the entities panel.
//
// The article below is made up for these tests. The ImGui set-up is the pattern of
// ui_smoke.cpp (which holds the shared doctest main): a context per test, no renderer.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "app/app.h"
#include "app_harness.h"
#include "app/network_layout.h"
#include "app/panels.h"
#include "app/theme.h"
#include "assets/builtin_assets.h"
#include "core/analysis.h"
#include "core/corrections.h"
#include "imgui.h"
#include "imgui_internal.h"

namespace {

using ae::Correction;
using Kind = ae::Correction::Kind;
using nlohmann::json;

// Two speakers, each quoted, plus an organisation and a place: enough for a merge to move
// quotes and edges from one person to the other.
constexpr const char* kArticle =
    "Maria Lopez, the mayor of Springfield, said on Monday that the city would build a new bridge "
    "over the river.\n\n"
    "\"We have waited long enough for this,\" Lopez said at a news conference.\n\n"
    "John Carter, the chief executive of Acme Industries, said the company would pay for half of "
    "the work. \"It is a fair deal for everyone in this town,\" Carter said.\n\n"
    "Carter and Lopez will meet again in March, according to the council.\n";

using ae_test::Harness;
using ae_test::Lines;

// Does a table row (ImGui logs one as "| cell | cell |") start with the cell `first`, and,
// when given, hold `later` further on?
bool RowStarts(const std::string& rendered, const std::string& first, const std::string& later = "") {
  const std::string head = "| " + first + " |";
  for (const std::string& line : Lines(rendered)) {
    if (line.compare(0, head.size(), head) == 0 && line.find(later, head.size()) != std::string::npos) return true;
  }
  return false;
}

// The contract JSON with its one timing field ("elapsed_ms") zeroed: two analyses of one text
// are otherwise byte-identical.
std::string Untimed(std::string json_text) {
  const std::string field = "\"elapsed_ms\":";
  const size_t at = json_text.find(field);
  if (at == std::string::npos) return json_text;
  const size_t from = at + field.size();
  const size_t to = json_text.find_first_of(",}", from);
  return json_text.replace(from, to - from, "0");
}

// The index of the entity named exactly `name` (not an alias), -1 when none.
int ByName(const ae::Analysis& a, const std::string& name) {
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (a.entities[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

// The contract id ("e3") of the entity named `name` in an exported JSON, "" when none.
std::string IdOf(const json& doc, const std::string& name) {
  for (const json& e : doc["entities"]) {
    if (e["name"] == name) return e["id"];
  }
  return "";
}

// Quote text -> speaker id (null: "") in an exported JSON.
std::map<std::string, std::string> SpeakerByQuote(const json& doc) {
  std::map<std::string, std::string> out;
  for (const json& q : doc["quotes"]) out[q["text"]] = q["speaker"].is_string() ? q["speaker"].get<std::string>() : "";
  return out;
}

// Every edge end is an entity id of the document.
bool EdgesValid(const json& doc) {
  std::vector<std::string> ids;
  for (const json& e : doc["entities"]) ids.push_back(e["id"]);
  for (const json& edge : doc["edges"]) {
    for (const char* end : {"source", "target"}) {
      if (std::find(ids.begin(), ids.end(), edge[end].get<std::string>()) == ids.end()) return false;
    }
  }
  return true;
}

// The network layout has node i for entity i, under its current key.
bool LayoutMatches(ae::app::App& app) {
  const auto& nodes = app.ui().network.layout.nodes();
  if (nodes.size() != app.analysis().entities.size()) return false;
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].key != ae::app::NetworkLayout::KeyOf(app.analysis().entities[i])) return false;
  }
  return true;
}

bool HasNode(ae::app::App& app, const std::string& key) {
  for (const auto& n : app.ui().network.layout.nodes()) {
    if (n.key == key) return true;
  }
  return false;
}

const Correction kMergeCarter{Kind::kMerge, "PERSON:Maria Lopez", "PERSON:John Carter", ""};

}  // namespace

TEST_CASE("corrections: a merge moves the quotes, undo restores the JSON byte for byte, redo re-applies") {
  Harness h;
  ae::app::App app(ae::BuiltinLexicons());
  app.LoadText(kArticle);
  h.Frames(app, 3);
  const ae::Analysis& a = app.analysis();
  const int lopez = ByName(a, "Maria Lopez");
  const int carter = ByName(a, "John Carter");
  REQUIRE(lopez >= 0);
  REQUIRE(carter >= 0);
  const size_t n0 = a.entities.size();
  const std::string json0 = app.CurrentJson();
  CHECK(json0.find("\"corrections\"") == std::string::npos);  // uncorrected: exactly the contract
  const json doc0 = json::parse(json0);
  const std::string carter_id0 = IdOf(doc0, "John Carter");
  const std::string lopez_id0 = IdOf(doc0, "Maria Lopez");
  // The article's quotes as the core attributed them: at least one for each of the two.
  std::map<std::string, std::string> speakers0 = SpeakerByQuote(doc0);
  std::vector<std::string> carter_quotes, lopez_quotes;
  for (const auto& [text, id] : speakers0) {
    if (id == carter_id0) carter_quotes.push_back(text);
    if (id == lopez_id0) lopez_quotes.push_back(text);
  }
  REQUIRE_FALSE(carter_quotes.empty());
  REQUIRE_FALSE(lopez_quotes.empty());
  CHECK(HasNode(app, "PERSON:John Carter"));

  // Select Carter, then merge him into Lopez: the selection follows his mentions.
  ae::app::SelectEntity(app, carter);
  const uint64_t gen0 = app.corrections_generation();
  app.AddCorrection(kMergeCarter);
  CHECK(app.corrections_generation() == gen0 + 1);
  CHECK(app.corrections().size() == 1);
  CHECK(app.corrections_applied() == std::vector<bool>{true});
  CHECK(app.CanUndoCorrection());
  CHECK_FALSE(app.CanRedoCorrection());
  CHECK(app.analysis().entities.size() == n0 - 1);
  CHECK(ByName(app.analysis(), "John Carter") < 0);
  const int survivor = ByName(app.analysis(), "Maria Lopez");
  REQUIRE(survivor >= 0);
  const auto& aliases = app.analysis().entities[survivor].aliases;
  CHECK(std::find(aliases.begin(), aliases.end(), "John Carter") != aliases.end());
  CHECK(app.ui().selected_entity == survivor);
  CHECK(app.ui().selected_key == "PERSON:Maria Lopez");

  // The JSON: no Carter entity, his quotes now spoken by the survivor, edges valid, and the
  // corrections listed last.
  const std::string json1 = app.CurrentJson();
  CHECK(json1 != json0);
  const json doc1 = json::parse(json1);
  CHECK(IdOf(doc1, "John Carter").empty());
  const std::string survivor_id = IdOf(doc1, "Maria Lopez");
  REQUIRE_FALSE(survivor_id.empty());
  const std::map<std::string, std::string> speakers1 = SpeakerByQuote(doc1);
  CHECK(speakers1.size() == speakers0.size());
  for (const std::string& q : carter_quotes) CHECK_MESSAGE(speakers1.at(q) == survivor_id, q);
  for (const std::string& q : lopez_quotes) CHECK_MESSAGE(speakers1.at(q) == survivor_id, q);
  CHECK(EdgesValid(doc1));
  REQUIRE(doc1.contains("corrections"));
  CHECK(doc1["corrections"] == json::parse(R"([{"kind":"merge","entity":"PERSON:Maria Lopez",)"
                                           R"("other":"PERSON:John Carter","applied":true}])"));
  CHECK(json1.rfind("\"corrections\":") > json1.rfind("\"edges\":"));  // the last field
  // The analysis the panels read: every quote speaker is a valid index, Carter's are Lopez's.
  for (const ae::Quote& q : app.analysis().quotes) CHECK(q.speaker < static_cast<int>(app.analysis().entities.size()));
  // The network: one node per entity, under the new keys; Carter's node is gone.
  CHECK(LayoutMatches(app));
  CHECK_FALSE(HasNode(app, "PERSON:John Carter"));
  h.Frames(app, 3);
  CHECK(LayoutMatches(app));

  // Undo: the very same JSON as before the merge.
  app.UndoCorrection();
  CHECK(app.corrections().empty());
  CHECK(app.corrections_applied().empty());
  CHECK(app.CanRedoCorrection());
  CHECK_FALSE(app.CanUndoCorrection());
  CHECK(app.corrections_generation() == gen0 + 2);
  CHECK(app.analysis().entities.size() == n0);
  CHECK(app.CurrentJson() == json0);
  CHECK(HasNode(app, "PERSON:John Carter"));
  CHECK(LayoutMatches(app));
  h.Frames(app, 3);

  // Redo: the merge again, the same JSON as after it.
  app.RedoCorrection();
  CHECK(app.corrections() == std::vector<Correction>{kMergeCarter});
  CHECK_FALSE(app.CanRedoCorrection());
  CHECK(app.CurrentJson() == json1);
  CHECK_FALSE(HasNode(app, "PERSON:John Carter"));

  // Undo twice is one undo; a new correction after an undo drops the redo stack.
  app.UndoCorrection();
  app.UndoCorrection();
  CHECK(app.CurrentJson() == json0);
  CHECK(app.CanRedoCorrection());
  app.AddCorrection({Kind::kSetType, "ORG:Acme Industries", "", "MISC"});
  CHECK_FALSE(app.CanRedoCorrection());
  app.RedoCorrection();  // nothing to redo: the merge is gone for good
  CHECK(app.corrections().size() == 1);
  CHECK(ByName(app.analysis(), "John Carter") >= 0);
}

TEST_CASE("corrections: the network, the quotes panel and the entity table draw the corrected data") {
  Harness h;
  ae::app::App app(ae::BuiltinLexicons());
  app.LoadText(kArticle);
  h.Frames(app, 3);
  // Before: the quotes panel puts Carter beside his quote, and the entity table has his row.
  // (RenderedText logs every table row as "| cell | cell |".)
  const std::string quote_words = "It is a fair deal";
  const std::string before = h.RenderedText(app);
  CHECK(RowStarts(before, "John Carter", quote_words));
  CHECK(RowStarts(before, "John Carter", "PERSON"));
  CHECK(RowStarts(before, "Maria Lopez", "PERSON"));
  // Rename first, so the survivor's name appears nowhere in the article text itself.
  app.AddCorrection({Kind::kRename, "PERSON:Maria Lopez", "", "Mayor Lopez-Quintero"});
  app.AddCorrection({Kind::kMerge, "PERSON:Mayor Lopez-Quintero", "PERSON:John Carter", ""});
  REQUIRE(app.corrections_applied() == (std::vector<bool>{true, true}));
  h.Frames(app, 2);
  const std::string after = h.RenderedText(app);
  CHECK(RowStarts(after, "Mayor Lopez-Quintero", quote_words));  // quotes panel: the survivor
  CHECK_FALSE(RowStarts(after, "John Carter"));                   // in no table's first cell
  CHECK_FALSE(RowStarts(after, "Maria Lopez"));
  CHECK(RowStarts(after, "Mayor Lopez-Quintero", "PERSON"));      // entity table
  CHECK(RowStarts(after, "Mayor Lopez-Quintero", "John Carter"));  // ... with his name as an alias
  CHECK(after.find("corrections: 2") != std::string::npos);       // the panel's counter
  CHECK(HasNode(app, "PERSON:Mayor Lopez-Quintero"));
  CHECK_FALSE(HasNode(app, "PERSON:John Carter"));
  CHECK(LayoutMatches(app));
  // Undo both: Carter is back in both panels.
  app.UndoCorrection();
  app.UndoCorrection();
  h.Frames(app, 2);
  const std::string undone = h.RenderedText(app);
  CHECK(RowStarts(undone, "John Carter", quote_words));
  CHECK(RowStarts(undone, "John Carter", "PERSON"));
  CHECK(undone.find("Lopez-Quintero") == std::string::npos);
  CHECK(undone.find("corrections: 0") != std::string::npos);
}

TEST_CASE("corrections: a correction survives an edit of the text, and goes inert when its name leaves it") {
  Harness h;
  ae::app::App app(ae::BuiltinLexicons());
  app.LoadText(kArticle);
  h.Frames(app, 3);
  const size_t n0 = app.analysis().entities.size();
  app.AddCorrection(kMergeCarter);
  REQUIRE(app.analysis().entities.size() == n0 - 1);
  const uint64_t corr_gen = app.corrections_generation();

  // Insert a paragraph at the top: every span and entity id moves.
  const uint64_t gen = app.analysis_generation();
  *app.mutable_text() = "The council met on Tuesday night.\n\n" + app.text();
  app.MarkEdited(h.now);
  CHECK(app.analysis_pending());
  h.Frame(app);  // before the debounce: not yet
  CHECK(app.analysis_pending());
  h.now += 1.0;  // past the debounce
  h.Frames(app, 2);
  CHECK_FALSE(app.analysis_pending());
  CHECK(app.analysis_generation() > gen);
  CHECK(app.analysis().text == app.text());
  CHECK(app.corrections_generation() == corr_gen);  // an edit does not change the list
  CHECK(app.corrections_applied() == std::vector<bool>{true});
  CHECK(app.analysis().entities.size() == n0 - 1);
  CHECK(ByName(app.analysis(), "John Carter") < 0);
  const json doc = json::parse(app.CurrentJson());
  const std::string survivor_id = IdOf(doc, "Maria Lopez");
  REQUIRE_FALSE(survivor_id.empty());
  bool moved = false;
  for (const auto& [words, id] : SpeakerByQuote(doc)) {
    if (words.find("fair deal") != std::string::npos) moved = id == survivor_id;
  }
  CHECK(moved);  // Carter's quote, spoken by the survivor
  CHECK(doc["corrections"][0]["applied"] == true);
  CHECK(LayoutMatches(app));

  // Cut Carter out of the text: the correction stays in the list but is inert, and says so.
  std::string text = app.text();
  const size_t cut = text.find("John Carter");
  REQUIRE(cut != std::string::npos);
  *app.mutable_text() = text.substr(0, cut);
  app.MarkEdited(h.now);
  h.now += 1.0;
  h.Frames(app, 2);
  CHECK(app.corrections().size() == 1);
  CHECK(app.corrections_applied() == std::vector<bool>{false});
  CHECK(json::parse(app.CurrentJson())["corrections"][0]["applied"] == false);
  CHECK(ByName(app.analysis(), "Maria Lopez") >= 0);

  // Put him back: it applies again.
  *app.mutable_text() = text;
  app.MarkEdited(h.now);
  h.now += 1.0;
  h.Frames(app, 2);
  CHECK(app.corrections_applied() == std::vector<bool>{true});
  CHECK(ByName(app.analysis(), "John Carter") < 0);
}

TEST_CASE("corrections: SetCorrections restores a saved list, and the restored app exports the same JSON") {
  Harness h;
  ae::app::App app(ae::BuiltinLexicons());
  app.LoadText(kArticle);
  h.Frames(app, 2);
  const std::vector<Correction> edits = {
      {Kind::kRename, "PERSON:Maria Lopez", "", "Maria Lopez Garcia"},
      {Kind::kSetType, "ORG:Acme Industries", "", "MISC"},
      {Kind::kMerge, "PERSON:Maria Lopez Garcia", "PERSON:John Carter", ""},
      {Kind::kRename, "PERSON:Nobody Here", "", "Somebody"},  // not in this text: inert
  };
  for (const Correction& c : edits) app.AddCorrection(c);
  REQUIRE(app.corrections_applied() == (std::vector<bool>{true, true, true, false}));
  const std::string exported = app.CurrentJson();

  // What the platform stores: the list alone.
  std::vector<Correction> back;
  size_t skipped = 99;
  REQUIRE(ae::CorrectionsFromJson(ae::CorrectionsToJson(app.corrections()), &back, &skipped));
  CHECK(skipped == 0);
  CHECK(back == edits);
  ae::app::App restored(ae::BuiltinLexicons());
  restored.LoadText(kArticle);
  const std::string plain = restored.CurrentJson();
  const uint64_t gen = restored.corrections_generation();
  restored.SetCorrections(back);
  CHECK(restored.corrections_generation() > gen);
  CHECK(restored.corrections() == edits);
  CHECK(restored.corrections_applied() == app.corrections_applied());
  CHECK_FALSE(restored.CanRedoCorrection());
  CHECK(Untimed(restored.CurrentJson()) == Untimed(exported));  // elapsed_ms aside: the same bytes
  CHECK(ByName(restored.analysis(), "Maria Lopez Garcia") >= 0);
  CHECK(ByName(restored.analysis(), "John Carter") < 0);

  // A saved export (an object with "corrections") restores the same list.
  std::vector<Correction> from_export;
  REQUIRE(ae::CorrectionsFromJson(exported, &from_export));
  CHECK(from_export == edits);

  // SetCorrections before the text is loaded: the load applies them.
  ae::app::App early(ae::BuiltinLexicons());
  early.SetCorrections(back);
  early.LoadText(kArticle);
  CHECK(Untimed(early.CurrentJson()) == Untimed(exported));

  // SetCorrections drops the redo stack; an empty list is the plain contract again.
  restored.UndoCorrection();
  REQUIRE(restored.CanRedoCorrection());
  restored.SetCorrections({});
  CHECK_FALSE(restored.CanRedoCorrection());
  CHECK(restored.CurrentJson() == plain);  // same analysis: byte for byte

  // Malformed storage restores nothing and says so.
  std::vector<Correction> bad = edits;
  CHECK_FALSE(ae::CorrectionsFromJson("{not json", &bad));
  CHECK(bad.empty());
}

TEST_CASE("corrections: a renamed or retyped node keeps its place in the network, and the selection follows") {
  Harness h;
  ae::app::App app(ae::BuiltinLexicons());
  app.LoadText(kArticle);
  for (int i = 0; i < 240 && app.NeedsFrames(); ++i) h.Frame(app);  // let the layout settle
  std::map<std::string, std::pair<float, float>> where;
  for (const auto& n : app.ui().network.layout.nodes()) where[n.key] = {n.x, n.y};
  REQUIRE(where.count("PERSON:Maria Lopez"));
  REQUIRE(where.count("ORG:Acme Industries"));
  // Nodes were not all piled on one point (else "kept its place" would prove nothing).
  CHECK(where["PERSON:Maria Lopez"] != where["ORG:Acme Industries"]);

  ae::app::SelectEntity(app, ByName(app.analysis(), "Maria Lopez"));
  app.AddCorrection({Kind::kRename, "PERSON:Maria Lopez", "", "Mayor Maria Lopez"});
  CHECK_FALSE(HasNode(app, "PERSON:Maria Lopez"));
  REQUIRE(HasNode(app, "PERSON:Mayor Maria Lopez"));
  CHECK(LayoutMatches(app));
  for (const auto& n : app.ui().network.layout.nodes()) {
    const std::string old_key = n.key == "PERSON:Mayor Maria Lopez" ? "PERSON:Maria Lopez" : n.key;
    REQUIRE_MESSAGE(where.count(old_key), n.key);
    CHECK_MESSAGE(where[old_key].first == n.x, n.key);  // every node where it was
    CHECK_MESSAGE(where[old_key].second == n.y, n.key);
  }
  // The selection follows the renamed entity (index and key).
  const int renamed = ByName(app.analysis(), "Mayor Maria Lopez");
  CHECK(app.ui().selected_entity == renamed);
  CHECK(app.ui().selected_key == "PERSON:Mayor Maria Lopez");

  // A type change changes the key too; the node stays.
  app.AddCorrection({Kind::kSetType, "ORG:Acme Industries", "", "MISC"});
  bool found = false;
  for (const auto& n : app.ui().network.layout.nodes()) {
    if (n.key != "MISC:Acme Industries") continue;
    found = true;
    CHECK(n.x == where["ORG:Acme Industries"].first);
    CHECK(n.y == where["ORG:Acme Industries"].second);
  }
  CHECK(found);
  CHECK(app.ui().selected_entity == ByName(app.analysis(), "Mayor Maria Lopez"));  // untouched

  // Undo both: the old keys, at the same places; the selection back on the old name.
  app.UndoCorrection();
  app.UndoCorrection();
  for (const auto& n : app.ui().network.layout.nodes()) {
    REQUIRE_MESSAGE(where.count(n.key), n.key);
    CHECK_MESSAGE(where[n.key].first == n.x, n.key);
  }
  CHECK(app.ui().selected_key == "PERSON:Maria Lopez");
  CHECK(app.ui().selected_entity == ByName(app.analysis(), "Maria Lopez"));
}

TEST_CASE("corrections by hand: right-click a row, Rename…, type, Enter; Ctrl+Z undoes, Ctrl+Y redoes") {
  Harness h(ImVec2(1920, 1080));
  ae::app::App app(ae::BuiltinLexicons());
  app.LoadText(kArticle);
  app.ui().entity_filter = "Maria";  // one row in the table: the one to click
  h.Frames(app, 4);
  const std::string json0 = app.CurrentJson();
  ImGuiIO& io = ImGui::GetIO();
  const ImGuiStyle& style = ImGui::GetStyle();

  // Right-clicks the first body row (below the frozen header row). The table is looked up
  // each time: a selection adds a line of buttons above it.
  auto right_click_first_row = [&]() -> ImGuiWindow* {
    ImGuiWindow* table = h.Window("##entities_table");
    REQUIRE(table != nullptr);
    const float row_h = ImGui::GetTextLineHeight() + style.CellPadding.y * 2;
    h.Click(app, ImVec2(table->Pos.x + 40, table->Pos.y + row_h * 1.5f + 1), 1);
    return h.Popup();
  };
  // Clicks "Rename…" in the row menu: the entity's name, a separator, then Rename….
  auto click_rename = [&](ImGuiWindow* menu) {
    const float y = menu->Pos.y + style.WindowPadding.y + ImGui::GetTextLineHeightWithSpacing() + style.ItemSpacing.y +
                    ImGui::GetTextLineHeight() * 0.5f;
    h.Click(app, ImVec2(menu->Pos.x + 30, y));
    h.Frames(app, 2);  // the dialog opens, its text field takes the keyboard
  };

  ImGuiWindow* menu = right_click_first_row();
  REQUIRE(app.ui().selected_entity >= 0);  // the right click selected the row
  CHECK(app.analysis().entities[app.ui().selected_entity].name == "Maria Lopez");
  REQUIRE(menu != nullptr);
  click_rename(menu);
  REQUIRE(h.Window("Rename entity") != nullptr);
  REQUIRE(io.WantTextInput);

  // Escape first: nothing changes.
  h.Key(app, ImGuiKey_Escape);
  h.Frames(app, 2);
  CHECK(h.Window("Rename entity") == nullptr);
  CHECK(app.corrections().empty());
  CHECK(app.CurrentJson() == json0);

  // Again, and this time type a name and press Enter.
  menu = right_click_first_row();
  REQUIRE(menu != nullptr);
  click_rename(menu);
  REQUIRE(h.Window("Rename entity") != nullptr);
  REQUIRE(io.WantTextInput);
  h.Key(app, ImGuiKey_A, true);  // select all: what is typed replaces the old name
  io.AddInputCharactersUTF8("Mayor María López");
  h.Frame(app);
  CHECK(app.corrections().empty());  // typing alone applies nothing
  h.Key(app, ImGuiKey_Enter);
  h.Frames(app, 2);
  CHECK(h.Window("Rename entity") == nullptr);
  REQUIRE(app.corrections().size() == 1);
  CHECK(app.corrections()[0] == Correction{Kind::kRename, "PERSON:Maria Lopez", "", "Mayor María López"});
  CHECK(app.corrections_applied() == std::vector<bool>{true});
  const std::string json1 = app.CurrentJson();
  const json doc1 = json::parse(json1);
  CHECK_FALSE(IdOf(doc1, "Mayor María López").empty());
  CHECK(IdOf(doc1, "Maria Lopez").empty());
  CHECK(doc1["corrections"][0]["value"] == "Mayor María López");
  CHECK(app.ui().selected_key == "PERSON:Mayor María López");
  CHECK(HasNode(app, "PERSON:Mayor María López"));
  CHECK(RowStarts(h.RenderedText(app), "Mayor María López"));

  // Ctrl+Z with the entities panel focused (a click in the table, below its rows) undoes.
  app.ui().entity_filter.clear();
  h.Frames(app, 2);
  ImGuiWindow* table = h.Window("##entities_table");
  REQUIRE(table != nullptr);
  h.Click(app, ImVec2(table->Pos.x + 40, table->Pos.y + table->Size.y - 6));
  REQUIRE_FALSE(io.WantTextInput);
  h.Key(app, ImGuiKey_Z, true);
  h.Frames(app, 2);
  CHECK(app.corrections().empty());
  CHECK(app.CanRedoCorrection());
  CHECK(app.CurrentJson() == json0);
  CHECK(RowStarts(h.RenderedText(app), "Maria Lopez"));
  // Ctrl+Y redoes.
  h.Key(app, ImGuiKey_Y, true);
  h.Frames(app, 2);
  CHECK(app.corrections().size() == 1);
  CHECK(app.CurrentJson() == json1);
}
