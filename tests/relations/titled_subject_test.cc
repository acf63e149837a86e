// A predicate coordinated with the first shares its subject also when the
// subject is a person under a title ("Russian Foreign Minister X called ...
// and accused ...").
#include <doctest/doctest.h>

#include <memory>

#include "relations/edges.h"

namespace actorgraph {
namespace {

using testing::Edges;
using testing::Has;

TEST_CASE("coordinated predicates: a titled person is the subject of both") {
  auto es = Edges(
      "Russian Foreign Minister Sergei Lavrov called the decision a provocation and accused "
      "Ukraine of lying to its allies.",
      "accused");
  CHECK(Has(es, "Sergei Lavrov Ukraine asserted"));
  es = Edges(
      "Russia's foreign minister Sergei Lavrov called the plan reckless and accused Germany of "
      "bad faith.",
      "accused");
  CHECK(Has(es, "Sergei Lavrov Germany asserted"));
  // the state before the title does not accuse
  CHECK_FALSE(Has(es, "Russia Germany asserted"));
  // a speech verb stops the reading: the verbs after it are another's
  es = Edges("Foreign Minister Sergei Lavrov said Iran attacked and accused France.", "accused");
  CHECK_FALSE(Has(es, "Sergei Lavrov France asserted"));
}

TEST_CASE("coordinated predicates: a person named in an apposition after a title") {
  auto es = Edges(
      "Russia's ambassador in Oslo, Sergei Lavrov, called the measures illegal and accused the "
      "United States of using sanctions as a weapon.",
      "accused");
  CHECK(Has(es, "Sergei Lavrov United States asserted"));
  CHECK_FALSE(Has(es, "Russia United States asserted"));
  es = Edges(
      "China's envoy to the United Nations, Wang Yi, rejected the report and accused Japan of "
      "spreading lies.",
      "accused");
  CHECK(Has(es, "Wang Yi Japan asserted"));
  // a speech verb still stops the reading
  es = Edges("Russia's ambassador in Oslo, Sergei Lavrov, said Iran lied and accused Ukraine.",
             "accused");
  CHECK_FALSE(Has(es, "Sergei Lavrov Ukraine asserted"));
}

TEST_CASE("coordinated predicates: a body's people before the verb leave the body the subject") {
  auto es = Edges("NATO allies voiced alarm and supported Germany after the attack.", "supported");
  CHECK(Has(es, "NATO Germany asserted"));
  es = Edges("Chinese officials rejected the report and accused Japan of meddling.", "accused");
  CHECK(Has(es, "China Japan asserted"));
  // a noun outside the class: no shared subject
  es = Edges("NATO summits voiced alarm and supported Germany after the attack.", "supported");
  CHECK_FALSE(Has(es, "NATO Germany asserted"));
}

}  // namespace
}  // namespace actorgraph
