// lexicon.cpp — TSV word lists into one folded lookup table.
#include "lexicon.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstring>
#include <map>
#include <mutex>
#include <unordered_map>

namespace ae {

namespace {

struct NamedCategory {
  const char* name;
  Category category;
};

constexpr NamedCategory kCategories[] = {
    {"honorifics", kHonorific},    {"titles", kTitle},
    {"speech_verbs", kSpeechVerb}, {"abbreviations", kAbbreviation},
    {"pronouns", kPronoun},        {"first_names", kFirstName},
    {"countries", kCountry},       {"cities", kCity},
    {"regions", kRegion},          {"demonyms", kDemonym},
    {"org_words", kOrgWord},       {"orgs", kOrg},
    {"non_names", kNonName},       {"months", kMonth},
    {"weekdays", kWeekday},        {"number_words", kNumberWord},
    {"currencies", kCurrency},     {"units", kUnit},
    {"descriptor_nouns", kDescriptorNoun}, {"particles", kSurnameParticle},
    {"people", kPerson},
};

std::string_view BaseName(std::string_view path) {
  const size_t slash = path.find_last_of("/\\");
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  if (path.size() > 4 && path.substr(path.size() - 4) == ".tsv") path.remove_suffix(4);
  return path;
}

size_t CountWords(std::string_view folded) {
  return folded.empty() ? 0 : 1 + static_cast<size_t>(std::count(folded.begin(), folded.end(), ' '));
}

// Appends the ASCII fold of code point c to out (accents removed for Latin-1 and Latin
// Extended-A letters); returns false when c has no fold here.
bool FoldLatin(char32_t c, std::string* out) {
  // Latin-1 Supplement letters U+00C0..U+00FF, mapped to their base letter.
  static const char kLatin1[] =
      "aaaaaaaceeeeiiiidnooooo*ouuuuyts"   // U+00C0..U+00DF (× and ß are special)
      "aaaaaaaceeeeiiiidnooooo/ouuuuyty";  // U+00E0..U+00FF
  if (c >= 0xC0 && c <= 0xFF) {
    if (c == 0xD7 || c == 0xF7) return false;
    if (c == 0xDF) { out->append("ss"); return true; }
    if (c == 0xC6 || c == 0xE6) { out->append("ae"); return true; }
    out->push_back(kLatin1[c - 0xC0]);
    return true;
  }
  // Latin Extended-A U+0100..U+017F: pairs of upper/lower case with one base letter each.
  static const char kExtA[] =
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
      "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  if (c >= 0x100 && c <= 0x17F) {
    if (c == 0x152 || c == 0x153) { out->append("oe"); return true; }
    if (c == 0x132 || c == 0x133) { out->append("ij"); return true; }
    const size_t i = c - 0x100;
    if (i < sizeof(kExtA) - 1) { out->push_back(kExtA[i]); return true; }
  }
  return false;
}

}  // namespace

bool FoldPlainAscii(std::string_view s, char* out) {
  for (size_t k = 0; k < s.size(); ++k) {
    const unsigned char b = static_cast<unsigned char>(s[k]);
    if (b >= 0x80 || b == ' ' || b == '\t' || b == '\n' || b == '\r') return false;
    out[k] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
  }
  return true;
}

std::string Fold(std::string_view s) {
  std::string out;
  FoldInto(s, &out);
  return out;
}

void FoldInto(std::string_view s, std::string* out_ptr) {
  std::string& out = *out_ptr;
  // Fast path (most words): plain ASCII without white space is just lower-cased.
  out.resize(s.size());
  if (FoldPlainAscii(s, &out[0])) return;
  out.clear();
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
        space = !out.empty();
      } else {
        if (space) { out.push_back(' '); space = false; }
        out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      }
      ++i;
      continue;
    }
    // Multi-byte: decode 2- and 3-byte sequences we can fold, copy the rest.
    size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (i + len > s.size()) len = s.size() - i;
    char32_t c = 0;
    if (len == 2) c = ((b & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
    if (len == 3)
      c = ((b & 0x0F) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
          (static_cast<unsigned char>(s[i + 2]) & 0x3F);
    if (c == 0xA0 || c == 0x2009 || c == 0x202F || c == 0x2002 || c == 0x2003) {
      space = !out.empty();
      i += len;
      continue;
    }
    if (space) { out.push_back(' '); space = false; }
    if (c == 0x2019 || c == 0x2018) {
      out.push_back('\'');
    } else if (!FoldLatin(c, &out)) {
      out.append(s.data() + i, len);
    }
    i += len;
  }
}

namespace {

// FNV-1a over the bytes (KeyFnv): a fixed function, so lookups behave the same on every platform.
inline size_t KeyHash(uint64_t fnv) {
  return static_cast<size_t>(fnv ^ (fnv >> 32));
}

// Slot of `key` in the index: where it is, or the empty slot where it would go.
inline size_t SlotOf(const Lexicons& lex, std::string_view key, uint64_t fnv) {
  const size_t mask = lex.slots.size() - 1;
  size_t i = KeyHash(fnv) & mask;
  while (lex.slots[i] != 0) {
    const std::string_view k = lex.entries[lex.slots[i] - 1].first;
    // Length first: most probes end there without a byte compare (speed).
    if (k.size() == key.size() && std::memcmp(k.data(), key.data(), key.size()) == 0) break;
    i = (i + 1) & mask;
  }
  return i;
}
inline size_t SlotOf(const Lexicons& lex, std::string_view key) {
  return SlotOf(lex, key, KeyFnv(key));
}

// Rebuilds the index for `entries`, at most a quarter full (short probe runs).
// Rebuilds the index; false when a key came twice (the later one wins its slot, the earlier is
// unreachable), found on insertion: no pass over the whole table afterwards (start-up time).
bool Reindex(Lexicons* lex, size_t min_entries) {
  size_t cap = 64;
  while (cap < 4 * min_entries) cap <<= 1;
  lex->slots.assign(cap, 0);
  bool unique = true;
  for (size_t k = 0; k < lex->entries.size(); ++k) {
    uint32_t& slot = lex->slots[SlotOf(*lex, lex->entries[k].first)];
    unique = unique && slot == 0;
    slot = static_cast<uint32_t>(k + 1);
  }
  return unique;
}

}  // namespace

uint64_t InstanceId::Next() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

const LexEntry* Lexicons::Find(std::string_view folded) const {
  if (slots.empty()) return nullptr;
  const uint32_t k = slots[SlotOf(*this, folded)];
  return k == 0 ? nullptr : &entries[k - 1].second;
}

const LexEntry* Lexicons::Find(std::string_view folded, uint64_t fnv) const {
  if (slots.empty()) return nullptr;
  const uint32_t k = slots[SlotOf(*this, folded, fnv)];
  return k == 0 ? nullptr : &entries[k - 1].second;
}

bool Lexicons::Has(std::string_view folded, Category c) const {
  const LexEntry* e = Find(folded);
  return e && (e->categories & c);
}

std::string_view Lexicons::Value(std::string_view folded, Category c) const {
  const LexEntry* e = Find(folded);
  return e ? EntryValue(*e, c) : std::string_view();
}

std::string_view Lexicons::EntryValue(const LexEntry& e, Category c) const {
  for (uint32_t v = e.values; v != 0; v = values[v - 1].next) {
    if (values[v - 1].category == c) return values[v - 1].text;
  }
  return {};
}

Lexicons ParseLexicons(const std::vector<LexiconFile>& files, size_t* skipped_lines) {
  Lexicons lex;
  size_t skipped = 0;
  // Size the table once from the line count (start-up speed: no regrowth, no rehash).
  size_t lines = 0;
  for (const LexiconFile& file : files) {
    const std::string_view base = BaseName(file.name);
    bool listed = false;  // only word lists: counting the bytes of a model blob costs more than it saves
    for (const NamedCategory& nc : kCategories) listed = listed || base == nc.name;
    if (listed) lines += static_cast<size_t>(std::count(file.content.begin(), file.content.end(), '\n')) + 1;
  }
  lex.entries.reserve(lines);
  Reindex(&lex, lines);
  // Every key and value is at most as long as its line (folding never lengthens), so the pool
  // never reallocates and the views into it stay valid.
  size_t pool_bytes = 0;
  for (const LexiconFile& file : files) pool_bytes += file.content.size();
  auto pool = std::make_shared<std::string>();
  pool->reserve(pool_bytes + 64);
  auto add_to_pool = [&pool](std::string_view bytes) {
    if (pool->size() + bytes.size() > pool->capacity()) return std::string_view();  // cannot happen (see above); never reallocate
    const size_t at = pool->size();
    pool->append(bytes.data(), bytes.size());
    return std::string_view(pool->data() + at, bytes.size());
  };
  std::string key;
  for (const LexiconFile& file : files) {
    std::string_view base = BaseName(file.name);
    // "titles.entity.tsv": more titles for the entity stage only (LexEntry::entity_only)
    constexpr std::string_view kEntitySuffix = ".entity";
    const bool entity_only = base.size() > kEntitySuffix.size() &&
                             base.substr(base.size() - kEntitySuffix.size()) == kEntitySuffix;
    if (entity_only) base.remove_suffix(kEntitySuffix.size());
    const NamedCategory* found = nullptr;
    for (const NamedCategory& nc : kCategories) {
      if (base == nc.name) found = &nc;
    }
    if (!found && entity_only) base = BaseName(file.name);  // an unknown list stays a blob by its full name
    if (!found) {
      lex.blobs[std::string(base)] = file.content;
      continue;
    }
    std::string_view rest = file.content;
    while (!rest.empty()) {
      const size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      const size_t tab = line.find('\t');
      FoldInto(line.substr(0, tab), &key);  // one reused buffer: pool bytes only for a new key
      if (key.empty()) { ++skipped; continue; }
      std::string_view value = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
      if (2 * (lex.entries.size() + 1) > lex.slots.size()) Reindex(&lex, 2 * lex.entries.size() + 1024);  // grow: keep probes short
      const size_t slot = SlotOf(lex, key);
      if (lex.slots[slot] == 0) {
        lex.entries.emplace_back(add_to_pool(key), LexEntry{});
        lex.slots[slot] = static_cast<uint32_t>(lex.entries.size());
        lex.max_phrase_words = std::max(lex.max_phrase_words, CountWords(key));
      }
      LexEntry& e = lex.entries[lex.slots[slot] - 1].second;
      if (entity_only) {
        if (!(e.categories & found->category)) e.entity_only |= found->category;
      } else {
        e.entity_only &= ~found->category;  // a feature list names it too
      }
      e.categories |= found->category;
      if (!value.empty()) {
        bool replaced = false;  // a list that names the phrase twice: its last value wins
        for (uint32_t v = e.values; v != 0 && !replaced; v = lex.values[v - 1].next) {
          if (lex.values[v - 1].category == found->category) {
            lex.values[v - 1].text = add_to_pool(value);
            replaced = true;
          }
        }
        if (!replaced) {
          lex.values.push_back({found->category, e.values, add_to_pool(value)});
          e.values = static_cast<uint32_t>(lex.values.size());
        }
      }
    }
  }
  lex.pool = std::move(pool);
  if (skipped_lines) *skipped_lines = skipped;
  return lex;
}

uint32_t PhraseStartCategories(const Lexicons& lex, std::string_view word) { return PhraseStarts(lex).Find(word); }

PhraseStartTable::PhraseStartTable(const Lexicons& lex) {
  // A phrase's first token ends at a space, or at punctuation the tokenizer splits off
  // ("al-qaeda" is "al" "-" "qaeda"): index both prefixes. Collected first (a few thousand),
  // so the table is sized once.
  struct WordBytes {  // letters, digits and every byte >= 0x80, by byte (a table: start-up time)
    bool is[256] = {};
    constexpr WordBytes() {
      for (int c = 0; c < 256; ++c) is[c] = c >= 0x80 || ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9');
    }
  };
  static constexpr WordBytes kWordByte;
  std::vector<std::pair<std::string_view, uint32_t>> starts;
  for (const auto& [key, entry] : lex.entries) {
    size_t p = 0;
    while (p < key.size() && kWordByte.is[static_cast<unsigned char>(key[p])]) ++p;
    if (p == key.size()) continue;  // one word: starts no phrase
    const size_t sp = key.find(' ', p);
    if (sp != std::string_view::npos && sp > 0) starts.emplace_back(key.substr(0, sp), entry.categories);
    if (p > 0 && p != sp) starts.emplace_back(key.substr(0, p), entry.categories);
  }
  size_t cap = 16;
  while (cap < 2 * starts.size() + 2) cap <<= 1;  // at most half full: most lookups miss
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  for (const auto& [word, categories] : starts) {
    Slot& slot = slots_[SlotOf(word, KeyFnv(word))];
    slot.word = word;
    slot.categories |= categories;
  }
}

size_t PhraseStartTable::SlotOf(std::string_view word, uint64_t fnv) const {
  // The index's own inline hash (std::hash<string_view> is an out-of-line call: IndexTokens
  // looks up every token), and the length before the bytes, as SlotOf(Lexicons) does.
  size_t i = KeyHash(fnv) & mask_;
  while (!slots_[i].word.empty()) {
    const std::string_view w = slots_[i].word;
    if (w.size() == word.size() && std::memcmp(w.data(), word.data(), word.size()) == 0) break;
    i = (i + 1) & mask_;
  }
  return i;
}

uint32_t PhraseStartTable::Find(std::string_view word) const {
  if (slots_.empty() || word.empty()) return 0;
  return slots_[SlotOf(word, KeyFnv(word))].categories;  // a free slot has none
}

uint32_t PhraseStartTable::Find(std::string_view word, uint64_t fnv) const {
  if (slots_.empty() || word.empty()) return 0;
  return slots_[SlotOf(word, fnv)].categories;
}

const PhraseStartTable& PhraseStarts(const Lexicons& lex) {
  static std::mutex mutex;
  static std::map<uint64_t, PhraseStartTable> cache;  // by Lexicons::id: never another object's table
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(lex.id.value());
  if (it == cache.end()) it = cache.emplace(lex.id.value(), PhraseStartTable(lex)).first;
  return it->second;  // std::map nodes never move: the reference stays valid
}

// ------------------------------------------------------------------ image
// Layout: uint32 little-endian header (magic "AELX", version, entry count, max phrase words,
// blob count, distinct value count), then three sized sections (uint32 size, bytes):
//   records: per entry, LEB128 varints: key length, categories, entity-only categories, value
//            count, then per value (oldest first) its category's bit number and its index
//            among the distinct values;
//            then the distinct values' lengths;
//   keys:    the keys, concatenated in entry order;
//   values:  the distinct values, concatenated;
// then per blob (uint32 name length, name, uint32 data length, data). The index (slots) is
// rebuilt at load: hashing the keys costs less than shipping it (a 1 MB table).

namespace {

constexpr uint32_t kImageMagic = 0x584C4541;  // "AELX"
constexpr uint32_t kImageVersion = 3;  // 3: entity_only per entry

void Put(std::string* out, uint32_t v) {
  const char b[4] = {static_cast<char>(v), static_cast<char>(v >> 8), static_cast<char>(v >> 16), static_cast<char>(v >> 24)};
  out->append(b, 4);
}

void PutVarint(std::string* out, uint32_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

void PutSection(std::string* out, std::string_view bytes) {
  Put(out, static_cast<uint32_t>(bytes.size()));
  out->append(bytes.data(), bytes.size());
}

// Reads from an image; every read checks the bounds (a bad image is refused, never read past).
struct ImageReader {
  std::string_view in;
  size_t at = 0;
  bool ok = true;
  uint32_t U32() {
    if (!ok || in.size() - at < 4) { ok = false; return 0; }
    const auto* p = reinterpret_cast<const unsigned char*>(in.data() + at);
    at += 4;
    return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24;
  }
  uint32_t Varint() {
    if (ok && at < in.size() && static_cast<unsigned char>(in[at]) < 0x80) return static_cast<unsigned char>(in[at++]);  // most
    uint32_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (!ok || at >= in.size()) break;
      const unsigned char b = static_cast<unsigned char>(in[at++]);
      v |= uint32_t{b & 0x7Fu} << shift;
      if (b < 0x80) return v;
    }
    ok = false;
    return 0;
  }
  std::string_view Bytes(size_t n) {
    if (!ok || in.size() - at < n) { ok = false; return {}; }
    at += n;
    return in.substr(at - n, n);
  }
};

int BitOf(Category c) {
  int bit = 0;
  while (bit < 31 && (uint32_t{1} << bit) != c) ++bit;
  return bit;
}

}  // namespace

std::string SerializeLexicons(const Lexicons& lex) {
  std::string records, keys, values;
  std::vector<std::string_view> distinct;                  // in first-seen order
  std::unordered_map<std::string_view, uint32_t> value_index;
  std::vector<const LexValue*> chain;
  for (const auto& [key, e] : lex.entries) {
    PutVarint(&records, static_cast<uint32_t>(key.size()));
    PutVarint(&records, e.categories);
    PutVarint(&records, e.entity_only);
    keys.append(key.data(), key.size());
    chain.clear();
    for (uint32_t v = e.values; v != 0; v = lex.values[v - 1].next) chain.push_back(&lex.values[v - 1]);
    PutVarint(&records, static_cast<uint32_t>(chain.size()));
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {  // oldest first: the load rebuilds the same chain
      const auto [where, added] = value_index.emplace((*it)->text, static_cast<uint32_t>(distinct.size()));
      if (added) distinct.push_back((*it)->text);
      PutVarint(&records, static_cast<uint32_t>(BitOf((*it)->category)));
      PutVarint(&records, where->second);
    }
  }
  for (std::string_view v : distinct) {
    PutVarint(&records, static_cast<uint32_t>(v.size()));
    values.append(v.data(), v.size());
  }
  std::string out;
  Put(&out, kImageMagic);
  Put(&out, kImageVersion);
  Put(&out, static_cast<uint32_t>(lex.entries.size()));
  Put(&out, static_cast<uint32_t>(lex.max_phrase_words));
  Put(&out, static_cast<uint32_t>(lex.blobs.size()));
  Put(&out, static_cast<uint32_t>(distinct.size()));
  PutSection(&out, records);
  PutSection(&out, keys);
  PutSection(&out, values);
  // Blobs by name: the same bytes whatever the map's order.
  std::vector<const std::pair<const std::string, std::string>*> blobs;
  for (const auto& b : lex.blobs) blobs.push_back(&b);
  std::sort(blobs.begin(), blobs.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
  for (const auto* b : blobs) {
    PutSection(&out, b->first);
    PutSection(&out, b->second);
  }
  return out;
}

bool LoadLexiconImage(std::string_view image, Lexicons* out) {
  *out = Lexicons();
  ImageReader h{image};
  if (h.U32() != kImageMagic || h.U32() != kImageVersion) return false;
  const uint32_t n_entries = h.U32(), max_words = h.U32(), n_blobs = h.U32(), n_distinct = h.U32();
  ImageReader r{h.Bytes(h.U32())};  // records
  const std::string_view keys = h.Bytes(h.U32());
  const std::string_view values = h.Bytes(h.U32());
  // Counts bounded by the image before anything is allocated (each entry takes >= 3 record
  // bytes, each distinct value >= 1): a corrupt count allocates nothing.
  if (!h.ok || uint64_t{n_entries} * 3 + n_distinct > r.in.size()) return false;
  Lexicons lex;
  auto pool = std::make_shared<std::string>();
  pool->reserve(keys.size() + values.size());
  pool->append(keys.data(), keys.size());
  pool->append(values.data(), values.size());
  const std::string_view pool_view(*pool);
  lex.entries.reserve(n_entries);
  // First pass over the records: entries and their value references.
  struct Ref { uint32_t entry, bit, index; };
  std::vector<Ref> refs;
  size_t key_at = 0;
  for (uint32_t i = 0; i < n_entries && r.ok; ++i) {
    const uint32_t len = r.Varint();
    LexEntry e;
    e.categories = r.Varint();
    e.entity_only = r.Varint();
    const uint32_t n_values = r.Varint();
    if (!r.ok || len == 0 || len > keys.size() - key_at || n_values > 32) { r.ok = false; break; }
    lex.entries.emplace_back(pool_view.substr(key_at, len), e);
    key_at += len;
    for (uint32_t k = 0; k < n_values && r.ok; ++k) {
      const uint32_t bit = r.Varint(), index = r.Varint();
      if (bit > 31 || index >= n_distinct) r.ok = false;
      refs.push_back({i, bit, index});
    }
  }
  std::vector<std::string_view> distinct;
  distinct.reserve(r.ok ? n_distinct : 0);
  size_t value_at = keys.size();
  for (uint32_t i = 0; i < n_distinct && r.ok; ++i) {
    const uint32_t len = r.Varint();
    if (!r.ok || len > pool_view.size() - value_at) { r.ok = false; break; }
    distinct.push_back(pool_view.substr(value_at, len));
    value_at += len;
  }
  if (!r.ok || key_at != keys.size() || value_at != pool_view.size() || r.at != r.in.size()) return false;
  lex.values.reserve(refs.size());
  for (const Ref& ref : refs) {
    LexEntry& e = lex.entries[ref.entry].second;
    lex.values.push_back({static_cast<Category>(uint32_t{1} << ref.bit), e.values, distinct[ref.index]});
    e.values = static_cast<uint32_t>(lex.values.size());
  }
  for (uint32_t i = 0; i < n_blobs && h.ok; ++i) {
    const std::string_view name = h.Bytes(h.U32());
    const std::string_view data = h.Bytes(h.U32());
    if (h.ok) lex.blobs[std::string(name)] = std::string(data);
  }
  if (!h.ok || h.at != image.size()) return false;
  lex.max_phrase_words = std::max<size_t>(1, max_words);
  lex.pool = std::move(pool);
  // A key twice would make one of them unreachable: not an image ParseLexicons wrote.
  if (!Reindex(&lex, lex.entries.size())) return false;
  *out = std::move(lex);
  return true;
}

}  // namespace ae
