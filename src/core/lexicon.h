// lexicon.h — word lists the core reads: honorifics, titles, speech verbs, gazetteers, ...
//
// What it does: parses plain TSV word lists (assets/lexicon/*.tsv) into one lookup table.
// The core never opens files: callers pass file contents (the CLI and the app use the copy
// embedded at build time, see src/assets/builtin_assets.h; tests pass tiny inline lists).
//
// File format: one entry per line, `phrase<TAB>value` (value optional); '#' starts a comment
// line. The file's name (without directory and `.tsv`) is its category, see Category below.
// `NAME.entity.tsv` adds to category NAME for the rules only: the tagger's features ignore
// what only such a list gives (LexEntry::entity_only), so it grows without a retrain.
// Phrases are matched after Fold(): lower-cased, Latin accents removed, curly apostrophes
// made straight, runs of spaces made one.
//
// Cost: parsing is linear in the input; Find() is one hash lookup (no allocation).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ae {

// The 64-bit FNV-1a hash of a folded key: the lexicon index's hash (IndexTokens makes it of
// every token once, for the entry and the phrase-start lookups).
inline uint64_t KeyFnv(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
  return h;
}

// Category bits. One phrase may be in several lists ("Jordan": first name and country).
enum Category : uint32_t {
  kHonorific = 1u << 0,     // honorifics.tsv: Mr, Ms, Dr ... (value: m / f / empty)
  kTitle = 1u << 1,         // titles.tsv: president, foreign minister, senator ...
  kSpeechVerb = 1u << 2,    // speech_verbs.tsv: said, says, told, added ... (value: lemma)
  kAbbreviation = 1u << 3,  // abbreviations.tsv: "mr.", "u.s.", "sept." (never end a sentence)
  kPronoun = 1u << 4,       // pronouns.tsv: he, she, his ... (value: m / f / p (plural) / n)
  kFirstName = 1u << 5,     // first_names.tsv (value: m / f / u)
  kCountry = 1u << 6,       // countries.tsv (value: canonical name: "us" -> United States)
  kCity = 1u << 7,          // cities.tsv (value: canonical name or empty)
  kRegion = 1u << 8,        // regions.tsv: continents, regions, states
  kDemonym = 1u << 9,       // demonyms.tsv: mexican, salvadorans (value: the place)
  kOrgWord = 1u << 10,      // org_words.tsv: ministry, party, university, inc, corp ...
  kOrg = 1u << 11,          // orgs.tsv: well-known organisations (value: canonical name)
  kNonName = 1u << 12,      // non_names.tsv: capitalised words that are no names (The, Monday)
  kMonth = 1u << 13,        // months.tsv (value: month number)
  kWeekday = 1u << 14,      // weekdays.tsv
  kNumberWord = 1u << 15,   // number_words.tsv: one, two, dozen, million, bn (value: number)
  kCurrency = 1u << 16,     // currencies.tsv: $, £, €, dollars, pesos
  kUnit = 1u << 17,         // units.tsv: km, miles, tonnes, people
  kDescriptorNoun = 1u << 18,  // descriptor_nouns.tsv: minister, spokeswoman, leader (value: m/f/u)
  kSurnameParticle = 1u << 19, // particles.tsv: de, van, von, bin, al
  kPerson = 1u << 20,          // people.tsv: well-known people (value: canonical name)
};

struct LexEntry {
  uint32_t categories = 0;
  // The categories this entry has only from entity-stage lists (NAME.entity.tsv): read by the
  // rules, never by the tagger's features, so such lists grow without retraining the model.
  uint32_t entity_only = 0;
  // 1 + index in Lexicons::values of the newest value a list gave this entry (0: none); the
  // values of one entry form a chain through LexValue::next. Read with Lexicons::EntryValue.
  uint32_t values = 0;
};

struct LexValue {
  Category category;
  uint32_t next;          // 1 + index of the entry's previous value, 0 at the chain's end
  std::string_view text;  // into Lexicons::pool
};
struct LexiconFile {
  std::string name;     // e.g. "honorifics.tsv" or "assets/lexicon/honorifics.tsv"
  std::string content;  // the file's bytes
};

// A number no other object of this kind had in this process; a copy gets a new one. Lets data
// derived from a Lexicons (Analysis::token_lex points into its entries) know which object it
// was made with, even when another one now lives at the same address.
class InstanceId {
 public:
  InstanceId() : value_(Next()) {}
  InstanceId(const InstanceId&) : value_(Next()) {}
  InstanceId& operator=(const InstanceId&) {
    value_ = Next();
    return *this;
  }
  uint64_t value() const { return value_; }

 private:
  static uint64_t Next();
  uint64_t value_;
};

struct Lexicons {
  // key: Fold(phrase); in first-seen order, each key once. Keys and values are views into
  // `pool` (one allocation for all of them: start-up speed; shared, so a copy stays valid).
  // Looked up through an open-addressing index on string_view (no std::string per lookup);
  // add entries only through ParseLexicons.
  std::vector<std::pair<std::string_view, LexEntry>> entries;
  std::vector<LexValue> values;
  std::shared_ptr<const std::string> pool;
  size_t max_phrase_words = 1;  // longest phrase, in words, over all lists
  // Opaque extra data files (e.g. a model's weights) by category name, for later stages.
  std::unordered_map<std::string, std::string> blobs;

  // The entry for an already-folded phrase, or nullptr.
  const LexEntry* Find(std::string_view folded) const;
  // The same, for a caller that has KeyFnv(folded) already (no second pass over the bytes).
  const LexEntry* Find(std::string_view folded, uint64_t fnv) const;
  bool Has(std::string_view folded, Category c) const;
  // The value a list gave the phrase ("" when none).
  std::string_view Value(std::string_view folded, Category c) const;
  // The same for an entry already found (no second lookup).
  std::string_view EntryValue(const LexEntry& e, Category c) const;

  // Index of `entries`: slot -> 1 + entry index (0 = empty); a power-of-two size, at most half full.
  std::vector<uint32_t> slots;
  InstanceId id;
};

// Parses the files. A file whose name maps to no category is kept in `blobs` by name.
// Malformed lines are skipped; their count is added to *skipped_lines when given.
Lexicons ParseLexicons(const std::vector<LexiconFile>& files, size_t* skipped_lines = nullptr);

// Categories of the multi-word phrases (any list) whose first word is the folded `word`; 0
// for most words, so a caller can skip building and looking up 2-4 word keys. Built on first
// use for each Lexicons object (a new object at a reused address is not served stale).
uint32_t PhraseStartCategories(const Lexicons& lex, std::string_view word);
// The table behind it (first word -> categories; views into lex), for a caller asking for
// every token of a document (one cache lookup instead of one per word). A flat table: built
// at start-up before the first analysis, so built without a node per word.
class PhraseStartTable {
 public:
  PhraseStartTable() = default;
  explicit PhraseStartTable(const Lexicons& lex);
  uint32_t Find(std::string_view word) const;
  uint32_t Find(std::string_view word, uint64_t fnv) const;  // fnv: KeyFnv(word)

 private:
  struct Slot {
    std::string_view word;  // empty = free (no phrase starts with an empty word)
    uint32_t categories = 0;
  };
  size_t SlotOf(std::string_view word, uint64_t fnv) const;  // its slot, or the free slot where it would go
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};
const PhraseStartTable& PhraseStarts(const Lexicons& lex);

// The parsed tables as one byte image, and back: the build parses the TSV files once
// (tools/lexicon_pack.cpp) and embeds the image, so start-up copies arrays instead of parsing
// (in a browser a one-shot parse runs in the baseline compiler's code: ~100 ms). The image holds
// entries, values, index, pool and blobs; little-endian, versioned. LoadLexiconImage returns
// false (and leaves *out empty) for a truncated, corrupt or other-version image; the result
// equals the Lexicons the image was made from.
std::string SerializeLexicons(const Lexicons& lex);
bool LoadLexiconImage(std::string_view image, Lexicons* out);

// Lower-cases ASCII and Latin-1/Latin Extended-A letters, removes their accents
// (López -> lopez), maps ’ ‘ to ', collapses white space. Other bytes pass unchanged.
std::string Fold(std::string_view s);
// Fold() of a plain-ASCII word (no byte >= 0x80, no white space) is lower-casing: writes it to
// out (s.size() bytes) and returns true; returns false for any other word (out then partly
// written). Fold's own fast path, for callers that fold into their own buffer.
bool FoldPlainAscii(std::string_view s, char* out);
// Fold() into *out (cleared first; its capacity is reused: no allocation per call once grown).
void FoldInto(std::string_view s, std::string* out);

}  // namespace ae
