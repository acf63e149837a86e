// STUB: replaced by the io module implementation.
#include "actorgraph/io.h"
namespace actorgraph {
Result<Format> ParseFormat(const std::string&) { return Format::kJson; }
Result<Format> FormatFromPath(const std::string&) { return Format::kJson; }
const char* FormatName(Format) { return "json"; }
Status WriteGraph(const KnowledgeGraph&, Format, std::ostream&) { return Status::OK(); }
Status WriteGraphFile(const KnowledgeGraph&, Format, const std::string&) { return Status::OK(); }
std::string DocumentJsonLine(const KnowledgeGraph&) { return "{}"; }
Result<KnowledgeGraph> ReadGraphFile(const std::string&) {
  return Status::IOError("reading is not implemented yet");
}
}  // namespace actorgraph
