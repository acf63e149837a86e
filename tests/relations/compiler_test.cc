// The pattern compiler and the sentence skeleton.
#include <doctest/doctest.h>

#include "relations/internal.h"

namespace actorgraph {
namespace relations {
namespace {

Lexicon TestLexicon() {
  return {{"SIGN", {"signed", "ratified", "entered into"}},
          {"ALL", {"@SIGN", "cyber*"}},
          {"LOOP", {"@LOOP"}},
          {"EMPTY", {}}};
}

bool Matches(const std::string& pattern, const std::string& skeleton) {
  CompiledPattern cp = CompilePattern(pattern, TestLexicon());
  REQUIRE_MESSAGE(cp.error.empty(), cp.error);
  RE2 re(cp.regex, RuleOptions());
  REQUIRE(re.ok());
  return RE2::PartialMatch(skeleton, re);
}

std::string Error(const std::string& pattern) {
  return CompilePattern(pattern, TestLexicon()).error;
}

TEST_CASE("slots, lists, classes and words compile to whole-token regexes") {
  CompiledPattern cp =
      CompilePattern("{source+:STATE|ORG} ~2 @SIGN {target:TREATY}", TestLexicon());
  REQUIRE(cp.error.empty());
  REQUIRE(cp.slots.size() == 2);
  CHECK(cp.slots[0].role == "source");
  CHECK(cp.slots[0].list);
  CHECK(cp.slots[1].role == "target");
  CHECK_FALSE(cp.slots[1].list);
  CHECK(cp.regex.find("(?P<trig>") != std::string::npos);  // the class is the trigger
  CHECK(Matches("{source:STATE} @SIGN {target:TREATY}", " §S0 signed §T1 "));
  CHECK(Matches("{source:STATE} @SIGN {target:TREATY}", " §S0 entered into §T1 "));
  CHECK_FALSE(Matches("{source:STATE} @SIGN {target:TREATY}", " §S0 co-signed §T1 "));
  CHECK_FALSE(Matches("{source:STATE} @SIGN {target:TREATY}", " §S0 signed §O1 "));  // type
  CHECK(Matches("{source:ANY} @SIGN {target:TREATY}", " §P0 signed §T1 "));
  CHECK_FALSE(Matches("{source:ANY} @SIGN {target:TREATY}", " §D0 signed §T1 "));  // ANY: no dates
  // Whole tokens only: "signed" is not "signedx".
  CHECK_FALSE(Matches("{source:STATE} signed {target:TREATY}", " §S0 signedx §T1 "));
  // Prefix entries and classes inside classes.
  CHECK(Matches("{source:STATE} @ALL {target:TREATY}", " §S0 cyberattacked §T1 "));
  CHECK(Matches("{source:STATE} @ALL {target:TREATY}", " §S0 ratified §T1 "));
}

TEST_CASE("a pattern's anchor words: the rarest required set, and the others it needs") {
  CompiledPattern cp =
      CompilePattern("{source:STATE} @SIGN ~2 accord with (the)? {target:STATE}", TestLexicon());
  REQUIRE(cp.error.empty());
  CHECK(cp.anchors == std::vector<std::string>{"accord"});
  // The class is required too; "with" is too common to rule anything out,
  // and the optional "the" is no requirement.
  REQUIRE(cp.required.size() == 1);
  CHECK(cp.required[0] == std::vector<std::string>{"entered", "ratified", "signed"});
  // A pattern whose parts are all optional or slots has neither.
  cp = CompilePattern("{source:STATE} (signed)? {target:TREATY}", TestLexicon());
  CHECK(cp.anchors.empty());
  CHECK(cp.required.empty());
}

TEST_CASE("lists take commas only before a closing conjunction") {
  const std::string p = "{source+:STATE} signed {target:TREATY}";
  CHECK(Matches(p, " §S0 , §S1 , the §S2 and §S3 signed §T4 "));
  CHECK(Matches(p, " §S0 , §S1 , and §S2 signed §T4 "));
  CHECK(Matches(p, " §S0 / §S1 signed §T4 "));
  CHECK(Matches(p, " §S0 , §S1 and others signed §T4 "));
  CHECK(Matches(p, " §S0 or §S1 signed §T4 "));
  // "A, B signed": B alone is the list (A may stand in apposition).
  CompiledPattern cp = CompilePattern(p, TestLexicon());
  RE2 re(cp.regex, RuleOptions());
  std::string list;
  REQUIRE(RE2::PartialMatch(" §S0 , §S1 signed §T4 ", re, &list));
  CHECK(list == "§S1 ");
}

TEST_CASE("gaps, alternatives, optional and repeated parts") {
  CHECK(Matches("{source:STATE} ~2 signed {target:TREATY}", " §S0 has formally signed §T1 "));
  CHECK_FALSE(Matches("{source:STATE} ~1 signed {target:TREATY}", " §S0 has formally signed §T1 "));
  // A gap never crosses another entity, but it may cross a date.
  CHECK_FALSE(Matches("{source:STATE} ~3 signed {target:TREATY}", " §S0 and §O1 signed §T2 "));
  CHECK(Matches("{source:STATE} ~3 signed {target:TREATY}", " §S0 in §D1 signed §T2 "));
  // Nor a clause-ending ';' or ':'.
  CHECK_FALSE(Matches("{source:STATE} ~3 signed {target:TREATY}", " §S0 ; it signed §T1 "));
  CHECK(Matches("{source:STATE} ~3 signed {target:TREATY}", " §S0 , it signed §T1 "));
  CHECK(Matches("{source:STATE} (has|have) signed (a|the)? {target:TREATY}",
                " §S0 have signed §T1 "));
  CHECK(Matches("{source:STATE} (has|have) signed (a|the)? {target:TREATY}",
                " §S0 has signed the §T1 "));
  CHECK(
      Matches("{source:STATE} (very|most)* signed {target:TREATY}", " §S0 very very signed §T1 "));
  CHECK(Matches("{source:STATE} (very|most)+ signed {target:TREATY}", " §S0 most signed §T1 "));
  CHECK_FALSE(Matches("{source:STATE} (very|most)+ signed {target:TREATY}", " §S0 signed §T1 "));
  CHECK(Matches("{source:STATE} 's? signed {target:TREATY}", " §S0 's signed §T1 "));
  CHECK(Matches("{source:ORG} = ~3 of the {target:ORG}", " §O0 §= centre of the §O1 "));
  CHECK_FALSE(Matches("{source:ORG} ~3 of the {target:ORG}", " §O0 §= centre of the §O1 "));
}

TEST_CASE("the trigger: '!' marks it, else the first required class, else the first word") {
  CHECK(CompilePattern("{source:STATE} (a)? !signed {target:TREATY}", TestLexicon())
            .regex.find("(?P<trig>signed ") != std::string::npos);
  CHECK(CompilePattern("{source:STATE} @SIGN? said {target:TREATY}", TestLexicon())
            .regex.find("(?P<trig>said ") != std::string::npos);
  CHECK(Error("{source:STATE} !said !signed {target:TREATY}").find("more than one trigger") !=
        std::string::npos);
}

TEST_CASE("pattern errors say what is wrong") {
  CHECK(Error("{source:STATE} @NOPE {target:TREATY}").find("unknown word class @NOPE") !=
        std::string::npos);
  CHECK(Error("{source:STATE} @EMPTY {target:TREATY}").find("empty") != std::string::npos);
  CHECK(Error("{source:STATE} @LOOP {target:TREATY}").find("refers to itself") !=
        std::string::npos);
  CHECK(Error("{source:COUNTRY} signed {target:TREATY}").find("unknown entity type 'COUNTRY'") !=
        std::string::npos);
  CHECK(Error("{agent:STATE} signed {target:TREATY}").find("unknown slot role") !=
        std::string::npos);
  CHECK(Error("{source:STATE} (signed {target:TREATY}").find("missing ')'") != std::string::npos);
  CHECK(Error("{source:STATE} signed) {target:TREATY}").find("unbalanced") != std::string::npos);
  CHECK(Error("{source:STATE signed").find("missing '}'") != std::string::npos);
  CHECK(Error("({source:STATE})* signed {target:TREATY}").find("cannot stand inside") !=
        std::string::npos);
  CHECK(Error("{source:STATE} ~50 {target:TREATY}").find("longer than 20") != std::string::npos);
  CHECK(Error("{source:STATE} ~x {target:TREATY}").find("a gap is") != std::string::npos);
  CHECK(Error("{source:STATE} ( | a) {target:TREATY}").find("empty") != std::string::npos);
}

TEST_CASE("the skeleton: placeholders for top-level mentions, folded quotes and possessives") {
  // One token "China`s" holding the mention "China", as a tokenizer may leave it.
  Document doc;
  doc.text = "China`s \xE2\x80\x9Eproposal\xE2\x80\x9C for the Paris Agreement";
  auto tok = [&](uint32_t b, uint32_t e) {
    doc.tokens.push_back({{b, e}, TokenKind::kWord, true});
  };
  tok(0, 7);    // China`s
  tok(8, 11);   // „
  tok(11, 19);  // proposal
  tok(19, 22);  // “
  tok(23, 26);  // for
  tok(27, 30);  // the
  tok(31, 36);  // Paris
  tok(37, 46);  // Agreement
  std::vector<Mention> ms(3);
  ms[0].span = {0, 5};
  ms[0].type = EntityType::kState;
  ms[1].span = {31, 46};
  ms[1].type = EntityType::kTreaty;
  ms[2].span = {31, 36};  // nested: not a placeholder of its own
  ms[2].type = EntityType::kState;
  Skeleton skel;
  AppendSkeleton(doc, ms, 0, 8, {0, 1}, &skel);
  MarkQuotes(&skel);
  CHECK(skel.text == " §S0 's \" proposal \" for the §T1 ");
  REQUIRE(skel.tokens.size() == 8);
  CHECK(skel.tokens[0].mention == 0);
  CHECK(skel.tokens[1].span.begin == 5);                // "`s" keeps its own bytes
  CHECK(skel.tokens[3].quote != skel.tokens[6].quote);  // inside vs outside the quotation
  CHECK(skel.tokens[3].quote != -1);
  CHECK(skel.tokens[2].quote == -1);  // the quote mark itself
  CHECK(skel.TokenAt(skel.tokens[7].offset) == 7);
}

TEST_CASE("a tokenizer's separate \"'\" and \"s\" read as one possessive") {
  Document doc;
  doc.text = "Russia 's plan";
  doc.tokens = {{{0, 6}, TokenKind::kWord, false},
                {{7, 8}, TokenKind::kPunct, true},
                {{8, 9}, TokenKind::kWord, false},
                {{10, 14}, TokenKind::kWord, true}};
  std::vector<Mention> ms(1);
  ms[0].span = {0, 6};
  Skeleton skel;
  AppendSkeleton(doc, ms, 0, static_cast<uint32_t>(doc.tokens.size()), {0}, &skel);
  CHECK(skel.text == " §S0 's plan ");
}

}  // namespace
}  // namespace relations
}  // namespace actorgraph

TEST_CASE("stray delimiters fail instead of looping (found by fuzz_rules)") {
  using actorgraph::relations::CompilePattern;
  using actorgraph::relations::TestLexicon;
  for (const char* p :
       {".source:STATE} @SIGN {target:TREATY}", "{source:STATE} } {target:TREATY}",
        "{source:STATE} !} {target:TREATY}", "}", "!{source:STATE}} {target:TREATY}"}) {
    std::string err = CompilePattern(p, TestLexicon()).error;
    CHECK_MESSAGE(!err.empty(), p);
  }
  CHECK(CompilePattern("{source:STATE} } {target:TREATY}", TestLexicon())
            .error.find("unexpected '}'") != std::string::npos);
}
