// export.h — an Analysis as the files people take away (issue 5, "Export and import").
//
// What: the contract JSON (with the article's "text" added, see AddTextField), quotes and entities as CSV (RFC 4180: CRLF line ends, fields with
// , " CR LF quoted, inner quotes doubled; UTF-8, no BOM), and the entity network as GEXF 1.3
// and GraphML (undirected; node attributes type, mentions, salience; edge weight) for Gephi.
// Spreadsheet safety: no CSV cell starts a formula — a cell starting with = + - @ tab or CR
// gets a leading apostrophe. XML output is escaped, valid UTF-8, with control characters
// removed. Input: one Analysis (spans into Analysis::text). Output: one string, deterministic
// (same bytes on every platform; numbers are written without locale or libm formatting).
// Cost: linear in the size of the analysis.
#pragma once

#include <string>
#include <string_view>

#include "analysis.h"

namespace ae {

// format: "json" (the contract, ToJson), "quotes.csv", "entities.csv", "gexf", "graphml".
// Returns false (out untouched) for an unknown format.
bool Export(const Analysis& analysis, std::string_view format, std::string* out);
std::string ToQuotesCsv(const Analysis& analysis);
std::string ToEntitiesCsv(const Analysis& analysis);
std::string ToGexf(const Analysis& analysis);
std::string ToGraphMl(const Analysis& analysis);

// Adds "text": <the analysed text> as the last field of the contract object `contract_json`
// (ToJson's one-line output), so that FromJson restores the article exactly; Export("json")
// does this. ToJson alone has no text, and FromJson then rebuilds one from the spans.
void AddTextField(std::string_view text, std::string* contract_json);

}  // namespace ae
