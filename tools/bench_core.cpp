// ae-bench — throughput, latency and memory of the whole analysis, measured inside the
// process (start-up excluded). Builds natively and, under Emscripten, for node
// (build-wasm/ae-bench.js), so both are measured by the same code. Driven by scripts/bench.sh.
//
//   ae-bench throughput FILE.jsonl [ROUNDS]   {"text"} per line: words/s over all texts
//   ae-bench latency FILE [RUNS]              one article: median and p99 in ms
//   ae-bench memory FILE [ROUNDS]             one big text: best time of ROUNDS (3) and peak memory
//   ae-bench linearity SMALL BIG [ROUNDS]     time(BIG) / time(SMALL), the two interleaved in one
//                                             process, best of ROUNDS (3) each
//   ae-bench startup FILE                     cold start: lexicons, first and second analysis (ms)
// Each prints one line of JSON.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/malloc_tuning.h"
#include "assets/builtin_assets.h"
#include "core/analysis.h"
#include "core/json.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/heap.h>
#endif

namespace {

using Clock = std::chrono::steady_clock;

bool ReadFile(const char* path, std::string* out) {
  FILE* f = std::fopen(path, "rb");
  if (!f) return false;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  std::fclose(f);
  return true;
}

double PeakMemoryMb() {
#ifdef __EMSCRIPTEN__
  return static_cast<double>(emscripten_get_heap_size()) / (1024.0 * 1024.0);  // the heap only grows
#else
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;  // KiB on Linux
#endif
}

const char* Platform() {
#ifdef __EMSCRIPTEN__
  return "wasm";
#else
  return "native";
#endif
}

}  // namespace

int main(int argc, char** argv) {
  ae::KeepFreedMemory();
  if (argc < 3) {
    std::fprintf(stderr, "usage: ae-bench throughput FILE.jsonl [ROUNDS] | latency FILE [RUNS] | memory FILE [ROUNDS] | linearity SMALL BIG [ROUNDS] | startup FILE\n");
    return 2;
  }
  const std::string mode = argv[1];
  std::string data;
  if (!ReadFile(argv[2], &data)) {
    std::fprintf(stderr, "ae-bench: cannot read %s\n", argv[2]);
    return 1;
  }
  const auto t_start = Clock::now();
  const ae::Lexicons& lex = ae::BuiltinLexicons();
  const double lexicons_ms = std::chrono::duration<double, std::milli>(Clock::now() - t_start).count();
  nlohmann::ordered_json out;
  out["platform"] = Platform();
  out["mode"] = mode;
  if (mode == "startup") {
    // Cold start of the core, as a page pays it before its first analysed frame: the embedded
    // lexicons, then the first analysis (which loads the tagger and its gazetteer, and in
    // WebAssembly runs baseline code compiled on first call), then a second one for scale.
    double ms[2] = {0, 0};
    uint32_t words = 0;
    for (double& m : ms) {
      const auto t0 = Clock::now();
      const ae::Analysis a = ae::Analyze(data, lex);
      volatile size_t n = ae::ToJson(a).size();
      (void)n;
      m = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
      words = a.stats.words;
    }
    out["words"] = words;
    out["lexicons_ms"] = lexicons_ms;
    out["first_analysis_ms"] = ms[0];
    out["second_analysis_ms"] = ms[1];
  } else if (mode == "throughput") {
    std::vector<std::string> texts;
    size_t pos = 0;
    while (pos < data.size()) {
      size_t nl = data.find('\n', pos);
      if (nl == std::string::npos) nl = data.size();
      auto j = nlohmann::json::parse(data.begin() + pos, data.begin() + nl, nullptr, false);
      if (j.is_object() && j.contains("text") && j["text"].is_string()) texts.push_back(j["text"]);
      pos = nl + 1;
    }
    const int rounds = argc > 3 ? std::max(1, std::atoi(argv[3])) : 3;
    uint64_t words = 0, bytes = 0;
    for (const std::string& t : texts) bytes += t.size();
    double best = 1e30;
    for (int r = 0; r < rounds; ++r) {
      words = 0;
      const auto t0 = Clock::now();
      for (const std::string& t : texts) {
        const ae::Analysis a = ae::Analyze(t, lex);
        words += a.stats.words;
        // Serialising is part of what a caller pays for.
        volatile size_t n = ae::ToJson(a).size();
        (void)n;
      }
      best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count());
    }
    out["articles"] = texts.size();
    out["bytes"] = bytes;
    out["words"] = words;
    out["seconds"] = best;
    out["words_per_second"] = words / best;
  } else if (mode == "latency") {
    const int runs = argc > 3 ? std::max(5, std::atoi(argv[3])) : 200;
    std::vector<double> ms;
    uint32_t words = 0;
    // Warm-up: V8 first runs WebAssembly in its baseline compiler and swaps in optimised code
    // per function as it gets hot, in the background. With 5 warm-up runs the slowest 1% were
    // still baseline code (p99 11 ms, 3.3 ms under node --no-liftoff, medians equal): 50 runs
    // reach the steady state a reader typing sees after the first second.
    constexpr int kWarmup = 50;
    for (int r = 0; r < runs + kWarmup; ++r) {
      const auto t0 = Clock::now();
      const ae::Analysis a = ae::Analyze(data, lex);
      volatile size_t n = ae::ToJson(a).size();
      (void)n;
      const double dt = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
      words = a.stats.words;
      if (r >= kWarmup) ms.push_back(dt);
    }
    std::sort(ms.begin(), ms.end());
    out["words"] = words;
    out["runs"] = runs;
    out["median_ms"] = ms[ms.size() / 2];
    out["p99_ms"] = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
  } else if (mode == "memory") {
    // Start-up excluded as in the other modes (the tagger loads on the first analysis), and the
    // best of a few rounds: one timing of a half-second run on a shared machine varied by 50%,
    // enough to swing the 8 MB / 1 MB ratio. Peak memory is the process's peak over all rounds.
    const int rounds = argc > 3 ? std::max(1, std::atoi(argv[3])) : 3;
    (void)ae::ToJson(ae::Analyze("Warm-up: Ana Ruiz said so.", lex));
    const double before = PeakMemoryMb();
    double best = 1e300;
    std::vector<double> all;
    size_t words = 0, json_bytes = 0;
    for (int r = 0; r < rounds; ++r) {
      const auto t0 = Clock::now();
      const ae::Analysis a = ae::Analyze(data, lex);
      const std::string json = ae::ToJson(a);
      const double sec = std::chrono::duration<double>(Clock::now() - t0).count();
      all.push_back(sec);
      best = std::min(best, sec);
      words = a.stats.words;
      json_bytes = json.size();
    }
    out["bytes"] = data.size();
    out["words"] = words;
    out["seconds"] = best;
    out["seconds_all"] = all;
    out["rounds"] = rounds;
    out["peak_memory_mb_before"] = before;
    out["peak_memory_mb"] = PeakMemoryMb();
    out["json_bytes"] = json_bytes;
  } else if (mode == "linearity") {
    // The 8 MB / 1 MB ratio from one process with the two sizes interleaved, so that a change
    // of the shared machine's speed between two processes does not enter the ratio.
    std::string big;
    if (argc < 4 || !ReadFile(argv[3], &big)) {
      std::fprintf(stderr, "ae-bench: linearity needs SMALL and BIG files\n");
      return 1;
    }
    const int rounds = argc > 4 ? std::max(1, std::atoi(argv[4])) : 3;
    (void)ae::ToJson(ae::Analyze("Warm-up: Ana Ruiz said so.", lex));
    auto time_one = [&](const std::string& text) {
      const auto t0 = Clock::now();
      const ae::Analysis a = ae::Analyze(text, lex);
      volatile size_t n = ae::ToJson(a).size();
      (void)n;
      return std::chrono::duration<double>(Clock::now() - t0).count();
    };
    double best_small = 1e300, best_big = 1e300;
    std::vector<double> small_all, big_all;
    for (int r = 0; r < rounds; ++r) {
      small_all.push_back(time_one(data));
      big_all.push_back(time_one(big));
      best_small = std::min(best_small, small_all.back());
      best_big = std::min(best_big, big_all.back());
    }
    out["small_bytes"] = data.size();
    out["big_bytes"] = big.size();
    out["small_seconds"] = best_small;
    out["big_seconds"] = best_big;
    out["ratio"] = best_big / best_small;
    out["small_all"] = small_all;
    out["big_all"] = big_all;
    out["rounds"] = rounds;
  } else {
    std::fprintf(stderr, "ae-bench: unknown mode %s\n", mode.c_str());
    return 2;
  }
  std::printf("%s\n", out.dump().c_str());
  return 0;
}
