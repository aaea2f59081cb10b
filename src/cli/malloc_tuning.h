// malloc_tuning.h — native batch use only: keep freed memory in the process for the next analysis.
//
// glibc serves blocks above a (dynamic) threshold with fresh mmap pages and returns them on free,
// so every analysis of a multi-megabyte text paid page faults and zeroing for its big vectors
// again: an 8 MB text took 14x the time of a 1 MB one in one process (3.25 s against 0.23 s), not
// 8x (ae-bench linearity). Kept in the heap: 1.94-2.00 s, 8.8-8.9x; peak RSS 348 -> 359 MB. The
// WebAssembly build has no such path (its heap only grows: 8.7x). Call once at the start of main().
#pragma once

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ae {

inline void KeepFreedMemory() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 1 << 30);  // big blocks from the heap, reused after free
  mallopt(M_TRIM_THRESHOLD, 1 << 30);  // and not given back to the system between analyses
  mallopt(M_TOP_PAD, 64 << 20);        // the heap grows in steps of 64 MB, not page by page
#endif
}

}  // namespace ae
