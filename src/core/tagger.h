// tagger.h — the trained name tagger: PER / ORG / LOC / MISC spans over Segment's tokens.
//
// What it does: an averaged structured perceptron over BIO tags (O, B-/I- x PER ORG LOC MISC),
// decoded per sentence by first-order Viterbi restricted to valid BIO sequences (I-X only after
// B-X or I-X; in Tag(), no I-PER on a plain lower-case word of a cased sentence: PlainLower).
// Emission features per token: the folded word, its shape (Xxxx, XX, X.X., dd), prefixes and
// suffixes of 1-4 bytes, the words and shapes around it, capitalisation in and out of
// sentence-initial position, gazetteer membership (lexicon.h categories and the typed proper
// names of assets/lexicon/ner_names.tsv, read from Lexicons::blobs["ner_names"]; single words,
// and B/I/E positions in phrases of several words), document-level consistency (the same word
// capitalised elsewhere not sentence-initially; the tag given to the same word in an earlier
// sentence), and word clusters (bit-string path prefixes of 4, 6, 10 and 20 bits of the word
// and of its neighbours, from assets/lexicon/word_clusters.tsv: Brown-style hierarchical
// classes of words in unlabelled text; one lookup per token, shared with the gazetteer's).
// Transition features: the previous tag, and the previous tag x the token's shape.
// Every feature is hashed into a fixed table of 2^bucket_bits rows x 9 tags of one-byte weight
// codes with one scale per row (assets/model/ner.bin, trained by tools/train_tagger.cpp, see
// scripts/train-ner.sh and assets/model/README.md).
//
// Input: an Analysis after Segment (text, tokens, sentences) and the Lexicons the model was
// trained with (a different lexicon still works, but less well: gazetteer features shift).
// Output: NameSpans in token order, non-overlapping. Token indices refer to Analysis::tokens;
// the byte span of a name is [tokens[first_token].span.start, tokens[end_token-1].span.end).
// Names are raw model output: honorifics/titles are normally outside the span already (the
// training data leaves them out), but the entity stage still cleans, types and clusters them.
//
// Cost: Load() is linear in the blob and the lexicon size (done once, see BuiltinTagger).
// Tag() is linear in the tokens (Viterbi: 9 x 9 per token), with no per-token heap allocation
// (ASCII words are folded and hashed in place; only words with non-ASCII letters go through
// Fold()), and integer arithmetic only, so native and WebAssembly give identical results.
// Tag() scores only tokens near a possible name (Featurizer::FarFromNames: the others get O
// unscored, about half of news text) and sums the transition features once per token shape.
// About 3,000 instructions per token (1,000-word article: ~3.7M; was ~8M before those two);
// Tag() also sums a token's own features (Featurizer::kOwn) once per distinct token of the
// document, and two tags per multiply, and Decode() skips no-op work: Tag() of ae-bench's
// 1,000-word article 4.2M -> 3.4M instructions (callgrind).
// Featurizer::Features (kAll) and Decode() are what the trainer uses: their results are unchanged.
#pragma once

#include <algorithm>
#include <climits>
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
constexpr int kInnerPer = 2;  // I-PER
constexpr char kTypes[4] = {'P', 'O', 'L', 'M'};
inline bool IsBegin(int tag) { return tag > 0 && (tag & 1); }
inline char TypeOf(int tag) { return tag == 0 ? 0 : kTypes[(tag - 1) >> 1]; }
inline int BeginOf(char type) {
  for (int k = 0; k < 4; ++k) {
    if (kTypes[k] == type) return 1 + 2 * k;
  }
  return 0;
}
// Previous-tag states of the transition features: the 9 tags, then the sentence start.
constexpr int kStart = kNumTags;
constexpr int kNumPrev = kNumTags + 1;
constexpr int kPrevFeatures = 2;  // previous tag alone; previous tag x the token's shape
// May `tag` follow `prev`? (I-X only after B-X or I-X.)
inline bool Allowed(int prev, int tag) { return tag == 0 || IsBegin(tag) || (prev != 0 && ((prev - 1) >> 1) == ((tag - 1) >> 1)); }

// Gazetteer lookup built from a Lexicons: folded phrase hash -> category bits, and folded word
// hash -> word cluster (Lexicons::blobs["word_clusters"], assets/lexicon/word_clusters.tsv).
class Gazetteer {
 public:
  explicit Gazetteer(const Lexicons& lex);
  // Compact category bits of a folded phrase hash (0 when absent), plus kPrefix when the
  // hash is also a proper byte prefix of a phrase of several tokens.
  uint32_t Find(uint64_t folded_hash) const;
  // The same, with the word cluster of a single folded word in *cluster from the same probe:
  // 0 when it has none, else its path length (capped at kClusterBits) << kClusterBits | the
  // path's first bits, left-aligned in the low kClusterBits bits.
  uint32_t Find(uint64_t folded_hash, uint32_t* cluster) const;
  static constexpr uint32_t kPrefix = 1u << 31;
  // Bits of Find() for a phrase of ner_names.tsv typed person, place or organisation.
  static constexpr uint32_t kNamePer = 1u << 16, kNameLoc = 1u << 17, kNameOrg = 1u << 18;
  static constexpr int kClusterBits = 20;
  size_t max_words() const { return max_words_; }
  size_t cluster_words() const { return cluster_words_; }

 private:
  // Open addressing, linear probing. A slot keeps 32 bits of the 64-bit phrase hash (the
  // high half; the slot index comes from the mixed hash), a third less memory than the whole
  // hash; two phrases would have to agree on both to be confused (about 1 in 4e9 per probe).
  struct Slot {
    uint32_t tag = 0;      // 0 = empty
    uint32_t cats = 0;
    uint32_t cluster = 0;  // the word cluster of a single word, or 0
  };
  static uint32_t KeyTag(uint64_t h) {
    const auto tag = static_cast<uint32_t>(h >> 32);
    return tag ? tag : 1;
  }
  size_t SlotOf(uint64_t h) const;  // its slot, or the empty slot where it would go
  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
  size_t max_words_ = 1;
  size_t cluster_words_ = 0;
};

// Per-document token properties and the hashed features of one token. Shared by Tag() and
// the trainer, so training and inference see exactly the same features.
class Featurizer {
 public:
  Featurizer(const Gazetteer& gaz, int bucket_bits) : gaz_(gaz), bits_(bucket_bits) {}
  // Computes the token properties of one document (reuses its buffers across calls).
  void Prepare(const Analysis& a);
  // Bucket ids of token i's emission features, given `history`: 1 + the tag last predicted
  // for the same word in an earlier sentence of this document, or 0.
  void Features(uint32_t i, int history, std::vector<uint32_t>* out) const;
  // The most features of one token: 16 word and shape features, 8 affixes, 18 flags, 1
  // capitalisation context, 4 per lexicon category (19), 3 per category for phrases, 1
  // document, 12 clusters, 1 history.
  static constexpr size_t kMaxFeatures = 16 + 8 + 18 + 1 + 4 * 19 + 3 * 19 + 1 + 12 + 1;
  // The same into out[0, kMaxFeatures), returning the count (no allocation: Decode()).
  size_t Features(uint32_t i, int history, uint32_t* out) const;
  // A part of them: kAll (the same, in the same order), kOwn (the features that read only
  // token i's own properties and folded bytes) or kContext (the rest: neighbours, history);
  // kOwn and kContext together are the features of kAll (as a multiset; the order differs).
  enum Part { kAll = 3, kOwn = 1, kContext = 2 };
  size_t Features(uint32_t i, int history, uint32_t* out, Part part) const;
  // A hash of what the kOwn features of token i read, and whether tokens i and j have the
  // same kOwn features (the same properties and folded bytes: exact, no hash).
  uint64_t OwnKey(uint32_t i) const;
  bool SameOwn(uint32_t i, uint32_t j) const;
  // Bucket ids of the kPrevFeatures transition features of token i after tag `prev`
  // (kStart at a sentence start).
  void PrevFeatures(uint32_t i, int prev, uint32_t out[kPrevFeatures]) const;
  // The word-identity key of token i (folded word hash), for the history table.
  uint64_t WordKey(uint32_t i) const { return props_[i].lower; }
  // True when token i can be left out of every name: a cased sentence, and no token within
  // two places of i (i included) has a capital, a digit or a non-ASCII letter (plain
  // lower-case words and punctuation only). Tag() gives such tokens O without scoring them.
  bool FarFromNames(uint32_t i) const;
  // True when token i is a plain lower-case word (not glued to the word before, no name particle:
  // de, van, bin ...; not of / the / and / zu) in a sentence with case: Decode() never
  // continues a person's name through it ("Kamala Harris met Andres ..." is two names; news
  // names of persons have no such inner word, while organisations do: "Doctors without Borders").
  bool PlainLower(uint32_t i) const;
  // The shape hash of token i: the only token property the transition features read.
  uint64_t ShapeKey(uint32_t i) const { return props_[i].shape; }
  size_t size() const { return props_.size(); }

 private:
  struct Props {
    uint64_t lower = 0;   // hash of the folded word
    uint64_t cased = 0;   // hash of the word as written
    uint64_t shape = 0;   // hash of the short shape (runs collapsed)
    uint32_t flags = 0;   // kFlag* bits
    uint32_t gaz = 0;     // lexicon categories of the single word
    uint64_t phrase = 0;  // bit 3*c+{0,1,2}: B/I/E of a multi-token match of category c
    uint32_t doc = 0;     // kDoc* bits
    uint32_t cluster = 0; // word cluster (Gazetteer::Find), 0 = none
  };
  const Gazetteer& gaz_;
  int bits_;
  std::vector<Props> props_;
  // Folded bytes of every token, one buffer per document: [fold_start_[i], fold_start_[i+1]);
  // Features() hashes the 1-4 byte affixes from it (kept per token they were 64 bytes a token:
  // a third of the peak memory for megabytes of text).
  // They are the analysis's token index (Analysis::token_lex, the same folding) when it has
  // one, else folded here into own_folded_ / own_fold_start_.
  std::string_view folded_;
  const uint32_t* fold_start_ = nullptr;
  std::string own_folded_;
  std::vector<uint32_t> own_fold_start_;
  std::vector<uint8_t> phrase_pos_;  // scratch
  std::vector<uint32_t> gaz_raw_;    // scratch: Gazetteer::Find of each word (kPrefix bit kept)
};

uint64_t HashBytes(std::string_view s, uint64_t seed = 0);
// FNV-1a's offset basis as HashBytes uses it (not the usual 0xcbf29ce484222325 of KeyFnv).
constexpr uint64_t kHashOffset = 1469598103934665603ull;
// HashBytes(s) and KeyFnv(s) (lexicon.h: the lexicon index's hash) in one pass over the bytes
// (the same prime, two offset bases): IndexTokens needs both of every token.
inline uint64_t HashBytesAndKeyFnv(std::string_view s, uint64_t* key_fnv) {
  uint64_t h = kHashOffset, k = 0xcbf29ce484222325ull;
  for (unsigned char c : s) {
    h = (h ^ c) * 1099511628211ull;
    k = (k ^ c) * 1099511628211ull;
  }
  *key_fnv = k;
  return h;
}
// The hash of a phrase continued by s (HashBytes(a + s) == HashMore(HashBytes(a), s)).
uint64_t HashMore(uint64_t h, std::string_view s);

inline uint64_t Mix(uint64_t x) {  // splitmix64 finaliser: spreads every input bit
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

// An open-addressing map from a word hash to a small payload, for one document. It starts
// small and doubles when half full: a document has far fewer distinct words than tokens, and a
// table sized by the tokens (2^22 slots, 48 MB for an 8 MB text) was cleared at every analysis
// and missed the caches at every lookup. Growing keeps every key's value, so a lookup gives the
// same answer at any size.
class WordTable {
 public:
  // `n`: the most keys expected; the first allocation is sized for it, up to kInitialCap slots.
  explicit WordTable(size_t n) {
    size_t cap = 16;
    while (cap < 2 * n + 2 && cap < kInitialCap) cap <<= 1;
    Allocate(cap);
  }
  uint32_t* Slot(uint64_t key) {
    if (key == 0) key = 1;
    size_t i = Find(key);
    if (keys_[i] == 0) i = Insert(key, i);
    return &vals_[i];
  }
  // The value of `key`, 0 when absent (nothing inserted).
  uint32_t Get(uint64_t key) const {
    if (key == 0) key = 1;
    const size_t i = Find(key);
    return keys_[i] == key ? vals_[i] : 0;
  }

 private:
  static constexpr size_t kInitialCap = 1024;
  void Allocate(size_t cap) {
    keys_.assign(cap, 0);
    vals_.assign(cap, 0);
    mask_ = cap - 1;
  }
  size_t Find(uint64_t key) const {  // key's slot, or the empty slot where it would go
    size_t i = Mix(key) & mask_;
    while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask_;
    return i;
  }
  // Puts the new `key` in its empty slot i (after growing the table when it is half full).
  size_t Insert(uint64_t key, size_t i) {
    if (2 * (size_ + 1) > keys_.size()) {
      Grow();
      i = Find(key);
    }
    keys_[i] = key;
    ++size_;
    return i;
  }
#if defined(__GNUC__)
  __attribute__((noinline))
#endif
  void Grow() {
    std::vector<uint64_t> keys = std::move(keys_);
    std::vector<uint32_t> vals = std::move(vals_);
    Allocate(keys.size() * 2);
    for (size_t j = 0; j < keys.size(); ++j) {
      if (keys[j] == 0) continue;
      const size_t i = Find(keys[j]);
      keys_[i] = keys[j];
      vals_[i] = vals[j];
    }
  }
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> vals_;
  size_t mask_ = 0;
  size_t size_ = 0;  // keys inserted
};

// Adapts add_row(bucket, int64_t scores[kNumTags]) to Decode()'s add_rows.
template <class AddRow>
auto EachRow(AddRow add_row) {
  return [add_row](const uint32_t* buckets, size_t count, int64_t* scores) {
    for (size_t k = 0; k < count; ++k) add_row(buckets[k], scores);
  };
}

// Buffers of one Decode() call, reusable across documents (no per-token allocation).
struct DecodeBuffers {
  std::vector<uint8_t> tags;      // the chosen tag per token
  std::vector<int32_t> margins;   // per token: best path score through its tag minus the best
                                  // through any other tag at that token (forward scores, >= 0)
  std::vector<uint8_t> history;   // per token: the history value its features used
  std::vector<int64_t> delta;     // scratch: best path score per tag, per token of a sentence
  std::vector<uint8_t> back;      // scratch: its previous tag
};

// First-order Viterbi decoding over the BIO tags of every sentence of `a` (I-X only after B-X
// or I-X; a sentence starts from kStart), shared by Tag() and the trainer.
// add_rows(const uint32_t* buckets, size_t count, int64_t scores[kNumTags]) adds the weights
// of the buckets (EachRow() adapts a one-bucket function). The score of tag t at
// token i after tag p is emission(i, t) + transition(i, p, t): emission from Features(),
// transition from PrevFeatures(). The history feature of a token is the tag its word got in an
// earlier sentence of the document (so it never depends on the sentence being decoded).
// Ties go to the lower tag (O first), so the result is the same everywhere.
// trans(i, k, table) returns the kNumPrev x kNumTags transition scores of token i (k: its
// index in the sentence) as a pointer, either into `table` (filled there) or to a cached copy
// (Tag() caches them per shape: the transition features depend only on the shape and prev).
// only_o(i): true when token i is to get the tag O without scoring its emission (Tag() passes
// Featurizer::FarFromNames; the trainer scores every token).
// constrain: when set, no I-PER on a Featurizer::PlainLower token (Tag() sets it; the
// trainer does not: trained under the constraint, the model scored 0.006 lower).
template <class AddRows, class Trans, class OnlyO>
void Decode(const Analysis& a, const Featurizer& f, AddRows&& add_rows, Trans&& trans, OnlyO&& only_o,
            bool constrain, DecodeBuffers* d);
// The same with the emission scores from emission(i, history, int64_t em[kNumTags]), which
// adds the weights of Features(i, history) to em (Tag() sums a token's own features once per
// distinct token, see Featurizer::OwnKey). Decode() is this with Features() and add_rows.
template <class Emission, class Trans, class OnlyO>
void DecodeWith(const Analysis& a, const Featurizer& f, Emission&& emission, Trans&& trans, OnlyO&& only_o,
                bool constrain, DecodeBuffers* d);

// Decode()'s trans for scoring every token directly: the transition rows of token i summed
// into the table (kStart's row at a sentence start, the others elsewhere), no cache.
template <class AddRows>
auto TransitionRows(const Featurizer& f, AddRows& add_rows) {
  return [&f, &add_rows](uint32_t i, uint32_t k, int64_t* tr) -> const int64_t* {
    for (int p = 0; p < kNumPrev; ++p) {
      if (k == 0 ? p != kStart : p == kStart) continue;
      uint32_t pb[kPrevFeatures];
      f.PrevFeatures(i, p, pb);
      add_rows(pb, kPrevFeatures, tr + p * kNumTags);
    }
    return tr;
  };
}

template <class AddRows>
void Decode(const Analysis& a, const Featurizer& f, AddRows&& add_rows, DecodeBuffers* d) {
  Decode(a, f, add_rows, TransitionRows(f, add_rows), [](uint32_t) { return false; }, false, d);
}

template <class AddRows, class Trans, class OnlyO>
void Decode(const Analysis& a, const Featurizer& f, AddRows&& add_rows, Trans&& trans, OnlyO&& only_o,
            bool constrain, DecodeBuffers* d) {
  DecodeWith(
      a, f,
      [&](uint32_t i, int history, int64_t* em) {
        uint32_t feats[Featurizer::kMaxFeatures];
        const size_t count = f.Features(i, history, feats);
        add_rows(feats, count, em);
      },
      trans, only_o, constrain, d);
}

template <class Emission, class Trans, class OnlyO>
void DecodeWith(const Analysis& a, const Featurizer& f, Emission&& emission, Trans&& trans, OnlyO&& only_o,
                bool constrain, DecodeBuffers* d) {
  const uint32_t n = static_cast<uint32_t>(std::min(a.tokens.size(), f.size()));
  d->tags.assign(n, 0);
  d->margins.assign(n, 0);
  d->history.assign(n, 0);
  WordTable history(n);  // folded word -> 1 + the tag it got last in an earlier sentence
  // trans() gets a zeroed table; it is cleared again only when trans() filled it last time
  // (Tag() mostly returns a cached table instead: no 720-byte clear per token).
  int64_t tr_table[kNumPrev * kNumTags] = {};
  bool tr_dirty = false;  // trans() filled tr_table last time
  for (const Sentence& s : a.sentences) {
    const uint32_t b = std::min(s.first_token, n), e = std::min(s.end_token, n);
    if (b >= e) continue;
    const uint32_t len = e - b;
    d->delta.assign(size_t{len} * kNumTags, 0);
    d->back.assign(size_t{len} * kNumTags, 0);
    constexpr int64_t kNone = INT64_MIN / 4;
    for (uint32_t k = 0; k < len; ++k) {
      const uint32_t i = b + k;
      const uint32_t h = *history.Slot(f.WordKey(i));
      d->history[i] = static_cast<uint8_t>(h);
      // A token forced to O: its emission adds the same amount to every path through the
      // sentence, so leaving it out changes no choice and no margin.
      const bool forced_o = only_o(i);
      const bool plain_lower = constrain && f.PlainLower(i);
      int64_t em[kNumTags] = {0, 0, 0, 0, 0, 0, 0, 0, 0};
      if (!forced_o) emission(i, static_cast<int>(h), em);
      if (tr_dirty) std::fill(tr_table, tr_table + kNumPrev * kNumTags, int64_t{0});
      const int64_t* tr = trans(i, k, tr_table);
      tr_dirty = tr == tr_table;
      int64_t* dl = &d->delta[size_t{k} * kNumTags];
      uint8_t* bk = &d->back[size_t{k} * kNumTags];
      if (k == 0) {
        for (int t = 0; t < kNumTags; ++t) {
          const bool open = Allowed(0, t) && !(forced_o && t != 0) && !(t == kInnerPer && plain_lower);
          dl[t] = open ? tr[kStart * kNumTags + t] + em[t] : kNone;
          bk[t] = static_cast<uint8_t>(open ? kStart : 0);
        }
        continue;
      }
      // The previous tags allowed before t (Allowed()), in increasing order: all for O and
      // B-X, only B-X and I-X for I-X (speed: no test per pair). An unreachable previous tag
      // (kNone) is not skipped but summed: kNone plus any transition score (|tr| < 2^24)
      // stays below kNone / 2 = -2^60, far below every reachable score (a token adds less
      // than 2^31 in size: under 2^29 tokens in a sentence, more than memory holds), so it
      // never wins over a reachable one, and a tag with no reachable previous tag is still
      // set to exactly kNone below. Same scores, same choices as skipping it.
      const int64_t* prev = &d->delta[size_t{k - 1} * kNumTags];
      auto best_from = [&](int t, int p_begin, int p_end, int* arg) {
        int64_t best = prev[p_begin] + tr[p_begin * kNumTags + t];
        int a_best = p_begin;
        for (int p = p_begin + 1; p < p_end; ++p) {
          const int64_t v = prev[p] + tr[p * kNumTags + t];
          if (v > best) best = v, a_best = p;
        }
        *arg = a_best;
        return best;
      };
      auto set = [&](int t, int p_begin, int p_end) {
        int arg;
        const int64_t best = best_from(t, p_begin, p_end, &arg);
        const bool reachable = best >= kNone / 2;  // else no reachable previous tag
        dl[t] = reachable ? best + em[t] : kNone;
        bk[t] = static_cast<uint8_t>(reachable ? arg : 0);
      };
      auto unreachable = [&](int t) { dl[t] = kNone, bk[t] = 0; };
      set(0, 0, kNumTags);
      for (int t = 1; t < kNumTags; t += 2) {  // B-X, I-X
        if (forced_o) {  // only O at this token
          unreachable(t), unreachable(t + 1);
          continue;
        }
        set(t, 0, kNumTags);
        if (t + 1 == kInnerPer && plain_lower) {
          unreachable(t + 1);  // no I-PER on a plain lower-case word
        } else {
          set(t + 1, t, t + 2);
        }
      }
    }
    int y = 0;
    const int64_t* last = &d->delta[size_t{len - 1} * kNumTags];
    for (int t = 1; t < kNumTags; ++t) {
      if (last[t] > last[y]) y = t;
    }
    for (uint32_t k = len; k-- > 0;) {
      d->tags[b + k] = static_cast<uint8_t>(y);
      const int64_t* dl = &d->delta[size_t{k} * kNumTags];
      int64_t other = kNone;
      for (int t = 0; t < kNumTags; ++t) {
        if (t != y && dl[t] > other) other = dl[t];
      }
      const int64_t m = other == kNone ? INT32_MAX : dl[y] - other;
      d->margins[b + k] = static_cast<int32_t>(std::max<int64_t>(0, std::min<int64_t>(m, INT32_MAX)));
      y = d->back[size_t{k} * kNumTags + y];
    }
    for (uint32_t i = b; i < e; ++i) *history.Slot(f.WordKey(i)) = d->tags[i] + 1u;
  }
}

// Name spans from decoded tags (B-X starts a span, I-X continues it within the sentence);
// the score of a span squashes its mean margin m as m / (m + margin_half).
std::vector<NameSpan> SpansFromTags(const Analysis& a, const std::vector<uint8_t>& tags,
                                    const std::vector<int32_t>& margins, uint32_t margin_half);

}  // namespace tagger

class Tagger {
 public:
  Tagger();
  ~Tagger();
  Tagger(const Tagger&) = delete;
  Tagger& operator=(const Tagger&) = delete;

  // Parses a ner.bin blob (format in tagger.cpp) and builds the gazetteer from `lex`, which
  // must outlive nothing: the tagger keeps its own copy of what it needs. Returns false (and
  // stays empty) on a truncated, corrupt or foreign blob; never throws. verify_checksum=false
  // skips the checksum over the whole blob (the size, header and bitmap checks stay): for the
  // blob embedded at build time, whose bytes cannot change after the build (start-up speed).
  //
  // copy_rows=false keeps a pointer to the blob's weight rows instead of copying them (1.2 MB,
  // start-up speed): the blob's bytes must then stay alive and unchanged while the tagger is
  // used (BuiltinTagger: the Lexicons' own blob).
  bool Load(std::string_view blob, const Lexicons& lex, bool verify_checksum = true, bool copy_rows = true);
  bool loaded() const { return !bitmap_.empty(); }

  // The names in `a` (after Segment). Empty when not loaded.
  std::vector<NameSpan> Tag(const Analysis& a) const;

  // Model internals, for the trainer and tests.
  int bucket_bits() const { return bits_; }
  const tagger::Gazetteer* gazetteer() const { return gaz_.get(); }
  // The row of a bucket, or nullptr when the bucket has no weights: row[0] is the index of
  // the row's scale, row[1 + tag] the tag's code; the weight is code * Scale(row[0]).
  const int8_t* Row(uint32_t bucket) const;
  int32_t Scale(int8_t index) const { return scales_[static_cast<uint8_t>(index)]; }

  // Serialises rows (2^bits of them, kRowBytes each: scale index, then kNumTags codes; an
  // all-zero code row is left out) and the 256 integer scales into the blob format.
  // margin_half: the mean margin that gives a span the score 0.5.
  static constexpr int kRowBytes = 1 + tagger::kNumTags;
  static std::string Serialize(int bucket_bits, const std::vector<int8_t>& rows,
                               const std::vector<int32_t>& scales, uint32_t margin_half);

 private:
  int bits_ = 0;
  uint32_t margin_half_ = 1;
  // The bitmap (bit b set when bucket b has a row) with its rank directory, one 16-byte entry
  // per 64 buckets, so Row() reads one cache line: `rank` rows before the word, `below[c]` set
  // bits in its 16-bit chunks before chunk c (Row() counts only the bits of one chunk: the
  // default x86-64 target has no popcount instruction).
  struct BitmapWord {
    uint64_t bits = 0;
    uint32_t rank = 0;
    uint8_t below[4] = {0, 0, 0, 0};
  };
  std::vector<BitmapWord> bitmap_;
  std::vector<int8_t> rows_;      // kRowBytes per present bucket (when copied)
  const int8_t* row_data_ = nullptr;  // rows_.data(), or the rows inside the blob (not copied)
  int32_t scales_[256] = {};      // scale index (as uint8) -> integer scale
  std::unique_ptr<tagger::Gazetteer> gaz_;
};

// The tagger of the embedded assets/model/ner.bin (lex.blobs["ner.bin"]), parsed once per
// Lexicons object and kept for the program's life; nullptr when the blob is absent or bad.
// `lex` must stay alive and unchanged while the returned tagger is used.
const Tagger* BuiltinTagger(const Lexicons& lex);

}  // namespace ae
