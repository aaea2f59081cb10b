// quotes.cpp — which quoted stretches are speech, what kind, and who said them (quotes.h).
//
// Index:
//   [SECTION] Word classes and token facts
//   [SECTION] Speakers: noun phrases, pronouns, gender
//   [SECTION] Attribution of quoted stretches (trailer, lead-in, reporting clause)
//   (Indirect speech: quotes_indirect.cpp; word classes and the class: quotes_internal.h)
//   [SECTION] FindQuotes
#include "quotes.h"

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "coref.h"
#include "own_function.h"
#include "quotes_internal.h"

namespace ae {

namespace quote_detail {

// A count ("410", "3.1"): a token that starts with a digit, not a year ("in 2010 said").
static bool IsNumberToken(std::string_view t) {
  if (t.empty() || t[0] < '0' || t[0] > '9') return false;
  const bool year = t.size() == 4 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
  return !year;
}

// Cue forms that are also common nouns ("swing states", "Editor's note", "his claims",
// "a pledge"): a verb only where a subject or an auxiliary comes right before (see CueAt).
static bool NounLikeCue(std::string_view w) {
  return In(w, {"state", "states", "note", "notes", "report", "reports", "claim", "claims", "tweet", "tweets",
                "promise", "promises", "pledge", "pledges", "vow", "vows", "comment", "comments", "remark",
                "remarks", "answer", "answers", "reply", "replies", "question", "questions", "post", "posts",
                "protest", "protests", "charge", "charges", "demand", "demands", "call", "calls", "cry", "cries",
                "quip", "quips", "joke", "jokes", "boast", "boasts", "warning", "counter", "counters", "address",
                "addresses", "retort", "retorts", "shout", "shouts", "whisper", "whispers", "chant", "chants",
                "lament", "laments", "scream", "screams", "blast", "blasts", "thunder", "praise", "tease", "caution", "cautions", "concern", "concerns", "plea", "pleas"});
}

// Nouns naming a text that can state or report something ("the letter states", "the study
// notes"): a subject before a noun-like cue (see NounLikeCue).
static bool DocumentNoun(std::string_view w) {
  return In(w, {"report", "study", "statement", "letter", "complaint", "paper", "survey", "poll", "analysis",
                "filing", "lawsuit", "suit", "ruling", "memo", "document", "ad", "article", "release", "book",
                "review", "order", "bill", "law", "website", "site", "notice", "indictment", "affidavit",
                "guidance", "policy", "plan", "rule", "agreement", "proposal", "email", "message", "post",
                "tweet", "video", "clip", "campaign", "team", "government", "court", "judge", "police",
                "committee", "department", "agency", "company", "group", "firm", "ministry", "office"});
}

bool QuoteFinder::CueAt(uint32_t i, uint32_t limit, Cue* cue) const {
  const std::string_view w = Folded(i);
  if (w.empty() || !IsWord(i)) return false;
  // Multi-word cues first ("according to", "pointed out"), up to four words.
  std::string best;
  uint32_t best_end = 0;
  // only where a multi-word cue starts with this word ("according", "pointed"): most start none
  const bool multi = (TokenPhraseStart(a_, i) & kSpeechVerb) != 0;
  std::string phrase;
  if (multi) phrase = w;
  for (uint32_t j = i + 1; multi && j < limit && j < i + 4; ++j) {
    if (!IsWord(j)) break;
    phrase += ' ';
    phrase += Folded(j);
    const LexEntry* pe = lex_.Find(phrase);
    if (pe && (pe->categories & kSpeechVerb)) {
      best = std::string(lex_.EntryValue(*pe, kSpeechVerb));
      if (best.empty()) best = phrase;
      best_end = j + 1;
    }
  }
  if (best_end == 0) {
    const LexEntry* we = TokenEntry(a_, i);  // one lookup for both questions
    if (!we || !(we->categories & kSpeechVerb)) return false;
    best = std::string(lex_.EntryValue(*we, kSpeechVerb));
    if (best.empty()) best = w;
    best_end = i + 1;
    // "Some said they ...", "Many told us", "one in three said", "Two said": a quantifier or a
    // number before "said" or "told" is their subject (neither word is a noun)
    const bool plain_say = In(w, {"said", "say", "says", "told", "tell", "tells"}) && i > 0 &&
                           (In(Folded(i - 1), {"some", "many", "few", "several", "most", "all", "both", "half",
                                               "others", "none"}) ||
                            IsNumberToken(Tok(i - 1)) || TokenIs(a_, i - 1, kNumberWord));
    // "the report", "a tweet", "his call": after a determiner the word is a noun.
    if (i > 0 && IsDeterminer(Folded(i - 1)) && Folded(i - 1) != "that" && !plain_say) return false;
    // "seven states", "two reports", "several calls": after a number, too.
    if (i > 0 && !plain_say &&
        (IsNumberToken(Tok(i - 1)) || (TokenIs(a_, i - 1, kNumberWord) && Folded(i - 1) != "one") ||
         In(Folded(i - 1), {"several", "many", "few", "other"}))) {
      return false;
    }
    // "plans to add Guatemala", "a leader to counter threats": an infinitive, not a report.
    if (i > 0 && Folded(i - 1) == "to") return false;
    if (IsUpperWord(i) && i != SentenceFirst(i) && best != "say") return false;  // "Read", "Post"
    // "swing states", "Secretary of State", "Editor's note", "critical swing states": a word
    // that is also a noun is a verb only right after a subject (a name, a pronoun, a plural
    // or a known noun head: "Smith notes", "officials state", "the letter states"), an
    // auxiliary or adverb ("also notes"), or punctuation of an inverted trailer (", notes
    // Smith"); never after "of", a possessive or an adjective, and at a sentence start only
    // before its object ("Calls rivals names", not "Reports say", "Claims of fraud").
    if (NounLikeCue(w)) {
      const bool that_next = i + 1 < limit && Folded(i + 1) == "that";
      if (i == SentenceFirst(i)) {
        const std::string_view nw = i + 1 < limit ? Folded(i + 1) : std::string_view();
        if (nw.empty() || IsUpperWord(i + 1) || IsPreposition(nw) || nw == "that" || IsVerbFiller(nw) ||
            TokenIs(a_, i + 1, kSpeechVerb)) {
          return false;
        }
      }
      const uint32_t p = i == SentenceFirst(i) ? i : i - 1;
      const std::string_view pw = Folded(p);
      bool subject;
      if (p == i) {
        subject = true;  // (the sentence start, checked above)
      } else if (!IsWord(p)) {
        subject = Tok(p) == "," || IsQuoteMark(Tok(p)) || IsDash(Tok(p)) || Tok(p) == ")";
        // (but the possessive "'s" and a trailing possessive apostrophe own a noun)
        if (p > 0 && (Tok(p) == "'" || Tok(p) == "\xE2\x80\x99") && IsWord(p - 1) &&
            a_.tokens[p].span.start == a_.tokens[p - 1].span.end) {
          subject = that_next;
        }
      } else if (pw == "'s") {
        subject = that_next;  // "Trump's claim that crime rose": the claim is his report
      } else if (pw == "of") {
        subject = false;
      } else {
        const size_t n = pw.size();
        subject = name_at_[p] >= 0 || IsUpperWord(p) || SubjectPronoun(pw) != 0 ||
                  In(pw, {"it", "you", "who", "which", "that"}) || IsVerbFiller(pw) || DocumentNoun(pw) ||
                  // "and calls them names", not "federal and state officials": a verb of the
                  // subject before "and" in the third person
                  (In(pw, {"and", "but"}) && w.back() == 's') ||
                  TokenIs(a_, p, kDescriptorNoun | kTitle | kOrgWord) ||
                  (n > 3 && pw[n - 1] == 's' && pw[n - 2] != 's' && pw[n - 2] != '\'');  // "officials note"
        // "on media reports about", "in press reports": a lower-case noun after a preposition
        // is the modifier of the cue word, a noun too
        if (subject && !IsUpperWord(p) && name_at_[p] < 0 && SubjectPronoun(pw) == 0 && p > SentenceFirst(p) &&
            IsWord(p - 1) && IsPreposition(Folded(p - 1))) {
          subject = false;
        }
      }
      if (!subject) return false;
    }
  }
  // "so-called 'rebels'": a label, not a report; "<tweet ...>": markup, not a verb.
  if (i > 0 && (Folded(i - 1) == "so" || Tok(i - 1) == "<" || Tok(i - 1) == "</" ||
                (i > 1 && Tok(i - 1) == "-" && Folded(i - 2) == "so"))) {
    return false;
  }
  cue->first = i;
  cue->end = best_end;
  cue->lemma = best;
  return true;
}

// Quoted words opening at token `open` name a thing rather than report words: 'known (locally) as
// "cocoa roads"', 'referred to as "the Beast"', 'a group called "Save Our Streets"', 'what
// islanders call their "floating road"', 'dubbed "Operation Sunrise"' (not 'she called "reckless"',
// 'which Smith called "a disgrace"': a speaker right before the verb).
bool QuoteFinder::LabelBefore(uint32_t open) const {
  if (open < 2) return false;
  uint32_t k = open - 1;
  if (In(Folded(k), {"the", "a", "an", "their", "its"}) && k > 0) --k;
  const std::string_view w = Folded(k);
  if (w == "as" && k >= 2) {
    const std::string_view p1 = Folded(k - 1), p2 = Folded(k - 2);
    return p1 == "known" || (p2 == "known" && In(p1, {"locally", "widely", "popularly", "officially", "also"})) ||
           (p1 == "to" && p2 == "referred");
  }
  // (a thing's noun before the participle: "an account called", "a formula called"; not a
  // speaker's: "The candidate labeled", "which Trump had called", "what the Times each called")
  if (In(w, {"dubbed", "nicknamed", "termed", "branded", "labelled", "labeled", "called", "named"})) {
    if (k == 0) return false;
    const uint32_t b = k - 1;
    return IsWord(b) && !IsUpperWord(b) && name_at_[b] < 0 && SubjectPronoun(Folded(b)) == 0 &&
           !In(Folded(b), {"which", "who", "that", "it", "what", "had", "has", "have", "was", "were", "is", "are",
                           "been", "be", "each", "also", "once", "repeatedly", "publicly", "then", "later"}) &&
           !TokenIs(a_, b, kDescriptorNoun | kTitle) && !(Folded(b).size() > 2 && Folded(b).substr(Folded(b).size() - 2) == "ly");
  }
  return false;
}

bool QuoteFinder::IsPossessiveAfter(uint32_t end) const {
  if (end >= a_.tokens.size()) return false;
  const std::string_view t = Tok(end);
  if (!((IsPossessiveS(t) || t == "'" || t == "\xE2\x80\x99" || t == "'S") &&
        a_.tokens[end].span.start == a_.tokens[end - 1].span.end)) {
    return false;
  }
  // "Kessler's, which is based ..., said": a name ending in 's that a comma follows possesses
  // nothing (a shop's or a firm's name: "McDonald's", "Macy's").
  return !(end + 1 < a_.tokens.size() && Tok(end + 1) == ",");
}

void QuoteFinder::Prepare() {
  const uint32_t nt = static_cast<uint32_t>(a_.tokens.size());
  EnsureTokenIndex(&a_, lex_);
  folded_word_.assign(nt, 0);
  for (uint32_t i = 0; i < nt; ++i) {
    const std::string_view t = Tok(i);
    folded_word_[i] = IsWord(i) && t.size() < 64;
  }
  sentence_first_.resize(a_.sentences.size());
  for (size_t s = 0; s < a_.sentences.size(); ++s) sentence_first_[s] = a_.sentences[s].first_token;
  for (const auto& [b, body] : a_.datelines) {
    if (b >= nt || body >= nt) continue;
    const uint32_t s = a_.tokens[b].sentence;
    if (a_.sentences[s].first_token == b && body < a_.sentences[s].end_token) sentence_first_[s] = body;
  }
  std::vector<char> in_dateline(a_.datelines.empty() ? 0 : nt, 0);
  for (const auto& [b, body] : a_.datelines) {
    for (uint32_t k = b; k < body && k < nt; ++k) in_dateline[k] = 1;
  }
  name_at_.assign(nt, -1);
  name_end_.assign(nt, 0);
  other_at_.assign(nt, -1);
  other_end_.assign(nt, 0);
  quote_at_.assign(nt, -1);
  label_mark_.assign(nt, 0);
  gender_.assign(a_.entities.size(), 0);
  auto first_token = [&](uint32_t byte) {
    auto it = std::lower_bound(a_.tokens.begin(), a_.tokens.end(), byte,
                               [](const Token& t, uint32_t b) { return t.span.end <= b; });
    return static_cast<uint32_t>(it - a_.tokens.begin());
  };
  for (size_t e = 0; e < a_.entities.size(); ++e) {
    const Entity& ent = a_.entities[e];
    int votes_m = 0, votes_f = 0;
    for (const Mention& m : ent.mentions) {
      const uint32_t f = first_token(m.span.start);
      if (f >= nt) continue;
      uint32_t end = f;
      while (end < nt && a_.tokens[end].span.start < m.span.end) ++end;
      if (m.kind == MentionKind::kName) {
        if (!in_dateline.empty() && in_dateline[f]) continue;  // the place filed from speaks for no one
        for (uint32_t k = f; k < end; ++k) name_at_[k] = static_cast<int>(e);
        name_end_[f] = end;
        if (ent.type == EntityType::kPerson) person_names_.emplace_back(f, static_cast<int>(e));
        // Gender evidence: an honorific right before the name ("Ms Harris").
        if (f > 0) {
          const std::string_view h = Folded(f - 1);
          std::string_view g = lex_.Value(h, kHonorific);
          if (g.empty() && !h.empty() && h.back() == '.') g = lex_.Value(h.substr(0, h.size() - 1), kHonorific);
          if (g == "m" || h == "mr" || h == "mr.") ++votes_m;
          else if (g == "f" || In(h, {"ms", "mrs", "ms.", "mrs.", "miss"})) ++votes_f;
        }
      } else {
        // of two descriptions opening at one token, the longer: "The sheriff's office" (the
        // office) over "The sheriff" (a person)
        if (other_at_[f] < 0 || end > other_end_[f]) {
          other_at_[f] = static_cast<int>(e);
          other_end_[f] = end;
        }
        const std::string_view p = Folded(f);
        const bool he = In(p, {"he", "him", "his", "himself"}), she = In(p, {"she", "her", "hers", "herself"});
        if (he) ++votes_m;
        if (she) ++votes_f;
        if ((he || she) && ent.type == EntityType::kPerson && m.kind == MentionKind::kPronoun)
          person_pronouns_[she].emplace_back(f, static_cast<int>(e));
      }
    }
    if (ent.type == EntityType::kPerson && votes_m == 0 && votes_f == 0 && !ent.name.empty()) {
      // A listed first name ("Kamala" f) when the text gives no honorific or pronoun.
      const std::string first = Fold(std::string_view(ent.name).substr(0, ent.name.find(' ')));
      const std::string_view g = lex_.Value(first, kFirstName);
      if (g == "m") ++votes_m;
      if (g == "f") ++votes_f;
    }
    gender_[e] = votes_m > votes_f ? 'm' : votes_f > votes_m ? 'f' : 0;
  }
  for (size_t e = 0; e < a_.entities.size(); ++e) {
    const Entity& ent = a_.entities[e];
    const size_t sp = ent.name.rfind(' ');
    if (ent.type != EntityType::kPerson || sp == std::string::npos) continue;
    auto ins = surname_.emplace(Fold(std::string_view(ent.name).substr(sp + 1)), static_cast<int>(e));
    if (!ins.second && ins.first->second != static_cast<int>(e)) ins.first->second = -2;
  }
  person_index_ = BuildPersonIndex(a_, lex_);
  for (size_t e = 0; e < gender_.size() && e < person_index_.gender.size(); ++e) {
    if (person_index_.gender[e] != 0) gender_[e] = person_index_.gender[e];
  }
  std::sort(person_names_.begin(), person_names_.end());
  for (auto& v : person_pronouns_) std::sort(v.begin(), v.end());
  pairs_ = PairQuoteMarks(a_);
  for (size_t q = 0; q < pairs_.size(); ++q) {
    for (uint32_t k = pairs_[q].content_first; k < pairs_[q].content_end; ++k) quote_at_[k] = static_cast<int>(q);
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Speakers: noun phrases, pronouns, gender
//-----------------------------------------------------------------------------

// "Sanders campaign manager Jeff Weaver", "Virginia delegate Ann Roe": the name at [t, end)
// followed, in the same noun phrase, by lowercase nouns and then a PERSON name: that person's
// first token, else -1. Stops at punctuation, prepositions, conjunctions and verbs-like words.
int QuoteFinder::QualifiedPerson(uint32_t t, uint32_t end, uint32_t hi) const {
  uint32_t lower = 0, last_lower = 0;
  for (uint32_t u = end; u < hi && u < end + 6; ++u) {
    if (name_at_[u] >= 0 && name_end_[u] > u) {
      if (a_.entities[name_at_[u]].type != EntityType::kPerson || IsPossessiveAfter(name_end_[u])) return -1;
      // Two people side by side need a noun between them ("Sanders aide Jeff Weaver").
      if (lower == 0 && a_.entities[name_at_[t]].type == EntityType::kPerson) return -1;
      // and a job noun right before the person, not a verb ("Trump attacked Hillary Clinton")
      if (lower > 0 && a_.entities[name_at_[t]].type == EntityType::kPerson &&
          !TokenIs(a_, last_lower, kTitle | kDescriptorNoun))
        return -1;
      return static_cast<int>(u);
    }
    const std::string_view w = Folded(u);
    if (!IsWord(u) || w.empty() || IsPreposition(w) || IsClauseBoundary(w) || IsVerbFiller(w) ||
        In(w, {"and", "or", "nor", "who", "said", "says", "told"})) {
      return -1;
    }
    if (IsUpperWord(u)) {  // "Senate Majority Leader"
      // (a capitalised title counts as the job noun: "Clinton Communication Director Jennifer
      // Palmieri")
      if (TokenIs(a_, u, kTitle | kDescriptorNoun)) {
        ++lower;
        last_lower = u;
      }
      continue;
    }
    Cue cue;
    if (CueAt(u, hi, &cue)) return -1;
    ++lower;
    last_lower = u;
  }
  return -1;
}

// The first subject-like phrase in [lo, hi): a name not governed by a preposition and not a
// possessive ("Sanders's campaign manager, Jeff Weaver" -> Jeff Weaver), a subject pronoun,
// or a pronoun/description mention the entity stage already resolved.
Speaker QuoteFinder::FirstSubject(uint32_t lo, uint32_t hi) const {
  Speaker s;
  for (uint32_t t = lo; t < hi; ++t) {
    if (quote_at_[t] >= 0) continue;
    if (name_at_[t] >= 0 && name_end_[t] > t) {
      const uint32_t end = name_end_[t];
      uint32_t before = t;
      // (not over a capitalised preposition: "In London, ..." at a sentence start is governed)
      while (before > lo && (IsUpperWord(before - 1) || Tok(before - 1) == ".") && name_at_[before - 1] < 0 &&
             !IsPreposition(Folded(before - 1))) {
        --before;
      }
      // "after Ineos said": a word that is also a conjunction, with the verb right after the
      // name, opens a clause whose subject the name is.
      const bool conjunction = before > 0 && end >= hi && In(Folded(before - 1), {"after", "before", "since", "until"});
      // "Secretary of State Antony Blinken": an "of" inside a title governs nothing
      const bool title_of = before > 1 && Folded(before - 1) == "of" && IsWord(before - 2) &&
                            TokenIs(a_, before - 2, kTitle);
      const bool governed = !conjunction && !title_of && before > 0 &&
                            (IsPreposition(Folded(before - 1)) ||
                             (before > 1 && IsDeterminer(Folded(before - 1)) && IsPreposition(Folded(before - 2))));
      const Entity& ent = a_.entities[name_at_[t]];
      // "Mexican Foreign Minister Marcelo Ebrard": a place or group word before more capitals
      // is a modifier of the name that follows.
      // So is one before a lower-case description noun ("The Swiss company said").
      // And one before a few lower-case words and then a name ("Danish shipping group Maersk").
      bool name_follows = false;
      for (uint32_t u = end; u < hi && u < end + 4 && IsWord(u) && !name_follows; ++u) {
        name_follows = u > end && (name_at_[u] >= 0 || IsUpperWord(u));
        if (!name_follows && IsUpperWord(u)) break;
      }
      // So is any name glued by a hyphen to a lower-case word ("The Austin-based company said",
      // "the Labour-run authority said").
      const bool compound = end + 1 < hi && Tok(end) == "-" && IsWord(end + 1) && !IsUpperWord(end + 1);
      // And a body's name before a body's noun that ends the subject ("The UN agency said": the
      // agency is another body, which the description stage finds)
      const bool parent = ent.type == EntityType::kOrg && end == t + 1 && end + 1 == hi && t > lo &&
                          IsDeterminer(Folded(t - 1)) && Tok(t).size() >= 2 && Tok(t).size() <= 4 &&
                          std::all_of(Tok(t).begin(), Tok(t).end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }) &&
                          IsWord(end) && !IsUpperWord(end) && lex_.Value(Folded(end), kDescriptorNoun) == "o";
      const bool modifier = compound || parent || ((ent.type == EntityType::kPlace || ent.type == EntityType::kGroup) && end < hi &&
                            (IsUpperWord(end) || name_at_[end] >= 0 || name_follows || Tok(end) == "-" ||
                             (IsWord(end) && TokenIs(a_, end, kDescriptorNoun | kOrgWord | kTitle))));
      // "The NDP Opposition's critic, X": capitalised words after the name, then a possessive
      uint32_t owned = end;
      while (owned < hi && owned < end + 3 && IsUpperWord(owned) && name_at_[owned] < 0) ++owned;
      if (!governed && !modifier && !IsPossessiveAfter(end) && !(owned > end && IsPossessiveAfter(owned))) {
        // "FBI general counsel James Baker", "Republican pollster Daron Shaw", "Sanders
        // campaign manager Jeff Weaver": a name before a person in the same phrase qualifies
        // the person.
        const int qualified = QualifiedPerson(t, end, hi);
        if (qualified >= 0) {
          s.found = true;
          s.entity = name_at_[qualified];
          s.span = TokSpan(qualified, std::min(name_end_[qualified], hi));
          return s;
        }
        if (ent.type != EntityType::kPerson) {
          bool comma = false;
          for (uint32_t u = end; u < hi && u < end + 12; ++u) {
            if (Tok(u) == ",") {
              comma = true;
              if (ent.type == EntityType::kOrg) break;
            }
            if (IsSentencePunct(Tok(u))) break;
            if (name_at_[u] >= 0 && name_end_[u] > u &&
                a_.entities[name_at_[u]].type == EntityType::kPerson && !IsPossessiveAfter(name_end_[u]) &&
                !IsPreposition(Folded(u - 1)) && (!comma || ent.type != EntityType::kOrg)) {
              s.found = true;
              s.entity = name_at_[u];
              s.span = TokSpan(u, std::min(name_end_[u], hi));
              return s;
            }
          }
        }
        s.found = true;
        s.entity = name_at_[t];
        s.span = TokSpan(t, std::min(end, hi));
        s.kind = MentionKind::kName;
        return s;
      }
      t = end - 1;
      continue;
    }
    if (other_at_[t] >= 0 && !IsPossessiveAfter(t + 1) && SubjectPronoun(Folded(t)) != 0) {
      s.found = true;
      s.entity = other_at_[t];
      s.span = TokSpan(t, t + 1);
      s.kind = MentionKind::kPronoun;
      s.pronoun = true;
      return s;
    }
    if (SubjectPronoun(Folded(t)) != 0) {
      s.found = true;
      s.span = TokSpan(t, t + 1);
      s.kind = MentionKind::kPronoun;
      s.pronoun = true;
      return s;
    }
  }
  return s;
}

// A speaker named by description only ("immigration authorities", "a spokesman for X").
Speaker QuoteFinder::Description(uint32_t lo, uint32_t hi) const {
  Speaker s;
  while (lo < hi && (!IsWord(lo) || In(Folded(lo), {"and", "but", "so", "which", "who", "as"}))) ++lo;
  while (hi > lo && (!IsWord(hi - 1) || IsVerbFiller(Folded(hi - 1)))) --hi;
  // "After the meeting, the authority said": an introductory phrase before a comma is no part
  // of the subject when a determiner opens what follows it
  for (uint32_t t = hi; t-- > lo + 1;) {
    if (Tok(t) == "," && t + 1 < hi && IsDeterminer(Folded(t + 1))) {
      lo = t + 1;
      break;
    }
  }
  if (lo >= hi || hi - lo > 10) return s;
  for (uint32_t t = lo; t < hi; ++t) {
    if (quote_at_[t] >= 0) return s;
  }
  s.found = true;
  s.span = TokSpan(lo, hi);
  s.kind = MentionKind::kDescriptor;
  // (a pronoun alone at its first word is the possessor, not the speaker: "said his lawyer")
  // (nor a description before a possessive: "the prime minister's spokesman said" is the
  // spokesman, not the prime minister)
  const bool possessor = other_at_[lo] >= 0 && other_end_[lo] < hi &&
                         IsPossessiveS(Tok(other_end_[lo]));
  if (other_at_[lo] >= 0 && !(hi > lo + 1 && other_end_[lo] <= lo + 1) && !possessor) s.entity = other_at_[lo];
  // "Police said": the one police force the article names ("Wessex Police", "Kent Constabulary")
  if (s.entity < 0 && hi == lo + 1 && Folded(lo) == "police") {
    if (police_force_ == -2) {  // (once per article)
      int forces = 0;
      police_force_ = -1;
      for (size_t k = 0; k < a_.entities.size() && forces < 2; ++k) {
        const Entity& e = a_.entities[k];
        if (e.type != EntityType::kOrg) continue;
        const std::string name = Fold(e.name);
        if (name.find("police") != std::string::npos || name.find("constabulary") != std::string::npos ||
            name.find("garda") != std::string::npos) {
          police_force_ = static_cast<int>(k);
          ++forces;
        }
      }
      if (forces != 1) police_force_ = -1;
    }
    s.entity = police_force_;
  }
  return s;
}

// `hi`, or the opening of a bracket closed right before it: the bracket is an aside on the
// name before it ("Cllr Graham Whitworth (Con, Holmfield), whose ward includes the surgery, told").
uint32_t QuoteFinder::BeforeBracketAside(uint32_t hi, uint32_t lo) const {
  if (hi <= lo + 1 || Tok(hi - 1) != ")") return hi;
  uint32_t o = hi - 1;
  while (o > lo && Tok(o) != "(" && hi - o < 12) --o;
  return Tok(o) == "(" && o > lo ? o : hi;
}

// The subject of a speech verb at `verb`, searched in [lo, verb).
// The name mention whose last token is end - 1 (name_at_[end - 1] >= 0), as a speaker; its
// first token no earlier than lo.
Speaker QuoteFinder::NameEndingAt(uint32_t end, uint32_t lo) const {
  uint32_t b = end - 1;
  while (b > lo && name_at_[b - 1] == name_at_[end - 1]) --b;
  Speaker s;
  s.found = true;
  s.entity = name_at_[end - 1];
  s.span = TokSpan(b, end);
  s.kind = MentionKind::kName;
  return s;
}

Speaker QuoteFinder::SpeakerBefore(uint32_t lo, uint32_t verb) const {
  const std::string_view vw = Folded(verb);
  uint32_t before = verb;  // the token before the verb, across a closing mark ('up," adding')
  while (before > SentenceFirst(verb) && IsQuoteMark(Tok(before - 1))) --before;
  const bool participle = before > SentenceFirst(verb) &&
                          (Tok(before - 1) == "," || Folded(before - 1) == "and") && vw.size() > 4 &&
                          vw.compare(vw.size() - 3, 3, "ing") == 0;
  if (participle) {
    // "..., Nefzi said, adding, '...'": a speech verb's clause set off by a comma right before
    // the participle (a clause reported before it): that verb's subject
    if (before >= SentenceFirst(verb) + 3 && Tok(before - 1) == ",") {
      Cue said;
      for (uint32_t u = before - 1; u-- > SentenceFirst(verb) && before - u <= 6;) {
        if (Tok(u) == "," || quote_at_[u] >= 0) break;
        if (!CueAt(u, before - 1, &said) || said.end != before - 1) continue;
        uint32_t seg = u;
        while (seg > SentenceFirst(verb) && Tok(seg - 1) != "," && quote_at_[seg - 1] < 0) --seg;
        if (seg > SentenceFirst(verb) && Tok(seg - 1) == ",") {
          Speaker s = FirstSubject(seg, u);
          if (s.found) return s;
        }
        break;
      }
    }
    // "Trump told Newsmax that '...,' adding, '...'": the participle's subject is the main
    // clause's, which may sit before an earlier quote in the sentence (quoted words skipped).
    Speaker s = FirstSubject(std::min(lo, SentenceFirst(verb)), verb);
    if (s.found) return s;
  }
  uint32_t hi = verb;
  while (hi > lo && IsVerbFiller(Folded(hi - 1))) --hi;
  // "Kevin McCarthy (R-Calif.) suggested", "Tanjung Raya (IDX: TRAY) said": a bracket right
  // before the verb is an aside on the subject before it
  hi = BeforeBracketAside(hi, lo);
  while (hi > lo && IsVerbFiller(Folded(hi - 1))) --hi;
  if (hi <= lo) return {};
  // "After the meeting ended in mayhem when many Sanders delegates were deemed ineligible,
  // Roberta Lange, the state party chairwoman, said": in a sentence opened by a subordinating
  // word, the subject is in the last comma-separated stretch before the verb that is no
  // apposition (one opened by a determiner, a job, "who" or a participle)
  // (or by a place's or a time's preposition: "Outside the MPESB office in Bhopal, Ankit
  // Kushwaha, 24, from Rewa, said")
  if (!participle && lo <= SentenceFirst(verb) &&
      In(Folded(SentenceFirst(verb)), {"after", "while", "although", "though", "because", "when", "as", "since",
                                        "before", "until", "if", "whereas", "outside", "inside", "near", "during",
                                        "amid", "despite", "following"})) {
    const uint32_t first = SentenceFirst(verb);
    uint32_t seg_end = hi;
    while (seg_end > first && Tok(seg_end - 1) == ",") --seg_end;
    for (int guard = 0; guard < 4 && seg_end > first; ++guard) {
      uint32_t seg_b = seg_end;
      while (seg_b > first && Tok(seg_b - 1) != "," && quote_at_[seg_b - 1] < 0) --seg_b;
      if (seg_b <= first || Tok(seg_b - 1) != ",") break;  // the fronted clause itself: no main subject found
      const std::string_view w = Folded(seg_b);
      // (an age or where someone is from is an apposition too: ", 24, from Rewa,")
      const bool apposition = IsDeterminer(w) || In(w, {"who", "which", "whose", "from"}) ||
                              (!w.empty() && w[0] >= '0' && w[0] <= '9' && seg_end - seg_b == 1) ||
                              (IsWord(seg_b) && !IsUpperWord(seg_b) && TokenIs(a_, seg_b, kTitle | kDescriptorNoun)) ||
                              (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0 && !IsUpperWord(seg_b));
      if (!apposition) {
        Speaker s = FirstSubject(seg_b, seg_end);
        const bool place = s.entity >= 0 && (a_.entities[s.entity].type == EntityType::kPlace ||
                                             a_.entities[s.entity].type == EntityType::kGroup);
        if (s.found && !place) return s;
        break;
      }
      seg_end = seg_b - 1;
    }
  }
  // "according to the Trustees' Council, which says ...": a relative pronoun right before the
  // verb speaks for the name right before its comma
  if (hi >= lo + 3 && In(Folded(hi - 1), {"which", "who"}) && Tok(hi - 2) == "," && name_at_[hi - 3] >= 0)
    return NameEndingAt(hi - 2, lo);
  // "Beck, who supported Sen. Ted Cruz, R-Texas, and opposed Trump during the primaries, last
  // week said": a relative clause closed by a comma before the verb (a time word or two may
  // follow that comma) is an aside on the subject before it, whatever clauses it holds
  if (!participle) {
    uint32_t before_time = hi;
    while (before_time > lo + 3 && hi - before_time < 3 &&
           (In(Folded(before_time - 1), {"last", "this", "week", "month", "year", "night", "on", "yesterday", "today",
                                         "earlier", "later", "recently", "morning", "afternoon", "evening"}) ||
            (IsWord(before_time - 1) && TokenIs(a_, before_time - 1, kWeekday)))) {
      --before_time;
    }
    if (before_time > lo + 3 && Tok(before_time - 1) == ",") {
      for (uint32_t t = before_time - 1; t-- > lo + 1 && before_time - t < 30;) {
        if (Tok(t) == ";" || quote_at_[t] >= 0) break;
        if (Tok(t - 1) == "," && In(Folded(t), {"who", "whose"}) && before_time - 1 - t >= 2) {
          hi = BeforeBracketAside(t - 1, lo);
          break;
        }
      }
    }
  }
  // A new clause starts after "which", "where", ... ("where she told"): its subject counts.
  // Not for a participle after a comma ("X repeated that Y ..., calling him"): its subject
  // is the main clause's.
  uint32_t clause_lo = lo;
  for (uint32_t t = hi; !participle && t-- > lo && hi - t < 30;) {
    const bool relative = t > lo + 1 && Tok(t - 1) == "," && In(Folded(t), {"who", "whose"});
    // ", and the Council, a trade body, says": a comma and a conjunction after a clause of its
    // own (a lower-case word that is no function word before it) start a new clause; in a list
    // of names ("Smith, Jones, and Brown said") they do not
    bool coordinated = false;
    if (t > lo + 1 && Tok(t - 1) == "," && In(Folded(t), {"and", "but"})) {
      for (uint32_t u = lo; u + 1 < t && !coordinated; ++u) {
        coordinated = IsWord(u) && !IsUpperWord(u) && !IsDeterminer(Folded(u)) && !IsPreposition(Folded(u)) &&
                      !In(Folded(u), {"and", "or", "but"}) && quote_at_[u] < 0;
      }
    }
    // "Neither John Kasich nor Mario Rubio has won a state and Cruz strongly suggested": with no
    // comma, an auxiliary before the conjunction shows a clause of its own
    // (in the stretch since the last comma or conjunction: "..., but leaders and aid groups
    // say" joins two nouns, whatever auxiliary the clause before the comma had)
    if (!coordinated && t > lo + 2 && In(Folded(t), {"and", "but"}) && Tok(t - 1) != ",") {
      uint32_t from = t - 1;
      while (from > lo && Tok(from - 1) != "," && !In(Folded(from - 1), {"and", "but"})) --from;
      bool joins_nouns = from > lo && t - from <= 2 && In(Folded(from - 1), {"and", "but"});
      for (uint32_t u = from; u < t && joins_nouns; ++u) joins_nouns = IsWord(u) && !IsAuxiliary(Folded(u));
      for (uint32_t u = lo; u + 1 < t && !coordinated && !joins_nouns; ++u) {
        coordinated = IsWord(u) && IsAuxiliary(Folded(u)) && quote_at_[u] < 0;
      }
    }
    if (IsClauseBoundary(Folded(t)) || Tok(t) == ";" || relative || coordinated) {
      // "The bank, which is based in Frankfurt, said": a relative clause set off by commas and
      // closed right before the verb is an aside on the subject before it, not the verb's clause
      // ("The company, whose clients include Tesco, said": not Tesco).
      if (t > lo + 1 && Tok(t - 1) == "," && In(Folded(t), {"which", "where", "whom", "who", "whose"}) && hi - t >= 3 &&
          Tok(hi - 1) == ",") {
        hi = BeforeBracketAside(t - 1, lo);
        t = hi;
        continue;
      }
      clause_lo = t + 1;
      // "While Clinton pledged to work with both parties, Sanders insisted that": a clause
      // fronted by a subordinating word ends at its first comma; the main clause follows
      if ((t == lo || t == SentenceFirst(verb)) &&
          In(Folded(t), {"while", "although", "though", "because", "if", "as", "since", "after", "before", "when",
                         "whereas", "until"})) {
        for (uint32_t c = t + 2; c + 1 < hi; ++c) {
          if (Tok(c) == "," && quote_at_[c] < 0) {
            clause_lo = c + 1;
            break;
          }
        }
      }
      break;
    }
  }
  // "On Monday, X said": an introductory phrase ends at its comma.
  if (IsIntroWord(Folded(clause_lo))) {
    for (uint32_t t = clause_lo; t < hi; ++t) {
      if (Tok(t) == ",") {
        clause_lo = t + 1;
        break;
      }
    }
  }
  // "Cruz, Blackwell wrote": the segment after the last comma names the speaker, unless it
  // is an apposition or aside ("X, a former aide, said"; "X, who ..., said"; "X, in a ...").
  uint32_t seg_hi = hi;
  while (seg_hi > clause_lo && Tok(seg_hi - 1) == ",") --seg_hi;
  for (uint32_t t = seg_hi; t-- > clause_lo && seg_hi - t < 12;) {
    if (Tok(t) != ",") continue;
    const std::string_view w = t + 1 < seg_hi ? Folded(t + 1) : Folded(t);
    // (nor a job: "Sanjay Mehta, chief UK economist at Barclays, said")
    const bool job = t + 1 < seg_hi && IsWord(t + 1) && !IsUpperWord(t + 1) &&
                     (TokenIs(a_, t + 1, kTitle | kDescriptorNoun) || In(w, {"chief", "senior", "former", "deputy"}));
    // (nor a participle's aside: "Duarte, speaking to the broadcaster SporTV, said")
    const bool participle = w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0 && !IsUpperWord(t + 1);
    if (t + 1 < seg_hi && !job && !participle && !IsDeterminer(w) && !IsPreposition(w) &&
        !In(w, {"who", "which", "whose"})) {
      Speaker s = FirstSubject(t + 1, seg_hi);
      // "Ann Roe, a nurse from Dayton, Ohio, said": a place after a comma ends an apposition;
      // so does a party or nationality word ("Senator X, Democrat of California, said").
      const EntityType type = s.entity >= 0 ? a_.entities[s.entity].type : EntityType::kPerson;
      const bool place = s.entity >= 0 && (type == EntityType::kPlace || type == EntityType::kMisc ||
                                           type == EntityType::kGroup);
      if (s.found && !s.pronoun && !place) return s;
    }
    break;
  }
  // "The company, the largest robot maker in Japan, said": a linked description and its
  // apposition (the apposition's names are no speakers)
  {
    uint32_t b = clause_lo;
    while (b < hi && !IsWord(b)) ++b;
    if (b < hi && other_at_[b] >= 0 && IsDeterminer(Folded(b)) && other_end_[b] > b + 1 && other_end_[b] < hi &&
        Tok(other_end_[b]) == "," && Tok(hi - 1) == "," && quote_at_[b] < 0) {
      Speaker s;
      s.found = true;
      s.span = TokSpan(b, other_end_[b]);
      s.kind = MentionKind::kDescriptor;
      s.entity = other_at_[b];
      return s;
    }
  }
  // "Economists at Capital Economics said", "Analysts at Jefferies said": people named by their
  // trade and the organisation they work at; the organisation speaks
  {
    uint32_t b = clause_lo;
    while (b < hi && (!IsWord(b) || In(Folded(b), {"and", "but", "the", "some", "two", "three", "several"}))) ++b;
    uint32_t x = b;
    while (x < hi && x < b + 2 && IsWord(x) && (!IsUpperWord(x) || x == SentenceFirst(x)) &&
           name_at_[x] < 0 && !In(Folded(x), {"at", "from", "with"}))
      ++x;
    const std::string_view noun = x > b ? Folded(x - 1) : std::string_view();
    if (x > b && x + 1 < hi && In(Folded(x), {"at", "from", "with"}) && noun.size() > 3 && noun.back() == 's' &&
        name_at_[x + 1] >= 0 && name_end_[x + 1] == hi && a_.entities[name_at_[x + 1]].type == EntityType::kOrg) {
      return NameEndingAt(hi, x + 1);
    }
  }
  Speaker s = FirstSubject(clause_lo, hi);
  if (!s.found && clause_lo > lo) {
    // (not past a clause whose own subject is a short lower-case noun phrase: "Households in
    // Turkana and Marsabit got cash, but leaders and aid groups say" is the leaders' report)
    uint32_t b = clause_lo, e = hi;
    while (b < e && (!IsWord(b) || In(Folded(b), {"and", "but", "so"}))) ++b;
    while (e > b && (!IsWord(e - 1) || IsVerbFiller(Folded(e - 1)))) --e;
    // (a plural noun or a person's noun right before the verb, no verb among its words)
    const std::string_view last = e > b ? Folded(e - 1) : std::string_view();
    const size_t n = last.size();
    bool noun_subject = e > b && e - b <= 4 && e == hi &&
                        ((n > 3 && last[n - 1] == 's' && last[n - 2] != 's' && last[n - 2] != 'u' && last[n - 2] != 'i' &&
                          last[n - 2] != '\'') ||
                         In(last, {"people", "police", "children", "women", "men"}));
    for (uint32_t t = b; t < e && noun_subject; ++t) {
      const std::string_view w = Folded(t);
      noun_subject = IsWord(t) && !IsUpperWord(t) && name_at_[t] < 0 && quote_at_[t] < 0 && SubjectPronoun(w) == 0 &&
                     !IsPreposition(w) && !IsAuxiliary(w) && !IsDeterminer(w) && w.find('\'') == std::string_view::npos &&
                     w.find("\xE2\x80\x99") == std::string_view::npos &&
                     !(w.size() > 4 && (w.compare(w.size() - 2, 2, "ed") == 0 || w.compare(w.size() - 3, 3, "ing") == 0));
    }
    if (noun_subject) return Description(clause_lo, hi);
    // (nor a description the entity stage linked: "what the council is calling 'community
    // hubs'" is the council's, not the place named first in the sentence)
    // (nor one it did not link: "the council" named only later)
    if (e > b + 1 && IsDeterminer(Folded(b))) {
      uint32_t end = other_at_[b] >= 0 && other_end_[b] > b + 1 ? other_end_[b] : 0;
      if (end == 0 && IsWord(b + 1) && !IsUpperWord(b + 1) && TokenIs(a_, b + 1, kDescriptorNoun | kOrgWord | kTitle))
        end = b + 2;
      bool rest = end > 0;  // only auxiliaries between the description and the verb
      for (uint32_t t = end; t < e && rest; ++t) rest = IsAuxiliary(Folded(t)) || IsVerbFiller(Folded(t));
      if (rest) return Description(clause_lo, hi);
    }
    s = FirstSubject(lo, hi);
  }
  if (!s.found) s = Description(clause_lo, hi);
  return s;
}

// "said X", "said Mr X, a ...", "said he", "said one senior official".
Speaker QuoteFinder::SpeakerAfter(uint32_t from, uint32_t limit) const {
  Speaker s;
  if (from >= limit || IsPreposition(Folded(from)) || Folded(from) == "that") return s;
  if (SubjectPronoun(Folded(from)) != 0) {
    s.found = true;
    s.span = TokSpan(from, from + 1);
    s.kind = MentionKind::kPronoun;
    s.pronoun = true;
    if (other_at_[from] >= 0) s.entity = other_at_[from];
    return s;
  }
  // "according to reports in Marca", "a report by Bloomberg": the publication named is the source
  {
    uint32_t r = from;
    if (r < limit && In(Folded(r), {"a", "an", "the"})) ++r;
    if (r + 2 < limit && In(Folded(r), {"report", "reports", "reporting"}) &&
        In(Folded(r + 1), {"in", "by", "from", "on"})) {
      uint32_t t = r + 2;
      if (t < limit && Folded(t) == "the" && name_at_[t] < 0) ++t;
      if (t < limit && name_at_[t] >= 0 && name_end_[t] > t) {
        s.found = true;
        s.entity = name_at_[t];
        s.span = TokSpan(t, std::min(name_end_[t], limit));
        return s;
      }
    }
  }
  uint32_t stop = from;
  while (stop < limit && stop < from + 10 && IsWord(stop) && quote_at_[stop] < 0) ++stop;
  for (uint32_t t = from; t < stop; ++t) {
    if (IsPreposition(Folded(t))) {
      stop = t;
      break;
    }
    if (name_at_[t] >= 0 && name_end_[t] > t && !IsPossessiveAfter(name_end_[t])) {
      const int qualified = QualifiedPerson(t, name_end_[t], limit);
      if (qualified >= 0) t = static_cast<uint32_t>(qualified);
      s.found = true;
      s.entity = name_at_[t];
      s.span = TokSpan(t, std::min(name_end_[t], limit));
      return s;
    }
  }
  // "said the group's director, Ana Lopez": a job, then the person's name after a comma (and
  // its honorific: "said the study's lead author, Dr Rebecca Thornley")
  uint32_t named = stop + 1;
  while (named < limit && named < stop + 3 && TokenIs(a_, named, kHonorific)) {
    ++named;
    if (named < limit && Tok(named) == ".") ++named;
  }
  if (stop > from && named < limit && Tok(stop) == "," && name_at_[named] >= 0 && name_end_[named] > named &&
      a_.entities[name_at_[named]].type == EntityType::kPerson) {
    bool job = false;
    for (uint32_t t = from; t < stop && !job; ++t) job = folded_word_[t] && !IsUpperWord(t) && TokenIs(a_, t, kDescriptorNoun | kTitle);
    if (job) {
      s.found = true;
      s.entity = name_at_[named];
      s.span = TokSpan(named, std::min(name_end_[named], limit));
      return s;
    }
  }
  return Description(from, stop);
}

// The entity stage's rule first (subject of the nearest sentence with a person of that
// gender, coref.h), anchored at `tok` so names inside the quote itself are not candidates;
// failing that, recency with gender agreement: the latest PERSON named before `tok` outside
// any quote whose gender is not known to differ, unless a pronoun of the same gender that the
// entity stage linked comes later: the chain of pronouns goes on ("Earl Whitacre invited her
// ... she told" after "Ines Halloran ... Brigid Halloran": "her" was Ines).
void QuoteFinder::ResolvePronoun(Speaker* s, uint32_t tok, char gender) {
  if (!s->pronoun || s->entity >= 0 || (gender != 'm' && gender != 'f')) return;
  const int e = PronounAntecedent(a_, person_index_, tok, gender);
  if (e >= 0) {
    s->entity = e;
    return;
  }
  uint32_t name_at = 0;
  auto it = std::lower_bound(person_names_.begin(), person_names_.end(), std::make_pair(tok, -1));
  int steps = 0;
  while (it != person_names_.begin() && steps++ < 200) {
    --it;
    if (quote_at_[it->first] >= 0) continue;
    const char g = EntityGender(it->second);
    if (g != 0 && g != gender) continue;
    s->entity = it->second;
    name_at = it->first;
    break;
  }
  const auto& pronouns = person_pronouns_[gender == 'f'];
  auto pt = std::lower_bound(pronouns.begin(), pronouns.end(), std::make_pair(tok, -1));
  while (pt != pronouns.begin()) {
    --pt;
    if (quote_at_[pt->first] >= 0) continue;
    if (pt->first > name_at || s->entity < 0) s->entity = pt->second;
    break;
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Attribution of quoted stretches (trailer, lead-in, reporting clause)
//-----------------------------------------------------------------------------

// After a closing mark: `, X said`, `, said X`, `X told Y`, `, according to X`.
Attribution QuoteFinder::Trailer(uint32_t from, uint32_t limit) const {
  Attribution at;
  uint32_t t = from;
  while (t < limit && (Tok(t) == "," || IsDash(Tok(t)) || Tok(t) == ")")) ++t;
  if (t >= limit) return at;
  Cue cue;
  if (CueAt(t, limit, &cue)) {
    at.found = true;
    at.cue = cue;
    at.speaker = SpeakerAfter(cue.end, limit);
    return at;
  }
  // "X said", "X, a former aide, said": the verb within a short stretch after the quote.
  for (uint32_t v = t; v < limit && v < t + 40; ++v) {
    if (IsSentencePunct(Tok(v)) || quote_at_[v] >= 0) break;
    if (CueAt(v, limit, &cue)) {
      at.found = true;
      at.cue = cue;
      // "... \"the beginning of the end\" for the EU, said Geert Wilders": a verb right after a
      // comma, then its subject (the words before the comma finish the quoted clause)
      // (a person's name right after the verb: '"He can assert it, but it seems extremely
      // unlikely" that Sanders can catch Clinton, said Steve Elmendorf')
      if (v > t && Tok(v - 1) == "," && cue.end < limit && name_at_[cue.end] >= 0 &&
          a_.entities[name_at_[cue.end]].type == EntityType::kPerson) {
        at.speaker = SpeakerAfter(cue.end, limit);
        if (at.speaker.found) return at;
      }
      at.speaker = FirstSubject(t, v);
      if (!at.speaker.found) at.speaker = Description(t, v);
      if (!at.speaker.found) at.speaker = SpeakerAfter(cue.end, limit);
      return at;
    }
  }
  return at;
}

// Before an opening mark: `X said: "`, `X said, "`, `X told reporters "`, `According to X, "`,
// `X: "` (a colon lead-in names the speaker with no verb).
Attribution QuoteFinder::LeadIn(uint32_t lo, uint32_t open) const {
  Attribution at;
  uint32_t p = open;
  bool colon = false;
  while (p > lo && (Tok(p - 1) == ":" || Tok(p - 1) == "," || IsDash(Tok(p - 1)) || Tok(p - 1) == "(")) {
    if (Tok(p - 1) == ":") colon = true;
    --p;
  }
  if (p <= lo) return at;
  Cue cue;
  // "including the former candidate Mitt Romney -- 'It is disqualifying ...' --": a quote set
  // off by a dash right after a person's name is that person's, whatever verb came before
  const bool dash_after_person = p < open && IsDash(Tok(p)) && name_at_[p - 1] >= 0 &&
                                 a_.entities[name_at_[p - 1]].type == EntityType::kPerson;
  for (uint32_t v = p; v-- > lo && p - v <= 20;) {
    if (quote_at_[v] >= 0) break;
    if (!CueAt(v, p, &cue)) continue;
    at.found = true;
    at.lead_in = true;
    at.cue = cue;
    if (dash_after_person && v + 1 < p && name_at_[p - 1] != name_at_[v + 1]) {
      at.speaker = NameEndingAt(p, v);
      return at;
    }
    if (cue.lemma == "according to" || cue.lemma == "in the words of") {
      at.speaker = SpeakerAfter(cue.end, p);
    } else {
      at.speaker = SpeakerBefore(lo, v);
      if (!at.speaker.found) at.speaker = SpeakerAfter(cue.end, p);
    }
    return at;
  }
  if (colon) {
    // "Kellerman joins forward Andre Whitlock, who welcomed his new teammate on Instagram: '...'":
    // a relative clause that runs to the colon speaks for the person it follows (in a lead-in
    // with no speech verb: not "said Skelly, explaining he worked with Chrabaszcz, who ...:")
    bool speech = false;
    for (uint32_t v = lo; v < p && !speech; ++v) speech = quote_at_[v] < 0 && CueAt(v, p, &cue);
    for (uint32_t t = p; !speech && t-- > lo + 2;) {
      if (Tok(t) == "," || IsSentencePunct(Tok(t))) break;
      if (Folded(t) != "who" || Tok(t - 1) != ",") continue;
      const int k = name_at_[t - 2];
      if (k >= 0 && a_.entities[k].type == EntityType::kPerson) {
        at.found = true;
        at.lead_in = true;
        at.cue.first = p;
        at.cue.end = p + 1;
        at.cue.lemma = ":";
        at.speaker = NameEndingAt(t - 1, lo);
        return at;
      }
      break;
    }
    Speaker s = FirstSubject(lo, p);
    if (s.found && !s.pronoun) {
      at.found = true;
      at.lead_in = true;
      at.cue.first = p;
      at.cue.end = p + 1;
      at.cue.lemma = ":";
      at.speaker = s;
    }
  }
  return at;
}

// A quote inside a sentence: the nearest speech verb before it in the sentence.
Attribution QuoteFinder::ReportingClause(uint32_t lo, uint32_t open) const {
  Attribution at;
  Cue cue;
  for (uint32_t v = open; v-- > lo && open - v <= 60;) {
    if (quote_at_[v] >= 0) continue;
    if (!CueAt(v, open, &cue)) continue;
    at.found = true;
    at.cue = cue;
    if (cue.lemma == "according to" || cue.lemma == "in the words of") {
      at.speaker = SpeakerAfter(cue.end, open);
    } else {
      at.speaker = SpeakerBefore(lo, v);
    }
    return at;
  }
  return at;
}

void QuoteFinder::AddMention(const Speaker& s) {
  if (s.entity < 0 || s.kind == MentionKind::kName || s.entity >= static_cast<int>(a_.entities.size())) return;
  if (!added_mentions_.insert({s.entity, s.span.start}).second) return;
  Entity& e = a_.entities[s.entity];
  // Only small entities are checked for an overlapping mention (the check was written inside
  // the loop, so a big entity paid a full scan per quote for nothing: quadratic in one long text).
  if (e.mentions.size() < 64) {
    for (const Mention& m : e.mentions) {
      if (m.span.Overlaps(s.span)) return;
    }
  }
  auto it = std::lower_bound(a_.tokens.begin(), a_.tokens.end(), s.span.start,
                             [](const Token& t, uint32_t b) { return t.span.end <= b; });
  Mention m;
  m.span = s.span;
  m.kind = s.kind;
  m.sentence = it == a_.tokens.end() ? 0 : it->sentence;
  e.mentions.push_back(m);
  if (m.kind == MentionKind::kDescriptor) {  // ResolveDescriptor's index sees it, as it sees the mentions
    auto& v = person_index_.descriptors;
    const PersonIndex::Descriptor d{m.span, s.entity};
    v.insert(std::upper_bound(v.begin(), v.end(), d, PersonIndex::DescriptorBefore), d);
    person_index_.longest_descriptor = std::max(person_index_.longest_descriptor, m.span.end - m.span.start);
  }
}

// The speaker as the clustered entity: a name mention that swallowed the cue ("Harris tells"
// in a caption) is cut at the verb, and a surname-only or odd-typed name that is the surname
// of exactly one fully named person becomes that person. A description ("the former
// president") goes through the entity stage's rule (coref.h), a bounded number of times.
void QuoteFinder::CanonicalSpeaker(Speaker* s) {
  if (!s->found) return;
  const uint32_t nt = static_cast<uint32_t>(a_.tokens.size());
  uint32_t t0 = FirstTokenFrom(s->span.start), t1 = t0;
  while (t1 < nt && a_.tokens[t1].span.start < s->span.end) ++t1;
  if (t0 >= t1) return;
  if (s->kind == MentionKind::kDescriptor && s->entity < 0) {
    const uint32_t head = t1 - 1;
    auto it = descriptor_cache_.find(head);
    if (it == descriptor_cache_.end()) {
      if (descriptor_calls_ >= 256) return;  // O(mentions) each: bounded per document
      ++descriptor_calls_;
      it = descriptor_cache_.emplace(head, ResolveDescriptor(a_, head, lex_, &person_index_)).first;
    }
    // A person, or an organisation the entity stage linked ("the company said").
    if (it->second >= 0 && it->second < static_cast<int>(a_.entities.size()) &&
        (a_.entities[it->second].type == EntityType::kPerson || a_.entities[it->second].type == EntityType::kOrg)) {
      s->entity = it->second;
    }
    return;
  }
  if (s->entity < 0 || s->kind != MentionKind::kName) return;
  bool cut = false;
  for (uint32_t t = t0 + 1; t < t1; ++t) {
    if (folded_word_[t] && TokenIs(a_, t, kSpeechVerb)) {
      t1 = t;
      cut = true;
      break;
    }
  }
  const Entity& ent = a_.entities[s->entity];
  const bool single = ent.name.find(' ') == std::string::npos;
  if (!cut && !(ent.type == EntityType::kPerson && single) && ent.type != EntityType::kMisc) return;
  if (cut) s->span = TokSpan(t0, t1);
  auto it = surname_.find(Folded(t1 - 1));
  if (it != surname_.end() && it->second >= 0 && it->second != s->entity) s->entity = it->second;
}

void QuoteFinder::Emit(QuoteKind kind, Span span, const Attribution& at, double confidence, uint32_t tok) {
  Quote q;
  q.kind = kind;
  q.span = span;
  q.confidence = confidence;
  q.sentence = a_.tokens[tok].sentence;
  if (at.found) q.cue = at.cue.lemma == ":" ? ":" : std::string(a_.Text(TokSpan(at.cue.first, at.cue.end)));
  if (at.speaker.found) {
    Speaker sp = at.speaker;
    CanonicalSpeaker(&sp);
    q.speaker = sp.entity;
    q.speaker_span = sp.span;
    q.speaker_text = std::string(a_.Text(sp.span));
    // Confidence follows the evidence: a speaker named next to the cue keeps it; one reached
    // through a pronoun or a description is an inference, so a little less.
    if (sp.entity >= 0 && sp.kind != MentionKind::kName) q.confidence = std::max(0.3, confidence - 0.1);
    AddMention(sp);
  }
  quotes_.push_back(std::move(q));
}

//-----------------------------------------------------------------------------
// [SECTION] FindQuotes
//-----------------------------------------------------------------------------

void QuoteFinder::Run() {
  Prepare();
  const uint32_t nt = static_cast<uint32_t>(a_.tokens.size());
  struct Meta {
    bool floating = false;  // direct, no attribution of its own
    uint32_t open = 0, end = 0, paragraph = 0;
  };
  std::vector<Meta> meta;
  uint32_t prev_close = 0;
  bool have_prev = false;
  // The direct and partial quotes of each pair of marks: a function of its own (own_function.h).
  [&]() AE_OWN_FUNCTION {
  for (size_t qi = 0; qi < pairs_.size(); ++qi) {
    const QuotePair& p = pairs_[qi];
    const uint32_t o = p.open, cf = p.content_first, ce = p.content_end;
    uint32_t lo = SentenceFirst(o);
    if (have_prev && prev_close + 1 > lo && prev_close < o) lo = prev_close + 1;
    prev_close = p.close;
    have_prev = true;
    uint32_t words = 0;
    bool title_case = true;
    for (uint32_t t = cf; t < ce; ++t) {
      if (!IsWord(t)) continue;
      ++words;
      if (!IsUpperWord(t) && !IsVerbFiller(Folded(t)) && !In(Folded(t), {"of", "the", "and", "for", "in", "on", "a"}))
        title_case = false;
    }
    if (words == 0) continue;
    // Markup attribute values (id="...", author="..."): never speech.
    if (o > 0 && Tok(o - 1) == "=" && a_.tokens[o - 1].span.end == a_.tokens[o].span.start) continue;
    uint32_t k = lo;
    while (k < o && !IsWord(k) && quote_at_[k] < 0) ++k;
    const bool at_start = k == o;
    const bool multi_sentence = a_.tokens[cf].sentence != a_.tokens[ce - 1].sentence || p.multi_paragraph;
    const std::string_view last = Tok(ce - 1);
    const bool ends_punct = last == "," || IsSentencePunct(last);
    const bool starts_upper = IsUpperWord(cf) || !IsWord(cf);

    // Trailer: the rest of the closing mark's sentence; when the sentence ended with the
    // quote ("...now." Trump said.), the short sentence after it.
    Attribution tr;
    if (p.balanced && p.close + 1 < nt && Paragraph(p.close + 1) == Paragraph(p.close)) {
      const uint32_t from = p.close + 1;
      uint32_t limit = SentenceEnd(from);
      // (a longer one when its speech verb comes within 14 tokens: '"How are you today?" Eva
      // Miller, a retired worker from a nuclear plant, said pleasantly into the phone.')
      if (a_.tokens[from].sentence != a_.tokens[p.close].sentence && limit - from > 14) {
        bool verb = false;
        Cue cue;
        for (uint32_t v = from; v < limit && v < from + 14 && !verb && quote_at_[v] < 0; ++v) verb = CueAt(v, limit, &cue);
        if (!verb) limit = from;
      }
      if (qi + 1 < pairs_.size() && pairs_[qi + 1].open < limit) limit = pairs_[qi + 1].open;
      tr = Trailer(from, limit);
    }
    // '"I helped write that bill." - Sanders.': a dash and a person's name alone after the
    // closing mark, in its paragraph or as the next one (a fact-check's or an epigraph's credit)
    if (!tr.found && p.balanced && p.close + 2 < nt && IsDash(Tok(p.close + 1)) &&
        (Paragraph(p.close + 1) == Paragraph(p.close) ||
         (Paragraph(p.close + 1) == Paragraph(p.close) + 1 && (p.close + 1 == nt - 1 ||
                                                                Paragraph(p.close + 1) == Paragraph(p.close + 2))))) {
      const uint32_t n0 = p.close + 2;
      if (name_at_[n0] >= 0 && name_end_[n0] > n0 && a_.entities[name_at_[n0]].type == EntityType::kPerson) {
        const uint32_t ne = name_end_[n0];
        const bool alone = ne >= nt || Paragraph(ne) != Paragraph(n0) ||
                           (IsSentencePunct(Tok(ne)) && (ne + 1 >= nt || Paragraph(ne + 1) != Paragraph(n0)));
        if (alone) {
          tr.found = true;
          tr.cue.first = p.close + 1;
          tr.cue.end = p.close + 2;
          tr.cue.lemma = "-";
          tr.speaker = NameEndingAt(ne, n0);
        }
      }
    }
    Attribution li = LeadIn(lo, o);
    const bool punct_lead = o > lo && (Tok(o - 1) == ":" || Tok(o - 1) == "," || IsDash(Tok(o - 1)));
    const bool direct = at_start || multi_sentence ||
                        (li.found && starts_upper && (punct_lead || words >= 4)) ||
                        (punct_lead && starts_upper && ends_punct && words >= 3);
    // "Cruz continued:" closing the paragraph before: a colon lead-in across the break.
    if (!li.found && !tr.found && o > 0 && Paragraph(o - 1) + 1 == Paragraph(o) && Tok(o - 1) == ":" &&
        SentenceFirst(o) == o) {
      li = LeadIn(SentenceFirst(o - 1), o);
    }
    if (!direct && p.balanced && LabelBefore(o)) {
      label_mark_[o] = 1;
      label_mark_[p.close] = 1;
      for (uint32_t t = o; t <= p.close; ++t) quote_at_[t] = -1;  // (plain words of the sentence)
      continue;
    }
    Attribution at;
    QuoteKind kind = direct ? QuoteKind::kDirect : QuoteKind::kPartial;
    double conf = 0.9;
    if (direct) {
      if (li.found && punct_lead) at = li;
      else if (tr.found) at = tr;
      else if (li.found) at = li;
    } else {
      at = li.found ? li : ReportingClause(lo, o);
      if (!at.found && tr.found && tr.cue.first < SentenceEnd(p.close)) at = tr;
      conf = 0.75;
    }
    // Not speech: a short Title Case name in marks with no cue (the "Northern Triangle"),
    // or quoted words inside a sentence with no speech cue (talks on the "root causes").
    // A title in apposition keeps its comma inside the marks in US style (Her album, "Salt and
    // Heather," sold ...): Title Case ending in a comma, with no cue, is no speech either.
    if (!at.found && (kind == QuoteKind::kPartial || (title_case && words <= 4 && !ends_punct) ||
                      (title_case && words <= 6 && last == ","))) continue;
    if (kind == QuoteKind::kPartial && title_case && words <= 4) continue;
    if (at.speaker.pronoun) {
      ResolvePronoun(&at.speaker, o, SubjectPronoun(Folded(FirstTokenFrom(at.speaker.span.start))));
    }
    Span span;
    if (kind == QuoteKind::kDirect) {
      uint32_t end = ce;
      while (end > cf + 1 && Tok(end - 1) == ",") --end;  // the comma before ", she said"
      span = TokSpan(cf, end);
      if (!p.balanced) conf = 0.4;
      else if (!at.found) conf = 0.5;
      else if (at.speaker.entity < 0) conf = at.speaker.found ? 0.7 : 0.6;
    } else {
      // A partial quote is reported with its clause ("that relations were entering a 'new
      // era'"): the quoted words plus their context, at most 3x+4 words so the quote stays
      // the core of it.
      uint32_t c0 = lo, c1 = SentenceEnd(o);
      if (at.found && at.cue.end <= o) {
        c0 = at.cue.end;
        // "told Reuters the cuts were '...'", "told reporters that": the addressee is no part of
        // what was said (a capitalised name, an object pronoun, or one plural noun; "told
        // reporters after the ceremony that": the adverbial is skipped below)
        if (at.cue.lemma == "tell" || at.cue.lemma == "assure" || at.cue.lemma == "warn" || at.cue.lemma == "inform") {
          uint32_t k = c0;
          while (k < o && k < c0 + 4 && IsUpperWord(k)) ++k;
          if (k == c0 && k < o && (In(Folded(k), {"him", "her", "them", "us", "me", "you"}) ||
                                   (Folded(k).size() > 3 && Folded(k).back() == 's' && !IsUpperWord(k) &&
                                    k + 1 < o && (Folded(k + 1) == "that" || IsPreposition(Folded(k + 1))))))
            ++k;
          if (k > c0 && k < o) c0 = k;
        }
        // "wrote on Twitter after the meeting that the discussion had been '...'": an adverbial
        // before "that" is no part of what was said
        if (c0 < o && (IsPreposition(Folded(c0)) || (folded_word_[c0] && TokenIs(a_, c0, kWeekday)))) {
          for (uint32_t k = c0 + 1; k < o && k < c0 + 12 && !IsSentencePunct(Tok(k)); ++k) {
            if (Folded(k) == "that") {
              c0 = k;
              break;
            }
          }
        }
        while (c0 < o && (Folded(c0) == "that" || Tok(c0) == "," || Tok(c0) == ":")) ++c0;
      }
      if (at.found && at.cue.first > p.close) {
        // "'...' words, X said": the clause ends at the comma before the subject and verb.
        c1 = at.cue.first;
        uint32_t cm = c1;
        while (cm > p.close + 1 && c1 - cm < 12 && Tok(cm - 1) != ",") --cm;
        if (cm > p.close + 1 && Tok(cm - 1) == ",") c1 = cm - 1;
      }
      // "said the commission had been 'vindicated' and that all devices had been kept": a second
      // reported clause coordinated after the quoted words is no part of the first.
      for (uint32_t k = p.close + 1; k + 1 < c1; ++k) {
        if ((Folded(k) == "and" || Folded(k) == "but") && Folded(k + 1) == "that") {
          c1 = k;
          break;
        }
      }
      while (c1 > p.close + 1 && (IsSentencePunct(Tok(c1 - 1)) || Tok(c1 - 1) == "," || IsDash(Tok(c1 - 1)))) --c1;
      // Budget in word runs (letters/digits), as a word-overlap scorer counts them, so a
      // reader comparing the clause with the quoted words still sees the quote as its core.
      uint32_t x = 0;
      for (uint32_t t = cf; t < ce; ++t) x += WordRuns(Tok(t));
      uint32_t clause_words = 0;
      for (uint32_t t = c0; t < c1; ++t) clause_words += WordRuns(Tok(t));
      uint32_t budget = 3 * x + 5;
      // A reported clause over twice the window is given whole: a window would show less than
      // half of what the speaker is reported to have said.
      if (clause_words > 6 * x + 10) budget = clause_words;
      uint32_t used = x, s0 = o, s1 = p.balanced ? p.close + 1 : ce;
      while (s0 > c0 && used + WordRuns(Tok(s0 - 1)) <= budget) used += WordRuns(Tok(--s0));
      while (s1 < c1 && used + WordRuns(Tok(s1)) <= budget) used += WordRuns(Tok(s1++));
      while (s0 < o && !IsWord(s0) && !IsQuoteMark(Tok(s0))) ++s0;  // no leading comma
      span = TokSpan(s0, s1);
      if (at.speaker.entity < 0) conf = 0.6;
    }
    Emit(kind, span, at, conf, cf);
    Meta m;
    m.floating = kind == QuoteKind::kDirect && !at.found;
    m.open = o;
    m.end = p.balanced ? p.close : ce;
    m.paragraph = Paragraph(o);
    meta.resize(quotes_.size() - 1);
    meta.push_back(m);
  }
  }();
  FindIndirect();
  meta.resize(quotes_.size());
  for (size_t i = 0; i < quotes_.size(); ++i) {
    if (quotes_[i].kind == QuoteKind::kIndirect) {
      const uint32_t t0 = FirstTokenFrom(quotes_[i].span.start);
      auto it1 = std::lower_bound(a_.tokens.begin(), a_.tokens.end(), quotes_[i].span.end,
                                  [](const Token& t, uint32_t b) { return t.span.end < b; });
      meta[i].open = t0;
      meta[i].end = static_cast<uint32_t>(it1 - a_.tokens.begin());
      meta[i].paragraph = t0 < nt ? Paragraph(t0) : 0;
    }
  }
  // Document order (ties: kind, then end), then floating quotes inherit the speaker of the
  // quote just before them (same or previous paragraph) when no other person is named between.
  std::vector<size_t> order(quotes_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Quote& p = quotes_[x];
    const Quote& q = quotes_[y];
    if (p.span.start != q.span.start) return p.span.start < q.span.start;
    if (p.span.end != q.span.end) return p.span.end < q.span.end;
    return x < y;
  });
  std::vector<Quote> sorted;
  std::vector<Meta> sorted_meta;
  sorted.reserve(order.size());
  for (size_t i : order) {
    sorted.push_back(std::move(quotes_[i]));
    sorted_meta.push_back(meta[i]);
  }
  // A quote with no attribution of its own after a sentence that names one person, in the same
  // paragraph ("Asked about China, Lindqvist was blunt. 'We cannot win on price.'"): that person.
  auto intro_speaker = [&](size_t i) {
    const uint32_t o = sorted_meta[i].open;
    if (o == 0 || Paragraph(o - 1) != Paragraph(o) || IsQuoteMark(Tok(o - 1))) return false;
    const uint32_t first = SentenceFirst(o - 1);
    auto it = std::lower_bound(person_names_.begin(), person_names_.end(), std::make_pair(first, -1));
    int only = -1;
    uint32_t at = 0;
    for (int steps = 0; it != person_names_.end() && it->first < o; ++it) {
      if (++steps > 64) return false;  // a sentence naming that many people attributes nothing
      if (quote_at_[it->first] >= 0) return false;  // a quote in that sentence: its own attribution
      if (only >= 0 && it->second != only) return false;
      if (only < 0) at = it->first;
      only = it->second;
    }
    if (only < 0) return false;
    Quote& q = sorted[i];
    q.speaker = only;
    q.speaker_span = TokSpan(at, std::min(name_end_[at], o));
    q.speaker_text = std::string(a_.Text(*q.speaker_span));
    q.confidence = 0.5;
    sorted_meta[i].floating = false;
    return true;
  };
  for (size_t i = 1; i < sorted.size(); ++i) {
    if (!sorted_meta[i].floating) continue;
    const Quote& prev = sorted[i - 1];
    const Meta& pm = sorted_meta[i - 1];
    if (!prev.speaker_span || pm.paragraph + 1 < sorted_meta[i].paragraph) {
      intro_speaker(i);
      continue;
    }
    // Names in the sentence that attributes the previous quote ("Boyle asked Trump.") are
    // part of that attribution, not a new topic.
    const uint32_t sp = FirstTokenFrom(prev.speaker_span->start);
    uint32_t from = pm.end;
    if (sp < a_.tokens.size()) from = std::max(from, SentenceEnd(sp) - 1);
    auto it = std::upper_bound(person_names_.begin(), person_names_.end(), std::make_pair(from, INT32_MAX));
    bool intervening = false;
    for (; it != person_names_.end() && it->first < sorted_meta[i].open; ++it) {
      if (quote_at_[it->first] < 0 && it->second != prev.speaker) {
        intervening = true;
        break;
      }
    }
    if (intervening) {
      intro_speaker(i);
      continue;
    }
    Quote& q = sorted[i];
    q.speaker = prev.speaker;
    q.speaker_span = prev.speaker_span;
    q.speaker_text = prev.speaker_text;
    q.cue = prev.cue;
    q.confidence = 0.7;
    sorted_meta[i].floating = false;
  }
  // "X said in a statement that ... 'Quote,' the statement said": a statement, report or
  // filing speaks for whoever issued it, the speaker of the quote before it (same paragraph or
  // the one before) whose sentence mentions that document.
  for (size_t i = 1; i < sorted.size(); ++i) {
    Quote& q = sorted[i];
    if (q.speaker >= 0 || !q.speaker_span) continue;
    const uint32_t t0 = FirstTokenFrom(q.speaker_span->start);
    uint32_t t1 = t0;
    while (t1 < nt && a_.tokens[t1].span.end <= q.speaker_span->end) ++t1;
    if (t1 != t0 + 2 || Folded(t0) != "the") continue;
    const std::string_view head = Folded(t0 + 1);
    if (!In(head, {"statement", "report", "filing", "release", "memo", "letter", "notice"})) continue;
    for (size_t j = i; j-- > 0 && i - j <= 8;) {  // the last few quotes: linear on any text
      const Quote& p = sorted[j];
      if (sorted_meta[j].paragraph + 1 < sorted_meta[i].paragraph) break;
      if (p.speaker < 0 || p.sentence >= a_.sentences.size()) continue;
      bool names_document = false;
      const Sentence& ps = a_.sentences[p.sentence];
      for (uint32_t t = ps.first_token; t < ps.end_token && t < ps.first_token + 400 && !names_document; ++t) {
        names_document = Folded(t) == head;
      }
      if (!names_document) continue;
      q.speaker = p.speaker;
      break;
    }
  }
  // "'...,' it said": "it" speaks for an organisation, the speaker of the quote before (this
  // paragraph or the one before) when that is one; else the one organisation named in the
  // nearest sentence before it (this one, then up to two back, within a paragraph break).
  for (size_t i = 0; i < sorted.size(); ++i) {
    Quote& q = sorted[i];
    if (q.speaker >= 0 || !q.speaker_span) continue;
    const std::string_view st = a_.Text(*q.speaker_span);
    if (st != "it" && st != "It") continue;
    if (i > 0 && sorted[i - 1].speaker >= 0 && sorted_meta[i - 1].paragraph + 1 >= sorted_meta[i].paragraph &&
        a_.entities[sorted[i - 1].speaker].type == EntityType::kOrg) {
      q.speaker = sorted[i - 1].speaker;
      continue;
    }
    // (a person quoted just before is no "it": the organisation named nearest)
    q.speaker = OneOrgBefore(q.speaker_span->start);
  }
  a_.quotes = std::move(sorted);
}

// The one organisation named in the nearest sentence before the byte `start` (its own sentence
// up to `start`, then up to two back, not across more than one paragraph break) that names
// any organisation; -1 when that sentence names two or none is near.
int QuoteFinder::OneOrgBefore(uint32_t start) const {
  const uint32_t nt = static_cast<uint32_t>(a_.tokens.size());
  const uint32_t t = FirstTokenFrom(start);
  if (t == 0 || t > nt) return -1;
  const uint32_t s = a_.tokens[t - 1].sentence;
  for (uint32_t back = 0; back <= 2 && back <= s; ++back) {
    const Sentence& st = a_.sentences[s - back];
    if (st.paragraph + 1 < a_.sentences[s].paragraph) break;
    int only = -1;
    // (the last 400 tokens at most: linear on a text without sentence ends)
    const uint32_t from = std::max(st.first_token, t > 400 ? t - 400 : 0u);
    for (uint32_t u = from; u < st.end_token && u < t; ++u) {
      const int k = name_at_[u];
      if (k < 0 || quote_at_[u] >= 0 || a_.entities[k].type != EntityType::kOrg) continue;
      bool dateline = false;  // the agency of "LONDON (Reuters) -" speaks for nobody here
      for (const auto& [db, de] : a_.datelines) dateline = dateline || (u >= db && u < de);
      if (dateline) continue;
      if (only >= 0 && only != k) return -1;
      only = k;
    }
    if (only >= 0) return only;
  }
  return -1;
}

}  // namespace quote_detail

void FindQuotes(Analysis* a, const Lexicons& lex) {
  a->quotes.clear();
  if (a->tokens.empty()) return;
  quote_detail::QuoteFinder finder(a, lex);
  finder.Run();
}

}  // namespace ae
