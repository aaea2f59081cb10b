// quote_marks.cpp — pairing quote marks into quoted stretches (see quote_marks.h).
#include "quote_marks.h"

#include <algorithm>
#include <string_view>

#include "text.h"

namespace ae {

namespace {

enum Family : uint8_t { kDouble = 0, kSingle = 1, kAngle = 2, kNoFamily = 3 };

struct Mark {
  uint32_t tok = 0;      // first token of the mark
  uint32_t tok_end = 0;  // one past its last token (two tokens for a split ’’)
  uint32_t paragraph = 0;
  Family family = kNoFamily;
  bool can_open = false;
  bool can_close = false;
  bool possessive_like = false;  // "countries' talks": a closer that may be an apostrophe
  bool later_closer = false;     // another closer of its family follows in its paragraph
};

constexpr std::string_view kLeftDouble = "\xE2\x80\x9C";   // “
constexpr std::string_view kRightDouble = "\xE2\x80\x9D";  // ”
constexpr std::string_view kLowDouble = "\xE2\x80\x9E";    // „
constexpr std::string_view kLeftSingle = "\xE2\x80\x98";   // ‘
constexpr std::string_view kRightSingle = "\xE2\x80\x99";  // ’
constexpr std::string_view kLeftAngle = "\xC2\xAB";        // «
constexpr std::string_view kRightAngle = "\xC2\xBB";       // »
constexpr std::string_view kLeftAngle1 = "\xE2\x80\xB9";   // ‹
constexpr std::string_view kRightAngle1 = "\xE2\x80\xBA";  // ›

bool IsOpenPunct(std::string_view t) {
  return t == "(" || t == "[" || t == "{" || t == ":" || t == "/" || t == "-" ||
         t == "\xE2\x80\x94" /*—*/ || t == "\xE2\x80\x93" /*–*/ || t == kLeftDouble ||
         t == kLeftSingle || t == kLeftAngle || t == "\"" || t == "''" || t == "``";
}

bool IsClosePunct(std::string_view t) {
  return t == "," || t == "." || t == ";" || t == ":" || t == "!" || t == "?" || t == ")" ||
         t == "]" || t == "}" || t == "..." || t == "\xE2\x80\xA6" /*…*/ || t == "-" ||
         t == "\xE2\x80\x94" || t == "\xE2\x80\x93" || t == kRightDouble || t == kRightSingle ||
         t == kRightAngle || t == "\"" || t == "''" || t == "'";
}

// Words that follow an elision apostrophe ("'90s", "'em", "'til"): never a quote opener.
bool IsElisionTail(std::string_view t) {
  if (!t.empty() && t[0] >= '0' && t[0] <= '9') return true;
  return t == "em" || t == "til" || t == "n" || t == "cause" || t == "tis" || t == "twas";
}

}  // namespace

std::vector<QuotePair> PairQuoteMarks(const Analysis& a) {
  const uint32_t nt = static_cast<uint32_t>(a.tokens.size());
  std::vector<QuotePair> out;
  if (nt == 0) return out;
  auto tok = [&](uint32_t i) { return a.Text(a.tokens[i].span); };
  auto para = [&](uint32_t i) { return a.sentences[a.tokens[i].sentence].paragraph; };
  auto para_first = [&](uint32_t i) { return i == 0 || para(i - 1) != para(i); };
  auto para_last = [&](uint32_t i) { return i + 1 >= nt || para(i + 1) != para(i); };
  // Last token of each paragraph, for quotes that stop at a paragraph end.
  std::vector<uint32_t> para_end(a.paragraphs.size(), 0);
  for (uint32_t i = 0; i < nt; ++i) para_end[para(i)] = i + 1;

  std::vector<Mark> marks;
  for (uint32_t i = 0; i < nt; ++i) {
    const std::string_view t = tok(i);
    // Every mark starts with one of these bytes (" ' ` or the UTF-8 lead bytes of “ ” ‘ ’ „ ‹ ›
    // and « »): most tokens are skipped after one test.
    const unsigned char c0 = t.empty() ? 0 : static_cast<unsigned char>(t[0]);
    if (c0 != '"' && c0 != '\'' && c0 != '`' && c0 != 0xE2 && c0 != 0xC2) continue;
    Mark m;
    m.tok = i;
    m.tok_end = i + 1;
    m.paragraph = para(i);
    if (t == "\"" || t == "''" || t == "``" || t == kLeftDouble || t == kRightDouble || t == kLowDouble) {
      m.family = kDouble;
    } else if (t == "'" || t == kLeftSingle || t == kRightSingle) {
      m.family = kSingle;
      // ’’ written as two curly apostrophes: one double mark.
      if (i + 1 < nt && tok(i + 1) == t && a.tokens[i + 1].span.start == a.tokens[i].span.end) {
        m.family = kDouble;
        m.tok_end = i + 2;
      }
    } else if (t == kLeftAngle || t == kRightAngle || t == kLeftAngle1 || t == kRightAngle1) {
      m.family = kAngle;
    } else {
      continue;
    }
    const uint32_t last = m.tok_end - 1;
    const bool space_before = para_first(i) || a.tokens[i - 1].span.end < a.tokens[i].span.start ||
                              IsOpenPunct(tok(i - 1));
    const bool space_after = para_last(last) || a.tokens[last + 1].span.start > a.tokens[last].span.end ||
                             IsClosePunct(tok(last + 1));
    const bool word_after = !para_last(last) && IsWordToken(tok(last + 1));
    const bool word_before = !para_first(i) && IsWordToken(tok(i - 1));
    if (t == kLeftDouble || t == kLowDouble || t == "``" || t == kLeftAngle || t == kLeftAngle1) {
      m.can_open = true;
    } else if (t == kRightDouble || t == kRightAngle || t == kRightAngle1) {
      m.can_close = true;
    } else if (m.family == kDouble) {  // " and '' point both ways: the spaces around decide
      m.can_open = space_before || !space_after;
      m.can_close = space_after || !space_before;
    } else if (t == kLeftSingle) {
      m.can_open = !space_after;
    } else {  // ' or ’: a quote mark only with a space on one side and a word on the other
      const bool adjacent_after = !para_last(i) && a.tokens[i + 1].span.start == a.tokens[i].span.end;
      m.can_open = t == "'" && space_before && adjacent_after && word_after && !IsElisionTail(tok(i + 1));
      const bool adjacent_before = !para_first(i) && a.tokens[i - 1].span.start < a.tokens[i].span.start &&
                                   a.tokens[i - 1].span.end == a.tokens[i].span.start;
      const std::string_view prev = para_first(i) ? std::string_view() : tok(i - 1);
      m.can_close = adjacent_before && space_after &&
                    (word_before || prev == "." || prev == "," || prev == "!" || prev == "?");
      // "the countries' agencies": after a plural s and before a word, likely a possessive.
      m.possessive_like = m.can_close && word_before && (prev.back() == 's' || prev.back() == 'S') &&
                          word_after;
    }
    if (m.can_open || m.can_close) marks.push_back(m);
    i = m.tok_end - 1;
  }
  // Does another closer of the same family follow in the same paragraph? (right-to-left pass)
  {
    uint32_t seen_para[3] = {UINT32_MAX, UINT32_MAX, UINT32_MAX};
    for (size_t k = marks.size(); k-- > 0;) {
      Mark& m = marks[k];
      m.later_closer = seen_para[m.family] == m.paragraph;
      if (m.can_close && !m.possessive_like) seen_para[m.family] = m.paragraph;
    }
  }

  struct State {
    int open = -1;  // index into marks
    uint32_t paragraph = 0;
    bool multi = false;
  };
  State st[3];
  auto emit = [&](const Mark& open, uint32_t close, uint32_t content_end, bool balanced, bool multi) {
    QuotePair p;
    p.open = open.tok;
    p.content_first = open.tok_end;
    p.content_end = content_end;
    p.close = close;
    p.balanced = balanced;
    p.multi_paragraph = multi;
    if (p.content_first < p.content_end) out.push_back(p);
  };
  auto emit_unbalanced = [&](State& s) {
    const uint32_t end = para_end[s.paragraph];
    // A lone single mark is far more often an apostrophe than an unclosed quote.
    if (marks[s.open].family != kSingle) emit(marks[s.open], end, end, false, s.multi);
    s.open = -1;
  };
  for (size_t k = 0; k < marks.size(); ++k) {
    const Mark& m = marks[k];
    State& s = st[m.family];
    if (s.open >= 0 && m.paragraph != s.paragraph) {
      // Multi-paragraph quote: the next paragraph opens with a mark of the same family.
      if (m.paragraph == s.paragraph + 1 && para_first(m.tok) && m.can_open) {
        s.paragraph = m.paragraph;
        s.multi = true;
        continue;
      }
      emit_unbalanced(s);
    }
    if (s.open < 0) {
      if (m.can_open) {
        s.open = static_cast<int>(k);
        s.paragraph = m.paragraph;
        s.multi = false;
      }
      continue;
    }
    if (m.can_close && !(m.can_open && m.tok == marks[s.open].tok_end)) {
      // An apostrophe-like closer is skipped when a better closer follows in the paragraph.
      if (m.possessive_like && m.later_closer) continue;
      emit(marks[s.open], m.tok, m.tok, true, s.multi);
      s.open = -1;
    } else if (m.can_open) {
      // A second opener while one is pending: the first was a stray mark; start again here.
      s.open = static_cast<int>(k);
      s.paragraph = m.paragraph;
      s.multi = false;
    }
  }
  for (State& s : st) {
    if (s.open >= 0) emit_unbalanced(s);
  }
  // Document order; a pair inside (or crossing) an earlier kept pair is dropped. Balanced
  // pairs go first: an unclosed mark must not hide a well-formed quote inside its paragraph.
  auto by_open = [](const QuotePair& x, const QuotePair& y) {
    if (x.open != y.open) return x.open < y.open;
    return x.close < y.close;
  };
  std::sort(out.begin(), out.end(), by_open);
  std::vector<QuotePair> kept;
  kept.reserve(out.size());
  for (const QuotePair& p : out) {
    if (!p.balanced) continue;
    if (!kept.empty() && p.open <= kept.back().close) continue;
    kept.push_back(p);
  }
  std::vector<QuotePair> merged;
  merged.reserve(out.size());
  size_t k = 0;
  for (const QuotePair& p : out) {
    if (p.balanced) continue;
    while (k < kept.size() && kept[k].close < p.open) merged.push_back(kept[k++]);
    const bool clash = (k < kept.size() && kept[k].open <= p.content_end) ||
                       (!merged.empty() && merged.back().close >= p.open);
    if (!clash) merged.push_back(p);
  }
  while (k < kept.size()) merged.push_back(kept[k++]);
  return merged;
}

}  // namespace ae
