// own_function.h — AE_OWN_FUNCTION: keeps a function, or a stage of a long function written as
// a lambda called once (`[&]() AE_OWN_FUNCTION { ... }();`), out of its caller.
//
// Why: browsers compile WebAssembly lazily, each function on its first call, on the page's
// thread, and V8's baseline compiler takes time that grows faster than a function's size (with
// its locals times its branches). The compiler inlines a function called once whatever its
// size, so a pipeline of stages becomes one giant function: FindEntities was one 83 KB
// function that took 45-57 ms of the page's thread to compile (Chromium trace,
// wasm.CompileLazy), its stages take 1-3 ms each. A stage runs once per analysis (or once per
// candidate): the call costs nothing measurable (tools/bench_core.cpp latency).
#pragma once

#if defined(__GNUC__) || defined(__clang__)
#define AE_OWN_FUNCTION __attribute__((noinline))
#else
#define AE_OWN_FUNCTION
#endif
