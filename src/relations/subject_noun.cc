// "... traced the intrusions to a group known as Frost Lynx, which is run by
// a GRU unit. The group attacked Estonia": when the sentence before named
// several bodies, "The group" is the one it introduced by that noun ("a group
// known as X", "the hacker group X") or whose own name holds the noun ("the
// agency" after the "National Water Agency").
#include <string>
#include <string_view>

#include "actorgraph/util.h"
#include "relations/internal.h"

namespace actorgraph {
namespace relations {
namespace {

// Most tokens between the noun and the name it introduces ("group known as").
constexpr uint32_t kNounGap = 3;

bool NameHolds(const std::string& label, const std::string& noun) {
  const std::string l = AsciiLower(label);
  for (size_t at = l.find(noun); at != std::string::npos; at = l.find(noun, at + 1)) {
    const size_t end = at + noun.size();
    if ((at == 0 || l[at - 1] == ' ') && (end == l.size() || l[end] == ' ')) return true;
  }
  return false;
}

// Is mention m introduced by `noun` ("group X", "group known as X",
// "group called X"), with no other name between?
bool IntroducedBy(const Document& doc, const Mention& m, const std::string& noun) {
  for (uint32_t j = m.token_begin, n = 0; j > 0 && n <= kNounGap; ++n) {
    --j;
    const std::string w = AsciiLower(doc.Text(doc.tokens[j].span));
    if (w == noun) return true;
    if (n == 0 ? !(w == "as" || w == "called" || w == "named" || w == "dubbed")
               : !(w == "known" || w == "as"))
      return false;
  }
  return false;
}

}  // namespace

int OrgNamedByNoun(const Document& doc, const std::vector<Mention>& mentions,
                   const std::vector<int>& order, size_t begin, size_t end,
                   const std::string& noun) {
  int found = -1;
  for (size_t k = begin; k < end; ++k) {
    const Mention& m = mentions[order[k]];
    if (m.type != EntityType::kOrganization || m.node.empty()) continue;
    if (!IntroducedBy(doc, m, noun) && !NameHolds(m.label, noun)) continue;
    if (found >= 0 && mentions[found].node != m.node) return -1;  // two: which is not said
    found = order[k];
  }
  return found;
}

}  // namespace relations
}  // namespace actorgraph
