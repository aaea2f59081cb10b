// coref_internal.h — shared by coref.cpp, entities.cpp and the quote stage (not public API):
// the person index (built once per document in O(mentions log mentions) so that resolving
// every pronoun of an article stays linear overall), person descriptions and their
// antecedents, and the document passes that add descriptor and plural-pronoun mentions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "analysis.h"
#include "lexicon.h"

namespace ae {

struct PersonIndex {
  struct Hit {
    uint32_t start;       // byte offset of a PERSON name mention
    int entity;           // index into Analysis::entities
    bool quoted = false;  // inside quotation marks (quote_marks.h)
  };
  std::vector<std::vector<Hit>> by_sentence;  // name mentions of people, per sentence, in order
  std::vector<char> gender;                   // per entity: 'm', 'f' or 0
  std::vector<uint8_t> name_gender;           // per entity: its gender comes from a first name alone
  std::vector<uint8_t> quoted;                // per token: inside quotation marks
  // Descriptor mentions of every entity, by start (ResolveDescriptor's lookup without a scan
  // of all mentions per call), and the longest of them in bytes.
  struct Descriptor {
    Span span;
    int entity;
  };
  std::vector<Descriptor> descriptors;
  uint32_t longest_descriptor = 0;
  // The order of `descriptors`: by start, then entity.
  static bool DescriptorBefore(const Descriptor& x, const Descriptor& y) {
    return x.span.start != y.span.start ? x.span.start < y.span.start : x.entity < y.entity;
  }
};

PersonIndex BuildPersonIndex(const Analysis& a, const Lexicons& lex);

// ResolveDescriptor (coref.h) with the person index of the document built by the caller
// (nullptr: built here). It reads name mentions only, so a caller resolving many
// descriptions while adding pronoun or descriptor mentions may build it once (the quote
// stage: a per-call index made one long text's cost grow with the number of descriptions).
int ResolveDescriptor(const Analysis& a, size_t token_index, const Lexicons& lex, const PersonIndex* persons);
int PronounAntecedent(const Analysis& a, const PersonIndex& idx, size_t token_index, char gender);

// A description of a person: [determiner] modifiers* title (and modifiers* title)?, e.g.
// "the former US president", "Her spokeswoman and senior adviser", "a senior adviser".
// Modifiers are a closed list (former, senior, deputy, ...), nationalities and countries.
struct Description {
  size_t b = 0, e = 0;     // tokens [b, e), determiner included; e - 1 is the head
  size_t head_b = 0;       // first token of the head title ("foreign minister")
  bool definite = false;   // starts with "the"
  bool possessive = false; // starts with his / her / its / their
  bool title = false;      // the head is a title (titles.tsv), not only a person noun
  char gender = 0;         // 'm' / 'f' from the lexicons, 0 when unknown
  std::string place;       // folded country of a nationality in it ("mexico"), "" when none
  uint32_t age = 0;        // "the 68-year-old (lawmaker)": the age it gives, 0 when none
  size_t age_b = 0;        // its first token ("68")
};

// Parses a description starting at token b; false when none starts there. O(10) lookups.
bool ParseDescription(const Analysis& a, const Lexicons& lex, size_t b, Description* out);

// The PERSON entity a description refers to, or -1 (precision first):
//   1. its head is a role word of exactly one person named before it (gender and nationality
//      agree): "the minister" after "Foreign Minister Marcelo Ebrard";
//   2. only for "the" + a title: in the nearest sentence that names people (this one before
//      it, or the one before), exactly one person fits (gender; no other nationality; no
//      other title in its roles): "... Donald Trump despite the former US president's ...".
int DescriptionAntecedent(const Analysis& a, const Lexicons& lex, const PersonIndex& idx, const Description& d);

// The initials of a title's last two to four capitalised words, folded ("Labour and Social
// Protection Cabinet Secretary" -> "cs", "pcs", "spcs"; "Prime Minister" -> "pm"): "the CS".
std::vector<std::string> TitleInitials(std::string_view role);

// Adds descriptor mentions (appositives "Jane Roe, her spokeswoman," and "Her spokeswoman,
// Jane Roe" always, with their role; other descriptions by DescriptionAntecedent). Mentions are
// appended; the caller sorts. Linear in tokens (plus the roles of the entities).
void LinkDescriptions(Analysis* a, const Lexicons& lex);

// "the Australian told reporters", "the Czech laughed": "the", a nationality in the singular and
// no noun after it (punctuation, a possessive, a speech verb or a verb in -ed) is a descriptor
// mention of the person of that nationality named last before it. A person's nationalities come
// from the words around its names ("Czech qualifier X", "American X", "Kazakhstan's X", "X of
// Britain") and its roles. The nationality word there names no group (a group left with no
// mention is dropped: call before any entity index is kept). O(tokens + mentions log mentions).
void LinkNationalityDescriptions(Analysis* a, const Lexicons& lex);

// Adds plural pronoun mentions (they / them / their): linked only to an organisation or group
// that is the only entity named before the pronoun in its sentence (or in the previous
// sentence of the same paragraph when this one names none), with no determiner, possessive
// or coordination in between ("Salvadorans say they ..."). Otherwise left unlinked.
void LinkPlurals(Analysis* a, const Lexicons& lex);

// Adds descriptor mentions for "the company", "the bank", "the department", "the union" (the
// definite article, then a lower-case organisation noun: a descriptor noun of value o or an
// organisation word, no name after it). Linked to (1) the organisation named last before it,
// within the paragraph or the two sentences before, whose name holds that noun ("the
// department" -> "Department of Health"); else, for a generic noun (descriptor value o:
// agency, company, bank, ...; not government or administration), (2) the one organisation
// named in the nearest of this sentence (before it) and the two before that names one, never a
// dateline's agency, nor a public body (its name holds a public-body word) for company, firm,
// group or bank. Otherwise left unlinked.
// Linear in tokens.
void LinkOrgDescriptions(Analysis* a, const Lexicons& lex);

// The last word of a public or civic body's name ("Society", "Association", "Ministry"): a
// closed list, the organisation words that never end a company's or a place's name.
inline bool BodyWord(std::string_view f) {
  static constexpr std::string_view kWords[] = {
      "society", "association", "federation", "confederation", "council", "commission", "committee",
      "ministry", "department", "agency", "authority", "bureau", "institute", "foundation", "organisation",
      "organization", "union", "university", "college", "academy", "tribunal", "court", "parliament",
      "chamber", "municipality", "forum"};
  for (std::string_view w : kWords) {
    if (f == w) return true;
  }
  return false;
}


}  // namespace ae
