// text.h — UTF-8 repair and segmentation into paragraphs, sentences and tokens.
//
// RepairUtf8: replaces each maximal invalid subsequence by U+FFFD exactly as the WHATWG
// decoder (a browser's TextDecoder) does, so native and browser offsets agree.
// Segment: fills Analysis::paragraphs, sentences, tokens and title from Analysis::text.
//   - paragraphs: split at blank lines, and at single line breaks (news copy puts one
//     paragraph per line);
//   - sentences: end at . ! ? (and a closing quote after them) unless the word is an
//     abbreviation ("Mr.", "U.S.", "Sept."), an initial ("J."), or a decimal point;
//   - tokens: words made of letters, digits and marks, with inner apostrophes ("don't",
//     "O'Brien") and inner periods of abbreviations ("U.S.", "e.g."); a word followed by a
//     period is one token with its period when it is a listed abbreviation ("Mr.", "Sept.")
//     or a single capital letter (the initial "J."). The possessive "'s"/"’s" and a
//     trailing possessive apostrophe ("countries'") are tokens of their own. A hyphen is
//     its own token ("US-Mexico" -> "US" "-" "Mexico"; use span adjacency to rejoin words
//     such as "co-operation"). Numbers keep inner , and . between digits ("91,000",
//     "3.5") and a letter suffix ("1.2bn", "5km", "20th"). Currency signs, quote marks,
//     dashes and every other punctuation character are single tokens. NBSP and other
//     Unicode spaces separate tokens; nothing is a token of white space.
//     stats.words counts the tokens that hold a letter or digit.
//   - title: the first paragraph when it is short and has no final period.
// All spans are byte offsets into Analysis::text. Cost: linear, one pass each.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "lexicon.h"

namespace ae {

// Returns true when the input was valid; otherwise *out holds the repaired text and
// *first_bad the byte offset (in the input) of the first invalid sequence.
bool RepairUtf8(std::string_view in, std::string* out, size_t* first_bad);

void Segment(Analysis* a, const Lexicons& lex);

// Fills a->token_lex from a->tokens (Segment calls it last): every token's Fold() and its
// lexicon entry. Linear; one fold and one lookup per token.
void IndexTokens(Analysis* a, const Lexicons& lex);
// IndexTokens unless a->token_lex already describes a->tokens under `lex` (stages call it
// first, so a stage run on hand-made tokens, as in tests, still finds its index).
void EnsureTokenIndex(Analysis* a, const Lexicons& lex);
// True when a.token_lex describes a.tokens under `lex` (FoldedToken and TokenEntry may be used).
inline bool HasTokenIndex(const Analysis& a, const Lexicons& lex) {
  const TokenLex& x = a.token_lex;
  return x.lex_id == lex.id.value() && x.entry.size() == a.tokens.size() &&
         x.phrase_start.size() == a.tokens.size() && x.hash.size() == a.tokens.size() &&
         x.flags.size() == a.tokens.size() && x.fold_start.size() == a.tokens.size() + 1;
}
// Token i's folded form and lexicon entry (nullptr when the word is in no list).
inline std::string_view FoldedToken(const Analysis& a, size_t i) {
  const TokenLex& x = a.token_lex;
  return std::string_view(x.folded).substr(x.fold_start[i], x.fold_start[i + 1] - x.fold_start[i]);
}
inline const LexEntry* TokenEntry(const Analysis& a, size_t i) { return a.token_lex.entry[i]; }
// tagger::HashBytes of token i's folded form (IndexTokens made it).
inline uint64_t FoldedTokenHash(const Analysis& a, size_t i) {
  return a.token_lex.hash[i];
}
// The first token starting at or after byte `pos` of the text (a.tokens.size() when none): a
// binary search over the token starts, in the tokens of pos's block of 2^kTokenBlockBits bytes
// when the token index is there (a search over all tokens of a long text missed the caches at
// nearly every step); the same answer as std::lower_bound over all tokens.
constexpr unsigned kTokenBlockBits = 8;
size_t TokenAtOrAfter(const Analysis& a, uint32_t pos);
// TokenLex::flags bits: IsWordToken, and IsUpperStart of a word token.
// kTokenQuoted: inside a pair of quotation marks (quote_marks.h), set by IndexTokens.
constexpr uint8_t kTokenWord = 1, kTokenUpper = 2, kTokenQuoted = 4;
inline bool TokenWord(const Analysis& a, size_t i) { return (a.token_lex.flags[i] & kTokenWord) != 0; }
inline bool TokenUpper(const Analysis& a, size_t i) { return (a.token_lex.flags[i] & kTokenUpper) != 0; }
// The categories of the phrases of several words that start with token i (PhraseStartCategories).
inline uint32_t TokenPhraseStart(const Analysis& a, size_t i) { return a.token_lex.phrase_start[i]; }
// True when token i's folded form is in a list of one of the categories `cats`.
inline bool TokenIs(const Analysis& a, size_t i, uint32_t cats) {
  const LexEntry* e = a.token_lex.entry[i];
  return e != nullptr && (e->categories & cats) != 0;
}

// Helpers shared by later stages -----------------------------------------------------------

// Decodes one code point at `pos` of valid UTF-8; sets *len to its byte length.
char32_t DecodeAt(std::string_view s, size_t pos, int* len);
bool IsUpperStart(std::string_view word);  // first letter is an upper-case letter
// Bytes of an elided French article opening a word ("d'" / "l'" and "d’" / "l’" before at least one
// more byte: "d'Ivoire", "l’assurance"): 2 or 4, else 0.
size_t ElidedArticle(std::string_view word);
bool IsWordToken(std::string_view token);  // holds at least one letter or digit
bool IsQuoteMark(std::string_view token);  // " “ ” „ ' ‘ ’ ‹ › « » and ''
// A folded word after which a month is a date ("in June", "since April", "on May 3"), not a
// first name ("June Tallis"): values.cpp and entities.cpp ask the same question.
bool DateWordBefore(std::string_view folded);
inline bool IsDash(std::string_view t) {  // - -- en dash, em dash (as their own tokens)
  return t == "-" || t == "\xE2\x80\x94" || t == "\xE2\x80\x93" || t == "--" || t == "\xE2\x80\x95";  // (and the horizontal bar)
}
// The possessive "'s" as its own token, with a straight or a curly apostrophe.
inline bool IsPossessiveS(std::string_view t) { return t == "'s" || t == "\xE2\x80\x99s"; }
bool IsOpeningQuote(std::string_view token);
bool IsClosingQuote(std::string_view token);

}  // namespace ae
