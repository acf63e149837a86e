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
void Analyze(Document* doc);

}  // namespace actorgraph

#endif  // ACTORGRAPH_TEXT_H_
