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
  // News text averages about one token per 5.5 bytes and one sentence per
  // 150: reserving from the size spares the vectors' growth copies (each
  // document arrives with empty vectors).
  doc->tokens.reserve(doc->text.size() / 4 + 16);
  doc->sentences.reserve(doc->text.size() / 64 + 4);
  thread_local std::vector<uint32_t> marks;  // scratch, capacity reused per thread
  marks.clear();
  text_internal::Tokenize(doc->text, &doc->tokens, &marks);
  text_internal::Segment(doc->text, doc->tokens, marks, &doc->sentences);
}

}  // namespace actorgraph
