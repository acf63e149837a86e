// Helpers shared by the graph sources (not public).
#ifndef ACTORGRAPH_SRC_GRAPH_GRAPH_INTERNAL_H_
#define ACTORGRAPH_SRC_GRAPH_GRAPH_INTERNAL_H_

#include <string>
#include <string_view>

namespace actorgraph {
namespace graph_internal {

// Collapses runs of whitespace to one space and trims ("United\nNations").
inline std::string SquashSpace(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace graph_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_SRC_GRAPH_GRAPH_INTERNAL_H_
