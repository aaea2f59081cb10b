// Tests for values.h: DATE, TIME, MONEY, PERCENT, QUANTITY spans.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "assets/builtin_assets.h"
#include "core/text.h"
#include "core/values.h"

namespace {

std::vector<std::pair<std::string, std::string>> Values(const std::string& text) {
  ae::Analysis a;
  a.text = text;
  ae::Segment(&a, ae::BuiltinLexicons());
  ae::FindValues(&a, ae::BuiltinLexicons());
  std::vector<std::pair<std::string, std::string>> out;
  for (const ae::Value& v : a.values) out.emplace_back(ae::ToString(v.type), std::string(a.Text(v.span)));
  return out;
}

using V = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("money in its news shapes") {
  CHECK(Values("It promised an extra $310 million in aid.") == V{{"MONEY", "$310 million"}});
  CHECK(Values("Profits rose to $1.2bn and costs to \xC2\xA3" "940m.") ==
        V{{"MONEY", "$1.2bn"}, {"MONEY", "\xC2\xA3" "940m"}});
  CHECK(Values("a loan of 40 million pesos") == V{{"MONEY", "40 million pesos"}});
  CHECK(Values("a US$5bn fund") == V{{"MONEY", "US$5bn"}});
  CHECK(Values("It costs \xE2\x82\xAC" "20.") == V{{"MONEY", "\xE2\x82\xAC" "20"}});
}

TEST_CASE("percent, quantity, time") {
  CHECK(Values("Inflation hit 3 per cent, up 0.5 percentage points.") ==
        V{{"PERCENT", "3 per cent"}, {"PERCENT", "0.5 percentage points"}});
  CHECK(Values("Turnout was 61%.") == V{{"PERCENT", "61%"}});
  CHECK(Values("Mexico detained 91,000 migrants.") == V{{"QUANTITY", "91,000"}});
  CHECK(Values("About 1.2 million people fled 40 km.") == V{{"QUANTITY", "1.2 million"}, {"QUANTITY", "40"}});
  CHECK(Values("The vote closes at 10:30 p.m. on Friday.") == V{{"TIME", "10:30 p.m."}, {"DATE", "Friday"}});
  CHECK(Values("We meet at 3pm.") == V{{"TIME", "3pm"}});
}

TEST_CASE("dates") {
  CHECK(Values("He took office in January.") == V{{"DATE", "January"}});
  CHECK(Values("It happened on 5 January 2021 and on Sept. 11, 2001.") ==
        V{{"DATE", "5 January 2021"}, {"DATE", "Sept. 11, 2001"}});
  CHECK(Values("She met him on Monday, last year and in 2019.") ==
        V{{"DATE", "Monday"}, {"DATE", "last year"}, {"DATE", "2019"}});
  CHECK(Values("the highest in 20 years") == V{{"DATE", "20 years"}});
  CHECK(Values("You may go. March on!").empty());  // modal "may" and the verb "March"
  CHECK(Values("Back in the 1990s.") == V{{"DATE", "1990s"}});
  CHECK(Values("the two leaders and three countries").empty());  // number words alone are no values
}

TEST_CASE("a month before a capitalised name is a first name, not a date") {
  CHECK(Values("The country singer June Tallis wrote on X.").empty());
  CHECK(Values("April Ryan asked a question.").empty());
  CHECK(Values("The vote in June was close.") == V{{"DATE", "June"}});
  CHECK(Values("In June Parliament sat late.") == V{{"DATE", "June"}});
  CHECK(Values("It was signed June 3 in Paris.") == V{{"DATE", "June 3"}});
}
