// quotes_internal.h — shared internals of the quote stage (quotes.cpp, quotes_indirect.cpp);
// not a public API. Word classes of closed-class grammar words, the speech-cue and speaker
// records, and the QuoteFinder that runs one document (see quotes.h for the contract).
#pragma once

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis.h"
#include "coref_internal.h"
#include "lexicon.h"
#include "quote_marks.h"
#include "text.h"

namespace ae {
namespace quote_detail {

//-----------------------------------------------------------------------------
// [SECTION] Word classes and token facts
//-----------------------------------------------------------------------------

// Closed-class words (grammar, not data): small fixed sets, matched on folded tokens.
inline bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (w == s) return true;
  }
  return false;
}

inline bool IsPreposition(std::string_view w) {
  return In(w, {"in", "on", "at", "of", "for", "from", "with", "by", "to", "about", "after", "before",
                "under", "over", "during", "against", "into", "toward", "towards", "than", "like",
                "between", "among", "via", "per", "behind", "near", "without", "through"});
}
inline bool IsDeterminer(std::string_view w) {
  return In(w, {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
                "these", "those", "some", "any", "no", "every", "each"});
}
// Adverbs and auxiliaries that sit between a subject and its speech verb ("he also said").
inline bool IsVerbFiller(std::string_view w) {
  return In(w, {"also", "later", "then", "has", "have", "had", "was", "is", "were", "are", "will",
                "would", "could", "may", "might", "should", "did", "does", "do", "not", "never",
                "once", "again", "earlier", "recently", "previously", "repeatedly", "often",
                "publicly", "simply", "just", "further", "even", "finally", "only", "reportedly",
                "already", "still", "first", "n't", "last", "privately", "openly", "flatly",
                "has been", "been", "quickly", "angrily", "sharply", "bluntly", "frequently"});
}
// An auxiliary or modal: a finite verb, so the words around it form a clause, not a name or
// an adverbial ("said emergency care would continue", not "said Mr X on Monday").
inline bool IsAuxiliary(std::string_view folded) {
  // a negative contraction written as one token: "aren't", "doesn’t", "wasn't"
  for (std::string_view neg : {std::string_view("n't"), std::string_view("n\xE2\x80\x99t")}) {
    if (folded.size() > neg.size() && folded.compare(folded.size() - neg.size(), neg.size(), neg) == 0) {
      folded.remove_suffix(neg.size());
      if (In(folded, {"do", "ai"})) return true;
      break;
    }
  }
  return In(folded, {"would", "will", "could", "should", "must", "may", "might", "can", "shall", "was", "were",
                     "is", "are", "had", "has", "have", "did", "does", "wo", "ca"});
}

// Words after which a new subject starts ("... where she told ...", "..., which X said").
inline bool IsClauseBoundary(std::string_view w) {
  return In(w, {"which", "that", "where", "when", "while", "because", "although", "though", "if",
                "whereas", "but", "so", "as", "since", "after", "before", "until", "whom", "what"});
}
// Openers of an introductory phrase ("On Monday, X said"; "Speaking to reporters, X said").
inline bool IsIntroWord(std::string_view w) {
  return IsPreposition(w) || In(w, {"when", "while", "as", "since", "despite", "speaking", "asked",
                                    "earlier", "later", "last", "yesterday", "today", "meanwhile",
                                    "however", "still", "instead", "after", "before", "if"});
}
// Subject pronouns and their gender: m, f, p (plural/unknown person), s (the speaker: I/we).
inline char SubjectPronoun(std::string_view w) {
  if (w == "he") return 'm';
  if (w == "she") return 'f';
  if (w == "they") return 'p';
  if (w == "i" || w == "we") return 's';
  return 0;
}
// Lemmas whose clause is reported speech ("X said (that) CLAUSE"). "call", "describe",
// "hail" take quoted words but no clause, so they only attribute direct/partial quotes.
inline bool IsClauseLemma(std::string_view lemma) {
  return In(lemma, {"say", "tell", "add", "write", "announce", "report", "note", "argue", "warn",
                    "claim", "explain", "insist", "declare", "acknowledge", "admit", "suggest",
                    "confirm", "state", "stress", "respond", "reply", "tweet", "predict", "assert",
                    "contend", "maintain", "according to", "point out", "concede", "emphasise",
                    "emphasize", "complain", "deny", "promise", "pledge", "vow", "allege",
                    "reiterate", "testify", "caution", "observe", "recall", "agree", "mention", "ask"});
}
inline bool IsSentencePunct(std::string_view t) {
  return t == "." || t == "!" || t == "?" || t == "..." || t == "\xE2\x80\xA6";
}

// Maximal runs of letters and digits in a token ("Clinton's" 2, "co-operation" 2, "," 0);
// UTF-8 punctuation (U+2000..U+206F: curly quotes, dashes) and no-break space are not letters.
inline uint32_t WordRuns(std::string_view t) {
  uint32_t runs = 0;
  bool in = false;
  for (size_t i = 0; i < t.size();) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    size_t len = 1;
    bool word;
    if (c < 0x80) {
      word = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    } else {
      len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      const bool general_punct = c == 0xE2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80;
      const bool nbsp_or_latin1_punct = c == 0xC2;
      word = !general_punct && !nbsp_or_latin1_punct;
    }
    if (word && !in) ++runs;
    in = word;
    i += len;
  }
  return runs;
}

struct Cue {
  uint32_t first = 0, end = 0;  // tokens of the cue
  std::string lemma;            // "say", "according to", ":"
};

struct Speaker {
  bool found = false;   // a noun phrase (name, pronoun or description) was found
  int entity = -1;      // index into Analysis::entities
  Span span{};          // the words naming the speaker
  MentionKind kind = MentionKind::kName;
  bool pronoun = false;
};

struct Attribution {
  bool found = false;  // a cue was found
  Cue cue;
  Speaker speaker;
  bool lead_in = false;  // the cue precedes the quote ("X said: ...")
};

class QuoteFinder {
 public:
  QuoteFinder(Analysis* a, const Lexicons& lex) : a_(*a), lex_(lex) {}
  void Run();

 private:
  // Token facts.
  std::string_view Tok(uint32_t i) const { return a_.Text(a_.tokens[i].span); }
  // The folded word (empty for punctuation and for words of 64 bytes or more).
  std::string_view Folded(uint32_t i) const { return folded_word_[i] ? FoldedToken(a_, i) : std::string_view(); }
  // The first token of token i's sentence, after a wire dateline that opens it ("LONDON
  // (Reuters) - "): a dateline is neither part of the reported words nor their speaker.
  uint32_t SentenceFirst(uint32_t i) const { return sentence_first_[a_.tokens[i].sentence]; }
  uint32_t SentenceEnd(uint32_t i) const { return a_.sentences[a_.tokens[i].sentence].end_token; }
  uint32_t Paragraph(uint32_t i) const { return a_.sentences[a_.tokens[i].sentence].paragraph; }
  bool IsUpperWord(uint32_t i) const { return TokenUpper(a_, i); }
  bool IsWord(uint32_t i) const { return TokenWord(a_, i); }
  bool CueAt(uint32_t i, uint32_t limit, Cue* cue) const;
  bool IsPossessiveAfter(uint32_t i) const;
  bool FiniteVerbAt(uint32_t t, bool with_ed) const;  // quotes_indirect.cpp
  bool PluralThenPastAt(uint32_t j, uint32_t e) const;  // quotes_indirect.cpp
  bool FiniteSpeechVerbAt(uint32_t t) const;            // quotes_indirect.cpp
  Span TokSpan(uint32_t first, uint32_t end) const {
    return {a_.tokens[first].span.start, a_.tokens[end - 1].span.end};
  }

  // Speakers.
  Speaker SpeakerBefore(uint32_t lo, uint32_t verb) const;
  uint32_t BeforeBracketAside(uint32_t hi, uint32_t lo) const;
  int OneOrgBefore(uint32_t start) const;
  // Index of the first token that starts at or after the byte `byte` (tokens.size() if none).
  uint32_t FirstTokenFrom(uint32_t byte) const {
    return static_cast<uint32_t>(std::lower_bound(a_.tokens.begin(), a_.tokens.end(), byte,
                                                  [](const Token& t, uint32_t b) { return t.span.start < b; }) -
                                 a_.tokens.begin());
  }
  Speaker SpeakerAfter(uint32_t from, uint32_t limit) const;
  Speaker FirstSubject(uint32_t lo, uint32_t hi) const;
  Speaker Description(uint32_t lo, uint32_t hi) const;
  int QualifiedPerson(uint32_t t, uint32_t end, uint32_t hi) const;
  void ResolvePronoun(Speaker* s, uint32_t tok, char gender);
  char EntityGender(int e) const { return e >= 0 && e < static_cast<int>(gender_.size()) ? gender_[e] : 0; }

  // Attribution.
  Attribution Trailer(uint32_t from, uint32_t limit) const;
  Attribution LeadIn(uint32_t lo, uint32_t open) const;
  Attribution ReportingClause(uint32_t lo, uint32_t open) const;

  void Prepare();
  void FindIndirect();
  bool FiniteClauseAt(uint32_t j, uint32_t e) const;
  bool ApproxNumberAt(uint32_t j, uint32_t e) const;
  Speaker NameEndingAt(uint32_t end, uint32_t lo) const;
  uint32_t SecondReport(uint32_t first_verb, uint32_t c0, uint32_t e, uint32_t* verb) const;
  void Emit(QuoteKind kind, Span span, const Attribution& at, double confidence, uint32_t tok);
  void AddMention(const Speaker& s);
  void CanonicalSpeaker(Speaker* s);

  Analysis& a_;
  const Lexicons& lex_;
  std::vector<uint8_t> folded_word_;  // 1 when Folded(i) is token i's folded form
  std::vector<uint32_t> sentence_first_;  // per sentence: its first token after any dateline
  std::vector<int> name_at_;        // entity of the name mention covering the token, or -1
  std::vector<uint32_t> name_end_;  // for the first token of a name mention: one past its end
  std::vector<int> other_at_;       // entity of a pronoun/descriptor mention starting here
  std::vector<uint32_t> other_end_;  // end token of the mention other_at_ holds
  mutable int police_force_ = -2;    // the one police force the article names, -1 none or several (-2: not yet asked)
  std::vector<int> quote_at_;       // index of the quoted stretch whose words hold the token
  // 1 on the marks around a label, no speech ('known locally as "cocoa roads"', 'a group
  // called "Save Our Streets"'): the indirect pass reads the sentence as if they were not there
  std::vector<char> label_mark_;
  bool LabelBefore(uint32_t open) const;
  std::vector<char> gender_;        // per entity: m, f or 0
  PersonIndex person_index_;        // the entity stage's pronoun rule (coref_internal.h)
  std::vector<std::pair<uint32_t, int>> person_names_;  // (first token, entity) of PERSON names
  // (token, entity) of he/him/his... ('m') and she/her... ('f') pronouns the entity stage linked
  std::vector<std::pair<uint32_t, int>> person_pronouns_[2];
  std::vector<QuotePair> pairs_;
  std::vector<Quote> quotes_;
  std::set<std::pair<int, uint32_t>> added_mentions_;
  std::map<std::string, int, std::less<>> surname_;  // folded last word of multi-word PERSON names -> entity, -2 if several
  std::map<uint32_t, int> descriptor_cache_;  // description head token -> ResolveDescriptor result
  uint32_t descriptor_calls_ = 0;
};

}  // namespace quote_detail
}  // namespace ae
