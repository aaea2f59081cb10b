#include "builtin_assets.h"

namespace ae {

const Lexicons& BuiltinLexicons() {
  static const Lexicons lexicons = [] {
    std::vector<LexiconFile> files;
    for (const auto& [name, bytes] : EmbeddedAssetFiles()) {
      files.push_back({std::string(name), std::string(bytes)});
    }
    return ParseLexicons(files);
  }();
  return lexicons;
}

}  // namespace ae
