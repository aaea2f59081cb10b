// corpus.h — several articles as one analysis: one network with the same entity merged (issue 5).
//
// What: MergeCorpus takes the analyses of several articles (each as Analyze() made it) and
// returns one Analysis whose text is the articles joined by a blank line ("\n\n"), in order.
// Every span, sentence, paragraph and token index is shifted by its article's place, so the
// contract holds for the merged text (text.substr(start, end-start) is each surface).
// Entities of the same type that name the same thing across articles become one entity:
// their folded names (Fold: case and accents ignored) are equal, or the name of one is an
// alias of exactly one entity of that type in the other article (an unambiguous short form:
// "Harris" joins "Kamala Harris", but "Doug Harris" stays apart from "Kamala Harris"; a bare
// "Harris" joins nobody when an earlier "Doug Harris" makes it ambiguous). Two entities of one
// article are never merged with each other (Analyze kept them apart).
// Salience, entity order, ids (e1..), quote ids and edges are then recomputed (graph.h);
// edges come only from within one article (sentences and quotes never cross articles).
// With one article the result is that article's analysis unchanged (byte-identical JSON).
//
// Provenance: `ranges` (when given) gets one ArticleRange per article: id "a1", "a2"... in
// order, its name and its span in the merged text; ArticleAt finds the article of an offset.
// AddArticlesField appends "articles": [{"id","name","start","end","sentences":[first,end]}]
// to the contract JSON (only when there are two or more): every mention, quote and value is
// traced to its article by its offset, and every edge by its evidence (sentence indices,
// which mentions carry too; quote evidence by the quote's offset). ArticlesOfItems gives the
// same tracing per item, which ToJson and Export write as "article"/"articles" fields.
//
// Cost: linear in the total size plus entities x log(entities) for the name index.
// Deterministic: std::map keyed by strings, totals orders only.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analysis.h"
#include "json.h"

namespace ae {

struct CorpusArticle {
  std::string name;
  Analysis analysis;
};

struct ArticleRange {
  std::string id;    // "a1", "a2", ...
  std::string name;  // as given
  Span span;         // the article's bytes in the merged text
  uint32_t first_sentence = 0, end_sentence = 0;  // its sentences [first, end) in the merged analysis
};

// The separator between two articles in the merged text.
inline constexpr const char* kArticleSeparator = "\n\n";

Analysis MergeCorpus(const std::vector<CorpusArticle>& articles, std::vector<ArticleRange>* ranges = nullptr);

// Index into ranges of the article holding `offset` (a separator belongs to the article
// before it; past the end: the last one); -1 when ranges is empty. O(log n).
int ArticleAt(const std::vector<ArticleRange>& ranges, uint32_t offset);

// Adds "articles": [...] as the last field of the contract object `json` (ToJson's output).
// Nothing when ranges has fewer than two articles.
void AddArticlesField(const std::vector<ArticleRange>& ranges, std::string* json);

// Which article each entity, quote and edge of the merged analysis comes from (for
// JsonOptions::provenance and Export): an entity's articles are those of its mentions, a
// quote's that of its start, an edge's those of its evidence (sentences for co-occurrence,
// quotes for quote edges); lists ascending, without repeats. Empty when ranges has fewer
// than two articles (single-article output stays unchanged). O(items x log articles).
ArticleProvenance ArticlesOfItems(const Analysis& analysis, const std::vector<ArticleRange>& ranges);

}  // namespace ae
