// ui_smoke.cpp — the app's panels through Dear ImGui with no renderer and no GPU: a context,
// a display size, a few frames of every panel with the sample article analysed, plus typed
// and pasted text reaching the article, at 1x and 2x font rasterisation and odd sizes.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <string>

#include "app/app.h"
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
      app.LoadText(std::string("\xff\xfe bad \xc3 utf8 \xe2\x80 “", 22));
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
