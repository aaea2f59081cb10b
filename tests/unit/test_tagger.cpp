// Tests for the name tagger (src/core/tagger.h): the shipped model loads, tags plain news
// sentences, rejects damaged blobs without crashing, and is deterministic.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "assets/builtin_assets.h"
#include "core/tagger.h"
#include "core/text.h"

namespace {

struct Found {
  std::string text;
  char type;
};

std::vector<Found> TagText(const ae::Tagger& tagger, const std::string& text) {
  ae::Analysis a;
  a.text = text;
  ae::Segment(&a, ae::BuiltinLexicons());
  std::vector<Found> out;
  for (const ae::NameSpan& s : tagger.Tag(a)) {
    const ae::Span span{a.tokens[s.first_token].span.start, a.tokens[s.end_token - 1].span.end};
    out.push_back({std::string(a.Text(span)), s.type});
  }
  return out;
}

bool Has(const std::vector<Found>& found, const std::string& text, char type) {
  for (const Found& f : found) {
    if (f.text == text && f.type == type) return true;
  }
  return false;
}

// The same spans, types and scores, span by span.
void CheckSameSpans(const std::vector<ae::NameSpan>& x, const std::vector<ae::NameSpan>& y) {
  REQUIRE(x.size() == y.size());
  for (size_t k = 0; k < x.size(); ++k) {
    CHECK(x[k].first_token == y[k].first_token);
    CHECK(x[k].end_token == y[k].end_token);
    CHECK(x[k].type == y[k].type);
    CHECK(x[k].score == y[k].score);
  }
}

}  // namespace

TEST_CASE("tagger: the embedded model loads once") {
  const ae::Tagger* t = ae::BuiltinTagger(ae::BuiltinLexicons());
  REQUIRE(t != nullptr);
  CHECK(t->loaded());
  CHECK(ae::BuiltinTagger(ae::BuiltinLexicons()) == t);  // parsed once, then cached
}

TEST_CASE("tagger: unambiguous names in news sentences") {
  const ae::Tagger* t = ae::BuiltinTagger(ae::BuiltinLexicons());
  REQUIRE(t != nullptr);
  const auto a = TagText(*t, "Barack Obama visited Paris on Monday.");
  CHECK(Has(a, "Barack Obama", 'P'));
  CHECK(Has(a, "Paris", 'L'));
  const auto b = TagText(*t, "The deal was signed in Berlin, Chancellor Angela Merkel said.");
  CHECK(Has(b, "Berlin", 'L'));
  CHECK(Has(b, "Angela Merkel", 'P'));  // the title stays outside the name
  const auto c = TagText(*t, "President Joe Biden met officials in New York on Tuesday.");
  CHECK(Has(c, "Joe Biden", 'P'));
  CHECK(Has(c, "New York", 'L'));
  const auto d = TagText(*t, "Officials said the United Nations would send aid.");
  CHECK(Has(d, "United Nations", 'O'));
  // Spans are ordered, inside the text, and never overlap.
  ae::Analysis x;
  x.text = "Angela Merkel and Emmanuel Macron met in Berlin with the European Commission.";
  ae::Segment(&x, ae::BuiltinLexicons());
  uint32_t last_end = 0;
  for (const ae::NameSpan& s : t->Tag(x)) {
    CHECK(s.first_token >= last_end);
    CHECK(s.first_token < s.end_token);
    CHECK(s.end_token <= x.tokens.size());
    CHECK(s.score >= 0.0f);
    CHECK(s.score <= 1.0f);
    last_end = s.end_token;
  }
}

TEST_CASE("tagger: lower-case text without names gives nothing, empty input is fine") {
  const ae::Tagger* t = ae::BuiltinTagger(ae::BuiltinLexicons());
  REQUIRE(t != nullptr);
  CHECK(TagText(*t, "").empty());
  CHECK(TagText(*t, "the weather was nice and we walked home slowly.").empty());
}

TEST_CASE("tagger: truncated, corrupt or foreign blobs are rejected without a crash") {
  const ae::Lexicons& lex = ae::BuiltinLexicons();
  const auto it = lex.blobs.find("ner.bin");
  REQUIRE(it != lex.blobs.end());
  const std::string& good = it->second;
  ae::Tagger t;
  CHECK(t.Load(good, lex));
  CHECK_FALSE(t.Load("", lex));
  CHECK_FALSE(t.loaded());  // a failed load leaves the tagger empty
  CHECK_FALSE(t.Load("AE-NER1\n", lex));
  CHECK_FALSE(t.Load(good.substr(0, good.size() / 2), lex));
  CHECK_FALSE(t.Load(good.substr(0, good.size() - 1), lex));
  CHECK_FALSE(t.Load(good + "x", lex));
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x40;  // a weight byte: caught by the checksum
  CHECK_FALSE(t.Load(flipped, lex));
  std::string header = good;
  header[8] = 30;  // bucket_bits out of range
  CHECK_FALSE(t.Load(header, lex));
  std::string junk(good.size(), '\xAB');
  CHECK_FALSE(t.Load(junk, lex));
  // An unloaded tagger tags nothing.
  ae::Analysis a;
  a.text = "Barack Obama visited Paris.";
  ae::Segment(&a, lex);
  CHECK(t.Tag(a).empty());
  // A lexicon without the blob has no built-in tagger.
  ae::Lexicons bare;
  CHECK(ae::BuiltinTagger(bare) == nullptr);
}

TEST_CASE("tagger: a serialised model round-trips") {
  // A tiny model: every bucket votes for B-PER on the tag after O; no real features needed.
  const int bits = 10;
  const size_t buckets = size_t{1} << bits;
  std::vector<int8_t> rows(buckets * ae::Tagger::kRowBytes, 0);
  rows[5 * ae::Tagger::kRowBytes + 0] = 3;   // scale index
  rows[5 * ae::Tagger::kRowBytes + 2] = 90;  // tag 1 (B-P)
  std::vector<int32_t> scales(256, 1);
  const std::string blob = ae::Tagger::Serialize(bits, rows, scales, 10);
  ae::Lexicons lex;
  ae::Tagger t;
  REQUIRE(t.Load(blob, lex));
  CHECK(t.bucket_bits() == bits);
  REQUIRE(t.Row(5) != nullptr);
  CHECK(t.Row(5)[2] == 90);
  CHECK(t.Scale(t.Row(5)[0]) == 1);
  CHECK(t.Row(6) == nullptr);
  CHECK(ae::Tagger::Serialize(bits, rows, scales, 10) == blob);  // deterministic bytes
}

TEST_CASE("tagger: deterministic, and independent of earlier documents") {
  const ae::Tagger* t = ae::BuiltinTagger(ae::BuiltinLexicons());
  REQUIRE(t != nullptr);
  const std::string text =
      "Kamala Harris met Andres Manuel Lopez Obrador in Mexico City. Ms Harris said the United "
      "States and Mexico would work together. Reuters reported that Lopez Obrador agreed.";
  ae::Analysis a;
  a.text = text;
  ae::Segment(&a, ae::BuiltinLexicons());
  const auto first = t->Tag(a);
  TagText(*t, "Angela Merkel visited Washington and met Joe Biden at the White House.");
  const auto second = t->Tag(a);
  CheckSameSpans(first, second);
  CHECK(Has(TagText(*t, text), "Kamala Harris", 'P'));

  // The same tags from an analysis without a token index (the featurizer folds the tokens
  // itself then), accented and upper-case words included.
  ae::Analysis b;
  b.text = text + " L\xC3\xB3pez Obrador told REUTERS in S\xC3\xA3o Paulo.";
  ae::Segment(&b, ae::BuiltinLexicons());
  ae::Analysis bare = b;
  bare.token_lex = ae::TokenLex{};
  const auto indexed = t->Tag(b), folded_here = t->Tag(bare);
  CheckSameSpans(indexed, folded_here);
}

TEST_CASE("tagger: names stop at lower-case words and punctuation (no run-on spans)") {
  const ae::Tagger* t = ae::BuiltinTagger(ae::BuiltinLexicons());
  REQUIRE(t != nullptr);
  // Exactly one name: "Mexico City" as a place; "on Tuesday," must stay outside.
  const auto a = TagText(*t, "They met in Mexico City on Tuesday, officials said.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].text == "Mexico City");
  CHECK(a[0].type == 'L');
  // Two organisations joined by "and" are two names.
  const auto b = TagText(*t, "The European Union and Microsoft agreed on new rules.");
  CHECK(Has(b, "European Union", 'O'));
  CHECK(Has(b, "Microsoft", 'O'));
  for (const Found& f : b) CHECK(f.text.find(" and ") == std::string::npos);
  // The honorific stays outside and the surname pair is one person.
  const auto c = TagText(*t, "Mr Lopez Obrador spoke to reporters in the capital.");
  CHECK(Has(c, "Lopez Obrador", 'P'));
  for (const Found& f : c) CHECK(f.type != 'L');
  // No span of any sentence contains a comma or a lower-case function word.
  const auto d = TagText(*t,
                         "Angela Merkel, the former chancellor, visited Washington on Monday and met Joe "
                         "Biden at the White House, aides said.");
  CHECK(Has(d, "Angela Merkel", 'P'));
  CHECK(Has(d, "Washington", 'L'));
  for (const Found& f : d) {
    CHECK(f.text.find(',') == std::string::npos);
    CHECK(f.text.find(" on ") == std::string::npos);
    CHECK(f.text.find(" and ") == std::string::npos);
  }
}

TEST_CASE("tagger: Viterbi decoding never puts I-X after O or after another type") {
  // A hand-made model whose emission weights all favour I-PER: valid BIO decoding must still
  // start every name with B-PER and never continue a name across an O.
  ae::Analysis a;
  a.text = "alpha beta gamma. delta epsilon.";
  ae::Segment(&a, ae::BuiltinLexicons());
  const ae::tagger::Gazetteer gaz(ae::BuiltinLexicons());
  ae::tagger::Featurizer f(gaz, 12);
  f.Prepare(a);
  ae::tagger::DecodeBuffers d;
  ae::tagger::Decode(
      a, f,
      ae::tagger::EachRow([](uint32_t, int64_t* scores) {
        scores[2] += 10;  // I-PER
        scores[3] += 4;   // B-ORG
      }),
      &d);
  REQUIRE(d.tags.size() == a.tokens.size());
  int prev = 0;
  uint32_t sentence = 0;
  for (size_t i = 0; i < d.tags.size(); ++i) {
    if (a.tokens[i].sentence != sentence) prev = 0, sentence = a.tokens[i].sentence;
    CHECK(ae::tagger::Allowed(prev, d.tags[i]));
    prev = d.tags[i];
  }
  // The best valid path: B-ORG never wins over B-PER + I-PER ..., so every sentence is one
  // person name starting with B-PER.
  CHECK(d.tags[0] == 1);
  CHECK(d.tags[1] == 2);
}

TEST_CASE("tagger: a person's name never runs through a plain lower-case word") {
  // Featurizer::PlainLower: ordinary lower-case words of a sentence with case; not name
  // particles (van, de, bin), not of / the / and, not glued parts, not caseless sentences.
  const ae::tagger::Gazetteer gaz(ae::BuiltinLexicons());
  ae::tagger::Featurizer f(gaz, 12);
  auto plain = [&](const std::string& text) {
    ae::Analysis a;
    a.text = text;
    ae::Segment(&a, ae::BuiltinLexicons());
    f.Prepare(a);
    std::string out;
    for (uint32_t i = 0; i < a.tokens.size(); ++i) {
      if (f.PlainLower(i)) out += std::string(a.Text(a.tokens[i].span)) + " ";
    }
    return out;
  };
  CHECK(plain("Kamala Harris met Andres Manuel Lopez Obrador.") == "met ");
  CHECK(plain("Vincent van Gogh painted it.") == "painted it ");
  CHECK(plain("The Prince of Wales and Catherine the Great.") == "");
  CHECK(plain("kamala harris met andres manuel lopez obrador.") == "");  // no case to go by
  CHECK(plain("Xi Jinping met, then left.") == "met then left ");         // a comma after: still plain
  CHECK(plain("Chiang Kai-shek spoke.") == "spoke ");                    // glued part of a name
  // Decoding under the constraint: a hand-made model that favours I-PER everywhere still
  // cannot carry one name through "met" (the trainer decodes without the constraint).
  ae::Analysis a;
  a.text = "Kamala Harris met Andres Manuel Lopez Obrador.";
  ae::Segment(&a, ae::BuiltinLexicons());
  f.Prepare(a);
  ae::tagger::DecodeBuffers d;
  auto rows = ae::tagger::EachRow([](uint32_t, int64_t* scores) { scores[2] += 10; });  // I-PER
  auto trans = ae::tagger::TransitionRows(f, rows);
  ae::tagger::Decode(a, f, rows, trans, [](uint32_t) { return false; }, /*constrain=*/true, &d);
  REQUIRE(a.tokens.size() >= 7);
  CHECK(d.tags[1] == ae::tagger::kInnerPer);  // Harris continues Kamala
  CHECK(d.tags[2] != ae::tagger::kInnerPer);  // met: the name ends before it
  ae::tagger::Decode(a, f, rows, trans, [](uint32_t) { return false; }, /*constrain=*/false, &d);
  CHECK(d.tags[2] == ae::tagger::kInnerPer);  // without it, the scores alone would merge them
  // The shipped model: two people.
  const ae::Tagger* t = ae::BuiltinTagger(ae::BuiltinLexicons());
  REQUIRE(t != nullptr);
  const auto found = TagText(*t, "Kamala Harris met Andres Manuel Lopez Obrador in Mexico City on Tuesday.");
  CHECK(Has(found, "Kamala Harris", 'P'));
  CHECK(Has(found, "Andres Manuel Lopez Obrador", 'P'));
  CHECK(Has(found, "Mexico City", 'L'));
}

TEST_CASE("tagger: the gazetteer reads the typed names of ner_names.tsv, phrases included") {
  size_t skipped = 0;
  const ae::Lexicons lex = ae::ParseLexicons(
      {{"ner_names.tsv",
        "# comment\nZorblax Industries Group\tO\nQuuxville\tLP\nno tab here\nBadType\tX\n\tL\n"}},
      &skipped);
  REQUIRE(lex.blobs.count("ner_names") == 1);  // not a lexicon category: the tagger reads it
  const ae::tagger::Gazetteer gaz(lex);
  using ae::tagger::Gazetteer;
  using ae::tagger::HashBytes;
  const uint32_t town = gaz.Find(HashBytes("quuxville"));  // folded: lower case
  const uint32_t org = gaz.Find(HashBytes("zorblax industries group"));
  CHECK(town != 0);
  CHECK(org != 0);
  CHECK((org & Gazetteer::kPrefix) == 0);
  CHECK(town != org);                                               // other types, other bits
  CHECK(__builtin_popcount(town & ~Gazetteer::kPrefix) == 2);       // L and P
  CHECK((gaz.Find(HashBytes("zorblax")) & Gazetteer::kPrefix) != 0);  // a phrase continues
  CHECK((gaz.Find(HashBytes("zorblax industries")) & Gazetteer::kPrefix) != 0);
  CHECK(gaz.Find(HashBytes("badtype")) == 0);                       // malformed lines skipped
  CHECK(gaz.Find(HashBytes("no tab here")) == 0);
  CHECK(gaz.max_words() == 3);
  // The embedded lists carry it too (a city of the generated list).
  const Gazetteer builtin(ae::BuiltinLexicons());
  CHECK(builtin.Find(HashBytes("volgograd")) != 0);
  CHECK(builtin.Find(HashBytes("xyzzy-not-a-place")) == 0);
}

TEST_CASE("tagger: word clusters give path-prefix features to a word and its neighbours") {
  size_t skipped = 0;
  const ae::Lexicons lex = ae::ParseLexicons(
      {{"word_clusters.tsv", "# comment\n0110\tfoo bar\n1\tbaz\n1111111111111111111111110\tlongword\nno-tab\n"}},
      &skipped);
  REQUIRE(lex.blobs.count("word_clusters") == 1);  // not a lexicon category: the tagger reads it
  using ae::tagger::Gazetteer;
  using ae::tagger::HashBytes;
  const Gazetteer gaz(lex);
  const Gazetteer none(ae::ParseLexicons({}, &skipped));
  auto cluster = [&](const char* w) {
    uint32_t c = 0;
    CHECK(gaz.Find(HashBytes(w), &c) == 0);  // a cluster is no gazetteer category
    return c;
  };
  constexpr int kBits = Gazetteer::kClusterBits;
  CHECK(cluster("foo") == (4u << kBits | 0x6u << (kBits - 4)));  // length 4, bits 0110 left-aligned
  CHECK(cluster("bar") == cluster("foo"));
  CHECK(cluster("baz") == (1u << kBits | 1u << (kBits - 1)));
  CHECK(cluster("longword") == (20u << kBits | ((1u << kBits) - 1)));  // capped at 20 bits
  CHECK(cluster("no-tab") == 0);
  CHECK(cluster("qux") == 0);
  CHECK(gaz.cluster_words() == 4);
  // Features: "foo" has one prefix (its whole 4-bit path), "baz" one; the word between them
  // gets both as neighbour features, and the same words without clusters get none.
  auto count = [&](const Gazetteer& g, uint32_t token) {
    ae::Analysis a;
    a.text = "Foo met baz today.";
    ae::Segment(&a, ae::BuiltinLexicons());
    ae::tagger::Featurizer f(g, 16);
    f.Prepare(a);
    std::vector<uint32_t> out;
    f.Features(token, 0, &out);
    return out.size();
  };
  CHECK(count(gaz, 0) == count(none, 0) + 1);      // its own path (no word before it)
  CHECK(count(gaz, 1) == count(none, 1) + 2);      // the paths of foo and baz
  CHECK(count(gaz, 2) == count(none, 2) + 1);      // its own path ("met", "today": none)
  // The embedded clusters (assets/lexicon/word_clusters.tsv): thousands of words, and words of
  // one kind share a path prefix.
  const Gazetteer builtin(ae::BuiltinLexicons());
  CHECK(builtin.cluster_words() >= 10000);
  uint32_t boston = 0, chicago = 0, the = 0;
  builtin.Find(HashBytes("boston"), &boston);
  builtin.Find(HashBytes("chicago"), &chicago);
  builtin.Find(HashBytes("the"), &the);
  REQUIRE(boston != 0);
  REQUIRE(chicago != 0);
  REQUIRE(the != 0);
  auto prefix = [](uint32_t c, int n) { return (c & ((1u << Gazetteer::kClusterBits) - 1)) >> (Gazetteer::kClusterBits - n); };
  CHECK(prefix(boston, 6) == prefix(chicago, 6));
  CHECK(prefix(boston, 6) != prefix(the, 6));
}

TEST_CASE("tagger: entity-only lists (NAME.entity.tsv) reach the rules, never the features") {
  const ae::Lexicons lex = ae::ParseLexicons({{"titles.tsv", "mayor\n"},
                                              {"titles.entity.tsv", "sheriff\nmayor\n"},
                                              {"descriptor_nouns.entity.tsv", "lender\to\n"},
                                              {"honorifics.entity.tsv", "cllr\n"}});
  CHECK(lex.Has("sheriff", ae::kTitle));  // the rules see it
  CHECK(lex.Has("cllr", ae::kHonorific));
  CHECK(lex.Value("lender", ae::kDescriptorNoun) == "o");
  CHECK(lex.blobs.empty());
  const ae::tagger::Gazetteer gaz(lex);
  using ae::tagger::HashBytes;
  CHECK(gaz.Find(HashBytes("sheriff")) == 0);  // the features do not
  CHECK(gaz.Find(HashBytes("cllr")) == 0);
  CHECK(gaz.Find(HashBytes("lender")) == 0);
  CHECK(gaz.Find(HashBytes("mayor")) != 0);  // listed by a feature list too
  // the image keeps the distinction
  const std::string image = ae::SerializeLexicons(lex);
  ae::Lexicons back;
  REQUIRE(ae::LoadLexiconImage(image, &back));
  const ae::tagger::Gazetteer gaz2(back);
  CHECK(gaz2.Find(HashBytes("sheriff")) == 0);
  CHECK(gaz2.Find(HashBytes("mayor")) != 0);
  CHECK(back.Has("sheriff", ae::kTitle));
}

TEST_CASE("tagger: Tag()'s shortcuts give the same names as decoding every feature row by row") {
  // Tag() sums a token's own features once per distinct token (Featurizer::kOwn), caches the
  // transition tables per shape, and sums two tags per multiply; the reference below adds
  // every feature's row with the public Row() and Scale(), one tag at a time. Invented text
  // that repeats names (cache hits), in and out of sentence-initial position.
  const ae::Tagger* t = ae::BuiltinTagger(ae::BuiltinLexicons());
  REQUIRE(t != nullptr);
  ae::Analysis a;
  a.text =
      "Maria Okonkwo, the mayor of Riverton, met officials from Halvorsen Steel on Monday.\n\n"
      "Okonkwo said the plant in Riverton would stay open. \"We are not leaving,\" said Peter Lind, "
      "a spokesman for Halvorsen Steel.\n\n"
      "Lind added that Halvorsen Steel employs 2,000 people in Riverton and Oslo. Maria Okonkwo "
      "thanked Lind and the United Steelworkers union.\n\n"
      "RIVERTON MAYOR HAILS DEAL. Okonkwo flew to Oslo on Tuesday, where she met Lind again.";
  ae::Segment(&a, ae::BuiltinLexicons());
  ae::tagger::Featurizer f(*t->gazetteer(), t->bucket_bits());
  f.Prepare(a);
  // Own and context features are, together, exactly the token's features.
  using Part = ae::tagger::Featurizer::Part;
  for (uint32_t i = 0; i < a.tokens.size(); ++i) {
    for (int history = 0; history < 3; ++history) {
      uint32_t all[ae::tagger::Featurizer::kMaxFeatures], own[ae::tagger::Featurizer::kMaxFeatures],
          ctx[ae::tagger::Featurizer::kMaxFeatures];
      const size_t n_all = f.Features(i, history, all, Part::kAll);
      const size_t n_own = f.Features(i, history, own, Part::kOwn);
      const size_t n_ctx = f.Features(i, history, ctx, Part::kContext);
      std::vector<uint32_t> joined(own, own + n_own);
      joined.insert(joined.end(), ctx, ctx + n_ctx);
      std::vector<uint32_t> expect(all, all + n_all);
      std::sort(joined.begin(), joined.end());
      std::sort(expect.begin(), expect.end());
      CHECK(joined == expect);
      std::vector<uint32_t> by_vector;
      f.Features(i, history, &by_vector);
      CHECK(by_vector == std::vector<uint32_t>(all, all + n_all));
    }
  }
  // SameOwn: the same word written the same way in the same kind of place, not another word.
  auto token = [&](const std::string& word, int nth) {
    for (uint32_t i = 0; i < a.tokens.size(); ++i) {
      if (a.Text(a.tokens[i].span) == word && nth-- == 0) return i;
    }
    return UINT32_MAX;
  };
  // ("Halvorsen" after "from" and after "for"; "Steel" before "on" and before "." differ:
  // glued to the next token.)
  const uint32_t firm1 = token("Halvorsen", 0), firm2 = token("Halvorsen", 1);
  const uint32_t steel1 = token("Steel", 0), steel2 = token("Steel", 1), lind = token("Lind", 1);
  REQUIRE(firm2 != UINT32_MAX);
  REQUIRE(steel2 != UINT32_MAX);
  REQUIRE(lind != UINT32_MAX);
  CHECK(f.SameOwn(firm1, firm2));
  CHECK(f.OwnKey(firm1) == f.OwnKey(firm2));
  CHECK_FALSE(f.SameOwn(steel1, steel2));
  CHECK_FALSE(f.SameOwn(firm1, lind));
  // Tag() against the row-by-row reference (same skipped tokens, same constraint).
  ae::tagger::DecodeBuffers d;
  const auto rows = ae::tagger::EachRow([&](uint32_t b, int64_t* scores) {
    if (const int8_t* row = t->Row(b)) {
      for (int k = 0; k < ae::tagger::kNumTags; ++k) scores[k] += row[1 + k] * t->Scale(row[0]);
    }
  });
  ae::tagger::Decode(
      a, f, rows,
      ae::tagger::TransitionRows(f, rows),
      [&](uint32_t i) { return f.FarFromNames(i); }, /*constrain=*/true, &d);
  const std::vector<ae::NameSpan> reference = ae::tagger::SpansFromTags(a, d.tags, d.margins, 1);
  const std::vector<ae::NameSpan> tagged = t->Tag(a);
  REQUIRE(tagged.size() == reference.size());
  CHECK(tagged.size() >= 8);
  for (size_t k = 0; k < tagged.size(); ++k) {
    CHECK(tagged[k].first_token == reference[k].first_token);
    CHECK(tagged[k].end_token == reference[k].end_token);
    CHECK(tagged[k].type == reference[k].type);
  }
}
