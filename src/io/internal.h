// Shared helpers of the io writers (not a public header).
#ifndef ACTORGRAPH_SRC_IO_INTERNAL_H_
#define ACTORGRAPH_SRC_IO_INTERNAL_H_

#include <ostream>
#include <string>
#include <string_view>

#include "actorgraph/graph.h"
#include "actorgraph/status.h"

namespace actorgraph {
namespace io_internal {

// Valid UTF-8 (invalid sequences -> U+FFFD) without the characters XML 1.0 forbids.
std::string CleanText(std::string_view s);
// Escapes &, <, >, " and ' (and tab/CR/LF as character references when `attribute`).
std::string XmlEscape(std::string_view s, bool attribute);
// Whitespace runs -> one space, trimmed.
std::string OneLine(std::string_view s);
// Shortest round-trip decimal form of a double ("0.9", "1").
std::string FormatDouble(double d);
// A node's label, or its id when it has none.
const std::string& LabelOf(const NodeProps& n);
// Set joined with '|'.
std::string JoinSet(const std::set<std::string>& s);

Status WriteJson(const KnowledgeGraph& g, std::ostream& out);
Status WriteJsonl(const KnowledgeGraph& g, std::ostream& out);
Status WriteGraphml(const KnowledgeGraph& g, std::ostream& out);
Status WriteGexf(const KnowledgeGraph& g, std::ostream& out);
Status WriteCyjs(const KnowledgeGraph& g, std::ostream& out);
Status WriteDot(const KnowledgeGraph& g, std::ostream& out);
Status WriteCsvNodes(const KnowledgeGraph& g, std::ostream& out);
Status WriteCsvEdges(const KnowledgeGraph& g, std::ostream& out);

}  // namespace io_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_SRC_IO_INTERNAL_H_
