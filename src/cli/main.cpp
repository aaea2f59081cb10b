// article-explorer — the command-line face of the extraction core.
//
//   article-explorer analyze FILE|-          one article -> one JSON object (the contract)
//   article-explorer analyze --jsonl         stdin: {"id", "text"} per line -> one analysis per line
//   article-explorer analyze FILE|- --format F   the article as export F (export.h): json (the
//                                            contract plus "text", importable), quotes.csv,
//                                            entities.csv, gexf, graphml
//   article-explorer export FILE.json|- [--format F]   a saved analysis JSON (json_read.h) as F
//   options: --pretty (indented JSON), --no-elapsed (omit stats.elapsed_ms, for diffs)
//
// Exit status: 0 on success (also with warnings); 1 with a one-line message on stderr when
// the input cannot be read (for export: is not an analysis JSON); 2 on a usage error (an
// unknown --format too). The same source builds natively and, under
// Emscripten, as build-wasm/article-explorer.js for node.
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/malloc_tuning.h"
#include "assets/builtin_assets.h"
#include "core/analysis.h"
#include "core/export.h"
#include "core/json.h"
#include "core/json_read.h"

namespace {

constexpr const char* kUsage =
    "usage: article-explorer analyze [--pretty] [--no-elapsed] FILE|-\n"
    "       article-explorer analyze [--no-elapsed] --jsonl   (stdin: {\"id\",\"text\"} per line)\n"
    "       article-explorer analyze [--pretty] [--no-elapsed] --format FORMAT FILE|-\n"
    "       article-explorer export [--pretty] [--no-elapsed] [--format FORMAT] FILE.json|-\n"
    "       FORMAT: json | quotes.csv | entities.csv | gexf | graphml\n";

constexpr const char* kFormats[] = {"json", "quotes.csv", "entities.csv", "gexf", "graphml"};

bool KnownFormat(const std::string& f) {
  for (const char* k : kFormats) if (f == k) return true;
  return false;
}

// Reads all of `path` ("-" = stdin) into *out; on failure returns a message.
std::string ReadInput(const std::string& path, std::string* out) {
  FILE* f = stdin;
  if (path != "-") {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) return path + ": " + std::strerror(errno);
    if (S_ISDIR(st.st_mode)) return path + ": is a directory";
    f = std::fopen(path.c_str(), "rb");
    if (!f) return path + ": " + std::strerror(errno);
  }
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  const bool failed = std::ferror(f) != 0;
  const int err = errno;
  if (f != stdin) std::fclose(f);
  if (failed) return (path == "-" ? std::string("stdin") : path) + ": " + std::strerror(err);
  return {};
}

void WriteLine(const std::string& s) {
  std::fwrite(s.data(), 1, s.size(), stdout);
  std::fputc('\n', stdout);
}

// Prints `a` as `format` (already checked by KnownFormat). JSON ends in a newline like the
// plain output; the CSV and XML exports already end in their own line end.
void WriteExport(const ae::Analysis& a, const std::string& format, bool pretty, bool elapsed) {
  if (format == "json") {
    ae::JsonOptions options;
    options.indent = pretty ? 2 : -1;
    options.elapsed = elapsed;
    std::string json = ae::ToJson(a, options);
    ae::AddTextField(a.text, &json);
    WriteLine(json);
  } else {
    std::string out;
    ae::Export(a, format, &out);
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  std::fflush(stdout);
}

int AnalyzeJsonl(bool elapsed) {
  const ae::Lexicons& lex = ae::BuiltinLexicons();
  std::string all;
  if (std::string err = ReadInput("-", &all); !err.empty()) {
    std::fprintf(stderr, "article-explorer: %s\n", err.c_str());
    return 1;
  }
  size_t pos = 0;
  while (pos < all.size()) {
    size_t nl = all.find('\n', pos);
    if (nl == std::string::npos) nl = all.size();
    std::string_view line(all.data() + pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    using Json = nlohmann::ordered_json;
    const Json doc = Json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
    Json id = nullptr;
    std::string error;
    if (doc.is_discarded()) {
      error = "not valid JSON";
    } else if (!doc.is_object()) {
      error = "not a JSON object";
    } else {
      if (doc.contains("id")) id = doc["id"];
      if (!doc.contains("text") || !doc["text"].is_string()) error = "no string field \"text\"";
    }
    if (!error.empty()) {
      Json e;
      e["id"] = id;
      e["error"] = error;
      WriteLine(e.dump(-1, ' ', false, Json::error_handler_t::replace));
      continue;
    }
    const ae::Analysis a = ae::Analyze(doc["text"].get_ref<const std::string&>(), lex);
    ae::JsonOptions options;
    options.id = id.dump(-1, ' ', false, Json::error_handler_t::replace);
    options.elapsed = elapsed;
    WriteLine(ae::ToJson(a, options));
  }
  std::fflush(stdout);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  ae::KeepFreedMemory();
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::fputs(kUsage, args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  if (args[0] != "analyze" && args[0] != "export") {
    std::fprintf(stderr, "article-explorer: unknown command '%s'\n%s", args[0].c_str(), kUsage);
    return 2;
  }
  const bool export_command = args[0] == "export";
  bool pretty = false, elapsed = true, jsonl = false;
  std::string format;  // empty: the plain contract JSON (analyze) / json (export)
  std::vector<std::string> files;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--pretty") pretty = true;
    else if (a == "--no-elapsed") elapsed = false;
    else if (a == "--jsonl" && !export_command) jsonl = true;
    else if (a == "--format" || a.compare(0, 9, "--format=") == 0) {
      if (a == "--format" && i + 1 >= args.size()) {
        std::fprintf(stderr, "article-explorer: --format needs a value (json, quotes.csv, entities.csv, gexf, graphml)\n");
        return 2;
      }
      format = a == "--format" ? args[++i] : a.substr(9);
      if (!KnownFormat(format)) {
        std::fprintf(stderr, "article-explorer: unknown format '%s' (json, quotes.csv, entities.csv, gexf, graphml)\n",
                     format.c_str());
        return 2;
      }
    } else if (a.size() > 1 && a[0] == '-' ) {
      std::fprintf(stderr, "article-explorer: unknown option '%s'\n%s", a.c_str(), kUsage);
      return 2;
    } else files.push_back(a);
  }
  if (jsonl) {
    if (!format.empty()) {
      std::fprintf(stderr, "article-explorer: --format does not combine with --jsonl\n%s", kUsage);
      return 2;
    }
    if (!files.empty()) {
      std::fprintf(stderr, "article-explorer: --jsonl reads stdin and takes no FILE\n%s", kUsage);
      return 2;
    }
    return AnalyzeJsonl(elapsed);
  }
  if (files.size() != 1) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string text;
  if (std::string err = ReadInput(files[0], &text); !err.empty()) {
    std::fprintf(stderr, "article-explorer: %s\n", err.c_str());
    return 1;
  }
  if (export_command) {
    ae::Analysis saved;
    std::string error;
    if (!ae::FromJson(text, &saved, &error)) {
      std::fprintf(stderr, "article-explorer: %s: not an analysis JSON: %s\n",
                   files[0] == "-" ? "stdin" : files[0].c_str(), error.c_str());
      return 1;
    }
    WriteExport(saved, format.empty() ? "json" : format, pretty, elapsed);
    return 0;
  }
  const ae::Analysis a = ae::Analyze(text, ae::BuiltinLexicons());
  if (!format.empty()) {
    WriteExport(a, format, pretty, elapsed);
    return 0;
  }
  ae::JsonOptions options;
  options.indent = pretty ? 2 : -1;
  options.elapsed = elapsed;
  WriteLine(ae::ToJson(a, options));
  std::fflush(stdout);
  return 0;
}
