// ui_smoke.cpp — the app's panels through Dear ImGui with no renderer and no GPU: a context,
// a display size, a few frames of every panel with the sample article analysed, plus typed
// and pasted text reaching the article, at 1x and 2x font rasterisation and odd sizes; the
// network's label placement and the entities table's column widths.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/label_placement.h"
#include "app/theme.h"
#include "assets/builtin_assets.h"
#include "core/analysis.h"
#include "imgui.h"
#include "imgui_internal.h"

namespace {

constexpr const char* kFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

// One ImGui context per test, torn down at the end.
struct Harness {
  explicit Harness(float raster_scale = 1.0f, ImVec2 size = ImVec2(1280, 800)) {
    ctx = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = size;
    io.DeltaTime = 1.0f / 60.0f;
    for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = k;  // key index == ImGuiKey
    io.GetClipboardTextFn = [](void* user) { return static_cast<Harness*>(user)->clipboard.c_str(); };
    io.SetClipboardTextFn = [](void* user, const char* text) { static_cast<Harness*>(user)->clipboard = text; };
    io.ClipboardUserData = this;
    ae::app::ApplyTheme(ae::app::Theme::kDark);
    font_ok = ae::app::LoadUiFonts(kFont, 15.0f, raster_scale);
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // "upload": the renderer would do this
  }
  ~Harness() { ImGui::DestroyContext(ctx); }

  // One frame: input already set in io; returns the number of vertices drawn.
  int Frame(ae::app::App& app) {
    now += 1.0 / 60.0;
    app.Tick(now);
    ImGui::NewFrame();
    app.DrawFrame(now);
    ImGui::Render();
    return ImGui::GetDrawData()->TotalVtxCount;
  }
  void Frames(ae::app::App& app, int n) {
    for (int i = 0; i < n; ++i) Frame(app);
  }
  // Moves the mouse to `at`, presses and releases the left button over two frames.
  void Click(ae::app::App& app, ImVec2 at) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = at;
    Frame(app);
    io.MouseDown[0] = true;
    Frame(app);
    io.MouseDown[0] = false;
    Frame(app);
  }

  ImGuiContext* ctx = nullptr;
  bool font_ok = false;
  double now = 0;
  std::string clipboard;
};

}  // namespace

TEST_CASE("the sample article is embedded, analysed and drawn by every panel") {
  Harness h;
  ae::app::App app(ae::BuiltinLexicons());
  REQUIRE_FALSE(ae::app::SampleArticle().empty());
  app.LoadSample();
  CHECK(app.text() == std::string(ae::app::SampleArticle()));
  const ae::Analysis direct = ae::Analyze(ae::app::SampleArticle(), ae::BuiltinLexicons());
  CHECK(app.analysis().entities.size() == direct.entities.size());
  CHECK(app.analysis().quotes.size() == direct.quotes.size());
  int vertices = 0;
  for (int i = 0; i < 120; ++i) vertices = h.Frame(app);  // the layout settles within ~2 s
  CHECK(vertices > 1000);
  CHECK_FALSE(app.NeedsFrames());  // idle: nothing animates, nothing pending
  // Every panel window exists and was drawn this frame.
  for (const char* name : {"##article", "##network", "##quotes", "##entities"}) {
    bool found = false;
    for (ImGuiWindow* w : h.ctx->Windows) {
      if (std::string(w->Name).find(name) != std::string::npos && w->Active) found = true;
    }
    CHECK_MESSAGE(found, name);
  }
  // The JSON the page reports is the contract of the text it shows.
  CHECK(app.CurrentJson().find("\"schema\":\"article-explorer.analysis/1\"") != std::string::npos);
}

TEST_CASE("the UI font has the typographic glyphs a news article needs") {
  Harness h;
  if (!h.font_ok) {
    MESSAGE("DejaVuSans not installed (fonts-dejavu-core): glyph check skipped");
    return;
  }
  ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
  for (ImWchar c : {0x201C, 0x201D, 0x2018, 0x2019, 0x2014, 0x00E9, 0x00F1, 0x20AC, 0x0161, 0xFFFD}) {
    CHECK_MESSAGE(font->FindGlyphNoFallback(c) != nullptr, "missing U+", std::hex, static_cast<int>(c));
  }
}

TEST_CASE("typed accented letters and curly quotes arrive in the article and are re-analysed") {
  Harness h;
  ae::app::App app(ae::BuiltinLexicons());
  app.LoadText("Hello");
  h.Frames(app, 3);
  // Click into the article text area (the left column, below its header).
  // A click in the reading view, past the end of the text: the editor opens with its cursor
  // at the end; what is typed before it has focus is kept.
  const uint64_t before = app.analysis_generation();
  h.Click(app, ImVec2(200, 300));
  ImGuiIO& io = ImGui::GetIO();
  io.AddInputCharactersUTF8(" “Olé”, said José €5");
  h.Frames(app, 2);
  REQUIRE(io.WantTextInput);
  CHECK(app.text() == "Hello “Olé”, said José €5");
  CHECK(app.analysis_pending());
  // Backspace deletes one character (a whole UTF-8 sequence).
  io.KeysDown[ImGuiKey_Backspace] = true;
  h.Frame(app);
  io.KeysDown[ImGuiKey_Backspace] = false;
  h.Frame(app);
  CHECK(app.text() == "Hello “Olé”, said José €");
  h.now += 1.0;  // past the debounce
  h.Frame(app);
  CHECK(app.analysis_generation() > before);
  CHECK(app.analysis().text == app.text());
}

TEST_CASE("the paste shortcut inserts the clipboard at the cursor") {
  Harness h;
  ae::app::App app(ae::BuiltinLexicons());
  app.LoadText("AB");
  h.Frames(app, 3);
  h.Click(app, ImVec2(200, 300));
  h.Frames(app, 2);  // focus comes a frame after the click; io.WantTextInput a frame later
  ImGuiIO& io = ImGui::GetIO();
  REQUIRE(io.WantTextInput);
  io.KeysDown[ImGuiKey_End] = true;
  h.Frame(app);
  io.KeysDown[ImGuiKey_End] = false;
  io.KeysDown[ImGuiKey_LeftArrow] = true;  // between A and B
  h.Frame(app);
  io.KeysDown[ImGuiKey_LeftArrow] = false;
  h.Frame(app);
  h.clipboard = " — “pasted” — ";
  io.KeyCtrl = true;
  io.KeysDown[ImGuiKey_V] = true;
  h.Frame(app);
  io.KeysDown[ImGuiKey_V] = false;
  io.KeyCtrl = false;
  h.Frame(app);
  CHECK(app.text() == "A — “pasted” — B");
}

TEST_CASE("loading a text replaces what an active article widget holds") {
  Harness h;
  ae::app::App app(ae::BuiltinLexicons());
  app.LoadText("old text");
  h.Frames(app, 3);
  h.Click(app, ImVec2(200, 300));
  h.Frames(app, 2);  // focus comes a frame after the click; io.WantTextInput a frame later
  REQUIRE(ImGui::GetIO().WantTextInput);
  app.LoadText("Angela Merkel met Emmanuel Macron in Paris.");
  h.Frames(app, 3);
  ImGui::GetIO().AddInputCharactersUTF8("!");  // goes nowhere: the new widget is not active
  h.Frames(app, 2);
  CHECK(app.text() == "Angela Merkel met Emmanuel Macron in Paris.");
}

TEST_CASE("a click on a word in the reading view puts the editor's cursor there") {
  Harness h;
  ae::app::App app(ae::BuiltinLexicons());
  app.LoadText("one two three");
  h.Frames(app, 3);
  CHECK_FALSE(ImGui::GetIO().WantTextInput);  // reading view: nothing to type into yet
  // Find the screen x of "three": the reading view starts at the article child's content.
  ImGuiWindow* read = nullptr;
  for (ImGuiWindow* w : h.ctx->Windows) {
    if (std::string(w->Name).find("##read") != std::string::npos) read = w;
  }
  REQUIRE(read != nullptr);
  const float x = read->ContentRegionRect.Min.x + ImGui::CalcTextSize("one two th").x + 1;
  const float y = read->ContentRegionRect.Min.y + ImGui::GetTextLineHeight() * 0.5f;
  h.Click(app, ImVec2(x, y));
  ImGui::GetIO().AddInputCharactersUTF8("|");
  h.Frames(app, 2);
  CHECK(app.text() == "one two th|ree");
}

TEST_CASE("panels survive empty, hostile and odd-sized input at 1x and 2x") {
  for (float scale : {1.0f, 2.0f}) {
    for (ImVec2 size : {ImVec2(1280, 800), ImVec2(640, 400), ImVec2(200, 150), ImVec2(2560, 1440)}) {
      Harness h(scale, size);
      ae::app::App app(ae::BuiltinLexicons());
      h.Frames(app, 3);  // empty article: every panel's empty state
      static const char kBad[] = "\xff\xfe bad \xc3 utf8 \xe2\x80 “";
      app.LoadText(std::string(kBad, sizeof(kBad) - 1));
      h.Frames(app, 3);
      app.LoadText(std::string(200000, 'a'));  // one enormous word
      h.Frames(app, 2);
      app.LoadSample();
      // Hover across the window and click in a few places (network, quotes, entities).
      for (float x = 5; x < size.x; x += size.x / 7) {
        for (float y = 5; y < size.y; y += size.y / 5) {
          h.Click(app, ImVec2(x, y));
        }
      }
      ImGui::GetIO().MouseWheel = -2.0f;  // zoom out over whatever is under the mouse
      h.Frame(app);
      ImGui::GetIO().MouseWheel = 0.0f;
      h.Frames(app, 3);
    }
  }
}

// ---------------------------------------------------------------- network labels

namespace {

bool Overlap(const ae::app::LabelRect& a, const ae::app::LabelRect& b) {
  return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

ae::app::LabelRect RectOf(const ae::app::LabelSpot& s, const ae::app::LabelRequest& r) {
  return {s.pos, ImVec2(s.pos.x + r.size.x, s.pos.y + r.size.y)};
}

}  // namespace

TEST_CASE("the most salient node keeps its label even when crowded in") {
  using ae::app::LabelRequest;
  // Node 0, the protagonist, sits in the middle of a ring of eight nodes placed where each of
  // its label spots would go; node 1 (less salient) is off to the side.
  std::vector<LabelRequest> nodes;
  LabelRequest hub;
  hub.centre = ImVec2(400, 300);
  hub.radius = 24;
  hub.size = ImVec2(110, 17);
  nodes.push_back(hub);
  for (int k = 0; k < 8; ++k) {
    LabelRequest n;
    const float dx[8] = {70, -70, 0, 0, 50, 50, -50, -50}, dy[8] = {0, 0, 40, -40, 35, -35, 35, -35};
    n.centre = ImVec2(400 + dx[k], 300 + dy[k]);
    n.radius = 14;
    n.size = ImVec2(60, 17);
    nodes.push_back(n);
  }
  const std::vector<int> order = {0, 1, 2, 3, 4, 5, 6, 7, 8};
  const ae::app::LabelRect bounds{ImVec2(0, 0), ImVec2(800, 600)};
  const auto spots = ae::app::PlaceLabels(nodes, order, /*always_shown=*/1, {}, bounds, 2.0f, 400);
  CHECK(spots[0].placed);  // never dropped, however crowded
  // The labels that were placed do not overlap one another.
  for (size_t i = 0; i < spots.size(); ++i) {
    for (size_t j = i + 1; j < spots.size(); ++j) {
      if (spots[i].placed && spots[j].placed) {
        CHECK_FALSE(Overlap(RectOf(spots[i], nodes[i]), RectOf(spots[j], nodes[j])));
      }
    }
  }
  // Without the guarantee the same crowd hides it: the test can fail.
  const auto unguarded = ae::app::PlaceLabels(nodes, order, 0, {}, bounds, 2.0f, 400);
  CHECK_FALSE(unguarded[0].placed);
}

TEST_CASE("labels are placed most salient first: a clash hides the less salient one") {
  using ae::app::LabelRequest;
  // Two nodes side by side whose labels can only collide: whichever comes first in the
  // order keeps its label.
  std::vector<LabelRequest> nodes(2);
  nodes[0].centre = ImVec2(100, 100);
  nodes[1].centre = ImVec2(112, 100);
  for (auto& n : nodes) {
    n.radius = 5;
    n.size = ImVec2(300, 17);
    n.blocks = false;  // only the labels compete here
  }
  const ae::app::LabelRect bounds{ImVec2(0, 80), ImVec2(520, 121)};  // one row of labels only
  auto spots = ae::app::PlaceLabels(nodes, {0, 1}, 0, {}, bounds, 2.0f, 400);
  CHECK(spots[0].placed);
  CHECK_FALSE(spots[1].placed);
  spots = ae::app::PlaceLabels(nodes, {1, 0}, 0, {}, bounds, 2.0f, 400);
  CHECK(spots[1].placed);
  CHECK_FALSE(spots[0].placed);
}

TEST_CASE("no two labels overlap in a dense graph, and none covers the legend") {
  using ae::app::LabelRequest;
  std::vector<LabelRequest> nodes(300);
  uint32_t h = 12345;
  auto next = [&h] { h = h * 1664525u + 1013904223u; return static_cast<float>(h >> 8) / 16777216.0f; };
  for (auto& n : nodes) {
    n.centre = ImVec2(20 + next() * 760, 20 + next() * 560);
    n.radius = 4 + next() * 10;
    n.size = ImVec2(40 + next() * 120, 17);
  }
  std::vector<int> order(nodes.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  const ae::app::LabelRect legend{ImVec2(0, 570), ImVec2(400, 600)};
  const auto spots = ae::app::PlaceLabels(nodes, order, 3, {legend}, {ImVec2(0, 0), ImVec2(800, 600)}, 2.0f, 400);
  int shown = 0;
  for (size_t i = 0; i < spots.size(); ++i) {
    if (!spots[i].placed) continue;
    ++shown;
    const auto ri = RectOf(spots[i], nodes[i]);
    if (i >= 3) CHECK_FALSE(Overlap(ri, legend));
    for (size_t j = i + 1; j < spots.size(); ++j) {
      if (spots[j].placed) CHECK_FALSE(Overlap(ri, RectOf(spots[j], nodes[j])));
    }
  }
  CHECK(spots[0].placed);
  CHECK(spots[1].placed);
  CHECK(spots[2].placed);
  CHECK(shown > 20);  // a crowd still gets a fair number of names
}

// ---------------------------------------------------------------- entities table

namespace {

// The entities table's columns (widths in pixels) after a few frames at `size`.
std::vector<float> EntityColumnWidths(ImVec2 size) {
  Harness h(1.0f, size);
  ae::app::App app(ae::BuiltinLexicons());
  app.LoadSample();
  h.Frames(app, 4);
  std::vector<float> widths;
  ImGuiContext& g = *h.ctx;
  for (int t = 0; t < g.Tables.GetMapSize(); ++t) {
    ImGuiTable* table = g.Tables.TryGetMapData(t);
    if (!table || !table->OuterWindow || table->LastFrameActive < g.FrameCount - 1) continue;
    if (std::string(table->OuterWindow->Name).find("##entities") == std::string::npos) continue;
    for (int c = 0; c < table->ColumnsCount; ++c) widths.push_back(table->Columns[c].WidthGiven);
  }
  return widths;
}

}  // namespace

TEST_CASE("the entities table gives Name the room: narrow Type and Mentions") {
  const std::vector<float> w1280 = EntityColumnWidths(ImVec2(1280, 800));
  REQUIRE(w1280.size() >= 3);
  CHECK(w1280[0] >= 170.0f);             // "Andres Manuel Lopez Obrador" nearly fits
  CHECK(w1280[1] <= 80.0f);              // Type: "PERSON"
  CHECK(w1280[2] <= 90.0f);              // Mentions
  CHECK(w1280[0] > w1280[1] + w1280[2]);
  const std::vector<float> w1920 = EntityColumnWidths(ImVec2(1920, 1080));
  REQUIRE(w1920.size() == 4);            // wide enough for the Aliases column too
  CHECK(w1920[0] >= 200.0f);
  CHECK(w1920[0] > w1920[3]);            // Name wider than Aliases
}

TEST_CASE("a text over the size limit is refused with a notice and the article is kept") {
  Harness h(1.0f, ImVec2(1280, 800));
  ae::app::App app(ae::BuiltinLexicons());
  REQUIRE(app.LoadText("Angela Merkel met Emmanuel Macron in Paris."));
  CHECK(app.notice().empty());
  CHECK_FALSE(app.LoadText(std::string(ae::app::App::kMaxArticleBytes + 1, 'x')));
  CHECK(app.text() == "Angela Merkel met Emmanuel Macron in Paris.");
  CHECK(app.notice().find("previous article is kept") != std::string::npos);
  h.Frames(app, 2);  // the notice is drawn
  CHECK(app.LoadText("Short text."));
  CHECK(app.notice().empty());
}
