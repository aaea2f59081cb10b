// quotes.h — who said what: direct, partial and indirect quotes and their speakers.
//
// FindQuotes runs after FindEntities. It pairs quote marks (straight, curly, single marks
// used as quotes in headlines, '' pairs, multi-paragraph quotes, unbalanced marks that must
// not swallow the article), tells speech from scare quotes, finds indirect speech
// ("X said (that) CLAUSE"), and attributes each quote to an entity through the speech cue
// ("said", "told", "according to", ":"), resolving pronoun and description speakers to
// entities (adding those mentions to the entity). Fills Analysis::quotes in document order.
// Spans: direct = the words between the marks (a trailing comma dropped); partial = the
// reported clause that holds the quoted words, marks included: a window of at most 3x+5
// word runs around x quoted words, or the whole clause when it is longer than 6x+10 (a
// window would show less than half of it); indirect = the reported clause without "that"
// and the final period. Speakers are the clustered entity (a surname-only or cue-swallowing
// name maps to the one fully named person; descriptions via coref.h ResolveDescriptor).
// Confidence: lower when the speaker is reached through a pronoun or description, lower
// still with no cue or an unbalanced mark.
// Files: quote_marks.cpp (pairing), quotes.cpp (direct/partial + attribution),
// quotes_indirect.cpp, quotes_internal.h (shared internals).
// Cost: linear in tokens (bounded look-around windows; pronoun lookup by binary search).
#pragma once

#include "analysis.h"
#include "lexicon.h"

namespace ae {

void FindQuotes(Analysis* a, const Lexicons& lex);

}  // namespace ae
