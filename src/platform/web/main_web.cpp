// main_web.cpp — the browser platform: Emscripten main loop, GLFW window on a WebGL2
// canvas, and the bridge between the page (web_glue.js) and the App.
//
// What it adds to ImGui's GLFW and OpenGL3 backends, because Emscripten's GLFW lacks it:
// - devicePixelRatio: the canvas backing store is CSS size x devicePixelRatio; ImGui lays out
//   in CSS pixels (io.DisplaySize) with io.DisplayFramebufferScale = dpr, the font atlas is
//   rasterised at dpr (theme.h), mouse positions are divided by dpr. A dpr change (browser
//   zoom, another monitor) rebuilds the fonts.
// - Clipboard: Ctrl/Cmd+V never reaches ImGui as a key; the browser's `paste` event brings
//   the text. With a text field active it becomes ImGui's paste shortcut for one frame
//   (inserted at the cursor); otherwise the text is loaded as the new article. Copy goes out
//   through navigator.clipboard (web_glue.js).
// - Wheel: read in JS with its deltaMode and fed to io.MouseWheel (GLFW's is inverted and
//   in pixels).
// - Text: GLFW takes characters only from `keypress`, which accented letters from dead keys,
//   AltGr and Option combinations, IMEs and insertText never fire. A hidden textarea in
//   web_glue.js (the text sink) holds the keyboard focus after a mouse press on the canvas
//   and whenever an ImGui text field is active; its `input` / `compositionend` text reaches
//   ImGui through ae_web_text_input, and while it has focus GLFW's characters are dropped so
//   nothing arrives twice. Keys (shortcuts, arrows, Backspace, Enter) still come from GLFW.
//   ImGui's IME position moves the sink to the text cursor (candidate windows appear there).
// - Keys: ImGui 1.86 polls key state once per frame and reads typed characters before keys,
//   so input is fed in frame-sized batches, in order: characters, then at most one editing
//   key press (Backspace, arrows, Enter, a Ctrl/Cmd shortcut...); what follows it waits in
//   a queue for the next frame. Fast typing on a slow frame (software WebGL, a busy machine)
//   loses no Backspace and keeps characters and keys in the order they were typed. A key
//   pressed and released between two frames is released only after a frame has seen it
//   down; the modifiers follow the keys actually down. With Cmd held, macOS browsers send no
//   keyup for other keys: releasing Cmd releases them.
// - Idle: a frame is drawn only after input, a page event, a resize, or while the App
//   animates (App::NeedsFrames); an idle page costs one cheap check per animation frame.
// - Persistence ("nothing typed is lost"): the articles are kept in localStorage as a small
//   JSON state {"version":1,"articles":[{"name","text"},...],"current":i,"corrections":[...]}
//   (every non-empty article of the App, in order; "current" the one the article panel shows). It is saved ~0.5 s after a load or an
//   analysed edit, and at once when the page is hidden or closed (pagehide), and restored at
//   start instead of the sample. Storage full or refused: a notice, never a crash. Clear (after
//   the App's confirmation) removes it.
// - Files: the App's menus ask (App::TakeRequests) for the file dialog and for downloads of
//   the exports (ae::Export; JSON is App::CurrentJson); the PNG is read back from the
//   framebuffer right after a frame without menus (the network panel's rectangle when
//   NetworkView has one, else the whole canvas). Dropped or opened .json files are imported
//   (ae::FromJson: the text is loaded and analysed again; a saved corpus, with "articles", comes
//   back as its articles), .txt files loaded (several at once: one article each, a corpus).
// - Large texts: App::SetDeferLargeAnalysis — a load above 256 KB shows "Analysing…" for one
//   frame before the analysis blocks the page.
#include <emscripten.h>
#define GLFW_INCLUDE_ES3
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/theme.h"
#include "assets/builtin_assets.h"
#include "core/analysis.h"
#include "core/corrections.h"
#include "core/json.h"
#include "core/tagger.h"
// CMakeLists.txt defines AE_HAVE_EXPORT / AE_HAVE_JSON_READ once ae_core compiles them.
#if defined(AE_HAVE_EXPORT)
#include "core/export.h"
#endif
#if defined(AE_HAVE_JSON_READ)
#include "core/json_read.h"
#endif
#include "imgui.h"
#include "imgui_internal.h"  // ImTextCharFromUtf8
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

// web_glue.js
extern "C" {
void ae_web_install(void);
double ae_web_css_width(void);
double ae_web_css_height(void);
double ae_web_device_pixel_ratio(void);
int ae_web_is_mac(void);
void ae_web_copy_text(const char* utf8);
void ae_web_set_ready(void);
void ae_web_mark(const char* step);  // start-up timeline: ArticleExplorer.startup
void ae_web_set_canvas_size(int width, int height);
void ae_web_sync_text_input(int want_text_input);
void ae_web_set_ime_pos(int x, int y);
int ae_web_store_state(const char* json);  // 0 stored, 1 storage full, 2 storage unavailable
char* ae_web_stored_state(void);            // malloc'd UTF-8 (free it), or null
void ae_web_forget_state(void);
void ae_web_open_file_dialog(void);
void ae_web_download_export(const char* format);
void ae_web_download_png(const unsigned char* rgba, int width, int height);  // rows bottom-up
}

namespace {

constexpr const char* kFontPath = "/fonts/ui.ttf";  // --embed-file in CMakeLists.txt
constexpr float kFontSize = 15.0f;                  // CSS pixels
constexpr int kFramesAfterInput = 3;  // hover and click states settle within a few frames

// One input event waiting for a later frame: a key (action >= 0) or a character.
struct InputEvent {
  int key = 0, scancode = 0, action = -1, mods = 0;
  unsigned int character = 0;
};

struct Platform {
  GLFWwindow* window = nullptr;
  ae::app::App* app = nullptr;
  std::string clipboard;       // what ImGui reads on paste / wrote on copy
  int synthetic_paste = 0;     // 1: hold the paste shortcut down for the next frame only
  int frames_wanted = 1;       // frames to draw even without input
  double css_w = 0, css_h = 0, dpr = 0, font_dpr = 0;
  bool ready = false;
  bool key_seen[GLFW_KEY_LAST + 1] = {};      // the pressed key was down during a frame
  std::vector<int> deferred_releases;         // keys released before any frame saw them
  std::deque<InputEvent> input_queue;         // input for later frames, in arrival order
  bool batch_closed = false;                  // an editing key was pressed since the last frame
  bool released_since_frame[GLFW_KEY_LAST + 1] = {};  // went up since the last frame
  double last_blink_frame = 0;
  bool renderer_ready = false;  // the OpenGL3 backend made its device objects (first frame)
  bool text_sink_focused = false;  // web_glue.js's textarea has focus: text comes from it
  // Persistence: what was last stored, and when the next save is due.
  uint64_t saved_load_generation = 0, saved_analysis_generation = 0, saved_corrections_generation = 0;
  bool save_due = false;
  double save_at = 0;
  uint64_t storage_notice_generation = ~0ull;  // load generation whose storage failure was told
  int png_in_frames = 0;                        // >0: read the network picture after that many frames
};

Platform g;

void Wake(int frames = kFramesAfterInput) {
  if (g.frames_wanted < frames) g.frames_wanted = frames;
}

bool IsModifier(int key) {
  return key == GLFW_KEY_LEFT_CONTROL || key == GLFW_KEY_RIGHT_CONTROL || key == GLFW_KEY_LEFT_SHIFT ||
         key == GLFW_KEY_RIGHT_SHIFT || key == GLFW_KEY_LEFT_ALT || key == GLFW_KEY_RIGHT_ALT ||
         key == GLFW_KEY_LEFT_SUPER || key == GLFW_KEY_RIGHT_SUPER;
}

// io.KeyCtrl & co. from the keys down now (the backend sets them only inside its callback).
void SyncModifiers(ImGuiIO& io) {
  io.KeyCtrl = io.KeysDown[GLFW_KEY_LEFT_CONTROL] || io.KeysDown[GLFW_KEY_RIGHT_CONTROL];
  io.KeySuper = io.KeysDown[GLFW_KEY_LEFT_SUPER] || io.KeysDown[GLFW_KEY_RIGHT_SUPER];
  io.KeyShift = io.KeysDown[GLFW_KEY_LEFT_SHIFT] || io.KeysDown[GLFW_KEY_RIGHT_SHIFT];
  io.KeyAlt = io.KeysDown[GLFW_KEY_LEFT_ALT] || io.KeysDown[GLFW_KEY_RIGHT_ALT];
}

// A key press that acts on a text field or the UI: after it, input waits for the next frame
// (a plain letter or Space does nothing as a key there: its character does the typing).
bool ClosesBatch(int key, int action, int mods) {
  if (action != GLFW_PRESS || IsModifier(key)) return false;
  if (key >= GLFW_KEY_A && key <= GLFW_KEY_Z) return (mods & (GLFW_MOD_CONTROL | GLFW_MOD_SUPER)) != 0;
  return key != GLFW_KEY_SPACE && (key < GLFW_KEY_0 || key > GLFW_KEY_9);
}

void ApplyKey(GLFWwindow* w, int key, int scancode, int action, int mods) {
  if (ClosesBatch(key, action, mods)) g.batch_closed = true;
  if (action == GLFW_PRESS) g.key_seen[key] = false;
  if (action == GLFW_RELEASE && !g.key_seen[key] && ImGui::GetIO().KeysDown[key]) {
    g.deferred_releases.push_back(key);  // a quick tap: let one frame see it down
    return;
  }
  ImGui_ImplGlfw_KeyCallback(w, key, scancode, action, mods);
  if (action == GLFW_RELEASE) g.released_since_frame[key] = true;
  if (action == GLFW_RELEASE && (key == GLFW_KEY_LEFT_SUPER || key == GLFW_KEY_RIGHT_SUPER)) {
    ImGuiIO& io = ImGui::GetIO();
    for (int k = 0; k <= GLFW_KEY_LAST; ++k) {
      if (io.KeysDown[k] && !IsModifier(k)) io.KeysDown[k] = false;
    }
  }
}

bool MustQueue() { return g.batch_closed || !g.input_queue.empty(); }

// A key that went up since the last frame may not go down again before a frame has seen it
// up: ImGui 1.86 sees a press only as a change between two frames (a second Backspace
// would be lost).
bool PressMustWait(int key, int action) { return action == GLFW_PRESS && g.released_since_frame[key]; }

void KeyCallback(GLFWwindow* w, int key, int scancode, int action, int mods) {
  Wake();
  if (key < 0 || key > GLFW_KEY_LAST) return;
  // The paste shortcut is the browser's: its `paste` event brings the text (OnPaste).
  if (key == GLFW_KEY_V && (mods & (GLFW_MOD_CONTROL | GLFW_MOD_SUPER)) && action != GLFW_RELEASE) return;
  if (MustQueue() || PressMustWait(key, action)) {
    InputEvent e;
    e.key = key;
    e.scancode = scancode;
    e.action = action;
    e.mods = mods;
    g.input_queue.push_back(e);
    return;
  }
  ApplyKey(w, key, scancode, action, mods);
}

void AddCharacter(unsigned int c) {
  if (MustQueue()) {
    InputEvent e;
    e.character = c;
    g.input_queue.push_back(e);
  } else {
    ImGui::GetIO().AddInputCharacter(c);
  }
}

// After a frame: the next batch of queued input, up to and including an editing key press.
void FeedQueuedInput() {
  g.batch_closed = false;
  while (!g.input_queue.empty() && !g.batch_closed) {
    const InputEvent e = g.input_queue.front();
    if (e.action >= 0 && PressMustWait(e.key, e.action)) break;
    g.input_queue.pop_front();
    if (e.action < 0) {
      ImGui::GetIO().AddInputCharacter(e.character);
    } else {
      ApplyKey(g.window, e.key, e.scancode, e.action, e.mods);
    }
  }
  if (!g.input_queue.empty() || g.batch_closed) Wake(1);
}

// After a frame: every pressed key has now been seen down and every released one up.
void EndInputFrame(ImGuiIO& io) {
  for (bool& seen : g.key_seen) seen = true;
  for (bool& released : g.released_since_frame) released = false;
  if (!g.deferred_releases.empty()) {
    for (int key : g.deferred_releases) {
      io.KeysDown[key] = false;
      g.released_since_frame[key] = true;
    }
    g.deferred_releases.clear();
    SyncModifiers(io);  // a quick Ctrl+Z must not leave Ctrl held
    Wake(1);
  }
  FeedQueuedInput();
}

void CharCallback(GLFWwindow*, unsigned int c) {
  Wake();
  if (g.text_sink_focused) return;  // the text sink's `input` event brings this character
  AddCharacter(c);
}

void SetImePos(int x, int y) { ae_web_set_ime_pos(x, y); }  // CSS pixels, like ImGui's
void MouseButtonCallback(GLFWwindow* w, int button, int action, int mods) {
  Wake();
  ImGui_ImplGlfw_MouseButtonCallback(w, button, action, mods);
}
void CursorPosCallback(GLFWwindow*, double, double) { Wake(2); }
void CursorEnterCallback(GLFWwindow* w, int entered) {
  Wake();
  ImGui_ImplGlfw_CursorEnterCallback(w, entered);
}

const char* GetClipboard(void*) { return g.clipboard.c_str(); }
void SetClipboard(void*, const char* text) {
  g.clipboard = text ? text : "";
  ae_web_copy_text(g.clipboard.c_str());
}

void LoadFonts(double dpr) {
  ae::app::LoadUiFonts(kFontPath, kFontSize, static_cast<float>(dpr));
  if (g.renderer_ready) {  // before the first frame, the backend uploads the atlas itself
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  g.font_dpr = dpr;
}

// Follows the page: canvas backing store = CSS size x dpr.
void SyncCanvasSize() {
  const double css_w = ae_web_css_width(), css_h = ae_web_css_height(), dpr = ae_web_device_pixel_ratio();
  if (css_w == g.css_w && css_h == g.css_h && dpr == g.dpr) return;
  g.css_w = css_w;
  g.css_h = css_h;
  g.dpr = dpr;
  // Not glfwSetWindowSize: Emscripten's GLFW requests fullscreen (and pointer lock) when the
  // size equals the screen's, which a maximised window at dpr 1 does.
  ae_web_set_canvas_size(static_cast<int>(std::lround(css_w * dpr)), static_cast<int>(std::lround(css_h * dpr)));
  if (dpr != g.font_dpr) LoadFonts(dpr);
  Wake();
}

// ---------------------------------------------------------------- persistence

constexpr const char* kStoredStateVersionKey = "version";
constexpr int kStoredStateVersion = 1;
constexpr double kSaveDelaySeconds = 0.5;  // coalesces a load and the edits right after it

// Corrections travel in the stored state as CorrectionsToJson's array.
std::string CorrectionsJson() { return ae::CorrectionsToJson(g.app->corrections()); }
// A stored or imported "corrections" value; anything that is not a list of corrections gives
// none (CorrectionsFromJson skips malformed items).
void RestoreCorrections(const nlohmann::json& corrections) {
  std::vector<ae::Correction> list;
  if (corrections.is_array()) {
    ae::CorrectionsFromJson(corrections.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), &list);
  }
  g.app->SetCorrections(std::move(list));
}

// The name of the current article (a file's name, "pasted", "sample").
void NameArticle(const std::string& name) {
  g.app->SetArticleName(g.app->current_article(), name.empty() ? "article" : name);
}

std::string StateJson() {
  nlohmann::json state = nlohmann::json::object();
  state[kStoredStateVersionKey] = kStoredStateVersion;
  nlohmann::json articles = nlohmann::json::array();
  size_t current = 0;
  for (size_t i = 0; i < g.app->article_count(); ++i) {
    if (g.app->article_text(i).empty()) continue;
    if (i == g.app->current_article()) current = articles.size();
    const std::string& name = g.app->article_name(i);
    articles.push_back({{"name", name.empty() ? std::string("article") : name}, {"text", g.app->article_text(i)}});
  }
  state["articles"] = std::move(articles);
  state["current"] = current;
  nlohmann::json corrections = nlohmann::json::parse(CorrectionsJson(), nullptr, false);
  state["corrections"] = corrections.is_discarded() ? nlohmann::json::array() : corrections;
  // Invalid UTF-8 in a pasted text is stored as U+FFFD (the core repairs it the same way).
  return state.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void SaveState() {
  g.save_due = false;
  g.saved_load_generation = g.app->load_generation();
  g.saved_analysis_generation = g.app->analysis_generation();
  g.saved_corrections_generation = g.app->corrections_generation();
  const int rc = ae_web_store_state(StateJson().c_str());
  if (rc != 0 && g.storage_notice_generation != g.app->load_generation()) {
    g.storage_notice_generation = g.app->load_generation();  // told once per article
    char msg[240];
    if (rc == 1) {
      const double mb = g.app->text().size() / 1048576.0;
      char size[32];
      if (mb >= 0.1) std::snprintf(size, sizeof size, "%.1f MB", mb);
      else std::snprintf(size, sizeof size, "%.0f KB", g.app->text().size() / 1024.0);
      std::snprintf(msg, sizeof msg,
                    "This article (%s) does not fit in the browser's storage: it will not survive a "
                    "reload. Export > Analysis (JSON) keeps it.",
                    size);
    } else {
      std::snprintf(msg, sizeof msg,
                    "The browser refuses storage here: the article will not survive a reload. Export > "
                    "Analysis (JSON) keeps it.");
    }
    g.app->SetNotice(msg);
  }
}

// After a load or an analysed edit: save a little later.
void MaybeScheduleSave(double now) {
  if (g.app->load_generation() == g.saved_load_generation &&
      g.app->analysis_generation() == g.saved_analysis_generation &&
      g.app->corrections_generation() == g.saved_corrections_generation) {
    return;
  }
  if (!g.save_due) {
    g.save_due = true;
    g.save_at = now + kSaveDelaySeconds;
  }
  if (now >= g.save_at) SaveState();
}

// At start: the stored article instead of the sample. False when nothing usable is stored.
bool RestoreState() {
  char* raw = ae_web_stored_state();
  if (!raw) return false;
  const nlohmann::json state = nlohmann::json::parse(raw, nullptr, false);
  std::free(raw);
  if (state.is_discarded() || !state.is_object()) return false;
  const auto articles = state.find("articles");
  if (articles == state.end() || !articles->is_array() || articles->empty()) return false;
  // Every stored article, in order (items that are not {"text": non-empty string} skipped).
  size_t restored = 0;
  for (const nlohmann::json& item : *articles) {
    if (!item.is_object() || !item.contains("text") || !item["text"].is_string()) continue;
    std::string text = item["text"].get<std::string>();
    if (text.empty()) continue;
    std::string name = item.contains("name") && item["name"].is_string() ? item["name"].get<std::string>() : "article";
    const bool ok = restored == 0 ? g.app->LoadText(std::move(text), std::move(name))
                                  : g.app->AddArticle(std::move(name), std::move(text));
    if (ok) ++restored;
  }
  if (restored == 0) return false;
  const auto current = state.find("current");
  if (current != state.end() && current->is_number_unsigned()) g.app->SetCurrentArticle(current->get<size_t>());
  const auto corrections = state.find("corrections");
  if (corrections != state.end()) RestoreCorrections(*corrections);
  return true;
}

// ---------------------------------------------------------------- PNG of the network

// The network panel's rectangle in CSS pixels, when NetworkView records it (panel_min /
// panel_max); otherwise the whole canvas.
template <class View, class = void>
struct HasPanelRect : std::false_type {};
template <class View>
struct HasPanelRect<View, std::void_t<decltype(std::declval<View&>().panel_min),
                                      decltype(std::declval<View&>().panel_max)>> : std::true_type {};

template <class View>
bool PanelRect(const View& view, ImVec2* min, ImVec2* max) {
  if constexpr (HasPanelRect<View>::value) {
    *min = ImVec2(view.panel_min.x, view.panel_min.y);
    *max = ImVec2(view.panel_max.x, view.panel_max.y);
    return max->x > min->x + 1 && max->y > min->y + 1;
  } else {
    (void)view, (void)min, (void)max;
    return false;
  }
}

// Right after a frame was rendered (the drawing buffer still holds it).
void ReadNetworkPng(int fb_w, int fb_h) {
  float x0 = 0, y0 = 0, x1 = static_cast<float>(fb_w), y1 = static_cast<float>(fb_h);
  ImVec2 pmin, pmax;
  if (PanelRect(g.app->ui().network, &pmin, &pmax)) {
    const ImVec2 scale = ImGui::GetIO().DisplayFramebufferScale;
    x0 = ImMax(0.0f, pmin.x * scale.x);
    y0 = ImMax(0.0f, pmin.y * scale.y);
    x1 = ImMin(static_cast<float>(fb_w), pmax.x * scale.x);
    y1 = ImMin(static_cast<float>(fb_h), pmax.y * scale.y);
  }
  const int x = static_cast<int>(x0), w = static_cast<int>(x1) - x;
  const int top = static_cast<int>(y0), h = static_cast<int>(y1) - top;
  if (w <= 0 || h <= 0) return;
  std::vector<unsigned char> rgba(static_cast<size_t>(w) * h * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(x, fb_h - top - h, w, h, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());  // GL: y from the bottom
  ae_web_download_png(rgba.data(), w, h);
}

// What the menus asked for during the last frame.
void HandleRequests() {
  for (const std::string& r : g.app->TakeRequests()) {
    if (r == "open") {
      ae_web_open_file_dialog();
    } else if (r == "cleared") {
      ae_web_forget_state();
      g.saved_load_generation = g.app->load_generation();
      g.saved_analysis_generation = g.app->analysis_generation();
      g.saved_corrections_generation = g.app->corrections_generation();
      g.save_due = false;
    } else if (r == "export:png") {
      g.png_in_frames = 2;  // the menu that asked is still on screen in this frame
      Wake(3);
    } else if (r.compare(0, 7, "export:") == 0) {
      ae_web_download_export(r.c_str() + 7);
    }
  }
}

void Frame() {
  ImGuiIO& io = ImGui::GetIO();
  const double now = glfwGetTime();
  SyncCanvasSize();
  MaybeScheduleSave(now);
  if (g.app->Tick(now)) Wake(1);
  if (g.app->NeedsFrames()) Wake(1);
  // A blinking text cursor needs a frame now and then, not sixty a second.
  if (io.WantTextInput && now - g.last_blink_frame > 0.5) Wake(1);
  if (g.synthetic_paste) Wake(1);
  if (g.frames_wanted <= 0) return;  // idle: the canvas keeps its last picture
  --g.frames_wanted;
  g.last_blink_frame = now;

  if (g.synthetic_paste == 1) {
    // The paste shortcut as ImGui 1.86 expects it: V down with exactly Ctrl (Cmd on a Mac).
    io.KeysDown[GLFW_KEY_V] = true;
    io.KeyCtrl = !io.ConfigMacOSXBehaviors;
    io.KeySuper = io.ConfigMacOSXBehaviors;
    io.KeyShift = io.KeyAlt = false;
  }

  ImGui_ImplOpenGL3_NewFrame();
  g.renderer_ready = true;
  ImGui_ImplGlfw_NewFrame();
  // GLFW reports sizes and the mouse in canvas (device) pixels; ImGui works in CSS pixels.
  int fb_w = 0, fb_h = 0;
  glfwGetFramebufferSize(g.window, &fb_w, &fb_h);
  const float sx = g.css_w > 0 ? static_cast<float>(fb_w / g.css_w) : 1.0f;
  const float sy = g.css_h > 0 ? static_cast<float>(fb_h / g.css_h) : 1.0f;
  io.DisplaySize = ImVec2(static_cast<float>(g.css_w), static_cast<float>(g.css_h));
  io.DisplayFramebufferScale = ImVec2(sx, sy);
  if (io.MousePos.x > -FLT_MAX / 2 && sx > 0 && sy > 0) io.MousePos = ImVec2(io.MousePos.x / sx, io.MousePos.y / sy);

  ImGui::NewFrame();
  g.app->DrawFrame(now);
  ImGui::Render();
  glViewport(0, 0, fb_w, fb_h);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (g.png_in_frames > 0 && --g.png_in_frames == 0) ReadNetworkPng(fb_w, fb_h);
  HandleRequests();

  // After the frame: every pressed key has now been seen; apply deferred releases.
  EndInputFrame(io);
  if (g.synthetic_paste == 1) {
    // Up again after one frame: a second frame with V down would count as a key repeat
    // when that frame is slower than io.KeyRepeatDelay, and paste twice.
    io.KeysDown[GLFW_KEY_V] = false;
    SyncModifiers(io);
    g.synthetic_paste = 0;
  }
  // The text sink follows ImGui: focused while a text field is active.
  ae_web_sync_text_input(io.WantTextInput ? 1 : 0);
  if (!g.ready && g.app->analysis_generation() > 0 && !g.app->analysis_pending()) {
    ae_web_mark("first frame");
    g.ready = true;
    ae_web_set_ready();
  }
}

}  // namespace

// ---------------------------------------------------------------- called from web_glue.js
extern "C" {

// window.ArticleExplorer.analyze(text): the contract JSON; the page is not touched.
EMSCRIPTEN_KEEPALIVE const char* ae_web_analyze(const char* text, int length) {
  static std::string json;
  const ae::Analysis a = ae::Analyze(std::string_view(text, static_cast<size_t>(length)), ae::BuiltinLexicons());
  json = ae::ToJson(a);
  return json.c_str();
}

// window.ArticleExplorer.current(): the JSON of what the page shows now.
EMSCRIPTEN_KEEPALIVE const char* ae_web_current(void) {
  if (!g.app) return "null";
  g.app->AnalyseNow();  // the text the reader sees, analysed
  return g.app->CurrentJson().c_str();
}

// window.ArticleExplorer.export(format): json (App::CurrentJson), quotes.csv, entities.csv,
// gexf, graphml (ae::Export) of what the page shows now; null for an unknown format.
EMSCRIPTEN_KEEPALIVE const char* ae_web_export(const char* format) {
  static std::string out;
  if (!g.app) return nullptr;
  g.app->AnalyseNow();
  const std::string f = format ? format : "json";
#if defined(AE_HAVE_EXPORT)
  if (f == "json") {  // the contract with corrections (CurrentJson) and the text, to import again
    out = g.app->CurrentJson();
    ae::AddTextField(g.app->analysis().text, &out);  // the text the spans index
    return out.c_str();
  }
  out.clear();
  if (ae::Export(g.app->analysis(), f, &out, &g.app->article_ranges())) return out.c_str();
#else
  if (f == "json") return g.app->CurrentJson().c_str();
#endif
  return nullptr;
}

// The export formats this build has (export.cpp is compiled in, or only the JSON).
EMSCRIPTEN_KEEPALIVE const char* ae_web_export_formats(void) {
#if defined(AE_HAVE_EXPORT)
  return "json,quotes.csv,entities.csv,gexf,graphml";
#else
  return "json";
#endif
}

// window.ArticleExplorer.busy(): an analysis is pending (a debounced edit, a large load).
// window.ArticleExplorer.view(): what the reader has chosen in the panels (selection,
// filters, search), as JSON, for tests and embedding pages. Read-only.
EMSCRIPTEN_KEEPALIVE const char* ae_web_view(void) {
  static std::string out;
  if (!g.app) return "null";
  const ae::app::UiState& ui = g.app->ui();
  const ae::Analysis& a = g.app->analysis();
  nlohmann::json j = nlohmann::json::object();
  const auto entity = [&](int i) -> nlohmann::json {
    if (i < 0 || static_cast<size_t>(i) >= a.entities.size()) return nullptr;
    return {{"id", a.entities[i].id}, {"name", a.entities[i].name}, {"type", ae::ToString(a.entities[i].type)}};
  };
  j["selected"] = entity(ui.selected_entity);
  j["selected_quote"] = ui.selected_quote >= 0 && static_cast<size_t>(ui.selected_quote) < a.quotes.size()
                            ? nlohmann::json(a.quotes[ui.selected_quote].id)
                            : nlohmann::json(nullptr);
  nlohmann::json hidden = nlohmann::json::array();
  for (int t = 0; t < 5; ++t) {
    if (ui.network.hidden_types & (1u << t)) hidden.push_back(ae::ToString(static_cast<ae::EntityType>(t)));
  }
  j["hidden_types"] = hidden;
  j["min_edge_weight"] = ui.network.min_edge_weight;
  j["search"] = ui.network.search;
  j["search_matches"] = ui.network.search_matches;
  j["quote_filter"] = ui.quote_filter;
  j["entity_filter"] = ui.entity_filter;
  out = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return out.c_str();
}

EMSCRIPTEN_KEEPALIVE int ae_web_busy(void) { return g.app && g.app->analysis_pending() ? 1 : 0; }

// window.ArticleExplorer.load(text): as if pasted onto the page.
EMSCRIPTEN_KEEPALIVE void ae_web_load(const char* text, int length) {
  if (!g.app) return;
  g.app->LoadText(std::string(text, static_cast<size_t>(length)), "pasted");
  Wake();
}

// window.ArticleExplorer.addArticle(name, text): a new article beside the others.
EMSCRIPTEN_KEEPALIVE void ae_web_add_article(const char* name, const char* text, int length) {
  if (!g.app) return;
  g.app->AddArticle(name && *name ? name : "article", std::string(text, static_cast<size_t>(length)));
  Wake();
}

// window.ArticleExplorer.removeArticle(i).
EMSCRIPTEN_KEEPALIVE void ae_web_remove_article(int index) {
  if (!g.app || index < 0) return;
  g.app->RemoveArticle(static_cast<size_t>(index));
  Wake();
}

// window.ArticleExplorer.articles(): [{"name","bytes","current"}...] as JSON (texts left out:
// they can be large; current() has the merged text and its "articles" ranges).
EMSCRIPTEN_KEEPALIVE const char* ae_web_articles(void) {
  static std::string out;
  nlohmann::json list = nlohmann::json::array();
  for (size_t i = 0; g.app && i < g.app->article_count(); ++i) {
    list.push_back({{"name", g.app->ArticleLabel(i)},
                    {"bytes", g.app->article_text(i).size()},
                    {"current", i == g.app->current_article()}});
  }
  out = list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return out.c_str();
}

// A .txt file dropped or opened, named after the file: replaces the articles (add == 0: the
// first of the files, unless Article > Add article… is armed) or joins them (add == 1: the
// other files of one drop, so several files make a corpus).
EMSCRIPTEN_KEEPALIVE void ae_web_load_file(const char* name, const char* text, int length, int add) {
  if (!g.app) return;
  std::string file = name && *name ? name : "article";
  std::string body(text, static_cast<size_t>(length));
  if (add || g.app->paste_adds_article()) g.app->AddArticle(std::move(file), std::move(body));
  else g.app->LoadText(std::move(body), std::move(file));
  Wake();
}

// A saved analysis (.json, as exported) dropped or opened: its text is loaded and analysed
// again, its corrections restored. Returns 1 on success; 0 with a notice when it is not one.
EMSCRIPTEN_KEEPALIVE int ae_web_import_json(const char* name, const char* json, int length) {
  if (!g.app) return 0;
  const std::string_view data(json, static_cast<size_t>(length));
  const std::string file = name ? name : "the file";
  std::string text, error;
#if defined(AE_HAVE_JSON_READ)
  // Without "text" (the CLI's contract JSON) FromJson could only rebuild the spans' words
  // among spaces: re-analysing that would show a different article, so it is refused.
  const nlohmann::json probe = nlohmann::json::parse(data.begin(), data.end(), nullptr, false);
  ae::Analysis imported;
  if (probe.is_object() && !(probe.contains("text") && probe["text"].is_string())) {
    error = "it has no article text; Export > Analysis (JSON) saves one with its text";
  } else if (ae::FromJson(data, &imported, &error)) {
    text = std::move(imported.text);
  }
#else
  const nlohmann::json j = nlohmann::json::parse(data.begin(), data.end(), nullptr, false);
  if (j.is_object() && j.contains("text") && j["text"].is_string()) {
    text = j["text"].get<std::string>();
  } else {
    error = "no \"text\" field";
  }
#endif
  if (!error.empty()) {
    g.app->SetNotice(file + " is not an Article Explorer analysis (" + error + "); the article is unchanged.");
    Wake();
    return 0;
  }
  // A saved corpus ("articles": ranges of the merged text) comes back as its articles.
  const nlohmann::json whole = nlohmann::json::parse(data.begin(), data.end(), nullptr, false);
  const nlohmann::json ranges = whole.is_object() && whole.contains("articles") ? whole["articles"] : nlohmann::json();
  std::vector<std::pair<std::string, std::string>> parts;
  if (ranges.is_array() && ranges.size() > 1) {
    for (const nlohmann::json& r : ranges) {
      if (!r.is_object() || !r.contains("start") || !r.contains("end") || !r["start"].is_number_unsigned() ||
          !r["end"].is_number_unsigned()) {
        parts.clear();
        break;
      }
      const size_t start = r["start"].get<size_t>(), end = r["end"].get<size_t>();
      if (start > end || end > text.size()) {
        parts.clear();
        break;
      }
      const std::string name = r.contains("name") && r["name"].is_string() ? r["name"].get<std::string>() : file;
      parts.emplace_back(name, text.substr(start, end - start));
    }
  }
  if (parts.size() > 1) {
    if (!g.app->LoadText(std::move(parts[0].second), parts[0].first)) {
      Wake();
      return 0;
    }
    for (size_t i = 1; i < parts.size(); ++i) g.app->AddArticle(parts[i].first, std::move(parts[i].second));
    g.app->SetCurrentArticle(0);
  } else {
    if (!g.app->LoadText(std::move(text))) {
      Wake();
      return 0;
    }
    NameArticle(file);
  }
  // The view the file was saved with: its corrections (none when it has none).
  const nlohmann::json saved = nlohmann::json::parse(data.begin(), data.end(), nullptr, false);  // (parsed twice: rare, linear)
  RestoreCorrections(saved.is_object() && saved.contains("corrections") ? saved["corrections"] : nlohmann::json());
  Wake();
  return 1;
}

// A message from the page (a refused file, files left out), shown in the menu bar.
EMSCRIPTEN_KEEPALIVE void ae_web_notice(const char* text) {
  if (!g.app) return;
  g.app->SetNotice(text ? text : "");
  Wake();
}

// window.ArticleExplorer.download('png'): the network picture after the next frame.
EMSCRIPTEN_KEEPALIVE void ae_web_request_png(void) {
  g.png_in_frames = 1;
  Wake(2);
}

// window.ArticleExplorer.notice(): the message the menu bar shows now ("" when none).
EMSCRIPTEN_KEEPALIVE const char* ae_web_current_notice(void) { return g.app ? g.app->notice().c_str() : ""; }

// Keyboard shortcuts the page caught (Ctrl/Cmd+F: 'F').
EMSCRIPTEN_KEEPALIVE void ae_web_shortcut(int key) {
  if (!g.app) return;
  if (key == 'F') g.app->RequestSearchFocus();
  Wake();
}

// The page is being hidden or closed: store what is not stored yet (an edit awaiting analysis
// included).
EMSCRIPTEN_KEEPALIVE void ae_web_flush_state(void) {
  if (!g.app) return;
  if (g.save_due || g.app->analysis_pending() || g.app->load_generation() != g.saved_load_generation ||
      g.app->analysis_generation() != g.saved_analysis_generation ||
      g.app->corrections_generation() != g.saved_corrections_generation) {
    SaveState();
  }
}

// The browser's paste event: into the active text field at its cursor, else a new article.
EMSCRIPTEN_KEEPALIVE void ae_web_paste(const char* text, int length) {
  if (!g.app) return;
  if (ImGui::GetIO().WantTextInput) {
    g.clipboard.assign(text, static_cast<size_t>(length));
    g.synthetic_paste = 1;
  } else {
    g.app->PasteText(std::string(text, static_cast<size_t>(length)), "pasted");
  }
  Wake();
}

// Wheel in ImGui units (one notch = 1; positive = up / left), already normalised in JS.
EMSCRIPTEN_KEEPALIVE void ae_web_wheel(double dx, double dy) {
  ImGuiIO& io = ImGui::GetIO();
  io.MouseWheel += static_cast<float>(dy);
  io.MouseWheelH += static_cast<float>(dx);
  Wake();
}

// Text from the page's text sink (typed, composed, inserted): every character to ImGui.
EMSCRIPTEN_KEEPALIVE void ae_web_text_input(const char* utf8, int length) {
  if (!g.app) return;
  const char* p = utf8;
  const char* end = utf8 + length;
  while (p < end) {
    unsigned int c = 0;
    const int n = ImTextCharFromUtf8(&c, p, end);  // invalid bytes give U+FFFD, never 0 steps
    p += n > 0 ? n : 1;
    if (c != 0) AddCharacter(c);
  }
  Wake();
}

// The text sink gained (1) or lost (0) the keyboard focus.
EMSCRIPTEN_KEEPALIVE void ae_web_text_sink_focus(int focused) {
  g.text_sink_focused = focused != 0;
  Wake();
}

// Page events that change nothing in ImGui but need a redraw (visibility, focus).
EMSCRIPTEN_KEEPALIVE void ae_web_wake(void) { Wake(); }

}  // extern "C"

int main() {
  ae_web_mark("main");
  if (!glfwInit()) {
    std::fprintf(stderr, "glfwInit failed\n");
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  // 1x1 at first (a screen-sized window would request fullscreen); SyncCanvasSize sizes it.
  g.window = glfwCreateWindow(1, 1, "Article Explorer", nullptr, nullptr);
  if (!g.window) {
    std::fprintf(stderr, "glfwCreateWindow failed (WebGL2 unavailable?)\n");
    return 1;
  }
  glfwMakeContextCurrent(g.window);
  ae_web_mark("webgl");

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing written to the in-memory file system
  io.ConfigMacOSXBehaviors = ae_web_is_mac() != 0;
  ae::app::ApplyTheme(ae::app::Theme::kDark);
  ImGui_ImplGlfw_InitForOpenGL(g.window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  // Our callbacks replace the backend's (they forward to it); wheel comes from web_glue.js.
  glfwSetKeyCallback(g.window, KeyCallback);
  glfwSetCharCallback(g.window, CharCallback);
  glfwSetMouseButtonCallback(g.window, MouseButtonCallback);
  glfwSetCursorPosCallback(g.window, CursorPosCallback);
  glfwSetCursorEnterCallback(g.window, CursorEnterCallback);
  glfwSetScrollCallback(g.window, nullptr);
  io.GetClipboardTextFn = GetClipboard;
  io.SetClipboardTextFn = SetClipboard;
  io.ImeSetInputScreenPosFn = SetImePos;
  SyncCanvasSize();  // also loads the fonts at the page's devicePixelRatio
  ae_web_mark("fonts");

  const ae::Lexicons& lexicons = ae::BuiltinLexicons();
  ae_web_mark("lexicons");
  ae::BuiltinTagger(lexicons);  // loaded once here (the analysis would), for the timeline
  ae_web_mark("tagger");
  static ae::app::App app(lexicons);
  g.app = &app;
  app.SetDeferLargeAnalysis(true);
  app.SetPlatformFiles(true);
  ae_web_install();
  // The stored article (the reader's) if there is one, else the sample.
  if (!RestoreState()) {
    app.LoadSample();
    NameArticle("sample");
  }
  // What was just restored or loaded is what storage holds (or will, on the first change).
  g.saved_load_generation = app.load_generation();
  g.saved_analysis_generation = app.analysis_generation();
  g.saved_corrections_generation = app.corrections_generation();
  ae_web_mark("article");
  // Not simulating an infinite loop: main returns (the runtime stays alive, everything it
  // set up is static) instead of unwinding through a thrown exception (start-up time).
  emscripten_set_main_loop(Frame, 0, false);
  return 0;
}
