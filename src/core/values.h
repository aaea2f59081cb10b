// values.h — facts that are no entities: DATE, TIME, MONEY, PERCENT, QUANTITY.
//
// FindValues reads tokens and fills Analysis::values in document order, with spans such as
// "on Tuesday" -> "Tuesday", "$310 million", "$1.2bn", "£940m", "3 per cent", "91,000 illegal
// migrants" -> QUANTITY "91,000", "the first five months of the year" -> DATE.
// Cost: linear in tokens.
#pragma once

#include "analysis.h"
#include "lexicon.h"

namespace ae {

void FindValues(Analysis* a, const Lexicons& lex);

}  // namespace ae
