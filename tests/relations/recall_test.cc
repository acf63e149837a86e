// Edges the real rules must give, and must not give, in policy news: what
// examples and counter-examples of rule files cannot say (a sentence with one
// right edge and one wrong one of the same relation).
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "actorgraph/relations.h"
#include "relations/fixture.h"

namespace actorgraph {
namespace {

const RuleSet& Rules() {
  static const std::shared_ptr<const RuleSet> rules = [] {
    std::vector<Diagnostic> diags;
    auto rs = RuleSet::Load(std::string(ACTORGRAPH_SOURCE_DIR) + "/rules", &diags);
    REQUIRE(rs.ok());
    return *rs;
  }();
  return *rules;
}

// The edges of `text`, each written "source relation target", with their relations.
std::vector<std::pair<std::string, Relation>> Extracted(const std::string& text) {
  Document doc = testing::MakeDoc(text);
  std::vector<Mention> ms = testing::MarkNames(doc, testing::ExampleNames());
  std::vector<std::pair<std::string, Relation>> out;
  for (const Relation& r : Rules().Extract(doc, ms))
    out.emplace_back(ms[r.source].label + " " + r.type + " " + ms[r.target].label, r);
  return out;
}

std::vector<std::string> Edges(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& [edge, r] : Extracted(text)) out.push_back(edge);
  return out;
}

// The modality of `edge` in `text` ("none" without the edge).
std::string ModalityOf(const std::string& text, const std::string& edge) {
  for (const auto& [e, r] : Extracted(text))
    if (e == edge) return ModalityName(r.modality);
  return "none";
}

// The date of `edge` in `text` ("none" if undated, "no edge" without it).
std::string DateOf(const std::string& text, const std::string& edge) {
  for (const auto& [e, r] : Extracted(text))
    if (e == edge) return r.date.empty() ? "none" : r.date;
  return "no edge";
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
  for (const std::string& x : v)
    if (x == s) return true;
  return false;
}

TEST_CASE("recall: in a list of titled names each title goes with the name after it") {
  auto es = Edges(
      "He met Vice President Anna Berg, Director General of the International Atomic Energy "
      "Agency Rafael Grossi and others.");
  CHECK(Has(es, "Rafael Grossi affiliated-with International Atomic Energy Agency"));
  CHECK_FALSE(Has(es, "Anna Berg affiliated-with International Atomic Energy Agency"));
}

TEST_CASE("recall: an office title and 'of' a state is an affiliation; a nationality is not") {
  auto es = Edges("Presidents Andrzej Duda of Poland and Volodymyr Zelensky of Ukraine met.");
  CHECK(Has(es, "Andrzej Duda affiliated-with Poland"));
  CHECK(Has(es, "Volodymyr Zelensky affiliated-with Ukraine"));
  CHECK_FALSE(Has(es, "Andrzej Duda affiliated-with Ukraine"));
  CHECK_FALSE(Has(es, "Volodymyr Zelensky affiliated-with Poland"));
  CHECK(Edges("Mr. David Jones of Britain won the race.").empty());
}

TEST_CASE("recall: a state's envoy to a body represents the state, not the body") {
  auto es = Edges("Canada's UN ambassador Bob Rae spoke on Monday.");
  CHECK(Has(es, "Bob Rae affiliated-with Canada"));
  CHECK_FALSE(Has(es, "Bob Rae affiliated-with United Nations"));
}

TEST_CASE("recall: a relative clause between a subject and its verb is stepped over") {
  auto es = Edges(
      "Japan and Australia, which together with India and the United States make up NATO, have "
      "signed the Paris Agreement.");
  CHECK(Has(es, "Japan signed Paris Agreement"));
  CHECK(Has(es, "Australia signed Paris Agreement"));
  CHECK_FALSE(Has(es, "NATO signed Paris Agreement"));
  // "both members of NATO" is an aside too
  es = Edges("Japan and France, both members of NATO, have signed the Paris Agreement.");
  CHECK(Has(es, "Japan signed Paris Agreement"));
  CHECK(Has(es, "France signed Paris Agreement"));
  CHECK_FALSE(Has(es, "NATO signed Paris Agreement"));
  // a name inside the aside is no argument of the verb after it
  es = Edges("Russia and China, which have close ties with Iran, opposed the Paris Agreement.");
  CHECK(Has(es, "China opposed Paris Agreement"));
  CHECK_FALSE(Has(es, "Iran opposed Paris Agreement"));
  // the clause's own verb still links the name before it
  es = Edges("Japan, which signed the Paris Agreement in 2016, opposed the plan.");
  CHECK(Has(es, "Japan signed Paris Agreement"));
  // a comma before a title is an apposition, not the end of the clause
  es = Edges(
      "Taft, which has shareholders led by Anna Berg, director of the International Atomic Energy "
      "Agency, said so.");
  CHECK(Has(es, "Anna Berg affiliated-with International Atomic Energy Agency"));
}

TEST_CASE("recall: an apposition between a subject and its verb is stepped over") {
  auto es = Edges("Russia, a close ally of China, accused Ukraine of shelling the plant.");
  CHECK(Has(es, "Russia accused Ukraine"));
  CHECK_FALSE(Has(es, "China accused Ukraine"));
  es = Edges("Japan, a neighbour of China, signed the Paris Agreement.");
  CHECK(Has(es, "Japan signed Paris Agreement"));
  CHECK_FALSE(Has(es, "China signed Paris Agreement"));
  // a list of names is no apposition
  es = Edges("Russia, the United States and China signed the Paris Agreement.");
  CHECK_FALSE(Has(es, "Russia signed United States"));
  // without the name's verb after the closing comma it is not read as one
  es = Edges("Iran accused Israel, a rival of Russia, of sabotage.");
  CHECK(Has(es, "Iran accused Israel"));
}

TEST_CASE("recall: a one-word sentence adverbial between a subject and its verb") {
  auto es = Edges("Japan, however, has not ratified the Paris Agreement.");
  CHECK(Has(es, "Japan signed Paris Agreement"));
  es = Edges("Russia, meanwhile, accused Ukraine of shelling the plant.");
  CHECK(Has(es, "Russia accused Ukraine"));
  // the name before the aside is the subject of its own verb only
  es = Edges("France, too, stayed away, but Germany signed the Paris Agreement.");
  CHECK(Has(es, "Germany signed Paris Agreement"));
  CHECK_FALSE(Has(es, "France signed Paris Agreement"));
}

TEST_CASE("recall: a verb of joining without its object takes the treaty named before") {
  auto es = Edges(
      "The Paris Agreement was adopted in 2015. Chile and Mexico were the first states to "
      "ratify, in January 2016.");
  CHECK(Has(es, "Chile signed Paris Agreement"));
  CHECK(Has(es, "Mexico signed Paris Agreement"));
  es = Edges("The Paris Agreement was adopted in 2015. Japan signed on the first day.");
  CHECK(Has(es, "Japan signed Paris Agreement"));
  // not when the sentence names a treaty of its own, nor with an object
  es = Edges("The Paris Agreement was adopted in 2015. Japan signed the Ottawa Treaty in 1997.");
  CHECK_FALSE(Has(es, "Japan signed Paris Agreement"));
  es = Edges("The Paris Agreement was adopted in 2015. Japan signed a gas deal with Canada.");
  CHECK_FALSE(Has(es, "Japan signed Paris Agreement"));
  // each sentence read so keeps the treaty the topic for the next two
  es = Edges(
      "The Paris Agreement was adopted in 2015. Chile ratified in 2016. Mexico ratified in "
      "2017. Japan ratified in 2018. Canada signed on the first day; so did Peru.");
  CHECK(Has(es, "Canada signed Paris Agreement"));
  CHECK(Has(es, "Peru signed Paris Agreement"));
  // nor three sentences after the treaty was named
  es = Edges(
      "The Paris Agreement was adopted in 2015. Talks went on. Nothing changed. Prices rose. "
      "Japan signed on the first day.");
  CHECK_FALSE(Has(es, "Japan signed Paris Agreement"));
}

TEST_CASE("recall: predicates coordinated with the first share its subject") {
  // the first predicate's cue ("denied") does not govern the second
  CHECK(ModalityOf("Russia denied the claims and accused Iran of hacking.",
                   "Russia accused Iran") == "asserted");
  CHECK(ModalityOf("On Monday, Russia and China denied it but accused Iran of hacking.",
                   "China accused Iran") == "asserted");
  // the second predicate's own cue does
  CHECK(ModalityOf("Russia denied the claims and did not accuse Iran of hacking.",
                   "Russia accused Iran") == "negated");
  // a noun that could be a speech verb ("the claims") stops nothing
  CHECK(ModalityOf("Germany rejected the claims and signed the Paris Agreement.",
                   "Germany signed Paris Agreement") == "asserted");
  // past a speech verb the verbs may be another subject's
  CHECK(ModalityOf("Russia said Iran attacked and accused France of hacking.",
                   "Russia accused France") == "none");
  // a pronoun after the second verb is the first verb's object
  CHECK(ModalityOf("Russia condemned the Netherlands and accused it of espionage.",
                   "Russia accused Netherlands") == "asserted");
  CHECK(ModalityOf("Germany strongly criticised Iran and accused it of spying.",
                   "Germany accused Iran") == "asserted");
  // ... not a name deeper in the first predicate's phrase
  CHECK(ModalityOf("Germany studied the tests carried out in Iran and condemned them.",
                   "Germany opposed Iran") == "none");
  // a quoted phrase in the first predicate does not end the reading
  CHECK(ModalityOf("Germany dismissed the report as \"groundless\" and accused Iran of spying.",
                   "Germany accused Iran") == "asserted");
  // a subject may be a state's body: the state acts in the second predicate
  CHECK(ModalityOf("China's embassy in Washington rejected the report and accused France of "
                   "hacking.",
                   "China accused France") == "asserted");
  // a participle with "by" is no predicate of the subject
  CHECK(ModalityOf("Germany studied the plan and later endorsed by France the Paris Agreement.",
                   "Germany supported Paris Agreement") == "none");
}

TEST_CASE("recall: a year before a treaty dates the treaty, at most its signature") {
  CHECK(DateOf("Brazil signed the 2015 Paris Agreement.", "Brazil signed Paris Agreement") ==
        "2015");
  CHECK(DateOf("Brazil rejected the 2015 Paris Agreement in May 2015.",
               "Brazil opposed Paris Agreement") == "2015-05");
  CHECK(DateOf("Brazil rejected the 2015 Paris Agreement.", "Brazil opposed Paris Agreement") ==
        "none");
  CHECK(DateOf("Brazil accused Chile of breaching the 2015 Paris Agreement.",
               "Brazil accused Chile") == "none");
  // a date inside an aside dates what the aside says, not the verb after it
  CHECK(DateOf("Brazil, which joined NATO in 2016, rejected the Paris Agreement.",
               "Brazil opposed Paris Agreement") == "none");
}

}  // namespace
}  // namespace actorgraph
