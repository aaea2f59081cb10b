// test_panels_select.cpp — issue 5: the article view follows the selection (a new selection
// scrolls the reading view to the entity's first mention; the header's arrows step through
// its mentions and scroll again; the reader's own scrolling is left alone), and the quotes
// panel groups quotes under one header per speaker with counts.
//
// The article below is made up for these tests: long filler first, so the first mention of
// the entity is far below the first screen. The ImGui set-up is the pattern of
// test_app_corrections.cpp (the shared doctest main is in ui_smoke.cpp).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "app/app.h"
#include "app_harness.h"
#include "app/panels.h"
#include "app/theme.h"
#include "assets/builtin_assets.h"
#include "core/analysis.h"
#include "imgui.h"
#include "imgui_internal.h"

namespace {

// A long article: 70 paragraphs of filler (no names), then two speakers, more filler, and
// the first speaker again far below.
std::string LongArticle() {
  std::string filler;
  for (int i = 0; i < 70; ++i) {
    filler += "the council met again to discuss the state of the roads, the cost of repairs and "
              "the timetable for the work, and the meeting ran late into the evening.\n\n";
  }
  std::string text = filler;
  text += "Helen Park, a teacher at the local school, said the plan was far too expensive for the town. "
          "\"We cannot pay for this,\" Park said.\n\n";
  text += "Omar Reyes, a builder, said the roads could not wait. \"Every winter they get worse,\" Reyes said.\n\n";
  text += filler;
  text += "\"It is a mistake and I will vote against it,\" Park said on Friday.\n\n";
  text += filler;
  text += "\"The children walk on these roads every day,\" Helen Park said.\n";
  return text;
}

using ae_test::Harness;
using ae_test::Lines;


int ByName(const ae::Analysis& a, const std::string& name) {
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (a.entities[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

// The entity's mention starts, in text order.
std::vector<uint32_t> Starts(const ae::Analysis& a, int entity) {
  std::vector<uint32_t> s;
  for (const ae::Mention& m : a.entities[static_cast<size_t>(entity)].mentions) s.push_back(m.span.start);
  std::sort(s.begin(), s.end());
  return s;
}

// The wrapped line of the reading view holding `offset`.
int LineOf(const ae::app::ArticleView& v, uint32_t offset) {
  int li = 0;
  for (size_t i = 0; i < v.lines.size(); ++i) {
    if (v.lines[i].start <= offset) li = static_cast<int>(i);
  }
  return li;
}

// Is line `li` of the reading view inside its visible part?
bool LineVisible(const ImGuiWindow* read, const ae::app::ArticleView& v, int li) {
  const float line_h = read->ContentSize.y / static_cast<float>(v.lines.size());
  const float y = li * line_h;
  return y >= read->Scroll.y && y + line_h <= read->Scroll.y + read->Size.y;
}

// The collapsing headers ImGui logged ("### label ###"), in order.
std::vector<std::string> Headers(const std::string& rendered) {
  std::vector<std::string> out;
  for (const std::string& line : Lines(rendered)) {
    const size_t a = line.find("### ");
    const size_t b = line.rfind(" ###");
    if (a != std::string::npos && b != std::string::npos && b > a) out.push_back(line.substr(a + 4, b - a - 4));
  }
  return out;
}

}  // namespace

TEST_CASE("article view: a selection scrolls to the first mention, the arrows step, the reader's scroll stays") {
  Harness h;
  ae::app::App app(ae::BuiltinLexicons());
  app.LoadText(LongArticle());
  h.Frames(app, 3);
  const ae::Analysis& a = app.analysis();
  const int park = ByName(a, "Helen Park");
  REQUIRE(park >= 0);
  const std::vector<uint32_t> starts = Starts(a, park);
  REQUIRE(starts.size() >= 3);
  ImGuiWindow* read = h.Window("##read");
  REQUIRE(read != nullptr);
  const ae::app::ArticleView& v = app.ui().article;
  const int first_line = LineOf(v, starts[0]);
  REQUIRE(first_line > 100);          // far below the first screen...
  CHECK(read->Scroll.y == 0.0f);
  CHECK_FALSE(LineVisible(read, v, first_line));  // ...so not visible before the selection

  // Selecting (as the network, the entity table or a quote does) scrolls to the first mention.
  ae::app::SelectEntity(app, park);
  h.Frames(app, 3);
  CHECK(read->Scroll.y > 0.0f);
  CHECK(LineVisible(read, v, first_line));
  CHECK(v.mention_index == 0);
  const std::string header = h.RenderedText(app);
  CHECK(header.find("mention 1/" + std::to_string(starts.size())) != std::string::npos);

  // The reader scrolls away (wheel over the text): nothing pulls the view back.
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2(read->Pos.x + read->Size.x * 0.5f, read->Pos.y + read->Size.y * 0.5f);
  io.MouseWheel = 10.0f;  // up
  h.Frame(app);
  io.MouseWheel = 0.0f;
  h.Frames(app, 3);
  const float reader_scroll = read->Scroll.y;
  CHECK(reader_scroll < LineOf(v, starts[0]) * read->ContentSize.y / v.lines.size() - read->Size.y);
  h.Frames(app, 5);
  CHECK(read->Scroll.y == reader_scroll);

  // The "next mention" arrow: the second mention, far below the first, comes into view.
  const int second_line = LineOf(v, starts[1]);
  int target = 1;
  // Mentions on one wrapped line step without moving; step on to one on a distant line.
  REQUIRE(v.next_mention_at.x > 0);
  h.Click(app, v.next_mention_at);
  CHECK(v.mention_index == 1);
  h.Frames(app, 2);
  CHECK(LineVisible(read, v, second_line));
  while (target + 1 < static_cast<int>(starts.size()) && LineOf(v, starts[static_cast<size_t>(target)]) - first_line < 100) {
    h.Click(app, v.next_mention_at);
    ++target;
  }
  h.Frames(app, 2);
  const int far_line = LineOf(v, starts[static_cast<size_t>(target)]);
  REQUIRE(far_line - first_line >= 100);  // the filler between the two puts it a long way down
  CHECK(v.mention_index == target);
  CHECK(LineVisible(read, v, far_line));
  CHECK_FALSE(LineVisible(read, v, first_line));
  const std::string stepped = h.RenderedText(app);
  CHECK(stepped.find("mention " + std::to_string(target + 1) + "/" + std::to_string(starts.size())) !=
        std::string::npos);

  // Clearing the selection does not scroll; selecting again goes back to the first mention.
  ae::app::SelectEntity(app, -1);
  h.Frames(app, 3);
  CHECK(LineVisible(read, v, far_line));
  ae::app::SelectEntity(app, park);
  h.Frames(app, 3);
  CHECK(LineVisible(read, v, first_line));
}

TEST_CASE("quotes panel: grouped by speaker, one header per speaker with its count; the filter still works") {
  Harness h;
  ae::app::App app(ae::BuiltinLexicons());
  app.LoadText(LongArticle());
  h.Frames(app, 3);
  const ae::Analysis& a = app.analysis();
  const int park = ByName(a, "Helen Park");
  const int reyes = ByName(a, "Omar Reyes");
  REQUIRE(park >= 0);
  REQUIRE(reyes >= 0);
  size_t park_quotes = 0, reyes_quotes = 0, other = 0;
  for (const ae::Quote& q : a.quotes) {
    if (q.speaker == park) ++park_quotes;
    else if (q.speaker == reyes) ++reyes_quotes;
    else ++other;
  }
  REQUIRE(park_quotes == 4);   // the invented article quotes Park four times...
  REQUIRE(reyes_quotes == 2);  // ...and Reyes twice (one indirect)
  REQUIRE(other == 0);

  // Article order (the default): no speaker headers.
  CHECK(Headers(h.RenderedText(app)).empty());

  app.ui().quotes_by_speaker = true;
  h.Frames(app, 2);
  const std::vector<std::string> headers = Headers(h.RenderedText(app));
  REQUIRE(headers.size() == 2);
  CHECK(headers[0] == "Helen Park (4)");  // most quoted first
  CHECK(headers[1] == "Omar Reyes (2)");

  // The filter applies inside the groups: a group without a match disappears.
  app.ui().quote_filter = "mistake";
  h.Frames(app, 2);
  const std::vector<std::string> filtered = Headers(h.RenderedText(app));
  REQUIRE(filtered.size() == 1);
  CHECK(filtered[0] == "Helen Park (1 of 4)");
  app.ui().quote_filter = "winter";
  h.Frames(app, 2);
  const std::vector<std::string> winter = Headers(h.RenderedText(app));
  REQUIRE(winter.size() == 1);
  CHECK(winter[0] == "Omar Reyes (1 of 2)");
  // Back to article order: the filtered quote is still listed, without headers.
  app.ui().quotes_by_speaker = false;
  const std::string flat = h.RenderedText(app);
  CHECK(Headers(flat).empty());
  CHECK(flat.find("Every winter they get worse") != std::string::npos);
  CHECK(flat.find("We cannot pay for this") == std::string::npos);
}

TEST_CASE("quotes panel: clicking a quote shows that quote in the article, not the speaker's first mention") {
  Harness h;
  ae::app::App app(ae::BuiltinLexicons());
  app.LoadText(LongArticle());
  h.Frames(app, 3);
  const ae::Analysis& a = app.analysis();
  const int park = ByName(a, "Helen Park");
  REQUIRE(park >= 0);
  size_t quote = a.quotes.size();
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    if (a.Text(a.quotes[i].span).find("mistake") != std::string::npos) quote = i;
  }
  REQUIRE(quote < a.quotes.size());
  REQUIRE(a.quotes[quote].speaker == park);
  // One row left in the table: find it by moving the mouse down until the row is hovered.
  app.ui().quote_filter = "mistake";
  h.Frames(app, 2);
  ImGuiWindow* table = h.Window("quotes_table");
  REQUIRE(table != nullptr);
  ImGuiIO& io = ImGui::GetIO();
  ImVec2 row(-1, -1);
  for (float y = table->Pos.y + 2; y < table->Pos.y + table->Size.y && row.x < 0; y += 3) {
    io.MousePos = ImVec2(table->Pos.x + table->Size.x * 0.5f, y);
    h.Frames(app, 2);
    if (app.ui().hovered_entity_prev == park) row = io.MousePos;
  }
  REQUIRE(row.x > 0);
  h.Click(app, row);
  h.Frames(app, 3);
  CHECK(app.ui().selected_entity == park);
  CHECK(app.ui().selected_quote == static_cast<int>(quote));
  ImGuiWindow* read = h.Window("##read");
  REQUIRE(read != nullptr);
  const ae::app::ArticleView& v = app.ui().article;
  const std::vector<uint32_t> starts = Starts(a, park);
  CHECK(LineVisible(read, v, LineOf(v, a.quotes[quote].span.start)));
  CHECK_FALSE(LineVisible(read, v, LineOf(v, starts[0])));  // the first mention is far above
}
