// test_quotes.cpp — quote shapes, attribution patterns, indirect speech and non-speech
// (issue 4). Every text here is invented for the test.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "assets/builtin_assets.h"
#include "core/analysis.h"

namespace {

ae::Analysis Run(const std::string& text) {
  ae::AnalyzeOptions options;
  options.measure_time = false;
  return ae::Analyze(text, ae::BuiltinLexicons(), options);
}

// The quote whose text contains `words`, or nullptr.
const ae::Quote* Find(const ae::Analysis& a, const std::string& words) {
  for (const ae::Quote& q : a.quotes) {
    if (a.Text(q.span).find(words) != std::string_view::npos) return &q;
  }
  return nullptr;
}

// The name of the quote's speaker entity, or "" when none.
std::string SpeakerName(const ae::Analysis& a, const ae::Quote* q) {
  if (q == nullptr || q->speaker < 0 || q->speaker >= static_cast<int>(a.entities.size())) return "";
  return a.entities[q->speaker].name;
}

bool EndsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

TEST_CASE("straight double quotes with a trailing attribution") {
  const auto a = Run("The mayor spoke on Friday.\n\n\"We will rebuild the bridge by spring,\" Maria Olsen said.\n");
  const ae::Quote* q = Find(a, "We will rebuild the bridge by spring");
  REQUIRE(q != nullptr);
  CHECK(q->kind == ae::QuoteKind::kDirect);
  CHECK(EndsWith(SpeakerName(a, q), "Olsen"));
  CHECK(q->cue == "said");
  CHECK(a.Text(q->span).find('"') == std::string_view::npos);  // marks are not part of the text
}

TEST_CASE("curly quotes, said X, and an interrupted quote gives two quotes by one speaker") {
  const auto a = Run(
      "Council votes on budget\n\n"
      "\xE2\x80\x9CThe budget is balanced,\xE2\x80\x9D said Peter Lindqvist, the council treasurer. "
      "\xE2\x80\x9CNobody should panic about the deficit.\xE2\x80\x9D\n");
  const ae::Quote* q1 = Find(a, "The budget is balanced");
  const ae::Quote* q2 = Find(a, "Nobody should panic");
  REQUIRE(q1 != nullptr);
  REQUIRE(q2 != nullptr);
  CHECK(q1 != q2);
  CHECK(q1->kind == ae::QuoteKind::kDirect);
  CHECK(q2->kind == ae::QuoteKind::kDirect);
  CHECK(EndsWith(SpeakerName(a, q1), "Lindqvist"));
  CHECK(q2->speaker == q1->speaker);
}

TEST_CASE("lead-in with a colon and with a comma") {
  const auto a = Run(
      "Anna Kowalski told reporters: \"The factory will stay open.\"\n\n"
      "Later Tomas Brenner said, \"We expect more orders next year.\"\n");
  const ae::Quote* q1 = Find(a, "The factory will stay open");
  const ae::Quote* q2 = Find(a, "We expect more orders");
  REQUIRE(q1 != nullptr);
  REQUIRE(q2 != nullptr);
  CHECK(EndsWith(SpeakerName(a, q1), "Kowalski"));
  CHECK(q1->cue == "told");
  CHECK(EndsWith(SpeakerName(a, q2), "Brenner"));
}

TEST_CASE("pronoun speaker resolves to the person and is added as a mention") {
  const auto a = Run(
      "Mr Jonas Eriksen arrived in the capital on Monday.\n\n"
      "\"We have come to listen,\" he said.\n");
  const ae::Quote* q = Find(a, "We have come to listen");
  REQUIRE(q != nullptr);
  CHECK(EndsWith(SpeakerName(a, q), "Eriksen"));
  CHECK(q->speaker_text == "he");
  REQUIRE(q->speaker >= 0);
  bool has_pronoun = false;
  for (const ae::Mention& m : a.entities[q->speaker].mentions) {
    if (m.kind == ae::MentionKind::kPronoun && a.Text(m.span) == "he") has_pronoun = true;
  }
  CHECK(has_pronoun);
}

TEST_CASE("floating quote paragraph inherits the previous speaker") {
  const auto a = Run(
      "\"Prices will fall this winter,\" Ms Helena Vargas said on Tuesday.\n\n"
      "\"The worst of the crisis is behind us.\"\n");
  const ae::Quote* q1 = Find(a, "Prices will fall");
  const ae::Quote* q2 = Find(a, "The worst of the crisis");
  REQUIRE(q1 != nullptr);
  REQUIRE(q2 != nullptr);
  CHECK(EndsWith(SpeakerName(a, q2), "Vargas"));
  CHECK(q2->speaker == q1->speaker);
}

TEST_CASE("multi-paragraph quote: only the last paragraph closes") {
  const auto a = Run(
      "Ms Ingrid Solberg described the night to reporters:\n\n"
      "\"The water came up faster than anyone expected.\n\n"
      "\"By midnight the whole street was flooded.\"\n\n"
      "The town council met the next day.\n");
  const ae::Quote* q = Find(a, "The water came up");
  REQUIRE(q != nullptr);
  CHECK(a.Text(q->span).find("whole street was flooded") != std::string_view::npos);
  CHECK(a.Text(q->span).find("council") == std::string_view::npos);
  CHECK(EndsWith(SpeakerName(a, q), "Solberg"));
}

TEST_CASE("an unbalanced mark does not swallow the rest of the article") {
  const auto a = Run(
      "\"This sentence never closes, said Karl Heinz.\n\n"
      "The second paragraph is plain narration about the harbour.\n\n"
      "\"Here is a real quote,\" Lena Fischer said.\n");
  for (const ae::Quote& q : a.quotes) {
    CHECK(a.Text(q.span).find("harbour") == std::string_view::npos);
  }
  const ae::Quote* q = Find(a, "Here is a real quote");
  REQUIRE(q != nullptr);
  CHECK(EndsWith(SpeakerName(a, q), "Fischer"));
}

TEST_CASE("single quotes as quote marks in a headline and a caption; apostrophes are not quotes") {
  const auto a = Run(
      "Rosa Mendez hails 'fresh start' at trade summit\n\n"
      "The ministers' talks lasted three hours and the workers' union was not invited.\n\n"
      "'Stay calm,' Mendez tells farmers worried about the drought\n");
  const ae::Quote* q1 = Find(a, "fresh start");
  REQUIRE(q1 != nullptr);
  CHECK(q1->kind == ae::QuoteKind::kPartial);
  CHECK(EndsWith(SpeakerName(a, q1), "Mendez"));
  const ae::Quote* q2 = Find(a, "Stay calm");
  REQUIRE(q2 != nullptr);
  CHECK(q2->kind == ae::QuoteKind::kDirect);
  CHECK(EndsWith(SpeakerName(a, q2), "Mendez"));
  CHECK(Find(a, "talks lasted") == nullptr);  // possessive apostrophes pair into nothing
}

TEST_CASE("'' pairs used as quote marks (NYT style)") {
  const auto a = Run("''We are not finished yet,'' said Samuel Okafor, the coach.\n");
  const ae::Quote* q = Find(a, "We are not finished yet");
  REQUIRE(q != nullptr);
  CHECK(q->kind == ae::QuoteKind::kDirect);
  CHECK(EndsWith(SpeakerName(a, q), "Okafor"));
}

TEST_CASE("nested quotes stay inside the outer quote") {
  const auto a = Run(
      "\"He told me 'never again' and left the room,\" Clara Jansen said.\n");
  const ae::Quote* q = Find(a, "He told me");
  REQUIRE(q != nullptr);
  CHECK(a.Text(q->span).find("never again") != std::string_view::npos);
  int inner = 0;
  for (const ae::Quote& x : a.quotes) inner += x.kind != ae::QuoteKind::kIndirect && x.span.start > q->span.start;
  CHECK(inner == 0);
}

TEST_CASE("according to, told, and a dash lead-in") {
  const auto a = Run(
      "The bridge will close in May, according to Olaf Lindgren.\n\n"
      "Mr Viktor Hale told the committee that the plan was too expensive.\n\n"
      "Greta Moll had one message \xE2\x80\x94 \"Vote early and vote often.\"\n");
  const ae::Quote* q1 = Find(a, "The bridge will close in May");
  REQUIRE(q1 != nullptr);
  CHECK(q1->kind == ae::QuoteKind::kIndirect);
  CHECK(q1->cue == "according to");
  CHECK(EndsWith(SpeakerName(a, q1), "Lindgren"));
  const ae::Quote* q2 = Find(a, "the plan was too expensive");
  REQUIRE(q2 != nullptr);
  CHECK(q2->kind == ae::QuoteKind::kIndirect);
  CHECK(EndsWith(SpeakerName(a, q2), "Hale"));
  const ae::Quote* q3 = Find(a, "Vote early");
  REQUIRE(q3 != nullptr);
  CHECK(q3->kind == ae::QuoteKind::kDirect);
}

TEST_CASE("indirect speech: X said that CLAUSE, X said CLAUSE, CLAUSE X said") {
  const auto a = Run(
      "Mr Paolo Ricci said that the harbour would reopen in June.\n\n"
      "Later Mr Ricci said his team had found no damage.\n\n"
      "The ferries will run twice a day, Mr Ricci said on Friday.\n\n"
      "Nearly 400 boats were stranded, port officials said.\n");
  const ae::Quote* q1 = Find(a, "the harbour would reopen in June");
  const ae::Quote* q2 = Find(a, "his team had found no damage");
  const ae::Quote* q3 = Find(a, "The ferries will run twice a day");
  const ae::Quote* q4 = Find(a, "Nearly 400 boats were stranded");
  REQUIRE(q1 != nullptr);
  REQUIRE(q2 != nullptr);
  REQUIRE(q3 != nullptr);
  REQUIRE(q4 != nullptr);
  for (const ae::Quote* q : {q1, q2, q3, q4}) CHECK(q->kind == ae::QuoteKind::kIndirect);
  CHECK(a.Text(q1->span).find("that") != 0);  // the clause, without "that"
  CHECK(EndsWith(SpeakerName(a, q1), "Ricci"));
  CHECK(EndsWith(SpeakerName(a, q2), "Ricci"));
  CHECK(EndsWith(SpeakerName(a, q3), "Ricci"));
  // No named entity: the words are kept, the speaker is unknown.
  CHECK(q4->speaker == -1);
  CHECK(q4->speaker_text == "port officials");
}

TEST_CASE("scare quotes and quoted names are not speech; partial quotes get the reporter") {
  const auto a = Run(
      "Delegates met for talks on the \"green corridor\" project near the \"Silver Coast\" region.\n\n"
      "Ms Nadia Petrova said the agreement marked a \"turning point\" for the region.\n");
  CHECK(Find(a, "green corridor") == nullptr);
  CHECK(Find(a, "Silver Coast") == nullptr);
  const ae::Quote* q = Find(a, "turning point");
  REQUIRE(q != nullptr);
  CHECK(q->kind == ae::QuoteKind::kPartial);
  CHECK(EndsWith(SpeakerName(a, q), "Petrova"));
  CHECK(q->confidence > 0);
  CHECK(q->confidence <= 1);
}

TEST_CASE("quote marks at scale stay linear") {
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "\"a\" ";  // 100,000 marks in one paragraph
  const auto a = Run(text);
  CHECK(a.quotes.size() <= 50000);
  std::string unbalanced(100000, '"');
  const auto b = Run(unbalanced);
  CHECK(b.quotes.size() <= 100000);
}

TEST_CASE("a participle cue takes the subject of the main clause, before an earlier quote") {
  const auto a = Run(
      "The council met on Friday.\n\n"
      "Lena Dahlberg told the council the budget \"adds up,\" adding, \"We will not raise taxes this year.\"\n");
  const ae::Quote* q = Find(a, "We will not raise taxes");
  REQUIRE(q != nullptr);
  CHECK(q->kind == ae::QuoteKind::kDirect);
  CHECK(EndsWith(SpeakerName(a, q), "Dahlberg"));
}

TEST_CASE("a name qualifying a person, and a place closing an apposition, are not the speaker") {
  const auto a = Run(
      "Workers walked out on Monday.\n\n"
      "\"We are ready to talk,\" said Brenner campaign manager Ida Falkenberg.\n\n"
      "Tomas Kerr, a teacher from Leeds, England, said the school was \"falling apart\" after years of cuts.\n");
  const ae::Quote* q1 = Find(a, "We are ready to talk");
  REQUIRE(q1 != nullptr);
  CHECK(EndsWith(SpeakerName(a, q1), "Falkenberg"));
  const ae::Quote* q2 = Find(a, "falling apart");
  REQUIRE(q2 != nullptr);
  CHECK(EndsWith(SpeakerName(a, q2), "Kerr"));
}

TEST_CASE("markup attributes and so-called labels are not speech") {
  const auto a = Run(
      "<post id=\"4471\" author=\"@deskwriter\">Rain again today</post>\n\n"
      "The so-called \"quiet zone\" covers the whole valley.\n");
  CHECK(Find(a, "4471") == nullptr);
  CHECK(Find(a, "deskwriter") == nullptr);
  CHECK(Find(a, "quiet zone") == nullptr);
}

TEST_CASE("a partial quote in a short reported clause gets a window around the quoted words") {
  const auto a = Run(
      "Mayor Ruth Okafor said the new tram line through the northern districts would be finished two years "
      "early and would carry more passengers than the old bus network ever did, calling it \"a gift\".\n\n"
      "Ruth Okafor said the plan was \"a gift\" to the city.\n");
  // Short clause: a window around the quoted words.
  const ae::Quote* shortq = Find(a, "the plan was");
  REQUIRE(shortq != nullptr);
  CHECK(shortq->kind == ae::QuoteKind::kPartial);
  CHECK(a.Text(shortq->span).find("a gift") != std::string_view::npos);
}

TEST_CASE("a long reported clause around a short quote is reported whole") {
  const auto a = Run(
      "Pia Lund says the committee that reviewed the harbour contracts over the past three winters found that "
      "most of the payments had been made without any of the checks the rules require, and that this was "
      "\"a disgrace\" for the port.\n");
  const ae::Quote* q = Find(a, "a disgrace");
  REQUIRE(q != nullptr);
  CHECK(q->kind == ae::QuoteKind::kPartial);
  CHECK(a.Text(q->span).find("the committee that reviewed") != std::string_view::npos);
  CHECK(EndsWith(SpeakerName(a, q), "Lund"));
}

TEST_CASE("confidence: a named speaker is surer than one reached through a pronoun") {
  const auto a = Run(
      "Mr Jonas Eriksen arrived in the capital on Monday.\n\n"
      "\"The talks went well,\" Mr Eriksen said.\n\n"
      "\"We will meet again in May,\" he said.\n");
  const ae::Quote* named = Find(a, "The talks went well");
  const ae::Quote* pronoun = Find(a, "We will meet again");
  REQUIRE(named != nullptr);
  REQUIRE(pronoun != nullptr);
  CHECK(pronoun->speaker == named->speaker);
  CHECK(named->confidence > pronoun->confidence);
}

TEST_CASE("asked with a clause is indirect speech") {
  const auto a = Run("Ilse Brandt asked that the ministry publish all the figures before the vote.\n");
  const ae::Quote* q = Find(a, "the ministry publish all the figures");
  REQUIRE(q != nullptr);
  CHECK(q->kind == ae::QuoteKind::kIndirect);
  CHECK(EndsWith(SpeakerName(a, q), "Brandt"));
}

TEST_CASE("a speaker with an apposition before the verb, and a clause without a determiner after it") {
  // "X, the principal, said classes would resume": the words after the verb are the clause
  // (a finite verb follows), not the speaker of an inverted "CLAUSE, said X".
  const auto a = Run(
      "Dr. Ana Ruiz, the school's principal, said classes would resume on Monday.\n\n"
      "The repairs are finished, said Mr Tomas Berg.\n");
  const ae::Quote* q1 = Find(a, "classes would resume");
  REQUIRE(q1 != nullptr);
  CHECK(q1->kind == ae::QuoteKind::kIndirect);
  CHECK(a.Text(q1->span).find("Ruiz") == std::string_view::npos);
  CHECK(EndsWith(SpeakerName(a, q1), "Ruiz"));
  const ae::Quote* q2 = Find(a, "The repairs are finished");
  REQUIRE(q2 != nullptr);
  CHECK(EndsWith(SpeakerName(a, q2), "Berg"));
}

TEST_CASE("a wire dateline is neither part of the reported words nor their speaker") {
  const auto a = Run(
      "KIRKWALL, Scotland (Wire Service) - Harbour fees will rise in the spring, the council said on Friday.\n\n"
      "LERWICK (Wire Service) - Ferry crews will strike next week, according to union officials.\n");
  const ae::Quote* q = Find(a, "Harbour fees will rise");
  REQUIRE(q != nullptr);
  const std::string said(a.Text(q->span));
  CHECK(said.find("KIRKWALL") == std::string::npos);
  CHECK(said.find("Wire Service") == std::string::npos);
  CHECK(SpeakerName(a, q) != "Kirkwall");
  for (const ae::Quote& quote : a.quotes) {
    const std::string s(a.Text(quote.span));
    CHECK(s.find("LERWICK") == std::string::npos);
  }
}

TEST_CASE("a place in an opening prepositional phrase is not the speaker") {
  const auto a = Run(
      "In Leeds, the council said the bridge would reopen next week.\n\n"
      "At Harwick, officials said the road was closed.\n");
  const ae::Quote* q = Find(a, "the bridge would reopen");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) != "Leeds");
  const ae::Quote* r = Find(a, "the road was closed");
  REQUIRE(r != nullptr);
  CHECK(SpeakerName(a, r) != "Harwick");
}

TEST_CASE("a verb after a comma attributes only when a speaker follows it") {
  // "..., said a government spokesman": a description follows; "..., promised more systems": none.
  const auto a = Run(
      "The talks will resume in May, said a government spokesman.\n\n"
      "Chancellor Ines Varga, speaking alongside the visiting prime minister, promised more "
      "air-defence systems.\n");
  const ae::Quote* q = Find(a, "The talks will resume");
  REQUIRE(q != nullptr);
  for (const ae::Quote& quote : a.quotes) {
    CHECK(std::string(a.Text(quote.span)).find("speaking alongside") == std::string::npos);
  }
}

TEST_CASE("a relative clause between the subject and the verb is an aside, not the speaker") {
  const auto a = Run("The Brindle Nursing Union, which represents nurses across the United Kingdom, said the walkout "
                     "would last two days.\n\nThe bank, which is based in Hamburg, said that profits had doubled.\n");
  const ae::Quote* q = Find(a, "the walkout would last two days");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) != "United Kingdom");
  CHECK(q->speaker_text.find("Union") != std::string::npos);
  const ae::Quote* b = Find(a, "profits had doubled");
  REQUIRE(b != nullptr);
  CHECK(b->speaker_text == "The bank");
}

TEST_CASE("a reported clause may hold a name before its verb") {
  const auto a = Run("Pat Corrigan said talks with the Department of Health had collapsed.\n");
  const ae::Quote* q = Find(a, "talks with the Department of Health had collapsed");
  REQUIRE(q != nullptr);
  CHECK(q->kind == ae::QuoteKind::kIndirect);
  CHECK(SpeakerName(a, q) == "Pat Corrigan");
}

TEST_CASE("a company named after a conjunction-like preposition is the speaker") {
  const auto a = Run("Shares in the refinery fell after Ineos said it would sell its stake.\n");
  const ae::Quote* q = Find(a, "it would sell its stake");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Ineos");
}

TEST_CASE("the company said: an organisation's description speaks for it") {
  const auto a = Run("Corvane Energy AG said on Monday it would cut 4,000 jobs.\n\n"
                     "The company said the cuts were needed to return to profit. The German company said in a "
                     "statement that no plant would close. \"We act out of caution,\" the statement said.\n");
  const ae::Quote* first = Find(a, "it would cut 4,000 jobs");
  REQUIRE(first != nullptr);
  CHECK(a.Text(first->span).rfind("it would", 0) == 0);  // "on Monday" is no part of the words
  CHECK(SpeakerName(a, first) == "Corvane Energy AG");
  CHECK(SpeakerName(a, Find(a, "the cuts were needed")) == "Corvane Energy AG");
  CHECK(SpeakerName(a, Find(a, "no plant would close")) == "Corvane Energy AG");
  CHECK(SpeakerName(a, Find(a, "We act out of caution")) == "Corvane Energy AG");
}

TEST_CASE("the department: a description is linked to the organisation whose name holds it") {
  const auto a = Run("Unions met the Department of Labour and Cresswell Mining Ltd on Tuesday.\n\n"
                     "The department said it was disappointed.\n");
  const ae::Quote* q = Find(a, "it was disappointed");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Department of Labour");
}

TEST_CASE("the company with two companies before it stays unlinked") {
  const auto a = Run("Cresswell Mining Ltd and Ardent Copper Inc agreed to merge.\n\nThe company said the deal "
                     "would close in May.\n");
  const ae::Quote* q = Find(a, "the deal would close in May");
  REQUIRE(q != nullptr);
  CHECK(q->speaker < 0);
}

TEST_CASE("recall as speech needs that: a product recall is no reported speech") {
  const auto a = Run("Helvane Pharma AG is recalling 42 batches of its blood-pressure drug in Europe.\n\n"
                     "The chief executive recalled that the plant had passed every inspection.\n");
  CHECK(Find(a, "42 batches") == nullptr);
  CHECK(Find(a, "the plant had passed every inspection") != nullptr);
}

TEST_CASE("it said: an organisation speaks through it") {
  const auto a = Run("The Brindle Nurses Union said the walkout would last two days. \"We have been left with no "
                     "choice,\" it said.\n\nIt said talks would resume in May.\n");
  CHECK(SpeakerName(a, Find(a, "We have been left with no choice")) == "Brindle Nurses Union");
  CHECK(SpeakerName(a, Find(a, "talks would resume in May")) == "Brindle Nurses Union");
}

TEST_CASE("a union named without the word: the union said") {
  const auto a = Run("Unison, which represents most council staff, said up to 45 posts were at risk. The union "
                     "said it would ballot members.\n");
  CHECK(SpeakerName(a, Find(a, "up to 45 posts were at risk")) == "Unison");
  CHECK(SpeakerName(a, Find(a, "it would ballot members")) == "Unison");
}

TEST_CASE("the council long after the council was named") {
  const auto a = Run("Harlow Vale City Council approved the cuts.\n\nResidents protested. Tom Hartley said it was "
                     "unfair. Ann Roe said the plan was cruel.\n\nShops closed early.\n\n"
                     "The council said in a statement that no library would close.\n");
  CHECK(SpeakerName(a, Find(a, "no library would close")) == "Harlow Vale City Council");
}

TEST_CASE("a count before a speech verb makes it a noun: seven states") {
  const auto a = Run("Kessmoor's, which is based in Beaverton and runs 410 stores in seven states, said it would "
                     "appeal.\n\nThe senator, who in 2010 said the plan would fail, changed course.\n");
  const ae::Quote* q = Find(a, "it would appeal");
  REQUIRE(q != nullptr);
  CHECK(a.Text(q->span) == "it would appeal");
  CHECK(q->cue == "said");
  CHECK(Find(a, "the plan would fail") != nullptr);  // a year is no count
}

TEST_CASE("a nationality before a description and a name qualifies the name") {
  const auto a = Run("Danish shipping group Maersk said it would cut 4,000 jobs.\n");
  CHECK(SpeakerName(a, Find(a, "it would cut 4,000 jobs")) == "Maersk");
}

TEST_CASE("a quote after a sentence naming one person, and the chief executive two sentences on") {
  const auto a = Run("ORLEN, Sweden - Anders Lindvik keeps a dented cell on his desk. It failed every test.\n\n"
                     "\"I keep it so nobody forgets how bad we were,\" the chief executive told the Post.\n\n"
                     "Ann Roe, an analyst, said the firm was cautious. \"They wait,\" she said.\n\n"
                     "Asked about China, Lindvik was blunt. \"We cannot win on price.\"\n");
  CHECK(SpeakerName(a, Find(a, "I keep it so nobody forgets")) == "Anders Lindvik");
  CHECK(SpeakerName(a, Find(a, "We cannot win on price")) == "Anders Lindvik");
  CHECK(SpeakerName(a, Find(a, "They wait")) == "Ann Roe");
}

TEST_CASE("an of inside a title governs nothing: Secretary of State X told reporters") {
  const auto a = Run("Secretary of State Anton Blinwick told reporters in Brussels that the allies had agreed on a "
                     "plan.\n");
  CHECK(SpeakerName(a, Find(a, "the allies had agreed on a plan")) == "Anton Blinwick");
}

TEST_CASE("an apposition that opens with a job is no speaker: X, chief UK economist at Y, said") {
  const auto a = Run("Sanjay Mehra, chief UK economist at Barwick, said the Bank had left the door open to another "
                     "cut.\n");
  CHECK(SpeakerName(a, Find(a, "the Bank had left the door open")) == "Sanjay Mehra");
}

TEST_CASE("according to reports in a paper: the paper; agreeing a fee is no speech") {
  const auto a = Run("Aston Vale are closing in on a deal for the winger after the two clubs agreed a fee of 65 "
                     "million euros, according to reports in Marcado.\n");
  const ae::Quote* q = Find(a, "closing in on a deal");
  REQUIRE(q != nullptr);
  CHECK(q->cue == "according to");
  for (const ae::Quote& x : a.quotes) CHECK(x.cue != "agreed");
  CHECK(q->speaker_text == "Marcado");
}

TEST_CASE("a partial quote's clause starts after an adverbial and that") {
  const auto a = Run("Foreign Minister Marco Ebrardo wrote on Twitter after the meeting that the discussion had been "
                     "\"very successful\".\n");
  const ae::Quote* q = Find(a, "very successful");
  REQUIRE(q != nullptr);
  CHECK(q->kind == ae::QuoteKind::kPartial);
  CHECK(a.Text(q->span).rfind("the discussion had been", 0) == 0);
}

TEST_CASE("a company's longer description speaks for it; figures that rose are reported speech") {
  const auto a = Run("Marrowind Systems Inc raised its outlook on Wednesday.\n\nThe Denver-based cloud software "
                     "company said revenue rose 18% in the quarter, according to data compiled by Kestrel. "
                     "Its finance chief said quarterly margins narrowed slightly.\n");
  const ae::Quote* q = Find(a, "revenue rose 18% in the quarter");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Marrowind Systems Inc");  // not the place inside the description
  CHECK(Find(a, "quarterly margins narrowed slightly") != nullptr);
  // without a verb of change or an auxiliary, a bare noun after "said" opens no clause
  const auto b = Run("Marrowind Systems Inc said revenue targets for staff.\n");
  CHECK(b.quotes.empty());
}

TEST_CASE("entity-stage titles and descriptions: Cllr, the sheriff, the lender, the sheriff's office") {
  const auto a = Run("Cllr Maeve Tolland opposed the plan. \"It is a mistake,\" Cllr Tolland said.\n\n"
                     "Harrow County Sheriff Dale Pruett was furious. \"We were set up,\" the sheriff said. "
                     "The Harrow County Sheriff's Office said it would keep patrolling.\n\n"
                     "The International Monetary Fund ended its visit. The lender said growth would slow.\n");
  CHECK(SpeakerName(a, Find(a, "It is a mistake")) == "Maeve Tolland");
  CHECK(SpeakerName(a, Find(a, "We were set up")) == "Dale Pruett");
  CHECK(SpeakerName(a, Find(a, "it would keep patrolling")) == "Harrow County Sheriff's Office");
  CHECK(SpeakerName(a, Find(a, "growth would slow")) == "International Monetary Fund");
}

TEST_CASE("a name inside the quote is no antecedent of the speaker's pronoun after it") {
  const auto a = Run("Marcelo Duarte, speaking to a broadcaster, said his client had not asked to leave. \"Tiago "
                     "Moreira is happy in Spain, but England is the dream,\" he said.\n");
  const ae::Quote* q = Find(a, "is happy in Spain");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Marcelo Duarte");
}

TEST_CASE("reported speech: apostrophes, an apposed subject, a named listener, a who-clause aside") {
  const auto a = Run(
      "After the vote, the Labour-run authority said it understood residents' anger.\n\n"
      "Pavel Horak, a senior fellow at a Prague think-tank, says the sector made a costly error.\n\n"
      "His agent, Rhys Talbot, told The Courier his client had never asked to leave.\n\n"
      "Greta Moll, who joined in 2021 after years at rival Verdant SpA, said Solvane would bid again.\n");
  const ae::Quote* anger = Find(a, "it understood residents' anger");
  REQUIRE(anger != nullptr);  // the possessive apostrophe is no quote mark
  REQUIRE(anger->speaker_span.has_value());
  CHECK(a.Text(*anger->speaker_span).find("After") == std::string_view::npos);
  CHECK(Find(a, "After the vote") == nullptr);  // "said it ...": the verb is no tail
  CHECK(SpeakerName(a, Find(a, "the sector made a costly error")) == "Pavel Horak");
  CHECK(SpeakerName(a, Find(a, "his client had never asked to leave")) == "Rhys Talbot");
  CHECK(SpeakerName(a, Find(a, "Solvane would bid again")) == "Greta Moll");
}

TEST_CASE("a pronoun speaker far from any name follows the chain of pronouns, not the latest name") {
  // "her" in the second paragraph was Rosa Lind (the subject three sentences back); the latest
  // woman named is her aunt, but the pronouns are still about Rosa.
  const auto a = Run("Rosa Lind grew up in Tromso, the niece of Astrid Lind, who ran a bakery.\n\n"
                     "In 1990 the producer Karl Weber heard her sing. Record companies were slow to notice. "
                     "The band toured the north for a decade.\n\n"
                     "\"I never wanted a bigger stage,\" she told a local paper in 1995.\n");
  const ae::Quote* q = Find(a, "I never wanted a bigger stage");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Rosa Lind");
}

TEST_CASE("a Title Case title in apposition, its comma inside the marks, is no speech") {
  const auto a = Run("Her 1983 album, \xE2\x80\x9CSalt and Heather,\xE2\x80\x9D sold a million copies. "
                     "\xE2\x80\x9CWe never changed a word,\xE2\x80\x9D she said.\n");
  CHECK(Find(a, "Salt and Heather") == nullptr);
  CHECK(Find(a, "We never changed a word") != nullptr);
}

TEST_CASE("'the agency' after a sentence naming two bodies is the one named most, quoted names aside") {
  const auto a = Run("The Federal Trade Commission sued on Tuesday to block Norvale Inc.'s purchase of Quillbrook.\n\n"
                     "\"Norvale isn't buying Quillbrook to make it better,\" said Dana Ruiz, director of the FTC's "
                     "Bureau of Competition.\n\n"
                     "The agency said Norvale could raise prices for rival clouds.\n");
  const ae::Quote* q = Find(a, "Norvale could raise prices");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Federal Trade Commission");
}

TEST_CASE("a body's name before capitalised words and a possessive qualifies the person after it") {
  const auto a = Run("The NDP Opposition's education critic, Amrit Sandhu, said the bill went too far.\n");
  const ae::Quote* q = Find(a, "the bill went too far");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Amrit Sandhu");
}

TEST_CASE("'It says' after a person's quote is the organisation named nearest, not nobody") {
  const auto a = Run("\"We will not back down,\" Carla Benoit said.\n\n"
                     "The Alberta Support Staff Union, which represents the workers, is asking for 14 per cent. It "
                     "says many of its members earn less than $35,000 a year.\n");
  const ae::Quote* q = Find(a, "many of its members earn less");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Alberta Support Staff Union");
}

TEST_CASE("a pronoun fused with its auxiliary opens a reported clause: she'd, they're, he'll") {
  const auto a = Run("Mayor Ines Dalberg said she'd veto the parking levy.\n\n"
                     "Oskar Brandt said they\xE2\x80\x99re planning a second vote in May.\n");
  const ae::Quote* q1 = Find(a, "veto the parking levy");
  REQUIRE(q1 != nullptr);
  CHECK(q1->kind == ae::QuoteKind::kIndirect);
  CHECK(SpeakerName(a, q1) == "Ines Dalberg");
  const ae::Quote* q2 = Find(a, "planning a second vote");
  REQUIRE(q2 != nullptr);
  CHECK(SpeakerName(a, q2) == "Oskar Brandt");
}

TEST_CASE("a speech word that is also a noun: after of, a possessive or a modifier it is no verb") {
  const auto a = Run("Editor's note: the timetable was corrected on Friday to show the new ferry times.\n\n"
                     "In several coastal swing states the turnout is likely to rise again next year.\n\n"
                     "The deputy secretary of state rejected the plan, and Tove Lund notes the vote was close.\n");
  CHECK(Find(a, "the timetable was corrected") == nullptr);
  CHECK(Find(a, "the turnout is likely to rise") == nullptr);
  CHECK(Find(a, "rejected the plan") == nullptr);
  const ae::Quote* q = Find(a, "the vote was close");  // after a noun head it is a verb
  REQUIRE(q != nullptr);
  CHECK(q->kind == ae::QuoteKind::kIndirect);
}

TEST_CASE("verbs that take a noun-phrase object report a clause only with that or a finite verb") {
  const auto a = Run("The Halvorsen Foundation maintains a training scheme for young council members in the north.\n\n"
                     "At the hearing, Mara Lind mentioned the cuts imposed on rural schools as proof of neglect.\n\n"
                     "Per Voss denied he had met the developers before the vote.\n");
  CHECK(Find(a, "a training scheme for young council") == nullptr);
  CHECK(Find(a, "the cuts imposed on rural schools") == nullptr);
  const ae::Quote* q = Find(a, "he had met the developers");
  REQUIRE(q != nullptr);
  CHECK(q->kind == ae::QuoteKind::kIndirect);
  CHECK(SpeakerName(a, q) == "Per Voss");
}

TEST_CASE("two reports in one sentence: X said A, though she noted B; X said A and said B") {
  const auto a = Run("Lena Ostrow said the depot would reopen in June, though she noted the repairs were behind "
                     "schedule.\n\n"
                     "Karl Fenner said the club had no debts and said the stadium sale was off the table.\n\n"
                     "Tomas Reuter said his client had never asked for a transfer but had told the coach he wanted "
                     "more minutes.\n");
  const ae::Quote* q1 = Find(a, "the depot would reopen in June");
  const ae::Quote* q2 = Find(a, "the repairs were behind schedule");
  REQUIRE(q1 != nullptr);
  REQUIRE(q2 != nullptr);
  CHECK(q1 != q2);
  CHECK(a.Text(q1->span).find("repairs") == std::string_view::npos);
  CHECK(SpeakerName(a, q2) == "Lena Ostrow");
  const ae::Quote* q3 = Find(a, "the club had no debts");
  const ae::Quote* q4 = Find(a, "the stadium sale was off the table");
  REQUIRE(q3 != nullptr);
  REQUIRE(q4 != nullptr);
  CHECK(q3 != q4);
  CHECK(SpeakerName(a, q4) == "Karl Fenner");
  // "but had told": the second verb is the reported clause's own, not a second report
  const ae::Quote* q5 = Find(a, "his client had never asked for a transfer");
  REQUIRE(q5 != nullptr);
  CHECK(a.Text(q5->span).find("more minutes") != std::string_view::npos);
}

TEST_CASE("quote marks outside the reported clause leave it reported speech") {
  const auto a = Run("Nina Calloway urged residents to \"stay calm\" and said the water supply would be restored "
                     "by Sunday.\n\n"
                     "Jonas Pike said the repairs were \"nearly done\" after a long week.\n");
  const ae::Quote* q = Find(a, "the water supply would be restored");
  REQUIRE(q != nullptr);
  CHECK(q->kind == ae::QuoteKind::kIndirect);
  CHECK(SpeakerName(a, q) == "Nina Calloway");
  // a mark inside the clause: the partial quote carries it, no indirect clause
  for (const ae::Quote& x : a.quotes) {
    if (a.Text(x.span).find("the repairs were") != std::string_view::npos) CHECK(x.kind != ae::QuoteKind::kIndirect);
  }
}

TEST_CASE("'according to X, which says ...': the source's own report follows; a number after 'about' opens it") {
  const auto a = Run("The strike has closed schools in Edmonton and Calgary, according to the Alberta School "
                     "Trustees' Council, which says about 220,000 students have been affected.\n");
  const ae::Quote* q = Find(a, "about 220,000 students have been affected");
  REQUIRE(q != nullptr);
  CHECK(q->kind == ae::QuoteKind::kIndirect);
  CHECK(SpeakerName(a, q) == "Alberta School Trustees' Council");
  CHECK(Find(a, "The strike has closed schools") != nullptr);
}

TEST_CASE("a verb between two people is no job: the participle's speaker is the subject") {
  const auto a = Run("Donald Trump attacked Hillary Clinton for her support of military action, saying, \"She is "
                     "trigger-happy and very unstable.\"\n");
  const ae::Quote* q = Find(a, "trigger-happy and very unstable");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Donald Trump");
}

TEST_CASE("a quote set off by a dash right after a person's name is that person's") {
  const auto a = Run("A chorus of prominent Republicans has said the same thing, including the former candidate "
                     "Mitt Romney -- \"It is disqualifying for a nominee to refuse\" -- and Fred Goldberg, a former "
                     "official.\n");
  const ae::Quote* q = Find(a, "It is disqualifying for a nominee");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Mitt Romney");
}

TEST_CASE("'the teenager' is the one person of the nearest sentence naming people, as 'the minister' is") {
  const auto a = Run("Callum Reid, 19, came through the academy. \"I just closed my eyes and hit it,\" the teenager "
                     "told the club's channel.\n");
  const ae::Quote* q = Find(a, "I just closed my eyes and hit it");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Callum Reid");
}

TEST_CASE("an abbreviated title answers to its full word: 'Gov.' ... 'the governor said', 'Sen.' ... 'the senator'") {
  // Two people with roles, so recency alone cannot pick: the title must.
  const auto a = Run("Gov. Dana Whitfield signed the bill on Friday beside Mayor Omar Lister. \"This keeps the "
                     "state open,\" the governor said.\n\nSen. Ruth Calder and Mayor Lister spoke later. \"We will "
                     "appeal,\" the senator said.\n");
  const ae::Quote* q = Find(a, "This keeps the state open");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Dana Whitfield");
  const ae::Quote* r = Find(a, "We will appeal");
  REQUIRE(r != nullptr);
  CHECK(SpeakerName(a, r) == "Ruth Calder");
}

TEST_CASE("a business's noun is no regulator named beside it, and a regulator's noun no company") {
  const auto a = Run("The Securities and Exchange Board of India (SEBI) has ordered an audit of Vardhan Industries "
                     "Ltd's loans, the conglomerate said on Thursday.\n\nThe Reserve Bank of India asked banks for "
                     "their exposure. Lenders hold much of Vardhan's debt. The regulator said it had acted on a "
                     "complaint.\n");
  const ae::Quote* q = Find(a, "has ordered an audit");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Vardhan Industries Ltd");
  const ae::Entity* rbi = nullptr;
  for (const ae::Entity& e : a.entities) {
    if (e.name == "Reserve Bank of India") rbi = &e;
  }
  REQUIRE(rbi);
  bool regulator = false;
  for (const ae::Mention& m : rbi->mentions) regulator = regulator || a.Text(m.span) == "The regulator";
  CHECK(regulator);
}

TEST_CASE("'on media reports about': a cue word after a preposition and a lower-case noun is a noun") {
  const auto a = Run("The exchange has sought a clarification from the company on media reports about the audit, "
                     "which first appeared on Wednesday.\n");
  CHECK(a.quotes.empty());
}

TEST_CASE("'The company, whose clients include Tesco, said': the relative clause is an aside, brackets too") {
  const auto a = Run("Lumora Systems Inc. will cut 1,100 jobs. The Nasdaq-listed company, whose clients include "
                     "McDonald's and the supermarket group Tesco, said the cuts amounted to 12% of its workforce.\n\n"
                     "Cllr Graham Whitworth (Con, Holmfield), whose ward includes the surgery, told the committee that "
                     "the decision was wrong.\n");
  const ae::Quote* q = Find(a, "the cuts amounted to 12% of its workforce");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Lumora Systems Inc.");
  const ae::Quote* r = Find(a, "the decision was wrong");
  REQUIRE(r != nullptr);
  CHECK(SpeakerName(a, r) == "Graham Whitworth");
}

TEST_CASE("reported speech: a quantifier or a number as the subject of 'said'; a negative contraction as a finite verb") {
  const auto a = Run("Voters were asked about the plan. Some said they had cringed as the mayor spoke. One in three "
                     "said the party did not care. Analysts said stocks aren't a good investment now.\n");
  CHECK(Find(a, "they had cringed as the mayor spoke") != nullptr);
  CHECK(Find(a, "the party did not care") != nullptr);
  CHECK(Find(a, "stocks aren't a good investment now") != nullptr);
}

TEST_CASE("an asked question opens at its wh-word, after the listener") {
  const auto a = Run("Maria Lopez shook hands and asked workers if they planned to attend the caucuses.\n");
  const ae::Quote* q = Find(a, "if they planned to attend the caucuses");
  REQUIRE(q != nullptr);
  CHECK(a.Text(q->span).substr(0, 2) == "if");
  CHECK(SpeakerName(a, q) == "Maria Lopez");
}

TEST_CASE("'said in a statement Thursday night they pulled ...': a pronoun after a word of time or occasion opens the clause") {
  const auto a = Run("United Gun Group said in a statement Thursday night they pulled the listing from the site. Ana "
                     "Ruiz complained about the hate he sees in the country.\n");
  const ae::Quote* q = Find(a, "they pulled the listing from the site");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "United Gun Group");
  CHECK(Find(a, "he sees in the country") == nullptr);  // a relative clause, no report
}

TEST_CASE("a participle's aside between subject and verb names no speaker") {
  const auto a = Run("Marcelo Duarte, speaking to the Brazilian broadcaster SporTV, said his client had not asked to "
                     "leave.\n");
  const ae::Quote* q = Find(a, "his client had not asked to leave");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Marcelo Duarte");
}

TEST_CASE("', and X, a trade body, says': a comma and a conjunction after a clause start a new one") {
  const auto a = Run("Danish developer Skagen Vind A/S last month halted work on two projects, and the Offshore Wind "
                     "Industry Council (OWIC), a trade body, says turbine prices have risen by about 40 per cent.\n");
  const ae::Quote* q = Find(a, "turbine prices have risen by about 40 per cent");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Offshore Wind Industry Council");
}

TEST_CASE("'CLAUSE, and X said the plan failed': the report follows the verb, the clause before is no quote") {
  const auto a = Run("The mayor met voters on Friday, and John Smith said the plan failed.\n\nJohn Smith, Mary Jones, "
                     "and Ann Brown said the budget failed.\n");
  const ae::Quote* q = Find(a, "the plan failed");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "John Smith");
  CHECK(Find(a, "The mayor met voters on Friday") == nullptr);
  CHECK(Find(a, "the budget failed") != nullptr);
  CHECK(Find(a, "John Smith, Mary Jones") == nullptr);
}

TEST_CASE("a second report with a described subject ends the first; 'told Reuters the deal was dead'") {
  const auto a = Run("Officials said on Monday that at least 12 people had died, and police said the search would "
                     "continue.\n\nJohn Smith told Reuters the deal was dead, adding that talks could resume.\n");
  const ae::Quote* q = Find(a, "at least 12 people had died");
  REQUIRE(q != nullptr);
  CHECK(a.Text(q->span).find("search") == std::string_view::npos);
  CHECK(Find(a, "the search would continue") != nullptr);
  const ae::Quote* r = Find(a, "the deal was dead");
  REQUIRE(r != nullptr);
  CHECK(SpeakerName(a, r) == "John Smith");
}

TEST_CASE("a second report whose subject opens with a possessive name ends the first") {
  const auto a = Run("The Kremlin said on Friday it had no plans for talks, while Ukraine's foreign ministry said "
                     "Kyiv was ready.\n");
  const ae::Quote* q = Find(a, "it had no plans for talks");
  REQUIRE(q != nullptr);
  CHECK(a.Text(q->span).find("Kyiv") == std::string_view::npos);
  CHECK(Find(a, "Kyiv was ready") != nullptr);
}

TEST_CASE("'confirmed it, and ...': a pronoun object before a comma opens no reported clause") {
  const auto a = Run("Borussia Dortmund confirmed it, and Jonas Pfeiffer told Kicker on Monday that he was happy.\n");
  for (const ae::Quote& q : a.quotes) CHECK(a.Text(q.span).find("Pfeiffer told") == std::string_view::npos);
  CHECK(Find(a, "he was happy") != nullptr);
}

TEST_CASE("a hyphenated surname alone, and a title with its 'of' phrase in apposition, name the speaker") {
  const auto a = Run("Governor of the apex bank, Dr. Folasade Adekunle-Ige, spoke in Abuja on Tuesday.\n\n"
                     "\"Price stability remains our mandate,\" Adekunle-Ige said.\n\n"
                     "According to the governor, inflation rose to 27.8 per cent in June.\n\n"
                     "The congress met. Its President, Comrade Bello Ajiboye, said the congress would meet again.\n");
  const ae::Quote* q1 = Find(a, "Price stability remains our mandate");
  REQUIRE(q1);
  CHECK(SpeakerName(a, q1) == "Folasade Adekunle-Ige");
  const ae::Quote* q2 = Find(a, "inflation rose to 27.8 per cent in June");
  REQUIRE(q2);
  CHECK(SpeakerName(a, q2) == "Folasade Adekunle-Ige");
  for (const ae::Entity& e : a.entities) {
    if (e.name == "Bello Ajiboye") CHECK(std::find(e.roles.begin(), e.roles.end(), "President") != e.roles.end());
    if (e.name == "Folasade Adekunle-Ige")
      CHECK(std::find(e.roles.begin(), e.roles.end(), "Governor of the apex bank") != e.roles.end());
  }
}

TEST_CASE("'the' and a nationality with no noun after it is the person of that nationality") {
  const auto a = Run("Czech qualifier Marketa Vondraskova beat Australian Isla Brennan 6-3 on Thursday.\n\n"
                     "\"I had my chances and I didn't take them,\" the Australian told reporters.\n\n"
                     "Lucia Montilla watched from the stands. Asked about the final, the Czech laughed. \"I will "
                     "sleep first,\" she said.\n\n"
                     "The Australian government said nothing.\n");
  const ae::Quote* q1 = Find(a, "I had my chances and I didn't take them");
  REQUIRE(q1);
  CHECK(SpeakerName(a, q1) == "Isla Brennan");
  const ae::Quote* q2 = Find(a, "I will sleep first");
  REQUIRE(q2);
  CHECK(SpeakerName(a, q2) == "Marketa Vondraskova");
  for (const ae::Entity& e : a.entities) {
    if (e.name != "Isla Brennan") continue;
    int descriptions = 0;
    for (const ae::Mention& m : e.mentions) descriptions += m.kind == ae::MentionKind::kDescriptor;
    CHECK(descriptions == 1);  // not "The Australian government"
  }
}

TEST_CASE("reported clauses opened by a plural noun and a verb in -ed, after a listener 'the court', or far after 'told'") {
  const auto a = Run("The Deschutes County Sheriff's Office said deputies tracked the pickup through a piece of "
                     "its grille.\n\n"
                     "His attorney, Dean Halloran, told the court his client had been sober for seven months.\n\n"
                     "The mayor, Ann Lee, said residents wanted more buses.\n\n"
                     "The governor, Folasade Adekunle-Ige, told journalists at the end of the two-day meeting of "
                     "the committee in Abuja that nine of the 12 members had voted for the increase.\n");
  const ae::Quote* q1 = Find(a, "deputies tracked the pickup through a piece of its grille");
  REQUIRE(q1);
  CHECK(q1->kind == ae::QuoteKind::kIndirect);
  const ae::Quote* q2 = Find(a, "his client had been sober for seven months");
  REQUIRE(q2);
  CHECK(SpeakerName(a, q2) == "Dean Halloran");
  const ae::Quote* q3 = Find(a, "residents wanted more buses");
  REQUIRE(q3);
  CHECK(SpeakerName(a, q3) == "Ann Lee");
  const ae::Quote* q4 = Find(a, "nine of the 12 members had voted for the increase");
  REQUIRE(q4);
  CHECK(SpeakerName(a, q4) == "Folasade Adekunle-Ige");
}

TEST_CASE("a first name's gender is a guess the text may overrule") {
  const auto a = Run("Tasneem Ahmed of ActionAid said rich countries were hiding. \"They need money that arrives,\" "
                     "she said.\n\n"
                     "The envoy of Samoa, Tavita Leaupepe, said the group had come to talk.\n\n"
                     "Leaupepe said island nations would push for a decision in November. \"We cannot go home and "
                     "tell our people to wait another year,\" she said.\n");
  const ae::Quote* q = Find(a, "We cannot go home and tell our people to wait another year");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "Tavita Leaupepe");  // "Tavita" is listed as a man's name
  const ae::Quote* q0 = Find(a, "They need money that arrives");
  REQUIRE(q0);
  CHECK(SpeakerName(a, q0) == "Tasneem Ahmed");
}

TEST_CASE("reported clauses: hyphenated subjects, 'told the BBC', 'warned the MPC could', a named employer's analysts") {
  const auto a = Run("Amrit Sandhu said back-to-work legislation should be a last resort.\n\n"
                     "Lucia Ccama, 52, told the BBC she had run outside with her grandson.\n\n"
                     "Economists at Capital Economics said they expected rates to fall, while Deutsche Bank analysts "
                     "warned the MPC could pause if pay growth failed to slow.\n\n"
                     "Daniel Okafor said about 200 children used the centre every week.\n");
  const ae::Quote* q1 = Find(a, "back-to-work legislation should be a last resort");
  REQUIRE(q1);
  CHECK(SpeakerName(a, q1) == "Amrit Sandhu");
  const ae::Quote* q2 = Find(a, "she had run outside with her grandson");
  REQUIRE(q2);
  CHECK(SpeakerName(a, q2) == "Lucia Ccama");
  const ae::Quote* q3 = Find(a, "the MPC could pause if pay growth failed to slow");
  REQUIRE(q3);
  CHECK(SpeakerName(a, q3) == "Deutsche Bank");
  CHECK(Find(a, "they expected rates to fall") != nullptr);  // the first clause ends at "while"
  const ae::Quote* q4 = Find(a, "about 200 children used the centre every week");
  REQUIRE(q4);
  CHECK(SpeakerName(a, q4) == "Daniel Okafor");
}

TEST_CASE("a report set off by commas after a one-word subject: the clause runs on after it") {
  const auto a = Run("Kasich spoke to voters in Ohio on Monday.\n\nSurvival, he says, depends on giving voters news fast.\n");
  bool found = false;
  for (const ae::Quote& q : a.quotes) {
    const std::string_view t = a.Text(q.span);
    if (q.kind == ae::QuoteKind::kIndirect && t.find("Survival") == 0 && t.find("depends on") != std::string_view::npos)
      found = true;
  }
  CHECK(found);
}

TEST_CASE("'said his lawyer': the possessive names the possessor, not the speaker") {
  const auto a = Run("Tom Reed was jailed on Monday.\n\n\xE2\x80\x9CWe will appeal,\xE2\x80\x9D said his lawyer.\n");
  const ae::Quote* q = Find(a, "We will appeal");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) != "Tom Reed");
}

TEST_CASE("a person named in a fronted clause is not the subject a pronoun refers to") {
  const auto a = Run("Lucia Montilla watched. Asked about Isla Brennan, Marketa Vondraskova laughed. \"I will sleep "
                     "first,\" she said.\n\nAfter meeting Ana Ruiz, Maria Lopez said the talks went well. She added "
                     "that more talks would follow.\n");
  const ae::Quote* q1 = Find(a, "I will sleep first");
  REQUIRE(q1);
  CHECK(SpeakerName(a, q1) == "Marketa Vondraskova");
  const ae::Quote* q2 = Find(a, "more talks would follow");
  REQUIRE(q2);
  CHECK(SpeakerName(a, q2) == "Maria Lopez");
}

TEST_CASE("given names that are also dictionary words still give a gender") {
  const auto a = Run("Jade Whitfield beat Ana Ruiz on Thursday. She said the wind had helped.\n");
  const ae::Quote* q = Find(a, "the wind had helped");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "Jade Whitfield");  // "jade" is a word: first_names.entity.tsv lists it
}

TEST_CASE("'the judge' after 'Mr Justice X'") {
  const auto a = Run("Mr Justice Pemberton adjourned sentencing until Friday.\n\n\xE2\x80\x9CYou should expect a lengthy "
                     "minimum term,\xE2\x80\x9D the judge said.\n");
  const ae::Quote* q = Find(a, "lengthy minimum term");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "Pemberton");
}

TEST_CASE("the agency of a dateline is no antecedent of 'the company', even when named again") {
  const auto a = Run("DAR ES SALAAM, June 4 (Equator Business Service) - Tanzania's regulator has fined Kilele Mobile "
                     "Tanzania 4.2 billion shillings over an outage, the company said on Tuesday.\n\nChief executive "
                     "Neema Mushi apologised. \"We let our customers down,\" she told Equator Business Service.\n");
  const ae::Quote* q = Find(a, "has fined Kilele");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "Kilele Mobile Tanzania");
}

TEST_CASE("'told the jury the two men had argued', 'told reporters the group wanted': a listener, then a bare clause") {
  const auto a = Run("Mr Justice Pemberton told the defendant he faced a mandatory life sentence.\n\nRachel Osei told "
                     "the jury the two men had argued over money.\n\nPolice Chief Anthony Grasso told the board the "
                     "cameras would help officers find stolen cars.\n\nIts convener, Pooja Meena, told reporters the "
                     "group wanted the new exam conducted by an agency.\n");
  const std::pair<const char*, const char*> expect[] = {{"he faced a mandatory", "Pemberton"},
                                                        {"the two men had argued", "Rachel Osei"},
                                                        {"the cameras would help", "Anthony Grasso"},
                                                        {"the group wanted the new exam", "Pooja Meena"}};
  for (const auto& [words, speaker] : expect) {
    const ae::Quote* q = Find(a, words);
    REQUIRE(q);
    CHECK(q->kind == ae::QuoteKind::kIndirect);
    CHECK(SpeakerName(a, q) == speaker);
    CHECK(a.Text(q->span).find("told") == std::string_view::npos);
  }
}

TEST_CASE("a name after a tail verb counts as one word of its adverbial") {
  const auto a = Run("Karrawong Resources Ltd suspended operations on Tuesday.\n\nNo one was hurt, the company said "
                     "in a filing with the Securities and Exchange Commission.\n");
  const ae::Quote* q = Find(a, "No one was hurt");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "Karrawong Resources Ltd");
}

TEST_CASE("a relative clause closed by a comma before the verb is an aside, whatever clauses it holds") {
  const auto a = Run("Glenn Beck spoke on Monday. Beck, who supported Sen. Ted Cruz, R-Texas, and virulently opposed "
                     "Trump during the Republican primaries, last week said Trump was seeking to start a movement.\n");
  const ae::Quote* q = Find(a, "Trump was seeking");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "Glenn Beck");
}

TEST_CASE("a partial quote's clause, then ', said X': X speaks") {
  const auto a = Run("The rejection of the treaty signals \"the beginning of the end\" for the EU, said Geert Wilders, "
                     "founder of the Party for Freedom.\n");
  const ae::Quote* q = Find(a, "beginning of the end");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "Geert Wilders");
}

TEST_CASE("', said X' after a quote's clause that names another person") {
  const auto a = Run("\"He can assert it, but it seems extremely unlikely\" that Sanders can catch Clinton, said Steve "
                     "Elmendorf, a strategist.\n");
  const ae::Quote* q = Find(a, "extremely unlikely");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "Steve Elmendorf");
}

TEST_CASE("a name, a job and a person: the person speaks ('Clinton Communication Director X', 'Rubio supporter X')") {
  const auto a = Run("Clinton Communication Director Jennifer Palmieri said the email was fine. Rubio supporter Scott "
                     "Szlachta said he was upset.\n");
  const ae::Quote* q1 = Find(a, "the email was fine");
  REQUIRE(q1);
  CHECK(SpeakerName(a, q1) == "Jennifer Palmieri");
  const ae::Quote* q2 = Find(a, "he was upset");
  REQUIRE(q2);
  CHECK(SpeakerName(a, q2) == "Scott Szlachta");
}

TEST_CASE("doubled consonants in speech verbs ('admitted', 'quipped'), a long trailer sentence, 'X said, adding', a dash credit") {
  const auto a = Run("\xE2\x80\x9CThere is today,\xE2\x80\x9D Chris Murphy admitted during an interview.\n\n\"How are you "
                     "today?\" Eva Miller, a retired worker from a nuclear plant, said pleasantly into the phone.\n\n"
                     "Omar Mateen left as soon as prayers were finished, Karim Nefzi said, adding, \"He was not very "
                     "religious.\"\n\nBernie Sanders spoke on Monday.\n\n\"I helped write that bill.\"\n\n- Sanders.\n");
  const std::pair<const char*, const char*> expect[] = {{"There is today", "Chris Murphy"},
                                                        {"How are you today", "Eva Miller"},
                                                        {"not very religious", "Karim Nefzi"},
                                                        {"I helped write that bill", "Bernie Sanders"}};
  for (const auto& [words, speaker] : expect) {
    const ae::Quote* q = Find(a, words);
    REQUIRE(q);
    CHECK(SpeakerName(a, q) == speaker);
  }
}

TEST_CASE("a fronted subordinate clause, a clause joined by 'and', and 'that' past another speech verb") {
  const auto a = Run("While Hillary Clinton pledged to work with both parties in Washington, Bernie Sanders insisted "
                     "that progressive change will come only with a shake-up.\n\nNeither John Kasich nor Mario Rubio "
                     "has won a state and Ted Cruz strongly suggested they should drop out.\n\nCrestline Ratings said "
                     "in a note that the waiver would raise the state's debt.\n");
  const ae::Quote* q1 = Find(a, "progressive change will come");
  REQUIRE(q1);
  CHECK(SpeakerName(a, q1) == "Bernie Sanders");
  const ae::Quote* q2 = Find(a, "they should drop out");
  REQUIRE(q2);
  CHECK(SpeakerName(a, q2) == "Ted Cruz");
  CHECK(Find(a, "the waiver would raise") != nullptr);
}

TEST_CASE("a second report after ', and Name, apposition,'; a subject after a long fronted clause") {
  const auto a = Run("The White House contends that it is still on track to meet those targets, and Brian Deese, the "
                     "White House climate change adviser, said he and his staff were preparing models.\n\nAfter the "
                     "meeting of Nevada Democrats ended in mayhem when many Bernie Sanders delegates were deemed "
                     "ineligible, Roberta Lange, the state party chairwoman, said she had received death threats.\n");
  const ae::Quote* q1 = Find(a, "on track to meet");
  REQUIRE(q1);
  CHECK(a.Text(q1->span).find("Deese") == std::string_view::npos);
  const ae::Quote* q2 = Find(a, "his staff were preparing");
  REQUIRE(q2);
  CHECK(SpeakerName(a, q2) == "Brian Deese");
  const ae::Quote* q3 = Find(a, "received death threats");
  REQUIRE(q3);
  CHECK(SpeakerName(a, q3) == "Roberta Lange");
}

TEST_CASE("'the Australian' with nobody named Australian: the person of unknown nationality named last") {
  const auto a = Run("Czech qualifier Marketa Vondraskova beat top seed Isla Brennan on Thursday.\n\nBrennan, the world "
                     "No. 2, said her wrist had been strapped.\n\n\"She played better on the big points,\" the "
                     "Australian told reporters.\n");
  const ae::Quote* q = Find(a, "She played better");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "Isla Brennan");
}

TEST_CASE("the noun of an organisation's apposition describes it later ('the startup said')") {
  const auto a = Run("Bright Ledger, a Lagos-based fintech startup that lends to traders, raised $14 million from "
                     "Tembo Frontier Partners.\n\nThe startup said it would use the money to open offices.\n");
  const ae::Quote* q = Find(a, "use the money");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "Bright Ledger");
}

TEST_CASE("'..., but leaders and aid groups say' is a report of the nouns, not of a place in the clause before") {
  const auto a = Run("More than 68,000 households in Turkana and Marsabit counties have started receiving cash, but "
                     "leaders and aid groups say the money has come too late.\n");
  const ae::Quote* q = Find(a, "the money has come too late");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "");
}

TEST_CASE("'said late on Tuesday that'; a reported clause ends before 'and dismissed ... as \"...\"'") {
  const auto a = Run("Finance Minister Ignacio Valdebenito told reporters at Congress in Valparaiso that the measure would "
                     "raise about $1.4 billion a year, most of it for regional governments, and dismissed the "
                     "industry's warnings as \"a campaign of fear.\"\n\nThe minister said late on Tuesday that he "
                     "expected the full Senate to vote by Nov. 25.\n");
  const ae::Quote* q = Find(a, "the measure would raise");
  REQUIRE(q);
  CHECK(q->kind == ae::QuoteKind::kIndirect);
  CHECK(SpeakerName(a, q) == "Ignacio Valdebenito");
  CHECK(a.Text(q->span).find("dismissed") == std::string::npos);
  const ae::Quote* q2 = Find(a, "he expected the full Senate");
  REQUIRE(q2);
  CHECK(SpeakerName(a, q2) == "Ignacio Valdebenito");
}

TEST_CASE("'said three projects worth $9 billion in ... were' is a clause; 'would add a sliding rate' is no report") {
  const auto a = Run("The Asociacion de Productores de Cobre, which represents the 14 largest private miners, said three "
                     "projects worth a combined $9 billion in the Antofagasta and Atacama regions were under review. "
                     "The royalty would add a sliding rate of 1% to 4% on sales. He added a note of caution, should "
                     "the vote fail. She added the company would appeal.\n");
  CHECK(Find(a, "three projects worth") != nullptr);
  CHECK(Find(a, "a sliding rate") == nullptr);
  CHECK(Find(a, "should the vote fail") == nullptr);
  CHECK(Find(a, "the company would appeal") != nullptr);
}

TEST_CASE("a title's initials after 'the' name its holder ('The CS said', 'the PM said'), not a body's") {
  const auto a = Run("Labour and Social Protection Cabinet Secretary Peris Gakuo launched the programme. The CS said the "
                     "Treasury had released the money.\n\nPrime Minister Anthony Albanese visited Perth. The PM said the "
                     "deal would create jobs. The Democratic Alliance met. The DA said it would vote no.\n");
  const ae::Quote* q = Find(a, "the Treasury had released");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "Peris Gakuo");
  const ae::Quote* q2 = Find(a, "the deal would create jobs");
  REQUIRE(q2);
  CHECK(SpeakerName(a, q2) == "Anthony Albanese");
  const ae::Quote* q3 = Find(a, "it would vote no");
  REQUIRE(q3);
  CHECK(SpeakerName(a, q3) != "");  // the party ("DA" or "Democratic Alliance"), nobody's title
  CHECK(SpeakerName(a, q3) != "Anthony Albanese");
}

TEST_CASE("'CLAUSE, X said on Monday as she launched ...': the subordinate clause after 'said' and its time") {
  const auto a = Run("Each household will get Sh6,500 a month for six months through mobile money, Cabinet Secretary Peris "
                     "Gakuo said on Monday as she launched the second phase of the programme in Lodwar. In the coming "
                     "months, he vowed to ban imports as a response to the attacks.\n");
  const ae::Quote* q = Find(a, "Each household will get");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "Peris Gakuo");
  CHECK(Find(a, "In the coming months") == nullptr);
}

TEST_CASE("'what the council is calling', 'the authority said' after a council; 'what X called' is X's") {
  const auto a = Run("Castlemoor Borough Council met on Tuesday. The branches at Ashgrove, Millbeck and Holt End will shut, "
                     "with books moved to what the council is calling 'community hubs' in schools.\n\nIn a statement, "
                     "the authority said staff would be offered other posts.\n\nSpeaker Paul Ryan, who was reluctant to "
                     "endorse Donald Trump, was more direct about the rift - what he called \"our arguments this year.\"\n");
  const ae::Quote* q = Find(a, "community hubs");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "Castlemoor Borough Council");
  const ae::Quote* q2 = Find(a, "staff would be offered");
  REQUIRE(q2);
  CHECK(SpeakerName(a, q2) == "Castlemoor Borough Council");
  const ae::Quote* q3 = Find(a, "our arguments");
  REQUIRE(q3);
  CHECK(SpeakerName(a, q3) == "Paul Ryan");
}

TEST_CASE("a company with its ticker, its initials, its short form and 'the company' far from its name") {
  const auto a = Run("OSAKA, June 12 (Wire) - Kansai Precision Robotics Co. Ltd. (6487.T) said on Thursday it would recall "
                     "11,000 robot arms.\n\nShares in KPR fell 7.1% in Tokyo.\n\nThe Osaka-based company, the largest "
                     "robot maker in the Kansai region, said the recall would cost 4.8 billion yen.\n\nKansai Precision "
                     "has recorded 14 incidents.\n\n\"We let down customers,\" President Takeshi Morimoto told a news "
                     "conference. \"I take full responsibility.\"\n\nMorimoto said engineers had traced the fault.\n\n"
                     "He bowed.\n\nThe company said technicians would install a fix.\n");
  const ae::Quote* q1 = Find(a, "it would recall");
  REQUIRE(q1);
  CHECK(SpeakerName(a, q1).rfind("Kansai Precision", 0) == 0);
  const ae::Quote* q2 = Find(a, "the recall would cost");
  REQUIRE(q2);
  CHECK(SpeakerName(a, q2).rfind("Kansai Precision", 0) == 0);
  const ae::Quote* q3 = Find(a, "technicians would install");
  REQUIRE(q3);
  CHECK(SpeakerName(a, q3).rfind("Kansai Precision", 0) == 0);
  int kansai_orgs = 0, kansai_places = 0;
  for (const ae::Entity& e : a.entities) {
    if (e.name.rfind("Kansai", 0) != 0) continue;
    (e.type == ae::EntityType::kOrg ? kansai_orgs : kansai_places) += 1;
  }
  CHECK(kansai_orgs == 1);    // the company, "KPR" and "Kansai Precision" with it
  CHECK(kansai_places == 1);  // "the Kansai region"
}

TEST_CASE("Irish politics: 'Deputy Ní Bhriain', 'the Dublin Mid-West TD said', 'the Fianna Fáil TD for Kerry'") {
  const auto a = Run("Sinn Féin's housing spokesperson Niamh Ní Bhriain said children were homeless.\n\n\"Every week I meet "
                     "a family,\" the Dublin Mid-West TD said.\n\nDeputy Ní Bhriain said a temporary ban would help.\n\n"
                     "The Fianna Fáil TD for Kerry then turned on the benches. Fianna Fáil's Seán Ó Ríordáin said he had "
                     "voted with a heavy heart. He sued Principal Deputy Assistant AG Vanita Gupta.\n");
  const ae::Quote* q = Find(a, "Every week I meet");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "Niamh Ní Bhriain");
  const ae::Quote* q2 = Find(a, "a temporary ban");
  REQUIRE(q2);
  CHECK(SpeakerName(a, q2) == "Niamh Ní Bhriain");
  int kerry_people = 0, ff_people = 0;
  for (const ae::Entity& e : a.entities) {
    if (e.type != ae::EntityType::kPerson) continue;
    kerry_people += e.name == "Kerry";
    ff_people += e.name == "Fianna Fáil";
  }
  CHECK(kerry_people == 0);
  CHECK(ff_people == 0);
  bool gupta = false;
  for (const ae::Entity& e : a.entities) gupta = gupta || e.name == "Vanita Gupta";
  CHECK(gupta);
}

TEST_CASE("'the Taoiseach accused ...' in a story's lead is the one Taoiseach the article names later") {
  const auto a = Run("Dail rejects eviction ban\n\nThe Government defeated the motion after a debate in which the Taoiseach "
                     "accused the opposition of \"selling a slogan instead of a plan\".\n\nResponding, Taoiseach Donncha "
                     "Mac Carthaigh said the last ban had failed.\n");
  const ae::Quote* q = Find(a, "selling a slogan");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "Donncha Mac Carthaigh");
}

TEST_CASE("'Economists at Capital Economics said': people named by their trade at an organisation; it speaks") {
  const auto a = Run("Economists at Capital Economics said they expected rates to fall. Officials from Germany said no "
                     "deal was near.\n");
  const ae::Quote* q = Find(a, "they expected rates");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "Capital Economics");
  const ae::Quote* q2 = Find(a, "no deal was near");
  REQUIRE(q2);
  CHECK(SpeakerName(a, q2) == "");
}

TEST_CASE("'Police said' is the one police force the article names") {
  const auto a = Run("Wessex Police arrested two men on Tuesday. Police said a third person had been arrested in January.\n");
  const ae::Quote* q = Find(a, "a third person");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "Wessex Police");
}

TEST_CASE("'The agency also said': an adverb between an organisation's noun and its verb") {
  const auto a = Run("ESA said in a statement that Lodestar had enough fuel for a second flyby. The agency also said the spin "
                     "data would be released in June.\n\nThe European Space Agency (ESA) runs the mission.\n");
  const ae::Quote* q = Find(a, "the spin data");
  REQUIRE(q);
  CHECK(SpeakerName(a, q) == "European Space Agency");
}

TEST_CASE("quoted words after 'known as' or a thing's 'called' name a thing: no partial quote, the report stays") {
  const auto a = Run("Exports fell, the Ghana Cocoa Board (COCOBOD) said on Wednesday.\n\nThe regulator said about 160,000 "
                     "tonnes of beans had left the country illegally, most of it along bush tracks known locally as "
                     "\"cocoa roads\" in the west. Both oppose an inflation formula called the \"chained CPI\" that "
                     "would cut payments.\n");
  bool partial = false, indirect = false;
  for (const ae::Quote& q : a.quotes) {
    partial = partial || q.kind == ae::QuoteKind::kPartial;
    indirect = indirect || (q.kind == ae::QuoteKind::kIndirect && a.Text(q.span).find("160,000 tonnes") != std::string::npos);
  }
  CHECK_FALSE(partial);
  CHECK(indirect);
  // a speaker's word stays a partial quote
  const auto b = Run("The North American Free Trade Agreement, which Trump had called a \"disaster\", was on the table.\n");
  bool kept = false;
  for (const ae::Quote& q : b.quotes) kept = kept || q.kind == ae::QuoteKind::kPartial;
  CHECK(kept);
}

TEST_CASE("'said the group's director, Ana Lopez': the name after a job and a comma speaks") {
  const auto a = Run("\"We are tired,\" said the group's director, Ana Lopez. \"Nobody listens.\"\n");
  REQUIRE(a.quotes.size() >= 1);
  REQUIRE(a.quotes[0].speaker >= 0);
  CHECK(a.entities.at(a.quotes[0].speaker).name == "Ana Lopez");
}

TEST_CASE("'the 29-year-old centre-back' is the captain named before; 'the official' after 'a senior official' is nobody named") {
  const auto a = Run("Captain Niklas Brüggemann said the players had to take the blame. \"We lost those games, not the "
                     "coach,\" the 29-year-old centre-back told reporters.\n");
  REQUIRE(a.quotes.size() == 2);
  REQUIRE(a.quotes[1].speaker >= 0);
  CHECK(a.entities.at(a.quotes[1].speaker).name == "Niklas Brüggemann");
  const auto b = Run("A witness interviewed by staff said the agency's head, Russ Pittman, told employees to keep quiet.\n"
                     "The witness said the order was to \"avoid effecting the outcome of the vote,\" the report said.\n");
  for (const ae::Quote& q : b.quotes) {
    if (b.Text(q.span).find("avoid effecting") == std::string::npos) continue;
    CHECK((q.speaker < 0 || b.entities.at(q.speaker).name != "Russ Pittman"));
  }
}

TEST_CASE("'the company added' after a sentence naming two companies is the one that opens it, its subject") {
  const auto a = Run("Brightwater Foods Inc is in talks to buy Kestrel Brands Plc, people familiar with the matter said.\n\n"
                     "Kestrel confirmed in a statement that it had received approaches from Brightwater and said its "
                     "board was considering them. \"There can be no certainty that any offer will be made,\" the "
                     "company added.\n");
  bool found = false;
  for (const ae::Quote& q : a.quotes) {
    if (a.Text(q.span).find("no certainty") == std::string::npos) continue;
    found = true;
    REQUIRE(q.speaker >= 0);
    CHECK(a.entities.at(q.speaker).name == "Kestrel Brands Plc");
  }
  CHECK(found);
}

TEST_CASE("a second reported clause after 'and that' is no part of a one-word partial quote's clause") {
  const auto a = Run("Speaking after the ruling, the port's director, Amadou Keita, said the agency had been “vindicated” and that "
                     "all 3,400 containers held at the docks since March had been released to their owners without any fee.\n");
  const ae::Quote* q = Find(a, "vindicated");
  REQUIRE(q != nullptr);
  CHECK(q->kind == ae::QuoteKind::kPartial);
  CHECK(a.Text(q->span).find("containers") == std::string_view::npos);
  CHECK(EndsWith(SpeakerName(a, q), "Keita"));
}

TEST_CASE("'told reporters after the ceremony that ...': the addressee and the adverbial are no part of a partial quote") {
  const auto a = Run("Minister Hamad bin Salem told reporters after the ceremony that the talks were \"well advanced\" and could "
                     "end soon.\n");
  const ae::Quote* q = Find(a, "well advanced");
  REQUIRE(q != nullptr);
  CHECK(q->kind == ae::QuoteKind::kPartial);
  CHECK(a.Text(q->span).find("reporters") == std::string_view::npos);
  CHECK(a.Text(q->span).find("ceremony") == std::string_view::npos);
}

TEST_CASE("a company's ticker is the company; 'The San Jose-based company said'; 'the finance chief' is the chief financial officer") {
  const auto a = Run("SAN JOSE, Calif. — Kestin Semiconductor Inc. (Nasdaq: KSTN) posted record quarterly revenue on "
                     "Wednesday as cloud companies kept buying its chips. The San Jose-based company said revenue rose 18%. "
                     "Chief Financial Officer Ines Calloway said demand was weak. “We are planning for the worst,” the "
                     "finance chief said.\n");
  for (const ae::Entity& e : a.entities) CHECK(e.name != "KSTN");
  CHECK(SpeakerName(a, Find(a, "revenue rose 18%")) == "Kestin Semiconductor Inc.");
  CHECK(SpeakerName(a, Find(a, "We are planning for the worst")) == "Ines Calloway");
}

TEST_CASE("'CLAUSE, said NAME, head of research at X': the speaker's apposition is no part of the reported clause") {
  const auto a = Run("The price is in line with recent orders, said Omar Haddad, head of research at Dubai brokerage Creekside "
                     "Securities.\n\nAnd the board, said Lina Haddad, who chairs the audit committee, will not back down.\n");
  const ae::Quote* q = Find(a, "in line with recent orders");
  REQUIRE(q != nullptr);
  CHECK(a.Text(q->span).find("research") == std::string_view::npos);
  CHECK(EndsWith(SpeakerName(a, q), "Omar Haddad"));
  const ae::Quote* r = Find(a, "will not back down");
  REQUIRE(r != nullptr);
  CHECK(EndsWith(SpeakerName(a, r), "Lina Haddad"));
}

TEST_CASE("British inquest copy: 'Area Coroner X' ... 'the coroner said'; 'X Coroner's Court'; 'she told the Echo'") {
  const auto a = Run("Recording a narrative conclusion at Milbury Coroner’s Court on Tuesday, Area Coroner Helen Marsh said the "
                     "delay had contributed to the death.\n\n‘The family did everything that was asked of them,’ the coroner "
                     "said.\n\n‘This is not the first inquest of its kind,’ the MP told the Echo.\n");
  CHECK(EndsWith(SpeakerName(a, Find(a, "The family did everything")), "Helen Marsh"));
  bool court = false, echo = false;
  for (const ae::Entity& e : a.entities) {
    court = court || (e.name == "Milbury Coroner’s Court" && e.type == ae::EntityType::kOrg);
    echo = echo || (e.name == "Echo" && e.type == ae::EntityType::kOrg);
  }
  CHECK(court);
  CHECK(echo);
}

TEST_CASE("an unlisted word with a spokesperson is a body; 'the power utility said' is the body that opens the sentence") {
  const auto a = Run("Tshwane’s R2bn Ntsiki debt\n\nNtsiki has given Tshwane Local Municipality until the end of the month to "
                     "present a plan, the power utility said on Monday. Tshwane Local Municipality has not paid since "
                     "2023.\n\nNtsiki spokesperson Kabelo Dlamini said the utility had run out of patience.\n");
  bool org = false;
  for (const ae::Entity& e : a.entities) org = org || (e.name == "Ntsiki" && e.type == ae::EntityType::kOrg);
  CHECK(org);
  CHECK(SpeakerName(a, Find(a, "has given Tshwane")) == "Ntsiki");
}

TEST_CASE("'told the inquest his vehicle had ...', 'told the coroner the trust had ...'; 'said at least 200,000 people were expected'") {
  const auto a = Run("Paramedic Owen Garth told the inquest his vehicle had spent three hours queuing outside. Trust director "
                     "Ruth Elling told the coroner the trust had recruited 120 paramedics. Union leader Ana Paz said at least "
                     "200,000 people were expected to join the march.\n");
  CHECK(EndsWith(SpeakerName(a, Find(a, "his vehicle had spent")), "Owen Garth"));
  CHECK(EndsWith(SpeakerName(a, Find(a, "the trust had recruited")), "Ruth Elling"));
  CHECK(EndsWith(SpeakerName(a, Find(a, "200,000 people were expected")), "Ana Paz"));
}

TEST_CASE("'X will own 51% and Y 49%, the company said': X, the subject, is no coordinated subject") {
  const auto a = Run("PT Tanjung Raya Tbk agreed a venture with Hexin Metals Co. on Monday. Tanjung Raya will own 51% of the venture and Hexin 49%, "
                     "the company said in a filing.\n");
  const ae::Quote* q = Find(a, "will own 51%");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q).find("Tanjung") != std::string::npos);
}

TEST_CASE("'CLAUSE, X said, adding that CLAUSE2': two reports of X, the attribution in neither") {
  const auto a = Run("Prices rose sharply last month, Elena Ruiz said, adding that earlier freezes had held for only a month.\n\n"
                     "On Tuesday, even as shares were tumbling, Mr. Ackman wrote to investors, telling them the fund was sound.\n");
  const ae::Quote* q = Find(a, "Prices rose sharply last month");
  REQUIRE(q != nullptr);
  CHECK(a.Text(q->span).find("Ruiz") == std::string_view::npos);
  CHECK(SpeakerName(a, q) == "Elena Ruiz");
  const ae::Quote* r = Find(a, "earlier freezes had held for only a month");
  REQUIRE(r != nullptr);
  CHECK(a.Text(r->span).find("adding") == std::string_view::npos);
  CHECK(SpeakerName(a, r) == "Elena Ruiz");
  // (a first clause opened by an adverbial and a subordinate clause is not cut off as a report)
  for (const ae::Quote& x : a.quotes) CHECK(a.Text(x.span) != "On Tuesday, even as shares were tumbling");
}

TEST_CASE("a bracket between the subject and the verb is an aside: 'Rep. Ann Cole (R-Calif.) said ...'") {
  const auto a = Run("Rep. Ann Cole (R-Calif.) said the panel was created to hurt her rival.\n");
  const ae::Quote* q = Find(a, "the panel was created");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Ann Cole");
}

TEST_CASE("'the regional council said': a modifier that is a word of one council's name picks that council") {
  const auto a = Run("The iwi will take Awanui Regional Council to court. Tōtara District Council and Rimu District Council "
                     "backed the plan.\n\nIn a statement, the regional council said it remained committed to the talks.\n");
  const ae::Quote* q = Find(a, "it remained committed to the talks");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Awanui Regional Council");
}

TEST_CASE("'Vice Adm. X, the SCA's chairman,': an owner's name before the title; 'the chairman said' is X") {
  const auto a = Run("Revenue fell sharply, Vice Adm. Osama Farouk, the SCA's chairman, told reporters in Ismailia.\n\n"
                     "\"We will not wait for the war to end,\" the chairman said.\n\n"
                     "The European Union's chief negotiator, Jakob Lund, spoke later.\n");
  CHECK(SpeakerName(a, Find(a, "We will not wait for the war to end")) == "Osama Farouk");
  for (const ae::Entity& e : a.entities) {
    for (const ae::Mention& m : e.mentions) CHECK(a.Text(m.span) != "The European Union's chief");
  }
}

TEST_CASE("'CLAUSE, NAME, an apposition, said': the name before the apposition speaks; 'told reporters at X in Y' is a tail") {
  const auto a = Run("The campaign is in trouble, Sam Nunberg, a former aide, said on Monday.\n\n"
                     "Revenue dropped to $4.1 billion in the year, Vice Adm. Osama Farouk, the SCA's chairman, told reporters "
                     "at the authority's headquarters in Ismailia.\n");
  const ae::Quote* q = Find(a, "The campaign is in trouble");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Sam Nunberg");
  CHECK(a.Text(q->span).find("Nunberg") == std::string_view::npos);
  const ae::Quote* r = Find(a, "Revenue dropped to $4.1 billion in the year");
  REQUIRE(r != nullptr);
  CHECK(SpeakerName(a, r) == "Osama Farouk");
}

TEST_CASE("'The 68-year-old said': an age alone stands for the person the article gave that age, else the last person") {
  const auto a = Run("Outside court, the group's chairwoman, Maria Tollan, 68, said the ruling was overdue. Her lawyer, "
                     "Peter Vance, agreed.\n\nThe 68-year-old said the group would now hire rangers.\n\n"
                     "Anna Kessel, a member of the board, told reporters she had done nothing wrong.\n\n"
                     "\"I have nothing to hide,\" the 61-year-old said.\n\n"
                     "The 150-year-old building was closed.\n");
  CHECK(SpeakerName(a, Find(a, "the group would now hire rangers")) == "Maria Tollan");
  CHECK(SpeakerName(a, Find(a, "I have nothing to hide")) == "Anna Kessel");
  for (const ae::Entity& e : a.entities) {
    for (const ae::Mention& m : e.mentions) CHECK(a.Text(m.span).find("150") == std::string_view::npos);
  }
}

TEST_CASE("'told Kyodo News her office had ... and that she had ...': the bare clause after the listener is reported") {
  const auto a = Run("Emi Hoshino, a lawmaker, told Kyodo News her office had reported all the money it received and that she "
                     "had handed over her records.\n");
  const ae::Quote* q = Find(a, "her office had reported all the money");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) == "Emi Hoshino");
}

TEST_CASE("'said the study's lead author, Dr Rebecca Thornley,': the honorific before the named job holder") {
  const auto a = Run("\"It is a bit like an immune memory,\" said the study's lead author, Dr Rebecca Thornley, an associate "
                     "professor at a university.\n");
  CHECK(SpeakerName(a, Find(a, "It is a bit like an immune memory")) == "Rebecca Thornley");
}

TEST_CASE("'\"... the Yarrangi people,\" the company said': names inside the quote are passed over; the sentence's speaker wins") {
  const auto a = Run("The Yarrangi people won. The judge found for the Yarrangi Aboriginal Corporation against Corbel Minerals "
                     "Ltd on Thursday. Members of the Yarrangi Aboriginal Corporation cheered.\n\n"
                     "In a statement to the Australian Securities Exchange, Corbel said it respected the decision.\n\n"
                     "\"We remain committed to reaching an agreement with the Yarrangi people,\" the company said.\n");
  CHECK(SpeakerName(a, Find(a, "We remain committed to reaching an agreement")) == "Corbel Minerals Ltd");
}

TEST_CASE("'CLAUSE with its own report, the Asahi Shimbun reported': the trailing report of a name after 'the' takes the whole clause") {
  const auto a = Run("The faction's accountant has told prosecutors that the practice began a decade ago, the Asahi Shimbun "
                     "reported Wednesday.\n");
  const ae::Quote* outer = Find(a, "The faction's accountant has told prosecutors");
  REQUIRE(outer != nullptr);
  CHECK(SpeakerName(a, outer) == "Asahi Shimbun");
  for (const ae::Quote& q : a.quotes) CHECK(a.Text(q.span).find("Asahi") == std::string_view::npos);
}

TEST_CASE("'According to the newspaper': the last newspaper named (a paper's word in its name, or a name that reported)") {
  const auto a = Run("The practice began a decade ago, the Asahi Shimbun reported Wednesday. Among those questioned is Kenji "
                     "Moriyama, a House of Representatives member. According to the newspaper, Moriyama's office failed to "
                     "report the money.\n");
  CHECK(SpeakerName(a, Find(a, "Moriyama's office failed to report")) == "Asahi Shimbun");
}

TEST_CASE("'demand that Moriyama and Shiozawa testify': two names joined by 'and' before a bare verb are no second report") {
  const auto a = Run("The party said it would demand that Moriyama and Shiozawa testify before the ethics council.\n");
  const ae::Quote* q = Find(a, "it would demand that Moriyama");
  REQUIRE(q != nullptr);
  CHECK(a.Text(q->span).find("testify") != std::string_view::npos);
}

TEST_CASE("the horizontal bar is a dash: '\u201c...\u201d\u2015 Pamela Padilla' credits the quote, 'WASHINGTON \u2015' is a dateline") {
  const auto a = Run("WASHINGTON \xE2\x80\x95 Readers wrote in.\n\n\xE2\x80\x9CHe is ignorant of our culture.\xE2\x80\x9D\xE2\x80\x95 Pamela "
                     "Padilla \n\xE2\x80\x9CI am so ashamed.\xE2\x80\x9D \xE2\x80\x95 Jacklyn Ashley \n");
  CHECK(SpeakerName(a, Find(a, "He is ignorant of our culture")) == "Pamela Padilla");
  CHECK(SpeakerName(a, Find(a, "I am so ashamed")) == "Jacklyn Ashley");
  CHECK(a.datelines.size() == 1);
}

TEST_CASE("'joins forward Andre Whitlock, who welcomed him on Instagram: \"...\"': the relative clause before the colon speaks") {
  const auto a = Run("In Miami, Kellerman joins All-Star forward Andre Whitlock, who welcomed his new teammate on Instagram "
                     "within minutes: \"Welcome to the 305, Deuce. Let's go get a ring.\"\n\n"
                     "\"It is valuable,\" said Bill Skelly, explaining he worked with Vito Chrabaszcz, who cleaned the data: "
                     "\"Vito is outstanding with data.\"\n");
  CHECK(SpeakerName(a, Find(a, "Welcome to the 305")) == "Andre Whitlock");
  CHECK(SpeakerName(a, Find(a, "Vito is outstanding")) != "Vito Chrabaszcz");
}

TEST_CASE("'the minister said' with two ministers named: the one named last, a few sentences back in the paragraph") {
  const auto a = Run("Chief Minister Ramesh Tiwari cancelled the exam on Sunday.\n\nState Home Minister Virendra Parihar told "
                     "reporters that 14 people had been arrested. According to the police, the paper was sold for cash.\n\n"
                     "\"The network has been broken. We are following the money now,\" the minister said.\n");
  CHECK(SpeakerName(a, Find(a, "The network has been broken")) == "Virendra Parihar");
}

TEST_CASE("'Outside the MPESB office in Bhopal, Ankit Kushwaha, 24, from Rewa, said': a fronted place phrase, an age and 'from' are no subject") {
  const auto a = Run("The Madhya Pradesh Employees Selection Board (MPESB) ran the exam.\n\nOutside the MPESB office in Bhopal, "
                     "Ankit Kushwaha, 24, from Rewa, said he had spent Rs 4,000 on travel.\n");
  CHECK(SpeakerName(a, Find(a, "he had spent Rs 4,000 on travel")) == "Ankit Kushwaha");
}

TEST_CASE("'the prime minister's spokesman said', 'according to the state prosecutor's office': a possessive after the title is another's") {
  const auto a = Run("LONDON (Reuters) - Donald Trump said he was unlikely to have a good relationship with David Cameron "
                     "because the British prime minister had criticised him.\n\nCameron will work with whoever is elected "
                     "U.S. president, the prime minister\xE2\x80\x99s spokesman said.\n");
  const ae::Quote* q = Find(a, "Cameron will work with whoever is elected");
  REQUIRE(q != nullptr);
  CHECK(SpeakerName(a, q) != "David Cameron");
}

TEST_CASE("'The UN agency said' after the WFP: a parent body's acronym before a body's noun qualifies it") {
  const auto a = Run("According to the World Food Programme (WFP), which co-funds the transfers, about 412,000 people face "
                     "hunger. The UN agency said it would add Sh480 million to the programme.\n\nToday, the People's Daily "
                     "newspaper calls it \"the pearl\" on the Silk Road.\n");
  CHECK(SpeakerName(a, Find(a, "it would add Sh480 million")) == "World Food Programme");
  CHECK(SpeakerName(a, Find(a, "the pearl")) == "People's Daily");
}

TEST_CASE("'According to the WFP, which co-funds the transfers, about 412,000 people ...': the relative clause is no part of the report") {
  const auto a = Run("According to the World Food Programme (WFP), which co-funds the transfers, about 412,000 people face "
                     "hunger.\n");
  const ae::Quote* q = Find(a, "about 412,000 people face hunger");
  REQUIRE(q != nullptr);
  CHECK(a.Text(q->span).find("co-funds") == std::string_view::npos);
}
