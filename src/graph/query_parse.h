// Parsing of query questions ("who supported what", "Russia opposed ?",
// "? signed 'Budapest Convention'") into a pattern; used by query.cc.
#ifndef ACTORGRAPH_SRC_GRAPH_QUERY_PARSE_H_
#define ACTORGRAPH_SRC_GRAPH_QUERY_PARSE_H_

#include <string>
#include <vector>

#include "actorgraph/status.h"

namespace actorgraph {
namespace query_internal {

// One side of a pattern: a wildcard (optionally typed: "which states") or a name.
struct Side {
  bool wildcard = true;
  std::string type;  // node type a typed wildcard asks for ("state"), else empty
  std::string name;  // the name as written, quotes removed
};

struct Pattern {
  Side source, target;
  std::string relation;  // canonical relation ("supported"); empty = any relation
};

// Parses a question; InvalidArgument when no relation word is found.
Result<Pattern> ParseQuestion(const std::string& question);

// The canonical relation for a word or phrase ("backed" -> "supported"), or "".
std::string CanonicalRelation(const std::string& phrase);

// Levenshtein distance over bytes.
size_t EditDistance(const std::string& a, const std::string& b);

}  // namespace query_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_SRC_GRAPH_QUERY_PARSE_H_
