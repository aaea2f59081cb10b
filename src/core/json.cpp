// json.cpp — Analysis -> contract JSON with a small streaming writer.
//
// Why not nlohmann::json here: building a DOM of the analysis and dumping it cost as much
// as the analysis itself (callgrind: ~half of all instructions). This writer appends to
// one string. Numbers with decimals are written from an integer count of 10^-N units, so
// both platforms print the same digits without any floating-point formatting.
#include "json.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <cstdint>
#include <vector>

namespace ae {

namespace {

// An append-only byte buffer whose members inline. libc++ (the WebAssembly build) compiles
// std::string's members out of line, and one call per push_back of the writer was ~10% of a
// whole analysis there (node --cpu-prof); these are a bounds check and a store.
class Buf {
 public:
  void push_back(char c) {
    if (size_ == cap_) Grow(1);
    ptr_[size_++] = c;
  }
  void append(const char* s, size_t n) {
    if (cap_ - size_ < n) Grow(n);
    if (n) std::memcpy(ptr_ + size_, s, n);
    size_ += n;
  }
  void append(std::string_view s) { append(s.data(), s.size()); }
  void append(size_t n, char c) {
    if (cap_ - size_ < n) Grow(n);
    std::memset(ptr_ + size_, c, n);
    size_ += n;
  }
  // The bytes written, moved out (no copy: for megabytes of output, no second buffer).
  std::string Take() {
    data_.resize(size_);
    cap_ = size_ = 0;
    ptr_ = nullptr;
    return std::move(data_);
  }

 private:
  void Grow(size_t need) {
    data_.resize(std::max<size_t>(2 * data_.size(), size_ + need + 4096));
    ptr_ = &data_[0];
    cap_ = data_.size();
  }
  std::string data_;  // sized ahead; bytes [size_, cap_) are not output yet
  char* ptr_ = nullptr;
  size_t size_ = 0, cap_ = 0;
};

template <class Out>
void AppendJsonStringTo(std::string_view s, Out* out) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the pending run of bytes that need no escape
  // Eight bytes at a time while none needs an escape (a byte below 0x20, '"' or '\\': the
  // standard exact "has a byte less than n" / "has a zero byte" word tests), then byte by byte.
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    const uint64_t quote = v ^ (kOnes * '"'), backslash = v ^ (kOnes * '\\');
    const uint64_t special = ((v - kOnes * 0x20) & ~v) | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash);
    if (special & kHighs) break;
  }
  for (; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\"", 2); break;
      case '\\': out->append("\\\\", 2); break;
      case '\n': out->append("\\n", 2); break;
      case '\r': out->append("\\r", 2); break;
      case '\t': out->append("\\t", 2); break;
      case '\b': out->append("\\b", 2); break;
      case '\f': out->append("\\f", 2); break;
      default:
        out->append("\\u00", 4);
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

class Writer {
 public:
  explicit Writer(int indent) : indent_(indent) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  void Key(std::string_view k) {
    Separate();
    String(k);
    out_.append(indent_ >= 0 ? ": " : ":");
    after_key_ = true;
  }
  // A key written as a literal in this file: a plain identifier, nothing to escape (no strlen,
  // no scan: keys were a tenth of ToJson).
  template <size_t N>
  void Key(const char (&k)[N]) {
    Separate();
    out_.push_back('"');
    out_.append(k, N - 1);
    if (indent_ >= 0) out_.append("\": ", 3); else out_.append("\":", 2);
    after_key_ = true;
  }
  void Str(std::string_view s) { Separate(); String(s); }
  void Null() { Separate(); out_.append("null"); }
  void Raw(std::string_view s) { Separate(); out_.append(s); }
  void UInt(uint64_t v) {
    Separate();
    AppendUInt(v);
  }
  void Int(int64_t v) {
    Separate();
    if (v < 0) {
      out_.push_back('-');
      AppendUInt(static_cast<uint64_t>(-(v + 1)) + 1);
    } else {
      AppendUInt(static_cast<uint64_t>(v));
    }
  }
  // x rounded to `decimals` places, trailing zeros dropped but one kept ("0.31", "2.0").
  void Fixed(double x, int decimals) {
    Separate();
    if (!std::isfinite(x)) { out_.append("null"); return; }
    double scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    const bool negative = x < 0;
    const uint64_t units = static_cast<uint64_t>(std::llround(std::fabs(x) * scale));
    const uint64_t whole = units / static_cast<uint64_t>(scale);
    uint64_t frac = units % static_cast<uint64_t>(scale);
    if (negative && units != 0) out_.push_back('-');
    AppendUInt(whole);
    out_.push_back('.');
    char digits[24];
    int n = 0;
    for (int i = 0; i < decimals; ++i) {
      digits[decimals - 1 - i] = static_cast<char>('0' + frac % 10);
      frac /= 10;
    }
    n = decimals;
    while (n > 1 && digits[n - 1] == '0') --n;
    out_.append(digits, n);
  }
  template <typename T>
  void UIntArray(const std::vector<T>& v) {
    Separate();
    out_.push_back('[');
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out_.append(indent_ >= 0 ? ", " : ",");
      AppendUInt(v[i]);
    }
    out_.push_back(']');
  }
  void StrArray(const std::vector<std::string>& v) {
    BeginArray();
    for (const std::string& s : v) Str(s);
    EndArray();
  }
  std::string Take() { return out_.Take(); }

 private:
  void AppendUInt(uint64_t v) {
    char buf[24];
    int n = 0;
    do {
      buf[n++] = static_cast<char>('0' + v % 10);
      v /= 10;
    } while (v);
    char digits[24];
    for (int k = 0; k < n; ++k) digits[k] = buf[n - 1 - k];
    out_.append(digits, static_cast<size_t>(n));
  }
  void Newline() {
    out_.push_back('\n');
    out_.append(static_cast<size_t>(indent_) * counts_.size(), ' ');
  }
  // Before a value or key: a comma after a sibling, and a new line when pretty.
  void Separate() {
    if (after_key_) { after_key_ = false; return; }
    if (counts_.empty()) return;
    if (counts_.back()++ > 0) out_.push_back(',');
    if (indent_ >= 0) Newline();
  }
  void Open(char c) {
    Separate();
    out_.push_back(c);
    counts_.push_back(0);
  }
  void Close(char c) {
    const bool had = counts_.back() > 0;
    counts_.pop_back();
    if (had && indent_ >= 0) Newline();
    out_.push_back(c);
  }
  void String(std::string_view s) { AppendJsonStringTo(s, &out_); }

  int indent_;
  Buf out_;
  std::vector<int> counts_;  // values written so far in each open container
  bool after_key_ = false;
};

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) { AppendJsonStringTo(s, out); }

std::string ToJson(const Analysis& a, const JsonOptions& options) {
  Writer w(options.indent);
  // Per-item article fields only with a provenance of 2+ articles that fits this analysis.
  const ArticleProvenance* prov = options.provenance && !options.provenance->empty() ? options.provenance : nullptr;
  const auto ids_of = [&](const std::vector<int>& articles) {
    std::vector<std::string> ids;
    for (int k : articles) {
      if (k >= 0 && static_cast<size_t>(k) < prov->ids.size()) ids.push_back(prov->ids[k]);
    }
    return ids;
  };
  const bool entity_prov = prov && prov->entities.size() == a.entities.size();
  const bool quote_prov = prov && prov->quotes.size() == a.quotes.size();
  const bool edge_prov = prov && prov->edges.size() == a.edges.size();
  w.BeginObject();
  w.Key("schema");
  w.Str("article-explorer.analysis/1");
  if (options.id) {
    w.Key("id");
    w.Raw(*options.id);
  }
  w.Key("title");
  if (a.title) w.Str(*a.title); else w.Null();
  w.Key("stats");
  w.BeginObject();
  w.Key("bytes"); w.UInt(a.stats.bytes);
  w.Key("words"); w.UInt(a.stats.words);
  w.Key("sentences"); w.UInt(a.stats.sentences);
  w.Key("paragraphs"); w.UInt(a.stats.paragraphs);
  if (options.elapsed) { w.Key("elapsed_ms"); w.Fixed(a.stats.elapsed_ms, 3); }
  w.EndObject();

  w.Key("warnings");
  w.BeginArray();
  for (const Warning& x : a.warnings) {
    w.BeginObject();
    w.Key("code"); w.Str(x.code);
    w.Key("message"); w.Str(x.message);
    if (x.offset >= 0) { w.Key("offset"); w.Int(x.offset); }
    w.EndObject();
  }
  w.EndArray();

  w.Key("entities");
  w.BeginArray();
  for (const Entity& e : a.entities) {
    w.BeginObject();
    w.Key("id"); w.Str(e.id);
    w.Key("name"); w.Str(e.name);
    w.Key("type"); w.Str(ToString(e.type));
    w.Key("aliases"); w.StrArray(e.aliases);
    w.Key("mentions");
    w.BeginArray();
    for (const Mention& m : e.mentions) {
      w.BeginObject();
      w.Key("start"); w.UInt(m.span.start);
      w.Key("end"); w.UInt(m.span.end);
      w.Key("text"); w.Str(a.Text(m.span));
      w.Key("kind"); w.Str(ToString(m.kind));
      w.Key("sentence"); w.UInt(m.sentence);
      w.EndObject();
    }
    w.EndArray();
    w.Key("roles"); w.StrArray(e.roles);
    w.Key("salience"); w.Fixed(e.salience, 4);
    if (entity_prov) { w.Key("articles"); w.StrArray(ids_of(prov->entities[&e - a.entities.data()])); }
    w.EndObject();
  }
  w.EndArray();

  w.Key("values");
  w.BeginArray();
  for (const Value& v : a.values) {
    w.BeginObject();
    w.Key("type"); w.Str(ToString(v.type));
    w.Key("text"); w.Str(a.Text(v.span));
    w.Key("start"); w.UInt(v.span.start);
    w.Key("end"); w.UInt(v.span.end);
    w.Key("sentence"); w.UInt(v.sentence);
    w.EndObject();
  }
  w.EndArray();

  w.Key("quotes");
  w.BeginArray();
  for (const Quote& q : a.quotes) {
    w.BeginObject();
    w.Key("id"); w.Str(q.id);
    w.Key("kind"); w.Str(ToString(q.kind));
    w.Key("text"); w.Str(a.Text(q.span));
    w.Key("start"); w.UInt(q.span.start);
    w.Key("end"); w.UInt(q.span.end);
    w.Key("speaker");
    if (q.speaker >= 0 && q.speaker < static_cast<int>(a.entities.size())) w.Str(a.entities[q.speaker].id);
    else w.Null();
    w.Key("speaker_text");
    if (q.speaker_text.empty()) w.Null(); else w.Str(q.speaker_text);
    if (q.speaker_span) {
      w.Key("speaker_start"); w.UInt(q.speaker_span->start);
      w.Key("speaker_end"); w.UInt(q.speaker_span->end);
    }
    w.Key("cue");
    if (q.cue.empty()) w.Null(); else w.Str(q.cue);
    w.Key("confidence"); w.Fixed(q.confidence, 4);
    w.Key("sentence"); w.UInt(q.sentence);
    if (quote_prov) {
      const int k = prov->quotes[&q - a.quotes.data()];
      w.Key("article");
      if (k >= 0 && static_cast<size_t>(k) < prov->ids.size()) w.Str(prov->ids[k]); else w.Null();
    }
    w.EndObject();
  }
  w.EndArray();

  w.Key("edges");
  w.BeginArray();
  for (const Edge& e : a.edges) {
    w.BeginObject();
    w.Key("source"); w.Str(a.entities[e.source].id);
    w.Key("target"); w.Str(a.entities[e.target].id);
    w.Key("kind"); w.Str(ToString(e.kind));
    w.Key("weight"); w.Fixed(e.weight, 4);
    w.Key("evidence"); w.UIntArray(e.evidence);
    if (edge_prov) { w.Key("articles"); w.StrArray(ids_of(prov->edges[&e - a.edges.data()])); }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return w.Take();
}

}  // namespace ae
