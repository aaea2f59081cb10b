// coref.h — which entity a pronoun refers to, for the entity stage and the quote stage.
//
// What it does: ResolvePronoun(a, token_index, lex) (and ResolveDescriptor for descriptions
// such as "the former president", below) returns the index into a.entities of the
// entity that the pronoun token refers to, or -1 when the evidence is not clear. It first
// looks for a pronoun mention that FindEntities already linked at that token; otherwise it
// applies the same rule FindEntities uses (PronounAntecedent below).
//
// The rule (precision first; only he/she/his/her/him/himself/herself here; "they" is linked by
// the entity stage only to a lone organisation or group, see LinkPlurals in coref_internal.h):
//   - the pronoun's gender comes from pronouns.tsv (m / f);
//   - a PERSON entity's gender comes from an honorific used with it (Mr -> m, Ms -> f), else
//     from its first name in first_names.tsv (m / f; u counts as unknown);
//   - candidates are PERSON name mentions before the pronoun in the same sentence, then in
//     the two sentences before it (never across more than one paragraph break);
//   - in the nearest sentence that holds a gender-compatible candidate, the first such
//     candidate (the sentence subject, in news prose) wins; a candidate of unknown gender is
//     taken only when no candidate of known compatible gender is in that window and it is
//     the only person there.
//
// Input: an Analysis after FindEntities (entities in first-mention order, as the quote stage
// sees them). Spans: token_index indexes Analysis::tokens.
// Cost: O(mentions) per call for the lookup, plus O(mentions in the window) for the rule.
#pragma once

#include <cstddef>

#include "analysis.h"
#include "lexicon.h"

namespace ae {

// The entity a pronoun token refers to, or -1 (not a pronoun, or no clear antecedent).
int ResolvePronoun(const Analysis& a, size_t token_index, const Lexicons& lex);

// The PERSON entity that a description holding token_index refers to ("the former president
// said": pass any token of "the former president", e.g. its head), or -1. First a descriptor
// mention FindEntities linked at that token; otherwise the description around the token is
// parsed and the rule of coref_internal.h (DescriptionAntecedent) applied: a role word of
// exactly one person named before, else for "the" + title the one fitting person in the
// nearest sentence naming people. Cost: O(mentions) plus, when unlinked, O(entities + roles).
int ResolveDescriptor(const Analysis& a, size_t token_index, const Lexicons& lex);

// Gender of a PERSON entity as the rule above sees it: 'm', 'f' or 0 when unknown.
char EntityGender(const Analysis& a, const Entity& e, const Lexicons& lex);

// The rule itself, on entities' name mentions: gender 'm' or 'f' of the pronoun at
// token_index. Returns an entity index or -1.
int PronounAntecedent(const Analysis& a, size_t token_index, char gender, const Lexicons& lex);

}  // namespace ae
