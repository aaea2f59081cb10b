// analysis.h — the one result of the extraction core, and the call that makes it.
//
// What it does: Analyze(text, lexicons) segments a news article, finds and types the names
// (PERSON, ORG, PLACE, GROUP, MISC), clusters every name, pronoun and description of one
// real-world entity into one Entity, finds values (dates, money, ...), quotes and who said
// them, and the co-occurrence / quote edges of the entity network.
//
// Input: the article as UTF-8 bytes (may be invalid: it is repaired first, see text.h) and
// already-parsed lexicons (lexicon.h). Output: one Analysis value. Never throws for odd input:
// empty, binary or enormous text yields an Analysis with `warnings`.
//
// Spans: every `Span` is a half-open byte range [start, end) into Analysis::text, which is the
// input exactly as given, except that invalid UTF-8 sequences are replaced by U+FFFD (then a
// warning `invalid-utf8` says so). No other normalisation moves an offset.
//
// Cost: linear in the text size; no per-character allocation. Deterministic: the same input
// gives the same Analysis on every platform (native and WebAssembly), because nothing here
// iterates an unordered container into the output or sorts with ties left to the library.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ae {

struct Lexicons;

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;  // one past the last byte
  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool Contains(const Span& o) const { return start <= o.start && o.end <= end; }
  bool Overlaps(const Span& o) const { return start < o.end && o.start < end; }
  friend bool operator==(const Span& a, const Span& b) { return a.start == b.start && a.end == b.end; }
  friend bool operator<(const Span& a, const Span& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  }
};

enum class EntityType : uint8_t { kPerson, kOrg, kPlace, kGroup, kMisc };
enum class MentionKind : uint8_t { kName, kPronoun, kDescriptor };
enum class ValueType : uint8_t { kDate, kTime, kMoney, kPercent, kQuantity };
enum class QuoteKind : uint8_t { kDirect, kPartial, kIndirect };
enum class EdgeKind : uint8_t { kCooccurrence, kQuote };

const char* ToString(EntityType t);   // "PERSON", "ORG", "PLACE", "GROUP", "MISC"
const char* ToString(MentionKind k);  // "name", "pronoun", "descriptor"
const char* ToString(ValueType t);    // "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"
const char* ToString(QuoteKind k);    // "direct", "partial", "indirect"
const char* ToString(EdgeKind k);     // "cooccurrence", "quote"

struct Warning {
  std::string code;     // machine-readable: "invalid-utf8", "empty", "truncated", ...
  std::string message;  // one sentence for a person
  int64_t offset = -1;  // byte offset the warning is about, -1 when none
};

// A token is a word, a number, or one punctuation character (a quote mark, a dash, ...).
struct Token {
  Span span;
  uint32_t sentence = 0;  // index into Analysis::sentences
};

struct Sentence {
  Span span;
  uint32_t paragraph = 0;    // index into Analysis::paragraphs
  uint32_t first_token = 0;  // tokens [first_token, end_token) belong to this sentence
  uint32_t end_token = 0;
};

struct Paragraph {
  Span span;
};

struct Mention {
  Span span;
  MentionKind kind = MentionKind::kName;
  uint32_t sentence = 0;
};

struct Entity {
  std::string id;                    // "e1", "e2", ... in the order of `entities`
  std::string name;                  // the fullest proper name, no honorific
  EntityType type = EntityType::kMisc;
  std::vector<std::string> aliases;  // distinct surface names, first-seen order
  std::vector<Mention> mentions;     // in document order
  std::vector<std::string> roles;    // titles and descriptions attached to it
  double salience = 0;               // 0..1, share of the article's attention
};

struct Value {
  ValueType type = ValueType::kDate;
  Span span;
  uint32_t sentence = 0;
};

struct Quote {
  std::string id;  // "q1", "q2", ... in document order
  QuoteKind kind = QuoteKind::kDirect;
  Span span;                         // the words quoted, without the quote marks
  int speaker = -1;                  // index into Analysis::entities, -1 when unknown
  std::optional<Span> speaker_span;  // the words naming the speaker, when found
  std::string speaker_text;          // those words ("Ms Harris", "immigration authorities")
  std::string cue;                   // the speech verb or cue ("said", "according to", ":")
  double confidence = 0;             // 0..1
  uint32_t sentence = 0;             // sentence holding the start of the quote
};

struct Edge {
  int source = 0;  // index into Analysis::entities; for co-occurrence source < target
  int target = 0;
  EdgeKind kind = EdgeKind::kCooccurrence;
  double weight = 0;
  std::vector<uint32_t> evidence;  // sentence indices (co-occurrence) or quote indices (quote)
};

struct Stats {
  uint64_t bytes = 0;
  uint32_t words = 0;
  uint32_t sentences = 0;
  uint32_t paragraphs = 0;
  double elapsed_ms = 0;  // wall time of Analyze(); the only field allowed to differ per run
};

struct LexEntry;  // lexicon.h
struct Lexicons;

// Per-token lexicon data for the stages, derived from `tokens` by Segment (text.h: IndexTokens);
// not part of the result's JSON. Every stage reads a token's folded form and lexicon entry here
// instead of folding and looking it up again (five stages did, ~6 folds and lookups per token).
struct TokenLex {
  uint64_t lex_id = 0;                 // Lexicons::id of the lexicons `entry` points into
  std::string folded;                  // Fold() of every token, one after another
  std::vector<uint32_t> fold_start;    // token i: folded[fold_start[i], fold_start[i + 1])
  std::vector<const LexEntry*> entry;  // the lexicon entry of token i's folded form, or nullptr
  std::vector<uint32_t> phrase_start;  // PhraseStartCategories of token i's folded form
  // tagger::HashBytes of token i's folded form, hashed once (with the lexicon's KeyFnv, in one
  // pass) for the tagger's word features and the entity stage's word tables.
  std::vector<uint64_t> hash;
  std::vector<uint8_t> flags;          // kTokenWord | kTokenUpper (text.h)
  // block_token[j]: the first token starting at or after byte j << kTokenBlockBits (text.h:
  // TokenAtOrAfter), for (text size >> kTokenBlockBits) + 2 blocks.
  std::vector<uint32_t> block_token;
};

struct Analysis {
  std::string text;  // the analysed text: the input, with invalid UTF-8 repaired
  std::optional<std::string> title;
  Stats stats;
  std::vector<Warning> warnings;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Entity> entities;  // most salient first
  std::vector<Value> values;     // document order
  std::vector<Quote> quotes;     // document order
  std::vector<Edge> edges;
  TokenLex token_lex;  // derived from tokens (not serialised)
  // Wire datelines found by FindEntities ("LONDON (Reuters) -"): per dateline, its first token
  // and the first token after its dash, where the sentence proper starts (not serialised; the
  // quote finder reads it: a dateline is neither speaker nor reported words).
  std::vector<std::pair<uint32_t, uint32_t>> datelines;

  std::string_view Text(Span s) const { return std::string_view(text).substr(s.start, s.size()); }
};

struct AnalyzeOptions {
  // Inputs larger than this are cut at a UTF-8 boundary and a `truncated` warning is added.
  size_t max_bytes = 32u << 20;
  bool measure_time = true;  // fill stats.elapsed_ms (off in golden tests)
};

// The whole pipeline. Never throws on any input.
Analysis Analyze(std::string_view text, const Lexicons& lexicons, const AnalyzeOptions& options = {});

}  // namespace ae
