// Internals of the text module shared by its .cc files and its tests.
#ifndef ACTORGRAPH_TEXT_TEXT_INTERNAL_H_
#define ACTORGRAPH_TEXT_TEXT_INTERNAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/types.h"

namespace actorgraph {
namespace text_internal {

// What a period after a word means when the word is a known abbreviation.
enum class Abbrev {
  kNone,        // not an abbreviation: the period is its own token
  kNever,       // titles, months, "vs.", "No.": never ends a sentence
  kMayEnd,      // "Inc.", "Corp.", "Jr.", "etc.", state names: ends a sentence
                // only before a common sentence starter ("The", "In", ...)
  kBeforeDigit  // "No." / "Nos." / "no.": an abbreviation only before a number
};

// Looks up a word (without its period), case-sensitively.
Abbrev AbbrevClass(std::string_view word);

// True for capitalised function words that typically begin a sentence
// ("The", "In", "But", "He", ...): after an acronym ("U.S."), an initial or a
// kMayEnd abbreviation, only these start a new sentence.
bool IsSentenceStarter(std::string_view word);

// True if the lookup tables are sorted (checked by a test).
bool TablesSorted();

// Fills *tokens (appending to an empty vector) from text, and *marks with
// the indices (ascending, > 0) of the tokens before which a sentence may
// end: those after a line break, after punctuation or a word ending in '.',
// and straight double quotes. Segment looks at these only. A std::string,
// so that the NUL after its last byte ends a run of letters and digits
// without a bounds check.
void Tokenize(const std::string& text, std::vector<Token>* tokens, std::vector<uint32_t>* marks);

// Fills *sentences (appending) from text, its tokens and Tokenize's marks.
void Segment(std::string_view text, const std::vector<Token>& tokens,
             const std::vector<uint32_t>& marks, std::vector<Sentence>* sentences);

}  // namespace text_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_TEXT_TEXT_INTERNAL_H_
