// coref_internal.h — the person index shared by coref.cpp and entities.cpp (not public API).
// Built once per document in O(mentions log mentions) so that resolving every pronoun of an
// article stays linear overall.
#pragma once

#include <cstdint>
#include <vector>

#include "analysis.h"
#include "lexicon.h"

namespace ae {

struct PersonIndex {
  struct Hit {
    uint32_t start;  // byte offset of a PERSON name mention
    int entity;      // index into Analysis::entities
  };
  std::vector<std::vector<Hit>> by_sentence;  // name mentions of people, per sentence, in order
  std::vector<char> gender;                   // per entity: 'm', 'f' or 0
};

PersonIndex BuildPersonIndex(const Analysis& a, const Lexicons& lex);
int PronounAntecedent(const Analysis& a, const PersonIndex& idx, size_t token_index, char gender);

}  // namespace ae
