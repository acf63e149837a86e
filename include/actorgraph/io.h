// io: writers for JSON, GraphML, GEXF, Cytoscape.js, DOT, CSV and JSONL, and
// the JSON/JSONL reader (for query, merge, convert).
#ifndef ACTORGRAPH_IO_H_
#define ACTORGRAPH_IO_H_

#include <ostream>
#include <string>

#include "actorgraph/graph.h"
#include "actorgraph/status.h"

namespace actorgraph {

enum class Format { kJson, kGraphml, kGexf, kCyjs, kDot, kCsv, kJsonl };

Result<Format> ParseFormat(const std::string& name);  // "json", "graphml", ...
Result<Format> FormatFromPath(
    const std::string& path);  // by extension (".cyjs.json" before ".json")
const char* FormatName(Format f);

// Writes the whole graph. JSONL writes one line per document (each that
// document's own graph). CSV to a stream writes nodes, a blank line, edges.
Status WriteGraph(const KnowledgeGraph& g, Format f, std::ostream& out);

// Writes to a file atomically (temporary file in the same directory, then
// rename): a failed write never replaces or truncates an existing file.
// CSV writes PATH-without-.csv + ".nodes.csv" and ".edges.csv".
Status WriteGraphFile(const KnowledgeGraph& g, Format f, const std::string& path);

// One document's graph as a single JSON line (no trailing newline): the
// streaming form of --format jsonl.
std::string DocumentJsonLine(const KnowledgeGraph& single_document_graph);

// Reads a JSON export or a JSONL file of document graphs (merged in order).
Result<KnowledgeGraph> ReadGraphFile(const std::string& path);

}  // namespace actorgraph

#endif  // ACTORGRAPH_IO_H_
