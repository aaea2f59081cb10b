#include "builtin_assets.h"

namespace ae {

const Lexicons& BuiltinLexicons() {
  static const Lexicons lexicons = [] {
    std::vector<LexiconFile> files;
    std::vector<std::pair<std::string_view, std::string_view>> blobs;
    for (const auto& [name, bytes] : EmbeddedAssetFiles()) {
      // Word lists go through ParseLexicons; other files (the 1.6 MB model) are copied once,
      // straight into `blobs` under the key ParseLexicons would give them (start-up speed).
      const bool word_list = name.size() > 4 && name.substr(name.size() - 4) == ".tsv";
      if (word_list) {
        files.push_back({std::string(name), std::string(bytes)});
      } else {
        blobs.emplace_back(name, bytes);
      }
    }
    Lexicons lex = ParseLexicons(files);
    for (const auto& [name, bytes] : blobs) {
      const size_t slash = name.find_last_of('/');
      lex.blobs[std::string(slash == std::string_view::npos ? name : name.substr(slash + 1))] = std::string(bytes);
    }
    return lex;
  }();
  return lexicons;
}

}  // namespace ae
