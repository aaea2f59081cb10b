// test_lexicon_image.cpp — the lexicon image the build embeds (SerializeLexicons /
// LoadLexiconImage): it loads back to the same tables ParseLexicons makes, the embedded one
// equals a parse of assets/lexicon, and a damaged image is refused without a crash.
#include <doctest/doctest.h>

#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "assets/builtin_assets.h"
#include "core/lexicon.h"

namespace {

// Same tables: every key with the same categories and the same value per category, same
// blobs, same longest phrase; and every key is found through the rebuilt index.
void CheckSame(const ae::Lexicons& a, const ae::Lexicons& b) {
  REQUIRE(a.entries.size() == b.entries.size());
  CHECK(a.max_phrase_words == b.max_phrase_words);
  CHECK(a.blobs == b.blobs);
  size_t differ = 0;
  for (size_t i = 0; i < a.entries.size(); ++i) {
    const auto& [key, e] = a.entries[i];
    const ae::LexEntry* f = b.Find(key);
    if (!f || f->categories != e.categories || b.entries[i].first != key) { ++differ; continue; }
    for (int bit = 0; bit < 32; ++bit) {
      const auto c = static_cast<ae::Category>(uint32_t{1} << bit);
      if (a.EntryValue(e, c) != b.EntryValue(*f, c)) ++differ;
    }
  }
  CHECK(differ == 0);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("lexicon image: loads back to the parsed tables, values and blobs included") {
  const ae::Lexicons parsed = ae::ParseLexicons(
      {{"countries.tsv", "United States\nUS\tUnited States\nCôte d’Ivoire\tIvory Coast\n"},
       {"first_names.tsv", "Jordan\tm\nKamala\tf\nJordan\tu\n"},  // a list naming a phrase twice: last value
       {"regions.tsv", "Jordan\nCentral America\n"},
       {"capitals.tsv", "Paris\tFrance\n"}});
  const std::string image = ae::SerializeLexicons(parsed);
  ae::Lexicons loaded;
  REQUIRE(ae::LoadLexiconImage(image, &loaded));
  CheckSame(parsed, loaded);
  CHECK(loaded.Value("jordan", ae::kFirstName) == "u");
  CHECK(loaded.Has("jordan", ae::kRegion));
  CHECK(loaded.Value("cote d'ivoire", ae::kCountry) == "Ivory Coast");
  CHECK(loaded.Find("paris") == nullptr);
  CHECK(loaded.blobs.at("capitals") == "Paris\tFrance\n");
  CHECK(ae::SerializeLexicons(loaded) == image);  // deterministic bytes
  // A copy shares the pool: its views stay valid after the original is gone.
  ae::Lexicons copy;
  {
    ae::Lexicons temp;
    REQUIRE(ae::LoadLexiconImage(image, &temp));
    copy = temp;
  }
  CHECK(copy.Value("us", ae::kCountry) == "United States");
}

TEST_CASE("lexicon image: the embedded lexicons equal a parse of assets/lexicon") {
  std::vector<std::string> names;
  const std::string dir = std::string(AE_SOURCE_DIR) + "/assets/lexicon";
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string name = e->d_name;
      if (name.size() > 4 && name.substr(name.size() - 4) == ".tsv") names.push_back(name);
    }
    closedir(d);
  }
  REQUIRE(names.size() > 10);
  std::sort(names.begin(), names.end());
  std::vector<ae::LexiconFile> files;
  for (const std::string& name : names) files.push_back({dir + "/" + name, ReadFile(dir + "/" + name)});
  ae::Lexicons parsed = ae::ParseLexicons(files);
  // The built-in adds the model files as blobs; compare the word lists only.
  ae::Lexicons builtin = ae::BuiltinLexicons();
  for (auto it = builtin.blobs.begin(); it != builtin.blobs.end();) {
    it = parsed.blobs.count(it->first) ? std::next(it) : builtin.blobs.erase(it);
  }
  CheckSame(parsed, builtin);
}

TEST_CASE("lexicon image: a truncated or damaged image is refused, never read past") {
  const ae::Lexicons parsed = ae::ParseLexicons(
      {{"countries.tsv", "United States\nUS\tUnited States\n"}, {"first_names.tsv", "Jordan\tm\n"},
       {"capitals.tsv", "Paris\tFrance\n"}});
  const std::string image = ae::SerializeLexicons(parsed);
  ae::Lexicons out;
  for (size_t n = 0; n < image.size(); ++n) {
    CHECK_FALSE(ae::LoadLexiconImage(std::string_view(image).substr(0, n), &out));
    CHECK(out.entries.empty());
  }
  CHECK_FALSE(ae::LoadLexiconImage(image + "x", &out));
  // Every single-byte change: refused, or loaded with every key findable (never a crash).
  size_t loaded = 0;
  for (size_t i = 0; i < image.size(); ++i) {
    for (int flip : {0x01, 0x80, 0xFF}) {
      std::string bad = image;
      bad[i] = static_cast<char>(bad[i] ^ flip);
      if (ae::LoadLexiconImage(bad, &out)) {
        ++loaded;
        for (const auto& entry : out.entries) CHECK(out.Find(entry.first) == &entry.second);
      }
    }
  }
  CHECK(loaded < 3 * image.size());
  // Huge counts allocate nothing: the header alone claims four billion entries.
  std::string huge = image;
  huge[8] = huge[9] = huge[10] = huge[11] = static_cast<char>(0xFF);
  CHECK_FALSE(ae::LoadLexiconImage(huge, &out));
}
