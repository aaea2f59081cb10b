// lexicon_pack.cpp — the build's lexicon step: parses the TSV word lists once and writes
// the image the core loads at start-up (SerializeLexicons / LoadLexiconImage in lexicon.h).
//   ae-lexicon-pack OUT.bin FILE.tsv...
// Run by CMake at build time (natively, or under node for the WebAssembly build: the same
// Fold() as the program that loads the image). Exits non-zero, writing nothing, when a file
// cannot be read or a list has malformed lines.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/lexicon.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: ae-lexicon-pack OUT.bin FILE.tsv...\n");
    return 2;
  }
  std::vector<ae::LexiconFile> files;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "ae-lexicon-pack: cannot read %s\n", argv[i]);
      return 1;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    files.push_back({argv[i], bytes.str()});
  }
  size_t skipped = 0;
  const ae::Lexicons lex = ae::ParseLexicons(files, &skipped);
  if (skipped > 0) {
    std::fprintf(stderr, "ae-lexicon-pack: %zu malformed lines (an empty phrase) in the lists\n", skipped);
    return 1;
  }
  const std::string image = ae::SerializeLexicons(lex);
  ae::Lexicons check;
  if (!ae::LoadLexiconImage(image, &check) || check.entries.size() != lex.entries.size()) {
    std::fprintf(stderr, "ae-lexicon-pack: the image does not load back\n");
    return 1;
  }
  const std::string out_path = argv[1];
  std::ofstream out(out_path + ".tmp", std::ios::binary);
  out.write(image.data(), static_cast<std::streamsize>(image.size()));
  out.close();
  if (!out || std::rename((out_path + ".tmp").c_str(), out_path.c_str()) != 0) {
    std::fprintf(stderr, "ae-lexicon-pack: cannot write %s\n", out_path.c_str());
    return 1;
  }
  return 0;
}
