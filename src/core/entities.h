// entities.h — names, their types, alias clusters, pronouns, descriptions and roles.
//
// FindEntities reads Analysis::text/tokens/sentences (after Segment) and fills
// Analysis::entities: one Entity per real-world entity with every mention of it
// (kind name / pronoun / descriptor), its aliases, its roles and an unnormalised
// salience. Name spans exclude honorifics and titles ("Mr Lopez Obrador" -> "Lopez Obrador",
// role "President" from "President Joe Biden"). Entities are in first-mention order here;
// the pipeline orders them by salience and numbers them afterwards (analysis.cpp).
// Cost: linear in tokens, plus clustering that is linear in mentions times the (small)
// number of entities sharing a name word.
#pragma once

#include "analysis.h"
#include "lexicon.h"

namespace ae {

void FindEntities(Analysis* a, const Lexicons& lex);

}  // namespace ae
