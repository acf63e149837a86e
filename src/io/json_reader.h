// Element readers and the streaming parser of the JSON export (not public).
#ifndef ACTORGRAPH_SRC_IO_JSON_READER_H_
#define ACTORGRAPH_SRC_IO_JSON_READER_H_

#include <istream>
#include <nlohmann/json.hpp>
#include <string>

#include "actorgraph/graph.h"
#include "actorgraph/status.h"

namespace actorgraph {
namespace io_internal {

// One element of graph.documents / nodes / edges / mentions (index i, for messages).
Status ReadDocumentElement(const nlohmann::json& d, size_t i, KnowledgeGraph* g);
Status ReadNodeElement(const nlohmann::json& n, size_t i, KnowledgeGraph* g);
Status ReadEdgeElement(const nlohmann::json& e, size_t i, KnowledgeGraph* g);
Status ReadMentionElement(const nlohmann::json& m, size_t i, KnowledgeGraph* g);

// Parses one graph in the JSON export schema from `in` without building the
// whole document tree (one element at a time). Errors are Corruption.
Status ParseGraphJson(std::istream& in, KnowledgeGraph* g);
Status ParseGraphJson(const std::string& text, KnowledgeGraph* g);

}  // namespace io_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_SRC_IO_JSON_READER_H_
