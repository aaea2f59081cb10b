// values.cpp — DATE, TIME, MONEY, PERCENT and QUANTITY spans over tokens.
//
// One left-to-right pass per sentence; each rule looks at a few tokens around the current
// one, so the cost is linear. Rules, in the order they are tried at a token:
//   MONEY    currency sign + number (+ scale word): "$310 million", "£940m", "US$5bn";
//            number (+ scale) + currency word: "40 million pesos"
//   PERCENT  number + "%" / "percent" / "per cent" / "percentage points"
//   TIME     "10:30" (+ a.m./p.m.), "3 p.m.", "3pm"
//   DATE     months with day and year ("5 January 2021", "Jan. 5"), weekdays, years after a
//            preposition ("in 2021"), decades ("the 1990s"), relative words ("yesterday",
//            "last year", "next week"), durations "20 years"
//   QUANTITY any other digit-led number (+ scale word): "91,000", "1.2 million"
#include "values.h"

#include <string>
#include <vector>

#include "own_function.h"
#include "text.h"

namespace ae {

namespace {

struct Scanner {
  const Analysis& a;
  const Lexicons& lex;
  size_t end;  // one past the last token of the sentence

  std::string_view Tok(size_t i) const { return i < end ? a.Text(a.tokens[i].span) : std::string_view(); }
  std::string_view Folded(size_t i) const { return i < end ? FoldedToken(a, i) : std::string_view(); }
  bool Is(size_t i, Category c) const { return i < end && TokenIs(a, i, c); }
  bool Adjacent(size_t i) const {  // token i touches token i-1 (no space between)
    return i < end && i > 0 && a.tokens[i].span.start == a.tokens[i - 1].span.end;
  }
  bool Digit(size_t i) const {
    const std::string_view t = Tok(i);
    return !t.empty() && t[0] >= '0' && t[0] <= '9';
  }
  bool AllDigits(size_t i) const {
    const std::string_view t = Tok(i);
    if (t.empty()) return false;
    for (char c : t) {
      if (c < '0' || c > '9') return false;
    }
    return true;
  }
  bool Scale(size_t i) const {  // million, bn, thousand ... (number words with value >= 1000)
    if (i >= end) return false;
    const LexEntry* e = TokenEntry(a, i);
    const std::string_view v = e ? lex.EntryValue(*e, kNumberWord) : std::string_view();
    return v.size() >= 4;
  }
  bool NumberWord(size_t i) const { return Is(i, kNumberWord) && !Scale(i); }
  bool Number(size_t i) const { return Digit(i) || NumberWord(i); }
  int DayNumber(size_t i) const {  // 1..31, also "5th", "21st"
    const std::string_view t = Tok(i);
    if (t.empty() || t[0] < '0' || t[0] > '9') return 0;
    int v = 0;
    size_t k = 0;
    while (k < t.size() && t[k] >= '0' && t[k] <= '9' && k < 3) v = v * 10 + (t[k++] - '0');
    const std::string_view rest = t.substr(k);
    if (!(rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th")) return 0;
    return v >= 1 && v <= 31 ? v : 0;
  }
  bool Year(size_t i) const {
    const std::string_view t = Tok(i);
    return t.size() == 4 && AllDigits(i) && (t[0] == '1' || t[0] == '2') && (t.substr(0, 2) == "18" ||
                                                                             t.substr(0, 2) == "19" ||
                                                                             t.substr(0, 2) == "20");
  }
  bool Month(size_t i) const {
    if (!Is(i, kMonth) || !IsUpperStart(Tok(i))) return false;
    const std::string_view f = Folded(i);
    const std::string_view prev = i > 0 ? FoldedToken(a, i - 1) : std::string_view();
    const bool date_word_before = DateWordBefore(prev);
    // "June Tallis", "April Ryan": a month before a capitalised word that is no date is a first
    // name (a date reads "June 3", "June 2024", "in June", "June, when").
    if (i + 1 < end && !date_word_before && IsUpperStart(Tok(i + 1)) && TokenWord(a, i + 1) &&
        !Is(i + 1, kMonth) && !Is(i + 1, kWeekday) && !Year(i + 1) && a.tokens[i].span.end < a.tokens[i + 1].span.start)
      return false;
    // "May" and "March" are also a verb and a noun: a date only next to a day or year, or
    // after a preposition ("in May", "since March").
    if (f == "may" || f == "march") {
      return DayNumber(i + 1) || Year(i + 1) || (i > 0 && DayNumber(i - 1)) || prev == "in" ||
             prev == "since" || prev == "until" || prev == "by" || prev == "early" || prev == "late" ||
             prev == "mid" || prev == "last" || prev == "next" || prev == "of";
    }
    return true;
  }
};

bool Word(std::string_view t, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (t == w) return true;
  }
  return false;
}

}  // namespace

void FindValues(Analysis* a, const Lexicons& lex) {
  a->values.clear();
  EnsureTokenIndex(a, lex);
  for (uint32_t si = 0; si < a->sentences.size(); ++si) {
    const Sentence& st = a->sentences[si];
    Scanner sc{*a, lex, st.end_token};
    auto add = [&](ValueType type, size_t first, size_t last) {
      a->values.push_back({type, {a->tokens[first].span.start, a->tokens[last].span.end}, si});
    };
    for (size_t i = st.first_token; i < st.end_token; ++i) {
      const std::string_view f = sc.Folded(i);
      // MONEY: sign first ("$310 million", "US$5bn", "£940m").
      if (TokenIs(*a, i, kCurrency) && !TokenWord(*a, i) && sc.Digit(i + 1)) {
        size_t first = i;
        if (i > st.first_token && sc.Adjacent(i) && Word(sc.Tok(i - 1), {"US", "A", "C", "NZ", "HK", "S"}))
          first = i - 1;
        size_t last = i + 1;
        if (sc.Scale(last + 1)) ++last;
        add(ValueType::kMoney, first, last);
        i = last;
        continue;
      }
      if (sc.Number(i)) {
        // The value a number opens, if any; the index of its last token (i: none or one
        // token). A function of its own (own_function.h).
        i = [&]() AE_OWN_FUNCTION {
          size_t last = i;
          while (sc.Scale(last + 1)) ++last;  // "1.2 million", "two billion"
          const std::string_view next = sc.Folded(last + 1);
          // PERCENT
          if (next == "%" || next == "percent" || (next == "per" && sc.Folded(last + 2) == "cent")) {
            size_t l = last + (next == "per" ? 2 : 1);
            if (next == "percent" && sc.Folded(l + 1) == "points") ++l;
            add(ValueType::kPercent, i, l);
            return l;
          }
          if (next == "percentage" && sc.Folded(last + 2) == "points") {
            add(ValueType::kPercent, i, last + 2);
            return last + 2;
          }
          // MONEY with a currency word after the number ("40 million pesos").
          if (sc.Is(last + 1, kCurrency) && TokenWord(*a, last + 1) &&
              !(next == "pounds" && sc.Is(last + 2, kUnit))) {
            add(ValueType::kMoney, i, last + 1);
            return last + 1;
          }
          // TIME: "10:30 a.m.", "3 p.m.", "3pm"
          if (sc.Digit(i)) {
            const std::string_view t = sc.Tok(i);
            size_t l = i;
            if (sc.Tok(i + 1) == ":" && sc.AllDigits(i + 2) && sc.Tok(i + 2).size() == 2 && sc.Adjacent(i + 1)) l = i + 2;
            const std::string_view ampm = sc.Folded(l + 1);
            const bool suffix = t.size() >= 3 && (t.substr(t.size() - 2) == "am" || t.substr(t.size() - 2) == "pm") &&
                                t[t.size() - 3] >= '0' && t[t.size() - 3] <= '9';
            if (ampm == "a.m." || ampm == "p.m." || ampm == "am" || ampm == "pm" || ampm == "gmt" || ampm == "bst" ||
                ampm == "et" || ampm == "edt" || ampm == "est") {
              add(ValueType::kTime, i, l + 1);
              return l + 1;
            }
            if (l > i || suffix) {
              add(ValueType::kTime, i, l);
              return l;
            }
          }
          // DATE: "5 January 2021", "20th of March"
          if (sc.DayNumber(i) && sc.Month(i + 1)) {
            size_t l = i + 1;
            if (sc.Year(l + 1)) ++l;
            add(ValueType::kDate, i, l);
            return l;
          }
          // DATE: durations "20 years", "five months" (a span of time, not a quantity)
          if (Word(next, {"years", "months", "weeks", "days", "decades", "centuries", "hours", "minutes",
                          "year", "month", "week", "day", "decade"}) && (sc.Digit(i) || last > i || sc.NumberWord(i))) {
            if (sc.Digit(i) || sc.Folded(i - 1) == "in" || sc.Folded(i - 1) == "for" || sc.Folded(i - 1) == "past" ||
                sc.Folded(i - 1) == "last" || sc.Folded(i - 1) == "next") {
              add(ValueType::kDate, i, last + 1);
              return last + 1;
            }
          }
          // DATE: a year after a preposition, and decades ("the 1990s")
          if (sc.Year(i)) {
            const std::string_view prev = i > st.first_token ? sc.Folded(i - 1) : std::string_view();
            if (Word(prev, {"in", "since", "by", "until", "till", "of", "from", "before", "after", "during", "to",
                            "early", "late", "mid", "between", "and", "around", ","})) {
              add(ValueType::kDate, i, i);
              return i;
            }
          }
          {
            const std::string_view t = sc.Tok(i);
            if (t.size() == 5 && t.back() == 's' && (t[0] == '1' || t[0] == '2') && sc.Folded(i - 1) == "the") {
              add(ValueType::kDate, i, i);
              return i;
            }
          }
          // QUANTITY: a digit-led number (number words alone are too common: "the two leaders").
          // The span is the number only ("91,000" of "91,000 migrants"), as news annotation has it.
          if (sc.Digit(i) || last > i) {
            const size_t l = last;
            add(ValueType::kQuantity, i, l);
            return l;
          }
          return i;
        }();
        continue;
      }
      // DATE: months, with a following day and year ("January 5, 2021", "Sept. 11")
      if (sc.Month(i)) {
        size_t l = i;
        if (sc.DayNumber(l + 1)) {
          ++l;
          if (sc.Tok(l + 1) == "," && sc.Year(l + 2)) l += 2;
          else if (sc.Year(l + 1)) ++l;
        } else if (sc.Year(l + 1)) {
          ++l;
        }
        add(ValueType::kDate, i, l);
        i = l;
        continue;
      }
      if (sc.Is(i, kWeekday) && IsUpperStart(sc.Tok(i))) {
        add(ValueType::kDate, i, i);
        continue;
      }
      if (Word(f, {"yesterday", "today", "tomorrow", "tonight"})) {
        add(ValueType::kDate, i, i);
        continue;
      }
      if (Word(f, {"last", "next", "this", "past"}) &&
          Word(sc.Folded(i + 1), {"year", "month", "week", "weekend", "summer", "winter", "spring", "autumn",
                                  "fall", "decade", "century"})) {
        add(ValueType::kDate, i, i + 1);
        ++i;
        continue;
      }
    }
  }
}

}  // namespace ae
