// Internals of the text module shared by its .cc files and its tests.
#ifndef ACTORGRAPH_TEXT_TEXT_INTERNAL_H_
#define ACTORGRAPH_TEXT_TEXT_INTERNAL_H_

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

// Fills *tokens (appending) from text.
void Tokenize(std::string_view text, std::vector<Token>* tokens);

// Fills *sentences (appending) from text and its tokens.
void Segment(std::string_view text, const std::vector<Token>& tokens,
             std::vector<Sentence>* sentences);

}  // namespace text_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_TEXT_TEXT_INTERNAL_H_
