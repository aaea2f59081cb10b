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
#include <vector>

#include "analysis.h"
#include "corpus.h"
#include "json.h"

namespace ae {

// format: "json" (the contract, ToJson), "quotes.csv", "entities.csv", "gexf", "graphml".
// Returns false (out untouched) for an unknown format.
// Several articles (`articles` with two or more ranges, as MergeCorpus made them for this
// analysis): "json" gets the per-item article fields and the "articles" array (corpus.h),
// quotes.csv an "article" column (the article's name), entities.csv an "articles" column
// (names joined by "; "), GEXF and GraphML a node and an edge attribute "articles" (the same).
// nullptr or one article: the single-article output, byte for byte.
bool Export(const Analysis& analysis, std::string_view format, std::string* out,
            const std::vector<ArticleRange>* articles = nullptr);
// `provenance` (corpus.h ArticlesOfItems): nullptr or empty adds nothing.
std::string ToQuotesCsv(const Analysis& analysis, const ArticleProvenance* provenance = nullptr);
std::string ToEntitiesCsv(const Analysis& analysis, const ArticleProvenance* provenance = nullptr);
std::string ToGexf(const Analysis& analysis, const ArticleProvenance* provenance = nullptr);
std::string ToGraphMl(const Analysis& analysis, const ArticleProvenance* provenance = nullptr);

// Adds "text": <the analysed text> as the last field of the contract object `contract_json`
// (ToJson's one-line output), so that FromJson restores the article exactly; Export("json")
// does this. ToJson alone has no text, and FromJson then rebuilds one from the spans.
void AddTextField(std::string_view text, std::string* contract_json);

}  // namespace ae
