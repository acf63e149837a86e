// Tokenization and sentence splitting: exact token bytes and boundaries.
#include "actorgraph/text.h"

#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/text_internal.h"

namespace actorgraph {
namespace {

Document Run(const std::string& text) {
  Document d;
  d.text = text;
  Analyze(&d);
  return d;
}

std::vector<std::string> Toks(const std::string& text) {
  Document d = Run(text);
  std::vector<std::string> out;
  for (const Token& t : d.tokens) out.emplace_back(d.Text(t.span));
  return out;
}

std::vector<std::string> Sents(const std::string& text) {
  Document d = Run(text);
  std::vector<std::string> out;
  for (const Sentence& s : d.sentences) out.emplace_back(d.Text(s.span));
  return out;
}

using V = std::vector<std::string>;

TEST_CASE("lookup tables are sorted") { CHECK(text_internal::TablesSorted()); }

TEST_CASE("tokens carry exact byte spans and space_before") {
  Document d = Run("  Russia signed, 1,000 times.");
  REQUIRE(d.tokens.size() == 6);
  CHECK(d.tokens[0].span == Span{2, 8});
  CHECK(d.tokens[0].space_before);
  CHECK(d.tokens[1].span == Span{9, 15});
  CHECK(d.tokens[2].span == Span{15, 16});
  CHECK_FALSE(d.tokens[2].space_before);
  CHECK(d.tokens[2].kind == TokenKind::kPunct);
  CHECK(d.tokens[3].span == Span{17, 22});
  CHECK(d.tokens[3].kind == TokenKind::kNumber);
  CHECK(d.tokens[5].span == Span{28, 29});
  Document e = Run("Hi");
  CHECK_FALSE(e.tokens[0].space_before);
}

TEST_CASE("words, numbers and punctuation") {
  CHECK(Toks("Sino-Russian non-aggression") == V{"Sino", "-", "Russian", "non", "-", "aggression"});
  CHECK(Toks("China/Russia") == V{"China", "/", "Russia"});
  CHECK(Toks("3.5 and 1,000 or 64.") == V{"3.5", "and", "1,000", "or", "64", "."});
  CHECK(Toks("2015-09-27") == V{"2015", "-", "09", "-", "27"});
  CHECK(Toks("the 1990s, 3rd, G20") == V{"the", "1990s", ",", "3rd", ",", "G20"});
  CHECK(Run("1990s").tokens[0].kind == TokenKind::kWord);
  CHECK(Run("2015").tokens[0].kind == TokenKind::kNumber);
}

TEST_CASE("non-ASCII letters are word material, typographic quotes are punctuation") {
  CHECK(Toks("Türkiye's Côte d'Ivoire") == V{"Türkiye", "'s", "Côte", "d'Ivoire"});
  CHECK(Toks("„non-aggression pact.“") == V{"„", "non", "-", "aggression", "pact", ".", "“"});
  CHECK(Toks("«Москва» ‘x’ “y”") == V{"«", "Москва", "»", "‘", "x", "’", "“", "y", "”"});
  CHECK(Toks("北京，中国。") == V{"北京", "，", "中国", "。"});
  Document d = Run("€5 😀");
  REQUIRE(d.tokens.size() == 3);
  CHECK(d.tokens[0].kind == TokenKind::kSymbol);
  CHECK(d.tokens[2].kind == TokenKind::kSymbol);
}

TEST_CASE("long runs of letters and digits") {
  // Every length up to 33, next to the bytes that end or continue a run.
  const std::string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ";
  const std::string digits = "12345678901234567890123456789";
  for (size_t k = 1; k < 34; ++k) {
    const std::string w = letters.substr(0, k), n = digits.substr(0, k);
    CHECK(Toks(w + "[x") == V{w, "[", "x"});
    CHECK(Toks("@" + w + "@") == V{"@" + w, "@"});
    CHECK(Toks("(" + w + ")") == V{"(", w, ")"});
    CHECK(Toks(w + "`" + w) == V{w + "`" + w});
    CHECK(Run(n + " x").tokens[0].kind == TokenKind::kNumber);
    CHECK(Run(n + "x").tokens[0].kind == TokenKind::kWord);
    CHECK(Run("x" + n).tokens[0].kind == TokenKind::kWord);
    CHECK(Toks(n + "\xc3\xa9" + w) == V{n + "\xc3\xa9" + w});
  }
}

TEST_CASE("possessives and clitics split off") {
  CHECK(Toks("Moscow's Russia’s China`s") == V{"Moscow", "'s", "Russia", "’s", "China", "`s"});
  CHECK(Toks("don't don`t can't") == V{"do", "n't", "do", "n`t", "ca", "n't"});
  CHECK(Toks("they're we'll I'm O'Neill") == V{"they", "'re", "we", "'ll", "I", "'m", "O'Neill"});
  CHECK(Toks("'quoted'") == V{"'", "quoted", "'"});
}

TEST_CASE("acronyms and abbreviations keep their period") {
  CHECK(Toks("U.S. U.N. U.S.-led e.g.") == V{"U.S.", "U.N.", "U.S.", "-", "led", "e.g."});
  CHECK(Toks("the U.S.'s view, U.N.’s") == V{"the", "U.S.", "'s", "view", ",", "U.N.", "’s"});
  CHECK(Toks("Apple Inc. Corp. Dr. Mr. Gen. Sept. Jan. St.") ==
        V{"Apple", "Inc.", "Corp.", "Dr.", "Mr.", "Gen.", "Sept.", "Jan.", "St."});
  CHECK(Toks("No. 5 and no.") == V{"No.", "5", "and", "no", "."});
  CHECK(Toks("J. K. Rowling") == V{"J.", "K.", "Rowling"});
  CHECK(Toks("Proofpoint.Inc,2") == V{"Proofpoint", ".", "Inc", ",", "2"});
}

TEST_CASE("URLs, e-mails and handles are single tokens") {
  CHECK(Toks("see https://example.org/a.b?c=1. Next") ==
        V{"see", "https://example.org/a.b?c=1", ".", "Next"});
  CHECK(Toks("(www.example.com)") == V{"(", "www.example.com", ")"});
  CHECK(Toks("mail john.doe@example.co.uk, now") ==
        V{"mail", "john.doe@example.co.uk", ",", "now"});
  CHECK(Toks("follow @weberv_. #cyber") == V{"follow", "@weberv_", ".", "#cyber"});
  Document d = Run("a x@y.com");
  CHECK(d.tokens[1].space_before);
  CHECK(d.tokens[1].kind == TokenKind::kSymbol);
}

TEST_CASE("long tokens are split at UTF-8 boundaries") {
  std::string w;
  for (int i = 0; i < 300; ++i) w += "é";  // 600 bytes
  Document d = Run(w);
  REQUIRE(d.tokens.size() == 3);
  for (const Token& t : d.tokens) {
    CHECK(t.span.size() <= kMaxTokenBytes);
    CHECK((static_cast<unsigned char>(d.text[t.span.begin]) & 0xC0) != 0x80);
  }
  CHECK(d.tokens.back().span.end == w.size());
}

TEST_CASE("sentence ends") {
  CHECK(Sents("He left. She stayed! Why? Yes… No.") ==
        V{"He left.", "She stayed!", "Why?", "Yes…", "No."});
  CHECK(Sents("as a „non-aggression pact.“ While the pact") ==
        V{"as a „non-aggression pact.“", "While the pact"});
  CHECK(Sents("He said \"no.\" Then he left.") == V{"He said \"no.\"", "Then he left."});
  CHECK(Sents("\"Why?\" he asked.") == V{"\"Why?\" he asked."});
  CHECK(Sents("It rose 3.5 percent. Prices fell.") == V{"It rose 3.5 percent.", "Prices fell."});
  CHECK(Sents("by Proofpoint.Inc, a firm.") == V{"by Proofpoint.Inc, a firm."});
  CHECK(Sents("Follow him @weberv_. A pattern.") == V{"Follow him @weberv_.", "A pattern."});
  CHECK(Sents("It ended. John.Doe@example.com wrote.\nx@y.org said.") ==
        V{"It ended.", "John.Doe@example.com wrote.", "x@y.org said."});
}

TEST_CASE("no sentence end after titles, initials, months, mid-sentence acronyms") {
  CHECK(Sents("Dr. Smith met Gen. Lee on Sept. 27 in St. Louis.").size() == 1);
  CHECK(Sents("J. K. Rowling wrote it.").size() == 1);
  CHECK(Sents("a U.S. information security company").size() == 1);
  CHECK(Sents("The U.S. State Department said so.").size() == 1);
  CHECK(Sents("Apple Inc. said it would.").size() == 1);
  CHECK(Sents("It is No. 1 now.").size() == 1);
  CHECK(Sents("It was approx. three.").size() == 1);
}

TEST_CASE("acronym or company abbreviation before a common sentence starter ends") {
  CHECK(Sents("He lives in the U.S. The next day he left.") ==
        V{"He lives in the U.S.", "The next day he left."});
  CHECK(Sents("It was bought by Apple Inc. In May it grew.").size() == 2);
}

TEST_CASE("paragraphs, hard wraps and one sentence per line") {
  CHECK(Sents("Russia China Cybersecurity Agreement\n\nAccording to a report") ==
        V{"Russia China Cybersecurity Agreement", "According to a report"});
  CHECK(Sents("Showers continued throughout the week in\nthe Bahia cocoa zone, said\nSmith.") ==
        V{"Showers continued throughout the week in\nthe Bahia cocoa zone, said\nSmith."});
  CHECK(Sents("EU rejects German call .\nPeter Blackburn\nBRUSSELS 1996-08-22\nThe European "
              "Commission said .\nGermany 's representative ...") ==
        V{"EU rejects German call .", "Peter Blackburn", "BRUSSELS 1996-08-22",
          "The European Commission said .", "Germany 's representative ..."});
  CHECK(Sents("LONDON 1996-08-30\nWest Indian all-rounder") ==
        V{"LONDON 1996-08-30", "West Indian all-rounder"});
  // A line ending in a period ends the sentence even before lower case.
  CHECK(Sents("one line .\nthe next line").size() == 2);
  // After an abbreviation, a newline is a wrap.
  CHECK(Sents("met Dr.\nSmith today").size() == 1);
  // A title-case heading ends before a common sentence starter only.
  CHECK(Sents("Russia China Cybersecurity Agreement\nAccording to a report.").size() == 2);
  CHECK(Sents("International Business Machines\nCorp said it would.").size() == 1);
  CHECK(Sents("It was agreed in the U.S.\nOfficials said so.").size() == 1);
  // A title-case line continuing into a lower-case line is a wrap.
  CHECK(Sents("The President Vladimir Putin\nsaid on Monday.").size() == 1);
  CHECK(Sents("Windows line\r\n\r\nNext para").size() == 2);
  CHECK(Sents("").empty());
  CHECK(Sents(" \n\n ").empty());
}

TEST_CASE("pre-tokenized text: detached quotes, one sentence per line") {
  CHECK(Sents("\" I kept calm . \"\nThe next one .") == V{"\" I kept calm . \"", "The next one ."});
  CHECK(Sents("\" He is always late , \" said Rios . \" Then he left .") ==
        V{"\" He is always late , \" said Rios .", "\" Then he left ."});
  // An unclosed quote does not swallow a quote glued to the next word.
  CHECK(Sents("He said: \"We know. \"Us too.\"") == V{"He said: \"We know.", "\"Us too.\""});
  CHECK(Sents("He said . \" Then he left . \" Yes .") ==
        V{"He said .", "\" Then he left . \"", "Yes ."});
  // Most lines end with a stop: every newline ends a sentence (table rows too).
  CHECK(Sents("Results .\nLuton 4 1 0 3\nWycombe 4 0 3 1\nThe end .\nAll done .") ==
        V{"Results .", "Luton 4 1 0 3", "Wycombe 4 0 3 1", "The end .", "All done ."});
  // Hard-wrapped text keeps its wraps.
  CHECK(Sents("The rate compares with 12.4 pct at the end of February\n1986.\n    The total "
              "number of jobless stood at\n508,392, the office said.") ==
        V{"The rate compares with 12.4 pct at the end of February\n1986.",
          "The total number of jobless stood at\n508,392, the office said."});
}

TEST_CASE("enumerations do not end sentences") {
  CHECK(Sents("Results:\n1. Michelle Freeman 12.71\n2. Ludmila Engquist 12.74") ==
        V{"Results:\n1. Michelle Freeman 12.71\n2. Ludmila Engquist 12.74"});
  CHECK(Sents("It won in 1986. The next year it lost.").size() == 2);
}

TEST_CASE("sentence spans cover their tokens") {
  Document d = Run("First one.  Second one!\n\nThird");
  REQUIRE(d.sentences.size() == 3);
  uint32_t next = 0;
  for (const Sentence& s : d.sentences) {
    CHECK(s.token_begin == next);
    CHECK(s.span.begin == d.tokens[s.token_begin].span.begin);
    CHECK(s.span.end == d.tokens[s.token_end - 1].span.end);
    next = s.token_end;
  }
  CHECK(next == d.tokens.size());
}

TEST_CASE("seed article") {
  std::ifstream f(ACTORGRAPH_SOURCE_DIR "/seeds/russia-china-cybersecurity.txt");
  REQUIRE(f);
  std::stringstream ss;
  ss << f.rdbuf();
  Document d = Run(ss.str());
  CHECK(d.sentences.size() == 21);
  bool pact_end = false, us_company = false;
  for (const Sentence& s : d.sentences) {
    std::string_view t = d.Text(s.span);
    std::string_view end = "„non-aggression pact.“";
    if (t.size() >= end.size() && t.substr(t.size() - end.size()) == end) pact_end = true;
    if (t.find("a U.S. information security company") != std::string_view::npos) us_company = true;
  }
  CHECK(pact_end);
  CHECK(us_company);
  CHECK(d.Text(d.sentences[0].span) == "Russia China Cybersecurity Agreement");
  // Every token's bytes are non-empty and inside the text, in order.
  for (size_t i = 1; i < d.tokens.size(); ++i)
    CHECK(d.tokens[i - 1].span.end <= d.tokens[i].span.begin);
}

TEST_CASE("caps keep pathological input linear") {
  std::string big(4 << 20, 'a');
  for (size_t i = 5; i < big.size(); i += 6) big[i] = ' ';  // 4 MiB, no sentence end
  auto t0 = std::chrono::steady_clock::now();
  Document d = Run(big);
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(s < 2.0);
  for (const Sentence& x : d.sentences) CHECK(x.token_end - x.token_begin <= kMaxSentenceTokens);
  CHECK(d.sentences.size() == (d.tokens.size() + kMaxSentenceTokens - 1) / kMaxSentenceTokens);
  std::string list;
  for (int i = 0; i < 20000; ++i) list += "item" + std::to_string(i) + ", ";
  Document l = Run(list);
  CHECK(l.tokens.size() == 40000);
  std::string noword(1 << 20, '-');
  Document n = Run(noword);
  CHECK(n.tokens.size() == noword.size());
}

TEST_CASE("Analyze reuses and clears previous results") {
  Document d = Run("One. Two.");
  d.text = "Three";
  Analyze(&d);
  CHECK(d.tokens.size() == 1);
  CHECK(d.sentences.size() == 1);
}

}  // namespace
}  // namespace actorgraph

namespace actorgraph {
namespace {

// Invariants on arbitrary bytes: spans in bounds, ordered, non-empty, capped;
// sentences partition the tokens.
void CheckInvariants(const Document& d) {
  uint32_t prev_end = 0;
  for (const Token& t : d.tokens) {
    REQUIRE(t.span.begin >= prev_end);
    REQUIRE(t.span.end > t.span.begin);
    REQUIRE(t.span.end <= d.text.size());
    REQUIRE(t.span.size() <= kMaxTokenBytes);
    prev_end = t.span.end;
  }
  uint32_t next = 0;
  for (const Sentence& s : d.sentences) {
    REQUIRE(s.token_begin == next);
    REQUIRE(s.token_end > s.token_begin);
    REQUIRE(s.token_end - s.token_begin <= kMaxSentenceTokens);
    REQUIRE(s.span.begin == d.tokens[s.token_begin].span.begin);
    REQUIRE(s.span.end == d.tokens[s.token_end - 1].span.end);
    next = s.token_end;
  }
  REQUIRE(next == d.tokens.size());
}

TEST_CASE("arbitrary bytes keep the invariants") {
  const std::vector<std::string> pieces = {"U.S.",     ".",
                                           " ",        "\n",
                                           "\n\n",     "Dr.",
                                           "“",        "”",
                                           "„",        "\"",
                                           "'s",       "’",
                                           "`",        "n't",
                                           "@",        "#",
                                           "x@y.com",  "http://a.b/c",
                                           "www.",     "1,000",
                                           "3.5",      "-",
                                           "é",        "\xff",
                                           "\xe2\x80", "\xc3",
                                           "The",      "said",
                                           "(",        ")",
                                           "…",        "。",
                                           "A.",       "No.",
                                           "5",        "\r\n",
                                           "\t",       "\xf0\x9f\x98\x80",
                                           "\0",       "Inc.",
                                           "ABC",      "wa",
                                           "a",        "?",
                                           "!"};
  uint32_t state = 12345;
  auto rnd = [&] { return state = state * 1103515245u + 12345u, (state >> 16) & 0x7fff; };
  for (int round = 0; round < 3000; ++round) {
    Document d;
    int n = static_cast<int>(rnd() % 40);
    for (int i = 0; i < n; ++i) {
      if (rnd() % 8 == 0)
        d.text.push_back(static_cast<char>(rnd() & 0xff));
      else
        d.text += pieces[rnd() % pieces.size()];
    }
    Analyze(&d);
    CheckInvariants(d);
  }
}

}  // namespace
}  // namespace actorgraph
