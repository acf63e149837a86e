// STUB: replaced by the query implementation.
#include "actorgraph/query.h"
namespace actorgraph {
Status RunQuery(const KnowledgeGraph&, const std::string&, const QueryOptions&, std::ostream&) {
  return Status::InvalidArgument("query is not implemented yet");
}
void WriteStats(const KnowledgeGraph&, std::ostream&) {}
}  // namespace actorgraph
