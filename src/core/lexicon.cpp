// lexicon.cpp — TSV word lists into one folded lookup table.
#include "lexicon.h"

#include <algorithm>
#include <cstring>

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

std::string Fold(std::string_view s) {
  // Fast path (most words): plain ASCII without white space is just lower-cased.
  size_t plain = 0;
  while (plain < s.size()) {
    const unsigned char b = static_cast<unsigned char>(s[plain]);
    if (b >= 0x80 || b == ' ' || b == '\t' || b == '\n' || b == '\r') break;
    ++plain;
  }
  if (plain == s.size()) {
    std::string lower(s);
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return lower;
  }
  std::string out;
  FoldInto(s, &out);
  return out;
}

void FoldInto(std::string_view s, std::string* out_ptr) {
  std::string& out = *out_ptr;
  out.clear();
  // Fast path (most words): plain ASCII without white space is just lower-cased.
  size_t plain = 0;
  while (plain < s.size()) {
    const unsigned char b = static_cast<unsigned char>(s[plain]);
    if (b >= 0x80 || b == ' ' || b == '\t' || b == '\n' || b == '\r') break;
    ++plain;
  }
  if (plain == s.size()) {
    out.assign(s.data(), s.size());
    for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return;
  }
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

// FNV-1a over the bytes: a fixed function, so lookups behave the same on every platform.
inline size_t KeyHash(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
  return static_cast<size_t>(h ^ (h >> 32));
}

// Slot of `key` in the index: where it is, or the empty slot where it would go.
inline size_t SlotOf(const Lexicons& lex, std::string_view key) {
  const size_t mask = lex.slots.size() - 1;
  size_t i = KeyHash(key) & mask;
  while (lex.slots[i] != 0) {
    const std::string& k = lex.entries[lex.slots[i] - 1].first;
    // Length first: most probes end there without a byte compare (speed).
    if (k.size() == key.size() && std::memcmp(k.data(), key.data(), key.size()) == 0) break;
    i = (i + 1) & mask;
  }
  return i;
}

// Rebuilds the index for `entries`, at most a quarter full (short probe runs).
void Reindex(Lexicons* lex, size_t min_entries) {
  size_t cap = 64;
  while (cap < 4 * min_entries) cap <<= 1;
  lex->slots.assign(cap, 0);
  for (size_t k = 0; k < lex->entries.size(); ++k) lex->slots[SlotOf(*lex, lex->entries[k].first)] = static_cast<uint32_t>(k + 1);
}

}  // namespace

const LexEntry* Lexicons::Find(std::string_view folded) const {
  if (slots.empty()) return nullptr;
  const uint32_t k = slots[SlotOf(*this, folded)];
  return k == 0 ? nullptr : &entries[k - 1].second;
}

bool Lexicons::Has(std::string_view folded, Category c) const {
  const LexEntry* e = Find(folded);
  return e && (e->categories & c);
}

std::string_view Lexicons::Value(std::string_view folded, Category c) const {
  const LexEntry* e = Find(folded);
  if (!e) return {};
  for (const auto& [cat, value] : e->values) {
    if (cat == c) return value;
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
  std::string key;
  for (const LexiconFile& file : files) {
    const std::string_view base = BaseName(file.name);
    const NamedCategory* found = nullptr;
    for (const NamedCategory& nc : kCategories) {
      if (base == nc.name) found = &nc;
    }
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
      FoldInto(line.substr(0, tab), &key);  // one reused buffer: a string is made only for a new key
      if (key.empty()) { ++skipped; continue; }
      std::string_view value = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
      if (2 * (lex.entries.size() + 1) > lex.slots.size()) Reindex(&lex, 2 * lex.entries.size() + 1024);  // grow: keep probes short
      const size_t slot = SlotOf(lex, key);
      if (lex.slots[slot] == 0) {
        lex.entries.emplace_back(key, LexEntry{});
        lex.slots[slot] = static_cast<uint32_t>(lex.entries.size());
      }
      const std::string_view key_view = lex.entries[lex.slots[slot] - 1].first;
      LexEntry& e = lex.entries[lex.slots[slot] - 1].second;
      e.categories |= found->category;
      if (!value.empty()) {
        bool replaced = false;
        for (auto& [cat, v] : e.values) {
          if (cat == found->category) { v.assign(value); replaced = true; }
        }
        if (!replaced) e.values.emplace_back(found->category, value);
      }
      lex.max_phrase_words = std::max(lex.max_phrase_words, CountWords(key_view));
    }
  }
  if (skipped_lines) *skipped_lines = skipped;
  return lex;
}

}  // namespace ae
