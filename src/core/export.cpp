// export.cpp — CSV, GEXF and GraphML writers over an Analysis (see export.h).
//
// Everything appends to one string. Numbers are written from integer counts of 10^-4 units
// (as json.cpp does), so no locale or printf formatting can change a digit between builds.
#include "export.h"

#include <cmath>
#include <cstdint>
#include <vector>

#include "json.h"

namespace ae {

namespace {

void AppendUInt(uint64_t v, std::string* out) {
  char buf[24];
  int n = 0;
  do {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  while (n) out->push_back(buf[--n]);
}

// x rounded to 4 places, trailing zeros dropped but one kept ("0.31", "2.0"); the same
// digits ToJson writes for salience, confidence and weight.
void AppendFixed4(double x, std::string* out) {
  if (!std::isfinite(x)) x = 0;  // NaN/inf would not be a number in any reader
  const uint64_t units = static_cast<uint64_t>(std::llround(std::fabs(x) * 10000.0));
  if (x < 0 && units != 0) out->push_back('-');
  AppendUInt(units / 10000, out);
  out->push_back('.');
  uint64_t frac = units % 10000;
  char digits[4];
  for (int i = 3; i >= 0; --i) {
    digits[i] = static_cast<char>('0' + frac % 10);
    frac /= 10;
  }
  int n = 4;
  while (n > 1 && digits[n - 1] == '0') --n;
  out->append(digits, n);
}

std::string Fixed4(double x) {
  std::string s;
  AppendFixed4(x, &s);
  return s;
}

std::string UIntString(uint64_t v) {
  std::string s;
  AppendUInt(v, &s);
  return s;
}

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string s;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) s.append(sep);
    s.append(items[i]);
  }
  return s;
}

// The provenance when it has 2+ articles and fits this analysis, else nullptr (no column).
const ArticleProvenance* Fitting(const ArticleProvenance* p, const Analysis& a) {
  if (!p || p->empty() || p->names.size() != p->ids.size()) return nullptr;
  if (p->entities.size() != a.entities.size() || p->quotes.size() != a.quotes.size() ||
      p->edges.size() != a.edges.size()) {
    return nullptr;
  }
  return p;
}

// Article names of a list of article indices, joined by "; ".
std::string ArticleNames(const ArticleProvenance& p, const std::vector<int>& articles) {
  std::string s;
  for (int k : articles) {
    if (k < 0 || static_cast<size_t>(k) >= p.names.size()) continue;
    if (!s.empty()) s.append("; ");
    s.append(p.names[k]);
  }
  return s;
}

bool ValidEdge(const Analysis& a, const Edge& e) {
  const int n = static_cast<int>(a.entities.size());
  return e.source >= 0 && e.source < n && e.target >= 0 && e.target < n;
}

// Mentions of each entity and quotes attributed to it.
std::vector<uint32_t> QuotesPerEntity(const Analysis& a) {
  std::vector<uint32_t> count(a.entities.size(), 0);
  for (const Quote& q : a.quotes) {
    if (q.speaker >= 0 && q.speaker < static_cast<int>(count.size())) ++count[q.speaker];
  }
  return count;
}

// ---------------------------------------------------------------- CSV (RFC 4180)

// One cell: a cell that a spreadsheet would read as a formula (= + - @, and tab or CR,
// which some spreadsheets strip before looking for one) gets a leading apostrophe; a cell
// holding , " CR or LF is quoted with inner quotes doubled.
void AppendCsvCell(std::string_view cell, std::string* out) {
  std::string value;
  if (!cell.empty()) {
    const char c = cell.front();
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') value.push_back('\'');
  }
  value.append(cell);
  if (value.find_first_of(",\"\r\n") == std::string::npos) {
    out->append(value);
    return;
  }
  out->push_back('"');
  for (char c : value) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void AppendCsvRow(const std::vector<std::string>& cells, std::string* out) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out->push_back(',');
    AppendCsvCell(cells[i], out);
  }
  out->append("\r\n");
}

// ---------------------------------------------------------------- XML

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when it is not valid UTF-8
// (overlong, surrogate, beyond U+10FFFF, truncated). *cp gets the code point.
size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { *cp = c; return 1; }
  size_t len;
  char32_t v;
  char32_t min;
  if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
  else return 0;
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    const unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    v = (v << 6) | (d & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return len;
}

// Text for an XML attribute or element: & < > " ' escaped; tab, CR and LF become a space
// (an attribute would normalise them anyway); other C0/C1 controls and U+FFFE/U+FFFF, which
// XML 1.0 forbids or Gephi chokes on, are dropped; invalid UTF-8 becomes U+FFFD.
void AppendXmlText(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    const size_t len = DecodeUtf8(s, i, &cp);
    if (len == 0) {
      out->append("\xEF\xBF\xBD");
      ++i;
      continue;
    }
    switch (cp) {
      case '&': out->append("&amp;"); break;
      case '<': out->append("&lt;"); break;
      case '>': out->append("&gt;"); break;
      case '"': out->append("&quot;"); break;
      case '\'': out->append("&apos;"); break;
      case '\t': case '\n': case '\r': out->push_back(' '); break;
      default:
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF) break;
        out->append(s.data() + i, len);
    }
    i += len;
  }
}

std::string XmlText(std::string_view s) {
  std::string out;
  AppendXmlText(s, &out);
  return out;
}

}  // namespace

std::string ToQuotesCsv(const Analysis& a, const ArticleProvenance* provenance) {
  const ArticleProvenance* prov = Fitting(provenance, a);
  std::string out;
  std::vector<std::string> header = {"id", "kind", "speaker", "speaker_id", "speaker_text", "quote", "cue",
                                     "confidence", "start", "end", "sentence"};
  if (prov) header.push_back("article");
  AppendCsvRow(header, &out);
  for (const Quote& q : a.quotes) {
    const bool known = q.speaker >= 0 && q.speaker < static_cast<int>(a.entities.size());
    // speaker: the entity's name when resolved, else the words that named the speaker.
    const std::string speaker = known ? a.entities[q.speaker].name : q.speaker_text;
    const std::string text(q.span.end <= a.text.size() && q.span.start <= q.span.end ? a.Text(q.span)
                                                                                  : std::string_view());
    std::vector<std::string> row = {q.id, ToString(q.kind), speaker, known ? a.entities[q.speaker].id : std::string(),
                                    q.speaker_text, text, q.cue, Fixed4(q.confidence), UIntString(q.span.start),
                                    UIntString(q.span.end), UIntString(q.sentence)};
    if (prov) row.push_back(ArticleNames(*prov, {prov->quotes[&q - a.quotes.data()]}));
    AppendCsvRow(row, &out);
  }
  return out;
}

std::string ToEntitiesCsv(const Analysis& a, const ArticleProvenance* provenance) {
  const ArticleProvenance* prov = Fitting(provenance, a);
  std::string out;
  std::vector<std::string> header = {"id", "name", "type", "mentions", "aliases", "roles", "salience", "quotes"};
  if (prov) header.push_back("articles");
  AppendCsvRow(header, &out);
  const std::vector<uint32_t> quotes = QuotesPerEntity(a);
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    std::vector<std::string> row = {e.id, e.name, ToString(e.type), UIntString(e.mentions.size()),
                                    Join(e.aliases, "; "), Join(e.roles, "; "), Fixed4(e.salience), UIntString(quotes[i])};
    if (prov) row.push_back(ArticleNames(*prov, prov->entities[i]));
    AppendCsvRow(row, &out);
  }
  return out;
}

std::string ToGexf(const Analysis& a, const ArticleProvenance* provenance) {
  const ArticleProvenance* prov = Fitting(provenance, a);
  std::string out;
  out.append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
      "  <meta>\n"
      "    <creator>Article Explorer</creator>\n"
      "    <description>");
  out.append(a.title ? XmlText(*a.title) : std::string("Entity network of one article"));
  out.append(
      "</description>\n"
      "  </meta>\n"
      "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n"
      "    <attributes class=\"node\">\n"
      "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
      "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
      "      <attribute id=\"salience\" title=\"salience\" type=\"double\"/>\n"
      "      <attribute id=\"quotes\" title=\"quotes\" type=\"integer\"/>\n"
      "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
      "      <attribute id=\"roles\" title=\"roles\" type=\"string\"/>\n");
  if (prov) out.append("      <attribute id=\"articles\" title=\"articles\" type=\"string\"/>\n");
  out.append(
      "    </attributes>\n"
      "    <attributes class=\"edge\">\n"
      "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
      "      <attribute id=\"evidence\" title=\"evidence\" type=\"integer\"/>\n");
  if (prov) out.append("      <attribute id=\"articles\" title=\"articles\" type=\"string\"/>\n");
  out.append(
      "    </attributes>\n"
      "    <nodes>\n");
  const std::vector<uint32_t> quotes = QuotesPerEntity(a);
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    out.append("      <node id=\"").append(XmlText(e.id)).append("\" label=\"").append(XmlText(e.name));
    out.append("\">\n        <attvalues>\n");
    auto att = [&out](const char* key, const std::string& value) {
      out.append("          <attvalue for=\"").append(key).append("\" value=\"").append(value).append("\"/>\n");
    };
    att("type", ToString(e.type));
    att("mentions", UIntString(e.mentions.size()));
    att("salience", Fixed4(e.salience));
    att("quotes", UIntString(quotes[i]));
    att("aliases", XmlText(Join(e.aliases, "; ")));
    att("roles", XmlText(Join(e.roles, "; ")));
    if (prov) att("articles", XmlText(ArticleNames(*prov, prov->entities[i])));
    out.append("        </attvalues>\n      </node>\n");
  }
  out.append("    </nodes>\n    <edges>\n");
  size_t n = 0;
  for (const Edge& e : a.edges) {
    if (!ValidEdge(a, e)) continue;
    // A co-occurrence and a quote edge can join the same pair: `kind` keeps them apart
    // (Gephi reads it as the edge kind of a multigraph instead of merging the two).
    out.append("      <edge id=\"").append(UIntString(n++)).append("\" source=\"");
    out.append(XmlText(a.entities[e.source].id)).append("\" target=\"").append(XmlText(a.entities[e.target].id));
    out.append("\" kind=\"").append(ToString(e.kind)).append("\" weight=\"").append(Fixed4(e.weight));
    out.append("\">\n        <attvalues>\n");
    out.append("          <attvalue for=\"kind\" value=\"").append(ToString(e.kind)).append("\"/>\n");
    out.append("          <attvalue for=\"evidence\" value=\"").append(UIntString(e.evidence.size())).append("\"/>\n");
    if (prov) {
      out.append("          <attvalue for=\"articles\" value=\"")
          .append(XmlText(ArticleNames(*prov, prov->edges[&e - a.edges.data()])))
          .append("\"/>\n");
    }
    out.append("        </attvalues>\n      </edge>\n");
  }
  out.append("    </edges>\n  </graph>\n</gexf>\n");
  return out;
}

std::string ToGraphMl(const Analysis& a, const ArticleProvenance* provenance) {
  const ArticleProvenance* prov = Fitting(provenance, a);
  std::string out;
  out.append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
      "  <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
      "  <key id=\"salience\" for=\"node\" attr.name=\"salience\" attr.type=\"double\"/>\n"
      "  <key id=\"quotes\" for=\"node\" attr.name=\"quotes\" attr.type=\"int\"/>\n"
      "  <key id=\"aliases\" for=\"node\" attr.name=\"aliases\" attr.type=\"string\"/>\n"
      "  <key id=\"roles\" for=\"node\" attr.name=\"roles\" attr.type=\"string\"/>\n"
      "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
      "  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
      "  <key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"int\"/>\n");
  if (prov) {
    // GraphML keys are per domain: one for nodes, one for edges, both named "articles".
    out.append(
        "  <key id=\"articles\" for=\"node\" attr.name=\"articles\" attr.type=\"string\"/>\n"
        "  <key id=\"edge_articles\" for=\"edge\" attr.name=\"articles\" attr.type=\"string\"/>\n");
  }
  out.append("  <graph id=\"G\" edgedefault=\"undirected\">\n");
  const std::vector<uint32_t> quotes = QuotesPerEntity(a);
  auto data = [&out](const char* key, const std::string& value) {
    out.append("      <data key=\"").append(key).append("\">").append(value).append("</data>\n");
  };
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    out.append("    <node id=\"").append(XmlText(e.id)).append("\">\n");
    data("label", XmlText(e.name));
    data("type", ToString(e.type));
    data("mentions", UIntString(e.mentions.size()));
    data("salience", Fixed4(e.salience));
    data("quotes", UIntString(quotes[i]));
    data("aliases", XmlText(Join(e.aliases, "; ")));
    data("roles", XmlText(Join(e.roles, "; ")));
    if (prov) data("articles", XmlText(ArticleNames(*prov, prov->entities[i])));
    out.append("    </node>\n");
  }
  size_t n = 0;
  for (const Edge& e : a.edges) {
    if (!ValidEdge(a, e)) continue;
    out.append("    <edge id=\"x").append(UIntString(n++)).append("\" source=\"");
    out.append(XmlText(a.entities[e.source].id)).append("\" target=\"").append(XmlText(a.entities[e.target].id));
    out.append("\">\n");
    data("weight", Fixed4(e.weight));
    data("kind", ToString(e.kind));
    data("evidence", UIntString(e.evidence.size()));
    if (prov) data("edge_articles", XmlText(ArticleNames(*prov, prov->edges[&e - a.edges.data()])));
    out.append("    </edge>\n");
  }
  out.append("  </graph>\n</graphml>\n");
  return out;
}

void AddTextField(std::string_view text, std::string* contract_json) {
  if (contract_json->empty() || contract_json->back() != '}') return;
  std::string field = ",\"text\":";
  AppendJsonString(text, &field);
  contract_json->insert(contract_json->size() - 1, field);
}

bool Export(const Analysis& analysis, std::string_view format, std::string* out,
            const std::vector<ArticleRange>* articles) {
  // Empty (adds nothing) unless there are two or more articles.
  const ArticleProvenance prov = articles ? ArticlesOfItems(analysis, *articles) : ArticleProvenance();
  if (format == "json") {
    JsonOptions options;
    options.provenance = &prov;
    std::string json = ToJson(analysis, options);
    if (articles) AddArticlesField(*articles, &json);
    AddTextField(analysis.text, &json);
    *out = std::move(json);
  } else if (format == "quotes.csv") {
    *out = ToQuotesCsv(analysis, &prov);
  } else if (format == "entities.csv") {
    *out = ToEntitiesCsv(analysis, &prov);
  } else if (format == "gexf") {
    *out = ToGexf(analysis, &prov);
  } else if (format == "graphml") {
    *out = ToGraphMl(analysis, &prov);
  } else {
    return false;
  }
  return true;
}

}  // namespace ae
