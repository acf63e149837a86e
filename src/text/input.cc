// STUB: replaced by the input module implementation.
#include "actorgraph/input.h"
namespace actorgraph {
Result<std::unique_ptr<DocumentReader>> DocumentReader::Open(const std::vector<std::string>&,
                                                             const InputOptions&) {
  return Status::NotFound("input reading is not implemented yet");
}
Result<std::string> ParseDocumentDate(const std::string& s) { return s.substr(0, 10); }
}  // namespace actorgraph
