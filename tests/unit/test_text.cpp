// Tests for text.h: UTF-8 repair, tokens, sentences, paragraphs, title.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/lexicon.h"
#include "core/text.h"

namespace {

ae::Lexicons TinyLexicons() {
  return ae::ParseLexicons({{"abbreviations.tsv", "mr.\nms.\nsept.\nu.s.\ndr.\n"}});
}

ae::Analysis Seg(const std::string& text) {
  ae::Analysis a;
  a.text = text;
  ae::Segment(&a, TinyLexicons());
  return a;
}

std::vector<std::string> Tokens(const ae::Analysis& a) {
  std::vector<std::string> out;
  for (const ae::Token& t : a.tokens) out.emplace_back(a.Text(t.span));
  return out;
}

std::vector<std::string> Sentences(const ae::Analysis& a) {
  std::vector<std::string> out;
  for (const ae::Sentence& s : a.sentences) out.emplace_back(a.Text(s.span));
  return out;
}

std::string Repair(const std::string& in) {
  std::string out;
  size_t bad = 0;
  return ae::RepairUtf8(in, &out, &bad) ? in : out;
}

}  // namespace

TEST_CASE("RepairUtf8 replaces maximal invalid subsequences like the WHATWG decoder") {
  const std::string r = "\xEF\xBF\xBD";
  CHECK(Repair("abc") == "abc");
  CHECK(Repair("caf\xC3\xA9") == "caf\xC3\xA9");
  CHECK(Repair("a\xFF" "b") == "a" + r + "b");
  CHECK(Repair("a\xC3") == "a" + r);                        // truncated at the end
  CHECK(Repair("\xE2\x82" "x") == r + "x");                   // one U+FFFD for a maximal subpart
  CHECK(Repair("\xED\xA0\x80") == r + r + r);                 // a lone surrogate: 3 replacements
  CHECK(Repair("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");    // emoji is valid
  CHECK(Repair("\xC0\xAF") == r + r);                         // overlong
  std::string out;
  size_t bad = 0;
  CHECK_FALSE(ae::RepairUtf8("ok\x80", &out, &bad));
  CHECK(bad == 2);
}

TEST_CASE("tokens: abbreviations, initials, possessives, hyphens, numbers, quotes") {
  CHECK(Tokens(Seg("Mr. Smith met Ms Harris's aide in the U.S. capital.")) ==
        std::vector<std::string>{"Mr.", "Smith", "met", "Ms", "Harris", "'s", "aide", "in", "the", "U.S.",
                                 "capital", "."});
  CHECK(Tokens(Seg("Michael J. Fox paid $1.2bn, 91,000 or 3.5 per cent.")) ==
        std::vector<std::string>{"Michael", "J.", "Fox", "paid", "$", "1.2bn", ",", "91,000", "or", "3.5",
                                 "per", "cent", "."});
  // A currency's letters glued to a decimal ("Sh1.4" in Kenyan copy) are one token, not a sentence end.
  CHECK(Tokens(Seg("It released Sh1.4 billion and Rs2,500.")) ==
        std::vector<std::string>{"It", "released", "Sh1.4", "billion", "and", "Rs2,500", "."});
  // A ticker in brackets keeps its exchange's code: "(6487.T)" ends no sentence.
  CHECK(Tokens(Seg("Kansai Precision (6487.T) and BP (BP.L) rose.")) ==
        std::vector<std::string>{"Kansai", "Precision", "(", "6487.T", ")", "and", "BP", "(", "BP.L", ")", "rose", "."});
  CHECK(Seg("Kansai Precision (6487.T) said it would recall arms.").sentences.size() == 1);
  CHECK(Tokens(Seg("the US-Mexico border and co-operation")) ==
        std::vector<std::string>{"the", "US", "-", "Mexico", "border", "and", "co", "-", "operation"});
  CHECK(Tokens(Seg("\xE2\x80\x9CWe don\xE2\x80\x99t,\xE2\x80\x9D O'Brien said")) ==
        std::vector<std::string>{"\xE2\x80\x9C", "We", "don\xE2\x80\x99t", ",", "\xE2\x80\x9D", "O'Brien",
                                 "said"});
  CHECK(Tokens(Seg("hails 'new era' and ''Yes,'' he said")) ==
        std::vector<std::string>{"hails", "'", "new", "era", "'", "and", "''", "Yes", ",", "''", "he", "said"});
  CHECK(Tokens(Seg("the countries' agencies")) ==
        std::vector<std::string>{"the", "countries", "'", "agencies"});
  CHECK(Tokens(Seg("L\xC3\xB3pez\xC2\xA0Obrador")) == std::vector<std::string>{"L\xC3\xB3pez", "Obrador"});
}

TEST_CASE("sentences: end marks, abbreviations, quotes, paragraphs") {
  CHECK(Sentences(Seg("Mr. Smith left. He came back! Did he? Yes.")) ==
        std::vector<std::string>{"Mr. Smith left.", "He came back!", "Did he?", "Yes."});
  CHECK(Sentences(Seg("\"Do not come!\" she said. They left.")) ==
        std::vector<std::string>{"\"Do not come!\" she said.", "They left."});
  CHECK(Sentences(Seg("It rained in Sept. and stopped.")) ==
        std::vector<std::string>{"It rained in Sept. and stopped."});
  CHECK(Sentences(Seg("He lives in the U.S. The weather is fine.")) ==
        std::vector<std::string>{"He lives in the U.S.", "The weather is fine."});
  CHECK(Sentences(Seg("\"It is over.\" Then silence.")) ==
        std::vector<std::string>{"\"It is over.\"", "Then silence."});
  const ae::Analysis a = Seg("Headline here\n\nFirst line. Second line.\r\nThird\n");
  REQUIRE(a.paragraphs.size() == 3);
  CHECK(a.Text(a.paragraphs[1].span) == "First line. Second line.");
  CHECK(a.sentences.size() == 4);
  CHECK(a.sentences[3].paragraph == 2);
  CHECK(a.title.value_or("") == "Headline here");
  CHECK(a.stats.words == 7);
}

TEST_CASE("segmentation of odd input stays bounded and in range") {
  CHECK(Seg("").tokens.empty());
  CHECK(Seg("  \n\t \xC2\xA0 ").tokens.empty());
  const std::string nospace(5000, 'x');
  const ae::Analysis a = Seg(nospace);
  CHECK(a.tokens.size() == 1);
  std::string words;
  for (int i = 0; i < 1000; ++i) words += "word ";
  const ae::Analysis b = Seg(words);
  CHECK(b.sentences.size() >= 3);  // cut into bounded pieces
  for (const ae::Sentence& s : b.sentences) CHECK(s.end_token - s.first_token <= 400);
  const ae::Analysis c = Seg("\xEF\xBB\xBFHello \xF0\x9F\x98\x80 \xE4\xB8\xAD\xE6\x96\x87 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D");
  CHECK(Tokens(c) == std::vector<std::string>{"Hello", "\xF0\x9F\x98\x80", "\xE4\xB8\xAD\xE6\x96\x87",
                                              "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"});
}

TEST_CASE("the token index: every token's fold and lexicon entry, rebuilt for other lexicons") {
  const ae::Lexicons lex = ae::ParseLexicons({{"abbreviations.tsv", "mr.\n"},
                                              {"countries.tsv", "mexico\nunited states\n"},
                                              {"speech_verbs.tsv", "said\tsay\n"}});
  ae::Analysis a;
  a.text = "Mr. L\xC3\x93PEZ said MEXICO, Ol\xC3\xA9!";
  ae::Segment(&a, lex);
  REQUIRE(ae::HasTokenIndex(a, lex));
  std::vector<std::string> folded;
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    folded.emplace_back(ae::FoldedToken(a, i));
    CHECK(ae::FoldedToken(a, i) == ae::Fold(a.Text(a.tokens[i].span)));  // the same as folding it
    CHECK(ae::TokenEntry(a, i) == lex.Find(ae::Fold(a.Text(a.tokens[i].span))));
  }
  CHECK(folded == std::vector<std::string>{"mr.", "lopez", "said", "mexico", ",", "ole", "!"});
  CHECK(ae::TokenIs(a, 2, ae::kSpeechVerb));
  CHECK(ae::TokenIs(a, 3, ae::kCountry | ae::kCity));
  CHECK_FALSE(ae::TokenIs(a, 3, ae::kCity));
  CHECK_FALSE(ae::TokenIs(a, 1, ~0u));
  // Word and capital flags, as IsWordToken / IsUpperStart give them.
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    CHECK(ae::TokenWord(a, i) == ae::IsWordToken(a.Text(a.tokens[i].span)));
    CHECK(ae::TokenUpper(a, i) == (ae::IsWordToken(a.Text(a.tokens[i].span)) && ae::IsUpperStart(a.Text(a.tokens[i].span))));
  }
  CHECK(ae::TokenUpper(a, 1));       // "LÓPEZ"
  CHECK_FALSE(ae::TokenUpper(a, 2)); // "said"
  CHECK(ae::TokenWord(a, 2));
  CHECK_FALSE(ae::TokenWord(a, 4));  // ","

  // Another Lexicons object (even a copy of the same lists) is not the one indexed: a stage
  // run with it indexes again instead of reading entries of the first.
  const ae::Lexicons copy = lex;
  CHECK_FALSE(ae::HasTokenIndex(a, copy));
  ae::EnsureTokenIndex(&a, copy);
  CHECK(ae::HasTokenIndex(a, copy));
  CHECK_FALSE(ae::HasTokenIndex(a, lex));
  CHECK(ae::TokenEntry(a, 3) == copy.Find("mexico"));

  // Phrase starts: "united" begins "united states" (a country), "mexico" begins no phrase.
  ae::Analysis u;
  u.text = "The United States and Mexico";
  ae::Segment(&u, lex);
  CHECK(ae::TokenPhraseStart(u, 1) == ae::kCountry);
  CHECK(ae::TokenPhraseStart(u, 1) == ae::PhraseStartCategories(lex, "united"));
  CHECK(ae::TokenPhraseStart(u, 4) == 0);
  CHECK(ae::TokenIs(u, 4, ae::kCountry));

  // Tokens changed by hand after Segment: the index no longer fits and is rebuilt.
  a.tokens.pop_back();
  CHECK_FALSE(ae::HasTokenIndex(a, copy));
  ae::EnsureTokenIndex(&a, copy);
  CHECK(a.token_lex.entry.size() == a.tokens.size());
}
