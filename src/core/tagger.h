// tagger.h — the trained name tagger: PER / ORG / LOC / MISC spans over Segment's tokens.
//
// What it does: an averaged perceptron over BIO tags (O, B-/I- x PER ORG LOC MISC), decoded
// greedily left to right with the two previous predictions as features. Features per token:
// the folded word, its shape (Xxxx, XX, X.X., dd), prefixes and suffixes of 1-4 bytes, the
// words and shapes around it, capitalisation in and out of sentence-initial position, gazetteer
// membership (lexicon.h categories, single words and phrases of up to 4 words), document-level
// consistency (the same word capitalised elsewhere not sentence-initially; the tag given to
// the same word earlier in the document). Every feature is hashed into a fixed table of
// 2^bucket_bits rows x 9 tags of quantised weights (assets/model/ner.bin, trained by
// tools/train_tagger.cpp, see scripts/train-ner.sh and assets/model/README.md).
//
// Input: an Analysis after Segment (text, tokens, sentences) and the Lexicons the model was
// trained with (a different lexicon still works, but less well: gazetteer features shift).
// Output: NameSpans in token order, non-overlapping. Token indices refer to Analysis::tokens;
// the byte span of a name is [tokens[first_token].span.start, tokens[end_token-1].span.end).
// Names are raw model output: honorifics/titles are normally outside the span already (the
// training data leaves them out), but the entity stage still cleans, types and clusters them.
//
// Cost: Load() is linear in the blob and the lexicon size (done once, see BuiltinTagger).
// Tag() is linear in the tokens, with no per-token heap allocation (ASCII words are folded
// and hashed in place; only words with non-ASCII letters go through Fold()), and integer
// arithmetic only, so native and WebAssembly give identical results.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis.h"
#include "lexicon.h"

namespace ae {

struct NameSpan {
  uint32_t first_token = 0;  // tokens [first_token, end_token) of Analysis::tokens
  uint32_t end_token = 0;
  char type = 'M';           // 'P' person, 'O' organisation, 'L' location, 'M' misc
  float score = 0;           // 0..1: mean margin of the chosen tags over the runner-up, squashed
};

namespace tagger {

// Tags: 0 = O, then B/I pairs per type in the order of kTypes.
constexpr int kNumTags = 9;
constexpr char kTypes[4] = {'P', 'O', 'L', 'M'};
inline bool IsBegin(int tag) { return tag > 0 && (tag & 1); }
inline char TypeOf(int tag) { return tag == 0 ? 0 : kTypes[(tag - 1) >> 1]; }
inline int BeginOf(char type) {
  for (int k = 0; k < 4; ++k) {
    if (kTypes[k] == type) return 1 + 2 * k;
  }
  return 0;
}
// May `tag` follow `prev`? (I-X only after B-X or I-X.)
inline bool Allowed(int prev, int tag) { return tag == 0 || IsBegin(tag) || (prev != 0 && ((prev - 1) >> 1) == ((tag - 1) >> 1)); }

// Gazetteer lookup built from a Lexicons: folded phrase hash -> category bits.
class Gazetteer {
 public:
  explicit Gazetteer(const Lexicons& lex);
  uint32_t Find(uint64_t folded_hash) const;  // 0 when absent
  size_t max_words() const { return max_words_; }

 private:
  std::vector<uint64_t> keys_;  // open addressing, 0 = empty
  std::vector<uint32_t> cats_;
  uint64_t mask_ = 0;
  size_t max_words_ = 1;
};

// Per-document token properties and the hashed features of one token. Shared by Tag() and
// the trainer, so training and inference see exactly the same features.
class Featurizer {
 public:
  Featurizer(const Gazetteer& gaz, int bucket_bits) : gaz_(gaz), bits_(bucket_bits) {}
  // Computes the token properties of one document (reuses its buffers across calls).
  void Prepare(const Analysis& a);
  // Bucket ids of token i, given the two previous predicted tags (0 at the sentence start)
  // and `history`: 1 + the tag last predicted for the same word in this document, or 0.
  void Features(uint32_t i, int prev1, int prev2, int history, std::vector<uint32_t>* out) const;
  // The word-identity key of token i (folded word hash), for the history table.
  uint64_t WordKey(uint32_t i) const { return props_[i].lower; }
  size_t size() const { return props_.size(); }

 private:
  struct Props {
    uint64_t lower = 0;   // hash of the folded word
    uint64_t cased = 0;   // hash of the word as written
    uint64_t shape = 0;   // hash of the short shape (runs collapsed)
    uint64_t prefix[4] = {0, 0, 0, 0};
    uint64_t suffix[4] = {0, 0, 0, 0};
    uint32_t flags = 0;   // kFlag* bits
    uint32_t gaz = 0;     // lexicon categories of the single word
    uint32_t phrase = 0;  // (category index, B/I/E/S) marks of multi-word gazetteer matches, bits
    uint32_t doc = 0;     // kDoc* bits
  };
  const Gazetteer& gaz_;
  int bits_;
  std::vector<Props> props_;
  std::vector<uint8_t> phrase_pos_;  // scratch
};

uint64_t HashBytes(std::string_view s, uint64_t seed = 0);

}  // namespace tagger

class Tagger {
 public:
  Tagger();
  ~Tagger();
  Tagger(const Tagger&) = delete;
  Tagger& operator=(const Tagger&) = delete;

  // Parses a ner.bin blob (format in tagger.cpp) and builds the gazetteer from `lex`, which
  // must outlive nothing: the tagger keeps its own copy of what it needs. Returns false (and
  // stays empty) on a truncated, corrupt or foreign blob; never throws.
  bool Load(std::string_view blob, const Lexicons& lex);
  bool loaded() const { return !rank_.empty(); }

  // The names in `a` (after Segment). Empty when not loaded.
  std::vector<NameSpan> Tag(const Analysis& a) const;

  // Model internals, for the trainer and tests.
  int bucket_bits() const { return bits_; }
  // The quantised weight row of a bucket, or nullptr when the row is all zero.
  const int16_t* Row(uint32_t bucket) const;

  // Serialises a dense weight table (2^bits rows x kNumTags) into the blob format.
  static std::string Serialize(int bucket_bits, const std::vector<int16_t>& dense);

 private:
  int bits_ = 0;
  std::vector<uint64_t> bitmap_;  // bit b set when bucket b has a row
  std::vector<uint32_t> rank_;    // rows before each 64-bit bitmap word
  std::vector<int16_t> rows_;     // kNumTags weights per present bucket
  std::unique_ptr<tagger::Gazetteer> gaz_;
};

// The tagger of the embedded assets/model/ner.bin (lex.blobs["ner.bin"]), parsed once per
// Lexicons object and kept for the program's life; nullptr when the blob is absent or bad.
// `lex` must stay alive and unchanged while the returned tagger is used.
const Tagger* BuiltinTagger(const Lexicons& lex);

}  // namespace ae
