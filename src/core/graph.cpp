// graph.cpp — salience, entity order and the co-occurrence / quote network.
#include "graph.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace ae {

void FinalizeEntities(Analysis* a) {
  const size_t n = a->entities.size();
  // Score: a name mention counts 1, a pronoun or descriptor 0.5; a mention in the title or
  // the first sentences counts double (news puts its protagonists first); each quote
  // spoken adds 1.
  std::vector<double> score(n, 0.0);
  std::vector<int> quoted(n, 0);
  for (const Quote& q : a->quotes) {
    if (q.speaker >= 0 && static_cast<size_t>(q.speaker) < n) quoted[q.speaker]++;
  }
  std::vector<bool> keep(n, false);
  for (size_t i = 0; i < n; ++i) {
    for (const Mention& m : a->entities[i].mentions) {
      double w = m.kind == MentionKind::kName ? 1.0 : 0.5;
      if (m.sentence < 3) w *= 2;
      score[i] += w;
      if (m.kind == MentionKind::kName) keep[i] = true;
    }
    score[i] += quoted[i];
  }
  double total = 0;
  for (size_t i = 0; i < n; ++i) {
    if (keep[i]) total += score[i];
  }
  std::vector<size_t> order;
  for (size_t i = 0; i < n; ++i) {
    if (keep[i]) order.push_back(i);
  }
  auto first = [&](size_t i) {
    return a->entities[i].mentions.empty() ? UINT32_MAX : a->entities[i].mentions.front().span.start;
  };
  // Total order (score, then first mention, then index): identical on every standard library.
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    if (score[x] != score[y]) return score[x] > score[y];
    if (first(x) != first(y)) return first(x) < first(y);
    return x < y;
  });
  std::vector<int> remap(n, -1);
  std::vector<Entity> sorted;
  sorted.reserve(order.size());
  for (size_t k = 0; k < order.size(); ++k) {
    remap[order[k]] = static_cast<int>(k);
    Entity e = std::move(a->entities[order[k]]);
    e.salience = total > 0 ? score[order[k]] / total : 0;
    e.id = "e" + std::to_string(k + 1);
    std::sort(e.mentions.begin(), e.mentions.end(),
              [](const Mention& p, const Mention& q) { return p.span < q.span; });
    sorted.push_back(std::move(e));
  }
  a->entities = std::move(sorted);
  for (Quote& q : a->quotes) {
    q.speaker = q.speaker >= 0 && static_cast<size_t>(q.speaker) < n ? remap[q.speaker] : -1;
  }
  for (size_t k = 0; k < a->quotes.size(); ++k) a->quotes[k].id = "q" + std::to_string(k + 1);
}

void BuildEdges(Analysis* a) {
  a->edges.clear();
  const size_t ns = a->sentences.size();
  // Entities present per sentence, each once, in entity order.
  std::vector<std::vector<int>> in_sentence(ns);
  for (size_t i = 0; i < a->entities.size(); ++i) {
    for (const Mention& m : a->entities[i].mentions) {
      if (m.sentence >= ns) continue;
      auto& v = in_sentence[m.sentence];
      if (v.empty() || v.back() != static_cast<int>(i)) v.push_back(static_cast<int>(i));
    }
  }
  std::map<std::pair<int, int>, Edge> co;
  for (size_t s = 0; s < ns; ++s) {
    const auto& v = in_sentence[s];
    // A sentence naming dozens of entities (a list) would add a quadratic number of edges
    // of little meaning; cap the pairs it contributes.
    const size_t cap = std::min<size_t>(v.size(), 12);
    for (size_t x = 0; x < cap; ++x) {
      for (size_t y = x + 1; y < cap; ++y) {
        const int p = std::min(v[x], v[y]), q = std::max(v[x], v[y]);
        Edge& e = co[{p, q}];
        e.source = p;
        e.target = q;
        e.kind = EdgeKind::kCooccurrence;
        e.weight += 1;
        e.evidence.push_back(static_cast<uint32_t>(s));
      }
    }
  }
  for (auto& [key, e] : co) a->edges.push_back(std::move(e));

  // Name mentions sorted by start, so each quote finds the names inside it by binary search
  // (linear overall: a quote-heavy text must not become quotes x mentions).
  std::vector<std::pair<Span, int>> names;
  for (size_t i = 0; i < a->entities.size(); ++i) {
    for (const Mention& m : a->entities[i].mentions) {
      if (m.kind == MentionKind::kName) names.emplace_back(m.span, static_cast<int>(i));
    }
  }
  std::sort(names.begin(), names.end());
  std::map<std::pair<int, int>, Edge> qe;
  for (size_t qi = 0; qi < a->quotes.size(); ++qi) {
    const Quote& q = a->quotes[qi];
    if (q.speaker < 0) continue;
    auto it = std::lower_bound(names.begin(), names.end(), std::make_pair(Span{q.span.start, 0}, -1));
    for (; it != names.end() && it->first.start < q.span.end; ++it) {
      if (it->second == q.speaker || !q.span.Contains(it->first)) continue;
      Edge& e = qe[{q.speaker, it->second}];
      e.source = q.speaker;
      e.target = it->second;
      e.kind = EdgeKind::kQuote;
      if (e.evidence.empty() || e.evidence.back() != qi) {
        e.weight += 1;
        e.evidence.push_back(static_cast<uint32_t>(qi));
      }
    }
  }
  for (auto& [key, e] : qe) a->edges.push_back(std::move(e));
}

}  // namespace ae
