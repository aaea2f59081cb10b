// quote_marks.h — pairs the quote marks of an article into quoted stretches (internal to the
// quote stage; quotes.cpp decides which stretches are speech and who spoke them).
//
// What it does: every quote-mark token (" “ ” „ « » ‹ › ' ‘ ’ '' ``) gets a family (double,
// single, angle) and, from the characters around it, whether it can open and/or close a
// quote. Marks are paired left to right per family within a paragraph. A quote left open at
// a paragraph end continues only when the next paragraph opens with a mark of the same
// family (news style for multi-paragraph quotes); otherwise it stops at its paragraph end
// (flagged unbalanced), so a stray mark never swallows the rest of the article. Single
// marks are told apart from apostrophes (possessive "countries' ", elisions "'90s"). A pair
// nested inside another pair is dropped (its words belong to the outer quote).
//
// Output: QuotePairs in document order, non-overlapping; token indices into
// Analysis::tokens. Cost: linear in the tokens (one pass per family, no backtracking).
#pragma once

#include <cstdint>
#include <vector>

#include "analysis.h"

namespace ae {

struct QuotePair {
  uint32_t open = 0;           // token of the opening mark
  uint32_t close = 0;          // token of the closing mark; == content_end when unbalanced
  uint32_t content_first = 0;  // tokens [content_first, content_end) are the quoted words
  uint32_t content_end = 0;
  bool balanced = true;        // false: no closing mark, the quote stops at a paragraph end
  bool multi_paragraph = false;
};

std::vector<QuotePair> PairQuoteMarks(const Analysis& a);

}  // namespace ae
