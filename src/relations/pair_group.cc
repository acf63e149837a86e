// "Chile and Peru finalised the pact after talks mediated by Brazil. Chile said
// the two countries signed it": when more states than the pair anaphor counts
// were named near it, the ones written as one coordination are meant.
#include <string_view>
#include <vector>

#include "relations/internal.h"

namespace actorgraph {
namespace relations {
namespace {

// Does the text between two names join them in one list ("and", ",", "&", a
// hyphen or a slash: "Chile and Peru", "the Chile-Peru border")?
bool Joins(std::string_view between) {
  while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
  while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
  return between == "and" || between == "," || between == ", and" || between == "&" ||
         between == "-" || between == "/" || between == "\xE2\x80\x93";
}

}  // namespace

bool CoordinatedGroup(const Document& doc, const std::vector<Mention>& mentions,
                      const std::vector<int>& order, size_t from, size_t to, uint32_t before,
                      size_t group_size, std::vector<int>* group) {
  std::vector<int> states;
  for (size_t k = from; k < to; ++k) {
    const Mention& m = mentions[order[k]];
    if (m.type == EntityType::kState && !m.node.empty() && m.span.end <= before)
      states.push_back(order[k]);
  }
  bool found = false;
  for (size_t b = 0; b < states.size();) {
    size_t e = b + 1;  // the run of joined names states[b, e)
    while (e < states.size()) {
      const Mention& p = mentions[states[e - 1]];
      const Mention& q = mentions[states[e]];
      if (p.sentence != q.sentence || q.span.begin < p.span.end ||
          !Joins(std::string_view(doc.text).substr(p.span.end, q.span.begin - p.span.end)))
        break;
      ++e;
    }
    if (e - b == group_size) {
      bool distinct = true;
      for (size_t i = b; i < e; ++i)
        for (size_t j = b; j < i; ++j)
          distinct = distinct && mentions[states[i]].node != mentions[states[j]].node;
      if (distinct) {
        group->assign(states.begin() + static_cast<long>(b), states.begin() + static_cast<long>(e));
        found = true;  // (the last such run is the nearest)
      }
    }
    b = e;
  }
  return found;
}

}  // namespace relations
}  // namespace actorgraph
