// word_clusters.cpp — hierarchical word clusters (Brown-style bit strings) for the name tagger.
//
//   word-clusters --lexicons DIR --text FILE --out FILE [--classes C] [--min-count N]
//                 [--words W] [--iterations I]
//
// Run by scripts/gen-clusters.py, which gathers the text (documents separated by a line holding
// only a form feed). Tokens are those of the real ae::Segment, folded as the tagger folds them
// (Analysis::token_lex), so every word written is a key the tagger can look up; sentence ends
// are a boundary symbol. Method: the class-bigram likelihood
//   F = sum_{c,d} N(c,d) log N(c,d) - sum_c N(c,.) log N(c,.) - sum_d N(.,d) log N(.,d)
// (the part of the class bigram model's log-likelihood that depends on the classes: Brown et
// al. 1992) is raised by the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney
// 1998): every word of count >= N, in turn, moves to the class that raises F most, for I
// passes or until fewer than 0.1% move; words start in class (frequency rank mod C); rarer words
// are one fixed class, the sentence boundary another. The C classes are then merged bottom-up,
// each time the pair whose merge lowers F least (Brown's agglomeration, over classes instead of
// words), and each word's class gets its root-to-leaf path in that binary tree as a bit string
// (0 = the first-merged side). Ties go to the lower class index: the output is deterministic.
// Output: `path<TAB>word word ...` per class, sorted by path, words sorted; only the W most
// frequent words that contain a letter and no digit (the tagger's shape features cover numbers).
// Cost: each exchange pass is O(C x distinct (word, neighbouring class) pairs); the merging
// O(C^3) with O(1) updates per pair and step.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/analysis.h"
#include "core/lexicon.h"
#include "core/text.h"
#include "tool_files.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// x log x for counts, tabled for small x.
std::vector<double> g_xlogx;
inline double XLogX(double x) {
  if (x <= 0) return 0;
  const size_t i = static_cast<size_t>(x);
  if (i < g_xlogx.size() && static_cast<double>(i) == x) return g_xlogx[i];
  return x * std::log(x);
}

}  // namespace

int main(int argc, char** argv) {
  std::string lex_dir, text_path, out_path;
  int classes = 256, min_count = 3, iterations = 12;
  size_t max_words = 20000;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "word-clusters: %s needs a value\n", arg.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--lexicons") lex_dir = next();
    else if (arg == "--text") text_path = next();
    else if (arg == "--out") out_path = next();
    else if (arg == "--classes") classes = std::atoi(next().c_str());
    else if (arg == "--min-count") min_count = std::atoi(next().c_str());
    else if (arg == "--words") max_words = static_cast<size_t>(std::atol(next().c_str()));
    else if (arg == "--iterations") iterations = std::atoi(next().c_str());
    else {
      std::fprintf(stderr, "usage: word-clusters --lexicons DIR --text FILE --out FILE [--classes C] "
                           "[--min-count N] [--words W] [--iterations I]\n");
      return 2;
    }
  }
  if (lex_dir.empty() || text_path.empty() || out_path.empty() || classes < 2 || classes > 4096) {
    std::fprintf(stderr, "word-clusters: --lexicons, --text and --out are required (2 <= C <= 4096)\n");
    return 2;
  }
  const auto t0 = std::chrono::steady_clock::now();
  const ae::Lexicons lex = ae::tools::LoadLexiconDir(lex_dir, "word-clusters");
  std::string text;
  if (!ae::tools::ReadFile(text_path, &text)) {
    std::fprintf(stderr, "word-clusters: cannot read %s\n", text_path.c_str());
    return 1;
  }

  // ---- tokens: interned folded words; 0 = sentence boundary
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<std::string> words = {""};
  std::vector<uint64_t> counts = {0};
  std::vector<uint32_t> stream = {0};
  auto segment = [&](std::string_view chunk) {
    ae::Analysis a;
    a.text = std::string(chunk);
    ae::Segment(&a, lex);
    for (const ae::Sentence& s : a.sentences) {
      for (uint32_t i = s.first_token; i < s.end_token && i < a.tokens.size(); ++i) {
        const std::string_view w = ae::FoldedToken(a, i);
        if (w.empty()) continue;
        auto [it, added] = ids.emplace(std::string(w), static_cast<uint32_t>(words.size()));
        if (added) {
          words.emplace_back(w);
          counts.push_back(0);
        }
        ++counts[it->second];
        stream.push_back(it->second);
      }
      if (stream.back() != 0) stream.push_back(0);
    }
  };
  size_t docs = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find("\n\f\n", pos);
    if (end == std::string::npos) end = text.size();
    std::string_view doc(text.data() + pos, end - pos);
    pos = end + 3;
    ++docs;
    // Long documents in pieces of about 64 KB, cut at a blank line (else a line end).
    while (!doc.empty()) {
      size_t cut = doc.size();
      if (cut > 65536) {
        cut = doc.rfind("\n\n", 65536);
        if (cut == std::string_view::npos || cut < 4096) cut = doc.rfind('\n', 65536);
        if (cut == std::string_view::npos || cut < 4096) cut = 65536;
      }
      segment(doc.substr(0, cut));
      doc.remove_prefix(cut);
    }
  }
  std::fprintf(stderr, "word-clusters: %zu documents, %zu tokens, %zu distinct (%.1fs)\n", docs,
               stream.size(), words.size() - 1, Seconds(t0));

  // ---- vocabulary: words of count >= min_count, most frequent first (ties: bytes)
  std::vector<uint32_t> order;
  for (uint32_t w = 1; w < words.size(); ++w) {
    if (counts[w] >= static_cast<uint64_t>(min_count)) order.push_back(w);
  }
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return counts[a] != counts[b] ? counts[a] > counts[b] : words[a] < words[b];
  });
  const uint32_t V = static_cast<uint32_t>(order.size());
  const uint32_t kUnk = V, kBound = V + 1, kSymbols = V + 2;
  std::vector<uint32_t> remap(words.size(), kUnk);
  remap[0] = kBound;
  for (uint32_t r = 0; r < V; ++r) remap[order[r]] = r;
  // Bigram counts: sorted (left << 32 | right) keys.
  std::vector<uint64_t> pairs;
  pairs.reserve(stream.size());
  for (size_t k = 0; k + 1 < stream.size(); ++k) {
    pairs.push_back(static_cast<uint64_t>(remap[stream[k]]) << 32 | remap[stream[k + 1]]);
  }
  std::sort(pairs.begin(), pairs.end());
  struct Edge {
    uint32_t other;
    uint32_t n;
  };
  std::vector<std::vector<Edge>> right(kSymbols), left(kSymbols);
  for (size_t k = 0; k < pairs.size();) {
    size_t j = k;
    while (j < pairs.size() && pairs[j] == pairs[k]) ++j;
    const uint32_t x = static_cast<uint32_t>(pairs[k] >> 32), y = static_cast<uint32_t>(pairs[k]);
    right[x].push_back({y, static_cast<uint32_t>(j - k)});
    left[y].push_back({x, static_cast<uint32_t>(j - k)});
    k = j;
  }
  std::vector<uint32_t>().swap(stream);
  std::vector<uint64_t>().swap(pairs);
  std::fprintf(stderr, "word-clusters: %u words of count >= %d (%.1fs)\n", V, min_count, Seconds(t0));

  // ---- exchange
  const int C = classes, K = C + 2;  // classes C and C+1: the fixed boundary and rare-word classes
  g_xlogx.resize(size_t{1} << 22);
  for (size_t i = 1; i < g_xlogx.size(); ++i) g_xlogx[i] = static_cast<double>(i) * std::log(static_cast<double>(i));
  std::vector<int> cls(kSymbols);
  for (uint32_t w = 0; w < V; ++w) cls[w] = static_cast<int>(w % static_cast<uint32_t>(C));
  cls[kBound] = C;
  cls[kUnk] = C + 1;
  std::vector<double> N(size_t(K) * K, 0), NT(size_t(K) * K, 0), NL(K, 0), NR(K, 0);
  for (uint32_t x = 0; x < kSymbols; ++x) {
    for (const Edge& e : right[x]) {
      const int c = cls[x], d = cls[e.other];
      N[size_t(c) * K + d] += e.n;
      NT[size_t(d) * K + c] += e.n;
      NL[c] += e.n;
      NR[d] += e.n;
    }
  }
  auto objective = [&]() {
    double f = 0;
    for (double v : N) f += XLogX(v);
    for (int c = 0; c < K; ++c) f -= XLogX(NL[c]) + XLogX(NR[c]);
    return f;
  };
  std::fprintf(stderr, "word-clusters: start F = %.1f\n", objective());
  std::vector<double> R(K, 0), L(K, 0), delta(C, 0);
  std::vector<int> touched_r, touched_l;
  for (int it = 0; it < iterations; ++it) {
    size_t moves = 0;
    for (uint32_t w = 0; w < V; ++w) {
      double s = 0, nl = 0, nr = 0;
      touched_r.clear();
      touched_l.clear();
      for (const Edge& e : right[w]) {
        nl += e.n;
        if (e.other == w) {
          s += e.n;
          continue;
        }
        const int d = cls[e.other];
        if (R[d] == 0) touched_r.push_back(d);
        R[d] += e.n;
      }
      for (const Edge& e : left[w]) {
        nr += e.n;
        if (e.other == w) continue;
        const int c = cls[e.other];
        if (L[c] == 0) touched_l.push_back(c);
        L[c] += e.n;
      }
      // Take w out of its class a (the pairs of w with itself are in N(a,a) once).
      const int a = cls[w];
      auto apply = [&](int b, double sign) {
        for (int d : touched_r) {
          N[size_t(b) * K + d] += sign * R[d];
          NT[size_t(d) * K + b] += sign * R[d];
        }
        for (int c : touched_l) {
          N[size_t(c) * K + b] += sign * L[c];
          NT[size_t(b) * K + c] += sign * L[c];
        }
        N[size_t(b) * K + b] += sign * s;
        NT[size_t(b) * K + b] += sign * s;
        NL[b] += sign * nl;
        NR[b] += sign * nr;
      };
      apply(a, -1);
      // Gain of adding w to each class b.
      for (int b = 0; b < C; ++b) delta[b] = -(XLogX(NL[b] + nl) - XLogX(NL[b])) - (XLogX(NR[b] + nr) - XLogX(NR[b]));
      for (int d : touched_r) {  // row b, column d: N(b, d) + R[d]
        const double r = R[d];
        const double* col = &NT[size_t(d) * K];
        for (int b = 0; b < C; ++b) delta[b] += XLogX(col[b] + r) - XLogX(col[b]);
      }
      for (int c : touched_l) {  // column b, row c: N(c, b) + L[c]
        const double l = L[c];
        const double* row = &N[size_t(c) * K];
        for (int b = 0; b < C; ++b) delta[b] += XLogX(row[b] + l) - XLogX(row[b]);
      }
      // The diagonal N(b, b) gets R[b] + L[b] + s at once, not in two separate terms.
      for (int b = 0; b < C; ++b) {
        const double nbb = N[size_t(b) * K + b];
        if (R[b] == 0 && L[b] == 0 && s == 0) continue;
        delta[b] += -(XLogX(nbb + R[b]) - XLogX(nbb)) - (XLogX(nbb + L[b]) - XLogX(nbb)) +
                    (XLogX(nbb + R[b] + L[b] + s) - XLogX(nbb));
      }
      int best = a;
      for (int b = 0; b < C; ++b) {
        if (delta[b] > delta[best] + 1e-9) best = b;
      }
      apply(best, +1);
      if (best != a) ++moves;
      cls[w] = best;
      for (int d : touched_r) R[d] = 0;
      for (int c : touched_l) L[c] = 0;
    }
    std::fprintf(stderr, "word-clusters: pass %d: %zu moves, F = %.1f (%.1fs)\n", it + 1, moves, objective(),
                 Seconds(t0));
    if (moves * 1000 < V) break;
  }

  // ---- bottom-up merging of the classes (the boundary and rare-word classes stay apart)
  auto g = [](double x, double y) { return XLogX(x + y) - XLogX(x) - XLogX(y); };
  std::vector<char> alive(C, 0);
  for (uint32_t w = 0; w < V; ++w) alive[cls[w]] = 1;
  // Merge gain of (k, l), k < l: the change of F when l joins k.
  auto full_gain = [&](int k, int l) {
    double v = 0;
    for (int d = 0; d < K; ++d) {
      if (d == k || d == l) continue;
      if (d < C && !alive[d]) continue;
      v += g(N[size_t(k) * K + d], N[size_t(l) * K + d]) + g(N[size_t(d) * K + k], N[size_t(d) * K + l]);
    }
    const double kk = N[size_t(k) * K + k], kl = N[size_t(k) * K + l], lk = N[size_t(l) * K + k],
                 ll = N[size_t(l) * K + l];
    v += XLogX(kk + kl + lk + ll) - XLogX(kk) - XLogX(kl) - XLogX(lk) - XLogX(ll);
    v -= g(NL[k], NL[l]) + g(NR[k], NR[l]);
    return v;
  };
  std::vector<double> gain(size_t(C) * C, 0);
  for (int k = 0; k < C; ++k) {
    for (int l = k + 1; l < C; ++l) {
      if (alive[k] && alive[l]) gain[size_t(k) * C + l] = full_gain(k, l);
    }
  }
  std::vector<int> node(C);  // tree node of each live class
  std::vector<std::pair<int, int>> children;  // node id - C -> (first, second)
  for (int c = 0; c < C; ++c) node[c] = c;
  int live = 0;
  for (int c = 0; c < C; ++c) live += alive[c];
  while (live > 1) {
    int bk = -1, bl = -1;
    for (int k = 0; k < C; ++k) {
      if (!alive[k]) continue;
      for (int l = k + 1; l < C; ++l) {
        if (!alive[l]) continue;
        if (bk < 0 || gain[size_t(k) * C + l] > gain[size_t(bk) * C + bl] + 1e-9) bk = k, bl = l;
      }
    }
    const int i = bk, j = bl;
    // O(1) update of the pairs without i or j: their sums over d lose d = i, j and gain the merged class.
    for (int k = 0; k < C; ++k) {
      if (!alive[k] || k == i || k == j) continue;
      for (int l = k + 1; l < C; ++l) {
        if (!alive[l] || l == i || l == j) continue;
        const double ki = N[size_t(k) * K + i], kj = N[size_t(k) * K + j], li = N[size_t(l) * K + i],
                     lj = N[size_t(l) * K + j];
        const double ik = N[size_t(i) * K + k], jk = N[size_t(j) * K + k], il = N[size_t(i) * K + l],
                     jl = N[size_t(j) * K + l];
        gain[size_t(k) * C + l] += g(ki + kj, li + lj) - g(ki, li) - g(kj, lj) + g(ik + jk, il + jl) - g(ik, il) - g(jk, jl);
      }
    }
    // Merge j into i.
    for (int d = 0; d < K; ++d) {
      N[size_t(i) * K + d] += N[size_t(j) * K + d];
      N[size_t(j) * K + d] = 0;
    }
    for (int c = 0; c < K; ++c) {
      N[size_t(c) * K + i] += N[size_t(c) * K + j];
      N[size_t(c) * K + j] = 0;
    }
    NL[i] += NL[j];
    NR[i] += NR[j];
    NL[j] = NR[j] = 0;
    alive[j] = 0;
    --live;
    children.emplace_back(node[i], node[j]);
    node[i] = C + static_cast<int>(children.size()) - 1;
    for (int k = 0; k < C; ++k) {
      if (!alive[k] || k == i) continue;
      const int a = std::min(k, i), b = std::max(k, i);
      gain[size_t(a) * C + b] = full_gain(a, b);
    }
  }
  int root = -1;
  for (int c = 0; c < C; ++c) {
    if (alive[c]) root = node[c];
  }
  // Root-to-leaf paths.
  std::vector<std::string> path(C + children.size());
  std::vector<int> todo = {root};
  while (!todo.empty()) {
    const int n = todo.back();
    todo.pop_back();
    if (n < C) continue;
    const auto [first, second] = children[n - C];
    path[first] = path[n] + "0";
    path[second] = path[n] + "1";
    todo.push_back(first);
    todo.push_back(second);
  }
  size_t depth = 0;
  for (int c = 0; c < C; ++c) depth = std::max(depth, path[c].size());
  std::fprintf(stderr, "word-clusters: %d classes merged, deepest path %zu (%.1fs)\n", live + static_cast<int>(children.size()),
               depth, Seconds(t0));

  // ---- output
  std::vector<std::vector<std::string>> members(C);
  size_t written = 0;
  for (uint32_t r = 0; r < V && written < max_words; ++r) {
    const std::string& w = words[order[r]];
    bool letter = false, digit = false;
    for (unsigned char ch : w) {
      letter = letter || ch >= 0x80 || ((ch | 32) >= 'a' && (ch | 32) <= 'z');
      digit = digit || (ch >= '0' && ch <= '9');
    }
    if (!letter || digit || w.size() > 40 || w.find_first_of(" \t") != std::string::npos) continue;
    members[cls[r]].push_back(w);
    ++written;
  }
  std::vector<int> by_path;
  for (int c = 0; c < C; ++c) {
    if (!members[c].empty()) by_path.push_back(c);
  }
  std::sort(by_path.begin(), by_path.end(), [&](int a, int b) { return path[a] < path[b]; });
  std::ofstream out(out_path, std::ios::binary);
  if (!out) {
    std::fprintf(stderr, "word-clusters: cannot write %s\n", out_path.c_str());
    return 1;
  }
  out << "# Word clusters for the name tagger (src/core/tagger.cpp reads this file as a blob):\n"
         "# path<TAB>words: a bit string (the class's path in a binary merge tree) and the folded words\n"
         "# of that class. Generated by scripts/gen-clusters.py (tools/word_clusters.cpp): "
      << C << " classes,\n# words of count >= " << min_count << ", the " << written
      << " most frequent written; sources and licences in assets/lexicon/README.md.\n";
  for (int c : by_path) {
    std::sort(members[c].begin(), members[c].end());
    out << path[c] << '\t';
    for (size_t k = 0; k < members[c].size(); ++k) out << (k ? " " : "") << members[c][k];
    out << '\n';
  }
  std::fprintf(stderr, "word-clusters: wrote %s: %zu words in %zu classes (%.1fs)\n", out_path.c_str(), written,
               by_path.size(), Seconds(t0));
  return 0;
}
