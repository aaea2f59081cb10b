// builtin_assets.h — the lexicons and model files of assets/, embedded in the binary at
// build time (cmake/embed_files.cmake), so that the CLI, the tests and the WebAssembly app
// read the same bytes without any file I/O.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "core/lexicon.h"

namespace ae {

// (relative path under assets/, bytes) of every embedded asset file, in path order.
std::vector<std::pair<std::string_view, std::string_view>> EmbeddedAssetFiles();

// The embedded lexicons, parsed once on first use (thread-safe static).
const Lexicons& BuiltinLexicons();

}  // namespace ae
