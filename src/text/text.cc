// Analyze: tokenization (tokenize.cc) then sentence segmentation
// (segment.cc), both single linear passes; see those files for the rules.
#include "actorgraph/text.h"

#include <cstdint>
#include <vector>

#include "text/text_internal.h"

namespace actorgraph {

void Analyze(Document* doc) {
  doc->tokens.clear();
  doc->sentences.clear();
  thread_local std::vector<uint32_t> marks;  // scratch, capacity reused per thread
  marks.clear();
  text_internal::Tokenize(doc->text, &doc->tokens, &marks);
  text_internal::Segment(doc->text, doc->tokens, marks, &doc->sentences);
}

}  // namespace actorgraph
