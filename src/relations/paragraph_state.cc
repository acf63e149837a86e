// The state of a national title's holder when the story turned to another
// state: "New Zealand was more restrained. Wellington said it had concerns.
// Prime Minister Aroha Tane did call for ..." (Tane is New Zealand's, in a
// story about Vanuatu).
#include <set>
#include <string>
#include <string_view>

#include "actorgraph/util.h"
#include "relations/internal.h"

namespace actorgraph {
namespace relations {
namespace {

// The distinct states sentence si names.
std::set<std::string> StatesOf(const std::vector<Mention>& mentions, uint32_t si) {
  std::set<std::string> out;
  for (const Mention& m : mentions)
    if (m.sentence == si && m.type == EntityType::kState && !m.node.empty()) out.insert(m.node);
  return out;
}

}  // namespace

int ParagraphState(const Document& doc, const std::vector<Mention>& mentions,
                   const Mention& person) {
  const uint32_t si = person.sentence;
  if (si == 0 || si >= doc.sentences.size()) return -1;
  const Sentence& prev = doc.sentences[si - 1];
  // a capitalised word before the title names another office's seat ("Ex-Im
  // President X", "Quebec Premier X"): not the paragraph's state
  {
    std::set<std::string> title;
    std::string w;
    for (char ch : AsciiLower(person.role) + " ") {
      if (ch == ' ' || ch == '-') {
        if (!w.empty()) title.insert(w);
        w.clear();
      } else {
        w.push_back(ch);
      }
    }
    uint32_t k = person.token_begin;
    const uint32_t first = doc.sentences[si].token_begin;
    while (k > first && (title.count(AsciiLower(doc.Text(doc.tokens[k - 1].span))) ||
                         doc.Text(doc.tokens[k - 1].span) == "-"))
      --k;
    if (k > first) {
      std::string_view before = doc.Text(doc.tokens[k - 1].span);
      if (!before.empty() && before[0] >= 'A' && before[0] <= 'Z') return -1;
    }
  }
  // the sentence before opens with a state ("Wellington said", "The Russian ...")
  int opener = -1;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.sentence != si - 1 || m.type == EntityType::kDate) continue;
    if (opener < 0 || m.span.begin < mentions[opener].span.begin ||
        (m.span.begin == mentions[opener].span.begin && m.span.end > mentions[opener].span.end))
      opener = static_cast<int>(i);
  }
  if (opener < 0 || mentions[opener].type != EntityType::kState || mentions[opener].node.empty())
    return -1;
  uint32_t k = prev.token_begin;
  if (k < prev.token_end && AsciiLower(doc.Text(doc.tokens[k].span)) == "the") ++k;
  if (mentions[opener].token_begin != k) return -1;
  // ... and the person's sentence names that state alone, or names none
  // after a sentence that named that state alone
  const std::string& state = mentions[opener].node;
  const std::set<std::string> own = StatesOf(mentions, si);
  if (own.size() == 1 && *own.begin() == state) return opener;
  if (!own.empty()) return -1;
  const std::set<std::string> before = StatesOf(mentions, si - 1);
  return before.size() == 1 ? opener : -1;
}

}  // namespace relations
}  // namespace actorgraph
