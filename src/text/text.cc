// STUB: replaced by the text module implementation.
#include "actorgraph/text.h"
namespace actorgraph {
void Analyze(Document* doc) { doc->sentences.clear(); doc->tokens.clear(); }
}  // namespace actorgraph
