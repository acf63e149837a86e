// text: sentence splitting and tokenization with byte offsets.
#ifndef ACTORGRAPH_TEXT_H_
#define ACTORGRAPH_TEXT_H_

#include "actorgraph/types.h"

namespace actorgraph {

// Caps that keep pathological input linear. A sentence is cut after
// kMaxSentenceTokens tokens; a token longer than kMaxTokenBytes is split.
inline constexpr uint32_t kMaxSentenceTokens = 400;
inline constexpr uint32_t kMaxTokenBytes = 256;

// Fills doc->sentences and doc->tokens from doc->text (clearing them first,
// reusing their capacity). Never fails: odd text yields odd tokens.
// Sentences survive abbreviations ("U.S.", "Inc.", "Dr.", "Sept."),
// initials, decimals, and quotes („…“ “…” ‘…’ `…').
//
// Token conventions (details in src/text/tokenize.cc and segment.cc):
//   "Sino-Russian" -> Sino - Russian; "China/Russia" -> China / Russia
//   "Moscow's" -> Moscow 's; "don't" -> do n't (Penn Treebank clitics, the
//   original apostrophe kept: 's ’s `s n't n’t 're 've 'll 'd 'm)
//   "U.S." "e.g." "Inc." "Dr." "Sept." "J." keep their period; "U.S.-led" ->
//   U.S. - led; "No." only before a number
//   "1,000" "3.5" are kNumber; "1990s" "3rd" "G20" are kWord
//   URLs, e-mail addresses, @handles, #hashtags: one kSymbol token
// Sentence rules: a stop (. ! ? …) then a non-lower-case start or a newline;
// after "U.S." / "Inc." / an initial only before a common starter ("The",
// "In", "He"); a blank line always; a single newline only after a stop or
// a heading line, or everywhere in one-sentence-per-line text.
void Analyze(Document* doc);

}  // namespace actorgraph

#endif  // ACTORGRAPH_TEXT_H_
