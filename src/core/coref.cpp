// coref.cpp — pronoun antecedents (rule in coref.h); person descriptions, appositive roles and
// plural pronouns (rules in coref_internal.h).
//
// Index: TokenAt / EntityGender / person index / PronounAntecedent / ResolvePronoun, then
// descriptions (ParseDescription, role facts, DescriptionAntecedent), LinkDescriptions,
// LinkPlurals, ResolveDescriptor.
#include "coref.h"

#include <algorithm>
#include <climits>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "quote_marks.h"
#include "text.h"

#include "coref_internal.h"

namespace ae {

namespace {

// Index of the token whose span starts at `start`, or tokens.size().
size_t TokenAt(const Analysis& a, uint32_t start) {
  const size_t i = TokenAtOrAfter(a, start);
  return i < a.tokens.size() && a.tokens[i].span.start == start ? i : a.tokens.size();
}

}  // namespace

namespace {

// EntityGender, and whether it comes from a first name alone (*by_name; no honorific).
char GenderOf(const Analysis& a, const Entity& e, const Lexicons& lex, bool* by_name) {
  *by_name = false;
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
  *by_name = from_name != 0;
  return from_name;
}

}  // namespace

char EntityGender(const Analysis& a, const Entity& e, const Lexicons& lex) {
  bool by_name = false;
  return GenderOf(a, e, lex, &by_name);
}

PersonIndex BuildPersonIndex(const Analysis& a, const Lexicons& lex) {
  PersonIndex idx;
  idx.by_sentence.resize(a.sentences.size());
  idx.gender.assign(a.entities.size(), 0);
  idx.name_gender.assign(a.entities.size(), 0);
  // Quoted words: a name inside a quote is no antecedent of a pronoun outside it ('"Tavinho is
  // happy," he said': "he" is the speaker, named before the quote).
  idx.quoted.assign(a.tokens.size(), 0);
  if (a.token_lex.flags.size() == a.tokens.size()) {  // IndexTokens paired the marks already
    for (size_t t = 0; t < a.tokens.size(); ++t) idx.quoted[t] = (a.token_lex.flags[t] & kTokenQuoted) != 0;
  } else {
    for (const QuotePair& q : PairQuoteMarks(a)) {
      for (uint32_t t = q.content_first; t < q.content_end && t < a.tokens.size(); ++t) idx.quoted[t] = 1;
    }
  }
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    if (e.type != EntityType::kPerson) continue;
    bool by_name = false;
    idx.gender[i] = GenderOf(a, e, lex, &by_name);
    idx.name_gender[i] = by_name;
    for (const Mention& m : e.mentions) {
      // (a description linked to it too: "the Czech laughed. ... she said")
      if ((m.kind == MentionKind::kName || m.kind == MentionKind::kDescriptor) && m.sentence < idx.by_sentence.size()) {
        const size_t t = TokenAt(a, m.span.start);
        idx.by_sentence[m.sentence].push_back({m.span.start, static_cast<int>(i), t < a.tokens.size() && idx.quoted[t]});
      }
    }
  }
  for (auto& v : idx.by_sentence) {
    std::sort(v.begin(), v.end(), [](const PersonIndex::Hit& x, const PersonIndex::Hit& y) {
      return x.start != y.start ? x.start < y.start : x.entity < y.entity;
    });
  }
  for (size_t i = 0; i < a.entities.size(); ++i) {
    for (const Mention& m : a.entities[i].mentions) {
      if (m.kind != MentionKind::kDescriptor || m.span.end < m.span.start) continue;
      idx.descriptors.push_back({m.span, static_cast<int>(i)});
      idx.longest_descriptor = std::max(idx.longest_descriptor, m.span.end - m.span.start);
    }
  }
  std::sort(idx.descriptors.begin(), idx.descriptors.end(), PersonIndex::DescriptorBefore);
  return idx;
}

namespace {

// Where a fronted clause of sentence s ends ("Asked about Adair, the Czech laughed", "After
// meeting Ruiz, Lopez said"): the byte offset of its comma, or 0 when the sentence opens with
// none. A person named in it is seldom the sentence's subject.
uint32_t FrontClauseEnd(const Analysis& a, uint32_t s) {
  const Sentence& st = a.sentences[s];
  if (st.first_token >= st.end_token || st.end_token > a.tokens.size()) return 0;
  std::string w(a.Text(a.tokens[st.first_token].span));
  for (char& ch : w) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
  const size_t n = w.size();
  const bool participle = n > 4 && (w.compare(n - 2, 2, "ed") == 0 || w.compare(n - 3, 3, "ing") == 0);
  static const char* const kOpeners[] = {"after", "before", "unlike", "like", "despite", "following", "when", "while"};
  bool opener = participle;
  for (const char* o : kOpeners) opener = opener || w == o;
  if (!opener) return 0;
  for (uint32_t t = st.first_token + 1; t < st.end_token && t < st.first_token + 16; ++t) {
    if (a.Text(a.tokens[t].span) == ",") return a.tokens[t].span.start;
  }
  return 0;
}

}  // namespace

int PronounAntecedent(const Analysis& a, const PersonIndex& idx, size_t token_index, char gender) {
  if (token_index >= a.tokens.size() || (gender != 'm' && gender != 'f')) return -1;
  const Token& tok = a.tokens[token_index];
  const uint32_t s = tok.sentence;
  if (s >= a.sentences.size()) return -1;
  const uint32_t para = a.sentences[s].paragraph;
  const bool pronoun_quoted = token_index < idx.quoted.size() && idx.quoted[token_index];
  // Two sentences back at most, and at most one paragraph break.
  // A first name's gender is a guess ("Nino", "Tavita", "Andrea" are given to both): the
  // subject of this or the sentence before whose first name says otherwise is taken when no
  // person of fitting or unknown gender is in the window ('Leaupepe said ... "...," she said').
  int guessed = -1;
  for (uint32_t k = 0; k <= 2 && k <= s; ++k) {
    const uint32_t cs = s - k;
    if (a.sentences[cs].paragraph + 1 < para) break;
    int known = -1, unknown = -1, unknown_count = 0;
    int known_front = -1;  // a fitting person named in the sentence's fronted clause only
    const uint32_t front_end = idx.by_sentence[cs].empty() ? 0 : FrontClauseEnd(a, cs);
    bool first_hit = true;
    for (const PersonIndex::Hit& h : idx.by_sentence[cs]) {
      if (k == 0 && h.start >= tok.span.start) break;  // only before the pronoun
      if (h.quoted && !pronoun_quoted) continue;
      const char g = idx.gender[h.entity];
      if (first_hit && guessed < 0 && k <= 1 && g != 0 && g != gender && idx.name_gender[h.entity]) guessed = h.entity;
      first_hit = false;
      if (g == gender) {
        if (h.start < front_end) {
          if (known_front < 0) known_front = h.entity;
        } else if (known < 0) {
          known = h.entity;  // first compatible mention: the subject
        }
      } else if (g == 0 && h.start >= front_end) {
        if (unknown != h.entity) ++unknown_count;
        if (unknown < 0) unknown = h.entity;
      }
    }
    if (known >= 0) return known;
    // An unknown-gender person is taken only when it is alone in the window so far (outside
    // the fronted clause: the subject of "Asked about Brennan, Vondraskova laughed" is
    // Vondraskova, whatever gender her name shows).
    if (unknown >= 0) return unknown_count == 1 ? unknown : -1;
    if (known_front >= 0) return known_front;
  }
  return guessed;
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

// ============================================================ descriptions

namespace {

// Every function below runs on an indexed analysis (HasTokenIndex) and reads folded tokens
// with FoldedToken: the stages index first, and the public ResolveDescriptor indexes a copy
// when it has to.

bool IsDeterminer(std::string_view f, bool* definite, bool* possessive) {  // string_view: compares sizes first (speed)
  *definite = f == "the";
  *possessive = f == "his" || f == "her" || f == "its" || f == "their";
  return *definite || *possessive || f == "a" || f == "an";
}

// Words that may qualify a title inside a description ("the former US president", "her senior
// adviser"); a short closed list, because an open adjective would let a description run on.
bool DescriptionModifier(std::string_view f) {
  static const char* const kWords[] = {"former", "then", "acting", "interim", "new", "top", "senior", "junior",
                                       "chief", "outgoing", "incoming", "current", "veteran",
                                       "longtime", "long-time", "foreign", "prime", "joint", "principal",
                                       "special", "lead", "regional",
                                       "national", "federal", "state", "local", "government", "press"};
  for (const char* w : kWords) {
    if (f == w) return true;
  }
  return false;
}

// Length of a title or person noun phrase at token i (up to 3 words), 0 when none; sets the
// gender the lexicon gives it ('m' / 'f' / 0) and whether it is a title proper.
size_t TitleAt(const Analysis& a, const Lexicons& lex, size_t i, size_t end, char* gender, bool* title) {
  // Each of the (at most 3) tokens is checked and folded once, not once per phrase length (speed).
  std::string_view folded[3];
  int ok[3] = {-1, -1, -1};  // -1 unknown, 0 not a word or hyphen, 1 folded
  std::string key;
  // Two- and three-word titles only where one starts with this word ("vice", "foreign").
  size_t max_len = 1;
  if (i < end) {
    const std::string_view w0 = a.Text(a.tokens[i].span);
    if (IsWordToken(w0) && (TokenPhraseStart(a, i) & (kTitle | kDescriptorNoun))) max_len = 3;
  }
  for (size_t len = max_len; len >= 1; --len) {
    if (i + len > end) continue;
    key.clear();
    for (size_t k = i; k < i + len; ++k) {
      int& state = ok[k - i];
      if (state < 0) {
        const std::string_view w = a.Text(a.tokens[k].span);
        state = IsWordToken(w) || w == "-";
        if (state) folded[k - i] = FoldedToken(a, k);
      }
      if (!state) { key.clear(); break; }
      if (k > i && a.tokens[k - 1].span.end != a.tokens[k].span.start) key.push_back(' ');
      key += folded[k - i];
    }
    if (key.empty()) continue;
    const LexEntry* le = len == 1 ? TokenEntry(a, i) : lex.Find(key);
    if (!le) continue;
    const std::string_view dv = lex.EntryValue(*le, kDescriptorNoun);
    const bool person_noun = (le->categories & kDescriptorNoun) && (dv == "m" || dv == "f" || dv == "u");
    if ((le->categories & kTitle) || person_noun) {
      const std::string_view tv = lex.EntryValue(*le, kTitle);
      *gender = (tv == "m" || tv == "f") ? tv[0] : (dv == "m" || dv == "f") ? dv[0] : 0;
      *title = (le->categories & kTitle) != 0;
      return len;
    }
  }
  return 0;
}

// The place a word stands for, folded ("mexican" -> "mexico", "us" -> "united states"), or "".
std::string PlaceOf(const Lexicons& lex, std::string_view folded, const LexEntry* e) {
  // one lookup for the three questions (speed)
  if (!e) return "";
  std::string_view v = lex.EntryValue(*e, kDemonym);
  if (v.empty()) v = lex.EntryValue(*e, kCountry);
  if (!v.empty()) return Fold(v);
  if (e->categories & kCountry) return std::string(folded);
  return "";
}

}  // namespace

namespace {

// Two to four capital letters ("TD", "MP", "CS", "PM"): a title's abbreviation.
bool ShortCaps(std::string_view t) {
  if (t.size() < 2 || t.size() > 4) return false;
  for (char ch : t) {
    if (ch < 'A' || ch > 'Z') return false;
  }
  return true;
}

}  // namespace

bool ParseDescription(const Analysis& a, const Lexicons& lex, size_t b, Description* out) {
  if (b >= a.tokens.size()) return false;
  const uint32_t sent = a.tokens[b].sentence;
  const size_t end = std::min<size_t>(a.sentences[sent].end_token, a.tokens.size());
  Description d;
  d.b = b;
  size_t i = b;
  std::string_view f = FoldedToken(a, i);
  if (IsDeterminer(f, &d.definite, &d.possessive)) ++i;
  // "the SCA's chairman": an owner's capitalised name and its possessive between the article
  // and the title (the title then ends the phrase: not "The European Union's chief negotiator",
  // whose "chief" is no whole title)
  bool owner = false;
  if (d.definite && i < end) {
    size_t k = i;
    while (k < end && k < i + 4) {
      const std::string_view t = a.Text(a.tokens[k].span);
      if (t.empty() || !((t[0] >= 'A' && t[0] <= 'Z') || static_cast<unsigned char>(t[0]) >= 0xC0)) break;
      ++k;
    }
    if (k > i && k + 1 < end && IsPossessiveS(a.Text(a.tokens[k].span))) {
      i = k + 1;
      owner = true;
    }
  }
  bool pending_and = false;
  size_t last_head_end = 0;
  for (int steps = 0; i < end && steps < 10; ++steps) {
    f = FoldedToken(a, i);
    // time words qualify the office, they are not part of it ("former president" is listed
    // as a title, yet "the former president" must find the person whose role is "president")
    if (f == "former" || f == "then" || f == "acting" || f == "interim" || f == "outgoing" || f == "incoming") {
      ++i;
      continue;
    }
    char g = 0;
    bool title = false;
    const size_t tl = TitleAt(a, lex, i, end, &g, &title);
    if (tl > 0) {
      i += tl;
      last_head_end = i;
      d.head_b = i - tl;
      d.gender = g ? g : d.gender;
      d.title = title;
      pending_and = false;
      continue;
    }
    if (f == "and" && last_head_end == i && !pending_and) {  // "spokeswoman and senior adviser"
      pending_and = true;
      ++i;
      continue;
    }
    // "the Dublin Mid-West TD", "the Bristol MP": a constituency's capitalised words before a
    // member's title in capitals
    if (last_head_end == 0) {
      auto capital = [&](size_t x) {
        const std::string_view t = a.Text(a.tokens[x].span);
        return !t.empty() && ((t[0] >= 'A' && t[0] <= 'Z') || static_cast<unsigned char>(t[0]) >= 0xC0 || t == "-");
      };
      auto member_title = [&](size_t x) { return ShortCaps(a.Text(a.tokens[x].span)) && TokenIs(a, x, kTitle); };
      size_t k = i;
      while (k < end && k < i + 5 && capital(k) && !member_title(k)) ++k;
      if (k > i && k < end && member_title(k)) {
        i = k;
        continue;
      }
    }
    // an age: "the 29-year-old centre-back"
    if (!f.empty() && f[0] >= '0' && f[0] <= '9' && i + 4 < end && a.Text(a.tokens[i + 1].span) == "-" &&
        (FoldedToken(a, i + 2) == "year" || FoldedToken(a, i + 2) == "years") && a.Text(a.tokens[i + 3].span) == "-" &&
        FoldedToken(a, i + 4) == "old") {
      if (f.size() <= 3 && last_head_end == 0) {
        d.age = 0;
        for (char c : f) d.age = c >= '0' && c <= '9' ? d.age * 10 + static_cast<uint32_t>(c - '0') : 0;
        d.age_b = i;
      }
      i += 5;
      continue;
    }
    const std::string place = PlaceOf(lex, f, TokenEntry(a, i));
    if (DescriptionModifier(f) || !place.empty()) {
      if (!place.empty()) d.place = place;
      ++i;
      continue;
    }
    break;
  }
  // "The 68-year-old said ...": the age alone stands for a person when a verb or the clause's
  // end follows it (not "the 150-year-old building")
  if (last_head_end == 0 && d.age > 0 && d.definite && !owner && d.age_b + 5 == i) {
    const std::string_view nx = i < end ? FoldedToken(a, i) : std::string_view();
    static constexpr std::string_view kVerbs[] = {"said", "says", "told", "added", "was", "is", "has", "had",
                                                  "who", "will", "would", "also", "then", ",", "."};
    bool verb = i >= end || TokenIs(a, i, kSpeechVerb);
    for (std::string_view v : kVerbs) verb = verb || nx == v;
    if (verb) {
      d.head_b = d.age_b;
      last_head_end = i;
    }
  }
  if (last_head_end == 0) return false;
  if (owner && last_head_end < end && IsWordToken(a.Text(a.tokens[last_head_end].span)) &&
      !TokenIs(a, last_head_end, kSpeechVerb))
    return false;
  d.e = last_head_end;
  *out = d;
  return true;
}

namespace {

struct EntityFacts {
  std::vector<std::string> heads;  // folded head title of each role conjunct ("vice president")
  std::string place;               // the nationality its roles give ("" when none or mixed)
};

// A first word that changes the office rather than narrowing it: "the president" is not the
// vice president, while "the minister" may well be the foreign minister.
bool RankWord(const std::string& w) {
  return w == "vice" || w == "deputy" || w == "assistant" || w == "associate" || w == "under" ||
         w == "lieutenant" || w == "co" || w == "junior" || w == "former";
}

// The full words a description may use for an abbreviated title (folded, with or without
// its point), or none.
std::vector<std::string_view> TitleExpansions(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  struct Row {
    std::string_view abbr;
    std::vector<std::string_view> full;
  };
  static const Row kRows[] = {
      {"gov", {"governor"}},
      {"sen", {"senator", "lawmaker", "legislator"}},
      {"rep", {"representative", "congressman", "congresswoman", "lawmaker", "legislator"}},
      {"assemblyman", {"lawmaker", "legislator"}},
      {"assemblywoman", {"lawmaker", "legislator"}},
      {"senator", {"lawmaker", "legislator"}},
      {"congressman", {"lawmaker", "legislator"}},
      {"congresswoman", {"lawmaker", "legislator"}},
      {"gen", {"general"}},
      {"lt", {"lieutenant"}},
      {"sgt", {"sergeant"}},
      {"det", {"detective"}},
      {"insp", {"inspector"}},
      {"supt", {"superintendent"}},
      {"capt", {"captain"}},
      {"cmdr", {"commander"}},
      {"col", {"colonel"}},
      {"adm", {"admiral"}},
      {"prof", {"professor"}},
      {"pres", {"president"}},
      {"atty", {"attorney"}},
      // a judge of the High Court is "Mr Justice X" (UK, Ireland, Australia), "the judge" after
      {"justice", {"judge"}},
  };
  for (const Row& r : kRows) {
    if (r.abbr == w) return r.full;
  }
  return {};
}

// The names a company officer's title goes by (folded), the title's own among them, or none.
const std::vector<std::string_view>& OfficerNames(std::string_view title) {
  static const std::vector<std::string_view> kNone;
  static const std::vector<std::vector<std::string_view>> kGroups = {
      {"chief executive", "chief executive officer", "ceo"},
      {"chief financial officer", "cfo", "finance chief", "finance director"},
      {"chief operating officer", "coo", "operations chief"},
      {"chief technology officer", "cto", "technology chief"},
      {"chief investment officer", "cio", "investment chief"},
  };
  for (const auto& g : kGroups) {
    if (std::find(g.begin(), g.end(), title) != g.end()) return g;
  }
  return kNone;
}

std::vector<EntityFacts> Facts(const Analysis& a, const Lexicons& lex) {
  std::vector<EntityFacts> out(a.entities.size());
  for (size_t k = 0; k < a.entities.size(); ++k) {
    for (const std::string& r : a.entities[k].roles) {
      // words of the role, conjunct by conjunct ("spokeswoman and senior adviser")
      std::vector<std::vector<std::string>> conj(1);
      std::string w;
      const std::string fr = Fold(r) + " ";
      for (char c : fr) {
        if (c != ' ') {
          w.push_back(c);
          continue;
        }
        if (w.empty()) continue;
        if (w == "and") {
          conj.emplace_back();
        } else {
          conj.back().push_back(w);
          const std::string p = PlaceOf(lex, w, lex.Find(w));
          if (!p.empty()) out[k].place = out[k].place.empty() || out[k].place == p ? p : "?";
        }
        w.clear();
      }
      for (auto words : conj) {
        // "Governor of the apex bank", "Minister of Finance": the head ends before "of" (unless
        // the whole is a title: "secretary of state")
        const auto of = std::find(words.begin(), words.end(), "of");
        if (of != words.begin() && of != words.end()) {
          std::string whole;
          for (const std::string& x : words) whole += (whole.empty() ? "" : " ") + x;
          const LexEntry* le = lex.Find(whole);
          if (!le || !(le->categories & kTitle)) words.erase(of, words.end());
        }
        for (size_t len = std::min<size_t>(3, words.size()); len >= 1; --len) {
          std::string key;
          for (size_t i = words.size() - len; i < words.size(); ++i) key += (key.empty() ? "" : " ") + words[i];
          const LexEntry* le = lex.Find(key);
          if (le && (le->categories & (kTitle | kDescriptorNoun))) {
            out[k].heads.push_back(key);
            // An abbreviated title answers to its full word: "Gov. Curtis Lindell" ... "the
            // governor said"; "Sen." ... "the senator", "the lawmaker".
            for (const std::string_view full : TitleExpansions(words.back())) {
              std::string h = key.substr(0, key.size() - words.back().size());
              h += full;
              out[k].heads.push_back(std::move(h));
            }
            // and an officer's title to the names wire copy gives it: "Chief Financial Officer
            // Rebecca Thornquist" ... "the finance chief said"; "the CEO" for the chief executive
            for (const std::string_view same : OfficerNames(key)) out[k].heads.emplace_back(same);
            break;
          }
        }
      }
    }
    if (out[k].place == "?") out[k].place.clear();
  }
  return out;
}

// Does a role head ("foreign minister") admit the description head ("minister")?
bool HeadFits(const EntityFacts& f, const std::string& head) {
  // a member's seat ("the Dublin Mid-West TD", "the Bristol MP") goes with any office: a party's
  // spokesperson or a minister sits in the house too
  if (head == "td" || head == "mp" || head == "mla" || head == "msp" || head == "mep" || head == "mpp" ||
      head == "mha" || head == "mna") {
    return true;
  }
  for (const std::string& h : f.heads) {
    if (h == head) return true;
    if (h.size() > head.size() && h.compare(h.size() - head.size(), head.size(), head) == 0 &&
        h[h.size() - head.size() - 1] == ' ' && !RankWord(h.substr(0, h.find(' '))))
      return true;
  }
  return false;
}

}  // namespace

namespace {

// What the description rule needs per document, built once: role facts, each person's first
// name mention, and the people by the last word of their role heads (so that a description
// looks only at the people holding a title with its head word, not at every entity).
struct RoleIndex {
  std::vector<EntityFacts> facts;
  std::vector<uint32_t> first_name;                 // per entity: start of its first name mention
  std::map<std::string, std::vector<int>, std::less<>> by_head;  // last word of a role head -> people
};

RoleIndex BuildRoleIndex(const Analysis& a, const Lexicons& lex) {
  RoleIndex r;
  r.facts = Facts(a, lex);
  r.first_name.assign(a.entities.size(), UINT32_MAX);
  for (size_t k = 0; k < a.entities.size(); ++k) {
    for (const Mention& m : a.entities[k].mentions) {
      if (m.kind == MentionKind::kName) r.first_name[k] = std::min(r.first_name[k], m.span.start);
    }
    if (a.entities[k].type != EntityType::kPerson) continue;
    for (const std::string& h : r.facts[k].heads) {
      auto& v = r.by_head[h.substr(h.rfind(' ') == std::string::npos ? 0 : h.rfind(' ') + 1)];
      if (v.empty() || v.back() != static_cast<int>(k)) v.push_back(static_cast<int>(k));
    }
  }
  return r;
}

// The folded head title of a description ("foreign minister", "vice-president"), as role heads
// are written: a space between tokens that are not glued.
std::string DescriptionHead(const Analysis& a, const Description& d) {
  std::string head;
  for (size_t i = d.head_b; i < d.e; ++i) {
    if (i > d.head_b && a.tokens[i - 1].span.end != a.tokens[i].span.start) head.push_back(' ');
    head += FoldedToken(a, i);
  }
  return head;
}

int AntecedentOf(const Analysis& a, const RoleIndex& roles, const PersonIndex& idx, const Description& d) {
  if (d.e <= d.b || d.e > a.tokens.size() || d.head_b >= d.e) return -1;
  const std::vector<EntityFacts>& facts = roles.facts;
  const std::string head = DescriptionHead(a, d);
  const uint32_t start = a.tokens[d.b].span.start;
  auto compatible_gender = [&](int k) {
    return !d.gender || !idx.gender[k] || idx.gender[k] == d.gender;
  };
  // (0) an age the article gave one person named before: "Doreen Walgar, 68, said ... The
  // 68-year-old said", "the 54-year-old lawmaker" after "Kenji Moriyama, 54,"
  if (d.age > 0) {
    const std::string age = std::to_string(d.age);
    int aged = -1;
    bool several = false;
    // (the last 200 sentences: a long text's cost stays linear)
    const uint32_t s_now = a.tokens[d.b].sentence;
    for (uint32_t cs = s_now > 200 ? s_now - 200 : 0; cs <= s_now && cs < idx.by_sentence.size(); ++cs) {
      for (const PersonIndex::Hit& h : idx.by_sentence[cs]) {
        if (h.start >= start) break;
        size_t j = TokenAt(a, h.start);
        const size_t j0 = j;
        while (j < a.tokens.size() && j < j0 + 5 && a.tokens[j].sentence == cs) {
          const std::string_view t = a.Text(a.tokens[j].span);
          if (t.empty() || !((t[0] >= 'A' && t[0] <= 'Z') || static_cast<unsigned char>(t[0]) >= 0xC0)) break;
          ++j;
        }
        bool match = j + 2 < a.tokens.size() && a.Text(a.tokens[j].span) == "," && FoldedToken(a, j + 1) == age &&
                     !IsWordToken(a.Text(a.tokens[j + 2].span));
        match = match || (j0 >= 5 && FoldedToken(a, j0 - 1) == "old" && FoldedToken(a, j0 - 5) == age);
        if (!match || !compatible_gender(h.entity)) continue;
        several = several || (aged >= 0 && aged != h.entity);
        aged = h.entity;
      }
    }
    if (aged >= 0 && !several) return aged;
  }
  // (1) the head is a role of exactly one person named before: "the minister" after
  // "Foreign Minister Marcelo Ebrard". A nationality in the description must be that person's.
  int only = -1, count = 0;
  const auto holders = roles.by_head.find(FoldedToken(a, d.e - 1));
  if (holders != roles.by_head.end()) {
    for (const int k : holders->second) {
      if (!HeadFits(facts[k], head) || roles.first_name[k] >= start || !compatible_gender(k)) continue;
      if (!d.place.empty() && facts[k].place != d.place) continue;
      only = k;
      if (++count > 1) break;  // two holders: neither (in a long text a title has many holders)
    }
  }
  if (count == 1) return only;
  // several holders: the one named last, in this sentence before the description or the four
  // before it within one paragraph break ("State Home Minister Virendra Singh Parihar told
  // reporters ... According to the STF, ... / 'The network has been broken. We are following
  // the money now,' the minister said")
  if (count > 1 && d.definite) {
    const uint32_t s0 = a.tokens[d.b].sentence;
    for (uint32_t back = 0; back <= 4 && back <= s0; ++back) {
      const uint32_t cs = s0 - back;
      if (a.sentences[cs].paragraph + 1 < a.sentences[s0].paragraph) break;
      // (two of them in that sentence: neither, "Health Minister Ana Costa and Finance Minister
      // Luis Prado met. The minister said")
      int last = -1;
      bool two = false;
      for (const PersonIndex::Hit& h : idx.by_sentence[cs]) {
        if (h.start >= start) break;
        if (h.quoted) continue;
        for (const int k : holders->second) {
          if (k == h.entity && HeadFits(facts[k], head) && roles.first_name[k] < start && compatible_gender(k) &&
              (d.place.empty() || facts[k].place == d.place)) {
            two = two || (last >= 0 && last != k);
            last = k;
          }
        }
      }
      if (last >= 0) return two ? -1 : last;
    }
    return -1;
  }
  if (!d.definite) return -1;
  // (2) recency, for "the" + a title or a person noun ("the minister", "the teenager", "the
  // analyst"): in the nearest sentence (this one before the
  // description, then up to two before, within one paragraph break) that names people, the one
  // person that fits: same gender, no other nationality, no other title in its roles.
  const uint32_t s = a.tokens[d.b].sentence;
  const uint32_t para = a.sentences[s].paragraph;
  // (not when the same noun came with "a" or "an" shortly before: "a young woman asked ...
  // 'the woman said'", "A senior administration official said ... The official said": an unnamed
  // person the article introduced)
  {
    const std::string_view hw = FoldedToken(a, d.e - 1);
    const uint32_t s0 = s >= 3 ? s - 3 : 0;
    for (size_t t = d.b; t-- > a.sentences[s0].first_token;) {
      if (FoldedToken(a, t) != hw) continue;
      bool indefinite = false;
      for (size_t k = t; k-- > 0 && t - k <= 6 && !indefinite;) {
        const std::string_view f = FoldedToken(a, k);
        // (an apposition or a predicate describes someone named: "Chong Mei Ling, a plantation
        // analyst at ...", "X is a defender")
        if (f == "a" || f == "an") {
          const std::string_view p = k > 0 ? FoldedToken(a, k - 1) : std::string_view();
          bool named = p == "is" || p == "was" || p == "as" || p == "became" || p == "(";
          if (p == "," && k >= 2) {  // a person's name right before the comma
            const std::vector<PersonIndex::Hit>& hits = idx.by_sentence[a.tokens[k].sentence];
            for (size_t x = k - 1; x-- > 0 && k - 1 - x <= 8 && !named;) {
              if (FoldedToken(a, x) == "," || a.tokens[x].sentence != a.tokens[k].sentence) break;
              for (const PersonIndex::Hit& h : hits) named = named || h.start == a.tokens[x].span.start;
            }
          }
          indefinite = !named;
          if (!indefinite) break;
        } else if (f == "the" || f == "," || f == "." || f == "said") {
          break;
        }
      }
      if (indefinite) return -1;
    }
  }
  for (uint32_t back = 0; back <= 2 && back <= s; ++back) {
    const uint32_t cs = s - back;
    if (a.sentences[cs].paragraph + 1 < para) break;
    std::vector<int> picks;
    bool any = false;
    for (const PersonIndex::Hit& h : idx.by_sentence[cs]) {
      if (back == 0 && h.start >= start) break;
      // (an age alone is someone the narrative names, not a name inside a quotation: "'What if
      // Donald Trump had elocution lessons?' the 43-year-old asked")
      if (h.quoted && d.age > 0 && d.head_b == d.age_b) continue;
      any = true;
      const EntityFacts& f = facts[h.entity];
      if (!compatible_gender(h.entity)) continue;
      if (!d.place.empty() && !f.place.empty() && f.place != d.place) continue;
      // (a person noun that is no office says nothing of the person's titles: "the centre-back"
      // is the captain named before, "the teenager" anyone)
      if (d.title && !f.heads.empty() && !HeadFits(f, head)) continue;
      if (std::find(picks.begin(), picks.end(), h.entity) == picks.end()) picks.push_back(h.entity);
    }
    if (any) return picks.size() == 1 ? picks[0] : -1;
  }
  return -1;
}

}  // namespace

// The initials of a title's last two to four capitalised words, folded ("Labour and Social
// Protection Cabinet Secretary" -> "cs", "pcs", "spcs"; "Prime Minister" -> "pm").
std::vector<std::string> TitleInitials(std::string_view role) {
  std::string caps;
  size_t i = 0;
  while (i < role.size()) {
    while (i < role.size() && role[i] == ' ') ++i;
    if (i >= role.size()) break;
    if (role[i] >= 'A' && role[i] <= 'Z') caps.push_back(static_cast<char>(role[i] - 'A' + 'a'));
    while (i < role.size() && role[i] != ' ') ++i;
  }
  std::vector<std::string> out;
  for (size_t n = 2; n <= 4 && n <= caps.size(); ++n) out.push_back(caps.substr(caps.size() - n));
  return out;
}

int DescriptionAntecedent(const Analysis& a, const Lexicons& lex, const PersonIndex& idx, const Description& d) {
  return AntecedentOf(a, BuildRoleIndex(a, lex), idx, d);
}

namespace {

// Name mentions by token: the entity whose name mention starts / ends at a token.
struct NameAt {
  std::vector<int> starts, ends;
};

NameAt IndexNames(const Analysis& a) {
  NameAt n;
  n.starts.assign(a.tokens.size(), -1);
  n.ends.assign(a.tokens.size(), -1);
  for (size_t k = 0; k < a.entities.size(); ++k) {
    for (const Mention& m : a.entities[k].mentions) {
      if (m.kind != MentionKind::kName) continue;
      const size_t b = TokenAt(a, m.span.start);
      if (b == a.tokens.size()) continue;
      n.starts[b] = static_cast<int>(k);
      size_t e = b;
      while (e + 1 < a.tokens.size() && a.tokens[e + 1].span.end <= m.span.end) ++e;
      n.ends[e] = static_cast<int>(k);
    }
  }
  return n;
}

bool Punct(const Analysis& a, size_t i, const char* p) { return i < a.tokens.size() && a.Text(a.tokens[i].span) == p; }

void AddMention(Analysis* a, int k, Span span, MentionKind kind, uint32_t sentence) {
  a->entities[k].mentions.push_back({span, kind, sentence});
}

}  // namespace

void LinkDescriptions(Analysis* a, const Lexicons& lex) {
  const size_t n = a->tokens.size();
  if (n == 0) return;
  EnsureTokenIndex(a, lex);
  const NameAt names = IndexNames(*a);
  std::vector<uint8_t> done(n, 0);
  std::vector<uint8_t> in_name(n, 0);  // tokens inside a name mention
  for (const Entity& e : a->entities) {
    for (const Mention& m : e.mentions) {
      if (m.kind != MentionKind::kName) continue;
      for (size_t k = TokenAt(*a, m.span.start); k < n && a->tokens[k].span.start < m.span.end; ++k) in_name[k] = 1;
    }
  }
  struct Pending {
    Description d;
    int entity;
  };
  std::vector<Pending> links;
  std::vector<Description> open;  // descriptions left for the antecedent rule
  for (size_t i = 0; i < n; ++i) {
    if (done[i]) continue;
    const std::string_view w = a->Text(a->tokens[i].span);
    if (!IsWordToken(w)) continue;
    // A description starts a sentence, follows a comma or an opening quote, or is "the ...".
    const bool at_start = i == 0 || a->tokens[i - 1].sentence != a->tokens[i].sentence || Punct(*a, i - 1, ",") ||
                          IsOpeningQuote(a->Text(a->tokens[i - 1].span));
    if (!at_start) {  // speed: only "the"/possessive descriptions count here, skip the parse otherwise
      bool def = false, poss = false;
      IsDeterminer(FoldedToken(*a, i), &def, &poss);
      if (!def && !poss) continue;
    }
    Description d;
    if (!ParseDescription(*a, lex, i, &d)) continue;
    if (!d.definite && !d.possessive && !at_start) continue;
    // "the Premier League": a title word that opens a name is part of that name
    bool named = false;
    for (size_t k = d.head_b; k < d.e && !named; ++k) named = in_name[k] != 0;  // (not "Swedish")
    if (named) continue;
    for (size_t k = d.b; k < d.e; ++k) done[k] = 1;
    // A capitalised name right after is the title's owner: a role, not a description
    // ("the former US president Donald Trump" is handled by the entity stage).
    if (d.e < n && names.starts[d.e] >= 0) continue;
    // Appositives: "Her spokeswoman and senior adviser, Jane Roe" / "Jane Roe, her spokeswoman,".
    // Before the name: its honorific ("Its President, Comrade Bello Ajiboye,"), and the title's
    // "of" phrase ("Governor of the apex bank, Dr. Folasade Adekunle-Ige,").
    int k = -1;
    size_t comma = d.e;
    if (at_start && comma < n && FoldedToken(*a, comma) == "of") {
      size_t j = comma + 1;
      while (j < n && j < comma + 7 && IsWordToken(a->Text(a->tokens[j].span)) &&
             a->tokens[j].sentence == a->tokens[d.b].sentence) {
        ++j;
      }
      if (j > comma + 1 && j < n && Punct(*a, j, ",")) comma = j;
    }
    size_t name_at = comma + 1;
    while (name_at < n && name_at < comma + 3 && names.starts[name_at] < 0 && TokenIs(*a, name_at, kHonorific)) {
      ++name_at;
    }
    if (Punct(*a, comma, ",") && name_at < n && names.starts[name_at] >= 0 && at_start &&
        a->entities[names.starts[name_at]].type == EntityType::kPerson) {
      k = names.starts[name_at];
      d.e = comma;  // the role runs to the comma
    } else if (d.b >= 2 && Punct(*a, d.b - 1, ",") && names.ends[d.b - 2] >= 0 &&
               a->entities[names.ends[d.b - 2]].type == EntityType::kPerson &&
               (d.e >= n || a->tokens[d.e].sentence != a->tokens[d.b].sentence || Punct(*a, d.e, ",") ||
                Punct(*a, d.e, ".") || Punct(*a, d.e, ";") || Punct(*a, d.e, ")"))) {
      k = names.ends[d.b - 2];
    }
    if (k >= 0) {
      // The role is the description without its determiner.
      size_t rb = d.b;
      bool def = false, poss = false;
      if (IsDeterminer(FoldedToken(*a, rb), &def, &poss)) ++rb;
      if (rb < d.e) {
        const Span rs{a->tokens[rb].span.start, a->tokens[d.e - 1].span.end};
        std::string role(a->Text(rs));
        auto& roles = a->entities[k].roles;
        if (std::find(roles.begin(), roles.end(), role) == roles.end()) roles.push_back(role);
      }
      links.push_back({d, k});
      continue;
    }
    if (d.definite || d.possessive) open.push_back(d);
  }
  // Appositive roles are in place now, so "the spokeswoman" later can find its person.
  const PersonIndex idx = BuildPersonIndex(*a, lex);
  const RoleIndex roles = BuildRoleIndex(*a, lex);
  for (const Description& d : open) {
    if (d.possessive) {
      // "her spokeswoman said": only the role rule; recency would pick "her" herself
      Description role_only = d;
      role_only.definite = false;
      const int k = AntecedentOf(*a, roles, idx, role_only);
      if (k >= 0) links.push_back({d, k});
      continue;
    }
    int k = AntecedentOf(*a, roles, idx, d);
    // "the Taoiseach accused the opposition ..." in a story's opening, the Taoiseach named only
    // later: the one person of the whole article who holds the title (a lead names an office
    // first and its holder after)
    if (k < 0 && d.definite && d.title && a->tokens[d.b].sentence <= 3) {
      const auto holders = roles.by_head.find(std::string(FoldedToken(*a, d.e - 1)));
      if (holders != roles.by_head.end() && holders->second.size() == 1) {
        const int only = holders->second.front();
        if (roles.first_name[only] > a->tokens[d.b].span.start && HeadFits(roles.facts[only], DescriptionHead(*a, d)))
          k = only;
      }
    }
    if (k >= 0) links.push_back({d, k});
  }
  // "The CS said", "the PM said": a title's initials after "the", outside any name, name the
  // one person named before who holds a title of those initials
  // (the holders of each initials, by their first mention, built once: a description costs a
  // binary search)
  std::map<std::string, std::vector<std::pair<uint32_t, int>>> holders_of;
  bool holders_built = false;
  for (size_t i = 0; i + 1 < n; ++i) {
    if (FoldedToken(*a, i) != "the" || in_name[i + 1] || done[i + 1]) continue;
    if (!ShortCaps(a->Text(a->tokens[i + 1].span)) || (i + 2 < n && names.starts[i + 2] >= 0)) continue;
    if (!holders_built) {
      holders_built = true;
      for (size_t k = 0; k < a->entities.size(); ++k) {
        const Entity& e = a->entities[k];
        if (e.type != EntityType::kPerson || e.mentions.empty()) continue;
        uint32_t first = UINT32_MAX;
        for (const Mention& m : e.mentions) first = std::min(first, m.span.start);
        std::vector<std::string> inits;
        for (const std::string& r : e.roles) {
          for (std::string& x : TitleInitials(r)) {
            if (std::find(inits.begin(), inits.end(), x) == inits.end()) inits.push_back(std::move(x));
          }
        }
        for (const std::string& x : inits) holders_of[x].emplace_back(first, static_cast<int>(k));
      }
      for (auto& [x, v] : holders_of) std::sort(v.begin(), v.end());
    }
    const auto h = holders_of.find(std::string(FoldedToken(*a, i + 1)));
    if (h == holders_of.end()) continue;
    const uint32_t start = a->tokens[i].span.start;
    const auto before = std::lower_bound(h->second.begin(), h->second.end(), std::make_pair(start, -1));
    if (before - h->second.begin() != 1) continue;  // exactly one holder named before
    const int only = h->second.front().second;
    Description d;
    d.b = i;
    d.e = i + 2;
    d.head_b = i + 1;
    links.push_back({d, only});
  }
  for (const Pending& p : links) {
    const Span span{a->tokens[p.d.b].span.start, a->tokens[p.d.e - 1].span.end};
    AddMention(a, p.entity, span, MentionKind::kDescriptor, a->tokens[p.d.b].sentence);
  }
}

void LinkNationalityDescriptions(Analysis* a, const Lexicons& lex) {
  const size_t n = a->tokens.size();
  if (n == 0 || a->entities.empty()) return;
  EnsureTokenIndex(a, lex);
  const NameAt names = IndexNames(*a);
  // The country a capitalised nationality word names (folded: "australian" -> "australia").
  auto nationality = [&](size_t i) -> std::string {
    const LexEntry* e = TokenEntry(*a, i);
    const std::string_view w = a->Text(a->tokens[i].span);
    if (!e || !(e->categories & kDemonym) || w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) return "";
    return Fold(lex.EntryValue(*e, kDemonym));
  };
  auto possessive = [&](size_t i) {
    const std::string_view w = a->Text(a->tokens[i].span);
    return IsPossessiveS(w);
  };
  auto place_name = [&](int k) {
    return k >= 0 && a->entities[k].type == EntityType::kPlace ? Fold(a->entities[k].name) : std::string();
  };
  // Each person's nationalities, from the words around its names: "Czech qualifier Marketa V.",
  // "American Jade Whitfield", "Kazakhstan's Aigerim Sadykova", "Florence Adair of Britain";
  // and from its roles ("Mexican Foreign Minister").
  const std::vector<EntityFacts> facts = Facts(*a, lex);
  std::vector<std::vector<std::string>> lands(a->entities.size());
  for (size_t k = 0; k < a->entities.size(); ++k) {
    if (a->entities[k].type != EntityType::kPerson) continue;
    auto add = [&](const std::string& p) {
      if (!p.empty() && std::find(lands[k].begin(), lands[k].end(), p) == lands[k].end()) lands[k].push_back(p);
    };
    add(facts[k].place);
    for (const Mention& m : a->entities[k].mentions) {
      if (m.kind != MentionKind::kName) continue;
      const size_t b = TokenAt(*a, m.span.start);
      if (b >= n) continue;
      size_t e = b;
      while (e + 1 < n && a->tokens[e + 1].span.end <= m.span.end) ++e;
      // before: a nationality, with up to two lower-case words between ("Czech qualifier")
      size_t j = b;
      for (int words = 0; j > 0 && words <= 2; ++words) {
        const std::string p = nationality(j - 1);
        if (!p.empty()) { add(p); break; }
        const std::string_view w = a->Text(a->tokens[j - 1].span);
        if (!IsWordToken(w) || !(w[0] >= 'a' && w[0] <= 'z') || a->tokens[j - 1].sentence != m.sentence) break;
        --j;
      }
      if (b >= 2 && possessive(b - 1)) add(place_name(names.ends[b - 2]));
      if (e + 2 < n && FoldedToken(*a, e + 1) == "of") add(place_name(names.starts[e + 2]));
    }
  }
  // "the Australian told reporters", "the Czech laughed": "the", a nationality in the singular
  // and no noun after it is the person of that nationality named last before it.
  // Every mention of a person with a nationality, by start, swept in step with the descriptions
  // below (in text order): the last one of each nationality before a description is at hand (a
  // scan of all mentions per description was quadratic; a list sorted by (nationality, start)
  // held every mention once per nationality of its person, and grew with both on long texts).
  std::vector<std::string_view> land_names;  // the nationalities, sorted: a nationality's id is its index
  for (const auto& ls : lands) land_names.insert(land_names.end(), ls.begin(), ls.end());
  std::sort(land_names.begin(), land_names.end());
  land_names.erase(std::unique(land_names.begin(), land_names.end()), land_names.end());
  auto land_id = [&](std::string_view p) {
    const auto it = std::lower_bound(land_names.begin(), land_names.end(), p);
    return it != land_names.end() && *it == p ? static_cast<size_t>(it - land_names.begin()) : land_names.size();
  };
  std::vector<std::vector<uint32_t>> land_ids(a->entities.size());
  std::vector<std::pair<uint32_t, int>> by_start;  // (start, person) of each mention of a person with a nationality
  for (size_t k = 0; k < a->entities.size(); ++k) {
    if (lands[k].empty()) continue;
    for (const std::string& p : lands[k]) land_ids[k].push_back(static_cast<uint32_t>(land_id(p)));
    for (const Mention& m : a->entities[k].mentions) by_start.emplace_back(m.span.start, static_cast<int>(k));
  }
  std::sort(by_start.begin(), by_start.end());
  std::vector<int> last_of_land(land_names.size(), -1);  // the person of the last mention swept, per nationality
  size_t swept = 0;
  // Name mentions of people whose nationality the article never gives, by start: the fallback
  // when nobody of that nationality was named ("Brennan, the world No. 2, said ... the
  // Australian told reporters", no "Australian Isla Brennan" before).
  std::vector<std::pair<uint32_t, int>> unknown_land;
  for (size_t k = 0; k < a->entities.size(); ++k) {
    if (a->entities[k].type != EntityType::kPerson || !lands[k].empty()) continue;
    for (const Mention& m : a->entities[k].mentions) {
      if (m.kind == MentionKind::kName) unknown_land.emplace_back(m.span.start, static_cast<int>(k));
    }
  }
  std::sort(unknown_land.begin(), unknown_land.end());
  std::vector<std::pair<int, Span>> links;
  std::vector<uint32_t> unnamed;  // starts of the nationality words that became descriptions
  for (size_t i = 0; i + 2 < n; ++i) {
    if (FoldedToken(*a, i) != "the") continue;
    const size_t j = i + 1;
    const std::string p = nationality(j);
    const std::string_view f = FoldedToken(*a, j);
    if (p.empty() || f.empty() || (f.back() == 's' && f.substr(f.size() - std::min<size_t>(2, f.size())) != "ss")) continue;
    const std::string_view nx = a->Text(a->tokens[j + 1].span);
    const std::string_view nf = FoldedToken(*a, j + 1);
    const bool boundary =
        a->tokens[j + 1].sentence != a->tokens[j].sentence || possessive(j + 1) ||
        (!IsWordToken(nx) && nx != "-") || TokenIs(*a, j + 1, kSpeechVerb) ||
        (IsWordToken(nx) && nx[0] >= 'a' && nx[0] <= 'z' && nf.size() > 4 && nf.substr(nf.size() - 2) == "ed") ||
        nf == "is" || nf == "was" || nf == "has" || nf == "had" || nf == "will" || nf == "would" || nf == "who";
    if (!boundary) continue;
    const uint32_t at = a->tokens[i].span.start;
    for (; swept < by_start.size() && by_start[swept].first < at; ++swept) {
      for (const uint32_t id : land_ids[by_start[swept].second]) last_of_land[id] = by_start[swept].second;
    }
    const size_t id = land_id(p);
    int best = -1;
    if (id < land_names.size() && last_of_land[id] >= 0) {
      best = last_of_land[id];
    } else {
      // the person of unknown nationality named last, in this sentence or the two before, or
      // in this paragraph or the one before
      const auto u = std::lower_bound(unknown_land.begin(), unknown_land.end(), std::make_pair(at, -1));
      if (u != unknown_land.begin()) {
        const size_t t = TokenAt(*a, (u - 1)->first);
        const uint32_t ms = t < n ? a->tokens[t].sentence : 0, ds = a->tokens[i].sentence;
        if (t < n && (ms + 2 >= ds || a->sentences[ms].paragraph + 1 >= a->sentences[ds].paragraph)) {
          best = (u - 1)->second;
        }
      }
    }
    if (best < 0) continue;
    links.push_back({best, Span{at, a->tokens[j].span.end}});
    unnamed.push_back(a->tokens[j].span.start);
  }
  if (links.empty()) return;
  for (const auto& [k, span] : links) AddMention(a, k, span, MentionKind::kDescriptor, a->tokens[TokenAt(*a, span.start)].sentence);
  // The nationality word of such a description names no group of people there.
  std::sort(unnamed.begin(), unnamed.end());
  bool emptied = false;
  for (Entity& e : a->entities) {
    if (e.type != EntityType::kGroup) continue;
    auto& ms = e.mentions;
    ms.erase(std::remove_if(ms.begin(), ms.end(), [&](const Mention& m) {
               return m.kind == MentionKind::kName && std::binary_search(unnamed.begin(), unnamed.end(), m.span.start);
             }), ms.end());
    emptied = emptied || ms.empty();
  }
  if (emptied) {
    a->entities.erase(std::remove_if(a->entities.begin(), a->entities.end(), [](const Entity& e) { return e.mentions.empty(); }),
                      a->entities.end());
  }
}

void LinkPlurals(Analysis* a, const Lexicons& lex) {
  const size_t n = a->tokens.size();
  if (n == 0) return;
  EnsureTokenIndex(a, lex);
  // Name mentions per sentence, in order: (first token, last token, entity).
  struct Hit {
    size_t b, e;
    int entity;
  };
  std::vector<std::vector<Hit>> by_sentence(a->sentences.size());
  const NameAt names = IndexNames(*a);
  for (size_t i = 0; i < n; ++i) {
    if (names.starts[i] < 0) continue;
    size_t e = i;
    while (e < n && e < i + 16 && names.ends[e] != names.starts[i]) ++e;  // names are short
    if (e == n || e == i + 16) e = i;
    const uint32_t s = a->tokens[i].sentence;
    if (s < by_sentence.size()) by_sentence[s].push_back({i, e, names.starts[i]});
  }
  auto plural_ok = [&](int k) {
    const EntityType t = a->entities[k].type;
    return t == EntityType::kOrg || t == EntityType::kGroup;
  };
  // Words between the antecedent and "they" that would offer another plural antecedent.
  auto blocked = [&](size_t from, size_t to) {
    if (to - from > 10) return true;
    for (size_t i = from; i < to; ++i) {
      const std::string_view f = FoldedToken(*a, i);
      if (f == "the" || f == "a" || f == "an" || f == "these" || f == "those" || f == "its" || f == "their" ||
          f == "his" || f == "her" || f == "some" || f == "many" || f == "other" || f == "'s" || f == "and" ||
          f == "or" || f == "with" || f == "both")
        return true;
    }
    return false;
  };
  std::vector<std::pair<size_t, int>> links;
  for (size_t i = 0; i < n; ++i) {
    const LexEntry* pe = TokenEntry(*a, i);
    if (!pe || lex.EntryValue(*pe, kPronoun) != "p") continue;
    const uint32_t s = a->tokens[i].sentence;
    // The antecedent: the first name of this sentence before the pronoun when every name
    // before it is that one entity; else the previous sentence (same paragraph) when it names
    // exactly one entity. It must be an organisation or a group ("Salvadorans ... they").
    int k = -1;
    size_t last_end = 0;
    bool mixed = false;
    for (const Hit& h : by_sentence[s]) {
      if (h.b >= i) break;
      if (k >= 0 && h.entity != k) mixed = true;
      if (k < 0) k = h.entity;
      last_end = h.e;
    }
    if (mixed) continue;
    if (k < 0 && s > 0 && a->sentences[s - 1].paragraph == a->sentences[s].paragraph) {
      for (const Hit& h : by_sentence[s - 1]) {
        if (k >= 0 && h.entity != k) mixed = true;
        if (k < 0) k = h.entity;
      }
      if (mixed || k < 0) continue;
      if (!plural_ok(k) || blocked(a->sentences[s].first_token, i)) continue;
      links.push_back({i, k});
      continue;
    }
    if (k < 0 || !plural_ok(k) || blocked(last_end + 1, i)) continue;
    links.push_back({i, k});
  }
  for (const auto& [i, k] : links) AddMention(a, k, a->tokens[i].span, MentionKind::kPronoun, a->tokens[i].sentence);
}

void LinkOrgDescriptions(Analysis* a, const Lexicons& lex) {
  const size_t n = a->tokens.size();
  if (n < 2 || a->entities.empty()) return;
  EnsureTokenIndex(a, lex);
  const NameAt names = IndexNames(*a);
  // Tokens of datelines: their agency ("(Reuters)") is no antecedent.
  std::vector<uint8_t> in_dateline(n, 0);
  for (const auto& [b, e] : a->datelines) {
    for (uint32_t i = b; i < e && i < n; ++i) in_dateline[i] = 1;
  }
  // Per organisation: the folded words of its name mentions, and whether one is a public-body
  // word (a ministry is not "the company").
  auto public_body = [](std::string_view w) {
    // the words that end a body's name, and those of bodies named otherwise
    static constexpr std::string_view kMore[] = {
        "dept", "office", "congress", "senate", "assembly", "party", "league", "school", "hospital",
        "board", "police", "army", "navy", "guard", "forces", "church", "club", "fc", "movement",
        "front", "administration", "government", "cabinet", "reserve"};
    if (BodyWord(w)) return true;
    for (std::string_view k : kMore) {
      if (w == k) return true;
    }
    return false;
  };
  const size_t ne = a->entities.size();
  std::vector<std::vector<std::string>> words(ne);
  std::vector<uint8_t> is_public(ne, 0), agency(ne, 0), other_mention(ne, 0);
  // a newspaper: a paper's word in its name, or a name that "reported" ("the newspaper" later)
  std::vector<uint8_t> is_paper(ne, 0);
  auto paper_word = [](std::string_view w) {
    static constexpr std::string_view kWords[] = {"times", "post", "journal", "herald", "shimbun", "gazette", "tribune",
                                                  "telegraph", "guardian", "observer", "chronicle", "daily", "ilbo",
                                                  "courier", "inquirer", "examiner", "dispatch", "standard", "argus"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
  };
  for (size_t k = 0; k < ne; ++k) {
    const Entity& en = a->entities[k];
    if (en.type != EntityType::kOrg) continue;
    for (const Mention& m : en.mentions) {
      if (m.kind != MentionKind::kName) continue;
      const size_t t = TokenAt(*a, m.span.start);
      if (t < n && in_dateline[t]) {
        agency[k] = 1;
      } else {
        other_mention[k] = 1;
      }
      size_t after = t;
      for (size_t i = t; i < n && a->tokens[i].span.start < m.span.end; ++i) {
        after = i + 1;
        if (!IsWordToken(a->Text(a->tokens[i].span))) continue;
        std::string w(FoldedToken(*a, i));
        if (public_body(w)) is_public[k] = 1;
        if (paper_word(w)) is_paper[k] = 1;
        // (a council is "the authority" too, in British local news: "the local authority said")
        if (w == "council" && std::find(words[k].begin(), words[k].end(), "authority") == words[k].end())
          words[k].push_back("authority");
        if (std::find(words[k].begin(), words[k].end(), w) == words[k].end()) words[k].push_back(std::move(w));
      }
      if (after < n && (FoldedToken(*a, after) == "reported" || FoldedToken(*a, after) == "reports")) is_paper[k] = 1;
      // "Bright Ledger, a Lagos-based fintech startup that ...": the noun of an apposition is the
      // organisation's too ("the startup said" later; "the Société des traversiers du Québec, the
      // provincial Crown corporation that runs the ferries": "The corporation said")
      if (after + 2 < n && a->Text(a->tokens[after].span) == "," &&
          (FoldedToken(*a, after + 1) == "a" || FoldedToken(*a, after + 1) == "an" ||
           FoldedToken(*a, after + 1) == "the")) {
        for (size_t x = after + 2; x < n && x < after + 8; ++x) {
          const std::string_view xw = a->Text(a->tokens[x].span);
          const LexEntry* le = TokenEntry(*a, x);
          if (IsWordToken(xw) && xw[0] >= 'a' && xw[0] <= 'z' && le && (le->categories & kDescriptorNoun) &&
              lex.EntryValue(*le, kDescriptorNoun) == "o") {
            std::string w(FoldedToken(*a, x));
            if (std::find(words[k].begin(), words[k].end(), w) == words[k].end()) words[k].push_back(std::move(w));
            break;
          }
          if (!(IsWordToken(xw) || xw == "-")) break;
        }
      }
    }
  }
  // Organisation name mentions in token order: (first token, sentence, entity).
  struct Hit {
    size_t b;
    uint32_t sentence;
    int entity;
  };
  std::vector<Hit> hits;
  for (size_t i = 0; i < n; ++i) {
    const int k = names.starts[i];
    // (the agency of a dateline is no antecedent there, even when the article names it again:
    // "(Equator Business Service) - ... the company said", then "she told Equator Business Service")
    // (nor is a stock exchange in a ticker's brackets: "Velmar Inc. (Nasdaq: VLMR) ... the company said")
    const bool exchange = k >= 0 && i > 0 && i + 1 < n && Punct(*a, i - 1, "(") && names.ends[i] == k && Punct(*a, i + 1, ":");
    if (k >= 0 && a->entities[k].type == EntityType::kOrg && !(agency[k] && !other_mention[k]) && !in_dateline[i] && !exchange) {
      hits.push_back({i, a->tokens[i].sentence, k});
    }
  }
  if (hits.empty()) return;
  std::vector<std::tuple<size_t, size_t, int>> links;  // (first token of "the ...", head noun, entity)
  size_t next_hit = 0;                         // hits before the current token: [0, next_hit)
  std::vector<uint32_t> named(a->entities.size(), 0);  // per organisation: its hits before it
  auto quoted = [&](size_t t) {
    return t < a->token_lex.flags.size() && (a->token_lex.flags[t] & kTokenQuoted) != 0;
  };
  struct HeadHits {
    std::vector<size_t> hit;  // indices into hits
    std::vector<bool> two;    // two different organisations among hit[0..k]
  };
  std::map<std::string, HeadHits> by_head;
  int top = -1;            // the business named most so far (twice at least) ...
  uint32_t top_count = 0;  // ... how often ...
  bool top_tie = false;    // ... and whether another is named as often
  for (size_t i = 0; i + 1 < n; ++i) {
    while (next_hit < hits.size() && hits[next_hit].b < i) {
      const int e = hits[next_hit++].entity;
      const uint32_t v = ++named[e];
      // the business named most so far, for rule (3) below, kept as the names go by
      if (v >= 2 && !is_public[e] && a->entities[e].name.find("Party") == std::string::npos) {
        if (v > top_count) {
          top = e;
          top_count = v;
          top_tie = false;
        } else if (v == top_count && e != top) {
          top_tie = true;
        }
      }
    }
    if (next_hit == 0 || FoldedToken(*a, i) != "the") continue;
    size_t h = i + 1;
    // "the Swiss company", "the German carmaker": one place or nationality word may qualify it.
    if (h + 1 < n && names.starts[h] >= 0 && names.ends[h] == names.starts[h] &&
        (a->entities[names.starts[h]].type == EntityType::kPlace ||
         a->entities[names.starts[h]].type == EntityType::kGroup)) {
      ++h;
    } else if (h + 2 < n && names.starts[h] >= 0 && names.ends[h] == names.starts[h] &&
               a->entities[names.starts[h]].type == EntityType::kOrg && TokenIs(*a, h + 2, kSpeechVerb) &&
               ShortCaps(a->Text(a->tokens[h].span))) {
      // "The UN agency said": a parent body's acronym qualifies the noun, when the description
      // is the subject of a speech verb ("the UN agency" is the WFP named before; not "the
      // People's Daily newspaper", the paper itself)
      const LexEntry* noun = TokenEntry(*a, h + 1);
      if (noun && (noun->categories & kDescriptorNoun) && lex.EntryValue(*noun, kDescriptorNoun) == "o") ++h;
    }
    // "The Austin-based cybersecurity company said": up to four lower-case or hyphenated
    // modifiers, when the noun after them is the subject of a speech verb.
    {
      auto org_noun = [&](size_t x) {
        const LexEntry* e = TokenEntry(*a, x);
        return e && ((e->categories & kOrgWord) ||
                     ((e->categories & kDescriptorNoun) && lex.EntryValue(*e, kDescriptorNoun) == "o"));
      };
      if (h + 2 < n && !org_noun(h)) {
        size_t x = h;
        while (x < n && x < h + 5 && a->tokens[x].sentence == a->tokens[i].sentence && !org_noun(x)) {
          const std::string_view w = a->Text(a->tokens[x].span);
          const bool hyphen = w == "-";
          const bool before_hyphen = x + 1 < n && a->Text(a->tokens[x + 1].span) == "-";  // "Austin-based"
          // ("The San Jose-based company": a name of two words before the hyphen)
          const bool name_before_hyphen = x + 2 < n && names.starts[x] >= 0 && names.ends[x + 1] == names.starts[x] &&
                                          a->Text(a->tokens[x + 2].span) == "-";
          if (!hyphen && !before_hyphen && !name_before_hyphen && !(IsWordToken(w) && !(w[0] >= 'A' && w[0] <= 'Z'))) break;
          ++x;
        }
        // (or of a relative clause set off by a comma: "The Nasdaq-listed company, whose clients
        // include Tesco, said")
        bool relative = x + 2 < n && a->Text(a->tokens[x + 1].span) == "," &&
                        (FoldedToken(*a, x + 2) == "whose" || FoldedToken(*a, x + 2) == "which");
        // (or of an apposition closed by a comma before the verb: "The Osaka-based company, the
        // largest industrial robot maker in the region, said")
        if (!relative && x + 3 < n && a->Text(a->tokens[x + 1].span) == "," &&
            (FoldedToken(*a, x + 2) == "the" || FoldedToken(*a, x + 2) == "a" || FoldedToken(*a, x + 2) == "an")) {
          for (size_t y = x + 3; y + 1 < n && y < x + 18 && a->tokens[y].sentence == a->tokens[i].sentence; ++y) {
            if (a->Text(a->tokens[y].span) != ",") continue;
            relative = TokenIs(*a, y + 1, kSpeechVerb);
            break;
          }
        }
        if (x > h && x + 1 < n && org_noun(x) && a->tokens[x + 1].sentence == a->tokens[i].sentence &&
            (TokenIs(*a, x + 1, kSpeechVerb) || relative)) {
          h = x;
        }
      }
    }
    const std::string_view hw = a->Text(a->tokens[h].span);
    if (!IsWordToken(hw) || (hw[0] >= 'A' && hw[0] <= 'Z') || a->tokens[h].sentence != a->tokens[i].sentence) continue;
    const LexEntry* le = TokenEntry(*a, h);
    if (!le) continue;
    const bool generic = (le->categories & kDescriptorNoun) && lex.EntryValue(*le, kDescriptorNoun) == "o";
    if (!generic && !(le->categories & kOrgWord)) continue;
    // "the company Siemens", "the bank of the river", "the union's": a name or a complement
    // follows, or the word is the modifier of another noun ("the company chief").
    if (h + 1 < n && a->tokens[h + 1].sentence == a->tokens[h].sentence) {
      const std::string_view nx = a->Text(a->tokens[h + 1].span);
      const std::string_view nf = FoldedToken(*a, h + 1);
      if (names.starts[h + 1] >= 0 || nf == "of" || (IsWordToken(nx) && !TokenIs(*a, h + 1, kSpeechVerb) &&
                                                     !(le->categories & kOrgWord && nf == "said"))) {
        // a word follows: only a verb may ("the company said", "the bank cut"): a noun would
        // make "the company" a modifier; a lower-case word is taken as the verb only when it
        // is a speech verb or a common finite form ending in -s / -ed.
        // ("the council is calling", "the ministry has said": an auxiliary is a verb too)
        // (an adverb before the verb too: "The agency also said", "the company later said")
        static constexpr std::string_view kAux[] = {"is", "was", "has", "had", "will", "would", "could", "can",
                                                    "may", "might", "must", "should", "does", "did", "also",
                                                    "later", "earlier", "again", "previously", "separately",
                                                    "still", "now", "then"};
        const bool finite = (nx.size() > 3 && (nx.substr(nx.size() - 2) == "ed" ||
                                               (nx.back() == 's' && nx[nx.size() - 2] != 's'))) ||
                            std::find(std::begin(kAux), std::end(kAux), nf) != std::end(kAux);
        if (names.starts[h + 1] >= 0 || nf == "of" || !finite) {
          if (!TokenIs(*a, h + 1, kSpeechVerb)) continue;
        }
      }
    }
    const std::string head(FoldedToken(*a, h));
    const uint32_t s = a->tokens[i].sentence;
    const uint32_t para = a->sentences[s].paragraph;
    auto near = [&](uint32_t hs) { return hs + 2 >= s || a->sentences[hs].paragraph == para; };
    // The hits of organisations whose name holds the noun, in order, each with whether two
    // different organisations hold it by then: built once per noun (a few dozen nouns at most),
    // so that each description costs a binary search, never a scan of the article.
    auto cached = by_head.find(head);
    if (cached == by_head.end()) {
      HeadHits list;
      int first = -1;
      bool two = false;
      for (size_t x = 0; x < hits.size(); ++x) {
        const auto& w = words[hits[x].entity];
        if (std::find(w.begin(), w.end(), head) == w.end()) continue;
        if (first < 0) first = hits[x].entity;
        two = two || hits[x].entity != first;
        list.hit.push_back(x);
        list.two.push_back(two);
      }
      cached = by_head.emplace(head, std::move(list)).first;
    }
    const HeadHits& holders = cached->second;
    // the last of them before this description
    const size_t j = static_cast<size_t>(std::lower_bound(holders.hit.begin(), holders.hit.end(), next_hit) -
                                         holders.hit.begin());
    int k = -1;
    // "According to the newspaper" after "the Asahi Shimbun reported": the last newspaper named
    if (head == "newspaper") {
      // (the last 256 names at most: a long text's cost stays linear)
      for (size_t x = next_hit; x-- > 0 && k < 0 && next_hit - x <= 256;) {
        if (is_paper[hits[x].entity] && !quoted(hits[x].b)) k = hits[x].entity;
      }
      if (k >= 0) links.push_back({i, h, k});
      continue;
    }
    // "the regional council" after "Kaiwhenua Regional Council" and "Mangatoa District Council":
    // a modifier of the noun that is a word of one holder's name picks the last such holder
    for (size_t x = i + 1; x < h && k < 0; ++x) {
      const std::string mod(FoldedToken(*a, x));
      if (mod.size() < 4 || !IsWordToken(a->Text(a->tokens[x].span))) continue;
      for (size_t y = j; y-- > 0;) {
        const auto& w = words[hits[holders.hit[y]].entity];
        if (std::find(w.begin(), w.end(), mod) == w.end()) continue;
        k = hits[holders.hit[y]].entity;
        break;
      }
    }
    if (j > 0 && k < 0) {
      const Hit& last = hits[holders.hit[j - 1]];
      // (1) the organisation named last whose name holds the noun, within the window; (1b)
      // beyond it, the one organisation of the article before it whose name holds the noun
      // ("the council" long after "Derby City Council" opened the story)
      if (near(last.sentence) || !holders.two[j - 1]) k = last.entity;
    }
    // (2) a generic noun: the one organisation of the nearest sentence that names one ("the
    // government" and "the administration" mean a state's, seldom an organisation named before)
    // (a business's nouns: "the conglomerate said" is no regulator named beside it)
    static constexpr std::string_view kBusiness[] = {
        "company", "firm", "group", "bank", "lender", "airline", "carrier", "insurer", "retailer", "carmaker",
        "automaker", "giant", "conglomerate", "startup", "start-up", "chipmaker", "drugmaker", "planemaker",
        "steelmaker", "manufacturer", "supplier", "producer", "developer", "miner", "brewer"};
    const bool company = std::find(std::begin(kBusiness), std::end(kBusiness), head) != std::end(kBusiness);
    const bool oversight = head == "regulator" || head == "watchdog" || head == "ministry";
    // Unions, clubs and parties are often named without that word ("Unison", "Labour"): they
    // take this rule too; a ministry or a court is named with it, and (1) found it or nothing.
    const bool nameless = head == "union" || head == "club" || head == "party";
    if (k < 0 && (generic || nameless) && head != "government" && head != "administration") {
      // (at most 64 names back: a sentence naming more is no evidence of one antecedent)
      for (size_t x = next_hit; x-- > 0 && k < 0 && next_hit - x <= 64;) {
        const uint32_t hs = hits[x].sentence;
        if (hs + 2 < s) break;
        int only = -1, most = -1, business = -1, body = -1;
        bool mixed = false, tie = false, businesses = false, bodies = false;
        for (size_t y = x + 1; y-- > 0 && hits[y].sentence == hs && next_hit - y <= 64;) {
          const int e = hits[y].entity;
          x = y;
          // a name inside someone's quoted words is no antecedent of a description outside
          if (quoted(hits[y].b)) continue;
          if (only >= 0 && e != only) mixed = true;
          only = e;
          if (!is_public[e]) {
            if (business >= 0 && e != business) businesses = true;
            business = e;
          } else {
            if (body >= 0 && e != body) bodies = true;
            body = e;
          }
          if (most < 0 || named[e] > named[most]) {
            most = e;
            tie = false;
          } else if (e != most && named[e] == named[most]) {
            tie = true;
          }
        }
        // two organisations there ("Alana Whitcomb, director of the FTC's Bureau of
        // Competition" before "The agency said"): the one the article has named most so far,
        // twice at least, when the others are named less
        // a business's noun and one organisation there that is no public body: that one
        // ("The Securities and Exchange Board of India has ordered an audit of Vardhan
        // Industries' loans, the conglomerate said")
        if (mixed && company && business >= 0 && !businesses) {
          only = business;
          mixed = false;
        }
        // and a regulator's noun, the one public body there; a sentence naming only
        // businesses is passed over ("the regulator" is no company named since)
        if (oversight && !mixed && only >= 0 && !is_public[only]) {
          if (hs == 0) break;
          continue;
        }
        if (mixed && oversight && body >= 0 && !bodies) {
          only = body;
          mixed = false;
        }
        // (else the one a speech verb follows, the sentence's speaker: "In a statement to the
        // Australian Securities Exchange, Corbel said it respected ... '...,' the company said")
        if (mixed) {
          int speaker = -1;
          bool speakers = false;
          for (size_t y = x; y < next_hit && hits[y].sentence == hs; ++y) {
            if (quoted(hits[y].b)) continue;
            size_t t = hits[y].b;
            while (t + 1 < n && t < hits[y].b + 8 && names.ends[t] != hits[y].entity) ++t;
            if (names.ends[t] != hits[y].entity || t + 1 >= n || !TokenIs(*a, t + 1, kSpeechVerb)) continue;
            // (not the second of two subjects: "Cresswell Mining Ltd and Ardent Copper Inc agreed")
            const size_t b = hits[y].b;
            const std::string_view before = b > 0 ? FoldedToken(*a, b - 1) : std::string_view();
            const std::string_view before2 = b > 1 ? FoldedToken(*a, b - 2) : std::string_view();
            if (before == "and" || before == "&" || before == "or" || before2 == "and" || before2 == "&") {
              speakers = true;
              continue;
            }
            speakers = speakers || (speaker >= 0 && speaker != hits[y].entity);
            speaker = hits[y].entity;
          }
          if (speaker >= 0 && !speakers && !(is_public[speaker] && company)) only = speaker, mixed = false;
        }
        // (else the one that opens the sentence, its subject: "Kestrel confirmed ... approaches
        // from Brightwater ... 'There can be no certainty ...,' the company added")
        if (mixed) {
          const size_t first = a->sentences[hs].first_token;
          for (size_t y = x; y < next_hit && hits[y].sentence == hs; ++y) {
            if (hits[y].b == first || (hits[y].b == first + 1 && FoldedToken(*a, first) == "the")) {
              // (not one of two subjects: "Cresswell Mining Ltd and Ardent Copper Inc agreed")
              bool coordinated = false;
              for (size_t t = hits[y].b + 1; t + 1 < n && t < hits[y].b + 10 && !coordinated; ++t) {
                if (a->tokens[t].sentence != hs || names.starts[t] >= 0) break;
                // (a verb between ends the subject: "Sinar Halmahera will own 51% and Jinhai 49%")
                const std::string_view w = a->Text(a->tokens[t].span);
                if (IsWordToken(w) && !(w[0] >= 'A' && w[0] <= 'Z') && FoldedToken(*a, t) != "and") break;
                coordinated = (FoldedToken(*a, t) == "and" || a->Text(a->tokens[t].span) == "&") && names.starts[t + 1] >= 0;
              }
              if (!coordinated && !(is_public[hits[y].entity] && company)) only = hits[y].entity, mixed = false;
              break;
            }
          }
        }
        // (else the one the article has named most so far, twice at least, when the others are
        // named less)
        if (mixed && !tie && most >= 0 && named[most] >= 2) only = most, mixed = false;
        // (a sentence whose names are all inside quotation marks is passed over: the quote the
        // description attributes names others, "'... with the Yarrangi people,' the company said")
        if (only < 0 && !mixed) {
          if (hs == 0) break;
          continue;
        }
        if (mixed || only < 0) break;
        if (is_public[only] && company) break;  // a ministry is not "the company"
        k = only;
      }
    }
    // (3) a business's noun ("group" and "developer" also name people's groups and people) with
    // no organisation near: the company the article has named most
    // so far, twice at least and more than any other business ("The company said" four
    // paragraphs after "Kansai Precision" was last named, the chief executive quoted between)
    // (no party, even one named only by its adjective: "Democratic" is the Democratic Party)
    if (k < 0 && company && head != "group" && head != "developer" && top >= 0 && !top_tie) k = top;
    if (k >= 0) links.push_back({i, h, k});
  }
  for (const auto& [i, h, k] : links) {
    const Span span{a->tokens[i].span.start, a->tokens[h].span.end};  // "the ... company"
    AddMention(a, k, span, MentionKind::kDescriptor, a->tokens[i].sentence);
  }
}

int ResolveDescriptor(const Analysis& a, size_t token_index, const Lexicons& lex) {
  if (!HasTokenIndex(a, lex)) {  // an analysis from elsewhere (imported, or made by hand): index a copy
    Analysis indexed = a;
    IndexTokens(&indexed, lex);
    return ResolveDescriptor(indexed, token_index, lex, nullptr);
  }
  return ResolveDescriptor(a, token_index, lex, nullptr);
}

int ResolveDescriptor(const Analysis& a, size_t token_index, const Lexicons& lex, const PersonIndex* persons) {
  if (token_index >= a.tokens.size()) return -1;
  const Span t = a.tokens[token_index].span;
  std::optional<PersonIndex> own;
  if (!persons) persons = &own.emplace(BuildPersonIndex(a, lex));
  {
    // The descriptors that start at most the longest one's length before the token: the
    // lowest entity among those holding it, as the scan below finds.
    const auto& v = persons->descriptors;
    const uint32_t from = t.start > persons->longest_descriptor ? t.start - persons->longest_descriptor : 0;
    auto it = std::lower_bound(v.begin(), v.end(), from,
                               [](const PersonIndex::Descriptor& x, uint32_t s) { return x.span.start < s; });
    int best = -1;
    for (; it != v.end() && it->span.start <= t.start; ++it) {
      if (it->span.Contains(t) && (best < 0 || it->entity < best)) best = it->entity;
    }
    if (best >= 0) return best;
  }
  // Not linked by the entity stage: parse a description that ends at this token (its head)
  // or starts at it, and apply the antecedent rule.
  const uint32_t s = a.tokens[token_index].sentence;
  const size_t first = s < a.sentences.size() ? a.sentences[s].first_token : token_index;
  for (size_t b = token_index + 1; b-- > first && token_index - b < 8;) {
    Description d;
    if (ParseDescription(a, lex, b, &d) && d.b <= token_index && token_index < d.e) {
      if (!d.definite && !d.possessive) continue;
      if (d.possessive) d.definite = false;
      return DescriptionAntecedent(a, lex, *persons, d);
    }
  }
  return -1;
}

}  // namespace ae
