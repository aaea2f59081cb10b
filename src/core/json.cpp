// json.cpp — Analysis -> contract JSON (nlohmann::ordered_json keeps our key order).
#include "json.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace ae {

namespace {

using Json = nlohmann::ordered_json;

// Fixed decimals so that both platforms print the same digits for the same double.
double Round(double x, double scale) { return std::round(x * scale) / scale; }

Json SpanText(const Analysis& a, Span s) { return Json(std::string(a.Text(s))); }

}  // namespace

std::string ToJson(const Analysis& a, const JsonOptions& options) {
  Json j;
  j["schema"] = "article-explorer.analysis/1";
  if (options.id) j["id"] = Json::parse(*options.id, nullptr, false);
  j["title"] = a.title ? Json(*a.title) : Json(nullptr);
  Json stats;
  stats["bytes"] = a.stats.bytes;
  stats["words"] = a.stats.words;
  stats["sentences"] = a.stats.sentences;
  stats["paragraphs"] = a.stats.paragraphs;
  if (options.elapsed) stats["elapsed_ms"] = Round(a.stats.elapsed_ms, 1000);
  j["stats"] = std::move(stats);

  Json warnings = Json::array();
  for (const Warning& w : a.warnings) {
    Json o;
    o["code"] = w.code;
    o["message"] = w.message;
    if (w.offset >= 0) o["offset"] = w.offset;
    warnings.push_back(std::move(o));
  }
  j["warnings"] = std::move(warnings);

  Json entities = Json::array();
  for (const Entity& e : a.entities) {
    Json o;
    o["id"] = e.id;
    o["name"] = e.name;
    o["type"] = ToString(e.type);
    o["aliases"] = e.aliases;
    Json mentions = Json::array();
    for (const Mention& m : e.mentions) {
      Json mo;
      mo["start"] = m.span.start;
      mo["end"] = m.span.end;
      mo["text"] = SpanText(a, m.span);
      mo["kind"] = ToString(m.kind);
      mo["sentence"] = m.sentence;
      mentions.push_back(std::move(mo));
    }
    o["mentions"] = std::move(mentions);
    o["roles"] = e.roles;
    o["salience"] = Round(e.salience, 10000);
    entities.push_back(std::move(o));
  }
  j["entities"] = std::move(entities);

  Json values = Json::array();
  for (const Value& v : a.values) {
    Json o;
    o["type"] = ToString(v.type);
    o["text"] = SpanText(a, v.span);
    o["start"] = v.span.start;
    o["end"] = v.span.end;
    o["sentence"] = v.sentence;
    values.push_back(std::move(o));
  }
  j["values"] = std::move(values);

  Json quotes = Json::array();
  for (const Quote& q : a.quotes) {
    Json o;
    o["id"] = q.id;
    o["kind"] = ToString(q.kind);
    o["text"] = SpanText(a, q.span);
    o["start"] = q.span.start;
    o["end"] = q.span.end;
    const bool has_speaker = q.speaker >= 0 && q.speaker < static_cast<int>(a.entities.size());
    o["speaker"] = has_speaker ? Json(a.entities[q.speaker].id) : Json(nullptr);
    o["speaker_text"] = q.speaker_text.empty() ? Json(nullptr) : Json(q.speaker_text);
    if (q.speaker_span) {
      o["speaker_start"] = q.speaker_span->start;
      o["speaker_end"] = q.speaker_span->end;
    }
    o["cue"] = q.cue.empty() ? Json(nullptr) : Json(q.cue);
    o["confidence"] = Round(q.confidence, 10000);
    o["sentence"] = q.sentence;
    quotes.push_back(std::move(o));
  }
  j["quotes"] = std::move(quotes);

  Json edges = Json::array();
  for (const Edge& e : a.edges) {
    Json o;
    o["source"] = a.entities[e.source].id;
    o["target"] = a.entities[e.target].id;
    o["kind"] = ToString(e.kind);
    o["weight"] = Round(e.weight, 10000);
    o["evidence"] = e.evidence;
    edges.push_back(std::move(o));
  }
  j["edges"] = std::move(edges);
  // replace: never throw on a string that is not UTF-8 (the text is repaired, but be safe).
  return j.dump(options.indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace ae
