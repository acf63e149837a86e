// "Palau went further. Its foreign minister, X, said ...": an officer named
// with "Its" and a title at a sentence's opening serves the state or body
// the sentence before opened with.
#include <doctest/doctest.h>

#include "relations/edges.h"

namespace actorgraph {
namespace {

using testing::Edges;
using testing::Has;

TEST_CASE("its title: the state or body the sentence before opened with") {
  auto es = Edges(
      "Norway, one of the few donors that fund the plan, went further. Its foreign minister, "
      "Anna Berg, said the talks had failed.",
      "affiliated-with");
  CHECK(Has(es, "Anna Berg Norway asserted"));
  es = Edges("The Kremlin rejected the report. Its spokesman, Paul Smith, called it a fantasy.",
             "affiliated-with");
  CHECK(Has(es, "Paul Smith Kremlin asserted"));
  // a body named after its state's possessive is the subject
  es = Edges(
      "Germany's Socialist Party opposed the deal. Its general secretary, Anna Berg, said the "
      "vote was rushed.",
      "affiliated-with");
  CHECK(Has(es, "Anna Berg Socialist Party asserted"));
  CHECK_FALSE(Has(es, "Anna Berg Germany asserted"));
  // a state's possessive before a common noun: the state
  es = Edges(
      "China's position remained vague. Its chief negotiator, Paul Smith, said Beijing would "
      "wait.",
      "affiliated-with");
  CHECK(Has(es, "Paul Smith China asserted"));
}

TEST_CASE("its title: no antecedent when the sentence before opened otherwise") {
  // the name is no opening subject: "Its" is the hospital's
  auto es = Edges(
      "A hospital near the border with Kenya was shelled. Its director, Anna Berg, said ten "
      "people died.",
      "affiliated-with");
  CHECK_FALSE(Has(es, "Anna Berg Kenya asserted"));
  // a person opening the sentence before is no "Its"
  es = Edges(
      "Paul Smith visited Norway. Its foreign minister, Anna Berg, said the talks had failed.",
      "affiliated-with");
  CHECK_FALSE(Has(es, "Anna Berg Paul Smith asserted"));
  // no comma pair around the name: no apposition
  es = Edges("Norway went further. Its foreign minister said Anna Berg would travel.",
             "affiliated-with");
  CHECK(es.empty());
}

}  // namespace
}  // namespace actorgraph
