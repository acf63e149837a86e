// input: streams documents from .txt files, .jsonl / .jsonl.gz files,
// directories (recursively, sorted) and stdin ("-").
#ifndef ACTORGRAPH_INPUT_H_
#define ACTORGRAPH_INPUT_H_

#include <memory>
#include <string>
#include <vector>

#include "actorgraph/status.h"
#include "actorgraph/types.h"

namespace actorgraph {

// Options for DocumentReader:
//   default_date   document date for documents without one ("YYYY-MM-DD" or empty)
//   max_document_bytes   a longer document is cut at a UTF-8 boundary and reported
struct InputOptions {
  std::string default_date;
  uint64_t max_document_bytes = uint64_t{256} << 20;
};

// A skipped document or unreadable path: where ("file:line") and why.
// skipped: true when a document, line or path was dropped (counted in
// skipped()); false for a warning about a document that was kept (a cut
// document, an unusable "date").
struct InputProblem {
  std::string where;
  std::string message;
  bool skipped = false;
  // "where: message".
  std::string ToString() const;
};

class DocumentReader {
 public:
  virtual ~DocumentReader() = default;
  // Fails only when no path is usable at all (every path missing); a missing
  // path among good ones is reported as a problem and skipped.
  static Result<std::unique_ptr<DocumentReader>> Open(const std::vector<std::string>& paths,
                                                      const InputOptions& options);
  // Reads the next document into *doc, reusing its buffers: id, source, text
  // (UTF-8 repaired), date, bytes, utf8_repaired. Returns false at the end.
  virtual bool Next(Document* doc) = 0;
  // Problems met since the last call (skipped lines, unreadable files).
  virtual std::vector<InputProblem> TakeProblems() = 0;
  virtual uint64_t bytes_read() const = 0;   // compressed/raw bytes consumed so far
  virtual uint64_t total_bytes() const = 0;  // sum of input file sizes, 0 if unknown (stdin)
  virtual uint64_t skipped() const = 0;      // documents skipped so far
};

// Validates "YYYY-MM-DD" optionally followed by "T...", returning the date part.
Result<std::string> ParseDocumentDate(const std::string& s);

}  // namespace actorgraph

#endif  // ACTORGRAPH_INPUT_H_
