// bench_startup.cpp — the page's start-up steps, natively and without a GPU: font atlas,
// lexicons and model, App with the sample article analysed, first frame drawn through ImGui
// (no renderer). Prints one line of JSON with milliseconds per step. For profiling the first
// analysed frame (issue 6) under callgrind; the page's own timeline is ArticleExplorer.startup.
//   ae-bench-startup [FONT.ttf]
#include <chrono>
#include <cstdio>

#include "app/app.h"
#include "app/theme.h"
#include "assets/builtin_assets.h"
#include "imgui.h"

namespace {
double Now() {
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}
}  // namespace

int main(int argc, char** argv) {
  const char* font = argc > 1 ? argv[1] : "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  const double t0 = Now();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1280, 800);
  io.DeltaTime = 1.0f / 60.0f;
  ae::app::ApplyTheme(ae::app::Theme::kDark);
  if (!ae::app::LoadUiFonts(font, 15.0f, 1.0f)) std::fprintf(stderr, "ae-bench-startup: font %s not loaded\n", font);
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // what the renderer uploads
  const double t_fonts = Now();
  const ae::Lexicons& lex = ae::BuiltinLexicons();
  const double t_lex = Now();
  static ae::app::App app(lex);
  app.LoadSample();
  const double t_article = Now();
  app.Tick(0.0);
  ImGui::NewFrame();
  app.DrawFrame(0.0);
  ImGui::Render();
  const double t_frame = Now();
  std::printf("{\"fonts_ms\":%.2f,\"lexicons_ms\":%.2f,\"article_ms\":%.2f,\"first_frame_ms\":%.2f,\"total_ms\":%.2f,"
              "\"entities\":%zu}\n",
              t_fonts - t0, t_lex - t_fonts, t_article - t_lex, t_frame - t_article, t_frame - t0,
              app.analysis().entities.size());
  ImGui::DestroyContext();
  return 0;
}
