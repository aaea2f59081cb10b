// test_lexicon.cpp — the TSV lexicons: parsing, folding, and the generated gazetteers.
#include <doctest/doctest.h>

#include "assets/builtin_assets.h"
#include "core/lexicon.h"

TEST_CASE("ParseLexicons folds phrases, keeps values per category, skips comments") {
  size_t skipped = 0;
  const ae::Lexicons lex = ae::ParseLexicons(
      {{"assets/lexicon/countries.tsv", "# comment\nUnited States\nUS\tUnited States\n\t\n"},
       {"first_names.tsv", "Jordan\tm\n"},
       {"regions.tsv", "Jordan\n"},
       {"capitals.tsv", "Paris\tFrance\n"}},
      &skipped);
  CHECK(skipped == 1);
  CHECK(lex.Has("us", ae::kCountry));
  CHECK(lex.Value("us", ae::kCountry) == "United States");
  CHECK(lex.Has("jordan", ae::kFirstName));
  CHECK(lex.Has("jordan", ae::kRegion));
  CHECK(lex.Value("jordan", ae::kFirstName) == "m");
  CHECK(lex.max_phrase_words == 2);
  CHECK(lex.blobs.count("capitals") == 1);
}

TEST_CASE("Fold removes accents and case") {
  CHECK(ae::Fold("López  Obrador") == "lopez obrador");
  CHECK(ae::Fold("Côte d’Ivoire") == "cote d'ivoire");
}

TEST_CASE("the embedded gazetteers hold what the entity stage relies on") {
  const ae::Lexicons& lex = ae::BuiltinLexicons();
  CHECK(lex.Value("us", ae::kCountry) == "United States");
  CHECK(lex.Value("america", ae::kCountry) == "United States");
  CHECK(lex.Value("britain", ae::kCountry) == "United Kingdom");
  CHECK(lex.Has("mexico", ae::kCountry));
  CHECK(lex.Has("el salvador", ae::kCountry));
  CHECK(lex.Value("salvadorans", ae::kDemonym) == "El Salvador");
  CHECK(lex.Value("mexican", ae::kDemonym) == "Mexico");
  CHECK(lex.Has("central america", ae::kRegion));
  CHECK(lex.Value("kamala", ae::kFirstName) == "f");
  CHECK(lex.Value("joe", ae::kFirstName) == "m");
  CHECK(!lex.Has("hope", ae::kFirstName));  // an ordinary word dropped by the generator
  CHECK(lex.Value("ms", ae::kHonorific) == "f");
  CHECK(lex.Value("mr.", ae::kHonorific) == "m");
  CHECK(lex.Has("vice president", ae::kTitle));
  CHECK(lex.Has("foreign minister", ae::kTitle));
  CHECK(lex.Has("u.s.", ae::kAbbreviation));
  CHECK(lex.Value("she", ae::kPronoun) == "f");
  CHECK(lex.Has("de", ae::kSurnameParticle));
  CHECK(lex.Has("ministry", ae::kOrgWord));
  CHECK(lex.blobs.count("capitals") == 1);
}
