// Tests for export.h: RFC 4180 CSV (quoting, CRLF, formula neutralisation), GEXF and
// GraphML (escaping, control characters, well-formedness, node/edge counts), the "json"
// format and Export's unknown-format contract; with several articles the article columns and
// attributes (provenance), and one article exporting exactly as before.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "assets/builtin_assets.h"
#include "core/analysis.h"
#include "core/corpus.h"
#include "core/export.h"
#include "core/json.h"
#include "core/json_read.h"

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// A strict RFC 4180 reader: rows end in CRLF, quoted fields may hold , " CR LF, an inner
// quote is doubled. Returns false on anything else (a bare LF, a stray quote, no final CRLF).
bool ParseCsv(const std::string& s, std::vector<std::vector<std::string>>* rows) {
  rows->clear();
  std::vector<std::string> row;
  std::string cell;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '"') {
      ++i;
      for (;;) {
        if (i >= s.size()) return false;  // unterminated
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') { cell.push_back('"'); i += 2; continue; }
          ++i;
          break;
        }
        cell.push_back(s[i++]);
      }
    } else {
      while (i < s.size() && s[i] != ',' && s[i] != '\r' && s[i] != '\n') {
        if (s[i] == '"') return false;  // a quote inside an unquoted field
        cell.push_back(s[i++]);
      }
    }
    if (i >= s.size()) return false;  // every row ends in CRLF
    if (s[i] == ',') { row.push_back(cell); cell.clear(); ++i; continue; }
    if (s[i] != '\r' || i + 1 >= s.size() || s[i + 1] != '\n') return false;  // bare CR or LF
    row.push_back(cell);
    cell.clear();
    rows->push_back(row);
    row.clear();
    i += 2;
  }
  return true;
}

bool IsValidUtf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || (len == 2 && c < 0xC2) || i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

// A small well-formedness check of XML as the exporters write it: one root, every start tag
// closed in order, attribute values quoted without < or a raw &, entity references known,
// no control character but LF, no text outside the root. Counts elements by name.
struct XmlCheck {
  std::string error;
  std::vector<std::pair<std::string, int>> counts;
  int Count(const std::string& name) const {
    for (const auto& c : counts) if (c.first == name) return c.second;
    return 0;
  }
};

bool RefOk(const std::string& s, size_t amp) {
  for (const char* ref : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"}) {
    if (s.compare(amp, std::char_traits<char>::length(ref), ref) == 0) return true;
  }
  return false;
}

XmlCheck CheckXml(const std::string& s) {
  XmlCheck r;
  auto fail = [&r](const std::string& why, size_t at) {
    if (r.error.empty()) r.error = why + " at byte " + std::to_string(at);
  };
  if (!IsValidUtf8(s)) fail("invalid UTF-8", 0);
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\n') fail("control character", i);
    if (c == 0x7F) fail("DEL", i);
  }
  if (s.compare(0, 5, "<?xml") != 0) fail("no XML declaration", 0);
  std::vector<std::string> stack;
  bool root_seen = false;
  size_t i = s.find("?>");
  if (i == std::string::npos) { fail("unterminated declaration", 0); return r; }
  i += 2;
  while (i < s.size() && r.error.empty()) {
    if (s[i] != '<') {
      if (s[i] == '&' && !RefOk(s, i)) fail("raw &", i);
      if (stack.empty() && s[i] != '\n' && s[i] != ' ') fail("text outside the root", i);
      ++i;
      continue;
    }
    const size_t end = s.find('>', i);
    if (end == std::string::npos) { fail("unterminated tag", i); break; }
    std::string tag = s.substr(i + 1, end - i - 1);
    i = end + 1;
    if (!tag.empty() && tag[0] == '/') {
      const std::string name = tag.substr(1);
      if (stack.empty() || stack.back() != name) { fail("mismatched </" + name + ">", end); break; }
      stack.pop_back();
      continue;
    }
    const bool self_closing = !tag.empty() && tag.back() == '/';
    if (self_closing) tag.pop_back();
    size_t k = 0;
    while (k < tag.size() && tag[k] != ' ') ++k;
    const std::string name = tag.substr(0, k);
    if (name.empty()) { fail("empty tag name", end); break; }
    if (stack.empty()) {
      if (root_seen) fail("second root element", end);
      root_seen = true;
    }
    // attributes: name="value" separated by white space
    while (k < tag.size()) {
      while (k < tag.size() && tag[k] == ' ') ++k;
      if (k >= tag.size()) break;
      const size_t eq = tag.find('=', k);
      if (eq == std::string::npos || eq + 1 >= tag.size() || tag[eq + 1] != '"') { fail("bad attribute in <" + name, end); break; }
      const size_t close = tag.find('"', eq + 2);
      if (close == std::string::npos) { fail("unterminated attribute in <" + name, end); break; }
      for (size_t v = eq + 2; v < close; ++v) {
        if (tag[v] == '<') fail("< in an attribute of <" + name, end);
        if (tag[v] == '&' && !RefOk(tag, v)) fail("raw & in an attribute of <" + name, end);
      }
      k = close + 1;
      if (k < tag.size() && tag[k] != ' ') fail("attributes not separated in <" + name, end);
    }
    bool counted = false;
    for (auto& cnt : r.counts) if (cnt.first == name) { ++cnt.second; counted = true; }
    if (!counted) r.counts.push_back({name, 1});
    if (!self_closing) stack.push_back(name);
  }
  if (r.error.empty() && !stack.empty()) fail("unclosed <" + stack.back() + ">", s.size());
  if (r.error.empty() && !root_seen) fail("no root element", 0);
  return r;
}

// A hand-made analysis whose strings hold everything an exporter must escape.
ae::Analysis Hostile() {
  ae::Analysis a;
  a.text = "=SUM(A1) said Bob, \"hi\"\nthere. +1 -2 @x \tTab \rCR <b>&amp;</b>";
  a.stats.bytes = a.text.size();
  a.stats.sentences = 2;
  a.title = std::string("Title <with> & \"quotes\"\x01");
  ae::Entity e1;
  e1.id = "e1";
  e1.name = "Bob \"The Builder\", Jr.\n<b>&\x01\x1F\x7F";
  e1.type = ae::EntityType::kPerson;
  e1.aliases = {"Bob", "=cmd|' /C calc'!A0", "Jr, \"B\""};
  e1.roles = {"+mayor", "chief\r\nexecutive"};
  e1.mentions = {{{14, 17}, ae::MentionKind::kName, 0}};
  e1.salience = 0.75;
  ae::Entity e2;
  e2.id = "e2";
  e2.name = "@Acme & Co <Ltd>";
  e2.type = ae::EntityType::kOrg;
  e2.aliases = {"Acme"};
  e2.mentions = {{{0, 4}, ae::MentionKind::kName, 0}};
  e2.salience = 0.25;
  a.entities = {e1, e2};
  ae::Quote q;
  q.id = "q1";
  q.kind = ae::QuoteKind::kDirect;
  q.span = {0, 8};  // "=SUM(A1)"
  q.speaker = 0;
  q.speaker_text = "Bob";
  q.cue = "said";
  q.confidence = 0.9;
  a.quotes.push_back(q);
  ae::Quote q2 = q;
  q2.id = "q2";
  q2.span = {19, 29};  // "\"hi\"\nthere" : quotes and a line break
  q2.speaker = -1;
  q2.speaker_text = "-officials, \"senior\"";
  q2.cue = "";
  a.quotes.push_back(q2);
  ae::Edge edge;
  edge.source = 0;
  edge.target = 1;
  edge.kind = ae::EdgeKind::kCooccurrence;
  edge.weight = 2.5;
  edge.evidence = {0, 1};
  a.edges.push_back(edge);
  edge.kind = ae::EdgeKind::kQuote;
  edge.weight = 1;
  edge.evidence = {0};
  a.edges.push_back(edge);
  return a;
}

// One quote whose text is `text` (the whole article), for the formula tests.
ae::Analysis OneQuote(const std::string& text) {
  ae::Analysis a;
  a.text = text;
  a.stats.bytes = text.size();
  ae::Quote q;
  q.id = "q1";
  q.span = {0, static_cast<uint32_t>(text.size())};
  q.speaker_text = text;
  q.cue = text;
  a.quotes.push_back(q);
  ae::Entity e;
  e.id = "e1";
  e.name = text;
  e.aliases = {text};
  e.roles = {text};
  a.entities.push_back(e);
  return a;
}

void CheckNoFormulaCell(const std::vector<std::vector<std::string>>& rows) {
  for (const auto& row : rows) {
    for (const std::string& cell : row) {
      if (cell.empty()) continue;
      const char c = cell[0];
      CHECK_MESSAGE((c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r'), "cell: ", cell);
    }
  }
}

}  // namespace

TEST_CASE("export: quotes CSV is RFC 4180 (commas, quotes, newlines, CRLF)") {
  const ae::Analysis a = Hostile();
  const std::string csv = ae::ToQuotesCsv(a);
  std::vector<std::vector<std::string>> rows;
  REQUIRE(ParseCsv(csv, &rows));
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == std::vector<std::string>{"id", "kind", "speaker", "speaker_id", "speaker_text", "quote",
                                            "cue", "confidence", "start", "end", "sentence"});
  for (const auto& row : rows) CHECK(row.size() == rows[0].size());
  // q1: speaker resolved to the entity's name (comma, quotes, newline, controls kept as is).
  CHECK(rows[1][0] == "q1");
  CHECK(rows[1][2] == a.entities[0].name);
  CHECK(rows[1][3] == "e1");
  CHECK(rows[1][5] == "'=SUM(A1)");
  CHECK(rows[1][6] == "said");
  CHECK(rows[1][7] == "0.9");
  CHECK(rows[1][8] == "0");
  CHECK(rows[1][9] == "8");
  // q2: no entity: the speaker words, neutralised; the quote holds "" and a line break.
  CHECK(rows[2][2] == "'-officials, \"senior\"");
  CHECK(rows[2][3] == "");
  CHECK(rows[2][5] == "\"hi\"\nthere");
  CHECK(csv.find("\"\"\"hi\"\"\nthere\"") != std::string::npos);  // raw RFC 4180 form
  CHECK(rows[2][6] == "");
  CheckNoFormulaCell(rows);
}

TEST_CASE("export: entities CSV columns, joined aliases and roles") {
  const ae::Analysis a = Hostile();
  const std::string csv = ae::ToEntitiesCsv(a);
  std::vector<std::vector<std::string>> rows;
  REQUIRE(ParseCsv(csv, &rows));
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == std::vector<std::string>{"id", "name", "type", "mentions", "aliases", "roles", "salience",
                                            "quotes"});
  CHECK(rows[1][0] == "e1");
  CHECK(rows[1][1] == a.entities[0].name);
  CHECK(rows[1][2] == "PERSON");
  CHECK(rows[1][3] == "1");
  CHECK(rows[1][4] == "Bob; =cmd|' /C calc'!A0; Jr, \"B\"");
  CHECK(rows[1][5] == "'+mayor; chief\r\nexecutive");
  CHECK(rows[1][6] == "0.75");
  CHECK(rows[1][7] == "1");
  CHECK(rows[2][1] == "'@Acme & Co <Ltd>");
  CHECK(rows[2][2] == "ORG");
  CHECK(rows[2][7] == "0");
  CheckNoFormulaCell(rows);
}

TEST_CASE("export: every formula lead character is neutralised in every text column") {
  for (const char* lead : {"=", "+", "-", "@", "\t", "\r"}) {
    CAPTURE(static_cast<int>(lead[0]));
    const std::string text = std::string(lead) + "1+2";
    const ae::Analysis a = OneQuote(text);
    std::vector<std::vector<std::string>> rows;
    REQUIRE(ParseCsv(ae::ToQuotesCsv(a), &rows));
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][2] == "'" + text);  // speaker (no entity: the words)
    CHECK(rows[1][4] == "'" + text);  // speaker_text
    CHECK(rows[1][5] == "'" + text);  // quote
    CHECK(rows[1][6] == "'" + text);  // cue
    CheckNoFormulaCell(rows);
    REQUIRE(ParseCsv(ae::ToEntitiesCsv(a), &rows));
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][1] == "'" + text);  // name
    CHECK(rows[1][4] == "'" + text);  // aliases
    CHECK(rows[1][5] == "'" + text);  // roles
    CheckNoFormulaCell(rows);
  }
  // Not at the start: left alone.
  const ae::Analysis a = OneQuote("a=1");
  std::vector<std::vector<std::string>> rows;
  REQUIRE(ParseCsv(ae::ToQuotesCsv(a), &rows));
  CHECK(rows[1][5] == "a=1");
}

TEST_CASE("export: GEXF and GraphML escape < & \" and drop control characters") {
  const ae::Analysis a = Hostile();
  for (const std::string& xml : {ae::ToGexf(a), ae::ToGraphMl(a)}) {
    const XmlCheck check = CheckXml(xml);
    CHECK_MESSAGE(check.error == "", check.error);
    CHECK(xml.find("Bob &quot;The Builder&quot;, Jr. &lt;b&gt;&amp;") != std::string::npos);
    CHECK(xml.find("@Acme &amp; Co &lt;Ltd&gt;") != std::string::npos);
    CHECK(xml.find('\x01') == std::string::npos);
    CHECK(xml.find('\x1F') == std::string::npos);
    CHECK(xml.find('\x7F') == std::string::npos);
    CHECK(xml.find('\r') == std::string::npos);
    CHECK(xml.find('\t') == std::string::npos);
    CHECK(xml.find("Jr, &quot;B&quot;") != std::string::npos);  // aliases attribute
  }
  // Invalid UTF-8 in a name (an Analysis built by hand) becomes U+FFFD, never raw bytes.
  ae::Analysis bad = Hostile();
  bad.entities[0].name = "Caf\xC3 \xFF\xFE ok";
  const std::string gexf = ae::ToGexf(bad);
  CHECK(CheckXml(gexf).error == "");
  CHECK(gexf.find("Caf\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD ok") != std::string::npos);
}

TEST_CASE("export: GEXF and GraphML have one node per entity and one edge per edge") {
  const ae::Analysis h = Hostile();
  const ae::Analysis sample =
      ae::Analyze(ReadFile(std::string(AE_SHARED_DIR) + "/corpus/harris-mexico.txt"), ae::BuiltinLexicons());
  REQUIRE(sample.entities.size() > 5);
  REQUIRE(sample.edges.size() > 5);
  for (const ae::Analysis* a : {&h, &sample}) {
    const std::string gexf = ae::ToGexf(*a);
    const XmlCheck g = CheckXml(gexf);
    CHECK_MESSAGE(g.error == "", g.error);
    CHECK(g.Count("gexf") == 1);
    CHECK(g.Count("graph") == 1);
    CHECK(g.Count("node") == static_cast<int>(a->entities.size()));
    CHECK(g.Count("edge") == static_cast<int>(a->edges.size()));
    CHECK(gexf.find("defaultedgetype=\"undirected\"") != std::string::npos);
    CHECK(gexf.find("xmlns=\"http://gexf.net/1.3\"") != std::string::npos);
    // Every node carries type, mentions and salience; every edge its weight.
    CHECK(g.Count("attvalue") == static_cast<int>(a->entities.size() * 6 + a->edges.size() * 2));
    for (const ae::Entity& e : a->entities) {
      CHECK(gexf.find("<node id=\"" + e.id + "\"") != std::string::npos);
    }
    const std::string graphml = ae::ToGraphMl(*a);
    const XmlCheck m = CheckXml(graphml);
    CHECK_MESSAGE(m.error == "", m.error);
    CHECK(m.Count("graphml") == 1);
    CHECK(m.Count("node") == static_cast<int>(a->entities.size()));
    CHECK(m.Count("edge") == static_cast<int>(a->edges.size()));
    CHECK(m.Count("data") == static_cast<int>(a->entities.size() * 7 + a->edges.size() * 3));
    CHECK(graphml.find("edgedefault=\"undirected\"") != std::string::npos);
  }
  // The weights and types of the hand-made analysis, in the documents.
  CHECK(ae::ToGexf(h).find("source=\"e1\" target=\"e2\" kind=\"cooccurrence\" weight=\"2.5\"") != std::string::npos);
  CHECK(ae::ToGexf(h).find("<attvalue for=\"type\" value=\"PERSON\"/>") != std::string::npos);
  CHECK(ae::ToGraphMl(h).find("<data key=\"weight\">2.5</data>") != std::string::npos);
  CHECK(ae::ToGraphMl(h).find("<data key=\"salience\">0.75</data>") != std::string::npos);
}

TEST_CASE("export: an edge pointing outside the entities is left out, never read out of bounds") {
  ae::Analysis a = Hostile();
  a.edges[1].target = 7;
  CHECK(CheckXml(ae::ToGexf(a)).Count("edge") == 1);
  CHECK(CheckXml(ae::ToGraphMl(a)).Count("edge") == 1);
  a.quotes[0].speaker = 9;  // unknown speaker: no name, no id
  std::vector<std::vector<std::string>> rows;
  REQUIRE(ParseCsv(ae::ToQuotesCsv(a), &rows));
  CHECK(rows[1][2] == "Bob");
  CHECK(rows[1][3] == "");
}

TEST_CASE("export: Export() dispatches the five formats, refuses others, is deterministic") {
  const ae::Analysis a = Hostile();
  std::string out = "untouched";
  CHECK_FALSE(ae::Export(a, "xlsx", &out));
  CHECK_FALSE(ae::Export(a, "", &out));
  CHECK_FALSE(ae::Export(a, "JSON", &out));
  CHECK(out == "untouched");
  REQUIRE(ae::Export(a, "quotes.csv", &out));
  CHECK(out == ae::ToQuotesCsv(a));
  REQUIRE(ae::Export(a, "entities.csv", &out));
  CHECK(out == ae::ToEntitiesCsv(a));
  REQUIRE(ae::Export(a, "gexf", &out));
  CHECK(out == ae::ToGexf(a));
  REQUIRE(ae::Export(a, "graphml", &out));
  CHECK(out == ae::ToGraphMl(a));
  CHECK(ae::ToGexf(a) == ae::ToGexf(Hostile()));
  // json: the contract plus the text, which brings the article back.
  REQUIRE(ae::Export(a, "json", &out));
  const std::string contract = ae::ToJson(a);
  CHECK(out.compare(0, contract.size() - 1, contract, 0, contract.size() - 1) == 0);
  ae::Analysis back;
  std::string error;
  REQUIRE_MESSAGE(ae::FromJson(out, &back, &error), error);
  CHECK(back.text == a.text);
  CHECK(ae::ToJson(back) == contract);
}

TEST_CASE("export: the sample article's CSVs have a row per quote and per entity") {
  const ae::Analysis a =
      ae::Analyze(ReadFile(std::string(AE_SHARED_DIR) + "/corpus/harris-mexico.txt"), ae::BuiltinLexicons());
  std::vector<std::vector<std::string>> rows;
  REQUIRE(ParseCsv(ae::ToQuotesCsv(a), &rows));
  CHECK(rows.size() == a.quotes.size() + 1);
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    CHECK(rows[i + 1][0] == a.quotes[i].id);
    const std::string text(a.Text(a.quotes[i].span));
    CHECK((rows[i + 1][5] == text || rows[i + 1][5] == "'" + text));
  }
  CheckNoFormulaCell(rows);
  REQUIRE(ParseCsv(ae::ToEntitiesCsv(a), &rows));
  CHECK(rows.size() == a.entities.size() + 1);
  for (size_t i = 0; i < a.entities.size(); ++i) {
    CHECK(rows[i + 1][0] == a.entities[i].id);
    CHECK(rows[i + 1][3] == std::to_string(a.entities[i].mentions.size()));
  }
  CheckNoFormulaCell(rows);
}

namespace {

// Two invented articles that share one person (Kamala Harris), with a quote in each.
const char* kProvFirst =
    "Kamala Harris visited Mexico City on Tuesday to discuss migration.\n\n"
    "\"We are partners in this work,\" Ms Harris told reporters after the meeting.\n";
const char* kProvSecond =
    "Kamala Harris spoke in Denver on Friday about water rights.\n\n"
    "\"We need rain more than speeches,\" Doug Harris, a farmer, said.\n";

ae::Analysis RunNoTime(const std::string& text) {
  ae::AnalyzeOptions options;
  options.measure_time = false;
  return ae::Analyze(text, ae::BuiltinLexicons(), options);
}

int Column(const std::vector<std::string>& header, const std::string& name) {
  for (size_t i = 0; i < header.size(); ++i) if (header[i] == name) return static_cast<int>(i);
  return -1;
}

}  // namespace

TEST_CASE("export: several articles add article columns and attributes (issue 5, provenance)") {
  std::vector<ae::ArticleRange> ranges;
  const ae::Analysis m =
      ae::MergeCorpus({{"north, \"daily\".txt", RunNoTime(kProvFirst)}, {"south.txt", RunNoTime(kProvSecond)}}, &ranges);
  REQUIRE(ranges.size() == 2);

  std::string quotes_csv;
  REQUIRE(ae::Export(m, "quotes.csv", &quotes_csv, &ranges));
  std::vector<std::vector<std::string>> rows;
  REQUIRE(ParseCsv(quotes_csv, &rows));
  REQUIRE(rows.size() == m.quotes.size() + 1);
  const int article = Column(rows[0], "article");
  REQUIRE(article == static_cast<int>(rows[0].size()) - 1);  // the last column
  REQUIRE(m.quotes.size() >= 2);
  for (size_t i = 0; i < m.quotes.size(); ++i) {
    REQUIRE(rows[i + 1].size() == rows[0].size());
    // The name as given, CSV-quoted because of its comma and quotes.
    CHECK(rows[i + 1][article] == (m.quotes[i].span.start < ranges[1].span.start ? "north, \"daily\".txt" : "south.txt"));
  }
  CHECK(rows[1][article] == "north, \"daily\".txt");
  CHECK(rows.back()[article] == "south.txt");

  std::string entities_csv;
  REQUIRE(ae::Export(m, "entities.csv", &entities_csv, &ranges));
  REQUIRE(ParseCsv(entities_csv, &rows));
  const int articles = Column(rows[0], "articles");
  REQUIRE(articles == static_cast<int>(rows[0].size()) - 1);
  const int name = Column(rows[0], "name");
  bool saw_kamala = false, saw_doug = false;
  for (size_t i = 1; i < rows.size(); ++i) {
    if (rows[i][name] == "Kamala Harris") {
      saw_kamala = true;
      CHECK(rows[i][articles] == "north, \"daily\".txt; south.txt");
    }
    if (rows[i][name] == "Doug Harris") {
      saw_doug = true;
      CHECK(rows[i][articles] == "south.txt");
    }
  }
  CHECK(saw_kamala);
  CHECK(saw_doug);

  std::string gexf, graphml;
  REQUIRE(ae::Export(m, "gexf", &gexf, &ranges));
  REQUIRE(ae::Export(m, "graphml", &graphml, &ranges));
  CHECK(CheckXml(gexf).error == "");
  CHECK(CheckXml(graphml).error == "");
  CHECK(gexf.find("<attribute id=\"articles\" title=\"articles\" type=\"string\"/>") != std::string::npos);
  CHECK(gexf.find("<attvalue for=\"articles\" value=\"north, &quot;daily&quot;.txt; south.txt\"/>") != std::string::npos);
  CHECK(graphml.find("<key id=\"articles\" for=\"node\" attr.name=\"articles\"") != std::string::npos);
  CHECK(graphml.find("<key id=\"edge_articles\" for=\"edge\" attr.name=\"articles\"") != std::string::npos);
  CHECK(graphml.find("<data key=\"articles\">north, &quot;daily&quot;.txt; south.txt</data>") != std::string::npos);
  // One attribute value per node and per edge.
  size_t gexf_values = 0, graphml_values = 0;
  for (size_t at = gexf.find("for=\"articles\" value="); at != std::string::npos; at = gexf.find("for=\"articles\" value=", at + 1)) ++gexf_values;
  for (size_t at = graphml.find("articles\">"); at != std::string::npos; at = graphml.find("articles\">", at + 1)) ++graphml_values;
  CHECK(gexf_values == m.entities.size() + m.edges.size());
  CHECK(graphml_values == m.entities.size() + m.edges.size());

  // The JSON export: per-item fields and the "articles" array.
  std::string json;
  REQUIRE(ae::Export(m, "json", &json, &ranges));
  const nlohmann::json j = nlohmann::json::parse(json);
  CHECK(j["articles"].size() == 2);
  CHECK(j["quotes"][0]["article"] == "a1");
  CHECK(j["quotes"][m.quotes.size() - 1]["article"] == "a2");
  CHECK(j["entities"][0].contains("articles"));
}

TEST_CASE("export: one article (or none given) exports exactly as before") {
  const ae::Analysis a = RunNoTime(kProvFirst);
  std::vector<ae::ArticleRange> ranges;
  const ae::Analysis m = ae::MergeCorpus({{"only.txt", a}}, &ranges);
  REQUIRE(ranges.size() == 1);
  for (const char* format : {"json", "quotes.csv", "entities.csv", "gexf", "graphml"}) {
    std::string plain, with_one;
    REQUIRE(ae::Export(a, format, &plain));
    REQUIRE(ae::Export(m, format, &with_one, &ranges));
    CHECK_MESSAGE(plain == with_one, format);
  }
  CHECK(ae::ToQuotesCsv(a) == ae::ToQuotesCsv(a, nullptr));
}
