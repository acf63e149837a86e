// A tiny stand-in for text + ner so relation tests need neither: splits text
// into tokens and sentences, and marks names from a small table as mentions.
#ifndef ACTORGRAPH_TESTS_RELATIONS_FIXTURE_H_
#define ACTORGRAPH_TESTS_RELATIONS_FIXTURE_H_

#include <string>
#include <vector>

#include "actorgraph/types.h"

namespace actorgraph {
namespace testing {

struct Name {
  std::string text;  // surface form, matched case-sensitively at token boundaries
  EntityType type;
  std::string label;  // canonical label; node = type + ":" + label
  std::string value;  // dates: TIMEX3 value
};

// Tokens: runs of letters/digits (with inner ' and . between letters), and
// every other character (a whole UTF-8 sequence) alone. Sentences end after
// '.', '!' or '?' followed by a space and an upper-case letter.
Document MakeDoc(const std::string& text);

// Marks the longest table name at each token (outermost first) and, with
// nested = true, names inside longer names too.
std::vector<Mention> MarkNames(const Document& doc, const std::vector<Name>& names,
                               bool nested = true);

// Names used by the rule examples and the tests.
const std::vector<Name>& ExampleNames();

// The affiliated-with edges ("source-label target-label") the project's rules
// give for `text` marked with ExampleNames, every person holding the title
// `role` as the name finder would keep it ("Prime Minister X").
std::vector<std::string> TitledAffiliations(const std::string& text,
                                            const std::string& role = "Prime Minister");

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_RELATIONS_FIXTURE_H_
