// json_read.cpp — contract JSON -> Analysis (see json_read.h).
//
// nlohmann::json parses with exceptions off (a malformed document becomes a "discarded"
// value; a second, SAX pass only then recovers the parser's message and position), and
// every field is looked up with find() and type-checked before it is read, because any
// nlohmann accessor used on the wrong type throws, and Emscripten aborts on a throw.
#include "json_read.h"

#include <cmath>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <vector>

namespace ae {

namespace {

using Json = nlohmann::json;

// A saved text longer than this cannot come from Analyze (its default cut is 32 MB); the
// limit keeps a hostile "bytes" from allocating gigabytes when the text is rebuilt.
constexpr uint64_t kMaxTextBytes = 64u << 20;

// Records the parser's message for malformed JSON; builds nothing.
struct ErrorOnlySax : nlohmann::json_sax<Json> {
  std::string message;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
    message = ex.what();
    return false;
  }
};

// At most `limit` bytes of `s` for a one-line message: control characters become '?', and
// the cut never splits a UTF-8 sequence.
std::string Clip(std::string_view s, size_t limit = 60) {
  std::string out;
  size_t n = s.size();
  if (n > limit) {
    n = limit;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  }
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    out.push_back(c < 0x20 || c == 0x7F ? '?' : s[i]);
  }
  if (n < s.size()) out.append("...");
  return out;
}

std::string Index(const std::string& array, size_t i) { return array + "[" + std::to_string(i) + "]"; }

bool ParseEntityType(const std::string& s, EntityType* t) {
  static const EntityType kAll[] = {EntityType::kPerson, EntityType::kOrg, EntityType::kPlace,
                                    EntityType::kGroup, EntityType::kMisc};
  for (EntityType x : kAll) if (s == ToString(x)) { *t = x; return true; }
  return false;
}
bool ParseMentionKind(const std::string& s, MentionKind* k) {
  static const MentionKind kAll[] = {MentionKind::kName, MentionKind::kPronoun, MentionKind::kDescriptor};
  for (MentionKind x : kAll) if (s == ToString(x)) { *k = x; return true; }
  return false;
}
bool ParseValueType(const std::string& s, ValueType* t) {
  static const ValueType kAll[] = {ValueType::kDate, ValueType::kTime, ValueType::kMoney,
                                   ValueType::kPercent, ValueType::kQuantity};
  for (ValueType x : kAll) if (s == ToString(x)) { *t = x; return true; }
  return false;
}
bool ParseQuoteKind(const std::string& s, QuoteKind* k) {
  static const QuoteKind kAll[] = {QuoteKind::kDirect, QuoteKind::kPartial, QuoteKind::kIndirect};
  for (QuoteKind x : kAll) if (s == ToString(x)) { *k = x; return true; }
  return false;
}
bool ParseEdgeKind(const std::string& s, EdgeKind* k) {
  static const EdgeKind kAll[] = {EdgeKind::kCooccurrence, EdgeKind::kQuote};
  for (EdgeKind x : kAll) if (s == ToString(x)) { *k = x; return true; }
  return false;
}

class Reader {
 public:
  bool Read(const Json& root, Analysis* a);
  const std::string& error() const { return error_; }

 private:
  bool Fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    return false;
  }

  // nullptr when `obj` has no `key`.
  static const Json* Find(const Json& obj, const char* key) {
    const auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
  }

  bool Object(const Json& v, const std::string& where) {
    return v.is_object() || Fail(where + ": expected an object");
  }
  bool Array(const Json& obj, const char* key, const std::string& where, bool required, const Json** out) {
    *out = Find(obj, key);
    if (!*out) return !required || Fail(where + "." + key + ": missing");
    return (*out)->is_array() || Fail(where + "." + key + ": expected an array");
  }
  bool String(const Json& obj, const char* key, const std::string& where, bool required, std::string* out) {
    const Json* v = Find(obj, key);
    if (!v) return !required || Fail(where + "." + key + ": missing");
    if (!v->is_string()) return Fail(where + "." + key + ": expected a string");
    *out = v->get_ref<const std::string&>();
    return true;
  }
  // A string or null (null and missing leave *out empty).
  bool StringOrNull(const Json& obj, const char* key, const std::string& where, std::string* out) {
    const Json* v = Find(obj, key);
    if (!v || v->is_null()) return true;
    if (!v->is_string()) return Fail(where + "." + key + ": expected a string or null");
    *out = v->get_ref<const std::string&>();
    return true;
  }
  bool UInt(const Json& obj, const char* key, const std::string& where, bool required, uint64_t max,
            uint64_t* out) {
    const Json* v = Find(obj, key);
    if (!v) return !required || Fail(where + "." + key + ": missing");
    return UIntValue(*v, where + "." + key, max, out);
  }
  bool UIntValue(const Json& v, const std::string& where, uint64_t max, uint64_t* out) {
    if (!v.is_number_unsigned() && !(v.is_number_integer() && v.get<int64_t>() >= 0)) {
      return Fail(where + ": expected a non-negative integer");
    }
    const uint64_t x = v.get<uint64_t>();
    if (x > max) return Fail(where + ": " + std::to_string(x) + " is too large");
    *out = x;
    return true;
  }
  bool Number(const Json& obj, const char* key, const std::string& where, double lo, double hi, double* out) {
    const Json* v = Find(obj, key);
    if (!v) return true;
    if (!v->is_number()) return Fail(where + "." + key + ": expected a number");
    const double x = v->get<double>();
    if (!(x >= lo && x <= hi)) return Fail(where + "." + key + ": out of range");
    *out = x;
    return true;
  }

  // A span [start, end) named `start_key`/`end_key` with its surface `text_key`: checked
  // against the text (when given) or pasted into the text being rebuilt.
  bool SpanField(const Json& obj, const char* start_key, const char* end_key, const char* text_key,
                 const std::string& where, Span* span);
  bool Place(Span span, std::string_view surface, const std::string& where);
  bool Sentence(const Json& obj, const std::string& where, uint32_t* sentence) {
    uint64_t s = 0;
    if (!UInt(obj, "sentence", where, false, UINT32_MAX, &s)) return false;
    if (has_sentences_ && s >= sentences_ && !(s == 0 && sentences_ == 0)) {
      return Fail(where + ".sentence: " + std::to_string(s) + " is not below stats.sentences (" +
                  std::to_string(sentences_) + ")");
    }
    if (!has_sentences_ && s + 1 > sentences_) sentences_ = s + 1;
    *sentence = static_cast<uint32_t>(s);
    return true;
  }

  bool ReadEntities(const Json& array, Analysis* a);
  bool ReadValues(const Json& array, Analysis* a);
  bool ReadQuotes(const Json& array, Analysis* a);
  bool ReadEdges(const Json& array, Analysis* a);
  bool ReadWarnings(const Json& array, Analysis* a);

  std::string error_;
  std::string* text_ = nullptr;   // Analysis::text
  bool rebuilding_ = false;       // no "text": pieces are pasted into a text of spaces
  std::vector<uint8_t> placed_;   // rebuilding: bytes already fixed by some piece
  bool has_sentences_ = false;  // stats.sentences given: indices are checked against it
  uint64_t sentences_ = 0;       // stats.sentences, or (not given) one past the highest seen
  std::map<std::string, int> entity_index_;
};

bool Reader::Place(Span span, std::string_view surface, const std::string& where) {
  std::string& text = *text_;
  if (surface.size() != span.size()) {
    return Fail(where + ".text: " + std::to_string(surface.size()) + " bytes for a span of " +
                std::to_string(span.size()));
  }
  if (!rebuilding_) {
    if (std::string_view(text).substr(span.start, span.size()) != surface) {
      return Fail(where + ".text \"" + Clip(surface) + "\" differs from the text at " +
                  std::to_string(span.start) + ".." + std::to_string(span.end));
    }
    return true;
  }
  for (size_t k = 0; k < surface.size(); ++k) {
    const size_t at = span.start + k;
    if (placed_[at] && text[at] != surface[k]) {
      return Fail(where + ".text \"" + Clip(surface) + "\" disagrees with another span at byte " +
                  std::to_string(at));
    }
    text[at] = surface[k];
    placed_[at] = 1;
  }
  return true;
}

bool Reader::SpanField(const Json& obj, const char* start_key, const char* end_key, const char* text_key,
                       const std::string& where, Span* span) {
  uint64_t start = 0, end = 0;
  if (!UInt(obj, start_key, where, true, UINT32_MAX, &start) || !UInt(obj, end_key, where, true, UINT32_MAX, &end)) {
    return false;
  }
  if (start > end) return Fail(where + ": " + start_key + " " + std::to_string(start) + " is after " + end_key + " " + std::to_string(end));
  if (end > text_->size()) {
    return Fail(where + ": span " + std::to_string(start) + ".." + std::to_string(end) +
                " is out of range (the text has " + std::to_string(text_->size()) + " bytes)");
  }
  span->start = static_cast<uint32_t>(start);
  span->end = static_cast<uint32_t>(end);
  if (!text_key) return true;
  const Json* surface = Find(obj, text_key);
  if (!surface) return true;  // the span alone is enough
  if (!surface->is_string()) return Fail(where + "." + text_key + ": expected a string");
  return Place(*span, surface->get_ref<const std::string&>(), where);
}

bool Reader::ReadEntities(const Json& array, Analysis* a) {
  a->entities.reserve(array.size());
  for (size_t i = 0; i < array.size(); ++i) {
    const Json& j = array[i];
    const std::string where = Index("entities", i);
    if (!Object(j, where)) return false;
    Entity e;
    std::string type;
    if (!String(j, "id", where, true, &e.id) || !String(j, "name", where, true, &e.name) ||
        !String(j, "type", where, true, &type)) {
      return false;
    }
    if (e.id.empty()) return Fail(where + ".id: empty");
    if (!ParseEntityType(type, &e.type)) return Fail(where + ".type: unknown type \"" + Clip(type) + "\"");
    if (!entity_index_.emplace(e.id, static_cast<int>(i)).second) {
      return Fail(where + ".id: \"" + Clip(e.id) + "\" is used twice");
    }
    const Json* list = nullptr;
    if (!Array(j, "aliases", where, false, &list)) return false;
    if (list) {
      for (size_t k = 0; k < list->size(); ++k) {
        if (!(*list)[k].is_string()) return Fail(Index(where + ".aliases", k) + ": expected a string");
        e.aliases.push_back((*list)[k].get_ref<const std::string&>());
      }
    }
    if (!Array(j, "roles", where, false, &list)) return false;
    if (list) {
      for (size_t k = 0; k < list->size(); ++k) {
        if (!(*list)[k].is_string()) return Fail(Index(where + ".roles", k) + ": expected a string");
        e.roles.push_back((*list)[k].get_ref<const std::string&>());
      }
    }
    if (!Array(j, "mentions", where, true, &list)) return false;
    e.mentions.reserve(list->size());
    for (size_t k = 0; k < list->size(); ++k) {
      const Json& mj = (*list)[k];
      const std::string mwhere = Index(where + ".mentions", k);
      if (!Object(mj, mwhere)) return false;
      Mention m;
      std::string kind;
      if (!SpanField(mj, "start", "end", "text", mwhere, &m.span) || !String(mj, "kind", mwhere, true, &kind) ||
          !Sentence(mj, mwhere, &m.sentence)) {
        return false;
      }
      if (!ParseMentionKind(kind, &m.kind)) return Fail(mwhere + ".kind: unknown kind \"" + Clip(kind) + "\"");
      e.mentions.push_back(m);
    }
    if (!Number(j, "salience", where, 0.0, 1.0, &e.salience)) return false;
    a->entities.push_back(std::move(e));
  }
  return true;
}

bool Reader::ReadValues(const Json& array, Analysis* a) {
  a->values.reserve(array.size());
  for (size_t i = 0; i < array.size(); ++i) {
    const Json& j = array[i];
    const std::string where = Index("values", i);
    if (!Object(j, where)) return false;
    Value v;
    std::string type;
    if (!String(j, "type", where, true, &type) || !SpanField(j, "start", "end", "text", where, &v.span) ||
        !Sentence(j, where, &v.sentence)) {
      return false;
    }
    if (!ParseValueType(type, &v.type)) return Fail(where + ".type: unknown type \"" + Clip(type) + "\"");
    a->values.push_back(v);
  }
  return true;
}

bool Reader::ReadQuotes(const Json& array, Analysis* a) {
  a->quotes.reserve(array.size());
  std::map<std::string, size_t> ids;
  for (size_t i = 0; i < array.size(); ++i) {
    const Json& j = array[i];
    const std::string where = Index("quotes", i);
    if (!Object(j, where)) return false;
    Quote q;
    std::string kind;
    if (!String(j, "id", where, true, &q.id) || !String(j, "kind", where, true, &kind) ||
        !SpanField(j, "start", "end", "text", where, &q.span)) {
      return false;
    }
    if (!ids.emplace(q.id, i).second) return Fail(where + ".id: \"" + Clip(q.id) + "\" is used twice");
    if (!ParseQuoteKind(kind, &q.kind)) return Fail(where + ".kind: unknown kind \"" + Clip(kind) + "\"");
    const Json* speaker = Find(j, "speaker");
    if (!speaker) return Fail(where + ".speaker: missing");
    if (speaker->is_string()) {
      const auto it = entity_index_.find(speaker->get_ref<const std::string&>());
      if (it == entity_index_.end()) {
        return Fail(where + ".speaker: no entity has the id \"" + Clip(speaker->get_ref<const std::string&>()) + "\"");
      }
      q.speaker = it->second;
    } else if (!speaker->is_null()) {
      return Fail(where + ".speaker: expected an entity id or null");
    }
    if (!StringOrNull(j, "speaker_text", where, &q.speaker_text) || !StringOrNull(j, "cue", where, &q.cue) ||
        !Number(j, "confidence", where, 0.0, 1.0, &q.confidence) || !Sentence(j, where, &q.sentence)) {
      return false;
    }
    const bool has_start = Find(j, "speaker_start") != nullptr, has_end = Find(j, "speaker_end") != nullptr;
    if (has_start != has_end) return Fail(where + ": speaker_start and speaker_end come together");
    if (has_start) {
      Span s;
      if (!SpanField(j, "speaker_start", "speaker_end", nullptr, where, &s)) return false;
      q.speaker_span = s;
    }
    a->quotes.push_back(std::move(q));
  }
  return true;
}

bool Reader::ReadEdges(const Json& array, Analysis* a) {
  a->edges.reserve(array.size());
  for (size_t i = 0; i < array.size(); ++i) {
    const Json& j = array[i];
    const std::string where = Index("edges", i);
    if (!Object(j, where)) return false;
    Edge e;
    std::string source, target, kind;
    if (!String(j, "source", where, true, &source) || !String(j, "target", where, true, &target) ||
        !String(j, "kind", where, true, &kind)) {
      return false;
    }
    const auto s = entity_index_.find(source), t = entity_index_.find(target);
    if (s == entity_index_.end()) return Fail(where + ".source: no entity has the id \"" + Clip(source) + "\"");
    if (t == entity_index_.end()) return Fail(where + ".target: no entity has the id \"" + Clip(target) + "\"");
    e.source = s->second;
    e.target = t->second;
    if (!ParseEdgeKind(kind, &e.kind)) return Fail(where + ".kind: unknown kind \"" + Clip(kind) + "\"");
    // Weights are sums of small per-sentence amounts; 1e9 is far beyond any article.
    if (!Number(j, "weight", where, 0.0, 1e9, &e.weight)) return false;
    const Json* evidence = nullptr;
    if (!Array(j, "evidence", where, false, &evidence)) return false;
    if (evidence) {
      e.evidence.reserve(evidence->size());
      for (size_t k = 0; k < evidence->size(); ++k) {
        const std::string ewhere = Index(where + ".evidence", k);
        uint64_t x = 0;
        if (!UIntValue((*evidence)[k], ewhere, UINT32_MAX, &x)) return false;
        if (e.kind == EdgeKind::kQuote && x >= a->quotes.size()) {
          return Fail(ewhere + ": quote index " + std::to_string(x) + " but there are " +
                      std::to_string(a->quotes.size()) + " quotes");
        }
        if (e.kind == EdgeKind::kCooccurrence && has_sentences_ && x >= sentences_) {
          return Fail(ewhere + ": sentence " + std::to_string(x) + " is not below stats.sentences (" +
                      std::to_string(sentences_) + ")");
        }
        if (e.kind == EdgeKind::kCooccurrence && !has_sentences_ && x + 1 > sentences_) sentences_ = x + 1;
        e.evidence.push_back(static_cast<uint32_t>(x));
      }
    }
    a->edges.push_back(std::move(e));
  }
  return true;
}

bool Reader::ReadWarnings(const Json& array, Analysis* a) {
  for (size_t i = 0; i < array.size(); ++i) {
    const Json& j = array[i];
    const std::string where = Index("warnings", i);
    if (!Object(j, where)) return false;
    Warning w;
    if (!String(j, "code", where, true, &w.code) || !String(j, "message", where, false, &w.message)) return false;
    const Json* offset = Find(j, "offset");
    if (offset && !offset->is_null()) {
      if (!offset->is_number_integer()) return Fail(where + ".offset: expected an integer");
      w.offset = offset->get<int64_t>() < 0 ? -1 : offset->get<int64_t>();
    }
    a->warnings.push_back(std::move(w));
  }
  return true;
}

bool Reader::Read(const Json& root, Analysis* a) {
  if (!root.is_object()) return Fail("not a JSON object");
  const Json* schema = Find(root, "schema");
  if (!schema || !schema->is_string()) return Fail("no \"schema\": not an Article Explorer analysis");
  if (schema->get_ref<const std::string&>() != "article-explorer.analysis/1") {
    return Fail("unsupported schema \"" + Clip(schema->get_ref<const std::string&>()) + "\"");
  }

  // The text first: every span is checked against it (or pasted into it when it is rebuilt).
  text_ = &a->text;
  const Json* text = Find(root, "text");
  if (text && !text->is_string()) return Fail("text: expected a string");
  const Json* stats = Find(root, "stats");
  if (stats) {
    if (!Object(*stats, "stats")) return false;
    uint64_t bytes = 0, words = 0, sentences = 0, paragraphs = 0;
    if (!UInt(*stats, "bytes", "stats", !text, kMaxTextBytes, &bytes) ||
        !UInt(*stats, "words", "stats", false, UINT32_MAX, &words) ||
        !UInt(*stats, "sentences", "stats", false, UINT32_MAX, &sentences) ||
        !UInt(*stats, "paragraphs", "stats", false, UINT32_MAX, &paragraphs) ||
        !Number(*stats, "elapsed_ms", "stats", 0.0, 1e12, &a->stats.elapsed_ms)) {
      return false;
    }
    a->stats.bytes = bytes;
    a->stats.words = static_cast<uint32_t>(words);
    a->stats.sentences = static_cast<uint32_t>(sentences);
    a->stats.paragraphs = static_cast<uint32_t>(paragraphs);
    has_sentences_ = Find(*stats, "sentences") != nullptr;
    sentences_ = sentences;
  }
  if (text) {
    a->text = text->get_ref<const std::string&>();
    if (a->text.size() > UINT32_MAX) return Fail("text: too long");
    if (!stats) a->stats.bytes = a->text.size();
    if (a->stats.bytes != a->text.size()) {
      return Fail("stats.bytes (" + std::to_string(a->stats.bytes) + ") is not the size of text (" +
                  std::to_string(a->text.size()) + ")");
    }
  } else {
    if (!stats) return Fail("no \"text\" and no \"stats\": the text cannot be rebuilt");
    // Rebuilt from the spans: the bytes no span covers are spaces.
    rebuilding_ = true;
    a->text.assign(a->stats.bytes, ' ');
    placed_.assign(a->stats.bytes, 0);
  }

  const Json* title = Find(root, "title");
  if (title && !title->is_null()) {
    if (!title->is_string()) return Fail("title: expected a string or null");
    a->title = title->get_ref<const std::string&>();
  }
  const Json* list = nullptr;
  if (!Array(root, "warnings", "analysis", false, &list) || (list && !ReadWarnings(*list, a))) return false;
  if (!Array(root, "entities", "analysis", true, &list) || !ReadEntities(*list, a)) return false;
  if (!Array(root, "values", "analysis", false, &list) || (list && !ReadValues(*list, a))) return false;
  if (!Array(root, "quotes", "analysis", true, &list) || !ReadQuotes(*list, a)) return false;
  if (!Array(root, "edges", "analysis", false, &list) || (list && !ReadEdges(*list, a))) return false;
  // No stats.sentences: one past the highest sentence index used, so that the Analysis read
  // here is consistent (and reads back the same once written).
  if (!has_sentences_) a->stats.sentences = static_cast<uint32_t>(sentences_);
  return true;
}

// One line: newlines and other control characters of a parser message become spaces.
std::string OneLine(std::string s) {
  for (char& c : s) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  return s;
}

}  // namespace

bool FromJson(std::string_view json, Analysis* out, std::string* error) {
  std::string ignored;
  if (!error) error = &ignored;
  const Json root = Json::parse(json.begin(), json.end(), nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) {
    ErrorOnlySax sax;
    Json::sax_parse(json.begin(), json.end(), &sax, nlohmann::detail::input_format_t::json, /*strict=*/true);
    std::string message = sax.message;
    // "[json.exception.parse_error.101] parse error at ...": keep what follows the tag.
    const size_t tag = message.find("] ");
    if (message.compare(0, 1, "[") == 0 && tag != std::string::npos) message.erase(0, tag + 2);
    *error = OneLine("not valid JSON: " + (message.empty() ? std::string("syntax error") : Clip(message, 200)));
    return false;
  }
  Reader reader;
  Analysis a;
  if (!reader.Read(root, &a)) {
    *error = OneLine(reader.error());
    return false;
  }
  *out = std::move(a);
  error->clear();
  return true;
}

}  // namespace ae
