// PLACEHOLDER — being written; replaced before the first commit.
#include "quotes.h"
#include "lexicon.h"
namespace ae {
}  // namespace ae
namespace ae { void FindQuotes(Analysis*, const Lexicons&) {} }
