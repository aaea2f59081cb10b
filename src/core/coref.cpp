// coref.cpp — pronoun antecedents (rule in coref.h).
#include "coref.h"

#include <algorithm>
#include <vector>

#include "coref_internal.h"

namespace ae {

namespace {

// Index of the token whose span starts at `start`, or tokens.size().
size_t TokenAt(const Analysis& a, uint32_t start) {
  const auto it = std::lower_bound(a.tokens.begin(), a.tokens.end(), start,
                                   [](const Token& t, uint32_t s) { return t.span.start < s; });
  return it != a.tokens.end() && it->span.start == start ? static_cast<size_t>(it - a.tokens.begin())
                                                         : a.tokens.size();
}

}  // namespace

char EntityGender(const Analysis& a, const Entity& e, const Lexicons& lex) {
  if (e.type != EntityType::kPerson) return 0;
  char from_name = 0;
  for (const Mention& m : e.mentions) {
    if (m.kind != MentionKind::kName) continue;
    const size_t t = TokenAt(a, m.span.start);
    if (t == a.tokens.size()) continue;
    if (t > 0) {  // an honorific right before the name decides ("Ms Harris")
      const std::string prev = Fold(a.Text(a.tokens[t - 1].span));
      const std::string_view g = lex.Value(prev, kHonorific);
      if (g == "m" || g == "f") return g[0];
    }
    if (!from_name && t + 1 < a.tokens.size() && a.tokens[t + 1].span.start <= m.span.end) {
      // A name of two or more words: its first word may be a listed first name.
      const std::string first = Fold(a.Text(a.tokens[t].span));
      const std::string_view g = lex.Value(first, kFirstName);
      if (g == "m" || g == "f") from_name = g[0];
    }
  }
  return from_name;
}

PersonIndex BuildPersonIndex(const Analysis& a, const Lexicons& lex) {
  PersonIndex idx;
  idx.by_sentence.resize(a.sentences.size());
  idx.gender.assign(a.entities.size(), 0);
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    if (e.type != EntityType::kPerson) continue;
    idx.gender[i] = EntityGender(a, e, lex);
    for (const Mention& m : e.mentions) {
      if (m.kind == MentionKind::kName && m.sentence < idx.by_sentence.size())
        idx.by_sentence[m.sentence].push_back({m.span.start, static_cast<int>(i)});
    }
  }
  for (auto& v : idx.by_sentence) {
    std::sort(v.begin(), v.end(), [](const PersonIndex::Hit& x, const PersonIndex::Hit& y) {
      return x.start != y.start ? x.start < y.start : x.entity < y.entity;
    });
  }
  return idx;
}

int PronounAntecedent(const Analysis& a, const PersonIndex& idx, size_t token_index, char gender) {
  if (token_index >= a.tokens.size() || (gender != 'm' && gender != 'f')) return -1;
  const Token& tok = a.tokens[token_index];
  const uint32_t s = tok.sentence;
  if (s >= a.sentences.size()) return -1;
  const uint32_t para = a.sentences[s].paragraph;
  // Two sentences back at most, and at most one paragraph break.
  for (uint32_t k = 0; k <= 2 && k <= s; ++k) {
    const uint32_t cs = s - k;
    if (a.sentences[cs].paragraph + 1 < para) break;
    int known = -1, unknown = -1, unknown_count = 0;
    for (const PersonIndex::Hit& h : idx.by_sentence[cs]) {
      if (k == 0 && h.start >= tok.span.start) break;  // only before the pronoun
      const char g = idx.gender[h.entity];
      if (g == gender) {
        if (known < 0) known = h.entity;  // first compatible mention: the subject
      } else if (g == 0) {
        if (unknown != h.entity) ++unknown_count;
        if (unknown < 0) unknown = h.entity;
      }
    }
    if (known >= 0) return known;
    // An unknown-gender person is taken only when it is alone in the window so far.
    if (unknown >= 0) return unknown_count == 1 ? unknown : -1;
  }
  return -1;
}

int PronounAntecedent(const Analysis& a, size_t token_index, char gender, const Lexicons& lex) {
  return PronounAntecedent(a, BuildPersonIndex(a, lex), token_index, gender);
}

int ResolvePronoun(const Analysis& a, size_t token_index, const Lexicons& lex) {
  if (token_index >= a.tokens.size()) return -1;
  const Span span = a.tokens[token_index].span;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    for (const Mention& m : a.entities[i].mentions) {
      if (m.kind == MentionKind::kPronoun && m.span == span) return static_cast<int>(i);
    }
  }
  const std::string_view g = lex.Value(Fold(a.Text(span)), kPronoun);
  if (g != "m" && g != "f") return -1;
  return PronounAntecedent(a, token_index, g[0], lex);
}

}  // namespace ae
