// libFuzzer target over the whole analysis: arbitrary bytes in; the JSON out must parse and
// keep every invariant of the contract (tests/common/invariants.h). Built with clang,
// AddressSanitizer and UndefinedBehaviorSanitizer by scripts/fuzz.sh.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "../common/invariants.h"
#include "assets/builtin_assets.h"
#include "core/analysis.h"
#include "core/json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const ae::Analysis a = ae::Analyze(input, ae::BuiltinLexicons());
  const std::string error = ae_test::CheckContract(a.text, ae::ToJson(a));
  if (!error.empty()) {
    std::fprintf(stderr, "contract broken: %s\n", error.c_str());
    std::abort();
  }
  return 0;
}
