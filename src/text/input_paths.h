// Expands input arguments (files, directories, "-") into the ordered list of
// sources the DocumentReader reads.
#ifndef ACTORGRAPH_TEXT_INPUT_PATHS_H_
#define ACTORGRAPH_TEXT_INPUT_PATHS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "actorgraph/input.h"

namespace actorgraph {
namespace text_internal {

struct InputSource {
  enum class Kind { kText, kJsonl, kStdin };
  Kind kind = Kind::kText;
  std::string path;  // path to open, as given (a directory's files: "DIR/REL")
  std::string name;  // id / id prefix: base name, or path relative to the directory
  uint64_t size = 0;
};

// True for the names taken from directories: .txt, .jsonl, .jsonl.gz.
bool IsInputName(const std::string& name);
bool IsJsonlName(const std::string& name);

// Appends the sources for one argument; unusable paths become problems.
// Returns false if the argument yielded nothing usable (missing, unreadable).
bool ExpandPath(const std::string& arg, std::vector<InputSource>* out,
                std::vector<InputProblem>* problems);

}  // namespace text_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_TEXT_INPUT_PATHS_H_
