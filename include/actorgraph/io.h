// io: writers for JSON, GraphML, GEXF, Cytoscape.js, DOT, CSV and JSONL, and
// the JSON/JSONL reader (for query, merge, convert).
#ifndef ACTORGRAPH_IO_H_
#define ACTORGRAPH_IO_H_

#include <fstream>
#include <ostream>
#include <string>

#include "actorgraph/graph.h"
#include "actorgraph/status.h"

namespace actorgraph {

enum class Format { kJson, kGraphml, kGexf, kCyjs, kDot, kCsv, kJsonl };

// "json", "graphml", "gexf", "cyjs", "dot", "csv", "jsonl" (any case).
Result<Format> ParseFormat(const std::string& name);
// By extension: .cyjs.json/.cy.json (before .json), .json, .jsonl, .graphml,
// .gexf, .dot/.gv, .csv.
Result<Format> FormatFromPath(const std::string& path);
const char* FormatName(Format f);

// Writes the whole graph. JSONL writes one line per document (each that
// document's own graph). CSV to a stream writes nodes, a blank line, edges.
Status WriteGraph(const KnowledgeGraph& g, Format f, std::ostream& out);

// Writes to a file atomically (PATH.tmp.<pid> in the same directory, synced,
// then renamed): a failed write never replaces or truncates an existing file.
// Missing parent directories are created. CSV writes PATH-without-.csv +
// ".nodes.csv" and ".edges.csv". PATH "-" writes to standard output.
Status WriteGraphFile(const KnowledgeGraph& g, Format f, const std::string& path);

// An output file written under a temporary name (PATH.tmp.<pid> beside it,
// parent directories created) and renamed over PATH only by Commit(), so a
// failed write never replaces or truncates PATH; destroyed uncommitted, it
// removes the temporary. An existing PATH that is not a regular file
// (/dev/null, /dev/stdout, a FIFO) is written in place, never renamed over.
// Used by WriteGraphFile and by streaming writers (--format jsonl).
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  Status Open();
  std::ostream& stream() { return out_; }
  Status Finish();  // flushes and syncs; an error if any write failed
  Status Commit();  // renames into place

 private:
  std::string path_, tmp_;
  std::ofstream out_;
  bool committed_ = false;
  bool direct_ = false;
};

// One document's graph as a single JSON line (no trailing newline): the
// streaming form of --format jsonl.
std::string DocumentJsonLine(const KnowledgeGraph& single_document_graph);

// Reads a JSON export (streamed, one element at a time) or a JSONL file of
// document graphs (merged in order; also when a .json file holds JSON lines).
// Errors: NotFound, IOError, or Corruption with "FILE: ..." / "FILE:LINE: ...".
Result<KnowledgeGraph> ReadGraphFile(const std::string& path);

}  // namespace actorgraph

#endif  // ACTORGRAPH_IO_H_
