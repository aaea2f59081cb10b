// corpus.cpp — MergeCorpus: several analyses shifted into one text, same entities merged.
#include "corpus.h"

#include <algorithm>
#include <map>
#include <utility>

#include "graph.h"
#include "json.h"
#include "lexicon.h"

namespace ae {

namespace {

Span Shift(Span s, uint32_t by) { return Span{s.start + by, s.end + by}; }

void AppendUnique(std::vector<std::string>* to, const std::vector<std::string>& from) {
  for (const std::string& s : from) {
    if (std::find(to->begin(), to->end(), s) == to->end()) to->push_back(s);
  }
}

size_t WordCount(const std::string& s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}


}  // namespace

Analysis MergeCorpus(const std::vector<CorpusArticle>& articles, std::vector<ArticleRange>* ranges) {
  if (ranges) ranges->clear();
  if (articles.empty()) return Analysis();
  if (articles.size() == 1) {
    // One article: exactly its analysis (the single-article JSON stays byte-identical).
    if (ranges) {
      ranges->push_back({"a1", articles[0].name, Span{0, static_cast<uint32_t>(articles[0].analysis.text.size())}, 0,
                         static_cast<uint32_t>(articles[0].analysis.sentences.size())});
    }
    return articles[0].analysis;
  }
  Analysis out;
  out.title = articles[0].analysis.title;
  // Merged entities, and the index of names per type: Fold(name) -> entity (names), and
  // Fold(alias) -> entities having it (aliases), for the cross-article match.
  std::map<std::pair<int, std::string>, int> by_name;
  std::map<std::pair<int, std::string>, std::vector<int>> by_alias;
  std::map<std::pair<int, std::string>, std::vector<int>> by_last;  // Fold(last word of the name)
  for (size_t k = 0; k < articles.size(); ++k) {
    const Analysis& a = articles[k].analysis;
    if (k > 0) out.text += kArticleSeparator;
    const uint32_t off = static_cast<uint32_t>(out.text.size());
    const uint32_t para_off = static_cast<uint32_t>(out.paragraphs.size());
    const uint32_t sent_off = static_cast<uint32_t>(out.sentences.size());
    const uint32_t tok_off = static_cast<uint32_t>(out.tokens.size());
    out.text += a.text;
    if (ranges) {
      ranges->push_back({"a" + std::to_string(k + 1), articles[k].name, Span{off, static_cast<uint32_t>(out.text.size())},
                         sent_off, sent_off + static_cast<uint32_t>(a.sentences.size())});
    }
    out.stats.bytes += a.stats.bytes;
    out.stats.words += a.stats.words;
    out.stats.sentences += a.stats.sentences;
    out.stats.paragraphs += a.stats.paragraphs;
    out.stats.elapsed_ms += a.stats.elapsed_ms;
    for (Warning w : a.warnings) {
      if (w.offset >= 0) w.offset += off;
      if (!articles[k].name.empty()) w.message = articles[k].name + ": " + w.message;
      out.warnings.push_back(std::move(w));
    }
    for (const Paragraph& p : a.paragraphs) out.paragraphs.push_back({Shift(p.span, off)});
    for (Sentence s : a.sentences) {
      s.span = Shift(s.span, off);
      s.paragraph += para_off;
      s.first_token += tok_off;
      s.end_token += tok_off;
      out.sentences.push_back(s);
    }
    for (Token t : a.tokens) {
      t.span = Shift(t.span, off);
      t.sentence += sent_off;
      out.tokens.push_back(t);
    }
    for (Value v : a.values) {
      v.span = Shift(v.span, off);
      v.sentence += sent_off;
      out.values.push_back(v);
    }
    // Entities: decide every match against the entities of the earlier articles first, so
    // two entities of this article never merge with each other (Analyze kept them apart).
    const int known = static_cast<int>(out.entities.size());
    std::vector<int> target(a.entities.size(), -1);
    for (size_t i = 0; i < a.entities.size(); ++i) {
      const Entity& e = a.entities[i];
      const int type = static_cast<int>(e.type);
      const std::string name = Fold(e.name);
      if (const auto it = by_name.find({type, name}); it != by_name.end() && it->second < known) {
        target[i] = it->second;
        continue;
      }
      // This name is a known alias of exactly one earlier entity ("Harris" -> "Kamala Harris"),
      // and no other earlier entity ends with it (a "Doug Harris" makes "Harris" ambiguous
      // even when the article named him in full only).
      if (const auto it = by_alias.find({type, name}); it != by_alias.end()) {
        std::vector<int> candidates = it->second;
        if (const auto last = by_last.find({type, name}); last != by_last.end()) {
          for (int x : last->second) {
            if (std::find(candidates.begin(), candidates.end(), x) == candidates.end()) candidates.push_back(x);
          }
        }
        if (candidates.size() == 1) {
          target[i] = candidates[0];
          continue;
        }
      }
      // An alias of this entity is the name of exactly one earlier entity.
      int found = -1;
      bool ambiguous = false;
      for (const std::string& alias : e.aliases) {
        const auto it = by_name.find({type, Fold(alias)});
        if (it == by_name.end() || it->second >= known) continue;
        if (found >= 0 && found != it->second) ambiguous = true;
        found = it->second;
      }
      if (found >= 0 && !ambiguous) target[i] = found;
    }
    for (size_t i = 0; i < a.entities.size(); ++i) {
      const Entity& e = a.entities[i];
      if (target[i] < 0) {
        target[i] = static_cast<int>(out.entities.size());
        out.entities.push_back(Entity{});
        Entity& n = out.entities.back();
        n.name = e.name;
        n.type = e.type;
      }
      Entity& m = out.entities[target[i]];
      // The fullest name wins ("Kamala Harris" over "Harris"); ties keep the first seen.
      if (WordCount(e.name) > WordCount(m.name)) m.name = e.name;
      AppendUnique(&m.aliases, e.aliases);
      AppendUnique(&m.roles, e.roles);
      for (Mention mention : e.mentions) {
        mention.span = Shift(mention.span, off);
        mention.sentence += sent_off;
        m.mentions.push_back(mention);
      }
    }
    // Index this article's entities for the later articles (after the matches above).
    for (size_t i = 0; i < a.entities.size(); ++i) {
      const Entity& e = a.entities[i];
      const int type = static_cast<int>(e.type);
      const std::string folded = Fold(e.name);
      by_name.emplace(std::make_pair(type, folded), target[i]);
      std::vector<int>& last = by_last[{type, folded.substr(folded.find_last_of(' ') + 1)}];
      if (std::find(last.begin(), last.end(), target[i]) == last.end()) last.push_back(target[i]);
      for (const std::string& alias : e.aliases) {
        std::vector<int>& v = by_alias[{type, Fold(alias)}];
        if (std::find(v.begin(), v.end(), target[i]) == v.end()) v.push_back(target[i]);
      }
    }
    for (Quote q : a.quotes) {
      q.span = Shift(q.span, off);
      if (q.speaker_span) q.speaker_span = Shift(*q.speaker_span, off);
      q.speaker = q.speaker >= 0 && static_cast<size_t>(q.speaker) < a.entities.size() ? target[q.speaker] : -1;
      q.sentence += sent_off;
      out.quotes.push_back(std::move(q));
    }
  }
  out.stats.bytes = out.text.size();  // the merged text, separators included (as for one text)
  // Salience, order, ids and quote speakers over the whole corpus; edges per sentence and
  // per quote, so only between entities of one article.
  FinalizeEntities(&out);
  BuildEdges(&out);
  return out;
}

int ArticleAt(const std::vector<ArticleRange>& ranges, uint32_t offset) {
  if (ranges.empty()) return -1;
  // The first article starting after offset; the one before it holds the offset.
  const auto it = std::upper_bound(ranges.begin(), ranges.end(), offset,
                                   [](uint32_t off, const ArticleRange& r) { return off < r.span.start; });
  return it == ranges.begin() ? 0 : static_cast<int>(it - ranges.begin()) - 1;
}

void AddArticlesField(const std::vector<ArticleRange>& ranges, std::string* json) {
  if (ranges.size() < 2) return;
  const size_t close = json->find_last_of('}');
  if (close == std::string::npos) return;
  std::string field = ",\"articles\":[";
  for (size_t i = 0; i < ranges.size(); ++i) {
    if (i) field += ',';
    field += "{\"id\":";
    AppendJsonString(ranges[i].id, &field);
    field += ",\"name\":";
    AppendJsonString(ranges[i].name, &field);
    field += ",\"start\":" + std::to_string(ranges[i].span.start);
    field += ",\"end\":" + std::to_string(ranges[i].span.end);
    field += ",\"sentences\":[" + std::to_string(ranges[i].first_sentence) + "," +
             std::to_string(ranges[i].end_sentence) + "]}";
  }
  field += ']';
  json->insert(close, field);
}

ArticleProvenance ArticlesOfItems(const Analysis& a, const std::vector<ArticleRange>& ranges) {
  ArticleProvenance p;
  if (ranges.size() < 2) return p;
  for (const ArticleRange& r : ranges) {
    p.ids.push_back(r.id);
    p.names.push_back(r.name);
  }
  // Articles only grow along the text, so a list built in document order stays ascending
  // once sorted; sort + unique keeps it exact for any order (evidence is not always sorted).
  const auto finish = [](std::vector<int>* v) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  };
  const auto of_sentence = [&](uint32_t s) {
    return s < a.sentences.size() ? ArticleAt(ranges, a.sentences[s].span.start) : -1;
  };
  p.entities.resize(a.entities.size());
  for (size_t i = 0; i < a.entities.size(); ++i) {
    for (const Mention& m : a.entities[i].mentions) {
      const int k = ArticleAt(ranges, m.span.start);
      if (p.entities[i].empty() || p.entities[i].back() != k) p.entities[i].push_back(k);
    }
    finish(&p.entities[i]);
  }
  p.quotes.reserve(a.quotes.size());
  for (const Quote& q : a.quotes) p.quotes.push_back(ArticleAt(ranges, q.span.start));
  p.edges.resize(a.edges.size());
  for (size_t i = 0; i < a.edges.size(); ++i) {
    const Edge& e = a.edges[i];
    for (uint32_t x : e.evidence) {
      int k = -1;
      if (e.kind == EdgeKind::kQuote) {
        if (x < a.quotes.size()) k = p.quotes[x];
      } else {
        k = of_sentence(x);
      }
      if (k >= 0 && (p.edges[i].empty() || p.edges[i].back() != k)) p.edges[i].push_back(k);
    }
    finish(&p.edges[i]);
  }
  return p;
}

}  // namespace ae
