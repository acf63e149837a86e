// query and stats over a KnowledgeGraph.
#ifndef ACTORGRAPH_QUERY_H_
#define ACTORGRAPH_QUERY_H_

#include <ostream>
#include <string>

#include "actorgraph/graph.h"
#include "actorgraph/status.h"

namespace actorgraph {

// Options for RunQuery:
//   since/until      keep edges whose date lies in [since, until] (TIMEX3 prefixes)
//   modality         keep only this modality (empty = all)
//   min_confidence   keep edges with confidence >= this
//   type             keep edges whose source or target has this node type (empty = all)
//   output           "table" (aligned, evidence shortened), "json" or "csv"
struct QueryOptions {
  std::string since, until, modality, type;
  double min_confidence = 0.0;
  std::string output = "table";
};

// Answers "who supported what", "Russia opposed ?", "? signed 'Budapest
// Convention'", "who accused North Korea". Names match labels or aliases,
// case-insensitively; an unknown name fails with the closest known names.
Status RunQuery(const KnowledgeGraph& g, const std::string& question, const QueryOptions& opts,
                std::ostream& out);

// Counts by type and relation, most connected actors, connected components.
void WriteStats(const KnowledgeGraph& g, std::ostream& out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_QUERY_H_
