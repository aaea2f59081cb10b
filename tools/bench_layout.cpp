// ae-bench-layout — network layout step and network-panel draw times for N nodes, measured
// natively inside the process. Driven by scripts/bench.sh (issue 6); not a test.
//
//   ae-bench-layout [--font TTF] [N ...]      (default N: 200 2000 20000)
//
// Prints one JSON line per N:
//   layout: NetworkLayout::Sync of a synthetic Analysis with N entities and 5N edges (each
//     node i linked to i+1, i+2, i+3, i+7, i+11 mod N), then repeated Step(4) calls — the work
//     App::Tick does per frame — timed while the layout is hot (reheated when it cools).
//     step_ms_median / step_ms_p90 per Step(4) (Barnes–Hut); step_fps = 1000 / median;
//     step_iterations: iterations per Step (Step caps its work); step_interactions: pair
//     interactions of one iteration. step_exact_ms_median: the same with the all-pairs
//     repulsion (the O(n^2) reference, what the layout did before Barnes–Hut; few samples).
//   draw: the real DrawNetworkPanel through App (panels.h needs an App, and App takes its
//     Analysis only from a text), so the App loads a generated text of invented names that
//     the core turns into N PERSON entities (three per sentence, ~6N co-occurrence edges;
//     the counts found are printed). The App's layout is first run until it settles (at
//     most ~4 s), so labels compete in the settled, crowded picture. One ImGui frame =
//     NewFrame, a full-window child with the network panel only, Render, no renderer (like
//     tests/ui/ui_smoke.cpp), mouse away. draw_ms_median per frame (label placement
//     included; labels_placed: how many names were drawn); frame_fps = 1000 / (step + draw),
//     the network's frame rate.
//   *_cpu_ms_median: the same medians in thread CPU time (CLOCK_THREAD_CPUTIME_ID), which a
//     machine shared with other jobs inflates less than wall time; frame_cpu_fps from them.
// Cost: one layout iteration is O(N log N + E); the exact reference at 20,000 nodes takes
// a second or two per sample.
#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/network_layout.h"
#include "app/panels.h"
#include "app/theme.h"
#include "assets/builtin_assets.h"
#include "core/analysis.h"
#include "imgui.h"

namespace {

using Clock = std::chrono::steady_clock;

double Ms(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

// Thread CPU time in milliseconds.
double CpuMs() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double Quantile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())))];
}

// N entities (PERSON/ORG/PLACE in turn, 1..7 mentions) and 5N distinct edges.
ae::Analysis SyntheticAnalysis(int n) {
  ae::Analysis a;
  const ae::EntityType types[] = {ae::EntityType::kPerson, ae::EntityType::kOrg, ae::EntityType::kPlace};
  a.entities.resize(n);
  for (int i = 0; i < n; ++i) {
    ae::Entity& e = a.entities[i];
    e.id = "e" + std::to_string(i + 1);
    e.name = "Entity " + std::to_string(i);
    e.type = types[i % 3];
    e.mentions.resize(1 + i % 7);
  }
  for (int i = 0; i < n; ++i) {
    for (int off : {1, 2, 3, 7, 11}) {
      const int j = (i + off) % n;
      if (j == i) continue;
      ae::Edge e;
      e.source = std::min(i, j);
      e.target = std::max(i, j);
      e.weight = 1 + i % 3;
      a.edges.push_back(e);
    }
  }
  return a;
}

// Invented names: 4 + 3 syllables (unique first name for i < 65,536).
std::string Word(uint64_t i, int syllables) {
  static const char* kSyl[] = {"ba", "ko", "te", "lu", "ri", "sa", "mo", "de",
                               "fi", "na", "vo", "gu", "pe", "zi", "ha", "ju"};
  std::string s;
  for (int k = 0; k < syllables; ++k, i /= 16) s += kSyl[i % 16];
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string GeneratedArticle(int n) {
  auto name = [n](int i) {
    const uint64_t k = static_cast<uint64_t>(i % n);
    return Word(k, 4) + " " + Word((k * 2654435761ull) % 4096, 3);
  };
  std::string t;
  for (int i = 0; i < n; ++i) {
    t += "Minister " + name(i) + " met Senator " + name(i + 1) + " and Governor " + name(i + 3) + " in the capital. ";
    t += "Minister " + name(i) + " called Senator " + name(i + 7) + " and Governor " + name(i + 18) + " on Monday. ";
    if (i % 5 == 4) t += "\n\n";
  }
  return t;
}

nlohmann::ordered_json BenchLayout(int n) {
  const ae::Analysis a = SyntheticAnalysis(n);
  nlohmann::ordered_json out;
  out["nodes"] = n;
  out["edges"] = a.edges.size();
  for (bool exact : {false, true}) {
    ae::app::NetworkLayout layout;
    auto t0 = Clock::now();
    layout.Sync(a);
    const double sync_ms = Ms(t0);
    std::vector<double> steps, cpu;
    uint64_t iterations = 0;
    const auto start = Clock::now();
    // Barnes–Hut: at least 5 steps, up to 200 or ~3 s; the exact reference: 1 to 20, ~1.5 s.
    const size_t min_steps = exact ? 1 : 5, max_steps = exact ? 20 : 200;
    const double budget_ms = exact ? 1500 : 3000;
    while (steps.size() < min_steps || (steps.size() < max_steps && Ms(start) < budget_ms)) {
      if (!layout.Moving()) layout.Reheat(0.5f);
      const uint64_t it0 = layout.iterations();
      const double c0 = CpuMs();
      t0 = Clock::now();
      layout.Step(4, exact);
      steps.push_back(Ms(t0));
      cpu.push_back(CpuMs() - c0);
      iterations += layout.iterations() - it0;
    }
    if (exact) {
      out["step_exact_ms_median"] = Quantile(steps, 0.5);
      out["step_exact_cpu_ms_median"] = Quantile(cpu, 0.5);
      out["step_exact_iterations"] = static_cast<double>(iterations) / static_cast<double>(steps.size());
      continue;
    }
    out["sync_ms"] = sync_ms;
    out["steps"] = steps.size();
    out["step_iterations"] = static_cast<double>(iterations) / static_cast<double>(steps.size());
    out["step_interactions"] = layout.last_interactions();
    out["step_ms_median"] = Quantile(steps, 0.5);
    out["step_ms_p90"] = Quantile(steps, 0.9);
    out["step_cpu_ms_median"] = Quantile(cpu, 0.5);
    out["step_fps"] = 1000.0 / std::max(Quantile(steps, 0.5), 1e-6);
  }
  return out;
}

void BenchDraw(int n, nlohmann::ordered_json* out) {
  ae::app::App app(ae::BuiltinLexicons());
  auto t0 = Clock::now();
  app.LoadText(GeneratedArticle(n));  // analyses and syncs the layout
  (*out)["draw_analyze_ms"] = Ms(t0);
  (*out)["draw_entities"] = app.analysis().entities.size();
  (*out)["draw_edges"] = app.analysis().edges.size();
  // Settle the layout (the crowded, final picture), at most ~4 s.
  ae::app::NetworkLayout& layout = app.ui().network.layout;
  t0 = Clock::now();
  while (layout.Moving() && Ms(t0) < 4000) layout.Step(1000);
  (*out)["draw_settled"] = !layout.Moving();
  ImGuiIO& io = ImGui::GetIO();
  auto frame = [&]() {
    io.DeltaTime = 1.0f / 60.0f;
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("##bench", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::BeginChild("##network", ImVec2(0, 0), false);
    ae::app::DrawNetworkPanel(app);
    ImGui::EndChild();
    ImGui::End();
    ImGui::Render();
    return ImGui::GetDrawData()->TotalVtxCount;
  };
  for (int i = 0; i < 3; ++i) frame();  // warm-up: window creation, glyph lookups
  std::vector<double> draws, cpu;
  int vertices = 0;
  const auto start = Clock::now();
  while (draws.size() < 5 || (draws.size() < 200 && Ms(start) < 3000)) {
    const double c0 = CpuMs();
    t0 = Clock::now();
    vertices = frame();
    draws.push_back(Ms(t0));
    cpu.push_back(CpuMs() - c0);
  }
  (*out)["draw_frames"] = draws.size();
  (*out)["draw_vertices"] = vertices;
  (*out)["draw_ms_median"] = Quantile(draws, 0.5);
  (*out)["draw_ms_p90"] = Quantile(draws, 0.9);
  (*out)["draw_cpu_ms_median"] = Quantile(cpu, 0.5);
  (*out)["labels_placed"] = app.ui().network.labels_placed;
  const double frame_ms = (*out)["step_ms_median"].get<double>() + Quantile(draws, 0.5);
  (*out)["frame_ms"] = frame_ms;
  (*out)["frame_fps"] = 1000.0 / std::max(frame_ms, 1e-6);
  const double frame_cpu_ms = (*out)["step_cpu_ms_median"].get<double>() + Quantile(cpu, 0.5);
  (*out)["frame_cpu_fps"] = 1000.0 / std::max(frame_cpu_ms, 1e-6);
}

}  // namespace

int main(int argc, char** argv) {
  const char* font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  std::vector<int> sizes;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--font") == 0 && i + 1 < argc) {
      font = argv[++i];
    } else if (std::atoi(argv[i]) > 0) {
      sizes.push_back(std::atoi(argv[i]));
    } else {
      std::fprintf(stderr, "usage: ae-bench-layout [--font TTF] [N ...]\n");
      return 2;
    }
  }
  if (sizes.empty()) sizes = {200, 2000, 20000};

  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1280, 800);
  ae::app::ApplyTheme(ae::app::Theme::kDark);
  const bool font_ok = ae::app::LoadUiFonts(font, 15.0f, 1.0f);
  unsigned char* pixels;
  int w, h;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // what the renderer would upload

  for (int n : sizes) {
    nlohmann::ordered_json out = BenchLayout(n);
    out["font"] = font_ok;
    BenchDraw(n, &out);
    std::printf("%s\n", out.dump().c_str());
    std::fflush(stdout);
  }
  ImGui::DestroyContext();
  return 0;
}
