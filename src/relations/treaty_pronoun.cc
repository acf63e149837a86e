// "Biden praised it as an essential step": an object "it" after a verb of
// judging a text, standing for the treaty named before it; and "India has
// never signed it.": "it" closing the clause of a verb of signing; and
// "Hungary also welcomed it.", "China voted against it": "it" closing the
// clause of a verb of taking a stance, which may also stand for a described
// treaty of the sentence before ("supported the accord").
#include <algorithm>
#include <string>
#include <vector>

#include "actorgraph/util.h"
#include "relations/internal.h"

namespace actorgraph {
namespace relations {

bool FindTreatyPronoun(const Compiled& c, const Document& doc, const Sentence& s,
                       const std::vector<Mention>& mentions, const std::vector<int>& order,
                       size_t mbegin, size_t mend, int earlier_treaty, int earlier_any, Span* it,
                       int* treaty) {
  if ((c.treaty_pronoun_verbs.empty() || c.treaty_pronoun_next.empty()) &&
      (c.treaty_pronoun_sign_verbs.empty() || c.treaty_pronoun_sign_next.empty()) &&
      (c.treaty_pronoun_stance_verbs.empty() || c.treaty_pronoun_stance_next.empty()))
    return false;
  const uint32_t e = std::min<uint32_t>(s.token_end, static_cast<uint32_t>(doc.tokens.size()));
  auto lower = [&](uint32_t k) { return AsciiLower(doc.Text(doc.tokens[k].span)); };
  for (uint32_t k = s.token_begin + 1; k + 1 < e; ++k) {
    const Span w = doc.tokens[k].span;
    if (w.size() != 2 || lower(k) != "it") continue;
    const std::string verb = lower(k - 1), next = lower(k + 1);
    const bool judged = c.treaty_pronoun_verbs.count(verb) && c.treaty_pronoun_next.count(next);
    const bool signed_it =
        c.treaty_pronoun_sign_verbs.count(verb) && c.treaty_pronoun_sign_next.count(next);
    const bool stance =
        c.treaty_pronoun_stance_verbs.count(verb) && c.treaty_pronoun_stance_next.count(next);
    if (!judged && !signed_it && !stance) continue;
    // the nearest treaty named before it in this sentence, else the one of
    // the sentence before (`earlier_treaty`); none when "it" is a name's word
    int found = -1;
    bool covered = false;
    for (size_t j = mbegin; j < mend; ++j) {
      const Mention& m = mentions[order[j]];
      if (m.span.begin < w.end && w.begin < m.span.end) covered = true;
      if (m.type == EntityType::kTreaty && !m.node.empty() && m.span.end <= w.begin)
        found = order[j];
    }
    if (covered) return false;
    if (found < 0) found = earlier_treaty;
    if (found < 0 && stance) found = earlier_any;
    if (found < 0) return false;
    *it = w;
    *treaty = found;
    return true;
  }
  return false;
}

}  // namespace relations
}  // namespace actorgraph
