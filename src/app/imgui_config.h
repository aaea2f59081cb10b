// imgui_config.h — our Dear ImGui build configuration (IMGUI_USER_CONFIG, set in CMakeLists.txt).
//
// IM_ASSERT stays active in Release builds: an ImGui assertion is an API misuse (unbalanced
// Begin/End, a bad ID stack), and the smoke test and the browser test must see it as a
// failure, not as silently corrupted state. It prints the expression and aborts (in the
// browser an abort is an exception the end-to-end test catches).
#pragma once

#include <cstdio>
#include <cstdlib>

inline void AeImGuiAssertFailed(const char* expr, const char* file, int line) {
  std::fprintf(stderr, "Dear ImGui assertion failed: %s (%s:%d)\n", expr, file, line);
  std::abort();
}

#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : AeImGuiAssertFailed(#_EXPR, __FILE__, __LINE__))
