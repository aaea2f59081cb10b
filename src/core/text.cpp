// text.cpp — UTF-8 repair (WHATWG) and segmentation into paragraphs, sentences, tokens.
//
// Index:
//   [SECTION] UTF-8 repair
//   [SECTION] Character classes
//   [SECTION] Tokens
//   [SECTION] Paragraphs and sentences
#include "text.h"

#include "quote_marks.h"

#include <algorithm>

#include "lexicon.h"
#include "tagger.h"

namespace ae {

//-----------------------------------------------------------------------------
// [SECTION] UTF-8 repair
//-----------------------------------------------------------------------------

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence at s[i], or 0 when invalid. When invalid, *consumed is
// the length of the maximal subpart (>= 1) that WHATWG replaces by one U+FFFD.
size_t ValidSequence(std::string_view s, size_t i, size_t* consumed) {
  const unsigned char b = static_cast<unsigned char>(s[i]);
  *consumed = 1;
  if (b < 0x80) return 1;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b >= 0xC2 && b <= 0xDF) {
    need = 1;
  } else if (b >= 0xE0 && b <= 0xEF) {
    need = 2;
    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;  // UTF-16 surrogates are not characters
  } else if (b >= 0xF0 && b <= 0xF4) {
    need = 3;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  for (size_t k = 1; k <= need; ++k) {
    if (i + k >= s.size()) return 0;
    const unsigned char c = static_cast<unsigned char>(s[i + k]);
    if (c < lo || c > hi) return 0;
    lo = 0x80;
    hi = 0xBF;
    *consumed = k + 1;
  }
  return need + 1;
}

}  // namespace

bool RepairUtf8(std::string_view in, std::string* out, size_t* first_bad) {
  // Fast path: find the first invalid sequence without copying.
  size_t i = 0;
  size_t consumed = 0;
  while (i < in.size()) {
    if (static_cast<unsigned char>(in[i]) < 0x80) { ++i; continue; }
    const size_t n = ValidSequence(in, i, &consumed);
    if (n == 0) break;
    i += n;
  }
  if (i == in.size()) return true;
  *first_bad = i;
  out->clear();
  out->reserve(in.size() + 16);
  out->append(in.data(), i);
  while (i < in.size()) {
    const size_t n = ValidSequence(in, i, &consumed);
    if (n > 0) {
      out->append(in.data() + i, n);
      i += n;
    } else {
      out->append(kReplacement, 3);
      i += consumed;
    }
  }
  return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Character classes
//-----------------------------------------------------------------------------

char32_t DecodeAt(std::string_view s, size_t pos, int* len) {
  const unsigned char b = static_cast<unsigned char>(s[pos]);
  auto cont = [&](size_t k) -> char32_t {
    return pos + k < s.size() ? static_cast<unsigned char>(s[pos + k]) & 0x3F : 0;
  };
  if (b < 0x80) { *len = 1; return b; }
  if (b < 0xE0) { *len = 2; return ((b & 0x1F) << 6) | cont(1); }
  if (b < 0xF0) { *len = 3; return ((b & 0x0F) << 12) | (cont(1) << 6) | cont(2); }
  *len = 4;
  return ((b & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
}

namespace {

enum class CharClass : uint8_t { kSpace, kBreak, kLetter, kDigit, kMark, kPunct };

constexpr CharClass ClassifySlow(char32_t c) {
  if (c < 0x80) {
    if (c == '\n' || c == '\r') return CharClass::kBreak;
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0) return CharClass::kSpace;
    if (c < 0x20 || c == 0x7F) return CharClass::kSpace;  // other control characters
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return CharClass::kLetter;
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    return CharClass::kPunct;
  }
  if (c == 0x2028 || c == 0x2029 || c == 0x85) return CharClass::kBreak;
  if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
      c == 0x3000 || c == 0xFEFF || (c >= 0x80 && c < 0xA0))
    return CharClass::kSpace;
  if (c == 0x200C || c == 0x200D) return CharClass::kMark;  // zero-width (non-)joiners
  if ((c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
      (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0xFE00 && c <= 0xFE0F))
    return CharClass::kMark;
  if (c >= 0xA1 && c <= 0xBF) return (c == 0xAA || c == 0xB5 || c == 0xBA) ? CharClass::kLetter : CharClass::kPunct;
  if (c == 0xD7 || c == 0xF7) return CharClass::kPunct;
  if ((c >= 0x2010 && c <= 0x205E) || (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2100 && c <= 0x2BFF) ||
      (c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
      (c >= 0xFE10 && c <= 0xFE6F) || c == 0xFFFD || (c >= 0x1F000 && c <= 0x1FAFF) ||
      (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000)
    return CharClass::kPunct;
  if (c >= 0x660 && c <= 0x669) return CharClass::kDigit;  // Arabic-Indic digits
  if (c >= 0xFF10 && c <= 0xFF19) return CharClass::kDigit;
  return CharClass::kLetter;  // every other script's characters are word characters
}

// ASCII classes from a table: Classify runs once or twice per byte of the text (WebAssembly
// profile: 2% of an analysis as a call with its chain of tests).
struct AsciiClasses {
  CharClass k[128] = {};
  constexpr AsciiClasses() {
    for (char32_t c = 0; c < 128; ++c) k[c] = ClassifySlow(c);
  }
};
constexpr AsciiClasses kAscii;  // built at compile time

inline CharClass Classify(char32_t c) { return c < 0x80 ? kAscii.k[c] : ClassifySlow(c); }

bool IsUpperCodePoint(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x137) return (c & 1) == 0;
  if (c >= 0x139 && c <= 0x148) return (c & 1) == 1;
  if (c >= 0x14A && c <= 0x177) return (c & 1) == 0;
  if (c == 0x178 || c == 0x179 || c == 0x17B || c == 0x17D) return true;
  if (c >= 0x391 && c <= 0x3A9) return true;  // Greek
  if (c >= 0x400 && c <= 0x42F) return true;  // Cyrillic
  return false;
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

}  // namespace

size_t ElidedArticle(std::string_view w) {
  if (w.size() <= 2 || (w[0] != 'd' && w[0] != 'l' && w[0] != 'D' && w[0] != 'L')) return 0;
  const size_t skip = w[1] == '\'' ? 2 : w.compare(1, 3, "\xE2\x80\x99") == 0 ? 4 : 0;
  return skip < w.size() ? skip : 0;
}

bool IsUpperStart(std::string_view w) {
  // an elided French article before a capital opens a name's word: "d'Ivoire" (Côte d'Ivoire),
  // "l’Aquila"
  if (!w.empty() && (w[0] == 'd' || w[0] == 'l')) {
    if (const size_t skip = ElidedArticle(w)) {
      int len;
      return IsUpperCodePoint(DecodeAt(w, skip, &len));
    }
  }
  for (size_t i = 0; i < w.size();) {
    int len;
    const char32_t c = DecodeAt(w, i, &len);
    const CharClass k = Classify(c);
    if (k == CharClass::kLetter) return IsUpperCodePoint(c);
    if (k == CharClass::kDigit) return false;
    i += len;
  }
  return false;
}

bool IsWordToken(std::string_view t) {
  for (size_t i = 0; i < t.size();) {
    int len;
    const CharClass k = Classify(DecodeAt(t, i, &len));
    if (k == CharClass::kLetter || k == CharClass::kDigit) return true;
    i += len;
  }
  return false;
}

bool IsOpeningQuote(std::string_view t) {
  return t == "\"" || t == "'" || t == "''" || t == "``" || t == "\xE2\x80\x9C" /*“*/ ||
         t == "\xE2\x80\x98" /*‘*/ || t == "\xE2\x80\x9E" /*„*/ || t == "\xC2\xAB" /*«*/ ||
         t == "\xE2\x80\xB9" /*‹*/;
}

bool IsClosingQuote(std::string_view t) {
  return t == "\"" || t == "'" || t == "''" || t == "\xE2\x80\x9D" /*”*/ || t == "\xE2\x80\x99" /*’*/ ||
         t == "\xC2\xBB" /*»*/ || t == "\xE2\x80\xBA" /*›*/ || t == "\xE2\x80\x9C" /*“ (German)*/;
}

bool DateWordBefore(std::string_view f) {
  for (std::string_view w : {"in", "since", "until", "by", "early", "late", "mid", "last", "next", "of", "from",
                             "through", "this", "on"}) {
    if (f == w) return true;
  }
  return false;
}

bool IsQuoteMark(std::string_view t) { return IsOpeningQuote(t) || IsClosingQuote(t); }

//-----------------------------------------------------------------------------
// [SECTION] Tokens
//-----------------------------------------------------------------------------

namespace {

struct Cursor {
  std::string_view s;
  char32_t At(size_t pos, int* len) const {
    if (pos >= s.size()) { *len = 0; return 0; }
    const unsigned char b = static_cast<unsigned char>(s[pos]);
    if (b < 0x80) { *len = 1; return b; }  // most bytes: no call
    return DecodeAt(s, pos, len);
  }
  CharClass ClassAt(size_t pos) const {
    int len;
    return pos >= s.size() ? CharClass::kSpace : Classify(At(pos, &len));
  }
};

bool IsWordChar(CharClass k) { return k == CharClass::kLetter || k == CharClass::kDigit || k == CharClass::kMark; }

// Scans one word starting at `pos` (a letter, digit or mark); returns its end.
size_t ScanWord(const Cursor& cur, size_t pos, const Lexicons& lex) {
  const std::string_view s = cur.s;
  const size_t start = pos;
  const bool numeric = cur.ClassAt(pos) == CharClass::kDigit;
  size_t letters_since_period = 0;  // letters in the current dot-separated piece
  bool dotted = false;              // saw an inner period as in "U.S."
  bool after_digit = false;         // the last character was a digit
  int len;
  while (pos < s.size()) {
    const char32_t c = cur.At(pos, &len);
    const CharClass k = Classify(c);
    if (IsWordChar(k)) {
      if (k == CharClass::kLetter) ++letters_since_period;
      after_digit = k == CharClass::kDigit;
      pos += len;
      continue;
    }
    int nlen;
    const char32_t next = cur.At(pos + len, &nlen);
    const CharClass nk = nlen ? Classify(next) : CharClass::kSpace;
    if ((numeric || after_digit) && (c == ',' || c == '.') && nk == CharClass::kDigit) {
      pos += len;  // "91,000", "3.5", and after a currency's letters "Sh1.4", "Rs2,500"
      continue;
    }
    if (IsApostrophe(c) && nk == CharClass::kLetter) {
      // The possessive 's is a token of its own: "Harris's" -> "Harris" "'s".
      int n2;
      const char32_t after = cur.At(pos + len + nlen, &n2);
      const bool possessive = (next == 's' || next == 'S') && (n2 == 0 || !IsWordChar(Classify(after)));
      if (possessive) break;
      pos += len;  // "don't", "O'Brien"
      continue;
    }
    if (c == '.' && !numeric && letters_since_period == 1 && nk == CharClass::kLetter) {
      // "U.S.", "e.g.": single letters joined by periods.
      int n2;
      const char32_t after = cur.At(pos + len + nlen, &n2);
      if (after == '.' || dotted) {
        dotted = true;
        letters_since_period = 0;
        pos += len;
        continue;
      }
    }
    if (c == '.' && start > 0 && s[start - 1] == '(' && nk == CharClass::kLetter) {
      // A stock ticker in brackets ("(6487.T)", "(0700.HK)", "(BP.L)"): its exchange's code is
      // part of it, no sentence end
      size_t q = pos + 1, letters = 0;
      while (q < s.size() && s[q] >= 'A' && s[q] <= 'Z' && letters < 4) { ++q; ++letters; }
      bool caps_before = true;
      for (size_t r = start; r < pos && caps_before; ++r) caps_before = (s[r] >= 'A' && s[r] <= 'Z') || (s[r] >= '0' && s[r] <= '9');
      if (letters >= 1 && letters <= 3 && q < s.size() && s[q] == ')' && caps_before) return q;
    }
    if (c == '.') {
      // A final period belongs to abbreviations ("U.S.", "Mr.", "Sept.") and initials ("J.").
      const std::string_view word = s.substr(start, pos - start);
      if (dotted && letters_since_period == 1) return pos + 1;
      if (!numeric && IsUpperStart(word) && letters_since_period == 1 && word.size() <= 2) return pos + 1;
      if (!numeric && word.size() <= 12) {
        std::string key = Fold(word);
        key.push_back('.');
        if (lex.Has(key, kAbbreviation)) return pos + 1;
      }
    }
    break;
  }
  return pos;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Paragraphs and sentences
//-----------------------------------------------------------------------------

namespace {

bool IsSentenceEnd(std::string_view t) {
  return t == "." || t == "!" || t == "?" || t == "..." || t == "\xE2\x80\xA6" /*…*/ ||
         t == "\xE3\x80\x82" /*。*/ || t == "\xEF\xBC\x81" || t == "\xEF\xBC\x9F";
}

bool IsCloser(std::string_view t) {
  return IsClosingQuote(t) || t == ")" || t == "]";
}

// Words that start sentences and are never names: after an abbreviation's period ("in the
// U.S. The president ...") they show a sentence break the period alone cannot.
bool IsSentenceStarterWord(std::string_view t) {
  static constexpr std::string_view kWords[] = {"The", "He", "She", "It", "They", "We", "I", "But",
                                                "And", "This", "That", "In", "A", "An", "His", "Her",
                                                "Their", "There", "On", "At", "As", "If", "When"};
  for (std::string_view w : kWords) {
    if (t == w) return true;
  }
  return false;
}

bool StartsLower(std::string_view t) {
  int len;
  const char32_t c = DecodeAt(t, 0, &len);
  return Classify(c) == CharClass::kLetter && !IsUpperCodePoint(c) && (c < 0x80 || c < 0x250);
}

// Longest sentence in tokens: a text with no punctuation (a log, a 2 MB word list) is cut
// into pieces of this size so that per-sentence work stays bounded.
constexpr uint32_t kMaxSentenceTokens = 400;

}  // namespace

void Segment(Analysis* a, const Lexicons& lex) {
  const std::string_view s = a->text;
  const Cursor cur{s};
  a->tokens.clear();
  a->sentences.clear();
  a->paragraphs.clear();
  a->tokens.reserve(s.size() / 5 + 1);

  // Tokens, with the paragraph each token is in (a line break ends a paragraph).
  std::vector<uint32_t> token_paragraph;
  token_paragraph.reserve(s.size() / 5 + 1);
  uint32_t paragraph = 0;
  bool paragraph_has_tokens = false;
  size_t pos = 0;
  // Skip a leading byte-order mark: not part of any token.
  while (pos < s.size()) {
    int len;
    const char32_t c = cur.At(pos, &len);
    const CharClass k = Classify(c);
    size_t end = pos + len;
    if (k == CharClass::kBreak) {
      if (paragraph_has_tokens) {
        ++paragraph;
        paragraph_has_tokens = false;
      }
      pos = end;
      continue;
    }
    if (k == CharClass::kSpace) {
      pos = end;
      continue;
    }
    if (k == CharClass::kLetter || k == CharClass::kDigit || k == CharClass::kMark) {
      end = ScanWord(cur, pos, lex);
    } else if (c == '\'' || c == 0x2019) {
      int nlen;
      const char32_t next = cur.At(end, &nlen);
      if (c == '\'' && next == '\'') {
        end += 1;  // '' used as a quote mark
      } else if ((next == 's' || next == 'S') && pos > 0 && !a->tokens.empty() &&
                 a->tokens.back().span.end == pos && IsWordChar(cur.ClassAt(pos - 1))) {
        int n2;
        const char32_t after = cur.At(end + nlen, &n2);
        if (n2 == 0 || !IsWordChar(Classify(after))) end += nlen;  // possessive 's
      }
    } else if (c == '`') {
      int nlen;
      if (cur.At(end, &nlen) == '`') end += 1;  // `` used as an opening quote mark
    } else if (c == '.') {
      if (s.substr(pos, 3) == "...") end = pos + 3;
    }
    a->tokens.push_back({{static_cast<uint32_t>(pos), static_cast<uint32_t>(end)}, 0});
    token_paragraph.push_back(paragraph);
    paragraph_has_tokens = true;
    pos = end;
  }

  // Paragraph spans from their tokens.
  const size_t nt = a->tokens.size();
  for (size_t i = 0; i < nt;) {
    size_t j = i;
    while (j < nt && token_paragraph[j] == token_paragraph[i]) ++j;
    a->paragraphs.push_back({{a->tokens[i].span.start, a->tokens[j - 1].span.end}});
    for (size_t k = i; k < j; ++k) token_paragraph[k] = static_cast<uint32_t>(a->paragraphs.size() - 1);
    i = j;
  }

  // Sentences within paragraphs.
  auto tok = [&](size_t i) { return a->Text(a->tokens[i].span); };
  auto close_sentence = [&](size_t first, size_t end) {
    Sentence st;
    st.span = {a->tokens[first].span.start, a->tokens[end - 1].span.end};
    st.paragraph = token_paragraph[first];
    st.first_token = static_cast<uint32_t>(first);
    st.end_token = static_cast<uint32_t>(end);
    const uint32_t index = static_cast<uint32_t>(a->sentences.size());
    for (size_t k = first; k < end; ++k) a->tokens[k].sentence = index;
    a->sentences.push_back(st);
  };
  size_t first = 0;
  for (size_t i = 0; i < nt; ++i) {
    const bool last_in_paragraph = i + 1 == nt || token_paragraph[i + 1] != token_paragraph[i];
    if (last_in_paragraph || i + 1 - first >= kMaxSentenceTokens) {
      close_sentence(first, i + 1);
      first = i + 1;
      continue;
    }
    const std::string_view t = tok(i);
    bool end_here = false;
    size_t end = i + 1;
    if (IsSentenceEnd(t)) {
      end_here = true;
    } else if (t.size() > 1 && t.back() == '.' && IsWordToken(t)) {
      // An abbreviation's period ends a sentence only before an obvious sentence starter.
      end_here = end < nt && token_paragraph[end] == token_paragraph[i] && IsSentenceStarterWord(tok(end));
    }
    if (!end_here) continue;
    while (end < nt && token_paragraph[end] == token_paragraph[i] && IsCloser(tok(end)) &&
           a->tokens[end].span.start == a->tokens[end - 1].span.end)
      ++end;  // closing quotes and brackets stay with the sentence they close
    if (end < nt && token_paragraph[end] == token_paragraph[i]) {
      // "Do not come!" she said -- a lower-case word after the end mark continues it.
      if (StartsLower(tok(end))) continue;
      // A comma or another end mark right after: not a break ("Yes!," he said).
      const std::string_view n = tok(end);
      if (n == "," || n == ";" || n == ":" || IsSentenceEnd(n)) continue;
    }
    if (end >= nt || token_paragraph[end] != token_paragraph[i]) {
      close_sentence(first, end);
      first = end;
      i = end - 1;
      continue;
    }
    close_sentence(first, end);
    first = end;
    i = end - 1;
  }

  // Title: a short first paragraph with no final period, when more text follows.
  if (a->paragraphs.size() > 1) {
    const Paragraph& p = a->paragraphs[0];
    const std::string_view text = a->Text(p.span);
    const char last = text.empty() ? '.' : text.back();
    if (text.size() <= 200 && last != '.' && last != ':') a->title = std::string(text);
  }
  IndexTokens(a, lex);
  uint32_t words = 0;
  for (size_t i = 0; i < a->tokens.size(); ++i) words += TokenWord(*a, i);
  a->stats.words = words;
}

void IndexTokens(Analysis* a, const Lexicons& lex) {
  TokenLex& x = a->token_lex;
  x.lex_id = lex.id.value();
  x.folded.clear();
  x.folded.reserve(a->text.size());
  x.fold_start.assign(a->tokens.size() + 1, 0);
  x.entry.assign(a->tokens.size(), nullptr);
  x.phrase_start.assign(a->tokens.size(), 0);
  x.hash.assign(a->tokens.size(), 0);
  x.flags.assign(a->tokens.size(), 0);
  const size_t nt = a->tokens.size();
  x.block_token.assign((a->text.size() >> kTokenBlockBits) + 2, static_cast<uint32_t>(nt));
  size_t next_block = 0;
  std::string scratch;
  char buf[64];
  const auto& phrase_starts = PhraseStarts(lex);
  for (size_t i = 0; i < a->tokens.size(); ++i) {
    while (next_block < x.block_token.size() &&
           (uint64_t{next_block} << kTokenBlockBits) <= a->tokens[i].span.start) {
      x.block_token[next_block++] = static_cast<uint32_t>(i);
    }
    const std::string_view t = a->Text(a->tokens[i].span);
    // Most tokens are short plain ASCII: folded in a stack buffer (in WebAssembly each
    // std::string member is a call).
    std::string_view f(buf, t.size());
    if (t.size() > sizeof buf || !FoldPlainAscii(t, buf)) {
      FoldInto(t, &scratch);
      f = scratch;
    }
    x.folded.append(f.data(), f.size());
    x.fold_start[i + 1] = static_cast<uint32_t>(x.folded.size());
    // (one pass over the bytes: the lexicon's hash for both lookups, the tagger's kept for the
    // later stages)
    uint64_t key_fnv;
    x.hash[i] = tagger::HashBytesAndKeyFnv(f, &key_fnv);
    x.entry[i] = lex.Find(f, key_fnv);
    x.phrase_start[i] = phrase_starts.Find(f, key_fnv);
    if (IsWordToken(t)) x.flags[i] = IsUpperStart(t) ? kTokenWord | kTokenUpper : kTokenWord;
  }
  for (const QuotePair& q : PairQuoteMarks(*a)) {
    for (uint32_t t = q.content_first; t < q.content_end && t < a->tokens.size(); ++t) x.flags[t] |= kTokenQuoted;
  }
}

size_t TokenAtOrAfter(const Analysis& a, uint32_t pos) {
  const std::vector<Token>& t = a.tokens;
  const std::vector<uint32_t>& blocks = a.token_lex.block_token;
  auto before = [](const Token& x, uint32_t p) { return x.span.start < p; };
  const size_t j = pos >> kTokenBlockBits;
  if (blocks.size() == (a.text.size() >> kTokenBlockBits) + 2 && j + 1 < blocks.size()) {
    const size_t lo = blocks[j], hi = blocks[j + 1];
    // (checked: the answer lies in [lo, hi] only while the index describes these tokens)
    if (lo <= hi && hi <= t.size() && (lo == 0 || t[lo - 1].span.start < pos) &&
        (hi == t.size() || t[hi].span.start >= pos)) {
      return static_cast<size_t>(std::lower_bound(t.begin() + lo, t.begin() + hi, pos, before) - t.begin());
    }
  }
  return static_cast<size_t>(std::lower_bound(t.begin(), t.end(), pos, before) - t.begin());
}

void EnsureTokenIndex(Analysis* a, const Lexicons& lex) {
  if (!HasTokenIndex(*a, lex)) IndexTokens(a, lex);
}

}  // namespace ae
