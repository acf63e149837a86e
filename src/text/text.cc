// Analyze: tokenization (tokenize.cc) then sentence segmentation
// (segment.cc), both single linear passes; see those files for the rules.
#include "actorgraph/text.h"

#include "text/text_internal.h"

namespace actorgraph {

void Analyze(Document* doc) {
  doc->tokens.clear();
  doc->sentences.clear();
  text_internal::Tokenize(doc->text, &doc->tokens);
  text_internal::Segment(doc->text, doc->tokens, &doc->sentences);
}

}  // namespace actorgraph
