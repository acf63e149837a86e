// Accusations whose accuser is not the clause right before the verb: a
// sayer's second predicate after a reported modal clause, and an attribution
// reported as "said that it had linked ...".
#include <doctest/doctest.h>

#include "relations/edges.h"

namespace actorgraph {
namespace {

using testing::Edges;
using testing::Has;

TEST_CASE("told that ... would ..., and accused: the sayer accuses") {
  auto es = Edges("Ned Price told reporters that Russia would respond and accused NATO of lying.",
                  "accused");
  CHECK(Has(es, "Ned Price NATO asserted"));
  CHECK_FALSE(Has(es, "Russia NATO hypothetical"));
  // no modal: the reported clause's subject may be the accuser; the sayer is not read
  es = Edges("Ned Price told reporters that Russia had responded and accused NATO of lying.",
             "accused");
  CHECK_FALSE(Has(es, "Ned Price NATO asserted"));
}

TEST_CASE("said that it had linked an intrusion to a group: the sayer accuses the group") {
  auto es = Edges(
      "The National Cyber Security Centre said that it had linked an intrusion into the Office "
      "of Personnel Management to APT28.",
      "accused");
  CHECK(Has(es, "National Cyber Security Centre APT28 asserted"));
  es = Edges(
      "The National Cyber Security Centre said that it had linked an intrusion into the Office "
      "of Personnel Management to APT28.",
      "alleged-attack");
  CHECK(Has(es, "APT28 Office of Personnel Management alleged"));
}

TEST_CASE("a participle after a long first predicate") {
  auto es = Edges(
      "The United States said on Wednesday it would not renew a license that had eased sanctions "
      "on Syria's oil sector, accusing President Hun Sen's government of failing to honour a "
      "roadmap.",
      "accused");
  CHECK(Has(es, "United States Hun Sen asserted"));
  // a name that modifies a thing ("United Nations sanctions") is no accuser
  es = Edges("Japan moved to reimpose United Nations sanctions on Iran, accusing Tehran of lying.",
             "accused");
  CHECK_FALSE(Has(es, "United Nations Iran asserted"));
}

TEST_CASE("said it would / had + an active verb: \"it\" is the sayer") {
  auto es = Edges("Poland said it would not sign the Istanbul Convention.", "signed");
  CHECK(Has(es, "Poland Istanbul Convention negated"));
  es = Edges("Chile said on Monday that it had ratified the Paris Agreement.", "signed");
  CHECK(Has(es, "Chile Paris Agreement asserted"));
  // a passive after the auxiliary stays for the rules that read "it" themselves
  es = Edges("Estonia said it had been hit by Russian hackers.", "alleged-attack");
  CHECK(Has(es, "Russia Estonia alleged"));
}

}  // namespace
}  // namespace actorgraph
