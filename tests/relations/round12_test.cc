// Round 12: accused states written as a demonym before a longer phrase for their
// ships or forces, a ruling group's authorities in a state, hackers working for a
// state, a stance reported after a longer "said in a statement ... that", and
// signers written as a group's leaders or as joining others in signing.
#include <doctest/doctest.h>

#include "relations/edges.h"

namespace actorgraph {
namespace {

using testing::Edges;
using testing::Has;

TEST_CASE("round12: a demonym before a longer phrase for ships or forces is accused") {
  auto es = Edges("The Philippines accused Chinese maritime militia ships of swarming a shoal.",
                  "accused");
  CHECK(Has(es, "Philippines China asserted"));
  es = Edges("Japan did not accuse Russian naval patrol aircraft of violating its airspace.",
             "accused");
  CHECK(Has(es, "Japan Russia negated"));
  CHECK_FALSE(Has(es, "Japan Russia asserted"));
  // a noun that is no force: the state only qualifies it
  es = Edges("Japan accused Chinese state media outlets of spreading lies.", "accused");
  CHECK_FALSE(Has(es, "Japan China asserted"));
  // the state names a place, not the accused
  es = Edges("Japan accused the crews of ships in Russian waters of poaching.", "accused");
  CHECK_FALSE(Has(es, "Japan Russia asserted"));
}

TEST_CASE("round12: a ruling group's authorities in a state") {
  auto es = Edges("Israel accused the Hezbollah leadership in Syria of shelling its villages.",
                  "accused");
  CHECK(Has(es, "Israel Hezbollah asserted"));
  CHECK(Has(es, "Israel Syria asserted"));
  es = Edges("Israel praised the Hezbollah leadership in Syria for its restraint.", "accused");
  CHECK(es.empty());
}

TEST_CASE("round12: hackers working for a state attack") {
  auto es = Edges(
      "Poland said hackers working for Russian intelligence had allegedly broken into the "
      "servers of the Council of Europe.",
      "alleged-attack");
  CHECK(Has(es, "Russia Council of Europe alleged"));
  CHECK_FALSE(Has(es, "Poland Council of Europe alleged"));
  // the victim's own hackers: no attack
  es = Edges("Hackers working for the Council of Europe tested its servers in Poland.",
             "alleged-attack");
  CHECK(es.empty());
}

TEST_CASE("round12: a stance after 'said in a statement on DAY that it'") {
  auto es = Edges("Peru and Chile said in a joint statement on Friday that they supported Ukraine.",
                  "supported");
  CHECK(Has(es, "Peru Ukraine asserted"));
  CHECK(Has(es, "Chile Ukraine asserted"));
  es = Edges("Chile said on Monday in a statement that it did not support the Paris Agreement.",
             "supported");
  CHECK(Has(es, "Chile Paris Agreement negated"));
  CHECK_FALSE(Has(es, "Chile Paris Agreement asserted"));
  // the backed thing is the state's own bid
  es = Edges("Peru said in a statement on Thursday that it supported Ukraine's bid to join.",
             "supported");
  CHECK_FALSE(Has(es, "Peru Ukraine asserted"));
}

TEST_CASE("round12: a group's leaders and those joining others sign") {
  auto es = Edges(
      "Germany, Norway and the UK led a group of 20 countries that on Friday signed the "
      "Paris Agreement.",
      "signed");
  CHECK(Has(es, "Germany Paris Agreement asserted"));
  CHECK(Has(es, "Norway Paris Agreement asserted"));
  CHECK(Has(es, "United Kingdom Paris Agreement asserted"));
  es = Edges("Chile led a group of 20 countries that criticised the Paris Agreement.", "signed");
  CHECK(es.empty());
  es = Edges("Chile joined 40 other states in signing the Paris Agreement.", "signed");
  CHECK(Has(es, "Chile Paris Agreement asserted"));
  es = Edges("Chile declined to join other countries in signing the Paris Agreement.", "signed");
  CHECK(Has(es, "Chile Paris Agreement negated"));
  CHECK_FALSE(Has(es, "Chile Paris Agreement asserted"));
  es = Edges("Chile joined 40 other states in criticising the Paris Agreement.", "signed");
  CHECK(es.empty());
}

TEST_CASE("round12: accused with no 'of' before an aside, a participle or the clause end") {
  auto es = Edges(
      "Anna Berg did not accuse Cambodia, with which Thailand signed a border agreement in May.",
      "accused");
  CHECK(Has(es, "Anna Berg Cambodia negated"));
  CHECK_FALSE(Has(es, "Anna Berg Cambodia asserted"));
  CHECK_FALSE(Has(es, "Anna Berg Thailand negated"));
  es = Edges("Poland accused Belarus, saying the migrants had been flown in from abroad.",
             "accused");
  CHECK(Has(es, "Poland Belarus asserted"));
  // the accused as a noun
  es = Edges("Lawyers for the accused, Anna Berg, said Poland had no case.", "accused");
  CHECK(es.empty());
  // another verb before the list member's comma
  es = Edges("Poland praised Belarus, saying the migrants had been flown home.", "accused");
  CHECK(es.empty());
}

TEST_CASE("round12: an aside holding a comma list ends after the list") {
  auto es = Edges(
      "Kenya, which chairs the bloc's organ on politics, defence and security, has proposed "
      "the Paris Agreement.",
      "proposed");
  CHECK(Has(es, "Kenya Paris Agreement asserted"));
  es = Edges("Kenya, which exports tea, coffee and flowers, accused Chile of dumping.", "accused");
  CHECK(Has(es, "Kenya Chile asserted"));
  // a list member that is a name is no common-noun list: the aside is not read
  es = Edges("Kenya, which exports tea, coffee and flowers to Chile, accused Peru of dumping.",
             "accused");
  CHECK_FALSE(Has(es, "Chile Peru asserted"));
  // no conjunction: the second comma closes no list
  es = Edges(
      "Kenya, which chairs the organ on politics, defence, security, has proposed the "
      "Paris Agreement.",
      "proposed");
  CHECK_FALSE(Has(es, "Kenya Paris Agreement asserted"));
}

}  // namespace
}  // namespace actorgraph
