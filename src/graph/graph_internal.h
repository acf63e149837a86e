// Helpers shared by the graph sources (not public).
#ifndef ACTORGRAPH_SRC_GRAPH_GRAPH_INTERNAL_H_
#define ACTORGRAPH_SRC_GRAPH_GRAPH_INTERNAL_H_

#include <string>
#include <string_view>

#include "actorgraph/util.h"

namespace actorgraph {
namespace graph_internal {

using ::actorgraph::SquashSpace;

}  // namespace graph_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_SRC_GRAPH_GRAPH_INTERNAL_H_
