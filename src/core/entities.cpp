// PLACEHOLDER — being written; replaced before the first commit.
#include "entities.h"
#include "lexicon.h"
namespace ae {
}  // namespace ae
namespace ae { void FindEntities(Analysis*, const Lexicons&) {} }
