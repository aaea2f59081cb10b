// entities.cpp — names, types, alias clusters, pronouns, descriptions and roles.
//
// Index:
//   [SECTION] Token view      folded tokens, capitalisation, lexicon phrase lookup
//   [SECTION] Candidates      name spans from the tagger (tagger.h) or from capitalised runs
//   [SECTION] Cleaning        honorifics and titles out of the span, roles, typing
//   [SECTION] Clustering      one Entity per real-world entity (surname index, no all-pairs)
//   [SECTION] Pronouns and descriptors (capital metonymy, tagger-span repair, selection)
//   FindEntities              the pipeline; descriptions and "they" are linked in coref.cpp
//
// Tagger and rules (the tagger errs at boundaries and types; the rules are robust to that):
//   - every tagger span is cut where a name cannot continue (RepairTaggerSpan: punctuation, a
//     possessive, a lower-case non-connector, a capitalised speech verb, a hyphen between two
//     places), then cleaned like a rule name (honorifics and titles out, roles kept);
//   - candidates from both sources compete by evidence (SelectCandidates): an honorific or a
//     title in front (4) > a whole gazetteer entry (3) > a tagger piece (2) > other rules (1);
//     a gazetteer entry's type beats the tagger's type;
//   - a capitalised run that strictly holds one tagger piece gives the name its edges ("Maria
//     Gonzalez's" when the tagger stopped at "Maria"), except over titles, acronyms or, for
//     people, to the left; in a title-case headline capitals say nothing and the tagger decides;
//   - a rule name the tagger missed is added where a gazetteer or an honorific backs it, or
//     where the tagger named the same words elsewhere in the article (document consistency).
//
// Rules worth knowing (each has its reason beside the code):
//   - a bare surname ("Clinton") joins the person with that surname mentioned most recently
//     before it (any name form); when it comes before every full name (a headline), the
//     person whose full name appears first after it. An honorific's gender (Mr / Ms) first
//     removes candidates of the other gender.
//   - a national capital used without a locative preposition ("relations with Washington")
//     stands for its country's government when that country is named in the article, and
//     joins the country's entity (metonymy); "in Washington" stays a city. A dateline's city
//     ("KYIV, Ukraine (AP) -") never does: it is the place filed from, and is named in the
//     reader's case ("Kyiv"); Analysis::datelines tells the quote stage where the sentence starts.
//   - an acronym in brackets right after a name made of its initials ("European Central Bank
//     (ECB)") is that entity wherever it appears, before or after; without brackets, an acronym
//     of 3+ letters that spells the initials of exactly one organisation of the article is it.
//   - a word from inside one person's long name, alone ("Lula"), is that person;
//   - a known first name alone ("Hillary") is the one person whose full name starts with it; a
//     generational suffix ("Jr.") is no surname; a leading "The" is no part of a non-person's
//     key; "the Herald" is the one organisation whose name ends in that word.
//   - a lone word read as a person in a company's context ("analysts at X", "X shares") is a
//     company; a plural possessive before an organisation word stays inside the name
//     ("Transport Workers' Federation").
//   - a company's legal form splits nothing: "Apple" and "Apple Inc." are one company, in either
//     order; "Lloyds" after "Lloyds Banking Group" too (the first word of a name with a legal
//     form, when no lexicon lists it); a title word opening an organisation's name stays in it
//     ("General Motors Co.").
#include "entities.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "coref_internal.h"
#include "own_function.h"
#include "tagger.h"
#include "text.h"

namespace ae {

namespace {

// A fixed list of folded words, asked whether it holds a word: the word's length and first byte
// are tested first, against masks made from the list's words (most words are no member and stop
// there), then std::find over the list as before (the rules ask dozens of such lists, some of
// them of nearly every token; std::find compared each word of the list).
struct WordList {
  const std::string_view* words;
  size_t n;
  uint64_t lengths = 0;  // bit min(size, 63) of each word
  uint64_t firsts = 0;   // bit (first byte & 63) of each non-empty word
  template <size_t N>
  constexpr explicit WordList(const std::string_view (&w)[N]) : words(w), n(N) {
    for (size_t k = 0; k < N; ++k) {
      lengths |= uint64_t{1} << (w[k].size() < 63 ? w[k].size() : 63);
      if (!w[k].empty()) firsts |= uint64_t{1} << (static_cast<unsigned char>(w[k][0]) & 63);
    }
  }
  bool Has(std::string_view f) const {
    if (!((lengths >> (f.size() < 63 ? f.size() : 63)) & 1)) return false;
    if (!f.empty() && !((firsts >> (static_cast<unsigned char>(f[0]) & 63)) & 1)) return false;
    return std::find(words, words + n, f) != words + n;
  }
};

// ============================================================ [SECTION] Token view

struct TokInfo {
  std::string_view text;
  std::string_view fold;  // into Analysis::token_lex
  bool word = false;     // holds a letter or digit
  bool upper = false;    // starts with an upper-case letter
  bool caps = false;     // two or more letters, all upper case ("US", "NATO")
  bool initial = false;  // first word of its sentence (after any opening quote marks)
};

struct Doc {
  const Analysis& a;
  const Lexicons& lex;
  std::vector<TokInfo> t;
  // Per folded word of the document (its 64-bit hash, in the tagger's open-addressing table:
  // no allocation per word), kSeenCapInside: seen capitalised somewhere other than
  // sentence-initially, evidence that a sentence-initial capitalised word is a name ("Harris
  // said" vs "Temporary work visas"); kSeenLower: seen starting lower case, evidence that a
  // capitalised occurrence at a sentence start is an ordinary word ("temporary").
  static constexpr uint32_t kSeenCapInside = 1, kSeenLower = 2;
  tagger::WordTable seen;
  bool Seen(std::string_view w, uint32_t bit) const { return (seen.Get(tagger::HashBytes(w)) & bit) != 0; }
  // Positions of the surname particles ("de", "De", "dos"), by folded particle: built on
  // first use (most articles never ask), so that a question about one particle's other uses
  // costs its own occurrences, not a scan of the article.
  mutable std::unordered_map<std::string, std::vector<uint32_t>> particle_at;
  mutable bool particle_at_built = false;
  const std::vector<uint32_t>& ParticlePositions(std::string_view fold) const;
  // Family names written before a Korean given name in the document ("Oh" of "Oh Da-eun"),
  // folded: found on first use, so that a listed common word ("oh") may stay that name alone.
  mutable std::vector<std::string> korean_family;
  mutable bool korean_family_built = false;
  bool KoreanFamilyName(std::string_view fold) const;

  Doc(const Analysis& an, const Lexicons& lx) : a(an), lex(lx), seen(an.tokens.size()) {
    t.resize(a.tokens.size());
    uint32_t cur_sentence = UINT32_MAX;
    bool seen_word = false;
    for (size_t i = 0; i < a.tokens.size(); ++i) {
      TokInfo& x = t[i];
      x.text = a.Text(a.tokens[i].span);
      x.fold = FoldedToken(a, i);
      x.word = TokenWord(a, i);
      x.upper = TokenUpper(a, i);
      // (a word opening with a lower-case letter has no capitals: most words, not counted)
      int letters = 0, uppers = 0;
      if (x.text.empty() || !(x.text[0] >= 'a' && x.text[0] <= 'z')) {
        for (char c : x.text) {
          if (c >= 'A' && c <= 'Z') ++uppers, ++letters;
          else if (c >= 'a' && c <= 'z') ++letters;
        }
      }
      x.caps = letters >= 2 && uppers == letters;
      if (a.tokens[i].sentence != cur_sentence) {
        cur_sentence = a.tokens[i].sentence;
        seen_word = false;
      }
      if (x.word && !seen_word) {
        x.initial = true;
        seen_word = true;
      }
      // (FoldedTokenHash: tagger::HashBytes(x.fold), made by IndexTokens)
      if (x.upper && !x.initial) *seen.Slot(FoldedTokenHash(a, i)) |= kSeenCapInside;
      if (x.word && !x.upper && !x.text.empty() && !(x.text[0] >= '0' && x.text[0] <= '9'))
        *seen.Slot(FoldedTokenHash(a, i)) |= kSeenLower;
    }
  }

  size_t n() const { return t.size(); }
  bool Adjacent(size_t i) const {  // token i+1 follows token i with no space
    return i + 1 < n() && a.tokens[i].span.end == a.tokens[i + 1].span.start;
  }
  // The folded phrase of tokens [b, e): words joined by one space where the text had space.
  std::string Key(size_t b, size_t e) const {
    std::string k;
    for (size_t i = b; i < e; ++i) {
      if (i > b && !Adjacent(i - 1)) k.push_back(' ');
      k += t[i].fold;
    }
    return k;
  }
  // The lexicon entry of the phrase [b, e) (nullptr when none): one lookup, none for one token.
  // Its key, Key(b, e), is spelled in a buffer on the stack (a string per call was a third of
  // the cost: Cats and Value are asked a few hundred times per article).
  const LexEntry* Entry(size_t b, size_t e) const {
    if (e == b + 1) return TokenEntry(a, b);
    char buf[128];
    size_t len = 0;
    for (size_t i = b; i < e; ++i) {
      const std::string_view f = t[i].fold;
      const bool space = i > b && !Adjacent(i - 1);
      if (len + space + f.size() > sizeof buf) return lex.Find(Key(b, e));  // (a long phrase)
      if (space) buf[len++] = ' ';
      for (char ch : f) buf[len++] = ch;
    }
    return lex.Find(std::string_view(buf, len));
  }
  // The value of category c of the phrase [b, e) ("" when none).
  std::string_view Value(size_t b, size_t e, Category c) const {
    const LexEntry* le = Entry(b, e);
    return le ? lex.EntryValue(*le, c) : std::string_view();
  }
  uint32_t Cats(size_t b, size_t e) const {
    const LexEntry* le = Entry(b, e);
    return le ? le->categories : 0;
  }
  // Length of the longest phrase of category c starting at b and ending by `limit`.
  size_t PhraseLen(size_t b, size_t limit, uint32_t c) const {
    // Longer phrases only where one of category c starts with this word (most words: none).
    const bool multi = b < n() && (TokenPhraseStart(a, b) & c) != 0;
    const size_t max_len = multi ? std::min<size_t>(lex.max_phrase_words + 2, 6) : 1;  // +2: hyphen tokens
    for (size_t len = std::min(max_len, limit > b ? limit - b : 0); len > 0; --len) {
      if (Cats(b, b + len) & c) return len;
    }
    return 0;
  }
  bool Is(size_t i, uint32_t c) const { return i < n() && TokenIs(a, i, c); }
  bool Has(std::string_view folded, uint32_t c) const {
    const LexEntry* le = lex.Find(folded);
    return le && (le->categories & c);
  }
  std::string_view Surface(size_t b, size_t e) const {
    return std::string_view(a.text).substr(a.tokens[b].span.start,
                                           a.tokens[e - 1].span.end - a.tokens[b].span.start);
  }
};

constexpr uint32_t kPlaceCats = kCountry | kCity | kRegion;
constexpr uint32_t kGazCats = kPlaceCats | kDemonym | kOrg | kPerson | kFirstName;

// ============================================================ [SECTION] Candidates

enum class Hint : uint8_t { kNone, kPerson, kOrg, kPlace, kMisc };

struct Cand {
  uint32_t b = 0, e = 0;     // tokens of the name, after cleaning
  EntityType type = EntityType::kMisc;
  bool typed = false;        // the type rests on evidence (lexicon, honorific, title, tagger)
  bool strong = false;       // evidence good enough to add a rule candidate beside the tagger
  char gender = 0;           // from an honorific right before it
  bool honorific = false;
  uint32_t hon_b = UINT32_MAX;  // first token of the honorific before the name ("Ms"), if any
  std::string role;          // title / description right before it
  std::string canonical;     // canonical name from a lexicon value ("United States")
  bool gaz = false;          // the whole name is a gazetteer entry (country, city, org, ...)
  uint8_t prio = 0;          // rank when candidates overlap (see SelectCandidates)
  bool dateline = false;     // the place a wire story was filed from (Dateline())
  bool headline = false;     // in a Title Case line (a headline), where capitals tell nothing
  int entity = -1;
};

// A rule's organisation candidate over tokens [b, e): typed, strong, rank 3 (SelectCandidates).
Cand RuleCand(size_t b, size_t e, EntityType type) {
  Cand c;
  c.b = static_cast<uint32_t>(b);
  c.e = static_cast<uint32_t>(e);
  c.type = type;
  c.typed = c.strong = true;
  c.prio = 3;
  return c;
}
Cand OrgCand(size_t b, size_t e) { return RuleCand(b, e, EntityType::kOrg); }

// Words that close the name of a body and never of a place (TypeCand).
bool ClosingBodyWord(std::string_view f) {
  static constexpr std::string_view kWords[] = {
      "ledger", "gazette", "herald", "tribune", "chronicle", "courier", "examiner", "inquirer", "sentinel",
      "dispatch", "journal", "telegraph", "observer", "advertiser", "university", "college", "academy",
      "institute", "hospital", "bank", "authority", "council", "commission", "committee", "ministry",
      "department", "agency", "association", "federation", "society", "foundation", "corporation",
      "company", "inc", "inc.", "ltd", "ltd.", "plc", "group", "holdings", "airlines", "airways", "police",
      "party"};
  static constexpr WordList kWordsList(kWords);
  return kWordsList.Has(f);
}

// A body named after the subject it deals with, by "on" ("Committee on Banking", "Council on
// Foreign Relations") or, with `for_`, by "for" ("Commission for Racial Equality", "Centers for
// Disease Control", "Department for Transport").
bool SubjectBodyWord(std::string_view f, bool for_) {
  static constexpr std::string_view kOn[] = {"committee", "subcommittee", "commission", "council", "panel",
                                             "conference", "board", "forum"};
  static constexpr std::string_view kFor[] = {"office",  "center",   "centre",     "centers",   "centres",
                                              "ministry", "department", "agency",  "institute", "foundation",
                                              "fund",    "alliance", "coalition",  "campaign",  "society",
                                              "association", "trust"};
  static constexpr WordList kOnList(kOn), kForList(kFor);
  if (kOnList.Has(f)) return true;
  return for_ && kForList.Has(f);
}

// A sport's name (folded), as it opens a national governing body's name ("Tennis Australia").
bool SportWord(std::string_view f) {
  static constexpr std::string_view kSports[] = {
      "tennis", "cricket", "rugby", "football", "golf", "athletics", "swimming", "cycling", "hockey",
      "basketball", "netball", "rowing", "sailing", "gymnastics", "boxing", "badminton", "volleyball",
      "triathlon", "equestrian", "archery", "judo", "softball", "baseball", "bowls", "squash", "surfing",
      "skateboarding", "snowsports", "sport", "motorsport", "canoeing", "diving", "wrestling", "fencing"};
  static constexpr WordList kSportsList(kSports);
  return kSportsList.Has(f);
}

// A capitalised word that may be part of a name.
const std::vector<uint32_t>& Doc::ParticlePositions(std::string_view fold) const {
  static const std::vector<uint32_t> kNone;
  if (!particle_at_built) {
    particle_at_built = true;
    for (size_t i = 0; i < t.size(); ++i) {
      if (Is(i, kSurnameParticle)) particle_at[std::string(t[i].fold)].push_back(static_cast<uint32_t>(i));
    }
  }
  const auto it = particle_at.find(std::string(fold));
  return it == particle_at.end() ? kNone : it->second;
}

bool GivenNameHyphen(const Doc& d, size_t j, size_t end);
bool TerritoryWord(std::string_view f);
bool OpeningBodyWord(std::string_view f);
// Token j is the first hyphen of an ezafe "-e-" / "-i-" between two capitalised words glued to it.
bool EzafeAt(const Doc& d, size_t j, size_t end) {
  return j >= 1 && j + 3 < end && d.t[j].text == "-" && (d.t[j + 1].text == "e" || d.t[j + 1].text == "i") &&
         d.t[j + 2].text == "-" && d.Adjacent(j - 1) && d.Adjacent(j) && d.Adjacent(j + 1) && d.Adjacent(j + 2) &&
         d.t[j - 1].upper && d.t[j + 3].upper && d.t[j + 3].word;
}
bool Doc::KoreanFamilyName(std::string_view fold) const {
  if (!korean_family_built) {
    korean_family_built = true;
    for (size_t j = 2; j + 1 < t.size(); ++j) {
      if (t[j].text == "-" && GivenNameHyphen(*this, j, t.size()) &&
          std::find(korean_family.begin(), korean_family.end(), t[j - 2].fold) == korean_family.end() &&
          korean_family.size() < 64) {
        korean_family.emplace_back(t[j - 2].fold);
      }
    }
  }
  return std::find(korean_family.begin(), korean_family.end(), fold) != korean_family.end();
}

bool NameWord(const Doc& d, size_t i) {
  const TokInfo& x = d.t[i];
  if (!x.upper) return false;
  const unsigned char c0 = static_cast<unsigned char>(x.text[0]);
  return !(c0 >= '0' && c0 <= '9');
}

// "Co., Ltd.": after a company's name ending at e in a legal form or "Co.", a comma and a legal
// form that ends the name ("Guangxi Jinhai Nickel Industry Co., Ltd. said"): the end after it;
// e otherwise.
bool CorporateSuffix(std::string_view w);
bool LegalForm(std::string_view f);
size_t SecondLegalForm(const Doc& d, size_t e) {
  if (e < 2 || e + 1 >= d.n() || d.t[e].text != "," || !CorporateSuffix(d.t[e - 1].fold) || !LegalForm(d.t[e + 1].fold)) return e;
  if (e + 2 < d.n() && d.t[e + 2].upper && d.t[e + 2].word) return e;  // (a list: "Acme Co., Ltd. Holdings")
  return e + 2;
}

// The end of the capitalised words from `from` on, at most up to `limit`, in the sentence of
// token `anchor` (the rule's cue word before them).
size_t NameWordsEnd(const Doc& d, size_t from, size_t limit, size_t anchor) {
  size_t e = from;
  while (e < d.n() && e < limit && NameWord(d, e) && d.a.tokens[e].sentence == d.a.tokens[anchor].sentence) ++e;
  return e;
}

// A Philippine village's word before its name ("Barangay Masagana", "Brgy. Bagong Tanglaw").
bool VillageWord(std::string_view f) { return f == "barangay" || f == "brgy." || f == "brgy"; }

// A nickname in quotation marks between a listed given name and a surname ('Rodrigo "Digoy"
// Manalastas', 'Joaquín "El Chapo" Guzmán'): the surname's token, or 0. Token j is the opening
// mark, right after the given name.
size_t NicknameAt(const Doc& d, size_t j, size_t end) {
  if (j == 0 || j + 3 >= end || !IsQuoteMark(d.t[j].text) || !d.Is(j - 1, kFirstName) || !d.t[j - 1].upper) return 0;
  size_t k = j + 1;
  while (k < end && k < j + 3 && NameWord(d, k)) ++k;
  if (k == j + 1 || k + 1 >= end || !IsQuoteMark(d.t[k].text) || !NameWord(d, k + 1)) return 0;
  return k + 1;
}

// A capitalised speech verb after the first word of a run ends the name: headlines write
// "Harris Says ..." and taggers read "Harris tells" as one name. Words that are also first
// names or places ("Said", "Tell") are left alone.
bool VerbLike(const Doc& d, size_t i) {
  return d.Is(i, kSpeechVerb) && !d.Is(i, kFirstName | kPlaceCats | kOrg | kPerson | kOrgWord);
}

// VerbLike, unless a listed name that starts at `from` runs over it ("United States").
bool VerbBreak(const Doc& d, size_t from, size_t i, size_t limit) {
  if (!VerbLike(d, i)) return false;
  // ("Local Democracy Reporting Service", "Fairmont State University", "Michigan State Police":
  // a verb in -ing, any before "University" or "College", or any after a place, with an
  // organisation's word right after it goes on; "One State Department lawyer" still breaks)
  const std::string_view f = d.t[i].fold;
  // ("Islamic State", "Kano State", "New York State": "State" after a name is its word)
  // (not before a body's word after any but a place: "One State Department lawyer", "Clinton
  // State Department"; "New York State Police" goes on)
  if (f == "state" && i > from && !(i + 1 < limit && d.Is(i + 1, kOrgWord) && !d.Is(i - 1, kPlaceCats))) return false;
  const bool ing = f.size() > 4 && f.compare(f.size() - 3, 3, "ing") == 0;
  const bool school = i + 1 < limit && (d.t[i + 1].fold == "university" || d.t[i + 1].fold == "college");
  if ((ing || school || (i > from && d.Is(i - 1, kPlaceCats))) && i + 1 < limit && d.t[i + 1].upper &&
      d.Is(i + 1, kOrgWord) && !d.Adjacent(i)) {
    return false;
  }
  for (size_t p = i > from + 4 ? i - 4 : from; p < i; ++p) {
    if (p + d.PhraseLen(p, limit, kGazCats | kOrg) > i) return false;
  }
  return true;
}

// A title-case line (a headline "Harris Visits Mexico To Address Migration"): most of its words
// are capitalised, so capitalisation says nothing about name boundaries there.
std::vector<uint8_t> TitleCaseSentences(const Doc& d) {
  std::vector<uint8_t> out(d.a.sentences.size(), 0);
  for (size_t s = 0; s < d.a.sentences.size(); ++s) {
    const Sentence& se = d.a.sentences[s];
    int words = 0, caps = 0, lower_fn = 0, cap_fn = 0;
    for (size_t i = se.first_token; i < se.end_token && i < d.n(); ++i) {
      if (!d.t[i].word) continue;
      ++words;
      caps += d.t[i].upper;
      if (!d.t[i].initial && d.Is(i, kNonName)) (d.t[i].upper ? cap_fn : lower_fn)++;
    }
    // capitalised function words ("To", "Of") mid-line are the mark of title case
    out[s] = words >= 4 && cap_fn >= 1 && cap_fn > lower_fn && caps * 10 >= words * 7;
  }
  return out;
}

// Sentences written without capitals for names: no capitalised word after the first, except
// the pronoun "I" ("we flew to malaysia and then to kerala"; web comments, chat). Case marks
// no name there, so listed places are found by the lexicons alone (LowerCasePlaces).
std::vector<uint8_t> UncasedSentences(const Doc& d) {
  std::vector<uint8_t> out(d.a.sentences.size(), 0);
  for (size_t s = 0; s < d.a.sentences.size(); ++s) {
    const Sentence& se = d.a.sentences[s];
    int words = 0, inner_caps = 0;
    for (size_t i = se.first_token; i < se.end_token && i < d.n(); ++i) {
      if (!d.t[i].word) continue;
      ++words;
      if (d.t[i].upper && !d.t[i].initial && d.t[i].text != "I") ++inner_caps;
    }
    out[s] = words >= 3 && inner_caps == 0;
  }
  return out;
}

// Listed places written in lower case in an uncased sentence ("moved to florida"), as
// candidates of the gazetteer's rank. Not the places that are also common English words
// (lower-case entries of Debian's wamerican among countries/regions/cities.tsv: "turkey",
// "china", "nice", "jersey" ...): without case nothing tells them apart.
void TypeCand(const Doc& d, Cand* c, Hint hint);

void LowerCasePlaces(const Doc& d, const std::vector<uint8_t>& uncased, std::vector<Cand>* out) {
  static const char* const kCommonWords[] = {
      "acre", "amazon", "arctic", "cayenne", "chad", "chile", "china", "cologne", "delta", "emirates",
      "guinea", "gulf", "japan", "jersey", "mecca", "midlands", "morocco", "muscat", "nice", "oxford",
      "pacific", "phoenix", "plateau", "rivers", "shanghai", "turkey", "us", "wales", "wellington", "male",
      "reunion"};
  // Part of a web or mail address ("bbc.co.uk", "...@houston.rr.com"): glued to the token before,
  // or to one after that is not closing punctuation.
  auto in_address = [&](size_t b, size_t e) {
    if (b > 0 && d.Adjacent(b - 1)) return true;
    if (e < d.n() && d.Adjacent(e - 1)) {
      const std::string_view next = d.t[e].text;
      const bool closing = next == "," || next == "!" || next == "?" || next == ";" || next == ":" ||
                           next == ")" || next == "\"" || next == "'" || next == "'s";
      if (!closing && !(next == "." && !d.Adjacent(e))) return true;
    }
    return false;
  };
  for (size_t s = 0; s < d.a.sentences.size(); ++s) {
    if (!uncased[s]) continue;
    const Sentence& se = d.a.sentences[s];
    const size_t end = std::min<size_t>(se.end_token, d.n());
    for (size_t i = se.first_token; i < end; ++i) {
      if (!d.t[i].word || d.t[i].upper) continue;
      const size_t len = d.PhraseLen(i, end, kPlaceCats);
      if (len == 0) continue;
      bool lower = true;
      for (size_t k = i; k < i + len; ++k) lower = lower && !d.t[k].upper;
      bool common = false;
      for (const char* w : kCommonWords) common = common || (len == 1 && d.t[i].fold == w);
      if (lower && !common && !in_address(i, i + len)) {
        Cand c;
        c.b = static_cast<uint32_t>(i);
        c.e = static_cast<uint32_t>(i + len);
        TypeCand(d, &c, Hint::kPlace);
        if (c.type == EntityType::kPlace) {
          c.prio = 3;
          out->push_back(std::move(c));
        }
      }
      i += len - 1;
    }
  }
}

// Maximal runs of capitalised words: particles ("de", "van") and "of" after an organisation
// word join them when a capitalised word follows; a hyphen joins two capitalised words unless
// both are places or nationalities on their own ("US-Mexico border", "Israeli-Palestinian").
// Token j is the apostrophe of a plural possessive inside an organisation's name: glued to a
// capitalised word ending in s, and followed by a capitalised organisation word
// ("International Transport Workers' Federation", "Supporters' Trust").
bool PluralPossessiveAt(const Doc& d, size_t j, size_t end) {
  if (j == 0 || j + 1 >= end) return false;
  const std::string_view t = d.t[j].text;
  if (t != "'" && t != "\xE2\x80\x99") return false;
  const std::string_view prev = d.t[j - 1].fold;
  // (or one capitalised word before it: "Cocoa Growers' Welfare Union")
  const bool org_after = d.Is(j + 1, kOrgWord) || (j + 2 < end && d.t[j + 2].upper && d.Is(j + 2, kOrgWord) &&
                                                   d.t[j + 1].word && !d.Is(j + 1, kPlaceCats | kPerson | kFirstName));
  if (!(d.Adjacent(j - 1) && d.t[j - 1].upper && !prev.empty() && prev.back() == 's' && !d.Adjacent(j) &&
        d.t[j + 1].upper && org_after))
    return false;
  // a country's possessive is no part of its body's name: "the United Arab Emirates' Ministry
  // of Energy", "the Philippines' Department of Health"
  for (size_t len = 1; len <= 4 && len <= j; ++len) {
    if (d.Cats(j - len, j) & kPlaceCats) return false;
  }
  return true;
}

// Token j is the "'s" of a name whose possessive is part of it: an irregular plural before a
// capitalised word ("People's Congress of South Africa", "Women's Institute"), or a saint's
// name before an institution ("St Ciarán's National School", "St Mary's Hospital").
bool NamePossessiveAt(const Doc& d, size_t j, size_t end) {
  if (j < 1 || j + 1 >= end || d.t[j].fold != "'s" || !d.Adjacent(j - 1) || !d.t[j - 1].upper || d.Adjacent(j) ||
      !NameWord(d, j + 1))
    return false;
  const std::string_view prev = d.t[j - 1].fold;
  if (prev == "people" || prev == "women" || prev == "children" || prev == "men") return true;
  if (j < 2) return false;
  const std::string_view saint = d.t[j - 2].fold;
  if (saint != "st" && saint != "st." && saint != "saint") return false;
  // the institution's word within three capitalised words
  for (size_t k = j + 1; k < end && k < j + 4 && NameWord(d, k); ++k) {
    const std::string_view w = d.t[k].fold;
    if (w == "school" || w == "college" || w == "hospital" || w == "church" || w == "cathedral" ||
        w == "academy" || w == "university" || w == "parish" || w == "infirmary" || w == "park" ||
        w == "center" || w == "centre" || w == "clinic")
      return true;
  }
  return false;
}

// A singular possessive before a last word naming an office or a hospital: "Juniper County
// Sheriff's Office", "Children's Hospital" (not after a place or a person: "Britain's Office"
// is no name).
bool OfficePossessiveAt(const Doc& d, size_t j, size_t end) {
  return j > 0 && d.t[j].fold == "'s" && d.Adjacent(j - 1) && d.t[j - 1].upper && j + 1 < end && NameWord(d, j + 1) &&
         (d.t[j + 1].fold == "office" || d.t[j + 1].fold == "hospital" ||
          (d.t[j + 1].fold == "court" && d.Is(j - 1, kTitle))) &&  // ("Hallingford Coroner's Court")
         !(j + 2 < end && NameWord(d, j + 2)) &&
         !(d.Cats(j - 1, j) & (kPlaceCats | kDemonym)) && !d.Is(j - 1, kFirstName | kPerson);
}

bool PortfolioBeforeTitle(const Doc& d, size_t b, size_t e);
bool GivenNameHyphen(const Doc& d, size_t j, size_t end);

// "al-Rifai", "el-Sayed", "bin-Salman": a lower-case surname particle glued by a hyphen to a
// capitalised word at i, inside [.., end); the name goes on after it.
// (inline, the hyphen first: it is asked of nearly every token)
inline bool GluedParticleName(const Doc& d, size_t i, size_t end) {
  return i + 2 < end && d.t[i + 1].text == "-" && !d.t[i].upper && d.Adjacent(i) && d.Adjacent(i + 1) &&
         NameWord(d, i + 2) && d.Is(i, kSurnameParticle);
}

std::vector<std::pair<uint32_t, uint32_t>> CapitalisedRuns(const Doc& d) {
  std::vector<std::pair<uint32_t, uint32_t>> runs;
  const Analysis& a = d.a;
  for (const Sentence& s : a.sentences) {
    size_t i = s.first_token;
    const size_t end = std::min<size_t>(s.end_token, d.n());
    while (i < end) {
      // ('"...," el-Sayed said': a name may open with its particle, lower-case mid-sentence)
      const bool name_word = NameWord(d, i);
      const bool glued = !name_word && GluedParticleName(d, i, end) && (i == s.first_token || !d.Adjacent(i - 1));
      if (!name_word && !glued) { ++i; continue; }
      size_t j = glued ? i + 3 : i + 1;
      bool subject = false;  // the run holds a body's subject after "on" / "for"
      while (j < end) {
        // a month or weekday after a name is a date ("told CNN Sunday"), a speech verb a verb
        if (NameWord(d, j) && !d.Adjacent(j - 1) && !VerbBreak(d, i, j, end) && !d.Is(j, kMonth | kWeekday)) {
          ++j;
          continue;
        }
        // lower-case particle or "of" inside a name: "Lopez de la Cruz", "Bank of England"
        size_t k = j;
        // (not a company's seat: "Ridgeline Safety Group of Albuquerque" is a firm and a city)
        // (a place, by the lexicons or as "X, N.M.": one capitalised word and a comma)
        // (the "of" first: CorporateSuffix compares a hundred words)
        const bool seat = j > i + 1 && j + 1 < end && d.t[j].fold == "of" &&
                          CorporateSuffix(d.t[j - 1].fold) &&
                          (d.Is(j + 1, kPlaceCats) || (j + 2 < end && d.t[j + 2].text == ","));
        while (k < end && k < j + 2 && (d.Is(k, kSurnameParticle) || (d.t[k].fold == "of" && k == j &&
                                                                     (d.Is(j - 1, kOrgWord) || subject) && !seat)) &&
               !d.t[k].upper)
          ++k;
        if (k > j && k < end && NameWord(d, k)) { j = k + 1; continue; }
        // "Hassan al-Rifai", "Khaled Abu el-Ela"
        if (GluedParticleName(d, j, end) && !d.Adjacent(j - 1)) { j += 3; continue; }
        if (const size_t surname = NicknameAt(d, j, end)) {
          j = surname + 1;
          continue;
        }
        // "Committee on Banking", "Council on Foreign Relations", "Commission for Racial
        // Equality": a deliberative body's word, then "on" or "for" and its subject (no date:
        // "the Senate on Tuesday")
        if ((d.t[j].fold == "on" || d.t[j].fold == "for") && !d.t[j].upper && j + 1 < end && NameWord(d, j + 1) &&
            !d.Is(j + 1, kMonth | kWeekday) && SubjectBodyWord(d.t[j - 1].fold, d.t[j].fold == "for") &&
            d.t[j - 1].upper) {
          j += 2;
          subject = true;
          continue;
        }
        // ("Center for Missing & Exploited Children": an ampersand inside the subject)
        if (subject && d.t[j].text == "&" && j + 1 < end && NameWord(d, j + 1)) {
          j += 2;
          continue;
        }
        // "Morrow & Keane", "Procter & Gamble", "AT&T": an ampersand after a single capitalised
        // word joins it to the next into one (organisation) name; after two or more words it
        // more often joins two people ("Karl Langdon & Harvey Deegan") or a title's parts, and
        // so does a first name with a surname after it ("Smith & Harvey Deegan")
        const bool person_after = j + 2 < end && d.Is(j + 1, kFirstName) && NameWord(d, j + 2) && !d.Adjacent(j + 1);
        // "JPMorgan Chase & Co.": an ampersand before a legal form joins it, after any number of words
        if (d.t[j].text == "&" && j + 1 < end && NameWord(d, j + 1) && CorporateSuffix(d.t[j + 1].fold)) {
          j += 2;
          continue;
        }
        if (d.t[j].text == "&" && j == i + 1 && j + 1 < end && NameWord(d, j + 1) && !person_after) {
          j += 2;
          continue;
        }
        // a plural possessive before an organisation word: "Workers' Federation", "Supporters' Trust"
        if (PluralPossessiveAt(d, j, end)) {
          j += 2;
          continue;
        }
        if (OfficePossessiveAt(d, j, end) || NamePossessiveAt(d, j, end)) {
          j += 2;
          continue;
        }
        // a Persian or Urdu ezafe inside a body's name: "Jamaat-e-Islami", "Tehreek-e-Insaf",
        // "Anjuman-e-Tajiran", "Tehrik-i-Taliban"
        if (EzafeAt(d, j, end)) {
          j += 4;
          continue;
        }
        // a Korean given name: "Ban Ki-moon", "Kim Jong-un"
        if (GivenNameHyphen(d, j, end)) {
          j += 2;
          continue;
        }
        // hyphenated: Ocasio-Cortez, Al-Qaeda
        if (d.t[j].text == "-" && d.Adjacent(j - 1) && d.Adjacent(j) && j + 1 < end && NameWord(d, j + 1)) {
          const bool both_places = (d.Cats(j - 1, j) & (kPlaceCats | kDemonym)) &&
                                   (d.Cats(j + 1, j + 2) & (kPlaceCats | kDemonym));
          if (!both_places) { j += 2; continue; }
        }
        // a listed name holding lower-case words: "Bosnia and Herzegovina", "Democratic Republic
        // of the Congo", "Trinidad and Tobago"
        {
          const size_t listed = d.PhraseLen(i, end, kPlaceCats | kOrg);
          bool words = true;  // (no punctuation: "Washington, D.C." stays two names)
          for (size_t k = j; k < i + listed && words; ++k) words = d.t[k].word;
          if (i + listed > j && words && NameWord(d, i + listed - 1)) {
            j = i + listed;
            continue;
          }
        }
        break;
      }
      // a German association's legal form in lower case: "Nordkurve Lüneburg e.V."
      if (j < end && (d.t[j].text == "e.V." || d.t[j].text == "e. V.")) ++j;
      j = SecondLegalForm(d, j);
      runs.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j)});
      i = j;
    }
  }
  return runs;
}

// ============================================================ [SECTION] Cleaning

// Honorifics, titles and their modifiers at the front of [b, e) move out of the name into
// the role ("US Vice President Kamala Harris" -> role "US Vice President", name "Kamala
// Harris"). Place / nationality modifiers inside the role become candidates of their own.
// The last word of a contest's, a prize's or a venue's name ("Billie Jean King Cup", "Manolo
// Santana Stadium"), which a person's name never ends in.
bool EventWord(std::string_view f) {
  static constexpr std::string_view kWords[] = {"cup", "open", "trophy", "championship", "championships",
                                                "games", "prize", "award", "awards", "stadium", "arena",
                                                "classic", "masters", "series", "tour", "medal"};
  static constexpr WordList kWordsList(kWords);
  return kWordsList.Has(f);
}

// The last word of a natural feature's or a road's name ("Kinta River", "Great Barrier Reef",
// "Red Sea"), not words that are also surnames (Hill, Bay, Lake, Brook, Lane, Street).
bool FeatureWord(std::string_view f) {
  static constexpr std::string_view kFeature[] = {"river", "dam", "reservoir", "canal", "creek", "strait",
                                                   "peninsula", "desert", "mountains", "islands", "highway",
                                                   "expressway", "motorway", "glacier", "lagoon", "estuary",
                                                   "road", "avenue", "boulevard", "reef", "atoll", "archipelago",
                                                   "sea", "ocean"};
  static constexpr WordList kFeatureList(kFeature);
  return kFeatureList.Has(f);
}

void StripFront(const Doc& d, Cand* c, size_t run_b, std::vector<Cand>* extra) {
  size_t b = c->b;
  const size_t e = c->e;
  size_t role_b = SIZE_MAX, role_e = 0;
  // An honorific before a name stays out of it: its gender and position are kept.
  auto take_honorific = [&](size_t at) {
    const std::string_view g = d.Value(at, at + 1, kHonorific);
    if (g == "m" || g == "f") c->gender = g[0];
    c->honorific = true;
    if (c->hon_b == UINT32_MAX) c->hon_b = static_cast<uint32_t>(at);
  };
  while (b < e) {
    // (an honorific of several words: "Datuk Seri", "Puan Sri")
    // (the phrase lookup only where one may start: it is asked of every name's first word)
    const size_t hl = d.Is(b, kHonorific) || (TokenPhraseStart(d.a, b) & kHonorific) ? d.PhraseLen(b, e, kHonorific) : 0;
    if (hl > 0 && b + hl < e) {
      take_honorific(b);
      b += hl;
      continue;
    }
    const size_t tl = d.PhraseLen(b, e, kTitle);
    // A title word that opens a listed name or an organisation's name is part of it
    // ("General Motors Co.", "Premier League"), not a person's title; unless a first name
    // follows the title ("Minister Ana Church": a person whose surname is an organisation word).
    if (tl > 0) {
      bool first_name = false;
      for (size_t k = b + tl; k < e && !first_name; ++k) first_name = d.Is(k, kFirstName);
      if (d.PhraseLen(b, e, kOrg | kPlaceCats) > tl ||
          (!first_name && e - b >= tl + 1 && d.Is(e - 1, kOrgWord) && d.t[e - 1].upper)) {
        break;
      }
    }
    // "Deputy" alone ("Deputy Ní Bhriain", Irish style) is a title only before a name: not before
    // another office ("Principal Deputy Assistant AG Vanita Gupta", "the Deputy Secretaries")
    if (tl == 1 && d.t[b].fold == "deputy") {
      bool office = false;
      for (size_t k = b + 1; k < e && !office; ++k) {
        std::string singular(d.t[k].fold);
        if (singular.size() > 4 && singular.compare(singular.size() - 3, 3, "ies") == 0) {
          singular.replace(singular.size() - 3, 3, "y");
        } else if (singular.size() > 3 && singular.back() == 's') {
          singular.pop_back();
        }
        office = d.Is(k, kTitle | kOrgWord) || d.lex.Has(singular, kTitle) || d.t[k].caps;
      }
      if (office) break;
    }
    if (tl > 0 && b + tl < e) {
      if (role_b == SIZE_MAX) role_b = b;
      role_e = b + tl;
      b += tl;
      c->honorific = true;  // a title before a name marks a person as much as "Mr" does
      continue;
    }
    const size_t ml = d.PhraseLen(b, e, kPlaceCats | kDemonym);
    // "American Jade Whitfield", "Frenchman Olivier Castaing": a nationality before a first name
    // and a surname describes the person (not before an organisation's word: "Irish Times")
    if (ml > 0 && b + ml + 2 <= e && (d.Cats(b, b + ml) & kDemonym) && !(d.Cats(b, b + ml) & kPlaceCats) &&
        d.Is(b + ml, kFirstName) && !d.Is(b + ml, kPlaceCats | kDemonym | kTitle) && d.PhraseLen(b, e, kOrg) == 0 &&
        !d.Is(e - 1, kOrgWord) && !d.t[b + ml].caps && !EventWord(d.t[e - 1].fold)) {
      Cand m;
      m.b = static_cast<uint32_t>(b);
      m.e = static_cast<uint32_t>(b + ml);
      extra->push_back(m);
      if (role_b == SIZE_MAX) role_b = b;
      role_e = b + ml;
      b += ml;
      c->honorific = true;
      continue;
    }
    if (ml > 0 && b + ml < e) {
      const size_t tl2 = d.PhraseLen(b + ml, e, kTitle);
      if (tl2 > 0 && b + ml + tl2 < e) {
        Cand m;
        m.b = static_cast<uint32_t>(b);
        m.e = static_cast<uint32_t>(b + ml);
        extra->push_back(m);
        if (role_b == SIZE_MAX) role_b = b;
        role_e = b + ml + tl2;
        b += ml + tl2;
        c->honorific = true;
        continue;
      }
    }
    break;
  }
  // ("Fiscalía General del Estado": a Romance body's name holds its "General")
  if (role_b == SIZE_MAX && !c->honorific && !(b < e && d.t[b].upper && OpeningBodyWord(d.t[b].fold))) {
    // A title deeper in the run with a short name after it: everything before it is the
    // role ("EU Trade Commissioner Ana Ruiz", "Acme CEO John Smith"); known places and
    // organisations inside that role are names of their own.
    size_t found_p = SIZE_MAX, found_tl = 0;
    for (size_t p = b + 1; p < e; ++p) {
      // (an honorific after the title is no title of its own: "Home Minister Dr Anil Rao")
      if (d.Is(p, kHonorific) && found_p != SIZE_MAX && found_p + found_tl == p) {
        continue;
      }
      const size_t tl = d.PhraseLen(p, e, kTitle);
      if (tl == 1 && d.t[p].fold == "deputy") continue;  // (a form of address only at the front)
      if (tl > 0 && p + tl < e && e - (p + tl) <= 4 && d.t[p].upper) { found_p = p; found_tl = tl; }
    }
    // (not when an organisation's word closes the run and no first name follows the title:
    // "Texas Water Justice Project" is a body's name, whatever title word it holds)
    // (nor a contest's or a venue's: "Billie Jean King Cup")
    if (found_p != SIZE_MAX && ((d.Is(e - 1, kOrgWord) && d.t[e - 1].upper) || EventWord(d.t[e - 1].fold))) {
      bool first_name = false;
      for (size_t k = found_p + found_tl; k < e && !first_name; ++k) first_name = d.Is(k, kFirstName);
      if (!first_name) found_p = SIZE_MAX;
    }
    if (found_p != SIZE_MAX) {
      for (size_t q = b; q < found_p;) {
        size_t gl = d.PhraseLen(q, found_p, kPlaceCats | kDemonym | kOrg);
        // (with its territory's word: "Medina County Judge Harlan Voss" names "Medina County")
        if (gl && q + gl < found_p && d.t[q + gl].upper && !d.t[q + gl].caps && TerritoryWord(d.t[q + gl].fold) &&
            (d.Cats(q, q + gl) & kPlaceCats) && !(d.Cats(q, q + gl) & kCountry))
          ++gl;
        if (gl) {
          Cand m;
          m.b = static_cast<uint32_t>(q);
          m.e = static_cast<uint32_t>(q + gl);
          extra->push_back(m);
          q += gl;
        } else {
          ++q;
        }
      }
      role_b = b;
      role_e = found_p + found_tl;
      b = role_e;
      c->honorific = true;
      // an honorific between the title and the name is neither ("State Home Minister Shri
      // Virendra Singh Parihar", "Home Minister Dr Anil Rao")
      for (size_t hl = d.PhraseLen(b, e, kHonorific); hl > 0 && b + hl < e; hl = d.PhraseLen(b, e, kHonorific)) {
        take_honorific(b);
        b += hl;
      }
    }
  }
  c->b = static_cast<uint32_t>(b);
  // "Labour and Social Protection Cabinet Secretary": the portfolio before "and" belongs to the role
  if (role_b != SIZE_MAX && role_b == run_b && role_b >= 2 && d.t[role_b - 1].fold == "and" &&
      !d.t[role_b - 1].upper) {
    size_t k = role_b - 1;
    while (k > 0 && role_b - 1 - k < 3 && d.t[k - 1].upper && d.t[k - 1].word &&
           d.a.tokens[k - 1].sentence == d.a.tokens[role_b].sentence)
      --k;
    if (k < role_b - 1 && PortfolioBeforeTitle(d, k, role_b - 1)) role_b = k;
  }
  if (role_b != SIZE_MAX) c->role = std::string(d.Surface(role_b, role_e));
}

// A lower-case title right before the name ("Mexican leader Andres Manuel Lopez Obrador",
// "former US president Donald Trump") is its role, and marks a person.
void RoleBefore(const Doc& d, Cand* c) {
  if (!c->role.empty() || c->b == 0) return;
  // "chief UK economist", "the former US envoy": a land inside a lower-case job is its qualifier
  if (c->e == c->b + 1 && (d.Cats(c->b, c->e) & (kPlaceCats | kCountry)) && c->e < d.n() && d.t[c->e].word &&
      !d.t[c->e].upper) {
    return;
  }
  const size_t b = c->b;
  const uint32_t sent = d.a.tokens[b].sentence;
  size_t start = SIZE_MAX;
  for (size_t len = 3; len >= 1; --len) {
    if (len > b) continue;
    const size_t s = b - len;
    // (a capital only at the sentence start: "Chief executive Tim Cook")
    if (d.a.tokens[s].sentence != sent || (d.t[s].upper && !d.t[s].initial)) continue;
    // (the tail of a hyphenated adjective is no title: "ten-man Hearts", "two-time winner")
    if (s > 0 && d.t[s - 1].text == "-" && d.Adjacent(s - 1)) continue;
    // (one lookup for the categories and the value)
    const LexEntry* le = d.Entry(s, b);
    const uint32_t cats = le ? le->categories : 0;
    const std::string_view v = le ? d.lex.EntryValue(*le, kDescriptorNoun) : std::string_view();
    if ((cats & kTitle) || ((cats & kDescriptorNoun) && (v == "m" || v == "f" || v == "u"))) {
      start = s;
      break;
    }
  }
  if (start == SIZE_MAX) return;
  // modifiers: "former", "then", nationalities and places ("Mexican leader", "US president")
  while (start > 0 && d.a.tokens[start - 1].sentence == sent) {
    const size_t p = start - 1;
    // a place of two or three words ("Eastern Cape Premier", "New South Wales Premier")
    size_t place = 0;
    for (size_t len = 3; len >= 2 && !place; --len) {
      if (len <= start && d.a.tokens[start - len].sentence == sent && (d.Cats(start - len, start) & kPlaceCats))
        place = len;
    }
    if (place) {
      start -= place;
    } else if (d.t[p].fold == "former" || d.t[p].fold == "then" || d.t[p].fold == "acting" ||
        d.t[p].fold == "interim" || (d.Cats(p, p + 1) & (kPlaceCats | kDemonym))) {
      start = p;
    } else {
      break;
    }
  }
  c->role = std::string(d.Surface(start, b));
  c->honorific = true;
}

// A firm's word closing its name that closes no person's name ("Securities", "Holdings").
bool BusinessClosingWord(std::string_view f) {
  static constexpr std::string_view kWords[] = {
      "securities", "investments", "ventures", "capital", "holdings", "group", "industries",
      "technologies", "partners", "airways", "airlines", "motors", "pharmaceuticals", "therapeutics",
      "petroleum", "biosciences", "robotics", "logistics", "mining", "resources", "minerals", "bank", "solutions",
      "enterprises", "software", "systems", "networks", "electronics", "semiconductor", "semiconductors", "services"};
  static constexpr WordList kWordsList(kWords);
  return LegalForm(f) || kWordsList.Has(f);
}

// A body's word that opens its name in Spanish, Portuguese, Italian or French ("Banco ...",
// "Grupo ...", "Instituto ...", "Ministerio de ..."), folded (accents off).
bool OpeningBodyWord(std::string_view f) {
  static constexpr std::string_view kWords[] = {
      "banco", "banca", "banque", "caixa", "caja", "grupo", "gruppo", "groupe", "instituto", "istituto", "institut",
      "centro", "observatorio", "movimiento", "movimento", "frente", "servicio", "servico", "comision", "comissao",
      "universidad", "universidade", "universita", "universite", "ministerio", "ministero", "ministere", "fundacion",
      "fundacao", "fondazione", "fondation", "asociacion", "associacao", "associazione", "sociedad", "sociedade",
      "societa", "societe", "compania", "companhia", "compagnie", "empresa", "empresas", "partido", "partito",
      "corporacion", "federacion", "federacao", "federazione", "confederacion", "sindicato", "agencia", "agenzia",
      "secretaria", "juzgado", "consejo", "conselho", "consiglio", "conseil", "fiscalia", "procuraduria",
      "defensoria", "contraloria", "guardia", "policia", "ejercito", "camara", "junta", "coordinadora",
      // trade words that open a company's name ("Mineração Serra Verde S.A.": "Serra Verde" later)
      "mineracao", "mineradora", "minera", "construtora", "constructora", "siderurgica", "industrias",
      "laboratorios", "transportes", "distribuidora", "comercial", "inversiones", "investimentos", "supermercados",
      "supermercado", "farmacias", "almacenes", "tiendas", "lojas"};
  static constexpr WordList kWordsList(kWords);
  return kWordsList.Has(f);
}

// A company's legal form ("Inc.", "GmbH", "B.V.", "S.A."): closes a firm's name and no other.
bool LegalForm(std::string_view f) {
  static constexpr std::string_view kForms[] = {
      "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "limited", "llc", "plc", "gmbh", "llp",
      // of other countries ("Terminals B.V.", "Serra Verde S.A.", "Nokia Oyj", "Petronas Sdn Bhd")
      "b.v.", "bv", "n.v.", "nv", "s.a.", "s.p.a.", "spa", "s.r.l.", "srl", "s.l.", "ltda", "ltda.", "sarl", "s.a.s.",
      "ag", "kgaa", "se", "oyj", "asa", "ab", "a/s", "pty", "bhd", "berhad", "pte", "tbk", "k.k.", "e.v.",
      // joint-stock companies ("Minh Khang Garment JSC", "Gazprom Neft PJSC")
      "jsc", "pjsc", "ojsc", "cjsc",
      // an Australian native title holder ("... Aboriginal Corporation RNTBC")
      "rntbc"};
  static constexpr WordList kFormsList(kForms);
  return kFormsList.Has(f);
}

// A closing word of a party's or an assembly's name in South Asian news ("Lok Kalyan Dal",
// "Jan Shakti Morcha", "Berozgar Yuva Sangathan", "Vidhan Sabha"), which closes no person's name.
bool PartyClosingWord(std::string_view f) {
  static constexpr std::string_view kWords[] = {"dal", "morcha", "sangathan", "sangh", "parishad", "samiti",
                                                "manch", "kazhagam", "sabha", "panchayat", "league"};
  static constexpr WordList kWordsList(kWords);
  return kWordsList.Has(f);
}

// A lower-case word for a territory after its name ("the Tigray region", "Helmand province").
bool TerritoryWord(std::string_view f) {
  static constexpr std::string_view kWords[] = {"region", "province", "district", "prefecture", "governorate",
                                                "oblast", "county", "peninsula", "valley", "basin", "archipelago",
                                                "state"};
  static constexpr WordList kWordsList(kWords);
  return kWordsList.Has(f);
}

// A word after which "in X" names a company, not a place ("shares in", "a stake in").
bool InvestmentWord(std::string_view f) {
  static constexpr std::string_view kWords[] = {"shares", "share", "stake", "stakes", "invest", "invested",
                                                "investing", "investment", "investments", "interest", "holding",
                                                "holdings", "position", "options", "bet", "bets"};
  static constexpr WordList kWordsList(kWords);
  return kWordsList.Has(f);
}

// ", 34," right after token e - 1: a person's age in news copy.
bool AgeAfter(const Doc& d, size_t e) {
  if (e + 2 >= d.n() || d.t[e].text != "," || d.t[e + 2].text != ",") return false;
  const std::string_view n = d.t[e + 1].text;
  return !n.empty() && n.size() <= 3 &&
         std::all_of(n.begin(), n.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// A football club's abbreviation, as written ("FC Augsburg", "Hamburger SV", "VfB Stuttgart").
bool ClubAbbreviation(std::string_view t) {
  // (the cheap test first: it is asked of every capitalised run)
  if (t.size() < 2 || t.size() > 5 || t[0] < 'A' || t[0] > 'Z' || !((t[1] >= 'A' && t[1] <= 'Z') || t[1] == 'f' || t[1] == 'p'))
    return false;
  static constexpr std::string_view kClub[] = {"FC", "SC", "SV", "AC", "AS", "CF", "CD", "FK", "SK", "AFC",
                                               "BK", "IF", "VfB", "VfL", "TSG", "TSV", "FSV", "SpVgg", "RB",
                                               "OGC", "RC", "SSC", "KRC", "NK", "PFC", "BSC", "SG"};
  static constexpr WordList kClubList(kClub);
  return kClubList.Has(t);
}

// Words of tokens [b, e) as a reader counts them: "Koné-Traoré" (three tokens glued) is one.
size_t NameWordCount(const Doc& d, size_t b, size_t e) {
  size_t n = 0;
  for (size_t i = b; i < e; ++i) n += d.t[i].word && !(i > b && d.t[i - 1].text == "-" && d.Adjacent(i - 1));
  return n;
}

// An apposition at token x that gives a person's job: "a director at", "an agricultural
// economist at", "president of" (a job noun of people, lower case, after
// at most three lower-case modifiers, then at/of/for/with/in). Nouns that also describe
// countries, bodies or firms ("a member of", "a leader in", "a major player", "an ally of") do
// not count.
bool JobInApposition(const Doc& d, size_t x) {
  // (not after "the": "1.2 billion Roman Catholics, the pope of the poor", "As reported by
  // Western Journalism, the former secretary of state was ..." open a new phrase)
  if (x < d.n() && (d.t[x].fold == "a" || d.t[x].fold == "an")) ++x;
  else if (x < d.n() && (d.t[x].fold == "the" || d.Is(x, kPronoun))) return false;
  for (size_t k = 0; k < 5 && x + 1 < d.n(); ++k, ++x) {
    const TokInfo& t = d.t[x];
    if (t.text == "-") continue;
    // (modifiers are no function words: "X, who is the daughter of" is no apposition)
    if (!t.word || t.upper || d.Is(x, kNonName | kPronoun)) return false;
    const std::string_view v = d.Value(x, x + 1, kDescriptorNoun);
    const bool job = (d.Is(x, kTitle) || (d.Is(x, kDescriptorNoun) && (v == "m" || v == "f" || v == "u"))) &&
                     !(x > 0 && d.t[x - 1].text == "-" && d.Adjacent(x - 1));
    if (job) {
      static constexpr std::string_view kNotOnlyPeople[] = {
          "member", "leader", "founder", "player", "ally", "backer", "donor", "supporter", "star",
          "voter", "pollster", "partner", "owner", "king", "queen", "giant"};
      static constexpr WordList kNotOnlyPeopleList(kNotOnlyPeople);
      if (kNotOnlyPeopleList.Has(t.fold)) return false;
      const std::string_view n = d.t[x + 1].fold;
      return n == "at" || n == "of" || n == "for" || n == "with" || n == "in";
    }
  }
  return false;
}

// An apposition at token x that says a name is a town or a district: "the Bia West district
// capital,", "a fishing village of 800 people", "a town where ..." (not "the city's mayor", "the
// town council").
bool PlaceInApposition(const Doc& d, size_t x) {
  if (x >= d.n() || !(d.t[x].fold == "the" || d.t[x].fold == "a" || d.t[x].fold == "an")) return false;
  static constexpr std::string_view kPlaceNouns[] = {"capital", "town", "village", "city", "port", "suburb",
                                                      "municipality", "hamlet", "settlement", "township",
                                                      "borough", "neighbourhood", "neighborhood", "seaport"};
  static constexpr WordList kPlaceNounsList(kPlaceNouns);
  for (size_t k = x + 1; k < d.n() && k < x + 7; ++k) {
    if (d.t[k].text == "-") continue;
    if (!d.t[k].word || d.Is(k, kNonName | kPronoun)) return false;
    if (d.t[k].upper) continue;
    if (kPlaceNounsList.Has(d.t[k].fold)) {
      if (k + 1 >= d.n()) return true;
      const TokInfo& n = d.t[k + 1];
      // (or where it lies: "a settlement downstream of the plant", "a town north of Kyiv")
      static constexpr std::string_view kWhere[] = {"downstream", "upstream", "north", "south", "east", "west",
                                                    "northeast", "northwest", "southeast", "southwest", "outside",
                                                    "inland", "across", "along", "about", "some", "just"};
      static constexpr WordList kWhereList(kWhere);
      return !n.word || n.fold == "of" || n.fold == "where" || n.fold == "that" || n.fold == "which" ||
             n.fold == "in" || n.fold == "near" || n.fold == "on" || kWhereList.Has(n.fold);
    }
  }
  return false;
}

// "61-year-old" (one token or several) opens at token k.
bool YearOldAt(const Doc& d, size_t k) {
  for (size_t j = k; j < d.n() && j <= k + 4; ++j) {
    const std::string_view f = d.t[j].fold;
    if (f == "year-old" || f == "years-old" ||
        (f.size() > 9 && f.compare(f.size() - 9, 9, "-year-old") == 0)) {
      return true;
    }
    if (f == "old") return j >= k + 2 && d.t[j - 2].fold.rfind("year", 0) == 0;
    if (!d.t[j].word && f != "-") return false;
  }
  return false;
}

// A person's age shortly before token i, in its sentence ("a 61-year-old cook from Paisley",
// "Tanner Wexford, 34, from Leeds"): "from" there gives where the person comes from.
bool AgeBefore(const Doc& d, size_t i) {
  const uint32_t sent = d.a.tokens[i].sentence;
  for (size_t k = i; k-- > 0 && i - k <= 8 && d.a.tokens[k].sentence == sent;) {
    const std::string_view f = d.t[k].fold;
    if (f == "year-old" || f == "years-old" || (f == "old" && k >= 2 && d.t[k - 2].fold.rfind("year", 0) == 0))
      return true;
    if (k >= 3 && f == "," && AgeAfter(d, k - 2)) return true;
    if (f == "." || f == ";") break;
  }
  return false;
}

// The type from the lexicons and the evidence gathered so far.
// Folded key -> value of a two-column blob of assets/lexicon, parsed once per blob (the same
// bytes for the program's life). `fold_values`: fold the values too (for lookups by value).
const std::unordered_map<std::string, std::string>& BlobMap(std::string_view blob, bool fold_values) {
  static std::mutex mutex;
  static std::map<std::tuple<const char*, size_t, bool>, std::unordered_map<std::string, std::string>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  const auto [it, added] = cache.try_emplace({blob.data(), blob.size(), fold_values});
  if (!added) return it->second;
  std::string_view rest = blob;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    const std::string_view value = line.substr(tab + 1);
    it->second[Fold(line.substr(0, tab))] = fold_values ? Fold(value) : std::string(value);
  }
  return it->second;
}

// The state a folded news-style abbreviation stands for ("calif." -> "California"), or "".
std::string_view StateOf(const Doc& d, const std::string& key) {
  const auto blob = d.lex.blobs.find("state_abbreviations");
  if (blob == d.lex.blobs.end() || key.empty() || key.back() != '.') return {};
  const auto& states = BlobMap(blob->second, false);
  const auto it = states.find(key);
  return it == states.end() ? std::string_view() : std::string_view(it->second);
}

void TypeCand(const Doc& d, Cand* c, Hint hint) {
  // (the name's entry, looked up once: its categories and its values)
  const LexEntry* entry = d.Entry(c->b, c->e);
  const uint32_t cats = entry ? entry->categories : 0;
  auto set = [&](EntityType t, uint32_t cat) {
    c->type = t;
    c->typed = true;
    c->strong = true;
    if (cat && entry) {
      const std::string_view v = d.lex.EntryValue(*entry, static_cast<Category>(cat));
      if (!v.empty()) c->canonical = std::string(v);
    }
  };
  const size_t len = c->e - c->b;
  if (c->honorific) return set(EntityType::kPerson, 0);
  // A gazetteer entry beats the tagger's type: lists are curated, the tagger guesses.
  c->gaz = (cats & (kPlaceCats | kDemonym | kOrg | kPerson)) != 0;
  if (cats & kCountry) return set(EntityType::kPlace, kCountry);
  if (cats & kDemonym) {
    c->type = EntityType::kGroup;
    c->typed = c->strong = true;
    c->canonical = "";  // a nationality is its own entity, named by its singular below
    return;
  }
  if (cats & kOrg) return set(EntityType::kOrg, kOrg);
  if (cats & (kCity | kRegion)) return set(EntityType::kPlace, kCity);
  // "Medina County", "Helmand Province": a listed place and its territory's word are as good as
  // a listed name
  if (len >= 2 && d.t[c->e - 1].upper && !d.t[c->e - 1].caps && TerritoryWord(d.t[c->e - 1].fold) &&
      d.PhraseLen(c->b, c->e - 1, kPlaceCats) == len - 1 && !(d.Cats(c->b, c->e - 1) & kCountry)) {  // ("U.S. District Judge")
    c->gaz = true;
    return set(EntityType::kPlace, 0);
  }
  if (len == 1) {
    // A US state in news style ("Calif."): the state it stands for.
    const std::string_view state = StateOf(d, std::string(d.t[c->b].fold));  // (the key of one token)
    if (!state.empty()) {
      c->type = EntityType::kPlace;
      c->typed = c->strong = true;
      c->gaz = true;
      c->canonical = std::string(state);
      return;
    }
  }
  // "Jamaat-e-Islami", "Markazi Anjuman-e-Tajiran Lahore": a name joined by an ezafe is a
  // party's, a movement's or an association's
  for (size_t j = c->b + 1; j + 3 < c->e; ++j) {
    if (EzafeAt(d, j, c->e)) return set(EntityType::kOrg, 0);
  }
  // "Kalye Sampaguita", "Calle Mayor", "Jalan Ampang", "Avenida Paulista", "Brgy. Bagong
  // Tanglaw", "Plaza de Mayo", "Palacio de Hacienda": a street's, a square's, a palace's or a
  // Philippine village's word opens its name
  if (len > 1 && d.t[c->b].upper && !d.t[c->b].caps) {
    static constexpr std::string_view kStreet[] = {"kalye", "calle",  "avenida", "rua",    "jalan",
                                                   "rue",   "plaza",  "palacio", "paseo",  "parque",
                                                   "piazza", "praca"};
    static constexpr WordList kStreetList(kStreet);
    if (kStreetList.Has(d.t[c->b].fold) || VillageWord(d.t[c->b].fold)) return set(EntityType::kPlace, 0);
  }
  // "Banco Cordillera", "Grupo Montealto", "Caixa Geral", "Instituto Nacional": a body's word
  // of a Romance language opens the name, whatever place or person word follows
  if (len > 1 && d.t[c->b].upper && !d.t[c->b].caps && OpeningBodyWord(d.t[c->b].fold))
    return set(EntityType::kOrg, 0);
  if (cats & kPerson) return set(EntityType::kPerson, kPerson);
  // "Pathum Sandeepa de Alwis", "Ana Paula dos Santos": capitalised words, a lower-case surname
  // particle, then one or two capitalised words, no body's or place's word among them, make a
  // person's name whatever the tagger read (a body's name opens with its word: "Banco de ...")
  if (hint != Hint::kPerson && hint != Hint::kPlace && len >= 3 && len <= 6 && !(cats & kPlaceCats)) {
    size_t particle = 0;
    bool plain = true;
    for (size_t i = c->b; i < c->e && plain; ++i) {
      if (!d.t[i].upper) {
        if (d.Is(i, kSurnameParticle) && i > c->b && particle == 0) {
          particle = i;
        } else {
          plain = false;
        }
        continue;
      }
      plain = !d.t[i].caps && !d.Is(i, kOrgWord | kOrg | kPlaceCats | kDemonym | kTitle) &&
              !OpeningBodyWord(d.t[i].fold) && !BusinessClosingWord(d.t[i].fold) && !EventWord(d.t[i].fold);
    }
    // (and the article names the person by the surname alone elsewhere: "De Alwis, who made 143,
    // said"; a paper or a feast is not so named: "Correio de Manha", "Cinco de Mayo")
    bool surname_alone = false;
    if (plain && particle > c->b && c->e - particle >= 2 && c->e - particle <= 3) {
      const size_t len_s = c->e - particle;
      const std::vector<uint32_t>& at = d.ParticlePositions(d.t[particle].fold);
      for (size_t x = 0; x < at.size() && x < 256 && !surname_alone; ++x) {  // (bounded: odd input)
        const size_t pos = at[x];
        if (pos == particle || pos + len_s > d.n()) continue;
        bool same = true;
        for (size_t k = 1; k < len_s && same; ++k) same = d.t[pos + k].fold == d.t[particle + k].fold;
        surname_alone = same && (pos == 0 || d.t[pos - 1].fold != d.t[particle - 1].fold);
      }
    }
    if (surname_alone) return set(EntityType::kPerson, 0);
  }
  // "Marina Crest Securities": a name closed by a firm's word that ends no person's name is the
  // firm, whatever first name opens it
  if (hint == Hint::kPerson && len > 1 && d.t[c->e - 1].upper &&
      (BusinessClosingWord(d.t[c->e - 1].fold) || PartyClosingWord(d.t[c->e - 1].fold))) {
    return set(EntityType::kOrg, 0);
  }
  // "Billie Jean King Cup", "Manolo Santana Stadium": a contest's or a venue's name after whom
  // ever it is named
  if (len > 1 && d.t[c->e - 1].upper && EventWord(d.t[c->e - 1].fold)) {
    const std::string_view f = d.t[c->e - 1].fold;
    return set(f == "stadium" || f == "arena" ? EntityType::kPlace : EntityType::kMisc, 0);
  }
  // "Tres Piedras Dam", "Seco Creek", "Kinta River", "Zaria Road": a name closed by a word of a
  // river, a dam, a strait or a road is that place, whoever it is named after
  if (len > 1 && hint != Hint::kOrg && hint != Hint::kPlace && d.t[c->e - 1].upper && !d.t[c->e - 1].caps &&
      FeatureWord(d.t[c->e - 1].fold)) {
    return set(EntityType::kPlace, 0);
  }
  if (hint == Hint::kPerson) return set(EntityType::kPerson, 0);
  // "Tanner Lee Wexford, 34,": a name of two to four words with an age after it is a person's,
  // whatever place its surname is (not when a place opens it)
  if ((hint == Hint::kPlace || hint == Hint::kMisc) && len >= 2 && len <= 4 &&
      !d.Is(c->b, kPlaceCats | kDemonym) && !(cats & kPlaceCats) &&
      AgeAfter(d, c->e)) {
    return set(EntityType::kPerson, 0);
  }
  // A name closed by a paper's or an institution's word is that body, whatever place words
  // it holds ("Juniper Valley Ledger", "Silicon Valley Bank", "Stanford University"); words
  // that also close buildings, districts or states (centre, church, court, post; "Soviet Union")
  // are left to the tagger
  if (hint == Hint::kPlace && len > 1 && d.t[c->e - 1].upper &&
      (ClosingBodyWord(d.t[c->e - 1].fold) || BusinessClosingWord(d.t[c->e - 1].fold) ||
       PartyClosingWord(d.t[c->e - 1].fold))) {
    return set(EntityType::kOrg, 0);
  }
  if (hint == Hint::kPlace) return set(EntityType::kPlace, 0);
  // a firm's closing word ("Hanbit Energy Solutions", "Marina Crest Securities")
  if (len > 1 && d.t[c->e - 1].upper && BusinessClosingWord(d.t[c->e - 1].fold)) return set(EntityType::kOrg, 0);
  // an organisation word anywhere after the first word ("Labour Party", "Bank of England")
  for (size_t i = c->b; i < c->e; ++i) {
    if (d.Is(i, kOrgWord) && (i > c->b || len == 1 || d.t[i].fold == "ministry" || d.t[i].fold == "university")) {
      if (len > 1) return set(EntityType::kOrg, 0);
    }
  }
  // "Its president, Alexandre de Moraes,": a first name, a surname's particle and a capitalised
  // word are a person's name, whatever the tagger read (no body's word in it)
  if (hint == Hint::kOrg && len >= 3 && len <= 5 && d.Is(c->b, kFirstName) && !d.Is(c->b, kPlaceCats) &&
      !d.t[c->b].caps) {
    bool particle = false, body = false;
    for (size_t i = c->b + 1; i < c->e; ++i) {
      particle = particle || (d.Is(i, kSurnameParticle) && !d.t[i].upper && i + 1 < c->e && d.t[i + 1].upper);
      body = body || d.Is(i, kOrgWord | kOrg) || d.t[i].caps || BusinessClosingWord(d.t[i].fold);
    }
    if (particle && !body) return set(EntityType::kPerson, 0);
  }
  if (hint == Hint::kOrg) return set(EntityType::kOrg, 0);
  if (hint == Hint::kMisc) return set(EntityType::kMisc, 0);
  if (len >= 2 && d.Is(c->b, kFirstName) && !d.Is(c->b, kPlaceCats)) {
    c->type = EntityType::kPerson;
    c->typed = c->strong = true;
    return;
  }
  if (len == 1 && d.t[c->b].caps && d.t[c->b].text.size() <= 5) {  // an acronym: NATO, FBI
    c->type = EntityType::kOrg;
    c->typed = true;
    return;
  }
  // A compass word before an unknown name makes a place: "Northern Ireland", "West Bank".
  static const char* const kCompass[] = {"north", "south", "east", "west", "northern",
                                         "southern", "eastern", "western", "central", "upper", "lower"};
  if (len >= 2) {
    for (const char* w : kCompass) {
      if (d.t[c->b].fold == w) {
        c->type = EntityType::kPlace;
        c->typed = true;
        return;
      }
    }
  }
  if (len >= 2 && len <= 3) {  // "Firstname Surname" is the commonest unknown shape in news
    c->type = EntityType::kPerson;
    c->typed = true;
    return;
  }
  c->type = EntityType::kMisc;  // unknown: a bare word; clustering may still make it a person
}

// "June Tallis", "April Ryan": a month that is also a listed first name, before a capitalised
// word that is no date and after no date word ("in June", "since April"), is a first name.
bool MonthAsFirstName(const Doc& d, size_t i) {
  if (!d.Is(i, kMonth) || !d.Is(i, kFirstName) || i + 1 >= d.n() || d.Adjacent(i)) return false;
  if (!d.t[i + 1].upper || !d.t[i + 1].word || d.Is(i + 1, kMonth | kWeekday)) return false;
  return i == 0 || !DateWordBefore(d.t[i - 1].fold);
}

// Drops words at the front of a span that are no names: listed non-names, months, pronouns,
// and sentence-initial capitalised words that appear nowhere else capitalised mid-sentence
// and are in no gazetteer. `tagged`: the span comes from the tagger (with its type `hint`).
bool DropFront(const Doc& d, size_t i, size_t e, bool tagged, Hint hint) {
  TokInfo x = d.t[i];
  // The first word after a dateline's dash opens the sentence proper ("LONDON (Reuters) - The
  // Bank of England ..."). Datelines are found in document order, before this is asked.
  const auto& dl = d.a.datelines;
  const auto after = std::lower_bound(dl.begin(), dl.end(), static_cast<uint32_t>(i),
                                      [](const std::pair<uint32_t, uint32_t>& p, uint32_t t) { return p.second < t; });
  if (after != dl.end() && after->second == i) x.initial = true;
  // a word glued to the next by a hyphen is part of one compound ("Al-Qaeda", "A-League")
  if (i + 2 < e && d.t[i + 1].text == "-" && d.Adjacent(i) && d.Adjacent(i + 1)) return false;
  if (d.Is(i, kMonth | kWeekday | kPronoun) && !MonthAsFirstName(d, i)) return true;
  // "Co Offaly", "Co. Cork": Irish and British style for "County X"; the name is the place (a
  // company's "Co" ends its name, never opens it)
  if ((x.text == "Co" || x.text == "Co.") && i + 1 < e && d.t[i + 1].upper && !d.Adjacent(i)) return true;
  // "De la Rosa said": a sentence's first word that is a surname's particle the article also
  // writes in lower case, before another particle, opens the surname ("De Blasio" loses its
  // "De" and joins "Bill de Blasio" by the surname alone)
  if (x.initial && i + 2 < e && d.Is(i, kSurnameParticle) && d.Is(i + 1, kSurnameParticle) && d.t[i + 2].upper &&
      !x.caps && d.Seen(x.fold, Doc::kSeenLower))
    return false;
  if (d.Is(i, kNonName) && !x.caps && !(x.word && !x.initial && d.KoreanFamilyName(x.fold))) {
    // "New York", "El Salvador": a listed phrase keeps its first word.
    if (d.PhraseLen(i, e, kGazCats) >= 2) return false;
    // Mid-sentence, a capitalised function word inside a tagged organisation or title is part
    // of it ("The Sunday Times", "A-League"); at a sentence start it is the sentence's capital.
    // "New Providence" as well; an article stays out of people and places ("the Netherlands").
    const bool article = x.fold == "the" || x.fold == "a" || x.fold == "an";
    if (tagged && !x.initial && i + 1 < e && !d.Is(i, kPronoun) &&
        (hint == Hint::kOrg || hint == Hint::kMisc || (!article && hint == Hint::kPlace)))
      return false;
    return true;
  }
  if (!x.initial) return false;
  if (d.Has(x.fold, kGazCats | kTitle | kHonorific | kOrgWord)) return false;
  if (d.PhraseLen(i, e, kPlaceCats | kOrg) >= 2) return false;  // "Eastern Cape Premier ..." opening a sentence
  if (d.Seen(x.fold, Doc::kSeenCapInside)) return false;
  // The tagger read the context ("Boultham is a village"): keep its sentence-initial word unless
  // the article also writes it in lower case, i.e. it is an ordinary word ("Temporary visas").
  if (tagged) return d.Seen(x.fold, Doc::kSeenLower);
  return true;
}

// "J.J.", "A.J.", "R.K.": two or three capital letters, each with its period.
bool DottedInitials(std::string_view t) {
  if (t.size() < 4 || t.size() > 6 || t.size() % 2) return false;
  for (size_t k = 0; k < t.size(); k += 2) {
    if (t[k] < 'A' || t[k] > 'Z' || t[k + 1] != '.') return false;
  }
  return true;
}

// The name of a capitalised run [.., e) goes on past it ("Ansar al-Sharia", "Campaign for an
// Independent and Neutral Switzerland"): a particle, a connector or a hyphen follows.
bool NameGoesOn(const Doc& d, size_t e) {
  if (e >= d.n()) return false;
  const std::string_view f = d.t[e].fold;
  return d.Is(e, kSurnameParticle) || f == "of" || f == "for" || f == "and" || f == "&" || f == "-" ||
         (e > 0 && d.Adjacent(e - 1) && f != "," && f != "." && f != "'s" && f != "\xE2\x80\x99s");
}

// A party's adjective ("a Democratic district"), no name of a territory.
bool PartyAdjective(std::string_view f) {
  return f == "democratic" || f == "republican" || f == "conservative" || f == "liberal" || f == "labour" ||
         f == "labor" || f == "socialist";
}

// A governing body's word that names the body alone after "the" ("the Commission", "the Senate").
bool GoverningBodyWord(std::string_view f) {
  static constexpr std::string_view kWords[] = {"commission", "council", "senate", "assembly", "parliament",
                                                "congress", "tribunal"};
  static constexpr WordList kWordsList(kWords);
  return kWordsList.Has(f);
}

// "Town Councilwoman Patrice Nguyen", "County Commissioner Ann Ross": a word for a level of
// government right before a capitalised title is part of the title, no name (the tagger may
// read it apart).
bool JurisdictionBeforeTitle(const Doc& d, size_t i) {
  static constexpr std::string_view kWords[] = {"town", "city", "county", "state", "district", "parish",
                                                "borough", "village", "township", "municipal", "provincial"};
  static constexpr WordList kWordsList(kWords);
  return i + 1 < d.n() && d.t[i].upper && !d.t[i].caps && !d.Adjacent(i) && d.t[i + 1].upper &&
         d.Is(i + 1, kTitle) && kWordsList.Has(d.t[i].fold);
}

// The words [b, e) name a portfolio joined by "and" to a title before a person's name
// ("Labour and Social Protection Cabinet Secretary Peris Gakuo", "Health and Social Care
// Secretary Wes Streeting"): either part, the title's words and a capitalised name after it.
bool PortfolioBeforeTitle(const Doc& d, size_t b, size_t e) {
  if (b >= e || e - b > 3 || e >= d.n()) return false;
  for (size_t k = b; k < e; ++k) {
    if (!d.t[k].upper || d.t[k].caps || d.Is(k, kFirstName | kHonorific)) return false;
  }
  const uint32_t sent = d.a.tokens[b].sentence;
  // (a minister's or a spokesperson's title: "Kasich and Kentucky Sen. Rand Paul", "Goodlatte
  // and Benghazi Committee Chairman Trey Gowdy" are two people)
  auto title_then_name = [&](size_t k) {
    const size_t tl = d.PhraseLen(k, d.n(), kTitle);
    if (tl == 0 || k + tl >= d.n() || !d.t[k + tl].upper || d.a.tokens[k + tl].sentence != sent) return false;
    const std::string_view head = d.t[k + tl - 1].fold;
    return head == "minister" || head == "secretary" || head == "commissioner" || head == "spokesman" ||
           head == "spokeswoman" || head == "spokesperson" || head == "critic";
  };
  // the first part: "and", up to four capitalised words, the title
  if (d.t[e].fold == "and" && !d.t[e].upper) {
    size_t k = e + 1;
    while (k < d.n() && k < e + 5 && d.t[k].upper && !d.t[k].caps && !d.Is(k, kTitle) &&
           !d.Is(k, kPlaceCats | kDemonym | kOrgWord | kOrg))
      ++k;
    if (k > e + 1 && k < d.n() && title_then_name(k)) return true;
  }
  // the second part: a capitalised word and "and" before, the title right after
  return b >= 2 && d.t[b - 1].fold == "and" && !d.t[b - 1].upper && d.t[b - 2].upper && !d.t[b - 2].caps &&
         title_then_name(e);
}

// A tagger's span over such a portfolio and its "and" ("Labour and Social Protection Cabinet").
bool PortfolioInside(const Doc& d, size_t b, size_t e) {
  for (size_t m = b + 1; m + 1 < e; ++m) {
    if (d.t[m].fold == "and" && !d.t[m].upper) return PortfolioBeforeTitle(d, b, m);
  }
  return false;
}

// A language's name written alone ("speaking in Swahili"): languages.tsv, a blob of the lexicons.
bool LanguageName(const Doc& d, size_t i) {
  const auto blob = d.lex.blobs.find("languages");
  if (blob == d.lex.blobs.end() || d.t[i].caps || !d.t[i].upper) return false;
  const auto& names = BlobMap(blob->second, false);
  return names.count(std::string(d.t[i].fold)) != 0;
}

Cand CleanSpan(const Doc& d, size_t b, size_t e, Hint hint, bool tagged, std::vector<Cand>* extra) {
  Cand c;
  while (b < e && DropFront(d, b, e, tagged, hint) && !(b + 1 < e && d.Is(b, kHonorific))) ++b;
  c.b = static_cast<uint32_t>(b);
  c.e = static_cast<uint32_t>(e);
  if (b >= e) return c;
  StripFront(d, &c, b, extra);
  // A run that ends in a title word only ("President", "MLA") is no name; a title in capitals
  // after a name is the person's, not the name's ("Greens MLC", "Labour MP": the party).
  if (c.b >= c.e) return c;
  bool title_after = false;
  while (c.e - c.b >= 2 && d.t[c.e - 1].caps && d.Is(c.e - 1, kTitle)) --c.e, title_after = true;
  // "the Fianna Fáil TD for Kerry", "a Sinn Féin TD": after a determiner, the words before a
  // member's title in capitals are the member's party (no person's name)
  if (!title_after && c.e < d.n() && d.t[c.e].caps && d.Is(c.e, kTitle)) title_after = true;  // (a tagger's span)
  if (title_after && c.b > 0 && (d.t[c.b - 1].fold == "the" || d.t[c.b - 1].fold == "a") && !d.t[c.b - 1].upper &&
      !d.Is(c.b, kFirstName | kHonorific | kTitle)) {
    Cand party = c;
    party.type = EntityType::kOrg;
    party.typed = party.strong = true;
    return party;
  }
  // "the NDP Opposition", "the SNP Government": a party's initials and its role in the house
  if (c.e - c.b == 2 && d.t[c.b].caps && (d.t[c.e - 1].fold == "opposition" || d.t[c.e - 1].fold == "government"))
    --c.e;
  if ((c.e - c.b == 1 && (d.Is(c.b, kTitle | kHonorific) ||
                          (d.Is(c.b, kNonName) && !d.t[c.b].caps && !d.KoreanFamilyName(d.t[c.b].fold)) ||
                          LanguageName(d, c.b) || JurisdictionBeforeTitle(d, c.b))) ||
      PortfolioBeforeTitle(d, c.b, c.e) || PortfolioInside(d, c.b, c.e)) {
    c.e = c.b;
    return c;
  }
  RoleBefore(d, &c);
  TypeCand(d, &c, hint);
  return c;
}

// ============================================================ [SECTION] Clustering

struct Cluster {
  EntityType type = EntityType::kMisc;
  bool typed = false;
  std::vector<size_t> cands;              // candidate indices, document order
  // Start offsets of its mentions, sorted: PickPerson finds the one before a position by
  // binary search (a scan per mention was quadratic for a name repeated 100,000 times).
  std::set<uint32_t> starts;
  std::vector<std::string> full;          // folded words of the fullest person name
  size_t full_len = 0;
  bool has_full = false;                  // a person name of two or more words was seen
  std::string name;                       // display name
  std::string key;                        // folded key for non-persons
  char gender = 0;
  std::vector<std::string> roles;
  uint32_t last_start = 0;                // last name mention so far (for recency)
  std::set<std::string> short_forms;      // person: folded shorter names it was called by
  // The company short forms of cands[0, company_names_of) (Clusterer::NamesCompany), distinct:
  // kept as the cluster grows, so that a name repeated n times costs n, not n x n.
  std::vector<std::string> company_names;
  size_t company_names_of = 0;
};

std::vector<std::string> NameWords(const Doc& d, const Cand& c);

std::string JoinWords(const std::vector<std::string>& w) {
  std::string s;
  for (const std::string& x : w) {
    if (!s.empty()) s.push_back(' ');
    s += x;
  }
  return s;
}

// The folded words of a name, hyphenated parts rejoined, for matching people's names.
std::vector<std::string> Words(const Doc& d, const Cand& c) {
  std::vector<std::string> w = NameWords(d, c);
  // A generational suffix is no surname: "Martin O'Brien Jr." is "O'Brien" later.
  static const char* const kSuffixes[] = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"};
  while (w.size() >= 2 && std::find_if(std::begin(kSuffixes), std::end(kSuffixes),
                                       [&](const char* x) { return w.back() == x; }) != std::end(kSuffixes)) {
    w.pop_back();
  }
  return w;
}

// The folded words of a name as written ("Ocasio-Cortez" one word).
std::vector<std::string> NameWords(const Doc& d, const Cand& c) {
  std::vector<std::string> w;
  for (size_t i = c.b; i < c.e; ++i) {
    if (d.t[i].text == "-" && !w.empty() && i + 1 < c.e) {  // rejoin "Ocasio-Cortez"
      w.back() += '-';
      w.back() += d.t[i + 1].fold;
      ++i;
      continue;
    }
    if (d.t[i].word) w.emplace_back(d.t[i].fold);
  }
  return w;
}

// The short form of a folded organisation name: trailing legal-form and corporate words
// removed ("brightwave technologies" -> "brightwave", "acme systems, inc." -> "acme"); ""
// when there is none. Reporters name a company in full once, then by its first word(s).
// A legal form, or a word that closes a company's name like one ("Group", "Holdings"), folded.
bool CorporateSuffix(std::string_view w) {
  if (LegalForm(w)) return true;
  static constexpr std::string_view kSuffixes[] = {
      "incorporated", "co", "co.", "company", "sa", "lp", "group", "holdings", "industries", "technologies", "systems", "networks", "labs",
      "laboratories", "partners",
      // the trade words a company drops in later mentions ("SkyBridge" of "SkyBridge Airways")
      "airways", "airlines", "motors", "pharmaceuticals", "therapeutics", "petroleum", "energy", "software",
      "biosciences", "robotics", "semiconductor", "logistics", "mining", "resources", "solutions", "enterprises", "plantations",
      "shipbuilding", "shipping", "construction", "properties", "minerals", "metals", "telecom", "telecommunications", "foods", "brands",
      "industry", "nickel", "nikel", "steel", "cement", "chemicals", "textiles", "garment", "garments", "securities"};
  static constexpr WordList kSuffixesList(kSuffixes);
  return kSuffixesList.Has(w);
}

std::string CorporateShortForm(std::string_view key) {
  std::string_view k = key;
  bool cut = false;
  // an Indonesian company's legal form opens its name: "PT Sinar Halmahera Nikel Tbk"
  for (std::string_view front : {std::string_view("pt "), std::string_view("pt. ")}) {
    if (k.size() > front.size() + 2 && k.compare(0, front.size(), front) == 0) {
      k.remove_prefix(front.size());
      cut = true;
    }
  }
  for (;;) {
    const size_t sp = k.find_last_of(' ');
    if (sp == std::string_view::npos) break;
    if (!CorporateSuffix(k.substr(sp + 1))) break;
    k = k.substr(0, sp);
    while (!k.empty() && (k.back() == ',' || k.back() == ' ')) k.remove_suffix(1);
    cut = true;
  }
  return cut ? std::string(k) : std::string();
}

// The first word of an organisation name that carries a legal form, when it can stand for the
// company alone: "Toyota Motor Corp." -> "toyota", "Lloyds Banking Group" -> "lloyds". Only a
// word of three or more letters that no lexicon lists (not "General Motors Co." -> "general",
// nor "Bank of America Corp." -> "bank"); "" otherwise.
std::string CorporateFirstWord(const Doc& d, const std::string& key, const std::string& short_form) {
  const size_t sp = short_form.find(' ');
  if (short_form.empty() || sp == std::string::npos || sp < 3) return std::string();
  std::string first = short_form.substr(0, sp);
  for (char ch : first) {
    if (!((ch >= 'a' && ch <= 'z') || static_cast<unsigned char>(ch) >= 0x80)) return std::string();
  }
  if (d.lex.Find(first) != nullptr || first == key) return std::string();
  return first;
}

// The words of a two-word short form that may stand for the company alone: four or more
// letters, and no lexicon lists them ("deutsche lufthansa" -> both; "deutsche
// bank" -> "deutsche"); none for a short form of one word or of three or more.
std::vector<std::string> UnlistedShortFormWords(const Doc& d, const std::string& short_form) {
  std::vector<std::string> out;
  const size_t sp = short_form.find(' ');
  if (sp == std::string::npos || short_form.find(' ', sp + 1) != std::string::npos) return out;
  for (std::string w : {short_form.substr(0, sp), short_form.substr(sp + 1)}) {
    if (w.size() >= 4 && d.lex.Find(w) == nullptr) out.push_back(std::move(w));
  }
  return out;
}

// The first letters of folded name words from `drop` on; `skip_small`: leave out short function
// words ("Federal Bureau of Investigation" -> "fbi", "Banco de Espana" -> "be").
std::string Initials(const std::vector<std::string>& words, size_t drop, bool skip_small) {
  static const char* const kSmall[] = {"of", "the", "and", "for", "on", "in", "de", "&", "du", "des", "la", "le",
                                       "los", "las", "en", "y", "del", "e", "da", "do", "dos", "das"};
  std::string initials;
  for (size_t k = drop; k < words.size(); ++k) {
    const std::string& w = words[k];
    if (w.empty()) continue;
    if (skip_small && std::find_if(std::begin(kSmall), std::end(kSmall), [&](const char* x) { return w == x; }) !=
                          std::end(kSmall)) {
      continue;
    }
    initials.push_back(w[0]);
  }
  return initials;
}

// The letters a-z of a folded word ("u.s." -> "us"): an acronym's letters.
std::string LettersOf(std::string_view fold) {
  std::string letters;
  for (char ch : fold) {
    if (ch >= 'a' && ch <= 'z') letters.push_back(ch);
  }
  return letters;
}

// A capitalised word in lower case otherwise, alone in brackets: "(Eminco)", "(Ibama)".
// (inline, the bracket first: asked of every token, twice)
inline bool BracketedWord(const Doc& d, size_t t) {
  return t > 0 && t + 1 < d.n() && d.t[t - 1].text == "(" && d.t[t].upper && !d.t[t].caps &&
         d.t[t + 1].text == ")";
}

// Are the letters of `short_form` (folded) taken in order from `words` (folded), the first
// from the first word's first letter, over two words at least?
bool LettersInOrder(std::string_view short_form, const std::vector<std::string>& words) {
  if (short_form.empty() || words.empty() || words[0].empty() || words[0][0] != short_form[0]) return false;
  size_t at = 1, word = 0, pos = 1, last_word = 0;
  while (at < short_form.size() && word < words.size()) {
    if (pos >= words[word].size()) {
      ++word;
      pos = 0;
      continue;
    }
    if (words[word][pos++] == short_form[at]) {
      ++at;
      last_word = word;
    }
  }
  return at == short_form.size() && last_word > 0;
}

// Is `acronym` (folded, letters only) made of the initials of `words` (folded)? All words, or
// the words other than short function words; up to two leading words may stay outside the
// acronym ("U.S. Food and Drug Administration (FDA)").
bool InitialsMatch(std::string_view acronym, const std::vector<std::string>& words) {
  for (size_t drop = 0; drop < 3 && drop < words.size(); ++drop) {
    for (const bool skip_small : {false, true}) {
      const std::string initials = Initials(words, drop, skip_small);
      if (initials.size() >= (drop ? 3u : 2u) && initials == acronym) return true;
    }
  }
  return false;
}

// A Korean name: a family name, then a given name of two syllables joined by a hyphen.
bool FamilyNameFirst(const std::vector<std::string>& full) {
  if (full.size() != 2) return false;
  const std::string& g = full.back();
  const size_t h = g.find('-');
  return h >= 2 && h <= 4 && g.size() - h - 1 >= 2 && g.size() - h - 1 <= 5 && full.front().size() <= 4;
}

// Does the shorter person name `w` fit the fuller name `full`? A suffix ("Lopez Obrador" of
// "Andres Manuel Lopez Obrador", "Harris" of "Kamala Harris") or the first name alone
// followed by the surname is required; "Chelsea Clinton" does not fit "Hillary Clinton".
bool FitsName(const std::vector<std::string>& w, const std::vector<std::string>& full) {
  if (w.empty() || w.size() > full.size()) return false;
  // a Korean name puts the family name first ("Ban" of "Ban Ki-moon", "Kim" of "Kim Do-hyun")
  if (w.size() == 1 && FamilyNameFirst(full) && w.front() == full.front()) return true;
  return std::equal(w.rbegin(), w.rend(), full.rbegin());
}

bool Locative(const Doc& d, size_t i);

class Clusterer {
 public:
  Clusterer(const Doc& d, std::vector<Cand>* cands) : d_(d), c_(*cands) {}

  std::vector<Cluster> Run() {
    FindAcronyms();
    // Pass 1: names of two or more words and everything typed by a lexicon, in order.
    for (size_t i = 0; i < c_.size(); ++i) {
      if (!IsBare(i) && c_[i].entity < 0 && !c_[i].headline) Assign(i);
    }
    // Pass 2: bare single words (surnames, unknown words) join what pass 1 built.
    for (size_t i = 0; i < c_.size(); ++i) {
      if (IsBare(i) && c_[i].entity < 0 && !c_[i].headline) Assign(i);
    }
    // Pass 3: the names of a Title Case headline, typed by the tagger alone, join what the body
    // built ("Sawit Permata, Kinabalu Agro agree merger" before "Sawit Permata Bhd and Kinabalu
    // Agro Plantations Berhad"): a headline shortens the names the story gives in full
    for (const bool bare : {false, true}) {
      for (size_t i = 0; i < c_.size(); ++i) {
        if (c_[i].headline && IsBare(i) == bare && c_[i].entity < 0) Assign(i);
      }
    }
    return std::move(clusters_);
  }

 private:
  bool IsBare(size_t i) const {
    const Cand& c = c_[i];
    if (c.e - c.b != 1) return false;
    return c.type == EntityType::kPerson || !c.typed || c.type == EntityType::kMisc || PlaceFirstName(i);
  }

  // One word a gazetteer types as a place that is also a first name ("Sofia", "Florence"), not
  // after a locative word: a person's first name when the article names that person in full
  // (decided in pass 2, once every full name is known).
  bool PlaceFirstName(size_t i) const {
    const Cand& c = c_[i];
    return c.type == EntityType::kPlace && c.e - c.b == 1 && !c.dateline && !c.honorific &&
           d_.Is(c.b, kFirstName) && !Locative(d_, c.b);
  }

  int NewCluster(size_t i, EntityType type) {
    Cluster k;
    k.type = type;
    k.typed = c_[i].typed;
    clusters_.push_back(std::move(k));
    return static_cast<int>(clusters_.size() - 1);
  }

  void Add(int k, size_t i) {
    Cluster& cl = clusters_[k];
    Cand& c = c_[i];
    c.entity = k;
    if (cl.type == EntityType::kOrg && c.type == EntityType::kOrg) RegisterOrgWords(k, i);
    // "Barangay Masagana": the village's name without its word names it too
    if (cl.type == EntityType::kPlace && c.e - c.b >= 2 && VillageWord(d_.t[c.b].fold))
      by_key_.emplace("village|" + d_.Key(c.b + 1, c.e), k);
    // "the Mediterranean" after "the Mediterranean Sea", "Shizuoka" after "Shizuoka Prefecture"
    if (cl.type == EntityType::kPlace && c.type == EntityType::kPlace && c.e - c.b >= 2 && SuffixPlaceWord(c.e - 1))
      by_key_.emplace(std::to_string(static_cast<int>(EntityType::kPlace)) + "|" + d_.Key(c.b, c.e - 1), k);
    cl.cands.push_back(i);
    cl.starts.insert(d_.a.tokens[c.b].span.start);
    if (c.gender && !cl.gender) cl.gender = c.gender;
    if (!c.role.empty() && std::find(cl.roles.begin(), cl.roles.end(), c.role) == cl.roles.end())
      cl.roles.push_back(c.role);
    const uint32_t start = d_.a.tokens[c.b].span.start;
    cl.last_start = std::max(cl.last_start, start);
    if (cl.type == EntityType::kPerson) {
      std::vector<std::string> w = Words(d_, c);
      if (!cl.gender && w.size() >= 2) {
        // the first name's gender ("Linda Pryce"), so that "Mr Pryce" later finds her husband
        const std::string_view g = d_.lex.Value(w.front(), kFirstName);
        if (g == "m" || g == "f") cl.gender = g[0];
      }
      if (w.size() > cl.full.size()) {
        cl.full = w;
        cl.name = std::string(d_.Surface(c.b, c.e));
      }
      if (w.size() >= 2) cl.has_full = true;
      if (!cl.full.empty() && w.size() < cl.full.size()) cl.short_forms.insert(JoinWords(w));
      if (!w.empty()) {
        auto& v = by_surname_[w.back()];
        if (std::find(v.begin(), v.end(), k) == v.end()) v.push_back(k);
      }
      if (FamilyNameFirst(w)) {  // "Ban" later is "Ban Ki-moon"
        auto& v = by_surname_[w.front()];
        if (std::find(v.begin(), v.end(), k) == v.end()) v.push_back(k);
      }
      if (w.size() >= 2) {
        auto& v = by_first_[w.front()];
        if (std::find(v.begin(), v.end(), k) == v.end()) v.push_back(k);
      }
      for (size_t m = 1; m + 1 < w.size(); ++m) {  // inner words of a long name ("Lula")
        if (w[m].size() < 3 || d_.Has(w[m], kSurnameParticle)) {
          // a surname opened by particles inside it ("de la Rosa" of "Jesús Manuel de la Rosa
          // Inzunza"), from each particle on: "de la rosa", "la rosa"
          size_t j = m;
          while (j + 1 < w.size() && d_.Has(w[j], kSurnameParticle)) ++j;
          if (j > m && j + 1 < w.size() && d_.Has(w[m], kSurnameParticle)) {
            std::vector<std::string> part(w.begin() + static_cast<std::ptrdiff_t>(m), w.begin() + static_cast<std::ptrdiff_t>(j) + 1);
            auto& v = by_inner_[JoinWords(part)];
            if (std::find(v.begin(), v.end(), k) == v.end()) v.push_back(k);
          }
          continue;
        }
        auto& v = by_inner_[w[m]];
        if (std::find(v.begin(), v.end(), k) == v.end()) v.push_back(k);
      }
    } else if (cl.name.empty()) {
      cl.name = c.canonical.empty() ? std::string(d_.Surface(c.b, c.e)) : c.canonical;
    } else if (cl.type == EntityType::kOrg && c.canonical.empty() && c.e - c.b >= 2 &&
               cl.name.find(' ') == std::string::npos) {
      // the fullest name: "Deutsche Veltrana AG" over a headline's "Veltrana" seen first
      const std::string one = Fold(cl.name);
      for (const std::string& w : Words(d_, c)) {
        if (w == one) {
          cl.name = std::string(d_.Surface(c.b, c.e));
          break;
        }
      }
    }
  }

  // Picks among people sharing a surname: gender filter; then, among those named before
  // `start`, the one already called by this short name, else the one the article introduced
  // first (news names its main person "Ms Halloran" and a relative "Nessa Halloran" or
  // "Nessa" throughout); none before: the first one after it (a headline that names the
  // surname before the full name).
  int PickPerson(const std::vector<int>& options, const std::vector<std::string>& w, char gender,
                 uint32_t start) const {
    const std::string form = JoinWords(w);
    int best = -1;
    int best_rank = -1;  // 2: called so before, 1: named before (earliest first), 0: after only
    uint32_t best_at = UINT32_MAX;
    for (int k : options) {
      const Cluster& cl = clusters_[k];
      if (!FitsName(w, cl.full)) continue;
      if (gender && cl.gender && gender != cl.gender) continue;
      if (cl.starts.empty()) continue;
      const uint32_t first = *cl.starts.begin();
      int rank = 0;
      uint32_t at = first;
      if (first < start) {
        rank = 1;
        if (cl.short_forms.count(form)) {
          rank = 2;
          at = *std::prev(cl.starts.lower_bound(start));  // the most recent such use wins
          at = UINT32_MAX - at;
        }
      }
      if (rank > best_rank || (rank == best_rank && at < best_at)) {
        best = k;
        best_rank = rank;
        best_at = at;
      }
    }
    return best;
  }

  // Is `key` the short form of a company name among cluster k's candidates, or that short form
  // without a trade word opening it ("serra verde" of "Mineração Serra Verde S.A.")?
  bool NamesCompany(int k, const std::string& key) {
    Cluster& cl = clusters_[k];
    for (; cl.company_names_of < cl.cands.size(); ++cl.company_names_of) {
      const Cand& c = c_[cl.cands[cl.company_names_of]];
      const std::string sf = CorporateShortForm(d_.Key(c.b, c.e));
      auto add = [&cl](std::string name) {
        if (std::find(cl.company_names.begin(), cl.company_names.end(), name) == cl.company_names.end())
          cl.company_names.push_back(std::move(name));
      };
      add(sf);
      const size_t sp = sf.find(' ');
      if (sp != std::string::npos && OpeningBodyWord(std::string_view(sf).substr(0, sp))) add(sf.substr(sp + 1));
    }
    return std::find(cl.company_names.begin(), cl.company_names.end(), key) != cl.company_names.end();
  }

  // Acronyms defined in the article: a name followed by its initials in brackets ("the European
  // Central Bank (ECB)", "Federal Bureau of Investigation (FBI)"). Every mention of the acronym,
  // before or after, is the named entity (news defines an acronym once, then uses it).
  void FindAcronyms() {
    std::vector<int> ending_at(d_.n() + 1, -1);
    for (size_t j = 0; j < c_.size(); ++j) ending_at[c_[j].e] = static_cast<int>(j);
    for (size_t i = 0; i < c_.size(); ++i) {
      const Cand& c = c_[i];
      if (c.e - c.b != 1 || c.b < 2 || c.e >= d_.n() || !d_.t[c.b].upper) continue;
      if (d_.t[c.b - 1].text != "(" || d_.t[c.e].text != ")") continue;
      const int j = ending_at[c.b - 1];
      if (j < 0 || c_[j].e - c_[j].b < 2) continue;
      const std::string letters = LettersOf(d_.t[c.b].fold);
      const std::vector<std::string> words = Words(d_, c_[j]);
      if (!d_.t[c.b].caps) continue;  // (a short form in lower case: below)
      // its initials ("ECB"); for an organisation, any word in capitals: its first word
      // ("Swiss International Air Lines (SWISS)") or its initials in its own language ("Flemish
      // Dockworkers' Union (VDB)"): news brackets nothing else right after a body's name
      const bool org = c_[j].type == EntityType::kOrg && words.size() >= 2 && letters.size() <= 6;
      // (a longer one by Schwartz & Hearst's letters in order: "Ghana Cocoa Board (COCOBOD)")
      if (letters.size() < 2 || letters.size() > 8 ||
          !(org || InitialsMatch(letters, words) ||
            (c_[j].type == EntityType::kOrg &&
             (LettersInOrder(letters, words) ||  // (or after the country's name that opens it)
              (words.size() >= 3 && (d_.Cats(c_[j].b, c_[j].b + 1) & kPlaceCats) &&
               LettersInOrder(letters, std::vector<std::string>(words.begin() + 1, words.end())))))))
        continue;
      acronym_def_.emplace(d_.Key(c.b, c.e), static_cast<size_t>(j));  // the first definition wins
    }
    // A body's name in another language with its translation in brackets ("Yayasan Pesisir
    // Lestari (Sustainable Coast Foundation)"): the translation names it too
    for (size_t i = 0; i < c_.size(); ++i) {
      const Cand& c = c_[i];
      if (c.type != EntityType::kOrg || c.e - c.b < 2 || c.b < 2 || c.e >= d_.n()) continue;
      if (d_.t[c.b - 1].text != "(" || d_.t[c.e].text != ")" || !d_.Is(c.e - 1, kOrgWord)) continue;
      const int j = ending_at[c.b - 1];
      if (j < 0 || c_[j].type != EntityType::kOrg || c_[j].e - c_[j].b < 2) continue;
      acronym_def_.emplace(d_.Key(c.b, c.e), static_cast<size_t>(j));
    }
    // A stock ticker in brackets after a company's name ("Corvane Semiconductor Inc. (Nasdaq:
    // CRVN)", "(NYSE: ARCD)", "(IDX: SHNI)"): the company's too
    for (size_t i = 0; i < c_.size(); ++i) {
      const Cand& c = c_[i];
      if (c.e - c.b != 1 || c.b < 4 || c.e >= d_.n() || !d_.t[c.b].caps || d_.t[c.e].text != ")") continue;
      if (d_.t[c.b - 1].text != ":" || !d_.t[c.b - 2].upper || d_.t[c.b - 3].text != "(") continue;
      const int j = ending_at[c.b - 3];
      if (j < 0 || c_[j].type != EntityType::kOrg) continue;
      acronym_def_.emplace(d_.Key(c.b, c.e), static_cast<size_t>(j));
    }
    // A short form in lower case after its capital, candidate or not ("Empresa Minera Nacional
    // del Cobre (Eminco)", "Asociación de Productores de Cobre (Aprocobre)"): letters taken in
    // order from an organisation's name, its first letter first (Schwartz & Hearst's test for an
    // abbreviation's definition), or, after a body's name of two words or more, a word the
    // lexicons do not know (its name in its own language: "Brazilian Institute of Environment and
    // Renewable Natural Resources (Ibama)"); no place or other listed name
    for (size_t t = 2; t + 1 < d_.n(); ++t) {
      if (!BracketedWord(d_, t)) continue;
      const int j = ending_at[t - 1];
      if (j < 0 || c_[j].e - c_[j].b < 2 || c_[j].type != EntityType::kOrg) continue;
      const std::string letters = LettersOf(d_.t[t].fold);
      const std::vector<std::string> words = Words(d_, c_[j]);
      const bool unknown = d_.lex.Find(d_.t[t].fold) == nullptr;
      if (words.size() >= 2 && letters.size() >= 4 && !(d_.Cats(t, t + 1) & (kPlaceCats | kDemonym | kPerson | kFirstName)) &&
          (LettersInOrder(letters, words) || unknown)) {
        acronym_def_.emplace(d_.Key(t, t + 1), static_cast<size_t>(j));
      }
    }
    // "the California Department of Forestry and Fire Protection, known as Cal Fire": a name
    // after "known as" (or "also known as"), right after another name, is that one's too.
    for (size_t i = 0; i < c_.size(); ++i) {
      const Cand& c = c_[i];
      // (a nickname in quotation marks: 'Vondraskova, known as "Marky" to her teammates')
      size_t b = c.b;
      if (b > 0 && (d_.t[b - 1].text == "\"" || d_.t[b - 1].text == "\xE2\x80\x9C" || d_.t[b - 1].text == "\xE2\x80\x98")) --b;
      if (b < 3 || d_.t[b - 1].fold != "as" || d_.t[b - 2].fold != "known") continue;
      size_t at = b - 2;
      if (at > 0 && d_.t[at - 1].fold == "also") --at;
      if (at > 0 && (d_.t[at - 1].text == "," || d_.t[at - 1].text == "(")) --at;
      const int j = ending_at[at];
      if (j < 0 || static_cast<size_t>(j) == i) continue;
      acronym_def_.emplace(d_.Key(c.b, c.e), static_cast<size_t>(j));
    }
    // Without brackets: an acronym of three or more letters that the initials of exactly one
    // organisation of the article make ("FBI spokeswoman Laura Chen" after "the Federal Bureau
    // of Investigation"). News rarely defines every acronym; two candidate names: neither.
    std::map<std::string, std::vector<size_t>> initials_of;  // initials -> organisation candidates
    for (size_t j = 0; j < c_.size(); ++j) {
      const Cand& c = c_[j];
      // a state or region of two or three words by its initials ("WA" after "Western
      // Australia", "NSW" after "New South Wales"), when the article names it in full
      if (c.type == EntityType::kPlace && c.e - c.b >= 2 && c.e - c.b <= 3 && (d_.Cats(c.b, c.e) & kRegion)) {
        std::string initials;
        for (size_t k = c.b; k < c.e; ++k) {
          if (d_.t[k].upper && d_.t[k].word) initials.push_back(d_.t[k].fold[0]);
        }
        if (initials.size() == c.e - c.b) initials_of[initials].push_back(j);
        continue;
      }
      // a party named as an adjective, without its "Party" ("Alberta's United Conservative
      // government" ... "UCP backbencher"): its initials and a P
      if (c.type == EntityType::kOrg && c.e - c.b >= 2) {
        const std::vector<std::string> w = Words(d_, c);
        if (w.back() != "party") {
          const std::string party = Initials(w, 0, true) + "p";
          if (party.size() >= 3 && party.size() <= 5) initials_of[party].push_back(j);
        }
      }
      if (c.type != EntityType::kOrg || c.e - c.b < 3) continue;
      std::vector<std::string> words = Words(d_, c);
      const std::string initials = Initials(words, 0, true);
      if (initials.size() >= 3 && initials.size() <= 8) initials_of[initials].push_back(j);
      // and without its legal forms ("MCT" after "Maasvlakte Container Terminals B.V.", "KPR" after
      // "Kansai Precision Robotics Co. Ltd."; "FDIC" keeps its "Corporation")
      std::vector<std::string> bare = words;
      while (bare.size() >= 3 && (LegalForm(bare.back()) || bare.back() == "co" || bare.back() == "co.")) bare.pop_back();
      if (bare.size() < words.size()) {
        const std::string short_initials = Initials(bare, 0, true);
        if (short_initials.size() >= 3 && short_initials.size() <= 8) initials_of[short_initials].push_back(j);
      }
      // "EPA" after "the US Environmental Protection Agency": a country's word in front may
      // stay outside the initials
      if (d_.Is(c.b, kCountry | kDemonym) && c.b + 1 < c.e && d_.t[c.b + 1].word) {
        const std::string rest = Initials(words, 1, true);
        if (rest.size() >= 3 && rest.size() <= 8 && rest != initials) initials_of[rest].push_back(j);
      }
    }
    if (initials_of.empty()) return;
    for (size_t i = 0; i < c_.size(); ++i) {
      const Cand& c = c_[i];
      if (c.e - c.b != 1 || !d_.t[c.b].caps || !c.canonical.empty()) continue;
      const std::string key = d_.Key(c.b, c.e);
      if (acronym_def_.count(key)) continue;
      const auto it = initials_of.find(key);
      if (it == initials_of.end()) continue;
      std::set<std::string> names;
      for (size_t j : it->second) names.insert(d_.Key(c_[j].b, c_[j].e));
      if (names.size() == 1) acronym_def_.emplace(key, it->second.front());
    }
  }

  // The one person of the article whose full name starts with the first name `key` (of a
  // compatible gender when `gender` is known), -1 when none or several.
  int OnlyPersonWithFirst(const std::string& key, char gender) const {
    int only = -1;
    const auto fit = by_first_.find(key);
    for (size_t n = 0; fit != by_first_.end() && n < fit->second.size() && only != -2; ++n) {
      const int k = fit->second[n];
      const Cluster& cl = clusters_[k];
      if (cl.type != EntityType::kPerson || cl.full.size() < 2 || cl.full.front() != key) continue;
      if (gender && cl.gender && gender != cl.gender) continue;
      only = only == -1 ? k : -2;
    }
    return only;
  }

  // The one person whose given name the familiar form `key` shortens (diminutives.tsv: "danny"
  // -> "daniel"), -1 when none or several.
  int OnlyPersonWithFullOf(const std::string& key, char gender) const {
    const auto blob = d_.lex.blobs.find("diminutives");
    if (blob == d_.lex.blobs.end()) return -1;
    const auto& forms = BlobMap(blob->second, false);
    const auto it = forms.find(key);
    if (it == forms.end()) return -1;
    int only = -1;
    std::string_view rest = it->second;
    while (!rest.empty() && only != -2) {
      const size_t comma = rest.find(',');
      const std::string full(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      const int k = OnlyPersonWithFirst(full, gender);
      if (k == -2 || (k >= 0 && only >= 0 && k != only)) only = -2;
      else if (k >= 0) only = k;
    }
    return only;
  }

  void Assign(size_t i) {
    Cand& c = c_[i];
    const uint32_t start = d_.a.tokens[c.b].span.start;
    std::string key = c.canonical.empty() ? d_.Key(c.b, c.e) : Fold(c.canonical);
    // "nearby Brgy. Bagong Tanglaw", "residents of Masagana" after "Barangay Masagana": a
    // Philippine village's name after its word, or the name of one the article gave with it
    if (!c.honorific && c.role.empty() && !c.gaz) {
      const auto it = by_key_.find("village|" + key);
      if (it != by_key_.end()) {
        c.type = EntityType::kPlace;
        Add(it->second, i);
        return;
      }
      if (c.type != EntityType::kPlace && c.b > 0 && VillageWord(d_.t[c.b - 1].fold)) {
        c.type = EntityType::kPlace;
        c.typed = true;
      }
    }
    // "The Dallas Morning News" and "Dallas Morning News" are one name: a leading article is
    // no part of a non-person's key (the display name keeps the first form seen).
    if (c.type != EntityType::kPerson && key.size() > 4 && key.compare(0, 4, "the ") == 0) key.erase(0, 4);
    // "Fianna Fáil's Seán Ó Ríordáin" after "the Fianna Fáil TD": a name the tagger read as a
    // person's before a possessive (whatever first name opens it) that names an organisation of
    // the article
    if (c.type == EntityType::kPerson && !c.honorific && !c.gaz && c.e - c.b >= 2 &&
        c.e < d_.n() && IsPossessiveS(d_.t[c.e].text)) {
      const auto org = by_key_.find(std::to_string(static_cast<int>(EntityType::kOrg)) + "|" + key);
      if (org != by_key_.end()) {
        c.type = EntityType::kOrg;
        Add(org->second, i);
        return;
      }
    }
    // a headline's lone word the tagger typed as a place or a body, that is the surname of one
    // person of the story: that person ("Lüneburg sack Weißenbach after rout" before "head coach
    // Jörg Weißenbach")
    if (c.headline && c.e - c.b == 1 && c.type != EntityType::kPerson && !c.gaz && !c.dateline) {
      const auto sur = by_surname_.find(key);
      if (sur != by_surname_.end() && sur->second.size() == 1 && clusters_[sur->second.front()].type == EntityType::kPerson &&
          !by_key_.count("short|" + key)) {
        c.type = EntityType::kPerson;
        Add(sur->second.front(), i);
        return;
      }
    }
    if (PlaceFirstName(i)) {  // "Sofia says" after "Sofia Lindqvist": the one person of that first name
      const int only = OnlyPersonWithFirst(key, 0);
      if (only >= 0) {
        c.type = EntityType::kPerson;
        Add(only, i);
        return;
      }
    }
    if (!acronym_def_.empty()) {  // acronyms, and names given with "known as"
      const auto def = acronym_def_.find(key);
      if (def != acronym_def_.end() && def->second != i) {
        const size_t j = def->second;
        if (c_[j].entity < 0) Assign(j);  // an acronym in a headline, before its definition
        if (c_[j].entity >= 0) {
          c.type = clusters_[c_[j].entity].type;
          Add(c_[j].entity, i);
          return;
        }
      }
    }
    // (a listed town too, not after "in", "at" ...: "Wexford's truck" after "Tanner Lee Wexford";
    // never a country: "Jordan")
    const bool town = c.type == EntityType::kPlace && c.gaz && !c.dateline && !Locative(d_, c.b) &&
                      !(d_.Cats(c.b, c.e) & kCountry);
    if ((c.type == EntityType::kOrg || c.type == EntityType::kPlace) && (!c.gaz || town) && c.e - c.b == 1 &&
        !by_surname_.empty()) {
      // A lone word the tagger typed as an organisation or a place that is the surname of a
      // person named in full before: that person ("Alamgir's wife", sentence-initial).
      const auto sit = by_surname_.find(key);
      if (sit != by_surname_.end()) {
        const int k = PickPerson(sit->second, {key}, c.gender, start);
        if (k >= 0 && clusters_[k].has_full) {
          c.type = EntityType::kPerson;
          Add(k, i);
          return;
        }
      }
    }
    if ((c.type == EntityType::kPlace || (c.type == EntityType::kPerson && c.e - c.b >= 2)) && c.e - c.b <= 3 &&
        !c.gaz && !c.dateline && !c.honorific && !(d_.Cats(c.b, c.e) & kPlaceCats)) {
      // one word (or up to three: "Kansai Precision has recorded" after "Kansai Precision
      // Robotics Co. Ltd.") the tagger alone made a place, the short form of a company named in full
      // before: the company ("Every rupee that left Vardhan" after "Vardhan Industries Ltd"; a
      // town is no school named after it: "Bridgton" of "Bridgton Academy" stays the town)
      const auto it = by_key_.find("short|" + key);
      if (it != by_key_.end() && NamesCompany(it->second, key)) {
        c.type = EntityType::kOrg;
        Add(it->second, i);
        return;
      }
    }
    if (c.type != EntityType::kPerson && c.typed && !IsBare(i)) {
      // Places, organisations, groups: one entity per canonical folded name and type.
      std::string group_key = key;
      if (c.type == EntityType::kGroup) {  // "Salvadorans" and "Salvadoran" are one group
        const std::string_view place = d_.Value(c.b, c.e, kDemonym);
        if (!place.empty()) group_key = "group:" + Fold(place);
      }
      // a person's surname that is also a place ("Jordan") is not merged here on purpose
      if (c.type == EntityType::kOrg && !by_key_.count(std::to_string(static_cast<int>(EntityType::kOrg)) + "|" + group_key)) {
        const auto it = by_key_.find("short|" + key);  // "Brightwave" after "Brightwave Technologies"
        if (it != by_key_.end()) { Add(it->second, i); return; }
      }
      // A lone word the tagger took for a place, not listed as one and not after "in", "at" ...,
      // that is an organisation's short form: the organisation ("Hofstra" after "Hofstra
      // University"; "at Hofstra" stays the campus).
      // (not before a territory's word: "the Kansai region" is no "Kansai Precision")
      if (c.type == EntityType::kPlace && !c.gaz && c.e - c.b == 1 && !Locative(d_, c.b) &&
          !(c.e < d_.n() && TerritoryWord(d_.t[c.e].fold)) &&
          !by_key_.count(std::to_string(static_cast<int>(EntityType::kPlace)) + "|" + key)) {
        const auto it = by_key_.find("short|" + key);
        if (it != by_key_.end() && !by_surname_.count(key)) {
          c.type = EntityType::kOrg;
          Add(it->second, i);
          return;
        }
      }
      if (c.type == EntityType::kOrg && !c.gaz) {
        const int k = LastWordOrg(key);  // "the Post" after "the New York Post"
        if (k >= 0) { Add(k, i); return; }
      }
      if (c.type == EntityType::kOrg && c.e - c.b == 1 && !d_.t[c.b].initial) {
        // "the Bank" after "the Bank of England", capitalised inside a sentence
        const auto it = head_word_.find(key);
        if (it != head_word_.end() && it->second >= 0) { Add(it->second, i); return; }
      }
      if (const int k = PlaceWithoutWord(c, key); k >= 0) {
        Add(k, i);
        return;
      }
      Add(ClusterByKey(c.type, group_key, i), i);
      return;
    }
    const std::vector<std::string> w = Words(d_, c);
    if (w.empty()) return;
    // "De la Rosa said" after "Jesús Manuel de la Rosa Inzunza": a surname opened by a particle
    // inside one person's long name is that person
    if (c.type == EntityType::kPerson && w.size() >= 2 && d_.Has(w.front(), kSurnameParticle)) {
      const auto it = by_inner_.find(JoinWords(w));
      if (it != by_inner_.end() && it->second.size() == 1 && clusters_[it->second.front()].type == EntityType::kPerson) {
        Add(it->second.front(), i);
        return;
      }
    }
    if (c.type == EntityType::kPerson && w.size() >= 2 && !c.honorific) {
      // "Gor Mahia" after "Gor Mahia FC": an organisation's name without its organisation word
      // or legal form, which the tagger read as a person (even with a first name in it: the
      // article named the organisation so first).
      const auto it = by_key_.find("short|" + key);
      if (it != by_key_.end()) {
        c.type = EntityType::kOrg;
        Add(it->second, i);
        return;
      }
    }
    // "Mark Anthony's mother" after "Mark Anthony Reyes": given names of several words alone,
    // each a listed first name, are the one person whose fuller name opens with them
    if (c.type == EntityType::kPerson && w.size() >= 2 && !c.honorific && !by_surname_.count(w.back())) {
      bool given = true;
      for (const std::string& x : w) given = given && d_.Has(x, kFirstName);
      const auto fit = given ? by_first_.find(w.front()) : by_first_.end();
      int only = -1;
      for (size_t n = 0; fit != by_first_.end() && n < fit->second.size() && only != -2; ++n) {
        const Cluster& cl = clusters_[fit->second[n]];
        if (cl.type != EntityType::kPerson || cl.full.size() <= w.size() || !std::equal(w.begin(), w.end(), cl.full.begin())) continue;
        if (c.gender && cl.gender && c.gender != cl.gender) continue;
        only = only == -1 ? fit->second[n] : -2;
      }
      if (only >= 0) {
        Add(only, i);
        return;
      }
    }
    // People (and bare words that may be surnames).
    auto sit = by_surname_.find(w.back());
    if (sit != by_surname_.end()) {
      const int k = PickPerson(sit->second, w, c.gender, start);
      if (k >= 0) {
        // a fuller name may extend a surname-only person: "Clinton" then "Hillary Clinton"
        Add(k, i);
        return;
      }
      if (w.size() >= 2) {
        // "Hillary Clinton" after a bare "Clinton" entity that has no full name yet
        for (int k2 : sit->second) {
          Cluster& cl = clusters_[k2];
          if (!cl.has_full && FitsName(cl.full, w) && !(c.gender && cl.gender && c.gender != cl.gender)) {
            Add(k2, i);
            return;
          }
        }
      }
      if (w.size() >= 3) {
        // "Ines Mary Halloran" after "Ines Halloran": the same first name and surname with a
        // middle name between them is the same person, when only one person fits
        int only = -1;
        for (int k2 : sit->second) {
          const Cluster& cl = clusters_[k2];
          if (cl.type != EntityType::kPerson || cl.full.size() < 2 || cl.full.size() >= w.size() ||
              cl.full.front() != w.front() || (c.gender && cl.gender && c.gender != cl.gender))
            continue;
          only = only == -1 ? k2 : -2;
        }
        if (only >= 0) {
          Add(only, i);
          return;
        }
      }
    }
    if (IsBare(i) && c.type != EntityType::kPerson) {
      // a bare word equal to a known non-person name ("Twitter" typed elsewhere), or to the
      // short form of a company named in full before ("Brightwave" after "Brightwave Technologies")
      for (int t = 0; t < 5; ++t) {
        auto it = by_key_.find(std::to_string(t) + "|" + key);
        if (it != by_key_.end()) { Add(it->second, i); return; }
      }
      const auto it = by_key_.find("short|" + key);
      if (it != by_key_.end()) { Add(it->second, i); return; }
      const int k = LastWordOrg(key);
      if (k >= 0) { Add(k, i); return; }
    }
    if (c.type == EntityType::kPerson && IsBare(i) && !c.honorific && d_.Has(key, kFirstName) &&
        !d_.Has(key, kPerson) && !by_first_.count(key)) {
      // A first name too, when nobody of the article bears it, is a company's short form
      // ("Kessler" after "Kessler's Inc."), but no more than that.
      const auto it = by_key_.find("short|" + key);
      if (it != by_key_.end()) {
        c.type = EntityType::kOrg;
        Add(it->second, i);
        return;
      }
    }
    if (c.type == EntityType::kPerson && IsBare(i) && !c.honorific && !d_.Has(key, kFirstName | kPerson)) {
      // a lone word the tagger took for a person, no person of that name known (above), but the
      // short form of a company named in full before: the company ("Quillon employs 300" after
      // "Quillon Technologies"; the tagger reads "unknown word + verb" as a person)
      auto it = by_key_.find("short|" + key);
      if (it == by_key_.end()) it = by_key_.find(std::to_string(static_cast<int>(EntityType::kOrg)) + "|" + key);
      if (it != by_key_.end()) {
        c.type = EntityType::kOrg;
        Add(it->second, i);
        return;
      }
      // Nor of any person's surname, but a place the article names ("will visit Garissa" after
      // "in Garissa"): the place. One word without a first name or honorific is seldom a person
      // the article introduces.
      it = by_key_.find(std::to_string(static_cast<int>(EntityType::kPlace)) + "|" + key);
      if (it != by_key_.end() && !by_surname_.count(key)) {
        c.type = EntityType::kPlace;
        Add(it->second, i);
        return;
      }
    }
    if (c.type == EntityType::kPerson && IsBare(i) && d_.Has(key, kFirstName)) {
      // A known first name alone ("Hillary", "Donald" in political copy) is the one person of
      // the article whose full name starts with it; with two such people it names neither.
      const int only = OnlyPersonWithFirst(key, c.gender);
      if (only >= 0) {
        Add(only, i);
        return;
      }
    }
    if (c.type == EntityType::kPerson && IsBare(i) && !d_.Has(key, kFirstName)) {
      // An unlisted given name alone ("Rosnah" after "Datuk Rosnah Abdul Karim": Malay and
      // Arabic names are shortened to the given name) is the one person whose full name of three
      // words or more starts with it and who bears it as no surname
      const int only = OnlyPersonWithFirst(key, c.gender);
      bool other_surname = false;  // (the word alone already named this person only)
      if (const auto sur = by_surname_.find(key); sur != by_surname_.end()) {
        for (int k2 : sur->second) other_surname = other_surname || k2 != only;
      }
      if (only >= 0 && clusters_[only].full.size() >= 3 && !other_surname) {
        Add(only, i);
        return;
      }
    }
    if (c.type == EntityType::kPerson && IsBare(i) && !by_first_.count(key)) {
      // A familiar form of a given name alone ("Danny" after "Daniel Okafor"): the one person
      // whose given name it shortens, when nobody of the article bears it as a given name
      const int only = OnlyPersonWithFullOf(key, c.gender);
      if (only >= 0) {
        Add(only, i);
        return;
      }
    }
    if (c.type == EntityType::kPerson && IsBare(i) && (!c.honorific || !d_.Has(key, kFirstName))) {
      // A word from inside one person's long name, used alone ("Lula" of "Luiz Inacio Lula da
      // Silva", as Portuguese and Spanish names are shortened): that person, when only one
      // person of the article has it there. With an honorific too when the word is no first
      // name: a Spanish name's first surname ("Mr Paredes" of "Julián Paredes Ñahui").
      const auto it = by_inner_.find(key);
      const char g = it != by_inner_.end() && it->second.size() == 1 ? clusters_[it->second.front()].gender : 0;
      if (it != by_inner_.end() && it->second.size() == 1 && clusters_[it->second.front()].type == EntityType::kPerson &&
          !(c.gender && g && c.gender != g)) {
        Add(it->second.front(), i);
        return;
      }
    }
    if (c.type == EntityType::kPerson) {
      Add(NewCluster(i, EntityType::kPerson), i);
      return;
    }
    if (const int k = PlaceWithoutWord(c, key); k >= 0) {
      Add(k, i);
      return;
    }
    Add(ClusterByKey(c.type, key, i), i);
  }

  // "the Mediterranean Sea" after "the Mediterranean": the place named before without its
  // closing word (SuffixPlaceWord), or -1; the name's key then leads to that place too.
  int PlaceWithoutWord(const Cand& c, const std::string& key) {
    if (c.type != EntityType::kPlace || !c.canonical.empty() || c.e - c.b < 2 || !SuffixPlaceWord(c.e - 1)) return -1;
    const std::string place = std::to_string(static_cast<int>(EntityType::kPlace)) + "|";
    const auto it = by_key_.find(place + d_.Key(c.b, c.e - 1));
    if (it == by_key_.end() || by_key_.count(place + key)) return -1;
    by_key_.emplace(place + key, it->second);
    return it->second;
  }

  // A sea's, an ocean's or a prefecture's word closing a place's name, which the same place
  // goes without ("the Mediterranean Sea", "Shizuoka Prefecture"); not a county's or a
  // province's, whose names often are a city's too ("Los Angeles County").
  bool SuffixPlaceWord(size_t t) const {
    const std::string_view f = d_.t[t].fold;
    return d_.t[t].upper && !d_.t[t].caps && (f == "sea" || f == "ocean" || f == "prefecture");
  }

  // "ministry|trade" for "Trade Ministry", "Ministry of Trade, Industry and Energy", "the Trade
  // Ministry"; "department|commerce" for "US Commerce Department", "Department of Commerce".
  // *country: the listed country or nationality in front ("us"), or empty.
  std::string DepartmentKey(const Cand& c, std::string* country) const {
    size_t b = c.b, e = c.e;
    if (b < e && d_.t[b].fold == "the") ++b;
    while (b + 2 < e + 1 && b < e && (d_.Is(b, kCountry | kDemonym) || d_.t[b].text == "'s")) {
      if (d_.t[b].text != "'s") *country = std::string(d_.t[b].fold);
      ++b;
    }
    auto head = [](std::string_view f) { return f == "ministry" || f == "department"; };
    if (e - b == 2 && head(d_.t[e - 1].fold) && d_.t[b].upper && !d_.Is(b, kPlaceCats | kOrgWord))
      return std::string(d_.t[e - 1].fold) + "|" + std::string(d_.t[b].fold);
    if (e - b >= 3 && head(d_.t[b].fold) && d_.t[b + 1].fold == "of" && d_.t[b + 2].upper &&
        !d_.Is(b + 2, kPlaceCats | kOrgWord) && (e - b == 3 || d_.t[b + 3].text == "," || d_.t[b + 3].fold == "and"))
      return std::string(d_.t[b].fold) + "|" + std::string(d_.t[b + 2].fold);
    country->clear();
    return std::string();
  }

  // The one cluster of a non-person name of this type and folded key, made from candidate
  // i when there is none yet.
  int ClusterByKey(EntityType type, const std::string& key, size_t i) {
    const std::string full_key = std::to_string(static_cast<int>(type)) + "|" + key;
    const auto it = by_key_.find(full_key);
    if (it != by_key_.end()) return it->second;
    const std::string short_form = type == EntityType::kOrg ? CorporateShortForm(key) : std::string();
    if (!short_form.empty()) {
      // "Apple Inc." after "Apple", "Halcyon Networks Inc" after "Halcyon Networks": the company
      // named before by a shorter form, the legal and corporate words dropped one by one
      std::string shorter = key;
      while (shorter.size() > short_form.size()) {
        const size_t sp = shorter.find_last_of(' ');
        if (sp == std::string::npos || sp < short_form.size()) break;
        shorter.resize(sp);
        while (!shorter.empty() && shorter.back() == ',') shorter.pop_back();
        auto known = by_key_.find(std::to_string(static_cast<int>(type)) + "|" + shorter);
        // (or a company of the same name with another legal form: "Kinabalu Agro Plantations
        // Bhd" after "Kinabalu Agro Plantations Berhad")
        if (known == by_key_.end() && shorter.find(' ') != std::string::npos) known = by_key_.find("short|" + shorter);
        if (known != by_key_.end()) {
          by_key_[full_key] = known->second;
          by_key_.emplace("short|" + short_form, known->second);
          return known->second;
        }
      }
    }
    {
      // "Deutsche Lufthansa AG" after "Lufthansa": one word of the short form, unknown to the
      // lexicons, already names exactly one organisation of the article.
      int found = -1;
      bool two = false;
      for (const std::string& w : UnlistedShortFormWords(d_, short_form)) {
        const auto known = by_key_.find(std::to_string(static_cast<int>(type)) + "|" + w);
        if (known == by_key_.end()) continue;
        two = two || (found >= 0 && found != known->second);
        found = known->second;
      }
      if (found >= 0 && !two) {
        by_key_[full_key] = found;
        by_key_.emplace("short|" + short_form, found);
        return found;
      }
    }
    // "Trade Ministry" after "Ministry of Trade, Industry and Energy", "Commerce Department" after
    // "US Commerce Department": a ministry's or a department's two word orders, a country in
    // front or not (two countries' ministries of one portfolio stay two)
    std::string dept_country;
    const std::string dept = type == EntityType::kOrg ? DepartmentKey(c_[i], &dept_country) : std::string();
    if (!dept.empty()) {
      const auto known = dept_.find(dept);
      if (known != dept_.end() &&
          (known->second.second.empty() || dept_country.empty() || known->second.second == dept_country)) {
        by_key_[full_key] = known->second.first;
        return known->second.first;
      }
    }
    if (type == EntityType::kOrg && key.find(' ') != std::string::npos) {
      // "Kilele Group" after "Kilele Group Plc": a form with some of its legal and corporate
      // words dropped (registered below)
      const auto known = by_key_.find("short|" + key);
      if (known != by_key_.end()) {
        by_key_[full_key] = known->second;
        return known->second;
      }
    }
    const int k = NewCluster(i, type);
    by_key_[full_key] = k;
    if (!dept.empty()) dept_.emplace(dept, std::make_pair(k, dept_country));
    // a club by its town, in sports copy ("Lüneburg are bottom" after "1. FC Lüneburg", "Augsburg"
    // after "FC Augsburg")
    if (type == EntityType::kOrg) {
      size_t cb = c_[i].b;
      if (c_[i].e - cb >= 3 && d_.t[cb + 1].text == ".") cb += 2;  // "1. FC"
      if (c_[i].e - cb >= 2 && ClubAbbreviation(d_.t[cb].text))
        by_key_.emplace("short|" + d_.Key(cb + 1, c_[i].e), k);
    }
    if (!short_form.empty()) {
      by_key_.emplace("short|" + short_form, k);  // the first company wins
      // and the forms between the full name and the short form ("kilele group" of "kilele group plc")
      for (std::string shorter = key;;) {
        const size_t sp = shorter.find_last_of(' ');
        if (sp == std::string::npos || sp <= short_form.size()) break;
        shorter.resize(sp);
        while (!shorter.empty() && shorter.back() == ',') shorter.pop_back();
        by_key_.emplace("short|" + shorter, k);
      }
      const std::string first = CorporateFirstWord(d_, key, short_form);
      if (!first.empty()) by_key_.emplace("short|" + first, k);
      // the name without a trade word opening it, of two words or more ("serra verde" of
      // "mineracao serra verde s.a.")
      {
        const size_t sp = short_form.find(' ');
        if (sp != std::string::npos && short_form.find(' ', sp + 1) != std::string::npos &&
            OpeningBodyWord(short_form.substr(0, sp))) {
          by_key_.emplace("short|" + short_form.substr(sp + 1), k);
        }
      }
      // So may a word of a two-word short form ("Lufthansa" for "Deutsche Lufthansa AG").
      for (const std::string& w : UnlistedShortFormWords(d_, short_form)) by_key_.emplace("short|" + w, k);
      // "Kessler's" for "Kessler's Inc." is also written "Kessler" before "'s" ("Kessler's shares").
      if (short_form.size() > 2 && short_form.compare(short_form.size() - 2, 2, "'s") == 0) {
        by_key_.emplace("short|" + short_form.substr(0, short_form.size() - 2), k);
      }
    } else if (type == EntityType::kOrg && c_[i].e - c_[i].b >= 2 && d_.Is(c_[i].e - 1, kOrgWord)) {
      // "Hofstra University", "Green Party": the first word may stand for the organisation
      // (the same conditions as for a company).
      const std::string first = CorporateFirstWord(d_, key, key);
      if (!first.empty()) by_key_.emplace("short|" + first, k);
      // and so may the name without that word, when two or more words are left ("Gor Mahia FC")
      const size_t sp = key.find_last_of(' ');
      if (sp != std::string::npos && key.find(' ') < sp) by_key_.emplace("short|" + key.substr(0, sp), k);
    } else if (type == EntityType::kOrg && c_[i].e - c_[i].b == 2 && !c_[i].gaz &&
               !d_.Is(c_[i].e - 1, kCountry | kRegion)) {
      // A two-word company without a legal form ("Dunmore Foods"): its first word, on the same
      // conditions ("Dunmore's chief executive"). (A branch named after its land is not its
      // parent: "NHS England" and "the NHS" are two bodies.)
      const std::string first = CorporateFirstWord(d_, key, key);
      if (!first.empty()) by_key_.emplace("short|" + first, k);
    }
    return k;
  }

  // An organisation's name of several words added to cluster k: its heading word ("Bank" of
  // "Bank of England", for "the Bank" later) and its last word ("Post" of "the New York Post";
  // "Fund" of "International Monetary Fund", also when the cluster began as "IMF"); -1 when two
  // organisations share the word (then it names neither).
  void RegisterOrgWords(int k, size_t i) {
    const Cand& c = c_[i];
    // (and a Romance body's opening word: "the Fiscalía" after "Fiscalía General del Estado")
    if (c.e - c.b >= 3 && ((d_.Is(c.b, kOrgWord) && d_.t[c.b + 1].fold == "of") || OpeningBodyWord(d_.t[c.b].fold))) {
      const auto [it, added] = head_word_.emplace(std::string(d_.t[c.b].fold), k);
      if (!added && it->second != k) it->second = -1;
    }
    if (c.e - c.b >= 2 && d_.t[c.e - 1].word) {
      const auto [it, added] = last_word_.emplace(std::string(d_.t[c.e - 1].fold), k);
      if (!added && it->second != k) it->second = -1;
    }
  }

  // The one organisation whose name of several words ends in the word `key` ("post", or "the
  // post"), or -1. Not a name, title or common word of the lexicons (an organisation word such
  // as "Post" or "Agency" may be), nor a surname of a person in the article.
  int LastWordOrg(const std::string& key) const {
    std::string_view w = key;
    if (w.substr(0, 4) == "the ") w.remove_prefix(4);
    if (w.empty() || w.find(' ') != std::string_view::npos) return -1;
    const auto it = last_word_.find(std::string(w));
    if (it == last_word_.end() || it->second < 0) return -1;
    if (by_surname_.count(std::string(w)) ||
        d_.Has(std::string(w), kGazCats | kTitle | kHonorific | kNonName | kPronoun | kDescriptorNoun)) {
      return -1;
    }
    return it->second;
  }

  const Doc& d_;
  std::vector<Cand>& c_;
  std::vector<Cluster> clusters_;
  std::map<std::string, std::pair<int, std::string>> dept_;  // DepartmentKey -> (cluster, country)
  std::map<std::string, std::vector<int>> by_surname_;  // folded last word -> people
  std::map<std::string, std::vector<int>> by_first_;    // folded first word of a full name -> people
  std::map<std::string, std::vector<int>> by_inner_;    // folded inner word of a long name -> people
  std::map<std::string, int> by_key_;                   // "type|folded name" -> cluster
  std::map<std::string, size_t> acronym_def_;           // folded acronym -> the name it stands for
  std::map<std::string, int> last_word_;                // last word of an organisation's name -> it, or -1
  std::map<std::string, int> head_word_;                // "bank" of "Bank of England" -> it, or -1
};

// ============================================================ [SECTION] Pronouns and descriptors

bool Locative(const Doc& d, size_t i) {
  if (i == 0) return false;
  static const char* const kLoc[] = {"in", "at", "to", "from", "near", "into", "outside", "inside",
                                     "across", "around", "visit", "visited", "visiting", "via", "of"};
  for (const char* w : kLoc) {
    if (d.t[i - 1].fold == w) return true;
  }
  return false;
}

// Capital metonymy: see the file comment.
void MergeCapitals(const Doc& d, std::vector<Cand>* cands, std::vector<Cluster>* clusters) {
  auto it = d.lex.blobs.find("capitals");
  if (it == d.lex.blobs.end()) return;
  std::map<std::string, int> country_cluster;
  for (size_t k = 0; k < clusters->size(); ++k) {
    const Cluster& cl = (*clusters)[k];
    if (cl.type != EntityType::kPlace) continue;
    std::string folded = Fold(cl.name);
    if (d.lex.Has(folded, kCountry)) country_cluster.emplace(std::move(folded), static_cast<int>(k));
  }
  if (country_cluster.empty()) return;  // no country to stand for
  const std::unordered_map<std::string, std::string>& capital_of = BlobMap(it->second, true);
  bool moved = false;
  for (Cand& c : *cands) {
    // a dateline names the city filed from ("KYIV, Ukraine (AP) -"), never its government
    if (c.entity < 0 || c.type != EntityType::kPlace || c.dateline) continue;
    const auto cap = capital_of.find(d.Key(c.b, c.e));
    if (cap == capital_of.end() || Locative(d, c.b)) continue;
    // "London-listed shares", "a Washington-based group": the city glued to a word is a place
    if (c.e < d.n() && d.t[c.e].text == "-" && d.Adjacent(c.e - 1)) continue;
    // "the Nairobi football club", "London broker Keyline", "an Abu Dhabi gas stake": before a
    // lower-case noun the city qualifies it; the government acts ("Washington says", "Beijing
    // has", "Moscow denied", "Washington and Brussels are")
    if (c.e < d.n() && d.t[c.e].word && !d.t[c.e].upper && !d.Is(c.e, kSpeechVerb)) {
      // (after a determiner the word in -s is a plural noun: "in its Buenos Aires stores")
      if (c.b > 0 && (d.t[c.b - 1].fold == "its" || d.t[c.b - 1].fold == "their" || d.t[c.b - 1].fold == "his" ||
                      d.t[c.b - 1].fold == "her" || d.t[c.b - 1].fold == "our" || d.t[c.b - 1].fold == "a" ||
                      d.t[c.b - 1].fold == "an"))
        continue;
      const std::string_view w = d.t[c.e].fold;
      static constexpr std::string_view kAux[] = {"is", "are", "was", "were", "has", "have", "had", "will", "would",
                                                  "could", "can", "may", "might", "should", "must", "did", "does",
                                                  "and", "or", "also", "still", "has", "wants", "insists"};
      bool verb = (w.size() > 3 && w.substr(w.size() - 2) == "ed") ||
                  (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's');
      for (std::string_view x : kAux) verb = verb || w == x;
      if (!verb) continue;
    }
    const auto cc = country_cluster.find(cap->second);
    if (cc == country_cluster.end() || cc->second == c.entity) continue;
    (*clusters)[cc->second].cands.push_back(static_cast<size_t>(&c - cands->data()));
    c.entity = cc->second;
    moved = true;
  }
  // Drop the moved candidates from their old clusters in one pass (an erase per move was
  // quadratic for a capital repeated many times).
  if (!moved) return;
  for (size_t k = 0; k < clusters->size(); ++k) {
    std::vector<size_t>& v = (*clusters)[k].cands;
    v.erase(std::remove_if(v.begin(), v.end(), [&](size_t ci) { return (*cands)[ci].entity != static_cast<int>(k); }),
            v.end());
  }
}

// Walks back from a tagger span over capitalised honorifics, titles and place modifiers
// ("US Vice President" before "Kamala Harris"), so that cleaning records them as the role.
size_t ExtendBack(const Doc& d, size_t b) {
  const uint32_t sent = d.a.tokens[b].sentence;
  for (;;) {
    size_t step = 0;
    for (size_t len = 3; len >= 1 && !step; --len) {
      if (len > b) continue;
      const size_t s = b - len;
      if (d.a.tokens[s].sentence != sent) continue;
      bool upper = true;
      for (size_t i = s; i < b; ++i) upper = upper && (d.t[i].upper || d.t[i].text == "-");
      const uint32_t cats = upper ? d.Cats(s, b) : 0;
      // (a nationality alone only before a title: "Mexican President X" is stripped to its
      // role, while "American Jade Whitfield" was named from "Jade" on)
      if ((cats & (kHonorific | kTitle | kPlaceCats)) ||
          ((cats & kDemonym) && (d.Is(b, kHonorific) || d.PhraseLen(b, d.n(), kTitle) > 0))) {
        step = len;
      }
    }
    if (!step) return b;
    b -= step;
  }
}

Hint HintOf(char type) {
  switch (type) {
    case 'P': return Hint::kPerson;
    case 'O': return Hint::kOrg;
    case 'L': return Hint::kPlace;
    default: return Hint::kMisc;
  }
}

// A lower-case word that may sit inside a name between capitalised words: a surname particle
// ("Alvarez de la Torre") or a connector of organisation names ("Bank of England",
// "Department of Health and Human Services").
bool Connector(const Doc& d, size_t i) {
  const std::string_view f = d.t[i].fold;
  return d.Is(i, kSurnameParticle) || f == "of" || f == "and" || f == "for" || f == "the" || f == "on" ||
         f == "&";
}

// A lower-case particle glued by a hyphen to the next word is part of it ("al-Qaeda").
bool HyphenGlued(const Doc& d, size_t i, size_t e) {
  return i + 2 < e + 1 && i + 1 < d.n() && d.t[i + 1].text == "-" && d.Adjacent(i) && d.Adjacent(i + 1) &&
         i + 2 < d.n() && d.t[i + 2].word;
}

bool PlaceLike(const Doc& d, size_t i) { return (d.Cats(i, i + 1) & (kPlaceCats | kDemonym)) != 0; }

// Cuts a tagger span into the name pieces it may hold. The tagger errs at boundaries, so a
// name never crosses: punctuation (a comma, a quote, a bracket: "El Salvador," ), a possessive
// ("New York City 's Carnegie Hall"), a lower-case word that is no connector between capitalised
// words ("White House regards Mexico", "Harris tells"), a capitalised speech verb, or a hyphen
// between two places or nationalities ("US-Mexico"). Pieces without a letter are dropped.
// Token j is the hyphen inside a Korean given name written with a lower-case second syllable
// ("Ban Ki-moon", "Kim Jong-un", "Moon Jae-in"): a capitalised syllable of two to four letters
// after a capitalised word, glued to one of two to five lower-case letters.
bool GivenNameHyphen(const Doc& d, size_t j, size_t end) {
  if (j < 2 || j + 1 >= end || d.t[j].text != "-" || !d.Adjacent(j - 1) || !d.Adjacent(j)) return false;
  const std::string_view a = d.t[j - 1].text, b = d.t[j + 1].text;
  auto lower = [](std::string_view w) {
    return std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
  };
  return a.size() >= 2 && a.size() <= 4 && a[0] >= 'A' && a[0] <= 'Z' && lower(a.substr(1)) && b.size() >= 2 &&
         b.size() <= 5 && lower(b) && d.t[j - 2].upper && d.t[j - 2].word && !d.Adjacent(j - 2);
}

// A headline's verb after a capitalised acronym ("FTC Sues to Block ...", "EU Fines Google"):
// the verbs of deals and disputes that Title Case writes capitalised; after an acronym only, so
// a name holding such a word ("Bank of America Merrill Lynch Wins") is cut nowhere else.
bool HeadlineVerb(const Doc& d, size_t s, size_t i) {
  if (i != s + 1 || !d.t[s].caps) return false;
  static constexpr std::string_view kVerbs[] = {
      "sues", "fines", "buys", "sells", "wins", "loses", "cuts", "raises", "hikes", "plans", "faces", "agrees",
      "blocks", "backs", "rejects", "approves", "launches", "unveils", "hires", "fires", "joins", "beats",
      "signs", "seeks", "urges", "vows", "slams", "probes", "charges", "bans", "warns", "targets", "drops",
      "acquires", "opens", "closes", "delays", "halts", "extends", "expands", "orders", "clears", "sets"};
  static constexpr WordList kVerbsList(kVerbs);
  const std::string_view w = d.t[i].fold;
  return kVerbsList.Has(w);
}

std::vector<std::pair<uint32_t, uint32_t>> RepairTaggerSpan(const Doc& d, size_t b, size_t e) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  auto flush = [&](size_t x, size_t y) {
    // a capitalised particle opens a name ("Abu Musab", "Van Gogh"); a lower-case one does
    // only when glued to the next word or followed by a capitalised one ("al Qaeda")
    while (x < y && (!d.t[x].word || (Connector(d, x) && !d.t[x].upper && !HyphenGlued(d, x, y) &&
                                      !(d.Is(x, kSurnameParticle) && x + 1 < y && d.t[x + 1].upper))))
      ++x;
    while (y > x && (!d.t[y - 1].word || (Connector(d, y - 1) && !d.t[y - 1].upper) || d.t[y - 1].fold == "'s")) --y;
    bool letter = false;
    for (size_t i = x; i < y && !letter; ++i) {
      const unsigned char c0 = static_cast<unsigned char>(d.t[i].text[0]);
      letter = !(c0 >= '0' && c0 <= '9') || d.t[i].text.size() > 1;
      if (letter && d.t[i].text.find_first_not_of("0123456789,.") == std::string_view::npos) letter = false;
    }
    if (letter) out.push_back({static_cast<uint32_t>(x), static_cast<uint32_t>(y)});
  };
  size_t s = b;
  for (size_t i = b; i < e; ++i) {
    const TokInfo& x = d.t[i];
    bool brk = false;
    if (!x.word) {
      if ((x.text == "-" || x.text == "&") && i > s && i + 1 < e && d.t[i + 1].word) {
        // "US-Mexico border" is two places; "Asia-Pacific Economic Cooperation" is one name
        brk = x.text == "-" && PlaceLike(d, i - 1) && PlaceLike(d, i + 1) && !(i + 2 < e && d.t[i + 2].upper);
      } else if (x.text == "," && i > s && i + 1 < e && d.Is(i + 1, kOrgWord) &&
                 (i + 2 == e || d.t[i + 2].text == ".")) {
        brk = false;  // "Acme Systems, Inc." keeps its legal suffix
      } else {
        brk = true;
      }
    } else if (x.fold == "'s") {
      // "New York City 's Carnegie Hall" is two names, but a lone organisation word after the
      // possessive is no name by itself: "Fishermen's Association", "People's Party".
      brk = !(i > s && i + 2 == e && d.Is(i + 1, kOrgWord) && d.t[i + 1].upper);
    } else if (i >= 1 && GivenNameHyphen(d, i - 1, e)) {
      brk = false;  // "Ban Ki-moon": the given name's second syllable
    } else if (!x.upper && !(x.text[0] >= '0' && x.text[0] <= '9') && HyphenGlued(d, i, e) && i + 2 < e) {
      i += 2;  // "al-Qaeda", "Ayman al-Zawahiri": the particle belongs to the next word
    } else if (!x.upper && !(x.text[0] >= '0' && x.text[0] <= '9')) {
      // up to two connectors between capitalised words stay inside ("de la", "of the")
      size_t k = i;
      while (k < e && k < i + 2 && !d.t[k].upper && Connector(d, k)) ++k;
      brk = !(i > s && k > i && k < e && d.t[k].upper && d.t[i - 1].word);
      if (!brk) i = k - 1;
      // a span of lower-case words only ("colorado") is kept when a gazetteer knows it
      if (brk && i == b && e - b == 1 && x.text.size() >= 4 && !d.Is(i, kNonName) &&
          (d.Cats(i, i + 1) & (kPlaceCats | kOrg))) {
        brk = false;
      }
    } else if (i > s && (VerbBreak(d, s, i, e) || HeadlineVerb(d, s, i))) {
      brk = true;
    }
    if (brk) {
      flush(s, i);
      s = i + 1;
    }
  }
  flush(s, e);
  return out;
}

// Chooses among overlapping candidates: the highest `prio` first, then the longer, then the
// earlier; a candidate whose name tokens touch an accepted one is dropped. Priorities:
//   4  a capitalised run with an honorific or title in front ("Mr Lopez Obrador"): the
//      honorific is the strongest evidence of a person and of where the name starts;
//   3  a name that is a gazetteer entry as a whole ("El Salvador", "White House");
//   2  a repaired tagger piece;
//   1  another rule candidate backed by a lexicon (only where nothing above covers it).
// Cost: n log n in candidates plus their total length.
std::vector<Cand> SelectCandidates(const Doc& d, std::vector<Cand> all) {
  // The candidates by rank, sorted as small keys: a candidate is large, and sorting indices that
  // compared the candidates themselves missed the caches on long texts.
  struct Rank {
    uint8_t prio;
    uint32_t len, b;
    size_t role;
    size_t index;
  };
  std::vector<Rank> order(all.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = {all[i].prio, all[i].e - all[i].b, all[i].b, all[i].role.size(), i};
  std::sort(order.begin(), order.end(), [](const Rank& p, const Rank& q) {
    if (p.prio != q.prio) return p.prio > q.prio;
    if (p.len != q.len) return p.len > q.len;
    if (p.b != q.b) return p.b < q.b;
    if (p.role != q.role) return p.role > q.role;  // the fuller role
    return p.index < q.index;
  });
  std::vector<uint8_t> used(d.n(), 0);
  std::vector<std::pair<uint32_t, size_t>> kept;  // (first token, index): no two share a token
  for (const Rank& r : order) {
    const Cand& c = all[r.index];
    bool free = c.b < c.e && c.e <= d.n();
    for (size_t i = c.b; free && i < c.e; ++i) free = !used[i];
    if (!free) continue;
    for (size_t i = c.b; i < c.e; ++i) used[i] = 1;
    kept.emplace_back(c.b, r.index);
  }
  std::sort(kept.begin(), kept.end());
  std::vector<Cand> out;
  out.reserve(kept.size());
  for (const auto& k : kept) out.push_back(std::move(all[k.second]));
  return out;
}

}  // namespace

namespace {

// Can the words [b, e) spell `letters` (folded a-z)? A capitalised word gives its initial, or
// all its letters when written in capitals ("UN"); a connector ("of", "on", "and") gives its
// initial or nothing; the lower-case part after a hyphen gives nothing ("Co-operation").
bool SpellsAcronym(const Doc& d, size_t b, size_t e, std::string_view letters) {
  if (b == e) return letters.empty();
  const TokInfo& x = d.t[b];
  if (x.text == "-") return b + 1 < e && !d.t[b + 1].upper && SpellsAcronym(d, b + 2, e, letters);
  if (!x.upper) {  // a connector
    if (SpellsAcronym(d, b + 1, e, letters)) return true;
    return !letters.empty() && x.fold[0] == letters[0] && SpellsAcronym(d, b + 1, e, letters.substr(1));
  }
  if (letters.empty()) return false;
  if (x.caps && x.fold.size() >= 2 && x.fold.size() <= letters.size() &&
      letters.compare(0, x.fold.size(), x.fold) == 0 && SpellsAcronym(d, b + 1, e, letters.substr(x.fold.size()))) {
    return true;
  }
  return x.fold[0] == letters[0] && SpellsAcronym(d, b + 1, e, letters.substr(1));
}

// "the Alliance of Small Island States (AOSIS)", "UN Framework Convention on Climate Change
// (UNFCCC)", "Aviation and Transport Union (ATU)": the words right before a bracketed acronym
// that spell it are one organisation's name, connectors included, when an organisation word or
// a listed organisation is among them. Capitalised runs break at "on" and "and", and taggers
// often stop early; the acronym says where the name starts. (No organisation word: "Gross
// Domestic Product (GDP)" and "Initial Public Offering (IPO)" are no bodies.)
void AcronymNames(const Doc& d, const std::vector<uint8_t>& title_case, std::vector<Cand>* out) {
  // (and those of Romance languages, Filipino and Malay/Indonesian: "Sentro para sa Katarungan (SPK)")
  static constexpr std::string_view kConnectors[] = {"of",  "on", "for", "and", "the", "de", "des",  "du",
                                                     "la",  "&",  "del", "y",   "e",   "da", "do",   "dos",
                                                     "das", "di", "para", "sa", "ng",  "mga", "dan", "untuk"};
  static constexpr WordList kConnectorsList(kConnectors);
  std::set<std::string_view> defined;  // acronyms defined so
  for (size_t i = 2; i + 2 < d.n(); ++i) {
    if (d.t[i].text != "(" || d.t[i + 2].text != ")" || !d.t[i + 1].caps) continue;
    const uint32_t s = d.a.tokens[i].sentence;
    if (title_case[s] || d.a.tokens[i - 1].sentence != s) continue;
    std::string letters;
    for (char ch : d.t[i + 1].fold) {
      if (ch >= 'a' && ch <= 'z') letters.push_back(ch);
    }
    if (letters.size() < 3 || letters.size() > 8) continue;
    const size_t first = d.a.sentences[s].first_token;
    size_t best = i;
    for (size_t b = i; b > first && i - (b - 1) <= 14;) {
      --b;
      const TokInfo& x = d.t[b];
      // (a comma of a list inside the name: "Philippine Atmospheric, Geophysical and
      // Astronomical Services Administration (PAGASA)"; the letters must still spell it)
      const bool connector = (kConnectorsList.Has(x.fold) && !x.upper) ||
                             (x.text == "," && b + 1 < i && d.t[b + 1].upper && d.t[b + 1].word);
      const bool hyphen_part = x.text == "-" || (b > first && d.t[b - 1].text == "-" && !x.upper);
      if (!(x.word && x.upper) && !connector && !hyphen_part) break;
      if (x.word && x.upper && !d.Is(b, kNonName) && i - b >= 2 && SpellsAcronym(d, b, i, letters)) best = b;
    }
    if (best == i) continue;
    // up to two capitalised words before the spelled ones stay in the name ("U.S. Food and Drug
    // Administration (FDA)"), as InitialsMatch allows
    for (int more = 0; more < 2 && best > first && d.t[best - 1].upper && d.t[best - 1].word &&
                       !d.Is(best - 1, kNonName | kTitle | kHonorific) && !d.t[best - 1].initial;
         ++more) {
      --best;
    }
    bool org = false;
    for (size_t k = best; k < i && !org; ++k) org = d.Is(k, kOrgWord | kOrg) || BodyWord(d.t[k].fold);
    // (or three capitalised words or more, nothing else, each giving one letter in order: "Pakistan
    // Awami Mahaz (PAM)", a party of another language)
    if (!org && i - best >= 3) {
      // (a word of another language among them, which no list knows: "Gross Domestic Product
      // (GDP)" is an English figure)
      // (lower-case connectors between them give their initial or none, as SpellsAcronym found:
      // "Sentro para sa Katarungan (SPK)")
      std::string initials;
      bool plain = true, foreign = false, connectors = false;
      size_t capitalised = 0;
      for (size_t k = best; k < i && plain; ++k) {
        if (k > best && d.t[k].word && !d.t[k].upper && kConnectorsList.Has(d.t[k].fold)) {
          connectors = true;
          continue;
        }
        plain = d.t[k].word && d.t[k].upper && !d.t[k].caps && !d.Adjacent(k);
        if (plain) initials.push_back(d.t[k].fold[0]), ++capitalised;
        foreign = foreign || d.lex.Find(d.t[k].fold) == nullptr;
      }
      plain = plain && foreign && (!connectors || capitalised >= 2);
      if (connectors && plain) initials = letters;  // (spelled with the connectors' letters)
      // (not a law's, a treaty's or a product's: "Affordable Care Act (ACA)", "Cable Archiving
      // Retrieval System (CARS)")
      static constexpr std::string_view kNotBody[] = {"act", "bill", "law", "agreement", "treaty", "accord",
                                                      "system", "program", "programme", "plan", "index", "scheme",
                                                      "protocol", "rule", "rules", "strategy", "initiative", "test",
                                                      "product", "rate", "ratio", "price", "prices", "income"};
      static constexpr WordList kNotBodyList(kNotBody);
      org = plain && initials == letters && !kNotBodyList.Has(d.t[i - 1].fold);
    }
    // (a first name opening a long spelled name is its place word: "Philippine Atmospheric,
    // Geophysical and Astronomical Services Administration (PAGASA)")
    if (!org || d.Is(best, kTitle | kHonorific) || (d.Is(best, kFirstName) && i - best < 4) ||
        (d.Cats(best, i) & kPlaceCats)) {
      continue;
    }
    out->push_back(OrgCand(best, i));
    defined.insert(d.t[i + 1].text);
  }
  // The acronym itself, there and wherever else the article uses it, is a name (the clustering
  // joins it to its definition): a tagger seldom knows an invented body's initials.
  if (defined.empty()) return;
  for (size_t i = 0; i < d.n(); ++i) {
    if (!d.t[i].caps || !defined.count(d.t[i].text) || title_case[d.a.tokens[i].sentence]) continue;
    out->push_back(OrgCand(i, i + 1));
  }
}

// A word that ends the name of a hospital or a health trust ("Royal Severn Infirmary",
// "Northgate Hospitals NHS Trust"): such names often begin with a royal title or a saint.
bool InstitutionWord(std::string_view f) {
  return f == "hospital" || f == "hospitals" || f == "infirmary" || f == "clinic" || f == "trust";
}

}  // namespace

// An ampersand strictly inside [b, e) between capitalised words: a firm's name ("Morrow &
// Keane"), whatever the tagger made of its halves (often a person and an organisation).
bool AmpersandName(const Doc& d, size_t b, size_t e) {
  for (size_t i = b + 1; i + 1 < e; ++i) {
    if (d.t[i].text == "&" && d.t[i - 1].upper && d.t[i + 1].upper) return true;
  }
  return false;
}

// A dateline: an all-capitals run of letters that opens a paragraph, followed within a few
// tokens by a dash, and either a listed place ("WASHINGTON —") or qualified by a region or a
// news agency before the dash ("SAN MATEO, Calif. —", "KIRKWALL (Orkney Times) -"). News
// wires open stories so; the run is the place filed from. (Capitals alone are no evidence:
// a review's "BEST DENTIST EVER - ..." or a code "EY4096 -" are no datelines.)
bool Dateline(const Doc& d, size_t b, size_t e, size_t* dash = nullptr) {
  const Analysis& a = d.a;
  const uint32_t s = a.tokens[b].sentence;
  if (a.sentences[s].first_token != b) return false;
  if (s > 0 && a.sentences[s - 1].paragraph == a.sentences[s].paragraph) return false;
  for (size_t i = b; i < e; ++i) {
    if (!d.t[i].caps) return false;
    for (char ch : d.t[i].text) {
      if ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z')) return false;
    }
  }
  const bool listed = (d.Cats(b, e) & kPlaceCats) != 0;
  // room for a region, a date and an agency: "BASEL, Switzerland, March 3 (Wire Service) -"
  const size_t limit = std::min(d.n(), e + 12);
  for (size_t i = e; i < limit; ++i) {
    const std::string_view t = d.t[i].text;
    if (IsDash(t)) {
      if (dash) *dash = i;
      return (listed || i > e + 1) && i + 1 < d.n() && d.t[i + 1].upper;
    }
    if (t == "!" || t == "?" || IsQuoteMark(t)) return false;
    // a lower-case word: a sentence ("NATO said on Monday - ..."), not a dateline's qualifiers
    if (d.t[i].word && !d.t[i].upper && !(t[0] >= '0' && t[0] <= '9')) return false;
  }
  return false;
}

// The display name of a dateline's place: a listed place's canonical name, else the words in
// title case ("SAN MATEO" -> "San Mateo"; wires write the place in capitals, the reader does not).
// Non-ASCII capitals are left as written (no case table here).
std::string DatelineName(const Doc& d, size_t b, size_t e) {
  const std::string key = d.Key(b, e);
  for (const Category cat : {kCountry, kCity, kRegion}) {
    const std::string_view v = d.lex.Value(key, cat);
    if (!v.empty()) return std::string(v);
  }
  std::string out(d.Surface(b, e));
  bool start = true;
  for (char& ch : out) {
    if (static_cast<unsigned char>(ch) >= 0x80) return std::string(d.Surface(b, e));
    const bool letter = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
    if (letter && !start && ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
    start = !letter && ch != '\'';
  }
  return out;
}

// A job whose holder is named with the employer before it ("Drewry analyst Hanna Berg").
bool AnalystJob(std::string_view f) { return f == "analyst" || f == "economist" || f == "strategist"; }

// A sports job word at token i (and "head coach" over two), before a person's name: the
// name before it is the club's. Not "manager" or "captain" alone (a company's, a ship's).
bool SportsJob(const Doc& d, size_t i) {
  static constexpr std::string_view kJobs[] = {"coach", "substitute", "defender", "midfielder", "striker",
                                               "winger", "goalkeeper", "keeper", "skipper", "forward"};
  static constexpr WordList kJobsList(kJobs);
  std::string_view f = d.t[i].fold;
  if (f == "head" && i + 1 < d.n() && d.t[i + 1].fold == "coach") return true;
  return kJobsList.Has(f);
}

// Words around a name that only a company has: "analysts at X", "shares of X", "X shares",
// "X analyst".
bool OrgContext(const Doc& d, size_t b, size_t e) {
  static const char* const kBefore[] = {"analyst", "analysts", "economist", "economists", "strategist", "strategists"};
  static const char* const kAfter[] = {"shares", "stock", "analyst", "analysts", "economist", "economists",
                                       "strategist", "strategists"};
  if (b >= 2 && d.t[b - 1].fold == "at") {
    for (const char* w : kBefore) {
      if (d.t[b - 2].fold == w) return true;
    }
  }
  if (b >= 2 && (d.t[b - 1].fold == "of" || d.t[b - 1].fold == "in") && d.t[b - 2].fold == "shares") return true;
  if (e < d.n()) {
    for (const char* w : kAfter) {
      if (d.t[e].fold == w) return true;
    }
  }
  return false;
}

// Words around a name that only a company or a body has, read from a person's job: "chief
// executive of X", "founder of X", "X's chief technology officer", "X's revenue". People and
// places have no chief executives (a person may have a spokeswoman or a chief of staff).
bool ExecutiveContext(const Doc& d, size_t b, size_t e) {
  // ("the chief executive of Indianapolis-based Halvorsen": the word is the company's seat)
  if (e + 1 < d.n() && d.t[e].text == "-" && d.t[e + 1].fold == "based" && d.Adjacent(e - 1)) return false;
  static constexpr std::string_view kJobs[] = {"executive", "ceo", "founder", "co-founder", "chairman",
                                               "chairwoman", "investors", "shareholders"};
  static constexpr std::string_view kOwned[] = {"ceo", "founder", "co-founder", "chairman", "chairwoman", "shares",
                                                "shareholders", "revenue", "revenues", "profit", "profits",
                                                "sales", "board"};
  static constexpr std::string_view kChiefOf[] = {"executive", "technology", "financial", "operating", "scientific"};
  auto in = [](std::string_view w, const auto& list) {
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
  };
  if (b >= 2 && (d.t[b - 1].fold == "of" || d.t[b - 1].fold == "at" || d.t[b - 1].fold == "in") &&
      in(d.t[b - 2].fold, kJobs)) {
    // "in" only for investors ("investors in X"); "executive" as in "chief executive of X"
    return d.t[b - 1].fold != "in" || d.t[b - 2].fold == "investors";
  }
  if (e + 1 < d.n() && d.t[e].fold == "'s") {
    if (in(d.t[e + 1].fold, kOwned)) return true;
    if (d.t[e + 1].fold == "chief" && e + 2 < d.n() && in(d.t[e + 2].fold, kChiefOf)) return true;
  }
  return false;
}

void FindEntities(Analysis* a, const Lexicons& lex) {
  a->entities.clear();
  a->datelines.clear();
  if (a->tokens.empty()) return;
  EnsureTokenIndex(a, lex);
  Doc d(*a, lex);

  // ---- candidates: rule runs always; the tagger's pieces when its model is embedded
  std::vector<Cand> extra;
  std::vector<Cand> rule_cands;
  // Keys of names the rules found to be towns by their context ("D'Hanis, Texas", "In Essam, the
  // district capital,"): the same words elsewhere, read as a person by the tagger alone, are
  // that town too ("outside Essam")
  std::set<std::string> town_keys;
  const Tagger* tagger = BuiltinTagger(lex);
  const std::vector<uint8_t> title_case = TitleCaseSentences(d);
  // The stages below are functions of their own (own_function.h).
  // Stage: rule candidates of each capitalised run.
  [&]() AE_OWN_FUNCTION {
  for (const auto& [b, e] : CapitalisedRuns(d)) {
    // "Skagen Vind A/S", "Orsted A/S": the Nordic legal form, written with a slash, closes a
    // company's name
    {
      // (the run may hold the "A" already)
      const size_t a_at = e > b + 1 && d.t[e - 1].text == "A" ? e - 1 : e;
      if (a_at + 2 < d.n() && d.t[a_at].text == "A" && d.t[a_at + 1].text == "/" && d.t[a_at + 2].text == "S" &&
          d.Adjacent(a_at) && d.Adjacent(a_at + 1) && a_at > b && !d.Adjacent(a_at - 1) &&
          !title_case[a->tokens[b].sentence]) {
        size_t start = b;
        while (start < a_at && d.t[start].initial && d.Is(start, kNonName | kPronoun)) ++start;  // "The"
        if (start < a_at) {
          rule_cands.push_back(OrgCand(start, a_at + 3));
          continue;
        }
      }
    }
    size_t dash = 0;
    if (Dateline(d, b, e, &dash)) {  // whole, uncleaned: "PORT ELLEN" is no sentence-initial "Port"
      a->datelines.emplace_back(b, static_cast<uint32_t>(dash + 1));
      Cand c;
      c.b = b;
      c.e = e;
      c.type = EntityType::kPlace;
      c.typed = c.strong = true;
      c.prio = 3;
      c.dateline = true;
      c.canonical = DatelineName(d, b, e);
      rule_cands.push_back(std::move(c));
      // The news agency in the dateline's brackets ("KYIV (AP) -", "LONDON (Reuters) -").
      for (size_t k = e; k < dash; ++k) {
        if (d.t[k].text != "(") continue;
        size_t m = k + 1;
        while (m < dash && d.t[m].text != ")" && (d.t[m].upper || !d.t[m].word)) ++m;
        if (m < dash && d.t[m].text == ")" && m > k + 1 && d.t[k + 1].upper && d.t[m - 1].word) {
          Cand agency;
          agency.b = static_cast<uint32_t>(k + 1);
          agency.e = static_cast<uint32_t>(m);
          TypeCand(d, &agency, Hint::kOrg);
          if (agency.type == EntityType::kOrg) {
            agency.strong = true;
            agency.prio = 3;
            rule_cands.push_back(std::move(agency));
          }
        }
        break;
      }
      continue;
    }
    // "Drewry analyst Hanna Berg": the employer of an analyst, economist or strategist named
    // after the job; "Unison, which represents ...": one capitalised word opening a sentence,
    // then a relative clause for things, is an organisation's name.
    {
      const bool headline_run = title_case[a->tokens[b].sentence];
      // (or a club's, named before a player's or coach's job: "Hibernian substitute Callum
      // Reid", "Hearts head coach Gordon Lennie")
      const size_t job_end = e < d.n() && d.t[e].fold == "head" ? e + 2 : e + 1;  // "head coach"
      // (a club's name has no nationality in it, nor a hyphen: "Norwegian goalkeeper X",
      // "All-Star forward X" are descriptions)
      bool hyphen = false;
      for (size_t k = b; k < e && !hyphen; ++k) hyphen = d.t[k].text == "-";
      const bool employer = job_end < d.n() && d.t[job_end].upper && d.t[job_end].word &&
                            (AnalystJob(d.t[e].fold) ||
                             (SportsJob(d, e) && !hyphen && !(d.Cats(b, e) & kDemonym) && !d.Is(b, kDemonym)));
      // (a shop's or firm's name may end in 's: "Kessler's, which is based ...")
      const size_t after = e < d.n() && IsPossessiveS(d.t[e].text) ? e + 1 : e;
      bool which = e == b + 1 && d.t[b].initial && after + 1 < d.n() && d.t[after].text == "," &&
                         (d.t[after + 1].fold == "which" || d.t[after + 1].fold == "whose") &&
                         !d.Has(d.t[b].fold, kGazCats | kTitle | kHonorific | kNonName | kPronoun);
      // ("Supermarchés Duvallon, which runs about 640 stores", "its rival Ferrovolt, which raised
      // three times as much": a business's verb after "which" for a name of one to four words)
      if (!which && e <= b + 4 && (e >= b + 2 || !d.t[b].initial) && !LegalForm(d.t[e - 1].fold) &&
          !(b > 0 && IsPossessiveS(d.t[b - 1].text)) &&  // ("Nicholson's Limited")
          after + 2 < d.n() && d.t[after].text == "," &&
          d.t[after + 1].fold == "which" && !d.Is(b, kGazCats | kTitle | kHonorific | kNonName | kPronoun) &&
          !(d.Cats(b, e) & (kPlaceCats | kPerson | kDemonym))) {
        static constexpr std::string_view kBusinessVerbs[] = {"runs", "operates", "owns", "employs", "makes",
                                                              "sells", "produces", "manufactures", "ran", "operated",
                                                              "owned", "employed", "made", "sold", "produced",
                                                              "raised", "filed", "reported", "announced", "said",
                                                              "says", "listed", "posted", "acquired", "bought"};
        which = std::find(std::begin(kBusinessVerbs), std::end(kBusinessVerbs), d.t[after + 2].fold) !=
                std::end(kBusinessVerbs);
      }
      if (!headline_run && (employer || which) && !d.Is(b, kFirstName | kPerson | kTitle | kHonorific) &&
          !(d.Cats(b, e) & kPlaceCats)) {
        rule_cands.push_back(OrgCand(b, which ? after : e));
        continue;
      }
    }
    // "acquisition of Pathwise Software", "Hanbit Energy Solutions said": capitalised words closed
    // by a firm's word that closes no person's name are that firm, whatever the tagger read
    // (not when the name goes on: "Department of Natural Resources and Mines", "a Specialist Group of")
    if (e >= b + 2 && e <= b + 5 && !title_case[a->tokens[b].sentence] && d.t[e - 1].upper && !d.t[e - 1].caps &&
        BusinessClosingWord(d.t[e - 1].fold) && !LegalForm(d.t[e - 1].fold) && !NameGoesOn(d, e) &&
        // (nor when it began before: "Department of Health and Human Services")
        !(b > 1 && (d.t[b - 1].fold == "and" || d.t[b - 1].fold == "of" || d.t[b - 1].fold == "&" ||
                    d.t[b - 1].fold == "for") && d.t[b - 2].upper)) {
      size_t start = b;
      // (the closing word is context enough for a sentence's first word, as the tagger's is)
      while (start + 1 < e && DropFront(d, start, e, true, Hint::kOrg)) ++start;
      if (start + 2 <= e && !d.Is(start, kTitle | kHonorific | kNonName | kPronoun) &&
          !(d.Cats(start, e) & (kPlaceCats | kPerson))) {
        rule_cands.push_back(OrgCand(start, e));
        continue;
      }
    }
    // "BFM TV", "Radio Free Asia" aside: capitalised words closed by "TV", "Radio" or
    // "Television" are a broadcaster
    if (e >= b + 2 && !title_case[a->tokens[b].sentence] &&
        (d.t[e - 1].fold == "tv" || d.t[e - 1].fold == "radio" || d.t[e - 1].fold == "television") &&
        !d.Is(b, kTitle | kHonorific | kNonName | kPronoun | kFirstName) &&
        !(d.Cats(b, e - 1) & (kPlaceCats | kDemonym)) && !(e == b + 2 && d.Is(b, kPlaceCats | kDemonym))) {  // ("on Iowa TV")
      rule_cands.push_back(OrgCand(b, e));
      continue;
    }
    // "Tennis Australia", "Cricket Ireland", "Athletics Kenya", "Sport England": a sport, then a
    // country, is that country's governing body for it.
    if (e >= b + 2 && !title_case[a->tokens[b].sentence] && SportWord(d.t[b].fold) &&
        d.PhraseLen(b + 1, e, kCountry) == e - b - 1) {
      rule_cands.push_back(OrgCand(b, e));
      continue;
    }
    // "BBC Scotland", "Police Scotland", "NHS England": an organisation's name (a listed one or
    // an acronym) or word, then a country or a region, is its branch for that land.
    // ("Nasdaq Stockholm", "Euronext Paris": a listed organisation, then a city, too)
    if (e == b + 2 && !title_case[a->tokens[b].sentence] && d.Is(b, kOrg) && d.Is(b + 1, kCity) &&
        !(d.Cats(b, e) & kPlaceCats) && !d.Is(b, kPlaceCats | kDemonym)) {
      rule_cands.push_back(OrgCand(b, e));
      continue;
    }
    if (e == b + 2 && !title_case[a->tokens[b].sentence] && d.Is(b + 1, kCountry | kRegion) &&
        (d.Is(b, kOrg | kOrgWord) || d.t[b].caps) && !(d.Cats(b, b + 1) & (kPlaceCats | kDemonym)) &&
        !d.Is(b, kTitle | kHonorific) && d.t[b].text != "Co" && d.t[b].text != "Co.") {  // "Co Offaly": a county
      rule_cands.push_back(OrgCand(b, e));
      continue;
    }
    // "the Marlow County Sheriff's Office": an office's name, whatever title word it holds
    // (CleanSpan would take "Sheriff" for a title before a name)
    if (!title_case[a->tokens[b].sentence]) {
      bool office = false;
      for (size_t j = b + 1; j + 1 < e && !office; ++j) office = OfficePossessiveAt(d, j, e) || NamePossessiveAt(d, j, e);
      size_t start = b;
      while (office && start < e && DropFront(d, start, e, false, Hint::kOrg)) ++start;
      if (office && start + 2 < e) {
        rule_cands.push_back(OrgCand(start, e));
        continue;
      }
    }
    // "said the Commission would press", "The Senate voted": a governing body's word alone after
    // "the" names that body (the clustering joins it to a body named in full that ends in it)
    {
      const size_t hb = d.t[b].fold == "the" ? b + 1 : b;
      if (e == hb + 1 && (hb > b || (b > 0 && d.t[b - 1].fold == "the")) && d.t[hb].upper && !d.t[hb].caps &&
          !title_case[a->tokens[b].sentence] && GoverningBodyWord(d.t[hb].fold) &&
          !(e < d.n() && (d.t[e].fold == "of" || IsPossessiveS(d.t[e].text)))) {
        rule_cands.push_back(OrgCand(hb, e));
        continue;
      }
    }
    // "Mount Tindal", "Lake Turkana", "Fort Hood": a mountain's, a lake's or a fort's word before
    // a name is a place (not one closed by a body's word: "Mount Sinai Hospital")
    if (!title_case[a->tokens[b].sentence] && e - b >= 2 && e - b <= 3 &&
        (d.t[b].fold == "mount" || d.t[b].fold == "mt" || d.t[b].fold == "mt." || d.t[b].fold == "lake" ||
         d.t[b].fold == "fort") &&
        !d.Is(e - 1, kOrgWord) && !InstitutionWord(d.t[e - 1].fold) && !BodyWord(d.t[e - 1].fold) &&
        !EventWord(d.t[e - 1].fold) && !(d.Cats(b, e) & (kOrg | kPerson))) {
      rule_cands.push_back(RuleCand(b, e, EntityType::kPlace));
      continue;
    }
    // "the Great Barrier Reef", "the Red Sea": capitalised words closed by a natural feature's
    // word are that place, whatever the tagger read (no person, body or title in them)
    {
      const size_t fb = d.t[b].initial && d.t[b].fold == "the" ? b + 1 : b;
      if (!title_case[a->tokens[b].sentence] && e >= fb + 2 && e <= fb + 4 && d.t[e - 1].upper &&
          !d.t[e - 1].caps && FeatureWord(d.t[e - 1].fold) &&
          !d.Is(fb, kFirstName | kTitle | kHonorific | kNonName | kPronoun) && !(d.Cats(fb, e) & (kOrg | kPerson)) &&
          !(e < d.n() && (d.t[e].fold == "of" || d.t[e].upper))) {
        rule_cands.push_back(RuleCand(fb, e, EntityType::kPlace));
        continue;
      }
    }
    // "J.J. MacNab", "A.J. Smith": initials joined by periods before a capitalised word open a
    // person's name (not an abbreviation or a listed land: "U.S. Army", "U.K. Treasury")
    if (!title_case[a->tokens[b].sentence] && e - b >= 2 && e - b <= 3 && DottedInitials(d.t[b].text) &&
        !d.Is(b, kAbbreviation | kPlaceCats | kCountry | kOrg) && StateOf(d, std::string(d.t[b].fold)).empty() &&
        d.t[b + 1].word && !d.t[b + 1].caps &&  // (nor a state's: "in Lodi, N.J. Harmony's phone")
        !d.Is(b + 1, kPronoun | kNonName) && !d.Seen(d.t[b + 1].fold, Doc::kSeenLower) &&
        !(d.Cats(b + 1, e) & (kPlaceCats | kOrg)) && !d.Is(e - 1, kOrgWord)) {
      rule_cands.push_back(RuleCand(b, e, EntityType::kPerson));
      continue;
    }
    // "Bright Ledger, a Lagos-based fintech startup that ...": a name with a company's or a
    // body's noun in apposition is that company or body (no listed place or person, no first
    // name opening two words)
    // (its acronym in brackets between: "Sahabat Hutan Borneo (SHB), a Sabah-based group that ...")
    // ("But Skagerrak Line, the Copenhagen-based carrier that ...": a sentence's opening
    // conjunction is no part of the run; "the" opens the apposition when a clause or a comma
    // follows its noun)
    const size_t ob = e - b >= 2 && d.t[b].initial && (d.t[b].fold == "but" || d.t[b].fold == "and") ? b + 1 : b;
    const size_t ae = e + 3 < d.n() && d.t[e].text == "(" && d.t[e + 1].caps && d.t[e + 2].text == ")" ? e + 3 : e;
    // (not one sentence-opening word: "Separately, the company said")
    const bool the_apposition = ae + 3 < d.n() && d.t[ae + 1].fold == "the" && !(e - ob == 1 && d.t[ob].initial);
    if (!title_case[a->tokens[b].sentence] && e - ob <= 4 && ae + 3 < d.n() && d.t[ae].text == "," &&
        (d.t[ae + 1].fold == "a" || d.t[ae + 1].fold == "an" || the_apposition) &&
        !(d.Cats(ob, e) & (kPlaceCats | kDemonym | kPerson)) &&
        !d.Is(ob, kTitle | kHonorific | kNonName | kPronoun) && !(e - ob >= 2 && d.Is(ob, kFirstName)) &&
        // (the run opens the name: not "Books & Media", "of Rank and File Educators", "Hurun Report")
        !(b > 0 && (d.t[b - 1].upper || d.Adjacent(b - 1) || d.t[b - 1].fold == "of" || d.t[b - 1].fold == "and" ||
                    d.t[b - 1].fold == "&" || d.t[b - 1].fold == "for" || d.t[b - 1].fold == "-" ||
                    d.t[b - 1].text == "'" || d.t[b - 1].text == "\xE2\x80\x99" || IsPossessiveS(d.t[b - 1].text)))) {
      size_t x = ae + 2;
      while (x < d.n() && x < ae + 8 && (d.t[x].word || d.t[x].text == "-") &&
             !(d.t[x].word && !d.t[x].upper && d.Is(x, kDescriptorNoun))) {
        ++x;
      }
      const bool clause_after = x + 1 < d.n() && (d.t[x + 1].text == "," || d.t[x + 1].fold == "that" ||
                                                   d.t[x + 1].fold == "which" || d.t[x + 1].fold == "whose");
      // (the noun heads the apposition: not "J. J. Price, a firefighter and union member")
      bool modifier = x + 1 < d.n() && d.t[x + 1].word && !d.t[x + 1].upper;
      if (modifier) {
        static constexpr std::string_view kAfterHead[] = {"that", "which", "whose", "who", "in", "of", "with", "for",
                                                          "and", "or", "to", "at", "on", "from", "by", "since", "based"};
        for (std::string_view w : kAfterHead) modifier = modifier && d.t[x + 1].fold != w;
        // (a participle or a verb goes on: "Robey Warshaw, a firm founded in 2014 by ...")
        const std::string_view nf = d.t[x + 1].fold;
        const bool verb = (nf.size() > 4 && (nf.compare(nf.size() - 2, 2, "ed") == 0 || nf.compare(nf.size() - 3, 3, "ing") == 0)) ||
                          nf == "is" || nf == "was" || nf == "has" || nf == "had" || nf == "will";
        modifier = modifier && !verb;
      }
      if (x < d.n() && x < ae + 8 && d.t[x].word && !d.t[x].upper && d.Is(x, kDescriptorNoun) &&
          d.Value(x, x + 1, kDescriptorNoun) == "o" && (!the_apposition || clause_after) && !modifier) {
        rule_cands.push_back(OrgCand(ob, e));
        continue;
      }
    }
    // "Yoon Seo-yeon, a Democratic Party of Korea lawmaker who ...": a name of two to four words
    // with a person's noun or a title heading an apposition after "a" is a person's (no listed
    // place, body or nationality; no body's word in it)
    if (!title_case[a->tokens[b].sentence] && e - b >= 2 && e - b <= 4 && e + 3 < d.n() && d.t[e].text == "," &&
        (d.t[e + 1].fold == "a" || d.t[e + 1].fold == "an") &&
        !(d.Cats(b, e) & (kPlaceCats | kDemonym | kOrg)) && !d.Is(b, kTitle | kHonorific | kNonName | kPronoun) &&
        !(b > 0 && (d.t[b - 1].upper || d.Adjacent(b - 1) || d.t[b - 1].fold == "of" || d.t[b - 1].fold == "and"))) {
      bool plain = true;
      for (size_t k = b; k < e && plain; ++k) plain = !d.Is(k, kOrgWord | kPlaceCats) && !d.t[k].caps && !BusinessClosingWord(d.t[k].fold);
      size_t x = e + 2;
      while (plain && x < d.n() && x < e + 9 && (d.t[x].word || d.t[x].text == "-") &&
             !(d.t[x].word && !d.t[x].upper && (d.Is(x, kDescriptorNoun) || d.Is(x, kTitle)))) {
        ++x;
      }
      if (plain && x < d.n() && x < e + 9 && d.t[x].word && !d.t[x].upper &&
          (d.Is(x, kTitle) || (d.Is(x, kDescriptorNoun) && d.Value(x, x + 1, kDescriptorNoun) != "o")) &&
          x + 1 < d.n() && (d.t[x + 1].text == "," || d.t[x + 1].fold == "who" || d.t[x + 1].fold == "at" ||
                            d.t[x + 1].fold == "for" || d.t[x + 1].fold == "of" || d.t[x + 1].fold == "with" ||
                            d.t[x + 1].fold == "from" || d.t[x + 1].fold == "in")) {
        rule_cands.push_back(RuleCand(b, e, EntityType::kPerson));
        continue;
      }
    }
    // "Morag, a 61-year-old former school cook, ...": a name with an age in apposition is a
    // person's, at a sentence's start too (no listed place, body, nationality or title)
    if (!title_case[a->tokens[b].sentence] && e - b <= 3 && e + 3 < d.n() && d.t[e].text == "," &&
        (d.t[e + 1].fold == "a" || d.t[e + 1].fold == "an") && YearOldAt(d, e + 2) &&
        !(d.Cats(b, e) & (kPlaceCats | kDemonym | kOrg)) && !d.Is(e - 1, kOrgWord) &&
        !d.Is(b, kTitle | kHonorific | kNonName | kPronoun)) {
      rule_cands.push_back(RuleCand(b, e, EntityType::kPerson));
      continue;
    }
    // "D'Hanis, Texas", "Yancey, Texas,": a name of one to three words, then a comma and a
    // listed state or region closing the clause, is a town of that region (no listed body, no
    // title, no first name opening two words: not "Ted Cruz, Texas")
    if (!title_case[a->tokens[b].sentence] && NameWordCount(d, b, e) <= 3 &&
        e + 1 < d.n() && d.t[e].text == "," && d.Is(e + 1, kRegion) && d.t[e + 1].upper &&
        (e + 2 == d.n() || d.t[e + 2].text == "," || d.t[e + 2].text == "." || d.t[e + 2].text == ";" ||
         d.t[e + 2].text == ")") &&
        !(d.Cats(b, e) & (kOrg | kDemonym | kCountry)) && !d.Is(e - 1, kOrgWord) &&
        !d.Is(b, kTitle | kHonorific | kNonName | kPronoun | kWeekday | kMonth) && !(e - b >= 2 && d.Is(b, kFirstName)) &&
        // (a sentence's first word that is no name: "Visiting Richmond, Virginia, in June")
        !(d.t[b].initial && e - b >= 2 && (d.Seen(d.t[b].fold, Doc::kSeenLower) || (d.t[b].fold.size() > 5 &&
                                           d.t[b].fold.compare(d.t[b].fold.size() - 3, 3, "ing") == 0))) &&
        !(b > 0 && d.t[b - 1].upper) &&
        !(b > 1 && (d.t[b - 1].fold == "of" || d.t[b - 1].fold == "and") && d.t[b - 2].upper)) {
      rule_cands.push_back(RuleCand(b, e, EntityType::kPlace));
      town_keys.insert(d.Key(b, e));
      continue;
    }
    // "In Essam, the Bia West district capital, ...": a name of one to three words with a town's
    // noun in apposition is a place, whatever the tagger read (no listed person or body)
    {
      // (after a sentence's first preposition: "In Essam, ...")
      const size_t pb = e - b >= 2 && d.t[b].initial && d.Is(b, kNonName) && !d.t[b].caps ? b + 1 : b;
      if (!title_case[a->tokens[b].sentence] && NameWordCount(d, pb, e) <= 3 && e + 3 < d.n() && d.t[e].text == "," &&
          !(d.Cats(pb, e) & (kOrg | kPerson | kDemonym)) && !d.Is(e - 1, kOrgWord) &&
          !d.Is(pb, kTitle | kHonorific | kNonName | kPronoun | kWeekday | kMonth) &&
          !(e - pb >= 2 && d.Is(pb, kFirstName)) && !(pb > 0 && d.t[pb - 1].upper && pb == b) &&
          PlaceInApposition(d, e + 1)) {
        rule_cands.push_back(RuleCand(pb, e, EntityType::kPlace));
        town_keys.insert(d.Key(pb, e));
        continue;
      }
    }
    // "Ahoua Koné-Traoré, a director at ...", "X, president of Local 2218, said": a name of two to
    // four words with a person's job in apposition is a person's, whatever the tagger read (no
    // listed place, body or nationality; the run opens the name)
    if (!title_case[a->tokens[b].sentence] && NameWordCount(d, b, e) >= 2 && NameWordCount(d, b, e) <= 4 &&
        e + 3 < d.n() && d.t[e].text == "," && !(d.Cats(b, e) & (kPlaceCats | kDemonym | kOrg)) &&
        !d.Is(e - 1, kOrgWord) && !BusinessClosingWord(d.t[e - 1].fold) && !d.Is(b, kTitle | kHonorific | kPronoun) &&
        // (a listed non-name opens it only before a Korean given name: "Oh Da-eun")
        (!d.Is(b, kNonName) || (b + 3 < e && GivenNameHyphen(d, b + 2, e))) &&
        !(b > 0 && (d.t[b - 1].upper || d.t[b - 1].fold == "of" || d.t[b - 1].fold == "and" || d.t[b - 1].fold == "&")) &&
        JobInApposition(d, e + 1)) {
      rule_cands.push_back(RuleCand(b, e, EntityType::kPerson));
      continue;
    }
    // "FC Augsburg", "1. FC Lüneburg", "Hamburger SV", "AC Milan", "RB Leipzig": a football
    // club's abbreviation opening or closing a name makes the club
    {
      auto club = [&](size_t k) { return ClubAbbreviation(d.t[k].text); };
      // (its words set apart by spaces: not a party and a state, "(R-SC)")
      if (!title_case[a->tokens[b].sentence] && e - b >= 2 && e - b <= 4 &&
          ((club(b) && !d.Adjacent(b)) || (club(e - 1) && !d.Adjacent(e - 2))) && !d.Is(b, kTitle | kHonorific)) {
        size_t cb = b;
        // ("1. FC Köln": the club's number before it)
        if (b >= 2 && d.t[b - 1].text == "." && d.t[b - 2].text.size() == 1 && d.t[b - 2].text[0] >= '1' &&
            d.t[b - 2].text[0] <= '9' && d.Adjacent(b - 2)) {
          cb = b - 2;
        }
        rule_cands.push_back(OrgCand(cb, e));
        continue;
      }
    }
    // "Sri Lanka Cricket", "Cricket Australia", "USA Swimming", "UK Finance", "Energy UK": a
    // country's name and a sport's or a trade's name make that country's governing or trade body
    if (!title_case[a->tokens[b].sentence] && e - b >= 2 && e - b <= 4) {
      auto sport = [&](size_t k) {
        static constexpr std::string_view kSports[] = {
            "cricket", "rugby", "football", "hockey", "athletics", "swimming", "cycling", "tennis", "basketball",
            "netball", "golf", "rowing", "sailing", "gymnastics", "boxing", "volleyball",
            "finance", "energy", "water", "steel", "hospitality", "retail", "insurance", "banking", "shipping",
            "music", "sport", "tobacco", "telecom", "mobile"};
        static constexpr WordList kSportsList(kSports);
        return kSportsList.Has(d.t[k].fold);
      };
      const size_t first = d.t[b].fold == "the" ? b + 1 : b;
      const bool country_then = sport(e - 1) && d.PhraseLen(first, e - 1, kCountry) == e - 1 - first && e - 1 > first;
      const bool then_country = sport(first) && d.PhraseLen(first + 1, e, kCountry) == e - first - 1 && e > first + 1;
      if (country_then || then_country) {
        Cand body = OrgCand(first, e);
        body.typed = body.strong = true;
        body.prio = 3;
        rule_cands.push_back(std::move(body));
        continue;
      }
    }
    // "Save Our Castlemoor Libraries", "Keep Our NHS Public", "Hands Off Our Land": a campaign
    // named by an imperative and "Our" is one organisation, at a sentence's start too
    // (after a sentence's first word that is no name: "Later Save Our ...")
    const size_t sb = e - b >= 4 && d.t[b].initial && d.t[b + 2].fold == "our" ? b + 1 : b;
    if (!title_case[a->tokens[b].sentence] && e - sb >= 3 && e - sb <= 6 && d.t[sb + 1].fold == "our" &&
        !d.t[sb + 1].caps && !d.Is(sb, kTitle | kHonorific | kPronoun | kPlaceCats)) {
      Cand campaign = OrgCand(sb, e);
      campaign.typed = campaign.strong = true;
      campaign.prio = 3;
      rule_cands.push_back(std::move(campaign));
      continue;
    }
    Cand c = CleanSpan(d, b, e, Hint::kNone, false, &extra);
    if (c.b >= c.e) continue;
      // The candidate made of what CleanSpan kept, as the run around it shows it: a function of
      // its own (own_function.h).
      [&](uint32_t b, uint32_t e) AE_OWN_FUNCTION {
    const bool headline = title_case[a->tokens[b].sentence];
    // In a title-case line capitalisation draws no boundaries: the tagger decides there.
    c.prio = c.honorific && !headline ? 4 : c.gaz ? 3 : 1;
    // "Mineração Serra Verde S.A.", "Maasvlakte Container Terminals B.V.": a run closed by a
    // company's legal form is that company whole, whatever the tagger made of its first words
    // "Centro de Estudos do Tapajós", "Asociación de Productores de Cobre": a Romance body's word
    // opening a run of three words or more with its particles is that body whole
    if (!headline && c.b == b && c.e == e && e - b >= 3 && d.t[b].upper && !d.t[b].caps &&
        OpeningBodyWord(d.t[b].fold) && c.type == EntityType::kOrg) {
      c.typed = c.strong = true;
      c.prio = 3;
    }
    // (an ezafe is as good: "Jamaat-e-Islami", "Pakistan Tehreek-e-Insaf")
    if (!headline && c.type == EntityType::kOrg && c.prio < 3) {
      for (size_t j = c.b + 1; j + 3 < c.e && c.prio < 3; ++j) {
        if (EzafeAt(d, j, c.e)) c.prio = 3;
      }
    }
    // (a sentence's first word too: "Maasvlakte Container Terminals B.V. said")
    // (no title inside: "Mary Hain Senior Regulatory Counsel ISO New England Inc." is a signature)
    bool titled = false;
    for (size_t k = b; k < e; ++k) titled = titled || d.Is(k, kTitle);
    // (nor a run whose name began before it: "Democratic Socialists of America Inc.")
    // (a company closed by its legal form before "and" is another company: "Sawit Permata Bhd and
    // Kinabalu Agro Plantations Berhad")
    const bool goes_back = b > 1 && !d.t[b - 1].upper && d.t[b - 2].upper &&
                           (d.t[b - 1].fold == "of" || d.t[b - 1].fold == "and" || d.t[b - 1].fold == "&" ||
                            d.Is(b - 1, kSurnameParticle)) &&
                           !(d.t[b - 1].fold == "and" && LegalForm(d.t[b - 2].fold));
    if (!headline && !titled && !goes_back && c.e - c.b >= 2 && e - b <= 6 && c.e == e &&
        c.type == EntityType::kOrg && LegalForm(d.t[c.e - 1].fold)) {
      size_t start = b;
      while (start < c.b && d.Is(start, kNonName | kPronoun | kMonth | kWeekday) && !d.t[start].caps) ++start;
      bool plain = true;  // the words dropped are no title or honorific
      for (size_t k = start; k < c.b; ++k) plain = plain && !d.Is(k, kTitle | kHonorific);
      if (plain) c.b = static_cast<uint32_t>(start);
      c.typed = c.strong = true;
      c.prio = 3;
    }
    // "she told Music Row Weekly in 1984", "told the Riverside Gazette": the listener of "told"
    // named by words ending in an organisation's word is the publication or body
    // (one word after "the": "told the Courier", "told the Guardian")
    const bool told_the = b > 1 && d.t[b - 1].fold == "the" && d.t[b - 2].fold == "told";
    if (!headline && !c.honorific && c.b == b && (e - b >= 2 || told_the) && b > 0 && !d.Is(b, kFirstName | kTitle) &&
        d.Is(e - 1, kOrgWord) && (d.t[b - 1].fold == "told" || told_the)) {
      c.type = EntityType::kOrg;
      c.typed = c.strong = true;
      c.prio = 3;
    }
    // "a study published this month in JAMA Pediatrics", "writing in The Lancet": where a study
    // or a column appears is a journal or paper, not a person (a listed place stays a place)
    if (!headline && !c.honorific && (c.b == b || (c.b == b + 1 && d.t[b].fold == "the")) && c.e - c.b >= 1 &&
        e - b >= 2 && b > 1 && d.t[b - 1].fold == "in" && !d.Is(c.b, kTitle) &&
        !(d.Is(c.b, kFirstName) && !d.t[c.b].caps) && !(d.Cats(c.b, c.e) & (kPlaceCats | kPerson))) {
      size_t k = b - 2;  // "published [this month] in", "writing in"
      while (k > 0 && b - k < 5 && !(d.t[k].fold == "published" || d.t[k].fold == "writing")) --k;
      if (d.t[k].fold == "published" || d.t[k].fold == "writing") {
        c.type = EntityType::kOrg;
        c.typed = c.strong = true;
        c.prio = 3;
      }
    }
    // "Austrian broadcaster ORF", "German lender Kommerzbrook", "budget carrier Skyvane": a name
    // right after a lower-case noun for a company or a body is that body (a listed place or
    // person, or a name opened by an honorific, stays what it is)
    if (!headline && !c.honorific && c.b == b && c.e == e && e - b <= 4 && b > 0 && d.t[b - 1].word &&
        !d.t[b - 1].upper && d.Is(b - 1, kDescriptorNoun) && d.Value(b - 1, b, kDescriptorNoun) == "o" &&
        !(d.Cats(b, e) & (kPlaceCats | kDemonym | kPerson)) && !d.Is(b, kTitle) &&
        !(e - b >= 2 && d.Is(b, kFirstName) && !d.Is(b, kPlaceCats)) && !NameGoesOn(d, e)) {
      c.type = EntityType::kOrg;
      c.typed = c.strong = true;
      c.prio = 3;
    }
    // "the Pilbara region", "Helmand province", "in neighbouring Ellsworth": a name before a
    // lower-case word for a territory, or after "neighbouring", is a place
    if (!headline && !c.honorific && c.b == b && c.e == e && e - b <= 3 && !d.Is(b, kTitle) &&
        !(d.Cats(b, e) & (kOrg | kPerson | kDemonym)) &&
        !NameGoesOn(d, e) && !PartyAdjective(d.t[e - 1].fold) &&
        // (not "state": "the Jewish state", "a Confederate state")
        ((e < d.n() && d.t[e].word && !d.t[e].upper && TerritoryWord(d.t[e].fold) && d.t[e].fold != "state") ||
         (b > 0 && (d.t[b - 1].fold == "neighbouring" || d.t[b - 1].fold == "neighboring")))) {
      c.type = EntityType::kPlace;
      c.typed = c.strong = true;
      c.prio = 3;
    }
    // "Vontobel analyst Stefan Schneider", "spokeswoman Els Peeters": a first name and more after
    // a lower-case job word is a person, whatever the tagger made of it.
    if (!headline && c.b == b && c.e == e && e - b >= 2 && e - b <= 3 && b > 0 && d.t[b - 1].word &&
        !d.t[b - 1].upper && d.Is(b, kFirstName) &&
        (d.Is(b - 1, kTitle) || AnalystJob(d.t[b - 1].fold) ||
         (d.Is(b - 1, kDescriptorNoun) && d.Value(b - 1, b, kDescriptorNoun) != "o" &&
          d.Value(b - 1, b, kDescriptorNoun) != "l"))) {
      c.type = EntityType::kPerson;
      c.typed = true;
      c.prio = std::max<uint8_t>(c.prio, 3);
    }
    bool possessive_org = false;
    for (size_t j = c.b + 1; j + 1 < c.e && !possessive_org; ++j) {
      possessive_org = PluralPossessiveAt(d, j, c.e) || OfficePossessiveAt(d, j, c.e);
    }
    if (!headline && !c.honorific && (possessive_org || AmpersandName(d, c.b, c.e))) {
      c.type = EntityType::kOrg;
      c.typed = c.strong = true;
      c.prio = 3;
    }
    // Three or more capitalised words ending in a body's word, or with one before "of", are that
    // body, a place word in front included: "Kenya Red Cross Society", "Royal College of Nursing".
    const size_t body_b = d.t[b].fold == "the" || d.t[b].fold == "a" || d.t[b].fold == "an" ? b + 1 : b;
    // (a hospital or an NHS trust too, even named after a royal: "Princess Mary Hospital")
    const bool institution = InstitutionWord(d.t[e - 1].fold);
    bool body = e >= body_b + 3 && (BodyWord(d.t[e - 1].fold) || institution);
    bool body_of = false;
    for (size_t k = body_b; !body && k + 2 < e && e >= body_b + 3; ++k) {
      // (a board too: "Juniper County Board of Supervisors", not a company's "Board of Directors")
      // (a board only after a word of its own: "The Board of Muslim clerics" is a description)
      // (and "for": "Centers for Disease Control and Prevention", "Office for National Statistics")
      const std::string_view head = d.t[k].fold;
      const bool of = d.t[k + 1].fold == "of", for_ = d.t[k + 1].fold == "for";
      const bool on = d.t[k + 1].fold == "on" && SubjectBodyWord(head, false) && d.t[k].upper && d.t[k + 2].upper;
      body = body_of = on || ((BodyWord(head) || (head == "board" && k > body_b && d.t[k + 2].fold != "directors")) && of) ||
                       ((BodyWord(head) || head == "office" || head == "center" || head == "centers" ||
                         head == "centre" || head == "centres") && for_ && d.t[k].upper && d.t[k + 2].upper);
    }
    size_t body_e = e;

    // "Ministry of Trade and Industry": one more capitalised word after "and" ends the name
    // ("California Department of Forestry and Fire Protection": two words at most, no first
    // name, legal form or organisation word among them: "... of Labour and Cresswell Mining Ltd"
    // are two bodies)
    // "Ministry of Housing, Communities and Local Government": a list of capitalised words
    // separated by commas before that "and" belongs to the name too
    size_t and_at = e;
    bool listed_and = false;  // the "and" closes a list of commas
    if (body_of) {
      size_t k = e;
      while (k + 1 < d.n() && d.t[k].text == "," && d.a.tokens[k + 1].sentence == d.a.tokens[k].sentence) {
        size_t j = k + 1;
        while (j < d.n() && j < k + 4 && d.t[j].upper && d.t[j].word && !d.t[j].caps &&
               !d.Is(j, kFirstName | kTitle | kOrg | kPlaceCats) &&
               (!CorporateSuffix(d.t[j].fold) || d.t[j].fold == "industry")) {  // (a portfolio too)
          ++j;
        }
        if (j == k + 1 || j >= d.n() || (d.t[j].text != "," && d.t[j].fold != "and")) break;
        k = j;
        if (d.t[j].fold == "and") {
          and_at = j;
          listed_and = true;
          break;
        }
      }
    }
    if (body_of && and_at + 1 < d.n() && d.t[and_at].fold == "and" &&
        d.a.tokens[and_at + 1].sentence == d.a.tokens[and_at].sentence) {
      const size_t e = and_at;  // (the "and")
      size_t k = e + 1;
      // (nor a brand written with an inner capital, nor a listed organisation: "the Department
      // of Defense and JPMorgan Chase" are two customers)
      auto brand = [&](size_t k) {
        const std::string_view w = d.t[k].text;
        return std::any_of(w.begin() + 1, w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
      };
      // ("Local Government" may close it: a body's own word, no company's)
      // (three after a list: "Committee on Banking, Insurance and Other Financial Institutions")
      // (a trade word alone may close it: "Federal Ministry for Economic Affairs and Energy")
      // ("Resources" closes a ministry's or an institute's name too: "Ministry of Environment and
      // Natural Resources", "... and Renewable Natural Resources (Ibama)")
      auto last_trade_word = [&](size_t k) {
        return !(k + 1 < d.n() && d.t[k + 1].upper) &&
               ((k == e + 1 && !BusinessClosingWord(d.t[k].fold)) || (k > e + 1 && d.t[k].fold == "resources"));
      };
      // (three before a bracket: "Brazilian Institute of Environment and Renewable Natural
      // Resources (Ibama)", the body's acronym or short name right after its name)
      const size_t most = listed_and ? 4 : (e + 4 < d.n() && d.t[e + 4].text == "(" ? 4 : 3);
      while (k < d.n() && k < e + most && d.t[k].upper && d.t[k].word && !d.t[k].caps && !brand(k) &&
             (!d.Is(k, kFirstName | kTitle | kOrgWord | kOrg) || d.t[k].fold == "government") &&
             (!CorporateSuffix(d.t[k].fold) || last_trade_word(k))) {
        ++k;
      }
      if (k > e + 1 && !(k < d.n() && d.t[k].upper && d.t[k].word)) body_e = k;
    }
    if (!headline && (!c.honorific || institution) && body && (!d.Is(body_b, kTitle | kHonorific) || institution) &&
        d.t[body_b].upper) {
      c.b = static_cast<uint32_t>(body_b);
      c.e = static_cast<uint32_t>(body_e);
      c.type = EntityType::kOrg;
      c.typed = c.strong = true;
      c.canonical.clear();
      c.gaz = false;
      c.prio = institution ? 4 : 3;  // over a title read as an honorific ("Prince Edmund Hospital")
    }
    rule_cands.push_back(std::move(c));
      }(b, e);
  }
  }();
  // Stage: the other rule candidates.
  [&]() AE_OWN_FUNCTION {
  // "Société des traversiers du Québec", "Fédération des marins du Saint-Laurent (FMSL)",
  // "Confédération des syndicats nationaux", "Caisse de dépôt et placement du Québec": a French
  // body's word, then pairs of a French particle and a word of any case (French writes the
  // nouns of a body's name in lower case), is that body whole; the particles never join English
  // words, so an English sentence around it stays out
  for (size_t i = 0; i + 2 < d.n(); ++i) {
    // (a French particle after it first: the cheap test, made for every capitalised word)
    if (!d.t[i].upper || d.t[i].caps || d.t[i + 1].upper || title_case[a->tokens[i].sentence]) continue;
    {
      const std::string_view f1 = d.t[i + 1].fold;
      if (!(f1 == "des" || f1 == "du" || f1 == "de" || f1 == "aux" || f1 == "au" || ElidedArticle(d.t[i + 1].text)))
        continue;
    }
    static constexpr std::string_view kFrenchBody[] = {
        "societe", "federation", "confederation", "regie", "caisse", "syndicat", "office", "agence", "association",
        "union", "ordre", "mouvement", "regroupement", "autorite", "commission", "fonds", "conseil", "bureau",
        "centre", "parti", "alliance", "front", "cour", "tribunal", "ecole", "college", "universite", "institut",
        "banque", "compagnie", "groupe", "fondation", "ministere", "secretariat", "observatoire", "chambre"};
    static constexpr WordList kFrenchBodyList(kFrenchBody);
    if (!kFrenchBodyList.Has(d.t[i].fold)) continue;
    auto particle = [&](size_t k) {
      const std::string_view f = d.t[k].fold;
      return !d.t[k].upper && (f == "des" || f == "du" || f == "de" || f == "aux" || f == "au" || f == "et" ||
                               f == "pour" || f == "sur" || f == "en");
    };
    // "d'habitation", "l’assurance": a particle glued to its word
    auto elided = [&](size_t k) { return ElidedArticle(d.t[k].text) != 0; };
    auto french_adjective = [](std::string_view f) {  // "nationaux", "publique", "québécois"
      static constexpr std::string_view kEnds[] = {"aux", "ale", "ales", "elle", "elles", "ique", "iques",
                                                   "ienne", "iennes", "aise", "aises", "ois", "oise", "ere"};
      for (std::string_view x : kEnds) {
        if (f.size() > x.size() + 2 && f.compare(f.size() - x.size(), x.size(), x) == 0) return true;
      }
      return false;
    };
    size_t j = i + 1, lower_words = 0;
    const uint32_t sent = d.a.tokens[i].sentence;
    while (j < d.n() && j < i + 14 && d.a.tokens[j].sentence == sent) {
      size_t k = j;
      if (elided(k) && d.t[k].word) {
        lower_words += !d.t[k].upper;
        j = k + 1;
      } else if (particle(k)) {
        ++k;
        // "de la", "de l'"
        if (k < d.n() && (d.t[k].fold == "la" || d.t[k].fold == "les") && !d.t[k].upper) ++k;
        if (k >= d.n() || !d.t[k].word || d.a.tokens[k].sentence != sent) break;
        if (particle(k)) break;
        lower_words += !d.t[k].upper;
        j = k + 1;
      } else {
        break;
      }
      // a hyphenated name ("Saint-Laurent") and a lower-case adjective after the noun
      while (j + 1 < d.n() && d.t[j].text == "-" && d.Adjacent(j - 1) && d.Adjacent(j) && d.t[j + 1].word) j += 2;
      if (j < d.n() && d.t[j].word && !d.t[j].upper && french_adjective(d.t[j].fold)) ++j;
      // (or a second noun before the next "du", "des", "de": "l’assurance maladie du Québec")
      if (j + 1 < d.n() && d.t[j].word && !d.t[j].upper && !particle(j) &&
          (d.t[j + 1].fold == "du" || d.t[j + 1].fold == "des" || d.t[j + 1].fold == "de"))
        ++j;
    }
    if (lower_words == 0 || j <= i + 2) continue;
    rule_cands.push_back(OrgCand(i, j));
    i = j - 1;
  }
  // "Local 2218", "UAW Local 600": a union's local branch by its number is an organisation
  for (size_t i = 0; i + 1 < d.n(); ++i) {
    if (d.t[i].text != "Local" || title_case[a->tokens[i].sentence]) continue;
    const std::string_view num = d.t[i + 1].text;
    if (num.empty() || num.size() > 5 || !std::all_of(num.begin(), num.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
      continue;
    const size_t b = i > 0 && d.t[i - 1].caps && d.t[i - 1].word ? i - 1 : i;
    rule_cands.push_back(OrgCand(b, i + 2));
  }
  // "Saint-Joseph-de-la-Rive", "L’Isle-aux-Coudres", "Isle-aux-Grues", "Baie-Sainte-Catherine":
  // capitalised words joined by hyphens with a French particle among them, or opened by a
  // French word of the land (bay, lake, mount, island, point, river, cape), are a place's name
  // whole (a person's compound name has neither: "Gagnon-Lévesque", "Marie-Ève")
  for (size_t b = 0; b + 2 < d.n(); ++b) {
    if (!d.t[b].upper || !d.t[b].word || (b > 0 && d.t[b - 1].text == "-" && d.Adjacent(b - 1))) continue;
    size_t e = b + 1, words = 1;
    bool particle = false;
    while (e + 1 < d.n() && d.t[e].text == "-" && d.Adjacent(e - 1) && d.Adjacent(e) && d.t[e + 1].word) {
      const std::string_view f = d.t[e + 1].fold;
      if (!d.t[e + 1].upper) {
        if (!(f == "de" || f == "du" || f == "des" || f == "la" || f == "le" || f == "les" || f == "aux" ||
              f == "au" || f == "sur" || f == "en" || f == "sous" || f == "d" || f == "l")) {
          break;
        }
        particle = true;
      }
      e += 2;
      ++words;
    }
    if (words < 2 || !d.t[e - 1].upper) {
      b = e - 1;
      continue;
    }
    const std::string_view first = d.t[b].fold.substr(ElidedArticle(d.t[b].fold));  // "l'isle"
    static constexpr std::string_view kLand[] = {"baie", "lac", "mont", "ile", "isle", "pointe", "riviere", "cap",
                                                 "port", "anse", "cote", "val", "grande"};
    static constexpr WordList kLandList(kLand);
    const bool land = kLandList.Has(first);
    if ((particle && words >= 3) || (land && words >= 2 && !d.Is(b, kFirstName)))
      rule_cands.push_back(RuleCand(b, e, EntityType::kPlace));
    b = e - 1;
  }
  // "Brazilian Institute of Environment and Renewable Natural Resources (Ibama)": a word the
  // lexicons do not know, bracketed right after a body's name, names that body wherever it is
  // written (the clustering joins it to the name): a candidate there and at every other place
  {
    std::set<std::string> bracketed;
    std::vector<uint8_t> org_end;  // tokens where a rule's body of two or more words ends
    // (in capitals too: "the Ghana Cocoa Board (COCOBOD)", which the tagger may not read as a
    // name at all)
    auto bracketed_at = [&](size_t t) {
      return d.t[t - 1].text == "(" &&  // (the cheap test first: every token is asked)
             (BracketedWord(d, t) || (d.t[t].caps && t + 1 < d.n() && d.t[t + 1].text == ")"));
    };
    for (size_t t = 3; t + 1 < d.n(); ++t) {
      if (!bracketed_at(t)) continue;
      if (d.lex.Find(d.t[t].fold) != nullptr || d.t[t].fold.size() < 4) continue;
      bool body = false;  // a body's or a company's word in the name before the bracket
      for (size_t k = t - 1; k-- > 0 && t - 1 - k <= 8 && (d.t[k].upper || d.t[k].fold == "of" || d.t[k].fold == "and") &&
                             !body;) {
        body = d.Is(k, kOrgWord) || BodyWord(d.t[k].fold) || OpeningBodyWord(d.t[k].fold);
      }
      // (or a body's name the rules found just before: "Fédération des marins du Saint-Laurent (FMSL)")
      if (!body && org_end.empty()) {  // (their ends, found once: a scan of them per bracket grew with both)
        org_end.assign(d.n() + 1, 0);
        for (const Cand& r : rule_cands) {
          if (r.type == EntityType::kOrg && r.e - r.b >= 2 && r.e < org_end.size()) org_end[r.e] = 1;
        }
      }
      body = body || org_end[t - 1];
      if (body) bracketed.insert(std::string(d.t[t].fold));
    }
    if (!bracketed.empty()) {
      for (size_t t = 0; t < d.n(); ++t) {
        if (d.t[t].upper && bracketed.count(std::string(d.t[t].fold)) &&
            !(t > 0 && d.t[t - 1].upper && d.Adjacent(t - 1)) && !(t + 1 < d.n() && d.t[t + 1].upper)) {
          rule_cands.push_back(OrgCand(t, t + 1));
        }
      }
    }
  }
  // "Dubai brokerage Creekside Securities", "Buenos Aires consultancy Cuadrante Económico",
  // "chipmaker Nvidia": capitalised words right after a lower-case noun for a kind of business
  // are that business's name
  for (size_t i = 1; i + 1 < d.n(); ++i) {
    static constexpr std::string_view kKinds[] = {
        "consultancy", "brokerage", "lender",   "insurer",   "carmaker", "automaker",  "chipmaker", "drugmaker",
        "retailer",    "startup",   "start-up", "conglomerate", "airline", "broadcaster", "publisher", "regulator",
        "watchdog",    "charity",   "think-tank", "firm",    "newspaper", "shipbuilder", "steelmaker", "miner"};
    static constexpr WordList kKindsList(kKinds);
    if (d.t[i].upper || !d.t[i].word || !d.t[i + 1].upper || !d.t[i + 1].word || d.t[i + 1].initial) continue;
    if (!kKindsList.Has(d.t[i].fold)) continue;
    if (title_case[a->tokens[i].sentence] || d.Is(i + 1, kTitle | kHonorific | kFirstName | kPronoun | kDemonym)) continue;
    size_t e = i + 1;
    while (e < d.n() && e < i + 6 && d.a.tokens[e].sentence == d.a.tokens[i].sentence) {
      if (NameWord(d, e) && !d.Is(e, kTitle | kHonorific)) {
        ++e;
      } else if (e + 1 < d.n() && !d.t[e].upper && (d.Is(e, kSurnameParticle) || d.t[e].fold == "of") &&
                 NameWord(d, e + 1)) {
        e += 2;  // ("newspaper Correio da Manha")
      } else {
        break;
      }
    }
    if (e < d.n() && (d.t[e].fold == "'s" || d.t[e].text == "-")) continue;  // ("a firm Trump's ...")
    rule_cands.push_back(OrgCand(i + 1, e));
  }
  // "(IDX: SHNI)", "(Nasdaq: CRVN)", "(ASX: KWR)": the stock exchange of a ticker in brackets
  for (size_t i = 1; i + 3 < d.n(); ++i) {
    if (d.t[i - 1].text != "(" || !NameWord(d, i) || d.t[i + 1].text != ":" || !d.t[i + 2].caps ||
        d.t[i + 3].text != ")")
      continue;
    rule_cands.push_back(OrgCand(i, i + 1));
  }
  // "the City of Johannesburg", "the Town of Canmore": a municipality's government by its formal
  // name, a body (after "the": "City of London" alone may be the place)
  for (size_t i = 1; i + 2 < d.n(); ++i) {
    if (d.t[i - 1].text != "the" || (d.t[i].text != "City" && d.t[i].text != "Town") || d.t[i + 1].text != "of" ||
        !NameWord(d, i + 2) || title_case[a->tokens[i].sentence])
      continue;
    const size_t e = NameWordsEnd(d, i + 2, i + 5, i);
    if (e < d.n() && (d.t[e].fold == "'s" || d.t[e].text == "-")) continue;
    rule_cands.push_back(OrgCand(i, e));
  }
  // "the Cape of Good Hope", "Port Said", "Addis Ababa": a place of two words or more that the
  // tagger's typed-names list knows (assets/lexicon/ner_names.tsv: WordNet's locations and large
  // cities), written with its capitals, is one place whatever the tagger made of it (it split
  // "Port Said" at the verb, and found the cape in one sentence and not in the next)
  // (the tagger's gazetteer holds the list's phrases by hash: no second copy, no start-up cost)
  if (const tagger::Gazetteer* names = tagger ? tagger->gazetteer() : nullptr) {
    for (size_t i = 0; i + 1 < d.n(); ++i) {
      if (!NameWord(d, i) || (i > 0 && d.Adjacent(i - 1) && d.t[i - 1].word) || title_case[a->tokens[i].sentence])
        continue;
      const uint32_t sentence = a->tokens[i].sentence;
      size_t best = 0;
      // (the phrase's hash grows token by token, as d.Key(i, e) would spell it; the list's
      // prefix mark ends the search as soon as no phrase goes on)
      uint64_t h = FoldedTokenHash(*a, i);  // tagger::HashBytes(d.t[i].fold)
      for (size_t e = i + 2; e <= d.n() && e <= i + 6 && a->tokens[e - 1].sentence == sentence; ++e) {
        if (!(names->Find(h) & tagger::Gazetteer::kPrefix)) break;
        if (!d.Adjacent(e - 2)) h = tagger::HashMore(h, " ");
        h = tagger::HashMore(h, d.t[e - 1].fold);
        if (!d.t[e - 1].word && d.t[e - 1].text != "-") break;
        if (!(NameWord(d, e - 1) || Connector(d, e - 1) || d.t[e - 1].text == "-")) break;
        if (!NameWord(d, e - 1) || (e < d.n() && d.Adjacent(e - 1) && d.t[e].word)) continue;
        if (names->Find(h) & tagger::Gazetteer::kNameLoc) best = e;
      }
      // (not inside a longer capitalised name: "New York Daily News", "Upper East Side")
      if (best == 0 || (best < d.n() && NameWord(d, best) && a->tokens[best].sentence == sentence) ||
          (i > 0 && NameWord(d, i - 1) && !d.t[i - 1].initial))
        continue;
      Cand c = RuleCand(i, best, EntityType::kPlace);
      c.gaz = true;
      rule_cands.push_back(std::move(c));
      i = best - 1;
    }
  }
  // "the Battle of Gettysburg", "the Second Battle of Bull Run", "the Siege of Leningrad", "the
  // Treaty of Versailles": an event's or a treaty's name whole, not the place inside it
  for (size_t i = 1; i + 2 < d.n(); ++i) {
    static constexpr std::string_view kEvents[] = {"battle", "siege", "treaty", "massacre", "sack"};
    static constexpr WordList kEventsList(kEvents);
    if (!d.t[i].upper || d.t[i].caps || d.t[i + 1].fold != "of" || d.t[i + 1].upper) continue;
    if (!kEventsList.Has(d.t[i].fold)) continue;
    if (title_case[a->tokens[i].sentence]) continue;
    size_t b = i;
    if (b > 0 && d.t[b - 1].upper && d.t[b - 1].word && !d.t[b - 1].initial &&
        (d.t[b - 1].fold == "first" || d.t[b - 1].fold == "second" || d.t[b - 1].fold == "third" ||
         d.t[b - 1].fold == "great" || d.t[b - 1].fold == "final"))
      --b;
    size_t e = i + 2;
    if (e < d.n() && d.t[e].fold == "the" && !d.t[e].upper) ++e;
    const size_t name = e;
    e = NameWordsEnd(d, name, name + 3, i);
    if (e == name) continue;
    rule_cands.push_back(RuleCand(b, e, EntityType::kMisc));
  }
  // "the coastal village of Sagea", "the town of Ennis", "the island of Ternate": capitalised
  // words after a settlement's or a territory's noun and "of" are that place
  for (size_t i = 1; i + 2 < d.n(); ++i) {
    static constexpr std::string_view kPlaces[] = {"village", "town", "city", "island", "port", "province",
                                                   "region", "district", "municipality", "hamlet", "suburb"};
    static constexpr WordList kPlacesList(kPlaces);
    if (d.t[i].fold != "of" || d.t[i].upper || !NameWord(d, i + 1) || d.t[i - 1].upper) continue;
    if (!kPlacesList.Has(d.t[i - 1].fold)) continue;
    if (title_case[a->tokens[i].sentence] || d.Is(i + 1, kTitle | kHonorific | kFirstName | kPronoun | kOrg)) continue;
    const size_t e = NameWordsEnd(d, i + 1, i + 4, i);
    if (e < d.n() && (d.t[e].fold == "'s" || d.t[e].text == "-" || d.Is(e - 1, kOrgWord))) continue;
    rule_cands.push_back(RuleCand(i + 1, e, EntityType::kPlace));
  }
  // "she told the Echo.", "told the Courier that": one or two capitalised words after "told the",
  // closing the clause, are the paper (or another body) told
  for (size_t i = 2; i + 1 < d.n(); ++i) {
    if (!(d.t[i].upper && d.t[i].word && !d.t[i].caps) || d.t[i - 1].text != "the" || d.t[i - 2].fold != "told") continue;
    if (title_case[a->tokens[i].sentence] || d.Is(i, kTitle | kHonorific | kNonName | kPronoun | kDescriptorNoun)) continue;
    size_t e = i + 1;
    if (e < d.n() && d.t[e].upper && d.t[e].word && !d.t[e].caps) ++e;
    if (e < d.n() && d.t[e].word && d.t[e].upper) continue;
    if (e < d.n() && !(d.t[e].text == "." || d.t[e].text == "?" || d.t[e].text == "!" || d.t[e].text == ";" || d.t[e].text == "," || d.t[e].fold == "that" ||
                       d.t[e].fold == "on" || d.t[e].fold == "in")) continue;
    rule_cands.push_back(OrgCand(i, e));
  }
  // "Pacific Gas and Electric Co.", "Procter and Gamble Co.": capitalised words, "and" and
  // capitalised words closed by a legal form are one company (a person's name never ends so)
  for (size_t i = 1; i + 2 < d.n(); ++i) {
    if (d.t[i].fold != "and" || d.t[i].upper || !d.t[i - 1].upper || !d.t[i - 1].word || !d.t[i + 1].upper) continue;
    if (title_case[a->tokens[i].sentence]) continue;
    size_t e = i + 1;
    while (e < d.n() && e < i + 5 && d.t[e].upper && d.t[e].word && d.a.tokens[e].sentence == d.a.tokens[i].sentence) ++e;
    const std::string_view last = d.t[e - 1].fold;
    if (!(last == "co." || last == "co" || last == "inc." || last == "inc" || last == "corp." || last == "corp" ||
          last == "ltd" || last == "ltd." || last == "llc" || last == "plc" || last == "company" || last == "limited")) {
      continue;
    }
    size_t b = i;
    while (b > 0 && i - b < 3 && d.t[b - 1].upper && d.t[b - 1].word &&
           !d.Is(b - 1, kNonName | kPronoun | kTitle | kHonorific) &&
           d.a.tokens[b - 1].sentence == d.a.tokens[i].sentence) {
      --b;
    }
    // (two companies when the first already has its legal form: "Podesta Group Inc. and Mercury LLC")
    bool first_closed = false;
    for (size_t k = b; k < i && !first_closed; ++k) {
      const std::string_view f = d.t[k].fold;
      first_closed = CorporateSuffix(f);  // ("Sony Group and Toyota Motor Corp": two companies too)
    }
    // (nor when the first part ends another name: "the Department of Labour and Cresswell Mining Ltd")
    const bool tail = b > 0 && (d.t[b - 1].fold == "of" || d.t[b - 1].fold == "for" || d.t[b - 1].fold == "&" ||
                                d.t[b - 1].fold == "and");
    if (b == i || first_closed || tail) continue;
    rule_cands.push_back(OrgCand(b, e));
  }
  AcronymNames(d, title_case, &rule_cands);
  LowerCasePlaces(d, UncasedSentences(d), &rule_cands);
  // "the Senate Health, Education, Labor and Pensions Committee": a list of portfolios with
  // commas and "and" before a deliberative body's word, opened by a capitalised run, is one
  // body's name (the run before the first comma, each listed item of one or two capitalised
  // words, no first name, place or listed body among them)
  for (size_t k = 1; k + 2 < d.n(); ++k) {
    if (d.t[k].fold != "and" || d.t[k].upper || title_case[a->tokens[k].sentence]) continue;
    const uint32_t sentence = a->tokens[k].sentence;
    auto body_word = [&](size_t x) {
      const std::string_view f = d.t[x].fold;
      return f == "committee" || f == "subcommittee" || f == "commission" || f == "department" || f == "ministry";
    };
    size_t body = k + 1;
    while (body < d.n() && body < k + 4 && NameWord(d, body) && a->tokens[body].sentence == sentence && !body_word(body))
      ++body;
    if (body >= d.n() || body == k + 1 || !NameWord(d, body) || a->tokens[body].sentence != sentence || !body_word(body))
      continue;
    auto item_ok = [&](size_t x) { return NameWord(d, x) && !d.t[x].caps && !d.Is(x, kFirstName | kPlaceCats | kOrg | kTitle); };
    // back from the "and": ITEM (, ITEM)* with at least one comma, then the opening run
    size_t x = k, commas = 0;
    bool ok = true;
    while (ok) {
      size_t y = x;
      while (y > 0 && x - y < 2 && item_ok(y - 1)) --y;
      if (y == x || y == 0) { ok = false; break; }
      if (d.t[y - 1].text != ",") { x = y; break; }
      ++commas;
      x = y - 1;  // the comma
    }
    if (!ok || commas == 0 || x >= k) continue;
    // x is the first word of the last item before the first comma: the opening run goes on back
    size_t b = x;
    while (b > 0 && NameWord(d, b - 1) && !d.t[b - 1].initial && x - b < 3 && a->tokens[b - 1].sentence == sentence) --b;
    if (b > 0 && NameWord(d, b - 1) && d.t[b - 1].initial) --b;
    if (b == x && commas < 2) continue;  // ("Health, Education and X Committee" needs its opener or two commas)
    rule_cands.push_back(OrgCand(b, body + 1));
    k = body;
  }
  // "Indianapolis-based Halvorsen", "a Copenhagen-based carrier": the capitalised words glued
  // to "-based" name a place (one to three words; not a listed body or person)
  for (size_t k = 1; k + 1 < d.n(); ++k) {
    if (d.t[k].text != "-" || d.t[k + 1].fold != "based" || !d.Adjacent(k - 1) || !d.Adjacent(k)) continue;
    size_t b = k;
    while (b > 0 && k - b < 3 && NameWord(d, b - 1) && !d.t[b - 1].caps && (b == k || !d.Adjacent(b - 1))) --b;
    if (b == k || title_case[a->tokens[b].sentence] || (d.Cats(b, k) & (kOrg | kPerson)) ||
        d.Is(b, kTitle | kHonorific | kNonName | kPronoun | kOrgWord))
      continue;
    if (b > 0 && NameWord(d, b - 1) && d.t[b - 1].initial) continue;  // (a longer run: left to the tagger)
    // (a sentence's first word only when a list knows the place: not "Corn-based ethanol")
    const tagger::Gazetteer* names = tagger ? tagger->gazetteer() : nullptr;
    if (d.t[b].initial && k == b + 1 && !d.Is(b, kPlaceCats) &&
        !(names && (names->Find(FoldedTokenHash(*a, b)) & tagger::Gazetteer::kNameLoc)))
      continue;
    rule_cands.push_back(RuleCand(b, k, EntityType::kPlace));
  }
  // "Lot-et-Garonne", "Stratford-upon-Avon", "Saint-Germain-en-Laye": capitalised parts joined by
  // hyphens around a lower-case particle are a place's name
  for (size_t i = 1; i + 3 < d.n(); ++i) {
    if (d.t[i].text != "-" || !d.t[i - 1].upper || !d.t[i - 1].word || d.t[i + 1].upper || d.t[i + 2].text != "-" ||
        !d.t[i + 3].upper || !d.t[i + 3].word || !d.Adjacent(i - 1) || !d.Adjacent(i) || !d.Adjacent(i + 1) ||
        !d.Adjacent(i + 2) || title_case[a->tokens[i].sentence])
      continue;
    static constexpr std::string_view kParticles[] = {"et", "sur", "sous", "en", "le", "la", "les", "upon", "on",
                                                      "under", "de", "du", "des", "am", "an", "der"};
    if (std::find(std::begin(kParticles), std::end(kParticles), d.t[i + 1].fold) == std::end(kParticles)) continue;
    size_t b = i - 1;
    while (b >= 2 && d.t[b - 1].text == "-" && d.Adjacent(b - 1) && d.Adjacent(b - 2) && d.t[b - 2].word) b -= 2;
    size_t e = i + 4;
    while (e + 1 < d.n() && d.t[e].text == "-" && d.Adjacent(e - 1) && d.Adjacent(e) && d.t[e + 1].word) e += 2;
    if (!d.t[b].upper || (b > 0 && d.Adjacent(b - 1))) continue;
    rule_cands.push_back(RuleCand(b, e, EntityType::kPlace));
    i = e;
  }
  // "Yemen's Houthi rebels", "Tamil separatists", "the Yarrangi people": a capitalised word no
  // list knows right before a word for armed or political movements (or "people" after "the")
  // names a group; that word and its plural ("the Houthis") are the group wherever they stand
  {
    static constexpr std::string_view kMovement[] = {"rebels", "militants", "insurgents", "separatists",
                                                     "militia", "militias", "guerrillas", "guerillas",
                                                     "fighters", "tribesmen", "jihadists"};
    static constexpr WordList kMovementList(kMovement);
    std::set<std::string> groups;
    std::set<std::string> peoples;  // "the X people": X, checked below against surnames
    for (size_t i = 0; i + 1 < d.n(); ++i) {
      if (!NameWord(d, i) || d.t[i].caps || d.t[i].initial || d.Adjacent(i) ||
          title_case[a->tokens[i].sentence] || (i > 0 && d.Adjacent(i - 1)) ||
          (i > 0 && NameWord(d, i - 1) && !d.t[i - 1].initial) || d.t[i + 1].upper ||
          (!kMovementList.Has(d.t[i + 1].fold) &&
           // ("the Yarrangi people": a people's name)
           !((d.t[i + 1].fold == "people" || d.t[i + 1].fold == "peoples") && i > 0 && d.t[i - 1].fold == "the")) ||
          d.Is(i, kGazCats | kTitle | kHonorific | kNonName | kOrgWord))
        continue;
      // (a people's name is no adjective, "the Jewish people", nor a person's surname named in
      // full elsewhere: "the Trump people" after "Donald Trump")
      if (d.t[i + 1].fold == "people" || d.t[i + 1].fold == "peoples") {
        const std::string_view f = d.t[i].fold;
        auto ends = [&](std::string_view x) { return f.size() > x.size() + 2 && f.compare(f.size() - x.size(), x.size(), x) == 0; };
        if (ends("ish") || ends("ese") || ends("ian") || ends("ean") || ends("can") || ends("ic")) continue;
        peoples.insert(std::string(f));
        continue;
      }
      groups.insert(std::string(d.t[i].fold));
    }
    // (one pass for all of them: a surname after a capitalised word, a first name, an honorific
    // or a title anywhere in the text is no people's name)
    if (!peoples.empty()) {
      for (size_t k = 1; k < d.n(); ++k) {
        if (!d.t[k].upper || !((NameWord(d, k - 1) && !d.Adjacent(k - 1) && !d.t[k - 1].initial) ||
                               d.Is(k - 1, kFirstName | kHonorific | kTitle)))
          continue;
        peoples.erase(std::string(d.t[k].fold));
      }
      groups.insert(peoples.begin(), peoples.end());
    }
    for (size_t i = 0; i < d.n() && !groups.empty(); ++i) {
      // (alone: not inside a longer name, "Islamic State", "Nusra Front")
      if (!NameWord(d, i) || d.t[i].caps || (i > 0 && d.Adjacent(i - 1)) || (i + 1 < d.n() && d.Adjacent(i)) ||
          (i + 1 < d.n() && NameWord(d, i + 1)) || (i > 0 && NameWord(d, i - 1) && !d.t[i - 1].initial))
        continue;
      std::string f(d.t[i].fold);
      if (!groups.count(f) && f.size() > 3 && f.back() == 's') f.pop_back();
      if (!groups.count(f)) continue;
      Cand c = RuleCand(i, i + 1, EntityType::kGroup);
      c.canonical = std::string(d.t[i].text.substr(0, f.size()));
      c.gaz = true;  // (as good as a listed nationality)
      rule_cands.push_back(std::move(c));
    }
  }
  }();
  std::vector<Cand> cands;
  // Stage: the tagger's candidates.
  [&]() AE_OWN_FUNCTION {
  if (tagger) {
    for (const NameSpan& ns : tagger->Tag(*a)) {
      if (ns.first_token >= ns.end_token || ns.end_token > d.n()) continue;
      for (auto [pb, pe] : RepairTaggerSpan(d, ns.first_token, ns.end_token)) {
        // "By Nadia Collingwood, Science Writer": a desk's word before a journalist's job after
        // a byline's comma is part of the job (one unlisted word: "Reuters Correspondent" stays)
        if (pe == pb + 1 && pb > 0 && pe < d.n() && d.t[pb - 1].text == "," && d.t[pe].upper &&
            (d.t[pe].fold == "writer" || d.t[pe].fold == "correspondent" || d.t[pe].fold == "editor" ||
             d.t[pe].fold == "reporter" || d.t[pe].fold == "columnist") &&
            !d.Is(pb, kOrg | kPlaceCats | kDemonym | kPerson))
          continue;
        // "Stuart Kemp of Bernstein, who ...": a first name and surname, then "of" and a
        // capitalised word, is a person and the firm or place they are of, never one name.
        Hint hint = HintOf(ns.type);
        // "plants in Heilbronn and Zwickau", "a barn outside Terrebonne": one unlisted word the
        // tagger took for a person, right after "in", "near" or "outside", is a place (not
        // before a possessive: "in Smith's view")
        // (or one word of hyphen-joined parts: "near Chilly-Mazarin")
        bool one_word = pe == pb + 1;
        if (!one_word && hint == Hint::kPerson && pe <= pb + 5 && pb > 1) {
          one_word = true;
          for (size_t k = pb; k + 1 < pe && one_word; ++k) one_word = d.Adjacent(k);
        }
        if (hint == Hint::kPerson && one_word && pb > 1 && !d.t[pb].initial &&
            (d.t[pb - 1].fold == "in" || d.t[pb - 1].fold == "near" || d.t[pb - 1].fold == "outside" ||
             d.t[pb - 1].fold == "across" || d.t[pb - 1].fold == "throughout" ||
             (d.t[pb - 1].fold == "from" && AgeBefore(d, pb - 1))) &&
            !InvestmentWord(d.t[pb - 2].fold) &&  // (not "shares in Vogtmann")
            !d.Is(pb, kFirstName | kPerson | kTitle | kHonorific) &&
            !(pe < d.n() && IsPossessiveS(d.t[pe].text))) {
          hint = Hint::kPlace;
        }
        // So is a firm's name, a company word, "of" and its seat ("Ridgeway Safety Group of
        // Tucson, Ariz."), as CapitalisedRuns reads it.
        for (uint32_t j = pb + 2; (hint == Hint::kPerson || hint == Hint::kOrg) && j + 1 < pe; ++j) {
          if (d.t[j].fold != "of" || d.t[j].upper || !d.t[j + 1].upper) continue;
          const bool seat = hint == Hint::kOrg && CorporateSuffix(d.t[j - 1].fold) &&
                            (d.Is(j + 1, kPlaceCats) || (j + 2 == pe && pe < d.n() && d.t[pe].text == ","));
          if (hint == Hint::kPerson ? !d.Is(pb, kFirstName) : !seat) continue;
          Cand rest = CleanSpan(d, j + 1, pe, hint == Hint::kOrg ? Hint::kPlace : Hint::kOrg, true, &extra);
          if (rest.b < rest.e) {
            rest.prio = rest.gaz ? 3 : 2;
            cands.push_back(std::move(rest));
          }
          pe = j;
        }
        const size_t b = ExtendBack(d, pb);
        Cand c = CleanSpan(d, b, pe, hint, true, &extra);
        if (c.b >= c.e) continue;
        // ("Guangxi Jinhai Nickel Industry Co., Ltd.": a second legal form after a comma is the
        // company's too)
        if (c.type == EntityType::kOrg) c.e = static_cast<uint32_t>(SecondLegalForm(d, c.e));
        // ('Police Lt. Col. Rodrigo "Digoy" Manalastas': the given name read alone runs on over
        // a nickname to the surname)
        if (c.type == EntityType::kPerson) {
          if (const size_t surname = NicknameAt(d, c.e, d.n())) c.e = static_cast<uint32_t>(surname + 1);
        }
        c.prio = c.honorific && b < pb ? 4 : c.gaz ? 3 : 2;
        cands.push_back(std::move(c));
      }
    }
    // Rule candidates fill in where the tagger found nothing, when a gazetteer, an honorific or
    // a title backs them, or when the tagger named the same words elsewhere in the article
    // (document consistency: a headline's bare "Harris" after "Kamala Harris" was tagged).
    std::map<std::string, Hint> tagged_keys;
    // words of companies' short forms: names too, but at a sentence start only in a company's
    // context ("Veltrana shares rose", not "Shipping lines could")
    std::set<std::string> short_words;
    // organisation word closing a name -> the names it closes (one name: "the Fund" is that body)
    std::map<std::string, std::set<std::string>> closing_word_orgs;
    for (const Cand& c : cands) {
      const Hint h = c.type == EntityType::kPerson ? Hint::kPerson
                     : c.type == EntityType::kOrg  ? Hint::kOrg
                     : c.type == EntityType::kPlace ? Hint::kPlace
                                                    : Hint::kNone;
      if (h == Hint::kNone) continue;
      tagged_keys.emplace(d.Key(c.b, c.e), h);
      if (c.e - c.b >= 2 && VillageWord(d.t[c.b].fold)) tagged_keys.emplace(d.Key(c.b + 1, c.e), Hint::kPlace);
      if (h == Hint::kOrg) {  // its short form is a name too ("Brightwave" after "Brightwave Technologies")
        const std::string short_form = CorporateShortForm(d.Key(c.b, c.e));
        if (!short_form.empty()) tagged_keys.emplace(short_form, h);
        // and so are the words the clustering reads as its short forms ("Veltrana" after
        // "Deutsche Veltrana AG")
        for (const std::string& w : UnlistedShortFormWords(d, short_form)) short_words.insert(w);
        // and the organisation word heading "Bank of England" ("the Bank" later)
        if (c.e - c.b >= 3 && d.Is(c.b, kOrgWord) && d.t[c.b + 1].fold == "of") short_words.insert(std::string(d.t[c.b].fold));
        // and the organisation word closing it, after "the" ("The Fund has said" after "the
        // International Monetary Fund", "the Commission" after "the European Commission")
        if (c.e - c.b >= 2 && d.Is(c.e - 1, kOrgWord) && d.t[c.e - 1].upper && !d.t[c.e - 1].caps &&
            !CorporateSuffix(d.t[c.e - 1].fold)) {
          closing_word_orgs[std::string(d.t[c.e - 1].fold)].insert(d.Key(c.b, c.e));
        }
      }
      if (h == Hint::kPerson && c.e - c.b >= 2 && d.t[c.e - 1].word) {
        tagged_keys.emplace(d.t[c.e - 1].fold, h);
        // and a hyphenated surname whole ("Adekunle-Ige" after "Folasade Adekunle-Ige")
        size_t s = c.e - 1;
        while (s >= c.b + 3 && d.t[s - 1].text == "-" && d.Adjacent(s - 2) && d.Adjacent(s - 1)) s -= 2;
        if (s < c.e - 1) tagged_keys.emplace(d.Key(s, c.e), h);
      }
    }
    for (const auto& [word, names] : closing_word_orgs) {
      if (names.size() == 1) short_words.insert("the|" + word);
    }
    // Where one tagger piece lies strictly inside a capitalised run (and no other piece touches
    // the run), the run's edges are the better boundary: capitalisation marks where a name ends
    // in edited prose ("Maria Gonzalez's" when the tagger stopped at "Maria").
    std::vector<int> piece_at(d.n(), -1);
    for (size_t k = 0; k < cands.size(); ++k) {
      for (size_t i = cands[k].b; i < cands[k].e; ++i) piece_at[i] = static_cast<int>(k);
    }
    // (and the surname alone of a person's name the rules found by strong evidence: "Gagnon-Lévesque
    // told reporters" after "Marie-Ève Gagnon-Lévesque, president of Local 2218,"; a Korean family
    // name: "Oh" after "Oh Da-eun, an analyst at ...")
    for (const Cand& c : rule_cands) {
      // ("residents of Malinis" after "Barangay Malinis": a village's name without its word)
      if (c.e - c.b >= 2 && VillageWord(d.t[c.b].fold)) tagged_keys.emplace(d.Key(c.b + 1, c.e), Hint::kPlace);
      if (c.type != EntityType::kPerson || c.prio < 3 || c.e - c.b < 2 || !d.t[c.e - 1].word) continue;
      if (c.e - c.b == 4 && GivenNameHyphen(d, c.b + 2, c.e)) {
        tagged_keys.emplace(d.t[c.b].fold, Hint::kPerson);
        continue;
      }
      size_t s = c.e - 1;
      while (s >= c.b + 3 && d.t[s - 1].text == "-" && d.Adjacent(s - 2) && d.Adjacent(s - 1)) s -= 2;
      if (s > c.b) tagged_keys.emplace(d.Key(s, c.e), Hint::kPerson);
    }
    for (Cand& c : rule_cands) {
      const bool headline = title_case[a->tokens[c.b].sentence];
      int inside = -1, pieces = 0, first_piece = -1;
      for (size_t i = c.b; i < c.e; ++i) {
        if (piece_at[i] >= 0 && (i == c.b || piece_at[i] != piece_at[i - 1])) {
          if (first_piece < 0) first_piece = piece_at[i];
          // "Calder" + "University" (the tagger broke "Calder University's Institute ..." at
          // the possessive): a lone organisation word right after an organisation piece is
          // the same piece
          const Cand& q = cands[piece_at[i]];
          if (inside >= 0 && q.b == cands[inside].e && q.e == q.b + 1 && d.Is(q.b, kOrgWord) &&
              q.type == EntityType::kOrg && cands[inside].type == EntityType::kOrg) {
            continue;
          }
          inside = piece_at[i];
          ++pieces;
        }
      }
      // "Jose Mari delos Santos", "Maria Cristina dela Cruz": person pieces with a lower-case
      // surname particle the tagger does not know between them are one person's name, and so
      // are pieces with a capitalised particle read alone before the surname ("Delos" + "Reyes")
      // or a nickname in quotation marks between ('Rodrigo "Digoy" Manalastas')
      if (!headline && pieces >= 2 && c.prio < 4 && cands[first_piece].b == c.b && cands[inside].e == c.e) {
        bool one = true, particle = false;
        for (size_t i = c.b; i < c.e && one; ++i) {
          const int k = piece_at[i];
          if (const size_t surname = NicknameAt(d, i, c.e)) {
            particle = true;  // ('Rodrigo "Digoy" Manalastas': a nickname between)
            i = surname - 1;
          } else if (k >= 0 && cands[k].e == cands[k].b + 1 && d.Is(i, kSurnameParticle) && i + 1 < c.e && piece_at[i + 1] >= 0) {
            particle = true;  // ("Delos" + "Reyes": a capitalised particle the tagger read alone)
          } else if (k >= 0) {
            // (the surname's piece after a lower-case particle may be typed a place: "Santos")
            const bool surname = k == inside && k != first_piece && i > c.b && !d.t[i - 1].upper &&
                                 d.Is(i - 1, kSurnameParticle) && cands[k].type != EntityType::kOrg;
            one = (cands[k].type == EntityType::kPerson || surname) && cands[k].b >= c.b && cands[k].e <= c.e;
          } else {
            one = !d.t[i].upper && d.Is(i, kSurnameParticle);
            particle = true;
          }
        }
        if (one && particle) {
          TypeCand(d, &c, Hint::kPerson);
          c.prio = std::max<uint8_t>(c.prio, 2);
          cands.push_back(std::move(c));
          continue;
        }
      }
      if (!headline && pieces == 1 && c.prio < 4) {
        const Cand& p = cands[inside];
        // a person's name is not extended over a job title or an acronym ("Jane Doe Coordinator",
        // "Kodak AF"): those follow names in signatures and product names, not inside them
        // nor to the left: a title the lexicon lacks often stands there ("Pastor Jane Doe")
        const bool person = p.type == EntityType::kPerson;
        // (a capitalised surname particle may: "Delos Santos said", "Van Dyke")
        bool plain = true;
        for (size_t i = c.b; i < p.b && plain; ++i) plain = !person || d.Is(i, kSurnameParticle);
        for (size_t i = c.b; i < c.e && plain; ++i) {
          if (i >= p.b && i < p.e) continue;
          // (a legal form in capitals ends a company's name: "Harlow Capital Partners LP")
          const bool legal_form = !person && i + 1 == c.e && CorporateSuffix(d.t[i].fold);
          // (an organisation word that is also a description, "Group", may end a firm's name)
          const bool org_word = !person && d.Is(i, kOrgWord) && !d.Is(i, kTitle | kNonName | kPronoun);
          plain = (!d.Is(i, kTitle | kDescriptorNoun | kNonName | kPronoun) || org_word) &&
                  !(d.t[i].caps && !d.t[p.b].caps && !legal_form) &&
                  !(person && d.Is(i, kOrgWord) && !(i + 1 == c.e && i == p.e && CorporateSuffix(d.t[i].fold)));
        }
        if (plain && c.b <= p.b && p.e <= c.e && c.e - c.b > p.e - p.b) {
          if (!c.gaz && !c.honorific && !c.strong) {
            Hint h = p.type == EntityType::kPerson ? Hint::kPerson
                     : p.type == EntityType::kOrg  ? Hint::kOrg
                     : p.type == EntityType::kPlace ? Hint::kPlace
                                                    : Hint::kMisc;
            // a place's name extended to an organisation's word is the body: "Oslo Stock
            // Exchange", "Tullamore Garda Station" is not; "Derby City Council"
            if (h == Hint::kPlace && p.e < c.e && d.Is(c.e - 1, kOrgWord) && d.t[c.e - 1].upper) h = Hint::kOrg;
            TypeCand(d, &c, h);
          }
          c.prio = std::max<uint8_t>(c.prio, 2);
          // (and it takes over a gazetteer-backed place piece: "Oslo" of "Oslo Stock Exchange")
          if (p.type == EntityType::kPlace && p.e < c.e && d.Is(c.e - 1, kOrgWord) && d.t[c.e - 1].upper &&
              c.type == EntityType::kOrg)
            c.prio = std::max(c.prio, p.prio);
          cands.push_back(std::move(c));
          continue;
        }
      }
      // Only a gazetteer entry or an honorific backs a rule name alone: other rule evidence (an
      // organisation word, a first name) lost against the tagger on both NER test sets.
      if (c.prio >= 3) {
        cands.push_back(std::move(c));
        continue;
      }
      const auto it = tagged_keys.find(d.Key(c.b, c.e));
      if (it != tagged_keys.end()) {
        TypeCand(d, &c, it->second);
        c.prio = 1;
        cands.push_back(std::move(c));
      } else if (c.e - c.b == 1 && (!d.t[c.b].initial || OrgContext(d, c.b, c.e)) &&
                 (short_words.count(d.Key(c.b, c.e)) ||
                  (c.b > 0 && d.t[c.b - 1].fold == "the" && short_words.count("the|" + d.Key(c.b, c.e))))) {
        // ("offices in Vaalmeer" after "the Vaalmeer Ratepayers' Association": the place the body
        // is named after; not "shares in Veltrana")
        const std::string_view before = c.b > 0 ? d.t[c.b - 1].fold : std::string_view();
        const bool place = (before == "in" || before == "across" || before == "near" || before == "outside" ||
                            before == "into" || before == "around") &&
                           !(c.b >= 2 && InvestmentWord(d.t[c.b - 2].fold));
        TypeCand(d, &c, place ? Hint::kPlace : Hint::kOrg);
        c.prio = 1;
        cands.push_back(std::move(c));
      }
    }
  } else {
    cands = std::move(rule_cands);
  }
  for (Cand& m : extra) {
    TypeCand(d, &m, Hint::kNone);
    m.prio = m.gaz ? 3 : 1;
    cands.push_back(std::move(m));
  }
  }();
  // Stage: their selection and first retyping.
  [&]() AE_OWN_FUNCTION {
  cands = SelectCandidates(d, std::move(cands));
  if (!town_keys.empty()) {
    for (Cand& c : cands) {
      if (c.type == EntityType::kPerson && !c.honorific && c.role.empty() && !c.gaz && town_keys.count(d.Key(c.b, c.e))) {
        c.type = EntityType::kPlace;
        c.typed = c.strong = true;
      }
    }
  }
  // "the Resident Electoral Commissioner (REC) in Kano State, Engr. Abubakar Lamido,": capitalised
  // words closed by a person's title, after "the", with no body's, place's or listed word among
  // them, are an office, no body; the person named after a comma in the same clause holds it
  // (their role), and its bracketed initials are the office's too (no body: "the REC said")
  std::set<std::string> office_initials;
  for (size_t k = 0; k < cands.size(); ++k) {
    Cand& c = cands[k];
    if (c.type != EntityType::kOrg || c.gaz || c.honorific || c.e - c.b < 2 || c.b == 0 || d.t[c.b - 1].fold != "the") continue;
    if (!d.Is(c.e - 1, kTitle) || d.t[c.e - 1].caps) continue;
    bool office = true;
    for (size_t i = c.b; i < c.e && office; ++i)
      office = d.t[i].upper && !d.t[i].caps && !d.Is(i, kOrgWord | kOrg | kPlaceCats | kDemonym | kPerson | kFirstName);
    if (!office) continue;
    size_t x = c.e;
    if (x + 2 < d.n() && d.t[x].text == "(" && d.t[x + 1].caps && d.t[x + 2].text == ")") {
      office_initials.insert(std::string(d.t[x + 1].fold));
      x += 3;
    }
    for (size_t j = k + 1; j < cands.size() && cands[j].b < x + 12; ++j) {
      const Cand& p = cands[j];
      if (p.b < x || p.type != EntityType::kPerson || a->tokens[p.b].sentence != a->tokens[c.b].sentence) continue;
      size_t comma = p.hon_b != UINT32_MAX && p.hon_b < p.b ? p.hon_b : p.b;
      if (comma == 0 || d.t[comma - 1].text != ",") break;
      bool clause = true;  // (no verb, no other comma between: one noun phrase)
      for (size_t i = x; i + 1 < comma && clause; ++i) clause = d.t[i].text != "," && !(VerbLike(d, i) && !d.t[i].upper);
      if (clause && cands[j].role.empty()) cands[j].role = std::string(d.a.Text(Span{d.a.tokens[c.b].span.start, d.a.tokens[c.e - 1].span.end}));
      break;
    }
    c.e = c.b;  // dropped below
  }
  for (Cand& c : cands) {
    if (c.e == c.b + 1 && d.t[c.b].caps && office_initials.count(std::string(d.t[c.b].fold))) c.e = c.b;
  }
  // "The CS said", "the PM said", "the DA said": a title's initials after "the" name its holder
  // (coref.cpp links it), no body, when a person of the article holds a title of those initials
  // and no organisation's name makes them
  {
    std::set<std::string> title_initials, org_initials, bracketed;
    for (size_t i = 1; i + 1 < d.n(); ++i) {
      if (d.t[i].caps && d.t[i - 1].text == "(" && d.t[i + 1].text == ")") bracketed.insert(std::string(d.t[i].fold));
    }
    for (const Cand& c : cands) {
      if (c.type == EntityType::kOrg && c.e - c.b >= 2) org_initials.insert(Initials(Words(d, c), 0, true));
      if (!c.role.empty()) {
        for (const std::string& x : TitleInitials(c.role)) title_initials.insert(x);
      }
    }
    for (Cand& c : cands) {
      if (c.e != c.b + 1 || c.b == 0 || c.honorific || !d.t[c.b].caps || d.t[c.b - 1].fold != "the") continue;
      const std::string f(d.t[c.b].fold);
      if (f.size() < 2 || f.size() > 4 || !title_initials.count(f) || org_initials.count(f) || bracketed.count(f)) continue;
      c.e = c.b;  // dropped below
    }
  }
  // "the Peoples Democratic Party's National Publicity Secretary": capitalised words the tagger
  // read as a body right before a title, with no organisation word or listed name in them, are
  // the title's portfolio (part of the role), not a body.
  for (Cand& c : cands) {
    if (c.type != EntityType::kOrg || c.gaz || c.honorific || c.e >= d.n() || c.e - c.b > 3) continue;
    if (!d.t[c.e].upper || !d.Is(c.e, kTitle) || d.t[c.e].caps || d.t[c.b].caps) continue;
    bool body = false;
    for (size_t i = c.b; i < c.e && !body; ++i) body = d.Is(i, kOrgWord | kOrg | kPlaceCats | kDemonym) || d.t[i].caps;
    if (!body && c.b > 0 && IsPossessiveS(d.t[c.b - 1].text)) c.e = c.b;  // dropped below
  }
  // "AI security demand", "waits in A&E": a common noun's abbreviation is no name (also when a
  // sentence-initial "A" was dropped from "A&E"). noun_acronyms.tsv, a blob (not a tagger feature).
  if (const auto blob = lex.blobs.find("noun_acronyms"); blob != lex.blobs.end()) {
    const auto& nouns = BlobMap(blob->second, false);
    for (Cand& c : cands) {
      if (c.e - c.b > 3 || c.honorific) continue;
      size_t b = c.b;
      if (b > 0 && d.Adjacent(b - 1) && !d.t[b].word) --b;  // "&E" of "A&E"
      if (nouns.count(d.Key(b, c.e))) c.e = c.b;              // emptied: dropped below
    }
  }
  // "Chief Oluwole Akintayo, SAN, told reporters", "Jane Doe, KC,": letters of an honour or a
  // rank at the bar after a person's name and a comma are no name
  {
    static constexpr std::string_view kPostNominal[] = {"san", "qc", "kc", "sc", "mbe", "obe", "cbe", "kbe", "dbe",
                                                        "jp", "mni", "ofr", "con", "gcon", "frs"};
    static constexpr WordList kPostNominalList(kPostNominal);
    std::vector<uint8_t> person_end(d.n() + 1, 0);
    for (const Cand& c : cands) {
      if (c.type == EntityType::kPerson && c.e > c.b) person_end[c.e] = 1;
    }
    for (Cand& c : cands) {
      if (c.e != c.b + 1 || c.b < 2 || !d.t[c.b].caps || d.t[c.b - 1].text != "," || !person_end[c.b - 1]) continue;
      if (!kPostNominalList.Has(d.t[c.b].fold)) continue;
      if (c.e < d.n() && d.t[c.e].word && d.t[c.e].fold != "and") continue;
      c.e = c.b;  // dropped below
    }
  }
  // "Qatar's Minister of Energy and Industry": the second portfolio of a title is no body
  for (Cand& c : cands) {
    if (c.e - c.b > 2 || c.b < 4 || c.honorific || c.gaz || d.t[c.b - 1].fold != "and") continue;
    size_t of = c.b - 2;  // ("of Energy and", "of Trade, Industry and")
    while (of > 1 && c.b - of < 6 && d.t[of].fold != "of") --of;
    if (d.t[of].fold != "of" || d.t[of].upper || !d.Is(of - 1, kTitle) || !d.t[of - 1].upper) continue;
    bool portfolio = true;
    for (size_t k = of + 1; k + 1 < c.b && portfolio; ++k) portfolio = NameWord(d, k) || d.t[k].text == ",";
    if (portfolio) c.e = c.b;  // dropped below
  }
  // "a Crown corporation", "Crown prosecutors", "Crown land": the state's adjective in
  // Commonwealth news, no name
  for (Cand& c : cands) {
    if (c.e != c.b + 1 || c.e >= d.n() || c.honorific || d.t[c.b].fold != "crown" || d.t[c.e].upper) continue;
    static constexpr std::string_view kCrownNouns[] = {
        "corporation", "corporations", "corp", "prosecutor", "prosecutors", "prosecution", "counsel", "land",
        "lands", "court", "attorney", "attorneys", "entity", "entities", "agency", "agencies", "jewels", "estate",
        "dependency", "dependencies", "copyright", "immunity", "witness", "witnesses", "lawyer", "lawyers", "case"};
    static constexpr WordList kCrownNounsList(kCrownNouns);
    if (kCrownNounsList.Has(d.t[c.e].fold)) c.e = c.b;  // dropped below
  }
  // "the Planning and Housing Supply Bill", "the Online Safety Act": a law's last word after
  // its capitalised name is no person's first name (laws are no entities here)
  for (Cand& c : cands) {
    if (c.e != c.b + 1 || c.b == 0 || c.honorific || (d.t[c.b].fold != "bill" && d.t[c.b].fold != "act")) continue;
    const TokInfo& p = d.t[c.b - 1];
    // (not after a greeting or a preposition: "Thanks From Bill", "Dear Bill")
    static constexpr std::string_view kNotLaw[] = {"from", "to", "for", "with", "by", "dear", "hi", "hello", "thanks",
                                                   "love", "cheers", "regards", "and", "uncle", "cousin"};
    static constexpr WordList kNotLawList(kNotLaw);
    if (kNotLawList.Has(p.fold)) continue;
    if (p.upper && p.word && !p.initial && !d.Is(c.b - 1, kTitle | kHonorific) && !d.Adjacent(c.b - 1)) c.e = c.b;  // dropped below
  }
  // "Sen. Travis Holloway, R-Midland", "(D-San Antonio)": a US lawmaker's party and home, the
  // party's letter glued by a hyphen to the place; the place alone is the name
  for (Cand& c : cands) {
    if (c.e < c.b + 3 || c.honorific || !d.Adjacent(c.b) || !d.Adjacent(c.b + 1) || d.t[c.b + 1].text != "-") continue;
    const std::string_view letter = d.t[c.b].text;
    if (letter != "R" && letter != "D" && letter != "I") continue;
    c.b += 2;
    c.type = EntityType::kPlace;
    c.typed = true;
    c.canonical.clear();
    c.role.clear();
    // ("R-Kan.": a state in news style is that state, one entity with "Kansas")
    if (c.e == c.b + 1) c.canonical = std::string(StateOf(d, std::string(d.t[c.b].fold)));
  }
  // ("Sen. Patricia Hale, D-Ore.,": the party label the tagger did not read as a name)
  {
    std::vector<uint8_t> covered(d.n(), 0);
    for (const Cand& c : cands) {
      for (size_t i = c.b; i < c.e && i < d.n(); ++i) covered[i] = 1;
    }
    for (size_t i = 0; i + 2 < d.n(); ++i) {
      const std::string_view letter = d.t[i].text;
      if ((letter != "R" && letter != "D" && letter != "I") || d.t[i + 1].text != "-" || !d.Adjacent(i) ||
          !d.Adjacent(i + 1) || covered[i] || covered[i + 2] || (i > 0 && d.Adjacent(i - 1) && d.t[i - 1].word))
        continue;
      const std::string_view state = StateOf(d, std::string(d.t[i + 2].fold));
      if (state.empty()) continue;
      Cand c = RuleCand(i + 2, i + 3, EntityType::kPlace);
      c.gaz = true;
      c.canonical = std::string(state);
      cands.push_back(std::move(c));
    }
  }
  // "the Texas Constitution", "the Lisbon Treaty", "the UN Charter": a founding text is no
  // organisation, person or place (names of laws are left out the same way)
  for (Cand& c : cands) {
    if (c.e - c.b < 2 || c.honorific) continue;
    const std::string_view last = d.t[c.e - 1].fold;
    if (last == "constitution" || last == "treaty" || last == "charter") c.type = EntityType::kMisc;
  }
  // "Typhoon Dalisay", "Hurricane Ida", "Tropical Storm Alberto": a storm's name is no person,
  // nor is that name alone later ("Dalisay made landfall")
  {
    auto storm_word = [&](size_t i) {
      const std::string_view f = d.t[i].fold;
      return d.t[i].upper && (f == "typhoon" || f == "hurricane" || f == "cyclone" || f == "storm");
    };
    auto storm_lead = [&](size_t i) {  // "Tropical Storm", "Super Typhoon"
      return d.t[i].upper && (d.t[i].fold == "tropical" || d.t[i].fold == "super") && i + 1 < d.n() && storm_word(i + 1);
    };
    std::set<std::string> storms;
    for (Cand& c : cands) {
      if (c.honorific) continue;
      size_t own = c.b;  // the storm's own name
      if (storm_lead(c.b)) {
        own = c.b + 2;
      } else if (storm_word(c.b)) {
        own = c.b + 1;
      } else if (!(c.b > 0 && storm_word(c.b - 1))) {
        continue;
      }
      if (own >= c.e || !d.t[own].upper) continue;
      c.type = EntityType::kMisc;
      storms.insert(d.Key(own, c.e));
    }
    for (Cand& c : cands) {
      if (!storms.empty() && c.type == EntityType::kPerson && !c.honorific && storms.count(d.Key(c.b, c.e))) {
        c.type = EntityType::kMisc;
      }
    }
  }
  // "Cardiologist Sophie Lefevre said": one word opening a sentence, right before a first name
  // and a surname, and known as nothing itself, is that person's job, not a second person.
  for (size_t k = 0; k + 1 < cands.size(); ++k) {
    Cand& w = cands[k];
    const Cand& p = cands[k + 1];
    if (w.e - w.b != 1 || p.b != w.e || !d.t[w.b].initial || p.type != EntityType::kPerson || p.e - p.b < 2 ||
        !d.Is(p.b, kFirstName) || w.honorific || d.Is(w.b, kFirstName | kPerson | kPlaceCats | kOrg | kDemonym) ||
        w.type != EntityType::kPerson || d.Seen(d.t[w.b].fold, Doc::kSeenCapInside)) {
      continue;  // (a word written capitalised inside a sentence elsewhere is a name)
    }
    w.e = w.b;  // emptied: dropped below
  }
  cands.erase(std::remove_if(cands.begin(), cands.end(), [](const Cand& c) { return c.b >= c.e; }), cands.end());
  }();
  // Stage: their retyping by context.
  [&]() AE_OWN_FUNCTION {
  // "Calder University said", "Marlow Hospital": a name of two or more words ending in a body's
  // or an institution's word is no person (but "Margaret Court", "Jo Chamber" may be).
  for (Cand& c : cands) {
    if (c.type != EntityType::kPerson || c.honorific || c.e - c.b < 2) continue;
    const std::string_view last = d.t[c.e - 1].fold;
    // (or in a company's legal form or trade word: "Pathwise Software", "Corran Petroleum")
    if (((BodyWord(last) || InstitutionWord(last)) && last != "court" && last != "chamber" && last != "trust") ||
        (CorporateSuffix(last) && d.t[c.e - 1].upper)) {
      c.type = EntityType::kOrg;
    }
  }
  // "the MLA for Lacombe-Ponoka", "the MP for Derby North", "the TD for Laois-Offaly": a
  // member's seat is a place
  for (Cand& c : cands) {
    if (c.b < 2 || c.honorific || c.type == EntityType::kPlace || d.t[c.b - 1].fold != "for") continue;
    const std::string_view w = d.t[c.b - 2].fold;
    const bool member = w == "member" || w == "representative" || w == "candidate" || w == "senator" ||
                        (d.t[c.b - 2].caps && d.Is(c.b - 2, kTitle));
    // (a lone first name too after a seat's title in capitals: "The Fianna Fáil TD for Kerry")
    const bool seat_title = d.t[c.b - 2].caps && d.Is(c.b - 2, kTitle) && c.e == c.b + 1 &&
                            !(c.e < d.n() && d.t[c.e].upper);
    if (member && !(d.Cats(c.b, c.e) & (kOrg | kPerson)) && (!d.Is(c.b, kFirstName) || seat_title))
      c.type = EntityType::kPlace;
  }
  // A list of places ("schools in Edmonton, Calgary, Red Deer and Lethbridge"): a member the
  // tagger read as a person, with no honorific, title or first name, is a place like the
  // others when at least two of them are places and none is a person by such evidence.
  for (size_t k = 0; k < cands.size(); ++k) {
    size_t first = k, last = k;  // the list: cands joined by "," or "and"/"or" only
    auto joined = [&](size_t x) {
      const Cand& p = cands[x];
      const Cand& q = cands[x + 1];
      if (q.b <= p.e || q.b - p.e > 2) return false;
      for (size_t t = p.e; t < q.b; ++t) {
        if (d.t[t].text != "," && d.t[t].fold != "and" && d.t[t].fold != "or") return false;
      }
      return true;
    };
    while (last + 1 < cands.size() && joined(last)) ++last;
    if (last - first < 2) {
      k = last;
      continue;
    }
    int places = 0, people = 0;
    for (size_t x = first; x <= last; ++x) {
      const Cand& c = cands[x];
      if (c.type == EntityType::kPlace) ++places;
      if (c.type == EntityType::kPerson && (c.honorific || c.gaz || d.Is(c.b, kFirstName))) ++people;
    }
    if (places >= 2 && people == 0) {
      for (size_t x = first; x <= last; ++x) {
        Cand& c = cands[x];
        if (c.type == EntityType::kPerson && !c.honorific && !c.gaz && !d.Is(c.b, kFirstName)) c.type = EntityType::kPlace;
      }
    }
    k = last;
  }
  // Two names joined by "and" after "in", "from" or "near" ("constituents in
  // Macroom and Millstreet"): one a place, the other read as a person with no honorific, title,
  // first name or listed person is a place too
  for (size_t k = 0; k + 1 < cands.size(); ++k) {
    Cand& p = cands[k];
    Cand& q = cands[k + 1];
    if (q.b != p.e + 1 || d.t[p.e].fold != "and" || p.b == 0) continue;
    const std::string_view before = d.t[p.b - 1].fold;
    if (before != "in" && before != "from" && before != "near") continue;
    if (q.e < d.n() && d.t[q.e].upper) continue;
    auto bare_person = [&](const Cand& c) {
      return c.type == EntityType::kPerson && !c.honorific && !c.gaz && !d.Is(c.b, kFirstName) && c.e - c.b == 1;
    };
    if (p.type == EntityType::kPlace && bare_person(q)) q.type = EntityType::kPlace;
    if (q.type == EntityType::kPlace && bare_person(p)) p.type = EntityType::kPlace;
  }
  // A lone unknown word typed as a person in a company's context ("analysts at Jefferies",
  // "Hapag-Lloyd shares", "shares of Orvane") is a company: people hold no shares or analysts.
  std::set<std::string> companies;  // lone words so retyped by their executives
  std::set<std::string_view> surnames;  // last words of people's full names
  for (const Cand& c : cands) {
    if (c.type == EntityType::kPerson && c.e - c.b >= 2) surnames.insert(d.t[c.e - 1].fold);
  }
  for (Cand& c : cands) {
    // "the chief executive of Loopwell", "Loopwell's chief technology officer": a lone word,
    // unknown to the lexicons, is a company
    // ("Hearts head coach Gordon Lennie": a club, named before a player's or coach's job)
    const size_t job_end = c.e < d.n() && d.t[c.e].fold == "head" ? c.e + 2 : c.e + 1;
    const bool club = c.e < d.n() && job_end < d.n() && SportsJob(d, c.e) && d.t[job_end].upper &&
                      !d.Is(c.b, kDemonym);
    // ("Eskom spokesperson Kabelo Mathebula": an unlisted word read as a place has no spokesperson,
    // nor one read as a person whom the article never names in full; "Trump spokeswoman Hope
    // Hicks" after "Donald Trump" stays)
    const bool staff = (c.type == EntityType::kPlace || (c.type == EntityType::kPerson && !surnames.count(d.t[c.b].fold))) &&
                       c.e + 1 < d.n() && d.t[c.e + 1].upper &&
                       (d.t[c.e].fold == "spokesperson" || d.t[c.e].fold == "spokesman" ||
                        d.t[c.e].fold == "spokeswoman" || d.t[c.e].fold == "chairman" || d.t[c.e].fold == "chairwoman" ||
                        d.t[c.e].fold == "chairperson");
    if ((c.type == EntityType::kPerson || c.type == EntityType::kPlace || c.type == EntityType::kOrg) && !c.gaz &&
        !c.honorific && c.e == c.b + 1 && !d.Is(c.b, kFirstName | kPerson | kPlaceCats) &&
        (club || staff || ExecutiveContext(d, c.b, c.e))) {
      c.type = EntityType::kOrg;
      companies.insert(d.Key(c.b, c.e));
      continue;
    }
    // "an analyst at Piper Sandler": analysts work at firms, not at people nor, unless a
    // gazetteer knows the place, at places
    std::string_view job = c.b >= 2 && d.t[c.b - 1].fold == "at" ? d.t[c.b - 2].fold : std::string_view();
    if (job.size() > 1 && job.back() == 's') job.remove_suffix(1);
    const bool analyst_at = AnalystJob(job) && c.e - c.b <= 3 && !c.honorific;
    if (analyst_at && c.type == EntityType::kPlace && !c.gaz && !(d.Cats(c.b, c.e) & kPlaceCats)) {
      c.type = EntityType::kOrg;
      continue;
    }
    if (c.type != EntityType::kPerson || c.honorific || c.e - c.b > 3 || d.Is(c.b, kPerson)) continue;
    if (c.e - c.b >= 2 && d.t[c.b + 1].text != "-") {
      // A name of several words only before a job that names its employer, then the employee:
      // "Kepler Cheuvreux analyst Marc Ostermann" ("John Smith shares ..." is a verb); or after one.
      const size_t j = c.e;
      const bool employer = j + 1 < d.n() && d.t[j + 1].upper && d.t[j + 1].word &&
                            AnalystJob(d.t[j].fold);
      if (employer || analyst_at) c.type = EntityType::kOrg;
      continue;
    }
    if (c.e - c.b <= 2 && OrgContext(d, c.b, c.e)) c.type = EntityType::kOrg;  // one (hyphenated) word
  }
  // ... and so is the same word elsewhere in the article, whatever the tagger made of it there
  for (Cand& c : cands) {
    if (companies.empty()) break;
    if ((c.type == EntityType::kPerson || c.type == EntityType::kPlace || c.type == EntityType::kMisc) && !c.gaz &&
        !c.honorific && c.e == c.b + 1 && companies.count(d.Key(c.b, c.e))) {
      c.type = EntityType::kOrg;
    }
  }
  // In a dateline, after the place, come a region, a date and the agency, never a person
  // ("NAIROBI, Jan 14 (AFP) -": "Jan" is January).
  // (one pass: per token inside a dateline, the end of that dateline; an article of many
  // datelines would otherwise cost datelines x candidates)
  if (!a->datelines.empty()) {
    std::vector<uint32_t> dateline_end(d.n() + 1, 0);
    for (const auto& [db, de] : a->datelines) {
      for (size_t t = static_cast<size_t>(db) + 1; t < de && t <= d.n(); ++t) {
        dateline_end[t] = std::max<uint32_t>(dateline_end[t], de);
      }
    }
    cands.erase(std::remove_if(cands.begin(), cands.end(),
                               [&](const Cand& c) {
                                 return c.type == EntityType::kPerson && !c.honorific && c.b < dateline_end.size() &&
                                        c.e <= dateline_end[c.b];
                               }),
                cands.end());
  }
  // Whichever candidate won a dateline's words names the place filed from (the tagger's piece
  // may have won over the rule's).
  for (Cand& c : cands) {
    if (c.dateline || !Dateline(d, c.b, c.e)) continue;
    c.type = EntityType::kPlace;
    c.typed = c.strong = true;
    c.dateline = true;
    c.canonical = DatelineName(d, c.b, c.e);
  }
  // The place a story is filed from is that place wherever it is named without an organisation
  // word: "Alder Creek council votes ..." in a headline read as an organisation.
  {
    std::set<std::string> filed_from;
    for (const Cand& c : cands) {
      if (c.dateline) filed_from.insert(Fold(c.canonical.empty() ? d.Key(c.b, c.e) : c.canonical));
    }
    for (Cand& c : cands) {
      if (filed_from.empty()) break;
      if (c.dateline || c.type != EntityType::kOrg || c.honorific || !filed_from.count(d.Key(c.b, c.e))) continue;
      bool org_word = false;
      for (size_t i = c.b; i < c.e && !org_word; ++i) org_word = d.Is(i, kOrgWord);
      if (!org_word) c.type = EntityType::kPlace;
    }
  }
  // "City Manager Tom Albrecht", "County Executive Jo Ruiz": a lone capitalised word the article
  // also writes in lower case, right before a title and a person, is part of the title.
  for (size_t k = 0; k + 1 < cands.size(); ++k) {
    Cand& w = cands[k];
    if (w.e - w.b != 1 || w.gaz || w.honorific || w.dateline || w.e + 1 >= d.n() || !d.t[w.e].upper ||
        !d.Is(w.e, kTitle) || cands[k + 1].b != w.e + 1 || cands[k + 1].type != EntityType::kPerson ||
        !d.Seen(d.t[w.b].fold, Doc::kSeenLower)) {
      continue;
    }
    w.e = w.b;  // emptied: dropped below
  }
  cands.erase(std::remove_if(cands.begin(), cands.end(), [](const Cand& c) { return c.b >= c.e; }), cands.end());
  }();

  // Stage: clusters and entities.
  [&]() AE_OWN_FUNCTION {
  // ---- clusters
  {
    // (and the article's first line, a paragraph of one sentence without a closing stop: a
    // headline in sentence case, "Sawit Permata, Kinabalu Agro agree RM6.8bil merger")
    bool first_line = false;
    if (!a->sentences.empty() && a->sentences.size() > 1 && a->sentences[1].paragraph != a->sentences[0].paragraph) {
      const Sentence& s0 = a->sentences[0];
      const std::string_view last = d.t[s0.end_token - 1].text;
      first_line = s0.end_token - s0.first_token <= 24 && last != "." && last != "?" && last != "!";
    }
    for (Cand& c : cands) {
      const uint32_t s = c.b < d.n() ? a->tokens[c.b].sentence : 0;
      // (a person's full name stays where it is: the clustering reads a headline's names of people
      // by the full names after them)
      c.headline = c.b < d.n() && (title_case[s] || (first_line && s == 0)) && !c.gaz && !c.honorific &&
                   !(c.type == EntityType::kPerson && d.Is(c.b, kFirstName));
    }
  }
  // Document consistency of types: one name of two or more words is one thing in an article
  // ("Xuan Truong district" and "in Xuan Truong on Tuesday"; an iwi's name read as a person, a
  // place and a body in turn): the one type that lexicons, honorifics, rules or a person's
  // longer name gave wins over the tagger's types (the tagger's alone decide nothing: a majority
  // of its guesses made "Sandy Hook" a person). An honorific's or a gazetteer's candidate keeps
  // its own.
  {
    std::unordered_map<std::string, std::vector<size_t>> by_name;
    for (size_t i = 0; i < cands.size(); ++i) {
      const Cand& c = cands[i];
      if (c.e - c.b < 2 || c.headline) continue;
      by_name[c.canonical.empty() ? d.Key(c.b, c.e) : Fold(c.canonical)].push_back(i);
    }
    for (auto& [key, group] : by_name) {
      if (group.size() < 2) continue;
      int strong[8] = {0};
      bool mixed = false;
      for (size_t i : group) {
        const int t = static_cast<int>(cands[i].type);
        if (t < 0 || t >= 8) continue;
        mixed = mixed || cands[i].type != cands[group.front()].type;
        if (cands[i].honorific || cands[i].gaz || cands[i].prio >= 3) ++strong[t];  // (2: the tagger's type)
      }
      if (!mixed) continue;
      // ("Valadares Marques" after "Inês Valadares Marques": a person's surname of two words)
      bool surname = false;
      for (const Cand& o : cands) {
        if (o.type != EntityType::kPerson || o.e - o.b <= 2) continue;
        const std::string k = o.canonical.empty() ? d.Key(o.b, o.e) : Fold(o.canonical);
        surname = surname || (k.size() > key.size() && k.compare(k.size() - key.size(), key.size(), key) == 0 &&
                              k[k.size() - key.size() - 1] == ' ');
        if (surname) break;
      }
      if (surname) ++strong[static_cast<int>(EntityType::kPerson)];
      int best = static_cast<int>(cands[group.front()].type);
      int strong_types = 0;
      for (int t = 0; t < 8; ++t) strong_types += strong[t] > 0;
      if (strong_types == 1) {
        for (int t = 0; t < 8; ++t) {
          if (strong[t] > 0) best = t;
        }
      } else {
        continue;  // the tagger's types alone, or two kinds of evidence that disagree: left as they are
      }
      for (size_t i : group) {
        Cand& c = cands[i];
        if (c.honorific || c.gaz) continue;
        c.type = static_cast<EntityType>(best);
      }
    }
  }
  // "Slovenian biathlete Žiga Brenčič" read as a place, then "Brenčič, 27," and "Mr Brenčič": a
  // name of two or three words the tagger alone typed otherwise, whose last word the article
  // gives as a person's surname with an age or an honorific, is that person's full name
  {
    std::set<std::string> surnames;
    for (const Cand& c : cands) {
      if (c.e - c.b == 1 && c.type == EntityType::kPerson && !c.headline && (c.honorific || AgeAfter(d, c.e)))
        surnames.insert(d.Key(c.b, c.e));
    }
    for (Cand& c : cands) {
      if (surnames.empty()) break;
      if (c.e - c.b < 2 || c.e - c.b > 3 || c.headline || c.gaz || c.honorific || c.prio >= 3 || c.dateline ||
          (c.type != EntityType::kPlace && c.type != EntityType::kOrg) || !surnames.count(d.Key(c.e - 1, c.e)) ||
          (d.Cats(c.b, c.e) & (kPlaceCats | kOrg)) || d.Is(c.b, kPlaceCats | kOrgWord | kDemonym) ||
          d.Is(c.e - 1, kPlaceCats | kOrgWord))
        continue;
      // (capitalised words only, no acronym: not "Citizens for Trump", "Cuyahoga County GOP")
      bool plain = true;
      for (size_t k = c.b; k < c.e && plain; ++k) plain = d.t[k].word && d.t[k].upper && !d.t[k].caps && !d.Is(k, kOrgWord);
      if (!plain) continue;
      c.type = EntityType::kPerson;
    }
  }
  Clusterer clusterer(d, &cands);
  std::vector<Cluster> clusters = clusterer.Run();
  MergeCapitals(d, &cands, &clusters);
  // "told Kicker", "told Cadena SER": a name the article only ever uses as the listener of
  // "told" (never with a first name, an honorific or a role, never a listed place) is a
  // newspaper or a broadcaster; a person told something is named otherwise somewhere
  for (Cluster& cl : clusters) {
    if (cl.cands.empty() || !cl.roles.empty() ||
        (cl.type != EntityType::kPerson && cl.type != EntityType::kPlace)) {
      continue;
    }
    bool told = false, person = false;
    for (size_t ci : cl.cands) {
      const Cand& c = cands[ci];
      person = person || c.honorific || c.gaz || c.e - c.b > 3 || (d.Cats(c.b, c.e) & kPlaceCats);
      for (size_t i = c.b; i < c.e; ++i) person = person || d.Is(i, kFirstName | kPerson | kTitle);
      const bool listener = c.b > 0 && (d.t[c.b - 1].fold == "told" ||
                                        (c.b > 1 && d.t[c.b - 1].fold == "the" && d.t[c.b - 2].fold == "told"));
      if (!listener) person = true;  // named elsewhere too: leave it to the other rules
      told = told || listener;
    }
    if (told && !person) cl.type = EntityType::kOrg;
  }

  // ---- entities in first-mention order
  std::vector<int> order;
  for (size_t k = 0; k < clusters.size(); ++k) {
    if (!clusters[k].cands.empty()) order.push_back(static_cast<int>(k));
  }
  auto first = [&](int k) {
    size_t m = SIZE_MAX;
    for (size_t ci : clusters[k].cands) m = std::min<size_t>(m, cands[ci].b);
    return m;
  };
  std::vector<size_t> first_tok(clusters.size(), SIZE_MAX);
  for (int k : order) first_tok[k] = first(k);
  std::sort(order.begin(), order.end(), [&](int x, int y) {
    return first_tok[x] != first_tok[y] ? first_tok[x] < first_tok[y] : x < y;
  });
  for (int k : order) {
    Cluster& cl = clusters[k];
    std::sort(cl.cands.begin(), cl.cands.end());
    Entity e;
    e.type = cl.type;
    e.name = cl.name;
    e.roles = cl.roles;
    for (size_t ci : cl.cands) {
      const Cand& c = cands[ci];
      Mention m;
      m.span = {a->tokens[c.b].span.start, a->tokens[c.e - 1].span.end};
      m.kind = MentionKind::kName;
      m.sentence = a->tokens[c.b].sentence;
      e.mentions.push_back(m);
      // Aliases keep an honorific used with the name ("Ms Harris"), as the contract shows.
      Span alias_span = m.span;
      if (c.hon_b != UINT32_MAX && c.hon_b < c.b && c.b - c.hon_b == 1) alias_span.start = a->tokens[c.hon_b].span.start;
      std::string alias(a->Text(alias_span));
      if (std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end()) e.aliases.push_back(alias);
    }
    if (e.type == EntityType::kPlace && !e.aliases.empty() && cl.name.empty()) e.name = e.aliases.front();
    a->entities.push_back(std::move(e));
  }
  }();

  // ---- descriptions ("the minister", appositive roles) and plural pronouns (coref.cpp)
  LinkNationalityDescriptions(a, lex);
  LinkDescriptions(a, lex);
  LinkPlurals(a, lex);
  LinkOrgDescriptions(a, lex);

  // ---- pronouns
  const PersonIndex idx = BuildPersonIndex(*a, lex);
  std::vector<std::vector<Mention>> add(a->entities.size());
  // "Jane Roe, her spokeswoman": the possessive opening a description never is its own person.
  std::map<uint32_t, int> described;  // start of a descriptor mention -> its entity
  for (size_t k = 0; k < a->entities.size(); ++k) {
    for (const Mention& m : a->entities[k].mentions) {
      if (m.kind == MentionKind::kDescriptor) described[m.span.start] = static_cast<int>(k);
    }
  }
  for (size_t i = 0; i < a->tokens.size(); ++i) {
    if (d.t[i].upper && !d.t[i].initial && d.t[i].caps) continue;  // "US" is no pronoun
    const std::string_view g = d.Value(i, i + 1, kPronoun);
    if (g != "m" && g != "f") continue;
    const int k = PronounAntecedent(*a, idx, i, g[0]);
    if (k < 0) continue;
    const auto own = described.find(a->tokens[i].span.start);
    if (own != described.end() && own->second == k) continue;
    add[k].push_back({a->tokens[i].span, MentionKind::kPronoun, a->tokens[i].sentence});
  }
  for (size_t k = 0; k < add.size(); ++k) {
    auto& ms = a->entities[k].mentions;
    ms.insert(ms.end(), add[k].begin(), add[k].end());
    std::sort(ms.begin(), ms.end(), [](const Mention& x, const Mention& y) { return x.span < y.span; });
  }
}

}  // namespace ae
