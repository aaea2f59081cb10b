// train_tagger.cpp — trains the name tagger (src/core/tagger.h) and measures it.
//
//   train-tagger --lexicons DIR --train FILE... [--dev FILE...] --out ner.bin
//                [--epochs N] [--bits B] [--seed S] [--runs R] [--drop-misc] [--prune P]
//   train-tagger --lexicons DIR --model ner.bin --eval FILE... [--errors N]
//   train-tagger --lexicons DIR --model ner.bin --show | --bench N     (text on stdin)
//
// Corpora: the IOB2 files of ../shared/data/ner (format in its README). Each document's text
// is rebuilt exactly as ../shared/eval/ner_eval.py does (the `# text =` line when present,
// else the tokens joined by spaces; one line per sentence), then segmented by the real
// ae::Segment, and the gold character spans are projected onto our tokens, so training and
// inference see the same tokens. A sentence where a gold boundary falls inside one of our
// tokens is decoded but not learned from (counted in the log).
//
// Training: averaged structured perceptron. Each document is decoded by the same Viterbi as
// Tag() (tagger::Decode); in every wrongly tagged sentence the features of the gold path get +1
// and those of the predicted path -1 (emission features where the tags differ, transition
// features where the tag pair differs). Updating whole paths matters: the former greedy
// trainer updated only tags it could choose, so I-X weights after O were never pushed down and
// names ran on across "on Tuesday,". Documents are shuffled per epoch by a fixed-seed
// generator; integer updates, so the result is identical on every run. The averaged weights
// are quantised to one byte per weight plus one scale per row and written in the ner.bin
// format (tagger.cpp); a row whose largest weight is below P / 2^22 of the largest weight of
// all is left out (--prune P, default 64; scripts/train-ner.sh uses 8000: a third fewer rows,
// no measurable loss). --eval prints exact-span P/R/F1 per type, the micro-F1 over PER, LOC
// and ORG and the Tag() time, measured with the shipped (quantised) model; --show prints the
// tag and margin of every token of stdin's text; --bench N times N Tag() calls on it.

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "core/analysis.h"
#include "core/lexicon.h"
#include "core/tagger.h"
#include "core/text.h"
#include "tool_files.h"

namespace {

using ae::tagger::kNumTags;

struct GoldSpan {
  uint32_t start, end;
  char type;
  bool operator<(const GoldSpan& o) const { return std::tie(start, end, type) < std::tie(o.start, o.end, o.type); }
};

struct Doc {
  std::string text;
  std::vector<GoldSpan> gold;
};

char TypeChar(const std::string& t) {
  if (t == "PER") return 'P';
  if (t == "ORG") return 'O';
  if (t == "LOC") return 'L';
  return 'M';
}

struct RawSentence {
  std::vector<std::pair<std::string, std::string>> rows;  // token, tag
  bool has_raw = false;
  std::string raw;
};

// Token spans (i, j, type) from IOB1 or IOB2 tags, as ner_eval.py's spans_from_tags.
std::vector<std::tuple<size_t, size_t, std::string>> SpansFromTags(const std::vector<std::string>& tags) {
  std::vector<std::tuple<size_t, size_t, std::string>> out;
  long start = -1;
  std::string typ;
  for (size_t i = 0; i <= tags.size(); ++i) {
    const std::string tag = i < tags.size() ? tags[i] : "O";
    const size_t dash = tag.find('-');
    const std::string pre = tag.substr(0, dash);
    const std::string t = dash == std::string::npos ? "" : tag.substr(dash + 1);
    if (pre == "O" || pre.empty() || pre == "B" || (pre == "I" && t != typ)) {
      if (start >= 0) out.emplace_back(start, i, typ);
      start = -1;
      typ.clear();
      if (pre == "B" || pre == "I") {
        start = static_cast<long>(i);
        typ = t;
      }
    }
  }
  return out;
}

Doc BuildDoc(const std::vector<RawSentence>& sents) {
  Doc doc;
  size_t pos = 0;
  for (size_t s = 0; s < sents.size(); ++s) {
    const RawSentence& rs = sents[s];
    std::vector<std::pair<size_t, size_t>> offs;
    std::string text;
    if (rs.has_raw) {
      size_t cur = 0;
      for (const auto& [tok, tag] : rs.rows) {
        size_t k = rs.raw.find(tok, cur);
        if (k == std::string::npos) k = cur;
        offs.emplace_back(pos + k, pos + k + tok.size());
        cur = k + tok.size();
      }
      text = rs.raw;
    } else {
      size_t cur = 0;
      for (const auto& [tok, tag] : rs.rows) {
        offs.emplace_back(pos + cur, pos + cur + tok.size());
        cur += tok.size() + 1;
        if (!text.empty()) text += ' ';
        text += tok;
      }
    }
    std::vector<std::string> tags;
    for (const auto& r : rs.rows) tags.push_back(r.second);
    for (const auto& [i, j, typ] : SpansFromTags(tags)) {
      doc.gold.push_back({static_cast<uint32_t>(offs[i].first), static_cast<uint32_t>(offs[j - 1].second), TypeChar(typ)});
    }
    if (s) doc.text += '\n';
    doc.text += text;
    pos += text.size() + 1;
  }
  return doc;
}

// Reads the documents of one corpus file (ner_eval.py's read_docs). When split_large is set,
// a "document" of more than 300 sentences (a corpus without document marks) becomes one
// document per sentence, so that document features do not see unrelated text.
std::vector<Doc> ReadCorpus(const std::string& path, bool split_large) {
  std::string content;
  std::vector<Doc> docs;
  if (!ae::tools::ReadFile(path, &content)) {
    std::fprintf(stderr, "train-tagger: cannot read %s\n", path.c_str());
    std::exit(1);
  }
  std::vector<std::vector<RawSentence>> raw_docs;
  std::vector<RawSentence> doc;
  RawSentence sent;
  std::string raw;
  bool has_raw = false;
  auto end_sentence = [&] {
    if (!sent.rows.empty()) {
      sent.has_raw = has_raw;
      sent.raw = raw;
      doc.push_back(sent);
    }
    sent = RawSentence();
    has_raw = false;
    raw.clear();
  };
  auto end_doc = [&] {
    end_sentence();
    if (!doc.empty()) raw_docs.push_back(doc);
    doc.clear();
  };
  std::istringstream in(content);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("# newdoc", 0) == 0 || line.rfind("# doc = ", 0) == 0) { end_doc(); continue; }
    if (line.rfind("# text = ", 0) == 0) { raw = line.substr(9); has_raw = true; continue; }
    if (line.rfind("#", 0) == 0) continue;
    if (line.rfind("-DOCSTART-", 0) == 0) { end_doc(); continue; }
    if (line.find_first_not_of(" \t") == std::string::npos) { end_sentence(); continue; }
    const bool tab = line.find('\t') != std::string::npos;
    std::vector<std::string> cols;
    size_t b = 0;
    while (true) {
      const size_t e = line.find(tab ? '\t' : ' ', b);
      cols.push_back(line.substr(b, e == std::string::npos ? std::string::npos : e - b));
      if (e == std::string::npos) break;
      b = e + 1;
    }
    std::string token, tag;
    if (cols.size() >= 3 && tab && !cols[0].empty() &&
        std::all_of(cols[0].begin(), cols[0].end(), [](char c) { return c >= '0' && c <= '9'; })) {
      token = cols[1];
      tag = cols[2];
    } else {
      token = cols[0];
      tag = cols.back();
    }
    if (token.rfind("en:", 0) == 0) token = token.substr(3);
    sent.rows.emplace_back(token, tag);
  }
  end_doc();
  for (const auto& d : raw_docs) {
    if (split_large && d.size() > 300) {
      for (const auto& s : d) docs.push_back(BuildDoc({s}));
    } else {
      docs.push_back(BuildDoc(d));
    }
  }
  return docs;
}

// A document segmented by the real Segment, with gold tags projected onto its tokens.
struct Prepared {
  ae::Analysis a;
  std::vector<uint8_t> gold;    // tag per token
  std::vector<uint8_t> learn;   // 0 where the gold spans do not fit our tokens
  std::vector<GoldSpan> spans;  // gold, bytes
};

size_t g_unfit_spans = 0, g_total_spans = 0;
bool g_drop_misc = false;  // --drop-misc: MISC gold spans become O (the corpora disagree on MISC)

Prepared Prepare(const Doc& d, const ae::Lexicons& lex) {
  Prepared p;
  p.a.text = d.text;
  ae::Segment(&p.a, lex);
  p.spans = d.gold;
  const size_t n = p.a.tokens.size();
  p.gold.assign(n, 0);
  p.learn.assign(n, 1);
  std::unordered_map<uint32_t, uint32_t> by_start, by_end;
  for (uint32_t i = 0; i < n; ++i) {
    by_start[p.a.tokens[i].span.start] = i;
    by_end[p.a.tokens[i].span.end] = i;
  }
  for (const GoldSpan& g : d.gold) {
    if (g_drop_misc && g.type == 'M') continue;
    ++g_total_spans;
    const auto s = by_start.find(g.start), e = by_end.find(g.end);
    if (s != by_start.end() && e != by_end.end() && s->second <= e->second) {
      const int b = ae::tagger::BeginOf(g.type);
      p.gold[s->second] = static_cast<uint8_t>(b);
      for (uint32_t i = s->second + 1; i <= e->second; ++i) p.gold[i] = static_cast<uint8_t>(b + 1);
      continue;
    }
    ++g_unfit_spans;
    // Do not learn from the sentences this span touches.
    for (uint32_t i = 0; i < n; ++i) {
      const ae::Span& sp = p.a.tokens[i].span;
      if (sp.start < g.end && g.start < sp.end) {
        const ae::Sentence& sent = p.a.sentences[p.a.tokens[i].sentence];
        for (uint32_t k = sent.first_token; k < sent.end_token; ++k) p.learn[k] = 0;
      }
    }
  }
  return p;
}

// ------------------------------------------------------------------ scoring

struct Counts {
  std::map<char, long> tp, fp, fn;
};

void Count(const Prepared& p, const std::vector<ae::NameSpan>& found, Counts* c,
           std::vector<std::string>* errors, size_t max_errors) {
  std::set<GoldSpan> sys, gold(p.spans.begin(), p.spans.end());
  for (const ae::NameSpan& s : found) {
    sys.insert({p.a.tokens[s.first_token].span.start, p.a.tokens[s.end_token - 1].span.end, s.type});
  }
  for (const GoldSpan& s : sys) {
    if (gold.count(s)) {
      ++c->tp[s.type];
    } else {
      ++c->fp[s.type];
      if (errors && errors->size() < max_errors)
        errors->push_back(std::string("spurious ") + s.type + " " + p.a.text.substr(s.start, s.end - s.start));
    }
  }
  for (const GoldSpan& s : gold) {
    if (!sys.count(s)) {
      ++c->fn[s.type];
      if (errors && errors->size() < max_errors)
        errors->push_back(std::string("missed   ") + s.type + " " + p.a.text.substr(s.start, s.end - s.start));
    }
  }
}

double Report(const std::string& name, const Counts& c, bool verbose) {
  auto prf = [](long tp, long fp, long fn, double* P, double* R) {
    *P = tp + fp ? double(tp) / (tp + fp) : 0;
    *R = tp + fn ? double(tp) / (tp + fn) : 0;
    return *P + *R > 0 ? 2 * *P * *R / (*P + *R) : 0.0;
  };
  auto get = [](const std::map<char, long>& m, char k) {
    const auto it = m.find(k);
    return it == m.end() ? 0L : it->second;
  };
  long tp = 0, fp = 0, fn = 0;
  std::string line;
  for (char t : {'P', 'L', 'O', 'M'}) {
    double P, R;
    const double F = prf(get(c.tp, t), get(c.fp, t), get(c.fn, t), &P, &R);
    if (verbose) {
      const char* label = t == 'P' ? "PER" : t == 'L' ? "LOC" : t == 'O' ? "ORG" : "MISC";
      std::printf("  %-5s P %.3f R %.3f F1 %.3f\n", label, P, R, F);
    }
    if (t != 'M') {
      tp += get(c.tp, t);
      fp += get(c.fp, t);
      fn += get(c.fn, t);
    }
  }
  double P, R;
  const double F = prf(tp, fp, fn, &P, &R);
  std::printf("%s SUMMARY micro_F1(PER,LOC,ORG)=%.3f P=%.3f R=%.3f\n", name.c_str(), F, P, R);
  return F;
}

// ------------------------------------------------------------------ training

class Perceptron {
 public:
  explicit Perceptron(int bits) : bits_(bits), size_((size_t{1} << bits) * kNumTags) {
    w_.assign(size_, 0);
    acc_.assign(size_, 0);
    last_.assign(size_, 0);
  }
  void AddRow(uint32_t b, int64_t* scores) const {
    const int32_t* row = &w_[size_t{b} * kNumTags];
    for (int t = 0; t < kNumTags; ++t) scores[t] += row[t];
  }
  void Update(uint32_t bucket, int tag, int d) { Add(size_t{bucket} * kNumTags + tag, d); }
  void Tick() { ++clock_; }
  // The averaged weights.
  std::vector<float> Average() const {
    std::vector<float> avg(size_);
    const double c = clock_ ? double(clock_) : 1.0;
    for (size_t k = 0; k < size_; ++k) {
      avg[k] = static_cast<float>((double(acc_[k]) + double(w_[k]) * double(clock_ - last_[k])) / c);
    }
    return avg;
  }
  int bits() const { return bits_; }

 private:
  void Add(size_t k, int d) {
    acc_[k] += int64_t{w_[k]} * (clock_ - last_[k]);
    last_[k] = clock_;
    w_[k] += d;
  }
  int bits_;
  size_t size_;
  std::vector<int32_t> w_;
  std::vector<int64_t> acc_;
  std::vector<int64_t> last_;
  int64_t clock_ = 0;
};

// Decodes a prepared document with float weights (dev measurement during training).
std::vector<ae::NameSpan> DecodeFloat(const Prepared& p, const ae::tagger::Gazetteer& gaz, int bits,
                                      const std::vector<float>& w, double scale) {
  ae::tagger::Featurizer f(gaz, bits);
  f.Prepare(p.a);
  ae::tagger::DecodeBuffers d;
  ae::tagger::Decode(
      p.a, f,
      ae::tagger::EachRow([&](uint32_t b, int64_t* scores) {
        for (int t = 0; t < kNumTags; ++t) scores[t] += std::llround(w[size_t{b} * kNumTags + t] * scale);
      }),
      &d);
  return ae::tagger::SpansFromTags(p.a, d.tags, d.margins, 1);
}

uint64_t g_rng = 0;
uint64_t NextRandom() {  // splitmix64: the same sequence everywhere
  uint64_t z = (g_rng += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

struct NamedSet {
  std::string name;
  std::vector<Prepared> docs;
};

std::vector<Prepared> PrepareAll(const std::vector<std::string>& files, const ae::Lexicons& lex, bool split_large) {
  std::vector<Prepared> out;
  for (const std::string& f : files) {
    for (const Doc& d : ReadCorpus(f, split_large)) out.push_back(Prepare(d, lex));
  }
  return out;
}

std::string BaseName(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

double EvalModel(const ae::Tagger& tagger, const NamedSet& set, bool verbose, size_t max_errors) {
  Counts c;
  std::vector<std::string> errors;
  size_t tokens = 0;
  double tag_seconds = 0;
  for (const Prepared& p : set.docs) {
    const auto t0 = std::chrono::steady_clock::now();
    const std::vector<ae::NameSpan> found = tagger.Tag(p.a);
    tag_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    tokens += p.a.tokens.size();
    Count(p, found, &c, &errors, max_errors);
  }
  if (verbose) std::printf("  speed: %.0f us per 1,000 tokens (Tag() alone, %zu tokens)\n", 1e6 * tag_seconds / std::max<size_t>(1, tokens) * 1000, tokens);
  for (const std::string& e : errors) std::printf("  %s\n", e.c_str());
  return Report(set.name, c, verbose);
}

int Usage() {
  std::fprintf(stderr,
               "usage: train-tagger --lexicons DIR --train FILE... [--dev FILE...] --out FILE [--epochs N] [--bits B] [--seed S]\n"
               "       train-tagger --lexicons DIR --model FILE --eval FILE... [--errors N]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string lex_dir, out_path, model_path;
  std::vector<std::string> train_files, dev_files, eval_files;
  int epochs = 6, bits = 19, runs = 1;
  double prune = 64;
  size_t max_errors = 0;
  bool show = false;
  int bench = 0;
  uint64_t seed = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) std::exit(Usage());
      return argv[++i];
    };
    if (arg == "--lexicons") lex_dir = next();
    else if (arg == "--train") train_files.push_back(next());
    else if (arg == "--dev") dev_files.push_back(next());
    else if (arg == "--eval") eval_files.push_back(next());
    else if (arg == "--out") out_path = next();
    else if (arg == "--model") model_path = next();
    else if (arg == "--epochs") epochs = std::atoi(next().c_str());
    else if (arg == "--prune") prune = std::atof(next().c_str());
    else if (arg == "--runs") runs = std::max(1, std::atoi(next().c_str()));
    else if (arg == "--bits") bits = std::atoi(next().c_str());
    else if (arg == "--seed") seed = std::strtoull(next().c_str(), nullptr, 10);
    else if (arg == "--show") show = true;
    else if (arg == "--bench") show = true, bench = std::atoi(next().c_str());
    else if (arg == "--drop-misc") g_drop_misc = true;
    else if (arg == "--errors") max_errors = std::strtoul(next().c_str(), nullptr, 10);
    else return Usage();
  }
  if (lex_dir.empty() || bits < 10 || bits > 24) return Usage();
  const ae::Lexicons lex = ae::tools::LoadLexiconDir(lex_dir, "train-tagger");
  const auto t0 = std::chrono::steady_clock::now();
  auto seconds = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(); };

  if (show) {  // debug: tags of stdin's text, one token per line with the scores
    std::string blob, text;
    if (model_path.empty() || !ae::tools::ReadFile(model_path, &blob)) return Usage();
    ae::Tagger tagger;
    if (!tagger.Load(blob, lex)) return 1;
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    ae::Analysis a;
    a.text = ss.str();
    ae::Segment(&a, lex);
    ae::tagger::Featurizer f(*tagger.gazetteer(), tagger.bucket_bits());
    f.Prepare(a);
    if (bench > 0) {  // --bench N: the fastest of N Tag() calls on stdin's text
      double best = 1e9, first = 0;
      size_t found = 0;
      for (int k = 0; k < bench; ++k) {
        const auto t0 = std::chrono::steady_clock::now();
        found += tagger.Tag(a).size();
        const double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (k == 0) first = t;  // cold caches: the model rows are not loaded yet
        best = std::min(best, t);
      }
      std::printf("%zu tokens: first (cold) Tag() %.1f us; best %.1f us = %.0f us per 1,000 tokens (%zu spans)\n",
                  a.tokens.size(), first * 1e6, best * 1e6, best * 1e9 / std::max<size_t>(1, a.tokens.size()),
                  found / bench);
      return 0;
    }
    static const char* kNames[] = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
    ae::tagger::DecodeBuffers d;
    const auto rows = ae::tagger::EachRow([&](uint32_t b, int64_t* scores) {
      if (const int8_t* row = tagger.Row(b)) {
        for (int t = 0; t < kNumTags; ++t) scores[t] += row[1 + t] * tagger.Scale(row[0]);
      }
    });
    // As Tag(): every token scored, but with Tag()'s decoding constraint (tagger.h).
    ae::tagger::Decode(
        a, f, rows,
        ae::tagger::TransitionRows(f, rows),
        [](uint32_t) { return false; }, /*constrain=*/true, &d);
    for (size_t i = 0; i < d.tags.size(); ++i) {
      std::printf("%-16s %-6s %d\n", std::string(a.Text(a.tokens[i].span)).c_str(), kNames[d.tags[i]], d.margins[i]);
    }
    return 0;
  }
  if (!eval_files.empty()) {
    std::string blob;
    if (model_path.empty() || !ae::tools::ReadFile(model_path, &blob)) return Usage();
    ae::Tagger tagger;
    if (!tagger.Load(blob, lex)) {
      std::fprintf(stderr, "train-tagger: %s is not a valid model for this build\n", model_path.c_str());
      return 1;
    }
    for (const std::string& f : eval_files) {
      NamedSet set{BaseName(f), PrepareAll({f}, lex, false)};
      EvalModel(tagger, set, true, max_errors);
    }
    return 0;
  }
  if (train_files.empty() || out_path.empty()) return Usage();

  std::vector<Prepared> train = PrepareAll(train_files, lex, true);
  std::printf("train: %zu documents, %zu gold spans, %zu not on our token boundaries (%.1fs)\n", train.size(),
              g_total_spans, g_unfit_spans, seconds());
  std::vector<NamedSet> dev;
  for (const std::string& f : dev_files) dev.push_back({BaseName(f), PrepareAll({f}, lex, false)});

  const ae::tagger::Gazetteer gaz(lex);
  // --runs R: R perceptrons trained on R shuffles (seeds seed..seed+R-1), their averaged
  // weights averaged again (less dependent on one shuffle; more non-zero rows, a larger blob).
  // R = 1 (the default, used by scripts/train-ner.sh) gives the same bytes as before.
  std::vector<float> avg_sum;
  for (int run = 0; run < runs; ++run) {
    Perceptron model(bits);
    g_rng = seed + static_cast<uint64_t>(run);
    std::vector<size_t> order(train.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    ae::tagger::DecodeBuffers d;
    ae::tagger::Featurizer f(gaz, bits);
    std::vector<uint32_t> feats;
    for (int epoch = 1; epoch <= epochs; ++epoch) {
      for (size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[NextRandom() % k]);  // Fisher-Yates
      long errors = 0, tokens = 0;
      for (size_t idx : order) {
        const Prepared& p = train[idx];
        f.Prepare(p.a);
        ae::tagger::Decode(p.a, f, ae::tagger::EachRow([&](uint32_t b, int64_t* scores) { model.AddRow(b, scores); }), &d);
        // Structured perceptron: per sentence, the gold path's features up, the predicted down.
        for (const ae::Sentence& s : p.a.sentences) {
          const uint32_t b = s.first_token, e = std::min<uint32_t>(s.end_token, p.gold.size());
          if (b >= e) continue;
          model.Tick();
          bool learn = true, wrong = false;
          for (uint32_t i = b; i < e; ++i) {
            learn = learn && p.learn[i];
            wrong = wrong || d.tags[i] != p.gold[i];
            ++tokens;
            errors += d.tags[i] != p.gold[i];
          }
          if (!learn || !wrong) continue;
          for (uint32_t i = b; i < e; ++i) {
            const int g = p.gold[i], y = d.tags[i];
            const int gp = i == b ? ae::tagger::kStart : p.gold[i - 1];
            const int yp = i == b ? ae::tagger::kStart : d.tags[i - 1];
            if (g != y) {
              f.Features(i, d.history[i], &feats);
              for (uint32_t bucket : feats) {
                model.Update(bucket, g, 1);
                model.Update(bucket, y, -1);
              }
            }
            if (g != y || gp != yp) {
              uint32_t pg[ae::tagger::kPrevFeatures], py[ae::tagger::kPrevFeatures];
              f.PrevFeatures(i, gp, pg);
              f.PrevFeatures(i, yp, py);
              for (uint32_t bucket : pg) model.Update(bucket, g, 1);
              for (uint32_t bucket : py) model.Update(bucket, y, -1);
            }
          }
        }
      }
      std::printf("epoch %d: %.2f%% token errors (%.1fs)\n", epoch, 100.0 * errors / std::max(1L, tokens), seconds());
      if (!dev.empty() && (epoch == epochs || epoch % 2 == 0)) {
        const std::vector<float> avg = model.Average();
        for (const NamedSet& set : dev) {
          Counts c;
          for (const Prepared& p : set.docs) Count(p, DecodeFloat(p, gaz, bits, avg, 10000.0), &c, nullptr, 0);
          Report("  float " + set.name, c, false);
        }
      }
    }

    const std::vector<float> run_avg = model.Average();
    if (avg_sum.empty()) avg_sum.assign(run_avg.size(), 0.0f);
    for (size_t k = 0; k < run_avg.size(); ++k) avg_sum[k] += run_avg[k];
  }  // runs
  std::vector<float> avg = std::move(avg_sum);
  for (float& w : avg) w /= static_cast<float>(runs);
  if (runs > 1 && !dev.empty()) {
    for (const NamedSet& set : dev) {
      Counts c;
      for (const Prepared& p : set.docs) Count(p, DecodeFloat(p, gaz, bits, avg, 10000.0), &c, nullptr, 0);
      Report("  float (all runs) " + set.name, c, false);
    }
  }
  // Quantise to one byte per weight with one scale per row: the row's largest |w| maps to
  // about 120..127, so every weight keeps 0.4% of its row's largest weight. Scales are
  // 2^(k/8) steps below the largest weight of all, as integers (the blob carries them, so
  // the runtime needs no floating point).
  double hi = 0;
  for (float w : avg) hi = std::max(hi, double(std::fabs(w)));
  if (hi <= 0) hi = 1;
  const double unit = double(1 << 22) / hi;  // integer weight of magnitude 1.0: hi -> 2^22 at most
  std::vector<double> scale_f(256);
  std::vector<int32_t> scales(256);
  for (int k = 0; k < 256; ++k) {
    scale_f[k] = hi / 127.0 * std::pow(2.0, (k - 255) / 8.0);
    scales[k] = static_cast<int32_t>(std::lround(scale_f[k] * unit));
  }
  const int kRow = ae::Tagger::kRowBytes;
  std::vector<int8_t> codes((avg.size() / kNumTags) * kRow, 0);
  for (size_t b = 0; b < avg.size() / kNumTags; ++b) {
    double m = 0;
    for (int t = 0; t < kNumTags; ++t) m = std::max(m, double(std::fabs(avg[b * kNumTags + t])));
    if (m * unit < prune) continue;  // below prune / 2^22 of the largest weight: left out (--prune)
    int k = 0;
    while (k < 255 && (127 * scale_f[k] < m || scales[k] < 1)) ++k;
    codes[b * kRow] = static_cast<int8_t>(static_cast<uint8_t>(k));
    for (int t = 0; t < kNumTags; ++t) {
      const long c = std::lround(avg[b * kNumTags + t] * unit / scales[k]);
      codes[b * kRow + 1 + t] = static_cast<int8_t>(std::max(-127L, std::min(127L, c)));
    }
  }
  // The margin that maps to score 0.5: the median margin of name tokens on the first dev set.
  uint32_t margin_half = 127;
  {
    std::string blob = ae::Tagger::Serialize(bits, codes, scales, 1);
    ae::Tagger probe;
    probe.Load(blob, lex);
    std::vector<int32_t> ms;
    for (const NamedSet& set : dev) {
      for (const Prepared& p : set.docs) {
        for (const ae::NameSpan& s : probe.Tag(p.a)) {
          // score = m / (m + 1) with margin_half 1: recover m.
          if (s.score < 1.0f) ms.push_back(static_cast<int32_t>(std::lround(s.score / (1.0f - s.score))));
        }
      }
      break;
    }
    if (!ms.empty()) {
      std::nth_element(ms.begin(), ms.begin() + ms.size() / 2, ms.end());
      margin_half = static_cast<uint32_t>(std::max(1, ms[ms.size() / 2]));
    }
  }
  const std::string blob = ae::Tagger::Serialize(bits, codes, scales, margin_half);
  std::ofstream out(out_path, std::ios::binary);
  out.write(blob.data(), static_cast<std::streamsize>(blob.size()));
  if (!out) {
    std::fprintf(stderr, "train-tagger: cannot write %s\n", out_path.c_str());
    return 1;
  }
  out.close();
  std::printf("wrote %s: %zu bytes, 2^%d buckets, margin_half %u (%.1fs)\n", out_path.c_str(), blob.size(), bits,
              margin_half, seconds());
  ae::Tagger tagger;
  if (!tagger.Load(blob, lex)) {
    std::fprintf(stderr, "train-tagger: the written model does not load\n");
    return 1;
  }
  for (const NamedSet& set : dev) EvalModel(tagger, set, true, 0);
  return 0;
}
