// tagger.cpp — the averaged-perceptron name tagger (see tagger.h).
//
// Index: [features] token properties and hashed features; [model] the ner.bin format,
// Load(), Tag(); [builtin] BuiltinTagger().
//
// ner.bin (all integers little-endian):
//   char[8]  "AE-NER1\n"
//   u32      bucket_bits (8..24), num_tags (9), feature_version, row_bytes (10),
//            num_rows, margin_half (the margin that maps to score 0.5)
//   i32[256] scales (positive, at most 2^22 / 127 + 1, so |weight| <= 2^22)
//   u64[2^bucket_bits / 64]   bitmap: bit b set when bucket b has a weight row
//   num_rows rows in bucket order: u8 scale index, then num_tags signed one-byte codes;
//            weight = code * scales[index] (integer arithmetic: the same on every platform)
//   u64      FNV-1a of every byte before it
#include "tagger.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <mutex>
#include <tuple>

#include "text.h"

namespace ae {
namespace tagger {

namespace {

// Bumped whenever a feature changes meaning: a blob trained with other features is refused.
constexpr uint32_t kFeatureVersion = 8;

constexpr uint64_t kFnvOffset = kHashOffset;
constexpr uint64_t kFnvPrime = 1099511628211ull;

// Lexicon categories that become features, in bit order (16 of them; ner_names.tsv adds 3).
constexpr uint32_t kGazCats[16] = {kCountry, kCity,    kRegion,    kDemonym,        kFirstName,      kOrgWord,
                                   kOrg,     kPerson,  kHonorific, kTitle,          kNonName,        kMonth,
                                   kWeekday, kPronoun, kDescriptorNoun, kSurnameParticle};

// The types of ner_names.tsv, after the 16 lexicon categories (Gazetteer::kNamePer ...).
constexpr uint32_t kNamePer = Gazetteer::kNamePer, kNameLoc = Gazetteer::kNameLoc, kNameOrg = Gazetteer::kNameOrg;
constexpr int kNumGaz = 19;  // compact category bits: 3 phrase positions each fit a u64

// ASCII letters and digits, by byte: the gazetteer's prefix test reads two per key byte
// (start-up: a table lookup instead of a chain of comparisons).
struct AsciiWordBytes {
  bool is[256] = {};
  constexpr AsciiWordBytes() {
    for (int c = 0; c < 0x80; ++c) is[c] = ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9');
  }
};
constexpr AsciiWordBytes kAsciiWordByte;

uint32_t CompactCats(uint32_t categories) {
  uint32_t out = 0;
  for (int k = 0; k < 16; ++k) {
    if (categories & kGazCats[k]) out |= 1u << k;
  }
  return out;
}

// Token flags.
enum : uint32_t {
  kFlagInitUpper = 1u << 0,
  kFlagAllUpper = 1u << 1,   // two or more letters, all upper case
  kFlagHasDigit = 1u << 2,
  kFlagAllDigit = 1u << 3,
  kFlagHasPeriod = 1u << 4,
  kFlagHasApos = 1u << 5,
  kFlagPunct = 1u << 6,      // no letter or digit
  kFlagSentInitial = 1u << 7,  // first word of its sentence
  kFlagAfterOpen = 1u << 8,    // after an opening quote, bracket, colon or dash
  kFlagGluePrev = 1u << 9,     // no space before (hyphenated or possessive parts)
  kFlagGlueNext = 1u << 10,
  kFlagInnerUpper = 1u << 11,  // upper case after the first letter (McCain, iPhone)
  kFlagNonAscii = 1u << 12,
  kFlagOneLetter = 1u << 13,
  kFlagLowerStart = 1u << 14,
  kFlagTitleSent = 1u << 15,   // most words of the sentence capitalised (a headline)
  kFlagCaselessSent = 1u << 16,  // no upper-case letter in the sentence (web text)
  kFlagUpperSent = 1u << 17,     // the sentence is written in capitals
  kNumFlags = 18,
  // Not a feature (bits from kNumFlags on are left out of the flag features):
  kFlagPlainLower = 1u << 18,    // see Featurizer::PlainLower
};

// Document bits.
enum : uint32_t {
  kDocCapElsewhere = 1u << 0,    // capitalised, not sentence-initially, in another place
  kDocLowerElsewhere = 1u << 1,  // written lower-case in another place
  kDocOnlyInitial = 1u << 2,     // seen capitalised only sentence-initially
};

enum Template : uint64_t {
  kTBias = 1, kTW, kTWCased, kTWm1, kTWm2, kTWp1, kTWp2, kTWm1W, kTWWp1, kTSh, kTShm1, kTShp1, kTSh3,
  kTPre, kTSuf = kTPre + 4, kTFlag = kTSuf + 4, kTCapCtx, kTGaz, kTGazCap, kTGazm1, kTGazp1, kTPhrase,
  kTDoc, kTPrev, kTPrev2, kTPrevW, kTPrevSh, kTHist, kTWm1Sh, kTShWp1, kTWm2Wm1, kTPrevGaz,
  kTClus, kTClusM1 = kTClus + 4, kTClusP1 = kTClusM1 + 4,
};

// Path prefix lengths of the word-cluster features (assets/lexicon/word_clusters.tsv), as in
// Ratinov & Roth 2009: 4, 6, 10, 20 bits (a shorter path is its own longest prefix).
constexpr int kClusterPrefixes[4] = {4, 6, 10, 20};

// Sentinels for words outside the sentence.
constexpr uint64_t kBos = 0x5a5a5a5a01ull, kBos2 = 0x5a5a5a5a02ull, kEos = 0x5a5a5a5a03ull,
                   kEos2 = 0x5a5a5a5a04ull;

inline bool IsUpperCp(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x137) return (c & 1) == 0;  // Latin Extended-A: upper, lower pairs
  if (c >= 0x139 && c <= 0x148) return (c & 1) == 1;
  if (c >= 0x14A && c <= 0x177) return (c & 1) == 0;
  if (c >= 0x178 && c <= 0x17E) return c == 0x178 || (c & 1) == 1;
  if (c >= 0x391 && c <= 0x3AB) return true;  // Greek
  if (c >= 0x400 && c <= 0x42F) return true;  // Cyrillic
  return false;
}
inline bool IsLetterCp(char32_t c) {
  if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z';
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  if (c >= 0x370 && c <= 0x52F) return true;
  return c >= 0x4E00 && c <= 0x9FFF;  // CJK ideographs (no case)
}

inline char32_t Decode(std::string_view s, size_t pos, int* len) {
  const unsigned char b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) { *len = 1; return b; }
  int n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (pos + n > s.size()) n = 1;
  char32_t c = n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : n == 4 ? (b & 0x07) : b;
  for (int k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[pos + k]) & 0x3F);
  *len = n;
  return c;
}

inline uint64_t Fnv(uint64_t h, unsigned char b) { return (h ^ b) * kFnvPrime; }

// Calls row(key, value) for each `key<TAB>value` line of a blob (ner_names, word_clusters);
// blank lines, # comments and lines without a key and a tab are skipped.
template <typename Row>
void ForEachTsvRow(std::string_view text, Row&& row) {
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    const size_t tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab == std::string_view::npos || tab == 0) continue;
    row(line.substr(0, tab), line.substr(tab + 1));
  }
}

}  // namespace

uint64_t HashBytes(std::string_view s, uint64_t seed) { return HashMore(kFnvOffset ^ seed, s); }

uint64_t HashMore(uint64_t h, std::string_view s) {
  for (unsigned char c : s) h = Fnv(h, c);
  return h;
}

// ------------------------------------------------------------------ [features]

Gazetteer::Gazetteer(const Lexicons& lex) {
  // Entries: every key with its categories, and every byte prefix of a key with a separator
  // (a phrase of several tokens) marked kPrefix, so phrase matching stops as soon as no key
  // can continue (the matches found are the same, the search is shorter); and the word
  // clusters. The hashes are collected first (reserved once: start-up time, the first page
  // frame waits on this), then the table is sized once and filled.
  std::vector<std::pair<uint64_t, uint32_t>> items;
  // Only prefixes that can end at a token end are looked up (Featurizer::Prepare hashes whole
  // tokens): those next to a byte that is no ASCII letter or digit (start-up time and memory).
  // One pass per key: FNV-1a (as HashBytes) with the prefix hashes taken on the way.
  auto add_key = [&](std::string_view key, uint32_t cats) {
    uint64_t h = kFnvOffset;
    const auto* p = reinterpret_cast<const unsigned char*>(key.data());
    const size_t n = key.size();
    for (size_t k = 0; k + 1 < n; ++k) {  // every byte but the last: a prefix may end after it
      h = Fnv(h, p[k]);
      if (!kAsciiWordByte.is[p[k]] || !kAsciiWordByte.is[p[k + 1]]) items.emplace_back(h, kPrefix);
    }
    if (n > 0) h = Fnv(h, p[n - 1]);
    items.emplace_back(h, cats);
  };
  const auto names = lex.blobs.find("ner_names");
  const std::string_view names_text = names != lex.blobs.end() ? std::string_view(names->second) : std::string_view();
  // About one item per key and one per 16 bytes of names (most keys are one word).
  items.reserve(lex.entries.size() + lex.entries.size() / 4 + names_text.size() / 16 + 16);
  for (const auto& [key, entry] : lex.entries) {
    const uint32_t cats = CompactCats(entry.categories & ~entry.entity_only);  // the features' lists only
    if (cats) add_key(key, cats);
  }
  max_words_ = lex.max_phrase_words;
  // The typed proper names of ner_names.tsv (a blob: `phrase<TAB>letters of P L O`).
  std::string folded;
  ForEachTsvRow(names_text, [&](std::string_view phrase, std::string_view types) {
    uint32_t cats = 0;
    for (char c : types) cats |= c == 'P' ? kNamePer : c == 'L' ? kNameLoc : c == 'O' ? kNameOrg : 0;
    if (!cats) return;
    FoldInto(phrase, &folded);
    add_key(folded, cats);
    const size_t words = 1 + static_cast<size_t>(std::count(folded.begin(), folded.end(), ' '));
    max_words_ = std::max(max_words_, words);
  });
  // Word clusters (a blob: `path<TAB>folded words separated by spaces`, path a bit string).
  std::vector<std::pair<uint64_t, uint32_t>> cluster_items;
  const auto clusters = lex.blobs.find("word_clusters");
  if (clusters != lex.blobs.end()) {
    const std::string_view text = clusters->second;
    cluster_items.reserve(text.size() / 8);  // about 8.7 bytes per word
    ForEachTsvRow(text, [&](std::string_view path, std::string_view words) {
      uint32_t bits = 0, len = 0;
      for (char c : path) {
        if (len == static_cast<uint32_t>(kClusterBits)) break;
        bits |= static_cast<uint32_t>(c == '1') << (kClusterBits - 1 - len);
        ++len;
      }
      const uint32_t packed = len << kClusterBits | bits;
      for (size_t w = 0; w < words.size();) {
        size_t e = words.find(' ', w);
        if (e == std::string_view::npos) e = words.size();
        if (e > w) cluster_items.emplace_back(HashBytes(words.substr(w, e - w)), packed);
        w = e + 1;
      }
    });
  }
  cluster_words_ = cluster_items.size();
  // At most half full: most lookups are misses (every token is looked up), and a miss ends
  // at the first empty slot.
  size_t cap = 16;
  while (cap < 2 * (items.size() + cluster_items.size()) + 2) cap <<= 1;
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  for (const auto& [h, packed] : cluster_items) {  // a word listed twice keeps its first cluster
    Slot& slot = slots_[SlotOf(h)];
    slot.tag = KeyTag(h);
    if (!slot.cluster) slot.cluster = packed;
  }
  // Insertion order does not matter: a lookup table whose values are ORed, never iterated.
  for (const auto& [h, cats] : items) {
    Slot& slot = slots_[SlotOf(h)];
    slot.tag = KeyTag(h);
    slot.cats |= cats;
  }
}

size_t Gazetteer::SlotOf(uint64_t h) const {
  const uint32_t tag = KeyTag(h);
  size_t i = Mix(h) & mask_;
  while (slots_[i].tag != 0 && slots_[i].tag != tag) i = (i + 1) & mask_;
  return i;
}

uint32_t Gazetteer::Find(uint64_t h) const {
  uint32_t cluster;
  return Find(h, &cluster);
}

uint32_t Gazetteer::Find(uint64_t h, uint32_t* cluster) const {
  *cluster = 0;
  if (slots_.empty()) return 0;
  const Slot& slot = slots_[SlotOf(h)];  // an empty slot has neither
  *cluster = slot.cluster;
  return slot.cats;
}

void Featurizer::Prepare(const Analysis& a) {
  const size_t n = a.tokens.size();
  props_.assign(n, Props{});
  gaz_raw_.assign(n, 0);
  // Folded tokens: the analysis's token index has them (Segment made it); folded here only for
  // an analysis without one (made by hand, as the trainer's and some tests' are).
  const bool indexed = a.token_lex.fold_start.size() == n + 1;
  // (and their hashes: HashBytes of each folded token, made by IndexTokens)
  const bool hashed = indexed && a.token_lex.hash.size() == n;
  std::string& folded = own_folded_;
  std::vector<uint32_t>& fold_start = own_fold_start_;
  folded.clear();
  fold_start.clear();
  if (!indexed) {
    folded.reserve(a.text.size() + 16);
    fold_start.assign(n + 1, 0);
  }
  for (size_t i = 0; i < n; ++i) {
    const std::string_view s = a.Text(a.tokens[i].span);
    Props& p = props_[i];
    if (!indexed) fold_start[i] = static_cast<uint32_t>(folded.size());
    uint32_t flags = 0;
    int letters = 0, uppers = 0, digits = 0;
    bool ascii = true;
    uint64_t shape = kFnvOffset;
    char last_shape = 0;
    int run = 0;
    bool first_letter = true;
    for (size_t pos = 0; pos < s.size();) {
      int len = 1;
      const char32_t c = Decode(s, pos, &len);
      pos += len;
      char sc;
      if (c >= 0x80) ascii = false;
      if (c < 0x80 && c >= '0' && c <= '9') {
        ++digits;
        sc = 'd';
      } else if (IsLetterCp(c)) {
        ++letters;
        const bool up = IsUpperCp(c);
        if (up) ++uppers;
        if (first_letter) {
          flags |= up ? kFlagInitUpper : kFlagLowerStart;
          first_letter = false;
        } else if (up) {
          flags |= kFlagInnerUpper;
        }
        sc = up ? 'X' : 'x';
      } else {
        if (c == '.') flags |= kFlagHasPeriod;
        if (c == '\'' || c == 0x2019) flags |= kFlagHasApos;
        sc = c < 0x80 ? static_cast<char>(c) : 'o';
      }
      run = sc == last_shape ? run + 1 : 1;
      last_shape = sc;
      if (run <= 2) shape = Fnv(shape, static_cast<unsigned char>(sc));  // runs capped: Xxxxx -> Xxx
    }
    if (!ascii) flags |= kFlagNonAscii;
    if (!indexed) {
      if (ascii) {
        for (unsigned char c : s) folded.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      } else {
        folded += Fold(s);  // rare: accented or non-Latin words
      }
    }
    if (digits) flags |= kFlagHasDigit;
    if (digits && !letters && digits + 2 >= static_cast<int>(s.size())) flags |= kFlagAllDigit;
    if (!digits && !letters) flags |= kFlagPunct;
    if (letters >= 2 && uppers == letters) flags |= kFlagAllUpper;
    if (letters == 1 && s.size() <= 2) flags |= kFlagOneLetter;
    if (flags & kFlagAllUpper) flags &= ~kFlagInnerUpper;
    p.flags = flags;
    p.shape = shape;
    p.cased = HashBytes(s);
  }
  if (indexed) {
    folded_ = a.token_lex.folded;
    fold_start_ = a.token_lex.fold_start.data();
  } else {
    fold_start[n] = static_cast<uint32_t>(folded.size());
    folded_ = folded;
    fold_start_ = fold_start.data();
  }
  for (size_t i = 0; i < n; ++i) {
    Props& p = props_[i];
    const std::string_view f(folded_.data() + fold_start_[i], fold_start_[i + 1] - fold_start_[i]);
    p.lower = hashed ? a.token_lex.hash[i] : HashBytes(f);
    gaz_raw_[i] = (p.flags & kFlagPunct) ? 0 : gaz_.Find(p.lower, &p.cluster);  // reused by the phrase search below
    p.gaz = gaz_raw_[i] & ~Gazetteer::kPrefix;
    if (i > 0 && a.tokens[i - 1].span.end == a.tokens[i].span.start) {
      p.flags |= kFlagGluePrev;
      props_[i - 1].flags |= kFlagGlueNext;
    }
  }
  // Sentence-level flags and multi-token gazetteer phrases (never across a sentence end).
  const size_t max_tokens = std::min<size_t>(8, 2 * gaz_.max_words() + 1);
  for (const Sentence& sent : a.sentences) {
    const uint32_t b = std::min<uint32_t>(sent.first_token, n), e = std::min<uint32_t>(sent.end_token, n);
    int words = 0, caps = 0, any_upper = 0, all_upper = 0;
    bool initial = true, after_open = false;
    for (uint32_t i = b; i < e; ++i) {
      Props& p = props_[i];
      if (p.flags & kFlagPunct) {
        const std::string_view s = a.Text(a.tokens[i].span);
        after_open = IsOpeningQuote(s) || s == "(" || s == ":" || s == "-" || s == "\xE2\x80\x94" ||
                     s == "\xE2\x80\x93" || s == "[" || s == "\"";
        continue;
      }
      if (initial) p.flags |= kFlagSentInitial;
      if (after_open) p.flags |= kFlagAfterOpen;
      initial = after_open = false;
      if (!(p.flags & kFlagHasDigit) || (p.flags & (kFlagInitUpper | kFlagLowerStart))) {
        ++words;
        caps += (p.flags & kFlagInitUpper) != 0;
        any_upper += (p.flags & (kFlagInitUpper | kFlagInnerUpper | kFlagAllUpper)) != 0;
        all_upper += (p.flags & kFlagAllUpper) != 0;
      }
    }
    uint32_t sflags = 0;
    if (words >= 3 && caps * 10 >= words * 7) sflags |= kFlagTitleSent;  // headline style
    if (words >= 1 && any_upper == 0) sflags |= kFlagCaselessSent;
    if (words >= 3 && all_upper * 10 >= words * 7) sflags |= kFlagUpperSent;
    for (uint32_t i = b; i < e; ++i) {
      props_[i].flags |= sflags;
      if (props_[i].flags & kFlagPunct) continue;
      uint64_t h = props_[i].lower;  // FNV-1a of the folded token: the phrase hash so far
      for (uint32_t j = i; j < e && j - i < max_tokens; ++j) {
        uint32_t cats;
        if (j == i) {
          cats = gaz_raw_[i];  // the single-word lookup made above
        } else {
          if (a.tokens[j - 1].span.end != a.tokens[j].span.start) h = Fnv(h, ' ');
          for (uint32_t k = fold_start_[j]; k < fold_start_[j + 1]; ++k) h = Fnv(h, static_cast<unsigned char>(folded_[k]));
          cats = gaz_.Find(h);
        }
        if (!(cats & Gazetteer::kPrefix) && j > i) {
          // No key continues this phrase: stop after using a match that ends here.
          if (!cats || (props_[j].flags & kFlagPunct)) break;
        } else if (j == i && !(cats & Gazetteer::kPrefix)) {
          break;  // no phrase of several tokens starts with this word
        }
        cats &= ~Gazetteer::kPrefix;
        if (j == i || (props_[j].flags & kFlagPunct)) continue;
        if (!cats) continue;
        for (int c = 0; c < kNumGaz; ++c) {
          if (!(cats & (1u << c))) continue;
          props_[i].phrase |= 1ull << (3 * c);          // B
          for (uint32_t m = i + 1; m < j; ++m) props_[m].phrase |= 1ull << (3 * c + 1);  // I
          props_[j].phrase |= 1ull << (3 * c + 2);      // E
        }
      }
    }
  }
  // Plain lower-case words in sentences with case (Featurizer::PlainLower).
  static const uint64_t kNameWords[4] = {HashBytes("of"), HashBytes("the"), HashBytes("and"),
                                         HashBytes("zu")};
  for (size_t i = 0; i < n; ++i) {
    Props& p = props_[i];
    constexpr uint32_t kParticleBit = 1u << 15;  // kSurnameParticle in kGazCats
    if ((p.flags & (kFlagLowerStart | kFlagCaselessSent | kFlagGluePrev | kFlagHasPeriod |
                    kFlagHasApos | kFlagHasDigit | kFlagInnerUpper)) != kFlagLowerStart ||
        (p.gaz & kParticleBit)) {
      continue;
    }
    bool name_word = false;
    for (uint64_t h : kNameWords) name_word = name_word || p.lower == h;
    if (!name_word) p.flags |= kFlagPlainLower;
  }
  // Document consistency: how each folded word is written across the document.
  WordTable table(n);
  for (size_t i = 0; i < n; ++i) {
    const Props& p = props_[i];
    if (p.flags & (kFlagPunct | kFlagAllDigit)) continue;
    uint32_t* v = table.Slot(p.lower);
    if ((p.flags & kFlagInitUpper) && !(p.flags & (kFlagSentInitial | kFlagTitleSent | kFlagUpperSent))) {
      *v += std::min<uint32_t>(((*v) & 0xFF) + 1, 0xFF) - ((*v) & 0xFF);
    } else if (p.flags & kFlagLowerStart) {
      *v += (std::min<uint32_t>(((*v >> 8) & 0xFF) + 1, 0xFF) - ((*v >> 8) & 0xFF)) << 8;
    } else if (p.flags & kFlagInitUpper) {
      *v += (std::min<uint32_t>(((*v >> 16) & 0xFF) + 1, 0xFF) - ((*v >> 16) & 0xFF)) << 16;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    Props& p = props_[i];
    if (p.flags & (kFlagPunct | kFlagAllDigit)) continue;
    const uint32_t v = *table.Slot(p.lower);
    uint32_t cap = v & 0xFF, low = (v >> 8) & 0xFF, init = (v >> 16) & 0xFF;
    if ((p.flags & kFlagInitUpper) && !(p.flags & (kFlagSentInitial | kFlagTitleSent | kFlagUpperSent))) {
      --cap;
    } else if (p.flags & kFlagLowerStart) {
      --low;
    } else if (p.flags & kFlagInitUpper) {
      --init;
    }
    if (cap) p.doc |= kDocCapElsewhere;
    if (low) p.doc |= kDocLowerElsewhere;
    if (init && !cap && !low) p.doc |= kDocOnlyInitial;
  }
}

bool Featurizer::PlainLower(uint32_t i) const { return (props_[i].flags & kFlagPlainLower) != 0; }

bool Featurizer::FarFromNames(uint32_t i) const {
  constexpr uint32_t kNameLike = kFlagInitUpper | kFlagAllUpper | kFlagInnerUpper | kFlagHasDigit | kFlagNonAscii;
  if (props_[i].flags & kFlagCaselessSent) return false;  // no case to go by: the model decides
  const size_t lo = i >= 2 ? i - 2 : 0, hi = std::min<size_t>(props_.size(), size_t{i} + 3);
  for (size_t j = lo; j < hi; ++j) {
    const uint32_t fl = props_[j].flags;
    if (fl & kNameLike) return false;
    if (!(fl & kFlagPunct) && !(fl & kFlagLowerStart)) return false;  // neither word nor punctuation
  }
  return true;
}

void Featurizer::Features(uint32_t i, int history, std::vector<uint32_t>* out) const {
  out->resize(kMaxFeatures);
  out->resize(Features(i, history, out->data()));
}

size_t Featurizer::Features(uint32_t i, int history, uint32_t* out) const { return Features(i, history, out, kAll); }

uint64_t Featurizer::OwnKey(uint32_t i) const {
  const Props& p = props_[i];
  return p.lower ^ (p.cased * 0x9E3779B97F4A7C15ull) ^ (p.shape * 0xD6E8FEB86659FD93ull) ^
         ((p.flags | static_cast<uint64_t>(p.gaz) << 32) * 0xA24BAED4963EE407ull) ^ (p.phrase * 0x9FB21C651E98DF25ull) ^
         ((p.doc | static_cast<uint64_t>(p.cluster) << 32) * 0xC2B2AE3D27D4EB4Full);
}

bool Featurizer::SameOwn(uint32_t i, uint32_t j) const {
  const Props& p = props_[i];
  const Props& q = props_[j];
  if (p.lower != q.lower || p.cased != q.cased || p.shape != q.shape || p.flags != q.flags || p.gaz != q.gaz ||
      p.phrase != q.phrase || p.doc != q.doc || p.cluster != q.cluster) {
    return false;
  }
  const std::string_view fi(folded_.data() + fold_start_[i], fold_start_[i + 1] - fold_start_[i]);
  const std::string_view fj(folded_.data() + fold_start_[j], fold_start_[j + 1] - fold_start_[j]);
  return fi == fj;
}

size_t Featurizer::Features(uint32_t i, int history, uint32_t* out, Part part) const {
  size_t count = 0;
  const int shift = 64 - bits_;
  const bool own = part & kOwn, ctx = part & kContext;
  auto emit = [&](uint64_t tmpl, uint64_t v) {
    out[count++] = static_cast<uint32_t>(Mix(v * 0x9E3779B97F4A7C15ull + tmpl * 0xD6E8FEB86659FD93ull) >> shift);
  };
  // add: a feature of the token's own properties; add_ctx, add2: of its neighbours or history.
  auto add = [&](uint64_t tmpl, uint64_t v) {
    if (own) emit(tmpl, v);
  };
  auto add_ctx = [&](uint64_t tmpl, uint64_t v) {
    if (ctx) emit(tmpl, v);
  };
  auto add2 = [&](uint64_t tmpl, uint64_t v, uint64_t w) {
    if (ctx) emit(tmpl, Mix(v) ^ (w * 0xA24BAED4963EE407ull));
  };
  auto add2_own = [&](uint64_t tmpl, uint64_t v, uint64_t w) {
    if (own) emit(tmpl, Mix(v) ^ (w * 0xA24BAED4963EE407ull));
  };
  const Props& p = props_[i];
  const size_t n = props_.size();
  // Context within the sentence boundaries of the flags: a sentence-initial token has no left
  // context that matters, so the left words are the sentinels there.
  const bool initial = p.flags & kFlagSentInitial;
  const Props* m1 = (i >= 1 && !initial) ? &props_[i - 1] : nullptr;
  const Props* m2 = (m1 && i >= 2 && !(m1->flags & kFlagSentInitial)) ? &props_[i - 2] : nullptr;
  const Props* p1 = (i + 1 < n && !(props_[i + 1].flags & kFlagSentInitial)) ? &props_[i + 1] : nullptr;
  const Props* p2 = (p1 && i + 2 < n && !(props_[i + 2].flags & kFlagSentInitial)) ? &props_[i + 2] : nullptr;
  const uint64_t wm1 = m1 ? m1->lower : kBos, wm2 = m2 ? m2->lower : (m1 ? kBos : kBos2);
  const uint64_t wp1 = p1 ? p1->lower : kEos, wp2 = p2 ? p2->lower : (p1 ? kEos : kEos2);
  const uint64_t shm1 = m1 ? m1->shape : kBos, shp1 = p1 ? p1->shape : kEos;
  const uint32_t cap_ctx = p.flags & (kFlagInitUpper | kFlagAllUpper | kFlagSentInitial | kFlagAfterOpen |
                                      kFlagTitleSent | kFlagCaselessSent | kFlagUpperSent);

  add(kTBias, 0);
  add(kTW, p.lower);
  add(kTWCased, p.cased);
  add_ctx(kTWm1, wm1);
  add_ctx(kTWm2, wm2);
  add_ctx(kTWp1, wp1);
  add_ctx(kTWp2, wp2);
  add2(kTWm1W, wm1, p.lower);
  add2(kTWWp1, p.lower, wp1);
  add2(kTWm2Wm1, wm2, wm1);
  add(kTSh, p.shape);
  add_ctx(kTShm1, shm1);
  add_ctx(kTShp1, shp1);
  add2(kTSh3, Mix(shm1) ^ p.shape, shp1);
  add2(kTWm1Sh, wm1, p.shape);
  add2(kTShWp1, p.shape, wp1);
  const std::string_view folded(folded_.data() + fold_start_[i], fold_start_[i + 1] - fold_start_[i]);
  for (size_t k = 0; own && k < 4 && folded.size() > k + 1; ++k) {  // affixes shorter than the word only
    const uint64_t prefix = HashBytes(folded.substr(0, k + 1), 11 + k);
    const uint64_t suffix = HashBytes(folded.substr(folded.size() - k - 1), 23 + k);
    if (prefix) add(kTPre + k, prefix);
    if (suffix) add(kTSuf + k, suffix);
  }
  // The bit loops below visit only the set bits, lowest first (speed; same features, same order).
  for (uint64_t bits = own ? p.flags & ((uint64_t{1} << kNumFlags) - 1) : 0; bits; bits &= bits - 1) {
    add(kTFlag, static_cast<uint32_t>(__builtin_ctzll(bits)));
  }
  add(kTCapCtx, cap_ctx);
  const uint32_t gm1 = m1 ? m1->gaz : 0, gp1 = p1 ? p1->gaz : 0;
  for (uint32_t any = (p.gaz | gm1 | gp1) & ((1u << kNumGaz) - 1); any; any &= any - 1) {
    const int c = __builtin_ctz(any);
    if (p.gaz & (1u << c)) {
      add(kTGaz, c);
      add(kTGazCap, (static_cast<uint64_t>(c) << 32) | cap_ctx);
    }
    if (gm1 & (1u << c)) add2(kTGazm1, c, p.flags & kFlagInitUpper);
    if (gp1 & (1u << c)) add2(kTGazp1, c, p.flags & kFlagInitUpper);
  }
  for (uint64_t bits = own ? p.phrase : 0; bits; bits &= bits - 1) {
    add2_own(kTPhrase, __builtin_ctzll(bits), p.flags & kFlagInitUpper);
  }
  add(kTDoc, (static_cast<uint64_t>(p.doc) << 32) | cap_ctx);
  // Word clusters: path prefixes of this word and of its neighbours (0: no cluster).
  // (Tried on the tuning sets: words two places away too, and the path x capitalisation
  // context: both lower.)
  auto cluster_prefixes = [&](uint64_t tmpl, uint32_t c, int count, bool wanted) {
    if (!c || !wanted) return;
    const uint32_t len = c >> Gazetteer::kClusterBits, bits = c & ((1u << Gazetteer::kClusterBits) - 1);
    for (int k = 0; k < count; ++k) {
      const uint32_t l = std::min<uint32_t>(len, kClusterPrefixes[k]);
      emit(tmpl + k, (static_cast<uint64_t>(l) << 32) | (bits >> (Gazetteer::kClusterBits - l)));
      if (l == len) break;  // longer prefixes: the same whole path
    }
  };
  cluster_prefixes(kTClus, p.cluster, 4, own);
  cluster_prefixes(kTClusM1, m1 ? m1->cluster : 0, 4, ctx);
  cluster_prefixes(kTClusP1, p1 ? p1->cluster : 0, 4, ctx);
  add2(kTHist, history, p.flags & (kFlagInitUpper | kFlagSentInitial));
  return count;
}

void Featurizer::PrevFeatures(uint32_t i, int prev, uint32_t out[kPrevFeatures]) const {
  const int shift = 64 - bits_;
  auto bucket = [&](uint64_t tmpl, uint64_t v) {
    return static_cast<uint32_t>(Mix(v * 0x9E3779B97F4A7C15ull + tmpl * 0xD6E8FEB86659FD93ull) >> shift);
  };
  // The kNumPrev buckets of one feature are neighbours (low 4 bits = prev), so a token's
  // transition rows share one bitmap word and mostly one or two cache lines.
  const uint32_t p = static_cast<uint32_t>(prev);
  out[0] = (bucket(kTPrev, 0) & ~15u) | p;
  out[1] = (bucket(kTPrevSh, props_[i].shape) & ~15u) | p;
}

std::vector<NameSpan> SpansFromTags(const Analysis& a, const std::vector<uint8_t>& tags,
                                    const std::vector<int32_t>& margins, uint32_t margin_half) {
  std::vector<NameSpan> spans;
  const uint32_t n = static_cast<uint32_t>(std::min(tags.size(), a.tokens.size()));
  const float half = static_cast<float>(margin_half ? margin_half : 1);
  for (uint32_t i = 0; i < n;) {
    if (!IsBegin(tags[i])) {
      ++i;
      continue;
    }
    uint32_t j = i + 1;
    int64_t sum = margins[i];
    while (j < n && tags[j] == tags[i] + 1 && a.tokens[j].sentence == a.tokens[i].sentence) sum += margins[j++];
    NameSpan s;
    s.first_token = i;
    s.end_token = j;
    s.type = TypeOf(tags[i]);
    const float mean = static_cast<float>(sum) / static_cast<float>(j - i);
    s.score = mean / (mean + half);
    spans.push_back(s);
    i = j;
  }
  return spans;
}

}  // namespace tagger

// ------------------------------------------------------------------ [model]

namespace {

constexpr char kMagic[8] = {'A', 'E', '-', 'N', 'E', 'R', '1', '\n'};
constexpr size_t kHeaderBytes = 8 + 6 * 4;

uint32_t ReadU32(const unsigned char* p) {
  return static_cast<uint32_t>(p[0]) | static_cast<uint32_t>(p[1]) << 8 | static_cast<uint32_t>(p[2]) << 16 |
         static_cast<uint32_t>(p[3]) << 24;
}
uint64_t ReadU64(const unsigned char* p) { return ReadU32(p) | static_cast<uint64_t>(ReadU32(p + 4)) << 32; }
void PutU32(std::string* s, uint32_t v) {
  for (int k = 0; k < 4; ++k) s->push_back(static_cast<char>((v >> (8 * k)) & 0xFF));
}
void PutU64(std::string* s, uint64_t v) {
  PutU32(s, static_cast<uint32_t>(v));
  PutU32(s, static_cast<uint32_t>(v >> 32));
}

}  // namespace

// Set bits of a 16-bit value without a library call (the default x86-64 target lacks a
// popcount instruction in the baseline, and __builtin_popcount then calls a slow helper;
// WebAssembly has one): two lookups in a 256-byte table.
#ifdef __wasm__
inline uint32_t Popcount16(uint32_t x) {
  return static_cast<uint32_t>(__builtin_popcount(x));  // i32.popcnt is a core WebAssembly instruction
}
#else
struct ByteBits {
  uint8_t count[256];
  constexpr ByteBits() : count() {
    for (int v = 1; v < 256; ++v) count[v] = static_cast<uint8_t>(count[v >> 1] + (v & 1));
  }
};
constexpr ByteBits kByteBits;
inline uint32_t Popcount16(uint32_t x) {
  return uint32_t{kByteBits.count[x & 0xFF]} + kByteBits.count[(x >> 8) & 0xFF];
}
#endif

Tagger::Tagger() = default;
Tagger::~Tagger() = default;

std::string Tagger::Serialize(int bucket_bits, const std::vector<int8_t>& codes,
                              const std::vector<int32_t>& scales, uint32_t margin_half) {
  const size_t buckets = size_t{1} << bucket_bits;
  std::string out(kMagic, 8);
  std::vector<uint64_t> bitmap(buckets / 64, 0);
  uint32_t rows = 0;
  for (size_t b = 0; b < buckets; ++b) {
    bool any = false;
    for (int t = 1; t < kRowBytes; ++t) any |= codes[b * kRowBytes + t] != 0;
    if (any) {
      bitmap[b >> 6] |= 1ull << (b & 63);
      ++rows;
    }
  }
  PutU32(&out, static_cast<uint32_t>(bucket_bits));
  PutU32(&out, tagger::kNumTags);
  PutU32(&out, tagger::kFeatureVersion);
  PutU32(&out, kRowBytes);
  PutU32(&out, rows);
  PutU32(&out, margin_half);
  for (size_t k = 0; k < 256; ++k) PutU32(&out, static_cast<uint32_t>(k < scales.size() ? scales[k] : 1));
  for (uint64_t word : bitmap) PutU64(&out, word);
  for (size_t b = 0; b < buckets; ++b) {
    if (!(bitmap[b >> 6] >> (b & 63) & 1)) continue;
    for (int t = 0; t < kRowBytes; ++t) out.push_back(static_cast<char>(codes[b * kRowBytes + t]));
  }
  PutU64(&out, tagger::HashBytes(out));
  return out;
}

bool Tagger::Load(std::string_view blob, const Lexicons& lex, bool verify_checksum, bool copy_rows) {
  bits_ = 0;
  bitmap_.clear();
  rows_.clear();
  row_data_ = nullptr;
  gaz_.reset();
  const auto* p = reinterpret_cast<const unsigned char*>(blob.data());
  if (blob.size() < kHeaderBytes + 8 || std::memcmp(p, kMagic, 8) != 0) return false;
  const uint32_t bits = ReadU32(p + 8), tags = ReadU32(p + 12), version = ReadU32(p + 16);
  const uint32_t row_bytes = ReadU32(p + 20), rows = ReadU32(p + 24), margin_half = ReadU32(p + 28);
  if (bits < 8 || bits > 24 || tags != tagger::kNumTags || version != tagger::kFeatureVersion) return false;
  if (row_bytes != kRowBytes) return false;
  const size_t words = (size_t{1} << bits) / 64;
  if (rows > (size_t{1} << bits)) return false;
  const size_t expect = kHeaderBytes + 256 * 4 + words * 8 + size_t{rows} * kRowBytes + 8;
  if (blob.size() != expect) return false;
  if (verify_checksum && tagger::HashBytes(blob.substr(0, expect - 8)) != ReadU64(p + expect - 8)) return false;
  int32_t scales[256];
  for (size_t k = 0; k < 256; ++k) {
    scales[k] = static_cast<int32_t>(ReadU32(p + kHeaderBytes + 4 * k));
    // |weight| = |code| * scale <= 2^22 keeps the int32 sum of a token's < 200 features
    // (Tag) from overflowing; the trainer maps the largest weight to 2^22.
    if (scales[k] < 0 || scales[k] > (1 << 22) / 127 + 1) return false;
  }
  const unsigned char* q = p + kHeaderBytes + 256 * 4;
  std::vector<BitmapWord> bitmap(words);
  uint32_t count = 0;
  for (size_t w = 0; w < words; ++w) {
    BitmapWord& b = bitmap[w];
    b.bits = ReadU64(q + 8 * w);
    b.rank = count;
    uint32_t below = 0;
    for (int c = 0; c < 4; ++c) {
      b.below[c] = static_cast<uint8_t>(below);
      below += Popcount16(static_cast<uint32_t>(b.bits >> (16 * c)) & 0xFFFF);
    }
    count += below;
  }
  if (count != rows) return false;
  q += words * 8;
  // The bytes are the int8 codes as they are: one bulk copy, or none.
  if (copy_rows) {
    rows_.assign(reinterpret_cast<const int8_t*>(q), reinterpret_cast<const int8_t*>(q) + size_t{rows} * kRowBytes);
    row_data_ = rows_.data();
  } else {
    row_data_ = reinterpret_cast<const int8_t*>(q);
  }
  std::memcpy(scales_, scales, sizeof scales_);
  bits_ = static_cast<int>(bits);
  margin_half_ = margin_half ? margin_half : 1;
  bitmap_ = std::move(bitmap);
  gaz_ = std::make_unique<tagger::Gazetteer>(lex);
  return true;
}

const int8_t* Tagger::Row(uint32_t bucket) const {
  const BitmapWord& w = bitmap_[bucket >> 6];
  const uint32_t pos = bucket & 63;
  if (!((w.bits >> pos) & 1)) return nullptr;
  const uint32_t chunk = pos >> 4;
  const uint32_t before = static_cast<uint32_t>(w.bits >> (16 * chunk)) & ((1u << (pos & 15)) - 1);
  const uint32_t index = w.rank + w.below[chunk] + Popcount16(before);
  return row_data_ + size_t{index} * kRowBytes;
}

std::vector<NameSpan> Tagger::Tag(const Analysis& a) const {
  std::vector<NameSpan> spans;
  if (!loaded() || a.tokens.empty()) return spans;
  tagger::Featurizer f(*gaz_, bits_);
  f.Prepare(a);
  tagger::DecodeBuffers d;
  std::vector<const int8_t*> rows(256);  // per call, not per token (grown when a token has more)
  // Transition scores per distinct token shape (a document has a few dozen shapes): the
  // transition features read only the shape and the previous tag, so each table is summed once.
  // At most max_shapes tables (a small, fixed memory cost even for megabytes of text); past
  // that, as for odd input with a new shape per token, each token's table is summed directly.
  const size_t max_shapes = std::min<size_t>(a.tokens.size(), 4096);
  tagger::WordTable shape_slots(max_shapes);  // never more than half full
  std::vector<int64_t> shape_tables;
  shape_tables.reserve(64 * tagger::kNumPrev * tagger::kNumTags);
  auto add_rows = [&](const uint32_t* buckets, size_t count, int64_t* scores) {
    // Two passes: find (and prefetch) every row first, then sum, so the row loads of a
    // token overlap instead of waiting one after another.
    if (rows.size() < count) rows.resize(count);
    const int8_t** found = rows.data();
    size_t found_count = 0;
    for (size_t k = 0; k < count; ++k) {
      if (const int8_t* row = Row(buckets[k])) {
        __builtin_prefetch(row);
        found[found_count++] = row;
      }
    }
    // Two tags per 64-bit multiply (speed: 4 multiplies a row instead of 9): the codes of
    // tags 0-7 are read as one little-endian word and biased to unsigned (code + 128, 1..255,
    // by flipping the top bit of each byte), tags t and t + 4 go to the low and high 32 bits
    // of one lane word, and the bias comes off at the end (128 x the sum of the scales). No
    // lane carries into the next: (code + 128) x scale <= 255 x 33,027 (Load's bound on
    // scales) and at most 256 rows are summed per pass: < 2^32. Exact integer arithmetic:
    // the same sums as code x scale per tag, on every platform.
    static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "tag codes are read as a little-endian word");
    constexpr uint64_t kLane = 0x000000FF000000FFull, kBias = 0x8080808080808080ull;
    for (size_t begin = 0; begin < found_count; begin += 256) {
      const size_t end = std::min<size_t>(found_count, begin + 256);
      uint64_t lane04 = 0, lane15 = 0, lane26 = 0, lane37 = 0, scale_sum = 0;
      int64_t tag8 = 0;
      for (size_t k = begin; k < end; ++k) {
        const int8_t* row = found[k];
        const uint64_t scale = static_cast<uint32_t>(scales_[static_cast<uint8_t>(row[0])]);
        uint64_t codes;
        std::memcpy(&codes, row + 1, 8);
        codes ^= kBias;
        lane04 += (codes & kLane) * scale;
        lane15 += ((codes >> 8) & kLane) * scale;
        lane26 += ((codes >> 16) & kLane) * scale;
        lane37 += ((codes >> 24) & kLane) * scale;
        tag8 += row[9] * static_cast<int64_t>(scale);
        scale_sum += scale;
      }
      const int64_t bias = 128 * static_cast<int64_t>(scale_sum);
      const uint64_t lanes[4] = {lane04, lane15, lane26, lane37};
      for (int t = 0; t < 4; ++t) {
        scores[t] += static_cast<int64_t>(lanes[t] & 0xFFFFFFFFu) - bias;
        scores[t + 4] += static_cast<int64_t>(lanes[t] >> 32) - bias;
      }
      scores[8] += tag8;
    }
  };
  // The weights of each distinct token's own features (Featurizer::kOwn: the word, its shape,
  // affixes, flags, lexicon categories, phrases, document bits and cluster: about half of a
  // token's features), summed once per document: news repeats its words, names and
  // punctuation. At most max_own entries (fixed memory, as for the shapes); a token whose
  // key is taken by another token (a hash collision: SameOwn compares the properties), or
  // that comes after the table is full, is summed directly. The sums are exact integer
  // arithmetic, so the scores are the same either way.
  struct OwnSum {
    uint32_t token;                 // a token with these own features
    int32_t sum[tagger::kNumTags];  // their weights
  };
  // (Growing it with the text, up to 65,536 entries, saved 3% of an 8 MB text's instructions
  // but cost wall time there: a 2.6 MB table misses the caches. Measured 2026-11-28.)
  const size_t max_own = std::min<size_t>(a.tokens.size(), 4096);
  tagger::WordTable own_slots(max_own);  // never more than half full
  std::vector<OwnSum> own_sums;
  auto emission = [&](uint32_t i, int history, int64_t* em) {
    uint32_t feats[tagger::Featurizer::kMaxFeatures];
    const uint64_t key = f.OwnKey(i);
    uint32_t* slot = own_sums.size() < max_own ? own_slots.Slot(key) : nullptr;
    const uint32_t at = slot ? *slot : own_slots.Get(key);
    if (at != 0 && f.SameOwn(own_sums[at - 1].token, i)) {
      for (int t = 0; t < tagger::kNumTags; ++t) em[t] += own_sums[at - 1].sum[t];
    } else if (slot && at == 0) {
      int64_t own[tagger::kNumTags] = {0, 0, 0, 0, 0, 0, 0, 0, 0};
      add_rows(feats, f.Features(i, history, feats, tagger::Featurizer::kOwn), own);
      OwnSum entry;
      entry.token = i;
      for (int t = 0; t < tagger::kNumTags; ++t) {
        entry.sum[t] = static_cast<int32_t>(own[t]);  // < kMaxFeatures x 2^22 (Load) < 2^30
        em[t] += own[t];
      }
      own_sums.push_back(entry);
      *slot = static_cast<uint32_t>(own_sums.size());
    } else {
      add_rows(feats, f.Features(i, history, feats, tagger::Featurizer::kAll), em);
      return;
    }
    add_rows(feats, f.Features(i, history, feats, tagger::Featurizer::kContext), em);
  };
  constexpr size_t kTable = tagger::kNumPrev * tagger::kNumTags;
  tagger::DecodeWith(
      a, f, emission,
      [&](uint32_t i, uint32_t, int64_t* scratch) -> const int64_t* {
        // All kNumPrev rows (Decode reads the kStart row at a sentence start, the others
        // elsewhere), so one table serves every position of a shape.
        auto fill = [&](int64_t* tr) {
          for (int p = 0; p < tagger::kNumPrev; ++p) {
            uint32_t pb[tagger::kPrevFeatures];
            f.PrevFeatures(i, p, pb);
            add_rows(pb, tagger::kPrevFeatures, tr + p * tagger::kNumTags);
          }
        };
        if (shape_tables.size() >= max_shapes * kTable) {  // cache full: no new keys
          fill(scratch);
          return scratch;
        }
        uint32_t* slot = shape_slots.Slot(f.ShapeKey(i));
        if (*slot == 0) {
          shape_tables.resize(shape_tables.size() + kTable, 0);
          fill(&shape_tables[shape_tables.size() - kTable]);
          *slot = static_cast<uint32_t>(shape_tables.size() / kTable);
        }
        return &shape_tables[size_t{*slot - 1} * kTable];
      },
      [&](uint32_t i) { return f.FarFromNames(i); }, /*constrain=*/true, &d);
  return tagger::SpansFromTags(a, d.tags, d.margins, margin_half_);
}

// ------------------------------------------------------------------ [builtin]

const Tagger* BuiltinTagger(const Lexicons& lex) {
  static std::mutex mutex;
  // Keyed by the lexicon object and its blob bytes, so a new Lexicons at a reused address
  // with another model is not served a stale tagger.
  static std::map<std::tuple<const Lexicons*, const char*, size_t>, std::unique_ptr<Tagger>> cache;
  const auto it = lex.blobs.find("ner.bin");
  if (it == lex.blobs.end()) return nullptr;
  const auto key = std::make_tuple(&lex, it->second.data(), it->second.size());
  std::lock_guard<std::mutex> lock(mutex);
  auto& slot = cache[key];
  if (!slot) {
    slot = std::make_unique<Tagger>();
    // No checksum: the blob is the one embedded at build time (about 12M instructions of
    // start-up saved); a failure stays cached as an unloaded tagger.
    // The rows are read in place: the blob lives as long as `lex` (see tagger.h).
    slot->Load(it->second, lex, /*verify_checksum=*/false, /*copy_rows=*/false);
  }
  return slot->loaded() ? slot.get() : nullptr;
}

}  // namespace ae
