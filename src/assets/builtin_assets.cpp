#include "builtin_assets.h"

#include <cstdio>

namespace ae {

const Lexicons& BuiltinLexicons() {
  static const Lexicons lexicons = [] {
    Lexicons lex;
    std::vector<std::pair<std::string_view, std::string_view>> blobs;
    for (const auto& [name, bytes] : EmbeddedAssetFiles()) {
      // The word lists arrive parsed, as the image tools/lexicon_pack.cpp wrote at build time;
      // other files (the 1.6 MB model) are copied once into `blobs` under their base name.
      if (name == "lexicons.bin") {
        if (!LoadLexiconImage(bytes, &lex)) std::fprintf(stderr, "article-explorer: the embedded lexicon image is unreadable\n");
      } else {
        blobs.emplace_back(name, bytes);
      }
    }
    for (const auto& [name, bytes] : blobs) {
      const size_t slash = name.find_last_of('/');
      lex.blobs[std::string(slash == std::string_view::npos ? name : name.substr(slash + 1))] = std::string(bytes);
    }
    return lex;
  }();
  return lexicons;
}

}  // namespace ae
