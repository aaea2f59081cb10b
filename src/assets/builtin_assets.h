// builtin_assets.h — the lexicons and model files of assets/, embedded in the binary at
// build time (cmake/embed_files.cmake), so that the CLI, the tests and the WebAssembly app
// read the same bytes without any file I/O.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "core/lexicon.h"

namespace ae {

// (name, bytes) of every embedded asset file: "lexicons.bin" (assets/lexicon/*.tsv parsed at
// build time by ae-lexicon-pack) and the model files ("model/ner.bin"), in name order.
std::vector<std::pair<std::string_view, std::string_view>> EmbeddedAssetFiles();

// The embedded lexicons, loaded from the image once on first use (thread-safe static).
const Lexicons& BuiltinLexicons();

}  // namespace ae
